package ner

import (
	"os"
	"slices"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

// TestRunJoint_SameAsLayers checks that tagging through the joint table
// (runJoint, the second layer reusing the first layer's rows) and the
// word cache gives the labels of each layer's own table (layer.decode,
// as in training) with no word cache, on the test article whole and on
// short windows of it, most of whose words are then cached.
func TestRunJoint_SameAsLayers(t *testing.T) {
	m := Default()
	ref := &Model{l1: m.l1, l2: m.l2, gaz: m.gaz, names: m.names, info: m.info}
	ref.l1.expand()
	ref.l2.expand()
	ref.pool.New = func() any { return new(scratch) } // no word cache, as in training
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	var words []string
	for _, tk := range arabic.Tokenize(text) {
		words = append(words, text[tk.Start:tk.End])
	}
	cases := [][]string{words}
	for i := 0; i+6 <= len(words); i += 5 {
		cases = append(cases, words[i:i+6])
	}
	for k, ws := range cases {
		got, want := m.Tag(ws), ref.Tag(ws)
		if !slices.Equal(got, want) {
			t.Errorf("case %d (%d tokens): got %v, want %v", k, len(ws), got, want)
		}
	}
	if got, want := m.TagText(text), ref.TagText(text); !slices.Equal(got, want) {
		t.Errorf("TagText: got %v, want %v", got, want)
	}
}

package ner_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad-project/marsad/ner"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ner.Sentence
	}{
		{"DotEndsSentence", "ذهب O\nأحمد B-PERS\n. O\nثم O\n",
			[]ner.Sentence{{Tokens: []string{"ذهب", "أحمد", "."}, Tags: []ner.Tag{"O", "B-PERS", "O"}}, {Tokens: []string{"ثم"}, Tags: []ner.Tag{"O"}}}},
		{"BlankLineEndsSentence", "a O\n\nb B-LOC\n",
			[]ner.Sentence{{Tokens: []string{"a"}, Tags: []ner.Tag{"O"}}, {Tokens: []string{"b"}, Tags: []ner.Tag{"B-LOC"}}}},
		{"SpaceInToken", "نيو يورك B-LOC\n",
			[]ner.Sentence{{Tokens: []string{"نيو يورك"}, Tags: []ner.Tag{"B-LOC"}}}},
		{"EmptyToken", " O\n",
			[]ner.Sentence{{Tokens: []string{""}, Tags: []ner.Tag{"O"}}}},
		{"TagVariants", "a B-PER\nb I-PERS\nc b-org\nd\tI-ORGANIZATION\r\n",
			[]ner.Sentence{{Tokens: []string{"a", "b", "c", "d"}, Tags: []ner.Tag{"B-PERS", "I-PERS", "B-ORG", "I-ORG"}}}},
		{"NoTagColumn", "كلمة\n",
			[]ner.Sentence{{Tokens: []string{"كلمة"}, Tags: []ner.Tag{"O"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ner.ReadCoNLL(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("ReadCoNLL(%q) mismatch (-want +got):\n%s", tt.in, d)
			}
		})
	}
}

func TestTagCoNLL_Lines(t *testing.T) {
	in := "التقى O\nالرئيس O\nالسيسي B-PERS\n. O\n\n O\nفي\nالقاهرة\n"
	var out bytes.Buffer
	if err := ner.TagCoNLL(ner.Default(), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("TagCoNLL: %d output lines for %d input lines:\n%s", len(outLines), len(inLines), out.String())
	}
	for i, l := range inLines {
		tok := strings.Fields(l + " x")[0]
		if l == "" {
			if outLines[i] != "" {
				t.Errorf("line %d: got %q, want a blank line", i+1, outLines[i])
			}
			continue
		}
		if l == " O" {
			tok = ""
		}
		if !strings.HasPrefix(outLines[i], tok+" ") {
			t.Errorf("line %d: got %q, want token %q first", i+1, outLines[i], tok)
		}
	}
	if want := "القاهرة B-LOC"; outLines[len(outLines)-1] != want {
		t.Errorf("last line: got %q, want %q", outLines[len(outLines)-1], want)
	}
}

// TestTagCoNLL_Blocks checks that a file read block by block is tagged as
// the whole text tagged at once (Model.TagSentences): each block is tagged
// with the sentences around it that the second layer reads.
func TestTagCoNLL_Blocks(t *testing.T) {
	defer ner.SetCoNLLBlock(3)()
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Sentences of seven words, twice over, so that a name seen in one
	// block is met again in another; a blank line after every other one,
	// the others ending at a "." token.
	words := strings.Fields(string(text))
	words = append(words, words...)
	var sents [][]string
	var in strings.Builder
	for i := 0; i < len(words); i += 7 {
		s := slices.Clone(words[i:min(i+7, len(words))])
		if len(sents)%2 == 1 {
			s = append(s, ".")
		}
		sents = append(sents, s)
		for _, w := range s {
			in.WriteString(w + " O\n")
		}
		if len(sents)%2 == 1 {
			in.WriteString("\n")
		}
	}
	m := ner.Default()
	var want strings.Builder
	for i, tags := range m.TagSentences(sents) {
		for k, w := range sents[i] {
			want.WriteString(w + " " + string(tags[k]) + "\n")
		}
		if i%2 == 0 {
			want.WriteString("\n")
		}
	}
	var got bytes.Buffer
	if err := ner.TagCoNLL(m, strings.NewReader(in.String()), &got); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("TagCoNLL in blocks of 3 sentences (%d sentences) differs from the whole text tagged at once", len(sents))
	}
	if !strings.Contains(want.String(), "B-") {
		t.Error("no entity tagged: the test reads nothing")
	}
}

// TestTagSentences_Context checks that the sentences given together are
// one text: a name tagged in one sentence helps to tag its repeat in
// another, as on the training corpus.
func TestTagSentences_Context(t *testing.T) {
	m := ner.Default()
	contextual := 0
	for _, name := range []string{"كاغامي", "نغيما", "موانغي"} {
		s1 := strings.Fields("وقال الرئيس بولا " + name + " إن الحكومة ستسحب مشروع القانون .")
		s2 := strings.Fields("وأضاف " + name + " أن الحوار سيبدأ الأسبوع المقبل .")
		together := m.TagSentences([][]string{s1, s2})
		if len(together) != 2 || len(together[0]) != len(s1) || len(together[1]) != len(s2) {
			t.Fatalf("TagSentences: %d sentences, want 2 of %d and %d tags", len(together), len(s1), len(s2))
		}
		if got := together[1][1]; got != "B-PERS" {
			t.Errorf("%s after بولا %s: got %s, want B-PERS", name, name, got)
		}
		if m.Tag(s2)[1] != "B-PERS" {
			contextual++
		}
	}
	if contextual == 0 {
		t.Error("every repeat is found alone too: the test shows nothing of the context")
	}
}

func FuzzTagCoNLL(f *testing.F) {
	f.Add("ذهب O\nأحمد B-PERS\n. O\n")   // ANERcorp lines
	f.Add("a\n\nb\n")                    // no tags, a blank line
	f.Add(" O\n\r\n\t\n")                // empty token, CRLF blank, tab only
	f.Add("نيو يورك B-LOC")              // space inside, no final newline
	f.Add("\xff\xfe O\n" + "x I-MISC\n") // invalid UTF-8, I- without B-
	f.Add(strings.Repeat("و\n", 3000))   // a long run without sentence breaks
	m := ner.Default()
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		if err := ner.TagCoNLL(m, strings.NewReader(in), &out); err != nil {
			t.Fatal(err)
		}
		want := strings.Count(in, "\n")
		if in != "" && !strings.HasSuffix(in, "\n") {
			want++
		}
		if got := strings.Count(out.String(), "\n"); got != want {
			t.Errorf("TagCoNLL(%q): %d output lines, want %d", in, got, want)
		}
	})
}

func TestWriteCoNLL_Mismatch(t *testing.T) {
	if err := ner.WriteCoNLL(&bytes.Buffer{}, []string{"a"}, nil); err == nil {
		t.Error("WriteCoNLL with fewer tags than tokens succeeded, want an error")
	}
}

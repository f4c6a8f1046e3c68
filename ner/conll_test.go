package ner_test

import (
	"bytes"
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

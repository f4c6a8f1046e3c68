package ner_test

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/ner"
)

// benchArticle returns a news text of our own of about 5 KB (the test
// article, repeated) and its tokens.
func benchArticle(b *testing.B) (string, []string) {
	b.Helper()
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	for len(text) < 5000 {
		text += "\n" + string(raw)
	}
	var toks []string
	for _, t := range arabic.Tokenize(text) {
		toks = append(toks, text[t.Start:t.End])
	}
	return text, toks
}

func BenchmarkTag(b *testing.B) {
	_, toks := benchArticle(b)
	m := ner.Default()
	dst := make([]ner.Tag, 0, len(toks))
	b.ReportAllocs()
	b.SetBytes(int64(len(strings.Join(toks, " "))))
	for b.Loop() {
		dst = m.AppendTags(dst[:0], toks)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagText(b *testing.B) {
	text, toks := benchArticle(b)
	m := ner.Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.TagText(text)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagText_Window tags the short windows the entity recogniser
// gives the tagger (a title or a head word and the few words after it):
// the cost of a call, not of a text.
func BenchmarkTagText_Window(b *testing.B) {
	windows := []string{"وزير التجارة التركي عمر بولاط،", "مدينة نارا اليابانية في", "البنك المركزي مساحة لمواصلة خفض الفائدة"}
	m := ner.Default()
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range windows {
			m.TagText(w)
		}
	}
}

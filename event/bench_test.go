package event

import (
	"os"
	"strings"
	"testing"
)

// benchDoc returns a document of about 5 KB made of the golden articles.
func benchText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	for _, f := range []string{"saudi_iran", "egypt_turkey", "un_vote", "protest", "airstrike", "sanctions"} {
		s, err := os.ReadFile("testdata/" + f + ".txt")
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(s)
	}
	one := b.String()
	for b.Len() < 5000 {
		b.WriteString(one)
	}
	return b.String()
}

// BenchmarkRun codes a 5 KB article with its entities attached.
func BenchmarkRun(b *testing.B) {
	text := benchText(b)
	doc := newDoc(b, text, "2025-04-10")
	c := NewCoder()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc.Events = doc.Events[:0]
		c.Run(doc)
	}
}

// BenchmarkRun_Cold codes the same article with a new Coder each time, so
// that every word's record is computed afresh (no cross-document cache).
func BenchmarkRun_Cold(b *testing.B) {
	text := benchText(b)
	doc := newDoc(b, text, "2025-04-10")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc.Events = doc.Events[:0]
		NewCoder().Run(doc)
	}
}

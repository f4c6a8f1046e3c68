package arabic

import (
	"os"
	"testing"
)

// mustReadNews returns testdata/news.txt, a 5.8 KB Arabic news report
// written for these benchmarks.
func mustReadNews(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func BenchmarkNormalize(b *testing.B) {
	text := mustReadNews(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Normalize(text)
	}
}

func BenchmarkAppendNormalized(b *testing.B) {
	text := mustReadNews(b)
	buf := make([]byte, 0, 2*len(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendNormalized(buf[:0], text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := mustReadNews(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Tokenize(text)
	}
}

func BenchmarkAppendTokens(b *testing.B) {
	text := mustReadNews(b)
	buf := make([]Token, 0, 2048)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendTokens(buf[:0], text)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := mustReadNews(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Sentences(text)
	}
}

// BenchmarkKey computes the key of every word of the article.
func BenchmarkKey(b *testing.B) {
	text := mustReadNews(b)
	var words []string
	for _, t := range Tokenize(text) {
		if t.Kind == Word {
			words = append(words, t.Text(text))
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = Key(w)
		}
	}
}

// BenchmarkBases computes the candidate bases of every normalised word.
func BenchmarkBases(b *testing.B) {
	text := mustReadNews(b)
	var words []string
	for _, t := range Tokenize(text) {
		if t.Kind == Word {
			words = append(words, Normalize(t.Text(text)))
		}
	}
	dst := make([]string, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			dst = AppendBases(dst[:0], w)
		}
	}
}

package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// benchArticle is a page of about 5 KB: the golden articles one after the
// other.
func benchArticle(tb testing.TB) *marsad.Article {
	tb.Helper()
	var b strings.Builder
	for _, name := range []string{"aljazeera_like", "unrelated_blurb", "skynews_like", "asharq_like"} {
		t, err := os.ReadFile("testdata/" + name + ".txt")
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(t)
		if b.Len() > 5000 {
			break
		}
	}
	return &marsad.Article{Text: b.String()}
}

func BenchmarkClean(b *testing.B) {
	a := benchArticle(b)
	c := New()
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Clean(a)
	}
}

func BenchmarkObserve(b *testing.B) {
	a := benchArticle(b)
	c := New()
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Observe(a)
	}
}

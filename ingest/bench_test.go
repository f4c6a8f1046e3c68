package ingest

import (
	"os"
	"strings"
	"testing"
)

// benchText is a ~5 KB Arabic article in plain text.
func benchText(tb testing.TB) []byte {
	tb.Helper()
	var b strings.Builder
	for b.Len() < 5000 {
		b.WriteString("أعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المناطق المتضررة من الجفاف.\r\n")
	}
	return []byte(b.String())
}

func BenchmarkReadText(b *testing.B) {
	data := benchText(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadText("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML("article.html", data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

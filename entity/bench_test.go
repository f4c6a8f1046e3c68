package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
)

// benchDoc returns a cleaned article of about 5 KB made of the golden
// articles under testdata/.
func benchDoc(b *testing.B) *marsad.Document {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var sb strings.Builder
	for sb.Len() < 5000 {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(t)
			sb.WriteByte('\n')
		}
	}
	return clean.New().Clean(&marsad.Article{ID: "bench", Text: sb.String()[:strings.LastIndexByte(sb.String()[:5200], '\n')]})
}

func BenchmarkRun(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc.Article.Text)))
	recognizer.Run(doc)
	b.ReportAllocs()
	for b.Loop() {
		recognizer.Run(doc)
	}
}

func BenchmarkClean(b *testing.B) {
	doc := benchDoc(b)
	c := clean.New()
	b.ReportAllocs()
	for b.Loop() {
		c.Clean(&doc.Article)
	}
}

package entity_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/sample"
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

// denseDoc returns a cleaned article of about 5 KB made of the plain-text
// reports of the sample corpus, one after the other: denser in names
// than benchDoc, since every report opens with its actors.
func denseDoc(b *testing.B) *marsad.Document {
	fsys := sample.FS()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("sample corpus: %d texts, %v", len(names), err)
	}
	var sb strings.Builder
	for _, n := range names {
		t, err := fs.ReadFile(fsys, n)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteByte('\n')
		if sb.Len() >= 5200 {
			break
		}
	}
	s := sb.String()
	if len(s) > 5200 {
		s = s[:strings.LastIndexByte(s[:5200], '\n')]
	}
	return clean.New().Clean(&marsad.Article{ID: "dense", Text: s})
}

func BenchmarkRun_Dense(b *testing.B) {
	doc := denseDoc(b)
	b.SetBytes(int64(len(doc.Article.Text)))
	recognizer.Run(doc)
	b.ReportAllocs()
	for b.Loop() {
		recognizer.Run(doc)
	}
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

// BenchmarkRun_DenseKB is BenchmarkRun_Dense without the tagger: the
// knowledge-base recogniser alone.
func BenchmarkRun_DenseKB(b *testing.B) {
	doc := denseDoc(b)
	r := entity.NewRecognizer(gazetteer.Default())
	r.Tagger = nil
	b.SetBytes(int64(len(doc.Article.Text)))
	r.Run(doc)
	b.ReportAllocs()
	for b.Loop() {
		r.Run(doc)
	}
}

// generatedDocs returns n generated ordinary news articles (package sample),
// cleaned and dated as the analysis pipeline does before recognition.
func generatedDocs(b *testing.B, n int) []*marsad.Document {
	g := sample.Generator{Seed: 2}
	var arts []*marsad.Article
	for a := range g.Articles(n) {
		arts = append(arts, a)
	}
	p := analysis.New(gazetteer.Default(), marsad.Date{})
	p.Stages = nil
	docs := make([]*marsad.Document, 0, n)
	for _, a := range arts {
		p.Observe(a)
	}
	for _, a := range arts {
		docs = append(docs, p.Analyze(a))
	}
	return docs
}

// BenchmarkRun_Sample times recognition alone on the generated ordinary
// articles of analysis.BenchmarkAnalyze, cycling through 256 of them.
func BenchmarkRun_Sample(b *testing.B) {
	docs := generatedDocs(b, 256)
	for _, kbOnly := range []bool{false, true} {
		r := recognizer
		name := "tagger"
		if kbOnly {
			r = entity.NewRecognizer(gazetteer.Default())
			r.Tagger = nil
			name = "kb"
		}
		b.Run(name, func(b *testing.B) {
			var bytes int64
			for _, d := range docs {
				bytes += int64(len(d.Article.Text))
				r.Run(d)
			}
			b.SetBytes(bytes / int64(len(docs)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				r.Run(docs[i%len(docs)])
				i++
			}
		})
	}
}

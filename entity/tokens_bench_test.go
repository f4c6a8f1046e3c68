package entity

import (
	"io/fs"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/sample"
)

// BenchmarkTokenize times the split of the sample corpus's reports (3 to
// 4 KB each, read line by line) into tokens with their word records, the
// words seen before: the first step of every Run.
func BenchmarkTokenize(b *testing.B) {
	fsys := sample.FS()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("sample corpus: %d texts, %v", len(names), err)
	}
	var docs []*marsad.Document
	var bytes int
	for _, n := range names {
		t, err := fs.ReadFile(fsys, n)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, &marsad.Document{Article: marsad.Article{Text: string(t)}})
		bytes += len(t)
	}
	r := NewRecognizer(nil)
	st := r.getState()
	for _, d := range docs {
		st.text = d.Article.Text
		st.tokenize(d)
	}
	b.SetBytes(int64(bytes / len(docs)))
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		st.text = d.Article.Text
		st.tokenize(d)
		i++
	}
}

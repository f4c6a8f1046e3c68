// Package seedtest scores documents against the seeds' gold standard for
// the packages' tests, with the rules of package eval (those of
// ../shared/tools/score.py), so that each stage's seed test holds the
// figure the product reaches instead of a matcher of its own.
package seedtest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/export"
	"github.com/marsad-project/marsad/internal/shared"
)

// Gold returns the seeds' gold standard. Like shared.Dir, it skips the
// test when ../shared is absent, or fails it when CI=true.
func Gold(tb testing.TB) *eval.Gold {
	tb.Helper()
	f, err := os.Open(shared.Path(tb, "gold", "seeds.gold.json"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// Articles returns the seed articles of g in its order, each with its
// file's base name as ID and no metadata: the raw text as scraped.
func Articles(tb testing.TB, g *eval.Gold) []*marsad.Article {
	tb.Helper()
	dir := shared.Path(tb, "seeds")
	arts := make([]*marsad.Article, 0, len(g.Documents))
	for _, d := range g.Documents {
		b, err := os.ReadFile(filepath.Join(dir, d.ID+".txt"))
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, &marsad.Article{ID: d.ID, Text: string(b)})
	}
	return arts
}

// Score scores docs against g as `marsad eval` does: through the records
// export writes, read back by eval.ReadExport. Fields a stage did not fill
// score as empty.
func Score(tb testing.TB, g *eval.Gold, docs []*marsad.Document) eval.Report {
	tb.Helper()
	var buf bytes.Buffer
	w := export.NewWriter(&buf)
	for _, d := range docs {
		if err := w.WriteDocument(d); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	sys, stories, err := eval.ReadExport(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	return eval.Score(g, sys, stories, nil)
}

// GoldFiles reads a gold file per document, each one document record in
// FORMAT.md's shape, and returns them as one gold standard, in the order
// of files.
func GoldFiles(tb testing.TB, files []string) *eval.Gold {
	tb.Helper()
	if len(files) == 0 {
		tb.Fatal("no gold files")
	}
	docs := make([]json.RawMessage, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, b)
	}
	all, err := json.Marshal(map[string]any{"schema": "marsad-gold/1", "documents": docs})
	if err != nil {
		tb.Fatal(err)
	}
	g, err := eval.ReadGold(bytes.NewReader(all))
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// Set reads a hand-annotated set: every NAME.json gold record in dir with
// its text NAME.txt beside it. It returns the gold standard and the
// articles in the same order, each with NAME as ID and no metadata.
func Set(tb testing.TB, dir string) (*eval.Gold, []*marsad.Article) {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("%s: %d gold files, %v", dir, len(files), err)
	}
	arts := make([]*marsad.Article, 0, len(files))
	for _, f := range files {
		name := strings.TrimSuffix(f, ".json")
		text, err := os.ReadFile(name + ".txt")
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, &marsad.Article{ID: filepath.Base(name), Text: string(text)})
	}
	return GoldFiles(tb, files), arts
}

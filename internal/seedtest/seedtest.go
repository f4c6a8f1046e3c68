// Package seedtest scores documents against the seeds' gold standard for
// the packages' tests, with the rules of package eval (those of
// ../shared/tools/score.py), so that each stage's seed test holds the
// figure the product reaches instead of a matcher of its own.
package seedtest

import (
	"bytes"
	"os"
	"path/filepath"
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

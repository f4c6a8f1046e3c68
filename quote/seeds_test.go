package quote

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/internal/seedtest"
)

// seedMinF1 is the quote F1 reached on the seeds after the standard
// entity stage; the test fails when a change lowers it.
const seedMinF1 = 0.99

// TestFinder_Seeds scores the quotes of the seed articles against the gold
// standard with package eval, after the cleaner and the entity stage that
// the standard analysis runs before it.
func TestFinder_Seeds(t *testing.T) {
	g := seedtest.Gold(t)
	f, cl, rec := NewFinder(), clean.New(), entity.NewRecognizer(gazetteer.Default())
	var docs []*marsad.Document
	for _, a := range seedtest.Articles(t, g) {
		doc := cl.Clean(a)
		rec.Run(doc)
		f.Run(doc)
		for _, q := range doc.Quotes {
			if !q.Span.In(len(doc.Article.Text)) || doc.Article.Text[q.Span.Start:q.Span.End] != q.Text {
				t.Errorf("%s: quote %q: span %v does not hold its text", a.ID, q.Text, q.Span)
			}
		}
		docs = append(docs, doc)
	}
	q := seedtest.Score(t, g, docs).Quotes
	t.Logf("quotes: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", q.P(), q.R(), q.F1(), q.TP, q.FP, q.FN)
	if q.F1() < seedMinF1 {
		t.Errorf("got F1 %.3f, want at least %.2f", q.F1(), seedMinF1)
	}
}

package analysis_test

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/internal/seedtest"
)

// seedsPublishedAgreeing is the number of seeds whose publication date the
// whole analysis (term-start anchors included) gets as the scorer accepts
// it; the test fails when it drops.
const seedsPublishedAgreeing = 4

// TestNew_SeedsPublished scores the publication dates of the seeds as the
// scorer does: a date inside the gold range, or a range that overlaps it
// and spans at most 14 days.
func TestNew_SeedsPublished(t *testing.T) {
	g := seedtest.Gold(t)
	p := analysis.New(nil, marsad.Date{})
	var docs []*marsad.Document
	for _, a := range seedtest.Articles(t, g) {
		d := p.Analyze(a)
		t.Logf("%s: published %v, range %v", a.ID, d.Published, d.PublishedRange)
		docs = append(docs, d)
	}
	rep := seedtest.Score(t, g, docs)
	if rep.Published.Agree < seedsPublishedAgreeing {
		t.Errorf("got %d of %d seeds agreeing, want at least %d", rep.Published.Agree, rep.Published.Of, seedsPublishedAgreeing)
	}
}

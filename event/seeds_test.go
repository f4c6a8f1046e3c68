package event_test

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/internal/seedtest"
	"github.com/marsad-project/marsad/pipeline"
)

// analyzer runs the standard analysis (package analysis: clean, the
// publication date, entities, quotes, figures, events) on one article.
type analyzer struct{ p *pipeline.Pipeline }

func newPipeline() analyzer { return analyzer{analysis.New(nil, marsad.Date{})} }

func (a analyzer) analyze(art *marsad.Article) *marsad.Document { return a.p.Analyze(art) }

// minSeedF1 holds the level reached on the seeds.
const minSeedF1 = 0.77

// minSeedDates is the share of matched events whose date agrees.
const minSeedDates = 0.8

// TestSeeds runs the seed articles through the standard analysis and
// scores the events and their dates against the gold with package eval. With -v it logs each document's counts and
// system events (its gold events are in the gold file, under its id).
func TestSeeds(t *testing.T) {
	g := seedtest.Gold(t)
	p := newPipeline()
	var docs []*marsad.Document
	for _, a := range seedtest.Articles(t, g) {
		docs = append(docs, p.analyze(a))
	}
	for i, doc := range docs {
		if !testing.Verbose() {
			break
		}
		r := seedtest.Score(t, &eval.Gold{Documents: g.Documents[i : i+1]}, docs[i:i+1])
		t.Logf("%s published %s: events %+v, dates %d/%d", doc.Article.ID, doc.Published, r.Events, r.EventDates.Agree, r.EventDates.Of)
		for _, e := range doc.Events {
			t.Logf("  %s %s %s>%s %s %s | %s", e.Type, e.CAMEO, e.SourceCode, e.TargetCode, e.Date, e.Modality, e.Evidence)
		}
	}
	r := seedtest.Score(t, g, docs)
	t.Logf("seeds events: P %.3f R %.3f F1 %.3f %+v; dates %d/%d", r.Events.P(), r.Events.R(), r.Events.F1(), r.Events, r.EventDates.Agree, r.EventDates.Of)
	if f1 := r.Events.F1(); f1 < minSeedF1 {
		t.Errorf("seeds events F1 %.3f, want at least %.2f", f1, minSeedF1)
	}
	if d := r.EventDates; d.Of == 0 || float64(d.Agree) < minSeedDates*float64(d.Of) {
		t.Errorf("seeds event dates agree %d/%d, want at least %.0f%%", d.Agree, d.Of, 100*minSeedDates)
	}
}

package event_test

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/event"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/internal/seedtest"
	"github.com/marsad-project/marsad/timex"
)

// pipeline runs the stages before the coder, as cmd/marsad does: clean,
// the publication date, the entities.
type pipeline struct {
	cl  *clean.Cleaner
	rec *entity.Recognizer
	c   *event.Coder
}

func newPipeline() *pipeline {
	return &pipeline{clean.New(), entity.NewRecognizer(gazetteer.Default()), event.NewCoder()}
}

func (p *pipeline) analyze(a *marsad.Article) *marsad.Document {
	doc := p.cl.Clean(a)
	if !a.Published.IsZero() {
		doc.Published = marsad.DayDate(a.Published)
		doc.PublishedSource = marsad.DateFromMetadata
	}
	if doc.Published.IsZero() {
		timex.InferPublished(doc)
	}
	p.rec.Run(doc)
	p.c.Run(doc)
	return doc
}

// minSeedF1 holds the level reached on the seeds.
const minSeedF1 = 0.74

// TestSeeds runs the seed articles through the real pipeline (clean, the
// publication date, entities, events) and scores the events against the
// gold with package eval. With -v it logs each document's counts and
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
}

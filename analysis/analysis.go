// Package analysis assembles marsad's standard analysis: every stage, in
// order, over one knowledge base. It is the one place that knows the stage
// packages; the command, the servers and the tests that need the whole
// analysis take it from here.
package analysis

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/event"
	"github.com/marsad-project/marsad/figure"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/pipeline"
	"github.com/marsad-project/marsad/quote"
	"github.com/marsad-project/marsad/timex"
)

// New returns the whole analysis: cleaning, the publication date (with the
// term starts of the people of kb as anchors, see TermStarts), entities
// (linked against kb, gazetteer.Default() when nil), quotes, figures and
// events. Documents that carry no date of their own get published, unless
// it is zero.
func New(kb *gazetteer.KB, published marsad.Date) *pipeline.Pipeline {
	if kb == nil {
		kb = gazetteer.Default()
	}
	return &pipeline.Pipeline{
		Cleaner:       clean.New(),
		DatePublished: &timex.Inferrer{TermStarts: TermStarts(kb)},
		Published:     published,
		Stages: []pipeline.Stage{
			entity.NewRecognizer(kb),
			quote.NewFinder(),
			figure.NewFinder(),
			event.NewCoder(),
		},
	}
}

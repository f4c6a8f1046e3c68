package analysis_test

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/pipeline"
	"github.com/marsad-project/marsad/sample"
)

// BenchmarkAnalyze times the analysis of one generated 5 KB article on one
// core, stage set by stage set, so that each issue's share of the time can
// be read off (README, "Speed"):
//
//	foundation: cleaning and the publication date
//	entities-kb: + entity recognition and resolution, knowledge base only
//	entities: + the statistical tagger (the default recogniser)
//	full: the whole standard analysis (+ quotes, figures, events)
//
// The articles cycle through 256 generated ones, the cleaner having
// observed them all, as ingest does.
func BenchmarkAnalyze(b *testing.B) {
	g := sample.Generator{Seed: 2}
	arts := make([]*marsad.Article, 0, 256)
	for a := range g.Articles(cap(arts)) {
		arts = append(arts, a)
	}
	kb := gazetteer.Default()
	full := analysis.New(kb, marsad.Date{})
	kbOnly := entity.NewRecognizer(kb)
	kbOnly.Tagger = nil
	subset := func(stages ...pipeline.Stage) *pipeline.Pipeline {
		return &pipeline.Pipeline{Cleaner: full.Cleaner, DatePublished: full.DatePublished, Stages: stages}
	}
	for _, bc := range []struct {
		name string
		p    *pipeline.Pipeline
	}{
		{"foundation", subset()},
		{"entities-kb", subset(kbOnly)},
		{"entities", subset(full.Stages[0])},
		{"full", full},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for _, a := range arts {
				bc.p.Observe(a)
			}
			var bytes int64
			for _, a := range arts {
				bytes += int64(len(a.Text))
			}
			b.SetBytes(bytes / int64(len(arts)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				bc.p.Analyze(arts[i%len(arts)])
				i++
			}
		})
	}
}

package analysis_test

import (
	"io/fs"
	"slices"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/internal/seedtest"
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
//	full-no-entities: the whole analysis but for the entity stage
//	full: the whole standard analysis (+ quotes, figures, events)
//
// The articles cycle through 256 generated ones, the cleaner having
// observed them all, as ingest does. A generated article is a shuffle of
// the sample corpus's sentences, each from another story: it names more
// entities a kilobyte than a real report (5.0 against 3.9 for the seeds),
// each fewer times (1.7 mentions against 3.9).
func BenchmarkAnalyze(b *testing.B) {
	g := sample.Generator{Seed: 2}
	arts := make([]*marsad.Article, 0, 256)
	for a := range g.Articles(cap(arts)) {
		arts = append(arts, a)
	}
	benchStages(b, arts)
}

// BenchmarkAnalyze_Seeds is BenchmarkAnalyze on the five seed reports
// (../shared/seeds, 4 to 9 KB of real scraped news each), cycled.
func BenchmarkAnalyze_Seeds(b *testing.B) {
	benchStages(b, seedtest.Articles(b, seedtest.Gold(b)))
}

// BenchmarkAnalyze_Sample is BenchmarkAnalyze on the plain-text reports of
// the sample corpus (3 to 4 KB each), cycled.
func BenchmarkAnalyze_Sample(b *testing.B) {
	benchStages(b, sampleArticles(b))
}

// sampleArticles returns the plain-text reports of the sample corpus.
func sampleArticles(tb testing.TB) []*marsad.Article {
	fsys := sample.FS()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("sample corpus: %d texts, %v", len(names), err)
	}
	var arts []*marsad.Article
	for _, n := range names {
		t, err := fs.ReadFile(fsys, n)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, &marsad.Article{ID: n, Text: string(t)})
	}
	return arts
}

// benchStages runs one sub-benchmark a stage set over arts.
func benchStages(b *testing.B, arts []*marsad.Article) {
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
		{"full-no-entities", subset(full.Stages[1:]...)},
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

// BenchmarkEntityShare reports what the entity stage adds to the
// foundation's time, as a fraction ("added"), on the generated articles,
// the seeds and the sample corpus's reports. It alternates blocks of 64
// analyses with and without the stage and takes the median of the blocks'
// ratios, which a machine whose speed drifts (a shared one) moves far less
// than it moves two benchmarks run one after the other.
//
// "stage" is the entity stage's own time, timed around its Run in the
// blocks with it, over the time of the blocks without it. "added" exceeds
// it by what each part costs the other: the two share the processor's
// caches, and each evicts some of what the other had kept from one article
// to the next.
func BenchmarkEntityShare(b *testing.B) {
	full := analysis.New(gazetteer.Default(), marsad.Date{})
	without := &pipeline.Pipeline{Cleaner: full.Cleaner, DatePublished: full.DatePublished}
	benchShare(b, without, full.Stages[0], nil)
}

// BenchmarkEntityShare_Full is BenchmarkEntityShare against the whole
// analysis: the blocks without the stage run every other stage (quotes,
// figures, events), and those with it the standard analysis. "added" then
// counts, beside the stage, what the later stages do with its entities:
// the events stage dates and codes the events whose actors it found.
func BenchmarkEntityShare_Full(b *testing.B) {
	full := analysis.New(gazetteer.Default(), marsad.Date{})
	without := &pipeline.Pipeline{Cleaner: full.Cleaner, DatePublished: full.DatePublished, Stages: full.Stages[1:]}
	benchShare(b, without, full.Stages[0], full.Stages[1:])
}

// timedStage is a stage whose Run time is summed into *d.
type timedStage struct {
	s pipeline.Stage
	d *time.Duration
}

func (t timedStage) Run(doc *marsad.Document) {
	t0 := time.Now()
	t.s.Run(doc)
	*t.d += time.Since(t0)
}

// benchShare alternates blocks of analyses by without and by the pipeline
// that runs stage and then after, on each corpus (BenchmarkEntityShare).
func benchShare(b *testing.B, without *pipeline.Pipeline, stage pipeline.Stage, after []pipeline.Stage) {
	corpora := []struct {
		name string
		arts func(testing.TB) []*marsad.Article
	}{
		{"generated", func(testing.TB) []*marsad.Article {
			var arts []*marsad.Article
			for a := range (sample.Generator{Seed: 2}).Articles(256) {
				arts = append(arts, a)
			}
			return arts
		}},
		{"seeds", func(tb testing.TB) []*marsad.Article { return seedtest.Articles(tb, seedtest.Gold(tb)) }},
		{"sample", sampleArticles},
	}
	var st time.Duration
	with := *without
	with.Stages = append([]pipeline.Stage{timedStage{stage, &st}}, after...)
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			arts := c.arts(b)
			for _, a := range arts {
				without.Observe(a)
			}
			const block = 64
			var added, own []float64
			var tBase, tEnt, tStage time.Duration
			i := 0
			for b.Loop() {
				t0 := time.Now()
				for k := range block {
					without.Analyze(arts[(i+k)%len(arts)])
				}
				t1 := time.Now()
				st = 0
				for k := range block {
					with.Analyze(arts[(i+k)%len(arts)])
				}
				t2 := time.Now()
				i += block
				tBase += t1.Sub(t0)
				tEnt += t2.Sub(t1)
				tStage += st
				added = append(added, float64(t2.Sub(t1))/float64(t1.Sub(t0))-1)
				own = append(own, float64(st)/float64(t1.Sub(t0)))
			}
			slices.Sort(added)
			slices.Sort(own)
			n := float64(i)
			b.ReportMetric(added[len(added)/2], "added")
			b.ReportMetric(own[len(own)/2], "stage")
			b.ReportMetric(float64(tBase.Nanoseconds())/n, "without-ns/article")
			b.ReportMetric(float64(tEnt.Nanoseconds())/n, "with-ns/article")
			b.ReportMetric(float64(tStage.Nanoseconds())/n, "stage-ns/article")
		})
	}
}

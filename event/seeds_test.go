package event_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/entity"
	"github.com/marsad-project/marsad/event"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/internal/shared"
	"github.com/marsad-project/marsad/timex"
)

// goldEvent is an event of seeds.gold.json.
type goldEvent struct {
	Type       string  `json:"type"`
	CAMEO      string  `json:"cameo"`
	SourceCode *string `json:"source_code"`
	TargetCode *string `json:"target_code"`
	Date       *string `json:"date"`
	DateFrom   *string `json:"date_from"`
	Modality   string  `json:"modality"`
	Evidence   string  `json:"evidence"`
}

type goldDoc struct {
	ID     string      `json:"id"`
	Events []goldEvent `json:"events"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

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

// match pairs gold and system events one to one, greedily, as the
// project's scorer does: hit[i] is the system event of gold event i, or -1.
func match(gold []goldEvent, sys []marsad.Event) []int {
	used := make([]bool, len(sys))
	hit := make([]int, len(gold))
	for gi, g := range gold {
		hit[gi] = -1
		for i, s := range sys {
			if used[i] || g.Type != string(s.Type) || str(g.SourceCode) != string(s.SourceCode) || str(g.TargetCode) != string(s.TargetCode) {
				continue
			}
			used[i], hit[gi] = true, i
			break
		}
	}
	return hit
}

// dateAgrees reports whether a system date agrees with a gold date to the
// gold's precision, as the scorer reads it: the gold is a prefix of it.
func dateAgrees(gold string, d marsad.Date) bool {
	return strings.HasPrefix(d.String(), gold)
}

func brief(e marsad.Event) string {
	return fmt.Sprintf("%s %s %s>%s %s %s", e.Type, e.CAMEO, e.SourceCode, e.TargetCode, e.Date, e.Modality)
}

// TestSeeds runs the seed articles through the real pipeline (clean, the
// publication date, entities, events) and scores the events against the
// gold. It logs the figures, and with -v every miss, extra and wrong date.
func TestSeeds(t *testing.T) {
	dir := shared.Dir(t)
	b, err := os.ReadFile(filepath.Join(dir, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	p := newPipeline()
	var tp, nsys, ngold, agree, dated int
	for _, g := range gold.Documents {
		text, err := os.ReadFile(filepath.Join(dir, "seeds", g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc := p.analyze(&marsad.Article{ID: g.ID, Text: string(text)})
		if testing.Verbose() {
			r := ""
			if doc.PublishedRange != nil {
				r = doc.PublishedRange.From.Format("2006-01-02") + ".." + doc.PublishedRange.To.Format("2006-01-02")
			}
			t.Logf("%s published %s range %s", g.ID[:3], doc.Published, r)
		}
		hit := match(g.Events, doc.Events)
		matched := make([]bool, len(doc.Events))
		for gi, ge := range g.Events {
			if hit[gi] < 0 {
				if testing.Verbose() {
					t.Logf("MISS  %s %s %s %s>%s %s | %s", g.ID[:3], ge.Type, ge.CAMEO, str(ge.SourceCode), str(ge.TargetCode), str(ge.Date), ge.Evidence)
				}
				continue
			}
			tp++
			matched[hit[gi]] = true
			if ge.Date != nil && str(ge.DateFrom) != "knowledge" {
				dated++
				if s := doc.Events[hit[gi]]; dateAgrees(*ge.Date, s.Date) {
					agree++
				} else if testing.Verbose() {
					t.Logf("DATE  %s %s %s>%s gold %s got %q | %s", g.ID[:3], ge.Type, str(ge.SourceCode), str(ge.TargetCode), *ge.Date, s.Date.String(), s.Evidence)
				}
			}
		}
		if testing.Verbose() {
			for i, e := range doc.Events {
				if !matched[i] {
					t.Logf("EXTRA %s %s | %s", g.ID[:3], brief(e), e.Evidence)
				}
			}
		}
		nsys, ngold = nsys+len(doc.Events), ngold+len(g.Events)
	}
	pr, r := float64(tp)/float64(max(nsys, 1)), float64(tp)/float64(max(ngold, 1))
	f1 := 0.0
	if pr+r > 0 {
		f1 = 2 * pr * r / (pr + r)
	}
	t.Logf("seeds events: %d system, %d gold, %d matched: P %.3f R %.3f F1 %.3f; dates %d/%d", nsys, ngold, tp, pr, r, f1, agree, dated)
	if f1 < minSeedF1 {
		t.Errorf("seeds events F1 %.3f, want at least %.2f", f1, minSeedF1)
	}
}

// minSeedF1 holds the level reached on the seeds.
const minSeedF1 = 0.74

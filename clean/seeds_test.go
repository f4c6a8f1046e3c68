package clean

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/seedtest"
)

// The figures reached on the seeds; the test fails when a change lowers
// them.
const (
	seedMinF1     = 1.0
	seedMinTitles = 5
)

// TestSeeds scores the boilerplate of the seed articles against the gold
// standard with package eval, and counts the titles found, without and
// with the cleaner observing the seeds first.
func TestSeeds(t *testing.T) {
	g := seedtest.Gold(t)
	arts := seedtest.Articles(t, g)
	for _, observe := range []bool{false, true} {
		c := New()
		if observe {
			for _, a := range arts {
				c.Observe(a)
			}
		}
		docs := make([]*marsad.Document, len(arts))
		titles := 0
		for k, a := range arts {
			docs[k] = c.Clean(a)
			want, _ := g.Documents[k].Title.(string)
			if strings.TrimSpace(docs[k].Title) == strings.TrimSpace(want) {
				titles++
			} else {
				t.Logf("%s: title %q, want %q", a.ID, docs[k].Title, want)
			}
		}
		b := seedtest.Score(t, g, docs).Boilerplate
		t.Logf("observe=%v: boilerplate P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); titles %d/%d",
			observe, b.P(), b.R(), b.F1(), b.TP, b.FP, b.FN, titles, len(arts))
		if b.F1() < seedMinF1 {
			t.Errorf("observe=%v: boilerplate F1 %.3f, want at least %.2f", observe, b.F1(), seedMinF1)
		}
		if titles < seedMinTitles {
			t.Errorf("observe=%v: %d titles right, want at least %d", observe, titles, seedMinTitles)
		}
	}
}

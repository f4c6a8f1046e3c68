package analysis_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/analysis"
	"github.com/marsad-project/marsad/internal/shared"
)

// seedsPublishedAgreeing is the number of seeds whose publication date the
// whole analysis (term-start anchors included) gets as the scorer accepts
// it; the test fails when it drops.
const seedsPublishedAgreeing = 4

// TestNew_SeedsPublished scores the publication dates of the seeds as the
// scorer does: a date inside the gold range, or a range that overlaps it
// and spans at most 14 days.
func TestNew_SeedsPublished(t *testing.T) {
	raw, err := os.ReadFile(shared.Path(t, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct {
			ID             string    `json:"id"`
			Published      *string   `json:"published"`
			PublishedRange *[]string `json:"published_range"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	p := analysis.New(nil, marsad.Date{})
	agree := 0
	for _, g := range gold.Documents {
		text, err := os.ReadFile(filepath.Join(shared.Path(t, "seeds"), g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var from, to time.Time
		switch {
		case g.Published != nil:
			from, to = day(*g.Published), day(*g.Published)
		case g.PublishedRange != nil && len(*g.PublishedRange) == 2:
			from, to = day((*g.PublishedRange)[0]), day((*g.PublishedRange)[1])
		default:
			continue
		}
		d := p.Analyze(&marsad.Article{ID: g.ID, Text: string(text)})
		ok, got := false, "none"
		switch r := d.PublishedRange; {
		case !d.Published.IsZero():
			got = d.Published.String()
			ok = !d.Published.Time.Before(from) && !d.Published.Time.After(to)
		case r != nil:
			got = r.From.Format(time.DateOnly) + ".." + r.To.Format(time.DateOnly)
			ok = !r.From.After(to) && !r.To.Before(from) && r.To.Sub(r.From) <= 14*24*time.Hour
		}
		if ok {
			agree++
		}
		t.Logf("%s: got %s, gold %s..%s, agree %v", g.ID, got, from.Format(time.DateOnly), to.Format(time.DateOnly), ok)
	}
	if agree < seedsPublishedAgreeing {
		t.Errorf("got %d seeds agreeing, want at least %d", agree, seedsPublishedAgreeing)
	}
}

package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/shared"
)

// seedsAgreeing is the number of seeds whose inferred publication date the
// scorer accepts; the test fails when it drops.
const seedsAgreeing = 3

// TestInferPublished_Seeds runs InferPublished on the raw seed texts (no
// cleaning stage) and scores the result as the scorer does: a published
// date must fall inside the gold range (or equal the gold date); a range
// must overlap the gold range and span at most 14 days.
func TestInferPublished_Seeds(t *testing.T) {
	dir := shared.Dir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "gold", "seeds.gold.json"))
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
	agree := 0
	for _, g := range gold.Documents {
		text, err := os.ReadFile(filepath.Join(dir, "seeds", g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc := &marsad.Document{Article: marsad.Article{ID: g.ID, Text: string(text)}}
		InferPublished(doc)
		var from, to time.Time
		switch {
		case g.Published != nil:
			d := mustDate(t, *g.Published)
			from, to = d.Time, d.Time
		case g.PublishedRange != nil && len(*g.PublishedRange) == 2:
			from, to = mustDate(t, (*g.PublishedRange)[0]).Time, mustDate(t, (*g.PublishedRange)[1]).Time
		default:
			continue
		}
		ok := false
		var got string
		switch {
		case !doc.Published.IsZero():
			got = doc.Published.String() + " (" + string(doc.PublishedSource) + ")"
			ok = !doc.Published.Time.Before(from) && !doc.Published.Time.After(to)
		case doc.PublishedRange != nil:
			r := doc.PublishedRange
			got = r.From.Format("2006-01-02") + ".." + r.To.Format("2006-01-02") + " (" + string(doc.PublishedSource) + ")"
			ok = !r.From.After(to) && !r.To.Before(from) && r.To.Sub(r.From) <= 14*24*time.Hour
		default:
			got = "none"
		}
		if ok {
			agree++
		}
		t.Logf("%s: got %s, gold %s..%s, agree %v", g.ID, got, from.Format("2006-01-02"), to.Format("2006-01-02"), ok)
	}
	t.Logf("%d of %d seeds agree", agree, len(gold.Documents))
	if agree < seedsAgreeing {
		t.Errorf("got %d seeds agreeing, want at least %d", agree, seedsAgreeing)
	}
}

// TestFind_SeedsSpans checks the spans of every expression found in the
// seeds.
func TestFind_SeedsSpans(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(shared.Dir(t), "seeds", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var found []string
		for _, e := range Find(text, marsad.Date{}) {
			if text[e.Start:e.End] != e.Text {
				t.Errorf("%s: span [%d,%d) is %q, Text %q", f, e.Start, e.End, text[e.Start:e.End], e.Text)
			}
			found = append(found, e.Kind.String()+":"+e.Text+"="+e.Date.String())
		}
		t.Logf("%s: %s", filepath.Base(f), strings.Join(found, " | "))
	}
}

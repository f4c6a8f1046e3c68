package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/seedtest"
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
	g := seedtest.Gold(t)
	var docs []*marsad.Document
	for _, a := range seedtest.Articles(t, g) {
		doc := &marsad.Document{Article: *a}
		InferPublished(doc)
		t.Logf("%s: published %v, range %v (%s)", a.ID, doc.Published, doc.PublishedRange, doc.PublishedSource)
		docs = append(docs, doc)
	}
	rep := seedtest.Score(t, g, docs)
	if rep.Published.Agree < seedsAgreeing {
		t.Errorf("got %d of %d seeds agreeing, want at least %d", rep.Published.Agree, rep.Published.Of, seedsAgreeing)
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

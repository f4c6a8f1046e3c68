package entity_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/internal/golden"
)

// TestGolden runs the cleaner and the recogniser over each article under
// testdata/ and compares the entities with the .golden file beside it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c := clean.New()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := c.Clean(&marsad.Article{ID: name, Text: string(b)})
			doc.Published, _ = marsad.ParseDate("2024-06-01")
			recognizer.Run(doc)
			checkSpans(t, doc)
			type rec struct {
				ID       marsad.QID        `json:"id,omitempty"`
				Name     string            `json:"name"`
				Arabic   string            `json:"arabic"`
				Type     marsad.EntityType `json:"type"`
				Code     marsad.ActorCode  `json:"code,omitempty"`
				Role     string            `json:"role,omitempty"`
				Mentions []string          `json:"mentions"`
			}
			var out []rec
			for _, e := range doc.Entities {
				r := rec{ID: e.ID, Name: e.Name, Arabic: e.Arabic, Type: e.Type, Code: e.Code, Role: e.Role}
				for _, m := range e.Mentions {
					r.Mentions = append(r.Mentions, m.Text)
				}
				out = append(out, r)
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", name+".golden"), append(got, '\n'))
		})
	}
}

// checkSpans checks that every mention lies in the text and reads as its
// span.
func checkSpans(tb testing.TB, doc *marsad.Document) {
	tb.Helper()
	text := doc.Article.Text
	for _, e := range doc.Entities {
		if len(e.Mentions) == 0 {
			tb.Errorf("entity %s has no mention", e.Name)
		}
		for _, m := range e.Mentions {
			if !m.Span.In(len(text)) || m.Span.Len() == 0 {
				tb.Fatalf("mention %q of %s: span %v out of bounds (%d bytes)", m.Text, e.Name, m.Span, len(text))
			}
			if got := text[m.Span.Start:m.Span.End]; got != m.Text {
				tb.Errorf("mention of %s: text at span is %q, want %q", e.Name, got, m.Text)
			}
		}
	}
}

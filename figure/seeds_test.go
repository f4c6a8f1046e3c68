package figure

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/internal/shared"
)

// goldFigure is a figure of the gold standard, as the scorer reads it.
type goldFigure struct {
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`
	Evidence  string  `json:"evidence"`
}

// matchFigures pairs got with want as the scorer does: same unit, value
// within 1%, greedily one to one. It returns the number of pairs.
func matchFigures(got []marsad.Figure, want []goldFigure) int {
	taken := make([]bool, len(want))
	n := 0
	for _, g := range got {
		for k, w := range want {
			if taken[k] || g.Unit != w.Unit {
				continue
			}
			if math.Abs(g.Value-w.Value) <= 0.01*math.Abs(w.Value) {
				taken[k] = true
				n++
				break
			}
		}
	}
	return n
}

// TestSeeds runs the finder over the shared seed articles and scores its
// figures against the gold standard with the scorer's rule. It holds the
// F1 reached; rules are general Arabic, never written for these texts.
func TestSeeds(t *testing.T) {
	dir := shared.Dir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct {
			ID      string       `json:"id"`
			Figures []goldFigure `json:"figures"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	sort.Strings(paths)
	byID := map[string][]goldFigure{}
	for _, d := range gold.Documents {
		byID[d.ID] = d.Figures
	}
	c := clean.New()
	f := NewFinder()
	var tp, ng, nw int
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		doc := c.Clean(&marsad.Article{ID: id, Text: string(text)})
		f.Run(doc)
		want := byID[id]
		m := matchFigures(doc.Figures, want)
		tp, ng, nw = tp+m, ng+len(doc.Figures), nw+len(want)
		for _, fg := range doc.Figures {
			checkSpan(t, doc.Article.Text, fg)
			if testing.Verbose() {
				t.Logf("%s got %g %s %s %q period=%s: %q", id, fg.Value, fg.Unit, fg.Qualifier, fg.Subject, fg.Period, fg.Evidence)
			}
		}
		if testing.Verbose() {
			for _, w := range want {
				t.Logf("%s want %g %s %s: %q", id, w.Value, w.Unit, w.Qualifier, w.Evidence)
			}
		}
	}
	pr, rc := ratio(tp, ng), ratio(tp, nw)
	f1 := 0.0
	if pr+rc > 0 {
		f1 = 2 * pr * rc / (pr + rc)
	}
	t.Logf("seed figures: P=%.3f R=%.3f F1=%.3f (%d matched, %d found, %d gold)", pr, rc, f1, tp, ng, nw)
	if f1 < 0.85 {
		t.Errorf("seed figure F1 = %.3f, want >= 0.85", f1)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func checkSpan(tb testing.TB, text string, fg marsad.Figure) {
	tb.Helper()
	if !fg.EvidenceSpan.In(len(text)) {
		tb.Errorf("figure %g %s: span %v out of a text of %d bytes", fg.Value, fg.Unit, fg.EvidenceSpan, len(text))
		return
	}
	if got := text[fg.EvidenceSpan.Start:fg.EvidenceSpan.End]; got != fg.Evidence {
		tb.Errorf("figure %g %s: text at span is %q, want the evidence %q", fg.Value, fg.Unit, got, fg.Evidence)
	}
}

package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/shared"
)

// The figures reached on the seeds; the test fails when a change lowers
// them.
const (
	seedMinF1     = 1.0
	seedMinTitles = 5
)

type goldDoc struct {
	ID          string   `json:"id"`
	Title       *string  `json:"title"`
	Boilerplate []string `json:"boilerplate"`
}

// prf accumulates line-by-line boilerplate matches, as the scorer counts
// them: after trimming spaces, each gold line matched at most once.
type prf struct{ tp, fp, fn int }

func (s *prf) add(got, want []string) {
	left := map[string]int{}
	for _, w := range want {
		left[strings.TrimSpace(w)]++
	}
	for _, g := range got {
		g = strings.TrimSpace(g)
		if left[g] > 0 {
			left[g]--
			s.tp++
		} else {
			s.fp++
		}
	}
	for _, n := range left {
		s.fn += n
	}
}

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	} else {
		p = 1
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	} else {
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func TestSeeds(t *testing.T) {
	dir := shared.Path(t, "seeds")
	raw, err := os.ReadFile(shared.Path(t, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	for _, observe := range []bool{false, true} {
		c := New()
		var arts []*marsad.Article
		for _, g := range gold.Documents {
			path := filepath.Join(dir, g.ID+".txt")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := &marsad.Article{ID: g.ID, Text: string(b), Source: path, Format: marsad.FormatText}
			arts = append(arts, a)
			if observe {
				c.Observe(a)
			}
		}
		var s prf
		titles := 0
		for k, g := range gold.Documents {
			d := c.Clean(arts[k])
			var got []string
			for _, l := range d.Boilerplate {
				got = append(got, l.Text)
			}
			s.add(got, g.Boilerplate)
			want := ""
			if g.Title != nil {
				want = *g.Title
			}
			if strings.TrimSpace(d.Title) == strings.TrimSpace(want) {
				titles++
			} else {
				t.Logf("%s: title %q, want %q", g.ID, d.Title, want)
			}
			var ws prf
			ws.add(got, g.Boilerplate)
			if ws.fp+ws.fn > 0 {
				for _, l := range d.Boilerplate {
					t.Logf("%s: got %s %q", g.ID, l.Kind, l.Text)
				}
				for _, w := range g.Boilerplate {
					t.Logf("%s: want %q", g.ID, w)
				}
			}
		}
		p, r, f := s.scores()
		t.Logf("observe=%v: boilerplate P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); titles %d/%d",
			observe, p, r, f, s.tp, s.fp, s.fn, titles, len(gold.Documents))
		if f < seedMinF1 {
			t.Errorf("observe=%v: boilerplate F1 %.3f, want at least %.3f", observe, f, seedMinF1)
		}
		if titles < seedMinTitles {
			t.Errorf("observe=%v: %d titles right, want at least %d", observe, titles, seedMinTitles)
		}
	}
}

package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/golden"
)

// goldenDoc is what the golden files record of a cleaned article.
type goldenDoc struct {
	Title       string       `json:"title"`
	Dateline    string       `json:"dateline"`
	Boilerplate []goldenLine `json:"boilerplate"`
	BodyLines   int          `json:"body_lines"`
	Sentences   int          `json:"sentences"`
}

type goldenLine struct {
	Kind marsad.BoilerplateKind `json:"kind"`
	Text string                 `json:"text"`
}

// TestClean_Golden cleans each testdata/NAME.txt (pages written for these
// tests in the manner of Arabic news sites) and compares the result with
// testdata/NAME.golden.json; run with -update to rewrite them.
func TestClean_Golden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 6 {
		t.Fatalf("got %d golden articles, want at least 6", len(files))
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := &marsad.Article{ID: name, Text: string(b), Source: path}
			d := New().Clean(a)
			checkSpans(t, a, d)
			g := goldenDoc{Title: d.Title, Dateline: d.Dateline, BodyLines: len(d.Body), Sentences: len(d.Sentences), Boilerplate: []goldenLine{}}
			for _, l := range d.Boilerplate {
				g.Boilerplate = append(g.Boilerplate, goldenLine{l.Kind, l.Text})
			}
			out, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", name+".golden.json"), append(out, '\n'))
		})
	}
}

// checkSpans fails when a span of d leaves the text or does not hold its
// line's text, or when a body line is empty or untrimmed.
func checkSpans(tb testing.TB, a *marsad.Article, d *marsad.Document) {
	tb.Helper()
	n := len(a.Text)
	at := func(s marsad.Span) string {
		if !s.In(n) {
			tb.Fatalf("span %v out of a text of %d bytes", s, n)
		}
		return a.Text[s.Start:s.End]
	}
	if d.TitleSpan != (marsad.Span{}) && at(d.TitleSpan) != d.Title {
		tb.Errorf("title span holds %q, want %q", at(d.TitleSpan), d.Title)
	}
	if at(d.DatelineSpan) != d.Dateline {
		tb.Errorf("dateline span holds %q, want %q", at(d.DatelineSpan), d.Dateline)
	}
	for _, l := range append(append([]marsad.Line{}, d.Body...), d.Boilerplate...) {
		if got := at(l.Span); got != l.Text {
			tb.Errorf("span %v holds %q, want %q", l.Span, got, l.Text)
		}
		if l.Text == "" || strings.TrimSpace(l.Text) != l.Text {
			tb.Errorf("line %q is empty or untrimmed", l.Text)
		}
	}
	for _, s := range d.Sentences {
		at(s)
	}
}

package sample

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestGenerator_Article(t *testing.T) {
	longest := 0
	for _, l := range corpusLines() {
		longest = max(longest, len(l))
	}
	first := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 0, 730)
	for _, c := range []struct {
		name       string
		g          Generator
		i          int
		wantID     string
		wantSize   int
		wantSource string
	}{
		{"ZeroGenerator", Generator{}, 0, "gen-000000", DefaultSize, "generated"},
		{"PrefixAndSource", Generator{Prefix: "bench", Source: "bench"}, 42, "bench-000042", DefaultSize, "bench"},
		{"SmallSize", Generator{Size: 300, Seed: 9}, 7, "gen-000007", 300, "generated"},
		{"LargeIndex", Generator{Size: 20000}, 1234567, "gen-1234567", 20000, "generated"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := c.g.Article(c.i)
			if a.ID != c.wantID {
				t.Errorf("got id %q, want %q", a.ID, c.wantID)
			}
			if a.Source != c.wantSource {
				t.Errorf("got source %q, want %q", a.Source, c.wantSource)
			}
			if n := len(a.Text); n < c.wantSize || n > c.wantSize+longest+1 {
				t.Errorf("got %d bytes of text, want %d to %d", n, c.wantSize, c.wantSize+longest+1)
			}
			if !utf8.ValidString(a.Text) {
				t.Errorf("text is not valid UTF-8")
			}
			head, rest, ok := strings.Cut(a.Text, "\n\n")
			if !ok || head == "" || strings.Contains(head, "\n") || rest == "" {
				t.Errorf("got text starting %.80q, want a headline line, a blank line and paragraphs", a.Text)
			}
			if a.Published.Before(first) || !a.Published.Before(last) {
				t.Errorf("got published %v, want in [%v, %v)", a.Published, first, last)
			}
			if want := "outlet-" + string(rune('0'+c.i%7)); a.Outlet != want {
				t.Errorf("got outlet %q, want %q", a.Outlet, want)
			}
		})
	}
}

func TestGenerator_Deterministic(t *testing.T) {
	g := Generator{Seed: 2}
	for _, i := range []int{0, 1, 999} {
		a, b := g.Article(i), g.Article(i)
		if a.Text != b.Text || !a.Published.Equal(b.Published) {
			t.Errorf("article %d: two calls differ", i)
		}
	}
	if a, b := g.Article(3), (Generator{Seed: 3}).Article(3); a.Text == b.Text {
		t.Errorf("article 3: seeds 2 and 3 give the same text, want different corpora")
	}
	if a, b := g.Article(3), g.Article(4); a.Text == b.Text {
		t.Errorf("articles 3 and 4 have the same text, want different")
	}
}

func TestGenerator_Articles(t *testing.T) {
	g := Generator{Size: 500, Seed: 1}
	n := 0
	for a := range g.Articles(25) {
		if want := g.Article(n); a.ID != want.ID || a.Text != want.Text {
			t.Errorf("article %d: got %s, want what Article(%d) gives (%s)", n, a.ID, n, want.ID)
		}
		n++
	}
	if n != 25 {
		t.Errorf("got %d articles, want 25", n)
	}
	n = 0
	for range g.Articles(25) {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("after break: got %d articles, want 3", n)
	}
	for range g.Articles(0) {
		t.Errorf("Articles(0) yielded an article, want none")
	}
}

func TestGenerate(t *testing.T) {
	want := Generator{Seed: 5}
	i := 0
	for a := range Generate(3, 5) {
		if w := want.Article(i); a.ID != w.ID || a.Text != w.Text {
			t.Errorf("article %d: got %s, want Generator{Seed: 5}.Article(%d)", i, a.ID, i)
		}
		i++
	}
	if i != 3 {
		t.Errorf("got %d articles, want 3", i)
	}
}

func BenchmarkGenerator_Article(b *testing.B) {
	b.ReportAllocs()
	g := Generator{Seed: 2}
	i := 0
	for b.Loop() {
		a := g.Article(i)
		b.SetBytes(int64(len(a.Text)))
		i++
	}
}

package sample

import (
	"fmt"
	"io/fs"
	"iter"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
)

// DefaultSize is the default of Generator.Size: about the length of a
// news article's text, in bytes.
const DefaultSize = 5000

// Generator makes synthetic dated Arabic articles of any number, for
// benchmarks and load tests: each article is a headline and lines drawn at
// random from the paragraphs of the corpus's plain-text reports, dated on
// one of the 730 days from 2024-01-01, and attributed to one of seven
// outlets. The text is Arabic news prose that the whole pipeline can
// analyse, but the articles report no coherent event.
//
// Article i depends only on i and the Generator's fields, so a corpus is
// the same in every run and any article can be made alone, in any order.
// The zero Generator is ready to use; a Generator is safe for concurrent
// use.
type Generator struct {
	// Size is the length in bytes an article's text reaches: lines are
	// added until it does, so the text is up to one line longer; 0 means
	// DefaultSize.
	Size int
	// Seed selects the corpus: generators with the same Seed (and Size)
	// make the same articles.
	Seed uint64
	// Prefix starts the ids, which are Prefix, a hyphen and the article's
	// number in six digits ("gen-000042"); "" means "gen".
	Prefix string
	// Source is the articles' Source; "" means "generated".
	Source string
}

// corpusLines are the lines of the plain-text reports of the corpus longer
// than 80 bytes, trimmed, in file order: the paragraphs, and the headlines
// long enough to pass for a paragraph.
var corpusLines = sync.OnceValue(func() []string {
	var lines []string
	err := fs.WalkDir(FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(FS(), path)
		if err != nil {
			return err
		}
		for l := range strings.SplitSeq(string(b), "\n") {
			if l = strings.TrimSpace(l); len(l) > 80 {
				lines = append(lines, l)
			}
		}
		return nil
	})
	if err != nil || len(lines) == 0 {
		// The corpus is embedded and tested to hold such reports.
		panic(fmt.Sprintf("sample: no paragraphs in the embedded corpus: %v", err))
	}
	return lines
})

// ID returns the id of article i.
func (g Generator) ID(i int) string {
	prefix := g.Prefix
	if prefix == "" {
		prefix = "gen"
	}
	return fmt.Sprintf("%s-%06d", prefix, i)
}

// Article returns article i (i >= 0): a new Article each call, in
// FormatText with its headline on the first line, then a blank line, then
// one paragraph a line.
func (g Generator) Article(i int) *marsad.Article {
	lines := corpusLines()
	size := g.Size
	if size <= 0 {
		size = DefaultSize
	}
	source := g.Source
	if source == "" {
		source = "generated"
	}
	rng := rand.New(rand.NewPCG(uint64(i), g.Seed))
	var b strings.Builder
	b.Grow(size + 512)
	title := lines[rng.IntN(len(lines))]
	if k := strings.IndexAny(title, "،."); k > 20 {
		title = title[:k]
	}
	b.WriteString(title)
	b.WriteString("\n\n")
	for b.Len() < size {
		b.WriteString(lines[rng.IntN(len(lines))])
		b.WriteString("\n")
	}
	return &marsad.Article{
		ID:     g.ID(i),
		Outlet: fmt.Sprintf("outlet-%d", i%7),
		// Dated like a feed's items: over two years, in no particular order.
		Published: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(730)),
		Text:      b.String(),
		Format:    marsad.FormatText,
		Source:    source,
	}
}

// Articles yields articles 0 to n-1 in order, each made when the loop
// asks for it, so that a large corpus is never held in memory.
func (g Generator) Articles(n int) iter.Seq[*marsad.Article] {
	return func(yield func(*marsad.Article) bool) {
		for i := range n {
			if !yield(g.Article(i)) {
				return
			}
		}
	}
}

// Generate yields n generated articles of DefaultSize with the seed:
// Generator{Seed: seed}.Articles(n).
func Generate(n int, seed uint64) iter.Seq[*marsad.Article] {
	return Generator{Seed: seed}.Articles(n)
}

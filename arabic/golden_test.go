package arabic

import (
	"fmt"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/golden"
)

// TestNews_Golden records the sentences, tokens and word keys of
// testdata/news.txt in testdata/news.golden (regenerate with -update).
func TestNews_Golden(t *testing.T) {
	text := mustReadNews(t)
	var b strings.Builder
	for i, g := range Sentences(text) {
		s := g.Text(text)
		fmt.Fprintf(&b, "# %d [%d:%d]\n%s\n", i+1, g.Start, g.End, s)
		toks := Tokenize(s)
		b.WriteString(tokStrings(s, toks))
		b.WriteString("\nkeys:")
		for _, tok := range toks {
			if tok.Kind == Word {
				b.WriteString(" " + Key(tok.Text(s)))
			}
		}
		b.WriteString("\n\n")
	}
	golden.Check(t, "testdata/news.golden", []byte(b.String()))
}

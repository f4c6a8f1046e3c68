package event

import (
	"bufio"
	_ "embed"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

//go:embed lexicon.tsv
var lexiconTSV string

// kind says how a predicate finds its actors.
type kind uint8

const (
	verb    kind = 'V' // subject after (VSO) or before (SVO), object after
	nominal kind = 'N' // actor in the genitive or a nisba after, target after a preposition
	lasting kind = 'S' // a nominal for a lasting state (الحرب, الاحتلال): only named actors, never those of its place
)

// gapMax is the most words a ".." of a pattern stands for, a name
// counting as one; maxGapTokens bounds its tokens.
const (
	gapMax       = 6
	maxGapTokens = 14
)

// word is one word of a pattern: a normalised form, matched whole or as a
// prefix, or a gap.
type word struct {
	form   string
	prefix bool
	gap    bool
}

// entry is one predicate of the lexicon.
type entry struct {
	words []word
	code  marsad.CAMEOCode
	typ   marsad.PLOVERType // "" for a statement, which is not an event
	kind  kind
	// object: a transitive verbal noun (kind O in the file, nominal
	// here) whose genitive name is its object: قصف غزة, تزويد روسيا.
	object bool
	line   int
}

// lexicon is the predicate lexicon indexed by the normalised first word:
// exact forms, and prefixes (patterns whose first word ends with *).
type lexicon struct {
	entries []entry
	exact   map[string][]int32
	prefix  map[string][]int32
	maxPre  int // longest prefix key, in bytes
	minPre  int // shortest prefix key, in bytes
}

// parseLexicon reads the lexicon's TSV text. It reports the first
// malformed line.
func parseLexicon(text string) (*lexicon, error) {
	lx := &lexicon{exact: map[string][]int32{}, prefix: map[string][]int32{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon line %d: want pattern, cameo and kind, got %d fields", n, len(f))
		}
		e := entry{code: marsad.CAMEOCode(f[1]), line: n}
		if !validCode(e.code) {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon line %d: invalid CAMEO code %q", n, f[1])
		}
		e.typ, _ = PLOVER(e.code)
		switch f[2] {
		case "V":
			e.kind = verb
		case "N":
			e.kind = nominal
		case "O":
			e.kind, e.object = nominal, true
		case "S":
			e.kind = lasting
		default:
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon line %d: kind %q, want V, N, O or S", n, f[2])
		}
		for _, w := range strings.Fields(f[0]) {
			if w == ".." {
				if len(e.words) == 0 {
					return nil, marsad.Errorf(marsad.EINVALID, "lexicon line %d: a pattern cannot start with a gap", n)
				}
				e.words = append(e.words, word{gap: true})
				continue
			}
			pre := strings.HasSuffix(w, "*")
			w = arabic.Normalize(strings.TrimSuffix(w, "*"))
			if w == "" {
				return nil, marsad.Errorf(marsad.EINVALID, "lexicon line %d: empty word", n)
			}
			e.words = append(e.words, word{form: w, prefix: pre})
		}
		if len(e.words) == 0 || e.words[len(e.words)-1].gap {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon line %d: a pattern cannot be empty or end with a gap", n)
		}
		i := int32(len(lx.entries))
		lx.entries = append(lx.entries, e)
		first := e.words[0]
		if first.prefix {
			lx.prefix[first.form] = append(lx.prefix[first.form], i)
			lx.maxPre = max(lx.maxPre, len(first.form))
			if lx.minPre == 0 || len(first.form) < lx.minPre {
				lx.minPre = len(first.form)
			}
		} else {
			lx.exact[first.form] = append(lx.exact[first.form], i)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, marsad.Errorf(marsad.EINTERNAL, "read lexicon: %v", err)
	}
	return lx, nil
}

// matches reports whether pattern word w matches base b.
func (w word) matches(b string) bool {
	if w.prefix {
		return strings.HasPrefix(b, w.form)
	}
	return b == w.form || len(b) == len(w.form)+len("ا") && strings.HasSuffix(b, "ا") && strings.HasPrefix(b, w.form) && len(w.form) > 6
}

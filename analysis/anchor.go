package analysis

import (
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/timex"
)

// maxNameWords bounds the words of a name TermStarts tries.
const maxNameWords = 5

// TermStarts returns the timex.TermStartFunc of kb: the first days of the
// terms of office of the person a term-start phrase refers to. The person
// is a PERSON of kb with roles, found on clitic-stripped words (لبوتين →
// بوتين): for a phrase without an attached pronoun, named inside it or
// starting at one of the two words right after it ("أداء بوتين اليمين",
// "تنصيب الرئيس ترامب"); otherwise, and failing that, the nearest named
// before the phrase, in its sentence or the ones before (the referent of
// ولايته, توليه: the subject the sentence or the report is about). A weak form (a short name such as شي) counts
// only when a strong form of the same person occurs in the text. It
// returns nil when no person is found.
func TermStarts(kb *gazetteer.KB) timex.TermStartFunc {
	if kb == nil {
		kb = gazetteer.Default()
	}
	return func(doc *marsad.Document, phrase marsad.Span) []time.Time {
		text := doc.Text()
		if !phrase.In(len(text)) || phrase.Len() == 0 {
			return nil
		}
		e := findPerson(kb, text, phrase)
		if e == nil {
			return nil
		}
		days := make([]time.Time, 0, len(e.Roles))
		for _, r := range e.Roles {
			days = append(days, r.From)
		}
		return days
	}
}

// nameMatch is a person named by the words [i, j) of a token list.
type nameMatch struct {
	i, j int
	e    *gazetteer.Entity
	weak bool
}

// findPerson returns the person a phrase at sp of text refers to (see
// TermStarts), or nil. It reads names outward from the phrase and stops at
// the first, so that its cost is the distance to the person.
func findPerson(kb *gazetteer.KB, text string, sp marsad.Span) *gazetteer.Entity {
	lineStart := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	lineEnd := len(text)
	if nl := strings.IndexByte(text[sp.End:], '\n'); nl >= 0 {
		lineEnd = sp.End + nl
	}
	var normText string // the whole text normalised, read when a weak form is found
	ok := func(m nameMatch) bool {
		if !m.weak {
			return true
		}
		if normText == "" {
			normText = arabic.Normalize(text)
		}
		return namedStrongly(m.e, normText)
	}
	sc := nameScanner{kb: kb, text: text, maxN: min(kb.MaxAliasTokens(), maxNameWords)}
	sc.toks, sc.norms = wordsOf(text, lineStart, lineEnd)
	first, last := -1, -1 // the phrase's tokens
	for k, t := range sc.toks {
		if t.Start >= sp.Start && t.End <= sp.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return nil
	}
	if !hasPronoun(text[sp.Start:sp.End]) {
		// Inside the phrase, or at one of the two words right after it,
		// with no mark in between.
		after := last + 1
		for k := last + 1; k < len(sc.toks) && k <= last+2 && sc.toks[k].Kind == arabic.Word; k++ {
			after = k
		}
		for i := first; i <= after && i < len(sc.toks); i++ {
			if m, found := sc.at(i); found && ok(m) {
				return m.e
			}
		}
	}
	if e := sc.before(first, ok); e != nil || lineStart == 0 {
		return e
	}
	sc.toks, sc.norms = wordsOf(text, 0, lineStart)
	return sc.before(len(sc.toks), ok)
}

// namedStrongly reports whether the normalised text holds a strong form of
// e: its canonical name or an alias not marked weak.
func namedStrongly(e *gazetteer.Entity, normText string) bool {
	if e.Ambiguous {
		return false
	}
	if k := arabic.Normalize(e.Arabic); k != "" && strings.Contains(normText, k) {
		return true
	}
	for _, a := range e.Aliases {
		if slices.Contains(e.Weak, a) {
			continue
		}
		if k := arabic.Normalize(a); k != "" && strings.Contains(normText, k) {
			return true
		}
	}
	return false
}

// nameScanner finds the names of people with roles in the words of a
// token list.
type nameScanner struct {
	kb    *gazetteer.KB
	text  string
	toks  []arabic.Token
	norms []string
	maxN  int
	bases []string
	key   []byte
}

// before returns the person of the nearest name that ends before token
// end and passes ok, or nil.
func (sc *nameScanner) before(end int, ok func(nameMatch) bool) *gazetteer.Entity {
	for i := end - 1; i >= 0; i-- {
		if m, found := sc.at(i); found && m.j <= end && ok(m) {
			return m.e
		}
	}
	return nil
}

// at returns the longest name of a person with roles that starts at token
// i, its first word taken without clitics (لبوتين → بوتين).
func (sc *nameScanner) at(i int) (nameMatch, bool) {
	if sc.toks[i].Kind != arabic.Word {
		return nameMatch{}, false
	}
	sc.bases = arabic.AppendBases(sc.bases[:0], sc.norms[i])
	for _, b := range sc.bases {
		if strings.HasPrefix(b, "لل") && len(b) > len("لل")+2 {
			sc.bases = append(sc.bases, "ال"+b[len("لل"):]) // للامم → الامم
			break
		}
	}
	for n := sc.maxN; n >= 1; n-- {
		j := i + n
		if j > len(sc.toks) || !wordRun(sc.text, sc.toks[i:j]) {
			continue
		}
		for _, b := range sc.bases {
			sc.key = append(sc.key[:0], b...)
			for k := i + 1; k < j; k++ {
				sc.key = append(sc.key, ' ')
				sc.key = append(sc.key, sc.norms[k]...)
			}
			if m := firstPerson(sc.kb.Find(string(sc.key))); m != nil {
				return nameMatch{i: i, j: j, e: m.Entity, weak: m.Weak}, true
			}
		}
	}
	return nameMatch{}, false
}

// wordsOf returns the tokens of text[start:end], with offsets into text,
// and the normalised form of each word ("" for other tokens).
func wordsOf(text string, start, end int) ([]arabic.Token, []string) {
	toks := arabic.Tokenize(text[start:end])
	norms := make([]string, len(toks))
	for k := range toks {
		t := &toks[k]
		t.Start, t.End = t.Start+start, t.End+start
		if t.Kind == arabic.Word {
			norms[k] = arabic.Normalize(text[t.Start:t.End])
		}
	}
	return toks, norms
}

// hasPronoun reports whether a word of the phrase (as written) ends with
// an attached pronoun ه or ها (ولايته, توليه), which ة does not spell.
func hasPronoun(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		w = strings.TrimRight(w, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
		if strings.HasSuffix(w, "ه") {
			return true
		}
	}
	return false
}

// wordRun reports whether every token is a word, on one line.
func wordRun(text string, ts []arabic.Token) bool {
	for k, t := range ts {
		if t.Kind != arabic.Word || k > 0 && strings.IndexByte(text[ts[k-1].End:t.Start], '\n') >= 0 {
			return false
		}
	}
	return true
}

// firstPerson returns the first match that is a person with roles.
func firstPerson(ms []gazetteer.Match) *gazetteer.Match {
	for k := range ms {
		if e := ms[k].Entity; e.Type == marsad.EntityPerson && len(e.Roles) > 0 {
			return &ms[k]
		}
	}
	return nil
}

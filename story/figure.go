package story

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// DefaultTolerance is the relative difference under which two values of
// the same quantity corroborate each other: rounding (1.2 vs 1.23 billion)
// stays under it, a different count does not.
const DefaultTolerance = 0.02

// aboutTolerance replaces DefaultTolerance when either value is
// approximate ("نحو", "حوالي").
const aboutTolerance = 0.10

// DocFigure is a figure and the document that states it.
type DocFigure struct {
	DocID  string
	Outlet string
	Figure marsad.Figure
}

// Reading is one value of a quantity and the figures that state it.
type Reading struct {
	Value     float64
	Qualifier marsad.Qualifier // the first source's
	Sources   []DocFigure
}

// FigureGroup is one quantity (one unit, subject and period) as several
// documents state it.
type FigureGroup struct {
	Unit    string
	Subject string // the first source's subject
	Period  string // "" when no source names one
	// Readings are the distinct values, most sources first; the values of
	// one Reading lie within tolerance of its first.
	Readings []Reading
	// Conflict is set when two readings disagree: their values differ
	// beyond tolerance and their qualifiers do not reconcile them (more
	// than 200 and 250 agree; more than 200 and about 120 do not).
	Conflict bool
}

// Corroborated reports whether two sources or more state one value.
func (g *FigureGroup) Corroborated() bool {
	return len(g.Readings) > 0 && len(g.Readings[0].Sources) > 1
}

// Compare groups figures stated by several documents by quantity: the
// same unit, the same period (a figure without a period joins the group of
// any period) and a matching subject (see SubjectsMatch). Within a group,
// values within DefaultTolerance (10% when either is approximate) are one
// Reading; readings that cannot both hold make a Conflict. Figures of one
// subject for different periods are separate groups, ordered by period:
// a series, not a conflict. Groups are returned in order of their first
// figure, with the periods of a subject together.
func Compare(figs []DocFigure) []FigureGroup {
	type group struct {
		FigureGroup
		words []string
	}
	var gs []*group
	for _, df := range figs {
		f := df.Figure
		words := subjectWords(f.Subject)
		var g *group
		for _, c := range gs {
			if c.Unit == f.Unit && (c.Period == f.Period || c.Period == "" || f.Period == "") && wordsMatch(c.words, words) {
				g = c
				break
			}
		}
		if g == nil {
			g = &group{FigureGroup: FigureGroup{Unit: f.Unit, Subject: f.Subject, Period: f.Period}, words: words}
			gs = append(gs, g)
		}
		if g.Period == "" {
			g.Period = f.Period
		}
		r := -1
		for i, rd := range g.Readings {
			if withinTolerance(rd.Value, rd.Qualifier, f.Value, f.Qualifier) {
				r = i
				break
			}
		}
		if r < 0 {
			g.Readings = append(g.Readings, Reading{Value: f.Value, Qualifier: f.Qualifier})
			r = len(g.Readings) - 1
		}
		g.Readings[r].Sources = append(g.Readings[r].Sources, df)
	}
	out := make([]FigureGroup, 0, len(gs))
	for _, g := range gs {
		slices.SortStableFunc(g.Readings, func(a, b Reading) int { return len(b.Sources) - len(a.Sources) })
		for i := range g.Readings {
			for j := i + 1; j < len(g.Readings); j++ {
				a, b := g.Readings[i], g.Readings[j]
				if !reconcile(a.Value, a.Qualifier, b.Value, b.Qualifier) {
					g.Conflict = true
				}
			}
		}
		out = append(out, g.FigureGroup)
	}
	// Keep a subject's periods together, in period order, at the place of
	// its first group.
	first := map[string]int{}
	for i, g := range out {
		k := g.Unit + "\x00" + strings.Join(subjectWords(g.Subject), " ")
		if _, ok := first[k]; !ok {
			first[k] = i
		}
	}
	slices.SortStableFunc(out, func(a, b FigureGroup) int {
		ka := first[a.Unit+"\x00"+strings.Join(subjectWords(a.Subject), " ")]
		kb := first[b.Unit+"\x00"+strings.Join(subjectWords(b.Subject), " ")]
		if ka != kb {
			return ka - kb
		}
		return strings.Compare(a.Period, b.Period)
	})
	return out
}

// withinTolerance reports whether two values state the same amount.
func withinTolerance(a float64, qa marsad.Qualifier, b float64, qb marsad.Qualifier) bool {
	tol := DefaultTolerance
	if qa == marsad.About || qb == marsad.About {
		tol = aboutTolerance
	}
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= tol*math.Max(math.Abs(a), math.Abs(b))
}

// reconcile reports whether two readings can both hold: within tolerance,
// or a bound the other value satisfies (more than 200 and 250).
func reconcile(a float64, qa marsad.Qualifier, b float64, qb marsad.Qualifier) bool {
	if withinTolerance(a, qa, b, qb) {
		return true
	}
	ok := func(bound float64, q marsad.Qualifier, v float64, qv marsad.Qualifier) bool {
		switch q {
		case marsad.MoreThan:
			return v >= bound && qv != marsad.LessThan
		case marsad.LessThan:
			return v <= bound && qv != marsad.MoreThan
		}
		return false
	}
	if qa == marsad.MoreThan && qb == marsad.MoreThan || qa == marsad.LessThan && qb == marsad.LessThan {
		return true // two lower (or upper) bounds never contradict
	}
	return ok(a, qa, b, qb) || ok(b, qb, a, qa)
}

// subjectStop are English words that do not tell subjects apart.
var subjectStop = map[string]bool{
	"the": true, "of": true, "in": true, "and": true, "to": true, "a": true, "an": true,
	"for": true, "on": true, "by": true, "with": true, "from": true, "at": true, "total": true,
	"number": true, "value": true, "amount": true,
}

// subjectWords returns the words of a subject that tell it apart: English
// words lower-cased without stop words, Arabic words as their search key
// (arabic.Key), sorted and unique.
func subjectWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}) {
		var k string
		if isASCII(w) {
			k = strings.ToLower(w)
			if subjectStop[k] {
				continue
			}
			if len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") {
				k = k[:len(k)-1] // deaths, death
			}
		} else {
			k = arabic.Key(w)
			if len(k) < 4 {
				continue
			}
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// SubjectsMatch reports whether two figure subjects name the same
// quantity: equal after folding, or the words of one (English words
// without stop words, or Arabic stems) all among the other's. Two empty
// subjects match.
func SubjectsMatch(a, b string) bool { return wordsMatch(subjectWords(a), subjectWords(b)) }

func wordsMatch(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); !ok {
			return false
		}
	}
	return true
}

// StoryFigures returns the figures of the documents of s, with their
// documents, for Compare. docs must be the story's documents.
func StoryFigures(docs []*marsad.Document) []DocFigure {
	var out []DocFigure
	for _, d := range docs {
		for _, f := range d.Figures {
			out = append(out, DocFigure{DocID: d.ID(), Outlet: d.Article.Outlet, Figure: f})
		}
	}
	return out
}

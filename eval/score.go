package eval

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PRF counts matches: true positives, false positives (system items left
// unmatched) and false negatives (gold items left unmatched).
type PRF struct{ TP, FP, FN int }

// P is the precision TP/(TP+FP), 0 when nothing was predicted.
func (p PRF) P() float64 {
	if p.TP+p.FP == 0 {
		return 0
	}
	return float64(p.TP) / float64(p.TP+p.FP)
}

// R is the recall TP/(TP+FN), 0 when the gold has nothing.
func (p PRF) R() float64 {
	if p.TP+p.FN == 0 {
		return 0
	}
	return float64(p.TP) / float64(p.TP+p.FN)
}

// F1 is the harmonic mean of P and R, 0 when both are 0.
func (p PRF) F1() float64 {
	pr, r := p.P(), p.R()
	if pr+r == 0 {
		return 0
	}
	return 2 * pr * r / (pr + r)
}

func (p *PRF) add(tp, nSys, nGold int) {
	p.TP += tp
	p.FP += nSys - tp
	p.FN += nGold - tp
}

// Agreement counts how many scored dates agree, of how many were scored.
type Agreement struct{ Agree, Of int }

// Report is the outcome of Score, field for field what score.py reports.
type Report struct {
	Entities, Events, Quotes, Figures, Boilerplate, Stories PRF
	// EventDates covers matched events whose gold date the text fixes.
	EventDates Agreement
	// Published covers gold documents with a published date or range.
	Published Agreement
	// Missing lists the gold documents the export lacks, in gold order.
	Missing []string
}

// Score scores system records against the gold as score.py does. Records
// with the same id replace earlier ones. When only is not empty, only the
// gold documents with those ids are scored, and only story pairs of two
// such documents.
func Score(g *Gold, docs []Doc, stories []Story, only []string) Report {
	var only_ map[string]bool
	if len(only) > 0 {
		only_ = make(map[string]bool, len(only))
		for _, id := range only {
			only_[id] = true
		}
	}
	sys := make(map[string]*Doc, len(docs))
	for i := range docs {
		sys[docs[i].ID] = &docs[i]
	}
	var rep Report
	rep.Missing = []string{}
	for i := range g.Documents {
		gd := &g.Documents[i]
		if only_ != nil && !only_[gd.ID] {
			continue
		}
		sd := sys[gd.ID]
		if sd == nil {
			rep.Missing = append(rep.Missing, gd.ID)
			sd = &Doc{}
		}
		rep.Entities.add(greedy(gd.Entities, sd.Entities, entSame, nil), len(sd.Entities), len(gd.Entities))
		rep.Quotes.add(greedy(gd.Quotes, sd.Quotes, quoteSame, nil), len(sd.Quotes), len(gd.Quotes))
		rep.Figures.add(greedy(gd.Figures, sd.Figures, figSame, nil), len(sd.Figures), len(gd.Figures))
		n := greedy(gd.Events, sd.Events, evSame, func(ge, se *Event) {
			if pyEq(ge.DateFrom, "knowledge") {
				return // the text does not fix this date: not scored
			}
			if ok, scored := dateAgrees(ge.Date, se.Date); scored {
				rep.EventDates.Of++
				if ok {
					rep.EventDates.Agree++
				}
			}
		})
		rep.Events.add(n, len(sd.Events), len(gd.Events))
		gb, sb := lineSet(gd.Boilerplate), lineSet(sd.Boilerplate)
		common := 0
		for l := range sb {
			if gb[l] {
				common++
			}
		}
		rep.Boilerplate.add(common, len(sb), len(gb))
		if ok, scored := pubOK(gd, sd); scored {
			rep.Published.Of++
			if ok {
				rep.Published.Agree++
			}
		}
	}
	gp, sp := pairsOf(g.Stories, only_), pairsOf(stories, only_)
	common := 0
	for p := range sp {
		if gp[p] {
			common++
		}
	}
	rep.Stories.add(common, len(sp), len(gp))
	return rep
}

// greedy matches gold items to system items one to one: each gold item, in
// order, takes the first unused system item that is the same. It returns
// the number of pairs and hands each pair to pair when pair is not nil.
func greedy[T any](gold, sys []*T, same func(g, s *T) bool, pair func(g, s *T)) int {
	used := make([]bool, len(sys))
	n := 0
	for _, g := range gold {
		if g == nil {
			// score.py fails on a gold item that is not an object, as
			// soon as there is a system item to compare it with.
			continue
		}
		for si, s := range sys {
			if used[si] || s == nil || !same(g, s) {
				continue
			}
			used[si] = true
			n++
			if pair != nil {
				pair(g, s)
			}
			break
		}
	}
	return n
}

func entSame(g, s *Entity) bool {
	if truthy(g.ID) {
		return pyEq(g.ID, s.ID)
	}
	sa := s.Arabic
	if !truthy(sa) {
		sa = s.Name
	}
	return NameMatch(strOr(g.Arabic), strOr(sa))
}

// code is score.py's code(): a falsy value is no code, a string compares
// upper-cased.
func code(v any) (string, bool) {
	if !truthy(v) {
		return "", false
	}
	u := pyUpper(strOr(v))
	return u, u != ""
}

func sameCode(a, b any) bool {
	ca, oka := code(a)
	cb, okb := code(b)
	return oka == okb && ca == cb
}

func evSame(g, s *Event) bool {
	return pyEq(g.Type, s.Type) && sameCode(g.SourceCode, s.SourceCode) && sameCode(g.TargetCode, s.TargetCode)
}

// dateAgrees compares an event date to the gold's precision: the system
// date must start with the gold date. scored is false when the gold has no
// date.
func dateAgrees(gd, sd any) (ok, scored bool) {
	if !truthy(gd) {
		return false, false
	}
	if !truthy(sd) {
		return false, true
	}
	switch g := gd.(type) {
	case string:
		s, isStr := sd.(string)
		return isStr && strings.HasPrefix(s, g), true
	case []any:
		s, isList := sd.([]any)
		if !isList || len(s) < len(g) {
			return false, true
		}
		return pyEq(s[:len(g)], gd), true
	}
	return false, true
}

func quoteSame(g, s *Quote) bool {
	if truthy(g.Speaker) && strings.HasPrefix(pyStr(g.Speaker), "Q") {
		if !pyEq(g.Speaker, s.Speaker) {
			return false
		}
	} else if !sameCode(g.SpeakerCode, s.SpeakerCode) {
		return false
	}
	return TokenF1(strOr(g.Text), strOr(s.Text)) >= 0.8
}

func figSame(g, s *Figure) bool {
	gv, ok1 := pyFloat(g.Value)
	sv, ok2 := pyFloat(s.Value)
	if !ok1 || !ok2 {
		return false
	}
	if pyUpper(strOr(g.Unit)) != pyUpper(strOr(s.Unit)) {
		return false
	}
	return FigureClose(gv, sv)
}

// FigureClose reports whether a system value is within 1% of the gold
// value (relative to the gold; a zero gold value needs a zero).
func FigureClose(gold, sys float64) bool {
	if gold == 0 {
		return sys == 0
	}
	return math.Abs(gold-sys)/math.Abs(gold) <= 0.01
}

func lineSet(lines []string) map[string]bool {
	m := make(map[string]bool, len(lines))
	for _, l := range lines {
		if c := cleanLine(l); c != "" {
			m[c] = true
		}
	}
	return m
}

// pubOK is score.py's pub_ok: the system's date must equal the gold's;
// against a gold range it must fall inside it, or the system's own range
// must overlap it and span at most 14 days. scored is false when the gold
// has neither.
func pubOK(g, s *Doc) (ok, scored bool) {
	if truthy(g.Published) {
		return pyEq(s.Published, g.Published), true
	}
	if !truthy(g.PublishedRange) {
		return false, false
	}
	lo, hi, ok := isoRange(g.PublishedRange)
	if !ok {
		return false, true
	}
	if truthy(s.Published) {
		d, ok := isoDay(s.Published)
		return ok && lo <= d && d <= hi, true
	}
	if truthy(s.PublishedRange) {
		a, b, ok := isoRange(s.PublishedRange)
		return ok && a <= hi && lo <= b && b-a <= 14, true
	}
	return false, true
}

// isoRange reads [from, to]: the first two items of a list.
func isoRange(v any) (lo, hi int64, ok bool) {
	l, isList := v.([]any)
	if !isList || len(l) < 2 {
		return 0, 0, false
	}
	lo, ok1 := isoDay(l[0])
	hi, ok2 := isoDay(l[1])
	return lo, hi, ok1 && ok2
}

// pairsOf is the set of unordered pairs of distinct documents placed in
// one story, keeping only pairs of documents in only when only is not nil.
func pairsOf(stories []Story, only map[string]bool) map[[2]string]bool {
	out := make(map[[2]string]bool)
	for _, st := range stories {
		seen := make(map[string]bool, len(st.Documents))
		var keys []string
		for _, d := range st.Documents {
			k := hashKey(d)
			if seen[k] {
				continue
			}
			seen[k] = true
			if only != nil {
				s, isStr := d.(string)
				if !isStr || !only[s] {
					continue
				}
			}
			keys = append(keys, k)
		}
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				a, b := keys[i], keys[j]
				if b < a {
					a, b = b, a
				}
				out[[2]string{a, b}] = true
			}
		}
	}
	return out
}

// round3 is Python's round(x, 3): the decimal nearest to the exact binary
// value, ties to even, read back as a float.
func round3(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return f
}

// WriteText writes the report as score.py prints it without --json.
func (r Report) WriteText(w io.Writer) error {
	var b bytes.Buffer
	for _, k := range r.parts() {
		fmt.Fprintf(&b, "%-12s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n",
			k.name, round3(k.p.P()), round3(k.p.R()), round3(k.p.F1()), k.p.TP, k.p.FP, k.p.FN)
	}
	fmt.Fprintf(&b, "event dates agree %d/%d; published dates agree %d/%d\n",
		r.EventDates.Agree, r.EventDates.Of, r.Published.Agree, r.Published.Of)
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, "missing documents: %s\n", strings.Join(r.Missing, ","))
	}
	_, err := w.Write(b.Bytes())
	return err
}

type part struct {
	name string
	p    PRF
}

func (r Report) parts() []part {
	return []part{
		{"entities", r.Entities}, {"events", r.Events}, {"quotes", r.Quotes},
		{"figures", r.Figures}, {"boilerplate", r.Boilerplate}, {"stories", r.Stories},
	}
}

// JSON returns the object `score.py --json` prints, byte for byte (without
// the newline): the same keys in the same order, scores rounded to 3
// decimals and written as Python writes floats.
func (r Report) JSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	prf := func(name string, p PRF) {
		fmt.Fprintf(&b, `"%s": {"p": %s, "r": %s, "f1": %s, "tp": %d, "fp": %d, "fn": %d}, `,
			name, floatRepr(round3(p.P())), floatRepr(round3(p.R())), floatRepr(round3(p.F1())), p.TP, p.FP, p.FN)
	}
	ps := r.parts()
	for _, k := range ps[:5] {
		prf(k.name, k.p)
	}
	fmt.Fprintf(&b, `"event_dates": {"agree": %d, "of": %d}, `, r.EventDates.Agree, r.EventDates.Of)
	fmt.Fprintf(&b, `"published": {"agree": %d, "of": %d}, `, r.Published.Agree, r.Published.Of)
	prf("stories", r.Stories)
	b.WriteString(`"missing_documents": [`)
	for i, id := range r.Missing {
		if i > 0 {
			b.WriteString(", ")
		}
		writePyJSONString(&b, id)
	}
	b.WriteString("]}")
	return b.Bytes(), nil
}

// writePyJSONString writes s as Python's json.dumps(ensure_ascii=False)
// does: only the quote, the backslash and control characters are escaped.
func writePyJSONString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				var buf [utf8.UTFMax]byte
				b.Write(buf[:utf8.EncodeRune(buf[:], r)])
			}
		}
	}
	b.WriteByte('"')
}

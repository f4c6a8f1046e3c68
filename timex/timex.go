package timex

import (
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
)

// Kind says what form a date expression takes.
type Kind uint8

// The kinds of date expression.
const (
	Absolute    Kind = iota + 1 // a date with its year: "3 نوفمبر 2025", "فبراير 2022", "2025/11/03"
	Month                       // a day and month or a month without a year: "الثالث من سبتمبر", "في أغسطس"
	Year                        // a year alone: "عام 2024", "2024م"
	Relative                    // resolved against the reference date: "أمس", "الشهر الماضي", "قبل ثلاثة أيام", "سبتمبر الماضي"
	Weekday                     // a day of the week: "يوم الخميس", "مساء الأربعاء"
	Anniversary                 // "الذكرى الـ80 لنهاية الحرب العالمية الثانية", "مرور 75 عاما على ..."
	Hijri                       // a date of the Islamic calendar: "15 رمضان 1446 هـ"
)

var kindNames = [...]string{"", "absolute", "month", "year", "relative", "weekday", "anniversary", "hijri"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Expression is a date expression found in a text.
type Expression struct {
	Start, End int    // byte span in the text given
	Text       string // text[Start:End]
	Kind       Kind
	// Date is the resolved date, to the precision the expression fixes; zero
	// when it cannot be resolved (a relative expression without a reference
	// date, an anniversary of an event not in the table).
	Date marsad.Date
	// Future reports a future or planned context: the expression itself
	// (المقبل, غدا, بعد أسبوعين) or a cue before it in its clause (سوف, سـ +
	// imperfect verb, من المتوقع, المقرر, في وقت لاحق).
	Future bool
	// Range is the span of days of a week expression ("الأسبوع الماضي",
	// weeks starting on Saturday); zero otherwise. Date then holds the
	// month (or year) the week lies in.
	Range marsad.DateRange
	// Event is, for an anniversary, the date of the event remembered, and
	// Count the number of years; Event is zero when the event is unknown.
	Event marsad.Date
	Count int
}

// item is an expression while Find works on it.
type item struct {
	Expression
	ti, tj  int // token range [ti, tj)
	y, m, d int // parts written in the text (0: not written)
	wd      int // weekday for Weekday, else -1
	wdMod   int // -1 "الماضي", +1 "المقبل", 0 none
	rel     byte
	n       int // relative offset or count
	hasYear bool
}

// relative expression forms, in item.rel
const (
	relDays      byte = 'D' // ref + n days
	relWeeks     byte = 'W' // the week of ref + n weeks
	relMonths    byte = 'M' // month of ref + n
	relYears     byte = 'Y' // year of ref + n
	relNamedPast byte = 'p' // month m strictly before ref's month ("سبتمبر الماضي")
	relNamedNext byte = 'f' // month m strictly after ref's month
	relOfYear    byte = 'y' // day d (or 0) of month m of ref's year + n ("أغسطس من العام الماضي")
	relSpan      byte = 'S' // ref + n units; the unit in item.d: 'd','w','m','y'
)

// state is the scratch space of one call of find: its tokens, the buffer
// of their normalised words and the expressions found, kept for the next
// call.
type state struct {
	toks  []token
	buf   []byte
	norms string // the normalised words over buf, as tokenize returned them
	items []item
}

// states is a free list of idle states (not a sync.Pool, so that the
// buffers outlive collections).
var states struct {
	mu   sync.Mutex
	free []*state
}

// maxFree bounds the idle states kept.
const maxFree = 16

func getState() *state {
	states.mu.Lock()
	defer states.mu.Unlock()
	if n := len(states.free); n > 0 {
		st := states.free[n-1]
		states.free = states.free[:n-1]
		return st
	}
	return &state{}
}

// putState returns st to the free list; the tokens and items it holds must
// no longer be used.
func putState(st *state) {
	states.mu.Lock()
	defer states.mu.Unlock()
	if len(states.free) < maxFree {
		states.free = append(states.free, st)
	}
}

// Find returns the date expressions of text in order, resolved against ref
// (the publication date; the zero Date when unknown: then only absolute
// expressions and anniversaries resolve, and year-less ones take the year
// the text establishes nearby, or none).
//
// Year-less dates ("في الثالث من سبتمبر", "في أغسطس") resolve, when ref is
// known, to the most recent such day or month at or before ref, or the
// next at or after it in a future context. Without ref they take the year
// of an anniversary in the same sentence, else of an explicit year in the
// same sentence, else of the nearest anniversary in the text, else of an
// explicit year in the sentence before or after.
//
// "سبتمبر الماضي" is the last September strictly before ref's month and
// "سبتمبر المقبل" the first strictly after it. A day of the week is the
// nearest such day at or before ref (the one after, in a future context; on
// ref's own weekday, ref itself); "الخميس الماضي"/"المقبل" exclude ref.
//
// Find returns an empty slice at once when MayContainDate(text) is false.
func Find(text string, ref marsad.Date) []Expression {
	if !MayContainDate(text) {
		return []Expression{}
	}
	st := getState()
	defer putState(st)
	items := st.scanText(text, ref)
	out := make([]Expression, len(items))
	for i := range items {
		out[i] = items[i].Expression
	}
	return out
}

// find returns the expressions of text, in st until st is put back.
func (st *state) find(text string, ref marsad.Date) []item {
	if !MayContainDate(text) {
		st.toks, st.buf, st.norms = st.toks[:0], st.buf[:0], ""
		return st.items[:0]
	}
	return st.scanText(text, ref)
}

// scanText is find for a text MayContainDate has passed.
func (st *state) scanText(text string, ref marsad.Date) []item {
	toks, buf, norms := tokenize(text, st.toks[:0], st.buf)
	st.toks, st.buf, st.norms = toks, buf, norms
	sc := scanner{text: text, toks: toks, norms: norms, items: st.items[:0]}
	sc.scan()
	items := sc.items
	st.items = items
	for k := range items {
		it := &items[k]
		it.Text = text[it.Start:it.End]
		if !it.Future {
			it.Future = sc.futureBefore(it.ti)
		}
		resolve(it, ref)
	}
	yearless(items, toks, ref)
	return items
}

type scanner struct {
	text  string
	toks  []token
	norms string // the normalised words, indexed by token.ns, token.ne
	items []item
}

func (sc *scanner) word(i int) string {
	if i >= 0 && i < len(sc.toks) && sc.toks[i].kind == tWord {
		return sc.norms[sc.toks[i].ns:sc.toks[i].ne]
	}
	return ""
}

// lx returns the lexInfo of token i, noLex when it is no word of lexTable.
func (sc *scanner) lx(i int) *lexInfo {
	if i >= 0 && i < len(sc.toks) && sc.toks[i].kind == tWord {
		if x := sc.toks[i].info(); x != nil {
			return x
		}
	}
	return noLex
}

func (sc *scanner) core(i int) string {
	if i >= 0 && i < len(sc.toks) && sc.toks[i].kind == tWord {
		if x := sc.toks[i].info(); x != nil {
			return x.core
		}
		return core(sc.norms[sc.toks[i].ns:sc.toks[i].ne])
	}
	return ""
}

func (sc *scanner) punct(i int) rune {
	if i >= 0 && i < len(sc.toks) && sc.toks[i].kind == tPunct {
		return sc.toks[i].r
	}
	return 0
}

func (sc *scanner) adjacent(i int) bool {
	return i+1 < len(sc.toks) && sc.toks[i].end == sc.toks[i+1].start
}

func (sc *scanner) add(it item) {
	it.Start, it.End = sc.toks[it.ti].start, sc.toks[it.tj-1].end
	if it.wd == 0 && it.Kind != Weekday {
		it.wd = -1
	}
	sc.items = append(sc.items, it)
}

func (sc *scanner) scan() {
	for i := 0; i < len(sc.toks); {
		if !sc.toks[i].cand { // at(i) == i
			i++
			continue
		}
		if j := sc.at(i); j > i {
			i = j
		} else {
			i++
		}
	}
}

// at tries every pattern at token i and returns the token after the match,
// or i.
func (sc *scanner) at(i int) int {
	t := &sc.toks[i]
	if t.kind == tNum {
		if j := sc.numeric(i); j > i {
			return j
		}
	}
	if t.kind == tPunct || t.kind == tWord && (t.lx == 0 || !t.info().lexicon) {
		return i
	}
	if j := sc.anniversary(i); j > i {
		return j
	}
	if j := sc.dayMonth(i); j > i {
		return j
	}
	if j := sc.month(i); j > i {
		return j
	}
	if j := sc.year(i); j > i {
		return j
	}
	if j := sc.relative(i); j > i {
		return j
	}
	return sc.weekday(i)
}

// numeric matches 2025/11/03, 03-11-2025, 3.11.2025.
func (sc *scanner) numeric(i int) int {
	tk := sc.toks
	if i+4 >= len(tk) || !sc.adjacent(i) || !sc.adjacent(i+1) || !sc.adjacent(i+2) || !sc.adjacent(i+3) {
		return i
	}
	p := sc.punct(i + 1)
	if (p != '/' && p != '-' && p != '.') || sc.punct(i+3) != p || tk[i+2].kind != tNum || tk[i+4].kind != tNum {
		return i
	}
	if i+5 < len(tk) && sc.adjacent(i+4) && (tk[i+5].kind == tNum || sc.punct(i+5) == p) {
		return i // part of a longer number chain
	}
	a, b, c := tk[i], tk[i+2], tk[i+4]
	var y, m, d int
	switch {
	case a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		y, m, d = a.val, b.val, c.val
	case c.nd == 4 && a.nd <= 2 && b.nd <= 2:
		d, m, y = a.val, b.val, c.val
		if m > 12 && d <= 12 {
			d, m = m, d
		}
	default:
		return i
	}
	if y < 1000 || y > 2200 || !validDay(y, m, d) {
		return i
	}
	sc.add(item{Expression: Expression{Kind: Absolute, Date: dayDate(y, m, d)}, ti: i, tj: i + 5, y: y, m: m, d: d, hasYear: true})
	return i + 5
}

// number reads a number at i: digits, or number words up to 199 ("الخامسة
// والسبعين", "الحادي عشر", "الثمانين"). ord reports an ordinal word.
func (sc *scanner) number(i int) (val int, ord bool, j int) {
	if i >= len(sc.toks) {
		return 0, false, i
	}
	t := sc.toks[i]
	if t.kind == tNum {
		if t.val < 0 {
			return 0, false, i
		}
		return t.val, false, i + 1
	}
	if t.kind != tWord {
		return 0, false, i
	}
	x := sc.lx(i)
	if x.ord.ok {
		val, ord = x.ord.v, true
	} else if x.card.ok {
		val = x.card.v
	} else if x.tens.ok {
		return x.tens.v, x.tens.al, i + 1
	} else {
		return 0, false, i
	}
	j = i + 1
	if val < 10 {
		if c := sc.core(j); c == "عشر" || c == "عشره" {
			return val + 10, ord, j + 1
		}
		if w := sc.word(j); strings.HasPrefix(w, "و") {
			if y := lexTable.getString(w[2:]); y != nil && y.tens.ok && y.tens.v < 100 {
				return val + y.tens.v, ord, j + 1
			}
		}
	}
	if c := sc.core(i); val == 1 && (c == "حادي" || c == "حاديه" || c == "احد" || c == "احدي") {
		return 0, false, i // حادي stands only in compounds
	}
	return val, ord, j
}

// monthAt reads a month name at i, with an alternative name after a slash
// or in brackets ("تشرين الثاني/نوفمبر").
func (sc *scanner) monthAt(i int) (m int, hijri, amb bool, j int) {
	w := sc.word(i)
	if w == "" {
		return 0, false, false, i
	}
	j = i
	x := sc.lx(i)
	if x.greg.ok && !x.greg.al {
		m, j = x.greg.v, i+1
		amb = x.amb
	} else if x.twoGreg != nil && !x.twoGregAl {
		if v, ok := x.twoGreg[sc.core(i+1)]; ok {
			m, j = v, i+2
		}
	} else if x.hijri.ok && !x.hijri.al {
		m, hijri, j = x.hijri.v, true, i+1
	} else if x.twoHijri != nil && !x.twoHijriAl {
		if v, ok := x.twoHijri[sc.core(i+1)]; ok {
			m, hijri, j = v, true, i+2
		}
	}
	if m == 0 {
		return 0, false, false, i
	}
	if p := sc.punct(j); !hijri && (p == '/' || p == '(' || p == '-') {
		if m2, h2, _, k := sc.monthAt(j + 1); k > j+1 && m2 == m && !h2 {
			j, amb = k, false
			if p == '(' && sc.punct(j) == ')' {
				j++
			}
		}
	}
	return m, hijri, amb, j
}

// yearAt reads "2025", "2024م", "من عام 2025", "1446 هـ" at j.
func (sc *scanner) yearAt(j int) (y int, era byte, k int) {
	k = j
	if sc.word(k) == "من" {
		k++
	}
	if sc.lx(k).yearNoun {
		k++
	}
	if k >= len(sc.toks) || sc.toks[k].kind != tNum || sc.toks[k].nd < 3 || sc.toks[k].nd > 4 {
		return 0, 0, j
	}
	y = sc.toks[k].val
	if y < 500 || y > 2200 {
		return 0, 0, j
	}
	k++
	switch sc.word(k) {
	case "م", "ميلادي", "ميلاديه", "للميلاد":
		era, k = 'm', k+1
	case "ه", "هجري", "هجريه", "للهجره":
		era, k = 'h', k+1
	}
	return y, era, k
}

var yearNouns = map[string]bool{"عام": true, "سنه": true}

// relYearAt reads "من العام الماضي", "من هذا العام", "من العام المقبل" at j.
func (sc *scanner) relYearAt(j int) (off, k int, ok bool) {
	k = j
	if sc.word(k) != "من" {
		return 0, j, false
	}
	k++
	if w := sc.word(k); w == "هذا" || w == "هذه" {
		if p := sc.lx(k + 1).period; p.ok && p.al && p.v == 'y' {
			return 0, k + 2, true
		}
		return 0, j, false
	}
	if p := sc.lx(k).period; p.ok && p.al && p.v == 'y' {
		if o, ok := sc.modAt(k + 1); ok {
			return o, k + 2, true
		}
	}
	return 0, j, false
}

// modAt reads الماضي (-1), المقبل (+1), الجاري (0) at i.
func (sc *scanner) modAt(i int) (int, bool) {
	x := sc.lx(i)
	return x.mod, x.modOK
}

// core0 takes off و/ف only.
func core0(w string) string {
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && len(w) > 4 {
		return w[2:]
	}
	return w
}

// dayMonth matches "3 نوفمبر 2025", "الثالث من سبتمبر", "15 رمضان 1446 هـ".
func (sc *scanner) dayMonth(i int) int {
	t := sc.toks[i]
	var d, j int
	dash := false
	if t.kind == tNum {
		if t.nd > 2 || t.val < 1 || t.val > 31 {
			return i
		}
		d, j = t.val, i+1
		if sc.word(j) == "من" {
			j++
		} else if sc.punct(j) == '-' {
			j++ // 22 - ديسمبر - 2014, a stamp's dashes
			dash = true
		}
	} else {
		v, ord, k := sc.number(i)
		al := sc.lx(i).tens.al
		if k == i || !(ord || al) || v < 1 || v > 31 || sc.word(k) != "من" {
			return i
		}
		d, j = v, k+1
	}
	m, hijri, _, k := sc.monthAt(j)
	if m == 0 {
		return i
	}
	if dash {
		// Only the whole stamp: day, month and year, each after a dash.
		if sc.punct(k) != '-' || hijri {
			return i
		}
		if y, _, k2 := sc.yearAt(k + 1); y >= 1000 && k2 > k+1 && validDay(y, m, d) {
			sc.add(item{Expression: Expression{Kind: Absolute, Date: dayDate(y, m, d)}, ti: i, tj: k2, y: y, m: m, d: d, hasYear: true})
			return k2
		}
		return i
	}
	if hijri {
		y, era, k2 := sc.yearAt(k)
		it := item{Expression: Expression{Kind: Hijri}, ti: i, tj: k, m: m, d: d}
		if y > 0 && (era == 'h' || y < 1600) {
			if g, ok := HijriToGregorian(y, m, d); ok {
				it.Date, it.tj, it.y, it.hasYear = marsad.DayDate(g), k2, y, true
			}
		}
		sc.add(it)
		return it.tj
	}
	if y, era, k2 := sc.yearAt(k); y > 0 && era != 'h' && y >= 1000 {
		if !validDay(y, m, d) {
			return i
		}
		sc.add(item{Expression: Expression{Kind: Absolute, Date: dayDate(y, m, d)}, ti: i, tj: k2, y: y, m: m, d: d, hasYear: true})
		return k2
	}
	if !validDay(2024, m, d) {
		return i
	}
	if off, k2, ok := sc.relYearAt(k); ok {
		sc.add(item{Expression: Expression{Kind: Relative}, ti: i, tj: k2, m: m, d: d, rel: relOfYear, n: off})
		return k2
	}
	sc.add(item{Expression: Expression{Kind: Month}, ti: i, tj: k, m: m, d: d})
	return k
}

// month matches "فبراير 2022", "سبتمبر الماضي", "أغسطس من العام الماضي",
// "في أغسطس", "رمضان 1446 هـ".
func (sc *scanner) month(i int) int {
	m, hijri, amb, k := sc.monthAt(i)
	if m == 0 {
		return i
	}
	if hijri {
		y, era, k2 := sc.yearAt(k)
		if y == 0 || !(era == 'h' || y < 1600) {
			return i
		}
		it := item{Expression: Expression{Kind: Hijri}, ti: i, tj: k2, y: y, m: m, hasYear: true}
		if g, ok := HijriToGregorian(y, m, 1); ok {
			it.Date = marsad.Date{Time: time.Date(g.Year(), g.Month(), 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionMonth}
		}
		sc.add(it)
		return k2
	}
	if y, era, k2 := sc.yearAt(k); y >= 1000 && era != 'h' {
		sc.add(item{Expression: Expression{Kind: Absolute, Date: monthDate(y, m)}, ti: i, tj: k2, y: y, m: m, hasYear: true})
		return k2
	}
	if off, k2, ok := sc.relYearAt(k); ok {
		sc.add(item{Expression: Expression{Kind: Relative}, ti: i, tj: k2, m: m, rel: relOfYear, n: off})
		return k2
	}
	if off, ok := sc.modAt(k); ok && off != 0 {
		it := item{Expression: Expression{Kind: Relative, Future: off > 0}, ti: i, tj: k + 1, m: m, rel: relNamedPast}
		if off > 0 {
			it.rel = relNamedNext
		}
		sc.add(it)
		return k + 1
	}
	if amb && !monthCues[core0(sc.word(i-1))] {
		return i
	}
	sc.add(item{Expression: Expression{Kind: Month}, ti: i, tj: k, m: m})
	return k
}

var yearCues = map[string]bool{
	"في": true, "منذ": true, "حتي": true, "خلال": true, "بحلول": true, "مطلع": true, "نهايه": true,
	"اواخر": true, "اوائل": true, "منتصف": true, "بدايه": true, "قبل": true, "بعد": true, "الي": true,
	"عامي": true, "وفي": true, "ومنذ": true,
}

// year matches "عام 2024", "في عام 1969", "2024م", "في 2024".
func (sc *scanner) year(i int) int {
	t := sc.toks[i]
	start := i
	if t.kind == tWord {
		if !sc.lx(i).yearNoun {
			return i
		}
		i++
	}
	if i >= len(sc.toks) || sc.toks[i].kind != tNum || sc.toks[i].nd != 4 {
		return start
	}
	y := sc.toks[i].val
	k := i + 1
	era := byte(0)
	switch sc.word(k) {
	case "م", "ميلادي", "ميلاديه", "للميلاد":
		era, k = 'm', k+1
	case "ه", "هجري", "هجريه", "للهجره":
		era, k = 'h', k+1
	}
	if start == i && era == 0 && !(yearCues[sc.word(i-1)] && y >= 1900 && y <= 2100) {
		return start
	}
	if y < 1000 || y > 2200 {
		return start
	}
	it := item{Expression: Expression{Kind: Year, Date: yearDate(y)}, ti: start, tj: k, y: y, hasYear: true}
	if era == 'h' {
		it.Kind, it.Date = Hijri, marsad.Date{}
	}
	sc.add(it)
	return k
}

// anniversary matches "الذكرى الـ80 لنهاية ...", "الذكرى الخامسة والسبعين
// لتأسيس ...", "مرور 75 عاما على ...".
func (sc *scanner) anniversary(i int) int {
	c := sc.core(i)
	var n, j int
	switch c {
	case "ذكري":
		j = i + 1
		if sc.core(j) == "سنويه" {
			j++
		}
		if sc.word(j) == "ال" && j+1 < len(sc.toks) && sc.toks[j+1].kind == tNum {
			j++
		}
		v, _, k := sc.number(j)
		if k == j || v < 1 {
			return i
		}
		n, j = v, k
		if sc.core(j) == "سنويه" {
			j++
		}
	case "مرور":
		j = i + 1
		v, _, k := sc.number(j)
		u, ok := sc.lx(k).unit, sc.lx(k).unitOK
		if !ok || u.u != 'y' {
			return i
		}
		switch {
		case k > j && u.count == 0:
			n = v
		case k > j:
			n = v * u.count
		case u.count > 0:
			n = u.count
		default:
			return i
		}
		j = k + 1
		if sc.word(j) != "علي" {
			return i
		}
	default:
		return i
	}
	it := item{Expression: Expression{Kind: Anniversary, Count: n}, ti: i, tj: j}
	e := -1
	switch w := sc.word(j); {
	case w == "ل" || w == "علي":
		e = j + 1
	case strings.HasPrefix(w, "ل"):
		e = j
	}
	if e >= 0 {
		if ev, k, ok := matchEvent(sc.toks, sc.norms, e); ok {
			it.Event, it.tj = ev.date, k
			t := ev.date.Time
			it.Date = marsad.Date{Time: time.Date(t.Year()+n, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), Precision: ev.date.Precision}
		}
	}
	sc.add(it)
	return it.tj
}

// relative matches أمس, اليوم, غدا, الأسبوع الماضي, هذا العام, قبل ثلاثة
// أيام, منذ عامين, بعد أسبوعين.
func (sc *scanner) relative(i int) int {
	x := sc.lx(i)               // a lexicon word: in lexTable
	c, hasAl := x.relC, x.relAl // function words (بعد, قبل, منذ, هذا, هذه, اول): no preposition taken off
	add := func(j int, rel byte, n int, fut bool) int {
		sc.add(item{Expression: Expression{Kind: Relative, Future: fut}, ti: i, tj: j, rel: rel, n: n})
		return j
	}
	switch {
	case c == "اول" && (sc.core(i+1) == "امس" || sc.word(i+1) == "من" && sc.core(i+2) == "امس"):
		if sc.core(i+1) == "امس" {
			return add(i+2, relDays, -2, false)
		}
		return add(i+3, relDays, -2, false)
	case c == "امس":
		return add(i+1, relDays, -1, false)
	case c == "بعد" && (sc.core(i+1) == "غد" || sc.core(i+1) == "غدا"):
		return add(i+2, relDays, 2, true)
	case c == "غدا" || c == "غد" && hasAl:
		return add(i+1, relDays, 1, true)
	case c == "يوم" && hasAl:
		nx := sc.word(i + 1)
		if strings.HasPrefix(nx, "ال") || wordsAfterToday[nx] {
			return i
		}
		return add(i+1, relDays, 0, false)
	case c == "ليله" && hasAl:
		if off, ok := sc.modAt(i + 1); ok && off < 0 {
			return add(i+2, relDays, -1, false)
		}
		if strings.HasPrefix(sc.word(i+1), "ال") {
			return i
		}
		return add(i+1, relDays, 0, false)
	case c == "هذا" || c == "هذه":
		if p := sc.lx(i + 1).period; p.ok && p.al {
			return add(i+2, periodRel(byte(p.v)), 0, false)
		}
	case hasAl:
		if p := x.relPeriod; p.ok {
			if off, ok := sc.modAt(i + 1); ok {
				return add(i+2, periodRel(byte(p.v)), off, off > 0)
			}
		}
	case c == "قبل" || c == "منذ" || c == "بعد":
		v, _, k := sc.number(i + 1)
		u, ok := sc.lx(k).unit, sc.lx(k).unitOK
		if !ok {
			return i
		}
		n := u.count
		if k > i+1 {
			n = v
			if u.count > 1 { // "بعد ثلاثة عقود": count × unit
				n = v * u.count
			}
		}
		end := k + 1
		if k == i+1 && end < len(sc.toks) && sc.toks[end].kind == tNum && sc.toks[end].nd == 4 {
			return i // "منذ عام 2022": the year, not "a year ago"
		}
		if nw := sc.word(end); nw == "واحد" || nw == "واحده" { // "يوم واحد"
			end++
		}
		if n == 0 || sc.word(end) == "من" || sc.word(end) == "علي" {
			return i
		}
		if c != "بعد" {
			n = -n
		}
		it := item{Expression: Expression{Kind: Relative, Future: c == "بعد"}, ti: i, tj: end, rel: relSpan, n: n, d: int(u.u)}
		sc.add(it)
		return end
	}
	return i
}

func periodRel(p byte) byte {
	switch p {
	case 'w':
		return relWeeks
	case 'm':
		return relMonths
	}
	return relYears
}

// weekday matches "يوم الخميس", "مساء الأربعاء", "والثلاثاء", "الخميس
// الماضي".
func (sc *scanner) weekday(i int) int {
	j := i
	if p := sc.lx(i).dayPart; p.ok && !p.al {
		if sc.lx(i + 1).weekday.ok {
			j = i + 1
		}
	}
	h := sc.lx(j).weekday
	wd := h.v
	if !h.ok || !h.al { // "الخميس", "يوم الخميس"; not "يوم واحد" (و + احد)
		return i
	}
	it := item{Expression: Expression{Kind: Weekday}, ti: i, tj: j + 1, wd: wd}
	if off, ok := sc.modAt(j + 1); ok && off != 0 {
		it.wdMod, it.tj, it.Future = off, j+2, off > 0
	}
	sc.add(it)
	return it.tj
}

// futureBefore reports a future cue in the clause before token i.
func (sc *scanner) futureBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		t := sc.toks[k]
		if t.kind == tPunct {
			if isClauseEnd(t.r) {
				return false
			}
			continue
		}
		if t.kind != tWord {
			continue
		}
		w := core0(sc.norms[t.ns:t.ne])
		if w == "لن" {
			return true
		}
		if x := t.info(); x != nil && x.futureCue {
			return true
		}
		if n < 8 && len(w) >= 10 && (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن")) && !notFutureVerbs[w] && !notFutureVerbs[core(w)] {
			return true
		}
	}
	return false
}

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func dayDate(y, m, d int) marsad.Date {
	return marsad.Date{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionDay}
}

func monthDate(y, m int) marsad.Date {
	return marsad.Date{Time: time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionMonth}
}

func yearDate(y int) marsad.Date {
	return marsad.Date{Time: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionYear}
}

package figure

import (
	"math"
	"strconv"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// find reads the tokens of one sentence left to right and emits each
// quantity once.
func (p *parser) find() {
	for i := range p.toks {
		if !p.used[i] {
			p.tryAt(i)
		}
	}
}

func (p *parser) tryAt(i int) {
	t := &p.toks[i]
	switch t.kind {
	case arabic.Number:
		p.digits(i, i, false)
	case arabic.Word:
		if isArticle(t.norm) && i+1 < len(p.toks) && p.toks[i+1].kind == arabic.Number {
			p.digits(i+1, i, true)
			return
		}
		e := t.ent
		if e == nil {
			return
		}
		switch e.cls {
		case cCard, cAhad, cTens, cHund:
			if t.al {
				if e.cls == cTens || e.cls == cHund && e.val == 100 {
					p.ordinal(i)
				}
				return
			}
			p.words(i)
		case cScale:
			if !t.al {
				p.words(i)
			}
		case cOrd, cOrdHad:
			p.ordinal(i)
		case cFrac:
			p.fraction(i)
		case cUnit:
			p.bareUnit(i)
		}
	}
}

// isArticle reports whether a word is the article written apart from the
// number it defines: الـ80, للـ 38, بالـ5.
func isArticle(n string) bool {
	switch n {
	case "ال", "وال", "بال", "لل", "فال", "كال", "ولل", "وبال":
		return true
	}
	return false
}

func (p *parser) tag(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	if e := p.toks[i].ent; e != nil && e.cls == cWord {
		return e.tag
	}
	return ""
}

func (p *parser) cls(i int) class {
	if i < 0 || i >= len(p.toks) || p.toks[i].ent == nil {
		return cNone
	}
	return p.toks[i].ent.cls
}

func yearLike(t *tok) bool { return t.int && t.num >= 1900 && t.num <= 2100 }

// digits reads a figure whose number is the Number token i; s is where the
// figure starts (the article of الـ80, when def).
func (p *parser) digits(i, s int, def bool) {
	t := &p.toks[i]
	if def {
		p.used[i] = true // rejected as الـ80, the number is not read again alone
	}
	if !t.numOK || t.era || p.excluded(i, s) {
		return
	}
	v := t.num
	j := i + 1
	scaled := false
	if j < len(p.toks) && p.cls(j) == cScale && !p.toks[j].al && !p.toks[j].conj {
		v *= p.toks[j].ent.val
		scaled = true
		j++
	}
	if !scaled && t.int && t.num >= 1e7 && !containsSep(p.text[t.s:t.e]) {
		return // a phone or reference number
	}
	u, mult, end, noun, ok := p.unit(j)
	if !ok && p.tag(s-1) == "label" {
		return // المادة 51
	}
	if !ok && !def && !scaled && p.tag(s-1) == "seq" && t.int {
		p.emit(s, j, v, "COUNT", marsad.Ordinal, "") // الدورة 38
		return
	}
	if !ok && s > 0 {
		if c := symbolCurrency(p.toks[s-1].r); c != "" && !t.gap {
			s--
			u, mult, end, ok = c, 1, j, true
		}
	}
	if !ok {
		if def {
			if p.dateAfter(j) {
				return
			}
			p.emit(s, j, v, "COUNT", marsad.Ordinal, "")
			return
		}
		if yearLike(t) && !scaled {
			return
		}
		n, ok := p.countNoun(j)
		if !ok {
			return
		}
		p.emit(s, j+1, v, "COUNT", p.qualifier(s, j+1), n)
		return
	}
	if def && p.tag(end) == "past" {
		return // خلال الـ24 ساعة الماضية: a time window
	}
	if yearLike(t) && !scaled && u == "COUNT" {
		return
	}
	p.emit(s, end, v*mult, u, p.qualifier(s, end), noun)
}

func containsSep(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == '.' {
			return true
		}
	}
	return false
}

func symbolCurrency(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	}
	return ""
}

// excluded reports whether the number at i is a date, a time, a year, a
// label (المادة 51) or part of a name (سيبيريا-2, F-16) rather than a
// quantity; s is where the figure would start.
func (p *parser) excluded(i, s int) bool {
	t := &p.toks[i]
	if s > 0 {
		pt := &p.toks[s-1]
		switch {
		case pt.kind == arabic.Word && p.cls(s-1) == cMonth:
			return true
		case pt.kind == arabic.Word && p.tag(s-1) == "yearword" && yearLike(t):
			return true
		case !p.toks[s].gap && pt.kind == arabic.Latin:
			return true
		case !p.toks[s].gap && (pt.r == '-' || pt.r == '/' || pt.r == ':' || pt.r == '.' || pt.r == '#' || pt.r == '_' || pt.r == '\\'):
			return true
		}
	}
	if n := i + 1; n < len(p.toks) {
		nt := &p.toks[n]
		if !nt.gap && (nt.r == '/' || nt.r == ':' || nt.r == '-' || nt.r == '.' || nt.r == '_') && n+1 < len(p.toks) && !p.toks[n+1].gap &&
			(p.toks[n+1].kind == arabic.Number || p.toks[n+1].kind == arabic.Latin) {
			return true
		}
		if p.dateAfter(n) {
			return true
		}
	}
	return false
}

// dateAfter reports whether token j starts the month of a date: 3 نوفمبر,
// الثالث من سبتمبر, الخامس من الشهر الجاري.
func (p *parser) dateAfter(j int) bool {
	if j >= len(p.toks) {
		return false
	}
	if p.cls(j) == cMonth && !p.toks[j].al {
		return true
	}
	if p.tag(j) == "min" {
		return p.cls(j+1) == cMonth || p.tag(j+1) == "monthword"
	}
	return false
}

// unit reads the unit that starts at token j: its code, what one unit is in
// base units, the end of the figure, and the English name of the counted
// thing when the unit gives one.
func (p *parser) unit(j int) (u string, mult float64, end int, noun string, ok bool) {
	if j >= len(p.toks) {
		return
	}
	t := &p.toks[j]
	switch t.kind {
	case arabic.Symbol:
		switch t.r {
		case '%', '٪':
			return "PERCENT", 1, j + 1, "", true
		}
		if c := symbolCurrency(t.r); c != "" {
			return c, 1, j + 1, "", true
		}
		return
	case arabic.Latin:
		if c := latinUnit(p.text[t.s:t.e]); c != "" {
			return c, 1, j + 1, "", true
		}
		return
	case arabic.Word:
	default:
		return
	}
	e := t.ent
	if e == nil {
		return
	}
	if e.cls == cWord {
		switch e.tag {
		case "fi":
			if p.tag(j+1) == "percent" && !p.toks[j+1].prep {
				return "PERCENT", 1, j + 2, "", true
			}
		case "percent":
			if t.prep || hasPrefix(t.norm, "ب") {
				return "PERCENT", 1, j + 1, "", true
			}
		case "point":
			if p.tag(j+1) == "pctadj" {
				return "PERCENT", 1, j + 2, "", true
			}
			if !t.al {
				return "COUNT", 1, j + 1, "points", true
			}
		case "min":
			if k := j + 1; p.cls(k) == cUnit && p.toks[k].al && !p.toks[k].conj {
				if ke := p.toks[k].ent; ke.unit == "PERSON" || ke.cur {
					return p.refine(ke.unit, k+1), ke.val, k + 1, ke.noun, true
				}
			}
		}
		return
	}
	if e.cls != cUnit || t.al || t.conj {
		return
	}
	u, mult, end, noun = e.unit, e.val, j+1, e.noun
	if e.form == dual && e.unit != "COUNT" {
		return // 20 يومين is not Arabic; let the dual stand alone
	}
	switch u {
	case "KM", "M":
		switch p.tag(end) {
		case "square":
			u, end = u+"2", end+1
		case "cubic":
			u, end = "M3", end+1
		}
	}
	if e.cur {
		if p.cls(end) == cUnit && p.toks[end].ent.unit == "GBP" && u == "EGP" {
			return "GBP", 1, end + 1, "", true
		}
		if p.cls(end) == cCurAdj {
			if c := p.toks[end].ent.unit; c == u || inFamily(u, c) {
				return c, 1, end + 1, "", true
			}
		}
		u = p.refine(u, end)
	}
	return u, mult, end, noun, true
}

// refine resolves an ambiguous currency (دينار, ريال, درهم, جنيه, ليرة)
// by the adjective at token end or a country named in the sentence.
func (p *parser) refine(u string, end int) string {
	if _, ok := curFamily[u]; !ok {
		return u
	}
	if p.cls(end) == cCurAdj {
		if c := p.toks[end].ent.unit; inFamily(u, c) {
			return c
		}
	}
	for k := range p.toks {
		n := p.toks[k].norm
		if n == "" {
			continue
		}
		c, ok := curCountry[n]
		if !ok && len(n) > 4 && (n[:2] == "و" || n[:2] == "ب" || n[:2] == "ل" || n[:2] == "ف") {
			c, ok = curCountry[n[2:]]
		}
		if ok && inFamily(u, c) {
			return c
		}
	}
	return u
}

func latinUnit(s string) string {
	var b [8]byte
	if len(s) > len(b) {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(s)]) {
	case "usd", "dollars":
		return "USD"
	case "eur", "euros":
		return "EUR"
	case "gbp":
		return "GBP"
	case "km":
		return "KM"
	case "mw":
		return "MW"
	case "gw":
		return "GW"
	case "kg":
		return "KG"
	}
	return ""
}

// countNoun reports whether token j is a noun counted by the number before
// it (30 دولة, ثلاث اتفاقيات), and returns it.
func (p *parser) countNoun(j int) (string, bool) {
	if j >= len(p.toks) {
		return "", false
	}
	t := &p.toks[j]
	if t.kind != arabic.Word || t.ent != nil || len(t.norm) < 4 || hasPrefix(t.norm, "ال") || hasPrefix(t.norm, "لل") {
		return "", false
	}
	return p.text[t.s:t.e], true
}

// words reads a number written in words at token i (خمسة وعشرين, ثلاثمئة
// ألف, ملياري) and the unit after it.
func (p *parser) words(i int) {
	var cur, total float64
	prev := cNone
	teen := false
	j := i
loop:
	for j < len(p.toks) {
		t := &p.toks[j]
		if t.kind != arabic.Word || t.ent == nil || t.al {
			break
		}
		e := t.ent
		if j == i {
			switch e.cls {
			case cCard:
				if e.val == 1 {
					return // واحد stands after its noun: يوم واحد
				}
				cur = e.val
			case cAhad:
				if k := j + 1; p.cls(k) == cCard && p.toks[k].ent.val == 10 && !p.toks[k].conj && !p.toks[k].al {
					cur, teen, j, prev = 11, true, j+2, cCard
					continue
				}
				return // أحد الأعمدة: "one of"
			case cTens, cHund:
				cur = e.val
			case cScale:
				switch e.form {
				case plural:
					return // آلاف الجنود: no count
				case dual:
					total = 2 * e.val
				default:
					total = e.val
					if t.tan && p.cls(j+1) == cUnit && !p.toks[j+1].al {
						total = 2 * e.val // ألفا شخص: the dual in construct
					}
				}
			default:
				return
			}
			prev = e.cls
			j++
			continue
		}
		switch {
		case e.cls == cCard && e.val == 10 && !t.conj && prev == cCard && cur >= 2 && cur < 10 && !teen:
			cur += 10
			teen = true
		case e.cls == cHund && e.val == 100 && !t.conj && prev == cCard && cur >= 3 && cur < 10 && !teen:
			cur *= 100
		case e.cls == cScale && !t.conj && prev != cScale:
			if e.form == plural && (cur < 3 || cur > 10) {
				break loop
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * e.val
			cur = 0
		case t.conj && (e.cls == cTens || e.cls == cHund || e.cls == cCard && e.val > 1) &&
			(prev == cCard && e.cls != cCard || prev == cTens || prev == cHund || prev == cScale):
			cur += e.val
		default:
			break loop
		}
		prev = e.cls
		j++
	}
	v := total + cur
	if v <= 0 {
		return
	}
	u, mult, end, noun, ok := p.unit(j)
	if !ok {
		n, ok := p.countNoun(j)
		if !ok {
			return
		}
		p.emit(i, j+1, v, "COUNT", p.qualifier(i, j+1), n)
		return
	}
	p.emit(i, end, v*mult, u, p.qualifier(i, end), noun)
}

// fraction reads نصف مليون, ربع مليار: a fraction of a scale word.
func (p *parser) fraction(i int) {
	t := &p.toks[i]
	k := i + 1
	if t.al || p.cls(k) != cScale || p.toks[k].al || p.toks[k].conj || p.toks[k].ent.form != sing {
		return
	}
	v := t.ent.val * p.toks[k].ent.val
	u, mult, end, noun, ok := p.unit(k + 1)
	if !ok {
		n, ok := p.countNoun(k + 1)
		if !ok {
			return
		}
		p.emit(i, k+2, v, "COUNT", p.qualifier(i, k+2), n)
		return
	}
	p.emit(i, end, v*mult, u, p.qualifier(i, end), noun)
}

// bareUnit reads a unit word that states its own count: a dual (يومين,
// مرتين), a singular followed by واحد (يوم واحد), or a singular unit of
// time after a qualifier (نحو أسبوع, أكثر من عقد).
func (p *parser) bareUnit(i int) {
	t := &p.toks[i]
	e := t.ent
	if t.al {
		return
	}
	switch e.form {
	case dual:
		end := i + 1
		u := e.unit
		if e.cur {
			u = p.refine(u, end)
			if p.cls(end) == cCurAdj {
				end++
			}
		}
		p.emit(i, end, 2*e.val, u, p.qualifier(i, end), e.noun)
	case sing:
		if k := i + 1; p.cls(k) == cCard && p.toks[k].ent.val == 1 && !p.toks[k].al && !p.toks[k].conj && e.unit != "COUNT" {
			p.emit(i, k+1, e.val, e.unit, p.qualifier(i, k+1), e.noun)
			return
		}
		if e.time {
			if q := p.qualifier(i, i+1); q != marsad.Exact && p.tag(i+1) != "past" {
				p.emit(i, i+1, e.val, e.unit, q, "")
			}
		}
	}
}

// ordinal reads an ordinal at token i: الثالث والأربعين, الخامسة
// والسبعين, الحادي عشر, الثمانين (after a definite noun), رابع مرة.
func (p *parser) ordinal(i int) {
	t := &p.toks[i]
	e := t.ent
	v := e.val
	j := i + 1
	if e.cls == cOrd || e.cls == cOrdHad {
		switch {
		case p.cls(j) == cCard && p.toks[j].ent.val == 10 && !p.toks[j].conj && !p.toks[j].al:
			v += 10
			j++
		case p.cls(j) == cTens && p.toks[j].conj && p.toks[j].al == t.al:
			v += p.toks[j].ent.val
			j++
		case e.cls == cOrdHad:
			return
		}
	}
	if t.al {
		pi := i - 1
		if pi < 0 || p.toks[pi].kind != arabic.Word || !definite(&p.toks[pi]) {
			return
		}
		switch p.cls(pi) {
		case cCard, cTens, cHund, cScale, cOrd, cOrdHad, cMonth, cAhad:
			return
		}
		if tg := p.tag(pi); tg == "ordname" || tg == "label" {
			return
		}
		if p.dateAfter(j) {
			return
		}
		p.emit(i, j, v, "COUNT", marsad.Ordinal, "")
		return
	}
	if e.cls != cOrd || j != i+1 || t.tan {
		return // أولا, ثانيا: "firstly", "secondly"
	}
	if e.val != 1 && hasSuffix(t.base, "ه") {
		return // ثالثة after a noun is an adjective: دولة ثالثة
	}
	nt := j
	if nt >= len(p.toks) || p.toks[nt].kind != arabic.Word || definite(&p.toks[nt]) {
		return
	}
	if ne := p.toks[nt].ent; ne != nil && !(ne.cls == cUnit && ne.unit == "COUNT") {
		return
	}
	p.emit(i, nt+1, v, "COUNT", marsad.Ordinal, "")
}

func hasSuffix(s, x string) bool { return len(s) >= len(x) && s[len(s)-len(x):] == x }

// definite reports whether a word carries the article, alone or after a
// conjunction or preposition.
func definite(t *tok) bool {
	if t.al {
		return true
	}
	n := t.norm
	if hasPrefix(n, "ال") || hasPrefix(n, "لل") {
		return true
	}
	if len(n) > 6 {
		switch n[:2] {
		case "و", "ف", "ب", "ك":
			return hasPrefix(n[2:], "ال") || hasPrefix(n[2:], "لل")
		}
	}
	return false
}

// qualifier reads how the figure at tokens [s, e) relates to the quantity:
// أكثر من, نحو, أقل من, تجاوز... before it, تقريبا or على الأقل after it.
func (p *parser) qualifier(s, e int) marsad.Qualifier {
	j := s - 1
	if p.tag(j) == "barrier" {
		j--
	}
	switch p.tag(j) {
	case "min":
		switch p.tag(j - 1) {
		case "more":
			return marsad.MoreThan
		case "less":
			return marsad.LessThan
		case "near":
			return marsad.About
		}
	case "ala":
		switch p.tag(j - 1) {
		case "add":
			if p.tag(j-2) == "neg" && p.toks[j-2].norm != "ما" {
				return marsad.LessThan
			}
			return marsad.MoreThan
		case "under":
			if p.tag(j-2) == "neg" {
				return marsad.MoreThan
			}
			return marsad.LessThan
		}
	case "about":
		return marsad.About
	case "exceed":
		if p.tag(j-1) == "neg" && p.toks[j-1].norm != "ما" {
			return marsad.LessThan
		}
		return marsad.MoreThan
	case "below":
		return marsad.LessThan
	}
	// تجاوز حجم التجارة 100 مليار, لا يتجاوز العجز 3 في المئة: the verb
	// before the measured noun.
	barrier := false
scan:
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		if p.toks[k].kind != arabic.Word {
			break
		}
		switch p.cls(k) {
		case cCard, cTens, cHund, cScale, cOrd, cAhad:
			break scan
		}
		switch p.tag(k) {
		case "barrier":
			barrier = true
		case "exceed":
			if !barrier && k < s-2 {
				break scan
			}
			if p.tag(k-1) == "neg" && p.toks[k-1].norm != "ما" {
				return marsad.LessThan
			}
			return marsad.MoreThan
		case "":
		default:
			break scan
		}
	}
	switch p.tag(e) {
	case "approx":
		return marsad.About
	case "ala":
		if p.tag(e+1) == "least" {
			return marsad.MoreThan
		}
	case "more":
		if p.toks[e].conj {
			return marsad.MoreThan // فأكثر
		}
	}
	return marsad.Exact
}

// emit records the figure at tokens [s, e).
func (p *parser) emit(s, e int, v float64, unit string, q marsad.Qualifier, noun string) {
	if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) || e <= s {
		return
	}
	for k := s; k < e; k++ {
		p.used[k] = true
	}
	f0 := marsad.Figure{Value: v, Unit: unit, Qualifier: q}
	if dupOf(p.prior, f0) || dupOf(p.out, f0) {
		return
	}
	cs, ce := p.clauseOf(s, e)
	a, b := p.toks[cs].s, p.toks[ce-1].e
	fg := marsad.Figure{Value: v, Unit: unit, Qualifier: q, Subject: p.subject(s, e, cs, ce, unit, q, noun)}
	if dupOf(p.prior, fg) || dupOf(p.out, fg) {
		return
	}
	fg.Period = p.period(s, e, cs, ce)
	fg.Evidence, fg.EvidenceSpan = p.text[a:b], marsad.Span{Start: a, End: b}
	p.out = append(p.out, fg)
}

// clauseOf returns the tokens of the clause around [s, e): the run between
// commas, semicolons, colons, brackets and spaced dashes.
func (p *parser) clauseOf(s, e int) (int, int) {
	cs := s
	for cs > 0 && !p.boundary(cs-1) {
		cs--
	}
	ce := e
	for ce < len(p.toks) && !p.boundary(ce) {
		ce++
	}
	for cs < s && p.toks[cs].kind == arabic.Punct && isQuote(p.toks[cs].r) && !p.hasQuoteAfter(cs+1, ce) {
		cs++
	}
	for ce > e && p.toks[ce-1].kind == arabic.Punct {
		ce--
	}
	return cs, ce
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '«', '»', '‘', '’':
		return true
	}
	return false
}

func (p *parser) hasQuoteAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if p.toks[k].kind == arabic.Punct && isQuote(p.toks[k].r) {
			return true
		}
	}
	return false
}

func (p *parser) boundary(k int) bool {
	t := &p.toks[k]
	if t.kind != arabic.Punct {
		return false
	}
	switch t.r {
	case '،', ',', '؛', ';', ':', '(', ')', '[', ']', '!', '?', '؟', '.', '…':
		return true
	case '-', '–', '—':
		return t.gap && k+1 < len(p.toks) && p.toks[k+1].gap
	}
	return false
}

// subject names what the figure measures: the nearest word of the clause
// that names a measured quantity, in English, else the counted noun, else
// the Arabic words before the number.
func (p *parser) subject(s, e, cs, ce int, unit string, q marsad.Qualifier, noun string) string {
	if q == marsad.Ordinal {
		for k := s - 1; k <= e && k < ce; k++ {
			if k >= cs {
				if en := p.lookupIn(ordSubjects, k); en != "" {
					return en
				}
			}
		}
	}
	for k := e - 1; k >= cs; k-- {
		if en := p.subjectAt(k); en != "" {
			// التبادل التجاري: the head of the phrase names it best.
			for k > cs {
				h := p.subjectAt(k - 1)
				if h == "" {
					break
				}
				en, k = h, k-1
			}
			return en
		}
	}
	if noun != "" {
		return noun
	}
	for k := e; k < ce; k++ {
		if en := p.subjectAt(k); en != "" {
			return en
		}
	}
	a := s - 3
	if a < cs {
		a = cs
	}
	if a < s {
		return p.text[p.toks[a].s:p.toks[s-1].e]
	}
	if e < ce {
		b := e + 3
		if b > ce {
			b = ce
		}
		return p.text[p.toks[e].s:p.toks[b-1].e]
	}
	return p.text[p.toks[s].s:p.toks[e-1].e]
}

func (p *parser) subjectAt(k int) string {
	if !subjectTail.has(p.toks[k].norm) {
		return ""
	}
	return p.lookupIn(subjects, k)
}

// lookupIn looks token k up in m, as it is and without a conjunction or
// preposition in front.
func (p *parser) lookupIn(m map[string]string, k int) string {
	n := p.toks[k].norm
	if n == "" {
		return ""
	}
	if en, ok := m[n]; ok {
		return en
	}
	if len(n) > 6 {
		switch n[:2] {
		case "و", "ف", "ب", "ل", "ك":
			if hasPrefix(n, "لل") {
				if en, ok := m["ال"+n[4:]]; ok {
					return en
				}
			}
			if en, ok := m[n[2:]]; ok {
				return en
			}
		}
	}
	return ""
}

// period returns the year (or year and month) the figure refers to: one
// the clause names, resolving العام الماضي and the like against the
// publication date, else the publication year.
func (p *parser) period(s, e, cs, ce int) string {
	for k := cs; k < ce; k++ {
		if k >= s && k < e {
			continue
		}
		t := &p.toks[k]
		switch {
		case t.kind == arabic.Number && yearLike(t) && !p.used[k]:
			y := int(t.num)
			if k > 0 && p.cls(k-1) == cMonth && p.toks[k-1].ent.val > 0 {
				return ym(y, int(p.toks[k-1].ent.val))
			}
			return strconv.Itoa(y)
		case t.kind == arabic.Word && p.tag(k) == "yearword" && definite(t) && p.ref.year > 0:
			if p.tag(k-1) == "this" {
				return strconv.Itoa(p.ref.year)
			}
			if k+1 < ce {
				if d, ok := relative(p.toks[k+1].norm); ok {
					return strconv.Itoa(p.ref.year + d)
				}
			}
		case t.kind == arabic.Word && p.tag(k) == "monthword" && p.ref.month > 0 && k+1 < ce:
			if d, ok := relative(p.toks[k+1].norm); ok {
				y, m := p.ref.year, p.ref.month+d
				if m < 1 {
					y, m = y-1, 12
				} else if m > 12 {
					y, m = y+1, 1
				}
				return ym(y, m)
			}
		}
	}
	if p.ref.year > 0 {
		return strconv.Itoa(p.ref.year)
	}
	return ""
}

func ym(y, m int) string {
	b := strconv.AppendInt(nil, int64(y), 10)
	b = append(b, '-')
	if m < 10 {
		b = append(b, '0')
	}
	return string(strconv.AppendInt(b, int64(m), 10))
}

// relative returns the offset a word after العام or الشهر gives.
func relative(n string) (int, bool) {
	switch n {
	case "الماضي", "الماضيه", "الفايت", "المنصرم", "السابق":
		return -1, true
	case "المقبل", "القادم":
		return 1, true
	case "الجاري", "الحالي":
		return 0, true
	}
	return 0, false
}

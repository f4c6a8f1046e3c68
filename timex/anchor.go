package timex

import (
	"time"

	"github.com/marsad-project/marsad"
)

// TermStartFunc returns the days on which the person a term-start phrase
// refers to began a term of office ("منذ بدء ولايته الجديدة", "بعد أيام من
// تنصيب ترامب", "منذ أدائه اليمين الدستورية"), in any order, or nil when
// it does not know the person. phrase is the span of the phrase in
// doc.Text(), from the verb or verbal noun to the object and its
// adjectives; the person is named inside or right after it, or before it
// (the referent of the pronoun in ولايته, توليه). Only the day of each
// time counts.
//
// timex knows no people: the knowledge base that does is given through
// Inferrer.TermStarts.
type TermStartFunc func(doc *marsad.Document, phrase marsad.Span) []time.Time

// Inferrer infers publication dates as InferPublished does, with the
// world knowledge given in its fields. The zero Inferrer is InferPublished.
// An Inferrer is safe for concurrent use when its functions are.
type Inferrer struct {
	// TermStarts, when set, dates term-start phrases followed by a past
	// relative word ("منذ بدء ولايته الجديدة الأسبوع الماضي"); see
	// InferPublished.
	TermStarts TermStartFunc
}

// Run sets the publication date of doc as InferPublished does, with the
// anchors of in. It meets the pipeline's Stage interface.
func (in *Inferrer) Run(doc *marsad.Document) {
	if in == nil || in.TermStarts == nil {
		inferPublished(doc, nil)
		return
	}
	inferPublished(doc, func(phrase marsad.Span) []time.Time { return in.TermStarts(doc, phrase) })
}

// anchorRel says when a report was published, relative to the day D an
// anchor phrase names, after the relative word that goes with the phrase.
type anchorRel struct {
	kind   byte // see the constants below
	lo, hi int  // relDaysAfter: days after D; relMonthsAfter, relYearsAfter: slack in days
	n      int  // relMonthsAfter, relYearsAfter: the count
	wd     int  // relOnWeekday: the weekday
}

const (
	relDaysAfter   byte = 'd' // [D+lo, D+hi]
	relWeekAfter   byte = 'w' // the calendar week after D's ("الأسبوع الماضي")
	relMonthAfter  byte = 'm' // the calendar month after D's ("الشهر الماضي")
	relYearAfter   byte = 'y' // the calendar year after D's ("العام الماضي")
	relMonthsAfter byte = 'M' // D + n months, within lo..hi days
	relYearsAfter  byte = 'Y' // D + n years, within lo..hi days
	relOnWeekday   byte = 'k' // D falls on the weekday wd: within the week from D
)

// termPhrase is a term-start phrase with the relation of its relative
// word: tokens [ti, tj) of the state's tokens.
type termPhrase struct {
	ti, tj int
	rel    anchorRel
}

// gapStops are the words that may not stand between the verb of a
// term-start phrase and its object: a name or a title may ("تولي ترامب
// منصبه", "أداء الرئيس الجديد اليمين"), a preposition starts another
// phrase ("أدى إلى انهيار السلطة").
var gapStops = map[string]bool{
	"الي": true, "في": true, "علي": true, "من": true, "عن": true, "مع": true, "بعد": true, "قبل": true,
	"منذ": true, "عبر": true, "حول": true, "ضد": true, "لدي": true, "الذي": true, "التي": true, "ان": true,
}

// termPhrases returns the term-start phrases of the state's tokens that a
// relative word dates, in order. items are the expressions found in the
// same tokens.
func (st *state) termPhrases(items []item) []termPhrase {
	var out []termPhrase
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || t.lx == 0 {
			continue
		}
		c := t.info().term
		if c != termStart && c != termOath && c != termInaug {
			continue
		}
		end := -1
		if c == termInaug {
			end = i + 1
		} else {
			for j, gap := i+1, 0; j < len(toks) && gap <= 2; j, gap = j+1, gap+1 {
				u := &toks[j]
				if u.kind != tWord || gapStops[st.norms[u.ns:u.ne]] {
					break
				}
				if x := u.info(); x != nil {
					if x.term == termStart || x.term == termOath || x.term == termInaug {
						break // another phrase starts here
					}
					if c == termOath && x.term == termSworn || c == termStart && x.term == termObject {
						end = j + 1
						break
					}
				}
			}
		}
		if end < 0 {
			continue
		}
		for end < len(toks) && toks[end].kind == tWord && toks[end].lx != 0 {
			x := toks[end].info()
			if x.term != termAdj && x.term != termObject && !(x.ord.ok && x.ord.al) {
				break
			}
			end++ // ولايته الرئاسية الثانية, منصبه رسميا
		}
		rel, ok := st.relBefore(i)
		if !ok {
			rel, ok = st.relAfter(end, items)
		}
		if ok {
			out = append(out, termPhrase{ti: i, tj: end, rel: rel})
		}
		i = end - 1
	}
	return out
}

// relBefore reads "بعد [مرور] [N] أيام من|على" before the phrase at token i.
func (st *state) relBefore(i int) (anchorRel, bool) {
	k := i - 1
	if w := st.word(k); w != "من" && w != "علي" {
		return anchorRel{}, false
	}
	k--
	x := st.info(k)
	if x == nil || !x.unitOK {
		return anchorRel{}, false
	}
	u := x.unit
	k--
	n := u.count
	if k >= 0 && st.toks[k].kind == tNum && st.toks[k].val > 0 {
		n, k = st.toks[k].val, k-1
		if u.count > 1 {
			n *= u.count
		}
	} else if y := st.info(k); y != nil && y.card.ok && !y.card.al {
		n, k = y.card.v, k-1
	}
	if core0(st.word(k)) == "مرور" {
		k--
	}
	if w := core0(st.word(k)); w != "بعد" && w != "عقب" {
		return anchorRel{}, false
	}
	return spanRel(u.u, n)
}

// spanRel is the relation of a duration after D: n units (n == 0 for a
// vague plural: أيام, أسابيع).
func spanRel(u byte, n int) (anchorRel, bool) {
	switch {
	case u == 'd' && n == 0:
		return anchorRel{kind: relDaysAfter, lo: 1, hi: 10}, true
	case u == 'd':
		return anchorRel{kind: relDaysAfter, lo: n, hi: n + 1}, true
	case u == 'w' && n == 0:
		return anchorRel{kind: relDaysAfter, lo: 14, hi: 42}, true
	case u == 'w':
		return anchorRel{kind: relDaysAfter, lo: 7*n - 2, hi: 7*n + 3}, true
	case u == 'm' && n > 0:
		return anchorRel{kind: relMonthsAfter, n: n, lo: -5, hi: 7}, true
	case u == 'y' && n > 0 && n < 10:
		return anchorRel{kind: relYearsAfter, n: n, lo: -15, hi: 15}, true
	}
	return anchorRel{}, false
}

// relAfter reads the relative word that dates a phrase ending before
// token j: the first expression, مؤخرا or "قبل أيام" within six tokens of
// its clause.
func (st *state) relAfter(j int, items []item) (anchorRel, bool) {
	toks := st.toks
	k0 := 0
	for k0 < len(items) && items[k0].ti < j {
		k0++
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		t := &toks[k]
		if t.kind == tPunct {
			if isClauseEnd(t.r) {
				break
			}
			continue
		}
		if k0 < len(items) && items[k0].ti == k {
			return itemRel(&items[k0])
		}
		x := t.info()
		if x == nil {
			continue
		}
		if x.term == termRecent {
			return anchorRel{kind: relDaysAfter, lo: 0, hi: 30}, true
		}
		if x.core0 == "قبل" || x.core0 == "منذ" {
			if y := st.info(k + 1); y != nil && y.unitOK && y.unit.count == 0 {
				return spanRel(y.unit.u, 0) // قبل أيام: not an expression, having no number
			}
		}
		if x.term == termStart || x.term == termOath || x.term == termInaug {
			break // the next phrase
		}
	}
	return anchorRel{}, false
}

// itemRel is the relation a relative expression or a weekday after a
// phrase gives.
func itemRel(it *item) (anchorRel, bool) {
	switch it.Kind {
	case Weekday:
		if it.wdMod <= 0 && !it.Future {
			return anchorRel{kind: relOnWeekday, wd: it.wd}, true
		}
	case Relative:
		switch it.rel {
		case relDays: // أمس, أول أمس, اليوم; غدا: a sworn-in-tomorrow report
			return anchorRel{kind: relDaysAfter, lo: -it.n, hi: -it.n}, true
		case relSpan:
			if it.n < 0 {
				return spanRel(byte(it.d), -it.n)
			}
		case relWeeks:
			if it.n == -1 {
				return anchorRel{kind: relWeekAfter}, true
			}
		case relMonths:
			if it.n == -1 {
				return anchorRel{kind: relMonthAfter}, true
			}
		case relYears:
			if it.n == -1 {
				return anchorRel{kind: relYearAfter}, true
			}
		}
	}
	return anchorRel{}, false
}

// rangeFor returns the days of publication the relation gives for the
// anchor day d.
func (a anchorRel) rangeFor(d time.Time) (marsad.DateRange, bool) {
	d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	switch a.kind {
	case relDaysAfter:
		return marsad.DateRange{From: d.AddDate(0, 0, a.lo), To: d.AddDate(0, 0, a.hi)}, true
	case relWeekAfter:
		// The week after d's, in the union of the conventions that start
		// weeks on Saturday, Sunday or Monday: from the first of the next
		// week starts to the last of the next week ends.
		var r marsad.DateRange
		for i, first := range [...]time.Weekday{time.Saturday, time.Sunday, time.Monday} {
			ws := d.AddDate(0, 0, -((int(d.Weekday())-int(first))+7)%7)
			from, to := ws.AddDate(0, 0, 7), ws.AddDate(0, 0, 13)
			if i == 0 || from.Before(r.From) {
				r.From = from
			}
			if i == 0 || to.After(r.To) {
				r.To = to
			}
		}
		return r, true
	case relMonthAfter:
		m := time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		return marsad.DateRange{From: m, To: m.AddDate(0, 1, -1)}, true
	case relYearAfter:
		y := time.Date(d.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
		return marsad.DateRange{From: y, To: y.AddDate(1, 0, -1)}, true
	case relMonthsAfter:
		m := d.AddDate(0, a.n, 0)
		return marsad.DateRange{From: m.AddDate(0, 0, a.lo), To: m.AddDate(0, 0, a.hi)}, true
	case relYearsAfter:
		y := d.AddDate(a.n, 0, 0)
		return marsad.DateRange{From: y.AddDate(0, 0, a.lo), To: y.AddDate(0, 0, a.hi)}, true
	case relOnWeekday:
		// The phrase names d's weekday (a day either way for the time
		// zones): the report is from that week.
		if dw := int(d.Weekday()); dw != a.wd && (dw+1)%7 != a.wd && (a.wd+1)%7 != dw {
			return marsad.DateRange{}, false
		}
		return marsad.DateRange{From: d, To: d.AddDate(0, 0, 6)}, true
	}
	return marsad.DateRange{}, false
}

// word returns the normalised word of token i, "" when it is no word.
func (st *state) word(i int) string {
	if i >= 0 && i < len(st.toks) && st.toks[i].kind == tWord {
		return st.norms[st.toks[i].ns:st.toks[i].ne]
	}
	return ""
}

// info returns the lexInfo of token i, nil when it is no word of lexTable.
func (st *state) info(i int) *lexInfo {
	if i >= 0 && i < len(st.toks) && st.toks[i].kind == tWord {
		return st.toks[i].info()
	}
	return nil
}

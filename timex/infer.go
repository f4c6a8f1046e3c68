package timex

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// role says what part of a document a line is, for InferPublished.
type role uint8

const (
	rBody    role = iota
	rCaption      // caption, credit or widget boilerplate: carries the day of the photo or page
	rDateline
	rTitle
	rLead // the first lines of the body
	rSkip // another story (teaser, unrelated, label, promo, repeated line)
)

type roleSpan struct {
	marsad.Span
	role role
}

// InferPublished sets doc.Published, doc.PublishedRange and
// doc.PublishedSource from the text when the document has no date yet
// (doc.Published zero and doc.PublishedRange nil: dates from metadata or the
// --published flag are left alone). It uses no world knowledge but the
// anniversaries table; an Inferrer adds the term starts of known people.
//
// A full date with day, month and year written in a caption, credit or
// widget line, the dateline, the title or the first two lines of the body
// (captions first; the newest in the first group that has one; not in a
// future context nor an archive photo; in a lead line only as a time stamp
// or dateline, see stamp) gives Published, with source
// DateFromText. A document not yet cleaned (no Body, no Boilerplate) is
// split into lines: the first is the title, the next five captions when
// they carry a credit (رويترز, via, AFP...) and no sentence end, else lead.
//
// Otherwise a range is inferred (DateFromInferred) from the dated events
// the title, body and other non-teaser lines mention; relative words do
// not count, having no reference yet:
//
//   - A past mention of a day E gives [E, E+7], its start moved to the
//     first day from E that falls on a weekday the title or lead reports in
//     the past tense ("يوم الخميس"), its end moved back to the first
//     following day named in a future context ("سيتوجه ... الثلاثاء").
//   - A year or month written explicitly ("عام 2024", "فبراير 2022") means
//     publication from the next year or month on, within a year (news name
//     the current period "هذا العام"); a month or year the text only
//     implies (an anniversary of an event known to the month) gives that
//     month or year.
//   - A date after منذ in its clause ("منذ غزوه لأوكرانيا في فبراير 2022",
//     "منذ عام 2022") starts an ongoing state: publication is on or after
//     the start of its period, and nothing bounds the end. When such a
//     date is the newest lower bound, only a future mention (below) or an
//     anchor gives a range; else the range stays empty.
//   - Future mentions ("المؤتمر المتوقع الشهر المقبل") cap the end of the
//     range; with only future mentions the range is the year before the
//     earliest.
//   - With Inferrer.TermStarts, a term-start phrase (بدء, تنصيب, أداء
//     اليمين, تولي, تسلم + ولايته, رئاسته, منصبه, مهامه, السلطة, with
//     ordinals and adjectives: "منذ بدء ولايته الجديدة") dated by a past
//     relative word in its clause, within six tokens after it (أمس, أول
//     أمس, الأسبوع الماضي, الشهر الماضي, قبل يومين, قبل أيام, مؤخرا, a
//     weekday) or by "بعد [مرور] [N] أيام من" before it, is an anchor. Of
//     the term starts D the function returns, the newest whose publication
//     range ends on or after the start of the newest dated past mention
//     and starts on or before the end of the earliest future one is taken;
//     the range is then D+1 for أمس, D+2 for أول أمس, D-1 for غدا, D+N for
//     "قبل N أيام", [D+1, D+10] for "قبل أيام" and "بعد أيام من", [D+N,
//     D+N+1] for "بعد N أيام من", the calendar week after D's for "الأسبوع
//     الماضي" (the union of weeks from Saturday, Sunday and Monday), the
//     month after D's for "الشهر الماضي", [D, D+30] for مؤخرا, the week
//     from D for a weekday (D's own, within a day). The first phrase that
//     gives a range wins; the range then starts no earlier than the newest
//     dated past mention, is narrowed to the day rule above when they
//     overlap, by the weekdays of the title or lead, and capped by future
//     mentions as above.
//
// With nothing dated, both stay empty.
func InferPublished(doc *marsad.Document) { inferPublished(doc, nil) }

// inferPublished is InferPublished with the term starts of the person a
// phrase at a span refers to, when starts is not nil. starts takes no
// document, so that doc does not escape through it.
func inferPublished(doc *marsad.Document, starts func(phrase marsad.Span) []time.Time) {
	if doc == nil || !doc.Published.IsZero() || doc.PublishedRange != nil {
		return
	}
	text := doc.Text()
	var lines []roleSpan
	if text == "" || len(doc.Body) == 0 && len(doc.Boilerplate) == 0 {
		if text == "" {
			text = doc.Title + "\n" + doc.BodyText()
		}
		lines = splitLines(text)
	} else {
		lines = docLines(doc, text)
	}
	st := getState()
	defer putState(st)
	items := st.find(text, marsad.Date{})
	// The line of each item, found once: the first line that holds its
	// start (a body line when none does).
	itemLines := make([]roleSpan, len(items))
	for k := range items {
		itemLines[k] = lineAt(lines, items[k].Start)
	}
	roleOf := func(k int) (role, marsad.Span) { return itemLines[k].role, itemLines[k].Span }

	// a. a full date in a caption, the dateline, the title, the lead: a
	// Gregorian one before a Hijri one, which the tabular calendar may put
	// a day off (الأحد 17 من ذي الحجة 1440 هـ 18 أغسطس 2019).
	for i := range 8 {
		want, kind := [...]role{rCaption, rDateline, rTitle, rLead}[i/2], [...]Kind{Absolute, Hijri}[i%2]
		var best marsad.Date
		for k := range items {
			it := &items[k]
			if !it.hasYear || it.Future || it.Date.Precision != marsad.PrecisionDay || it.Kind != kind {
				continue
			}
			r, sp := roleOf(k)
			if r != want || archive(text[sp.Start:sp.End]) {
				continue
			}
			if r == rLead && !stamp(text[sp.Start:sp.End], it.Start-sp.Start, it.End-sp.Start) {
				continue // an event the lead reports, not a dateline or time stamp
			}
			if best.IsZero() || it.Date.Time.After(best.Time) {
				best = it.Date
			}
		}
		if !best.IsZero() {
			doc.Published, doc.PublishedSource = best, marsad.DateFromText
			return
		}
	}

	// b. a range from the newest event mentioned.
	var (
		lo, hi       time.Time
		loDay, hasLo bool
		loPrec       marsad.Precision
		loNext       bool // lo is the start of the period after an explicit one
		loSince      bool // lo is the start of an ongoing state (after منذ): no end
		hiSet        bool
		floor        time.Time // the start of the newest dated past mention
		hasFloor     bool
	)
	for k := range items {
		it := &items[k]
		if it.Date.IsZero() || it.Kind == Relative || it.Kind == Weekday {
			continue
		}
		if r, _ := roleOf(k); r == rSkip {
			continue
		}
		start, end := periodOf(it.Date)
		if it.Future {
			if !hiSet || end.Before(hi) {
				hi, hiSet = end, true
			}
			continue
		}
		if !hasFloor || start.After(floor) {
			floor, hasFloor = start, true
		}
		b, day, next, since := start, it.Date.Precision == marsad.PrecisionDay, false, st.since(items, k)
		if !since && !day && it.hasYear && (it.Kind == Absolute || it.Kind == Year || it.Kind == Hijri) {
			b, next = end.AddDate(0, 0, 1), true // the next month or year
		}
		if !hasLo || b.After(lo) || b.Equal(lo) && (day && !since || loSince) {
			lo, loDay, hasLo, loPrec, loNext, loSince = b, day, true, it.Date.Precision, next, since
		}
	}
	anchor, hasAnchor := marsad.DateRange{}, false
	if starts != nil {
		anchor, hasAnchor = st.anchor(starts, items, lines, floor, hasFloor, hi, hiSet)
	}
	var r marsad.DateRange
	switch {
	case hasAnchor:
		r = anchor
		if hasFloor && floor.After(r.From) {
			r.From = floor
		}
		if hasLo && loDay && !loSince {
			if day := (marsad.DateRange{From: lo, To: lo.AddDate(0, 0, 7)}); !day.From.After(r.To) && !day.To.Before(r.From) {
				r.From, r.To = maxTime(r.From, day.From), minTime(r.To, day.To)
			}
		}
		narrowByWeekdays(&r, items, roleOf)
	case hasLo && loSince:
		// an ongoing state: only a future mention bounds the end
		if !hiSet || hi.Before(lo) {
			return
		}
		r = marsad.DateRange{From: lo, To: hi}
	case hasLo && loDay:
		r = marsad.DateRange{From: lo, To: lo.AddDate(0, 0, 7)}
		narrowByWeekdays(&r, items, roleOf)
	case hasLo && !loNext:
		// a month or year the text implies: within it
		_, end := periodOf(marsad.Date{Time: lo, Precision: loPrec})
		r = marsad.DateRange{From: lo, To: end}
	case hasLo:
		// an explicit past month or year: some time in the year after it
		r = marsad.DateRange{From: lo, To: lo.AddDate(1, 0, -1)}
	case hiSet:
		r = marsad.DateRange{From: hi.AddDate(-1, 0, 0), To: hi}
	default:
		return
	}
	if hiSet && !hi.Before(r.From) && hi.Before(r.To) {
		r.To = hi
	}
	doc.PublishedRange, doc.PublishedSource = &r, marsad.DateFromInferred
}

// since reports whether items[k] starts an ongoing state: منذ stands
// before it in its clause, within six tokens and after the previous
// expression ("منذ غزوه لأوكرانيا في فبراير 2022", "ومنذ عام 2022").
func (st *state) since(items []item, k int) bool {
	lo := 0
	if k > 0 {
		lo = items[k-1].tj
	}
	for i, n := items[k].ti-1, 0; i >= lo && n < 6; i, n = i-1, n+1 {
		t := &st.toks[i]
		if t.kind == tPunct {
			if isClauseEnd(t.r) {
				return false
			}
			continue
		}
		if t.kind == tWord && t.lx != 0 && t.info().core0 == "منذ" {
			return true
		}
	}
	return false
}

// anchor returns the publication range of the first term-start phrase
// outside teasers that starts and the relative word date (see
// InferPublished): the newest term start whose range ends on or after
// floor (when hasFloor) and starts on or before hi (when hiSet).
func (st *state) anchor(starts func(marsad.Span) []time.Time, items []item, lines []roleSpan,
	floor time.Time, hasFloor bool, hi time.Time, hiSet bool) (marsad.DateRange, bool) {
	for _, ph := range st.termPhrases(items) {
		sp := marsad.Span{Start: st.toks[ph.ti].start, End: st.toks[ph.tj-1].end}
		if lineAt(lines, sp.Start).role == rSkip {
			continue
		}
		var best marsad.DateRange
		var bestDay time.Time
		found := false
		for _, d := range starts(sp) {
			r, ok := ph.rel.rangeFor(d)
			if !ok || hasFloor && r.To.Before(floor) || hiSet && r.From.After(hi) {
				continue
			}
			if !found || d.After(bestDay) {
				best, bestDay, found = r, d, true
			}
		}
		if found {
			return best, true
		}
	}
	return marsad.DateRange{}, false
}

// lineAt returns the first line that holds the byte at pos, a body line
// when none does.
func lineAt(lines []roleSpan, pos int) roleSpan {
	for _, l := range lines {
		if l.Start <= pos && pos < l.End {
			return l
		}
	}
	return roleSpan{role: rBody}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// narrowByWeekdays moves r.From to the first day from it that falls on a
// weekday the title or lead reports in the past, and r.To back to the first
// day after that named in a future context anywhere in the text.
func narrowByWeekdays(r *marsad.DateRange, items []item, roleOf func(int) (role, marsad.Span)) {
	first := -1
	for k := range items {
		it := &items[k]
		if it.Kind != Weekday || it.Future || it.wdMod != 0 {
			continue
		}
		if ro, _ := roleOf(k); ro == rTitle || ro == rLead {
			first = it.wd
			break
		}
	}
	if first < 0 {
		return
	}
	d := r.From
	for int(d.Weekday()) != first {
		d = d.AddDate(0, 0, 1)
	}
	if d.After(r.To) {
		return // no such day in the range: the weekday is another event's
	}
	r.From = d
	if end := d.AddDate(0, 0, 6); end.Before(r.To) {
		r.To = end
	}
	for k := range items {
		it := &items[k]
		if it.Kind != Weekday || !it.Future || it.wdMod < 0 {
			continue
		}
		if ro, _ := roleOf(k); ro == rSkip {
			continue
		}
		f := r.From.AddDate(0, 0, 1)
		for int(f.Weekday()) != it.wd {
			f = f.AddDate(0, 0, 1)
		}
		if f.Before(r.To) {
			r.To = f
		}
	}
}

// periodOf returns the first and last day a date stands for.
func periodOf(d marsad.Date) (start, end time.Time) {
	t := d.Time
	switch d.Precision {
	case marsad.PrecisionYear:
		start = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(1, 0, -1)
	case marsad.PrecisionMonth:
		start = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 1, -1)
	}
	return t, t
}

// docLines gives the lines of a cleaned document their roles.
func docLines(doc *marsad.Document, text string) []roleSpan {
	lines := make([]roleSpan, 0, len(doc.Body)+len(doc.Boilerplate)+2)
	n := len(text)
	if doc.TitleSpan.Len() > 0 && doc.TitleSpan.In(n) {
		lines = append(lines, roleSpan{doc.TitleSpan, rTitle})
	}
	if doc.DatelineSpan.Len() > 0 && doc.DatelineSpan.In(n) {
		lines = append(lines, roleSpan{doc.DatelineSpan, rDateline})
	}
	for _, l := range doc.Boilerplate {
		if !l.Span.In(n) {
			continue
		}
		r := rSkip
		switch l.Kind {
		case marsad.BoilerCaption, marsad.BoilerCredit, marsad.BoilerWidget:
			r = rCaption
		case marsad.BoilerHashtags:
			r = rBody
		}
		lines = append(lines, roleSpan{l.Span, r})
	}
	for i, l := range doc.Body {
		if !l.Span.In(n) {
			continue
		}
		r := rBody
		switch {
		case teaser(l.Text):
			r = rSkip
		case i < 2:
			r = rLead
		}
		lines = append(lines, roleSpan{l.Span, r})
	}
	return lines
}

// splitLines gives the lines of a raw text roles: the first is the title,
// the next five captions (see caption) or the lead, lines that announce
// another story are skipped.
func splitLines(text string) []roleSpan {
	var lines []roleSpan
	k := 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			r := rBody
			switch {
			case teaser(text[start:end]):
				r = rSkip
			case k == 0:
				r = rTitle
			case k <= 5 && caption(text[start:end]):
				r = rCaption
			case k <= 5:
				r = rLead
			}
			lines = append(lines, roleSpan{marsad.Span{Start: start, End: end}, r})
			k++
		}
		start = end + 1
	}
	return lines
}

// teaserPrefixes begin lines that announce another story (normalised).
var teaserPrefixes = []string{
	"شاهد ايضا", "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "طالع ايضا", "اقرا:", "شاهد:",
	"ذات صله", "قد يهمك", "قصص قد تهمك", "اخبار ذات صله", "للمزيد", "المزيد:", "يهمك ايضا", "طالع:",
	"read also", "see also",
}

// teaserPrefixBytes holds teaserPrefixes as byte slices.
var teaserPrefixBytes = func() [][]byte {
	bs := make([][]byte, len(teaserPrefixes))
	for i, p := range teaserPrefixes {
		bs[i] = []byte(p)
	}
	return bs
}()

// teaserBytes is the number of bytes of the normalised line that decide
// whether it begins with a teaser prefix: the longest prefix and more.
var teaserBytes = func() int {
	n := 0
	for _, p := range teaserPrefixes {
		n = max(n, len(p))
	}
	return n
}()

// teaser reports whether a line announces another story.
func teaser(line string) bool {
	var buf [64]byte
	b := buf[:0]
	for _, r := range strings.TrimSpace(line) {
		// Once the longest prefix is covered, the rest cannot matter.
		if len(b)+utf8.UTFMax > cap(b) || len(b) >= teaserBytes {
			break
		}
		if nr := normRune(r); nr >= 0 {
			b = utf8.AppendRune(b, nr)
		}
	}
	for _, p := range teaserPrefixBytes {
		if bytes.HasPrefix(b, p) {
			return true
		}
	}
	return false
}

// stamp reports whether the date at line[a:b] is a time stamp or a
// dateline: the rest of the line is short ("نشر في: 3 نوفمبر 2025"), the
// line opens with a stamp's words (stampOpeners), or the date opens the
// line within 60 bytes and a dash or colon follows it ("القاهرة في 3
// نوفمبر 2025 - ").
func stamp(line string, a, b int) bool {
	if len(line)-(b-a) <= 24 {
		return true
	}
	for _, w := range stampOpeners {
		if strings.HasPrefix(line, w) {
			return true // آخر تحديث: الجمعة 1 صفر 1437هـ - 13 نوفمبر 2015م
		}
	}
	rest := strings.TrimLeft(line[b:], " ")
	return a <= 60 && (strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "("))
}

// stampOpeners open a time stamp line, every date of which is the
// report's.
var stampOpeners = []string{"آخر تحديث", "تاريخ النشر", "نشر في", "نُشر في", "نشر بتاريخ", "تاريخ التحديث", "محدث", "تم النشر"}

// creditMarks are the agency and photo credits captions end with.
var creditMarks = []string{
	"via", "reuters", "afp", "getty", "epa", "رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "الأناضول",
	"أسوشيتد برس", "صورة", "تصوير", "©",
}

// caption reports whether a raw line looks like a photo caption: no
// sentence end, and a credit.
func caption(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || strings.HasSuffix(l, ".") || strings.HasSuffix(l, ":") || len(l) > 400 {
		return false
	}
	low := strings.ToLower(l)
	for _, m := range creditMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// archive reports a caption of an archive photo, whose date is not the
// story's.
func archive(line string) bool {
	return strings.Contains(line, "أرشيف") || strings.Contains(line, "ارشيف") || strings.Contains(strings.ToLower(line), "file photo")
}

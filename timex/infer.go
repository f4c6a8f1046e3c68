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
// --published flag are left alone).
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
// Otherwise the newest dated event the title, body and other non-teaser
// lines mention bounds a range (DateFromInferred): a past mention of a day E
// gives [E, E+7], its start moved to the first day from E that falls on a
// weekday the title or lead reports in the past tense ("يوم الخميس"), its
// end moved back to the first following day named in a future context
// ("سيتوجه ... الثلاثاء"); a year or month written explicitly ("عام 2024",
// "فبراير 2022") means publication from the next year or month on, for a
// year (news name the current period "هذا العام"); a month or year the text
// only implies (an anniversary of an event known to the month) gives that
// month or year. Future mentions ("المؤتمر المتوقع الشهر المقبل") cap the end
// of the range; with only future mentions the range is the year before the
// earliest. Relative words do not count, having no reference yet. With
// nothing dated, both stay empty.
func InferPublished(doc *marsad.Document) {
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
		itemLines[k] = roleSpan{role: rBody}
		for _, l := range lines {
			if l.Start <= items[k].Start && items[k].Start < l.End {
				itemLines[k] = l
				break
			}
		}
	}
	roleOf := func(k int) (role, marsad.Span) { return itemLines[k].role, itemLines[k].Span }

	// a. a full date in a caption, the dateline, the title, the lead.
	for _, want := range [...]role{rCaption, rDateline, rTitle, rLead} {
		var best marsad.Date
		for k := range items {
			it := &items[k]
			if !it.hasYear || it.Future || it.Date.Precision != marsad.PrecisionDay || (it.Kind != Absolute && it.Kind != Hijri) {
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
		hiSet        bool
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
		b, day, next := start, it.Date.Precision == marsad.PrecisionDay, false
		if !day && it.hasYear && (it.Kind == Absolute || it.Kind == Year || it.Kind == Hijri) {
			b, next = end.AddDate(0, 0, 1), true // the next month or year
		}
		if !hasLo || b.After(lo) || b.Equal(lo) && day {
			lo, loDay, hasLo, loPrec, loNext = b, day, true, it.Date.Precision, next
		}
	}
	var r marsad.DateRange
	switch {
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
// dateline: the rest of the line is short ("نشر في: 3 نوفمبر 2025"), or the
// date opens the line within 60 bytes and a dash or colon follows it
// ("القاهرة في 3 نوفمبر 2025 - ").
func stamp(line string, a, b int) bool {
	if len(line)-(b-a) <= 24 {
		return true
	}
	rest := strings.TrimLeft(line[b:], " ")
	return a <= 60 && (strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "("))
}

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

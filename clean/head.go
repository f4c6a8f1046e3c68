package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// Title shape: a headline is short and is not a sentence.
const (
	titleMaxWords = 20
	titleMaxBytes = 260
)

// Leading lines: a page may open with up to maxLead widget or label lines
// (a cookie banner and its button, a breadcrumb one part a line, a
// category) before its headline; a category is at most leadMaxWords words.
const (
	maxLead      = 6
	leadMaxWords = 3
)

// findTitle sets the title and returns its line, or -1 when no line of the
// text is the title.
func (st *state) findTitle(a *marsad.Article) int {
	if a.Title != "" {
		return st.findMetadataTitle(a.Title)
	}
	skipped := 0
	for i := range st.lines {
		l := &st.lines[i]
		if l.key == "" {
			continue
		}
		if l.kind != "" { // a widget or label above the headline
			if skipped++; skipped > maxLead {
				return -1
			}
			continue
		}
		if n := st.leadLabels(i, maxLead-skipped); n > 0 {
			// Category lines over a headline: mark them, the headline is next.
			for j, left := i, n; left > 0; j++ {
				if st.lines[j].key != "" {
					if st.lines[j].kind == "" {
						st.lines[j].kind = marsad.BoilerLabel
					}
					left--
				}
			}
			return st.findTitleAfterLabels(i)
		}
		if !st.titleLike(i) {
			return -1
		}
		st.takeTitle(i)
		return i
	}
	return -1
}

// findTitleAfterLabels takes the first line after the leading labels that
// begin at line i as the title: the labels vouch for it, so it only needs
// a headline's shape.
func (st *state) findTitleAfterLabels(i int) int {
	for j := i; j < len(st.lines); j++ {
		l := &st.lines[j]
		if l.key == "" || l.kind != "" {
			continue
		}
		if !st.headlineShape(j) {
			return -1
		}
		st.takeTitle(j)
		return j
	}
	return -1
}

// leadLabels returns how many lines from line i (not counting blank ones)
// are category or section labels above the headline, or 0: a run of at
// most max lines of one to three words, without digits or sentence
// punctuation, each unclassified or a known label or widget, that ends in
// a line with a headline's shape at least three words longer than the
// longest of them. When a line of two or three words is set apart by a
// blank line, it may be a short headline: the longer line then counts as
// the headline only when a widget, caption, byline or dateline follows it.
func (st *state) leadLabels(i, max int) int {
	n, longest, apart := 0, 0, false
	for j := i; j < len(st.lines); j++ {
		l := &st.lines[j]
		if l.key == "" {
			continue
		}
		if l.kind == "" && l.words >= 1 && l.words <= leadMaxWords && !hasDigit(l.key) && !endsSentence(l.key, true) && !st.isDateline(j) && !st.isByline(j) {
			if l.words >= 2 && j+1 < len(st.lines) && st.lines[j+1].key == "" {
				apart = true // perhaps a short headline set apart by a blank line
			}
			if n++; n > max {
				return 0
			}
			longest = max2(longest, l.words)
			continue
		}
		if l.kind != "" && l.kind != marsad.BoilerCaption && l.kind != marsad.BoilerCredit {
			if n++; n > max {
				return 0
			}
			continue
		}
		if n > 0 && l.kind == "" && l.words >= longest+3 && st.headlineShape(j) {
			if apart {
				if k := st.nextLine(j); k < 0 || !st.headerMark(k) {
					return 0
				}
			}
			return n
		}
		return 0
	}
	return 0
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// takeTitle makes line i the title.
func (st *state) takeTitle(i int) {
	l := &st.lines[i]
	l.role, l.kind = roleTitle, ""
	st.title = st.textOf(i)
	st.titleSpan = marsad.Span{Start: l.start, End: l.end}
}

// findMetadataTitle looks for the metadata title among the first lines.
func (st *state) findMetadataTitle(title string) int {
	tk := key(title)
	seen := 0
	for i := range st.lines {
		l := &st.lines[i]
		if l.key == "" {
			continue
		}
		if l.key == tk || siteSuffixed(tk, l.key) || siteSuffixed(l.key, tk) {
			st.takeTitle(i)
			return i
		}
		if seen++; seen == 8 {
			break
		}
	}
	st.title = title
	if j := strings.Index(st.text, title); j >= 0 {
		st.titleSpan = marsad.Span{Start: j, End: j + len(title)}
	}
	return -1
}

// siteSuffixed reports whether long is short followed by a site name after
// a bar or dash ("headline | Site").
func siteSuffixed(long, short string) bool {
	if len(short) < 8 || !strings.HasPrefix(long, short) {
		return false
	}
	rest := strings.TrimLeft(long[len(short):], " ")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("|-–—:", r) && countWords(rest) <= 5
}

// headlineShape reports whether line i has a headline's shape: two to
// twenty words, at most titleMaxBytes, no final sentence punctuation, not
// a dateline.
func (st *state) headlineShape(i int) bool {
	l := &st.lines[i]
	if l.words < 2 || l.words > titleMaxWords || l.end-l.start > titleMaxBytes || endsSentence(l.key, false) {
		return false
	}
	_, ok := datelineLine(st.textOf(i))
	return !ok
}

// titleLike reports whether line i reads as a headline: short, not ending
// in sentence punctuation, and followed by a blank line, a dateline, a
// widget or caption, a byline, a clearly longer paragraph, or a deck (a
// summary line that is not a sentence, itself followed by one of these).
func (st *state) titleLike(i int) bool {
	if !st.headlineShape(i) {
		return false
	}
	l := &st.lines[i]
	if i+1 < len(st.lines) && st.lines[i+1].key == "" {
		return true
	}
	for j := i + 1; j < len(st.lines); j++ {
		n := &st.lines[j]
		if n.key == "" {
			continue
		}
		if st.headerMark(j) {
			return true
		}
		if n.words >= 12 && 2*(n.end-n.start) >= 3*(l.end-l.start) {
			return true
		}
		// A deck: five to forty words, no final punctuation, then a mark.
		if n.words < 5 || n.words > 40 || endsSentence(n.key, true) {
			return false
		}
		if j+1 < len(st.lines) && st.lines[j+1].key == "" {
			return true
		}
		k := st.nextLine(j)
		return k >= 0 && (st.headerMark(k) || st.lines[k].words >= 12 && endsSentence(st.lines[k].key, true))
	}
	return false
}

// headerMark reports whether line j is what follows a headline on a page:
// a classified line (widget, caption, label...), a byline or a dateline.
func (st *state) headerMark(j int) bool {
	if st.lines[j].kind != "" || st.isByline(j) {
		return true
	}
	_, ok := datelineLine(st.textOf(j))
	return ok
}

// findDateline looks for the dateline in the first lines after the title:
// a line of its own, or the start of the first paragraph.
func (st *state) findDateline(after int) {
	tries := 0
	for i := after + 1; i < len(st.lines) && tries < 3; i++ {
		l := &st.lines[i]
		if l.role != roleBody {
			continue
		}
		switch l.kind {
		case "", marsad.BoilerCredit, marsad.BoilerCaption:
		default:
			continue
		}
		if l.kind == "" && st.isByline(i) {
			continue
		}
		tries++
		t := st.textOf(i)
		if n, ok := datelineLine(t); ok {
			st.dateline = marsad.Span{Start: l.start, End: l.start + n}
			l.role, l.kind = roleDateline, ""
			st.datelineLine = i
			return
		}
		if l.kind != "" {
			continue
		}
		if l.para {
			if end, body := datelinePrefix(t); end > 0 {
				st.dateline = marsad.Span{Start: l.start, End: l.start + end}
				st.bodyStart[i] = l.start + body
				st.datelineLine = i
				if body >= len(t) {
					l.role = roleDateline
				}
				return
			}
			if endsSentence(l.key, true) || i != st.nextLine(after) {
				return
			}
			// A deck under the headline: the dateline may follow it.
		}
	}
}

// tokKind is the class of a dateline token.
type tokKind uint8

const (
	tWord tokKind = iota
	tDash
	tOpen
	tClose
	tColon
	tSlash
	tGOpen  // «
	tGClose // »
	tQuote  // " “ ”
	tComma
	tPunct
)

type dtok struct {
	start, end int
	kind       tokKind
}

// datelineTokens splits the first part of s into dateline tokens.
func datelineTokens(s string, dst []dtok) []dtok {
	ws := -1
	flush := func(i int) {
		if ws >= 0 {
			dst = append(dst, dtok{ws, i, tWord})
			ws = -1
		}
	}
	for i, r := range s {
		if len(dst) >= cap(dst)-1 {
			break
		}
		k := tWord
		switch r {
		case '-', '–', '—', '−', '‐', '‒':
			k = tDash
		case 'ـ':
			prevSpace := i == 0 || s[i-1] == ' '
			nextSpace := i+len("ـ") >= len(s) || s[i+len("ـ")] == ' '
			if ws < 0 && (prevSpace || nextSpace) {
				k = tDash
			}
		case '(', '[':
			k = tOpen
		case ')', ']':
			k = tClose
		case ':':
			k = tColon
		case '/':
			k = tSlash
		case '«':
			k = tGOpen
		case '»':
			k = tGClose
		case '"', '“', '”', '„':
			k = tQuote
		case ',', '،':
			k = tComma
		case '.':
			if ws < 0 || i+1 >= len(s) || s[i+1] == ' ' {
				k = tPunct // inside a word it joins letters: أ.ف.ب
			}
		case '!', '?', '؟', '؛', ';':
			k = tPunct
		}
		if unicode.IsSpace(r) {
			flush(i)
			continue
		}
		if k == tWord {
			if ws < 0 {
				ws = i
			}
			continue
		}
		flush(i)
		dst = append(dst, dtok{i, i + utf8.RuneLen(r), k})
	}
	if len(dst) < cap(dst)-1 {
		flush(len(s))
	}
	return dst
}

// agencyAt returns how many word tokens from toks[i] name a news agency
// (the longest match), or 0.
func agencyAt(s string, toks []dtok, i int) int {
	best := 0
	var buf, scratch [128]byte
	cand := buf[:0]
	scr := scratch[:0]
	for n := 1; n <= 4 && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if t.kind != tWord {
			break
		}
		if n > 1 {
			cand = append(cand, ' ')
		}
		m := len(cand)
		cand, scr = appendKey(cand, scr, s[t.start:t.end])
		j := m
		for _, c := range cand[m:] { // dots are dropped: أ.ف.ب is افب
			if c != '.' {
				cand[j] = c
				j++
			}
		}
		cand = cand[:j]
		if agencySet[string(cand)] {
			best = n
		}
	}
	return best
}

// agencySet holds the agencies, also written without their spaces.
var agencySet = func() map[string]bool {
	m := make(map[string]bool, 2*len(agencies))
	for _, a := range agencies {
		m[a] = true
		m[strings.ReplaceAll(a, " ", "")] = true
	}
	return m
}()

// placeWords counts the word tokens that open toks and could name a place
// (no function words, at most three).
func placeWords(s string, toks []dtok) int {
	n := 0
	for n < len(toks) && toks[n].kind == tWord {
		w := key(s[toks[n].start:toks[n].end])
		if stopWords[w] || isNumber(w) || (n == 0 && strings.HasPrefix(w, "و") && stopWords[strings.TrimPrefix(w, "و")]) {
			return 0
		}
		n++
		if n > 3 {
			return 0
		}
	}
	return n
}

// matchDateline matches a dateline at the start of s and returns the end of
// its match, the start of the text after it and whether the shape alone
// (no agency, no quoted source) carried it.
func matchDateline(s string) (end, next int, shapeOnly, ok bool) {
	var buf [24]dtok
	toks := datelineTokens(s, buf[:0])
	if len(toks) == 0 {
		return 0, 0, false, false
	}
	sep := func(j int) int { // a trailing separator after token j-1
		if j < len(toks) && (toks[j].kind == tDash || toks[j].kind == tColon) {
			return j + 1
		}
		return j
	}
	finish := func(j int, shape bool) (int, int, bool, bool) {
		e := toks[j-1].end
		n := e
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if !unicode.IsSpace(r) && !strings.ContainsRune("-–—−:ـ", r) {
				break
			}
			n += size
		}
		return e, n, shape, true
	}
	// "(رويترز) - ..." with no place.
	if toks[0].kind == tOpen {
		if n := agencyAt(s, toks, 1); n > 0 && 1+n < len(toks) && toks[1+n].kind == tClose {
			return finish(sep(2+n), false)
		}
		return 0, 0, false, false
	}
	// An agency alone ("رويترز", "أ ف ب -").
	if n := agencyAt(s, toks, 0); n > 0 && (n == len(toks) || toks[n].kind == tDash || toks[n].kind == tColon) {
		return finish(sep(n), false)
	}
	if j, ok := datedSlashAgency(s, toks); ok {
		return finish(j, false)
	}
	p := placeWords(s, toks)
	if p == 0 || p >= len(toks) {
		return 0, 0, false, false
	}
	switch toks[p].kind {
	case tSlash:
		// "رام الله/ الأناضول", "رام الله/ فلان الفلاني/ الأناضول": a place,
		// perhaps a reporter's name of up to four words, and an agency,
		// split by slashes.
		q := p + 1
		if n := agencyAt(s, toks, q); n > 0 && (q+n == len(toks) || toks[q+n].kind == tDash || toks[q+n].kind == tColon || toks[q+n].kind == tSlash || toks[q+n].kind == tWord && p <= 2) {
			// (or the paragraph goes on after the agency: "إسلام آباد/
			// الأناضول انتخبت الجمعية ...")
			return finish(sepSlash(toks, q+n), false)
		}
		c := q
		for c < len(toks) && toks[c].kind == tWord {
			c++
		}
		if c > q && c-q <= 4 && c < len(toks) && toks[c].kind == tSlash {
			if n := agencyAt(s, toks, c+1); n > 0 && (c+1+n == len(toks) || toks[c+1+n].kind == tDash || toks[c+1+n].kind == tColon || toks[c+1+n].kind == tSlash) {
				return finish(sepSlash(toks, c+1+n), false)
			}
		}
		return 0, 0, false, false
	case tOpen:
		c := p + 1
		for c < len(toks) && c <= p+5 && toks[c].kind == tWord {
			c++
		}
		if c >= len(toks) || toks[c].kind != tClose || c == p+1 {
			return 0, 0, false, false
		}
		if n := agencyAt(s, toks, p+1); n == c-p-1 {
			return finish(sep(c+1), false)
		}
		// "الخور (قطر) (أ ف ب) -": the place's country, then the agency.
		if q := c + 1; q+1 < len(toks) && toks[q].kind == tOpen && c-p-1 <= 2 {
			if n := agencyAt(s, toks, q+1); n > 0 && q+1+n < len(toks) && toks[q+1+n].kind == tClose {
				return finish(sep(q+2+n), false)
			}
		}
		if j := sep(c + 1); j > c+1 && p <= 2 && c-p-1 <= 3 {
			return finish(j, false)
		}
	case tDash:
		q := p + 1
		for q < len(toks) && toks[q].kind == tDash {
			q++ // "لاباز ــ العربي الجديد:", a dash drawn with two tatweels
		}
		if q >= len(toks) {
			return 0, 0, false, false
		}
		if toks[q].kind == tOpen { // "بلغراد - (أ ف ب)"
			if n := agencyAt(s, toks, q+1); n > 0 && q+1+n < len(toks) && toks[q+1+n].kind == tClose {
				return finish(sep(q+2+n), false)
			}
			return 0, 0, false, false
		}
		if toks[q].kind == tGOpen || toks[q].kind == tQuote {
			c := q + 1
			for c < len(toks) && c <= q+5 && toks[c].kind == tWord {
				c++
			}
			if c < len(toks) && c > q+1 && (toks[c].kind == tGClose || toks[c].kind == tQuote) {
				return finish(sep(c+1), false)
			}
			return 0, 0, false, false
		}
		if n := agencyAt(s, toks, q); n > 0 {
			return finish(sep(q+n), false)
		}
		// "غزة - خاص", "الدمام - صحيفة الساحل الشرقي": a place and a short
		// source (an outlet's name), alone on a line.
		c := q
		for c < len(toks) && toks[c].kind == tWord {
			c++
		}
		if j, ok := sourceColon(s, toks, q, c); ok && p <= 2 && !slices.Contains(bylineOpeners, key(s[toks[0].start:toks[0].end])) {
			return finish(j, false) // (the colon closes it: no line of its own needed)
		}
		if c == len(toks) && c-q <= 3 && c > q && p <= 2 {
			return finish(c, true)
		}
	}
	return 0, 0, false, false
}

// datedSlashAgency matches the datelines of the Gulf agencies: a place,
// في, the day and the month (perhaps the year), and the agency between
// slashes ("الدوحة في 28 أبريل /قنا/", "أبوظبي في 3 مارس / وام /"). It
// returns the index after the closing slash.
func datedSlashAgency(s string, toks []dtok) (int, bool) {
	f := 0 // the token في
	for f < len(toks) && f < 4 && toks[f].kind == tWord && key(s[toks[f].start:toks[f].end]) != "في" {
		if stopWords[key(s[toks[f].start:toks[f].end])] {
			return 0, false
		}
		f++
	}
	if f == 0 || f >= 4 || f+3 >= len(toks) || toks[f].kind != tWord || key(s[toks[f].start:toks[f].end]) != "في" {
		return 0, false
	}
	word := func(j int) string { return key(s[toks[j].start:toks[j].end]) }
	d := f + 1
	if toks[d].kind != tWord || !isNumber(word(d)) || toks[d+1].kind != tWord || !monthWords[word(d+1)] {
		return 0, false
	}
	q := d + 2
	if q < len(toks) && toks[q].kind == tWord && isNumber(word(q)) {
		q++ // the year
	}
	if q >= len(toks) || toks[q].kind != tSlash {
		return 0, false
	}
	n := agencyAt(s, toks, q+1)
	if n == 0 || q+1+n >= len(toks) || toks[q+1+n].kind != tSlash {
		return 0, false
	}
	return q + 2 + n, true
}

// sourceColon matches, after a place and its dash, a short source closed
// by a colon ("كاراكاس - الميادين نت:", "رانغون - العربية.نت، وكالات:"):
// the words toks[q:c] (one to three, none a function word), perhaps a
// comma and one or two words more, then the colon. It returns the index
// after the colon.
func sourceColon(s string, toks []dtok, q, c int) (int, bool) {
	words := func(a, b int) bool {
		for _, t := range toks[a:b] {
			if stopWords[key(s[t.start:t.end])] {
				return false
			}
		}
		return true
	}
	if c == q || c-q > 3 || c >= len(toks) || !words(q, c) {
		return 0, false
	}
	if toks[c].kind == tComma {
		d := c + 1
		for d < len(toks) && toks[d].kind == tWord {
			d++
		}
		if d == c+1 || d-c-1 > 2 || !words(c+1, d) {
			return 0, false
		}
		c = d
	}
	if c < len(toks) && toks[c].kind == tColon {
		return c + 1, true
	}
	return 0, false
}

// sepSlash returns j, or j+1 when token j is a dash, a colon or a slash
// that ends a dateline.
func sepSlash(toks []dtok, j int) int {
	if j < len(toks) && (toks[j].kind == tDash || toks[j].kind == tColon || toks[j].kind == tSlash) {
		return j + 1
	}
	return j
}

// datelineLine reports whether the line t is a dateline of its own (at most
// five words, seven when slashes split it), and the length of the dateline
// in it.
func datelineLine(t string) (int, bool) {
	if n := countWords(t); len(t) > 120 || n > 7 || n > 5 && strings.IndexByte(t, '/') < 0 {
		return 0, false
	}
	end, next, _, ok := matchDateline(t)
	if !ok || strings.TrimSpace(t[next:]) != "" {
		return 0, false
	}
	return end, true
}

// datelinePrefix finds a dateline opening the paragraph t ("القاهرة
// (رويترز) - ..."); it returns the dateline's end and where the paragraph's
// own text starts, or 0, 0.
func datelinePrefix(t string) (end, body int) {
	end, next, shape, ok := matchDateline(t)
	if !ok || shape || next >= len(t) {
		return 0, 0
	}
	return end, next
}

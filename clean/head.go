package clean

import (
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
			if skipped++; skipped > 3 {
				return -1
			}
			continue
		}
		if !st.titleLike(i) {
			return -1
		}
		st.takeTitle(i)
		return i
	}
	return -1
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

// titleLike reports whether line i reads as a headline: short, not ending
// in sentence punctuation, and followed by a blank line, a dateline, a
// widget or caption, or a clearly longer paragraph.
func (st *state) titleLike(i int) bool {
	l := &st.lines[i]
	if l.words < 2 || l.words > titleMaxWords || l.end-l.start > titleMaxBytes || endsSentence(l.key, false) {
		return false
	}
	if _, ok := datelineLine(st.textOf(i)); ok {
		return false
	}
	if i+1 < len(st.lines) && st.lines[i+1].key == "" {
		return true
	}
	for j := i + 1; j < len(st.lines); j++ {
		n := &st.lines[j]
		if n.key == "" {
			continue
		}
		if n.kind != "" || st.isByline(j) {
			return true
		}
		t := st.textOf(j)
		if _, ok := datelineLine(t); ok {
			return true
		}
		return n.words >= 12 && 2*(n.end-n.start) >= 3*(l.end-l.start)
	}
	return false
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
			}
			return
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
	p := placeWords(s, toks)
	if p == 0 || p >= len(toks) {
		return 0, 0, false, false
	}
	switch toks[p].kind {
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
		if j := sep(c + 1); j > c+1 && p <= 2 && c-p-1 <= 3 {
			return finish(j, false)
		}
	case tDash:
		q := p + 1
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
		if c == len(toks) && c-q <= 3 && c > q && p <= 2 {
			return finish(c, true)
		}
	}
	return 0, 0, false, false
}

// datelineLine reports whether the line t is a dateline of its own (at most
// five words), and the length of the dateline in it.
func datelineLine(t string) (int, bool) {
	if len(t) > 120 || countWords(t) > 5 {
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

package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// The lexical-overlap statistic of trailing paragraphs: the share of a
// paragraph's content words that also occur in the title or in the body
// before it. The thresholds were chosen on the test articles under
// testdata/ and the seeds: an article's own closing paragraphs share 7% to
// 50% of their content words with it (the lowest in short agency reports),
// blurbs of other stories 0% to 5%. A paragraph that opens with the
// conjunction و on a verb ("وقال", "وكانت") continues the story and is
// never judged by the high threshold: after a related-stories label it is
// a blurb only below the low one, and elsewhere never.
const (
	// overlapLow is the share below which a trailing paragraph is another
	// story's blurb.
	overlapLow = 0.06
	// overlapHigh is the share below which a paragraph that follows a
	// related-stories label ("الأكثر قراءة") is another story's blurb.
	overlapHigh = 0.3
	// minContent is the fewest content words a paragraph needs to be judged.
	minContent = 6
	// maxCandidates bounds the trailing paragraphs judged.
	maxCandidates = 8
)

const titleBit = uint64(1) << 63

// stem strips the article and the clitic conjunctions and prepositions that
// precede it, so الصين, والصين and بالصين share a key, and a few plural
// and adjective endings. Arabic letters take two bytes: the lengths are in
// bytes, and letters are compared as byte pairs.
func stem(w string) string {
	if len(w) < 6 || w[0] < 0xD8 || w[0] > 0xD9 {
		return w
	}
	c0, c1, c2 := pair(w, 0), pair(w, 2), pair(w, 4)
	switch {
	case len(w) >= 12 && c1 == lAlef && c2 == lLam && (c0 == lWaw || c0 == lBeh || c0 == lFeh || c0 == lKaf):
		return w[6:] // وال بال فال كال
	case len(w) >= 10 && c1 == lLam && (c0 == lLam || c0 == lAlef):
		return w[4:] // لل ال
	}
	if len(w) >= 10 && c0 == lWaw {
		w = w[2:]
	}
	n := len(w)
	e1, e2, e3 := pair(w, n-2), pair(w, n-4), pair(w, n-6)
	switch {
	case n >= 12 && e3 == lYeh && e1 == lNoon && (e2 == lYeh || e2 == lWaw):
		return w[:n-6] // يين يون
	case n >= 10 && (e2 == lYeh && e1 == lHeh || e2 == lAlef && e1 == lTeh ||
		e1 == lNoon && (e2 == lWaw || e2 == lYeh || e2 == lAlef)):
		return w[:n-4] // يه ات ون ين ان
	case n >= 8 && (e1 == lYeh || e1 == lHeh):
		return w[:n-2] // ي ه
	}
	return w
}

// pair returns the two bytes of w at i as one number (0 out of range).
func pair(w string, i int) uint16 {
	if i < 0 || i+1 >= len(w) {
		return 0
	}
	return uint16(w[i])<<8 | uint16(w[i+1])
}

// The letters stem compares, as byte pairs.
var (
	lAlef, lLam, lWaw, lBeh = pair("ا", 0), pair("ل", 0), pair("و", 0), pair("ب", 0)
	lFeh, lKaf, lYeh, lNoon = pair("ف", 0), pair("ك", 0), pair("ي", 0), pair("ن", 0)
	lHeh, lTeh              = pair("ه", 0), pair("ت", 0)
)

// wNouns are common nouns that begin with و, so that a paragraph they open
// is not taken for a continuation ("وقال", "وأضاف").
var wNouns = keySet("وزير", "وزيرة", "وزارة", "وزراء", "وكالة", "وكالات", "وفد", "وفود", "وسائل", "واشنطن",
	"وادي", "ولاية", "ولايات", "وحدة", "وحدات", "وضع", "وقف", "وثيقة", "وسط", "ورقة", "وظائف", "ولي", "وطني",
	"وطنية", "وباء", "ودائع", "وارسو", "ويلز", "وهران", "والي", "وكيل")

// continues reports whether a paragraph opens with the conjunction و on a
// verb or particle ("وقال", "وكانت", "والتقى"): it goes on with the story
// before it, as another story's blurb never does.
func continues(k string) bool {
	for w := range wordsOf(k) {
		return strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) >= 3 && !wNouns[w]
	}
	return false
}

// appendContent appends to dst the hashes of the stemmed content words of
// the key k, whose words are ws.
func appendContent(dst []uint64, k string, ws []word) []uint64 {
	for _, w := range ws {
		if stopSet.has(w.h) {
			continue
		}
		t := k[w.s:w.e]
		if isNumber(t) {
			continue
		}
		s, h := stem(t), w.h
		if len(s) != len(t) {
			if h = wordHash(s); stopSet.has(h) {
				continue
			}
		}
		if len(s) < 12 && runeCount(s) < 3 {
			continue
		}
		dst = append(dst, h)
	}
	return dst
}

// runeCount counts the runes of a valid UTF-8 string: its bytes that are
// not continuation bytes.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// contentOf returns the content-word hashes of line i, computing them once.
func (st *state) contentOf(i int) []uint64 {
	l := &st.lines[i]
	if !l.content {
		l.c0 = len(st.content)
		st.content = appendContent(st.content, l.key, st.words[l.w0:l.w1])
		l.c1 = len(st.content)
		l.content = true
	}
	return st.content[l.c0:l.c1]
}

// titleContent returns the content-word hashes of the title.
func (st *state) titleContent() []uint64 {
	if st.titleSpan.End <= st.titleSpan.Start {
		return nil
	}
	if st.titleLine >= 0 {
		return st.contentOf(st.titleLine)
	}
	v := viewOf(key(st.title))
	return appendContent(nil, v.k, v.ws)
}

// bodyBits gives each body line a bit: the last 62 lines one each, the
// earlier ones bit 62 together.
type bodyBits struct{ base int }

func (b bodyBits) of(j int) uint64 {
	if j < b.base {
		return 1 << 62
	}
	return 1 << (j - b.base)
}

// wordTable maps word hashes to the bits of the lines they occur in, by
// open addressing; it is reused from call to call.
type wordTable struct {
	slots []wordSlot
	mask  uint64
}

type wordSlot struct{ h, bits uint64 }

// reset empties the table and sizes it for n words.
func (t *wordTable) reset(n int) {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]wordSlot, size)
	}
	t.mask = uint64(size - 1)
}

func (t *wordTable) add(h, bits uint64) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == h || s.h == 0 {
			s.h = h
			s.bits |= bits
			return
		}
	}
}

func (t *wordTable) get(h uint64) uint64 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == h {
			return s.bits
		}
		if s.h == 0 {
			return 0
		}
	}
}

// buildWords fills st.table with the lines each content word occurs in.
func (st *state) buildWords(title []uint64, body []int, bits bodyBits) {
	n := len(title)
	for _, i := range body {
		n += len(st.contentOf(i))
	}
	st.table.reset(n)
	for _, h := range title {
		st.table.add(h, titleBit)
	}
	for j, i := range body {
		b := bits.of(j)
		for _, h := range st.contentOf(i) {
			st.table.add(h, b)
		}
	}
}

// share counts the content words of line i found in the allowed lines.
func (st *state) share(i int, allowed uint64) (shared, total int) {
	for _, h := range st.contentOf(i) {
		total++
		if st.table.get(h)&allowed != 0 {
			shared++
		}
	}
	return shared, total
}

// markTail marks appended blurbs of unrelated stories, then the labels and
// teaser headlines that follow the article's last paragraph.
func (st *state) markTail() {
	var bodyBuf [128]int
	body := bodyBuf[:0]
	paras := 0
	for i := range st.lines {
		if st.lines[i].role == roleBody {
			body = append(body, i)
			if st.lines[i].para {
				paras++
			}
		}
	}
	if paras == 0 {
		return
	}
	bits := bodyBits{base: max(0, len(body)-62)}
	built := false
	build := func() {
		if !built {
			st.buildWords(st.titleContent(), body, bits)
			built = true
		}
	}
	core := titleBit // the lines trailing lines are compared with
	if paras >= 3 {
		build()
		core = st.markUnrelated(body, paras, bits)
	}
	last := -1
	for _, i := range body {
		if st.lines[i].role == roleBody && st.lines[i].para {
			last = i
		}
	}
	if last < 0 {
		return
	}
	boiler := false
	for i := last + 1; i < len(st.lines); i++ {
		l := &st.lines[i]
		switch {
		case l.role == roleBoiler:
			boiler = true
		case l.role != roleBody:
		case l.words <= 4 && !endsSentence(l.key, true):
			k := marsad.BoilerLabel
			if parenthesised(l.key) {
				k = marsad.BoilerCredit // a wire copy's source: "(وكالة الأنباء)"
			}
			st.setBoiler(i, k)
			boiler = true
		case l.words <= 25 && !endsSentence(l.key, true):
			if !boiler {
				build()
				if core == titleBit {
					core = ^uint64(0)
				}
				own := uint64(0)
				for j, b := range body {
					if b == i {
						own = bits.of(j)
					}
				}
				shared, total := st.share(i, core&^own)
				if total < 3 || float64(shared) >= overlapLow*float64(total) {
					continue
				}
			}
			st.setBoiler(i, marsad.BoilerTeaser)
			boiler = true
		}
	}
}

// markUnrelated judges the trailing paragraphs by their overlap with the
// title and the body before them, marks the blurbs of other stories, and
// returns the bits of the lines the article keeps.
func (st *state) markUnrelated(body []int, paras int, bits bodyBits) uint64 {
	nc := min(paras/2, maxCandidates)
	// Positions in body of the candidate paragraphs.
	var candBuf [maxCandidates]int
	cands := candBuf[:0]
	for j := len(body) - 1; j >= 0 && len(cands) < nc; j-- {
		if st.lines[body[j]].para {
			if j < bits.base || j < 2 {
				break
			}
			cands = append(cands, j)
		}
	}
	if len(cands) == 0 {
		return titleBit
	}
	// cands is in reverse order.
	first := cands[len(cands)-1]
	allowed := titleBit
	prevLine := -1
	for j := 0; j < first; j++ {
		allowed |= bits.of(j)
		if st.lines[body[j]].para {
			prevLine = body[j]
		}
	}
	var tentBuf [maxCandidates]int
	tent := tentBuf[:0]
	for c := len(cands) - 1; c >= 0; c-- {
		j := cands[c]
		i := body[j]
		thr, label := overlapLow, false
		for k := prevLine + 1; k < i; k++ {
			if l := &st.lines[k]; l.role == roleBoiler && (l.kind == marsad.BoilerLabel || l.kind == marsad.BoilerTeaser) && relatedLabels[trimPunct(l.key)] {
				thr, label = overlapHigh, true
				break
			}
		}
		// A continuation ("وأشار إلى ...") is the story's; after a label it
		// goes only when it shares almost nothing with the story (verbs
		// such as وافق open blurbs too).
		cont := continues(st.lines[i].key)
		if cont {
			thr = overlapLow
		}
		shared, total := st.share(i, allowed)
		if total >= minContent && float64(shared) < thr*float64(total) && (!cont || label) {
			tent = append(tent, i)
			continue
		}
		allowed |= bits.of(j)
		tent = tent[:0]
		prevLine = i
	}
	for _, i := range tent {
		st.setBoiler(i, marsad.BoilerUnrelated)
	}
	return allowed
}

// parenthesised reports whether the key is one name in parentheses:
// "(وكالة الأنباء)", with words and no digits.
func parenthesised(k string) bool {
	if len(k) < 3 || k[0] != '(' || k[len(k)-1] != ')' {
		return false
	}
	in := k[1 : len(k)-1]
	return strings.IndexAny(in, "()") < 0 && !hasDigit(in) && countWords(in) > 0
}

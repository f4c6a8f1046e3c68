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
// never judged by the low threshold.
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
// precede it, so الصين, والصين and بالصين share a key.
func stem(w string) string {
	// Arabic letters take two bytes: the lengths below are in bytes.
	if len(w) < 6 || w[0] < 0xD8 || w[0] > 0xD9 {
		return w
	}
	for _, p := range [...]string{"وال", "بال", "فال", "كال", "لل", "ال"} {
		if len(w) >= len(p)+6 && strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	if len(w) >= 10 && strings.HasPrefix(w, "و") {
		w = w[len("و"):]
	}
	for _, s := range [...]string{"يين", "يون", "يه", "ات", "ون", "ين", "ان", "ي", "ه"} {
		if len(w) >= len(s)+6 && strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

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

// contentWords yields the stemmed content words of a key.
func contentWords(k string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for w := range wordsOf(k) {
			if stopWords[w] || isNumber(w) {
				continue
			}
			s := stem(w)
			if len(s) < 3 || utf8.RuneCountInString(s) < 3 || stopWords[s] {
				continue
			}
			if !yield(s) {
				return
			}
		}
	}
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

func (t *wordTable) add(w string, bits uint64) {
	h := hashKey(w) | 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == h || s.h == 0 {
			s.h = h
			s.bits |= bits
			return
		}
	}
}

func (t *wordTable) get(w string) uint64 {
	h := hashKey(w) | 1
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

// buildWords fills st.words with the lines each content word occurs in.
func (st *state) buildWords(titleKey string, body []int, bits bodyBits) {
	n := countWords(titleKey)
	for _, i := range body {
		n += st.lines[i].words
	}
	st.words.reset(n)
	for w := range contentWords(titleKey) {
		st.words.add(w, titleBit)
	}
	for j, i := range body {
		b := bits.of(j)
		for w := range contentWords(st.lines[i].key) {
			st.words.add(w, b)
		}
	}
}

// share counts the content words of line i found in the allowed lines.
func (st *state) share(i int, allowed uint64) (shared, total int) {
	for w := range contentWords(st.lines[i].key) {
		total++
		if st.words.get(w)&allowed != 0 {
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
	titleKey := ""
	if st.titleSpan.End > st.titleSpan.Start {
		titleKey = key(st.title)
	}
	built := false
	build := func() {
		if !built {
			st.buildWords(titleKey, body, bits)
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
			st.setBoiler(i, marsad.BoilerLabel)
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
		thr := overlapLow
		for k := prevLine + 1; k < i; k++ {
			if l := &st.lines[k]; l.role == roleBoiler && (l.kind == marsad.BoilerLabel || l.kind == marsad.BoilerTeaser) && relatedLabels[trimPunct(l.key)] {
				thr = overlapHigh
				break
			}
		}
		shared, total := st.share(i, allowed)
		if total >= minContent && float64(shared) < thr*float64(total) && (thr > overlapLow || !continues(st.lines[i].key)) {
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

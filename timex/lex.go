package timex

import (
	"strings"
	"unsafe"
)

// hit is the answer of one look-up (see look): the value, whether the
// article was taken off to find it, and whether it was found.
type hit struct {
	v      int
	al, ok bool
}

func hitOf[V any](m map[string]V, w string, val func(V) int) hit {
	v, al, ok := look(m, w)
	if !ok {
		return hit{}
	}
	return hit{v: val(v), al: al, ok: true}
}

// lexInfo holds everything the patterns ask about one normalised word,
// computed once when the table is built: the answer of every look-up of
// the word lists (see look), its cores, and its reading as a modifier.
// The tokenizer attaches it to each word token it finds in lexTable, so
// that the patterns compare fields instead of stripping proclitics and
// looking the word up again at each try.
type lexInfo struct {
	word    string // the normalised word
	hash    uint64
	lexicon bool // it can begin an expression (inLexicon)

	core  string // core(word)
	core0 string // core0(word)

	greg, hijri, ord, card, tens, period, dayPart, weekday hit
	amb, yearNoun, futureCue                               bool // futureCue: found and true
	twoGreg, twoHijri                                      map[string]int
	twoGregAl, twoHijriAl                                  bool // as hit.al, for the two-word maps
	unit                                                   unit
	unitOK                                                 bool

	mod   int // modAt: -1, +1, 0
	modOK bool

	// relC, relAl and relPeriod are what relative computes from the
	// word: its core (or core0 for a function word), whether the article
	// was taken off, and periods[relC].
	relC      string
	relAl     bool
	relPeriod hit

	term byte // the class of the word in termWords, 0 when none
}

// found reports whether some look-up of the word succeeds, so that the
// word must be kept in the table.
func (x *lexInfo) found() bool {
	return x.lexicon || x.greg.ok || x.hijri.ok || x.ord.ok || x.card.ok || x.tens.ok || x.period.ok ||
		x.dayPart.ok || x.weekday.ok || x.amb || x.yearNoun || x.futureCue || x.twoGreg != nil ||
		x.twoHijri != nil || x.unitOK || x.modOK || x.term != 0
}

func newLexInfo(w string) *lexInfo {
	id := func(v int) int { return v }
	x := &lexInfo{word: w, hash: hashWord(w), lexicon: slowInLexicon(w), core: core(w), core0: core0(w)}
	x.greg = hitOf(gregMonths, w, id)
	x.hijri = hitOf(hijriMonths, w, id)
	x.ord = hitOf(ordUnits, w, id)
	x.card = hitOf(cardUnits, w, id)
	x.tens = hitOf(tens, w, id)
	x.period = hitOf(periods, w, func(b byte) int { return int(b) })
	x.dayPart = hitOf(dayParts, w, func(bool) int { return 0 })
	x.weekday = hitOf(weekdays, w, id)
	_, _, x.amb = look(ambiguousMonths, w)
	_, _, x.yearNoun = look(yearNouns, w)
	if v, _, ok := look(futureCues, w); ok && v {
		x.futureCue = true
	}
	if inner, al, ok := look(twoWordMonths, w); ok {
		x.twoGreg, x.twoGregAl = inner, al
	}
	if inner, al, ok := look(twoWordHijri, w); ok {
		x.twoHijri, x.twoHijriAl = inner, al
	}
	x.unit, _, x.unitOK = look(units, w)
	x.mod, x.modOK = slowModOf(w)
	x.term, _, _ = look(termWords, w)

	fs := formsOf(w)
	x.relC, x.relAl = fs.f[fs.n-1], fs.al >= 0
	switch x.core0 {
	case "بعد", "قبل", "منذ", "هذا", "هذه", "اول":
		x.relC = x.core0
	}
	if p, ok := periods[x.relC]; ok {
		x.relPeriod = hit{v: int(p), ok: true}
	}
	return x
}

// slowModOf reads w as الماضي (-1), المقبل (+1), الجاري (0).
func slowModOf(w string) (int, bool) {
	if w == "" || !strings.HasPrefix(core0(w), "ال") {
		return 0, false
	}
	c := core(w)
	switch {
	case pastMods[c]:
		return -1, true
	case futureMods[c]:
		return 1, true
	case currentMods[c]:
		return 0, true
	}
	return 0, false
}

// hashWord hashes a normalised word from its length and its first and
// last eight bytes (fewer for short words): words are short, and the
// table compares the whole word on a hit.
func hashWord(s string) uint64 {
	n := len(s)
	var x, y uint64
	switch {
	case n >= 8:
		x = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		t := s[n-8:]
		y = uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
	case n >= 4:
		x = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		t := s[n-4:]
		y = uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24
	case n > 0:
		x = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	h := (x ^ 0x9E3779B97F4A7C15) * 0xff51afd7ed558ccd
	h ^= (y + uint64(n)) * 0xc4ceb9fe1a85ec53
	h ^= h >> 32
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// lexTab is an open-addressing hash table of every normalised word for
// which some look-up of the word lists succeeds. A slot holds the top 16
// bits of the word's hash above 1 + its index in infos (0 for an empty
// slot), so that a probe reads the lexInfo only when the tags agree; a
// one-hash Bloom filter of 64 Ki bits, small enough to stay in the first
// level cache, turns most other words away before any probe.
type lexTab struct {
	bloom  [1 << 10]uint64
	slots  []uint32
	mask   uint64
	infos  []*lexInfo
	maxLen int // the longest word, in bytes: longer words are never looked up
}

// lexTable holds every word the patterns know. A word is in it when some
// form of it (see formsOf) is a key of a word list, or a modifier: each
// key of every list, with each chain of proclitics formsOf takes off,
// kept when a look-up of the result succeeds. Any word missing from the
// table fails every look-up.
var lexTable = buildLexTab()

func buildLexTab() *lexTab {
	keys := map[string]bool{}
	add := func(k string) { keys[k] = true }
	for k := range gregMonths {
		add(k)
	}
	for k := range ambiguousMonths {
		add(k)
	}
	for k := range twoWordMonths {
		add(k)
	}
	for k := range hijriMonths {
		add(k)
	}
	for k := range twoWordHijri {
		add(k)
	}
	for k := range weekdays {
		add(k)
	}
	for k := range dayParts {
		add(k)
	}
	for k := range ordUnits {
		add(k)
	}
	for k := range cardUnits {
		add(k)
	}
	for k := range tens {
		add(k)
	}
	for k := range units {
		add(k)
	}
	for k := range periods {
		add(k)
	}
	for k := range yearNouns {
		add(k)
	}
	for k := range futureCues {
		add(k)
	}
	for k := range termWords {
		add(k)
	}
	for _, m := range []map[string]bool{pastMods, futureMods, currentMods, lexicon} {
		for k := range m {
			add(k)
		}
	}
	seen := map[string]bool{}
	t := &lexTab{}
	for k := range keys {
		for _, c1 := range []string{"", "و", "ف"} {
			for _, c2 := range []string{"", "ب", "ل", "ك", "لل"} {
				for _, c3 := range []string{"", "ال"} {
					w := c1 + c2 + c3 + k
					if seen[w] {
						continue
					}
					seen[w] = true
					if x := newLexInfo(w); x.found() {
						t.infos = append(t.infos, x)
						t.maxLen = max(t.maxLen, len(w))
					}
				}
			}
		}
	}
	n := 64
	for n < 2*len(t.infos) {
		n *= 2
	}
	if t.maxLen > maxWordBytes {
		panic("timex: a word of the word lists is longer than maxWordBytes")
	}
	if len(t.infos) >= 1<<16-1 {
		panic("timex: too many words for the look-up table")
	}
	t.slots, t.mask = make([]uint32, n), uint64(n-1)
	for k, x := range t.infos {
		i := x.hash & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = uint32(x.hash>>48)<<16 | uint32(k+1)
		b := x.hash >> 20 & (1<<16 - 1)
		t.bloom[b>>6] |= 1 << (b & 63)
	}
	return t
}

// index returns 1 + the index in t.infos of the normalised word b, or 0.
func (t *lexTab) index(b []byte) uint16 {
	if len(b) > t.maxLen {
		return 0
	}
	w := unsafe.String(unsafe.SliceData(b), len(b))
	h := hashWord(w)
	if b := h >> 20 & (1<<16 - 1); t.bloom[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	tag := uint32(h>>48) << 16
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if s&^0xFFFF == tag {
			if x := t.infos[s&0xFFFF-1]; x.hash == h && x.word == w {
				return uint16(s)
			}
		}
	}
}

// get returns the lexInfo of the normalised word b, or nil.
func (t *lexTab) get(b []byte) *lexInfo {
	if s := t.index(b); s != 0 {
		return t.infos[s-1]
	}
	return nil
}

// getString is get for a string.
func (t *lexTab) getString(w string) *lexInfo {
	return t.get(unsafe.Slice(unsafe.StringData(w), len(w)))
}

// noLex answers every look-up of a word that is not in lexTable.
var noLex = &lexInfo{}

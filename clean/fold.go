package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// appendKey appends the matching key of s to dst: arabic.Normalize, ASCII
// letters in lower case, every run of white space as one space, and no
// space at either end. scratch is reused for the normalised text.
func appendKey(dst, scratch []byte, s string) (out, scr []byte) {
	scratch = arabic.AppendNormalized(scratch[:0], s)
	space := false
	n0 := len(dst)
	for i := 0; i < len(scratch); {
		j := i
		for j < len(scratch) && keyClass[scratch[j]] == keyPlain {
			j++
		}
		c := scratch[i]
		size := j - i
		if size == 0 {
			switch keyClass[c] {
			case keySpace:
				space = true
				i++
				continue
			case keyUpper:
				size = 1
			default: // the lead byte of a rune that may be a space
				var r rune
				r, size = utf8.DecodeRune(scratch[i:])
				if unicode.IsSpace(r) {
					space = true
					i += size
					continue
				}
			}
		}
		if space && len(dst) > n0 {
			dst = append(dst, ' ')
		}
		space = false
		if keyClass[c] == keyUpper {
			dst = append(dst, c+'a'-'A')
		} else {
			dst = append(dst, scratch[i:i+size]...)
		}
		i += size
	}
	return dst, scratch
}

// The byte classes of appendKey: most bytes are copied as they are.
const (
	keyPlain = iota
	keySpace // ASCII white space
	keyUpper // ASCII upper case
	keyLead  // the lead byte of U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000
)

var keyClass = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\r\v\f") {
		t[c] = keySpace
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = keyUpper
	}
	t[0xC2], t[0xE1], t[0xE2], t[0xE3] = keyLead, keyLead, keyLead, keyLead
	return t
}()

// key returns the matching key of s (see appendKey); it is meant for lists
// built once, not for the hot path.
func key(s string) string {
	k, _ := appendKey(nil, nil, s)
	return string(k)
}

// keys folds every entry of a phrase list written in natural spelling.
func keys(list ...string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if k := key(s); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// keySet folds a list into a set.
func keySet(list ...string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, k := range keys(list...) {
		m[k] = true
	}
	return m
}

// asciiWord and arabicWord tell the word bytes of ASCII and the runes of
// the Arabic block (indexed by the low bits of their two UTF-8 bytes).
// They are variables with initialisers, not filled by init, so that the
// phrase indexes built at package initialisation can use them.
var asciiWord, arabicWord = wordTables()

func wordTables() (ascii [utf8.RuneSelf]bool, ar [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		ascii[c] = isWordRune(rune(c))
	}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		ar[r-0x0600] = isWordRune(r)
	}
	return ascii, ar
}

// isWordRune reports letters, digits and combining marks, with fast paths
// for ASCII and the Arabic block.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0x0600 <= r && r <= 0x06FF:
		switch {
		case r == 0x060C || r == 0x061B || r == 0x061F || r == 0x06D4 || r == 0x0640:
			return false
		case 0x0600 <= r && r <= 0x060F, 0x066A <= r && r <= 0x066D:
			return false
		}
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordAt reports whether a word rune starts at k[i], and its size.
func wordAt(k string, i int) (bool, int) {
	b := k[i]
	switch {
	case b < utf8.RuneSelf:
		return asciiWord[b], 1
	case b >= 0xD8 && b <= 0xDB && i+1 < len(k) && k[i+1]&0xC0 == 0x80:
		return arabicWord[int(b-0xD8)<<6|int(k[i+1]&0x3F)], 2
	}
	r, size := utf8.DecodeRuneInString(k[i:])
	return isWordRune(r), size
}

// wordHash is the hash of a word as appendWords computes it: never zero.
func wordHash(w string) uint64 { return hashKey(w) | 1 }

// word is a word of a key: the bytes k[s:e], and their wordHash.
type word struct {
	s, e int32
	h    uint64
}

// appendWords appends the words of k (runs of letters, digits and marks)
// to dst, with their hashes.
func appendWords(dst []word, k string) []word {
	start := -1
	for i := 0; i < len(k); {
		b := k[i]
		in, size := false, 1
		switch {
		case b < utf8.RuneSelf:
			in = asciiWord[b]
		case b >= 0xD8 && b <= 0xDB && i+1 < len(k) && k[i+1]&0xC0 == 0x80:
			in, size = arabicWord[int(b-0xD8)<<6|int(k[i+1]&0x3F)], 2
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(k[i:])
			in = isWordRune(r)
		}
		if in {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			dst = append(dst, word{int32(start), int32(i), wordHash(k[start:i])})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, word{int32(start), int32(len(k)), wordHash(k[start:])})
	}
	return dst
}

// view is a key with its words, as the line rules read it.
type view struct {
	k  string
	ws []word
}

// viewOf returns the view of a key, allocating its words: for tests and
// rarely used paths; the hot path reuses the words split computed.
func viewOf(k string) view { return view{k, appendWords(nil, k)} }

// wordSet is a set of words kept by their hashes, probed without hashing
// the word again.
type wordSet struct {
	slots []uint64
	mask  uint64
}

// newWordSet builds the set of the single words among the keys of m.
func newWordSet(m map[string]bool) wordSet {
	size := 16
	for size < 2*len(m) {
		size <<= 1
	}
	s := wordSet{slots: make([]uint64, size), mask: uint64(size - 1)}
	for k := range m {
		h := wordHash(k)
		for i := h & s.mask; ; i = (i + 1) & s.mask {
			if s.slots[i] == h {
				break
			}
			if s.slots[i] == 0 {
				s.slots[i] = h
				break
			}
		}
	}
	return s
}

// has reports whether the word of hash h is in the set.
func (s wordSet) has(h uint64) bool {
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// phraseIndex finds the phrases of a list by their first or last word: one
// look-up per word instead of a scan of the list.
type phraseIndex struct {
	firsts wordSet             // the first words, to rule out most words at once
	first  map[uint64][]string // by first word, longest first
	last   map[uint64][]string // by last word, longest first
	other  []string            // phrases that do not start or end with a word rune
}

// newPhraseIndex indexes the folded phrases of list.
func newPhraseIndex(list []string) *phraseIndex {
	ix := &phraseIndex{first: map[uint64][]string{}, last: map[uint64][]string{}}
	for _, p := range list {
		ws := appendWords(nil, p)
		if len(ws) == 0 || ws[0].s != 0 || int(ws[len(ws)-1].e) != len(p) {
			ix.other = append(ix.other, p)
		}
		if len(ws) > 0 {
			ix.first[ws[0].h] = append(ix.first[ws[0].h], p)
			ix.last[ws[len(ws)-1].h] = append(ix.last[ws[len(ws)-1].h], p)
		}
	}
	byLen := func(a, b string) int { return len(b) - len(a) }
	for _, m := range []map[uint64][]string{ix.first, ix.last} {
		for h := range m {
			slices.SortStableFunc(m[h], byLen)
		}
	}
	slices.SortStableFunc(ix.other, byLen)
	firsts := make(map[string]bool, len(ix.first))
	for _, p := range list {
		if ws := appendWords(nil, p); len(ws) > 0 {
			firsts[p[ws[0].s:ws[0].e]] = true
		}
	}
	ix.firsts = newWordSet(firsts)
	return ix
}

// in reports whether the key of v contains one of the phrases as whole
// words (phrases without a word are never found).
func (ix *phraseIndex) in(v view) bool {
	for _, w := range v.ws {
		if !ix.firsts.has(w.h) {
			continue
		}
		for _, p := range ix.first[w.h] {
			if strings.HasPrefix(v.k[w.s:], p) && !isLetterAt(v.k, int(w.s)+len(p)) {
				return true
			}
		}
	}
	return false
}

// prefix returns the length of the longest phrase that opens k as whole
// words, or 0.
func (ix *phraseIndex) prefix(k string) int {
	if k == "" {
		return 0
	}
	e := 0
	for e < len(k) {
		in, size := wordAt(k, e)
		if !in {
			break
		}
		e += size
	}
	best := 0
	if e > 0 {
		for _, p := range ix.first[wordHash(k[:e])] {
			if strings.HasPrefix(k, p) && !isLetterAt(k, len(p)) {
				best = len(p)
				break
			}
		}
	}
	for _, p := range ix.other {
		if len(p) > best && strings.HasPrefix(k, p) && !isLetterAt(k, len(p)) {
			best = len(p)
		}
	}
	return best
}

// prefixOf is prefix for a key whose words are known: the first word's
// hash is not computed again, and a first word that opens no phrase is
// ruled out by one probe.
func (ix *phraseIndex) prefixOf(v view) int {
	if len(ix.other) > 0 || len(v.ws) == 0 || v.ws[0].s != 0 {
		return ix.prefix(v.k)
	}
	w := v.ws[0]
	if !ix.firsts.has(w.h) {
		return 0
	}
	for _, p := range ix.first[w.h] {
		if strings.HasPrefix(v.k, p) && !isLetterAt(v.k, len(p)) {
			return len(p)
		}
	}
	return 0
}

// suffix returns where the longest phrase that ends k as whole words
// starts, or -1.
func (ix *phraseIndex) suffix(k string) int {
	best := -1
	s := len(k)
	for s > 0 {
		r, size := utf8.DecodeLastRuneInString(k[:s])
		if !isWordRune(r) {
			break
		}
		s -= size
	}
	if s < len(k) {
		for _, p := range ix.last[wordHash(k[s:])] {
			if strings.HasSuffix(k, p) && !isLetterBefore(k, len(k)-len(p)) {
				best = len(k) - len(p)
				break
			}
		}
	}
	for _, p := range ix.other {
		if strings.HasSuffix(k, p) {
			if i := len(k) - len(p); !isLetterBefore(k, i) && (best < 0 || i < best) {
				best = i
			}
		}
	}
	return best
}

// substrIndex finds phrases anywhere in a key, glued to other text or not
// ("iconمدة القراءة"): each phrase is looked for only when an anchor, a
// word of it shared by many phrases, is there.
type substrIndex struct {
	anchors []string
	groups  [][]string
}

// newSubstrIndex groups the phrases of list under anchors: a phrase's
// longest word, or a shorter anchor found inside it.
func newSubstrIndex(list []string) substrIndex {
	anchorOf := make([]string, len(list))
	for i, p := range list {
		a := p
		if ws := appendWords(nil, p); len(ws) > 0 {
			a = p[ws[0].s:ws[0].e]
			for _, w := range ws[1:] {
				if w.e-w.s > int32(len(a)) {
					a = p[w.s:w.e]
				}
			}
		}
		anchorOf[i] = a
	}
	// An anchor that holds another is replaced by it (القراءة by قراءة).
	for i, a := range anchorOf {
		for _, b := range anchorOf {
			if len(b) < len(a) && strings.Contains(a, b) {
				a = b
			}
		}
		anchorOf[i] = a
	}
	var ix substrIndex
	for i, a := range anchorOf {
		j := slices.Index(ix.anchors, a)
		if j < 0 {
			j = len(ix.anchors)
			ix.anchors = append(ix.anchors, a)
			ix.groups = append(ix.groups, nil)
		}
		ix.groups[j] = append(ix.groups[j], list[i])
	}
	return ix
}

// in reports whether k contains one of the phrases.
func (ix substrIndex) in(k string) bool {
	for i, a := range ix.anchors {
		if !strings.Contains(k, a) {
			continue
		}
		for _, p := range ix.groups[i] {
			if strings.Contains(k, p) {
				return true
			}
		}
	}
	return false
}

// wordSpans yields the start and end of each word of k: runs of letters,
// digits and marks.
func wordSpans(k string) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		start := -1
		for i := 0; i < len(k); {
			in, size := wordAt(k, i)
			if in {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				if !yield(start, i) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(start, len(k))
		}
	}
}

// isLetterBefore reports whether the rune that ends k[:i] is a letter or
// digit, so that a phrase found at i does not start a word.
func isLetterBefore(k string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(k[:i])
	return isWordRune(r)
}

// isLetterAt reports whether the rune at k[i:] is a letter or digit.
func isLetterAt(k string, i int) bool {
	if i >= len(k) {
		return false
	}
	in, _ := wordAt(k, i)
	return in
}

// trimPunct removes punctuation, symbols and spaces at both ends of a key:
// everything but letters, digits and '#'.
func trimPunct(k string) string {
	return strings.TrimFunc(k, func(r rune) bool {
		switch {
		case r < utf8.RuneSelf:
			return !asciiWord[r] && r != '#'
		case 0x0600 <= r && r <= 0x06FF:
			return !arabicAlnum[r-0x0600]
		}
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	})
}

// arabicAlnum tells the letters and digits of the Arabic block.
var arabicAlnum = func() (t [256]bool) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		t[r-0x0600] = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return t
}()

// trimClosers removes closing quotes, brackets and spaces at the end.
func trimClosers(k string) string {
	return strings.TrimRightFunc(k, func(r rune) bool {
		switch r {
		case '"', '\'', ')', ']', '}', '»', '”', '’', ' ', '*':
			return true
		}
		return false
	})
}

// endsSentence reports whether the key ends with sentence punctuation
// (. ! ? ؟ ؛ :), closing quotes aside. A final ".." or "..." counts only
// when dots is true.
func endsSentence(k string, dots bool) bool {
	k = trimClosers(k)
	if k == "" {
		return false
	}
	switch k[len(k)-1] {
	case '.':
		if !dots && strings.HasSuffix(k, "..") {
			return false
		}
		return true
	case '!', '?', ':', ';':
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(k)
	return r == '؟' || r == '؛'
}

// countWords returns the number of words of a key (runs of letters,
// digits and marks).
func countWords(k string) int {
	n := 0
	for range wordSpans(k) {
		n++
	}
	return n
}

package arabic

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// stemPrefixes are the prefixes Stem removes, longest first: the article
// with or without a conjunction and preposition (Light10's ال وال بال كال
// فال لل, plus ولل فلل وبال وكال فبال فكال).
var stemPrefixes = affixes(
	"وبال", "وكال", "فبال", "فكال",
	"ولل", "فلل", "وال", "فال", "بال", "كال",
	"لل", "ال",
)

// stemSuffixes are the suffixes Stem removes, each at most once, in this
// order: the nisba endings first (so that فلسطيني, فلسطينيون and فلسطين
// meet), then Light10's ها ات ون ين ان ه. Normalised words spell ة as ه,
// so يه covers ية.
var stemSuffixes = affixes("يين", "يون", "يات", "يه", "ي", "ها", "ات", "ون", "ين", "ان", "ه")

// affix is a prefix or suffix with its length in letters.
type affix struct {
	s string
	n int
}

func affixes(ss ...string) []affix {
	as := make([]affix, len(ss))
	for i, s := range ss {
		as[i] = affix{s, utf8.RuneCountInString(s)}
	}
	return as
}

// wawStems are common words whose initial و is a root letter, not the
// conjunction: Stem keeps it (وزير stays وزير, like الوزير), but removes a
// conjunction before it (ووزير). The list holds normalised word beginnings.
var wawStems = []string{
	"وزير", "وزار", "وزر", "وكال", "وكيل", "وفد", "وفود", "ولاي", "ولي", "وضع", "وقت",
	"وسط", "وطن", "وقف", "وصل", "وصول", "وجه", "وجود", "وحد", "واحد", "ورق",
	"ولد", "والد", "وثيق", "وثاي", "واقع", "وقاي", "وقع", "وادي", "وارد", "وزن",
	"وعد", "وعي", "وقود", "وفا", "وفق", "وسيل", "وسايل", "وظيف", "وباء", "واجب",
	"واضح", "واسع", "وسع", "وراء", "وسام", "وصف", "وصي", "وفير", "ودي", "وهم", "وكر", "ورث",
	"واشنطن", "واتساب",
}

// Stem returns the light stem of a normalised word, in the spirit of
// Larkey's Light10 and Lucene's ArabicStemmer: it removes one prefix (an
// article form, keeping at least two letters after ال and لل and three
// after the longer forms; or else a conjunction و when at least three
// letters remain and the و is not a root letter of a common word), then
// each suffix of stemSuffixes at most once, in order, as long as three
// letters remain (two for ه). The stem is a substring of word; words in
// other scripts come back unchanged.
//
// Stem is for search keys, not morphology: it conflates more than a
// linguist would (مدرسه and مدرس) and misses broken plurals (وزراء).
func Stem(word string) string {
	idx, ok := arabicAt(word, 0)
	if !ok || block06[idx] != cLetter {
		return word
	}
	n := utf8.RuneCountInString(word)
	if n < 3 {
		return word
	}
	if word == "الله" || word == "اللهم" {
		return word
	}
	w := word
	stripped := false
	for _, p := range stemPrefixesBy[idx] {
		min := 2 // الام → ام
		if p.n > 2 {
			min = 3 // وآليه is not وال + يه
		}
		if n-p.n >= min && strings.HasPrefix(w, p.s) {
			if idx == wawIdx && hasWawStem(w) {
				break // والد is not و + ال + د
			}
			w = w[len(p.s):]
			n -= p.n
			stripped = true
			break
		}
	}
	if !stripped && n >= 4 && idx == wawIdx && !hasWawStem(w) {
		w = w[len("و"):]
		n--
	}
	for _, s := range stemSuffixes {
		min := 3 // keep three letters: امين, بيان, قوات, علي stay whole
		if s.s == "ه" {
			min = 2 // دوله → دول
		}
		if n-s.n >= min && w[len(w)-1] == s.s[len(s.s)-1] && strings.HasSuffix(w, s.s) {
			w = w[:len(w)-len(s.s)]
			n -= s.n
		}
	}
	return w
}

// wawIdx is the index of و in the Arabic block.
const wawIdx = 'و' - 0x0600

// stemPrefixesBy indexes stemPrefixes by first letter.
var stemPrefixesBy = func() (t [256][]affix) {
	for _, p := range stemPrefixes {
		idx, _ := arabicAt(p.s, 0)
		t[idx] = append(t[idx], p)
	}
	return t
}()

// wawStemsBy indexes wawStems by their second letter.
var wawStemsBy = func() (t [256][]string) {
	for _, s := range wawStems {
		idx, _ := arabicAt(s, len("و"))
		t[idx] = append(t[idx], s)
	}
	return t
}()

func hasWawStem(w string) bool {
	idx, ok := arabicAt(w, len("و"))
	if !ok {
		return false
	}
	for _, s := range wawStemsBy[idx] {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// Key returns the search key of a word: Stem(Normalize(word)). Words that
// share a key are taken as forms of the same word: Key("الحكومة"),
// Key("وللحكومة") and Key("حكومات") are all حكوم.
func Key(word string) string {
	if firstChange(word, foldFull) < 0 {
		return Stem(word)
	}
	var buf [64]byte
	return string(AppendKey(buf[:0], word))
}

// AppendKey appends Key(word) to dst; it allocates only when dst must grow.
func AppendKey(dst []byte, word string) []byte {
	start := len(dst)
	dst = AppendNormalized(dst, word)
	norm := dst[start:]
	stem := Stem(unsafe.String(unsafe.SliceData(norm), len(norm)))
	if len(stem) == 0 {
		return dst[:start]
	}
	// stem is a substring of norm: move it to the start of norm.
	off := int(uintptr(unsafe.Pointer(unsafe.StringData(stem))) - uintptr(unsafe.Pointer(unsafe.SliceData(norm))))
	n := copy(dst[start:], dst[start+off:start+off+len(stem)])
	return dst[:start+n]
}

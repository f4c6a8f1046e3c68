package arabic

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Segmentation is one way to split a word into proclitics, a base and an
// enclitic pronoun. Prefixes is the concatenation of the proclitics as they
// are spelled in the word (وبال, لل, س, or ""); Suffix is the pronoun (ها,
// هم, ...) or "". Base is the word between them, except that a final ت
// before a pronoun is also offered restored to the (normalised) taa marbuta
// ه, so that حكومتها gives Base حكومه as well as حكومت.
type Segmentation struct {
	Prefixes, Base, Suffix string
}

// A proclitic is one spelled combination of conjunction, particle and
// article.
type proclitic struct {
	text    string
	n       int  // length of text in letters
	article bool // ends with the article (ال, or the لل of ل + ال)
	future  bool // ends with the future particle س
}

// proclitics holds every combination of conjunction (و ف), particle
// (ب ك ل, or س before an imperfect verb) and article (ال; ل + ال is
// spelled لل), longest first.
var proclitics = func() []proclitic {
	var ps []proclitic
	for _, conj := range []string{"", "و", "ف"} {
		for _, part := range []string{"", "ب", "ك", "ل", "س"} {
			for _, art := range []string{"", "ال"} {
				if part == "س" && art != "" {
					continue
				}
				p := proclitic{text: conj + part + art, article: art != "", future: part == "س"}
				if part == "ل" && art != "" {
					p.text = conj + "لل"
				}
				p.n = utf8.RuneCountInString(p.text)
				if p.text != "" {
					ps = append(ps, p)
				}
			}
		}
	}
	slices.SortStableFunc(ps, func(a, b proclitic) int { return len(b.text) - len(a.text) })
	return ps
}()

// procliticsBy indexes proclitics by their first letter (its index in the
// Arabic block).
var procliticsBy = func() (t [256][]proclitic) {
	for _, p := range proclitics {
		idx, _ := arabicAt(p.text, 0)
		t[idx] = append(t[idx], p)
	}
	return t
}()

// enclitics are the attached object and possessive pronouns, normalised
// (ه stands for both هـ and the ة it may be confused with).
var enclitics = affixes("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي")

// minBase is the minimum length in letters of a base; words shorter than
// minWord letters are never split.
const (
	minBase = 2
	minWord = 3
)

// Segmentations returns the plausible splits of a normalised word into
// proclitics, base and enclitic: first the unsplit word, then the others by
// decreasing base length (for equal lengths, splits that keep the end of
// the word come first). Bases are at least two letters long, a ي enclitic
// needs a base of three, and words of fewer than three letters are not
// split. The list over-generates on purpose: it is meant for dictionary
// lookup, where an unknown base simply finds nothing.
func Segmentations(word string) []Segmentation {
	return AppendSegmentations(nil, word)
}

// AppendSegmentations appends Segmentations(word) to dst; it allocates
// only when dst must grow or a taa marbuta is restored.
func AppendSegmentations(dst []Segmentation, word string) []Segmentation {
	first := len(dst)
	dst = append(dst, Segmentation{Base: word})
	idx, ok := arabicAt(word, 0)
	if !ok || block06[idx] != cLetter {
		return dst
	}
	n := utf8.RuneCountInString(word)
	if n < minWord {
		return dst
	}
	// The enclitics the word ends with (at most two can match at once).
	var sufs [4]affix
	ns := 0
	sufs[ns] = affix{}
	ns++
	for _, e := range enclitics {
		if strings.HasSuffix(word, e.s) {
			sufs[ns] = e
			ns++
			if ns == len(sufs) {
				break
			}
		}
	}
	add := func(pre string, preN int) {
		rest := word[len(pre):]
		for _, suf := range sufs[:ns] {
			if pre == "" && suf.s == "" {
				continue // the word itself, already first
			}
			min := minBase
			if suf.s == "ي" {
				min = 3
			}
			if n-preN-suf.n < min {
				continue
			}
			base := rest[:len(rest)-len(suf.s)]
			dst = append(dst, Segmentation{pre, base, suf.s})
			if suf.s != "" && strings.HasSuffix(base, "ت") {
				dst = append(dst, Segmentation{pre, base[:len(base)-len("ت")] + "ه", suf.s})
			}
		}
	}
	add("", 0)
	for _, p := range procliticsBy[idx] {
		if !strings.HasPrefix(word, p.text) {
			continue
		}
		if p.future && !startsImperfect(word[len(p.text):]) {
			continue
		}
		add(p.text, p.n)
	}
	// Insertion sort, stable: longer bases first, then shorter suffixes.
	// Normalised Arabic letters are all two bytes long, so byte lengths
	// order bases as letter counts do.
	segs := dst[first+1:]
	for i := 1; i < len(segs); i++ {
		for j := i; j > 0 && segLess(segs[j], segs[j-1]); j-- {
			segs[j], segs[j-1] = segs[j-1], segs[j]
		}
	}
	return dst
}

func segLess(a, b Segmentation) bool {
	if len(a.Base) != len(b.Base) {
		return len(a.Base) > len(b.Base)
	}
	return len(a.Suffix) < len(b.Suffix)
}

// Bases returns the candidate bases of a normalised word once its clitics
// are removed: the word itself first, then the bases of Segmentations by
// decreasing length, without repeats. For example وللحكومه gives حكومه
// among others, والصين gives الصين and صين, لبوتين gives بوتين.
func Bases(word string) []string {
	return AppendBases(nil, word)
}

// AppendBases appends Bases(word) to dst; it allocates only when dst must
// grow or a taa marbuta is restored.
func AppendBases(dst []string, word string) []string {
	var buf [24]Segmentation
	segs := AppendSegmentations(buf[:0], word)
	first := len(dst)
	for _, s := range segs {
		if !slices.Contains(dst[first:], s.Base) {
			dst = append(dst, s.Base)
		}
	}
	return dst
}

// startsImperfect reports whether s starts with a prefix of the imperfect
// verb (ي ت ن ا), as after the future particle س.
func startsImperfect(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == 'ي' || r == 'ت' || r == 'ن' || r == 'ا'
}

func isArabicLetterAt(s string) bool {
	if idx, ok := arabicAt(s, 0); ok {
		return block06[idx] == cLetter
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isArabicLetter(r)
}

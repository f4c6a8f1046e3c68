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
				if p.text != "" {
					ps = append(ps, p)
				}
			}
		}
	}
	slices.SortStableFunc(ps, func(a, b proclitic) int { return len(b.text) - len(a.text) })
	return ps
}()

// enclitics are the attached object and possessive pronouns, normalised
// (ه stands for both هـ and the ة it may be confused with).
var enclitics = []string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي"}

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

// AppendSegmentations appends Segmentations(word) to dst.
func AppendSegmentations(dst []Segmentation, word string) []Segmentation {
	first := len(dst)
	dst = append(dst, Segmentation{Base: word})
	n := utf8.RuneCountInString(word)
	if n < minWord || !isArabicLetterAt(word) {
		return dst
	}
	for pi := -1; pi < len(proclitics); pi++ {
		pre := ""
		if pi >= 0 {
			p := proclitics[pi]
			if !strings.HasPrefix(word, p.text) {
				continue
			}
			pre = p.text
			if p.future && !startsImperfect(word[len(pre):]) {
				continue
			}
		}
		rest := word[len(pre):]
		restN := n - utf8.RuneCountInString(pre)
		for si := -1; si < len(enclitics); si++ {
			suf := ""
			if si >= 0 {
				suf = enclitics[si]
				if !strings.HasSuffix(rest, suf) {
					continue
				}
			}
			if pre == "" && suf == "" {
				continue // the word itself, already first
			}
			base := rest[:len(rest)-len(suf)]
			baseN := restN - utf8.RuneCountInString(suf)
			min := minBase
			if suf == "ي" {
				min = 3
			}
			if baseN < min {
				continue
			}
			dst = append(dst, Segmentation{pre, base, suf})
			if suf != "" && strings.HasSuffix(base, "ت") {
				dst = append(dst, Segmentation{pre, base[:len(base)-len("ت")] + "ه", suf})
			}
		}
	}
	rest := dst[first+1:]
	slices.SortStableFunc(rest, func(a, b Segmentation) int {
		if d := utf8.RuneCountInString(b.Base) - utf8.RuneCountInString(a.Base); d != 0 {
			return d
		}
		return len(a.Suffix) - len(b.Suffix)
	})
	return dst
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
	var buf [48]Segmentation
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
	r, _ := utf8.DecodeRuneInString(s)
	return isArabicLetter(r)
}

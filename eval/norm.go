package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// pyIsSpace is Python's str.isspace for one character: Unicode White_Space
// plus the information separators U+001C..U+001F.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (0x1c <= r && r <= 0x1f)
}

// pyFields is Python's str.split() without arguments.
func pyFields(s string) []string { return strings.FieldsFunc(s, pyIsSpace) }

// cleanLine is score.py's clean_line: whitespace runs collapsed to one
// space, ends trimmed.
func cleanLine(s string) string { return strings.Join(pyFields(s), " ") }

// isWord is Python's regular-expression \w on str: letters, numbers and
// the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isDiacritic covers score.py's DIACRITICS class: Arabic honorifics and
// Quranic marks, harakat, superscript alef, and the tatweel.
func isDiacritic(r rune) bool {
	return (0x0610 <= r && r <= 0x061a) || (0x064b <= r && r <= 0x065f) ||
		r == 0x0670 || (0x06d6 <= r && r <= 0x06ed) || r == 0x0640
}

// foldLetter applies score.py's letter table: hamza-carrying alefs and alef
// wasla to bare alef, alef maqsura to ya, ta marbuta to ha, hamza on waw and
// on ya to the bare letter.
func foldLetter(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ئ':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	}
	return r
}

// Norm is score.py's norm_ar: NFKC, Arabic diacritics and tatweel removed,
// alef, ya, ta marbuta and hamza carriers folded, every character that is
// neither a word character nor a space turned into a space, and whitespace
// collapsed to single spaces.
func Norm(s string) string {
	if s == "" {
		return ""
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if isDiacritic(r) {
			continue
		}
		r = foldLetter(r)
		if !isWord(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Tokens is score.py's toks: the space-separated tokens of Norm(s).
func Tokens(s string) []string { return strings.Fields(Norm(s)) }

// TokenF1 is score.py's tok_f1: the F1 of the multiset overlap of the
// tokens of a and b, 0 when either has none.
func TokenF1(a, b string) float64 {
	ta, tb := Tokens(a), Tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	count := make(map[string]int, len(ta))
	for _, t := range ta {
		count[t]++
	}
	common := 0
	for _, t := range tb {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(ta))
	r := float64(common) / float64(len(tb))
	return 2 * p * r / (p + r)
}

// NameMatch is score.py's name_match: the token set of one name contains
// the other's; false when either is empty.
func NameMatch(a, b string) bool {
	ta, tb := tokenSet(a), tokenSet(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	return subset(ta, tb) || subset(tb, ta)
}

func tokenSet(s string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, t := range Tokens(s) {
		m[t] = struct{}{}
	}
	return m
}

func subset(a, b map[string]struct{}) bool {
	for t := range a {
		if _, ok := b[t]; !ok {
			return false
		}
	}
	return true
}

var upperCaser = cases.Upper(language.Und)

// pyUpper is Python's str.upper: full Unicode case mapping (ß → SS).
func pyUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			return upperCaser.String(s)
		}
	}
	return strings.ToUpper(s)
}

// decimalValue is Python's unicodedata.decimal: the value of a character of
// category Nd. Such characters come in aligned runs of ten, 0 to 9.
func decimalValue(r rune) (byte, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	start := r
	for start > 0 && unicode.IsDigit(start-1) {
		start--
	}
	return byte((r - start) % 10), true
}

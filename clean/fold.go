package clean

import (
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
		c := scratch[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = true
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if space && len(dst) > n0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRune(scratch[i:])
		if (r < 0x0600 || r > 0x06FF) && unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if space && len(dst) > n0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, scratch[i:i+size]...)
		i += size
	}
	return dst, scratch
}

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

// phraseIndex finds the phrases of a list in a key by their first word,
// with one map look-up per word of the key.
type phraseIndex map[string][]string

// newPhraseIndex indexes the folded phrases of list.
func newPhraseIndex(list []string) phraseIndex {
	ix := phraseIndex{}
	for _, p := range list {
		first := p
		for w := range wordsOf(p) {
			first = w
			break
		}
		ix[first] = append(ix[first], p)
	}
	return ix
}

// in reports whether k contains one of the phrases as whole words.
func (ix phraseIndex) in(k string) bool {
	for start, end := range wordSpans(k) {
		for _, p := range ix[k[start:end]] {
			if strings.HasPrefix(k[start:], p) && !isLetterAt(k, start+len(p)) {
				return true
			}
		}
	}
	return false
}

// wordSpans yields the start and end of each word of k: runs of letters,
// digits and marks. It reads bytes, decoding only outside ASCII and the
// Arabic block.
func wordSpans(k string) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		start := -1
		for i := 0; i < len(k); {
			b := k[i]
			in, size := false, 1
			switch {
			case b < utf8.RuneSelf:
				in = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
			case (b == 0xD8 || b == 0xD9 || b == 0xDA || b == 0xDB) && i+1 < len(k):
				size = 2
				r := rune(b&0x1F)<<6 | rune(k[i+1]&0x3F)
				in = isWordRune(r)
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
	r, _ := utf8.DecodeRuneInString(k[i:])
	return isWordRune(r)
}

// hasPhrase reports whether the key k contains the phrase p as whole words.
func hasPhrase(k, p string) bool {
	for off := 0; off <= len(k)-len(p); {
		i := strings.Index(k[off:], p)
		if i < 0 {
			return false
		}
		i += off
		if !isLetterBefore(k, i) && !isLetterAt(k, i+len(p)) {
			return true
		}
		off = i + 1
	}
	return false
}

// hasAnyPhrase reports whether k contains any phrase of list as whole words.
func hasAnyPhrase(k string, list []string) bool {
	for _, p := range list {
		if hasPhrase(k, p) {
			return true
		}
	}
	return false
}

// startsWithPhrase reports whether k starts with one of the phrases of list
// as whole words, and returns the longest one's length.
func startsWithPhrase(k string, list []string) int {
	best := 0
	for _, p := range list {
		if len(p) > best && strings.HasPrefix(k, p) && !isLetterAt(k, len(p)) {
			best = len(p)
		}
	}
	return best
}

// endsWithPhrase reports whether k ends with one of the phrases of list as
// whole words, and returns where the longest one starts (-1 when none).
func endsWithPhrase(k string, list []string) int {
	best := -1
	for _, p := range list {
		if strings.HasSuffix(k, p) {
			i := len(k) - len(p)
			if !isLetterBefore(k, i) && (best < 0 || i < best) {
				best = i
			}
		}
	}
	return best
}

// trimPunct removes punctuation, symbols and spaces at both ends of a key.
func trimPunct(k string) string {
	return strings.TrimFunc(k, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#')
	})
}

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

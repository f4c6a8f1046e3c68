package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is a word, a run of digits or one punctuation mark of the text.
// It holds no pointer, so that filling the token slice costs no write
// barrier: the normalised word (no diacritics or tatweel, one alef, ى→ي,
// ة→ه, Latin lower case) is the span [ns, ne) of the string of normalised
// words tokenize fills (see tokens.norm), and its entry in lexTable an
// index.
type token struct {
	start, end int
	val        int  // the value, for tNum (-1 when too long)
	nd         int  // digit count, for tNum
	sent       int  // sentence index
	r          rune // the mark, for tPunct
	ns, ne     int32
	lx         uint16 // for tWord: 1 + the index of the word in lexTable.infos, 0 when it has none
	kind       tokKind
	cand       bool // a number, or a word that can begin an expression (lexInfo.lexicon)
}

// info returns the lexInfo of a word token, nil when the word is in no
// word list.
func (t *token) info() *lexInfo {
	if t.lx == 0 {
		return nil
	}
	return lexTable.infos[t.lx-1]
}

func digitVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

func isWordRune(r rune) bool {
	if r >= 0x0621 && r <= 0x065F || r >= 0x0670 && r <= 0x06D3 {
		return true
	}
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}

// normRune returns the normalised form of r, or -1 to drop it.
func normRune(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return -1
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى', r == 'ی':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ک':
		return 'ك'
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	}
	return r
}

// decode is utf8.DecodeRuneInString with a fast path for the one- and
// two-byte runes Arabic text is made of.
func decode(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize splits text into tokens, appending to toks. Spaces other than
// newlines make no token; a newline is a tPunct token, so lines break
// clauses. The normalised words are written to buf, reused when its
// capacity suffices. It returns the tokens, buf, and the string of the
// normalised words over buf's array, which the tokens' [ns, ne) index and
// which stays valid until buf is written again.
func tokenize(text string, toks []token, buf []byte) ([]token, []byte, string) {
	// A normalised rune takes no more bytes than the rune it comes from,
	// and the fast path below writes two bytes for a one-byte rune: the
	// words fit in len(text)+2 bytes, written by index.
	if cap(buf) < len(text)+2 {
		buf = make([]byte, 0, len(text)+2)
	}
	b := buf[:cap(buf)]
	p := 0
	sent := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' {
			i++
			continue
		}
		var r rune
		var n int
		if c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else {
			r, n = decode(text, i)
		}
		switch {
		case digitVal(r) >= 0:
			j, v, nd := i, 0, 0
			for j < len(text) {
				r2, n2 := decode(text, j)
				d := digitVal(r2)
				if d < 0 {
					break
				}
				if nd < 9 {
					v = v*10 + d
				}
				nd++
				j += n2
			}
			if nd > 9 {
				v = -1
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, val: v, nd: nd, sent: sent, cand: true})
			i = j
		case isWordRune(r):
			j, a := i, p
			for j < len(text) {
				// Fast path: a rune of U+0000–U+07FF, read from the table.
				if c := text[j]; c < utf8.RuneSelf {
					e := &runeTab[c]
					if !e.word {
						break
					}
					b[p], b[p+1] = e.norm[0], e.norm[1]
					p += int(e.n)
					j++
					continue
				} else if c >= 0xC2 && c < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
					e := &runeTab[int(c&0x1F)<<6|int(text[j+1]&0x3F)]
					if !e.word {
						break
					}
					b[p], b[p+1] = e.norm[0], e.norm[1]
					p += int(e.n)
					j += 2
					continue
				}
				r2, n2 := decode(text, j)
				if !isWordRune(r2) {
					break
				}
				if nr := normRune(r2); nr >= 0 {
					p += utf8.EncodeRune(b[p:], nr)
				}
				j += n2
			}
			var lx uint16
			cand := false
			if p-a <= lexTable.maxLen {
				if lx = lexTable.index(b[a:p]); lx != 0 {
					cand = lexTable.infos[lx-1].lexicon
				}
			}
			toks = append(toks, token{start: i, end: j, kind: tWord, ns: int32(a), ne: int32(p), sent: sent, lx: lx, cand: cand})
			i = j
		case r == '\t' || r == '\r' || r == 0xA0 || r == 0x200F || r == 0x200E || r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF:
			i += n
		default:
			toks = append(toks, token{start: i, end: i + n, kind: tPunct, r: r, sent: sent})
			if isSentenceEnd(r) && !(r == '.' && i > 0 && i+1 < len(text) && digitVal(rune(text[i-1])) >= 0 && digitVal(rune(text[i+1])) >= 0) {
				sent++
			}
			i += n
		}
	}
	buf = b[:p]
	return toks, buf, unsafe.String(unsafe.SliceData(buf), len(buf))
}

// runeEntry is what tokenize does with one rune below U+0800 inside a
// word: whether it belongs to the word, and the bytes of its normalised
// form (n == 0 when it is dropped).
type runeEntry struct {
	word bool
	n    uint8
	norm [2]byte
}

// runeTab holds the runeEntry of every rune below U+0800, built from
// isWordRune and normRune.
var runeTab = func() (t [0x800]runeEntry) {
	for r := rune(0); r < 0x800; r++ {
		e := &t[r]
		e.word = isWordRune(r)
		if nr := normRune(r); nr >= 0 {
			b := utf8.AppendRune(nil, nr)
			if len(b) > 2 {
				panic("timex: a normalised rune below U+0800 takes more than two bytes")
			}
			e.n = uint8(copy(e.norm[:], b))
		}
	}
	return t
}()

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '\n', '…':
		return true
	}
	return false
}

// isClauseEnd reports whether r ends a clause, for the look-back of tense
// cues.
func isClauseEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '\n', '،', ',', '؛', ';', ':', '…', '(', ')', '"', '“', '”', '«', '»':
		return true
	}
	return false
}

// forms lists a normalised word with its proclitics taken off step by step:
// the word, without و/ف, without a preposition ب/ل/ك, without the article.
// al is the index of the first form without the article, or -1.
type forms struct {
	f  [5]string
	n  int
	al int
}

func formsOf(w string) forms {
	fs := forms{al: -1}
	fs.f[0], fs.n = w, 1
	a := w
	if (strings.HasPrefix(a, "و") || strings.HasPrefix(a, "ف")) && len(a) > 4 {
		a = a[2:]
		fs.f[fs.n] = a
		fs.n++
	}
	if strings.HasPrefix(a, "لل") && len(a) > 6 {
		fs.f[fs.n] = a[4:]
		fs.al = fs.n
		fs.n++
		return fs
	}
	if (strings.HasPrefix(a, "ب") || strings.HasPrefix(a, "ل") || strings.HasPrefix(a, "ك")) && len(a) > 4 {
		a = a[2:]
		fs.f[fs.n] = a
		fs.n++
	}
	if strings.HasPrefix(a, "ال") && len(a) > 4 {
		fs.f[fs.n] = a[4:]
		fs.al = fs.n
		fs.n++
	}
	return fs
}

// core returns the word without any proclitic.
func core(w string) string {
	fs := formsOf(w)
	return fs.f[fs.n-1]
}

// look finds the first form of w that is a key of m; withAl reports
// whether the article was taken off to find it.
func look[V any](m map[string]V, w string) (v V, withAl, ok bool) {
	fs := formsOf(w)
	for i := 0; i < fs.n; i++ {
		if v, ok := m[fs.f[i]]; ok {
			return v, fs.al >= 0 && i >= fs.al, true
		}
	}
	return v, false, false
}

// maxWordBytes is the room MayContainDate gives a normalised word: longer
// words are in no word list.
const maxWordBytes = 64

// MayContainDate reports whether text may hold a date expression: whether
// it has a digit (Western, Arabic-Indic or Persian) or a word that,
// normalised and with its proclitics taken off as Find does, can begin an
// expression (a month or weekday name, a number word, a period noun, a
// relative word such as أمس or منذ, an anniversary head such as الذكرى).
//
// It never misses: when it returns false, Find returns no expression,
// whatever the reference date, and InferPublished finds nothing in the
// text; when it returns true, Find may still find nothing. It scans the
// text once and does not allocate, so callers can skip Find on the many
// sentences without a date; Find itself begins with it.
func MayContainDate(text string) bool {
	var w [maxWordBytes]byte
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if c >= '0' && c <= '9' {
				return true
			}
			if !runeTab[c].word {
				i++
				continue
			}
		}
		r, n := decode(text, i)
		if digitVal(r) >= 0 {
			return true
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		// A word, normalised into w as tokenize does.
		j, m, long := i, 0, false
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				e := &runeTab[c]
				if !e.word {
					break
				}
				if m+int(e.n) <= len(w) {
					m += copy(w[m:], e.norm[:e.n])
				} else {
					long = true
				}
				j++
				continue
			} else if c >= 0xC2 && c < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
				e := &runeTab[int(c&0x1F)<<6|int(text[j+1]&0x3F)]
				if !e.word {
					break
				}
				if m+int(e.n) <= len(w) {
					m += copy(w[m:], e.norm[:e.n])
				} else {
					long = true
				}
				j += 2
				continue
			}
			r2, n2 := decode(text, j)
			if !isWordRune(r2) {
				break
			}
			if nr := normRune(r2); nr >= 0 {
				if l := utf8.RuneLen(nr); l > 0 && m+l <= len(w) {
					m += utf8.EncodeRune(w[m:], nr)
				} else {
					long = true
				}
			}
			j += n2
		}
		if !long {
			if x := lexTable.get(w[:m]); x != nil && x.lexicon {
				return true
			}
		}
		i = j
	}
	return false
}

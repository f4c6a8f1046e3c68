package arabic

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Kind is the class of a Token. White space is never a token.
type Kind uint8

// The token kinds. The zero Kind is invalid, so that a zero Token is
// recognisably unset.
const (
	Word   Kind = iota + 1 // Arabic-script letters, with the diacritics, tatweel and ZWNJ inside them
	Latin                  // a word in any other script (Latin, Cyrillic, ...), digits allowed after the first letter
	Number                 // digits with their separators: 3.5, 1,000, ١٢٫٥, 2024م, 1445هـ
	Punct                  // one punctuation mark: . , ، ؛ ؟ ! : " « » ( ) - ...
	Symbol                 // one symbol: % ٪ $ € # @ + = and other Unicode symbols
)

var kindNames = [...]string{"Invalid", "Word", "Latin", "Number", "Punct", "Symbol"}

// String returns the name of k, such as "Word".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Token is a span of the text given to Tokenize: the byte offsets
// [Start, End) and the kind of token found there.
type Token struct {
	Start, End int
	Kind       Kind
}

// Text returns the token's text in s, which must be the string that was
// tokenised.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Tokenize splits text into tokens, in order, with byte offsets into text.
// Tokens never overlap, are never empty, and together cover every byte that
// is not white space, a control or format character, or invalid UTF-8.
//
// An Arabic word is a run of Arabic letters together with the diacritics
// and tatweel inside or after it, and a ZWNJ between two of its letters;
// so بـ"التعاون gives بـ, " and التعاون. A Number is a run of digits
// (ASCII, Arabic-Indic or Persian) with the separators . , ٫ ٬ between
// digits (a comma or ٬ only before exactly three digits), followed
// directly by an era letter م or هـ when no other letter follows (2024م).
// Every punctuation mark and symbol is a token of its own, so "..." is
// three tokens.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/6+1), text)
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice; it allocates only when dst must grow.
func AppendTokens(dst []Token, text string) []Token {
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c <= ' ' || c == 0x7F:
				i++
			case c >= '0' && c <= '9':
				j := scanNumber(text, i)
				dst = append(dst, Token{i, j, Number})
				i = j
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := scanLatin(text, i)
				dst = append(dst, Token{i, j, Latin})
				i = j
			default:
				k := Punct
				if isSymbolRune(rune(c)) {
					k = Symbol
				}
				dst = append(dst, Token{i, i + 1, k})
				i++
			}
			continue
		}
		if b, ok := arabicAt(text, i); ok {
			switch block06[b] {
			case cLetter, cTatweel:
				j, letters := scanArabic(text, i)
				k := Word
				if !letters {
					k = Symbol // a lone tatweel
				}
				dst = append(dst, Token{i, j, k})
				i = j
				continue
			case cPunct:
				dst = append(dst, Token{i, i + 2, Punct})
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case size == 1: // invalid UTF-8
			i++
		case isArabicLetter(r) || r == 0x0640:
			j, letters := scanArabic(text, i)
			k := Word
			if !letters {
				k = Symbol // a lone tatweel
			}
			dst = append(dst, Token{i, j, k})
			i = j
		case isDigit(r):
			j := scanNumber(text, i)
			dst = append(dst, Token{i, j, Number})
			i = j
		case unicode.IsLetter(r):
			j := scanLatin(text, i)
			dst = append(dst, Token{i, j, Latin})
			i = j
		case isSpaceLike(r) || unicode.IsMark(r):
			// Space, format characters, and marks with no letter to carry them.
			i += size
		case isSymbolRune(r):
			dst = append(dst, Token{i, i + size, Symbol})
			i += size
		default:
			dst = append(dst, Token{i, i + size, Punct})
			i += size
		}
	}
	return dst
}

// scanArabic returns the end of the Arabic word starting at i, and whether
// it holds a letter.
func scanArabic(s string, i int) (end int, letters bool) {
	for i < len(s) {
		if b, ok := arabicAt(s, i); ok {
			switch block06[b] {
			case cLetter:
				letters = true
				i += 2
				continue
			case cMark, cTatweel:
				i += 2
				continue
			}
			return i, letters
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isArabicLetter(r):
			letters = true
		case r == 0x0640 || isArabicMark(r):
		case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ: only between letters
			r2, _ := utf8.DecodeRuneInString(s[i+size:])
			if !isWordRune(r2) {
				return i, letters
			}
		default:
			return i, letters
		}
		i += size
	}
	return i, letters
}

// scanLatin returns the end of the non-Arabic word starting at i: letters,
// marks and digits, and an apostrophe between two letters (O'Brien).
func scanLatin(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				i++
				continue
			case c == '\'':
				if i+1 < len(s) && isLatinLetterAt(s, i+1) {
					i++
					continue
				}
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '’':
			if !isLatinLetterAt(s, i+size) {
				return i
			}
		case isArabicLetter(r) || isArabicMark(r) || r == 0x0640:
			return i
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
		default:
			return i
		}
		i += size
	}
	return i
}

func isLatinLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isArabicLetter(r) && unicode.IsLetter(r)
}

// scanNumber returns the end of the number starting at i.
func scanNumber(s string, i int) int {
	i = skipDigits(s, i)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '.', '٫':
			if j := skipDigits(s, i+size); j > i+size {
				i = j
				continue
			}
		case ',', '٬':
			if j := skipDigits(s, i+size); j > i+size && digitCount(s[i+size:j]) == 3 {
				i = j
				continue
			}
		case 'م', 'ه':
			// Era letter: 2024م (Gregorian), 1445هـ (Hijri), unless a word follows.
			j := i + size
			for j < len(s) && s[j] == 0xD9 && j+1 < len(s) && s[j+1] == 0x80 { // tatweel
				j += 2
			}
			if r2, _ := utf8.DecodeRuneInString(s[j:]); !isWordRune(r2) {
				return j
			}
		}
		return i
	}
	return i
}

func skipDigits(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c < '0' || c > '9' {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) {
			return i
		}
		i += size
	}
	return i
}

func digitCount(s string) int { return utf8.RuneCountInString(s) }

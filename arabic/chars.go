package arabic

import "unicode"

// isArabicLetter reports whether r is a letter of the Arabic script,
// presentation forms included.
func isArabicLetter(r rune) bool {
	switch {
	case r < 0x0621:
		return false
	case r <= 0x063A:
		return true
	case r <= 0x0640:
		return false
	case r <= 0x064A:
		return true
	case r < 0x066E:
		return false
	case r <= 0x066F, r >= 0x0671 && r <= 0x06D3, r == 0x06D5,
		r == 0x06E5, r == 0x06E6, r == 0x06EE, r == 0x06EF,
		r >= 0x06FA && r <= 0x06FC, r == 0x06FF:
		return true
	case r < 0x0750:
		return false
	case r <= 0x077F, r >= 0x08A0 && r <= 0x08C8:
		return true
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC:
		return unicode.IsLetter(r)
	}
	return false
}

// isArabicMark reports whether r is a diacritic or Quranic mark that lives
// inside an Arabic word.
func isArabicMark(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670,
		r >= 0x0610 && r <= 0x061A,
		r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6,
		r >= 0x08CA && r <= 0x08FF && r != 0x08E2:
		return true
	}
	return false
}

// isWordRune reports whether r continues an Arabic word: a letter, a mark
// or tatweel.
func isWordRune(r rune) bool {
	return r == 0x0640 || isArabicLetter(r) || isArabicMark(r)
}

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit,
// or -1.
func digitValue(r rune) int {
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

func isDigit(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return digitValue(r) >= 0 || unicode.IsDigit(r)
}

// isSpaceLike reports whether r separates tokens without being one:
// white space, control and format characters (bidi marks, ZWNJ outside
// words, BOM).
func isSpaceLike(r rune) bool {
	if r < 0x80 {
		return r <= ' ' || r == 0x7F
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r)
}

// isSymbolRune reports whether r is a symbol token rather than punctuation:
// Unicode symbols plus the signs % ‰ ٪ # @ & * that Unicode files as
// punctuation.
func isSymbolRune(r rune) bool {
	switch r {
	case '%', '#', '@', '&', '*', '‰', '٪', '؉', '؊':
		return true
	}
	if r < 0x80 {
		return r == '$' || r == '+' || r == '<' || r == '=' || r == '>' || r == '^' || r == '`' || r == '|' || r == '~'
	}
	return unicode.IsSymbol(r)
}

// isOpenQuote and friends classify quote marks for sentence splitting.
func isClosingMark(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '﴾', '〞', '〟', '＂':
		return true
	}
	return false
}

// class is the tokeniser's class of a rune.
type class uint8

const (
	cOther  class = iota // not an Arabic-block rune the fast paths know
	cLetter              // an Arabic letter
	cMark                // a diacritic inside words
	cTatweel
	cDigit
	cSpace // white space, controls and format characters
	cPunct
	cSymbol
)

// block06 classifies the Arabic block U+0600–U+06FF for the fast paths.
var block06 = func() (t [256]class) {
	for i := range t {
		r := rune(0x0600 + i)
		switch {
		case r == 0x0640:
			t[i] = cTatweel
		case isArabicLetter(r):
			t[i] = cLetter
		case isArabicMark(r):
			t[i] = cMark
		case isDigit(r):
			t[i] = cDigit
		case isSpaceLike(r):
			t[i] = cSpace
		case isSymbolRune(r):
			t[i] = cSymbol
		case unicode.IsPunct(r):
			t[i] = cPunct
		}
	}
	return t
}()

// arabicAt decodes a rune of the Arabic block U+0600–U+06FF at s[i], or
// returns ok == false.
func arabicAt(s string, i int) (idx byte, ok bool) {
	if i+1 < len(s) {
		if c := s[i]; c >= 0xD8 && c <= 0xDB {
			if c2 := s[i+1]; c2&0xC0 == 0x80 {
				return (c&0x03)<<6 | c2&0x3F, true
			}
		}
	}
	return 0, false
}

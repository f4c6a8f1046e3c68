package quote

import "unicode/utf8"

// appendFold appends the matching key of word to dst: diacritics and tatweel
// removed, alef, yeh, teh marbuta and the hamza carriers ؤ ئ folded as
// arabic.Normalize does, Arabic-Indic digits made ASCII. It works rune by
// rune without tables, because it runs on every word of a quote's context.
func appendFold(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		var r rune
		if c&0xE0 == 0xC0 && i+1 < len(word) {
			r = rune(c&0x1F)<<6 | rune(word[i+1]&0x3F)
			i += 2
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(word[i:])
			i += n
		}
		if r >= 'ا' && r <= 'ي' && r != 'ة' && r != 'ى' && r != 'ـ' {
			dst = append(dst, 0xC0|byte(r>>6), 0x80|byte(r&0x3F))
			continue
		}
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, r == 0x200C, r == 0x200D, r == 0x200F, r == 0x200E:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى' || r == 'ئ' || r == 'ی':
			r = 'ي'
		case r == 'ة' || r == 'ۀ':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ک':
			r = 'ك'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// fold returns the matching key of word.
func fold(word string) string { return string(appendFold(nil, word)) }

// hasDamma reports whether the first letter of word, after a conjunction
// و or ف, carries a damma: the mark of a passive verb (وُصفت, ذُكر).
func hasDamma(word string) bool {
	const damma = "\u064F"
	for k := 0; k < 2; k++ {
		r, n := utf8.DecodeRuneInString(word)
		if n == 0 {
			return false
		}
		rest := word[n:]
		if len(rest) >= 2 && rest[:2] == damma {
			return true
		}
		if k == 0 && (r == 'و' || r == 'ف') {
			word = rest
			continue
		}
		return false
	}
	return false
}

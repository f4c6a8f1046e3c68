package entity

import "github.com/marsad-project/marsad/arabic"

// arabicLetter marks the runes of the Arabic block U+0600–U+06FF that
// arabic.Tokenize reads as a word on their own: its letters. It is derived
// from the tokeniser itself, so that appendTokens agrees with it.
var arabicLetter = func() (t [256]bool) {
	for i := range t {
		s := string(rune(0x0600 + i))
		toks := arabic.Tokenize(s)
		t[i] = len(toks) == 1 && toks[0].Kind == arabic.Word && toks[0].Start == 0 && toks[0].End == len(s)
	}
	return t
}()

// appendTokens appends the tokens of text to dst as arabic.AppendTokens
// does, faster on the words made of Arabic letters alone, most words of
// a news text.
//
// A token never holds an ASCII space or control byte, and the tokeniser
// starts afresh after one, so that the tokens of text are those of its
// chunks between such bytes; a chunk of Arabic letters alone is one Word
// token (scanArabic reads letters up to the byte that ends the chunk).
// Other chunks go to arabic.AppendTokens.
func appendTokens(dst []arabic.Token, text string) []arabic.Token {
	n := len(text)
	for i := 0; i < n; {
		if c := text[i]; c <= ' ' || c == 0x7F {
			i++
			continue
		}
		j, letters := i, true
		for j < n {
			c := text[j]
			if c <= ' ' || c == 0x7F {
				break
			}
			if letters {
				if c >= 0xD8 && c <= 0xDB && j+1 < n && text[j+1]&0xC0 == 0x80 && arabicLetter[(c&0x03)<<6|text[j+1]&0x3F] {
					j += 2
					continue
				}
				letters = false
			}
			j++
		}
		if letters {
			dst = append(dst, arabic.Token{Start: i, End: j, Kind: arabic.Word})
		} else {
			k := len(dst)
			dst = arabic.AppendTokens(dst, text[i:j])
			for t := k; t < len(dst); t++ {
				dst[t].Start += i
				dst[t].End += i
			}
		}
		i = j
	}
	return dst
}

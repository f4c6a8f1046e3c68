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
// Other chunks go to arabic.AppendTokens. state.tokenize splits a region
// the same way, chunk by chunk (nextChunk), with no token array between;
// appendTokens is the form of that split the tests hold against
// arabic.AppendTokens.
func appendTokens(dst []arabic.Token, text string) []arabic.Token {
	for i, j, letters := nextChunk(text, 0); i < j; i, j, letters = nextChunk(text, j) {
		if letters {
			dst = append(dst, arabic.Token{Start: i, End: j, Kind: arabic.Word})
			continue
		}
		k := len(dst)
		dst = arabic.AppendTokens(dst, text[i:j])
		for t := k; t < len(dst); t++ {
			dst[t].Start += i
			dst[t].End += i
		}
	}
	return dst
}

// nextChunk returns the next chunk of text from byte from on, [i, j),
// between ASCII spaces and control bytes, and whether it is made of
// Arabic letters alone (one Word token); i == j when there is none.
func nextChunk(text string, from int) (i, j int, letters bool) {
	n := len(text)
	i = from
	for i < n && (text[i] <= ' ' || text[i] == 0x7F) {
		i++
	}
	j, letters = i, true
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
	return i, j, letters
}

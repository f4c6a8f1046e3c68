package entity

import "github.com/marsad-project/marsad/arabic"

// appendTokens appends the tokens of text to dst as arabic.AppendTokens
// does, chunk by chunk (see the chunks in tokens.go): the plain form of the
// split state.tokenize makes, which the tests hold to arabic.AppendTokens.
func appendTokens(dst []arabic.Token, text string) []arabic.Token {
	for i, j := nextChunk(text, 0); i < j; i, j = nextChunk(text, j) {
		if lettersOnly(text[i:j]) {
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
// between ASCII spaces and control bytes; i == j when there is none.
func nextChunk(text string, from int) (i, j int) {
	i = from
	for i < len(text) && isBreak(text[i]) {
		i++
	}
	return i, chunkEnd(text, i)
}

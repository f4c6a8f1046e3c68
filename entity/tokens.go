package entity

import (
	"math/bits"

	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/internal/wymix"
)

// arabicLetter marks the runes of the Arabic block U+0600–U+06FF that
// arabic.Tokenize reads as a word on their own: its letters. It is derived
// from the tokeniser itself, so that lettersOnly agrees with it.
var arabicLetter = func() (t [256]bool) {
	for i := range t {
		s := string(rune(0x0600 + i))
		toks := arabic.Tokenize(s)
		t[i] = len(toks) == 1 && toks[0].Kind == arabic.Word && toks[0].Start == 0 && toks[0].End == len(s)
	}
	return t
}()

// Chunks. A token never holds an ASCII space or control byte, and the
// tokeniser starts afresh after one (isBreak), so that the tokens of a text
// are those of its chunks between such bytes, and the tokens of a chunk
// depend on its bytes alone. A chunk of Arabic letters alone is one Word
// token; other chunks go to arabic.AppendTokens. state.tokenize splits a
// region so and keeps, for each chunk it has seen, its word record or its
// tokens under its hash (rawSlot), so that a chunk seen before costs a hash
// and one table read. appendTokens, in the tests, is the plain form of that
// split, held to arabic.AppendTokens.

// isBreak reports whether c ends a chunk: an ASCII space or control byte
// below '!'. (DEL, a control byte too, is left inside its chunk: the
// tokeniser skips it like a space, and a chunk that holds one is split by
// arabic.AppendTokens.)
func isBreak(c byte) bool { return c <= ' ' }

// The bytes of a word of eight, for chunkEnd's test.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// chunkEnd returns the index of the first byte from i on that ends a chunk
// (isBreak), or len(s). It reads eight bytes at a time: the lowest byte
// that breakAt flags is the first below '!'.
func chunkEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if t := breakAt(wymix.LE64(s[i:])); t != 0 {
			return i + bits.TrailingZeros64(t)/8
		}
	}
	for i < len(s) && !isBreak(s[i]) {
		i++
	}
	return i
}

// breakAt flags the high bit of the bytes of x, eight bytes read as a
// little-endian integer, that are below '!'. The lowest flag is exact
// (the borrows of the subtraction only flag bytes above a true one), and
// a byte of 0x80 or more is never flagged.
func breakAt(x uint64) uint64 { return (x - 0x21*ones) &^ x & highs }

// lettersOnly reports whether s, a chunk, is made of Arabic letters alone
// (arabicLetter), and so is one Word token.
func lettersOnly(s string) bool {
	if s == "" {
		return false
	}
	for j := 0; j < len(s); j += 2 {
		c := s[j]
		if c < 0xD8 || c > 0xDB || j+1 >= len(s) || s[j+1]&0xC0 != 0x80 || !arabicLetter[(c&0x03)<<6|s[j+1]&0x3F] {
			return false
		}
	}
	return true
}

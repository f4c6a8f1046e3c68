// Package wymix holds the pieces of the multiply-and-fold hashes of the
// hot paths (clean's line and word keys, entity's chunk table): reading
// bytes as little-endian integers and folding a 128-bit product, in the
// manner of wyhash. Each is small enough for the compiler to inline.
package wymix

import "math/bits"

// Mix folds the 128-bit product of x and y to 64 bits.
func Mix(x, y uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	return hi ^ lo
}

// LE64 reads the first eight bytes of s as a little-endian integer.
func LE64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// LE32 reads the first four bytes of s as a little-endian integer.
func LE32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

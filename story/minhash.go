package story

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// The shape of a MinHash signature and of its LSH index: NumHashes minimum
// hashes cut into Bands bands of Rows rows. Two texts become candidates
// when one band agrees entirely, which happens with probability
// 1-(1-J^Rows)^Bands for a Jaccard similarity J: 0.87 at J = 0.5, 0.99 at
// J = 0.6, 0.11 at J = 0.2.
const (
	NumHashes   = 128
	Bands       = 32
	Rows        = NumHashes / Bands
	ShingleSize = 3 // words per shingle
)

// DefaultDupThreshold is the estimated Jaccard similarity of word shingles
// from which Index reports two documents as near-duplicates. Wire copies
// score near 1, lightly edited rewrites (a paragraph dropped, a few words
// changed) 0.5 to 0.9, and two outlets' own reports of one event under 0.1.
const DefaultDupThreshold = 0.5

// Signature is the MinHash signature of a text: for each of NumHashes hash
// functions, the least hash of the text's word shingles. The zero
// Signature (no shingles: fewer than ShingleSize words) is similar to
// nothing.
type Signature struct {
	mins  [NumHashes]uint32
	empty bool
}

// Empty reports whether the text had too few words to sign.
func (s *Signature) Empty() bool { return s.empty }

// Similarity returns the estimated Jaccard similarity of the shingle sets
// of the two texts: the share of hash functions whose minima agree. It is
// 0 when either signature is empty.
func (s *Signature) Similarity(o *Signature) float64 {
	if s.empty || o.empty {
		return 0
	}
	n := 0
	for i := range s.mins {
		if s.mins[i] == o.mins[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// hashA and hashB are the odd multipliers and the addends of the hash
// functions h_i(x) = (a_i·x + b_i) >> 32 applied to each shingle's 64-bit
// hash x: multiply-shift universal hashing.
var hashA, hashB = func() (a, b [NumHashes]uint64) {
	s := uint64(0x9e3779b97f4a7c15)
	for i := range a {
		a[i] = splitmix(&s) | 1
		b[i] = splitmix(&s)
	}
	return
}()

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	z := *s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Sketch returns the MinHash signature of text over its ShingleSize-word
// shingles. Words are the Word, Latin and Number tokens of arabic.Tokenize,
// Arabic words normalised with arabic.Normalize and Latin ones folded to
// lower case, so that spelling variants (أ/ا, ة/ه, diacritics, tatweel)
// and punctuation do not count as edits. It makes one pass over the text.
func Sketch(text string) Signature {
	var sig Signature
	for i := range sig.mins {
		sig.mins[i] = ^uint32(0)
	}
	var tokBuf [256]arabic.Token
	var buf [128]byte
	var win [ShingleSize]uint64
	n := 0
	for start := 0; start < len(text); {
		// Tokenise in chunks cut at a line break or space, so that the
		// token buffer stays on the stack for any text size.
		end := chunkEnd(text, start, 4096)
		toks := arabic.AppendTokens(tokBuf[:0], text[start:end])
		for _, t := range toks {
			if t.Kind != arabic.Word && t.Kind != arabic.Latin && t.Kind != arabic.Number {
				continue
			}
			w := text[start+t.Start : start+t.End]
			var b []byte
			if t.Kind == arabic.Latin {
				b = appendLower(buf[:0], w)
			} else {
				b = arabic.AppendNormalized(buf[:0], w)
			}
			copy(win[:], win[1:])
			win[ShingleSize-1] = fnv(b)
			n++
			if n < ShingleSize {
				continue
			}
			x := uint64(fnvOffset)
			for _, h := range win {
				x = (x ^ h) * 0x100000001b3
				x ^= x >> 29
			}
			for i := range sig.mins {
				if v := uint32((hashA[i]*x + hashB[i]) >> 32); v < sig.mins[i] {
					sig.mins[i] = v
				}
			}
		}
		start = end
	}
	sig.empty = n < ShingleSize
	return sig
}

// chunkEnd returns where the chunk starting at start should end: at most
// max bytes on, just after a space or line break when there is one.
func chunkEnd(s string, start, max int) int {
	end := start + max
	if end >= len(s) {
		return len(s)
	}
	for i := end; i > start+max/2; i-- {
		if s[i-1] == ' ' || s[i-1] == '\n' {
			return i
		}
	}
	// No space near the cut: cut at a UTF-8 boundary.
	for end > start && s[end]&0xC0 == 0x80 {
		end--
	}
	return end
}

func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// maxChain bounds the entries followed in one LSH bucket, so that a text
// every document shares (a site's fixed footer) cannot make Add quadratic.
const maxChain = 512

// Index finds near-duplicate documents as they arrive: wire copies and
// lightly edited rewrites of one text. It keeps the MinHash signature of
// each document and its LSH band buckets, so that each Add compares the
// new document only with those sharing a band, never with all. An Index
// is not safe for concurrent use.
type Index struct {
	// Threshold is the least estimated Jaccard similarity of a
	// near-duplicate; DefaultDupThreshold when zero.
	Threshold float64

	ids   []string
	sigs  []Signature
	heads map[uint64]int32 // band bucket → last entry (doc*Bands+band) in it
	next  []int32          // entry → the previous entry of its bucket, or -1
	mark  []uint32         // doc → the query that last saw it
	query uint32
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{heads: make(map[uint64]int32)} }

// Add signs the document's body (its text when it has no body), returns
// the ids of the documents added before that are near-duplicates of it,
// most similar first, and adds it to the index.
func (x *Index) Add(doc *marsad.Document) (dups []string) {
	sig := sketchDoc(doc)
	for _, m := range x.add(doc.ID(), &sig) {
		dups = append(dups, x.ids[m.doc])
	}
	return dups
}

func sketchDoc(doc *marsad.Document) Signature {
	if len(doc.Body) > 0 {
		return Sketch(doc.BodyText())
	}
	return Sketch(doc.Text())
}

type match struct {
	doc int32
	sim float64
}

// add returns the near-duplicates of sig among the documents so far, most
// similar first, and adds sig as the next document.
func (x *Index) add(id string, sig *Signature) []match {
	if x.heads == nil {
		x.heads = make(map[uint64]int32)
	}
	thr := x.Threshold
	if thr <= 0 {
		thr = DefaultDupThreshold
	}
	doc := int32(len(x.sigs))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, *sig)
	x.mark = append(x.mark, 0)
	x.query++
	var out []match
	for b := range Bands {
		e := doc*Bands + int32(b)
		x.next = append(x.next, -1)
		if sig.empty {
			continue
		}
		key := bandKey(sig, b)
		head, ok := x.heads[key]
		if ok {
			x.next[e] = head
			for c, steps := head, 0; c >= 0 && steps < maxChain; c, steps = x.next[c], steps+1 {
				d := c / Bands
				if x.mark[d] == x.query {
					continue
				}
				x.mark[d] = x.query
				if s := sig.Similarity(&x.sigs[d]); s >= thr {
					out = append(out, match{d, s})
				}
			}
		}
		x.heads[key] = e
	}
	sortMatches(out)
	return out
}

func bandKey(sig *Signature, b int) uint64 {
	h := uint64(fnvOffset) ^ uint64(b)*0x9e3779b97f4a7c15
	for _, v := range sig.mins[b*Rows : (b+1)*Rows] {
		h = (h ^ uint64(v)) * fnvPrime
		h ^= h >> 31
	}
	return h
}

func sortMatches(m []match) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && (m[j].sim > m[j-1].sim || m[j].sim == m[j-1].sim && m[j].doc < m[j-1].doc); j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}

package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// Features are hashed to 64 bits with FNV-1a: a template byte, then the
// bytes of the strings it combines. Nothing is allocated per feature.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

func fs(tpl byte, s string) uint64 { return hashStr(hashByte(fnvOffset, tpl), s) }

func fs2(tpl byte, a, b string) uint64 {
	return hashStr(hashByte(hashStr(hashByte(fnvOffset, tpl), a), 0xff), b)
}

func fn(tpl byte, v ...byte) uint64 {
	h := hashByte(fnvOffset, tpl)
	for _, b := range v {
		h = hashByte(h, b)
	}
	return h
}

// Feature templates. Their numbers are part of the model format: change
// one and the model must be retrained (bump modelVersion).
const (
	tBias byte = iota + 1
	tWord
	tKey
	tBase
	tPre1
	tPre2
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tShape
	tPrev1
	tPrev2
	tNext1
	tNext2
	tPrevKey
	tNextKey
	tPrevWord
	tWordNext
	tGaz
	tGazBase
	tGazPrev
	tGazNext
	tPhrase
	tTrigPrev1
	tTrigPrev2
	tTrig
	tTrigNext
	tShapePrev
	tShapeNext
	tFirst
	tPrevSuf2
	tNextSuf2
	tPhrasePrev
	tPhraseNext
	tFreq
	tFreqPrev
	tFreqNext
	tChar3
	tDoc
	tDocKey
	tDocNone
	tDocPrev
	tDocNext
	tName
	tNamePrev
	tNameNext
	tNameWord
	tNameWordPrev
	tNameWordNext
	tNameClass
	tNameWordClass
	tNameTrig
	tNameFreq
	tNameWordPrev2
	tNameWordNext2
	tNameFirst
	tNameLast
)

// Token shapes.
const (
	shEmpty byte = iota
	shArabic
	shLatin
	shDigits
	shPunct
	shMixed
)

// tokInfo is what feature extraction needs to know of one token.
type tokInfo struct {
	norm    string
	key     string
	b0, b1  int32 // bases in scratch.bases[b0:b1], the word itself first
	shape   byte
	runes   byte    // length in runes, capped
	gaz     [5]byte // by type number 1..4: ratio bucket of the word as an entity
	gazBase [5]byte // the best bucket among the word's clitic-stripped bases
	phrase  byte    // label from the phrase gazetteer, 0 for none
	trig    byte    // trigger classes of the word or its bases
	freq    byte    // how often the word occurs in the lexicon's corpus, bucketed
	doc     [5]byte // by type: bucket of the other nearby occurrences of the word tagged so by the first layer; [0] is 1 when there are none
	docKey  [5]byte // the same for the word's stem
	// From the external name lists (nameLists): the classes of the names
	// the word (or one of its bases) is part of, and the position and
	// classes of the longest listed name covering it.
	nameWord, namePos, nameMask byte
	nameFirst, nameLast         byte // classes of the longer names the word (or a base) opens, closes
}

// scratch holds the buffers of one tagging call, reused through a pool.
type scratch struct {
	sents  [][2]int32 // sentences as token ranges
	labels []uint8    // one label per token of the whole input
	doc    docCounts
	info   []tokInfo
	bases  []string
	feats  []uint64
	rows   []int32 // the table slot of each of feats, -1 for none
	offs   []int32
	lex    []int32 // end of token i's lexical block in feats
	wc     wordCache
	docAt  []int32 // where token i's second-layer block begins (or would) in feats
	// The first layer's rows of the whole input, kept for the second
	// (Model.run through the joint table): token t's in
	// rows1[span1[t][0]:span1[t][2]], its second-layer block at span1[t][1].
	rows1  []int32
	span1  [][3]int32 // by token: start, second-layer block and end in rows1
	drows  []int32    // the rows of one token's second-layer block
	dfeats []uint64
	em     []float32
	score  []float32
	back   []uint8
	label  []uint8

	// TagText's buffers
	toks   []arabic.Token
	words  []string
	segs   []arabic.Segment
	tags   []Tag
	chunks []chunk
}

func shapeOf(s string) (byte, byte) {
	if s == "" {
		return shEmpty, 0
	}
	var ar, lat, dig, other, n int
	for _, r := range s {
		n++
		switch {
		case r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFEFF:
			if r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9 {
				dig++
			} else if unicode.IsLetter(r) || unicode.IsMark(r) {
				ar++
			} else {
				other++
			}
		case r >= '0' && r <= '9':
			dig++
		case unicode.IsLetter(r):
			lat++
		default:
			other++
		}
	}
	runes := byte(min(n, 12))
	switch {
	case ar == n:
		return shArabic, runes
	case lat == n:
		return shLatin, runes
	case dig == n:
		return shDigits, runes
	case other == n:
		return shPunct, runes
	case dig > 0 && other > 0 && ar+lat == 0:
		return shDigits, runes // 3.5, 1,000
	}
	return shMixed, runes
}

// prefixRunes returns the first k runes of s (or s when shorter, with ok
// false).
//
// s must be valid UTF-8, as normalised words are: the length of a rune is
// read from its first byte.
func prefixRunes(s string, k int) (string, bool) {
	i := 0
	for j := 0; j < k; j++ {
		if i >= len(s) {
			return s, false
		}
		i += runeLen(s[i])
	}
	return s[:min(i, len(s))], true
}

// suffixRunes returns the last k runes of s (or s when shorter, with ok
// false); s must be valid UTF-8.
func suffixRunes(s string, k int) (string, bool) {
	i := len(s)
	for j := 0; j < k; j++ {
		if i <= 0 {
			return s, false
		}
		i--
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
	}
	return s[i:], true
}

// runeLen returns the length of the UTF-8 sequence that begins with b.
func runeLen(b byte) int {
	switch {
	case b < 0xC0:
		return 1
	case b < 0xE0:
		return 2
	case b < 0xF0:
		return 3
	}
	return 4
}

// wordCache keeps, by written token, what prepare computes from the
// token alone (its normalised form, stem, bases, shape, lexicon and
// trigger values), so that a word seen before costs one map lookup: the
// fields prepare sets from the context (phrases, names, document counts)
// are zero in it.
//
// A scratch's cache serves one Model (its pool), whose lexicon and name
// lists are fixed: on is set only for the scratches of Model.getScratch,
// never for training, which prepares folds with different lexicons.
type wordCache struct {
	on    bool
	m     map[string]int32 // token → index in toks
	toks  []cachedTok
	bases []string // the bases of toks, in.b0:in.b1
}

type cachedTok struct{ in tokInfo }

// maxCachedWords bounds the words a scratch's wordCache holds.
const maxCachedWords = 8192

// prepare fills sc.info for the tokens of one sentence, with lexicon
// lookups in g and the name lists nl (nil for none).
func prepare(sc *scratch, toks []string, g *gazetteer, nl *nameLists) {
	sc.info = sc.info[:0]
	sc.bases = sc.bases[:0]
	wc := &sc.wc
	if wc.on && wc.m == nil {
		wc.m = map[string]int32{}
	}
	for _, tok := range toks {
		if k, ok := wc.m[tok]; ok { // (nil when off)
			c := &wc.toks[k]
			in := c.in
			in.b0 = int32(len(sc.bases))
			sc.bases = append(sc.bases, wc.bases[c.in.b0:c.in.b1]...)
			in.b1 = int32(len(sc.bases))
			sc.info = append(sc.info, in)
			continue
		}
		keep := wc.on && len(wc.toks) < maxCachedWords
		if keep {
			tok = strings.Clone(tok) // the caller's text is not kept
		}
		var in tokInfo
		in.norm = arabic.Normalize(tok)
		in.key = arabic.Stem(in.norm)
		in.shape, in.runes = shapeOf(in.norm)
		in.b0 = int32(len(sc.bases))
		if in.shape == shArabic {
			sc.bases = arabic.AppendBases(sc.bases, in.norm)
			if len(sc.bases)-int(in.b0) > 6 {
				sc.bases = sc.bases[:in.b0+6]
			}
		} else {
			sc.bases = append(sc.bases, in.norm)
		}
		in.b1 = int32(len(sc.bases))
		bases := sc.bases[in.b0:in.b1]
		for _, b := range bases {
			in.trig |= triggers[b]
		}
		if g != nil {
			in.freq = g.freq(in.norm)
			g.word(in.norm, &in.gaz)
			for _, b := range bases[1:] {
				g.word(b, &in.gazBase)
			}
		}
		if nl != nil {
			nl.word(&in, bases)
		}
		sc.info = append(sc.info, in)
		if keep {
			c := cachedTok{in: in}
			c.in.b0 = int32(len(wc.bases))
			wc.bases = append(wc.bases, bases...)
			c.in.b1 = int32(len(wc.bases))
			wc.m[tok] = int32(len(wc.toks))
			wc.toks = append(wc.toks, c)
		}
	}
	if g != nil {
		g.phrases(sc.info)
	}
	if nl != nil {
		nl.mark(sc.info, sc.bases)
	}
}

var (
	boundaryBOS = tokInfo{norm: "<s>", key: "<s>", shape: 255}
	boundaryEOS = tokInfo{norm: "</s>", key: "</s>", shape: 254}
)

// extract appends the features of the tokens [a, b) of sc.info, a
// sentence, to sc.feats: token a+i's in sc.feats[sc.offs[i]:sc.offs[i+1]].
// With doc, it adds the features of the second layer.
func extract(sc *scratch, a, b int, doc bool) {
	sc.feats = sc.feats[:0]
	sc.offs = append(sc.offs[:0], 0)
	sc.lex = sc.lex[:0]
	sc.docAt = sc.docAt[:0]
	at := func(i int) *tokInfo {
		if i < a {
			return &boundaryBOS
		}
		if i >= b {
			return &boundaryEOS
		}
		return &sc.info[i]
	}
	for i := a; i < b; i++ {
		f := sc.feats
		w := &sc.info[i]
		p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
		// The word's own identity first (after the bias): training may
		// drop this block to learn from the context as well.
		f = append(f, fn(tBias), fs(tWord, w.norm), fs(tKey, w.key),
			fs2(tPrevWord, p1.norm, w.norm), fs2(tWordNext, w.norm, n1.norm))
		for _, b := range sc.bases[w.b0+1 : w.b1] {
			f = append(f, fs(tBase, b))
		}
		sc.lex = append(sc.lex, int32(len(f)))
		if w.shape == shArabic || w.shape == shLatin || w.shape == shMixed {
			for k, tp := range [3]byte{tPre1, tPre2, tPre3} {
				if s, ok := prefixRunes(w.norm, k+1); ok {
					f = append(f, fs(tp, s))
				}
			}
			for k, tp := range [3]byte{tSuf1, tSuf2, tSuf3} {
				if s, ok := suffixRunes(w.norm, k+1); ok {
					f = append(f, fs(tp, s))
				}
			}
		}
		f = append(f,
			fn(tShape, w.shape, w.runes),
			fs(tPrev1, p1.norm), fs(tPrev2, p2.norm),
			fs(tNext1, n1.norm), fs(tNext2, n2.norm),
			fs(tPrevKey, p1.key), fs(tNextKey, n1.key),
			fn(tShapePrev, p1.shape, w.shape), fn(tShapeNext, w.shape, n1.shape),
		)
		if s, ok := suffixRunes(p1.norm, 2); ok && p1.shape == shArabic {
			f = append(f, fs(tPrevSuf2, s))
		}
		if s, ok := suffixRunes(n1.norm, 2); ok && n1.shape == shArabic {
			f = append(f, fs(tNextSuf2, s))
		}
		if i == a {
			f = append(f, fn(tFirst))
		}
		sc.docAt = append(sc.docAt, int32(len(f)))
		if doc {
			f = appendDoc(f, w, p1, n1)
		}
		f = append(f, fn(tFreq, w.freq, w.shape), fn(tFreqPrev, p1.freq, w.freq), fn(tFreqNext, w.freq, n1.freq))
		if w.shape == shArabic || w.shape == shLatin {
			for j := 0; j < len(w.norm); {
				a, ok := prefixRunes(w.norm[j:], 3)
				if !ok {
					break
				}
				f = append(f, fs(tChar3, a))
				_, sz := utf8.DecodeRuneInString(w.norm[j:])
				j += sz
			}
		}
		for ty := byte(1); ty <= 4; ty++ {
			if b := w.gaz[ty]; b > 0 {
				f = append(f, fn(tGaz, ty, b))
			}
			if b := w.gazBase[ty]; b > 0 {
				f = append(f, fn(tGazBase, ty, b))
			}
			if b := p1.gaz[ty]; b > 0 {
				f = append(f, fn(tGazPrev, ty, b))
			}
			if b := n1.gaz[ty]; b > 0 {
				f = append(f, fn(tGazNext, ty, b))
			}
		}
		if w.namePos > 0 {
			f = append(f, fn(tName, w.namePos, w.nameMask))
		}
		if p1.namePos > 0 {
			f = append(f, fn(tNamePrev, p1.namePos, p1.nameMask))
		}
		if n1.namePos > 0 {
			f = append(f, fn(tNameNext, n1.namePos, n1.nameMask))
		}
		if w.nameWord > 0 {
			f = append(f, fn(tNameWord, w.nameWord))
			for c := byte(1); c <= numClasses; c++ {
				if w.nameWord&(1<<(c-1)) != 0 {
					f = append(f, fn(tNameWordClass, c, w.namePos))
				}
				if w.nameMask&(1<<(c-1)) != 0 {
					f = append(f, fn(tNameClass, c, w.namePos))
				}
			}
			if p1.trig != 0 {
				f = append(f, fn(tNameTrig, p1.trig, w.nameWord))
			}
			f = append(f, fn(tNameFreq, w.nameWord, w.freq))
			if w.nameFirst != 0 {
				f = append(f, fn(tNameFirst, w.nameFirst, n1.nameWord))
			}
			if w.nameLast != 0 {
				f = append(f, fn(tNameLast, w.nameLast, p1.nameWord))
			}
		}
		if p1.nameWord > 0 {
			f = append(f, fn(tNameWordPrev, p1.nameWord))
		}
		if n1.nameWord > 0 {
			f = append(f, fn(tNameWordNext, n1.nameWord))
		}
		if p2.nameWord > 0 {
			f = append(f, fn(tNameWordPrev2, p2.nameWord))
		}
		if n2.nameWord > 0 {
			f = append(f, fn(tNameWordNext2, n2.nameWord))
		}
		if w.phrase > 0 {
			f = append(f, fn(tPhrase, w.phrase))
		}
		if p1.phrase > 0 {
			f = append(f, fn(tPhrasePrev, p1.phrase))
		}
		if n1.phrase > 0 {
			f = append(f, fn(tPhraseNext, n1.phrase))
		}
		if p1.trig != 0 {
			f = append(f, fn(tTrigPrev1, p1.trig))
		}
		if p2.trig != 0 {
			f = append(f, fn(tTrigPrev2, p2.trig))
		}
		if w.trig != 0 {
			f = append(f, fn(tTrig, w.trig))
		}
		if n1.trig != 0 {
			f = append(f, fn(tTrigNext, n1.trig))
		}
		sc.feats = f
		sc.offs = append(sc.offs, int32(len(f)))
	}
}

// appendDoc appends to f the features of the second layer of the token w
// between p1 and n1, the block extract puts at sc.docAt.
func appendDoc(f []uint64, w, p1, n1 *tokInfo) []uint64 {
	if w.doc[0] != 0 {
		f = append(f, fn(tDocNone, w.freq))
	}
	for ty := byte(1); ty <= 4; ty++ {
		if x := w.doc[ty]; x > 0 {
			f = append(f, fn(tDoc, ty, x))
		}
		if x := w.docKey[ty]; x > 0 {
			f = append(f, fn(tDocKey, ty, x))
		}
		if x := p1.doc[ty]; x > 0 {
			f = append(f, fn(tDocPrev, ty, x))
		}
		if x := n1.doc[ty]; x > 0 {
			f = append(f, fn(tDocNext, ty, x))
		}
	}
	return f
}

// docCounts counts, over a window of sentences, the occurrences of each
// word (and stem) and those the first layer put in an entity of each type.
type docCounts struct {
	word, key strIndex // 1 + the index of the counts in c
	c         [][5]int32
}

// strIndex maps strings to int32 values, 0 for none: for a short input (a
// window of a few words) by scanning a slice, cheaper than hashing and
// than clearing a map, otherwise by a map.
type strIndex struct {
	small bool
	keys  []string // small: the strings, their values in vals
	vals  []int32
	m     map[string]int32
}

// maxScanned is the number of tokens up to which setDoc indexes strings
// by scanning.
const maxScanned = 48

// reset empties x, to be read by scanning when small.
func (x *strIndex) reset(small bool) {
	x.small = small
	clear(x.keys) // the strings are the caller's text
	x.keys, x.vals = x.keys[:0], x.vals[:0]
	if !small {
		if x.m == nil {
			x.m = map[string]int32{}
		}
		clear(x.m)
	}
}

func (x *strIndex) get(s string) int32 {
	if !x.small {
		return x.m[s]
	}
	for i, k := range x.keys {
		if k == s {
			return x.vals[i]
		}
	}
	return 0
}

// put sets the value of s, which x does not hold.
func (x *strIndex) put(s string, v int32) {
	if !x.small {
		x.m[s] = v
		return
	}
	x.keys = append(x.keys, s)
	x.vals = append(x.vals, v)
}

// at returns the counts of s in m, made when new.
func (d *docCounts) at(m *strIndex, s string) *[5]int32 {
	k := m.get(s)
	if k == 0 {
		d.c = append(d.c, [5]int32{})
		k = int32(len(d.c))
		m.put(s, k)
	}
	return &d.c[k-1]
}

// get returns the counts of s in m, nil for none.
func (d *docCounts) get(m *strIndex, s string) *[5]int32 {
	if k := m.get(s); k > 0 {
		return &d.c[k-1]
	}
	return nil
}

func (d *docCounts) add(info []tokInfo, labels []uint8, a, b int, delta int32) {
	for i := a; i < b; i++ {
		in := &info[i]
		if in.shape != shArabic && in.shape != shLatin {
			continue
		}
		ty := typeNum(int(labels[i]))
		cw := d.at(&d.word, in.norm)
		cw[0] += delta
		cw[ty] += delta
		ck := d.at(&d.key, in.key)
		ck[0] += delta
		ck[ty] += delta
	}
}

// setDoc fills the doc fields of info from the first layer's labels: for
// each token, the other occurrences of its word within window sentences
// either side.
func setDoc(info []tokInfo, labels []uint8, sents [][2]int32, window int, d *docCounts) {
	small := len(info) <= maxScanned
	d.word.reset(small)
	d.key.reset(small)
	d.c = d.c[:0]
	lo, hi := 0, 0 // sentences [lo, hi) are counted
	for s, se := range sents {
		for hi < len(sents) && hi <= s+window {
			d.add(info, labels, int(sents[hi][0]), int(sents[hi][1]), 1)
			hi++
		}
		for lo < s-window {
			d.add(info, labels, int(sents[lo][0]), int(sents[lo][1]), -1)
			lo++
		}
		for i := se[0]; i < se[1]; i++ {
			in := &info[i]
			in.doc, in.docKey = [5]byte{}, [5]byte{}
			if in.shape != shArabic && in.shape != shLatin {
				continue
			}
			own := typeNum(int(labels[i]))
			docBuckets(d.get(&d.word, in.norm), own, &in.doc)
			docBuckets(d.get(&d.key, in.key), own, &in.docKey)
		}
	}
}

// docBuckets grades the counts c less the token's own occurrence (of
// type own) into dst.
func docBuckets(c *[5]int32, own byte, dst *[5]byte) {
	var o [5]int32
	if c != nil {
		o = *c
	}
	o[0]--
	if own > 0 {
		o[own]--
	}
	if o[0] <= 0 {
		dst[0] = 1
		return
	}
	for ty := 1; ty <= 4; ty++ {
		dst[ty] = bucket(uint32(o[ty]), uint32(o[0]))
	}
}

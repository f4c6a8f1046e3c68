package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"sync"

	"github.com/marsad-project/marsad/arabic"
)

// Model is a trained tagger: two structured perceptrons over BIO labels,
// each decoded with Viterbi under the BIO constraint (I-X only after B-X
// or I-X). The first tags each sentence alone; the second sees, besides
// the same features, how the first tagged the other occurrences of each
// word in the neighbouring sentences (names recur through an article).
// A Model is immutable once built and safe for concurrent use.
type Model struct {
	l1, l2 layer
	// joint holds the rows of both layers by feature hash, so that one
	// lookup serves a feature in both (a feature's two rows share a cache
	// line or two, fetched once); built by Load.
	// Without it (models being trained), each layer's own table serves.
	joint jointTable
	gaz   *gazetteer
	names *nameLists   // nil when trained without external lists
	info  TrainOptions // how the model was trained, kept in the file
	pool  sync.Pool
}

// layer is one perceptron.
type layer struct {
	table table                         // the feature rows, their weights as stored (q)
	trans [numTags + 1][numTags]float32 // [numTags] is the sentence start

	// The weights as stored: rows ordered by feature hash, int16 steps of
	// scale. expand derives table and trans from them.
	hashes []uint64
	q      []int16
	tq     [numTags + 1][numTags]int16
	scale  float32
}

// expand builds the lookup table and transition weights from the stored
// ones.
func (l *layer) expand() {
	l.table = newTable(len(l.hashes))
	for i, h := range l.hashes {
		l.table.put(h, (*[numTags]int16)(l.q[i*numTags:(i+1)*numTags]))
	}
	for p := range l.tq {
		for y := range l.tq[p] {
			l.trans[p][y] = float32(l.tq[p][y]) * l.scale
		}
	}
}

// table maps feature hashes to weight rows with open addressing. A
// slot holds the hash and its row of weights together (32 bytes), so
// that a lookup reads one cache line; a weight is q*scale.
type table struct {
	slots []slot // key 0 is the empty slot; a zero hash is stored as 1
	mask  uint64
	shift uint
}

type slot struct {
	key uint64
	q   [numTags]int16
}

func newTable(n int) table {
	size, bits := 2, uint(1)
	for size < n+n/2+1 { // at most two thirds full
		size <<= 1
		bits++
	}
	return table{slots: make([]slot, size), mask: uint64(size - 1), shift: 64 - bits}
}

func (t *table) put(h uint64, q *[numTags]int16) {
	if h == 0 {
		h = 1
	}
	for i := (h * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.key == 0 || s.key == h {
			s.key, s.q = h, *q
			return
		}
	}
}

// get returns the slot of h, -1 when the model has no such feature.
func (t *table) get(h uint64) int32 {
	if h == 0 {
		h = 1
	}
	if len(t.slots) == 0 {
		return -1
	}
	for i := (h * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case h:
			return int32(i)
		case 0:
			return -1
		}
	}
}

// jointTable is a table of both layers' rows: a slot holds a feature's
// hash, its weights in each layer and which layers have it (48 bytes).
type jointTable struct {
	slots []jointSlot // key 0 is the empty slot; a zero hash is stored as 1
	mask  uint64
	shift uint
}

type jointSlot struct {
	key uint64
	q   [2][numTags]int16
	has uint8 // bit li: layer li has the feature
}

// join builds the joint table of layers l1 and l2 from their stored rows.
func join(l1, l2 *layer) jointTable {
	// The union of the hashes, each list ascending.
	n := 0
	for i, j := 0, 0; i < len(l1.hashes) || j < len(l2.hashes); n++ {
		switch {
		case j == len(l2.hashes) || i < len(l1.hashes) && l1.hashes[i] < l2.hashes[j]:
			i++
		case i == len(l1.hashes) || l2.hashes[j] < l1.hashes[i]:
			j++
		default:
			i, j = i+1, j+1
		}
	}
	size, bits := 2, uint(1)
	for size < n+n/2+1 { // at most two thirds full
		size <<= 1
		bits++
	}
	t := jointTable{slots: make([]jointSlot, size), mask: uint64(size - 1), shift: 64 - bits}
	for li, l := range [2]*layer{l1, l2} {
		for i, h := range l.hashes {
			s := t.slot(h)
			s.q[li] = [numTags]int16(l.q[i*numTags : (i+1)*numTags])
			s.has |= 1 << li
		}
	}
	return t
}

// slot returns the slot of h, claiming an empty one.
func (t *jointTable) slot(h uint64) *jointSlot {
	if h == 0 {
		h = 1
	}
	for i := (h * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.key == 0 || s.key == h {
			s.key = h
			return s
		}
	}
}

// get returns the slot of h, -1 when neither layer has the feature.
func (t *jointTable) get(h uint64) int32 {
	if h == 0 {
		h = 1
	}
	for i := (h * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case h:
			return int32(i)
		case 0:
			return -1
		}
	}
}

func (m *Model) getScratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	sc := new(scratch)
	sc.wc.on = true // the Model's lexicon and name lists are fixed
	return sc
}

// Tag returns one tag per token of a pre-tokenised text (ANERcorp
// tokens: words with their clitics, punctuation apart). Sentences end
// after "." tokens; the tokens given together are taken as one text, so
// that a name tagged in one sentence helps to tag it in the next ones.
func (m *Model) Tag(tokens []string) []Tag {
	return m.AppendTags(make([]Tag, 0, len(tokens)), tokens)
}

// TagSentences tags sentences given apart, as one text: the second layer
// reads how the first tagged the other occurrences of each word in the
// TrainOptions.DocWindow sentences either side, as it learnt to on the
// training corpus, which is one text. Sentence ends are those given, not
// "." tokens; a sentence of more than 2000 tokens is cut there. The result
// has one slice of tags a sentence.
func (m *Model) TagSentences(sents [][]string) [][]Tag {
	out := make([][]Tag, len(sents))
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	if n == 0 {
		return out
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	toks := make([]string, 0, n)
	sc.sents = sc.sents[:0]
	for _, s := range sents {
		for start := 0; start < len(s); start += maxSentence {
			end := min(start+maxSentence, len(s))
			sc.sents = append(sc.sents, [2]int32{int32(len(toks) + start), int32(len(toks) + end)})
		}
		toks = append(toks, s...)
	}
	m.run(sc, toks)
	tags := make([]Tag, n)
	for i, l := range sc.labels[:n] {
		tags[i] = tagSet[l]
	}
	for i, s := range sents {
		out[i], tags = tags[:len(s):len(s)], tags[len(s):]
	}
	return out
}

// AppendTags appends the tags of tokens to dst, as Tag does.
func (m *Model) AppendTags(dst []Tag, tokens []string) []Tag {
	if len(tokens) == 0 {
		return dst
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	sc.sents = sc.sents[:0]
	for start := 0; start < len(tokens); {
		end := start
		for end < len(tokens) && end-start < maxSentence {
			end++
			if endsSentence(tokens[end-1]) {
				break
			}
		}
		sc.sents = append(sc.sents, [2]int32{int32(start), int32(end)})
		start = end
	}
	m.run(sc, tokens)
	for _, l := range sc.labels {
		dst = append(dst, tagSet[l])
	}
	return dst
}

// run labels tokens, cut into the sentences sc.sents, into sc.labels.
func (m *Model) run(sc *scratch, tokens []string) {
	prepare(sc, tokens, m.gaz, m.names)
	sc.labels = grow(sc.labels, len(tokens))
	if m.joint.slots != nil {
		m.runJoint(sc, len(tokens))
		return
	}
	for _, se := range sc.sents {
		m.l1.decode(sc, int(se[0]), int(se[1]), false)
		copy(sc.labels[se[0]:se[1]], sc.label)
	}
	setDoc(sc.info, sc.labels, sc.sents, m.info.DocWindow, &sc.doc)
	for _, se := range sc.sents {
		m.l2.decode(sc, int(se[0]), int(se[1]), true)
		copy(sc.labels[se[0]:se[1]], sc.label)
	}
}

// runJoint is run through the joint table: the second layer's features
// are the first's with a block inserted (appendDoc), so that the first
// layer's rows are kept and only the block is hashed and looked up again.
// The weights are summed in the features' order, as decode does.
func (m *Model) runJoint(sc *scratch, n int) {
	sc.rows1 = sc.rows1[:0]
	sc.span1 = grow(sc.span1, n)
	for _, se := range sc.sents {
		a, b := int(se[0]), int(se[1])
		extract(sc, a, b, false)
		base := int32(len(sc.rows1))
		for _, h := range sc.feats {
			sc.rows1 = append(sc.rows1, m.joint.get(h))
		}
		sc.em = grow(sc.em, (b-a)*numTags)
		for i := 0; i < b-a; i++ {
			sp := [3]int32{base + sc.offs[i], base + sc.docAt[i], base + sc.offs[i+1]}
			sc.span1[a+i] = sp
			e := (*[numTags]float32)(sc.em[i*numTags : (i+1)*numTags])
			*e = [numTags]float32{}
			m.sum(e, sc.rows1[sp[0]:sp[2]], 0, m.l1.scale)
		}
		viterbi(sc, b-a, &m.l1.trans)
		copy(sc.labels[a:b], sc.label)
	}
	setDoc(sc.info, sc.labels, sc.sents, m.info.DocWindow, &sc.doc)
	for _, se := range sc.sents {
		a, b := int(se[0]), int(se[1])
		sc.em = grow(sc.em, (b-a)*numTags)
		for i := a; i < b; i++ {
			p1, n1 := &boundaryBOS, &boundaryEOS
			if i > a {
				p1 = &sc.info[i-1]
			}
			if i+1 < b {
				n1 = &sc.info[i+1]
			}
			sc.dfeats = appendDoc(sc.dfeats[:0], &sc.info[i], p1, n1)
			sc.drows = sc.drows[:0]
			for _, h := range sc.dfeats {
				sc.drows = append(sc.drows, m.joint.get(h))
			}
			sp := sc.span1[i]
			e := (*[numTags]float32)(sc.em[(i-a)*numTags : (i-a+1)*numTags])
			*e = [numTags]float32{}
			m.sum(e, sc.rows1[sp[0]:sp[1]], 1, m.l2.scale)
			m.sum(e, sc.drows, 1, m.l2.scale)
			m.sum(e, sc.rows1[sp[1]:sp[2]], 1, m.l2.scale)
		}
		viterbi(sc, b-a, &m.l2.trans)
		copy(sc.labels[a:b], sc.label)
	}
}

// sum adds to e the weights of layer li in the joint table's rows, in
// order.
func (m *Model) sum(e *[numTags]float32, rows []int32, li int, scale float32) {
	has := uint8(1) << li
	for _, r := range rows {
		if r < 0 {
			continue
		}
		s := &m.joint.slots[r]
		if s.has&has == 0 {
			continue
		}
		q := &s.q[li]
		for y := range e {
			e[y] += float32(float32(q[y]) * scale) // as in layer.decode
		}
	}
}

// decode labels the tokens [a, b) of sc.info into sc.label.
func (l *layer) decode(sc *scratch, a, b int, doc bool) {
	extract(sc, a, b, doc)
	n := b - a
	sc.em = grow(sc.em, n*numTags)
	// The rows of all features first, then the sums: the table lookups
	// are independent of one another, so that their cache misses overlap
	// instead of each waiting for the sum before it. The weights are added
	// in the features' order, as before.
	sc.rows = grow(sc.rows, len(sc.feats))
	for k, h := range sc.feats {
		sc.rows[k] = l.table.get(h)
	}
	for i := 0; i < n; i++ {
		e := (*[numTags]float32)(sc.em[i*numTags : (i+1)*numTags])
		*e = [numTags]float32{}
		for _, r := range sc.rows[sc.offs[i]:sc.offs[i+1]] {
			if r < 0 {
				continue
			}
			q := &l.table.slots[r].q
			for y := range e {
				// The weight rounded on its own, as the float table
				// held it: the conversion forbids a fused multiply-add.
				e[y] += float32(float32(q[y]) * l.scale)
			}
		}
	}
	viterbi(sc, n, &l.trans)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

var negInf = float32(math.Inf(-1))

// viterbi finds the best label sequence for the emission scores sc.em
// under the transition scores and the BIO constraint.
func viterbi(sc *scratch, n int, trans *[numTags + 1][numTags]float32) {
	sc.score = grow(sc.score, n*numTags)
	sc.back = grow(sc.back, n*numTags)
	sc.label = grow(sc.label, n)
	if n == 0 {
		return
	}
	for y := 0; y < numTags; y++ {
		if allowed(numTags, y) {
			sc.score[y] = sc.em[y] + trans[numTags][y]
		} else {
			sc.score[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := sc.score[(i-1)*numTags : i*numTags]
		cur := sc.score[i*numTags : (i+1)*numTags]
		for y := 0; y < numTags; y++ {
			best, arg := negInf, 0
			for _, p := range predTab[y] { // ascending: ties go to the lowest label
				if s := prev[p] + trans[p][y]; s > best {
					best, arg = s, int(p)
				}
			}
			cur[y] = best + sc.em[i*numTags+y]
			sc.back[i*numTags+y] = uint8(arg)
		}
	}
	best, arg := negInf, 0
	for y := 0; y < numTags; y++ {
		if s := sc.score[(n-1)*numTags+y]; s > best {
			best, arg = s, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		sc.label[i] = uint8(arg)
		arg = int(sc.back[i*numTags+arg])
	}
}

// predTab lists, for each label, the labels that may precede it, in
// ascending order.
var predTab = func() (t [numTags][]uint8) {
	for j := range t {
		for i := 0; i < numTags; i++ {
			if allowed(i, j) {
				t[j] = append(t[j], uint8(i))
			}
		}
	}
	return t
}()

// Span is an entity found in a text: the byte range [Start, End) of the
// text given to TagText and its type.
type Span struct {
	Start, End int
	Type       Type
}

// TagText finds the entities of a raw text: it splits it into sentences
// with arabic.Sentences and tokens with arabic.Tokenize, tags them, and
// returns the entities as byte spans of text, in order.
func (m *Model) TagText(text string) []Span {
	sc := m.getScratch()
	defer m.pool.Put(sc)
	sc.toks = arabic.AppendTokens(sc.toks[:0], text)
	toks := sc.toks
	if len(toks) == 0 {
		return nil
	}
	sc.words = sc.words[:0]
	for _, t := range toks {
		sc.words = append(sc.words, text[t.Start:t.End])
	}
	// Cut the tokens at the sentence ends arabic.Sentences finds.
	sc.sents = sc.sents[:0]
	start := 0
	sc.segs = arabic.AppendSentences(sc.segs[:0], text)
	for _, seg := range sc.segs {
		end := start
		for end < len(toks) && toks[end].Start < seg.End {
			end++
		}
		for end-start > maxSentence {
			sc.sents = append(sc.sents, [2]int32{int32(start), int32(start + maxSentence)})
			start += maxSentence
		}
		if end > start {
			sc.sents = append(sc.sents, [2]int32{int32(start), int32(end)})
		}
		start = end
	}
	if start < len(toks) {
		sc.sents = append(sc.sents, [2]int32{int32(start), int32(len(toks))})
	}
	m.run(sc, sc.words)
	var out []Span
	for _, se := range sc.sents {
		sc.tags = sc.tags[:0]
		for _, l := range sc.labels[se[0]:se[1]] {
			sc.tags = append(sc.tags, tagSet[l])
		}
		sc.chunks = chunks(sc.chunks[:0], sc.tags)
		for _, c := range sc.chunks {
			out = append(out, Span{Start: toks[int(se[0])+c.start].Start, End: toks[int(se[0])+c.end-1].End, Type: c.typ})
		}
	}
	clear(sc.words) // the words are the caller's text
	return out
}

// Info returns the options the model was trained with.
func (m *Model) Info() TrainOptions { return m.info }

//go:embed model/anercorp.ner.gz
var embedded []byte

var loadDefault = sync.OnceValue(func() *Model {
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		panic(fmt.Sprintf("ner: embedded model: %v", err))
	}
	return m
})

// Default returns the model shipped with the package, trained on the
// ANERcorp training part (see model/README.md). It is loaded on first use
// and shared; it panics only if the embedded file is corrupt, which
// TestDefault_Loads guards.
func Default() *Model { return loadDefault() }

package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions sets how Train learns a model. The zero value gives the
// defaults of the shipped model.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 8).
	Epochs int
	// Seed seeds the deterministic shuffle of the sentences before each
	// epoch (default 1).
	Seed uint64
	// Folds is the number of contiguous parts the data is cut into so
	// that a sentence's lexicon features (gazetteer of training entities)
	// and the first layer's tags the second layer learns from come from
	// models that did not see it, as on unseen text (default 5; 1 uses
	// the whole data, which leaks and overtrusts it).
	Folds int
	// Prune drops averaged weights smaller than it in absolute value
	// (default 0.05; negative for none).
	Prune float64
	// DocWindow is how many sentences either side the second layer looks
	// at for other occurrences of a word (default 10).
	DocWindow int
	// Dropout is the probability with which training hides a token's own
	// word features (word, stem, bases, word bigrams) in an update, so
	// that the context and affix features learn to find unseen names too
	// (default 0.2; negative for none).
	Dropout float64
	// Names are external name lists (place, person and organisation
	// names, place adjectives) whose matches in the text become features.
	// The model keeps them in its file; Info returns them as kept
	// (normalised, merged, sorted). Nil trains on the corpus alone.
	Names []Name `json:"-"`
	// OnEpoch, if set, is called after each epoch of the second layer
	// with the averaged model so far, to follow progress on held-out
	// data. It is not saved.
	OnEpoch func(epoch int, m *Model) `json:"-"`
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Folds <= 0 {
		o.Folds = 5
	}
	if o.Prune < 0 {
		o.Prune = 0
	} else if o.Prune == 0 {
		o.Prune = 0.05
	}
	if o.Dropout < 0 {
		o.Dropout = 0
	} else if o.Dropout == 0 {
		o.Dropout = 0.2
	}
	if o.DocWindow <= 0 {
		o.DocWindow = 10
	}
	return o
}

// ErrNoData is returned by Train when the input holds no tagged token.
var ErrNoData = errors.New("ner: no training data")

// Train reads a CoNLL corpus (ReadCoNLL) and trains a model on it. The
// result depends only on the input and opt: the same input gives a
// byte-identical saved model.
func Train(r io.Reader, opt TrainOptions) (*Model, error) {
	sents, err := ReadCoNLL(r)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	return TrainSentences(sents, opt)
}

// inst is a training sentence: its features as rows, token i's in
// feats[offs[i]:offs[i+1]], and its gold labels.
type inst struct {
	feats  []int32
	offs   []int32
	lex    []int32 // end of each token's lexical block, which dropout skips
	labels []uint8
}

// featureSpace numbers feature hashes in order of first appearance.
type featureSpace struct {
	ids    map[uint64]int32
	hashes []uint64
}

func (fs *featureSpace) inst(sc *scratch, a, b int, doc bool, labels []uint8) inst {
	extract(sc, a, b, doc)
	in := inst{feats: make([]int32, len(sc.feats)), offs: slices.Clone(sc.offs), lex: slices.Clone(sc.lex), labels: labels}
	for j, h := range sc.feats {
		id, ok := fs.ids[h]
		if !ok {
			id = int32(len(fs.hashes))
			fs.ids[h] = id
			fs.hashes = append(fs.hashes, h)
		}
		in.feats[j] = id
	}
	return in
}

// TrainSentences trains a model on tagged sentences, as Train does.
func TrainSentences(sents []Sentence, opt TrainOptions) (*Model, error) {
	opt = opt.withDefaults()
	var data []Sentence
	for _, s := range sents {
		if len(s.Tokens) > 0 && len(s.Tags) == len(s.Tokens) {
			data = append(data, s)
		}
	}
	if len(data) == 0 {
		return nil, ErrNoData
	}
	full := buildGazetteer(data, func(int) bool { return true })
	names := buildNames(opt.Names)
	k := min(opt.Folds, len(data))
	fold := func(i int) int { return i * k / len(data) }
	gaz := make([]*gazetteer, k)
	for f := range gaz {
		if k == 1 {
			gaz[f] = full
			continue
		}
		gaz[f] = buildGazetteer(data, func(i int) bool { return fold(i) != f })
	}

	// The whole corpus as one token sequence, for the document features.
	var tokens []string
	var gold []uint8
	var sentRanges [][2]int32
	for _, s := range data {
		a := len(tokens)
		tokens = append(tokens, s.Tokens...)
		for _, t := range s.Tags {
			gold = append(gold, uint8(tagIndex(t)))
		}
		sentRanges = append(sentRanges, [2]int32{int32(a), int32(len(tokens))})
	}
	// infos holds each sentence's token information with the lexicon of
	// its fold.
	// The clitic-stripped bases go along, their offsets moved: each
	// prepare starts the scratch's bases afresh.
	sc := new(scratch)
	infos := make([]tokInfo, 0, len(tokens))
	var bases []string
	for si, s := range data {
		prepare(sc, s.Tokens, gaz[fold(si)], names)
		off := int32(len(bases))
		bases = append(bases, sc.bases...)
		for _, in := range sc.info {
			in.b0 += off
			in.b1 += off
			infos = append(infos, in)
		}
	}
	space := &featureSpace{ids: map[uint64]int32{}}
	insts := make([]inst, len(data))
	sc.info, sc.bases = infos, bases
	for si, se := range sentRanges {
		insts[si] = space.inst(sc, int(se[0]), int(se[1]), false, gold[se[0]:se[1]])
	}

	// Layer 1 on all the data, then once per fold on the other folds to
	// tag that fold as unseen text.
	tr := &trainer{sc: new(scratch)}
	all := make([]int, len(insts))
	for i := range all {
		all[i] = i
	}
	tr.train(insts, all, len(space.hashes), opt, 0, nil)
	m := &Model{gaz: full, names: names, info: opt}
	m.info.OnEpoch = nil
	m.info.Names = names.names()
	m.l1 = tr.layer(space.hashes, opt.Prune)
	pred := make([]uint8, len(tokens))
	for f := 0; f < k; f++ {
		var part, rest []int
		for si := range insts {
			if fold(si) == f {
				part = append(part, si)
			} else {
				rest = append(rest, si)
			}
		}
		if k > 1 {
			tr.train(insts, rest, len(space.hashes), opt, uint64(f+1), nil)
		}
		tr.average()
		for _, si := range part {
			tr.decode(&insts[si])
			copy(pred[sentRanges[si][0]:sentRanges[si][1]], tr.sc.label)
		}
	}

	// Layer 2 with the document features.
	setDoc(infos, pred, sentRanges, opt.DocWindow, &sc.doc)
	for si, se := range sentRanges {
		insts[si] = space.inst(sc, int(se[0]), int(se[1]), true, gold[se[0]:se[1]])
	}
	space.ids = nil
	var onEpoch func(int)
	if opt.OnEpoch != nil {
		onEpoch = func(epoch int) {
			snap := &Model{gaz: m.gaz, names: m.names, info: m.info, l1: m.l1, l2: tr.layer(space.hashes, opt.Prune)}
			opt.OnEpoch(epoch, snap)
		}
	}
	tr.train(insts, all, len(space.hashes), opt, uint64(k+1), onEpoch)
	m.l2 = tr.layer(space.hashes, opt.Prune)
	return m, nil
}

// trainer runs the averaged structured perceptron.
type trainer struct {
	w, u   []float64 // weights and the sum of c·update, for averaging
	tw, tu [numTags + 1][numTags]float64
	c      float64
	sc     *scratch
	rng    *rand.Rand
	drop   []bool // tokens whose lexical block is skipped in this step
	rate   float64
	trans  [numTags + 1][numTags]float32
}

// train learns weights from scratch on insts[order...], shuffled before
// each epoch by a generator seeded with opt.Seed and stream.
func (t *trainer) train(insts []inst, order []int, nf int, opt TrainOptions, stream uint64, onEpoch func(int)) {
	t.w = grow(t.w, nf*numTags)
	t.u = grow(t.u, nf*numTags)
	clear(t.w)
	clear(t.u)
	t.tw, t.tu = [numTags + 1][numTags]float64{}, [numTags + 1][numTags]float64{}
	t.c = 1
	order = slices.Clone(order)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572+stream))
	t.rng = rand.New(rand.NewPCG(opt.Seed, 0x64726f70+stream))
	t.rate = opt.Dropout
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			t.step(&insts[si])
		}
		if onEpoch != nil {
			onEpoch(epoch)
		}
	}
}

// decode labels in with the current weights into t.sc.label.
func (t *trainer) decode(in *inst) {
	for p := range t.tw {
		for y := range t.tw[p] {
			t.trans[p][y] = float32(t.tw[p][y])
		}
	}
	sc := t.sc
	n := len(in.labels)
	sc.em = grow(sc.em, n*numTags)
	for i := 0; i < n; i++ {
		var e [numTags]float64
		for _, r := range t.feats(in, i) {
			row := t.w[int(r)*numTags : int(r)*numTags+numTags]
			for y := range e {
				e[y] += row[y]
			}
		}
		if t.skip(i) {
			for _, r := range in.feats[in.lex[i]:in.offs[i+1]] {
				row := t.w[int(r)*numTags : int(r)*numTags+numTags]
				for y := range e {
					e[y] += row[y]
				}
			}
		}
		for y := range e {
			sc.em[i*numTags+y] = float32(e[y])
		}
	}
	viterbi(sc, n, &t.trans)
}

// feats returns the rows of token i, without its lexical block when it
// is dropped (see skip).
func (t *trainer) feats(in *inst, i int) []int32 {
	if t.skip(i) {
		return in.feats[in.offs[i] : in.offs[i]+1] // the bias only; the rest follows the block
	}
	return in.feats[in.offs[i]:in.offs[i+1]]
}

func (t *trainer) skip(i int) bool { return i < len(t.drop) && t.drop[i] }

// step decodes one sentence and updates the weights where it errs.
func (t *trainer) step(in *inst) {
	t.drop = grow(t.drop, len(in.labels))
	for i := range t.drop {
		t.drop[i] = t.rate > 0 && t.rng.Float64() < t.rate
	}
	t.decode(in)
	upd := func(row int32, y uint8, d float64) {
		j := int(row)*numTags + int(y)
		t.w[j] += d
		t.u[j] += t.c * d
	}
	pg, pp := uint8(numTags), uint8(numTags)
	for i, g := range in.labels {
		p := t.sc.label[i]
		if g != p {
			for _, r := range t.feats(in, i) {
				upd(r, g, 1)
				upd(r, p, -1)
			}
			if t.skip(i) {
				for _, r := range in.feats[in.lex[i]:in.offs[i+1]] {
					upd(r, g, 1)
					upd(r, p, -1)
				}
			}
		}
		if g != p || pg != pp {
			t.tw[pg][g]++
			t.tu[pg][g] += t.c
			t.tw[pp][p]--
			t.tu[pp][p] -= t.c
		}
		pg, pp = g, p
	}
	t.c++
	t.drop = t.drop[:0]
}

// average replaces the weights by their averages, ending a training.
func (t *trainer) average() {
	for j := range t.w {
		t.w[j] -= t.u[j] / t.c
	}
	for p := range t.tw {
		for y := range t.tw[p] {
			t.tw[p][y] -= t.tu[p][y] / t.c
		}
	}
	clear(t.u)
	t.tu = [numTags + 1][numTags]float64{}
}

// layer builds a layer from the averaged weights: pruned, quantised to
// the 16-bit grid the file format stores, rows ordered by hash.
func (t *trainer) layer(hashes []uint64, prune float64) layer {
	avg := func(j int) float64 {
		x := t.w[j] - t.u[j]/t.c
		if math.Abs(x) < prune {
			return 0
		}
		return x
	}
	type rowAt struct {
		h   uint64
		row int
	}
	var rows []rowAt
	maxAbs := 0.0
	for r, h := range hashes {
		keep := false
		for y := 0; y < numTags; y++ {
			if x := avg(r*numTags + y); x != 0 {
				keep = true
				maxAbs = max(maxAbs, math.Abs(x))
			}
		}
		if keep {
			rows = append(rows, rowAt{h, r})
		}
	}
	var tavg [numTags + 1][numTags]float64
	for p := range t.tw {
		for y := range t.tw[p] {
			tavg[p][y] = t.tw[p][y] - t.tu[p][y]/t.c
			maxAbs = max(maxAbs, math.Abs(tavg[p][y]))
		}
	}
	slices.SortFunc(rows, func(a, b rowAt) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return 0
	})
	q := newQuantizer(maxAbs)
	l := layer{scale: q.scale, hashes: make([]uint64, len(rows)), q: make([]int16, len(rows)*numTags)}
	for i, ra := range rows {
		l.hashes[i] = ra.h
		for y := 0; y < numTags; y++ {
			l.q[i*numTags+y] = q.quant(avg(ra.row*numTags + y))
		}
	}
	for p := range tavg {
		for y := range tavg[p] {
			l.tq[p][y] = q.quant(tavg[p][y])
		}
	}
	l.expand()
	return l
}

// quantizer maps weights to int16 steps of scale.
type quantizer struct{ scale float32 }

func newQuantizer(maxAbs float64) quantizer {
	if maxAbs == 0 {
		return quantizer{scale: 1}
	}
	return quantizer{scale: float32(maxAbs / 32000)}
}

func (q quantizer) quant(x float64) int16 {
	return int16(math.Round(x / float64(q.scale)))
}

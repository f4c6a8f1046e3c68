package ner

import (
	"sort"
	"strings"

	"github.com/marsad-project/marsad/arabic"
)

// A gazetteer is the lexicon the model learns from its training data:
// how often each normalised word occurs and how often as part of an
// entity of each type, and the multi-word entities seen.
type gazetteer struct {
	words  map[string][5]uint32 // [0] occurrences, [1..4] occurrences inside an entity of type 1..4
	list   []phrase             // sorted by key, for saving
	phr    map[uint64]byte      // hash of a phrase's tokens → type 1..4
	pre    map[uint64]struct{}  // hashes of every proper prefix of a phrase
	maxLen int
}

// phrase is a multi-word entity of the training data, normalised.
type phrase struct {
	toks []string
	typ  byte
}

// typeNum gives a label's type number 1..4 (0 for O).
func typeNum(label int) byte { return byte((label + 1) / 2) }

// maxPhrase bounds the length of the entities kept as phrases.
const maxPhrase = 8

// buildGazetteer counts the words and entities of the sentences for which
// keep returns true.
func buildGazetteer(sents []Sentence, keep func(i int) bool) *gazetteer {
	g := &gazetteer{words: map[string][5]uint32{}}
	type phraseCount struct {
		toks []string
		n    [5]uint32
	}
	phrases := map[string]*phraseCount{}
	for si, s := range sents {
		if !keep(si) {
			continue
		}
		norms := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			norms[i] = arabic.Normalize(t)
		}
		labels := make([]int, len(s.Tokens))
		for i := range s.Tokens {
			if i < len(s.Tags) {
				labels[i] = tagIndex(s.Tags[i])
			}
		}
		for i, w := range norms {
			e := g.words[w]
			e[0]++
			if ty := typeNum(labels[i]); ty > 0 {
				e[ty]++
			}
			g.words[w] = e
		}
		for _, c := range chunks(nil, s.Tags) {
			if c.end-c.start < 2 || c.end-c.start > maxPhrase {
				continue
			}
			ty := typeNum(tagIndex(Tag("B-" + string(c.typ))))
			if ty == 0 {
				continue
			}
			key := strings.Join(norms[c.start:c.end], "\x00")
			pc := phrases[key]
			if pc == nil {
				pc = &phraseCount{toks: norms[c.start:c.end]}
				phrases[key] = pc
			}
			pc.n[ty]++
		}
	}
	keys := make([]string, 0, len(phrases))
	for k := range phrases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		pc := phrases[k]
		best := byte(1)
		for ty := byte(2); ty <= 4; ty++ {
			if pc.n[ty] > pc.n[best] {
				best = ty
			}
		}
		g.list = append(g.list, phrase{toks: pc.toks, typ: best})
	}
	g.index()
	return g
}

// index builds the phrase lookup tables from g.list.
func (g *gazetteer) index() {
	g.phr = make(map[uint64]byte, len(g.list))
	g.pre = make(map[uint64]struct{}, 2*len(g.list))
	g.maxLen = 0
	for _, p := range g.list {
		h := uint64(fnvOffset)
		for i, t := range p.toks {
			h = hashByte(hashStr(h, t), 0)
			if i < len(p.toks)-1 {
				g.pre[h] = struct{}{}
			}
		}
		g.phr[h] = p.typ
		g.maxLen = max(g.maxLen, len(p.toks))
	}
}

// bucket grades how often a word is part of an entity of one type.
func bucket(n, total uint32) byte {
	if n == 0 || total == 0 {
		return 0
	}
	r := float64(n) / float64(total)
	switch {
	case r >= 0.8:
		return 4
	case r >= 0.5:
		return 3
	case r >= 0.2:
		return 2
	}
	return 1
}

// word raises dst[ty] to the bucket of w for each type.
func (g *gazetteer) word(w string, dst *[5]byte) {
	e, ok := g.words[w]
	if !ok {
		return
	}
	for ty := 1; ty <= 4; ty++ {
		if b := bucket(e[ty], e[0]); b > dst[ty] {
			dst[ty] = b
		}
	}
}

// phrases marks the tokens covered by the longest known multi-word entity
// starting at each position, left to right, with B-/I- labels.
func (g *gazetteer) phrases(info []tokInfo) {
	if len(g.list) == 0 {
		return
	}
	for i := 0; i < len(info); {
		h := uint64(fnvOffset)
		end, typ := -1, byte(0)
		for j := i; j < len(info) && j-i < g.maxLen; j++ {
			h = hashByte(hashStr(h, info[j].norm), 0)
			if ty, ok := g.phr[h]; ok {
				end, typ = j+1, ty
			}
			if _, ok := g.pre[h]; !ok {
				break
			}
		}
		if end < 0 {
			i++
			continue
		}
		info[i].phrase = 2*typ - 1
		for k := i + 1; k < end; k++ {
			info[k].phrase = 2 * typ
		}
		i = end
	}
}

// freq buckets how often w occurs in the lexicon's corpus: 0 never, then
// 1, 2-4, 5-19, 20-99, 100 and more.
func (g *gazetteer) freq(w string) byte {
	n := g.words[w][0]
	switch {
	case n == 0:
		return 1
	case n == 1:
		return 2
	case n < 5:
		return 3
	case n < 20:
		return 4
	case n < 100:
		return 5
	}
	return 6
}

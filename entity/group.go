package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/gazetteer"
)

// cand is a mention that may be one of the pair a group word stands for:
// a person, or a country (a capital counts as its country).
type cand struct {
	country *gazetteer.Entity // the country of a capital
	ti, tj  int32             // the mention's tokens [ti, tj)
	ent     int32             // the document entity of a person or a country, or -1
	person  bool              // a person; otherwise a country
	capital bool              // a capital, standing for its country
}

// resolveGroups adds to each group word (البلدين, الجانبان, بلديهما,
// الزعيمان) a mention of each of the two entities it stands for: the pair
// the text named together last before it, of the group's kind, else the
// two entities of that kind mentioned last.
//
// Two mentions are named together when they are joined in one clause: by
// و (شي وبوتين, الرياض وطهران, بين روسيا والصين), by مع (مع نظيره), or,
// for people, side by side (استقبل شي بوتين). For a group of countries,
// a pair of people so joined from two countries names those countries
// (وزير الخارجية السعودي ... ووزير الخارجية الإيراني ... البلدين), and a
// capital stands for its country. A host or a third party named alone
// after the pair (في اجتماع استضافته سلطنة عمان) does not displace it.
func (st *state) resolveGroups() {
	if len(st.groups) == 0 {
		return
	}
	last := int(st.toks[st.groups[len(st.groups)-1]].start)
	st.cands = st.cands[:0]
	for mi := range st.ments {
		m := &st.ments[mi]
		if m.start >= last {
			continue
		}
		de := st.ents[m.ent]
		c := cand{ent: int32(m.ent), ti: st.mtoks[mi][0], tj: st.mtoks[mi][1]}
		switch de.out.Type {
		case marsad.EntityPerson:
			c.person = true
			st.cands = append(st.cands, c)
		case marsad.EntityCountry:
			st.cands = append(st.cands, c)
		case marsad.EntityCity:
			if co := st.capitalOf(de.kb); co != nil {
				c.ent, c.country, c.capital = -1, co, true
				if k, ok := st.byKB.get(co); ok {
					c.ent = int32(k)
				}
				st.cands = append(st.cands, c)
			}
		}
	}
	sortCands(st.cands)
	st.pairs = st.joinedPairs(st.cands, st.pairs[:0])
	for _, g := range st.groups {
		people := st.toks[g].w.group == 2
		end := len(st.cands)
		for end > 0 && int(st.cands[end-1].ti) >= g {
			end--
		}
		a, b, ok := st.pairBefore(g, people)
		if !ok {
			a, b, ok = st.lastTwo(st.cands[:end], people)
		}
		if !ok {
			continue
		}
		st.add(a, g, g+1, g, g, "", false)
		st.add(b, g, g+1, g, g, "", false)
	}
}

// sortCands orders cs by candCmp. They are nearly in order already (the
// first pass adds mentions in text order): an insertion sort moves the
// few the later passes added, and gives way to a comparison sort when
// they are more than a few (a document of thousands of mentions added
// out of order).
func sortCands(cs []cand) {
	moves := 0
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && candCmp(cs[j], cs[j-1]) < 0; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
			if moves++; moves > 8*len(cs) {
				slices.SortStableFunc(cs, candCmp)
				return
			}
		}
	}
}

// candCmp orders candidates by their tokens, then by entity.
func candCmp(a, b cand) int {
	return cmp.Or(cmp.Compare(a.ti, b.ti), cmp.Compare(a.tj, b.tj), cmp.Compare(a.ent, b.ent))
}

// capitalOf returns the country whose capital is the city e, or nil.
func (st *state) capitalOf(e *gazetteer.Entity) *gazetteer.Entity {
	if e == nil || e.QID == "" || st.r.KB == nil || e.Code == "" {
		return nil
	}
	if c := st.r.KB.Country(e.Code); c != nil && c.Capital == string(e.QID) {
		return c
	}
	return nil
}

// candEnt returns the document entity of a country or person candidate,
// creating that of a capital's country.
func (st *state) candEnt(c cand) int {
	if c.ent >= 0 {
		return int(c.ent)
	}
	return st.entityFor(c.country)
}

// sameEnt reports whether two candidates stand for one entity.
func sameEnt(a, b cand) bool {
	if a.ent >= 0 && b.ent >= 0 {
		return a.ent == b.ent
	}
	return a.country != nil && b.country != nil && a.country == b.country
}

// joinedPairs appends to dst the pairs of candidates of cs (indexes,
// in the order of the second) named together (see resolveGroups): two of
// one class, joined in one clause, neither the object of a preposition
// nor part of a longer list.
func (st *state) joinedPairs(cs []cand, dst [][2]int) [][2]int {
	for bi := 1; bi < len(cs); bi++ {
		b := cs[bi]
		// a: the candidate of the same class just before b that is not
		// b's entity and does not overlap it; a joined one ends at most
		// three words before b, and no mention is long.
		ai := bi - 1
		for ; ai >= 0 && cs[ai].ti >= b.ti-16; ai-- {
			a := cs[ai]
			if a.person == b.person && !sameEnt(a, b) && a.tj <= b.ti {
				break
			}
		}
		if ai < 0 || cs[ai].ti < b.ti-16 || !st.joined(cs[ai], b, b.person) || st.governed(cs[ai]) || st.enumerated(b) || st.listTail(cs, ai) {
			continue
		}
		dst = append(dst, [2]int{ai, bi})
	}
	return dst
}

// pairBefore returns the entities of the last pair of st.pairs before
// token g of the kind people says: two people, or two countries (two
// joined people of two countries name their countries).
func (st *state) pairBefore(g int, people bool) (int, int, bool) {
	for pi := len(st.pairs) - 1; pi >= 0; pi-- {
		a, b := st.cands[st.pairs[pi][0]], st.cands[st.pairs[pi][1]]
		if int(b.ti) >= g || people && !b.person {
			continue
		}
		if b.person == people {
			return st.candEnt(a), st.candEnt(b), true
		}
		ca, cb := st.ents[a.ent].out.Code, st.ents[b.ent].out.Code
		if ca == "" || cb == "" || ca == cb || st.r.KB == nil {
			continue
		}
		ea, eb := st.r.KB.Country(ca), st.r.KB.Country(cb)
		if ea == nil || eb == nil {
			continue
		}
		return st.entityFor(ea), st.entityFor(eb), true
	}
	return 0, 0, false
}

// joined reports whether mentions a and b, a before b, are joined in one
// clause: in one region, with no punctuation and at most three words
// between them, b read after و or مع (والصين, ونظيره, مع نظيره); people
// also side by side.
func (st *state) joined(a, b cand, people bool) bool {
	i, j := int(a.tj), int(b.ti)
	if j < i || j-i > 3 || st.toks[i-1].seg != st.toks[j].seg {
		return false
	}
	for k := i; k < j; k++ {
		if !st.toks[k].word {
			return false
		}
	}
	if people && j == i {
		return true
	}
	if j > i {
		if n := st.toks[j-1].w.norm; n == "و" || n == "مع" || n == "ومع" {
			return true
		}
	}
	return conjoined(st.toks[j].w)
}

// proclitics returns the letters the recogniser dropped from the front
// of the word w to read it (و of وبوتين, ل of لأوكرانيا, لل of للصين): the
// front of norm before the first base of a name, a title, a counterpart
// or a body that is not the whole word; "" when it read the whole word
// (وانغ, لبنان).
func proclitics(w *word) string {
	front := func(b string) (string, bool) {
		if b == w.norm || len(b) == 0 {
			return "", false
		}
		if strings.HasSuffix(w.norm, b) {
			return w.norm[:len(w.norm)-len(b)], true
		}
		if rest, ok := strings.CutPrefix(b, "ال"); ok && strings.HasSuffix(w.norm, rest) {
			return w.norm[:len(w.norm)-len(rest)], true // للصين: the article restored
		}
		return "", false
	}
	for _, hs := range [][]hit{w.forms, w.roles, w.skels} {
		for _, h := range hs {
			if p, ok := front(h.base); ok {
				return p
			}
		}
	}
	if p, ok := front(w.counterpart); ok {
		return p
	}
	for _, b := range w.insts {
		if p, ok := front(b); ok {
			return p
		}
	}
	return ""
}

// conjoined reports whether the word w begins with the conjunction و read
// as a proclitic (وبوتين, ووزير, ونظيره), which a name that begins with و
// (وانغ) does not.
func conjoined(w *word) bool {
	return strings.HasPrefix(proclitics(w), "و")
}

// governed reports whether the mention a, the first of a pair, is the
// object of a preposition other than بين (إشارات إلى أوكرانيا وتايوان,
// زيارة لروسيا والصين): such a pair is what is spoken of, not the two
// parties a later البلدين means.
func (st *state) governed(a cand) bool {
	// The article is no preposition: الرياض read as رياض drops ال.
	p := strings.TrimSuffix(proclitics(st.toks[a.ti].w), "ال")
	if strings.ContainsAny(p, "بلك") {
		return true
	}
	i := int(a.ti) - 1
	if i < 0 || !st.toks[i].word || st.toks[i].seg != st.toks[a.ti].seg {
		return false
	}
	return prepositions[st.toks[i].w.norm]
}

// prepositions govern the noun after them; بين is not one of them here,
// since بين X و Y names a pair.
var prepositions = map[string]bool{
	"الي": true, "علي": true, "عن": true, "في": true, "من": true, "حول": true,
	"تجاه": true, "بشان": true, "ازاء": true, "لدي": true,
}

// listTail reports whether the candidate cs[ai] is itself joined by و
// to the one of its class before it: the last two items of a list
// (سوريا وليبيا والسودان) are no pair.
func (st *state) listTail(cs []cand, ai int) bool {
	a := cs[ai]
	if !conjoined(st.toks[a.ti].w) {
		return false
	}
	for k := ai - 1; k >= 0; k-- {
		if c := cs[k]; c.person == a.person && c.tj <= a.ti {
			return st.joined(c, a, c.person)
		}
	}
	return false
}

// enumerated reports whether the mention b, the second of a pair, is
// followed by a third item of a list (أوكرانيا وتايوان والصراع): a list
// is no pair.
func (st *state) enumerated(b cand) bool {
	j := int(b.tj)
	if j >= len(st.toks) || !st.toks[j].word || st.toks[j].seg != st.toks[b.tj-1].seg {
		return false
	}
	n := st.toks[j].w.norm
	return strings.HasPrefix(n, "وال") && len(n) > len("وال")+2 || conjoined(st.toks[j].w) && st.toks[j].w.forms != nil
}

// lastTwo returns the two distinct entities of the kind people says
// mentioned last among cs (countries: by their own name or nisba).
func (st *state) lastTwo(cs []cand, people bool) (int, int, bool) {
	var got [2]int
	n := 0
	for ci := len(cs) - 1; ci >= 0 && n < 2; ci-- {
		c := cs[ci]
		if c.person != people || c.capital || (n == 1 && got[0] == int(c.ent)) {
			continue
		}
		got[n] = int(c.ent)
		n++
	}
	if n < 2 {
		return 0, 0, false
	}
	return got[1], got[0], true
}

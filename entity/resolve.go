package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
)

// appendBasesOf appends the clitic bases of a normalised word, with the
// article restored where the preposition ل absorbed its alef (للامم →
// الامم).
func appendBasesOf(dst []string, w string) []string {
	n := len(dst)
	dst = arabic.AppendBases(dst, w)
	for _, b := range dst[n:] {
		if strings.HasPrefix(b, "لل") && len(b) > len("لل")+2 {
			dst = append(dst, "ال"+b[len("لل"):])
			break
		}
	}
	return dst
}

// tagged adds the names the Tagger finds where the first pass found
// nothing: linked to the knowledge base when a name matches it whole, new
// entities with no id otherwise.
func (st *state) tagged(doc *marsad.Document) {
	for _, sp := range st.regions {
		line := st.text[sp.Start:sp.End]
		for _, tg := range st.r.Tagger.TagText(line) {
			typ := taggedType(tg.Type)
			if typ == "" || tg.Start < 0 || tg.End > len(line) || tg.Start >= tg.End {
				continue
			}
			a, b := sp.Start+tg.Start, sp.Start+tg.End
			i := slices.IndexFunc(st.toks, func(t token) bool { return t.start >= a })
			if i < 0 {
				continue
			}
			j := i
			free := true
			for j < len(st.toks) && st.toks[j].end <= b {
				free = free && !st.toks[j].used && st.toks[j].word
				j++
			}
			if j == i || !free {
				continue
			}
			if n, fs, base := st.kbAt(i); n == j-i {
				f := pick(fs)
				if f.kind != gazetteer.MatchNisba {
					st.add(st.entityFor(f.e), i, j, i, j, base, true)
					continue
				}
			}
			key := st.joinNorm(i, j)
			name := st.text[st.toks[i].start:st.toks[j-1].end]
			k := st.newEntity(key, typ, name, "", "")
			st.add(k, i, j, i, j, st.toks[i].norm, true)
		}
	}
}

// resolveShort is the last pass: weak forms kept by the first pass are
// linked when the document names their entity otherwise, and the words of
// the names of the document's people stand for them (شي, تشيانج, بوتين).
func (st *state) resolveShort() {
	for _, w := range st.weak {
		if st.toks[w.i].used {
			continue
		}
		for _, f := range w.fs {
			k, ok := st.byKB[f.e]
			if !ok || !st.ents[k].strong {
				continue
			}
			if f.kind == gazetteer.MatchNisba {
				st.add(k, w.i, w.i+w.n, w.i, w.i, w.base, false)
			} else {
				st.add(k, w.i, w.i+w.n, w.i, w.i+w.n, w.base, false)
			}
			break
		}
	}
	parts := st.parts
	for k, de := range st.ents {
		if de.out.Type != marsad.EntityPerson || !de.strong {
			continue
		}
		st.partsOf(k, de, parts)
	}
	// The words of the names used in the text. Which person a word stands
	// for does not depend on the order words are put in, so one pass over
	// the mentions serves every person.
	for _, m := range st.ments {
		if de := st.ents[m.ent]; m.arabic != "" && de.out.Type == marsad.EntityPerson && de.strong {
			st.buf = arabic.AppendNormalized(st.buf[:0], m.arabic)
			for b := st.buf; len(b) > 0; {
				w, rest := nextField(b)
				if len(w) > 0 {
					putPart(parts, w, m.ent)
				}
				b = rest
			}
		}
	}
	if len(parts) == 0 {
		return
	}
	// The bases tried below drop proclitics only, so they end as the word
	// does: a word whose last two bytes end no part is passed over.
	var ends uint64
	for w := range parts {
		ends |= endBit(w)
	}
	for i := range st.toks {
		t := &st.toks[i]
		if !t.word || t.used || len(t.norm) < 2 || ends&endBit(t.norm) == 0 {
			continue
		}
		for _, b := range t.w.bases[:t.w.pre] { // only proclitics: وشي, لبوتين
			if k, ok := parts[b]; ok && k >= 0 {
				// A connector before the word is part of the name: بن فرحان.
				s := i
				for s > 0 && st.toks[s-1].word && !st.toks[s-1].used && st.toks[s-1].seg == t.seg && connectors[st.toks[s-1].norm] {
					s--
				}
				if s < i {
					st.add(k, s, i+1, s, i+1, st.toks[s].norm, false)
				} else {
					st.add(k, i, i+1, i, i+1, b, false)
				}
				break
			}
		}
	}
}

// endBit returns a bit of a 64-bit set chosen by the last two bytes of
// w (at least two long).
func endBit(w string) uint64 {
	n := len(w)
	return 1 << ((uint(w[n-1]) ^ uint(w[n-2])*37) & 63)
}

// partsOf adds the name words of person k, as the knowledge base and
// the title pass give them, to parts, marking words shared by two people
// with -1 (see putPart). resolveShort adds the words of its mentions.
func (st *state) partsOf(k int, de *docEnt, parts map[string]int) {
	for _, w := range de.parts {
		putPart(parts, []byte(w), k)
	}
	if de.kb != nil {
		ws, ok := st.r.nameWords[de.kb]
		if !ok {
			ws = nameWordsOf(de.kb)
		}
		for _, w := range ws {
			putPart(parts, []byte(w), k)
		}
	}
}

// nameWordsOf returns the normalised words of the name and aliases of e.
func nameWordsOf(e *gazetteer.Entity) []string {
	var ws []string
	for _, s := range append([]string{e.Arabic}, e.Aliases...) {
		ws = append(ws, strings.Fields(arabic.Normalize(s))...)
	}
	return ws
}

// putPart records that the name word w stands for person k, or for
// nobody (-1) when another person's name has it too; short words,
// connectors, function words and short words with the article are left
// out. The result does not depend on the order of the calls.
func putPart(parts map[string]int, w []byte, k int) {
	if utf8.RuneCount(w) < 2 || connectors[string(w)] || stopName[string(w)] ||
		strings.HasPrefix(string(w), "ال") && utf8.RuneCount(w) < 4 {
		return
	}
	old, ok := parts[string(w)]
	switch {
	case ok && old == k:
	case ok:
		parts[string(w)] = -1
	default:
		parts[string(w)] = k
	}
}

// nextField returns the first field of b as strings.Fields splits (runs
// of Unicode white space) and what follows it.
func nextField(b []byte) (field, rest []byte) {
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(b) {
		r, n := utf8.DecodeRune(b[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return b[i:j], b[j:]
}

// output builds the entity records: each entity once, in order of first
// mention, with its mentions in text order and the fullest name used.
func (st *state) output() []marsad.Entity {
	if len(st.ments) == 0 {
		return nil
	}
	slices.SortStableFunc(st.ments, func(a, b mention) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.ent - b.ent
	})
	order := make([]int, 0, len(st.ents))
	best := make([]int, len(st.ents))
	for k := range best {
		best[k] = -1
	}
	seen := make([]bool, len(st.ents))
	for mi, m := range st.ments {
		de := st.ents[m.ent]
		if !seen[m.ent] {
			seen[m.ent] = true
			order = append(order, m.ent)
		}
		if n := len(de.out.Mentions); n > 0 && de.out.Mentions[n-1].Span.Start == m.start && de.out.Mentions[n-1].Span.End == m.end {
			continue
		}
		de.out.Mentions = append(de.out.Mentions, marsad.Mention{Text: st.text[m.start:m.end], Span: marsad.Span{Start: m.start, End: m.end}})
		if m.weight > 0 {
			if b := best[m.ent]; b < 0 || m.weight > st.ments[b].weight ||
				(m.weight == st.ments[b].weight && len(m.arabic) > len(st.ments[b].arabic)) {
				best[m.ent] = mi
			}
		}
	}
	out := make([]marsad.Entity, 0, len(order))
	for _, k := range order {
		de := st.ents[k]
		if b := best[k]; b >= 0 && de.out.Type != marsad.EntityOrganization {
			de.out.Arabic = st.ments[b].arabic
		} else if b >= 0 && de.kb != nil {
			de.out.Arabic = st.ments[b].arabic
		}
		out = append(out, de.out)
	}
	return out
}

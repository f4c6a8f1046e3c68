package entity

import (
	"slices"
	"strings"
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
	parts := map[string]int{}
	for k, de := range st.ents {
		if de.out.Type != marsad.EntityPerson || !de.strong {
			continue
		}
		st.partsOf(k, de, parts)
	}
	if len(parts) == 0 {
		return
	}
	for i := range st.toks {
		t := &st.toks[i]
		if !t.word || t.used {
			continue
		}
		st.bases = appendBasesOf(st.bases[:0], t.norm)
		for bi, b := range st.bases {
			if bi > 0 && !strings.HasSuffix(t.norm, b) {
				break // only proclitics: وشي, لبوتين
			}
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

// partsOf adds the name words of person k to parts, marking words shared
// by two people with -1.
func (st *state) partsOf(k int, de *docEnt, parts map[string]int) {
	put := func(w string) {
		if utf8.RuneCountInString(w) < 2 || connectors[w] || stopName[w] || strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) < 4 {
			return
		}
		if old, ok := parts[w]; ok && old != k {
			parts[w] = -1
			return
		}
		parts[w] = k
	}
	for _, w := range de.parts {
		put(w)
	}
	if de.kb != nil {
		for _, s := range append([]string{de.kb.Arabic}, de.kb.Aliases...) {
			for _, w := range strings.Fields(arabic.Normalize(s)) {
				put(w)
			}
		}
	}
	// The words of the names used in the text.
	for _, m := range st.ments {
		if m.ent == k && m.arabic != "" {
			for _, w := range strings.Fields(arabic.Normalize(m.arabic)) {
				put(w)
			}
		}
	}
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

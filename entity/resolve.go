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
// nothing, in windows after the words that introduce them, keeping only
// the kinds of span it finds reliably:
//   - PERS of two words or more that read as a name (see unknownName),
//     no word of which is covered by a mention;
//   - ORG that begin with an organisation's head word (وزارة, شركة, حزب,
//     منظمة, مفوضية...), that word not covered;
//   - LOC right after a place cue (مدينة, بلدة, محافظة, إقليم...).
//
// A span that is a knowledge-base name whole links to it; the others are
// new entities with no id.
func (st *state) tagged(doc *marsad.Document) {
	// The tagger reads only windows after the words that introduce the
	// spans kept (an office, an organisation's head, a place cue): a
	// tagger costs far more per word than the knowledge-base pass.
	for i := 0; i < len(st.toks); {
		t := st.toks[i]
		if !t.word || t.used {
			i++
			continue
		}
		n := st.trigger(i)
		if n == 0 {
			i++
			continue
		}
		j := i + 1
		for end := i + n; j < len(st.toks) && j < end && st.toks[j].seg == t.seg; j++ {
			if tj := st.toks[j]; tj.word && !tj.used {
				if m := st.trigger(j); j+m > end {
					end = j + m // a trigger inside the window extends it
				}
			}
		}
		st.tagWindow(i, j)
		i = j
	}
}

// trigger returns the length of the window the tagger reads from token
// i, or 0 when i introduces no span that tagged keeps: an office word
// followed by words that may be a new name, an organisation's head, a
// place cue before a free word.
func (st *state) trigger(i int) int {
	free := func(k int) bool {
		return k < len(st.toks) && st.toks[k].word && !st.toks[k].used && st.toks[k].seg == st.toks[i].seg
	}
	switch {
	case st.hasBase(i, officeWords):
		for k := i + 1; k < i+5 && k < len(st.toks) && st.toks[k].word && st.toks[k].seg == st.toks[i].seg; k++ {
			if free(k) && st.unknownName(k) >= 2 {
				return k + 3 - i
			}
		}
	case st.hasBase(i, orgHeads):
		if k := i + 1; k < len(st.toks) && st.toks[k].word && st.toks[k].seg == st.toks[i].seg {
			return 6
		}
	case st.hasBase(i, placeCues):
		if free(i + 1) {
			return 4
		}
	}
	return 0
}

// tagWindow tags the text of tokens [i, j) and adds the spans found.
func (st *state) tagWindow(wi, wj int) {
	base0 := st.toks[wi].start
	window := st.text[base0:st.toks[wj-1].end]
	for _, tg := range st.r.Tagger.TagText(window) {
		typ := taggedType(tg.Type)
		if typ == "" || tg.Start < 0 || tg.End > len(window) || tg.Start >= tg.End {
			continue
		}
		a, b := base0+tg.Start, base0+tg.End
		i, ok := slices.BinarySearchFunc(st.toks[wi:wj], a, func(t token, a int) int { return t.start - a })
		if !ok {
			continue
		}
		i += wi
		j := i
		free, words := true, true
		for j < wj && st.toks[j].end <= b {
			free = free && !st.toks[j].used
			words = words && st.toks[j].word
			j++
		}
		if j == i || !words || st.toks[i].used {
			continue
		}
		switch typ {
		case marsad.EntityPerson:
			if j-i < 2 || !free || st.unknownName(i) < j-i || !st.newName(i, j) {
				continue
			}
		case marsad.EntityOrganization:
			if j-i < 2 || !st.hasBase(i, orgHeads) {
				continue
			}
			if j-i == 2 && strings.HasPrefix(st.toks[i].norm, "ال") && adjective(st.toks[i+1].norm) {
				// التحالف السوفيتي, الحزب الحاكم: a description; a
				// shorter name of an organisation named in full
				// (البنك المركزي) is its mention.
				if k, ok := st.shortOrg(st.joinNorm(i, j), typ); ok {
					st.add(k, i, j, i, j, "", true)
				}
				continue
			}
		case marsad.EntityLocation:
			if !free || !st.prevIn(i, placeCues) {
				continue
			}
			if st.prevIn(i, cityWords) {
				typ = marsad.EntityCity
			}
		}
		if n, fs, base := st.kbAt(i); n == j-i {
			f := pick(fs)
			if f.kind != gazetteer.MatchNisba {
				st.add(st.entityFor(f.e), i, j, i, j, base, true)
				continue
			}
		}
		key := st.joinNorm(i, j)
		k, ok := st.shortOrg(key, typ)
		if !ok {
			k = st.newEntity(key, typ, st.nameText(i, j, ""), "", "")
		}
		st.add(k, i, j, i, j, "", true)
	}
}

// newName reports whether tokens [i, j) may be a person's name the
// document has not named yet: no word is a function word or verb once
// its proclitics are dropped (وأشار), or a word of the name of a person
// the document names (شجب شي is a verb and Xi).
func (st *state) newName(i, j int) bool {
	for k := i; k < j; k++ {
		w := st.toks[k].w
		for _, b := range w.bases[:w.pre] {
			if stopName[b] {
				return false
			}
		}
		if _, fs, _ := st.kbAt(k); fs != nil {
			for _, f := range fs {
				if _, ok := st.byKB[f.e]; ok && f.e.Type == marsad.EntityPerson {
					return false
				}
			}
		}
	}
	return true
}

// shortOrg returns the organisation of the document whose name begins
// with the words of key, a shorter name of it (البنك المركزي after البنك
// المركزي المصري).
func (st *state) shortOrg(key string, typ marsad.EntityType) (int, bool) {
	if typ != marsad.EntityOrganization {
		return 0, false
	}
	for k, de := range st.ents {
		if de.out.Type != marsad.EntityOrganization {
			continue
		}
		name := arabic.Normalize(de.out.Arabic)
		if len(name) > len(key) && strings.HasPrefix(name, key) && name[len(key)] == ' ' {
			return k, true
		}
	}
	return 0, false
}

// hasBase reports whether token i has a base, proclitics dropped, in set.
func (st *state) hasBase(i int, set map[string]bool) bool {
	w := st.toks[i].w
	for _, b := range w.bases[:w.pre] {
		if set[b] {
			return true
		}
	}
	return false
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

// adjective reports whether a normalised word reads as a definite
// adjective: the article and a nisba ending (السوفيتي, الحاكمة) or a
// participle (الحاكم).
func adjective(w string) bool {
	if !strings.HasPrefix(w, "ال") {
		return false
	}
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || strings.HasPrefix(w, "الم") || strings.HasSuffix(w, "ه")
}

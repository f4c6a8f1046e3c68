package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
)

// form is one indexed way of writing an entity.
type form struct {
	e *gazetteer.Entity
	// typ is e.Type, kept beside e so that the passes that test a
	// match's type do not read the entity's record (a cache miss).
	typ  marsad.EntityType
	kind gazetteer.MatchKind
	weak bool // a short or shared form: needs support from the document
	// weakAlias marks a form listed as weak ("~") rather than one weak
	// because its entity is ambiguous.
	weakAlias bool
	toks      int  // number of tokens of the key
	skel      bool // found through the consonant skeleton
	count     int  // letters of the key, to rank skeleton matches
}

// roleForm is one indexed role phrase.
type roleForm struct {
	key       string
	country   marsad.ActorCode // fixed by the phrase (رئيس مجلس الدولة: CHN)
	shared    bool
	construct bool // رئيس, وزير خارجية: must be followed by a country name
	toks      int
}

// phraseIndex maps normalised phrases (words joined by one space) to
// values, with the longest phrase starting with each first word. Once
// built (compile), its phrases are also a trie over word ids, so that a
// phrase of several words is looked up one integer step a word, without
// building or hashing its key.
type phraseIndex[T any] struct {
	m     map[string][]T
	first map[string]int
	// The trie: roots[first word] is the node of a phrase's first word;
	// next[node<<32|id] the node after one more word, whose id is
	// ids[word] (1-based; the words that stand after the first in some
	// phrase); vals[node] the values of the phrase ending there, nil for
	// none. Node 0 is no node.
	roots map[string]int32
	ids   map[string]int32
	next  map[uint64]int32
	vals  [][]T
	// steps holds next as an open-addressed table (see stepTable), which
	// step reads: one probe, most often one cache line.
	steps stepTable
}

// stepTable maps the keys of phraseIndex.next (never 0) to their nodes:
// linear probing from a Fibonacci hash, at most half full.
type stepTable struct {
	slots []stepSlot // key 0: empty
	shift uint
}

type stepSlot struct {
	key  uint64
	node int32
}

// newStepTable returns the stepTable of m.
func newStepTable(m map[uint64]int32) stepTable {
	size, shift := 16, uint(60)
	for size < 2*len(m) {
		size, shift = size*2, shift-1
	}
	t := stepTable{slots: make([]stepSlot, size), shift: shift}
	mask := uint64(size - 1)
	for k, v := range m {
		i := t.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = stepSlot{key: k, node: v}
	}
	return t
}

func (t *stepTable) home(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

// get returns the node of k, 0 for none.
func (t *stepTable) get(k uint64) int32 {
	if len(t.slots) == 0 {
		return 0 // an index not compiled
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == k {
			return sl.node
		}
		if sl.key == 0 {
			return 0
		}
	}
}

func newPhraseIndex[T any]() phraseIndex[T] {
	return phraseIndex[T]{m: map[string][]T{}, first: map[string]int{}}
}

func (x *phraseIndex[T]) add(key string, v T) {
	x.m[key] = append(x.m[key], v)
	n := strings.Count(key, " ") + 1
	first, _, _ := strings.Cut(key, " ")
	if n > x.first[first] {
		x.first[first] = n
	}
}

// compile builds the trie from the phrases added.
func (x *phraseIndex[T]) compile() {
	x.roots, x.ids, x.next = map[string]int32{}, map[string]int32{}, map[uint64]int32{}
	x.vals = [][]T{nil}
	node := func() int32 {
		x.vals = append(x.vals, nil)
		return int32(len(x.vals) - 1)
	}
	keys := make([]string, 0, len(x.m))
	for k := range x.m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the same ids on every build
	for _, k := range keys {
		w, rest, more := strings.Cut(k, " ")
		nd, ok := x.roots[w]
		if !ok {
			nd = node()
			x.roots[w] = nd
		}
		for more {
			w, rest, more = strings.Cut(rest, " ")
			id, ok := x.ids[w]
			if !ok {
				id = int32(len(x.ids) + 1)
				x.ids[w] = id
			}
			e := uint64(nd)<<32 | uint64(id)
			nx, ok := x.next[e]
			if !ok {
				nx = node()
				x.next[e] = nx
			}
			nd = nx
		}
		x.vals[nd] = x.m[k]
	}
	x.steps = newStepTable(x.next)
}

// root returns the trie node of a first word, 0 when no phrase begins
// with it.
func (x *phraseIndex[T]) root(w string) int32 { return x.roots[w] }

// step returns the node after node for the word of id, 0 for none.
func (x *phraseIndex[T]) step(node, id int32) int32 {
	if id == 0 {
		return 0
	}
	return x.steps.get(uint64(node)<<32 | uint64(id))
}

// phraseKey returns the lookup key of a written form: its words,
// normalised, joined by single spaces; "" when the form holds punctuation
// (keys never cross it, as text n-grams never do).
func phraseKey(s string) string {
	s = arabic.Normalize(strings.TrimSpace(s))
	var b strings.Builder
	for _, t := range arabic.Tokenize(s) {
		if t.Kind == arabic.Punct || t.Kind == arabic.Symbol {
			return ""
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[t.Start:t.End])
	}
	return b.String()
}

// appendSkeleton appends the consonant skeleton of a normalised word: the
// long vowels ا و ي dropped after the first letter, and the letters that
// transliterate G and Q (ج غ ك ق) folded to one, so that بينغ and بينج,
// ترامب and ترمب, ميدفيديف and مدفيديف share a skeleton.
func appendSkeleton(dst []byte, word string) []byte {
	first := true
	for _, r := range word {
		switch r {
		case 'ا', 'و', 'ي', 'ء':
			if !first {
				continue
			}
		case 'ج', 'غ', 'ك', 'ق':
			r = 'ك'
		}
		first = false
		dst = utf8.AppendRune(dst, r)
	}
	if n := len(dst); n >= 2 && dst[n-2] == 0xd9 && dst[n-1] == 0x87 { // a final ه (from ة) counts as a vowel
		dst = dst[:n-2]
	}
	return dst
}

func skeletonKey(key string) string {
	var b []byte
	for i, w := range strings.Split(key, " ") {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendSkeleton(b, w)
	}
	return string(b)
}

// skeletonWorthy reports whether a key is distinctive enough to be matched
// by its skeleton: two or more words, or one word of at least six letters.
func skeletonWorthy(key string) bool {
	if strings.IndexByte(key, ' ') > 0 {
		return true
	}
	return utf8.RuneCountInString(key) >= 6
}

// build indexes the knowledge base and the event list.
func (r *Recognizer) build() {
	r.forms = newPhraseIndex[form]()
	r.skels = newPhraseIndex[form]()
	r.roles = newPhraseIndex[roleForm]()
	defer func() {
		r.forms.compile()
		r.skels.compile()
		r.roles.compile()
	}()
	var addKey func(e *gazetteer.Entity, k string, kind gazetteer.MatchKind, weak, weakAlias bool)
	r.marked = map[string]*gazetteer.Entity{}
	add := func(e *gazetteer.Entity, s string, kind gazetteer.MatchKind, weak, weakAlias bool) {
		if s = strings.TrimSpace(s); !strings.Contains(s, " ") && strings.IndexFunc(s, isVowelMark) >= 0 {
			r.marked[s] = e
		}
		k := phraseKey(s)
		if k == "" {
			return
		}
		addKey(e, k, kind, weak, weakAlias)
		if v := abdVariant(k); v != "" {
			addKey(e, v, kind, weak, weakAlias) // عبد العزيز and عبدالعزيز
		}
	}
	addKey = func(e *gazetteer.Entity, k string, kind gazetteer.MatchKind, weak, weakAlias bool) {
		for _, f := range r.forms.m[k] {
			if f.e == e {
				return
			}
		}
		n := strings.Count(k, " ") + 1
		f := form{e: e, typ: e.Type, kind: kind, weak: weak, weakAlias: weakAlias, toks: n, count: utf8.RuneCountInString(k)}
		r.forms.add(k, f)
		if !weak && kind != gazetteer.MatchNisba && skeletonWorthy(k) && e.Type != marsad.EntityEvent && !hasDefinite(k) {
			f.skel = true
			sk := skeletonKey(k)
			dup := false
			for _, g := range r.skels.m[sk] {
				dup = dup || g.e == e
			}
			if !dup {
				r.skels.add(sk, f)
			}
		}
	}
	isWeak := func(e *gazetteer.Entity, s string) bool {
		for _, w := range e.Weak {
			if w == s {
				return true
			}
		}
		return false
	}
	var ents []*gazetteer.Entity
	if r.KB != nil {
		ents = r.KB.All()
	}
	for _, ev := range events {
		// The KB's own record of an event takes this list's spellings.
		var kbe *gazetteer.Entity
		if r.KB != nil && ev.QID != "" {
			kbe = r.KB.ByQID(ev.QID)
		}
		if kbe == nil && r.KB != nil {
			for _, e := range r.KB.Lookup(phraseKey(ev.Arabic)) {
				if e.Type == marsad.EntityEvent {
					kbe = e
					break
				}
			}
		}
		if kbe == nil {
			ents = append(ents[:len(ents):len(ents)], ev)
			continue
		}
		for _, a := range append([]string{ev.Arabic}, ev.Aliases...) {
			add(kbe, a, gazetteer.MatchAlias, false, false)
		}
	}
	for _, e := range ents {
		add(e, e.Arabic, gazetteer.MatchName, e.Ambiguous, false)
		for _, a := range e.Aliases {
			add(e, a, gazetteer.MatchAlias, e.Ambiguous || isWeak(e, a), isWeak(e, a))
		}
		for _, n := range e.Nisba {
			add(e, n, gazetteer.MatchNisba, e.Ambiguous || isWeak(e, n), isWeak(e, n))
		}
		if e.Type == marsad.EntityPerson {
			// A person's surname (the last word of a name of two or
			// more) identifies them once the document names them in full.
			// After بن or أبو the last word is the father's name, no
			// surname (عبدالعزيز in عبدالله بن عبدالعزيز): the short form
			// keeps the connector (بن فرحان).
			for _, s := range append([]string{e.Arabic}, e.Aliases...) {
				if k := phraseKey(s); strings.IndexByte(k, ' ') > 0 {
					before, last := k[:strings.LastIndexByte(k, ' ')], k[strings.LastIndexByte(k, ' ')+1:]
					if c := before[strings.LastIndexByte(before, ' ')+1:]; lineage(c) {
						if c != before && utf8.RuneCountInString(last) >= 3 {
							add(e, c+" "+last, gazetteer.MatchAlias, true, true)
						}
						continue
					}
					if utf8.RuneCountInString(last) >= 3 && !stopName[last] && !commonGiven[last] {
						// (not علي, which is على once normalised, nor أحمد
						// in أبي أحمد علي: a common first name names
						// anyone)
						add(e, last, gazetteer.MatchAlias, true, true)
					}
				}
			}
		}
	}
	// A country's nisba in the indefinite accusative, written with the
	// alef of its tanween (دعما فرنسيا, انتصارا فلسطينيا): the masculine
	// singular with ا, unless that form is a name already (روسيا, تركيا,
	// ليبيا, سوريا are countries, not روسي, تركي, ليبي, سوري with ا).
	var accs []struct {
		e        *gazetteer.Entity
		s        string
		weak     bool
		weakForm bool
	}
	for _, e := range ents {
		if e.Type != marsad.EntityCountry {
			continue
		}
		for _, n := range e.Nisba {
			if strings.HasPrefix(n, "ال") || strings.ContainsRune(n, ' ') || !strings.HasSuffix(n, "ي") || utf8.RuneCountInString(n) < 4 {
				continue
			}
			if k := phraseKey(n + "ا"); k != "" && r.forms.m[k] == nil {
				accs = append(accs, struct {
					e        *gazetteer.Entity
					s        string
					weak     bool
					weakForm bool
				}{e, n + "ا", e.Ambiguous || isWeak(e, n), isWeak(e, n)})
			}
		}
	}
	for _, a := range accs {
		add(a.e, a.s, gazetteer.MatchNisba, a.weak, a.weakForm)
	}
	r.nameWords = map[*gazetteer.Entity][]partWord{}
	r.definiteGiven = map[string]bool{}
	r.given = map[string]bool{}
	for _, w := range maghrebiGiven {
		r.definiteGiven[w] = true
	}
	for _, e := range ents {
		if e.Type == marsad.EntityPerson {
			r.nameWords[e] = nameParts(e)
			if k := phraseKey(e.Arabic); strings.IndexByte(k, ' ') > 0 {
				if w := k[:strings.IndexByte(k, ' ')]; !strings.HasPrefix(w, "ال") && !officeWords[w] {
					if _, hon := honorifics[w]; !hon {
						r.given[w] = true
					}
				}
			}
			// الحبيب الصيد, الباجي قائد السبسي: first names with the
			// article, which may open a name the knowledge base lacks.
			for _, s := range append([]string{e.Arabic}, e.Aliases...) {
				if k := phraseKey(strings.TrimPrefix(s, "~")); strings.HasPrefix(k, "ال") && strings.IndexByte(k, ' ') > 0 {
					// (not a title an alias holds: العماد جوزيف عون)
					w := k[:strings.IndexByte(k, ' ')]
					if _, hon := honorifics[w]; !hon && !officeWords[w] {
						r.definiteGiven[w] = true
					}
				}
			}
		}
	}
	if r.KB == nil {
		return
	}
	for _, d := range r.KB.RoleDefs() {
		for _, p := range d.Phrases {
			k := phraseKey(p)
			if k == "" {
				continue
			}
			n := strings.Count(k, " ") + 1
			r.roles.add(k, roleForm{key: d.Key, country: d.Country, shared: d.Shared, toks: n})
			// The construct state: الرئيس → رئيس (روسيا), وزير الخارجية →
			// وزير خارجية (روسيا). It must be followed by a country name.
			if d.Country != "" {
				continue
			}
			ws := strings.Split(k, " ")
			last := ws[len(ws)-1]
			if strings.HasPrefix(last, "ال") && utf8.RuneCountInString(last) > 4 {
				ws[len(ws)-1] = last[len("ال"):]
				r.roles.add(strings.Join(ws, " "), roleForm{key: d.Key, shared: d.Shared, toks: n, construct: true})
			}
		}
	}
	// Leaders named by a generic word (الزعيم, القائد) and the construct
	// زعيم (كوريا الشمالية).
	for _, p := range []string{"زعيم", "قائد"} {
		r.roles.add(p, roleForm{key: "leader", toks: 1, construct: true})
	}
}

// abdVariant returns key with its compound names of عبد written the other
// way, as outlets write them both ways: joined (عبدالعزيز) where key has
// them apart (عبد العزيز), or else apart where it has them joined; "" when
// key has none.
func abdVariant(key string) string {
	const abd, art = "عبد", "ال"
	words := strings.Split(key, " ")
	var out []string
	for i := 0; i < len(words); i++ {
		if words[i] == abd && i+1 < len(words) && strings.HasPrefix(words[i+1], art) && len(words[i+1]) > len(art) {
			out = append(out, abd+words[i+1])
			i++
			continue
		}
		out = append(out, words[i])
	}
	if len(out) < len(words) {
		return strings.Join(out, " ")
	}
	out = out[:0]
	for _, w := range words {
		if strings.HasPrefix(w, abd+art) && len(w) > len(abd+art) {
			out = append(out, abd, w[len(abd):])
			continue
		}
		out = append(out, w)
	}
	if len(out) > len(words) {
		return strings.Join(out, " ")
	}
	return ""
}

// hasDefinite reports whether a key holds a word with the article: such a
// name is Arabic (قناة السويس), spelt one way, and is not matched by its
// skeleton, which is for transliterations (لجنة السياسة is not it).
func hasDefinite(key string) bool {
	for _, w := range strings.Split(key, " ") {
		if strings.HasPrefix(w, "ال") {
			return true
		}
	}
	return false
}

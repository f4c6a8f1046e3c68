package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// Finder finds direct quotations and their speakers. It holds only
// read-only word lists, so one Finder is safe for concurrent use.
type Finder struct {
	lx   lexicon
	pool sync.Pool
}

// NewFinder returns a Finder with its word lists built.
func NewFinder() *Finder {
	f := &Finder{lx: newLexicon()}
	f.pool.New = func() any { return new(state) }
	return f
}

// Run sets doc.Quotes to the quotations found in the body of doc (never in
// its title or boilerplate), in the order of the text. It reads doc.Body,
// doc.Sentences (computing sentences itself when there are none) and the
// mentions of doc.Entities; every Span it writes points into
// doc.Article.Text and the Text of each quote is the text at its Span.
func (f *Finder) Run(doc *marsad.Document) {
	st := f.pool.Get().(*state)
	st.reset(f, doc)
	doc.Quotes = st.run()
	st.doc = nil
	f.pool.Put(st)
}

// Find returns the quotations in text, read as a body whose paragraphs are
// its lines, with speakers taken from the mentions of entities (spans into
// text). It is Run on a document made of text alone.
func (f *Finder) Find(text string, entities []marsad.Entity) []marsad.Quote {
	doc := &marsad.Document{Article: marsad.Article{Text: text}, Entities: entities}
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if s < e {
			doc.Body = append(doc.Body, marsad.Line{Text: text[s:e], Span: marsad.Span{Start: s, End: e}})
		}
		start = end + 1
	}
	f.Run(doc)
	return doc.Quotes
}

// ment is one mention of an entity, flattened out of doc.Entities.
type ment struct {
	start, end int
	ent        int
}

// word is a word of a quote's context.
type word struct {
	start, end int   // bytes in the article's text
	ks, ke     int   // its key in state.arena, once folded (ks < 0 before)
	c          class // its classes, once looked up
	looked     bool  // c is set
	brk        bool  // a clause boundary (، : . - ...) comes before it
	inQ        bool  // it lies inside a quotation
}

// speaker is who said a quote: an entity (ent ≥ 0) or a phrase.
type speaker struct {
	name string
	code marsad.ActorCode
	ent  int
}

var nobody = speaker{ent: -1}

// found is a quotation being attributed.
type found struct {
	p       pair
	line    int
	sent    int // the sentence holding the opening mark
	heading bool
	sp      speaker
}

// state is the scratch space of one Run.
type state struct {
	f      *Finder
	doc    *marsad.Document
	text   string
	ments  []ment
	first  []int // per entity: the start of its first mention
	actor  []int // per entity: the entity that speaks for it (a capital's country)
	pairs  []pair
	stack  []mark
	sents  []marsad.Span
	lineSt []int // per body line: its first sentence in sents
	found  []found
	words  []word
	back   []word
	arena  []byte
	segs   []arabic.Segment
	all    []word   // the words of the lines tokenized so far
	lineW  [][2]int // per body line: its words in all, or -1
}

func (st *state) reset(f *Finder, doc *marsad.Document) {
	st.f, st.doc, st.text = f, doc, doc.Article.Text
	st.ments, st.pairs, st.sents, st.lineSt = st.ments[:0], st.pairs[:0], st.sents[:0], st.lineSt[:0]
	st.found, st.words, st.back, st.arena = st.found[:0], st.words[:0], st.back[:0], st.arena[:0]
	st.first, st.actor = st.first[:0], st.actor[:0]
	st.all, st.lineW = st.all[:0], st.lineW[:0]
}

// lineWords returns the words of body line li, tokenizing it once.
func (st *state) lineWords(li int) []word {
	if w := st.lineW[li]; w[0] >= 0 {
		return st.all[w[0]:w[1]]
	}
	l := st.doc.Body[li].Span
	from := len(st.all)
	st.all = st.tokenize(st.all, l.Start, l.End)
	st.lineW[li] = [2]int{from, len(st.all)}
	return st.all[from:]
}

// within returns the words of ws that start in [a, b).
func within(ws []word, a, b int) []word {
	i, j := 0, len(ws)
	for i < j && ws[i].start < a {
		i++
	}
	k := i
	for k < j && ws[k].start < b {
		k++
	}
	return ws[i:k]
}

func (st *state) run() []marsad.Quote {
	doc, text := st.doc, st.text
	// Find the quotes of each paragraph.
	for li, l := range doc.Body {
		if !l.Span.In(len(text)) || text[l.Span.Start:l.Span.End] != l.Text {
			continue
		}
		n := len(st.pairs)
		st.pairs, st.stack = pairMarks(st.pairs, st.stack, l.Text)
		for i := n; i < len(st.pairs); i++ {
			p := &st.pairs[i]
			p.open.start += l.Span.Start
			p.open.end += l.Span.Start
			p.close.start += l.Span.Start
			p.close.end += l.Span.Start
			st.found = append(st.found, found{p: *p, line: li, sp: nobody})
		}
	}
	if len(st.found) == 0 {
		return []marsad.Quote{}
	}
	for range doc.Body {
		st.lineW = append(st.lineW, [2]int{-1, -1})
	}
	if cap(st.all) < len(text)/6 {
		st.all = make([]word, 0, len(text)/6)
	}
	st.index()
	for i := range st.found {
		st.attribute(i)
	}
	st.headings()
	out := make([]marsad.Quote, 0, len(st.found))
	for _, fq := range st.found {
		s, e := fq.p.open.end, fq.p.close.start
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !isSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[:e])
			if !isSpace(r) {
				break
			}
			e -= n
		}
		if s == e {
			continue
		}
		q := marsad.Quote{Text: text[s:e], Span: marsad.Span{Start: s, End: e}}
		if fq.sp.ent >= 0 {
			ent := &doc.Entities[fq.sp.ent]
			q.Speaker, q.SpeakerCode = entityName(ent), ent.Code
		} else {
			q.Speaker, q.SpeakerCode = fq.sp.name, fq.sp.code
		}
		out = append(out, q)
	}
	return out
}

// entityName is how a quote names its speaker: the QID, else the Arabic name.
func entityName(e *marsad.Entity) string {
	switch {
	case e.ID != "":
		return string(e.ID)
	case e.Arabic != "":
		return e.Arabic
	}
	return e.Name
}

// index flattens the mentions and the body's sentences.
func (st *state) index() {
	doc := st.doc
	for ei := range doc.Entities {
		e := &doc.Entities[ei]
		first := len(st.text) + 1
		for _, m := range e.Mentions {
			if !m.Span.In(len(st.text)) || m.Span.Len() == 0 {
				continue
			}
			st.ments = append(st.ments, ment{m.Span.Start, m.Span.End, ei})
			first = min(first, m.Span.Start)
		}
		st.first = append(st.first, first)
		st.actor = append(st.actor, ei)
	}
	slices.SortFunc(st.ments, func(a, b ment) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	// A capital city speaks for its country (قالت موسكو: Russia).
	for ei := range doc.Entities {
		e := &doc.Entities[ei]
		if e.Type != marsad.EntityCity || e.Code == "" {
			continue
		}
		for cj := range doc.Entities {
			if c := &doc.Entities[cj]; c.Type == marsad.EntityCountry && c.Code == e.Code {
				st.actor[ei] = cj
				break
			}
		}
	}
	// Sentences, per body line.
	si := 0
	for _, l := range doc.Body {
		st.lineSt = append(st.lineSt, len(st.sents))
		for si < len(doc.Sentences) && doc.Sentences[si].End <= l.Span.Start {
			si++
		}
		n := len(st.sents)
		for si < len(doc.Sentences) && doc.Sentences[si].Start < l.Span.End {
			if s := doc.Sentences[si]; s.Start >= l.Span.Start && s.End <= l.Span.End {
				st.sents = append(st.sents, s)
			}
			si++
		}
		if len(st.sents) == n {
			st.segs = arabic.AppendSentences(st.segs[:0], l.Text)
			for _, g := range st.segs {
				st.sents = append(st.sents, marsad.Span{Start: l.Span.Start + g.Start, End: l.Span.Start + g.End})
			}
			if len(st.sents) == n {
				st.sents = append(st.sents, l.Span)
			}
		}
	}
	st.lineSt = append(st.lineSt, len(st.sents))
}

// sentenceAt returns the index of the sentence of line li that holds pos.
func (st *state) sentenceAt(li, pos int) int {
	a, b := st.lineSt[li], st.lineSt[li+1]
	k := a
	for j := a; j < b; j++ {
		if st.sents[j].Start <= pos {
			k = j
		}
	}
	return k
}

// lineOf returns the body line whose span holds sentence si.
func (st *state) lineOf(si int) int {
	for li := 0; li+1 < len(st.lineSt); li++ {
		if si < st.lineSt[li+1] {
			return li
		}
	}
	return len(st.lineSt) - 2
}

// tokenize splits text[a:b] into words, appending to dst, with their keys
// in the arena and their place relative to the quotes.
func (st *state) tokenize(dst []word, a, b int) []word {
	text := st.text
	brk := true
	qi := st.pairAfter(a)
	for i := a; i < b; {
		r, n := decodeRune(text, i)
		if !isWordy(r) && r != 'ـ' {
			if isOpenPunct(r) || isClosePunct(r) {
				brk = true
			}
			i += n
			continue
		}
		s := i
		i += n
		for i < b {
			// Fast path: Arabic letters and diacritics (lead bytes D8-DB,
			// except the punctuation ، ؛ ؟) and ASCII letters and digits.
			c := text[i]
			if c >= 0xD8 && c <= 0xDB && i+1 < b {
				if c == 0xD8 && (text[i+1] == 0x8C || text[i+1] == 0x9B || text[i+1] == 0x9F) {
					break
				}
				i += 2
				continue
			}
			if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				i++
				continue
			}
			r, n = decodeRune(text, i)
			if !isWordy(r) && r != 'ـ' {
				break
			}
			i += n
		}
		w := word{start: s, end: i, brk: brk}
		brk = false
		for qi < len(st.found) && st.found[qi].p.close.start <= s {
			qi++
		}
		if qi < len(st.found) && st.found[qi].p.open.end <= s {
			w.inQ = true
		}
		w.ks = -1
		dst = append(dst, w)
	}
	return dst
}

// decodeRune decodes the rune at text[i], with a fast path for the two-byte
// runes of Arabic script.
func decodeRune(text string, i int) (rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xE0 == 0xC0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 && c >= 0xC2 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(text[i:])
}

// pairAfter returns the first found quote that closes after pos.
func (st *state) pairAfter(pos int) int {
	lo, hi := 0, len(st.found)
	for lo < hi {
		m := (lo + hi) / 2
		if st.found[m].p.close.start <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// key returns the matching key of w, folding it on first use.
func (st *state) key(w *word) string {
	if w.ks < 0 {
		w.ks = len(st.arena)
		st.arena = appendFold(st.arena, st.text[w.start:w.end])
		w.ke = len(st.arena)
	}
	if w.ke == w.ks {
		return ""
	}
	// The arena only grows during a Run, so the bytes under a key never
	// change while the key is in use; keys do not outlive the Run.
	return unsafe.String(&st.arena[w.ks], w.ke-w.ks)
}

// cls returns the classes of w, looking them up on first use.
func (st *state) cls(w *word) class {
	if !w.looked {
		st.key(w)
		w.c = st.f.lx.lookup(st.key(w))
		w.looked = true
	}
	return w.c
}

// attribute finds the speaker of quote i.
func (st *state) attribute(i int) {
	fq := &st.found[i]
	l := st.doc.Body[fq.line]
	open, close := fq.p.open, fq.p.close
	fq.sent = st.sentenceAt(fq.line, open.start)
	a := st.sents[fq.sent].Start
	if a > open.start {
		a = l.Span.Start
	}
	b := st.sents[st.sentenceAt(fq.line, close.start)].End
	if b < close.end {
		b = l.Span.End
	}
	// A quote opening its paragraph after a line ending in a colon is
	// introduced by that line.
	if strings.TrimLeft(st.text[l.Span.Start:open.start], " ") == "" {
		if fq.line > 0 && strings.HasSuffix(st.doc.Body[fq.line-1].Text, ":") {
			a = st.sents[st.lineSt[fq.line]-1].Start
		} else if isHeading(st.text, l, fq.p) {
			fq.heading = true
			return
		}
	}
	var ws []word
	if a < l.Span.Start {
		st.words = st.tokenize(st.words[:0], a, b) // with the line before
		ws = st.words
	} else {
		ws = within(st.lineWords(fq.line), a, b)
	}
	qi := 0 // the first word inside the quote
	for qi < len(ws) && ws[qi].start < open.end {
		qi++
	}
	qe := qi // the first word after it
	for qe < len(ws) && ws[qe].start < close.start {
		qe++
	}
	fq.sp = st.speakerOf(ws, qi, qe, fq.sent)
}

// isHeading reports a paragraph that is only a short quotation: a
// subheading quoting words said in the section under it.
func isHeading(text string, l marsad.Line, p pair) bool {
	rest := strings.TrimRight(text[p.close.end:l.Span.End], " .:!؟?")
	if rest != "" || p.open.start != l.Span.Start {
		return false
	}
	return strings.Count(text[p.open.end:p.close.start], " ") < 12
}

// speakerOf attributes the quote whose words are ws[qi:qe].
func (st *state) speakerOf(ws []word, qi, qe, sent int) speaker {
	// An attribution before the quote, nearest first.
	for j := qi - 1; j >= 0; j-- {
		if ws[j].inQ {
			continue
		}
		c := st.cls(&ws[j])
		switch {
		case c&cVerb != 0:
			if sp, ok := st.subjectOf(ws, j); ok {
				return sp
			}
			return st.recent(ws, j, sent)
		case c&cPart != 0:
			return st.participleSubject(ws, j, sent)
		case c&cSource != 0:
			if sp, ok := st.sourceSubject(ws, j); ok {
				return sp
			}
		}
	}
	// An attribution right after it: "..."، قال المتحدث / بحسب الوكالة.
	for j, n := qe, 0; j < len(ws) && n < 3; j++ {
		if ws[j].inQ {
			break
		}
		c := st.cls(&ws[j])
		if k := st.key(&ws[j]); k == "كما" || k == "وكما" {
			n++
			continue // "..."، كما قال
		}
		if c&cVerb != 0 {
			if sp, ok := st.npAfter(ws, j+1); ok {
				return sp
			}
			return st.recent(ws, qi, sent)
		}
		if c&cSource != 0 {
			if sp, ok := st.sourceSubject(ws, j); ok {
				return sp
			}
		}
		break
	}
	// A name: عملية "..."، شعار "...".
	if j := qi - 1; j >= 0 && !ws[j].inQ {
		if k := st.key(&ws[j]); (k == "ب" || k == "ل" || k == "ك") && j > 0 {
			j--
		}
		if st.cls(&ws[j])&cNaming != 0 {
			return nobody
		}
	}
	// A scare quote takes the subject of its sentence.
	if sp, ok := st.sentenceSubject(ws, qi); ok {
		return sp
	}
	return nobody
}

// entitySpeaker returns the speaker for the mention at index mi, resolving a
// mention shared by several entities (الزعيمان) to the one the text names
// first.
func (st *state) entitySpeaker(mi int) speaker {
	m := st.ments[mi]
	best := m.ent
	for j := mi + 1; j < len(st.ments) && st.ments[j].start == m.start; j++ {
		if st.ments[j].end == m.end && st.first[st.ments[j].ent] < st.first[best] {
			best = st.ments[j].ent
		}
	}
	return speaker{ent: st.actor[best]}
}

// mentionIn returns the index of the first mention overlapping [a, b), or -1.
func (st *state) mentionIn(a, b int) int {
	lo, hi := 0, len(st.ments)
	for lo < hi {
		m := (lo + hi) / 2
		if st.ments[m].start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	// ments[:lo] start before b; find the earliest that ends after a.
	best := -1
	for j := lo - 1; j >= 0 && j >= lo-16; j-- {
		if st.ments[j].end > a {
			best = j
		}
	}
	if best >= 0 {
		for best > 0 && st.ments[best-1].start == st.ments[best].start && st.ments[best-1].end > a {
			best--
		}
	}
	return best
}

// personIn returns the index of the first PERSON mention overlapping
// [a, b), or -1.
func (st *state) personIn(a, b int) int {
	for j := range st.ments {
		m := st.ments[j]
		if m.start >= b {
			break
		}
		if m.end > a && st.doc.Entities[m.ent].Type == marsad.EntityPerson {
			return j
		}
	}
	return -1
}

// stopsPhrase reports a word that ends a subject phrase.
func (st *state) stopsPhrase(w *word, first bool) bool {
	if w.inQ || (w.brk && !first) {
		return true
	}
	return st.cls(w)&(cStop|cRel|cVerb|cPart|cSource) != 0
}

// npAfter reads the subject that starts at ws[i], after a verb: an entity's
// mention, or a speaking noun (المتحدث باسم الكرملين دميتري بيسكوف: the
// person it names; مصادر مطلعة: the phrase itself).
func (st *state) npAfter(ws []word, i int) (speaker, bool) {
	for i < len(ws) && !ws[i].brk && st.cls(&ws[i])&cAdv != 0 {
		i++
	}
	if i >= len(ws) || ws[i].inQ || ws[i].brk {
		return nobody, false
	}
	if mi := st.mentionIn(ws[i].start, ws[i].end); mi >= 0 {
		return st.entitySpeaker(mi), true
	}
	c := st.cls(&ws[i])
	if c&cNoun == 0 || c&(cStop|cRel|cVerb) != 0 {
		return nobody, false
	}
	return st.nounPhrase(ws, i, len(ws)), true
}

// nounPhrase reads a subject headed by the speaking noun ws[i], ending
// before ws[limit] at the latest.
func (st *state) nounPhrase(ws []word, i, limit int) speaker {
	e := i + 1
	for e < len(ws) && e < limit && e < i+7 && !st.stopsPhrase(&ws[e], false) {
		e++
	}
	if pi := st.personIn(ws[i].start, ws[e-1].end); pi >= 0 {
		return st.entitySpeaker(pi)
	}
	pe := min(e, i+3)
	from := ws[i].start
	if k := st.key(&ws[i]); len(k) > 4 && (k[:2] == "و" || k[:2] == "ف") && st.f.lx[k] == 0 {
		from += len("و") // a conjunction, not part of the name
	}
	sp := speaker{name: st.text[from:ws[pe-1].end], ent: -1}
	if mi := st.mentionIn(ws[i].start, ws[pe-1].end); mi >= 0 {
		sp.code = st.doc.Entities[st.ments[mi].ent].Code
	}
	return sp
}

// subjectOf returns the explicit subject of the attribution verb ws[vi]:
// before it (SVO: بوتين أكد), after it (VSO: وقال بوتين), or nobody for a
// passive (وُصفت). It reports false when the verb has no subject of its own
// (وأضاف أن, التي اعتبر), so the speaker is the one last named.
func (st *state) subjectOf(ws []word, vi int) (speaker, bool) {
	v := &ws[vi]
	k := st.key(v)
	if hasDamma(st.text[v.start:v.end]) || passiveForms[k] {
		return nobody, true
	}
	if vi > 0 && !v.brk && st.cls(&ws[vi-1])&cRel != 0 {
		// ما وصفه مراقبون: the subject follows; التي اعتبر أنها: none.
		return st.npAfter(ws, vi+1)
	}
	if sp, ok := st.npBefore(ws, vi); ok {
		return sp, true
	}
	c := st.cls(v)
	// زيارة وصفت بـ"...": described by nobody named.
	if c&cDescribe != 0 && vi > 0 && !v.brk && vi+1 < len(ws) {
		pc := st.cls(&ws[vi-1])
		nk := st.key(&ws[vi+1])
		if pc&(cParticle|cStop|cVerb|cNoun) == 0 && st.mentionIn(ws[vi-1].start, ws[vi-1].end) < 0 &&
			(nk == "ب" || ws[vi+1].inQ) {
			return nobody, true
		}
	}
	if c&cRelay != 0 {
		for j := vi + 1; j < len(ws) && j < vi+8 && !ws[j].inQ; j++ {
			if st.key(&ws[j]) == "عن" {
				if sp, ok := st.npAfter(ws, j+1); ok {
					return sp, true
				}
				break
			}
		}
	}
	return st.npAfter(ws, vi+1)
}

// npBefore reads a subject placed before its verb ws[vi], at the start of
// its clause: بوتين أكد أن, محللين أكدوا أن.
func (st *state) npBefore(ws []word, vi int) (speaker, bool) {
	if ws[vi].brk {
		return nobody, false
	}
	j := vi
	for j > 0 && !ws[j].brk && !ws[j-1].inQ {
		j--
	}
	if ws[j].inQ {
		j++
	}
	for j < vi && st.cls(&ws[j])&cParticle != 0 {
		j++
	}
	if j >= vi || vi-j > 8 {
		return nobody, false
	}
	if mi := st.mentionIn(ws[j].start, ws[j].end); mi >= 0 {
		return st.entitySpeaker(mi), true
	}
	c := st.cls(&ws[j])
	if c&cNoun != 0 && c&(cStop|cRel|cVerb) == 0 {
		return st.nounPhrase(ws, j, vi), true
	}
	return nobody, false
}

// sourceSubject reads the source after ws[i] (بحسب, وفقا لـ, على لسان):
// بحسب ما أفادت به وزارة الخارجية.
func (st *state) sourceSubject(ws []word, i int) (speaker, bool) {
	j := i + 1
	for n := 0; j < len(ws) && n < 4 && !ws[j].inQ; n++ {
		k := st.key(&ws[j])
		c := st.cls(&ws[j])
		if k == "ما" || k == "لما" || k == "ل" || k == "به" || k == "بها" || k == "عن" || k == "له" || k == "الى" || c&(cVerb|cRelay) != 0 && c&cNoun == 0 {
			j++
			continue
		}
		break
	}
	return st.npAfter(ws, j)
}

// participleSubject returns the speaker of a participle (مؤكدا, مضيفا):
// the subject of an attribution verb before it in the sentence, else the
// sentence's subject, else the speaker last named.
func (st *state) participleSubject(ws []word, pi, sent int) speaker {
	for j := pi - 1; j >= 0; j-- {
		if !ws[j].inQ && st.cls(&ws[j])&cVerb != 0 {
			if sp, ok := st.subjectOf(ws, j); ok && (sp.ent >= 0 || sp.name != "") {
				return sp
			}
		}
	}
	if sp, ok := st.sentenceSubject(ws, pi); ok {
		return sp
	}
	return st.recent(ws, pi, sent)
}

// sentenceSubject returns the subject of the first clause before ws[upto]
// that has one: a mention or a speaking noun opening the clause, or
// following its first word (the verb of a VSO clause).
func (st *state) sentenceSubject(ws []word, upto int) (speaker, bool) {
	for j := 0; j < upto; j++ {
		if !(j == 0 || ws[j].brk) || ws[j].inQ {
			continue
		}
		k := j
		for k < upto && st.cls(&ws[k])&cParticle != 0 && !(k > j && ws[k].brk) {
			k++
		}
		if k >= upto || ws[k].inQ || (k > j && ws[k].brk) {
			continue
		}
		if sp, ok := st.npAfter(ws, k); ok {
			return sp, true
		}
		if st.cls(&ws[k])&(cStop|cRel) != 0 || k+1 >= upto || ws[k+1].brk {
			continue
		}
		if sp, ok := st.npAfter(ws, k+1); ok {
			return sp, true
		}
	}
	return nobody, false
}

// recent returns the speaker last named before ws[j]: the subject of the
// nearest attribution verb with one, in this sentence or up to eight
// sentences back.
func (st *state) recent(ws []word, j, sent int) speaker {
	for k := j - 1; k >= 0; k-- {
		if !ws[k].inQ && st.cls(&ws[k])&cVerb != 0 {
			if sp, ok := st.subjectOf(ws, k); ok && (sp.ent >= 0 || sp.name != "") {
				return sp
			}
		}
	}
	for si := sent - 1; si >= 0 && si >= sent-8; si-- {
		s := st.sents[si]
		bw := within(st.lineWords(st.lineOf(si)), s.Start, s.End)
		for k := len(bw) - 1; k >= 0; k-- {
			if !bw[k].inQ && st.cls(&bw[k])&cVerb != 0 {
				if sp, ok := st.subjectOf(bw, k); ok && (sp.ent >= 0 || sp.name != "") {
					return sp
				}
			}
		}
	}
	return nobody
}

// headings gives a quoted subheading the speaker of a quote in the
// section under it (the next paragraphs, up to another subheading): the one
// whose sentence shares the most words with it, else the first.
func (st *state) headings() {
	for i := range st.found {
		h := &st.found[i]
		if !h.heading {
			continue
		}
		st.back = st.tokenize(st.back[:0], h.p.open.end, h.p.close.start)
		var stems []string
		for k := range st.back {
			w := &st.back[k]
			if s := lightStem(st.key(w)); len(s) >= 6 && st.cls(w)&cStop == 0 {
				stems = append(stems, s)
			}
		}
		best, bestN, lastSent, n := -1, -1, -1, 0
		for j := i + 1; j < len(st.found) && j <= i+6; j++ {
			g := st.found[j]
			if g.heading || g.line > h.line+8 {
				break
			}
			if g.sent == lastSent {
				continue // its sentence was counted with the quote before
			}
			lastSent = g.sent
			sn := st.sents[g.sent]
			cw := within(st.lineWords(g.line), sn.Start, max(sn.End, g.p.close.end))
			n = 0
			for k := range cw {
				s := lightStem(st.key(&cw[k]))
				for _, x := range stems {
					if s == x {
						n++
						break
					}
				}
			}
			if n > bestN {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			h.sp = st.found[best].sp
		}
	}
}

// lightStem strips a conjunction, the article with its prepositions and a
// final taa marbuta from a key, for comparing words loosely.
func lightStem(k string) string {
	if len(k) > 6 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")) {
		k = k[2:]
	}
	for _, p := range []string{"بال", "كال", "لل", "ال"} {
		if strings.HasPrefix(k, p) && len(k)-len(p) >= 6 {
			k = k[len(p):]
			break
		}
	}
	return strings.TrimSuffix(k, "ه")
}

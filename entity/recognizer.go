package entity

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
	"github.com/marsad-project/marsad/internal/wymix"
	"github.com/marsad-project/marsad/ner"
)

// Recognizer finds, links and resolves the entities of a document. Its
// settings may be changed before the first Run; after that it is safe for
// concurrent use as long as its Tagger is.
type Recognizer struct {
	KB     *gazetteer.KB    // the knowledge base; nil recognises events only
	Tagger Tagger           // optional: names the knowledge base lacks
	Now    func() time.Time // the date of last resort; nil means time.Now

	once  sync.Once
	forms phraseIndex[form]
	skels phraseIndex[form]
	roles phraseIndex[roleForm]
	// nameWords holds, for each person of the knowledge base, the
	// normalised words of its name and aliases that may stand for it
	// (partOK).
	nameWords map[*gazetteer.Entity][]partWord
	// definiteGiven holds the first words with the article of the names
	// of the knowledge base's people (الحبيب, الباجي), normalised.
	definiteGiven map[string]bool
	// given holds the first words without the article of the names of
	// the knowledge base's people (قاسم, فلاديمير), normalised.
	given map[string]bool
	// marked holds the one-word forms of the knowledge base written with
	// a vowel mark or a shadda (عمّان for Amman): the mark tells apart
	// entities whose bare spellings are the same (عمان is Oman too).
	marked map[string]*gazetteer.Entity

	mu   sync.Mutex
	free []*state // idle states, each with its word cache (not a sync.Pool: the caches must outlive collections)
}

// NewRecognizer returns a Recognizer over kb, its indexes built, with the
// statistical tagger of package ner (ner.Default) as its Tagger; set
// Tagger to nil for the knowledge base alone.
func NewRecognizer(kb *gazetteer.KB) *Recognizer {
	r := &Recognizer{KB: kb, Tagger: NER(ner.Default())}
	r.once.Do(r.build)
	return r
}

// token is one token of the text layer.
type token struct {
	start, end uint32 // byte offsets into Article.Text (see tokenize)
	w          *word  // the word record of the normalised token (noWord for others)
	seg        int32  // region; n-grams never cross regions or punctuation
	kb         int32  // 1 + the index of the token's kbAt in state.memo; 0 before it is computed, -1 when it found nothing
	word       bool   // Word, Latin or Number: may be part of a name
	used       bool   // covered by a mention of the first pass
}

// chunk is a run of a region's bytes between ASCII spaces and control
// bytes (chunkEnd), with its rawHash, that state.split splits.
type chunk struct {
	start, end uint32
	seg        int32
	h          uint64
}

// hotTok is what the passes over every token read of it, copied from its
// word record (noWord's zeros for tokens that are no words): state.hot
// holds it beside state.toks, so that a pass over the text touches eight
// bytes a token and no word record, but for the few tokens that matter.
type hotTok struct {
	is   flags     // word.is
	bits [2]uint16 // the partBit of word.hashes[:2], noPart or a repeat where the word has fewer; allPart second for hPre3
	// formID is word.ids[idxForms], which lookup reads of the words after
	// the first of a phrase.
	formID int32
}

// noHot is the hotTok of the tokens that are no words.
var noHot = hotTok{bits: [2]uint16{noPart, noPart}}

// mayBePart reports whether a token whose hotTok.bits are b may be a
// word of a name whose bit is in f (resolveShort): whether a base of its
// bases[:pre] may be. It tests both bits without a branch: most tokens
// fail it. (It takes the bits, not the hotTok, so that a loop over
// state.hot copies nothing to the stack.)
func mayBePart(b [2]uint16, f *partFilter) bool {
	b0, b1 := b[0], b[1]
	return (f[b0>>6&63]>>(b0&63)|f[b1>>6&63]>>(b1&63))&1 != 0
}

// noWord is the word record of the tokens that are no words: its norm is
// "" and it is in no list.
var noWord = &word{}

// mention is a mention found in the document, before grouping.
type mention struct {
	start, end int // the whole mention (title and name, clitics included)
	ent        int
	arabic     string // the name inside it, clitics dropped; "" when it is not a name
	weight     int    // words of the name, to choose the fullest form
	// title: the title that stands for a person (رئيسة الوزراء
	// الأسترالية), clitics dropped, the person's Arabic form when the
	// text never names them.
	title string
}

// docEnt is an entity of the document being analysed.
type docEnt struct {
	kb     *gazetteer.Entity
	out    marsad.Entity
	strong bool // named, or resolved by a title: weak forms may link to it
	parts  []string
	first  int
}

// weakCand is a weak form found by the first pass, linked only when the
// document supports it.
type weakCand struct {
	i, n int
	fs   []form
	base string
}

// state is the working memory of one Run.
type state struct {
	r        *Recognizer
	text     string
	toks     []token
	hot      []hotTok // hot[i] is toks[i]'s
	buf      []byte
	nbuf     []byte // a normalised name, for shortOrg and withoutHonorific
	regions  []marsad.Span
	dateline marsad.Span // the document's dateline, empty when it has none
	// outside keeps namedOutside's answer for the document.
	outside struct {
		code    marsad.ActorCode
		set, ok bool
	}
	key        []byte
	atoks      []arabic.Token
	memo       []kbMemo // kbAt of the tokens, as computed (token.kb)
	marks      []int32  // the tokens that may begin a named event or a tagger's window (hMarked), in order
	voc        vocab
	parts      partTable
	ments      []mention
	mtoks      [][2]int32 // the tokens [i, j) of ments[k], until output sorts ments
	kbPeople   []int32    // the entities of the mentions of knowledge-base people, in the order of ments (holder)
	ents       []*docEnt
	byKB       entTable // the document entity of each knowledge-base entity named
	byName     map[string]int
	weak       []weakCand
	groups     []int    // the tokens of group words (البلدين, الزعيمان), resolved last
	cands      []cand   // resolveGroups: the mentions that may be one of a pair
	pairs      [][2]int // resolveGroups: the pairs of cands named together
	date       time.Time
	lastPerson int // the last person with a known office, or -1
	// output's buffers, by entity and by mention
	order, best, count, last []int
	keep                     []bool
	keys                     []uint64            // sortMentions: start, entity and index of each mention
	mbuf                     []mention           // sortMentions: the mentions before they are moved
	named                    []mention           // resolveShort: the names of people put in parts
	tagCache                 map[string][]Tagged // the Tagger's spans by window text, kept across runs
}

// kbMemo is the result of kbAt at one token.
type kbMemo struct {
	fs   []form
	base string
	n    int
}

func (r *Recognizer) getState() *state {
	r.mu.Lock()
	if n := len(r.free); n > 0 {
		s := r.free[n-1]
		r.free = r.free[:n-1]
		r.mu.Unlock()
		return s
	}
	r.mu.Unlock()
	return &state{r: r, lastPerson: -1, byName: map[string]int{},
		voc: vocab{m: map[string]*word{}}}
}

func (r *Recognizer) putState(s *state) {
	s.text = ""
	// The tokens refer to word records and index values, never to the
	// document's text: they need no clearing.
	s.toks = s.toks[:0]
	s.hot = s.hot[:0]
	s.memo = s.memo[:0]
	s.buf = s.buf[:0]
	clear(s.ments)
	s.ments = s.ments[:0]
	s.mtoks = s.mtoks[:0]
	s.kbPeople = s.kbPeople[:0]
	clear(s.named)
	s.named = s.named[:0]
	for _, de := range s.ents {
		*de = docEnt{} // kept for the next run, without the document's strings
	}
	s.ents = s.ents[:0]
	clear(s.weak)
	s.weak = s.weak[:0]
	s.groups = s.groups[:0]
	clear(s.cands)
	s.cands = s.cands[:0]
	s.pairs = s.pairs[:0]
	s.lastPerson = -1
	s.byKB.reset()
	clear(s.byName)
	r.mu.Lock()
	r.free = append(r.free, s)
	r.mu.Unlock()
}

// Run fills doc.Entities with the entities mentioned in the document's
// title, dateline and body lines (never its boilerplate), replacing what
// was there. A document without body lines is read whole, line by line.
// Every mention's Span points into doc.Article.Text and its Text is the
// text at that span.
func (r *Recognizer) Run(doc *marsad.Document) {
	r.once.Do(r.build)
	st := r.getState()
	defer r.putState(st)
	st.text = doc.Article.Text
	st.tokenize(doc)
	st.date = r.date(doc, st)
	st.scan()
	if r.Tagger != nil {
		st.tagged(doc)
	}
	st.namedEvents()
	st.resolveShort()
	st.resolveGroups()
	doc.Entities = st.output()
}

// tokenize splits the regions of the document into tokens.
func (st *state) tokenize(doc *marsad.Document) {
	text := st.text
	seg := int32(0)
	region := func(sp marsad.Span) {
		if sp.End <= sp.Start || !sp.In(len(text)) || sp.End > math.MaxUint32 {
			return // (a text past 4 GiB is read up to there: token offsets are 32 bits)
		}
		seg++
		st.regions = append(st.regions, sp)
		st.tokenizeRegion(sp.Start, sp.End, seg)
	}
	st.regions = st.regions[:0]
	st.toks, st.hot, st.marks = st.toks[:0], st.hot[:0], st.marks[:0]
	if doc.Title != "" {
		region(doc.TitleSpan)
	}
	st.dateline, st.outside.set = marsad.Span{}, false
	if doc.Dateline != "" {
		st.dateline = doc.DatelineSpan
		region(doc.DatelineSpan)
	}
	if len(doc.Body) > 0 {
		for _, l := range doc.Body {
			region(l.Span)
		}
	} else if doc.Title == "" {
		start := 0
		for i := 0; i <= len(text); i++ {
			if i == len(text) || text[i] == '\n' {
				region(marsad.Span{Start: start, End: i})
				start = i + 1
			}
		}
	}
}

// tokenizeRegion appends the tokens of text[start:end], region seg, to
// st.toks and st.hot, chunk by chunk (appendTokens): most chunks of a news
// text are a word seen before as a chunk of its own, or a chunk seen
// before (a word and a comma), one table read each (wordChunks); split
// reads the others.
func (st *state) tokenizeRegion(start, end int, seg int32) {
	for i := start; i < end; {
		var j int
		var h uint64
		if i, j, h = st.wordChunks(i, end, seg); i >= end {
			break
		}
		st.split(chunk{start: uint32(i), end: uint32(j), seg: seg, h: h})
		i = j
	}
}

// wordChunks appends the tokens of the chunks of text[i:end] seen before,
// words seen as chunks of their own (rawSlot.whole) and chunks of several
// tokens (vocab.keepChunk), up to the first other chunk, and returns that
// chunk, [i, j), with its rawHash; i is end when there is none. It finds
// a chunk's end (chunkEnd) and computes its hash in one reading of its
// bytes, eight at a time, and calls no function, so that its loop keeps
// its values in registers: it writes the tokens into capacity made
// beforehand, at most one a byte.
func (st *state) wordChunks(i, end int, seg int32) (int, int, uint64) {
	text := st.text[:end]
	slots := st.voc.raw.slots
	if len(slots) == 0 { // nothing seen yet: split reads the first chunk
		for i < len(text) && isBreak(text[i]) {
			i++
		}
		if i >= len(text) {
			return end, end, 0
		}
		j := chunkEnd(text, i)
		return i, j, rawHash(text[i:j])
	}
	mask := uint64(len(slots) - 1)
	room := end - i
	toks := slices.Grow(st.toks, room)
	hot := slices.Grow(st.hot, room)
	n := len(toks)
	toks, hot = toks[:n+room], hot[:n+room]
	for {
		for i < len(text) && isBreak(text[i]) {
			i++
		}
		if i >= len(text) {
			st.toks, st.hot = toks[:n], hot[:n]
			return end, end, 0
		}
		// j, h: chunkEnd(text, i) and rawHash(text[i:j])
		j, h := i, rawSeed[0]
		for {
			if j+8 > len(text) {
				var tail uint64
				k := 0
				for ; j+k < len(text) && !isBreak(text[j+k]); k++ {
					tail |= uint64(text[j+k]) << (8 * k)
				}
				j += k
				h = hashEnd(h, tail, j-i)
				break
			}
			x := wymix.LE64(text[j:])
			if t := breakAt(x); t != 0 {
				k := bits.TrailingZeros64(t) / 8
				j += k
				h = hashEnd(h, x&(1<<(8*k)-1), j-i)
				break
			}
			h = wymix.Mix(h^x, rawSeed[1])
			j += 8
		}
		// raw.get(h), whole slots only
		p := h & mask
		for slots[p].h != h && slots[p].w != nil {
			p = (p + 1) & mask
		}
		sl := &slots[p]
		if sl.w == nil || !sl.whole && sl.toks == 0 {
			st.toks, st.hot = toks[:n], hot[:n]
			return i, j, h
		}
		if !sl.whole { // a chunk of several tokens kept whole (vocab.keepChunk)
			for _, ct := range st.voc.ctoks[sl.toks-1 : int(sl.toks-1)+int(sl.ntok)] {
				t := &toks[n]
				t.start, t.end, t.w, t.seg, t.kb, t.word, t.used = uint32(i)+uint32(ct.start), uint32(i)+uint32(ct.end), ct.w, seg, 0, ct.word, false
				hot[n] = ct.hot
				if ct.hot.is&hMarked != 0 {
					st.marks = append(st.marks, int32(n))
				}
				n++
			}
			i = j
			continue
		}
		// Field by field: a composite literal is built on the stack and
		// copied.
		t := &toks[n]
		t.start, t.end, t.w, t.seg, t.kb, t.word, t.used = uint32(i), uint32(j), sl.w, seg, 0, true, false
		hot[n] = sl.hot
		if sl.hot.is&hMarked != 0 {
			st.marks = append(st.marks, int32(n)) // (rare: kept in memory, not in registers)
		}
		n++
		i = j
	}
}

// split adds the tokens of a chunk not seen before as one word.
func (st *state) split(c chunk) {
	s := st.text[c.start:c.end]
	if lettersOnly(s) {
		w, h := st.voc.written(st.r, s, c.h, true)
		st.addMark(h)
		st.toks = append(st.toks, token{start: c.start, end: c.end, seg: c.seg, w: w, word: true})
		st.hot = append(st.hot, h)
		return
	}
	st.atoks = arabic.AppendTokens(st.atoks[:0], s)
	whole := len(st.atoks) == 1 && st.atoks[0].Start == 0 && st.atoks[0].End == len(s) && isWordKind(st.atoks[0].Kind)
	first := len(st.toks)
	for _, t := range st.atoks {
		tk := token{start: c.start + uint32(t.Start), end: c.start + uint32(t.End), seg: c.seg, w: noWord}
		h := noHot
		if isWordKind(t.Kind) {
			tk.word = true
			ts := s[t.Start:t.End]
			hash := c.h
			if !whole {
				hash = rawHash(ts)
			}
			tk.w, h = st.voc.written(st.r, ts, hash, whole)
		}
		st.addMark(h)
		st.toks = append(st.toks, tk)
		st.hot = append(st.hot, h)
	}
	if !whole {
		st.voc.keepChunk(s, c.h, st.toks[first:], st.hot[first:], c.start)
	}
}

// addMark notes the token about to be appended, whose hotTok is h, in
// marks when it is one (hMarked).
func (st *state) addMark(h hotTok) {
	if h.is&hMarked != 0 {
		st.marks = append(st.marks, int32(len(st.toks)))
	}
}

// isWordKind reports whether tokens of kind k are words: they may be part
// of a name.
func isWordKind(k arabic.Kind) bool {
	return k == arabic.Word || k == arabic.Latin || k == arabic.Number
}

// date returns the day against which titles are resolved.
func (r *Recognizer) date(doc *marsad.Document, st *state) time.Time {
	if !doc.Published.IsZero() {
		return doc.Published.Time
	}
	if pr := doc.PublishedRange; pr != nil && !pr.From.IsZero() {
		if pr.To.IsZero() {
			return pr.From
		}
		return pr.From.Add(pr.To.Sub(pr.From) / 2)
	}
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	today := now()
	year := today.Year()
	latest := 0
	for i, t := range st.toks {
		if st.hot[i].is&nYear == 0 {
			continue
		}
		if y := int(t.w.year); y > latest && y <= year {
			latest = y
		}
	}
	if latest > 0 && latest < today.Year() {
		return time.Date(latest, 7, 1, 0, 0, 0, 0, time.UTC)
	}
	return today
}

// run returns the number of consecutive word tokens from i in one region,
// at most max.
func (st *state) run(i, max int) int {
	n := 0
	for j := i; j < len(st.toks) && n < max; j++ {
		if !st.toks[j].word || st.toks[j].seg != st.toks[i].seg {
			break
		}
		n++
	}
	return n
}

// lookup finds the longest phrase of idx starting at token i, the first
// token read through its clitic bases. It returns the number of tokens,
// the values and the base of the first token that matched.
//
// hits are the bases of token i that begin a phrase of idx (word.forms,
// word.roles or word.skels), so that a base that begins none costs
// nothing; the following tokens are read by their ids in idx's trie
// (word.ids[which]: by skeleton for idxSkels).
func lookup[T any](st *state, idx *phraseIndex[T], hits []hit, i int, which int) (int, []T, string) {
	if !st.toks[i].word {
		return 0, nil, ""
	}
	bestN, best, bestBase := 0, []T(nil), ""
	seg := st.toks[i].seg
	for _, h := range hits {
		if h.max <= bestN {
			continue
		}
		n, vs := 0, []T(nil)
		if h.one {
			n, vs = 1, idx.vals[h.node]
		}
		node := h.node
		for k := i + 1; k < i+h.max && k < len(st.toks); k++ {
			t := &st.toks[k]
			if !t.word || t.seg != seg {
				break
			}
			id := st.hot[k].formID
			if which != idxForms {
				id = t.w.ids[which]
			}
			if node = idx.step(node, id); node == 0 {
				break
			}
			if v := idx.vals[node]; v != nil {
				n, vs = k-i+1, v
			}
		}
		if n > bestN {
			bestN, best, bestBase = n, vs, h.base
		}
	}
	return bestN, best, bestBase
}

// kbAt returns the longest knowledge-base match at token i, by spelling
// and then, for distinctive names, by skeleton.
func (st *state) kbAt(i int) (int, []form, string) {
	is := st.hot[i].is
	if is&hKB == 0 {
		return 0, nil, "" // no word, or none that begins a phrase (most tokens): no record read
	}
	t := &st.toks[i]
	if t.kb == 0 && t.word && (is&hLocal != 0 || st.endsPhrases(i)) {
		// The phrases that begin here are of one word, or the next token
		// is no word of a longer one: the match is the word's alone, the
		// same at every token of it, kept in its record.
		if is&hOne == 0 {
			t.kb = -1 // only longer phrases begin here (وزارة, مجلس): no record read
			return 0, nil, ""
		}
		w := t.w
		if !w.kbSet {
			w.kb.n, w.kb.fs, w.kb.base = st.kbFind(i)
			w.kbSet = true
		}
		return w.kb.n, w.kb.fs, w.kb.base
	}
	if t.kb == 0 {
		var m kbMemo
		if m.n, m.fs, m.base = st.kbFind(i); m.n == 0 {
			t.kb = -1 // most tokens: nothing to keep
			return 0, nil, ""
		}
		st.memo = append(st.memo, m)
		t.kb = int32(len(st.memo))
	}
	if t.kb < 0 {
		return 0, nil, ""
	}
	m := &st.memo[t.kb-1]
	return m.n, m.fs, m.base
}

// allCities reports whether every form of fs is a city's.
func allCities(fs []form) bool {
	for _, f := range fs {
		if f.typ != marsad.EntityCity {
			return false
		}
	}
	return len(fs) > 0
}

// endsPhrases reports whether no phrase of the knowledge base can go on
// past token i: the next token is no word of the region, or a word that is
// in no phrase but as its first (hotTok.formID and nSkelNext), so that
// lookup reads the word at i alone.
func (st *state) endsPhrases(i int) bool {
	if i+1 >= len(st.toks) {
		return true
	}
	next := &st.toks[i+1]
	return !next.word || next.seg != st.toks[i].seg || st.hot[i+1].formID == 0 && st.hot[i+1].is&nSkelNext == 0
}

// kbFind computes kbAt.
func (st *state) kbFind(i int) (int, []form, string) {
	if !st.toks[i].word {
		return 0, nil, ""
	}
	tw := st.toks[i].w
	n, fs, b := lookup(st, &st.r.forms, tw.forms, i, idxForms)
	if n > 1 && st.hot[i+n-1].is&nStop != 0 {
		// شي إن is Xi and a particle, not شي آن: a name of several
		// words does not end in a function word.
		return 0, nil, ""
	}
	if n > 0 {
		if n == 1 && strings.HasSuffix(tw.norm, "ال"+b) && allCities(fs) {
			// A city's name does not take the article the knowledge base
			// does not give it: السيول are floods, not Seoul.
			return 0, nil, ""
		}
		return n, fs, b
	}
	// Transliterated names seldom take the article; common words do.
	// (skels is empty when the word is no skelCandidate.)
	if tw.is&hSkels == 0 {
		return 0, nil, ""
	}
	n, fs, b = lookup(st, &st.r.skels, tw.skels, i, idxSkels)
	if n == 0 {
		return 0, nil, ""
	}
	for k := i; k < i+n; k++ {
		if st.hot[k].is&(nStop|bStop|nCommon|bOffice) != 0 {
			// وقال قائد shares the skeleton of وكالة كيودو: a function
			// word, a common one or an office (محافظ كركوك is no محافظة
			// كركوك) is spelt as it is, never transliterated.
			return 0, nil, ""
		}
	}
	letters := 0
	for _, h := range tw.skels {
		if h.base == b {
			letters = h.letters
			break
		}
	}
	first := letters
	for k := i + 1; k < i+n; k++ {
		letters += int(st.toks[k].w.skelLetters)
	}
	if n > 1 && st.hasBase(i, bPlaceCue|bOrgHead) && letters-first < 5 {
		// إقليم سيونيك is not إقليم سناغ: after a head the knowledge
		// base's name shares, the name itself must be long enough to
		// be told by its consonants.
		return 0, nil, ""
	}
	if n == 1 && utf8.RuneCountInString(b) >= 6 && letters >= 4 {
		// One word matched by its skeleton must be a person's name, or a
		// place's name spelt with more or fewer long vowels (كراكاس for
		// كاراكاس), the letters of G and Q left as written.
		if fs := vowelVariants(b, fs); len(fs) > 0 {
			return n, fs, b
		}
	}
	if letters < 5 || (n == 1 && utf8.RuneCountInString(b) < 6) {
		return 0, nil, ""
	}
	if n == 1 {
		for _, f := range fs {
			if f.typ != marsad.EntityPerson {
				return 0, nil, ""
			}
		}
	}
	return n, fs, b
}

// vowelVariants returns the forms of fs, all of places, one of whose
// names differs from the normalised word w only by the long vowels ا و ي
// inside it, the last letter the same, or nil when some form is no
// place's or none does: a rare path, taken for single words that matched
// by their skeleton.
func vowelVariants(w string, fs []form) []form {
	key := dropVowels(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	var out []form
	for _, f := range fs {
		switch f.typ {
		case marsad.EntityCity, marsad.EntityCountry, marsad.EntityLocation:
		default:
			return nil
		}
		for _, name := range append([]string{f.e.Arabic}, f.e.Aliases...) {
			k := phraseKey(name)
			if kl, _ := utf8.DecodeLastRuneInString(k); kl != last || k == "" || strings.Contains(k, " ") {
				continue
			}
			if dropVowels(k) == key {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// dropVowels returns the normalised word w without its long vowels after
// the first letter.
func dropVowels(w string) string {
	var b strings.Builder
	for i, r := range w {
		if i > 0 && (r == 'ا' || r == 'و' || r == 'ي') {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// pick chooses among the forms of one key: strong before weak, then in KB
// order (the KB puts canonical holders first).
func pick(fs []form) form {
	for _, f := range fs {
		if !f.weak {
			return f
		}
	}
	return fs[0]
}

// entityFor returns the document entity of a KB entity, creating it.
func (st *state) entityFor(e *gazetteer.Entity) int {
	if k, ok := st.byKB.get(e); ok {
		return k
	}
	de := st.newDocEnt()
	*de = docEnt{kb: e, out: marsad.Entity{ID: e.QID, Name: e.Name, Arabic: e.Arabic, Type: e.Type, Code: e.Code}}
	if e.Type == marsad.EntityPerson {
		de.out.Role = st.roleOf(e)
	}
	st.ents = append(st.ents, de)
	st.byKB.put(e, len(st.ents)-1)
	return len(st.ents) - 1
}

// newEntity returns the document entity of a name the KB lacks, keyed by
// its normalised name.
func (st *state) newEntity(key string, typ marsad.EntityType, name string, code marsad.ActorCode, role string) int {
	if k, ok := st.byName[key]; ok {
		return k
	}
	de := st.newDocEnt()
	*de = docEnt{out: marsad.Entity{Name: name, Arabic: name, Type: typ, Code: code, Role: role}, strong: true}
	if typ == marsad.EntityPerson {
		de.parts = strings.Fields(key)
	}
	st.ents = append(st.ents, de)
	st.byName[key] = len(st.ents) - 1
	return len(st.ents) - 1
}

// roleRank orders the offices a person may hold at once, the one a
// report names first (a president before a party secretary).
var roleRank = map[string]int{"president": 1, "king": 2, "emir": 3, "sultan": 4, "supreme_leader": 5,
	"prime_minister": 6, "chancellor": 7, "crown_prince": 8, "vice_president": 9, "foreign_minister": 10,
	"defence_minister": 11, "secretary_general": 12}

// rolesOf returns the role keys e held on the document's date, by rank.
func (st *state) rolesOf(e *gazetteer.Entity) []string {
	var ks []string
	for _, ro := range e.Roles {
		if ro.Covers(st.date) {
			ks = append(ks, ro.Key)
		}
	}
	rank := func(k string) int {
		if r, ok := roleRank[k]; ok {
			return r
		}
		return 100
	}
	slices.SortStableFunc(ks, func(a, b string) int { return rank(a) - rank(b) })
	return ks
}

// roleOf returns the first-ranked role key e held on the document's date
// (rolesOf(e)[0]), or "".
func (st *state) roleOf(e *gazetteer.Entity) string {
	key, best, found := "", 0, false
	for _, ro := range e.Roles {
		if !ro.Covers(st.date) {
			continue
		}
		r, ok := roleRank[ro.Key]
		if !ok {
			r = 100
		}
		if !found || r < best {
			key, best, found = ro.Key, r, true
		}
	}
	return key
}

// newDocEnt returns a docEnt to fill, reusing those of earlier runs.
func (st *state) newDocEnt() *docEnt {
	if n := len(st.ents); n < cap(st.ents) {
		if de := st.ents[:n+1][n]; de != nil {
			return de
		}
	}
	return new(docEnt)
}

// add records a mention of entity k over tokens [i, j), with the name
// over tokens [ni, nj) (ni == nj when the mention is no name), the first
// name token read from base.
func (st *state) add(k, i, j, ni, nj int, base string, strong bool) {
	m := mention{start: int(st.toks[i].start), end: int(st.toks[j-1].end), ent: k}
	if nj > ni {
		m.arabic = st.nameText(ni, nj, base)
		m.weight = nj - ni
	}
	st.ments = append(st.ments, m)
	st.mtoks = append(st.mtoks, [2]int32{int32(i), int32(j)})
	for t := i; t < j; t++ {
		st.toks[t].used = true
	}
	de := st.ents[k]
	if de.kb != nil && de.out.Type == marsad.EntityPerson {
		st.kbPeople = append(st.kbPeople, int32(k))
	}
	if strong {
		de.strong = true
	}
	if de.out.Type == marsad.EntityPerson && de.out.Role != "" {
		st.lastPerson = k
	}
}

// nameText returns the text of tokens [ni, nj) with the proclitics of
// the first that base dropped, the article restored after ل (للجيش →
// الجيش).
func (st *state) nameText(ni, nj int, base string) string {
	t := st.toks[ni]
	end := int(st.toks[nj-1].end)
	if base == "" || strings.HasSuffix(t.w.norm, base) {
		return st.text[st.nameStart(ni, base):end]
	}
	if rest, ok := strings.CutPrefix(base, "ال"); ok && strings.HasSuffix(t.w.norm, rest) && strings.HasSuffix(t.w.norm[:len(t.w.norm)-len(rest)], "لل") {
		// للجيش, وللجيش: ل before the article, which it absorbs.
		return "ال" + st.text[st.nameStart(ni, rest):end]
	}
	return st.text[t.start:end]
}

// nameStart returns the byte offset where the name begins in token i once
// the proclitics that base dropped are skipped (والصين → الصين), the
// article excepted.
func (st *state) nameStart(i int, base string) int {
	t := &st.toks[i]
	if len(base) >= len(t.w.norm) { // the whole word (most names): nothing dropped
		return int(t.start)
	}
	drop := utf8.RuneCountInString(t.w.norm) - utf8.RuneCountInString(base)
	if base == "" || drop <= 0 || !strings.HasSuffix(t.w.norm, base) {
		return int(t.start)
	}
	if strings.HasSuffix(t.w.norm[:len(t.w.norm)-len(base)], "ال") {
		// The article the form lacks is the name's as written (المنصف
		// المرزوقي for the form منصف المرزوقي): only و, ب, ل... drop.
		drop -= 2
	}
	s := st.text[t.start:t.end]
	off := 0
	for drop > 0 && off < len(s) {
		r, w := utf8.DecodeRuneInString(s[off:])
		off += w
		if !isMark(r) {
			drop--
		}
	}
	for off < len(s) {
		r, w := utf8.DecodeRuneInString(s[off:])
		if !isMark(r) {
			break
		}
		off += w
	}
	return int(t.start) + off
}

// isMark reports whether r is a diacritic, tatweel or format character,
// which normalisation drops.
func isMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 || (r >= 0x0610 && r <= 0x061A) ||
		(r >= 0x200B && r <= 0x200F)
}

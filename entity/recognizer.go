package entity

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/gazetteer"
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
	// normalised words of its name and aliases.
	nameWords map[*gazetteer.Entity][]string

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
	start, end int // byte offsets into Article.Text
	norm       string
	w          *word // the word record of norm, for word tokens
	word       bool  // Word, Latin or Number: may be part of a name
	seg        int   // region; n-grams never cross regions or punctuation
	used       bool  // covered by a mention of the first pass
}

// mention is a mention found in the document, before grouping.
type mention struct {
	start, end int // the whole mention (title and name, clitics included)
	ent        int
	arabic     string // the name inside it, clitics dropped; "" when it is not a name
	weight     int    // words of the name, to choose the fullest form
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
	r          *Recognizer
	text       string
	toks       []token
	buf        []byte
	regions    []marsad.Span
	key        []byte
	atoks      []arabic.Token
	kbm        []kbMemo // kbAt per token, once computed
	voc        vocab
	parts      map[string]int
	ments      []mention
	ents       []*docEnt
	byKB       map[*gazetteer.Entity]int
	byName     map[string]int
	weak       []weakCand
	date       time.Time
	lastPerson int // the last person with a known office, or -1
}

// kbMemo is the result of kbAt at one token.
type kbMemo struct {
	done bool
	n    int
	fs   []form
	base string
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
	return &state{r: r, lastPerson: -1, byKB: map[*gazetteer.Entity]int{}, byName: map[string]int{},
		voc: vocab{m: map[string]*word{}}, parts: map[string]int{}}
}

func (r *Recognizer) putState(s *state) {
	s.text = ""
	clear(s.toks) // drop the references to the document's strings
	s.toks = s.toks[:0]
	s.buf = s.buf[:0]
	clear(s.kbm)
	s.kbm = s.kbm[:0]
	clear(s.ments)
	s.ments = s.ments[:0]
	clear(s.ents)
	s.ents = s.ents[:0]
	clear(s.weak)
	s.weak = s.weak[:0]
	s.lastPerson = -1
	clear(s.byKB)
	clear(s.byName)
	clear(s.parts)
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
	st.resolveShort()
	doc.Entities = st.output()
}

// tokenize splits the regions of the document into tokens.
func (st *state) tokenize(doc *marsad.Document) {
	text := st.text
	seg := 0
	region := func(sp marsad.Span) {
		if sp.End <= sp.Start || !sp.In(len(text)) {
			return
		}
		seg++
		st.regions = append(st.regions, sp)
		st.atoks = arabic.AppendTokens(st.atoks[:0], text[sp.Start:sp.End])
		for _, t := range st.atoks {
			a, b := sp.Start+t.Start, sp.Start+t.End
			tk := token{start: a, end: b, seg: seg}
			if t.Kind == arabic.Word || t.Kind == arabic.Latin || t.Kind == arabic.Number {
				st.buf = arabic.AppendNormalized(st.buf[:0], text[a:b])
				tk.word = true
				tk.w = st.voc.get(st.r, st.buf)
				tk.norm = tk.w.norm
			}
			st.toks = append(st.toks, tk)
		}
	}
	st.regions = st.regions[:0]
	if doc.Title != "" {
		region(doc.TitleSpan)
	}
	if doc.Dateline != "" {
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
	st.kbm = append(st.kbm[:0], make([]kbMemo, len(st.toks))...)
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
	latest := 0
	for _, t := range st.toks {
		n := t.norm
		if len(n) >= 4 && n[0] >= '1' && n[0] <= '2' {
			y := 0
			for k := 0; k < 4; k++ {
				if n[k] < '0' || n[k] > '9' {
					y = -1
					break
				}
				y = y*10 + int(n[k]-'0')
			}
			if y >= 1945 && y <= today.Year() && (len(n) == 4 || n[4] < '0' || n[4] > '9') && y > latest {
				latest = y
			}
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
// nothing; with skel, the following tokens are read by their skeletons.
func lookup[T any](st *state, idx *phraseIndex[T], hits []hit, i int, skel bool) (int, []T, string) {
	if !st.toks[i].word {
		return 0, nil, ""
	}
	bestN, best, bestBase := 0, []T(nil), ""
	for _, h := range hits {
		mx := h.max
		if mx <= bestN {
			continue
		}
		mx = st.run(i, mx)
		for n := mx; n > bestN; n-- {
			var vs []T
			if n == 1 {
				vs = idx.m[h.key]
			} else {
				st.key = append(st.key[:0], h.key...)
				for k := i + 1; k < i+n; k++ {
					st.key = append(st.key, ' ')
					if skel {
						st.key = append(st.key, st.toks[k].w.skel...)
					} else {
						st.key = append(st.key, st.toks[k].norm...)
					}
				}
				vs = idx.m[string(st.key)]
			}
			if vs != nil {
				bestN, best, bestBase = n, vs, h.base
				break
			}
		}
	}
	return bestN, best, bestBase
}

// kbAt returns the longest knowledge-base match at token i, by spelling
// and then, for distinctive names, by skeleton.
func (st *state) kbAt(i int) (int, []form, string) {
	m := &st.kbm[i]
	if !m.done {
		m.n, m.fs, m.base = st.kbFind(i)
		m.done = true
	}
	return m.n, m.fs, m.base
}

// kbFind computes kbAt.
func (st *state) kbFind(i int) (int, []form, string) {
	if !st.toks[i].word {
		return 0, nil, ""
	}
	tw := st.toks[i].w
	n, fs, b := lookup(st, &st.r.forms, tw.forms, i, false)
	if n > 1 && stopName[st.toks[i+n-1].norm] {
		// شي إن is Xi and a particle, not شي آن: a name of several
		// words does not end in a function word.
		return 0, nil, ""
	}
	if n > 0 {
		return n, fs, b
	}
	// Transliterated names seldom take the article; common words do.
	if !skelCandidate(tw.norm) {
		return 0, nil, ""
	}
	n, fs, b = lookup(st, &st.r.skels, tw.skels, i, true)
	if n == 0 {
		return 0, nil, ""
	}
	letters := 0
	for _, h := range tw.skels {
		if h.base == b {
			letters = h.letters
			break
		}
	}
	for k := i + 1; k < i+n; k++ {
		letters += st.toks[k].w.skelLetters
	}
	if letters < 5 || (n == 1 && (utf8.RuneCountInString(b) < 6 || letters < 5)) {
		return 0, nil, ""
	}
	if n == 1 {
		// One word matched by its skeleton must be a person's name.
		for _, f := range fs {
			if f.e.Type != marsad.EntityPerson {
				return 0, nil, ""
			}
		}
	}
	return n, fs, b
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
	if k, ok := st.byKB[e]; ok {
		return k
	}
	de := &docEnt{kb: e, out: marsad.Entity{ID: e.QID, Name: e.Name, Arabic: e.Arabic, Type: e.Type, Code: e.Code}}
	if e.Type == marsad.EntityPerson {
		de.out.Role = st.roleOf(e)
	}
	st.ents = append(st.ents, de)
	st.byKB[e] = len(st.ents) - 1
	return len(st.ents) - 1
}

// newEntity returns the document entity of a name the KB lacks, keyed by
// its normalised name.
func (st *state) newEntity(key string, typ marsad.EntityType, name string, code marsad.ActorCode, role string) int {
	if k, ok := st.byName[key]; ok {
		return k
	}
	de := &docEnt{out: marsad.Entity{Name: name, Arabic: name, Type: typ, Code: code, Role: role}, strong: true}
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

// roleOf returns the first-ranked role key e held on the document's date,
// or "".
func (st *state) roleOf(e *gazetteer.Entity) string {
	if ks := st.rolesOf(e); len(ks) > 0 {
		return ks[0]
	}
	return ""
}

// add records a mention of entity k over tokens [i, j), with the name
// over tokens [ni, nj) (ni == nj when the mention is no name), the first
// name token read from base.
func (st *state) add(k, i, j, ni, nj int, base string, strong bool) {
	m := mention{start: st.toks[i].start, end: st.toks[j-1].end, ent: k}
	if nj > ni {
		m.arabic = st.nameText(ni, nj, base)
		m.weight = nj - ni
	}
	st.ments = append(st.ments, m)
	for t := i; t < j; t++ {
		st.toks[t].used = true
	}
	de := st.ents[k]
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
	end := st.toks[nj-1].end
	if base == "" || strings.HasSuffix(t.norm, base) {
		return st.text[st.nameStart(ni, base):end]
	}
	if strings.HasPrefix(t.norm, "لل") && strings.HasPrefix(base, "ال") && strings.HasSuffix(t.norm, base[len("ال"):]) {
		rest := st.nameStart(ni, base[len("ال"):])
		return "ال" + st.text[rest:end]
	}
	return st.text[t.start:end]
}

// nameStart returns the byte offset where the name begins in token i once
// the proclitics that base dropped are skipped (والصين → الصين).
func (st *state) nameStart(i int, base string) int {
	t := st.toks[i]
	drop := utf8.RuneCountInString(t.norm) - utf8.RuneCountInString(base)
	if base == "" || drop <= 0 || !strings.HasSuffix(t.norm, base) {
		return t.start
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
	return t.start + off
}

// isMark reports whether r is a diacritic, tatweel or format character,
// which normalisation drops.
func isMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 || (r >= 0x0610 && r <= 0x061A) ||
		(r >= 0x200B && r <= 0x200F)
}

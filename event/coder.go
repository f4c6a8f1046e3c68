package event

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// Coder codes the events of documents. A Coder is safe for concurrent use
// by several goroutines.
type Coder struct {
	lx   *lexicon
	mu   sync.Mutex
	free []*state // idle states, each with its word cache (not a sync.Pool: the caches must outlive collections)
}

// maxRefRange is the widest publication range whose first day serves as
// the reference day of relative expressions (يوم الخميس, أمس).
const maxRefRange = 7 * 24 * time.Hour

// reference returns the date that relative expressions of doc resolve
// against, and the first day of a wider publication range, or zero: the
// publication date; else the first day of a publication range of at most
// a week; else the month, or the year, that holds the whole range (so
// that الشهر الماضي or العام الماضي still resolve when يوم الخميس cannot).
func reference(doc *marsad.Document) (ref, from marsad.Date) {
	if !doc.Published.IsZero() {
		return doc.Published, marsad.Date{}
	}
	r := doc.PublishedRange
	if r == nil || r.To.Before(r.From) {
		return marsad.Date{}, marsad.Date{}
	}
	switch {
	case r.To.Sub(r.From) <= maxRefRange:
		return marsad.DayDate(r.From), marsad.Date{}
	case r.From.Year() == r.To.Year() && r.From.Month() == r.To.Month():
		ref = marsad.Date{Time: time.Date(r.From.Year(), r.From.Month(), 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionMonth}
	case r.From.Year() == r.To.Year():
		ref = marsad.Date{Time: time.Date(r.From.Year(), 1, 1, 0, 0, 0, 0, time.UTC), Precision: marsad.PrecisionYear}
	}
	return ref, marsad.DayDate(r.From)
}

// defaultLexicon is the embedded lexicon, parsed once.
var defaultLexicon = sync.OnceValues(func() (*lexicon, error) { return parseLexicon(lexiconTSV) })

// NewCoder returns a Coder with the embedded predicate lexicon. It panics
// if the embedded lexicon is malformed, which the package's tests rule out.
func NewCoder() *Coder {
	lx, err := defaultLexicon()
	if err != nil {
		panic(err)
	}
	return &Coder{lx: lx}
}

// Run codes the events of doc and appends them to doc.Events. It reads
// the sentences (doc.Sentences, or the sentences of doc.Body when there
// are none), the entities and their mentions (doc.Entities, filled by the
// entity stage) and the publication date; it writes nothing else.
//
// Each event comes from one predicate of the lexicon in one sentence, has
// at least one actor that is an entity of doc, and carries the clause
// that reports it as Evidence, with EvidenceSpan into doc.Article.Text.
func (c *Coder) Run(doc *marsad.Document) {
	st := c.get()
	st.reset(c.lx, doc)
	st.run()
	st.doc = nil
	c.mu.Lock()
	c.free = append(c.free, st)
	c.mu.Unlock()
}

// get returns an idle state, or a new one.
func (c *Coder) get() *state {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n := len(c.free); n > 0 {
		st := c.free[n-1]
		c.free = c.free[:n-1]
		return st
	}
	return &state{}
}

// tok is a token of the sentence being coded.
type tok struct {
	start, end int // bytes in Article.Text
	kind       arabic.Kind
	norm       string
	w          *lexWord // the token's record
	slot       int32    // the slot covering the token, or -1
	mention    bool     // inside an entity mention
	used       bool     // a word of a predicate's pattern
}

// slot is a run of tokens that names one actor, or several for a group
// mention (الزعيمان).
type slot struct {
	ti, tj int
	ents   []int32
	prep   string // the governing preposition, normalised, or ""
	conj   bool   // joined to the slot before by و
	loc    bool   // a place after في or ب
	place  bool   // every entity is a place
	region bool   // every entity is a region (الشرق الأوسط): no people of its own
}

// pred is a predicate found in the sentence.
type pred struct {
	e        *entry
	h, last  int // head token and last pattern token
	tokens   [8]int16
	nt       int
	clause   int
	absorbed bool             // the content of another predicate, or a verb describing a quantified noun (أي أعمال تهدد)
	nested   bool             // the content of an accusation (اتهم X Y بتقديم دعم لـZ): Y's claimed act
	future   bool             // the head carries the future particle
	waw      bool             // the head carries the conjunction و or ف
	poss     bool             // the head carries a pronoun suffix
	passive  bool             // the head is written as a passive (قُتل, اعتُقل)
	counted  bool             // a violent verb right before a count (قتل عشرة)
	dual     bool             // the verb is written as a dual (اتفقا, يبحثان)
	recode   marsad.CAMEOCode // the event's code when not the entry's: a ceasefire agreed on (اتفقا على وقف إطلاق النار), a missile test
}

// clause is a run of tokens between boundaries.
type clause struct {
	ti, tj int
	rel    bool // begins with a relative pronoun
}

// actor is an event's source or target.
type actor struct {
	id   string
	code marsad.ActorCode
	ent  int32
}

// state holds the work buffers of one Run.
type state struct {
	lx  *lexicon
	doc *marsad.Document

	mentions []mref
	actors   []actor // per entity
	entNorm  []string
	places   []bool
	regions  []bool // a LOCATION of a regional code (see regionCodes)

	toks    []tok
	atoks   []arabic.Token
	voc     vocab
	slots   []slot
	waters  []slot   // the bodies of water named in the sentence (see finishSlots)
	evspans [][2]int // token ranges of event names in the sentence
	preds   []pred
	clauses []clause
	pairBuf [][2]int32
	// arena holds the entity lists of slots and roles for the document:
	// append only, each list capped so that no append overwrites another.
	arena []int32

	framed []bool // per event coded in this Run: dated as the day's news only
	// pair is the latest pair of actors of distinct codes that acted
	// together in the document (a joint subject, or the two sides of a
	// meeting), the referent of a dual verb or a group mention (الجانبان,
	// البلدين) that the sentence does not name; nil when none.
	pair         [2]int32
	hasPair      bool
	pairSent     int     // the sentence that set pair
	topic        []int32 // the entities of the last explicit subject
	recent       []int32 // the explicit subject of the sentence's latest verb, or nil
	recentClause int     // the clause of that verb
	// lastForce is the named source of the latest act of force coded
	// (violence, coercion, a show of force), the author of an act a later
	// condemnation names again (ندد X بالإطلاق); -1 when none.
	lastForce     int32
	lastForceSent int // the sentence that coded it
	lastDate      marsad.Date
	lastDateLine  int
	ref           marsad.Date // the reference of relative expressions (see reference)
	refFrom       marsad.Date // the first day of a publication range too wide to be ref, or zero
	news          marsad.Date // the day of the news, from the lead (see newsDay), or zero
	sentIdx       int         // the sentence's index in the document
	lineIdx       int         // the paragraph's number, from 1
	lineSent      int         // the sentence's index in its paragraph
}

// mref is a mention with its entity.
type mref struct {
	span marsad.Span
	ent  int32
}

func (st *state) reset(lx *lexicon, doc *marsad.Document) {
	st.lx, st.doc = lx, doc
	st.mentions = st.mentions[:0]
	st.actors = st.actors[:0]
	st.entNorm = st.entNorm[:0]
	st.places = st.places[:0]
	st.regions = st.regions[:0]
	st.topic = nil
	st.lastForce, st.lastForceSent = -1, -1
	st.hasPair = false
	st.arena = st.arena[:0]
	st.lastDate, st.lastDateLine = marsad.Date{}, -1
	st.ref, st.refFrom = reference(doc)
	st.news = marsad.Date{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		st.actors = append(st.actors, st.actorOf(e))
		st.entNorm = append(st.entNorm, arabic.Normalize(e.Arabic))
		st.places = append(st.places, e.Type == marsad.EntityCity || e.Type == marsad.EntityCountry || e.Type == marsad.EntityLocation)
		st.regions = append(st.regions, e.Type == marsad.EntityLocation && regionCodes[e.Code])
		for _, m := range e.Mentions {
			if m.Span.In(len(doc.Article.Text)) && m.Span.Len() > 0 {
				st.mentions = append(st.mentions, mref{m.Span, int32(i)})
			}
		}
	}
	slices.SortFunc(st.mentions, func(a, b mref) int {
		if a.span.Start != b.span.Start {
			return a.span.Start - b.span.Start
		}
		if a.span.End != b.span.End {
			return b.span.End - a.span.End
		}
		return int(a.ent - b.ent) // a group mention lists its entities in the document's order
	})
}

// actorOf returns the actor an entity stands for: a city's mention stands
// for its country's government, so it takes the country's QID when the
// document names the country too. An entity without a code, or an event,
// is no actor (code "").
func (st *state) actorOf(e *marsad.Entity) actor {
	if e.Type == marsad.EntityEvent || e.Code == "" {
		return actor{ent: -1}
	}
	a := actor{id: string(e.ID), code: e.Code}
	if a.id == "" {
		a.id = e.Arabic
	}
	if e.Type == marsad.EntityCity {
		for i := range st.doc.Entities {
			o := &st.doc.Entities[i]
			if o.Type == marsad.EntityCountry && o.Code == e.Code && o.ID != "" {
				a.id = string(o.ID)
				break
			}
		}
	}
	return a
}

func (st *state) run() {
	doc := st.doc
	text := doc.Article.Text
	sents := doc.Sentences
	if len(sents) == 0 {
		for _, l := range doc.Body {
			for _, g := range arabic.Sentences(l.Text) {
				sents = append(sents, marsad.Span{Start: l.Span.Start + g.Start, End: l.Span.Start + g.End})
			}
		}
		if len(doc.Body) == 0 {
			for _, g := range arabic.Sentences(text) {
				sents = append(sents, marsad.Span{Start: g.Start, End: g.End})
			}
		}
	}
	first := len(doc.Events)
	st.framed = st.framed[:0]
	defer func() { doc.Events = merge(doc.Events, first, st.framed) }()
	line, lineEnd := 0, -1
	for i, s := range sents {
		if !s.In(len(text)) || s.Len() == 0 {
			continue
		}
		// A new line (paragraph) resets nothing but the lead counter.
		if s.Start > lineEnd {
			line++
			st.lineSent = -1
			lineEnd = strings.IndexByte(text[s.Start:], '\n')
			if lineEnd < 0 {
				lineEnd = len(text)
			} else {
				lineEnd += s.Start
			}
		}
		st.sentIdx, st.lineIdx = i, line
		st.lineSent++
		st.sentence(s)
	}
}

// merge drops, from evs[from:], the events that report again an event
// already coded in the document on the same day: the same type, code,
// actors, modality and date (a lead's visit named again as الزيارة later
// in the paragraph). Undated repeats stay: the text may report several
// meetings of the same pair; so do events dated only as the day's news
// (framed[i] for evs[from+i]), which no date of their own ties together.
func merge(evs []marsad.Event, from int, framed []bool) []marsad.Event {
	out := evs[:from]
	for i, e := range evs[from:] {
		if i < len(framed) && framed[i] || !repeats(out[from:], &e) {
			out = append(out, e)
		}
	}
	return out
}

func repeats(evs []marsad.Event, e *marsad.Event) bool {
	for i := range evs {
		o := &evs[i]
		if o.Type == e.Type && o.CAMEO == e.CAMEO && o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode &&
			o.Modality == e.Modality && o.Date == e.Date && !o.Date.IsZero() {
			return true
		}
	}
	return false
}

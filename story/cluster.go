package story

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

// Settings of a Clusterer. The defaults follow from how news is reported:
// the outlets that cover one event publish within a day or two of it, a
// visit or summit lasts up to a week, and the same actors meet again weeks
// or months later in another event.
const (
	// DefaultMaxGap is the most days between a document's dates and a
	// story's for it to join.
	DefaultMaxGap = 3
	// DefaultMaxSpan is the most days a story's dates may span.
	DefaultMaxSpan = 12
	// DefaultThreshold is the least score that makes a document join a
	// story whose dates it shares.
	DefaultThreshold = 0.40
	// DefaultVagueThreshold is the least score when the document's or the
	// story's dates are unknown or only known to a range wider than
	// vagueDays: with time out of play, the same actors meeting twice look
	// alike, so the title and lead must also share at least
	// DefaultVagueText of their weighted stems.
	DefaultVagueThreshold = 0.7
	DefaultVagueText      = 0.5
)

// minText is the least title-and-lead cosine of a document joining a
// story without an event dated to the same day.
const minText = 0.15

// vagueDays is the widest date range still taken as a date: a document
// dated only to a month or a year is "vague".
const vagueDays = 8

// maxEnts and maxTerms bound the features kept for one document;
// maxStoryTerms those kept for a story.
const (
	maxEnts       = 12
	maxTerms      = 60
	maxStoryTerms = 160
	maxStoryEnts  = 64
	recentCap     = 32 // stories remembered per feature for undated documents
	maxCandidates = 256
)

// Clusterer groups documents into stories as they arrive: documents that
// report the same real-world event, whatever their outlet and wording. See
// the package documentation for how a document is scored against the
// stories. A Clusterer is not safe for concurrent use.
type Clusterer struct {
	// MaxGap, MaxSpan, Threshold and VagueThreshold default to the
	// constants of the same name when zero.
	MaxGap, MaxSpan           int
	Threshold, VagueThreshold float64

	dups    *Index
	docOf   []int32 // index doc → story
	byID    map[string]int32
	stories []*cluster

	entDF  map[uint64]int32 // feature → stories holding it
	termDF map[uint64]int32 // term → documents holding it
	nDocs  int

	byWeek map[postKey][]int32 // (feature, week) → stories
	recent map[uint64][]int32  // feature → latest stories

	seen  []uint32 // story → the query that last scored it
	query uint32
	lists [][]int32 // scratch for bestStory

	// What Snapshot and Changes write: the state record of each document
	// (without its signature, which dups keeps), the stories touched and
	// the first document not yet returned by Changes.
	docRecs  [][]byte
	dirty    []int32
	docsDone int
}

type postKey struct {
	h    uint64
	week int32
}

// noWeek is the week of an undated story.
const noWeek = math.MinInt32

// NewClusterer returns an empty clusterer with the default settings.
func NewClusterer() *Clusterer {
	return &Clusterer{
		dups:   NewIndex(),
		byID:   make(map[string]int32),
		entDF:  make(map[uint64]int32),
		termDF: make(map[uint64]int32),
		byWeek: make(map[postKey][]int32),
		recent: make(map[uint64][]int32),
	}
}

// feat is a weighted feature: an entity, an actor code or a word stem.
type feat struct {
	h uint64
	w float32
}

// span is an inclusive range of days since 1970-01-01.
type span struct{ from, to int32 }

type dateKind uint8

const (
	dateNone dateKind = iota
	datePrecise
	dateVague
)

// features is what a document brings to scoring.
type features struct {
	ents  []feat   // entities and actor codes, sorted by h
	terms []feat   // stems of the title and lead, sorted by h
	sigs  []uint64 // event signatures (type, source, target), sorted
	dated []datedSig
	date  span
	kind  dateKind
}

// datedSig is the signature of an asserted event dated to the day.
type datedSig struct {
	sig uint64
	day int32
}

// maxDated bounds the dated signatures kept for a story.
const maxDated = 48

// cluster is a story as the clusterer keeps it: its features, and what
// its Story shows (documents, outlets, label, fused events), never the
// documents themselves.
type cluster struct {
	id      string
	docIDs  []string
	outlets []string
	label   string
	fuse    fuser
	dirty   bool
	ents    []feat // summed over the documents, sorted by h
	terms   []feat
	sigs    []uint64
	dated   []datedSig
	precise span // union of the precise dates of the documents
	vague   span // intersection of the vague ones
	kind    dateKind
}

// Add places doc in a story and returns the story's id: the story of its
// closest near-duplicate when it has one, else the best-scoring story that
// its dates allow, else a new story. Adding a document whose id was added
// before returns that document's story and changes nothing.
func (c *Clusterer) Add(doc *marsad.Document) (storyID string) {
	if s, ok := c.byID[doc.ID()]; ok {
		return c.stories[s].id
	}
	f := c.extract(doc)
	sig := sketchDoc(doc)
	dups := c.dups.add(doc.ID(), &sig)
	best := int32(-1)
	if len(dups) > 0 {
		best = c.docOf[dups[0].doc]
	} else {
		best = c.bestStory(&f)
	}
	if best < 0 {
		best = int32(len(c.stories))
		c.stories = append(c.stories, &cluster{id: doc.ID()})
		c.seen = append(c.seen, 0)
	}
	mask := c.join(best, doc, &f)
	c.docOf = append(c.docOf, best)
	c.byID[doc.ID()] = best
	c.docRecs = append(c.docRecs, appendDocRecord(nil, doc.ID(), best, &f, mask))
	return c.stories[best].id
}

// extract computes the features of doc and counts its terms in termDF.
func (c *Clusterer) extract(doc *marsad.Document) features {
	var f features
	f.date, f.kind = docDate(doc)
	f.ents = entityFeatures(doc)
	f.terms = termFeatures(doc)
	c.nDocs++
	for _, t := range f.terms {
		c.termDF[t.h]++
	}
	for _, ev := range doc.Events {
		if ev.Modality == marsad.Negated || ev.SourceCode == "" && ev.TargetCode == "" {
			continue
		}
		sig := eventSig(ev)
		f.sigs = append(f.sigs, sig)
		if ev.Date.Precision == marsad.PrecisionDay && ev.Modality == marsad.Asserted && ev.SourceCode != "" && ev.TargetCode != "" && len(f.dated) < maxDated {
			f.dated = append(f.dated, datedSig{sig, dayOf(ev.Date.Time)})
		}
	}
	slices.Sort(f.sigs)
	f.sigs = slices.Compact(f.sigs)
	return f
}

func eventSig(ev marsad.Event) uint64 {
	return fnvString(string(ev.Type) + "|" + string(ev.SourceCode) + "|" + string(ev.TargetCode))
}

// docDate returns the days a document's publication may fall on.
func docDate(doc *marsad.Document) (span, dateKind) {
	switch {
	case !doc.Published.IsZero():
		switch doc.Published.Precision {
		case marsad.PrecisionDay:
			d := dayOf(doc.Published.Time)
			return span{d, d}, datePrecise
		case marsad.PrecisionMonth:
			t := doc.Published.Time
			from := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
			return span{dayOf(from), dayOf(from.AddDate(0, 1, -1))}, dateVague
		default:
			t := doc.Published.Time
			from := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			return span{dayOf(from), dayOf(from.AddDate(1, 0, -1))}, dateVague
		}
	case doc.PublishedRange != nil:
		s := span{dayOf(doc.PublishedRange.From), dayOf(doc.PublishedRange.To)}
		if s.to < s.from {
			s.from, s.to = s.to, s.from
		}
		if s.to-s.from >= vagueDays {
			return s, dateVague
		}
		return s, datePrecise
	case !doc.Article.Published.IsZero():
		d := dayOf(doc.Article.Published.UTC())
		return span{d, d}, datePrecise
	}
	return span{}, dateNone
}

func dayOf(t time.Time) int32 {
	return int32(t.Unix() / 86400)
}

// Entity weights by type: the actors and the place say what an event is;
// regions, landmarks and past events are mostly background.
func typeWeight(t marsad.EntityType) float32 {
	switch t {
	case marsad.EntityPerson:
		return 1.2
	case marsad.EntityCountry, marsad.EntityOrganization:
		return 1
	case marsad.EntityCity:
		return 0.8
	}
	return 0.4
}

// entityFeatures weighs each entity by its mentions, doubled when the
// title or first body line names it, and adds the actor codes of the
// countries, people and bodies at half weight; it keeps the maxEnts
// heaviest.
func entityFeatures(doc *marsad.Document) []feat {
	lead := doc.TitleSpan
	if len(doc.Body) > 0 {
		if lead.Len() == 0 {
			lead = doc.Body[0].Span
		} else if doc.Body[0].Span.End > lead.End {
			lead.End = doc.Body[0].Span.End
		}
	}
	if lead.Len() == 0 {
		lead = marsad.Span{Start: 0, End: min(len(doc.Text()), 400)}
	}
	out := make([]feat, 0, len(doc.Entities)+4)
	for _, e := range doc.Entities {
		n := len(e.Mentions)
		if n == 0 {
			n = 1
		}
		w := typeWeight(e.Type) * float32(1+math.Log(float64(n)))
		for _, m := range e.Mentions {
			if m.Span.Start >= lead.Start && m.Span.End <= lead.End {
				w *= 2
				break
			}
		}
		key := string(e.ID)
		if key == "" {
			key = string(e.Type) + ":" + strings.ToLower(e.Name)
			if e.Name == "" {
				key = string(e.Type) + ":" + arabic.Normalize(e.Arabic)
			}
		}
		out = addFeat(out, fnvString(key), w)
		if e.Code != "" && e.Type != marsad.EntityLocation && e.Type != marsad.EntityEvent && e.Type != marsad.EntityCity {
			out = addFeat(out, fnvString("code:"+string(e.Code)), w/2)
		}
	}
	return topFeats(out, maxEnts)
}

// addFeat adds w to feature h in the unsorted list fs.
func addFeat(fs []feat, h uint64, w float32) []feat {
	for i := range fs {
		if fs[i].h == h {
			if w > fs[i].w {
				fs[i].w = w
			}
			return fs
		}
	}
	return append(fs, feat{h, w})
}

// topFeats keeps the n heaviest features and sorts them by hash.
func topFeats(fs []feat, n int) []feat {
	if len(fs) > n {
		slices.SortFunc(fs, func(a, b feat) int {
			if a.w != b.w {
				if a.w > b.w {
					return -1
				}
				return 1
			}
			return cmpU64(a.h, b.h)
		})
		fs = fs[:n]
	}
	slices.SortFunc(fs, func(a, b feat) int { return cmpU64(a.h, b.h) })
	return fs
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// termFeatures counts the stems (arabic.Key) of the words of the title and
// the first body lines, up to maxTerms distinct ones.
func termFeatures(doc *marsad.Document) []feat {
	var out []feat
	var keyBuf [128]byte
	var toks [128]arabic.Token
	words := 0
	addText := func(s string) {
		if len(s) > 2000 {
			s = s[:chunkEnd(s, 0, 2000)]
		}
		for _, t := range arabic.AppendTokens(toks[:0], s) {
			if words >= 3*maxTerms {
				return
			}
			var k []byte
			switch t.Kind {
			case arabic.Word:
				k = arabic.AppendKey(keyBuf[:0], s[t.Start:t.End])
			case arabic.Latin:
				k = appendLower(keyBuf[:0], s[t.Start:t.End])
			default:
				continue
			}
			if len(k) < 4 { // one-letter stems and particles (two Arabic letters are four bytes)
				continue
			}
			words++
			h := fnv(k)
			found := false
			for i := range out {
				if out[i].h == h {
					out[i].w++
					found = true
					break
				}
			}
			if !found && len(out) < maxTerms {
				out = append(out, feat{h, 1})
			}
		}
	}
	addText(doc.Title)
	if doc.Title == "" && doc.Article.Title != "" {
		addText(doc.Article.Title)
	}
	for i, l := range doc.Body {
		if i >= 3 || words >= 3*maxTerms {
			break
		}
		addText(l.Text)
	}
	if len(doc.Body) == 0 && doc.Title == "" {
		addText(doc.Text())
	}
	slices.SortFunc(out, func(a, b feat) int { return cmpU64(a.h, b.h) })
	return out
}

// weeks returns the weeks a date span touches, widened by gap days.
func weeks(s span, gap int32) (int32, int32) {
	return floorDiv(s.from-gap, 7), floorDiv(s.to+gap, 7)
}

func floorDiv(a, b int32) int32 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func (c *Clusterer) maxGap() int32 {
	if c.MaxGap > 0 {
		return int32(c.MaxGap)
	}
	return DefaultMaxGap
}

func (c *Clusterer) maxSpan() int32 {
	if c.MaxSpan > 0 {
		return int32(c.MaxSpan)
	}
	return DefaultMaxSpan
}

// maxVagueWeeks bounds the weeks a vague document is looked up and posted
// in; a wider document is treated as undated for retrieval.
const maxVagueWeeks = 60

// bestStory returns the best story for f among the candidates that share
// one of its features in its weeks, or -1 when none scores enough.
func (c *Clusterer) bestStory(f *features) int32 {
	c.query++
	best, bestScore := int32(-1), 0.0
	gap := c.maxGap()
	n := 0
	consider := func(s int32) {
		if c.seen[s] == c.query || n >= maxCandidates {
			return
		}
		c.seen[s] = c.query
		n++
		if sc := c.score(f, c.stories[s]); sc > bestScore || sc == bestScore && best >= 0 && s < best {
			best, bestScore = s, sc
		}
	}
	// Rare features first, so that the candidate bound never leaves out
	// the stories of a rare name for those of a common code.
	lists := c.lists[:0]
	lo, hi := weeks(f.date, gap)
	dated := f.kind != dateNone && hi-lo <= maxVagueWeeks
	for _, e := range f.ents {
		if dated {
			for w := lo; w <= hi; w++ {
				if l := c.byWeek[postKey{e.h, w}]; len(l) > 0 {
					lists = append(lists, l)
				}
			}
			if l := c.byWeek[postKey{e.h, noWeek}]; len(l) > 0 {
				lists = append(lists, l)
			}
		} else if l := c.recent[e.h]; len(l) > 0 {
			lists = append(lists, l)
		}
	}
	slices.SortStableFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	for _, l := range lists {
		// The newest stories of a long list first.
		for i := len(l) - 1; i >= 0 && n < maxCandidates; i-- {
			consider(l[i])
		}
	}
	c.lists = lists[:0]
	return best
}

// storyDate returns the dates of a story as one span.
func (s *cluster) date() (span, dateKind) {
	switch s.kind {
	case datePrecise:
		return s.precise, datePrecise
	case dateVague:
		return s.vague, dateVague
	}
	return span{}, dateNone
}

// score rates how well f fits story s, from 0 to 1; 0 when their dates
// rule it out. It weighs the overlap of entities (IDF over the stories),
// of title and lead stems (TF-IDF cosine) and of event signatures, times a
// factor for the distance in time.
func (c *Clusterer) score(f *features, s *cluster) float64 {
	sd, sk := s.date()
	dateFactor := 1.0
	thr := c.Threshold
	if thr <= 0 {
		thr = DefaultThreshold
	}
	if f.kind != dateNone && sk != dateNone {
		g := max(0, f.date.from-sd.to, sd.from-f.date.to)
		if g > c.maxGap() {
			return 0
		}
		if f.kind == datePrecise && sk == datePrecise && max(f.date.to, sd.to)-min(f.date.from, sd.from) > c.maxSpan() {
			return 0
		}
		if g > 1 { // outlets publish a day apart as a matter of course
			dateFactor = 1 - 0.1*float64(g-1)
		}
	}
	vague := f.kind != datePrecise || sk != datePrecise
	if vague {
		if c.VagueThreshold > 0 {
			thr = c.VagueThreshold
		} else {
			thr = DefaultVagueThreshold
		}
	}
	ent := cosine(f.ents, s.ents, c.entIDF)
	if ent < 0.2 {
		return 0
	}
	txt := cosine(f.terms, s.terms, c.termIDF)
	sc := 0.45*ent + 0.4*txt
	same, clash := dayAgreement(f.dated, s.dated)
	switch {
	case same:
		sc += 0.15
	case clash:
		// The same action between the same actors on another day: the
		// next attack, the next call.
		sc *= 0.6
	case len(f.sigs) > 0 && len(s.sigs) > 0:
		sc += 0.15 * overlap(f.sigs, s.sigs)
	default:
		sc /= 0.85
	}
	sc *= dateFactor
	// Shared actors alone do not make one event: they meet, call and
	// strike again. The wording must share something too, or an action
	// must be dated to the same day.
	if sc < thr || vague && txt < DefaultVagueText || txt < minText && !same {
		return 0
	}
	return sc
}

func (c *Clusterer) entIDF(h uint64) float64 {
	return math.Log(float64(len(c.stories)+1)/float64(c.entDF[h]+1)) + 1
}

func (c *Clusterer) termIDF(h uint64) float64 {
	return math.Log(float64(c.nDocs+1)/float64(c.termDF[h]+1)) + 1
}

// cosine is the cosine of the two sorted feature lists weighted by idf.
func cosine(a, b []feat, idf func(uint64) float64) float64 {
	var dot, na, nb float64
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i].h < b[j].h:
			w := float64(a[i].w) * idf(a[i].h)
			na += w * w
			i++
		case i >= len(a) || b[j].h < a[i].h:
			w := float64(b[j].w) * idf(b[j].h)
			nb += w * w
			j++
		default:
			x := idf(a[i].h)
			wa, wb := float64(a[i].w)*x, float64(b[j].w)*x
			dot += wa * wb
			na += wa * wa
			nb += wb * wb
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// dayAgreement reports whether a dated event of a is dated by b within a
// day (same), and whether one is dated by b only to other days (clash).
func dayAgreement(a, b []datedSig) (same, clash bool) {
	for _, x := range a {
		for _, y := range b {
			if x.sig != y.sig {
				continue
			}
			if d := x.day - y.day; d >= -1 && d <= 1 {
				return true, false
			}
			clash = true
		}
	}
	return false, clash
}

// overlap is the share of the smaller sorted set found in the other.
func overlap(a, b []uint64) float64 {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// join adds doc with features f to story s and posts s under the
// document's features for the weeks of its dates. It returns the mask of
// the entities of f that were new to the story (counted in entDF).
func (c *Clusterer) join(si int32, doc *marsad.Document, f *features) (mask uint64) {
	s := c.stories[si]
	s.docIDs = append(s.docIDs, doc.ID())
	if o := doc.Article.Outlet; o != "" && !slices.Contains(s.outlets, o) {
		s.outlets = append(s.outlets, o)
	}
	if s.label == "" {
		s.label = strings.Clone(strings.TrimSpace(doc.Title))
	}
	s.fuse.add(doc)
	if !s.dirty {
		s.dirty = true
		c.dirty = append(c.dirty, si)
	}
	for i, e := range f.ents {
		if _, ok := findFeat(s.ents, e.h); !ok {
			c.entDF[e.h]++
			mask |= 1 << i
		}
	}
	s.ents = mergeFeats(s.ents, f.ents, maxStoryEnts)
	s.terms = mergeFeats(s.terms, f.terms, maxStoryTerms)
	s.sigs = mergeSigs(s.sigs, f.sigs)
	for _, d := range f.dated {
		if len(s.dated) < maxDated && !slices.Contains(s.dated, d) {
			s.dated = append(s.dated, d)
		}
	}
	switch f.kind {
	case datePrecise:
		if s.kind == datePrecise {
			s.precise.from = min(s.precise.from, f.date.from)
			s.precise.to = max(s.precise.to, f.date.to)
		} else {
			s.precise, s.kind = f.date, datePrecise
		}
	case dateVague:
		switch s.kind {
		case dateNone:
			s.vague, s.kind = f.date, dateVague
		case dateVague:
			v := span{max(s.vague.from, f.date.from), min(s.vague.to, f.date.to)}
			if v.from <= v.to {
				s.vague = v
			}
		}
	}
	c.postDoc(si, f)
	return mask
}

// postDoc posts story si under the features of a document for the weeks
// of its dates, and as the latest story of each feature.
func (c *Clusterer) postDoc(si int32, f *features) {
	lo, hi := weeks(f.date, 0)
	dated := f.kind != dateNone && hi-lo <= maxVagueWeeks
	for _, e := range f.ents {
		if dated {
			for w := lo; w <= hi; w++ {
				c.post(postKey{e.h, w}, si)
			}
		} else {
			c.post(postKey{e.h, noWeek}, si)
		}
		r := c.recent[e.h]
		if len(r) == 0 || r[len(r)-1] != si {
			if len(r) >= recentCap {
				copy(r, r[1:])
				r = r[:len(r)-1]
			}
			c.recent[e.h] = append(r, si)
		}
	}
}

func (c *Clusterer) post(k postKey, si int32) {
	l := c.byWeek[k]
	if len(l) > 0 && l[len(l)-1] == si {
		return
	}
	c.byWeek[k] = append(l, si)
}

func findFeat(fs []feat, h uint64) (int, bool) {
	return slices.BinarySearchFunc(fs, h, func(f feat, h uint64) int { return cmpU64(f.h, h) })
}

// mergeFeats adds the weights of b to a (both sorted) and keeps at most
// limit features (the heaviest) when limit > 0.
func mergeFeats(a, b []feat, limit int) []feat {
	out := make([]feat, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i].h < b[j].h:
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j].h < a[i].h:
			out = append(out, b[j])
			j++
		default:
			out = append(out, feat{a[i].h, a[i].w + b[j].w})
			i++
			j++
		}
	}
	if limit > 0 && len(out) > limit {
		out = topFeats(out, limit)
	}
	return out
}

func mergeSigs(a, b []uint64) []uint64 {
	if len(b) == 0 {
		return a
	}
	out := append(a, b...)
	slices.Sort(out)
	return slices.Compact(out)
}

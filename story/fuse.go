package story

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// Story is a group of documents that report the same real-world event.
type Story struct {
	ID        string           // the id of its first document
	Label     string           // the title of its first titled document, else Summary
	Summary   string           // actors, main event type and month: "CHN–RUS CONSULT 2025-09"
	From, To  time.Time        // the days its documents were published; zero when unknown
	Documents []string         // document ids, in the order they were added
	Outlets   []string         // distinct outlets, in order of appearance
	Events    []CanonicalEvent // fused events, most reported first
}

// Evidence is one report of a canonical event: where a document states it.
type Evidence struct {
	DocID  string      `json:"doc"`
	Outlet string      `json:"outlet,omitempty"`
	Text   string      `json:"text"`
	Span   marsad.Span `json:"span"`
}

// CanonicalEvent is one action reported by one or more documents of a
// story: the events with the same PLOVER type, source and target codes
// and compatible dates (see Compatible), fused.
type CanonicalEvent struct {
	// Event is the fused event: the first report's fields, with the most
	// precise date any report gives and the strongest modality (asserted
	// over claimed over planned).
	Event       marsad.Event
	NumSources  int           // distinct outlets (a document without outlet counts as its own)
	NumArticles int           // distinct documents
	NumMentions int           // events fused
	Evidence    []Evidence    // one per event fused, in document order
	Dates       []marsad.Date // the distinct known dates the reports give, so disagreements stay visible
}

// Compatible reports whether two dates can name the same day at the
// precision of the less precise: 2025-09 and 2025-09-02 are compatible,
// 2025-09-02 and 2025-09-03 are not. An unknown date is compatible with
// any.
func Compatible(a, b marsad.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	p := min(a.Precision, b.Precision)
	ta, tb := a.Time.UTC(), b.Time.UTC()
	if ta.Year() != tb.Year() {
		return false
	}
	if p >= marsad.PrecisionMonth && ta.Month() != tb.Month() {
		return false
	}
	if p >= marsad.PrecisionDay && ta.Day() != tb.Day() {
		return false
	}
	return true
}

// modalityRank orders modalities for fusion: what one source asserts
// outweighs what another only expects or attributes.
func modalityRank(m marsad.Modality) int {
	switch m {
	case marsad.Asserted, "":
		return 3
	case marsad.Claimed:
		return 2
	case marsad.Planned:
		return 1
	}
	return 0
}

// Fuse fuses the events of docs into canonical events: events with the
// same type, source and target codes, the same negation and compatible
// dates become one. A dated event joins the first group whose date is
// compatible with its own; an undated one joins the first group of its
// kind. The result is ordered by sources, then articles, then mentions,
// most first, then by first appearance.
func Fuse(docs []*marsad.Document) []CanonicalEvent {
	var f fuser
	for _, d := range docs {
		f.add(d)
	}
	return f.result()
}

// fuseKey is what events must share to be fused.
type fuseKey struct {
	t        marsad.PLOVERType
	src, tgt marsad.ActorCode
	negated  bool
}

func keyOf(ev *marsad.Event) fuseKey {
	return fuseKey{ev.Type, ev.SourceCode, ev.TargetCode, ev.Modality == marsad.Negated}
}

// fuser fuses the events of documents as they are added. Its whole state
// is the canonical events in the order they were started (the groups are
// an index over them), so that a story's fusion can be saved and resumed.
type fuser struct {
	events []CanonicalEvent // in order of creation; counts filled by result
	groups map[fuseKey][]int
}

// restore sets the fuser's events (in order of creation) and rebuilds the
// index over them.
func (f *fuser) restore(evs []CanonicalEvent) {
	f.events = evs
	f.groups = make(map[fuseKey][]int, len(evs))
	for i := range evs {
		k := keyOf(&evs[i].Event)
		f.groups[k] = append(f.groups[k], i)
	}
}

// add fuses the events of d into the groups so far.
func (f *fuser) add(d *marsad.Document) {
	if len(d.Events) == 0 {
		return
	}
	if f.groups == nil {
		f.groups = map[fuseKey][]int{}
	}
	// Undated events go last, so that they join a group a dated report of
	// the same document or another has fixed.
	for pass := range 2 {
		for i := range d.Events {
			if d.Events[i].Date.IsZero() != (pass == 1) {
				continue
			}
			f.addEvent(d, &d.Events[i])
		}
	}
}

func (f *fuser) addEvent(d *marsad.Document, evp *marsad.Event) {
	// The strings of an event are slices of its document's text: copy
	// them, so that a story does not keep every document it read alive.
	ev := detach(*evp)
	k := keyOf(&ev)
	g := -1
	for _, gi := range f.groups[k] {
		if Compatible(f.events[gi].Event.Date, ev.Date) && datesCompatible(f.events[gi].Dates, ev.Date) {
			g = gi
			break
		}
	}
	if g < 0 {
		g = len(f.events)
		f.events = append(f.events, CanonicalEvent{Event: ev})
		f.groups[k] = append(f.groups[k], g)
	}
	ce := &f.events[g]
	ce.NumMentions++
	ce.Evidence = append(ce.Evidence, Evidence{DocID: strings.Clone(d.ID()), Outlet: strings.Clone(d.Article.Outlet), Text: ev.Evidence, Span: ev.EvidenceSpan})
	if ev.Date.Precision > ce.Event.Date.Precision {
		ce.Event.Date = ev.Date
	}
	if modalityRank(ev.Modality) > modalityRank(ce.Event.Modality) {
		ce.Event.Modality = ev.Modality
	}
	if !ev.Date.IsZero() && !slices.ContainsFunc(ce.Dates, func(x marsad.Date) bool { return x.Precision == ev.Date.Precision && Compatible(x, ev.Date) }) {
		ce.Dates = append(ce.Dates, ev.Date)
	}
	if ce.Event.Location == "" {
		ce.Event.Location = ev.Location
	}
}

// result returns a copy of the canonical events with their source and
// article counts, dates sorted, most reported first. The counts come from
// the evidence: an outlet, or a document without one, is a source.
func (f *fuser) result() []CanonicalEvent {
	out := make([]CanonicalEvent, len(f.events))
	for i, ce := range f.events {
		ce.Evidence = slices.Clone(ce.Evidence)
		ce.Dates = slices.Clone(ce.Dates)
		ce.NumSources, ce.NumArticles = 0, 0
		for j, e := range ce.Evidence {
			newDoc, newOutlet := true, true
			for _, p := range ce.Evidence[:j] {
				if p.DocID == e.DocID {
					newDoc = false
				}
				if p.Outlet == e.Outlet && (e.Outlet != "" || p.DocID == e.DocID) {
					newOutlet = false
				}
			}
			if newDoc {
				ce.NumArticles++
			}
			if newOutlet {
				ce.NumSources++
			}
		}
		slices.SortFunc(ce.Dates, func(a, b marsad.Date) int {
			return cmp.Or(a.Time.Compare(b.Time), cmp.Compare(a.Precision, b.Precision))
		})
		out[i] = ce
	}
	slices.SortStableFunc(out, func(a, b CanonicalEvent) int {
		return cmp.Or(cmp.Compare(b.NumSources, a.NumSources), cmp.Compare(b.NumArticles, a.NumArticles), cmp.Compare(b.NumMentions, a.NumMentions))
	})
	return out
}

func datesCompatible(ds []marsad.Date, d marsad.Date) bool {
	for _, x := range ds {
		if !Compatible(x, d) {
			return false
		}
	}
	return true
}

// Stories returns the stories so far, in the order they were started,
// with their events fused.
func (c *Clusterer) Stories() []Story {
	out := make([]Story, 0, len(c.stories))
	for _, s := range c.stories {
		out = append(out, s.export())
	}
	return out
}

// Story returns the story of the given id, and whether there is one.
func (c *Clusterer) Story(id string) (Story, bool) {
	si, ok := c.byID[id]
	if !ok || c.stories[si].id != id {
		return Story{}, false
	}
	return c.stories[si].export(), true
}

// StoryOf returns the id of the story a document was placed in, and
// whether it was added.
func (c *Clusterer) StoryOf(docID string) (string, bool) {
	si, ok := c.byID[docID]
	if !ok {
		return "", false
	}
	return c.stories[si].id, true
}

func (s *cluster) export() Story {
	st := Story{ID: s.id, Label: s.label, Documents: slices.Clone(s.docIDs), Outlets: slices.Clone(s.outlets)}
	var from, to time.Time
	if sp, k := s.date(); k != dateNone {
		from = time.Unix(int64(sp.from)*86400, 0).UTC()
		to = time.Unix(int64(sp.to)*86400, 0).UTC()
	}
	st.From, st.To = from, to
	st.Events = s.fuse.result()
	st.Summary = summary(st.Events, from)
	if st.Label == "" {
		st.Label = st.Summary
	}
	return st
}

// summary builds a label from the main event between two actors: its
// codes in alphabetical order, its type and its month (the story's when
// the event has none).
func summary(evs []CanonicalEvent, from time.Time) string {
	for _, ce := range evs {
		ev := ce.Event
		if ev.SourceCode == "" || ev.TargetCode == "" || ev.SourceCode == ev.TargetCode || ev.Modality == marsad.Negated {
			continue
		}
		a, b := string(ev.SourceCode), string(ev.TargetCode)
		if b < a {
			a, b = b, a
		}
		s := a + "–" + b + " " + string(ev.Type)
		switch {
		case ev.Date.Precision >= marsad.PrecisionMonth:
			s += " " + ev.Date.Time.Format("2006-01")
		case !from.IsZero():
			s += " " + from.Format("2006-01")
		}
		return s
	}
	if !from.IsZero() {
		return "story " + from.Format("2006-01-02")
	}
	return "story"
}

// Stories groups docs into stories with a new Clusterer, adding them in
// order, and returns all stories, single-document ones included (a caller
// printing {"story": ...} lines keeps those with two documents or more).
func Stories(docs []*marsad.Document) []Story {
	c := NewClusterer()
	for _, d := range docs {
		c.Add(d)
	}
	return c.Stories()
}

// detach returns ev with its strings copied out of the document's text.
func detach(ev marsad.Event) marsad.Event {
	ev.Source = strings.Clone(ev.Source)
	ev.Target = strings.Clone(ev.Target)
	ev.Location = strings.Clone(ev.Location)
	ev.Evidence = strings.Clone(ev.Evidence)
	return ev
}

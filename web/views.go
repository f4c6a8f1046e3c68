package web

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// The computed views: entities, events, timelines, dyads, and stories for
// a store that keeps none (see stories.go). The
// store cannot answer these queries yet, so each request reads the stored
// documents (at most Server.MaxScan of them) and computes the view from
// their Entities and Events. This is linear in the corpus; a store with
// event and entity tables should take over when corpora grow.

// scan calls f for each stored document that flt selects, up to MaxScan
// documents, stopping early when f returns false.
func (s *Server) scan(ctx context.Context, flt marsad.DocumentFilter, f func(*marsad.Document) bool) error {
	n := 0
	for d, err := range s.Store.Documents(ctx, flt) {
		if err != nil {
			return err
		}
		if !f(d) {
			return nil
		}
		if n++; n >= s.MaxScan {
			return nil
		}
	}
	return ctx.Err()
}

// cameoGoldstein is the Goldstein (1992) conflict-cooperation weight of
// each CAMEO root code, as usually assigned at the root level.
var cameoGoldstein = map[string]float64{
	"01": 0, "02": 3, "03": 4, "04": 1, "05": 3.5, "06": 6, "07": 7, "08": 5, "09": -2, "10": -5,
	"11": -2, "12": -4, "13": -6, "14": -6.5, "15": -7.2, "16": -4, "17": -7, "18": -9, "19": -10, "20": -10,
}

// ploverGoldstein gives each PLOVER type the weight of its nearest CAMEO
// root, for events that carry no CAMEO code.
var ploverGoldstein = map[marsad.PLOVERType]float64{
	"AGREE": 4, "CONSULT": 1, "SUPPORT": 3.5, "CONCEDE": 5, "COOPERATE": 6, "AID": 7, "RETREAT": 5,
	"REQUEST": 3, "INVESTIGATE": -2, "DEMAND": -5, "DISAPPROVE": -2, "ACCUSE": -2, "REJECT": -4,
	"THREATEN": -6, "PROTEST": -6.5, "MOBILIZE": -7.2, "SANCTION": -4, "COERCE": -7, "ASSAULT": -9,
}

// Goldstein returns the event's weight on the Goldstein scale, from -10
// (most conflictual) to +10 (most cooperative): that of its CAMEO root code
// when it has one, else that of its PLOVER type, else 0. A negated event
// weighs 0: the text says it did not happen.
func Goldstein(e marsad.Event) float64 {
	if e.Modality == marsad.Negated {
		return 0
	}
	if len(e.CAMEO) >= 2 {
		if g, ok := cameoGoldstein[string(e.CAMEO[:2])]; ok {
			return g
		}
	}
	return ploverGoldstein[marsad.PLOVERType(strings.ToUpper(string(e.Type)))]
}

// entityKey returns the id of an entity in URLs: its QID, else a digest of
// its type and Arabic name (so that unlinked entities still get a page).
func entityKey(e *marsad.Entity) string {
	if e.ID != "" {
		return string(e.ID)
	}
	sum := sha256.Sum256([]byte(string(e.Type) + "\x00" + e.Arabic + "\x00" + e.Name))
	return "h" + hex.EncodeToString(sum[:6])
}

// entityJSON is an entity across the stored documents.
type entityJSON struct {
	ID        string   `json:"id"`
	QID       string   `json:"qid,omitempty"`
	Name      string   `json:"name,omitempty"`
	Arabic    string   `json:"arabic"`
	Type      string   `json:"type"`
	Code      string   `json:"code,omitempty"`
	Documents int      `json:"documents"`
	Mentions  int      `json:"mentions"`
	Roles     []string `json:"roles,omitempty"`
}

// entityIndex accumulates entities by key.
type entityIndex struct {
	byKey map[string]*entityJSON
}

func (x *entityIndex) add(d *marsad.Document) {
	if x.byKey == nil {
		x.byKey = map[string]*entityJSON{}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		k := entityKey(e)
		j := x.byKey[k]
		if j == nil {
			j = &entityJSON{ID: k, QID: string(e.ID), Name: e.Name, Arabic: e.Arabic, Type: string(e.Type), Code: string(e.Code)}
			x.byKey[k] = j
		}
		j.Documents++
		j.Mentions += max(1, len(e.Mentions))
		if len(e.Arabic) > len(j.Arabic) {
			j.Arabic = e.Arabic
		}
		if e.Role != "" && !slices.Contains(j.Roles, e.Role) {
			j.Roles = append(j.Roles, e.Role)
		}
	}
}

// sorted returns the entities by documents, then mentions, then id.
func (x *entityIndex) sorted() []entityJSON {
	out := make([]entityJSON, 0, len(x.byKey))
	for _, e := range x.byKey {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b entityJSON) int {
		return cmp.Or(cmp.Compare(b.Documents, a.Documents), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// matches reports whether the entity's names contain q, ignoring case.
func (e *entityJSON) matches(q string) bool {
	if q == "" {
		return true
	}
	q = strings.ToLower(q)
	return strings.Contains(strings.ToLower(e.Name), q) || strings.Contains(e.Arabic, q) ||
		strings.EqualFold(e.Code, q) || strings.EqualFold(e.QID, q)
}

// actorIs reports whether an event side (its name or QID, and its code) is
// the actor a: a code such as CHN or a QID such as Q148, ignoring case.
func actorIs(name string, code marsad.ActorCode, a string) bool {
	return a != "" && (strings.EqualFold(string(code), a) || strings.EqualFold(name, a))
}

// eventFilter selects events.
type eventFilter struct {
	Actors   []string // source or target is one of them
	Type     string
	Modality string
	From, To time.Time // the event's date (else its document's) in range
}

func (f *eventFilter) match(d *marsad.Document, e marsad.Event) bool {
	if len(f.Actors) > 0 && !slices.ContainsFunc(f.Actors, func(a string) bool {
		return actorIs(e.Source, e.SourceCode, a) || actorIs(e.Target, e.TargetCode, a)
	}) {
		return false
	}
	if f.Type != "" && !strings.EqualFold(string(e.Type), f.Type) {
		return false
	}
	if f.Modality != "" && !strings.EqualFold(string(e.Modality), f.Modality) {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		dt := eventDate(d, e)
		if dt.IsZero() {
			return false
		}
		if !f.From.IsZero() && dt.Time.Before(f.From) || !f.To.IsZero() && dt.Time.After(f.To) {
			return false
		}
	}
	return true
}

// isDyad reports whether the event is between a and b, in either direction.
func isDyad(e marsad.Event, a, b string) bool {
	return actorIs(e.Source, e.SourceCode, a) && actorIs(e.Target, e.TargetCode, b) ||
		actorIs(e.Source, e.SourceCode, b) && actorIs(e.Target, e.TargetCode, a)
}

// sortEvents orders events by date, undated last, then by document.
func sortEvents(evs []eventJSON) {
	slices.SortStableFunc(evs, func(a, b eventJSON) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Document, b.Document))
	})
}

// monthJSON counts the events of one month by tone.
type monthJSON struct {
	Month       string `json:"month"` // YYYY-MM
	Cooperative int    `json:"cooperative"`
	Conflictual int    `json:"conflictual"`
	Neutral     int    `json:"neutral"`
}

// months counts dated events per month, from the first month to the last
// with every month in between (empty ones too), so a chart has a true axis.
// Events dated only to the year are left out.
func months(evs []eventJSON) []monthJSON {
	counts := map[string]*monthJSON{}
	var first, last time.Time
	for _, e := range evs {
		if len(e.Date) < 7 {
			continue
		}
		t, err := time.Parse("2006-01", e.Date[:7])
		if err != nil {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
		m := counts[e.Date[:7]]
		if m == nil {
			m = &monthJSON{Month: e.Date[:7]}
			counts[m.Month] = m
		}
		switch {
		case e.Goldstein > 0:
			m.Cooperative++
		case e.Goldstein < 0:
			m.Conflictual++
		default:
			m.Neutral++
		}
	}
	out := []monthJSON{}
	if first.IsZero() {
		return out
	}
	// A hostile date range must not produce a huge axis: at most 20 years.
	for t, n := first, 0; !t.After(last) && n < 240; t, n = t.AddDate(0, 1, 0), n+1 {
		k := t.Format("2006-01")
		if m := counts[k]; m != nil {
			out = append(out, *m)
		} else {
			out = append(out, monthJSON{Month: k})
		}
	}
	return out
}

// storyJSON is a group of documents that report the same event.
type storyJSON struct {
	ID        string            `json:"id"` // the smallest document id in it
	Label     string            `json:"label"`
	From      string            `json:"from,omitempty"`
	To        string            `json:"to,omitempty"`
	Outlets   []string          `json:"outlets"`
	Documents []documentSummary `json:"documents"`
}

// storyWindow is how far apart two reports of one story may be published.
const storyWindow = 3 * 24 * time.Hour

// stories groups the documents into stories of two or more documents. Two
// documents join when they are published within storyWindow of each other
// (or either date is unknown) and either report an event of the same type
// between the same two actors, or share at least three entities and most
// of them (Jaccard ≥ 0.5). Stories are ordered by their latest date, newest
// first.
func stories(docs []*marsad.Document) []storyJSON {
	n := len(docs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		if a, b := find(i), find(j); a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	dates := make([]marsad.Date, n)
	ents := make([][]string, n)
	bySig := map[string][]int{}
	for i, d := range docs {
		dates[i] = docDate(d)
		seen := map[string]bool{}
		for _, e := range d.Events {
			a, b := actorKey(e.Source, e.SourceCode), actorKey(e.Target, e.TargetCode)
			if a == "" || b == "" || e.Type == "" {
				continue
			}
			if a > b {
				a, b = b, a
			}
			sig := a + "|" + b + "|" + string(e.Type)
			if !seen[sig] {
				seen[sig] = true
				bySig[sig] = append(bySig[sig], i)
			}
		}
		for j := range d.Entities {
			ents[i] = append(ents[i], entityKey(&d.Entities[j]))
		}
		slices.Sort(ents[i])
		ents[i] = slices.Compact(ents[i])
	}
	near := func(i, j int) bool {
		a, b := dates[i], dates[j]
		if a.IsZero() || b.IsZero() {
			return true
		}
		dt := a.Time.Sub(b.Time)
		return -storyWindow <= dt && dt <= storyWindow
	}
	for _, ids := range bySig {
		for x := range ids {
			for y := x + 1; y < len(ids); y++ {
				if near(ids[x], ids[y]) {
					union(ids[x], ids[y])
				}
			}
		}
	}
	// Entity overlap: compare only documents close in time, in date order.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return dates[i].Time.Compare(dates[j].Time) })
	for x, i := range order {
		if len(ents[i]) < 3 {
			continue
		}
		for _, j := range order[x+1:] {
			if !dates[i].IsZero() && !dates[j].IsZero() && dates[j].Time.Sub(dates[i].Time) > storyWindow {
				break
			}
			if len(ents[j]) >= 3 && near(i, j) && jaccard(ents[i], ents[j]) >= 0.5 {
				union(i, j)
			}
		}
	}
	groups := map[int][]int{}
	for i := range docs {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	var out []storyJSON
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		out = append(out, storyOf(docs, dates, g))
	}
	slices.SortFunc(out, func(a, b storyJSON) int { return cmp.Or(cmp.Compare(b.To, a.To), cmp.Compare(a.ID, b.ID)) })
	return out
}

func storyOf(docs []*marsad.Document, dates []marsad.Date, g []int) storyJSON {
	slices.SortFunc(g, func(i, j int) int {
		return cmp.Or(dates[i].Time.Compare(dates[j].Time), cmp.Compare(docs[i].ID(), docs[j].ID()))
	})
	st := storyJSON{ID: docs[g[0]].ID(), Label: docTitle(docs[g[0]]), Outlets: []string{}}
	for _, i := range g {
		d := docs[i]
		st.ID = min(st.ID, d.ID())
		st.Documents = append(st.Documents, summarize(d))
		if o := d.Article.Outlet; o != "" && !slices.Contains(st.Outlets, o) {
			st.Outlets = append(st.Outlets, o)
		}
		if s := dates[i].String(); s != "" {
			if st.From == "" || s < st.From {
				st.From = s
			}
			if s > st.To {
				st.To = s
			}
		}
	}
	return st
}

// actorKey names an event side for matching: its code, else its name.
func actorKey(name string, code marsad.ActorCode) string {
	if code != "" {
		return string(code)
	}
	return name
}

// jaccard returns |a∩b| / |a∪b| of two sorted sets.
func jaccard(a, b []string) float64 {
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			both++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

package web

import (
	"cmp"
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// The story views. A store that is also a marsad.StoryReader (package
// sqlite: stories grouped and fused as documents are ingested) answers
// them from its stored stories, a page at a time. Any other store falls
// back to the stories computed from its stored documents (see stories),
// which have no fused events.

// storyReader returns the store as a marsad.StoryReader, or nil.
func (s *Server) storyReader() marsad.StoryReader {
	sr, _ := s.Store.(marsad.StoryReader)
	return sr
}

// storySummary is a story in a list.
type storySummary struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Summary string   `json:"summary,omitempty"`
	From    string   `json:"from,omitempty"`
	To      string   `json:"to,omitempty"`
	Outlets []string `json:"outlets"`
	// DocumentIDs are the ids of its documents, in the order they joined.
	DocumentIDs  []string `json:"document_ids"`
	NumDocuments int      `json:"num_documents"`
	NumEvents    int      `json:"num_events"` // fused events
}

// storyList is the answer of GET /api/stories.
type storyList struct {
	Stories []storySummary `json:"stories"`
	// Next is the cursor of the next page, to pass as after; absent on the
	// last page. A page may hold fewer than limit stories and still have a
	// next one, when the stories read for it ran out of those selected.
	Next string `json:"next,omitempty"`
}

// storyPage is the answer of GET /api/stories/{id}: the story with its
// documents and its fused events.
type storyPage struct {
	storySummary
	Documents []documentSummary `json:"documents"`
	Events    []storyEventJSON  `json:"events"`
}

// storyEventJSON is a fused event of a story: what its reports agree on,
// how many report it, and each report.
type storyEventJSON struct {
	Source      string  `json:"source,omitempty"`
	SourceCode  string  `json:"source_code,omitempty"`
	Type        string  `json:"type"`
	CAMEO       string  `json:"cameo,omitempty"`
	Target      string  `json:"target,omitempty"`
	TargetCode  string  `json:"target_code,omitempty"`
	Date        string  `json:"date,omitempty"`
	Location    string  `json:"location,omitempty"`
	Modality    string  `json:"modality"`
	Goldstein   float64 `json:"goldstein"`
	NumSources  int     `json:"num_sources"`
	NumArticles int     `json:"num_articles"`
	NumMentions int     `json:"num_mentions"`
	// Dates are the distinct dates the reports give; DatesDisagree says
	// that two of them cannot name the same day.
	Dates         []string            `json:"dates"`
	DatesDisagree bool                `json:"dates_disagree"`
	Evidence      []storyEvidenceJSON `json:"evidence"`
	// SourceName and TargetName are the sides' names for the pages.
	SourceName string `json:"-"`
	TargetName string `json:"-"`
}

// storyEvidenceJSON is one report of a fused event: the sentence, its
// span in the document's text, and the document.
type storyEvidenceJSON struct {
	Document  string      `json:"document"`
	Outlet    string      `json:"outlet,omitempty"`
	Title     string      `json:"title,omitempty"`
	Published string      `json:"published,omitempty"`
	Date      string      `json:"date,omitempty"` // the date this report gives the event
	Text      string      `json:"text"`
	Span      marsad.Span `json:"span"`
}

// storyParams are the parameters of a story list.
type storyParams struct {
	limit   int
	after   string
	minDocs int
}

// storyParamsOf reads limit, after and min_documents (default 2: a story
// of one document is no comparison of sources).
func storyParamsOf(r *http.Request) (storyParams, error) {
	var p storyParams
	var err error
	if p.limit, err = intParam(r, "limit", 50, 1, 500); err != nil {
		return p, err
	}
	if p.minDocs, err = intParam(r, "min_documents", 2, 1, 10000); err != nil {
		return p, err
	}
	p.after = r.URL.Query().Get("after")
	if p.after != "" && !validID(p.after) {
		return p, marsad.Errorf(marsad.EINVALID, "invalid after %q: want a story id", p.after)
	}
	return p, nil
}

// summarizeStory returns the list entry of a stored story.
func summarizeStory(rec *marsad.StoryRecord) storySummary {
	return storySummary{
		ID: rec.ID, Label: cmpOr(rec.Label, rec.Summary, rec.ID), Summary: rec.Summary,
		From: dayString(rec.From), To: dayString(rec.To),
		Outlets: nonNil(rec.Outlets), DocumentIDs: nonNil(rec.Documents),
		NumDocuments: len(rec.Documents), NumEvents: len(rec.Events),
	}
}

// dayString writes a day as YYYY-MM-DD, "" for the zero time.
func dayString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// storyList returns a page of the stories with at least p.minDocs
// documents, newest first (marsad.StoryReader.Stories). It reads at most
// MaxScan stories per call; when that bound ends the page early, Next is
// the last story read.
func (s *Server) storyList(ctx context.Context, p storyParams) (storyList, error) {
	out := storyList{Stories: []storySummary{}}
	sr := s.storyReader()
	if sr == nil {
		return s.computedStoryList(ctx, p)
	}
	batch := max(p.limit+1, 100)
	after, read := p.after, 0
	for {
		recs, err := sr.Stories(ctx, batch, after)
		if err != nil {
			return out, err
		}
		for i := range recs {
			rec := &recs[i]
			read++
			after = rec.ID
			if len(rec.Documents) < p.minDocs {
				continue
			}
			if len(out.Stories) == p.limit {
				out.Next = out.Stories[p.limit-1].ID
				return out, nil
			}
			out.Stories = append(out.Stories, summarizeStory(rec))
		}
		if len(recs) < batch {
			return out, nil
		}
		if read >= s.MaxScan {
			out.Next = after
			return out, nil
		}
	}
}

// computedStoryList is storyList for a store without stories: the stories
// computed from the stored documents, in the stored stories' order (the
// last day, newest first, the undated last, then id).
func (s *Server) computedStoryList(ctx context.Context, p storyParams) (storyList, error) {
	out := storyList{Stories: []storySummary{}}
	st, _, err := s.allStories(ctx)
	if err != nil {
		return out, err
	}
	// YYYY-MM-DD strings compare as the days do; "" (unknown) sorts last.
	slices.SortFunc(st, func(a, b storyJSON) int { return cmp.Or(cmp.Compare(b.To, a.To), cmp.Compare(a.ID, b.ID)) })
	from := 0
	if p.after != "" {
		i := slices.IndexFunc(st, func(x storyJSON) bool { return x.ID == p.after })
		if i < 0 {
			return out, marsad.Errorf(marsad.EINVALID, "no story %q to list the stories after", p.after)
		}
		from = i + 1
	}
	for _, x := range st[from:] {
		if len(x.Documents) < p.minDocs {
			continue
		}
		if len(out.Stories) == p.limit {
			out.Next = out.Stories[p.limit-1].ID
			break
		}
		out.Stories = append(out.Stories, x.summary())
	}
	return out, nil
}

// summary returns the list entry of a computed story.
func (x *storyJSON) summary() storySummary {
	ss := storySummary{ID: x.ID, Label: x.Label, From: x.From, To: x.To, Outlets: nonNil(x.Outlets),
		DocumentIDs: make([]string, len(x.Documents)), NumDocuments: len(x.Documents)}
	for i, d := range x.Documents {
		ss.DocumentIDs[i] = d.ID
	}
	return ss
}

// allStories computes the stories of the stored documents.
func (s *Server) allStories(ctx context.Context) ([]storyJSON, []*marsad.Document, error) {
	var docs []*marsad.Document
	err := s.scan(ctx, marsad.DocumentFilter{}, func(d *marsad.Document) bool { docs = append(docs, d); return true })
	if err != nil {
		return nil, nil, err
	}
	return stories(docs), docs, nil
}

// story returns the story with the id and its documents, in the order they
// joined (a document the store no longer holds is left out of the
// documents, not of the story's summary).
func (s *Server) story(ctx context.Context, id string) (storyPage, []*marsad.Document, error) {
	sr := s.storyReader()
	if sr == nil {
		return s.computedStory(ctx, id)
	}
	rec, err := sr.Story(ctx, id)
	if err != nil {
		return storyPage{}, nil, err
	}
	out := storyPage{storySummary: summarizeStory(rec), Documents: []documentSummary{}, Events: []storyEventJSON{}}
	var docs []*marsad.Document
	byID := make(map[string]*marsad.Document, len(rec.Documents))
	for _, did := range rec.Documents {
		d, err := s.document(ctx, did)
		if marsad.ErrorCode(err) == marsad.ENOTFOUND {
			continue
		}
		if err != nil {
			return out, nil, err
		}
		docs = append(docs, d)
		byID[did] = d
		out.Documents = append(out.Documents, summarize(d))
	}
	for i := range rec.Events {
		out.Events = append(out.Events, storyEventOf(&rec.Events[i], byID))
	}
	return out, docs, nil
}

// computedStory is story for a store without stories.
func (s *Server) computedStory(ctx context.Context, id string) (storyPage, []*marsad.Document, error) {
	st, docs, err := s.allStories(ctx)
	if err != nil {
		return storyPage{}, nil, err
	}
	byID := make(map[string]*marsad.Document, len(docs))
	for _, d := range docs {
		byID[d.ID()] = d
	}
	for _, x := range st {
		if x.ID == id {
			members := make([]*marsad.Document, 0, len(x.Documents))
			for _, m := range x.Documents {
				members = append(members, byID[m.ID])
			}
			return storyPage{storySummary: x.summary(), Documents: x.Documents, Events: []storyEventJSON{}}, members, nil
		}
	}
	return storyPage{}, nil, marsad.Errorf(marsad.ENOTFOUND, "no story %s", id)
}

// storyEventOf returns the view of a fused event, its evidence completed
// from the story's documents in byID: each report's outlet, title,
// publication day and the date it gives the event.
func storyEventOf(ev *marsad.StoryEvent, byID map[string]*marsad.Document) storyEventJSON {
	e := ev.Event
	j := storyEventJSON{
		Source: e.Source, SourceCode: string(e.SourceCode), Type: string(e.Type), CAMEO: string(e.CAMEO),
		Target: e.Target, TargetCode: string(e.TargetCode), Date: e.Date.String(), Location: e.Location,
		Modality: string(e.Modality), Goldstein: Goldstein(e),
		NumSources: ev.NumSources, NumArticles: ev.NumArticles, NumMentions: ev.NumMentions,
		Dates: make([]string, 0, len(ev.Dates)), Evidence: make([]storyEvidenceJSON, 0, len(ev.Evidence)),
		SourceName: cmpOr(e.Source, string(e.SourceCode)), TargetName: cmpOr(e.Target, string(e.TargetCode)),
	}
	for _, d := range ev.Dates {
		if s := d.String(); s != "" && !slices.Contains(j.Dates, s) {
			j.Dates = append(j.Dates, s)
		}
	}
	j.DatesDisagree = datesDisagree(j.Dates)
	named := false
	for _, x := range ev.Evidence {
		v := storyEvidenceJSON{Document: x.DocID, Outlet: x.Outlet, Text: x.Text, Span: x.Span}
		if d := byID[x.DocID]; d != nil {
			v.Outlet = cmpOr(v.Outlet, d.Article.Outlet)
			v.Title = docTitle(d)
			v.Published = docDate(d).String()
			for _, de := range d.Events {
				if de.EvidenceSpan == x.Span {
					v.Date = eventDate(d, de).String()
					break
				}
			}
			if !named {
				j.SourceName = cmpOr(actorName(d, e.Source, e.SourceCode), j.SourceName)
				j.TargetName = cmpOr(actorName(d, e.Target, e.TargetCode), j.TargetName)
				named = true
			}
		}
		j.Evidence = append(j.Evidence, v)
	}
	return j
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	p, err := storyParamsOf(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) { return s.storyList(r.Context(), p) })
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) {
		st, _, err := s.story(r.Context(), id)
		return st, err
	})
}

func (s *Server) pageStories(w http.ResponseWriter, r *http.Request) {
	p, err := storyParamsOf(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	l, err := s.storyList(r.Context(), p)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "stories", page{Title: "القصص", Data: struct {
		Stories []storySummary
		Next    string
		MinDocs int
	}{l.Stories, l.Next, p.minDocs}})
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	st, members, err := s.story(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	views := make([]documentView, len(members))
	for i, d := range members {
		views[i] = newDocumentView(d)
	}
	s.render(w, r, http.StatusOK, "story", page{Title: st.Label, Data: struct {
		Story   storyPage
		Sources []documentView
		Figures []figureRow
	}{st, views, compareFigures(members)}})
}

// storyOfDocument returns the id of the stored story of the document, ""
// when the store keeps no stories or the document is in none.
func (s *Server) storyOfDocument(ctx context.Context, id string) (string, error) {
	sr := s.storyReader()
	if sr == nil {
		return "", nil
	}
	st, err := sr.StoryOf(ctx, id)
	if marsad.ErrorCode(err) == marsad.ENOTFOUND {
		return "", nil
	}
	return st, err
}

// datesDisagree reports whether two of the dates (YYYY, YYYY-MM or
// YYYY-MM-DD) cannot name the same day: 2024-05 and 2024-05-16 agree at
// the precision of the less precise, 2024-05-16 and 2024-05-17 do not.
func datesDisagree(dates []string) bool {
	for i, a := range dates {
		for _, b := range dates[i+1:] {
			if !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) {
				return true
			}
		}
	}
	return false
}

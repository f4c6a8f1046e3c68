package web

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// maxIDLen bounds the length of ids in paths and records.
const maxIDLen = 200

// validID reports whether id may name a document, entity, story or actor:
// 1 to 200 bytes of letters, digits and "-_.:", not "." or "..", so that an
// id can never be a path. Arabic letters are letters.
func validID(id string) bool {
	if id == "" || len(id) > maxIDLen || id == "." || id == ".." || !utf8.ValidString(id) {
		return false
	}
	for _, r := range id {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("-_.:", r)) {
			return false
		}
	}
	return true
}

// pathID returns the path value name if it is a valid id, or an EINVALID
// error.
func pathID(r *http.Request, name string) (string, error) {
	id := r.PathValue(name)
	if !validID(id) {
		return "", marsad.Errorf(marsad.EINVALID, "invalid %s %q: want letters, digits and -_.: only", name, id)
	}
	return id, nil
}

// intParam parses the query parameter name as an integer in [lo, hi],
// giving def when it is absent.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, marsad.Errorf(marsad.EINVALID, "invalid %s %q: want an integer from %d to %d", name, v, lo, hi)
	}
	return n, nil
}

// dateParam parses the query parameter name as a date. With end set, a
// month or year means its last day, so that to=2024-05 includes May.
func dateParam(r *http.Request, name string, end bool) (time.Time, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return time.Time{}, nil
	}
	d, err := marsad.ParseDate(v)
	if err != nil {
		return time.Time{}, marsad.Errorf(marsad.EINVALID, "invalid %s %q: want YYYY-MM-DD, YYYY-MM or YYYY", name, v)
	}
	if end {
		switch d.Precision {
		case marsad.PrecisionMonth:
			return d.Time.AddDate(0, 1, -1), nil
		case marsad.PrecisionYear:
			return d.Time.AddDate(1, 0, -1), nil
		}
	}
	return d.Time, nil
}

// documentFilter reads outlet, from, to, after and limit.
func documentFilter(r *http.Request, defLimit, maxLimit int) (marsad.DocumentFilter, error) {
	q := r.URL.Query()
	f := marsad.DocumentFilter{Outlet: q.Get("outlet"), After: q.Get("after")}
	var err error
	if f.From, err = dateParam(r, "from", false); err != nil {
		return f, err
	}
	if f.To, err = dateParam(r, "to", true); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.Add(24*time.Hour - time.Nanosecond) // the whole last day
	}
	if f.After != "" && !validID(f.After) {
		return f, marsad.Errorf(marsad.EINVALID, "invalid after %q: want a document id", f.After)
	}
	if f.Limit, err = intParam(r, "limit", defLimit, 1, maxLimit); err != nil {
		return f, err
	}
	return f, nil
}

// documentList is the answer of GET /api/documents.
type documentList struct {
	Documents []documentSummary `json:"documents"`
	// Next is the cursor of the next page, to pass as after; absent on the
	// last page.
	Next string `json:"next,omitempty"`
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	f, err := documentFilter(r, 50, 500)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	limit := f.Limit
	f.Limit++ // one more tells whether there is a next page
	out := documentList{Documents: []documentSummary{}}
	for d, err := range s.Store.Documents(r.Context(), f) {
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		if len(out.Documents) == limit {
			out.Next = out.Documents[limit-1].ID
			break
		}
		out.Documents = append(out.Documents, summarize(d))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	d, err := s.document(r.Context(), id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	j := documentOf(d)
	if j.Story, err = s.storyOfDocument(r.Context(), id); err != nil {
		s.apiError(w, r, err)
		return
	}
	writeDocument(w, &j)
}

// document reads the document with the id once a place among the
// ReadConcurrency reads in progress is free.
func (s *Server) document(ctx context.Context, id string) (*marsad.Document, error) {
	if err := acquire(ctx, s.readSem); err != nil {
		return nil, err
	}
	defer func() { <-s.readSem }()
	return s.Store.Document(ctx, id)
}

// acquire takes a place in the semaphore sem, waiting in arrival order
// (a channel's blocked senders proceed first in, first out) until ctx
// ends. The store's own connection pool hands a freed connection to a
// random waiter, which gives a long tail of waits when hundreds of
// requests queue for a few connections; queueing here instead keeps the
// pool's queue short and the order fair.
func acquire(ctx context.Context, sem chan struct{}) error {
	select {
	case sem <- struct{}{}:
		return nil
	default:
	}
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// record is the body of POST /api/documents.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD or RFC 3339
	Text      string `json:"text"`
	HTML      string `json:"html"` // used when text is empty and the server can read HTML
}

// putResult is the answer of a write.
type putResult struct {
	ID     string `json:"id"`
	Result string `json:"result"` // new, updated or unchanged
	Title  string `json:"title,omitempty"`
	Events int    `json:"events"`
}

// article validates the record and turns it into an article. An absent id
// is the hex digest of the URL, else of the text.
func (s *Server) article(rec record) (*marsad.Article, error) {
	a := &marsad.Article{ID: strings.TrimSpace(rec.ID), URL: strings.TrimSpace(rec.URL), Outlet: rec.Outlet,
		Title: rec.Title, Text: rec.Text, Format: marsad.FormatText}
	if strings.TrimSpace(a.Text) == "" && rec.HTML != "" {
		if s.HTMLText == nil {
			return nil, marsad.Errorf(marsad.EUNSUPPORTED, "this server does not read HTML: send the article's text")
		}
		t, err := s.HTMLText(rec.HTML)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "read html: %v", marsad.ErrorMessage(err))
		}
		a.Text, a.Format = t, marsad.FormatHTML
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "the record has no text")
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet) {
		return nil, marsad.Errorf(marsad.EINVALID, "the record is not valid UTF-8")
	}
	if a.ID == "" {
		a.ID = digestID(cmpOr(a.URL, a.Text))
	}
	if !validID(a.ID) {
		return nil, marsad.Errorf(marsad.EINVALID, "invalid id %q: want 1 to %d letters, digits and -_.:", a.ID, maxIDLen)
	}
	if rec.Published != "" {
		t, err := time.Parse(time.RFC3339, rec.Published)
		if err != nil {
			d, derr := marsad.ParseDate(rec.Published)
			if derr != nil || d.Precision != marsad.PrecisionDay {
				return nil, marsad.Errorf(marsad.EINVALID, "invalid published %q: want YYYY-MM-DD or RFC 3339", rec.Published)
			}
			t = d.Time
		}
		a.Published = t
	}
	return a, nil
}

// cmpOr returns the first of ss that is not empty.
func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// digestID returns a 16-digit hex id for s.
func digestID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// put analyses a and stores the document.
func (s *Server) put(r *http.Request, a *marsad.Article) (putResult, error) {
	if s.Analyze == nil {
		return putResult{}, marsad.Errorf(eNotImplemented, "this server has no analyser: it cannot take documents")
	}
	d := s.Analyze(a)
	if d == nil {
		return putResult{}, marsad.Errorf(marsad.EINTERNAL, "analysis of %s gave no document", a.ID)
	}
	res, err := s.Store.PutDocument(r.Context(), d)
	// Invalidated after the write, so that no answer computed before it
	// outlives it; a failed write may have changed the store too.
	if s.cache != nil && (err != nil || res != marsad.PutUnchanged) {
		s.cache.invalidate()
	}
	if err != nil {
		return putResult{}, err
	}
	return putResult{ID: d.ID(), Result: res.String(), Title: docTitle(d), Events: len(d.Events)}, nil
}

func (s *Server) apiPutDocument(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r, ""); err != nil {
		s.apiError(w, r, err)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			s.apiError(w, r, marsad.Errorf(marsad.EUNSUPPORTED, "unsupported content type %q: send application/json", ct))
			return
		}
	}
	body := http.MaxBytesReader(w, r.Body, s.MaxBodyBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var rec record
	if err := dec.Decode(&rec); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.apiError(w, r, err)
			return
		}
		s.apiError(w, r, marsad.Errorf(marsad.EINVALID, "invalid JSON record: %v", err))
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		s.apiError(w, r, marsad.Errorf(marsad.EINVALID, "send one JSON record per request"))
		return
	}
	a, err := s.article(rec)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	res, err := s.put(r, a)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/documents/"+url.PathEscape(res.ID))
	writeJSON(w, http.StatusCreated, res)
}

// searchList is the answer of GET /api/search.
type searchList struct {
	Query  string             `json:"query"`
	Hits   []marsad.SearchHit `json:"hits"`
	Offset int                `json:"offset"`
	// NextOffset is the offset of the next page; absent when this page was
	// not full.
	NextOffset int `json:"next_offset,omitempty"`
}

// searchParams are the parameters of a search, in canonical form.
type searchParams struct {
	q             string // trimmed, spaces collapsed
	limit, offset int
}

// searchParamsOf reads q, limit and offset from r.
func searchParamsOf(r *http.Request, defLimit int) (searchParams, error) {
	p := searchParams{q: strings.Join(strings.Fields(r.URL.Query().Get("q")), " ")}
	if p.q == "" {
		return p, marsad.Errorf(marsad.EINVALID, "the query q is empty")
	}
	if len(p.q) > 1000 {
		return p, marsad.Errorf(marsad.EINVALID, "the query is too long: at most 1000 bytes")
	}
	var err error
	if p.limit, err = intParam(r, "limit", defLimit, 1, 100); err != nil {
		return p, err
	}
	if p.offset, err = intParam(r, "offset", 0, 0, 100000); err != nil {
		return p, err
	}
	return p, nil
}

// key returns the cache key of the search's API answer.
func (p searchParams) key() string {
	return "search\x00" + p.q + "\x00" + strconv.Itoa(p.limit) + "\x00" + strconv.Itoa(p.offset)
}

// search runs the query of r: q, limit, offset.
func (s *Server) search(r *http.Request, defLimit int) (searchList, error) {
	p, err := searchParamsOf(r, defLimit)
	if err != nil {
		return searchList{Query: p.q, Hits: []marsad.SearchHit{}}, err
	}
	return s.runSearch(r.Context(), p)
}

// runSearch runs a search once a place among the SearchConcurrency
// searches in progress is free.
func (s *Server) runSearch(ctx context.Context, p searchParams) (searchList, error) {
	out := searchList{Query: p.q, Hits: []marsad.SearchHit{}, Offset: p.offset}
	if err := acquire(ctx, s.searchSem); err != nil {
		return out, err
	}
	hits, err := s.Store.Search(ctx, marsad.SearchQuery{Text: p.q, Limit: p.limit, Offset: p.offset})
	<-s.searchSem
	if err != nil {
		return out, err
	}
	for _, h := range hits {
		h.Highlights = validSpans(h.Highlights, len(h.Snippet))
		out.Hits = append(out.Hits, h)
	}
	if len(hits) == p.limit {
		out.NextOffset = p.offset + p.limit
	}
	return out, nil
}

// validSpans returns the spans that lie inside a text of n bytes.
func validSpans(sp []marsad.Span, n int) []marsad.Span {
	out := sp[:0:0]
	for _, x := range sp {
		if x.In(n) && x.Len() > 0 {
			out = append(out, x)
		}
	}
	return out
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p, err := searchParamsOf(r, 20)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.cached(w, r, p.key(), func(r *http.Request) (any, error) { return s.runSearch(r.Context(), p) })
}

// cached writes the answer that compute gives for r, from the cache under
// key when it is there. compute gets r with a context of its own, since
// its answer may serve other requests too; it must read from r only what
// the key covers. Without a cache it writes compute's answer.
func (s *Server) cached(w http.ResponseWriter, r *http.Request, key string, compute func(*http.Request) (any, error)) {
	if s.cache == nil {
		v, err := compute(r)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
		return
	}
	if s.watch != nil {
		s.watch.check(r.Context())
	}
	e, err := s.cache.get(r.Context(), key, func(ctx context.Context) ([]byte, error) {
		v, err := compute(r.WithContext(ctx))
		if err != nil {
			return nil, err
		}
		return encodeJSON(v)
	})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	// Clients may keep the answer but must ask again, with its ETag.
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", e.etag)
	if etagMatch(r.Header.Get("If-None-Match"), e.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(e.body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(e.body)
}

// etagMatch reports whether the If-None-Match header value inm names
// etag: "*", or etag in its comma-separated list, weak or not (RFC 9110
// compares weakly for If-None-Match).
func etagMatch(inm, etag string) bool {
	for inm != "" {
		var t string
		t, inm, _ = strings.Cut(inm, ",")
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// viewKey returns the cache key of a computed view's answer: the path and
// the query parameters in key order.
func viewKey(r *http.Request) string {
	return "view\x00" + r.URL.Path + "\x00" + r.URL.Query().Encode()
}

// entityList is the answer of GET /api/entities.
type entityList struct {
	Entities []entityJSON `json:"entities"`
}

// entities returns the stored entities whose names match q, most
// reported first.
func (s *Server) entities(r *http.Request, q string, limit int) ([]entityJSON, error) {
	var x entityIndex
	if err := s.scan(r.Context(), marsad.DocumentFilter{}, func(d *marsad.Document) bool { x.add(d); return true }); err != nil {
		return nil, err
	}
	out := []entityJSON{}
	for _, e := range x.sorted() {
		if len(out) == limit {
			break
		}
		if e.matches(q) {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 100, 1, 1000)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) {
		es, err := s.entities(r, q, limit)
		return entityList{es}, err
	})
}

// entityPage is an entity with the documents and events that name it.
type entityPage struct {
	Entity    entityJSON        `json:"entity"`
	Documents []documentSummary `json:"documents"`
	Events    []eventJSON       `json:"events"`
}

// entity gathers the entity with the key id across the stored documents.
func (s *Server) entity(r *http.Request, id string) (entityPage, error) {
	var x entityIndex
	out := entityPage{Documents: []documentSummary{}, Events: []eventJSON{}}
	err := s.scan(r.Context(), marsad.DocumentFilter{}, func(d *marsad.Document) bool {
		for i := range d.Entities {
			e := &d.Entities[i]
			if entityKey(e) != id {
				continue
			}
			x.add(&marsad.Document{Entities: []marsad.Entity{*e}})
			out.Documents = append(out.Documents, summarize(d))
			for _, ev := range d.Events {
				if actorIs(ev.Source, ev.SourceCode, id) || actorIs(ev.Target, ev.TargetCode, id) ||
					e.Code != "" && (ev.SourceCode == e.Code || ev.TargetCode == e.Code) {
					out.Events = append(out.Events, eventOf(d, ev))
				}
			}
			break
		}
		return true
	})
	if err != nil {
		return out, err
	}
	e, ok := x.byKey[id]
	if !ok {
		return out, marsad.Errorf(marsad.ENOTFOUND, "no entity %s", id)
	}
	out.Entity = *e
	sortEvents(out.Events)
	return out, nil
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) { return s.entity(r, id) })
}

// eventList is the answer of GET /api/events.
type eventList struct {
	Events []eventJSON `json:"events"`
	Offset int         `json:"offset"`
	// NextOffset is the offset of the next page; absent on the last page.
	NextOffset int `json:"next_offset,omitempty"`
}

// events returns the stored events that f selects, by date.
func (s *Server) events(r *http.Request, f eventFilter) ([]eventJSON, error) {
	evs := []eventJSON{}
	err := s.scan(r.Context(), marsad.DocumentFilter{}, func(d *marsad.Document) bool {
		for _, e := range d.Events {
			if f.match(d, e) {
				evs = append(evs, eventOf(d, e))
			}
		}
		return true
	})
	sortEvents(evs)
	return evs, err
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := eventFilter{Type: q.Get("type"), Modality: q.Get("modality")}
	if a := q.Get("actor"); a != "" {
		f.Actors = q["actor"]
	}
	var err error
	if f.From, err = dateParam(r, "from", false); err == nil {
		f.To, err = dateParam(r, "to", true)
	}
	limit, offset := 0, 0
	if err == nil {
		limit, err = intParam(r, "limit", 100, 1, 1000)
	}
	if err == nil {
		offset, err = intParam(r, "offset", 0, 0, 1<<30)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) {
		evs, err := s.events(r, f)
		if err != nil {
			return nil, err
		}
		out := eventList{Events: []eventJSON{}, Offset: offset}
		if offset < len(evs) {
			out.Events = evs[offset:min(len(evs), offset+limit)]
		}
		if offset+limit < len(evs) {
			out.NextOffset = offset + limit
		}
		return out, nil
	})
}

// timelineJSON is the answer of GET /api/timeline and GET /api/dyads.
type timelineJSON struct {
	Actors      []string    `json:"actors"`
	Events      []eventJSON `json:"events"`
	Months      []monthJSON `json:"months"`
	Cooperative int         `json:"cooperative"`
	Conflictual int         `json:"conflictual"`
	// Names are the Arabic names of the actors for the pages, the actors
	// themselves where no name is known: see actorNames.
	Names []string `json:"-"`
}

func newTimeline(actors []string, evs []eventJSON) timelineJSON {
	t := timelineJSON{Actors: actors, Events: evs, Months: months(evs)}
	for _, e := range evs {
		switch {
		case e.Goldstein > 0:
			t.Cooperative++
		case e.Goldstein < 0:
			t.Conflictual++
		}
	}
	return t
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	actors := r.URL.Query()["actor"]
	if len(actors) == 0 || len(actors) > 20 {
		s.apiError(w, r, marsad.Errorf(marsad.EINVALID, "give 1 to 20 actors: ?actor=CHN&actor=RUS"))
		return
	}
	for _, a := range actors {
		if !validID(a) {
			s.apiError(w, r, marsad.Errorf(marsad.EINVALID, "invalid actor %q", a))
			return
		}
	}
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) {
		evs, err := s.events(r, eventFilter{Actors: actors})
		return newTimeline(actors, evs), err
	})
}

// dyad returns the timeline of the events between the actors a and b.
func (s *Server) dyad(r *http.Request) (timelineJSON, error) {
	a, err := pathID(r, "a")
	if err != nil {
		return timelineJSON{}, err
	}
	b, err := pathID(r, "b")
	if err != nil {
		return timelineJSON{}, err
	}
	evs := []eventJSON{}
	names := actorNames{}
	err = s.scan(r.Context(), marsad.DocumentFilter{}, func(d *marsad.Document) bool {
		found := false
		for _, e := range d.Events {
			if isDyad(e, a, b) {
				evs = append(evs, eventOf(d, e))
				found = true
			}
		}
		if found {
			names.add(d, a)
			names.add(d, b)
		}
		return true
	})
	sortEvents(evs)
	t := newTimeline([]string{a, b}, evs)
	t.Names = []string{names.best(a), names.best(b)}
	return t, err
}

// actorNames counts the Arabic names that documents give the entities
// that actor codes stand for.
type actorNames map[string]map[string]int

// add counts the name of the entity of d that the code stands for.
func (x actorNames) add(d *marsad.Document, code string) {
	e := codeEntity(d.Entities, code)
	if e == nil || e.Arabic == "" {
		return
	}
	if x[code] == nil {
		x[code] = map[string]int{}
	}
	x[code][e.Arabic]++
}

// best returns the name most documents give the code (the shorter, then
// the first in order, on a tie), else the code.
func (x actorNames) best(code string) string {
	best, n := code, 0
	for name, c := range x[code] {
		if c > n || c == n && (len(name) < len(best) || len(name) == len(best) && name < best) {
			best, n = name, c
		}
	}
	return best
}

func (s *Server) apiDyad(w http.ResponseWriter, r *http.Request) {
	if _, err := pathID(r, "a"); err != nil {
		s.apiError(w, r, err)
		return
	}
	if _, err := pathID(r, "b"); err != nil {
		s.apiError(w, r, err)
		return
	}
	s.cached(w, r, viewKey(r), func(r *http.Request) (any, error) { return s.dyad(r) })
}

// exportColumns are the columns of the CSV export: one row per event.
var exportColumns = []string{"document", "outlet", "published", "date", "source", "source_code", "type", "cameo",
	"target", "target_code", "modality", "location", "goldstein", "evidence", "evidence_start", "evidence_end"}

// apiExport streams every stored document (format=jsonl, the default: one
// document object per line) or every event (format=csv, one row each).
// An error after the first byte ends the stream early.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	switch format {
	case "", "jsonl":
		w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="marsad.jsonl"`)
		enc := json.NewEncoder(w)
		for d, err := range s.Store.Documents(r.Context(), marsad.DocumentFilter{}) {
			if err != nil {
				s.logInternal(r, err)
				return
			}
			if enc.Encode(documentOf(d)) != nil {
				return
			}
		}
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="marsad-events.csv"`)
		cw := csv.NewWriter(w)
		_ = cw.Write(exportColumns)
		for d, err := range s.Store.Documents(r.Context(), marsad.DocumentFilter{}) {
			if err != nil {
				s.logInternal(r, err)
				break
			}
			for _, e := range d.Events {
				j := eventOf(d, e)
				_ = cw.Write([]string{j.Document, d.Article.Outlet, docDate(d).String(), j.Date, j.Source, j.SourceCode,
					j.Type, j.CAMEO, j.Target, j.TargetCode, j.Modality, j.Location,
					strconv.FormatFloat(j.Goldstein, 'f', -1, 64), csvSafe(j.Evidence),
					strconv.Itoa(j.EvidenceSpan.Start), strconv.Itoa(j.EvidenceSpan.End)})
			}
		}
		cw.Flush()
	default:
		s.apiError(w, r, marsad.Errorf(marsad.EINVALID, "invalid format %q: want jsonl or csv", format))
	}
}

// csvSafe keeps a spreadsheet from reading a cell as a formula.
func csvSafe(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openAPI)
}

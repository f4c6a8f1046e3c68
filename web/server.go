package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"html/template"
	"io/fs"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
)

// Store is what the web layer needs from storage. Every marsad.Store
// satisfies it; the web layer never closes it.
type Store interface {
	PutDocument(ctx context.Context, doc *marsad.Document) (marsad.PutResult, error)
	Document(ctx context.Context, id string) (*marsad.Document, error)
	Documents(ctx context.Context, f marsad.DocumentFilter) iter.Seq2[*marsad.Document, error]
	CountDocuments(ctx context.Context) (int, error)
	Search(ctx context.Context, q marsad.SearchQuery) ([]marsad.SearchHit, error)
}

var _ Store = marsad.Store(nil)

// Default limits of a Server.
const (
	DefaultMaxBodyBytes   = 2 << 20  // POST /api/documents
	DefaultMaxUploadBytes = 16 << 20 // POST /ingest, all files together
	DefaultMaxScan        = 20000    // documents read by the computed views
)

// Server serves marsad's JSON API under /api/ and its Arabic web interface.
// Set the exported fields before the first call to Handler; they must not
// change afterwards. A Server is safe for concurrent use.
type Server struct {
	// Store holds the documents. Required.
	Store Store
	// Analyze turns an article into an analysed document for POST
	// /api/documents and the ingest page. Nil makes both answer 501.
	Analyze func(*marsad.Article) *marsad.Document
	// HTMLText, if set, extracts an article's text from an HTML page, so that
	// writes may send html instead of text. Nil makes html input 415.
	HTMLText func(html string) (string, error)
	// Token is the bearer token that writes must present. Empty makes the
	// server read-only: a write answers 401 without a token, 403 with one.
	Token string
	// Logger receives one line per request and the detail of internal
	// errors. Nil logs nothing.
	Logger *slog.Logger

	// MaxBodyBytes limits the body of POST /api/documents (default 2 MiB).
	MaxBodyBytes int64
	// MaxUploadBytes limits the body of POST /ingest (default 16 MiB).
	MaxUploadBytes int64
	// MaxScan bounds how many stored documents the computed views (entities,
	// events, stories, timeline, dyads, the latest documents) read per
	// request (default 20000). The store cannot answer these queries itself
	// yet, so they iterate Store.Documents. For a store that is a
	// marsad.StoryReader it bounds instead the stored stories one page of
	// GET /api/stories reads.
	MaxScan int

	// CacheBytes is the budget of the response cache, which keeps the
	// encoded answers of the read-only API queries that cost a search or a
	// scan (search, entities, events, stories, timeline, dyads): default
	// DefaultCacheBytes; negative disables the cache. Every write the
	// server makes empties it.
	CacheBytes int64
	// CacheTTL is how long a cached answer lives (default DefaultCacheTTL,
	// or DefaultVersionedCacheTTL when the store is a DataVersioner;
	// negative disables the cache). For a store that is not a
	// DataVersioner it bounds how long answers lag behind writes made to
	// the store by another process, such as marsad ingest.
	CacheTTL time.Duration
	// VersionInterval is how often, at most, the server asks a store that
	// is a DataVersioner whether another process changed it, which empties
	// the cache: default DefaultVersionInterval; negative never asks.
	VersionInterval time.Duration
	// SearchConcurrency bounds the store searches that run at once; the
	// others wait their turn in arrival order. 0 means GOMAXPROCS.
	SearchConcurrency int
	// ReadConcurrency bounds the document reads (Store.Document) that run
	// at once; the others wait their turn in arrival order. 0 means twice
	// GOMAXPROCS, the default read connections of package sqlite, so that
	// the store's pool, which serves its waiters in random order, has
	// hardly any.
	ReadConcurrency int
	// Now returns the time; nil means time.Now. Tests set it.
	Now func() time.Time

	once      sync.Once
	cache     *responseCache // nil when disabled
	watch     *versionWatch  // nil without a cache or a DataVersioner
	searchSem chan struct{}  // admission to Store.Search
	readSem   chan struct{}  // admission to Store.Document
	handler   http.Handler
	mux       *http.ServeMux
	pages     map[string]*template.Template
}

// NewServer returns a Server on store with the default limits.
func NewServer(store Store) *Server {
	return &Server{
		Store:          store,
		MaxBodyBytes:   DefaultMaxBodyBytes,
		MaxUploadBytes: DefaultMaxUploadBytes,
		MaxScan:        DefaultMaxScan,
	}
}

// route is one registered pattern. The OpenAPI test compares the API routes
// with the document.
type route struct {
	method, path string // path in ServeMux syntax: /api/documents/{id}
	h            http.HandlerFunc
}

// routes returns every route the server registers, API first.
func (s *Server) routes() []route {
	return []route{
		{"GET", "/api/documents", s.apiDocuments},
		{"POST", "/api/documents", s.apiPutDocument},
		{"GET", "/api/documents/{id}", s.apiDocument},
		{"GET", "/api/search", s.apiSearch},
		{"GET", "/api/entities", s.apiEntities},
		{"GET", "/api/entities/{id}", s.apiEntity},
		{"GET", "/api/events", s.apiEvents},
		{"GET", "/api/stories", s.apiStories},
		{"GET", "/api/stories/{id}", s.apiStory},
		{"GET", "/api/timeline", s.apiTimeline},
		{"GET", "/api/dyads/{a}/{b}", s.apiDyad},
		{"GET", "/api/export", s.apiExport},
		{"GET", "/api/openapi.json", s.apiOpenAPI},

		{"GET", "/{$}", s.pageHome},
		{"GET", "/search", s.pageSearch},
		{"GET", "/documents/{id}", s.pageDocument},
		{"GET", "/entities", s.pageEntities},
		{"GET", "/entities/{id}", s.pageEntity},
		{"GET", "/stories", s.pageStories},
		{"GET", "/stories/{id}", s.pageStory},
		{"GET", "/dyads/{a}/{b}", s.pageDyad},
		{"GET", "/ingest", s.pageIngest},
		{"POST", "/ingest", s.pageIngestPost},
		{"GET", "/static/{path...}", s.static},
	}
}

// Handler returns the server's handler: the API, the pages and the static
// files, behind the security headers and the request log.
func (s *Server) Handler() http.Handler {
	s.once.Do(s.init)
	return s.handler
}

func (s *Server) init() {
	if s.MaxBodyBytes <= 0 {
		s.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if s.MaxUploadBytes <= 0 {
		s.MaxUploadBytes = DefaultMaxUploadBytes
	}
	if s.MaxScan <= 0 {
		s.MaxScan = DefaultMaxScan
	}
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.CacheBytes == 0 {
		s.CacheBytes = DefaultCacheBytes
	}
	versioner, _ := s.Store.(DataVersioner)
	if s.VersionInterval == 0 {
		s.VersionInterval = DefaultVersionInterval
	}
	if s.VersionInterval < 0 {
		versioner = nil
	}
	if s.CacheTTL == 0 {
		s.CacheTTL = DefaultCacheTTL
		if versioner != nil {
			s.CacheTTL = DefaultVersionedCacheTTL
		}
	}
	if s.CacheBytes > 0 && s.CacheTTL > 0 {
		s.cache = newResponseCache(s.CacheBytes, s.CacheTTL, s.Now)
		if versioner != nil {
			s.watch = &versionWatch{store: versioner, interval: s.VersionInterval, now: s.Now, cache: s.cache}
		}
	}
	if s.SearchConcurrency <= 0 {
		s.SearchConcurrency = runtime.GOMAXPROCS(0)
	}
	s.searchSem = make(chan struct{}, s.SearchConcurrency)
	if s.ReadConcurrency <= 0 {
		s.ReadConcurrency = 2 * runtime.GOMAXPROCS(0)
	}
	s.readSem = make(chan struct{}, s.ReadConcurrency)
	s.pages = mustParseTemplates()
	mux := http.NewServeMux()
	for _, r := range s.routes() {
		mux.HandleFunc(r.method+" "+r.path, r.h)
	}
	mux.HandleFunc("/api/", s.apiFallback)
	mux.HandleFunc("/", s.pageFallback)
	s.mux = mux
	s.handler = s.secure(s.logged(s.recovered(mux)))
}

// allowed returns the methods under which the mux has a specific route for
// r's path: it tells 405 from 404 for the fallback handlers.
func (s *Server) allowed(r *http.Request, fallback string) []string {
	var ms []string
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE"} {
		if m == r.Method {
			continue
		}
		c := r.Clone(r.Context())
		c.Method = m
		if _, p := s.mux.Handler(c); p != "" && p != fallback {
			ms = append(ms, m)
		}
	}
	return ms
}

func (s *Server) apiFallback(w http.ResponseWriter, r *http.Request) {
	if ms := s.allowed(r, "/api/"); len(ms) > 0 {
		w.Header().Set("Allow", strings.Join(ms, ", "))
		s.apiError(w, r, marsad.Errorf(eMethod, "method %s not allowed on %s", r.Method, r.URL.Path))
		return
	}
	s.apiError(w, r, marsad.Errorf(marsad.ENOTFOUND, "no API endpoint %s", r.URL.Path))
}

func (s *Server) pageFallback(w http.ResponseWriter, r *http.Request) {
	if ms := s.allowed(r, "/"); len(ms) > 0 {
		w.Header().Set("Allow", strings.Join(ms, ", "))
		s.pageError(w, r, marsad.Errorf(eMethod, "الطريقة %s غير مسموح بها هنا", r.Method))
		return
	}
	s.pageError(w, r, marsad.Errorf(marsad.ENOTFOUND, "الصفحة غير موجودة"))
}

// contentSecurityPolicy allows nothing but the server's own files: no inline
// script, no inline style, no framing.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (s *Server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logged(h http.Handler) http.Handler {
	if s.Logger == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.status), slog.Duration("duration", time.Since(start)))
	})
}

func (s *Server) recovered(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				if s.Logger != nil {
					s.Logger.Error("panic", "path", r.URL.Path, "value", v)
				}
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// authorize checks that r may write: the server has a token and r presents
// it, as "Authorization: Bearer T" or, for forms, the field "token". A
// request with no token is unauthorized (401) whether or not the server
// has one; one with a token on a read-only server is forbidden (403).
func (s *Server) authorize(r *http.Request, formToken string) error {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		got = formToken
	}
	if got == "" {
		if s.Token == "" {
			return marsad.Errorf(marsad.EUNAUTHORIZED, "a token is required, and this server is read-only: start it with a token (--token) to accept writes")
		}
		return marsad.Errorf(marsad.EUNAUTHORIZED, "a token is required: send Authorization: Bearer <token>")
	}
	if s.Token == "" {
		return marsad.Errorf(eForbidden, "this server is read-only: start it with a token (--token) to accept writes")
	}
	// Hashing first makes the comparison take the same time whatever the
	// lengths of the two strings.
	a, b := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(s.Token))
	if subtle.ConstantTimeCompare(a[:], b[:]) != 1 {
		return marsad.Errorf(marsad.EUNAUTHORIZED, "invalid token")
	}
	return nil
}

// ListenAndServe serves Handler on addr until ctx is done, then shuts down
// gracefully, waiting up to ten seconds for requests in flight. It returns
// nil after a shutdown caused by ctx.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Serve is ListenAndServe on an open listener, which it closes.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	if s.Logger != nil {
		hs.ErrorLog = slog.NewLogLogger(s.Logger.Handler(), slog.LevelWarn)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// staticFS is the embedded ui/static folder.
var staticFS = mustSub(uiFS, "ui/static")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // dir is a constant valid path
	}
	return sub
}

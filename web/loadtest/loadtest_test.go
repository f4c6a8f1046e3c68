package loadtest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/web/loadtest"
)

// fake is a server that answers searches and documents, counting them:
// document "missing" is 404, search "boom" is 500, and every answer waits
// delay.
type fake struct {
	delay             time.Duration
	searches, docs    atomic.Int64
	pages, otherPaths atomic.Int64
}

func (f *fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	switch {
	case r.URL.Path == "/api/search":
		f.searches.Add(1)
		if r.URL.Query().Get("limit") != "10" {
			http.Error(w, "limit missing", http.StatusBadRequest)
			return
		}
		if r.URL.Query().Get("q") == "boom" {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(`{"hits":[]}` + strings.Repeat(" ", 100<<10)))
	case strings.HasPrefix(r.URL.Path, "/api/documents/"):
		f.docs.Add(1)
		if strings.HasSuffix(r.URL.Path, "/missing") {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(`{"id":"x"}`))
	case r.URL.Path == "/search" || strings.HasPrefix(r.URL.Path, "/documents/"):
		f.pages.Add(1)
		w.Write([]byte(`<html></html>`))
	default:
		f.otherPaths.Add(1)
		http.NotFound(w, r)
	}
}

func newFake(t *testing.T, f *fake) string {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestRun_MaxRequests(t *testing.T) {
	f := &fake{}
	o := loadtest.Options{
		BaseURL: newFake(t, f), Concurrency: 20, MaxRequests: 1000,
		Queries: []string{"a", "b"}, DocIDs: []string{"1", "2", "3"},
	}
	r, err := loadtest.Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	served := f.searches.Load() + f.docs.Load()
	if r.Requests != 1000 || served != 1000 || r.Errors != 0 {
		t.Errorf("got %d requests reported, %d served, %d errors, want 1000, 1000, 0", r.Requests, served, r.Errors)
	}
	s, d := r.ByKind[loadtest.KindSearch], r.ByKind[loadtest.KindDocument]
	if int64(s.Count) != f.searches.Load() || int64(d.Count) != f.docs.Load() {
		t.Errorf("got %d searches and %d documents reported, want %d and %d served", s.Count, d.Count, f.searches.Load(), f.docs.Load())
	}
	// SearchShare defaults to a half: 1000 draws land within 400..600.
	if s.Count < 400 || s.Count > 600 {
		t.Errorf("got %d searches of 1000, want about half", s.Count)
	}
	if r.Total.Count != 1000 || r.Total.P50 <= 0 || r.Total.P50 > r.Total.P90 || r.Total.P90 > r.Total.P99 || r.Total.P99 > r.Total.Max {
		t.Errorf("got total %+v, want 1000 requests with ordered positive percentiles", r.Total)
	}
	if r.Total.RPS <= 0 || r.Duration <= 0 {
		t.Errorf("got %v rps over %v, want both positive", r.Total.RPS, r.Duration)
	}
}

func TestRun_Duration(t *testing.T) {
	f := &fake{delay: 10 * time.Millisecond}
	o := loadtest.Options{
		BaseURL: newFake(t, f), Concurrency: 10, Duration: 300 * time.Millisecond,
		Queries: []string{"a"}, DocIDs: []string{"1"},
	}
	start := time.Now()
	r, err := loadtest.Run(context.Background(), o)
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if took > 2*time.Second || r.Duration < 300*time.Millisecond {
		t.Errorf("took %v, report says %v, want about the Duration of 300ms", took, r.Duration)
	}
	// 10 workers at 10 ms a request for 300 ms: about 300 requests, and
	// the 10 in flight at the end.
	if r.Requests < 50 || r.Requests > 330 {
		t.Errorf("got %d requests, want about 300", r.Requests)
	}
	if r.Errors != 0 {
		t.Errorf("got %d errors, want 0 (requests in flight at the end are waited for): %v", r.Errors, r.ErrorExamples)
	}
	if r.Total.P50 < 10*time.Millisecond {
		t.Errorf("got p50 %v, want at least the server's delay of 10ms", r.Total.P50)
	}
}

func TestRun_Errors(t *testing.T) {
	f := &fake{}
	o := loadtest.Options{
		BaseURL: newFake(t, f), Concurrency: 4, MaxRequests: 400,
		Queries: []string{"ok", "boom"}, DocIDs: []string{"1", "missing"},
	}
	r, err := loadtest.Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	s, d := r.ByKind[loadtest.KindSearch], r.ByKind[loadtest.KindDocument]
	// Half of each kind fails: within a third and two thirds.
	for _, k := range []struct {
		name string
		s    loadtest.Stats
	}{{"search", s}, {"document", d}} {
		if k.s.Errors*3 < k.s.Count || k.s.Errors*3 > 2*k.s.Count {
			t.Errorf("%s: got %d errors of %d, want about half", k.name, k.s.Errors, k.s.Count)
		}
	}
	if r.Errors != s.Errors+d.Errors || r.Total.Errors != r.Errors {
		t.Errorf("got %d errors in all, %d in total, want %d", r.Errors, r.Total.Errors, s.Errors+d.Errors)
	}
	if len(r.ErrorExamples) == 0 || len(r.ErrorExamples) > 5 {
		t.Errorf("got %d error examples, want 1 to 5", len(r.ErrorExamples))
	}
}

func TestRun_TransportErrors(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL
	srv.Close() // nothing listens there any more
	r, err := loadtest.Run(context.Background(), loadtest.Options{
		BaseURL: base, Concurrency: 3, MaxRequests: 30, DocIDs: []string{"1"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Requests != 30 || r.Errors != 30 {
		t.Errorf("got %d requests, %d errors, want 30 failed", r.Requests, r.Errors)
	}
}

func TestRun_Shares(t *testing.T) {
	tests := []struct {
		name                  string
		o                     loadtest.Options
		searches, docs, pages bool
	}{
		{"OnlyQueries", loadtest.Options{Queries: []string{"a"}}, true, false, false},
		{"OnlyDocIDs", loadtest.Options{DocIDs: []string{"1"}}, false, true, false},
		{"AllPages", loadtest.Options{Queries: []string{"a"}, DocIDs: []string{"1"}, PageShare: 1}, false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fake{}
			tt.o.BaseURL, tt.o.Concurrency, tt.o.MaxRequests = newFake(t, f)+"/", 2, 50
			r, err := loadtest.Run(context.Background(), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			got := [3]bool{f.searches.Load() > 0, f.docs.Load() > 0, f.pages.Load() > 0}
			if want := [3]bool{tt.searches, tt.docs, tt.pages}; got != want || f.otherPaths.Load() != 0 {
				t.Errorf("got searches, documents, pages served %v and %d other paths, want %v and 0", got, f.otherPaths.Load(), want)
			}
			if r.Requests != 50 || r.Errors != 0 {
				t.Errorf("got %d requests, %d errors, want 50, 0", r.Requests, r.Errors)
			}
		})
	}
}

func TestRun_Canceled(t *testing.T) {
	f := &fake{delay: 5 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	r, err := loadtest.Run(ctx, loadtest.Options{
		BaseURL: newFake(t, f), Concurrency: 4, Duration: time.Hour, DocIDs: []string{"1"},
	})
	if err == nil {
		t.Errorf("got no error from a run whose context ended, want it")
	}
	if r.Requests == 0 || r.Errors != 0 {
		t.Errorf("got %d requests, %d errors, want the requests so far, none failed", r.Requests, r.Errors)
	}
}

func TestRun_Invalid(t *testing.T) {
	ok := loadtest.Options{BaseURL: "http://127.0.0.1:1", MaxRequests: 1, DocIDs: []string{"1"}}
	tests := []struct {
		name string
		edit func(*loadtest.Options)
	}{
		{"NoBaseURL", func(o *loadtest.Options) { o.BaseURL = "" }},
		{"Unbounded", func(o *loadtest.Options) { o.MaxRequests = 0 }},
		{"NegativeDuration", func(o *loadtest.Options) { o.Duration = -time.Second }},
		{"NegativeConcurrency", func(o *loadtest.Options) { o.Concurrency = -1 }},
		{"NothingToAsk", func(o *loadtest.Options) { o.DocIDs = nil }},
		{"ShareAboveOne", func(o *loadtest.Options) { o.SearchShare = 1.5 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := ok
			tt.edit(&o)
			_, err := loadtest.Run(context.Background(), o)
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("got %v, want an EINVALID error", err)
			}
		})
	}
}

package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// countingStore counts the searches that reach the store.
type countingStore struct {
	*memStore
	searches atomic.Int64
}

func (s *countingStore) Search(ctx context.Context, q marsad.SearchQuery) ([]marsad.SearchHit, error) {
	s.searches.Add(1)
	return s.memStore.Search(ctx, q)
}

// fakeClock is a settable time for Server.Now.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// cachingServer returns a server with a cache on a counting store, and
// the clock it reads.
func cachingServer(t *testing.T) (*Server, *countingStore, *fakeClock) {
	t.Helper()
	s, st := mustServer(t)
	cs := &countingStore{memStore: st}
	s.Store = cs
	clock := &fakeClock{t: time.Date(2024, 5, 16, 12, 0, 0, 0, time.UTC)}
	s.Now = clock.Now
	s.CacheTTL = 10 * time.Second
	return s, cs, clock
}

func TestCache_Hit(t *testing.T) {
	s, st, _ := cachingServer(t)
	h := s.Handler()
	first := do(t, h, "GET", "/api/search?q="+urlq("بكين"), nil)
	if first.Code != 200 {
		t.Fatalf("got status %d, want 200: %s", first.Code, first.Body)
	}
	// The same query with other spacing and the default limit spelled
	// out is the same canonical request.
	second := do(t, h, "GET", "/api/search?q="+urlq("  بكين ")+"&limit=20", nil)
	if got := st.searches.Load(); got != 1 {
		t.Errorf("got %d store searches, want 1", got)
	}
	if first.Body.String() != second.Body.String() {
		t.Errorf("got a second answer %s, want the first %s", second.Body, first.Body)
	}
	etag := first.Header().Get("ETag")
	if etag == "" || second.Header().Get("ETag") != etag {
		t.Errorf("got ETags %q and %q, want one, the same", etag, second.Header().Get("ETag"))
	}
	if got, want := first.Header().Get("Content-Length"), fmt.Sprint(first.Body.Len()); got != want {
		t.Errorf("got Content-Length %s, want %s", got, want)
	}
	tests := []struct {
		name, inm string
		want      int
	}{
		{"Same", etag, http.StatusNotModified},
		{"InList", `"other", ` + etag, http.StatusNotModified},
		{"Weak", "W/" + etag, http.StatusNotModified},
		{"Star", "*", http.StatusNotModified},
		{"Other", `"other"`, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, "GET", "/api/search?q="+urlq("بكين"), nil, "If-None-Match", tt.inm)
			if w.Code != tt.want {
				t.Errorf("got status %d, want %d", w.Code, tt.want)
			}
			if w.Code == http.StatusNotModified && w.Body.Len() != 0 {
				t.Errorf("got a body of %d bytes with 304, want none", w.Body.Len())
			}
		})
	}
	if got := st.searches.Load(); got != 1 {
		t.Errorf("got %d store searches after the revalidations, want 1", got)
	}
	// Another page is another request.
	do(t, h, "GET", "/api/search?q="+urlq("بكين")+"&offset=1", nil)
	if got := st.searches.Load(); got != 2 {
		t.Errorf("got %d store searches after another offset, want 2", got)
	}
}

func TestCache_ErrorsNotCached(t *testing.T) {
	s, st, _ := cachingServer(t)
	h := s.Handler()
	st.memStore.mu.Lock()
	st.memStore.docs = map[string]*marsad.Document{} // nothing to find
	st.memStore.mu.Unlock()
	failing := &failingStore{countingStore: st}
	s.Store = failing
	for i := range 2 {
		if w := do(t, h, "GET", "/api/search?q=x", nil); w.Code != 500 {
			t.Fatalf("request %d: got status %d, want 500", i, w.Code)
		}
	}
	if got := st.searches.Load(); got != 2 {
		t.Errorf("got %d store searches, want 2: a failure must not be cached", got)
	}
}

// failingStore fails every search.
type failingStore struct{ *countingStore }

func (s *failingStore) Search(ctx context.Context, q marsad.SearchQuery) ([]marsad.SearchHit, error) {
	s.searches.Add(1)
	return nil, errors.New("disk on fire")
}

func TestCache_InvalidatedOnWrite(t *testing.T) {
	s, st, _ := cachingServer(t)
	h := s.Handler()
	const word = "زلزال"
	count := func() int {
		t.Helper()
		w := do(t, h, "GET", "/api/search?q="+urlq(word), nil)
		if w.Code != 200 {
			t.Fatalf("search: got status %d: %s", w.Code, w.Body)
		}
		hits, _ := jpath(decode(t, w), "hits").([]any)
		return len(hits)
	}
	if got := count(); got != 0 {
		t.Fatalf("got %d hits before the write, want 0", got)
	}
	tests := []struct {
		name     string
		write    func() int // returns the status
		wantHits int
	}{
		{"API", func() int {
			return do(t, h, "POST", "/api/documents", strings.NewReader(`{"id":"quake-1","text":"وقع `+word+` قوي"}`),
				"Authorization", "Bearer secret", "Content-Type", "application/json").Code
		}, 1},
		{"IngestPage", func() int {
			form := "token=secret&id=quake-2&text=" + urlq("ضرب "+word+" آخر")
			return do(t, h, "POST", "/ingest", strings.NewReader(form),
				"Content-Type", "application/x-www-form-urlencoded").Code
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := st.searches.Load()
			if code := tt.write(); code >= 300 {
				t.Fatalf("write: got status %d", code)
			}
			if got := count(); got != tt.wantHits {
				t.Errorf("got %d hits after the write, want %d", got, tt.wantHits)
			}
			if got := st.searches.Load() - before; got != 1 {
				t.Errorf("got %d store searches after the write, want 1", got)
			}
		})
	}
}

func TestCache_TTL(t *testing.T) {
	s, st, clock := cachingServer(t)
	h := s.Handler()
	search := func() {
		t.Helper()
		if w := do(t, h, "GET", "/api/search?q="+urlq("بكين"), nil); w.Code != 200 {
			t.Fatalf("got status %d", w.Code)
		}
	}
	search()
	clock.Add(5 * time.Second) // half the life: a hit
	search()
	if got := st.searches.Load(); got != 1 {
		t.Fatalf("got %d store searches within the TTL, want 1", got)
	}
	clock.Add(5*time.Second + time.Millisecond) // past it: computed again
	search()
	if got := st.searches.Load(); got != 2 {
		t.Fatalf("got %d store searches past the TTL, want 2", got)
	}
	// In the last fifth of its life the entry is served and refreshed in
	// the background, once.
	clock.Add(9 * time.Second)
	search()
	search()
	waitFor(t, func() bool { return st.searches.Load() == 3 })
	clock.Add(2 * time.Second) // past the first entry's life, within the new one's
	search()
	if got := st.searches.Load(); got != 3 {
		t.Errorf("got %d store searches after the refresh, want 3", got)
	}
}

// waitFor polls cond for up to five seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 500 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not met in 5s")
}

func TestCache_Disabled(t *testing.T) {
	tests := []struct {
		name  string
		bytes int64
		ttl   time.Duration
	}{
		{"NegativeBytes", -1, 0},
		{"NegativeTTL", 0, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, st, _ := cachingServer(t)
			s.CacheBytes, s.CacheTTL = tt.bytes, tt.ttl
			h := s.Handler()
			for range 2 {
				if w := do(t, h, "GET", "/api/search?q="+urlq("بكين"), nil); w.Code != 200 || w.Header().Get("ETag") != "" {
					t.Fatalf("got status %d, ETag %q; want 200 and none", w.Code, w.Header().Get("ETag"))
				}
			}
			if got := st.searches.Load(); got != 2 {
				t.Errorf("got %d store searches, want 2", got)
			}
		})
	}
}

// constant returns a compute function that answers body and counts its
// calls.
func constant(body string, calls *atomic.Int64) func(context.Context) ([]byte, error) {
	return func(context.Context) ([]byte, error) {
		calls.Add(1)
		return []byte(body), nil
	}
}

func TestResponseCache_SizeBound(t *testing.T) {
	const budget = 16 << 10
	c := newResponseCache(budget, time.Minute, time.Now)
	ctx := context.Background()
	var calls atomic.Int64
	body := strings.Repeat("x", 500) // about 700 bytes an entry with the overhead
	for i := range 100 {
		if _, err := c.get(ctx, fmt.Sprint("k", i), constant(body, &calls)); err != nil {
			t.Fatal(err)
		}
		// k0 is used all along, so it stays.
		if _, err := c.get(ctx, "k0", constant(body, &calls)); err != nil {
			t.Fatal(err)
		}
		if n, size := c.stats(); size > budget {
			t.Fatalf("after %d entries: got %d bytes in %d entries, want at most %d", i+1, size, n, budget)
		}
	}
	n, _ := c.stats()
	if n < 10 || n >= 100 {
		t.Errorf("got %d entries, want the budget's worth (10 to 99)", n)
	}
	before := calls.Load()
	c.get(ctx, "k0", constant(body, &calls))  // the most recently used
	c.get(ctx, "k99", constant(body, &calls)) // the newest
	if got := calls.Load() - before; got != 0 {
		t.Errorf("got %d computations of recent keys, want 0", got)
	}
	c.get(ctx, "k1", constant(body, &calls)) // the least recently used: evicted
	if got := calls.Load() - before; got != 1 {
		t.Errorf("got %d computations of an evicted key, want 1", got)
	}
	// An answer above a sixteenth of the budget is served, not stored.
	big := strings.Repeat("y", budget/8)
	for range 2 {
		e, err := c.get(ctx, "big", constant(big, &calls))
		if err != nil || len(e.body) != len(big) {
			t.Fatalf("got %v, want the big answer", err)
		}
	}
	if got := calls.Load() - before; got != 3 {
		t.Errorf("got %d computations, want 3: the big answer twice", got)
	}
}

func TestResponseCache_SingleFlight(t *testing.T) {
	c := newResponseCache(1<<20, time.Minute, time.Now)
	var calls atomic.Int64
	release := make(chan struct{})
	compute := func(context.Context) ([]byte, error) {
		calls.Add(1)
		<-release
		return []byte("answer"), nil
	}
	const n = 50
	var wg sync.WaitGroup
	var started sync.WaitGroup
	bodies := make([]string, n)
	started.Add(n)
	for i := range n {
		wg.Go(func() {
			started.Done()
			e, err := c.get(context.Background(), "q", compute)
			if err != nil {
				t.Error(err)
				return
			}
			bodies[i] = string(e.body)
		})
	}
	started.Wait()
	// A waiter whose request ends stops waiting, and the others still get
	// the answer.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.get(ctx, "q", compute); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v from a cancelled waiter, want context.Canceled", err)
	}
	time.Sleep(10 * time.Millisecond) // let the waiters reach the flight
	close(release)
	wg.Wait()
	if got := calls.Load(); got != 1 {
		t.Errorf("got %d computations for %d concurrent misses, want 1", got, n)
	}
	for i, b := range bodies {
		if b != "answer" {
			t.Fatalf("waiter %d: got %q, want %q", i, b, "answer")
		}
	}
}

func TestResponseCache_InvalidateDuringFlight(t *testing.T) {
	c := newResponseCache(1<<20, time.Minute, time.Now)
	var calls atomic.Int64
	release := make(chan struct{})
	old := func(context.Context) ([]byte, error) {
		calls.Add(1)
		<-release
		return []byte("before the write"), nil
	}
	done := make(chan *cacheEntry)
	go func() {
		e, _ := c.get(context.Background(), "q", old)
		done <- e
	}()
	waitFor(t, func() bool { return calls.Load() == 1 })
	c.invalidate() // a write returns while the old answer is computed
	// A request after the write does not join the old computation.
	e, err := c.get(context.Background(), "q", constant("after the write", &calls))
	if err != nil || string(e.body) != "after the write" {
		t.Fatalf("got %v, %v; want the answer after the write", e, err)
	}
	close(release)
	if e := <-done; string(e.body) != "before the write" {
		t.Errorf("the waiter from before the write got %q, want the old answer", e.body)
	}
	// The old answer was not stored over the new one.
	e, _ = c.get(context.Background(), "q", constant("again", &calls))
	if string(e.body) != "after the write" {
		t.Errorf("got %q, want the answer computed after the write", e.body)
	}
	if got := calls.Load(); got != 2 {
		t.Errorf("got %d computations, want 2", got)
	}
}

func TestSearchConcurrency(t *testing.T) {
	s, st := mustServer(t)
	gate := &gatedStore{memStore: st, release: make(chan struct{})}
	s.Store = gate
	s.SearchConcurrency = 2
	s.CacheBytes = -1
	h := s.Handler()
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() { do(t, h, "GET", fmt.Sprintf("/api/search?q=%s&offset=%d", urlq("بكين"), i), nil) })
	}
	waitFor(t, func() bool { return gate.running.Load() == 2 })
	time.Sleep(20 * time.Millisecond)
	if got := gate.most.Load(); got != 2 {
		t.Errorf("got %d searches at once, want 2", got)
	}
	close(gate.release)
	wg.Wait()
	if got := gate.most.Load(); got != 2 {
		t.Errorf("got at most %d searches at once, want 2", got)
	}
}

// gatedStore holds every search until release is closed, and records how
// many ran at once.
type gatedStore struct {
	*memStore
	release       chan struct{}
	running, most atomic.Int64
}

func (s *gatedStore) Search(ctx context.Context, q marsad.SearchQuery) ([]marsad.SearchHit, error) {
	n := s.running.Add(1)
	defer s.running.Add(-1)
	for {
		m := s.most.Load()
		if n <= m || s.most.CompareAndSwap(m, n) {
			break
		}
	}
	<-s.release
	return s.memStore.Search(ctx, q)
}

func TestCache_Views(t *testing.T) {
	s, _, _ := cachingServer(t)
	h := s.Handler()
	scans := func() string {
		w := do(t, h, "GET", "/api/entities?q=china", nil)
		if w.Code != 200 {
			t.Fatalf("got status %d: %s", w.Code, w.Body)
		}
		return w.Body.String()
	}
	a := scans()
	w := do(t, h, "GET", "/api/entities?q=china", nil)
	if w.Header().Get("ETag") == "" {
		t.Errorf("got no ETag on a computed view, want one")
	}
	// A document that names China changes the answer: the write empties
	// the cache.
	d := newDoc("cn-extra", "وكالة", "2024-05-17", "خبر", "قالت الصين اليوم").d
	d.Entities = []marsad.Entity{{ID: "Q148", Name: "China", Arabic: "الصين", Type: marsad.EntityCountry, Code: "CHN",
		Mentions: []marsad.Mention{{Text: "الصين", Span: marsad.Span{Start: 0, End: 1}}}}}
	s.Analyze = func(*marsad.Article) *marsad.Document { return d }
	if code := do(t, h, "POST", "/api/documents", strings.NewReader(`{"id":"cn-extra","text":"قالت الصين اليوم"}`),
		"Authorization", "Bearer secret").Code; code >= 300 {
		t.Fatalf("write: got status %d", code)
	}
	if b := scans(); b == a {
		t.Errorf("got the same entities answer %s after a write that adds a document, want a new one", b)
	}
}

func TestResponseCache_OneRefreshAtATime(t *testing.T) {
	clock := &fakeClock{t: time.Date(2024, 5, 16, 12, 0, 0, 0, time.UTC)}
	c := newResponseCache(1<<20, 10*time.Second, clock.Now)
	ctx := context.Background()
	var calls atomic.Int64
	release := make(chan struct{})
	slow := func(context.Context) ([]byte, error) {
		calls.Add(1)
		<-release
		return []byte("new"), nil
	}
	for _, k := range []string{"a", "b"} {
		c.get(ctx, k, constant("old", &calls))
	}
	clock.Add(9 * time.Second) // past both refresh times, within both lives
	for _, k := range []string{"a", "b", "a", "b"} {
		e, err := c.get(ctx, k, slow)
		if err != nil || string(e.body) != "old" {
			t.Fatalf("get %s: got %v, %v; want the old answer at once", k, e, err)
		}
	}
	waitFor(t, func() bool { return calls.Load() == 3 })
	time.Sleep(10 * time.Millisecond)
	if got := calls.Load(); got != 3 {
		t.Errorf("got %d computations, want 3: two first ones and one refresh", got)
	}
	close(release)
	waitFor(t, func() bool {
		e, _ := c.get(ctx, "a", constant("never", &calls))
		return string(e.body) == "new"
	})
}

func TestKeyFraction(t *testing.T) {
	for _, k := range []string{"", "a", "search\x00بكين\x0010\x000", strings.Repeat("z", 1000)} {
		if f := keyFraction(k); f < 0 || f >= 1 {
			t.Errorf("keyFraction(%q) = %v, want in [0, 1)", k, f)
		}
	}
}

func TestResponseCache_Panic(t *testing.T) {
	c := newResponseCache(1<<20, time.Minute, time.Now)
	_, err := c.get(context.Background(), "q", func(context.Context) ([]byte, error) { panic("bug") })
	if err == nil || !strings.Contains(err.Error(), "panic: bug") {
		t.Errorf("got %v, want the panic as an error", err)
	}
	if got := statusOf(err); got != http.StatusInternalServerError {
		t.Errorf("got status %d for a panic, want 500", got)
	}
}

package loadtest_test

import (
	"context"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/clean"
	"github.com/marsad-project/marsad/sample"
	"github.com/marsad-project/marsad/search"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/marsad-project/marsad/web"
	"github.com/marsad-project/marsad/web/loadtest"
)

// TestLoad_Store measures the web server on a large store: it builds a
// store of generated articles (as marsad bench generates them), serves it
// on a loopback listener and sends it the load of 200 concurrent clients,
// half searches and half documents. It takes minutes, so it runs only with
// MARSAD_LOADTEST=1. Other settings, all optional:
//
//	MARSAD_LOADTEST_ARTICLES    articles in the store (100000)
//	MARSAD_LOADTEST_DURATION    length of the load (30s)
//	MARSAD_LOADTEST_CONCURRENCY clients (200)
//	MARSAD_LOADTEST_DB          a store file to reuse, built when absent
//	MARSAD_LOADTEST_CPUPROFILE  write a CPU profile of the load there
//	MARSAD_LOADTEST_PAGES       share of requests sent to the HTML pages (0)
//	MARSAD_LOADTEST_READCONNS   the store's read connections (its default)
//	MARSAD_LOADTEST_BLOCKPROFILE write a block profile of the load there
//	MARSAD_LOADTEST_MUTEXPROFILE write a mutex profile of the load there
//
// It fails when a request fails or a p99 is over 100 ms.
func TestLoad_Store(t *testing.T) {
	if os.Getenv("MARSAD_LOADTEST") != "1" {
		t.Skip("set MARSAD_LOADTEST=1 to run the load test (minutes)")
	}
	n := envInt(t, "MARSAD_LOADTEST_ARTICLES", 100000)
	conc := envInt(t, "MARSAD_LOADTEST_CONCURRENCY", 200)
	dur := 30 * time.Second
	if s := os.Getenv("MARSAD_LOADTEST_DURATION"); s != "" {
		var err error
		if dur, err = time.ParseDuration(s); err != nil {
			t.Fatalf("MARSAD_LOADTEST_DURATION: %v", err)
		}
	}
	pageShare := 0.0
	if s := os.Getenv("MARSAD_LOADTEST_PAGES"); s != "" {
		var err error
		if pageShare, err = strconv.ParseFloat(s, 64); err != nil {
			t.Fatalf("MARSAD_LOADTEST_PAGES: %v", err)
		}
	}
	ctx := context.Background()
	corpus := newCorpus(t)

	path := os.Getenv("MARSAD_LOADTEST_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	_, statErr := os.Stat(path)
	db := sqlite.NewDB(path)
	db.Analyzer = search.Arabic{}
	if s := os.Getenv("MARSAD_LOADTEST_READCONNS"); s != "" {
		db.ReadConns = envInt(t, "MARSAD_LOADTEST_READCONNS", 0)
	}
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if stored, err := db.CountDocuments(ctx); err != nil {
		t.Fatal(err)
	} else if statErr == nil && stored == n {
		t.Logf("store: reusing %s with %d documents", path, stored)
	} else {
		start := time.Now()
		buildStore(t, ctx, db, corpus, n)
		t.Logf("store: built %d documents in %.1f s (%.0f/s) with %d cores",
			n, time.Since(start).Seconds(), float64(n)/time.Since(start).Seconds(), runtime.GOMAXPROCS(0))
	}
	size := int64(0)
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			size += fi.Size()
		}
	}
	t.Logf("store: %s, %.0f MiB", path, float64(size)/(1<<20))

	srv := httptest.NewServer(web.NewServer(db).Handler())
	t.Cleanup(srv.Close)

	ids := make([]string, n)
	for i := range ids {
		ids[i] = corpus.id(i)
	}
	queries := corpus.queries(300)
	t.Logf("load: %d clients for %v, %d queries (e.g. %q), %d ids, GOMAXPROCS %d",
		conc, dur, len(queries), queries[:3], len(ids), runtime.GOMAXPROCS(0))

	// Warm the page cache and the connection pool, untimed.
	if _, err := loadtest.Run(ctx, loadtest.Options{BaseURL: srv.URL, Concurrency: conc,
		MaxRequests: 400, Queries: queries, DocIDs: ids, Seed: 99}); err != nil {
		t.Fatal(err)
	}

	if p := os.Getenv("MARSAD_LOADTEST_CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	if p := os.Getenv("MARSAD_LOADTEST_BLOCKPROFILE"); p != "" {
		runtime.SetBlockProfileRate(int(time.Microsecond))
		defer writeProfile(t, "block", p)
	}
	if p := os.Getenv("MARSAD_LOADTEST_MUTEXPROFILE"); p != "" {
		runtime.SetMutexProfileFraction(10)
		defer writeProfile(t, "mutex", p)
	}
	r, err := loadtest.Run(ctx, loadtest.Options{
		BaseURL: srv.URL, Concurrency: conc, Duration: dur,
		Queries: queries, DocIDs: ids, PageShare: pageShare, Seed: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("load report:\n%s", b.String())
	if r.Errors > 0 {
		t.Errorf("got %d failed requests, want none: %v", r.Errors, r.ErrorExamples)
	}
	for kind, s := range r.ByKind {
		if s.P99 > 100*time.Millisecond {
			t.Errorf("%s: got p99 %v, want under 100ms", kind, s.P99)
		}
	}
}

// writeProfile writes the named runtime profile to path and stops its
// sampling.
func writeProfile(t *testing.T, name, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup(name).WriteTo(f, 0); err != nil {
		t.Fatal(err)
	}
	switch name {
	case "block":
		runtime.SetBlockProfileRate(0)
	case "mutex":
		runtime.SetMutexProfileFraction(0)
	}
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil || v <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return v
}

// buildStore generates, cleans and stores n articles in batches.
func buildStore(t *testing.T, ctx context.Context, db *sqlite.DB, c *corpus, n int) {
	t.Helper()
	cl := clean.New()
	const chunk = 4096
	docs := make([]*marsad.Document, 0, chunk)
	for start := 0; start < n; start += chunk {
		docs = docs[:0]
		for i := start; i < min(start+chunk, n); i++ {
			docs = append(docs, cl.Clean(c.at(i)))
		}
		res, err := db.PutDocuments(ctx, docs)
		if err != nil {
			t.Fatalf("store articles %d..: %v", start, err)
		}
		for i, r := range res {
			if r != marsad.PutNew {
				t.Fatalf("store %s: got %v, want new", docs[i].ID(), r)
			}
		}
	}
	if err := db.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
}

// corpus generates articles of about 5 KB with sample.Generator, as marsad
// bench does: article i is the same in every run.
type corpus struct{ gen sample.Generator }

func newCorpus(t *testing.T) *corpus {
	t.Helper()
	return &corpus{gen: sample.Generator{Size: 5000, Seed: 2, Prefix: "load", Source: "loadtest"}}
}

func (c *corpus) id(i int) string { return c.gen.ID(i) }

func (c *corpus) at(i int) *marsad.Article { return c.gen.Article(i) }

// stopword reports whether the search analyser drops word from queries:
// a query of it alone has nothing to search for, and the API answers 400.
func stopword(word string) bool {
	var a search.Arabic
	terms := a.Terms(word)
	return len(terms) != 1 || a.Stopword(terms[0].Key)
}

// queries returns k search texts: words of at least four letters that are
// not stopwords, half of
// them the most frequent of the corpus and half drawn from the rest, and
// every third of them followed by a second word.
func (c *corpus) queries(k int) []string {
	count := map[string]int{}
	for i := range 200 {
		a := c.at(i)
		for _, t := range arabic.Tokenize(a.Text) {
			if t.Kind == arabic.Word && t.End-t.Start >= 8 && !stopword(t.Text(a.Text)) {
				count[t.Text(a.Text)]++
			}
		}
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	slices.Sort(words)
	slices.SortStableFunc(words, func(a, b string) int { return count[b] - count[a] })
	out := slices.Clone(words[:min(len(words), k/2)])
	rest := words[len(out):]
	rng := rand.New(rand.NewPCG(3, 5))
	for len(out) < k && len(rest) > 0 {
		out = append(out, rest[rng.IntN(len(rest))])
	}
	for i := 2; i < len(out); i += 3 {
		out[i] += " " + words[rng.IntN(len(words))]
	}
	return out
}

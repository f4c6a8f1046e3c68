// Package loadtest is a bounded, closed-loop HTTP load generator for
// marsad's web server, and the report of a run.
//
// Run starts Options.Concurrency workers; each issues requests back to
// back, waiting for the whole answer before the next one, until
// Options.Duration has passed or Options.MaxRequests requests have been
// issued. A request is a search (GET /api/search?q=…&limit=10) or a
// document (GET /api/documents/{id}), chosen at random with
// Options.SearchShare; Options.PageShare sends some of them to the HTML
// pages (/search?q=…, /documents/{id}) instead. Each answer's body is read
// to its end, so a latency is that of the whole answer, and connections
// are reused.
package loadtest

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
)

// Defaults of Options.
const (
	DefaultConcurrency = 200
	DefaultSearchShare = 0.5
	// DefaultTimeout is the per-request timeout of the client Run builds.
	DefaultTimeout = 30 * time.Second
)

// The kinds of request, the keys of Report.ByKind.
const (
	KindSearch   = "search"
	KindDocument = "document"
)

// maxErrorExamples bounds Report.ErrorExamples.
const maxErrorExamples = 5

// Options configure a run. At least one of Duration and MaxRequests must be
// set, and at least one of Queries and DocIDs.
type Options struct {
	// BaseURL is the server's root, such as "http://127.0.0.1:8080".
	BaseURL string
	// Concurrency is the number of workers, each with one request in
	// flight at a time; 0 means DefaultConcurrency.
	Concurrency int
	// Duration bounds the run in time; 0 means no time bound.
	Duration time.Duration
	// MaxRequests bounds the number of requests issued; 0 means no bound.
	MaxRequests int
	// Queries are the search texts, drawn uniformly.
	Queries []string
	// DocIDs are the document ids, drawn uniformly.
	DocIDs []string
	// SearchShare is the share of requests that are searches; 0 means
	// DefaultSearchShare. With no Queries every request is a document, and
	// with no DocIDs every request is a search.
	SearchShare float64
	// PageShare is the share of requests, of either kind, sent to the HTML
	// page rather than to the JSON API; 0 means none.
	PageShare float64
	// Seed seeds the random choices; the same seed draws the same
	// sequence for each worker.
	Seed uint64
	// Client sends the requests. Nil means a client whose Transport keeps
	// Concurrency idle connections to the host, with DefaultTimeout.
	Client *http.Client
}

// Report is the outcome of a run. A request in flight when Duration ends
// is waited for and counted, so slow answers are not left out; requests
// cut short by the caller's context are not counted.
type Report struct {
	Requests, Errors int
	// ByKind holds the figures of each kind of request that was sent:
	// KindSearch, KindDocument.
	ByKind map[string]Stats
	// Total holds the figures of all requests together.
	Total Stats
	// Duration is the time from the start of the run to the end of its
	// last request.
	Duration time.Duration
	// ErrorExamples are up to five distinct error messages, for diagnosis.
	ErrorExamples []string
}

// Stats are the figures of a set of requests. Latencies include the time
// to read the body; percentiles are nearest-rank over every request,
// failed ones included.
type Stats struct {
	Count, Errors      int
	P50, P90, P99, Max time.Duration
	RPS                float64 // Count per second of Report.Duration
}

// sample is the outcome of one request.
type sample struct {
	kind uint8 // index into kinds
	err  bool
	d    time.Duration
}

var kinds = [...]string{KindSearch, KindDocument}

// Run sends the load that o describes and returns its report. An error
// status (≥ 400) or a transport error counts as an error of the request; Run
// itself fails only on invalid options (EINVALID) or when ctx ends before
// the run does, in which case it returns the report so far with ctx's error.
func Run(ctx context.Context, o Options) (Report, error) {
	if err := o.check(); err != nil {
		return Report{}, err
	}
	if o.Concurrency == 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.SearchShare == 0 {
		o.SearchShare = DefaultSearchShare
	}
	switch {
	case len(o.Queries) == 0:
		o.SearchShare = 0
	case len(o.DocIDs) == 0:
		o.SearchShare = 1
	}
	client := o.Client
	if client == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConns = o.Concurrency
		tr.MaxIdleConnsPerHost = o.Concurrency
		client = &http.Client{Transport: tr, Timeout: DefaultTimeout}
		defer tr.CloseIdleConnections()
	}
	base := strings.TrimRight(o.BaseURL, "/")

	runCtx := ctx
	if o.Duration > 0 {
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeout(ctx, o.Duration)
		defer cancel()
	}

	var issued atomic.Int64
	var mu sync.Mutex
	var all []sample
	var examples []string
	var wg sync.WaitGroup
	start := time.Now()
	var end atomic.Int64 // nanoseconds after start of the last completed request
	for w := range o.Concurrency {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(o.Seed, uint64(w)))
			var mine []sample
			var errs []string
			buf := make([]byte, 32<<10)
			for runCtx.Err() == nil {
				if o.MaxRequests > 0 && issued.Add(1) > int64(o.MaxRequests) {
					break
				}
				kind, u := o.pick(rng, base)
				t0 := time.Now()
				msg := get(ctx, client, u, buf)
				d := time.Since(t0)
				if msg != "" && ctx.Err() != nil {
					break // cut short by the caller: not a sample
				}
				mine = append(mine, sample{kind: kind, err: msg != "", d: d})
				if msg != "" && len(errs) < maxErrorExamples {
					errs = append(errs, msg)
				}
				for {
					e, now := end.Load(), int64(time.Since(start))
					if now <= e || end.CompareAndSwap(e, now) {
						break
					}
				}
			}
			mu.Lock()
			all = append(all, mine...)
			for _, m := range errs {
				if len(examples) < maxErrorExamples && !slices.Contains(examples, m) {
					examples = append(examples, m)
				}
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	r := report(all, time.Duration(end.Load()))
	r.ErrorExamples = examples
	return r, ctx.Err()
}

// check validates the options.
func (o *Options) check() error {
	switch {
	case o.BaseURL == "":
		return marsad.Errorf(marsad.EINVALID, "loadtest: no BaseURL")
	case o.Concurrency < 0:
		return marsad.Errorf(marsad.EINVALID, "loadtest: negative Concurrency")
	case o.Duration < 0 || o.MaxRequests < 0:
		return marsad.Errorf(marsad.EINVALID, "loadtest: negative Duration or MaxRequests")
	case o.Duration == 0 && o.MaxRequests == 0:
		return marsad.Errorf(marsad.EINVALID, "loadtest: unbounded run: set Duration or MaxRequests")
	case len(o.Queries) == 0 && len(o.DocIDs) == 0:
		return marsad.Errorf(marsad.EINVALID, "loadtest: no Queries and no DocIDs")
	case o.SearchShare < 0 || o.SearchShare > 1 || o.PageShare < 0 || o.PageShare > 1:
		return marsad.Errorf(marsad.EINVALID, "loadtest: SearchShare and PageShare must be in [0, 1]")
	}
	if _, err := url.Parse(o.BaseURL); err != nil {
		return marsad.Errorf(marsad.EINVALID, "loadtest: BaseURL: %v", err)
	}
	return nil
}

// pick draws the next request: its kind and URL.
func (o *Options) pick(rng *rand.Rand, base string) (uint8, string) {
	page := o.PageShare > 0 && rng.Float64() < o.PageShare
	if rng.Float64() < o.SearchShare {
		q := url.QueryEscape(o.Queries[rng.IntN(len(o.Queries))])
		if page {
			return 0, base + "/search?q=" + q
		}
		return 0, base + "/api/search?q=" + q + "&limit=10"
	}
	id := url.PathEscape(o.DocIDs[rng.IntN(len(o.DocIDs))])
	if page {
		return 1, base + "/documents/" + id
	}
	return 1, base + "/api/documents/" + id
}

// get fetches u and reads the body to its end. It returns "" on success
// and a description of the failure otherwise.
func get(ctx context.Context, c *http.Client, u string, buf []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err.Error()
	}
	resp, err := c.Do(req)
	if err != nil {
		return err.Error()
	}
	_, err = io.CopyBuffer(io.Discard, struct{ io.Reader }{resp.Body}, buf)
	resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fmt.Sprintf("GET %s: %s", u, resp.Status)
	}
	if err != nil {
		return fmt.Sprintf("GET %s: reading the body: %v", u, err)
	}
	return ""
}

// report computes the figures of the samples of a run that lasted d.
func report(all []sample, d time.Duration) Report {
	r := Report{ByKind: map[string]Stats{}, Duration: d}
	var by [len(kinds)][]time.Duration
	var errs [len(kinds)]int
	total := make([]time.Duration, 0, len(all))
	for _, s := range all {
		by[s.kind] = append(by[s.kind], s.d)
		total = append(total, s.d)
		if s.err {
			errs[s.kind]++
			r.Errors++
		}
	}
	r.Requests = len(all)
	for k, ds := range by {
		if len(ds) > 0 {
			r.ByKind[kinds[k]] = stats(ds, errs[k], d)
		}
	}
	r.Total = stats(total, r.Errors, d)
	return r
}

// stats computes the figures of latencies ds (reordered) over a run of d.
func stats(ds []time.Duration, errs int, d time.Duration) Stats {
	s := Stats{Count: len(ds), Errors: errs}
	if len(ds) == 0 {
		return s
	}
	slices.Sort(ds)
	s.P50, s.P90, s.P99 = percentile(ds, 0.50), percentile(ds, 0.90), percentile(ds, 0.99)
	s.Max = ds[len(ds)-1]
	if d > 0 {
		s.RPS = float64(len(ds)) / d.Seconds()
	}
	return s
}

// percentile returns the nearest-rank p-quantile of sorted: the smallest
// value with at least p of the values at or below it.
func percentile(sorted []time.Duration, p float64) time.Duration {
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// WriteText writes the report as an aligned table: one row per kind and
// one for the total, then the error examples.
func (r Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "kind\trequests\terrors\trps\tp50\tp90\tp99\tmax\t\n")
	row := func(name string, s Stats) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.0f\t%s\t%s\t%s\t%s\t\n", name, s.Count, s.Errors, s.RPS,
			ms(s.P50), ms(s.P90), ms(s.P99), ms(s.Max))
	}
	for _, k := range kinds {
		if s, ok := r.ByKind[k]; ok {
			row(k, s)
		}
	}
	row("total", r.Total)
	if err := tw.Flush(); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "%d requests in %.1f s, %d errors\n", r.Requests, r.Duration.Seconds(), r.Errors); err != nil {
		return err
	}
	for _, e := range r.ErrorExamples {
		if _, err := fmt.Fprintf(w, "error: %s\n", e); err != nil {
			return err
		}
	}
	return nil
}

// ms formats d in milliseconds with two decimals.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000)
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/pipeline"
	"github.com/marsad-project/marsad/sample"
	"github.com/spf13/cobra"
)

// BenchResult holds the figures of one bench run.
type BenchResult struct {
	Articles        int     `json:"articles"`
	ArticleBytes    int     `json:"article_bytes"`
	AnalyzePerSec   float64 `json:"analyze_articles_per_sec_one_core"`
	IngestSeconds   float64 `json:"ingest_seconds"`
	IngestWorkers   int     `json:"ingest_workers"`
	SearchQueries   int     `json:"search_queries"`
	SearchP50Millis float64 `json:"search_p50_ms"`
	SearchP99Millis float64 `json:"search_p99_ms"`
	PeakRSSMiB      float64 `json:"peak_rss_mib"`
}

func (m *Main) benchCommand() *cobra.Command {
	var n, size, queries int
	var dir, cpuprofile, memprofile string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure analysis, ingest and search speed on a generated corpus",
		Long: `bench generates a corpus of Arabic articles of about --size bytes from the sentences
of the bundled sample corpus, dated over two years (or reads the articles under
--corpus), and measures:
analyze on one core (articles/s), ingest into a fresh store with all cores (seconds),
search latency on that store (p50, p99) and the peak resident memory of the process.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if n <= 0 || size <= 0 {
				return marsad.Errorf(marsad.EINVALID, "--articles and --size must be positive")
			}
			if cpuprofile != "" {
				f, err := os.Create(cpuprofile)
				if err != nil {
					return fmt.Errorf("bench: %w", err)
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("bench: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			res, err := m.bench(cmd, n, size, queries, dir, memprofile)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(m.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			fmt.Fprintf(m.Stdout, "articles            %d of ~%d bytes\n", res.Articles, res.ArticleBytes)
			fmt.Fprintf(m.Stdout, "analyze, one core   %.0f articles/s\n", res.AnalyzePerSec)
			fmt.Fprintf(m.Stdout, "ingest, %d workers   %.1f s into a fresh store (%.0f articles/s)\n", res.IngestWorkers, res.IngestSeconds, float64(res.Articles)/res.IngestSeconds)
			fmt.Fprintf(m.Stdout, "search              p50 %.2f ms, p99 %.2f ms over %d queries\n", res.SearchP50Millis, res.SearchP99Millis, res.SearchQueries)
			fmt.Fprintf(m.Stdout, "peak memory         %.0f MiB resident\n", res.PeakRSSMiB)
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "articles", 20000, "how many articles to generate")
	cmd.Flags().IntVar(&size, "size", 5000, "bytes per generated article")
	cmd.Flags().IntVar(&queries, "queries", 500, "how many searches to time")
	cmd.Flags().StringVar(&dir, "corpus", "", "read the articles under this path instead of generating them")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON")
	cmd.Flags().StringVar(&cpuprofile, "cpuprofile", "", "write a CPU profile of the run to this file")
	cmd.Flags().StringVar(&memprofile, "memprofile", "", "write a heap profile at the end of the ingest to this file")
	return cmd
}

func (m *Main) bench(cmd *cobra.Command, n, size, queries int, dir, memprofile string) (BenchResult, error) {
	ctx := cmd.Context()
	corpus, err := newBenchCorpus(ctx, n, size, dir)
	if err != nil {
		return BenchResult{}, err
	}
	res := BenchResult{Articles: corpus.n, SearchQueries: queries}

	// analyze on one core: one goroutine, the corpus statistics learnt
	// first, only the analysis timed.
	p, err := m.newPipeline(marsad.Date{})
	if err != nil {
		return res, err
	}
	total := 0
	for a := range corpus.all() {
		p.Observe(a)
		total += len(a.Text)
	}
	res.ArticleBytes = total / corpus.n
	var spent time.Duration
	for a := range corpus.all() {
		start := time.Now()
		p.Analyze(a)
		spent += time.Since(start)
	}
	res.AnalyzePerSec = float64(corpus.n) / spent.Seconds()

	// ingest into a fresh store with every core, as marsad ingest does,
	// with its memory limit.
	defer limitMemory()()
	tmp, err := os.MkdirTemp("", "marsad-bench-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(tmp)
	m.DBPath = filepath.Join(tmp, "bench.db")
	db, err := m.openStore()
	if err != nil {
		return res, err
	}
	res.IngestWorkers = runtime.GOMAXPROCS(0)
	if p, err = m.newPipeline(marsad.Date{}); err != nil {
		return res, err
	}
	seq := func(yield func(*marsad.Article, error) bool) {
		for a := range corpus.all() {
			if !yield(a, nil) {
				return
			}
		}
	}
	start := time.Now()
	var c IngestCounts
	stories, err := openStories(ctx, db)
	if err != nil {
		return res, err
	}
	st := &storer{db: db, m: m, counts: &c, stories: stories}
	err = p.Stream(ctx, observe(p, iter.Seq2[*marsad.Article, error](seq)), 0, func(r pipeline.Result) error {
		return st.add(ctx, r.Doc)
	})
	if err == nil {
		err = st.flush(ctx)
	}
	if err == nil && c.New != corpus.n {
		err = fmt.Errorf("stored %s, want %d new", c, corpus.n)
	}
	if err != nil {
		return res, fmt.Errorf("bench ingest: %w", err)
	}
	res.IngestSeconds = time.Since(start).Seconds()
	if memprofile != "" {
		// At the end of the ingest, while the story clusterer still holds
		// its state: what the heap holds at its largest.
		if err := writeHeapProfile(memprofile); err != nil {
			return res, err
		}
		runtime.KeepAlive(st)
	}

	// search latency: one- and two-word queries drawn from the vocabulary.
	words := queryWords(corpus, 300)
	rng := rand.New(rand.NewPCG(7, 11))
	lat := make([]time.Duration, 0, queries)
	for i := range queries {
		q := words[rng.IntN(len(words))]
		if i%3 == 1 {
			q += " " + words[rng.IntN(len(words))]
		}
		t := time.Now()
		if _, err := db.Search(ctx, marsad.SearchQuery{Text: q, Limit: 10}); err != nil && marsad.ErrorCode(err) != marsad.EINVALID {
			return res, fmt.Errorf("bench search %q: %w", q, err)
		}
		lat = append(lat, time.Since(t))
	}
	slices.Sort(lat)
	if len(lat) > 0 {
		res.SearchP50Millis = float64(lat[len(lat)/2].Microseconds()) / 1000
		res.SearchP99Millis = float64(lat[len(lat)*99/100].Microseconds()) / 1000
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		res.PeakRSSMiB = float64(ru.Maxrss) / 1024
	}
	return res, nil
}

// benchCorpus is the corpus of a bench run: generated article by article
// on demand (sample.Generator), so that memory measures marsad and not the
// corpus, or read from a folder.
type benchCorpus struct {
	n    int
	gen  sample.Generator
	read []*marsad.Article
}

func newBenchCorpus(ctx context.Context, n, size int, dir string) (*benchCorpus, error) {
	if dir != "" {
		c := &benchCorpus{}
		for a, err := range ingest.Read(ctx, dir, ingest.DefaultOptions()) {
			if err == nil {
				c.read = append(c.read, a)
			}
		}
		if len(c.read) == 0 {
			return nil, marsad.Errorf(marsad.EINVALID, "no readable articles under %s", dir)
		}
		c.n = len(c.read)
		return c, nil
	}
	// Seed 2 is the corpus bench has always measured.
	return &benchCorpus{n: n, gen: sample.Generator{Size: size, Seed: 2, Prefix: "bench", Source: "bench"}}, nil
}

// at returns article i: the same article for the same i in every run.
func (c *benchCorpus) at(i int) *marsad.Article {
	if c.read != nil {
		return c.read[i]
	}
	return c.gen.Article(i)
}

// all yields the articles in order.
func (c *benchCorpus) all() iter.Seq[*marsad.Article] {
	return func(yield func(*marsad.Article) bool) {
		for i := range c.n {
			if !yield(c.at(i)) {
				return
			}
		}
	}
}

// queryWords picks up to k Arabic words of the corpus as queries: distinct
// words of at least four letters, half of them the most frequent and half
// drawn from the rest of the vocabulary.
func queryWords(c *benchCorpus, k int) []string {
	count := map[string]int{}
	for i := range min(c.n, 200) {
		a := c.at(i)
		for _, t := range arabic.Tokenize(a.Text) {
			if t.Kind == arabic.Word && t.End-t.Start >= 8 {
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
	if len(words) == 0 {
		return []string{"الحكومة"}
	}
	out := slices.Clone(words[:min(len(words), k/2)])
	rest := words[len(out):]
	rng := rand.New(rand.NewPCG(3, 5))
	for range k - len(out) {
		if len(rest) == 0 {
			break
		}
		out = append(out, rest[rng.IntN(len(rest))])
	}
	return out
}

// writeHeapProfile writes a profile of the live heap to path, after a
// garbage collection so that it is up to date.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("bench: %w", err)
	}
	return f.Close()
}

package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/storetest"
)

// BenchmarkPutDocument stores new 5 KB documents one at a time, the
// analysis included.
func BenchmarkPutDocument(b *testing.B) {
	db := MustOpenDB(b)
	docs := storetest.GenerateDocuments(2000, 1, 5000)
	ctx := context.Background()
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		doc := *docs[i%len(docs)]
		doc.Article.ID = doc.Article.ID + "-" + itoa(i)
		doc.Hash = doc.Article.Hash()
		if _, err := db.PutDocument(ctx, &doc); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	for {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			return string(b[n:])
		}
	}
}

// BenchmarkPutDocuments_20k ingests 20,000 documents of 5 KB into a fresh
// store with PutDocuments, the analysis included; the target is 60 s.
func BenchmarkPutDocuments_20k(b *testing.B) {
	docs := storetest.GenerateDocuments(20000, 1, 5000)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db := NewDB(filepath.Join(b.TempDir(), "ingest.db"))
		db.Analyzer = testAnalyzer
		if err := db.Open(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := db.PutDocuments(ctx, docs); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		if fi, err := os.Stat(db.Path); err == nil {
			b.ReportMetric(float64(fi.Size())/(1<<20), "MB")
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// searchDB builds, once per process, a store of 20,000 generated
// documents for the search benchmarks.
var searchDB struct {
	path string
	err  error
}

func openSearchDB(b *testing.B) *DB {
	b.Helper()
	if searchDB.path == "" && searchDB.err == nil {
		dir, err := os.MkdirTemp("", "marsad-bench-")
		if err != nil {
			b.Fatal(err)
		}
		searchDB.path = filepath.Join(dir, "search.db")
		db := NewDB(searchDB.path)
		db.Analyzer = testAnalyzer
		if searchDB.err = db.Open(); searchDB.err == nil {
			_, searchDB.err = db.PutDocuments(context.Background(), storetest.GenerateDocuments(20000, 1, 5000))
			if searchDB.err == nil {
				searchDB.err = db.Optimize(context.Background())
			}
			db.Close()
		}
	}
	if searchDB.err != nil {
		b.Fatal(searchDB.err)
	}
	b.Cleanup(func() {}) // the file is left for the next benchmark of the process
	db := NewDB(searchDB.path)
	db.Analyzer = testAnalyzer
	if err := db.Open(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSearch runs generated queries (one to three words, some
// phrases) against 20,000 documents of 5 KB, snippets included, and
// reports the median and 99th percentile latencies.
func BenchmarkSearch(b *testing.B) {
	db := openSearchDB(b)
	qs := storetest.Queries(500, 7)
	ctx := context.Background()
	var lat []time.Duration
	i := 0
	hits := 0
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		h, err := db.Search(ctx, marsad.SearchQuery{Text: qs[i%len(qs)]})
		if err != nil {
			b.Fatalf("Search(%q): %v", qs[i%len(qs)], err)
		}
		lat = append(lat, time.Since(start))
		hits += len(h)
		i++
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(hits)/float64(i), "hits/op")
}

// BenchmarkSearch_MatchOnly runs the queries of BenchmarkSearch through
// the FTS5 match and bm25 ranking only, without reading the documents or
// making snippets: the engine's share.
func BenchmarkSearch_MatchOnly(b *testing.B) {
	db := openSearchDB(b)
	qs := storetest.Queries(500, 7)
	exprs := make([]string, len(qs))
	for i, q := range qs {
		var err error
		if exprs[i], _, err = db.matchExpr(q); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		rows, err := db.r.Query(`SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 20`, exprs[i%len(exprs)])
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
		}
		rows.Close()
		lat = append(lat, time.Since(start))
		i++
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	var fts, all float64
	if err := db.r.QueryRow(`SELECT sum(pgsize) FILTER (WHERE name LIKE 'documents_fts%'), sum(pgsize) FROM dbstat`).Scan(&fts, &all); err == nil {
		b.ReportMetric(fts/(1<<20), "fts-MB")
		b.ReportMetric(all/(1<<20), "db-MB")
	}
}

package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/storetest"
)

// analysedDocuments returns n generated documents of about 5 KB with the
// annotations an analysed document has: entities with mentions, events,
// quotes and figures whose strings are the text under their spans, the
// way the analysis stages leave them, and sentence spans.
func analysedDocuments(n int) []*marsad.Document {
	docs := storetest.GenerateDocuments(n, 1, 5000)
	for _, d := range docs {
		text := d.Article.Text
		for i, l := range d.Body {
			d.Sentences = append(d.Sentences, l.Span)
			sp := marsad.Span{Start: l.Span.Start, End: l.Span.Start + min(l.Span.Len(), 12)}
			for sp.End < len(text) && text[sp.End]&0xC0 == 0x80 {
				sp.End++ // whole characters
			}
			d.Entities = append(d.Entities, marsad.Entity{ID: marsad.QID(fmt.Sprintf("Q%d", 100+i)),
				Name: "Name", Arabic: text[sp.Start:sp.End], Type: marsad.EntityPerson,
				Mentions: []marsad.Mention{{Text: text[sp.Start:sp.End], Span: sp}}})
			d.Events = append(d.Events, marsad.Event{Source: "Q100", SourceCode: "SYR", Type: "CONSULT",
				Modality: marsad.Asserted, Evidence: l.Text, EvidenceSpan: l.Span})
			if i%3 == 0 {
				d.Quotes = append(d.Quotes, marsad.Quote{Speaker: "Q100", Text: l.Text, Span: l.Span})
				d.Figures = append(d.Figures, marsad.Figure{Value: 3, Unit: "PERSON", Qualifier: marsad.Exact,
					Subject: "killed", Evidence: text[sp.Start:sp.End], EvidenceSpan: sp})
			}
		}
		d.Boilerplate = append(d.Boilerplate, marsad.Line{Text: "اقرأ أيضا", Span: marsad.Span{}, Kind: marsad.BoilerTeaser})
	}
	return docs
}

// BenchmarkDocument reads 5 KB documents by id from a store of 500:
// cleaned ones (text, lines and sentences, as the load test stores) and
// analysed ones (with annotations too), stored in the lean encoding and in
// the legacy one (the whole document as JSON, as before migration 004).
func BenchmarkDocument(b *testing.B) {
	cleaned := storetest.GenerateDocuments(500, 1, 5000)
	for _, d := range cleaned {
		for _, l := range d.Body {
			d.Sentences = append(d.Sentences, l.Span)
		}
	}
	for _, bc := range []struct {
		name string
		docs []*marsad.Document
	}{
		{"Cleaned", cleaned},
		{"Analysed", analysedDocuments(500)},
	} {
		db := MustOpenDB(b)
		ctx := context.Background()
		if _, err := db.PutDocuments(ctx, bc.docs); err != nil {
			b.Fatal(err)
		}
		for _, legacy := range []bool{false, true} {
			name := bc.name + "/Lean"
			if legacy {
				name = bc.name + "/Legacy"
				for _, d := range bc.docs {
					data, err := json.Marshal(d)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := db.w.Exec(`UPDATE documents SET enc = ?, data = ?, text = NULL WHERE id = ?`,
						encLegacy, data, d.ID()); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.Run(name, func(b *testing.B) {
				i := 0
				b.ReportAllocs()
				for b.Loop() {
					if _, err := db.Document(ctx, bc.docs[i%len(bc.docs)].ID()); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		}
	}
}

// BenchmarkDocument_Store reads documents drawn at random from the store
// named by MARSAD_SQLITE_BENCH_DB (a copy of a load-test store: ids
// load-000000 and on), from 4 goroutines, with no memory map and with maps
// of 256 MiB and 2 GiB per read connection, and reports the file pages
// resident in the process at the end (rss-file-MiB: mapped pages the
// connections touched). It is skipped without the variable.
func BenchmarkDocument_Store(b *testing.B) {
	path := os.Getenv("MARSAD_SQLITE_BENCH_DB")
	if path == "" {
		b.Skip("set MARSAD_SQLITE_BENCH_DB to a load-test store")
	}
	for _, bc := range []struct {
		name string
		mmap int64
	}{{"NoMmap", 0}, {"Mmap256MiB", 256 << 20}, {"Mmap2GiB", 2 << 30}} {
		b.Run(bc.name, func(b *testing.B) {
			db := NewDB(path)
			db.Analyzer = testAnalyzer
			db.MmapSize = bc.mmap
			if err := db.Open(); err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			n, err := db.CountDocuments(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			var seed atomic.Uint64
			b.ReportAllocs()
			b.SetParallelism(2) // 2×GOMAXPROCS goroutines, as many as read connections
			b.RunParallel(func(pb *testing.PB) {
				r := rand.New(rand.NewPCG(seed.Add(1), 7))
				for pb.Next() {
					id := fmt.Sprintf("load-%06d", r.IntN(n))
					if _, err := db.Document(context.Background(), id); err != nil {
						b.Error(err)
						return
					}
				}
			})
			if kib, ok := procStatus("RssFile"); ok {
				b.ReportMetric(float64(kib)/1024, "rss-file-MiB")
			}
		})
	}
}

// procStatus returns the value in KiB of the field of /proc/self/status
// (Linux), or false.
func procStatus(field string) (int, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n, err == nil
		}
	}
	return 0, false
}

// BenchmarkSearch_Store runs frequent-word searches on the store named by
// MARSAD_SQLITE_BENCH_DB (skipped without it), as the load test's first
// requests for each query do.
func BenchmarkSearch_Store(b *testing.B) {
	path := os.Getenv("MARSAD_SQLITE_BENCH_DB")
	if path == "" {
		b.Skip("set MARSAD_SQLITE_BENCH_DB to a load-test store")
	}
	db := NewDB(path)
	db.Analyzer = testAnalyzer
	if err := db.Open(); err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	qs := []string{"العام", "البلدين", "الخارجية تنتقل", "الرئيس", "وزير", "الحدود البرية"}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.Search(context.Background(), marsad.SearchQuery{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkEncodeDocument encodes an analysed 5 KB document for storage:
// the lean record, and the whole JSON that was stored before migration
// 004.
func BenchmarkEncodeDocument(b *testing.B) {
	doc := analysedDocuments(1)[0]
	b.Run("Lean", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, _, err := encodeDocument(doc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("JSON", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(doc); err != nil {
				b.Fatal(err)
			}
		}
	})
}

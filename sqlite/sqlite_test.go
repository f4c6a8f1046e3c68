package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/search"
	"github.com/marsad-project/marsad/storetest"
)

// MustOpenDB opens a DB in a new temporary directory, or at path when one
// is given, and closes it when the test ends.
func MustOpenDB(tb testing.TB, path ...string) *DB {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), "marsad.db")
	if len(path) > 0 {
		p = path[0]
	}
	db := NewDB(p)
	db.Analyzer = testAnalyzer
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

func TestDB(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) marsad.Store { return MustOpenDB(tb) })
}

func TestOpen_Migrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	want := ms[len(ms)-1].version
	for i := range 2 {
		db := MustOpenDB(t, path)
		v, err := db.Version(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if v != want {
			t.Errorf("open %d: version %d, want %d", i, v, want)
		}
		var n int
		if err := db.r.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(ms) {
			t.Errorf("open %d: %d migrations recorded, want %d", i, n, len(ms))
		}
		if i == 0 {
			if _, err := db.PutDocument(context.Background(), storetest.NewDocument("a", "x", "", "عنوان", "نص")); err != nil {
				t.Fatal(err)
			}
		} else if n, err := db.CountDocuments(context.Background()); err != nil || n != 1 {
			t.Errorf("reopened: CountDocuments = %d, %v; want 1", n, err)
		}
		db.Close()
	}
}

func TestOpen_Invalid(t *testing.T) {
	for _, tc := range []struct {
		name string
		db   *DB
	}{
		{"NoPath", &DB{Analyzer: search.Arabic{}}},
		{"NoAnalyzer", NewDB(filepath.Join(t.TempDir(), "x.db"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.db.Open(); marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("Open: got error %v, want EINVALID", err)
			}
		})
	}
}

func TestDB_Pragmas(t *testing.T) {
	db := MustOpenDB(t)
	for _, tc := range []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"synchronous", "1"},
		{"foreign_keys", "1"},
		{"busy_timeout", "10000"},
	} {
		var got string
		if err := db.r.QueryRow("PRAGMA " + tc.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("PRAGMA %s = %s, want %s", tc.pragma, got, tc.want)
		}
	}
}

func TestDB_Times(t *testing.T) {
	db := MustOpenDB(t)
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	ctx := context.Background()
	db.PutDocument(ctx, storetest.NewDocument("a", "x", "2024-04-30", "عنوان", "نص"))
	now = now.Add(time.Hour)
	db.PutDocument(ctx, storetest.NewDocument("a", "x", "2024-04-30", "عنوان", "نص آخر"))
	var stored, updated, published string
	if err := db.r.QueryRow(`SELECT stored_at, updated_at, published FROM documents WHERE id = 'a'`).Scan(&stored, &updated, &published); err != nil {
		t.Fatal(err)
	}
	if stored != "2024-05-01T12:00:00Z" || updated != "2024-05-01T13:00:00Z" || published != "2024-04-30" {
		t.Errorf("got stored_at %s, updated_at %s, published %s; want 2024-05-01T12:00:00Z, 2024-05-01T13:00:00Z, 2024-04-30", stored, updated, published)
	}
}

func TestPutDocuments(t *testing.T) {
	db := MustOpenDB(t)
	db.Batch = 7
	ctx := context.Background()
	docs := storetest.GenerateDocuments(30, 3, 500)
	res, err := db.PutDocuments(ctx, docs[:20])
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r != marsad.PutNew {
			t.Errorf("first batch: result %d = %v, want new", i, r)
		}
	}
	changed := storetest.NewDocument(docs[0].ID(), "x", "", "عنوان", "نص جديد")
	res, err = db.PutDocuments(ctx, append([]*marsad.Document{changed}, docs[1:]...))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 30 {
		t.Fatalf("got %d results, want 30", len(res))
	}
	for i, r := range res {
		want := marsad.PutUnchanged
		switch {
		case i == 0:
			want = marsad.PutUpdated
		case i >= 20:
			want = marsad.PutNew
		}
		if r != want {
			t.Errorf("second batch: result %d = %v, want %v", i, r, want)
		}
	}
	if n, _ := db.CountDocuments(ctx); n != 30 {
		t.Errorf("CountDocuments = %d, want 30", n)
	}
	ctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.PutDocuments(ctx, storetest.GenerateDocuments(3, 9, 100)); err == nil {
		t.Errorf("PutDocuments with a canceled context: got no error")
	}
}

func TestMatchExpr(t *testing.T) {
	db := &DB{Analyzer: search.Arabic{}}
	for _, tc := range []struct{ q, want string }{
		{`الحكومة`, `"حكوم"`},
		{`"وزير الخارجية" -المالية`, `("وزير خارج") NOT "مال"`},
		{`a"b`, `"a" AND "b"`},
		{`covid-19`, `"covid 19"`},
		{`في الحكومة`, `"حكوم"`},
		{`"في الحكومة"`, `"في حكوم"`},
		{`NEAR(الحكومة OR`, `"near حكوم" AND "or"`},
		{`حكومة*`, `"حكوم"`},
		{`-الحكومة وزير -"وزير الخارجية"`, `(("وزير") NOT "حكوم") NOT "وزير خارج"`},
	} {
		got, _, err := db.matchExpr(tc.q)
		if err != nil {
			t.Errorf("matchExpr(%q): %v", tc.q, err)
			continue
		}
		if got != tc.want {
			t.Errorf("matchExpr(%q) = %s, want %s", tc.q, got, tc.want)
		}
	}
}

// testAnalyzer is the analyser the tests index with.
var testAnalyzer Analyzer = search.Arabic{}

// TestOpen_MemorySettings checks the page cache and memory map each
// connection gets: the defaults, and MmapSize for the readers only.
func TestOpen_MemorySettings(t *testing.T) {
	for _, c := range []struct {
		name                 string
		cache                int
		mmap                 int64
		wantCache            int64
		wantRMmap, wantWMmap int64
	}{
		{"Defaults", 0, 0, -DefaultCacheSize, 0, 0},
		{"Set", 2048, 1 << 26, -2048, 1 << 26, 0},
		{"NegativeMmap", 0, -1, -DefaultCacheSize, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := NewDB(filepath.Join(t.TempDir(), "m.db"))
			db.Analyzer = testAnalyzer
			db.CacheSize, db.MmapSize = c.cache, c.mmap
			if err := db.Open(); err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, conn := range []struct {
				name     string
				db       *sql.DB
				wantMmap int64
			}{{"reader", db.r, c.wantRMmap}, {"writer", db.w, c.wantWMmap}} {
				var cache, mmap int64
				if err := conn.db.QueryRow(`PRAGMA cache_size`).Scan(&cache); err != nil {
					t.Fatal(err)
				}
				if err := conn.db.QueryRow(`PRAGMA mmap_size`).Scan(&mmap); err != nil {
					t.Fatal(err)
				}
				if cache != c.wantCache || mmap != conn.wantMmap {
					t.Errorf("%s: got cache_size %d, mmap_size %d, want %d, %d", conn.name, cache, mmap, c.wantCache, conn.wantMmap)
				}
			}
		})
	}
}

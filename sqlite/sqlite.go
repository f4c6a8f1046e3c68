// Package sqlite is a marsad.Store on SQLite (modernc.org/sqlite, pure Go),
// with full-text search on FTS5.
//
// # Schema
//
// The schema is a sequence of migrations embedded from migration/*.sql,
// applied in order, each in its own transaction, and recorded in the
// migrations table; opening an up-to-date database applies nothing.
//
// # Stories
//
// Migration 002 adds the stories the story clusterer found (stories,
// story_events), the story of each document (document_story) and the
// clusterer's state records (clusterer_state and the state columns), which
// the store keeps without reading them: see StoryStore. The store imports
// no language processing; cmd converts between story and sqlite types.
//
// # Search
//
// The store does no language processing of its own. An Analyzer (in cmd,
// search.Arabic) turns the title and body of each document into terms; the
// FTS5 index holds their keys, space-joined, in a title and a body column,
// so that positions, and so phrases, match the text. A query is parsed by
// search.ParseQuery and its words are turned into keys by the same
// Analyzer; every key is quoted in the MATCH expression, so no user input
// is read as FTS5 syntax. Hits are ranked by bm25 with the title weighted
// four times the body, among the DB.SearchCandidates most recently stored
// matches (FTS5 scores every match before sorting, so this bounds the cost
// of a frequent word), and each carries a snippet cut from the document's
// title and body text, which migration 003 keeps in document_texts
// (written with the document), so that a search decodes no document JSON.
//
// # Concurrency and durability
//
// The database is in WAL mode with synchronous=NORMAL: a committed
// document survives a crash of the process (not necessarily a power cut).
// Writes go through one connection, reads through a pool. Every document
// is written in one transaction together with its index rows, so a crash
// leaves either the whole document or none of it.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

//go:embed migration/*.sql
var migrationFS embed.FS

// Analyzer turns a text into search terms. The store indexes the terms'
// keys and analyses queries with the same Analyzer, so both must agree.
// An Analyzer that also has a method Stopword(key string) bool has its
// stopword keys dropped from the plain words of queries (they stay in the
// index and in phrases, so that phrase positions stay right).
type Analyzer interface {
	Terms(text string) []marsad.Term
}

// stopworder is the optional part of an Analyzer.
type stopworder interface {
	Stopword(key string) bool
}

// DB is a marsad.Store in one SQLite file. Set the fields before Open. It is
// safe for concurrent use once open.
type DB struct {
	Path     string           // the database file; created when absent
	Analyzer Analyzer         // required: the text analyser of the index
	Now      func() time.Time // the clock for stored_at and updated_at
	Batch    int              // documents per transaction in PutDocuments; 0 means 1024
	// SearchCandidates bounds the matches Search ranks: the most recently
	// stored ones, so that a query of a frequent word costs a bounded
	// time; 0 means DefaultSearchCandidates.
	SearchCandidates int
	// ReadConns is the size of the pool of read connections; 0 means
	// DefaultReadConns.
	ReadConns int
	// CacheSize bounds the page cache of each connection, in KiB; 0 means
	// DefaultCacheSize. The caches are allocated outside the Go heap, and
	// a cache grows to its bound as the connection reads, so the store's
	// memory is about (1+ReadConns)×CacheSize.
	CacheSize int
	// MmapSize is how many bytes of the file each read connection maps
	// into memory, to read pages without copying them into its cache; 0
	// (the default) or negative maps none. Mapped pages that a connection
	// touched count in the resident memory of the process until the
	// kernel reclaims them, up to the whole file per connection, so this
	// is for a server with memory to spare; the write connection maps
	// none.
	MmapSize int64

	w *sql.DB // one connection: all writes
	r *sql.DB // a pool: reads
}

var _ marsad.Store = (*DB)(nil)

// DefaultReadConns is the default of DB.ReadConns: twice GOMAXPROCS, at
// least four. More connections do not read faster: all connections of the
// process share SQLite's page cache and its one mutex (modernc's build
// enables SQLITE_ENABLE_MEMORY_MANAGEMENT, which turns off separate page
// caches), and connections that outnumber the cores mostly queue on that
// mutex (measured on 2 cores: 2 connections 340 requests/s, 4 400, 8 and
// 16 about 340).
func DefaultReadConns() int {
	return max(4, 2*runtime.GOMAXPROCS(0))
}

// DefaultCacheSize is the default of DB.CacheSize, in KiB: 8 MiB. On a
// store of 20,000 documents of 5 KB (about 900 MB of file), searches are
// as fast with it as with 32 MiB (p50 3 to 4 ms in marsad bench), and the
// process holds about 80 MB less; a 32 MiB write cache would save about
// 2 s of CPU time of the 20,000 documents' ingest, for 30 MB more.
const DefaultCacheSize = 8 << 10

// NewDB returns a DB for the file at path, not yet open.
func NewDB(path string) *DB {
	return &DB{Path: path, Now: time.Now}
}

// dsn returns the data source name for the file with the connection
// settings every connection must have.
func (db *DB) dsn(write bool) string {
	v := url.Values{}
	v.Add("_pragma", "busy_timeout(10000)")
	v.Add("_pragma", "journal_mode(WAL)")
	v.Add("_pragma", "synchronous(NORMAL)")
	v.Add("_pragma", "foreign_keys(1)")
	cache := db.CacheSize
	if cache <= 0 {
		cache = DefaultCacheSize
	}
	v.Add("_pragma", fmt.Sprintf("cache_size(%d)", -cache)) // negative: KiB
	mmap := db.MmapSize
	if write || mmap < 0 {
		mmap = 0
	}
	v.Add("_pragma", fmt.Sprintf("mmap_size(%d)", mmap))
	v.Add("_pragma", "temp_store(MEMORY)")
	if write {
		v.Set("_txlock", "immediate")
	} else {
		v.Add("_pragma", "query_only(1)")
	}
	return "file:" + db.Path + "?" + v.Encode()
}

// Open opens the database, creating it if needed, and applies the
// migrations it lacks.
func (db *DB) Open() (err error) {
	if db.Path == "" {
		return marsad.Errorf(marsad.EINVALID, "sqlite: no database path")
	}
	if db.Analyzer == nil {
		return marsad.Errorf(marsad.EINVALID, "sqlite: no Analyzer set")
	}
	if db.Now == nil {
		db.Now = time.Now
	}
	if db.w, err = sql.Open("sqlite", db.dsn(true)); err != nil {
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	db.w.SetMaxOpenConns(1)
	db.w.SetConnMaxLifetime(0)
	db.w.SetConnMaxIdleTime(0)
	if err := db.migrate(context.Background()); err != nil {
		db.w.Close()
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	if db.r, err = sql.Open("sqlite", db.dsn(false)); err != nil {
		db.w.Close()
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	n := db.ReadConns
	if n <= 0 {
		n = DefaultReadConns()
	}
	db.r.SetMaxOpenConns(n)
	db.r.SetMaxIdleConns(n)
	return nil
}

// Close closes the database. It is safe to call on a DB that did not open,
// and more than once.
func (db *DB) Close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
		db.r = nil
	}
	if db.w != nil {
		if _, err := db.w.Exec("PRAGMA optimize"); err != nil {
			errs = append(errs, err)
		}
		errs = append(errs, db.w.Close())
		db.w = nil
	}
	return errors.Join(errs...)
}

// migration is one schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a version number and _", base)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, base, string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s have the same version", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// migrate applies the migrations newer than the database's version.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var current int
	if err := db.w.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM migrations`).Scan(&current); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
	}
	return nil
}

// apply runs one migration and records it, in one transaction.
func (db *DB) apply(ctx context.Context, m migration) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, db.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return err
	}
	return tx.Commit()
}

// Version reports the schema version of the open database: the last
// migration applied.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.r.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM migrations`).Scan(&v)
	return v, err
}

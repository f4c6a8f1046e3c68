// Package sqlite is a marsad.Store on SQLite (modernc.org/sqlite, pure Go),
// with full-text search on FTS5.
//
// # Schema
//
// The schema is a sequence of migrations embedded from migration/*.sql,
// applied in order, each in its own transaction, and recorded in the
// migrations table; opening an up-to-date database applies nothing.
//
// # Documents
//
// Migration 004 stores each document in a lean encoding (see encoding.go):
// its text in documents.text, and the rest in a compact binary record in
// documents.data without the strings that are the text under their own
// span (body lines, mentions, evidence, quotes), which reading cuts out
// of the text again. Reading a 5 KB document takes about a tenth of the
// time the whole document as JSON took (BenchmarkDocument). Open rewrites
// the documents stored before it, 512 to a transaction (about 25 s for
// 100,000 documents on 2 cores); a rewrite cut short goes on at the next
// Open, and every encoding stays readable. The file does not shrink by
// itself: VACUUM gives back the pages freed.
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
// leaves either the whole document or none of it. The statements of
// Document, Search and DataVersion are prepared once on the pool (and so
// once per connection), not parsed on every call.
//
// DataVersion changes with every commit that changes documents or
// stories, whichever process made it (triggers of migration 004 count
// the changed rows in data_version), so that a server can tell when
// another process (marsad ingest) wrote to the file it serves.
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
	// none. Measured on a store of 100,000 documents (1.8 GB) on 2 cores,
	// random Document reads from 4 goroutines took 35 µs each unmapped,
	// 25 µs with 256 MiB and 16 µs with 2 GiB mapped, for 0.9 and 4.5 GiB
	// of file pages counted in the resident memory (each connection's
	// mapping counts the pages it touched, so shared pages count several
	// times).
	MmapSize int64

	w     *sql.DB // one connection: all writes
	r     *sql.DB // a pool: reads
	stmts stmts   // prepared on r, once per connection
}

// stmts are the read statements of the frequent calls, prepared once:
// database/sql prepares a *sql.Stmt of a pool on each connection the
// first time it runs there and keeps it, so that a call parses no SQL.
type stmts struct {
	document, search, dataVersion *sql.Stmt
}

// The statements of stmts.
const (
	sqlDocument = `SELECT enc, data, text FROM documents WHERE id = ?`
	// FTS5 computes bm25 for every match before it sorts, which for a
	// frequent word means the whole index; ranking only the most recently
	// stored window of matches (read in descending rowid order, where FTS5
	// stops early) bounds the cost of a query by the window.
	sqlSearch = `SELECT d.id, t.title, t.body, f.rank
		FROM (SELECT rowid, rank FROM
			(SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
			ORDER BY rank LIMIT ? OFFSET ?) f
		JOIN documents d ON d.seq = f.rowid
		JOIN document_texts t ON t.seq = f.rowid
		ORDER BY f.rank`
	sqlDataVersion = `SELECT version FROM data_version WHERE id = 1`
)

// prepareStmts prepares db.stmts on the read pool.
func (db *DB) prepareStmts(ctx context.Context) error {
	for _, s := range []struct {
		stmt **sql.Stmt
		sql  string
	}{{&db.stmts.document, sqlDocument}, {&db.stmts.search, sqlSearch}, {&db.stmts.dataVersion, sqlDataVersion}} {
		var err error
		if *s.stmt, err = db.r.PrepareContext(ctx, s.sql); err != nil {
			return err
		}
	}
	return nil
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
	ctx := context.Background()
	if err := db.migrate(ctx); err != nil {
		db.w.Close()
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	if _, err := db.upgradeDocuments(ctx); err != nil {
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
	if err := db.prepareStmts(ctx); err != nil {
		db.Close()
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	return nil
}

// Close closes the database. It is safe to call on a DB that did not open,
// and more than once.
func (db *DB) Close() error {
	var errs []error
	for _, st := range []**sql.Stmt{&db.stmts.document, &db.stmts.search, &db.stmts.dataVersion} {
		if *st != nil {
			errs = append(errs, (*st).Close())
			*st = nil
		}
	}
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

// DataVersion returns a number that changes whenever a transaction that
// changed documents or stories commits, whichever process or connection
// made it (migration 004 counts the changes with triggers in the file):
// a reader that gets the same number twice has seen no commit between
// the two calls. The number only grows. It costs one small read.
func (db *DB) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := db.stmts.dataVersion.QueryRowContext(ctx).Scan(&v); err != nil {
		return 0, fmt.Errorf("data version: %w", err)
	}
	return v, nil
}

// upgradeBatch is how many documents upgradeDocuments rewrites per
// transaction.
const upgradeBatch = 512

// upgradeDocuments rewrites the documents stored in the legacy encoding
// (before migration 004) in the lean one, upgradeBatch per transaction,
// so that an upgrade cut short goes on at the next Open, and reports how
// many it rewrote. The rows keep their seq, hash and times, and the
// documents read back the same.
func (db *DB) upgradeDocuments(ctx context.Context) (int, error) {
	var after int64
	total := 0
	for {
		n, last, err := db.upgradeBatch(ctx, after)
		total += n
		if err != nil {
			return total, fmt.Errorf("upgrade documents: %w", err)
		}
		if n < upgradeBatch {
			return total, nil
		}
		after = last
	}
}

// upgradeBatch rewrites the next upgradeBatch legacy documents after seq
// in one transaction, and returns how many and the last seq.
func (db *DB) upgradeBatch(ctx context.Context, after int64) (n int, last int64, err error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	type row struct {
		seq  int64
		data []byte
	}
	var batch []row
	rows, err := tx.QueryContext(ctx, `SELECT seq, data FROM documents WHERE seq > ? AND enc = ? ORDER BY seq LIMIT ?`,
		after, encLegacy, upgradeBatch)
	if err != nil {
		return 0, 0, err
	}
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.seq, &r.data); err != nil {
			rows.Close()
			return 0, 0, err
		}
		batch = append(batch, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	if len(batch) == 0 {
		return 0, after, nil
	}
	update, err := tx.PrepareContext(ctx, `UPDATE documents SET enc = ?, data = ?, text = ? WHERE seq = ?`)
	if err != nil {
		return 0, 0, err
	}
	defer update.Close()
	for _, r := range batch {
		// A row that does not decode stays as it is, marked whole JSON,
		// and reads with the same error as before.
		enc, data, text := encFull, r.data, any(nil)
		if doc, derr := decodeDocument(encLegacy, r.data, ""); derr == nil {
			if enc, data, text, err = encodeDocument(doc); err != nil {
				return 0, 0, fmt.Errorf("document %d: %w", r.seq, err)
			}
		}
		if _, err := update.ExecContext(ctx, enc, data, text, r.seq); err != nil {
			return 0, 0, fmt.Errorf("document %d: %w", r.seq, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, err
	}
	return len(batch), batch[len(batch)-1].seq, nil
}

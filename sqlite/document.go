package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
)

// indexText returns the title and body a document is indexed and
// snippeted by: the headline found in the text and the body paragraphs,
// or, for a document the cleaner has not split, the metadata title and
// the whole text.
func indexText(doc *marsad.Document) (title, body string) {
	title = doc.Title
	if title == "" {
		title = doc.Article.Title
	}
	if len(doc.Body) > 0 {
		body = doc.BodyText()
	} else {
		body = doc.Article.Text
	}
	return title, body
}

// prepared is a document ready to write: everything computed outside the
// transaction.
type prepared struct {
	doc       *marsad.Document
	hash      string
	enc       int    // the encoding of data and text: see encodeDocument
	data      []byte // nil for a document skipped as unchanged
	text      any    // string or nil
	published any    // string or nil
	title     string
	body      string
	keysTitle string
	keysBody  string
	err       error
}

// docHash is the hash a document is compared by: its Hash, or the hash of
// its article when it has none.
func docHash(doc *marsad.Document) string {
	if doc.Hash != "" {
		return doc.Hash
	}
	return doc.Article.Hash()
}

func checkDoc(doc *marsad.Document) error {
	if doc == nil {
		return marsad.Errorf(marsad.EINVALID, "put document: nil document")
	}
	if doc.ID() == "" {
		return marsad.Errorf(marsad.EINVALID, "put document: empty id")
	}
	return nil
}

// prepare encodes and analyses a document.
func (db *DB) prepare(doc *marsad.Document) prepared {
	p := prepared{doc: doc, hash: docHash(doc)}
	if p.enc, p.data, p.text, p.err = encodeDocument(doc); p.err != nil {
		p.err = fmt.Errorf("put document %s: %w", doc.ID(), p.err)
		return p
	}
	title, body := indexText(doc)
	p.title, p.body = title, body
	p.keysTitle = db.keys(title)
	p.keysBody = db.keys(body)
	switch {
	case !doc.Published.IsZero():
		p.published = doc.Published.Time.Format(time.DateOnly)
	case !doc.Article.Published.IsZero():
		p.published = doc.Article.Published.UTC().Format(time.DateOnly)
	}
	return p
}

// keys returns the space-joined keys of the terms of text.
func (db *DB) keys(text string) string {
	terms := db.Analyzer.Terms(text)
	n := 0
	for _, t := range terms {
		n += len(t.Key) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range terms {
		if t.Key == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Key)
	}
	return b.String()
}

// storedHash returns the stored hash of the document with the id, or "".
func storedHash(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, id string) (seq int64, hash string, err error) {
	err = q.QueryRowContext(ctx, `SELECT seq, hash FROM documents WHERE id = ?`, id).Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return seq, hash, err
}

// PutDocument stores doc in one transaction with its index rows: a
// document whose id is absent is inserted (PutNew), one whose stored hash
// differs is replaced and reindexed (PutUpdated), and one with the same
// hash is left alone (PutUnchanged, nothing written). A document with no
// Hash is compared by its article's hash. The analysis runs before the
// transaction, so writers hold the lock only to write.
func (db *DB) PutDocument(ctx context.Context, doc *marsad.Document) (marsad.PutResult, error) {
	if err := checkDoc(doc); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	_, hash, err := storedHash(ctx, db.r, doc.ID())
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", doc.ID(), err)
	}
	if hash != "" && hash == docHash(doc) {
		return marsad.PutUnchanged, nil
	}
	p := db.prepare(doc)
	if p.err != nil {
		return 0, p.err
	}
	res, err := db.write(ctx, []prepared{p})
	if err != nil {
		return 0, err
	}
	return res[0], nil
}

// PutDocuments stores docs as PutDocument does, faster: the documents are
// analysed in parallel and written db.Batch (default 1024) to a transaction.
// Each document is still whole or absent, since a transaction commits all
// its documents or none; a failure rolls back the batch in progress and
// returns the results of the batches committed before it, so results[i]
// is the outcome of docs[i] for every i < len(results). A document given
// twice is stored once, then reported unchanged (or updated if its hash
// differs).
func (db *DB) PutDocuments(ctx context.Context, docs []*marsad.Document) ([]marsad.PutResult, error) {
	for _, doc := range docs {
		if err := checkDoc(doc); err != nil {
			return nil, err
		}
	}
	batch := db.Batch
	if batch <= 0 {
		batch = 1024
	}
	results := make([]marsad.PutResult, 0, len(docs))
	ps := make([]prepared, 0, batch)
	for start := 0; start < len(docs); start += batch {
		if err := ctx.Err(); err != nil {
			return results, err
		}
		chunk := docs[start:min(start+batch, len(docs))]
		ps = ps[:len(chunk)]
		if err := db.prepareAll(ctx, chunk, ps); err != nil {
			return results, err
		}
		res, err := db.write(ctx, ps)
		if err != nil {
			return results, err
		}
		results = append(results, res...)
	}
	return results, nil
}

// prepareAll prepares docs into ps in parallel, skipping the analysis of
// documents stored with the same hash (their prepared has a nil data).
func (db *DB) prepareAll(ctx context.Context, docs []*marsad.Document, ps []prepared) error {
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	var next int
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(docs) {
					return
				}
				doc := docs[i]
				_, hash, err := storedHash(ctx, db.r, doc.ID())
				if err != nil {
					errs[w] = fmt.Errorf("put document %s: %w", doc.ID(), err)
					return
				}
				if hash != "" && hash == docHash(doc) {
					ps[i] = prepared{doc: doc, hash: hash}
					continue
				}
				ps[i] = db.prepare(doc)
				if ps[i].err != nil {
					errs[w] = ps[i].err
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// The statements of write, prepared once per transaction.
const (
	sqlStoredHash = `SELECT seq, hash FROM documents WHERE id = ?`
	sqlInsertDoc  = `INSERT INTO documents
		(id, hash, outlet, url, title, published, source, stored_at, updated_at, enc, data, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`
	sqlUpdateDoc = `UPDATE documents SET hash = ?, outlet = ?, url = ?, title = ?,
		published = ?, source = ?, updated_at = ?, enc = ?, data = ?, text = ? WHERE seq = ?`
	sqlDeleteFTS = `DELETE FROM documents_fts WHERE rowid = ?`
	sqlInsertFTS = `INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)`
	sqlPutText   = `INSERT OR REPLACE INTO document_texts (seq, title, body) VALUES (?, ?, ?)`
)

// write stores prepared documents in one transaction, comparing hashes
// again inside it, since another writer may have stored the id since.
func (db *DB) write(ctx context.Context, ps []prepared) (_ []marsad.PutResult, err error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var stmts [6]*sql.Stmt
	for i, q := range [...]string{sqlStoredHash, sqlInsertDoc, sqlUpdateDoc, sqlDeleteFTS, sqlInsertFTS, sqlPutText} {
		if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			return nil, fmt.Errorf("put documents: %w", err)
		}
		defer stmts[i].Close()
	}
	getHash, insertDoc, updateDoc, deleteFTS, insertFTS, putText := stmts[0], stmts[1], stmts[2], stmts[3], stmts[4], stmts[5]
	now := db.Now().UTC().Format(time.RFC3339Nano)
	res := make([]marsad.PutResult, len(ps))
	for i := range ps {
		p := &ps[i]
		doc := p.doc
		var seq int64
		var hash string
		err := getHash.QueryRowContext(ctx, doc.ID()).Scan(&seq, &hash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("put document %s: %w", doc.ID(), err)
		}
		if hash == p.hash {
			res[i] = marsad.PutUnchanged
			continue
		}
		if p.data == nil { // skipped as unchanged, then changed by another writer
			*p = db.prepare(doc)
			if p.err != nil {
				return nil, p.err
			}
		}
		if hash == "" {
			err = insertDoc.QueryRowContext(ctx, doc.ID(), p.hash, doc.Article.Outlet, doc.Article.URL, p.title,
				p.published, doc.Article.Source, now, now, p.enc, p.data, p.text).Scan(&seq)
			res[i] = marsad.PutNew
		} else {
			_, err = updateDoc.ExecContext(ctx, p.hash, doc.Article.Outlet, doc.Article.URL, p.title,
				p.published, doc.Article.Source, now, p.enc, p.data, p.text, seq)
			if err == nil {
				_, err = deleteFTS.ExecContext(ctx, seq)
			}
			res[i] = marsad.PutUpdated
		}
		if err == nil {
			_, err = insertFTS.ExecContext(ctx, seq, p.keysTitle, p.keysBody)
		}
		if err == nil {
			_, err = putText.ExecContext(ctx, seq, p.title, p.body)
		}
		if err != nil {
			return nil, fmt.Errorf("put document %s: %w", doc.ID(), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	return res, nil
}

// Document returns the stored document with the id, or an ENOTFOUND error.
func (db *DB) Document(ctx context.Context, id string) (*marsad.Document, error) {
	rows, err := db.stmts.document.QueryContext(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		return nil, marsad.Errorf(marsad.ENOTFOUND, "document %q not found", id)
	}
	doc, err := scanDocument(rows)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return doc, nil
}

// scanDocument decodes the current row of rows: enc, data, text.
func scanDocument(rows *sql.Rows) (*marsad.Document, error) {
	var enc int
	var data sql.RawBytes // decoded before the next Scan: no copy needed
	var text sql.NullString
	if err := rows.Scan(&enc, &data, &text); err != nil {
		return nil, err
	}
	return decodeDocument(enc, data, text.String)
}

// page is how many documents Documents reads per query.
const page = 128

// Documents yields the stored documents f selects, in id order. From and
// To compare with the day of the publication date (the day of From and To
// in their own location); documents with no known date are left out when
// either is set. It reads a page of documents at a time and holds no
// connection while it yields, so the loop body may use the store; a
// document stored meanwhile is seen if its id is after the current one.
func (db *DB) Documents(ctx context.Context, f marsad.DocumentFilter) iter.Seq2[*marsad.Document, error] {
	return func(yield func(*marsad.Document, error) bool) {
		var where []string
		var args []any
		where = append(where, "id > ?")
		args = append(args, f.After)
		if f.Outlet != "" {
			where = append(where, "outlet = ?")
			args = append(args, f.Outlet)
		}
		if !f.From.IsZero() {
			where = append(where, "published >= ?")
			args = append(args, f.From.Format(time.DateOnly))
		}
		if !f.To.IsZero() {
			where = append(where, "published <= ?")
			args = append(args, f.To.Format(time.DateOnly))
		}
		query := `SELECT enc, data, text FROM documents WHERE ` + strings.Join(where, " AND ") + ` ORDER BY id LIMIT ?`
		left := f.Limit
		var docs []*marsad.Document
		for left >= 0 {
			n := page
			if f.Limit > 0 {
				n = min(n, left)
			}
			if n == 0 {
				return
			}
			var err error
			docs, err = db.page(ctx, query, args, n, docs[:0])
			if err != nil {
				yield(nil, err)
				return
			}
			for _, doc := range docs {
				if !yield(doc, nil) {
					return
				}
			}
			if len(docs) < n {
				return
			}
			args[0] = docs[len(docs)-1].ID()
			if f.Limit > 0 {
				left -= len(docs)
			}
		}
	}
}

// page runs one page of a Documents query.
func (db *DB) page(ctx context.Context, query string, args []any, n int, docs []*marsad.Document) ([]*marsad.Document, error) {
	rows, err := db.r.QueryContext(ctx, query, append(args, n)...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		doc, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		docs = append(docs, doc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}

// CountDocuments reports how many documents are stored.
func (db *DB) CountDocuments(ctx context.Context) (int, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

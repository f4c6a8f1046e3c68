package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/search"
)

// Search limits.
const (
	DefaultSearchLimit = 20
	MaxSearchLimit     = 100
)

// DefaultSearchCandidates is the default of DB.SearchCandidates.
const DefaultSearchCandidates = 1000

// SnippetBytes is the length of the snippets of search hits.
const SnippetBytes = 200

// matchExpr turns a query into an FTS5 MATCH expression and the keys to
// highlight. Every key is written inside double quotes (a quote inside a
// key doubled), where FTS5 reads no operator, so the expression has only
// the structure built here: the positive parts ANDed, each excluded part
// after NOT. A plain word that the analyser splits into several keys
// ("covid-19") is a phrase. Stopwords are dropped from plain words, kept
// in phrases. A query with no positive key is EINVALID.
func (db *DB) matchExpr(text string) (expr string, keys []string, err error) {
	q := search.ParseQuery(text)
	stop, _ := db.Analyzer.(stopworder)
	var pos, neg []string
	for _, p := range q.Parts {
		terms := db.Analyzer.Terms(p.Text)
		var ks []string
		for _, t := range terms {
			if t.Key == "" || !p.Phrase && len(terms) == 1 && stop != nil && stop.Stopword(t.Key) {
				continue
			}
			ks = append(ks, t.Key)
		}
		if len(ks) == 0 {
			continue
		}
		var b strings.Builder
		b.WriteByte('"')
		for i, k := range ks {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.ReplaceAll(k, `"`, `""`))
		}
		b.WriteByte('"')
		if p.Exclude {
			neg = append(neg, b.String())
		} else {
			pos = append(pos, b.String())
			keys = append(keys, ks...)
		}
	}
	if len(pos) == 0 {
		if len(q.Parts) == 0 {
			return "", nil, marsad.Errorf(marsad.EINVALID, "empty search query")
		}
		return "", nil, marsad.Errorf(marsad.EINVALID, "search query %q has no word to search for", text)
	}
	expr = strings.Join(pos, " AND ")
	for _, n := range neg {
		expr = "(" + expr + ") NOT " + n
	}
	return expr, keys, nil
}

// Search finds documents by their title and body, best first (bm25, the
// title weighted four times) among the db.SearchCandidates most recently
// stored matches (or q.Offset+q.Limit, if more), q.Limit at a time (DefaultSearchLimit when
// 0, at most MaxSearchLimit) after skipping q.Offset. The query syntax is
// that of search.ParseQuery. Each hit has a snippet of its text with the
// matched words highlighted; Score is the negated bm25, higher is better.
// A query with nothing to search for is EINVALID.
func (db *DB) Search(ctx context.Context, q marsad.SearchQuery) ([]marsad.SearchHit, error) {
	limit := q.Limit
	switch {
	case limit < 0 || q.Offset < 0:
		return nil, marsad.Errorf(marsad.EINVALID, "search: negative limit or offset")
	case limit == 0:
		limit = DefaultSearchLimit
	case limit > MaxSearchLimit:
		limit = MaxSearchLimit
	}
	expr, keys, err := db.matchExpr(q.Text)
	if err != nil {
		return nil, err
	}
	window := db.SearchCandidates
	if window <= 0 {
		window = DefaultSearchCandidates
	}
	window = max(window, q.Offset+limit)
	rows, err := db.stmts.search.QueryContext(ctx, expr, window, limit, q.Offset)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var hits []marsad.SearchHit
	var body string
	for rows.Next() {
		var h marsad.SearchHit
		var rank float64
		if err := rows.Scan(&h.ID, &h.Title, &body, &rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		h.Score = -rank
		h.Snippet, h.Highlights = search.Snippet(h.Title+"\n"+body, db.Analyzer, keys, SnippetBytes)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return hits, nil
}

// Optimize merges the full-text index into one segment, which makes
// searches faster after a bulk load (FTS5 otherwise merges incrementally).
// It holds the write lock while it runs: seconds for tens of thousands of
// documents.
func (db *DB) Optimize(ctx context.Context) error {
	if _, err := db.w.ExecContext(ctx, `INSERT INTO documents_fts (documents_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	return nil
}

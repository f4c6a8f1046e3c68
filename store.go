package marsad

import (
	"context"
	"iter"
	"time"
)

// PutResult says what storing a document did.
type PutResult int

// The outcomes of Store.PutDocument.
const (
	PutNew       PutResult = iota + 1 // the id was not stored before
	PutUpdated                        // the id was stored with other content
	PutUnchanged                      // the same content was stored already
)

// String returns "new", "updated" or "unchanged".
func (r PutResult) String() string {
	switch r {
	case PutNew:
		return "new"
	case PutUpdated:
		return "updated"
	case PutUnchanged:
		return "unchanged"
	}
	return "unknown"
}

// DocumentFilter selects stored documents. Zero fields do not filter.
type DocumentFilter struct {
	Outlet string
	From   time.Time // published on or after
	To     time.Time // published on or before
	After  string    // ids greater than this one: a cursor for paging
	Limit  int       // at most this many; 0 means all
}

// SearchQuery is a full-text query. Words are matched after Arabic
// normalisation, clitic removal and light stemming; a part in double quotes
// is a phrase.
type SearchQuery struct {
	Text   string
	Limit  int // 0 means a default
	Offset int
}

// SearchHit is one document found by a search.
type SearchHit struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Score   float64 `json:"score"` // higher is better
	Snippet string  `json:"snippet"`
	// Highlights are the byte ranges of Snippet that matched the query.
	Highlights []Span `json:"highlights,omitempty"`
}

// Store keeps analysed documents. Implementations are safe for concurrent
// use. PutDocument is atomic: a document is stored whole or not at all.
type Store interface {
	// PutDocument stores doc, replacing a stored document with the same id
	// whose Hash differs.
	PutDocument(ctx context.Context, doc *Document) (PutResult, error)
	// Document returns the stored document with the id, or an ENOTFOUND error.
	Document(ctx context.Context, id string) (*Document, error)
	// Documents yields the stored documents that f selects, in id order.
	Documents(ctx context.Context, f DocumentFilter) iter.Seq2[*Document, error]
	// CountDocuments reports how many documents are stored.
	CountDocuments(ctx context.Context) (int, error)
	// Search finds documents by their text, best first.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	Close() error
}

// Term is one search key of a text and the bytes of the text it stands for.
// An analyser turns a text into terms; a store indexes them.
type Term struct {
	Key  string
	Span Span
}

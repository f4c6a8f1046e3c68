package marsad

import (
	"context"
	"time"
)

// StoryEvidence is one report of a story event: the sentence of a document
// that states it. Span is a byte range of that document's text, and Text
// is the sentence as the span reads there.
type StoryEvidence struct {
	DocID  string `json:"doc"`
	Outlet string `json:"outlet,omitempty"`
	Text   string `json:"text"`
	Span   Span   `json:"span"`
}

// StoryEvent is one event of a story as its reports fuse it: the events of
// the story's documents with the same type and actors and compatible
// dates, counted and kept with their evidence.
type StoryEvent struct {
	// Event is the fused event: the first report's fields, with the most
	// precise date a report gives and the strongest modality.
	Event       Event
	NumSources  int             // distinct outlets (a document without outlet counts as its own)
	NumArticles int             // distinct documents
	NumMentions int             // events fused: at least NumArticles
	Evidence    []StoryEvidence // one per event fused, in document order
	// Dates are the distinct known dates the reports give, so that a
	// disagreement between sources stays visible: more than one means the
	// sources date the event differently.
	Dates []Date
}

// StoryRecord is a stored story: a group of documents that report one
// real-world event, with the events they report fused.
type StoryRecord struct {
	ID        string       // the id of its first document
	Seq       int          // the order the clusterer started it, from 0
	Label     string       // the title of its first titled document, else Summary
	Summary   string       // actors, main event type and month: "CHN–RUS CONSULT 2025-09"
	From, To  time.Time    // the days its documents were published, UTC; zero when unknown
	Documents []string     // document ids, in the order they joined
	Outlets   []string     // distinct outlets, in order of appearance
	Events    []StoryEvent // most reported first
	UpdatedAt time.Time    // when the store last wrote it

	// State is the clusterer's opaque record of the story, which a store
	// keeps so that clustering resumes; readers of stories leave it nil.
	State []byte
}

// StoryReader reads stored stories. A Store that keeps stories implements
// it too; readers such as the web layer check for it. Implementations are
// safe for concurrent use.
type StoryReader interface {
	// Stories returns up to limit stories (all when limit is 0), newest
	// first: by their last publication day (To), descending, the stories
	// of no known day last, and by id within a day. After is the id of the
	// last story of the previous page, "" for the first; one that names no
	// story is an EINVALID error. The stories come with their events and
	// without their State.
	Stories(ctx context.Context, limit int, after string) ([]StoryRecord, error)
	// Story returns the story with the id, with its events and without its
	// State, or an ENOTFOUND error.
	Story(ctx context.Context, id string) (*StoryRecord, error)
	// StoryOf returns the id of the story a document was placed in, or an
	// ENOTFOUND error.
	StoryOf(ctx context.Context, docID string) (string, error)
}

package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/marsad-project/marsad"
)

// StoryStore keeps stories (groups of documents reporting one event, with
// their fused events) and the state a story clusterer resumes from. The
// store does no clustering: it saves what the clusterer (package story,
// wired in cmd) hands it. *DB implements it.
type StoryStore interface {
	// PutStories writes u in one transaction.
	PutStories(ctx context.Context, u StoryUpdate) error
	// Stories returns up to limit stories (all when limit is 0), newest
	// first, after the story with the id after, without their state (see
	// DB.Stories).
	Stories(ctx context.Context, limit int, after string) ([]StoryRecord, error)
	// Story returns the story with the id, or an ENOTFOUND error.
	Story(ctx context.Context, id string) (*StoryRecord, error)
	// StoryOf returns the id of the story a document was placed in, or an
	// ENOTFOUND error.
	StoryOf(ctx context.Context, docID string) (string, error)
	// LoadClustererState returns every state record saved.
	LoadClustererState(ctx context.Context) (*ClustererState, error)
}

var (
	_ StoryStore         = (*DB)(nil)
	_ marsad.StoryReader = (*DB)(nil)
)

// Evidence is one report of a story event (marsad.StoryEvidence). It has
// the fields of story.Evidence, so that one converts to the other.
type Evidence = marsad.StoryEvidence

// StoryEvent is one fused event of a story (marsad.StoryEvent, from
// story.CanonicalEvent).
type StoryEvent = marsad.StoryEvent

// StoryRecord is a stored story (marsad.StoryRecord): the fields of
// story.Story, and the clusterer's state record of it, which PutStories
// writes and only LoadClustererState reads back (Stories and Story leave
// State nil). PutStories sets UpdatedAt from DB.Now.
type StoryRecord = marsad.StoryRecord

// DocumentStory says which story a document was placed in, with the
// clusterer's opaque record of the document.
type DocumentStory struct {
	DocumentID string
	StoryID    string
	Seq        int // the order the clusterer placed it, from 0
	State      []byte
}

// StoryUpdate is what one round of clustering changed: the stories that
// documents joined or started, the documents placed, and the clusterer's
// header record.
type StoryUpdate struct {
	Stories   []StoryRecord   // replaced whole, events included
	Documents []DocumentStory // a document placed again is replaced
	State     []byte          // replaces the saved header; nil leaves it
}

// ClustererState is every state record saved: what a clusterer is
// restored from (story.RestoreRecords(s.Header, s.Documents, s.Stories)).
type ClustererState struct {
	Header    []byte   // nil when no state was ever saved
	Documents [][]byte // by DocumentStory.Seq
	Stories   [][]byte // by StoryRecord.Seq
}

func dayOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.DateOnly)
}

// PutStories writes u in one transaction: each story replaces the stored
// one with its id (its events too), each document's placement and record
// replaces the stored one, and the header replaces the saved header.
func (db *DB) PutStories(ctx context.Context, u StoryUpdate) (err error) {
	for _, s := range u.Stories {
		if s.ID == "" {
			return marsad.Errorf(marsad.EINVALID, "put stories: a story with an empty id")
		}
	}
	for _, d := range u.Documents {
		if d.DocumentID == "" || d.StoryID == "" {
			return marsad.Errorf(marsad.EINVALID, "put stories: a document placement with an empty id")
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	now := db.Now().UTC().Format(time.RFC3339Nano)
	putStory, err := tx.PrepareContext(ctx, `INSERT INTO stories
		(id, seq, label, summary, date_from, date_to, documents, outlets, updated_at, state)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, label = excluded.label,
		summary = excluded.summary, date_from = excluded.date_from, date_to = excluded.date_to,
		documents = excluded.documents, outlets = excluded.outlets,
		updated_at = excluded.updated_at, state = excluded.state`)
	if err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	defer putStory.Close()
	// The events of a story saved again are mostly the same: an event row
	// is rewritten only when it differs, and the rows past the story's
	// last event deleted, so that an unchanged row costs a lookup and
	// no write.
	delEvents, err := tx.PrepareContext(ctx, `DELETE FROM story_events WHERE story_id = ? AND seq >= ?`)
	if err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	defer delEvents.Close()
	putEvent, err := tx.PrepareContext(ctx, `INSERT INTO story_events
		(story_id, seq, event, num_sources, num_articles, num_mentions, evidence, dates)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (story_id, seq) DO UPDATE SET event = excluded.event,
		num_sources = excluded.num_sources, num_articles = excluded.num_articles,
		num_mentions = excluded.num_mentions, evidence = excluded.evidence, dates = excluded.dates
		WHERE event IS NOT excluded.event OR num_sources IS NOT excluded.num_sources
		OR num_articles IS NOT excluded.num_articles OR num_mentions IS NOT excluded.num_mentions
		OR evidence IS NOT excluded.evidence OR dates IS NOT excluded.dates`)
	if err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	defer putEvent.Close()
	for _, s := range u.Stories {
		docs, err := json.Marshal(nonNil(s.Documents))
		if err != nil {
			return fmt.Errorf("put story %s: %w", s.ID, err)
		}
		outlets, err := json.Marshal(nonNil(s.Outlets))
		if err != nil {
			return fmt.Errorf("put story %s: %w", s.ID, err)
		}
		state := s.State
		if state == nil {
			state = []byte{}
		}
		if _, err := putStory.ExecContext(ctx, s.ID, s.Seq, s.Label, s.Summary, dayOrNil(s.From), dayOrNil(s.To),
			string(docs), string(outlets), now, state); err != nil {
			return fmt.Errorf("put story %s: %w", s.ID, err)
		}
		for i, ev := range s.Events {
			e, err1 := json.Marshal(ev.Event)
			evid, err2 := json.Marshal(nonNil(ev.Evidence))
			dates, err3 := json.Marshal(nonNil(ev.Dates))
			if err := errors.Join(err1, err2, err3); err != nil {
				return fmt.Errorf("put story %s: %w", s.ID, err)
			}
			if _, err := putEvent.ExecContext(ctx, s.ID, i, string(e), ev.NumSources, ev.NumArticles, ev.NumMentions,
				string(evid), string(dates)); err != nil {
				return fmt.Errorf("put story %s: %w", s.ID, err)
			}
		}
		if _, err := delEvents.ExecContext(ctx, s.ID, len(s.Events)); err != nil {
			return fmt.Errorf("put story %s: %w", s.ID, err)
		}
	}
	if len(u.Documents) > 0 {
		putDoc, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO document_story
			(document_id, story_id, seq, state) VALUES (?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("put stories: %w", err)
		}
		defer putDoc.Close()
		for _, d := range u.Documents {
			state := d.State
			if state == nil {
				state = []byte{}
			}
			if _, err := putDoc.ExecContext(ctx, d.DocumentID, d.StoryID, d.Seq, state); err != nil {
				return fmt.Errorf("put story of %s: %w", d.DocumentID, err)
			}
		}
	}
	if u.State != nil {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO clusterer_state (id, state) VALUES (1, ?)`, u.State); err != nil {
			return fmt.Errorf("put stories: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put stories: %w", err)
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Stories returns up to limit stories (all when limit is 0), newest first:
// by their last publication day, descending, the stories of no known day
// last, and by id within a day; after is the id of the last story of the
// previous page, "" for the first. An after that names no story is an
// EINVALID error. The stories come with their events and without their
// state.
func (db *DB) Stories(ctx context.Context, limit int, after string) ([]StoryRecord, error) {
	if limit <= 0 {
		limit = -1
	}
	const recent = `coalesce(date_to, '')`
	if after == "" {
		return db.stories(ctx, `1 ORDER BY `+recent+` DESC, id LIMIT ?`, limit)
	}
	var day string
	err := db.r.QueryRowContext(ctx, `SELECT `+recent+` FROM stories WHERE id = ?`, after).Scan(&day)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.EINVALID, "no story %q to list the stories after", after)
	} else if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	// The rest of the cursor's day, then the older days: two reads along
	// the index, where one condition with OR would scan the table.
	out, err := db.stories(ctx, recent+` = ? AND id > ? ORDER BY id LIMIT ?`, day, after, limit)
	if err != nil || day == "" || limit > 0 && len(out) == limit {
		return out, err
	}
	rest := -1
	if limit > 0 {
		rest = limit - len(out)
	}
	older, err := db.stories(ctx, recent+` < ? ORDER BY `+recent+` DESC, id LIMIT ?`, day, rest)
	return append(out, older...), err
}

// Story returns the story with the id, with its events and without its
// state, or an ENOTFOUND error.
func (db *DB) Story(ctx context.Context, id string) (*StoryRecord, error) {
	ss, err := db.stories(ctx, `id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(ss) == 0 {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "story %q not found", id)
	}
	return &ss[0], nil
}

// stories reads the stories a WHERE clause selects and their events.
func (db *DB) stories(ctx context.Context, where string, args ...any) ([]StoryRecord, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id, seq, label, summary, date_from, date_to, documents, outlets, updated_at
		FROM stories WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	var out []StoryRecord
	index := map[string]int{}
	for rows.Next() {
		var s StoryRecord
		var from, to sql.NullString
		var docs, outlets, updated string
		if err := rows.Scan(&s.ID, &s.Seq, &s.Label, &s.Summary, &from, &to, &docs, &outlets, &updated); err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		err1 := parseDay(from, &s.From)
		err2 := parseDay(to, &s.To)
		err3 := json.Unmarshal([]byte(docs), &s.Documents)
		err4 := json.Unmarshal([]byte(outlets), &s.Outlets)
		var err5 error
		s.UpdatedAt, err5 = time.Parse(time.RFC3339Nano, updated)
		if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		if len(s.Outlets) == 0 {
			s.Outlets = nil
		}
		if len(s.Documents) == 0 {
			s.Documents = nil
		}
		index[s.ID] = len(out)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	rows.Close()
	if len(out) == 0 {
		return nil, nil
	}
	// The events of the stories read, in one query.
	ids := make([]any, len(out))
	for i, s := range out {
		ids[i] = s.ID
	}
	evRows, err := db.r.QueryContext(ctx, `SELECT story_id, event, num_sources, num_articles, num_mentions, evidence, dates
		FROM story_events WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY story_id, seq`, jsonArray(ids))
	if err != nil {
		return nil, fmt.Errorf("story events: %w", err)
	}
	defer evRows.Close()
	for evRows.Next() {
		var id, e, evid, dates string
		var ev StoryEvent
		if err := evRows.Scan(&id, &e, &ev.NumSources, &ev.NumArticles, &ev.NumMentions, &evid, &dates); err != nil {
			return nil, fmt.Errorf("story events: %w", err)
		}
		err1 := json.Unmarshal([]byte(e), &ev.Event)
		err2 := json.Unmarshal([]byte(evid), &ev.Evidence)
		err3 := json.Unmarshal([]byte(dates), &ev.Dates)
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("story %s: events: %w", id, err)
		}
		if len(ev.Dates) == 0 {
			ev.Dates = nil
		}
		if len(ev.Evidence) == 0 {
			ev.Evidence = nil
		}
		if i, ok := index[id]; ok {
			out[i].Events = append(out[i].Events, ev)
		}
	}
	if err := evRows.Err(); err != nil {
		return nil, fmt.Errorf("story events: %w", err)
	}
	return out, nil
}

func jsonArray(v []any) string {
	b, _ := json.Marshal(v) // strings only
	return string(b)
}

func parseDay(s sql.NullString, t *time.Time) error {
	if !s.Valid {
		*t = time.Time{}
		return nil
	}
	d, err := time.Parse(time.DateOnly, s.String)
	*t = d
	return err
}

// StoryOf returns the id of the story a document was placed in, or an
// ENOTFOUND error.
func (db *DB) StoryOf(ctx context.Context, docID string) (string, error) {
	var id string
	err := db.r.QueryRowContext(ctx, `SELECT story_id FROM document_story WHERE document_id = ?`, docID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", marsad.Errorf(marsad.ENOTFOUND, "document %q is in no story", docID)
	}
	if err != nil {
		return "", fmt.Errorf("story of %s: %w", docID, err)
	}
	return id, nil
}

// LoadClustererState returns every state record saved by PutStories: the
// header, the documents' records by seq and the stories' by seq. With no
// state saved, the Header is nil and the lists empty.
func (db *DB) LoadClustererState(ctx context.Context) (*ClustererState, error) {
	// One read transaction, so that the records agree with each other.
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("load clusterer state: %w", err)
	}
	defer tx.Rollback()
	st := &ClustererState{}
	err = tx.QueryRowContext(ctx, `SELECT state FROM clusterer_state WHERE id = 1`).Scan(&st.Header)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load clusterer state: %w", err)
	}
	if st.Documents, err = blobs(ctx, tx, `SELECT state FROM document_story ORDER BY seq`); err != nil {
		return nil, fmt.Errorf("load clusterer state: documents: %w", err)
	}
	if st.Stories, err = blobs(ctx, tx, `SELECT state FROM stories ORDER BY seq`); err != nil {
		return nil, fmt.Errorf("load clusterer state: stories: %w", err)
	}
	return st, nil
}

func blobs(ctx context.Context, tx *sql.Tx, query string) ([][]byte, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// UnplacedDocuments returns the ids of the stored documents that no story
// holds, in the order they were first stored: those stored after the last
// PutStories, for example when a run stopped between the two writes.
func (db *DB) UnplacedDocuments(ctx context.Context) ([]string, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id FROM documents d
		WHERE NOT EXISTS (SELECT 1 FROM document_story s WHERE s.document_id = d.id) ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("unplaced documents: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("unplaced documents: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("unplaced documents: %w", err)
	}
	return ids, nil
}

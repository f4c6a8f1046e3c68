-- Stories: the groups of documents that report one real-world event, as
-- the story clusterer last left them, with their fused events, and the
-- state records the clusterer resumes from in a later run.
--
-- The store does not interpret the state columns: they are the opaque
-- records of story.Changes. A story row is rewritten whole (its events
-- replaced) each time a document joins it; a document_story row and its
-- state are written once, in the order the clusterer placed the
-- documents (seq). document_story has no foreign key to documents, so
-- that a story may be written in its own transaction after the documents.
CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	seq        INTEGER NOT NULL UNIQUE, -- the order the clusterer started it, from 0
	label      TEXT NOT NULL DEFAULT '',
	summary    TEXT NOT NULL DEFAULT '',
	date_from  TEXT, -- YYYY-MM-DD, or NULL when unknown
	date_to    TEXT,
	documents  TEXT NOT NULL DEFAULT '[]', -- JSON array of document ids, in the order added
	outlets    TEXT NOT NULL DEFAULT '[]', -- JSON array of distinct outlets
	updated_at TEXT NOT NULL,
	state      BLOB NOT NULL DEFAULT x''
);

CREATE INDEX stories_date_from ON stories (date_from, id);

CREATE TABLE story_events (
	story_id     TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	seq          INTEGER NOT NULL, -- most reported first
	event        TEXT NOT NULL,    -- JSON marsad.Event
	num_sources  INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	num_mentions INTEGER NOT NULL,
	evidence     TEXT NOT NULL DEFAULT '[]', -- JSON array of evidence
	dates        TEXT NOT NULL DEFAULT '[]', -- JSON array of marsad.Date
	PRIMARY KEY (story_id, seq)
) WITHOUT ROWID;

CREATE TABLE document_story (
	document_id TEXT PRIMARY KEY,
	story_id    TEXT NOT NULL,
	seq         INTEGER NOT NULL UNIQUE,
	state       BLOB NOT NULL DEFAULT x''
);

CREATE INDEX document_story_story ON document_story (story_id);

CREATE TABLE clusterer_state (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	state BLOB NOT NULL
);

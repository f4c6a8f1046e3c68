-- Documents and their full-text index.
--
-- documents.data is the whole marsad.Document as JSON; the other columns
-- are copies of its fields for filtering and listing. seq is the rowid
-- the index refers to; it stays the same when a document is updated.
CREATE TABLE documents (
	seq        INTEGER PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	hash       TEXT NOT NULL,
	outlet     TEXT NOT NULL DEFAULT '',
	url        TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	published  TEXT, -- YYYY-MM-DD, or NULL when unknown
	source     TEXT NOT NULL DEFAULT '',
	stored_at  TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	data       BLOB NOT NULL
);

CREATE INDEX documents_outlet_id ON documents (outlet, id);
CREATE INDEX documents_published_id ON documents (published, id);

-- The index holds the analyser's keys, space-joined, one column for the
-- title and one for the body. The keys are already normalised, so the
-- tokenizer only has to split on spaces; it must not fold anything else.
-- Contentless: the text lives in documents.data; rows are deleted by rowid.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title,
	body,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0'
);

-- A title match weighs four times a body match.
INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

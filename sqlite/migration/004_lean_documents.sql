-- The lean encoding of documents, and the data version.
--
-- documents.enc says how a row holds its document (see encoding.go):
-- 0, the rows written before this migration, is the whole document as
-- JSON in data; 1 is the document's text in documents.text and the rest
-- in a compact binary record in data, without the strings that are the
-- text under their own span; 2 is the whole document as JSON again, for a
-- document the lean encoding cannot hold. Open rewrites the rows of
-- encoding 0 in the lean encoding, a batch per transaction, so that a
-- rewrite cut short resumes at the next Open; every encoding stays
-- readable. A later migration that reads documents.data with SQL must
-- expect all three (a binary record is not JSON); a program built before
-- this migration cannot read the rows rewritten.
ALTER TABLE documents ADD COLUMN enc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN text TEXT;

-- data_version.version grows with every change to the documents and the
-- stories, by any process (the triggers count rows, so it may grow by more
-- than one per transaction): a reader that saw it unchanged has seen no
-- commit since. DB.DataVersion reads it.
CREATE TABLE data_version (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TRIGGER documents_insert_version AFTER INSERT ON documents
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER documents_update_version AFTER UPDATE ON documents
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER documents_delete_version AFTER DELETE ON documents
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER stories_insert_version AFTER INSERT ON stories
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER stories_update_version AFTER UPDATE ON stories
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER stories_delete_version AFTER DELETE ON stories
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER story_events_insert_version AFTER INSERT ON story_events
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER story_events_update_version AFTER UPDATE ON story_events
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER story_events_delete_version AFTER DELETE ON story_events
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER document_story_insert_version AFTER INSERT ON document_story
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER document_story_update_version AFTER UPDATE ON document_story
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER document_story_delete_version AFTER DELETE ON document_story
BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

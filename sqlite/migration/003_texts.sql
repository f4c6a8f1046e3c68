-- The title and body text of each document, as it is indexed (indexText):
-- what search snippets are cut from, so that a search reads these two
-- strings rather than decoding the whole document JSON. Written with the
-- document in the same transaction; existing documents are backfilled
-- here from their JSON (data is stored as a BLOB, which SQLite's json
-- functions would read as JSONB, hence the casts).
CREATE TABLE document_texts (
	seq   INTEGER PRIMARY KEY, -- documents.seq
	title TEXT NOT NULL,
	body  TEXT NOT NULL
);

INSERT INTO document_texts (seq, title, body)
SELECT d.seq,
	coalesce(nullif(json_extract(CAST(d.data AS TEXT), '$.title'), ''),
		json_extract(CAST(d.data AS TEXT), '$.article.title'), ''),
	CASE WHEN coalesce(json_array_length(CAST(d.data AS TEXT), '$.body'), 0) > 0
		THEN (SELECT group_concat(coalesce(json_extract(j.value, '$.text'), ''), char(10) ORDER BY j.key)
			FROM json_each(CAST(d.data AS TEXT), '$.body') j)
		ELSE coalesce(json_extract(CAST(d.data AS TEXT), '$.article.text'), '')
	END
FROM documents d;

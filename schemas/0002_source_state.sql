-- newsflow schema, migration 2: the state of long-running sources (the daemon), so that a
-- restart resumes with no duplicate and no lost item; and the full-text index rebuilt with
-- stemming (at the end). Idempotent (IF NOT EXISTS, DROP IF EXISTS), so databases whose state
-- tables predate its registration in user_version migrate cleanly.

-- One row per polled feed.
CREATE TABLE IF NOT EXISTS feed_state (
    feed           TEXT PRIMARY KEY,     -- feed URL as configured
    etag           TEXT,                 -- validators of the last 200 response (conditional GET)
    last_modified  TEXT,
    next_poll_ms   INTEGER NOT NULL DEFAULT 0,  -- Unix milliseconds
    last_poll_at   TEXT,
    last_status    TEXT,                 -- 'ok', 'not-modified' or 'error'
    last_error     TEXT,
    errors_in_row  INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Every item a long-running source has handed to the pipeline: feed entries (source = feed
-- URL, key = GUID or link) and files of watched folders (source = 'folder:<dir>', key = path).
-- An item is 'pending' from the moment it is sent until its document is in `documents` (or
-- its failure in `failures`), then 'done'; pending items are fetched again after a restart.
CREATE TABLE IF NOT EXISTS source_items (
    source         TEXT NOT NULL,
    key            TEXT NOT NULL,
    location       TEXT NOT NULL,        -- what the document's source / failure's source will be
    version        TEXT NOT NULL DEFAULT '',  -- files: '<size>:<mtime_ns>'
    state          TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    pending_since  TEXT NOT NULL,
    done_at        TEXT,
    PRIMARY KEY (source, key)
) STRICT;
CREATE INDEX IF NOT EXISTS source_items_location ON source_items(location);
CREATE INDEX IF NOT EXISTS source_items_pending ON source_items(state) WHERE state = 'pending';

-- Lookups the daemon makes to confirm that a pending item reached the database.
CREATE INDEX IF NOT EXISTS documents_source ON documents(source_id);
CREATE INDEX IF NOT EXISTS failures_source ON failures(source);

-- Full-text index, rebuilt: stemmed (porter), and filled by the writer with one statement at
-- the end of each batch transaction instead of by the insert trigger of migration 1 (a trigger
-- makes FTS5 flush its index at every per-document savepoint, and together with the writer it
-- would index every sentence twice).
DROP TRIGGER IF EXISTS sentences_fts_insert;
DROP TABLE IF EXISTS sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61');
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');

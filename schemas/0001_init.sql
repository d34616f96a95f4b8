-- newsflow schema, migration 1.
-- Offsets (start, end) are [start, end) in Unicode characters into documents.text,
-- so substr(d.text, x.start + 1, x.end - x.start) returns the span (SPEC §1).

-- Where documents come from: a file or folder path, a URL, a feed, stdin.
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    location  TEXT NOT NULL UNIQUE,
    first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    doc_id       TEXT NOT NULL,            -- the input's own id, else a content hash
    source_id    INTEGER REFERENCES sources(id),
    url          TEXT,                     -- canonical URL when known
    title        TEXT,
    published    TEXT,
    text         TEXT NOT NULL,            -- normalized text (SPEC §2)
    chars        INTEGER NOT NULL,         -- length of text in characters
    content_hash TEXT NOT NULL,            -- blake3 of text, hex
    dedup_key    TEXT NOT NULL UNIQUE,     -- 'url:<canonical url>' or 'hash:<content_hash>'
    minhash      BLOB,                     -- MinHash signature of word 3-shingles; NULL when too short to compare
    duplicate_of INTEGER REFERENCES documents(id), -- first copy of a near-duplicate; not annotated again
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- MinHash LSH bands for near-duplicate lookup (16 per document).
CREATE TABLE minhash_bands (
    band  INTEGER NOT NULL,   -- (band number << 32) | hash of the band's rows
    doc   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, doc)
) STRICT, WITHOUT ROWID;

CREATE TABLE sentences (
    id    INTEGER PRIMARY KEY,
    doc   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx   INTEGER NOT NULL,       -- 0-based position in the document
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    text  TEXT NOT NULL,
    UNIQUE (doc, idx)
) STRICT;

CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    doc      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,    -- position in the document's entity list
    sentence INTEGER NOT NULL,    -- sentence idx
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    label    TEXT NOT NULL,       -- OntoNotes label (SPEC §3)
    actor    TEXT,                -- CAMEO-style actor code, e.g. IND, PAKGOV
    cluster  INTEGER NOT NULL,    -- idx of the first mention of the same referent
    UNIQUE (doc, idx)
) STRICT;
CREATE INDEX entities_label ON entities(label);
CREATE INDEX entities_actor ON entities(actor) WHERE actor IS NOT NULL;
CREATE INDEX entities_text ON entities(text);

CREATE TABLE stances (
    id              INTEGER PRIMARY KEY,
    doc             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    holder_start    INTEGER,
    holder_end      INTEGER,
    holder_text     TEXT,
    holder_entity   INTEGER,      -- entities.idx the holder resolves to
    holder_actor    TEXT,
    cue_start       INTEGER NOT NULL,
    cue_end         INTEGER NOT NULL,
    cue_text        TEXT NOT NULL,
    cue_lemma       TEXT NOT NULL,
    target_start    INTEGER,
    target_end      INTEGER,
    target_text     TEXT,
    polarity        TEXT NOT NULL CHECK (polarity IN ('support', 'oppose', 'neutral')),
    negated         INTEGER NOT NULL CHECK (negated IN (0, 1)),
    event           TEXT,         -- PLOVER category
    reporter_start  INTEGER,
    reporter_end    INTEGER,
    reporter_text   TEXT,
    reporter_entity INTEGER,
    reporter_actor  TEXT,
    reporter_cue    TEXT,
    confidence      REAL NOT NULL,
    UNIQUE (doc, idx)
) STRICT;
CREATE INDEX stances_holder_actor ON stances(holder_actor);
CREATE INDEX stances_event ON stances(event);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    sentence       INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    speaker_text   TEXT,
    speaker_entity INTEGER,
    speaker_actor  TEXT,
    cue_text       TEXT,
    cue_lemma      TEXT,
    UNIQUE (doc, idx)
) STRICT;
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);

-- Inputs that could not be ingested, and why.
CREATE TABLE failures (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- One row per ingest run, for throughput statistics.
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    documents   INTEGER NOT NULL,
    duplicates  INTEGER NOT NULL,
    failures    INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    seconds     REAL NOT NULL
) STRICT;

-- Full-text search over sentences: SELECT ... FROM sentences_fts WHERE sentences_fts MATCH 'mediation'.
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content = 'sentences', content_rowid = 'id');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Who said what: every direct quote with its resolved speaker.
CREATE VIEW who_said_what AS
SELECT q.doc,
       d.title,
       coalesce(e.text, q.speaker_text) AS speaker,
       q.speaker_actor                  AS actor,
       q.cue_lemma                      AS verb,
       q.text                           AS quote
FROM quotes q
JOIN documents d ON d.id = q.doc
LEFT JOIN entities e ON e.doc = q.doc AND e.idx = q.speaker_entity;

-- Stances by holder and target, with the evidence sentence.
CREATE VIEW stance_summary AS
SELECT st.doc,
       coalesce(h.text, st.holder_text) AS holder,
       st.holder_actor                  AS holder_actor,
       st.cue_lemma                     AS cue,
       st.polarity,
       st.negated,
       st.event,
       st.target_text                   AS target,
       coalesce(r.text, st.reporter_text) AS reported_by,
       st.confidence,
       s.text                           AS sentence
FROM stances st
JOIN sentences s ON s.doc = st.doc AND s.idx = st.sentence
LEFT JOIN entities h ON h.doc = st.doc AND h.idx = st.holder_entity
LEFT JOIN entities r ON r.doc = st.doc AND r.idx = st.reporter_entity;

-- Entity co-occurrence per document: canonical mentions (first of each cluster)
-- of people, organisations and places that appear in the same document.
CREATE VIEW entity_cooccurrence AS
WITH canon AS (
    SELECT DISTINCT m.doc, f.text, f.label, f.actor
    FROM entities m
    JOIN entities f ON f.doc = m.doc AND f.idx = m.cluster
    WHERE m.label IN ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT')
)
SELECT a.doc,
       a.text AS entity_a, a.label AS label_a, a.actor AS actor_a,
       b.text AS entity_b, b.label AS label_b, b.actor AS actor_b
FROM canon a
JOIN canon b ON a.doc = b.doc AND a.text < b.text;

-- Entity mentions with their sentence, for quick browsing.
CREATE VIEW entity_mentions AS
SELECT e.doc, e.label, e.text, e.actor, s.text AS sentence
FROM entities e
JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence;

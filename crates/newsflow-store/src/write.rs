//! The single writer.

use crate::migrate::migrate;
use crate::Result;
use newsflow_record::Record;
use newsflow_text::neardup::{Signature, THRESHOLD};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::path::Path;

/// A document ready to be stored.
#[derive(Debug, Clone)]
pub struct NewDoc {
    pub record: Record,
    /// Where it came from (path, URL, `stdin`).
    pub source: String,
    /// blake3 of the normalized text, hex.
    pub content_hash: String,
    /// `url:<canonical url>` or `hash:<content hash>`; unique in the database.
    pub dedup_key: String,
    /// MinHash signature for near-duplicate detection.
    pub minhash: Option<Signature>,
    /// Set when an earlier copy of the same story is already stored; the
    /// document is then stored without annotations.
    pub duplicate_of: Option<i64>,
}

/// One unit of work for the writer.
#[derive(Debug, Clone)]
pub enum Write {
    Doc(Box<NewDoc>),
    Failure { source: String, reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocOutcome {
    /// Stored with its annotations; the row id.
    Inserted(i64),
    /// Stored as a near-duplicate of an earlier document (row ids).
    NearDuplicate { id: i64, of: i64 },
    /// Already in the database (same canonical URL or same text): nothing added.
    Duplicate,
    /// Could not be stored; nothing of it was written.
    Failed(String),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BatchOutcome {
    pub docs: Vec<DocOutcome>,
    pub failures_recorded: usize,
}

/// What one ingest run did, for the `runs` table.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    pub started_at: String,
    pub finished_at: String,
    pub documents: u64,
    pub duplicates: u64,
    pub failures: u64,
    pub bytes: u64,
    pub seconds: f64,
}

/// The writer connection. Not `Sync`: own it on one blocking thread.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` for writing and
    /// migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let mut conn = connect(path)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Bulk ingest: a 16 MiB page cache, temp b-trees in memory, and fewer
        // WAL checkpoints in the middle of a run (one runs at the end).
        conn.pragma_update(None, "cache_size", -16_384)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "wal_autocheckpoint", 8_192)?;
        conn.set_prepared_statement_cache_capacity(64);
        migrate(&mut conn, &path.display().to_string())?;
        Ok(Store { conn })
    }

    /// Writes a batch in one transaction; each document is all-or-nothing.
    ///
    /// Transactions begin IMMEDIATE: they take the write lock up front
    /// (waiting through the busy timeout), because a deferred transaction
    /// that reads first and then writes gets SQLITE_BUSY at once when another
    /// connection (the daemon's source state) is writing.
    pub fn write_batch(&mut self, batch: Vec<Write>) -> Result<BatchOutcome> {
        // Fast path: the whole batch in one transaction with no per-document
        // savepoints (each costs two parsed statements). Documents almost
        // never fail to insert; when one does, the batch rolls back and is
        // written again document by document.
        match self.write_tx(&batch, false) {
            Ok(outcome) => Ok(outcome),
            Err(e) => {
                tracing::debug!(message = "Batch rolled back; writing documents one by one.", error = %e);
                self.write_tx(&batch, true)
            }
        }
    }

    /// Writes a batch in one IMMEDIATE transaction. With `savepoints`, each
    /// document gets its own, so one that cannot be stored leaves nothing
    /// behind and is recorded as a failure; without, any error aborts the
    /// whole transaction.
    fn write_tx(&mut self, batch: &[Write], savepoints: bool) -> Result<BatchOutcome> {
        let mut outcome = BatchOutcome::default();
        let mut tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last_sentence = max_sentence_id(&tx)?;
        for w in batch {
            match w {
                Write::Failure { source, reason } => {
                    insert_failure(&tx, source, reason)?;
                    outcome.failures_recorded += 1;
                }
                Write::Doc(doc) if !savepoints => outcome.docs.push(insert_doc(&tx, doc)?),
                Write::Doc(doc) => {
                    let sp = tx.savepoint()?;
                    let doc_outcome = match insert_doc(&sp, doc) {
                        Ok(o) => {
                            sp.commit()?;
                            o
                        }
                        Err(e) => {
                            drop(sp); // rolls back this document only
                            let reason = format!("could not store document: {e}");
                            tracing::warn!(message = "Document not stored.", source = %doc.source, error = %e);
                            insert_failure(&tx, &doc.source, &reason)?;
                            outcome.failures_recorded += 1;
                            DocOutcome::Failed(reason)
                        }
                    };
                    outcome.docs.push(doc_outcome);
                }
            }
        }
        index_sentences(&tx, last_sentence)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Records one ingest run.
    pub fn record_run(&mut self, run: &RunSummary) -> Result<()> {
        self.conn.execute(
            "INSERT INTO runs (started_at, finished_at, documents, duplicates, failures, bytes, seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![run.started_at, run.finished_at, run.documents as i64, run.duplicates as i64, run.failures as i64, run.bytes as i64, run.seconds],
        )?;
        Ok(())
    }

    /// Checkpoints the WAL into the main file (on a clean shutdown).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// A read-write connection as every writer of the database needs it: WAL,
/// `synchronous = NORMAL`, and a busy timeout so writers wait for each other.
pub(crate) fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(conn)
}

fn max_sentence_id(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT coalesce(max(id), 0) FROM sentences", [], |r| {
            r.get(0)
        })?,
    )
}

fn insert_failure(conn: &Connection, source: &str, reason: &str) -> Result<()> {
    conn.prepare_cached("INSERT INTO failures (source, reason) VALUES (?1, ?2)")?
        .execute(params![source, reason])?;
    Ok(())
}

/// Adds the sentences inserted after `last_sentence` to the full-text index,
/// in the caller's transaction.
fn index_sentences(conn: &Connection, last_sentence: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ?1",
    )?
    .execute(params![last_sentence])?;
    Ok(())
}

/// Finds the earliest stored original whose MinHash similarity to `sig`
/// reaches the near-duplicate threshold.
pub(crate) fn find_near_duplicate(conn: &Connection, sig: &Signature) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.minhash FROM minhash_bands b JOIN documents d ON d.id = b.doc WHERE b.band = ?1 AND d.duplicate_of IS NULL",
    )?;
    let mut best: Option<i64> = None;
    for band in sig.bands() {
        let mut rows = stmt.query(params![band])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            if best.is_some_and(|b| b <= id) {
                continue;
            }
            let other: Option<Vec<u8>> = row.get(1)?;
            if other
                .as_deref()
                .and_then(Signature::from_bytes)
                .is_some_and(|o| o.similarity(sig) >= THRESHOLD)
            {
                best = Some(id);
            }
        }
    }
    Ok(best)
}

fn source_id(tx: &Connection, location: &str) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO sources (location) VALUES (?1) ON CONFLICT (location) DO NOTHING",
    )?
    .execute(params![location])?;
    Ok(tx
        .prepare_cached("SELECT id FROM sources WHERE location = ?1")?
        .query_row(params![location], |r| r.get(0))?)
}

/// The source location without the `:line` / `#n` suffix of records in one file.
fn source_location(source: &str) -> &str {
    match source.rfind([':', '#']) {
        Some(i) if source[i + 1..].chars().all(|c| c.is_ascii_digit()) && i + 1 < source.len() => {
            &source[..i]
        }
        _ => source,
    }
}

fn insert_doc(tx: &Connection, doc: &NewDoc) -> Result<DocOutcome> {
    let exists: Option<i64> = tx
        .prepare_cached("SELECT id FROM documents WHERE dedup_key = ?1")?
        .query_row(params![doc.dedup_key], |r| r.get(0))
        .optional()?;
    if exists.is_some() {
        return Ok(DocOutcome::Duplicate);
    }
    let duplicate_of = match (doc.duplicate_of, &doc.minhash) {
        (Some(of), _) => Some(of),
        (None, Some(sig)) => find_near_duplicate(tx, sig)?,
        (None, None) => None,
    };
    let r = &doc.record;
    let src = source_id(tx, source_location(&doc.source))?;
    let chars = r.text.chars().count() as i64;
    let id: i64 = tx
        .prepare_cached(
            "INSERT INTO documents (doc_id, source_id, url, title, published, text, chars, content_hash, dedup_key, minhash, duplicate_of)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
        )?
        .query_row(
            params![r.id, src, r.url, r.title, r.published, r.text, chars, doc.content_hash, doc.dedup_key, doc.minhash.as_ref().map(Signature::to_bytes), duplicate_of],
            |row| row.get(0),
        )?;
    if let Some(of) = duplicate_of {
        return Ok(DocOutcome::NearDuplicate { id, of });
    }
    if let Some(sig) = &doc.minhash {
        let mut stmt =
            tx.prepare_cached("INSERT OR IGNORE INTO minhash_bands (band, doc) VALUES (?1, ?2)")?;
        for band in sig.bands() {
            stmt.execute(params![band, id])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO sentences (doc, idx, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (i, s) in r.sentences.iter().enumerate() {
            stmt.execute(params![id, i as i64, s.start as i64, s.end as i64, s.text])?;
        }
    }
    let sentence_of = |start: usize| -> i64 {
        let k = r.sentences.partition_point(|s| s.end <= start);
        k.min(r.sentences.len().saturating_sub(1)) as i64
    };
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO entities (doc, idx, sentence, start, end, text, label, actor, cluster) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (i, e) in r.entities.iter().enumerate() {
            stmt.execute(params![
                id,
                i as i64,
                sentence_of(e.start),
                e.start as i64,
                e.end as i64,
                e.text,
                e.label,
                e.actor,
                e.cluster as i64
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO stances (doc, idx, sentence, holder_start, holder_end, holder_text, holder_entity, holder_actor,
                cue_start, cue_end, cue_text, cue_lemma, target_start, target_end, target_text, polarity, negated, event,
                reporter_start, reporter_end, reporter_text, reporter_entity, reporter_actor, reporter_cue, confidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        )?;
        for (i, s) in r.stances.iter().enumerate() {
            let h = s.holder.as_ref();
            let t = s.target.as_ref();
            let rep = s.reported_by.as_ref();
            stmt.execute(params![
                id,
                i as i64,
                s.sentence as i64,
                h.map(|m| m.start as i64),
                h.map(|m| m.end as i64),
                h.map(|m| m.text.as_str()),
                h.and_then(|m| m.entity).map(|e| e as i64),
                h.and_then(|m| m.actor.as_deref()),
                s.cue.start as i64,
                s.cue.end as i64,
                s.cue.text,
                s.cue.lemma,
                t.map(|x| x.start as i64),
                t.map(|x| x.end as i64),
                t.map(|x| x.text.as_str()),
                s.polarity,
                s.negated,
                s.event,
                rep.map(|x| x.source.start as i64),
                rep.map(|x| x.source.end as i64),
                rep.map(|x| x.source.text.as_str()),
                rep.and_then(|x| x.source.entity).map(|e| e as i64),
                rep.and_then(|x| x.source.actor.as_deref()),
                rep.map(|x| x.cue.lemma.as_str()),
                f64::from(s.confidence),
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO quotes (doc, idx, sentence, start, end, text, speaker_start, speaker_end, speaker_text, speaker_entity, speaker_actor, cue_text, cue_lemma)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        for (i, q) in r.quotes.iter().enumerate() {
            let sp = q.speaker.as_ref();
            stmt.execute(params![
                id,
                i as i64,
                q.sentence as i64,
                q.start as i64,
                q.end as i64,
                q.text,
                sp.map(|m| m.start as i64),
                sp.map(|m| m.end as i64),
                sp.map(|m| m.text.as_str()),
                sp.and_then(|m| m.entity).map(|e| e as i64),
                sp.and_then(|m| m.actor.as_deref()),
                q.cue.as_ref().map(|c| c.text.as_str()),
                q.cue.as_ref().map(|c| c.lemma.as_str()),
            ])?;
        }
    }
    Ok(DocOutcome::Inserted(id))
}

//! State of long-running sources (feeds, watched folders) kept in the same
//! database as the documents (`schemas/0002_source_state.sql`), on a
//! connection of its own, so that a restarted daemon resumes with no
//! duplicate and no lost item.
//!
//! An item is recorded as *pending* when it is handed to the pipeline, and
//! becomes *done* only once the database shows it: a document from its
//! location, a document with its URL, or a failure for it, written after it
//! was sent. Items still pending after a crash are fetched again.

use crate::Result;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// What is remembered about one feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedState {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// When to poll next, Unix milliseconds (0: now).
    pub next_poll_ms: i64,
    pub errors_in_row: i64,
}

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    New,
    /// Sent before but not (yet) seen in the database.
    Pending {
        attempts: i64,
    },
    Done,
}

/// The source-state connection.
pub struct SourceState {
    conn: Connection,
}

impl SourceState {
    /// Opens the state tables of the database at `path` (which the store
    /// has already created), creating them if needed.
    pub fn open(path: &Path) -> Result<SourceState> {
        let mut conn = crate::write::connect(path)?;
        crate::migrate::migrate(&mut conn, &path.display().to_string())?;
        Ok(SourceState { conn })
    }

    pub fn feed(&self, feed: &str) -> Result<FeedState> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT etag, last_modified, next_poll_ms, errors_in_row FROM feed_state WHERE feed = ?1",
            )?
            .query_row(params![feed], |r| {
                Ok(FeedState {
                    etag: r.get(0)?,
                    last_modified: r.get(1)?,
                    next_poll_ms: r.get(2)?,
                    errors_in_row: r.get(3)?,
                })
            })
            .optional()?
            .unwrap_or_default())
    }

    /// Records the outcome of a poll: `status` is `ok`, `not-modified` or
    /// `error` (with `error`).
    pub fn save_feed(
        &self,
        feed: &str,
        state: &FeedState,
        status: &str,
        error: Option<&str>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO feed_state (feed, etag, last_modified, next_poll_ms, errors_in_row, last_poll_at, last_status, last_error)
                 VALUES (?1, ?2, ?3, ?4, ?5, {NOW}, ?6, ?7)
                 ON CONFLICT (feed) DO UPDATE SET etag = ?2, last_modified = ?3, next_poll_ms = ?4,
                   errors_in_row = ?5, last_poll_at = {NOW}, last_status = ?6, last_error = ?7"
            ))?
            .execute(params![
                feed,
                state.etag,
                state.last_modified,
                state.next_poll_ms,
                state.errors_in_row,
                status,
                error
            ])?;
        Ok(())
    }

    /// Status of item `key` of `source` at `version` ('' for feed entries).
    /// An item whose location is already done under another source, or
    /// whose URL is already a stored document, counts as done.
    pub fn item(
        &self,
        source: &str,
        key: &str,
        location: &str,
        version: &str,
    ) -> Result<ItemStatus> {
        let row: Option<(String, String, i64)> = self
            .conn
            .prepare_cached(
                "SELECT state, version, attempts FROM source_items WHERE source = ?1 AND key = ?2",
            )?
            .query_row(params![source, key], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        match row {
            Some((state, v, _)) if state == "done" && v == version => return Ok(ItemStatus::Done),
            Some((state, v, attempts)) if state == "pending" && v == version => {
                return Ok(ItemStatus::Pending { attempts })
            }
            _ => {}
        }
        if version.is_empty() {
            let elsewhere: bool = self
                .conn
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM source_items WHERE location = ?1 AND state = 'done')
                         OR EXISTS (SELECT 1 FROM documents WHERE url = ?1)",
                )?
                .query_row(params![location], |r| r.get(0))?;
            if elsewhere {
                return Ok(ItemStatus::Done);
            }
        }
        Ok(ItemStatus::New)
    }

    /// Records that the item is being handed to the pipeline now.
    pub fn mark_pending(
        &self,
        source: &str,
        key: &str,
        location: &str,
        version: &str,
    ) -> Result<()> {
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO source_items (source, key, location, version, state, attempts, pending_since)
                 VALUES (?1, ?2, ?3, ?4, 'pending', 1, {NOW})
                 ON CONFLICT (source, key) DO UPDATE SET location = ?3,
                   attempts = CASE WHEN version = ?4 THEN attempts + 1 ELSE 1 END,
                   version = ?4, state = 'pending', pending_since = {NOW}, done_at = NULL"
            ))?
            .execute(params![source, key, location, version])?;
        Ok(())
    }

    /// Marks an item done without evidence (e.g. a feed entry skipped).
    pub fn mark_done(&self, source: &str, key: &str, location: &str, version: &str) -> Result<()> {
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO source_items (source, key, location, version, state, attempts, pending_since, done_at)
                 VALUES (?1, ?2, ?3, ?4, 'done', 0, {NOW}, {NOW})
                 ON CONFLICT (source, key) DO UPDATE SET location = ?3, version = ?4, state = 'done', done_at = {NOW}"
            ))?
            .execute(params![source, key, location, version])?;
        Ok(())
    }

    /// Marks done every pending item the database now shows (a document or
    /// a failure for its location since it was sent, or a document with its
    /// URL), and those sent `give_up_after` times without trace (an exact
    /// duplicate of a stored document leaves none). Returns how many.
    pub fn confirm_pending(&self, give_up_after: i64) -> Result<usize> {
        let n = self.conn.execute(
            &format!(
                "UPDATE source_items SET state = 'done', done_at = {NOW}
                 WHERE state = 'pending' AND (
                   EXISTS (SELECT 1 FROM documents d JOIN sources s ON s.id = d.source_id
                           WHERE s.location = source_items.location AND d.ingested_at >= source_items.pending_since)
                   OR EXISTS (SELECT 1 FROM failures f
                           WHERE f.source = source_items.location AND f.at >= source_items.pending_since)
                   OR (source_items.version = '' AND EXISTS (SELECT 1 FROM documents d WHERE d.url = source_items.location))
                   OR attempts >= ?1)"
            ),
            params![give_up_after],
        )?;
        Ok(n)
    }

    /// The `(key, location)` of one source's pending items.
    pub fn pending_for(&self, source: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, location FROM source_items WHERE state = 'pending' AND source = ?1 ORDER BY key",
        )?;
        let rows = stmt
            .query_map([source], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// How many items are pending, over all sources.
    pub fn pending_count(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM source_items WHERE state = 'pending'",
            [],
            |r| r.get(0),
        )?)
    }

    /// Pending items of every source, as `(source, key, location)` (the
    /// daemon asks per source, with `pending_for`; tests look at them all).
    #[cfg(test)]
    fn pending(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT source, key, location FROM source_items WHERE state = 'pending' ORDER BY source, key",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (tempfile::TempDir, SourceState, Connection) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.db");
        drop(crate::Store::open(&path).expect("store"));
        let state = SourceState::open(&path).expect("state");
        let conn = Connection::open(&path).expect("conn");
        (dir, state, conn)
    }

    #[test]
    fn pending_until_the_database_shows_the_item() {
        let (_d, s, conn) = db();
        assert_eq!(
            s.item("f", "g1", "https://a.test/1", "").expect("item"),
            ItemStatus::New
        );
        s.mark_pending("f", "g1", "https://a.test/1", "")
            .expect("pending");
        s.mark_pending("f", "g2", "https://a.test/2", "")
            .expect("pending");
        assert_eq!(s.confirm_pending(3).expect("confirm"), 0);
        assert_eq!(
            s.item("f", "g1", "https://a.test/1", "").expect("item"),
            ItemStatus::Pending { attempts: 1 }
        );
        conn.execute(
            "INSERT INTO failures (source, reason) VALUES ('https://a.test/2', 'HTTP status 500')",
            [],
        )
        .expect("failure");
        assert_eq!(s.confirm_pending(3).expect("confirm"), 1);
        assert_eq!(
            s.item("f", "g2", "https://a.test/2", "").expect("item"),
            ItemStatus::Done
        );
        // The same URL under another feed is done too.
        assert_eq!(
            s.item("other", "x", "https://a.test/2", "").expect("item"),
            ItemStatus::Done
        );
        // Sent three times without trace: given up (an exact duplicate).
        s.mark_pending("f", "g1", "https://a.test/1", "")
            .expect("pending");
        s.mark_pending("f", "g1", "https://a.test/1", "")
            .expect("pending");
        assert_eq!(s.confirm_pending(3).expect("confirm"), 1);
        assert_eq!(s.pending().expect("pending"), vec![]);
    }

    #[test]
    fn feed_state_round_trips_and_files_have_versions() {
        let (_d, s, _) = db();
        assert_eq!(s.feed("f").expect("feed"), FeedState::default());
        let st = FeedState {
            etag: Some("\"v1\"".into()),
            last_modified: None,
            next_poll_ms: 42,
            errors_in_row: 0,
        };
        s.save_feed("f", &st, "ok", None).expect("save");
        assert_eq!(s.feed("f").expect("feed"), st);
        s.mark_done("folder:/in", "/in/a.txt", "/in/a.txt", "10:1")
            .expect("done");
        assert_eq!(
            s.item("folder:/in", "/in/a.txt", "/in/a.txt", "10:1")
                .expect("item"),
            ItemStatus::Done
        );
        assert_eq!(
            s.item("folder:/in", "/in/a.txt", "/in/a.txt", "12:2")
                .expect("item"),
            ItemStatus::New
        );
    }
}

//! Read-only access: dedup lookups, `newsflow query`, `newsflow stats`.

use crate::migrate::{schema_version, SCHEMA_VERSION};
use crate::write::find_near_duplicate;
use crate::{Result, StoreError};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// A read-only connection. Writes through it fail ("attempt to write a
/// readonly database"), whatever SQL is given.
pub struct Reader {
    conn: Connection,
}

/// The result of an arbitrary query: column names and rows of JSON values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryResult {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<serde_json::Value>>,
}

/// Counts of what is in a database.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub documents: i64,
    pub near_duplicates: i64,
    pub sentences: i64,
    pub entities: i64,
    pub entities_by_label: Vec<(String, i64)>,
    pub stances: i64,
    pub quotes: i64,
    pub failures: i64,
    pub chars: i64,
    pub runs: i64,
    /// Documents per second and bytes per second of the last run.
    pub last_run: Option<(f64, f64)>,
}

impl Reader {
    pub fn open(path: &Path) -> Result<Reader> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.display().to_string(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "query_only", "ON")?;
        let found = schema_version(&conn)?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.display().to_string(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(Reader { conn })
    }

    /// Whether a document with this dedup key is stored.
    pub fn contains(&self, dedup_key: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE dedup_key = ?1")?
            .query_row(params![dedup_key], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Whether a document with this URL (canonical or as fetched) is stored.
    pub fn contains_url(&self, url: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE url = ?1 OR dedup_key = 'url:' || ?1")?
            .query_row(params![url], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The earliest stored document this signature is a near-duplicate of.
    pub fn near_duplicate(&self, sig: &newsflow_text::neardup::Signature) -> Result<Option<i64>> {
        find_near_duplicate(&self.conn, sig)
    }

    /// Runs one SQL statement and returns all its rows.
    pub fn query(&self, sql: &str) -> Result<QueryResult> {
        let mut stmt = self.conn.prepare(sql)?;
        let columns: Vec<String> = stmt.column_names().map(str::to_owned).collect();
        let n = columns.len();
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut values = Vec::with_capacity(n);
            for i in 0..n {
                values.push(match row.get_ref(i)? {
                    ValueRef::Null => serde_json::Value::Null,
                    ValueRef::Integer(v) => v.into(),
                    ValueRef::Real(v) => v.into(),
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
                    ValueRef::Blob(b) => format!("<{} bytes>", b.len()).into(),
                });
            }
            out.push(values);
        }
        Ok(QueryResult { columns, rows: out })
    }

    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let mut by_label = Vec::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT label, count(*) FROM entities GROUP BY label ORDER BY count(*) DESC, label",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                by_label.push((r.get(0)?, r.get(1)?));
            }
        }
        let last_run = self
            .conn
            .query_row(
                "SELECT documents, bytes, seconds FROM runs ORDER BY id DESC LIMIT 1",
                [],
                |r| {
                    let docs: i64 = r.get(0)?;
                    let bytes: i64 = r.get(1)?;
                    let secs: f64 = r.get(2)?;
                    Ok((docs, bytes, secs))
                },
            )
            .optional()?
            .filter(|&(_, _, s)| s > 0.0)
            .map(|(d, b, s)| (d as f64 / s, b as f64 / s));
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            near_duplicates: count(
                "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL",
            )?,
            sentences: count("SELECT count(*) FROM sentences")?,
            entities: count("SELECT count(*) FROM entities")?,
            entities_by_label: by_label,
            stances: count("SELECT count(*) FROM stances")?,
            quotes: count("SELECT count(*) FROM quotes")?,
            failures: count("SELECT count(*) FROM failures")?,
            chars: count("SELECT coalesce(sum(chars), 0) FROM documents")?,
            runs: count("SELECT count(*) FROM runs")?,
            last_run,
        })
    }
}

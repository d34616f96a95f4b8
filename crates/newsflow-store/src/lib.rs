//! SQLite persistence for newsflow. The only crate that knows SQL.
//!
//! - [`Store`] is the single writer: it applies the numbered migrations in
//!   `schemas/`, writes in WAL mode with cached prepared statements, and
//!   commits documents in batches, each document all-or-nothing (a batch that
//!   hits a failing document is rewritten with a savepoint per document).
//! - [`Reader`] is a read-only connection: dedup lookups for the pipeline,
//!   and `newsflow query` / `newsflow stats`, which can run while an ingest
//!   is writing.

mod migrate;
mod read;
pub mod state;
mod write;

pub use read::{QueryResult, Reader, Stats};
pub use write::{BatchOutcome, DocOutcome, NewDoc, RunSummary, Store, Write};

/// Schema version this build writes (the highest migration number).
pub use migrate::SCHEMA_VERSION;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path} has schema version {found}, newer than this newsflow understands ({supported}); upgrade newsflow")]
    TooNew {
        path: String,
        found: u32,
        supported: u32,
    },
    #[error("database {path} does not exist")]
    Missing { path: String },
    #[error("SQLite error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("could not encode a record: {0}")]
    Encode(#[from] serde_json::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

//! Numbered migrations from `schemas/`, tracked with `PRAGMA user_version`.

use crate::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};

/// `(version, sql)`, in order. Pending migrations run in one transaction.
const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("../../../schemas/0001_init.sql")),
    (2, include_str!("../../../schemas/0002_source_state.sql")),
];

pub const SCHEMA_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

pub fn schema_version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema of `conn` up to [`SCHEMA_VERSION`], refusing a database
/// written by a newer newsflow.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    // One IMMEDIATE transaction: two processes opening a new database at
    // once cannot both apply the same migration.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = schema_version(&tx)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for &(version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > found) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tracing::info!(message = "Applied migration.", version, path);
    }
    tx.commit()?;
    Ok(())
}

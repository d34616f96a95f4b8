//! The ingestion daemon.

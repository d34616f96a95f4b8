//! Shared helpers for the training binaries.

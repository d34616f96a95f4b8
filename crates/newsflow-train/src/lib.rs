//! Shared helpers for the training binaries.

pub mod ner;

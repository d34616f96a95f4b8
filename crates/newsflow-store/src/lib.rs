//! SQLite persistence (filled in below).

//! Readers for the shared datasets (gzip-aware).

use anyhow::{Context, Result};
use std::path::Path;

pub use newsflow_train::read_text;

/// The seed article and its gold annotations.
pub fn seed(data: &Path) -> Result<(String, serde_json::Value)> {
    let text = read_text(&data.join("seed-article.txt"))?;
    let gold: serde_json::Value = serde_json::from_str(&read_text(&data.join("seed-gold.json"))?)
        .context("parsing seed-gold.json")?;
    Ok((text, gold))
}

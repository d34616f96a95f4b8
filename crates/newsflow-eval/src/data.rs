//! Readers for the shared datasets (gzip-aware).

use anyhow::{Context, Result};
use std::io::Read;
use std::path::Path;

/// Reads a text file, gunzipping it when its name ends in `.gz`.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut s = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut s)
            .with_context(|| format!("gunzipping {}", path.display()))?;
        Ok(s)
    } else {
        String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", path.display()))
    }
}

/// The seed article and its gold annotations.
pub fn seed(data: &Path) -> Result<(String, serde_json::Value)> {
    let text = read_text(&data.join("seed-article.txt"))?;
    let gold: serde_json::Value = serde_json::from_str(&read_text(&data.join("seed-gold.json"))?)
        .context("parsing seed-gold.json")?;
    Ok((text, gold))
}

//! Readers for the shared datasets (gzip-aware).

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

pub use newsflow_train::read_text;

/// The seed article and its gold annotations.
pub fn seed(data: &Path) -> Result<(String, serde_json::Value)> {
    let text = read_text(&data.join("seed-article.txt"))?;
    let gold: serde_json::Value = serde_json::from_str(&read_text(&data.join("seed-gold.json"))?)
        .context("parsing seed-gold.json")?;
    Ok((text, gold))
}

/// The records of a JSON Lines file (gzip-aware), blank lines skipped; an
/// error names the file and line.
pub fn jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let raw = read_text(path)?;
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}: line {}", path.display(), i + 1))
        })
        .collect()
}

/// The files in `dir` whose extension is `ext`, sorted by path.
pub fn files_with_extension(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    Ok(files)
}

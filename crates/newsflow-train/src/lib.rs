//! Shared helpers for the training binaries (and the evaluation, which reads
//! the same datasets).

use anyhow::{Context, Result};
use std::io::Read;
use std::path::Path;

/// Reads a dataset file as text, gunzipping it when its name ends in `.gz`.
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

/// One document of a CoNLL-U file, as the sentence-splitter evaluation and
/// training see it: the `# text` lines of its sentences joined with one
/// space, and the byte offsets where those sentences end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluDoc {
    pub text: String,
    pub ends: Vec<usize>,
}

/// The documents (split at `# newdoc`) of a CoNLL-U file; documents without
/// sentence text are left out.
pub fn conllu_documents(raw: &str) -> Vec<ConlluDoc> {
    let mut docs: Vec<ConlluDoc> = Vec::new();
    for line in raw.lines() {
        if line.starts_with("# newdoc") || docs.is_empty() {
            docs.push(ConlluDoc {
                text: String::new(),
                ends: Vec::new(),
            });
        }
        let Some(sent) = line.strip_prefix("# text = ").map(str::trim) else {
            continue;
        };
        if let (false, Some(doc)) = (sent.is_empty(), docs.last_mut()) {
            if !doc.text.is_empty() {
                doc.text.push(' ');
            }
            doc.text.push_str(sent);
            doc.ends.push(doc.text.len());
        }
    }
    docs.retain(|d| !d.ends.is_empty());
    docs
}

pub mod ner;

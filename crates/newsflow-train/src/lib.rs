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

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Sentence-boundary counts over documents, micro-averaged: the end of a
/// text is not a decision, so the last gold and the last predicted sentence
/// end of each document are not counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BoundaryCounts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl std::ops::AddAssign for BoundaryCounts {
    fn add_assign(&mut self, other: BoundaryCounts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

impl BoundaryCounts {
    /// Adds one document: its gold sentence ends (byte offsets) and the
    /// sentences a splitter predicted.
    pub fn add(&mut self, gold: &[usize], predicted: &[newsflow_text::Span]) {
        let gold: std::collections::HashSet<usize> = gold[..gold.len().saturating_sub(1)]
            .iter()
            .copied()
            .collect();
        let pred: std::collections::HashSet<usize> = predicted[..predicted.len().saturating_sub(1)]
            .iter()
            .map(|s| s.end)
            .collect();
        let tp = gold.intersection(&pred).count();
        self.tp += tp;
        self.fp += pred.len() - tp;
        self.fn_ += gold.len() - tp;
    }

    /// Precision, recall and F1 as fractions (0 when undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// The text of each document of a CoNLL-U file (from one `# newdoc` line to
/// the next), in order; a preamble before the first `# newdoc` that holds no
/// sentence is left out.
pub fn conllu_chunks(raw: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = raw
        .match_indices("# newdoc")
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || raw.as_bytes()[i - 1] == b'\n')
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    let mut chunks: Vec<&str> = starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&raw.len())))
        .map(|(&a, &b)| &raw[a..b])
        .collect();
    if chunks.first().is_some_and(|c| !c.contains("# text = ")) {
        chunks.remove(0);
    }
    chunks
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

#[cfg(test)]
mod tests {
    use super::*;

    const RAW: &str = "# global.columns = ID FORM\n\
        # newdoc id = a\n# text = Hello there.\n1\tHello\n\n# text = Bye.\n1\tBye\n\n\
        # newdoc id = b\n# text = Again.\n1\tAgain\n\n";

    #[test]
    fn documents_join_sentences_with_one_space() {
        let docs = conllu_documents(RAW);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Hello there. Bye.");
        assert_eq!(docs[0].ends, vec![12, 17]);
        assert_eq!(docs[1].text, "Again.");
    }

    #[test]
    fn chunks_are_documents_without_the_preamble() {
        let chunks = conllu_chunks(RAW);
        assert_eq!(chunks.len(), 2);
        assert!(chunks[0].starts_with("# newdoc id = a"));
        assert!(chunks[1].starts_with("# newdoc id = b"));
        let per_chunk: Vec<ConlluDoc> = chunks.iter().flat_map(|c| conllu_documents(c)).collect();
        assert_eq!(per_chunk, conllu_documents(RAW));
    }
}

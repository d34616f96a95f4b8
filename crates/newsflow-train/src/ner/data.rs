//! Readers for the NER training material.

use anyhow::{Context, Result};
use newsflow_ner::tags::{self, Kind};
use newsflow_text::{token::tokenize_into, Span};
use std::path::Path;

pub use crate::read_text;

/// One CoNLL sentence, re-tokenized the way newsflow tokenizes: `text` is
/// the words joined by single spaces, `toks` are newsflow's tokens and
/// `gold` their BILOU tags.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    pub toks: Vec<Span>,
    pub gold: Vec<u8>,
    /// Gold entities as byte spans with their CoNLL type.
    pub entities: Vec<(Span, Kind)>,
    /// Index of the document the sentence belongs to.
    pub doc: usize,
}

/// Parses a CoNLL-2003 file (`word POS chunk NER`, IOB2).
pub fn read_conll(path: &Path) -> Result<Vec<Sentence>> {
    let raw = read_text(path)?;
    let mut out = Vec::new();
    let mut words: Vec<(String, String)> = Vec::new();
    let mut doc = 0usize;
    let flush = |words: &mut Vec<(String, String)>, out: &mut Vec<Sentence>, doc: usize| {
        if !words.is_empty() {
            out.push(build(words, doc));
            words.clear();
        }
    };
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut words, &mut out, doc);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut words, &mut out, doc);
            doc += 1;
            continue;
        }
        let mut parts = line.split(' ');
        let w = parts.next().unwrap_or("").to_owned();
        let tag = parts.next_back().unwrap_or("O").to_owned();
        words.push((w, tag));
    }
    flush(&mut words, &mut out, doc);
    Ok(out)
}

fn build(words: &[(String, String)], doc: usize) -> Sentence {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(words.len());
    for (i, (w, _)) in words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let s = text.len();
        text.push_str(w);
        spans.push(Span::new(s, text.len()));
    }
    // Gold entities from IOB2 over the original words.
    let mut entities: Vec<(Span, Kind)> = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for (i, (_, t)) in words.iter().enumerate() {
        let (prefix, ty) = t.split_once('-').unwrap_or(("O", ""));
        let kind = Kind::parse(ty);
        let continues = prefix == "I" && matches!((open, kind), (Some((_, a)), Some(b)) if a == b);
        if !continues {
            if let Some((s, k)) = open.take() {
                entities.push((Span::new(spans[s].start, spans[i - 1].end), k));
            }
            if let Some(k) = kind {
                open = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = open {
        entities.push((Span::new(spans[s].start, spans[words.len() - 1].end), k));
    }
    let mut toks = Vec::new();
    tokenize_into(&text, Span::new(0, text.len()), &mut toks);
    // Project entity byte spans onto newsflow's tokens.
    let mut tok_ents = Vec::new();
    for &(sp, k) in &entities {
        let first = toks.iter().position(|t| t.end > sp.start);
        let last = toks.iter().rposition(|t| t.start < sp.end);
        if let (Some(a), Some(b)) = (first, last) {
            if a <= b {
                tok_ents.push((a, b + 1, k));
            }
        }
    }
    let mut gold = Vec::new();
    tags::encode(toks.len(), &tok_ents, &mut gold);
    Sentence {
        text,
        toks,
        gold,
        entities,
        doc,
    }
}

/// Plain sentences of unlabelled text (for the lexicon): every line of
/// every source, as strings.
pub fn unlabelled(data: &Path, conll_train: &[Sentence]) -> Result<Vec<String>> {
    let mut out: Vec<String> = conll_train.iter().map(|s| s.text.clone()).collect();
    // BBC news.
    let bbc = read_text(&data.join("bbc_news/bbc_news.jsonl"))?;
    for line in bbc.lines() {
        let v: serde_json::Value = serde_json::from_str(line).context("bbc_news line")?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            push_paragraphs(t, &mut out);
        }
    }
    // PolNeAR articles (train only).
    let dir = data.join("polnear/train/text");
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            push_paragraphs(&read_text(&p)?, &mut out);
        }
    }
    // UD treebanks' sentence text (train files).
    for f in [
        "ud_english_ewt/en_ewt-ud-train.conllu.gz",
        "ud_english_gum/en_gum-train.from-gum-source.conllu.gz",
    ] {
        let p = data.join(f);
        if p.exists() {
            for line in read_text(&p)?.lines() {
                if let Some(t) = line.strip_prefix("# text = ") {
                    out.push(t.to_owned());
                }
            }
        }
    }
    Ok(out)
}

/// Adds the non-empty lines (paragraphs) of `t`. Deliberately independent
/// of newsflow's sentence splitter, so that changes to the splitter do not
/// change the NER model that `make train` builds.
fn push_paragraphs(t: &str, out: &mut Vec<String>) {
    for line in t.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            out.push(line);
        }
    }
}

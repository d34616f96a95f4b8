//! Evaluation section `ner`: entity-level exact-match precision, recall and
//! F1 on CoNLL-2003 dev (OntoNotes labels mapped back to CoNLL's four), and
//! how many of the seed article's gold entities are found with the right
//! label.
//!
//! Each CoNLL document is rebuilt as text: a sentence is its words joined
//! by single spaces, sentences are separated by newlines, and the full
//! `Ner::tag` runs over it with those sentence spans.

use crate::data::{read_text, seed};
use crate::Metric;
use anyhow::{Context, Result};
use newsflow_ner::{Label, Ner};
use newsflow_text::Span;
use std::collections::HashSet;
use std::path::Path;

const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// OntoNotes → CoNLL, as the issue defines it; `None` = not scored.
fn conll_type(l: Label) -> Option<&'static str> {
    match l {
        Label::Person => Some("PER"),
        Label::Org => Some("ORG"),
        Label::Gpe | Label::Loc | Label::Fac => Some("LOC"),
        Label::Norp
        | Label::Event
        | Label::Product
        | Label::WorkOfArt
        | Label::Law
        | Label::Language => Some("MISC"),
        _ => None,
    }
}

struct Doc {
    text: String,
    sentences: Vec<Span>,
    gold: Vec<(usize, usize, &'static str)>,
}

fn parse_type(t: &str) -> Option<&'static str> {
    TYPES.into_iter().find(|x| *x == t)
}

/// Reads a CoNLL-2003 file into documents.
fn read_docs(path: &Path) -> Result<Vec<Doc>> {
    let raw = read_text(path)?;
    let mut docs = Vec::new();
    let mut doc = Doc {
        text: String::new(),
        sentences: Vec::new(),
        gold: Vec::new(),
    };
    let mut words: Vec<(&str, &str)> = Vec::new();
    let flush_sentence = |words: &mut Vec<(&str, &str)>, doc: &mut Doc| {
        if words.is_empty() {
            return;
        }
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let start = doc.text.len();
        let mut open: Option<(usize, &'static str)> = None;
        let mut prev_end = start;
        for (i, (w, tag)) in words.iter().enumerate() {
            if i > 0 {
                doc.text.push(' ');
            }
            let ws = doc.text.len();
            doc.text.push_str(w);
            let (prefix, ty) = tag.split_once('-').unwrap_or(("O", ""));
            let ty = parse_type(ty);
            let continues = prefix == "I" && open.is_some_and(|(_, t)| Some(t) == ty);
            if !continues {
                if let Some((s, t)) = open.take() {
                    doc.gold.push((s, prev_end, t));
                }
                if let Some(t) = ty {
                    open = Some((ws, t));
                }
            }
            prev_end = doc.text.len();
        }
        if let Some((s, t)) = open {
            doc.gold.push((s, prev_end, t));
        }
        doc.sentences.push(Span::new(start, doc.text.len()));
        words.clear();
    };
    for line in raw.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            flush_sentence(&mut words, &mut doc);
            if !doc.sentences.is_empty() {
                docs.push(std::mem::replace(
                    &mut doc,
                    Doc {
                        text: String::new(),
                        sentences: Vec::new(),
                        gold: Vec::new(),
                    },
                ));
            }
            continue;
        }
        if line.is_empty() {
            flush_sentence(&mut words, &mut doc);
            continue;
        }
        let mut parts = line.split(' ');
        let w = parts.next().unwrap_or("");
        let tag = parts.next_back().unwrap_or("O");
        words.push((w, tag));
    }
    flush_sentence(&mut words, &mut doc);
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        pct(self.tp, self.pred)
    }
    fn r(&self) -> f64 {
        pct(self.tp, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * newsflow_train::ratio(a, b)
}

pub fn run(data: &Path) -> Result<Vec<Metric>> {
    let ner = Ner::embedded().context("loading the embedded NER model")?;
    let mut m = Vec::new();

    let docs = read_docs(&data.join("conll2003/valid.txt"))?;
    let mut all = Prf::default();
    let mut per: [Prf; 4] = [Prf::default(); 4];
    // NEWSFLOW_NER_ERRORS=FILE writes every false positive and negative.
    let errors_path = std::env::var("NEWSFLOW_NER_ERRORS").ok();
    let mut errors = String::new();
    for d in &docs {
        let ents = ner.tag(&d.text, &d.sentences);
        let pred: HashSet<(usize, usize, &str)> = ents
            .iter()
            .filter_map(|e| conll_type(e.label).map(|t| (e.span.start, e.span.end, t)))
            .collect();
        let gold: HashSet<(usize, usize, &str)> = d.gold.iter().copied().collect();
        if errors_path.is_some() {
            for (tag, a, b) in [("FP", &pred, &gold), ("FN", &gold, &pred)] {
                for x in a.difference(b) {
                    let t = d.text.get(x.0..x.1).unwrap_or("");
                    errors.push_str(&format!("{tag}\t{}\t{t}\n", x.2));
                }
            }
        }
        for (i, ty) in TYPES.iter().enumerate() {
            let g = gold.iter().filter(|x| x.2 == *ty).count();
            let p = pred.iter().filter(|x| x.2 == *ty).count();
            let tp = pred
                .iter()
                .filter(|x| x.2 == *ty && gold.contains(*x))
                .count();
            per[i].gold += g;
            per[i].pred += p;
            per[i].tp += tp;
            all.gold += g;
            all.pred += p;
            all.tp += tp;
        }
    }
    if let Some(path) = errors_path {
        std::fs::write(&path, errors).with_context(|| format!("writing {path}"))?;
    }
    m.push(Metric::new("ner.conll_dev.precision", all.p()));
    m.push(Metric::new("ner.conll_dev.recall", all.r()));
    m.push(Metric::new("ner.conll_dev.f1", all.f1()));
    for (ty, s) in TYPES.iter().zip(per) {
        m.push(Metric::new(format!("ner.conll_dev.{ty}.precision"), s.p()));
        m.push(Metric::new(format!("ner.conll_dev.{ty}.recall"), s.r()));
        m.push(Metric::new(format!("ner.conll_dev.{ty}.f1"), s.f1()));
    }

    // Seed article: gold (text, label) pairs found among the predictions.
    let (raw, gold) = seed(data)?;
    let text = newsflow_text::normalize(&raw);
    let sentences = newsflow_text::split_sentences(&text);
    let found: HashSet<(String, &str)> = ner
        .tag(&text, &sentences)
        .iter()
        .map(|e| (e.span.text(&text).replace('’', "'"), e.label.as_str()))
        .collect();
    let mut wanted: Vec<(String, String)> = Vec::new();
    for e in gold
        .get("entities")
        .and_then(|v| v.as_array())
        .context("seed-gold.json has no entities array")?
    {
        let t = e.get("text").and_then(|v| v.as_str()).unwrap_or("");
        let l = e.get("label").and_then(|v| v.as_str()).unwrap_or("");
        wanted.push((t.replace('’', "'"), l.to_owned()));
    }
    let hits = wanted
        .iter()
        .filter(|(t, l)| found.contains(&(t.clone(), l.as_str())))
        .count();
    for (t, l) in &wanted {
        if !found.contains(&(t.clone(), l.as_str())) {
            eprintln!("eval: ner: seed entity not found: {t:?} {l}");
        }
    }
    m.push(Metric::new("ner.seed.found", hits as f64));
    m.push(Metric::new("ner.seed.total", wanted.len() as f64));
    m.push(Metric::new("ner.seed.found_pct", pct(hits, wanted.len())));
    Ok(m)
}

//! Evaluation section `split`: sentence-boundary precision, recall and F1 on
//! UD English EWT dev and GUM dev, exact sentence matches on the seed
//! article, exact splits of the trap cases in `eval/split/traps.jsonl` (news
//! sentences) and `eval/split/layout.jsonl` (texts laid out in lines), and a
//! gold-free precision check on edited news (BBC).
//!
//! Each UD document (`# newdoc`) becomes one text: its sentences' `# text`
//! lines joined with one space. Gold boundaries are the ends of its
//! sentences except the last (the end of the text is not a decision, so it
//! is not counted); a predicted boundary is the end of a predicted sentence
//! except the last. Precision, recall and F1 are micro-averaged over all
//! boundaries of the set.

use crate::data::{jsonl, read_text, seed};
use crate::Metric;
use anyhow::{Context, Result};
use newsflow_text::split::model::Model;
use newsflow_text::split::{split_sentences_rules_only, split_sentences_with};
use newsflow_train::{conllu_documents as conllu_docs, ratio, BoundaryCounts, ConlluDoc};
use std::collections::HashSet;
use std::path::Path;

/// Precision, recall and F1 of boundary counts, as metrics named
/// `{prefix}.precision` and so on.
fn metrics(c: &BoundaryCounts, prefix: &str) -> Vec<Metric> {
    let (p, r, f) = c.prf();
    vec![
        Metric::new(format!("{prefix}.precision"), 100.0 * p),
        Metric::new(format!("{prefix}.recall"), 100.0 * r),
        Metric::new(format!("{prefix}.f1"), 100.0 * f),
    ]
}

/// The evaluation data of the section, read and parsed once, so that
/// several models (`--measure-noise`) are scored on it without reading it
/// again.
pub struct Sets {
    ewt_dev: Vec<ConlluDoc>,
    gum_dev: Vec<ConlluDoc>,
    /// The normalized seed article and its gold sentences as character
    /// spans.
    seed_text: String,
    seed_gold: HashSet<(u64, u64)>,
    /// The normalized BBC articles.
    bbc: Vec<String>,
    traps: Vec<TrapCase>,
    layout: Vec<TrapCase>,
}

/// A trap case of `eval/split/traps.jsonl` or `layout.jsonl` (see their
/// README): a text and its gold sentences.
#[derive(serde::Deserialize)]
struct TrapCase {
    text: String,
    sentences: Vec<String>,
}

/// A BBC article; only its text is used.
#[derive(serde::Deserialize)]
struct Article {
    #[serde(default)]
    text: String,
}

fn ud_docs(path: &Path) -> Result<Vec<ConlluDoc>> {
    let docs = conllu_docs(&read_text(path)?);
    anyhow::ensure!(!docs.is_empty(), "{} holds no documents", path.display());
    Ok(docs)
}

impl Sets {
    pub fn load(data: &Path) -> Result<Sets> {
        let (raw, gold) = seed(data)?;
        let seed_gold = gold["sentences"]
            .as_array()
            .context("seed-gold.json has no `sentences` array")?
            .iter()
            .filter_map(|s| Some((s["start"].as_u64()?, s["end"].as_u64()?)))
            .collect();
        let bbc = jsonl::<Article>(&data.join("bbc_news/bbc_news.jsonl"))?
            .iter()
            .map(|a| newsflow_text::normalize(&a.text))
            .collect();
        let cases = |path: &str| -> Result<Vec<TrapCase>> {
            let cases: Vec<TrapCase> = jsonl(Path::new(path))?;
            anyhow::ensure!(!cases.is_empty(), "{path} holds no cases");
            Ok(cases)
        };
        Ok(Sets {
            ewt_dev: ud_docs(&data.join("ud_english_ewt/en_ewt-ud-dev.conllu"))?,
            gum_dev: ud_docs(&data.join("ud_english_gum/en_gum-ud-dev.conllu"))?,
            seed_text: newsflow_text::normalize(&raw),
            seed_gold,
            bbc,
            traps: cases("eval/split/traps.jsonl")?,
            layout: cases("eval/split/layout.jsonl")?,
        })
    }
}

fn ud_set(docs: &[ConlluDoc], name: &str, model: Option<&Model>) -> Vec<Metric> {
    let mut full = BoundaryCounts::default();
    let mut rules = BoundaryCounts::default();
    for d in docs {
        full.add(&d.ends, &split_sentences_with(&d.text, model));
        rules.add(&d.ends, &split_sentences_rules_only(&d.text));
    }
    let mut m = metrics(&full, &format!("split.{name}"));
    m.extend(
        metrics(&rules, &format!("split.{name}.rules_only"))
            .into_iter()
            .filter(|m| m.name.ends_with(".f1")),
    );
    m
}

fn seed_exact(text: &str, gold: &HashSet<(u64, u64)>, model: Option<&Model>) -> Vec<Metric> {
    let char_at = |byte: usize| text.get(..byte).map_or(0, |t| t.chars().count()) as u64;
    let predicted = split_sentences_with(text, model);
    let exact = predicted
        .iter()
        .filter(|s| gold.contains(&(char_at(s.start), char_at(s.end))))
        .count();
    vec![
        Metric::new("split.seed.exact_sentences", exact as f64),
        Metric::new(
            "split.seed.exact_pct",
            100.0 * ratio(exact, gold.len().max(predicted.len())),
        ),
    ]
}

/// The trap cases split exactly as their gold says: every sentence right,
/// none missing or extra (`split.{name}.exact`, and as a percentage).
fn traps_exact(cases: &[TrapCase], name: &str, model: Option<&Model>) -> Vec<Metric> {
    let exact = cases
        .iter()
        .filter(|case| {
            let got = split_sentences_with(&case.text, model);
            got.len() == case.sentences.len()
                && got
                    .iter()
                    .zip(&case.sentences)
                    .all(|(s, g)| s.text(&case.text) == g)
        })
        .count();
    vec![
        Metric::new(format!("split.{name}.exact"), exact as f64),
        Metric::new(
            format!("split.{name}.exact_pct"),
            100.0 * ratio(exact, cases.len()),
        ),
    ]
}

/// Edited news has no gold sentences here, but it has a property to check:
/// inside a paragraph, every sentence ends with terminal punctuation. A
/// boundary the splitter puts after a word with none ("Federal Reserve
/// chairman | Alan Greenspan has warned") is all but certainly wrong. On the
/// BBC articles, as laid out (paragraphs on lines of their own) and
/// flattened to one line each (as feed summaries and some records come):
/// the share of in-paragraph boundaries that follow terminal punctuation
/// (higher is better), and their count.
fn news_punctuated_ends(articles: &[String], model: Option<&Model>) -> Vec<Metric> {
    let mut counts = [(0usize, 0usize); 2]; // (in-paragraph boundaries, punctuated)
    for text in articles {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for (layout, text) in [text, &flat].into_iter().enumerate() {
            for pair in split_sentences_with(text, model).windows(2) {
                if text[pair[0].end..pair[1].start].contains('\n') {
                    continue; // a paragraph or line break: not a decision in running text
                }
                let last = pair[0]
                    .text(text)
                    .trim_end_matches(newsflow_text::split::lexicon::is_closer)
                    .chars()
                    .next_back();
                counts[layout].0 += 1;
                counts[layout].1 += usize::from(last.is_some_and(|c| {
                    newsflow_text::split::lexicon::is_terminal(c) || c == ':' || c == ';'
                }));
            }
        }
    }
    let mut m = Vec::new();
    for (name, (inside, punctuated)) in ["bbc_news", "bbc_news_flat"].iter().zip(counts) {
        m.push(Metric::new(
            format!("split.{name}.punctuated_ends"),
            100.0 * ratio(punctuated, inside),
        ));
        m.push(Metric::new(
            format!("split.{name}.unpunctuated.total"),
            (inside - punctuated) as f64,
        ));
    }
    m
}

pub fn run(data: &Path) -> Result<Vec<Metric>> {
    Ok(score(
        &Sets::load(data)?,
        newsflow_text::split::model::embedded(),
    ))
}

/// The section's metrics for a given boundary model (the noise measurement
/// scores models retrained with other seeds).
pub fn score(sets: &Sets, model: Option<&Model>) -> Vec<Metric> {
    let mut m = ud_set(&sets.ewt_dev, "ewt_dev", model);
    m.extend(ud_set(&sets.gum_dev, "gum_dev", model));
    m.extend(seed_exact(&sets.seed_text, &sets.seed_gold, model));
    m.extend(traps_exact(&sets.traps, "traps", model));
    m.extend(traps_exact(&sets.layout, "layout", model));
    m.extend(news_punctuated_ends(&sets.bbc, model));
    m
}

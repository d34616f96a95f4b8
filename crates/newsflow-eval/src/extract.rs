//! Evaluation section `extract`: article body extraction on the dev half of
//! the Scrapinghub article-extraction benchmark
//! (`article_extraction_benchmark/html/<id>.html.gz` + `ground-truth.json`).
//!
//! The scoring follows the benchmark's own `evaluate.py`, so our numbers can
//! be set beside the ones it publishes: texts are tokenized into `\w+` words,
//! compared as multisets of 4-word shingles, each page's tp/fp/fn are
//! normalized to sum to 1 (long pages do not weigh more), precision and
//! recall are averaged over pages, and F1 is the harmonic mean of the two
//! averages. `accuracy` is the share of pages whose token sequence matches
//! exactly. `extract.f1_words` is the same with single words (bag of words),
//! a more forgiving view.

use crate::data::read_text;
use crate::Metric;
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Truth {
    #[serde(rename = "articleBody", default)]
    article_body: String,
    #[serde(default)]
    url: Option<String>,
}

pub fn run(data: &Path) -> Result<Vec<Metric>> {
    let dir = data.join("article_extraction_benchmark");
    let truth_path = dir.join("ground-truth.json");
    if !truth_path.exists() {
        if std::env::var("NEWSFLOW_REQUIRE_SHARED").is_ok_and(|v| v == "1") {
            bail!("{} is missing", truth_path.display());
        }
        eprintln!(
            "eval: extract: {} not found; skipping",
            truth_path.display()
        );
        return Ok(Vec::new());
    }
    let truth: HashMap<String, Truth> = serde_json::from_str(&read_text(&truth_path)?)
        .with_context(|| format!("parsing {}", truth_path.display()))?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();

    let mut shingle_scores = Vec::with_capacity(ids.len());
    let mut word_scores = Vec::with_capacity(ids.len());
    let mut exact = 0usize;
    let mut titles = 0usize;
    let started = std::time::Instant::now();
    for id in &ids {
        let t = &truth[*id];
        let html = read_text(&dir.join("html").join(format!("{id}.html.gz")))?;
        let article = match &t.url {
            Some(u) => newsflow_extract::extract_with_url(&html, u),
            None => newsflow_extract::extract(&html),
        };
        if article.title.is_some() {
            titles += 1;
        }
        let true_tokens = tokenize(&t.article_body);
        let pred_tokens = tokenize(&article.text);
        if true_tokens == pred_tokens {
            exact += 1;
        }
        let s = overlap(&shingles(&true_tokens, 4), &shingles(&pred_tokens, 4));
        let w = overlap(&shingles(&true_tokens, 1), &shingles(&pred_tokens, 1));
        if std::env::var("NEWSFLOW_EVAL_VERBOSE").is_ok() {
            let (p, r) = (precision(s), recall(s));
            eprintln!("extract {id} p={p:.3} r={r:.3}");
        }
        shingle_scores.push(s);
        word_scores.push(w);
    }
    let n = ids.len().max(1) as f64;
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let (p, r, f) = summarize(&shingle_scores);
    let (_, _, fw) = summarize(&word_scores);
    // Speed is printed, not a metric: a floor on it would make `make eval`
    // fail on a slower machine.
    eprintln!(
        "eval: extract: {} pages, {:.1} pages/s",
        ids.len(),
        ids.len() as f64 / secs
    );
    Ok(vec![
        Metric::new("extract.f1", f * 100.0),
        Metric::new("extract.precision", p * 100.0),
        Metric::new("extract.recall", r * 100.0),
        Metric::new("extract.accuracy", exact as f64 / n * 100.0),
        Metric::new("extract.f1_words", fw * 100.0),
        Metric::new("extract.title_found", titles as f64 / n * 100.0),
    ])
}

/// `\w+` runs, as Python's `re` finds them with `re.UNICODE`.
fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles<'a>(tokens: &[&'a str], n: usize) -> HashMap<Vec<&'a str>, usize> {
    let mut map = HashMap::new();
    if tokens.is_empty() {
        return map;
    }
    let count = tokens.len().saturating_sub(n) + 1;
    for i in 0..count {
        let end = (i + n).min(tokens.len());
        *map.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
    }
    map
}

type Counts = (f64, f64, f64);

/// Normalized (tp, fp, fn) of one page.
fn overlap(truth: &HashMap<Vec<&str>, usize>, pred: &HashMap<Vec<&str>, usize>) -> Counts {
    let (mut tp, mut fp, mut fnn) = (0.0, 0.0, 0.0);
    for (k, &t) in truth {
        let p = pred.get(k).copied().unwrap_or(0);
        tp += t.min(p) as f64;
        fnn += t.saturating_sub(p) as f64;
        fp += p.saturating_sub(t) as f64;
    }
    for (k, &p) in pred {
        if !truth.contains_key(k) {
            fp += p as f64;
        }
    }
    let s = tp + fp + fnn;
    if s > 0.0 {
        (tp / s, fp / s, fnn / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision((tp, fp, fnn): Counts) -> f64 {
    if fp == 0.0 && fnn == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall((tp, fp, fnn): Counts) -> f64 {
    if fp == 0.0 && fnn == 0.0 {
        1.0
    } else if tp == 0.0 && fnn == 0.0 {
        0.0
    } else {
        tp / (tp + fnn)
    }
}

fn mean(v: impl Iterator<Item = f64>) -> f64 {
    let (s, n) = v.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 {
        0.0
    } else {
        s / n as f64
    }
}

fn summarize(scores: &[Counts]) -> (f64, f64, f64) {
    let p = mean(
        scores
            .iter()
            .filter(|(tp, fp, _)| tp + fp > 0.0)
            .map(|&c| precision(c)),
    );
    let r = mean(
        scores
            .iter()
            .filter(|(tp, _, fnn)| tp + fnn > 0.0)
            .map(|&c| recall(c)),
    );
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenize_like_python_word_regex() {
        assert_eq!(
            tokenize("It’s 4.5% — don't_stop, Zürich!"),
            vec!["It", "s", "4", "5", "don", "t_stop", "Zürich"]
        );
    }

    #[test]
    fn perfect_and_disjoint_pages() {
        let a = tokenize("one two three four five");
        let b = tokenize("six seven eight nine ten");
        let same = overlap(&shingles(&a, 4), &shingles(&a, 4));
        assert_eq!((precision(same), recall(same)), (1.0, 1.0));
        let none = overlap(&shingles(&a, 4), &shingles(&b, 4));
        assert_eq!((precision(none), recall(none)), (0.0, 0.0));
    }
}

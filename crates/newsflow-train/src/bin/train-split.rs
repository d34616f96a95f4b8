//! `train-split`: trains the sentence-boundary model embedded in
//! `newsflow-text` (crates/newsflow-text/model/split.bin).
//!
//! Data: the *train* sets of UD English EWT and GUM in ../shared/data (never
//! the dev sets, which `make eval` measures on). Each `# newdoc` becomes one
//! text, its sentences' `# text` lines joined with one space, exactly as the
//! evaluation rebuilds dev documents.
//!
//! The splitter's own gap walk is driven with the gold decisions, and every
//! gap the rules leave open (`Verdict::Ask`) becomes one training example:
//! its hashed features and whether a gold sentence ends there. An averaged
//! perceptron learns the weights.
//!
//! Usage: `train-split [--data DIR] [--out FILE] [--epochs N] [--bits B] [--bare-min X]`.

use anyhow::{bail, Context, Result};
use newsflow_text::split::features::{class_bias_id, extract, Features};
use newsflow_text::split::model::Model;
use newsflow_text::split::{rule_verdict, walk, Verdict};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

struct Example {
    feats: Vec<u32>,
    label: bool,
    /// Terminal punctuation ends the left token (the class with its own
    /// threshold).
    terminal: bool,
}

/// Boundary counts of the rules' certain decisions on some documents.
#[derive(Default)]
struct RuleCounts {
    gold: usize,
    tp: usize,
    fp: usize,
}

fn examples(text: &str, ends: &HashSet<usize>, out: &mut Vec<Example>, counts: &mut RuleCounts) {
    let base = text.as_ptr() as usize;
    let mut feats = Features::default();
    let mut sink = Vec::new();
    counts.gold += ends.len().saturating_sub(1);
    walk(
        text,
        |g| {
            let end = g.left.as_ptr() as usize - base + g.left.len();
            let label = ends.contains(&end);
            match rule_verdict(g) {
                Verdict::Ask => {
                    extract(g, &mut feats);
                    out.push(Example {
                        feats: feats.as_slice().to_vec(),
                        label,
                        terminal: feats.as_slice().contains(&class_bias_id(true)),
                    });
                }
                Verdict::Yes if label => counts.tp += 1,
                Verdict::Yes => counts.fp += 1,
                Verdict::No => {}
            }
            label
        },
        &mut sink,
    );
}

/// The decision thresholds (for gaps after terminal punctuation, and for
/// gaps without) that maximize boundary F1 on held-out documents, the
/// rules' own decisions included, so precision and recall balance.
fn best_thresholds(model: &Model, held: &[Example], rules: &RuleCounts) -> (f32, f32) {
    let scored: Vec<(f32, bool, bool)> = held
        .iter()
        .map(|e| (model.score_ids(&e.feats), e.label, e.terminal))
        .collect();
    let grid: Vec<f32> = (-100..=100).map(|i| i as f32 * 0.15).collect();
    let f1 = |t_term: f32, t_bare: f32| {
        let (mut tp, mut fp) = (rules.tp, rules.fp);
        for &(s, label, terminal) in &scored {
            if s > if terminal { t_term } else { t_bare } {
                if label {
                    tp += 1;
                } else {
                    fp += 1;
                }
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / rules.gold.max(1) as f64;
        2.0 * p * r / (p + r).max(1e-9)
    };
    let (mut best, mut bt, mut bb) = (f1(0.0, 0.0), 0.0f32, 0.0f32);
    eprintln!(
        "train-split: held-out boundary F1 {:.2} at threshold 0",
        100.0 * best
    );
    for &t in &grid {
        for &b in &grid {
            let v = f1(t, b);
            // Prefer thresholds near zero on ties: they move the model least.
            if v > best + 1e-9 || (v > best - 1e-9 && t.abs() + b.abs() < bt.abs() + bb.abs()) {
                (best, bt, bb) = (v, t, b);
            }
        }
    }
    eprintln!(
        "train-split: held-out boundary F1 {:.2} at thresholds {bt:.2} (after punctuation), {bb:.2} (without)",
        100.0 * best
    );
    (bt, bb)
}

/// Averaged perceptron over hashed features.
fn train(examples: &[Example], bits: u32, epochs: usize, bias: f32) -> Model {
    let n = 1usize << bits;
    let mask = (n - 1) as u32;
    let mut w = vec![0f32; n];
    let mut total = vec![0f64; n]; // sum of weights over time (lazy)
    let mut stamp = vec![0u64; n];
    let mut t: u64 = 0;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        for &i in &order {
            t += 1;
            let ex = &examples[i];
            let score: f32 = ex.feats.iter().map(|&f| w[(f & mask) as usize]).sum();
            if (score > 0.0) != ex.label {
                errors += 1;
                let delta = if ex.label { 1.0 } else { -1.0 };
                for &f in &ex.feats {
                    let k = (f & mask) as usize;
                    total[k] += f64::from(w[k]) * (t - stamp[k]) as f64;
                    stamp[k] = t;
                    w[k] += delta;
                }
            }
        }
        eprintln!(
            "train-split: epoch {} errors {errors} / {} ({:.2}%)",
            epoch + 1,
            examples.len(),
            100.0 * errors as f64 / examples.len() as f64
        );
    }
    let averaged: Vec<f32> = (0..n)
        .map(|k| {
            let sum = total[k] + f64::from(w[k]) * (t - stamp[k]) as f64;
            (sum / t.max(1) as f64) as f32
        })
        .collect();
    Model::from_weights(averaged, bias)
}

fn main() -> Result<()> {
    let mut data = PathBuf::from("../shared/data");
    let mut out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../newsflow-text/model/split.bin");
    let mut epochs = 8usize;
    let mut bits = 18u32;
    let mut bare_min = 3.0f32;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().context("--data needs a path")?.into(),
            "--out" => out = args.next().context("--out needs a path")?.into(),
            "--epochs" => epochs = args.next().context("--epochs needs N")?.parse()?,
            "--bits" => bits = args.next().context("--bits needs B")?.parse()?,
            "--bare-min" => bare_min = args.next().context("--bare-min needs X")?.parse()?,
            other => bail!("unknown argument {other:?}; usage: train-split [--data DIR] [--out FILE] [--epochs N] [--bits B] [--bare-min X]"),
        }
    }
    anyhow::ensure!((10..=22).contains(&bits), "--bits must be in 10..=22");
    let sources = [
        data.join("ud_english_ewt/en_ewt-ud-train.conllu.gz"),
        data.join("ud_english_gum/en_gum-train.from-gum-source.conllu.gz"),
    ];
    // Every tenth document is held out to choose the decision threshold;
    // the final model is then trained on everything.
    let (mut train_ex, mut held_ex) = (Vec::new(), Vec::new());
    let (mut train_rules, mut held_rules) = (RuleCounts::default(), RuleCounts::default());
    for src in &sources {
        let raw = newsflow_train::read_text(src)?;
        let ds = newsflow_train::conllu_documents(&raw);
        for (i, doc) in ds.iter().enumerate() {
            let ends: HashSet<usize> = doc.ends.iter().copied().collect();
            if i % 10 == 9 {
                examples(&doc.text, &ends, &mut held_ex, &mut held_rules);
            } else {
                examples(&doc.text, &ends, &mut train_ex, &mut train_rules);
            }
        }
        eprintln!("train-split: {}: {} documents", src.display(), ds.len());
    }
    eprintln!(
        "train-split: {} + {} held-out open gaps, {} boundaries",
        train_ex.len(),
        held_ex.len(),
        train_ex.iter().chain(&held_ex).filter(|e| e.label).count()
    );
    let probe = train(&train_ex, bits, epochs, 0.0);
    let (t_term, t_bare) = best_thresholds(&probe, &held_ex, &held_rules);
    train_ex.append(&mut held_ex);
    let mut model = train(&train_ex, bits, epochs, 0.0);
    model.shift(class_bias_id(true), -t_term);
    // News is edited text: a sentence that ends without punctuation (other
    // than at a line break, which the rules handle) is far rarer there than
    // in the web and e-mail text of EWT. Never let the threshold for such
    // gaps drop below a conservative floor, whatever the web data prefers.
    model.shift(class_bias_id(false), -t_bare.max(bare_min));
    let bytes = model.to_bytes();
    // The quantized file must read back: the version check and size are
    // what the library relies on.
    Model::from_bytes(&bytes).context("the written model does not parse")?;
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!(
        "train-split: wrote {} ({} bytes)",
        out.display(),
        bytes.len()
    );
    Ok(())
}

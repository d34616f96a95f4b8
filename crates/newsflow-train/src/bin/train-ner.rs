//! `make train`: rebuilds the entity tagger's model from ../shared/data.
//!
//! Trains on CoNLL-2003 train only; dev (valid.txt) is read only to print
//! progress. The lexicon (capitalisation statistics, clusters) comes from
//! unlabelled text: CoNLL train, BBC news, PolNeAR train, UD EWT/GUM train.
//! Deterministic: the same data gives the same model bytes.

use anyhow::{bail, Context, Result};
use newsflow_ner::features::Gaz;
use newsflow_ner::model::{Model, Parts};
use newsflow_ner::tags::N_TAGS;
use newsflow_train::ner::{self, data, lexicon, Perceptron, Rng};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

struct Args {
    data: PathBuf,
    out: PathBuf,
    epochs: usize,
    min_count: u32,
    prune: f32,
    seed: u64,
    runs: usize,
    verbose: bool,
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        data: PathBuf::from("../shared/data"),
        out: PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../newsflow-ner/model/ner.bin"
        )),
        epochs: 10,
        min_count: 2,
        prune: 1.0,
        seed: 1,
        runs: 5,
        verbose: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        let mut val = || it.next().with_context(|| format!("{x} needs a value"));
        match x.as_str() {
            "--data" => a.data = val()?.into(),
            "--out" => a.out = val()?.into(),
            "--epochs" => a.epochs = val()?.parse().context("--epochs")?,
            "--min-count" => a.min_count = val()?.parse().context("--min-count")?,
            "--prune" => a.prune = val()?.parse().context("--prune")?,
            "--seed" => a.seed = val()?.parse().context("--seed")?,
            "--runs" => a.runs = val()?.parse().context("--runs")?,
            "--verbose" => a.verbose = true,
            other => bail!("unknown argument {other:?}; usage: train-ner [--data DIR] [--out FILE] [--epochs N] [--min-count N] [--prune X] [--seed N] [--runs N] [--verbose]"),
        }
    }
    Ok(a)
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let t0 = Instant::now();
    let train = data::read_conll(&args.data.join("conll2003/train.txt"))?;
    let dev = data::read_conll(&args.data.join("conll2003/valid.txt"))?;
    eprintln!(
        "train-ner: {} train / {} dev sentences",
        train.len(),
        dev.len()
    );

    // Entities whose edges fall inside one of newsflow's tokens can never
    // be matched exactly; report how many there are.
    let misaligned = dev
        .iter()
        .flat_map(|s| s.entities.iter().map(move |(sp, _)| (s, *sp)))
        .filter(|(s, sp)| {
            !s.toks.iter().any(|t| t.start == sp.start) || !s.toks.iter().any(|t| t.end == sp.end)
        })
        .count();
    eprintln!("train-ner: {misaligned} dev entities do not align with newsflow tokens");
    let unlabelled = data::unlabelled(&args.data, &train)?;
    eprintln!(
        "train-ner: {} unlabelled sentences ({:.1}s)",
        unlabelled.len(),
        t0.elapsed().as_secs_f64()
    );
    let clusters = newsflow_train::ner::lexicon::clusters(&unlabelled);
    let lex = lexicon::build(&unlabelled, &clusters);
    eprintln!(
        "train-ner: lexicon of {} words, {} clustered ({:.1}s)",
        lex.keys().len(),
        clusters.len(),
        t0.elapsed().as_secs_f64()
    );
    let gaz = Gaz::build();
    let p_train = ner::prepare(&train, &lex, &gaz, args.min_count);
    // Dev features are mapped onto the training feature ids.
    let p_dev = {
        let mut d = ner::prepare(&dev, &lex, &gaz, 1);
        let index: HashMap<u64, u32> = p_train
            .keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
        for f in d.feats.iter_mut().flat_map(|v| v.iter_mut()) {
            if *f != u32::MAX {
                *f = index.get(&d.keys[*f as usize]).copied().unwrap_or(u32::MAX);
            }
        }
        d
    };
    eprintln!(
        "train-ner: {} features ({:.1}s)",
        p_train.keys.len(),
        t0.elapsed().as_secs_f64()
    );

    // Parameter mixing: several perceptrons trained on different document
    // orders, their averaged weights averaged again. This removes most of
    // the run-to-run variance of a single perceptron.
    let mut sum: HashMap<u64, [f32; N_TAGS]> = HashMap::new();
    let mut trans_sum = vec![0f32; newsflow_ner::tags::TRANS_LEN];
    let mut last = None;
    for run in 0..args.runs {
        let mut perc = Perceptron::new(p_train.keys.len());
        let mut order: Vec<usize> = (0..p_train.docs.len()).collect();
        let mut rng = Rng((args
            .seed
            .wrapping_add(run as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15))
            | 1);
        for epoch in 1..=args.epochs {
            rng.shuffle(&mut order);
            let wrong = perc.epoch(&p_train, &order);
            if epoch == args.epochs || args.verbose {
                let (w, t) = perc.averaged();
                let (p, r, f) = perc.evaluate(&p_dev, &w, &t);
                eprintln!(
                    "train-ner: run {run} epoch {epoch}: {wrong} train sentences wrong; dev (model only) P {p:.2} R {r:.2} F1 {f:.2} ({:.1}s)",
                    t0.elapsed().as_secs_f64()
                );
            }
        }
        let (w, trans) = perc.averaged();
        let all_keys = p_train.keys.iter().chain(&perc.hist_keys);
        for (i, &k) in all_keys.enumerate() {
            let acc = sum.entry(k).or_insert([0.0; N_TAGS]);
            for (a, x) in acc.iter_mut().zip(&w[i * N_TAGS..(i + 1) * N_TAGS]) {
                *a += x;
            }
        }
        for (a, x) in trans_sum.iter_mut().zip(&trans) {
            *a += x;
        }
        last = Some(perc);
    }
    let k = args.runs.max(1) as f32;
    let trans: Vec<f32> = trans_sum.iter().map(|x| x / k).collect();
    if let Some(mut perc) = last {
        // The mixed weights in the last run's id space, for a dev score.
        let ids = p_train.keys.iter().chain(&perc.hist_keys);
        let w: Vec<f32> = ids
            .flat_map(|key| sum.get(key).copied().unwrap_or([0.0; N_TAGS]))
            .map(|x| x / k)
            .collect();
        let (p, r, f) = perc.evaluate(&p_dev, &w, &trans);
        eprintln!("train-ner: mixed model: dev (model only) P {p:.2} R {r:.2} F1 {f:.2}");
    }
    let mut feats: Vec<(u64, [f32; N_TAGS])> = sum
        .into_iter()
        .map(|(key, mut row)| {
            row.iter_mut().for_each(|x| *x /= k);
            (key, row)
        })
        .filter(|(_, row)| row.iter().any(|x| x.abs() >= args.prune))
        .collect();
    feats.sort_unstable_by_key(|f| f.0);
    let bytes = Model::to_bytes(&Parts {
        lexicon: &lex,
        features: &feats,
        trans: &trans,
    });
    // Check that the written model loads and still scores the same.
    let ner = newsflow_ner::Ner::from_bytes(&bytes).context("the new model does not load")?;
    eprintln!(
        "train-ner: kept {} of {} features; model {:.2} MB",
        ner.model().n_features(),
        p_train.keys.len(),
        bytes.len() as f64 / 1e6
    );
    if let Some(dir) = args.out.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "train-ner: wrote {} in {:.1}s",
        args.out.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

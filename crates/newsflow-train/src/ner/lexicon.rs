//! The lexicon learned from unlabelled text: how often each word is
//! capitalised where case is informative, its frequency, and distributional
//! clusters.

use newsflow_ner::features::{word_key, LexEntry, Lexicon};
use newsflow_text::{token::tokenize_into, Span};
use std::collections::HashMap;

#[derive(Default, Clone, Copy)]
struct Counts {
    total: u32,
    informative: u32,
    capitalised: u32,
}

/// Builds the lexicon from sentences of unlabelled text. `clusters` maps
/// word keys to (fine, coarse) cluster ids.
pub fn build(sentences: &[String], clusters: &HashMap<u64, (u16, u16)>) -> Lexicon {
    let mut counts: HashMap<u64, Counts> = HashMap::new();
    let mut toks = Vec::new();
    for s in sentences {
        toks.clear();
        tokenize_into(s, Span::new(0, s.len()), &mut toks);
        let letters = s.chars().filter(|c| c.is_alphabetic()).count();
        let upper = s.chars().filter(|c| c.is_uppercase()).count();
        let shouting = letters > 0 && upper * 10 > letters * 6;
        for (i, t) in toks.iter().enumerate() {
            let w = t.text(s);
            let Some(first) = w.chars().next() else {
                continue;
            };
            if !first.is_alphabetic() {
                continue;
            }
            let c = counts.entry(word_key(w)).or_default();
            c.total += 1;
            let after_open = i > 0
                && matches!(
                    toks[i - 1].text(s),
                    "\"" | "“" | "(" | "'" | "‘" | ":" | "-" | "—" | "." | "!" | "?" | "”"
                );
            if i > 0 && !shouting && !after_open {
                c.informative += 1;
                if first.is_uppercase() {
                    c.capitalised += 1;
                }
            }
        }
    }
    let mut keys: Vec<u64> = counts
        .iter()
        .filter(|(_, c)| c.total >= 2)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_unstable();
    let entries = keys
        .iter()
        .map(|k| {
            let c = counts.get(k).copied().unwrap_or_default();
            let cap = if c.informative == 0 {
                0
            } else {
                let r = f64::from(c.capitalised) / f64::from(c.informative);
                match r {
                    r if r < 0.05 => 1,
                    r if r < 0.3 => 2,
                    r if r < 0.7 => 3,
                    r if r < 0.95 => 4,
                    _ => 5,
                }
            };
            let freq = (32 - c.total.leading_zeros()).min(15) as u8;
            let (c1, c2) = clusters.get(k).copied().unwrap_or((0, 0));
            LexEntry { cap, freq, c1, c2 }
        })
        .collect();
    Lexicon::new(keys, entries)
}

/// Number of fine and coarse clusters.
const FINE: usize = 256;
const COARSE: usize = 32;
/// Context words: the most frequent words, on each side.
const CONTEXT: usize = 600;
const MIN_FREQ: u32 = 4;

/// Distributional word clusters learned from unlabelled text: each word
/// (lower-cased) is described by its neighbours at -2, -1, +1, +2 among
/// the most frequent words, weighted by positive pointwise mutual
/// information; the L2-normalized vectors are clustered with spherical
/// k-means (deterministic initialisation). Coarse clusters group the fine centroids. Ids start at
/// 1; 0 means "no cluster".
pub fn clusters(sentences: &[String]) -> HashMap<u64, (u16, u16)> {
    let mut toks = Vec::new();
    let mut seqs: Vec<Vec<u64>> = Vec::with_capacity(sentences.len());
    let mut freq: HashMap<u64, u32> = HashMap::new();
    for s in sentences {
        toks.clear();
        tokenize_into(s, Span::new(0, s.len()), &mut toks);
        let seq: Vec<u64> = toks.iter().map(|t| word_key(t.text(s))).collect();
        for &k in &seq {
            *freq.entry(k).or_default() += 1;
        }
        seqs.push(seq);
    }
    let mut by_freq: Vec<(u64, u32)> = freq.iter().map(|(&k, &c)| (k, c)).collect();
    by_freq.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let ctx_id: HashMap<u64, usize> = by_freq
        .iter()
        .take(CONTEXT)
        .enumerate()
        .map(|(i, &(k, _))| (k, i))
        .collect();
    let words: Vec<u64> = by_freq
        .iter()
        .filter(|&&(_, c)| c >= MIN_FREQ)
        .map(|&(k, _)| k)
        .collect();
    let word_id: HashMap<u64, usize> = words.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    // Context dimensions: one block of CONTEXT + 1 per relative position
    // (-2, -1, +1, +2); the last index of a block is "other / boundary".
    let offsets: [isize; 4] = [-2, -1, 1, 2];
    let block = CONTEXT + 1;
    let dim = offsets.len() * block;
    let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::new(); words.len()];
    for seq in &seqs {
        for (i, k) in seq.iter().enumerate() {
            let Some(&w) = word_id.get(k) else { continue };
            for (b, &o) in offsets.iter().enumerate() {
                let j = i as isize + o;
                let c = if j < 0 {
                    CONTEXT
                } else {
                    seq.get(j as usize)
                        .and_then(|k| ctx_id.get(k).copied())
                        .unwrap_or(CONTEXT)
                };
                // Nearer neighbours count more.
                let weight = if o.abs() == 1 { 1.0 } else { 0.5 };
                *counts[w].entry((b * block + c) as u32).or_default() += weight;
            }
        }
    }
    // Positive pointwise mutual information between a word and each
    // context dimension.
    let mut dim_total = vec![0f64; dim];
    let mut grand = 0f64;
    for m in &counts {
        for (&d, &c) in m {
            dim_total[d as usize] += f64::from(c);
            grand += f64::from(c);
        }
    }
    let vecs: Vec<Vec<(u32, f32)>> = counts
        .into_iter()
        .map(|m| {
            let word_total: f64 = m.values().map(|&c| f64::from(c)).sum();
            let mut v: Vec<(u32, f32)> = m
                .into_iter()
                .filter_map(|(d, c)| {
                    let pmi = (f64::from(c) * grand / (word_total * dim_total[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|x| x.0);
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt().max(1e-9);
            for x in &mut v {
                x.1 /= norm;
            }
            v
        })
        .collect();
    let fine = kmeans(&vecs, dim, FINE, 12);
    // Coarse: cluster the fine centroids (as sparse vectors of themselves).
    let cent_vecs: Vec<Vec<(u32, f32)>> = fine
        .1
        .iter()
        .map(|c| {
            c.iter()
                .enumerate()
                .filter(|(_, &x)| x != 0.0)
                .map(|(d, &x)| (d as u32, x))
                .collect()
        })
        .collect();
    let coarse = kmeans(&cent_vecs, dim, COARSE, 12);
    words
        .iter()
        .enumerate()
        .map(|(i, &k)| {
            let f = fine.0[i];
            let c = coarse.0.get(f).copied().unwrap_or(0);
            (k, (f as u16 + 1, c as u16 + 1))
        })
        .collect()
}

/// Spherical k-means over sparse unit vectors; returns assignments and
/// centroids. Initial centroids are spread evenly over the (frequency
/// ordered) input, so the result is deterministic.
fn kmeans(
    vecs: &[Vec<(u32, f32)>],
    dim: usize,
    k: usize,
    iters: usize,
) -> (Vec<usize>, Vec<Vec<f32>>) {
    let n = vecs.len();
    let k = k.min(n.max(1));
    let mut cents: Vec<Vec<f32>> = (0..k)
        .map(|j| {
            let mut c = vec![0f32; dim];
            if let Some(v) = vecs.get(j * n / k.max(1)) {
                for &(d, x) in v {
                    c[d as usize] = x;
                }
            }
            c
        })
        .collect();
    let mut assign = vec![0usize; n];
    for _ in 0..iters {
        for (i, v) in vecs.iter().enumerate() {
            let mut best = f32::MIN;
            for (j, c) in cents.iter().enumerate() {
                let s: f32 = v.iter().map(|&(d, x)| x * c[d as usize]).sum();
                if s > best {
                    best = s;
                    assign[i] = j;
                }
            }
        }
        for c in &mut cents {
            c.iter_mut().for_each(|x| *x = 0.0);
        }
        for (i, v) in vecs.iter().enumerate() {
            let c = &mut cents[assign[i]];
            for &(d, x) in v {
                c[d as usize] += x;
            }
        }
        for c in &mut cents {
            let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                c.iter_mut().for_each(|x| *x /= norm);
            }
        }
    }
    (assign, cents)
}

//! Training the entity tagger: a structured averaged perceptron with
//! first-order Viterbi over BILOU tags (see `newsflow_ner::tags`).

pub mod data;
pub mod lexicon;

use data::Sentence;
use newsflow_ner::features::{self, Gaz, Lexicon, Scratch, PER_TOKEN};
use newsflow_ner::tags::{self, Kind, N_TAGS, TRANS_LEN};
use std::collections::HashMap;

const NONE: u32 = u32::MAX;

/// Sentences with their features mapped to dense indices.
pub struct Prepared {
    /// Per sentence: `n * PER_TOKEN` dense feature ids (`NONE` = absent).
    pub feats: Vec<Vec<u32>>,
    pub gold: Vec<Vec<u8>>,
    /// Dense id → feature hash.
    pub keys: Vec<u64>,
}

/// Extracts features of every sentence and keeps those seen at least
/// `min_count` times.
pub fn prepare(sents: &[Sentence], lex: &Lexicon, gaz: &Gaz, min_count: u32) -> Prepared {
    let mut scratch = Scratch::default();
    let mut buf = Vec::new();
    let mut counts: HashMap<u64, u32> = HashMap::new();
    let mut raw: Vec<Vec<u64>> = Vec::with_capacity(sents.len());
    for s in sents {
        features::extract(&s.text, &s.toks, lex, gaz, &mut scratch, &mut buf);
        for &f in &buf {
            if f != 0 {
                *counts.entry(f).or_default() += 1;
            }
        }
        raw.push(buf.clone());
    }
    let mut keys: Vec<u64> = counts
        .iter()
        .filter(|(_, &c)| c >= min_count)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_unstable();
    let index: HashMap<u64, u32> = keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect();
    let feats = raw
        .iter()
        .map(|r| {
            r.iter()
                .map(|f| index.get(f).copied().unwrap_or(NONE))
                .collect()
        })
        .collect();
    Prepared {
        feats,
        gold: sents.iter().map(|s| s.gold.clone()).collect(),
        keys,
    }
}

/// Perceptron weights with lazy averaging (`avg = w - u / c`).
pub struct Perceptron {
    pub w: Vec<f32>,
    u: Vec<f64>,
    pub trans: Vec<f32>,
    utrans: Vec<f64>,
    c: f64,
}

impl Perceptron {
    pub fn new(n_feats: usize) -> Perceptron {
        Perceptron {
            w: vec![0.0; n_feats * N_TAGS],
            u: vec![0.0; n_feats * N_TAGS],
            trans: vec![0.0; TRANS_LEN],
            utrans: vec![0.0; TRANS_LEN],
            c: 1.0,
        }
    }

    fn scores(w: &[f32], feats: &[u32], n: usize, out: &mut Vec<f32>) {
        out.clear();
        out.resize(n * N_TAGS, 0.0);
        for i in 0..n {
            let row = &mut out[i * N_TAGS..(i + 1) * N_TAGS];
            for &f in &feats[i * PER_TOKEN..(i + 1) * PER_TOKEN] {
                if f == NONE {
                    continue;
                }
                let f = f as usize;
                for (s, x) in row.iter_mut().zip(&w[f * N_TAGS..(f + 1) * N_TAGS]) {
                    *s += x;
                }
            }
        }
    }

    fn upd(&mut self, f: usize, t: usize, d: f32) {
        let i = f * N_TAGS + t;
        self.w[i] += d;
        self.u[i] += self.c * f64::from(d);
    }

    fn upd_trans(&mut self, prev: Option<u8>, t: u8, d: f32) {
        let i = (prev.map_or(0, |p| usize::from(p) + 1)) * N_TAGS + usize::from(t);
        self.trans[i] += d;
        self.utrans[i] += self.c * f64::from(d);
    }

    /// One pass over `order`; returns the number of sentences with errors.
    pub fn epoch(&mut self, p: &Prepared, order: &[usize]) -> usize {
        let (mut scores, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
        let mut wrong = 0;
        for &si in order {
            let gold = &p.gold[si];
            let feats = &p.feats[si];
            let n = gold.len();
            if n == 0 {
                continue;
            }
            Self::scores(&self.w, feats, n, &mut scores);
            tags::viterbi(&scores, &self.trans, &mut back, &mut pred);
            if pred != *gold {
                wrong += 1;
                for i in 0..n {
                    let (g, q) = (gold[i], pred[i]);
                    if g != q {
                        for &f in &feats[i * PER_TOKEN..(i + 1) * PER_TOKEN] {
                            if f != NONE {
                                self.upd(f as usize, usize::from(g), 1.0);
                                self.upd(f as usize, usize::from(q), -1.0);
                            }
                        }
                    }
                    let gp = if i == 0 { None } else { Some(gold[i - 1]) };
                    let qp = if i == 0 { None } else { Some(pred[i - 1]) };
                    if (gp, g) != (qp, q) {
                        self.upd_trans(gp, g, 1.0);
                        self.upd_trans(qp, q, -1.0);
                    }
                }
            }
            self.c += 1.0;
        }
        wrong
    }

    /// Averaged weights.
    pub fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(u)
                .map(|(&w, &u)| (f64::from(w) - u / self.c) as f32)
                .collect()
        };
        (avg(&self.w, &self.u), avg(&self.trans, &self.utrans))
    }
}

/// Entity-level P/R/F1 of the model alone (coarse CoNLL types) on
/// prepared sentences, with the given weights.
pub fn evaluate(p: &Prepared, w: &[f32], trans: &[f32]) -> (f64, f64, f64) {
    let (mut scores, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let (mut g_sp, mut p_sp): (Vec<(usize, usize, Kind)>, Vec<(usize, usize, Kind)>) =
        (Vec::new(), Vec::new());
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for (feats, gold) in p.feats.iter().zip(&p.gold) {
        let n = gold.len();
        if n == 0 {
            continue;
        }
        Perceptron::scores(w, feats, n, &mut scores);
        tags::viterbi(&scores, trans, &mut back, &mut pred);
        tags::decode(gold, &mut g_sp);
        tags::decode(&pred, &mut p_sp);
        ng += g_sp.len();
        np += p_sp.len();
        tp += p_sp.iter().filter(|x| g_sp.contains(x)).count();
    }
    let pr = tp as f64 / np.max(1) as f64;
    let rc = tp as f64 / ng.max(1) as f64;
    let f1 = if pr + rc > 0.0 {
        2.0 * pr * rc / (pr + rc)
    } else {
        0.0
    };
    (100.0 * pr, 100.0 * rc, 100.0 * f1)
}

/// A small deterministic PRNG (xorshift64*) for shuffling.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

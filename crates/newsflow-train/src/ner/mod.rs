//! Training the entity tagger: a structured averaged perceptron with
//! first-order Viterbi over BILOU tags (see `newsflow_ner::tags`).

pub mod data;
pub mod lexicon;

use data::Sentence;
use newsflow_ner::features::{self, DocMemory, Gaz, Lexicon, Scratch, HIST, PER_TOKEN};
use newsflow_ner::tags::{self, Kind, N_TAGS, TRANS_LEN};
use std::collections::HashMap;

const NONE: u32 = u32::MAX;

type Spans = Vec<(usize, usize, Kind)>;

/// Sentences with their features mapped to dense indices.
pub struct Prepared {
    /// Per sentence: `n * PER_TOKEN` dense feature ids (`NONE` = absent).
    pub feats: Vec<Vec<u32>>,
    pub gold: Vec<Vec<u8>>,
    /// Per sentence: `(word key, shape key)` per token, and the case style
    /// (inputs of the document-memory features).
    pub keys_of: Vec<(Vec<(u64, u64)>, u64)>,
    /// Sentence indices of each document, in order.
    pub docs: Vec<Vec<usize>>,
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
    let mut keys_of = Vec::with_capacity(sents.len());
    // The sentences of each document, in order (documents are contiguous).
    let mut docs: Vec<Vec<usize>> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        if i == 0 || sents[i - 1].doc != s.doc {
            docs.push(Vec::new());
        }
        if let Some(d) = docs.last_mut() {
            d.push(i);
        }
    }
    for doc in &docs {
        scratch.doc.clear();
        for &i in doc {
            scratch.doc.add(&sents[i].text, &sents[i].toks);
        }
        for &i in doc {
            let s = &sents[i];
            features::extract(&s.text, &s.toks, lex, gaz, &mut scratch, &mut buf);
            for &f in &buf {
                if f != 0 {
                    *counts.entry(f).or_default() += 1;
                }
            }
            raw.push(buf.clone());
            let (k, case) = scratch.keys();
            keys_of.push((k.collect(), case));
        }
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
        keys_of,
        docs,
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
    /// Document-memory features get ids after the static ones.
    hist_index: HashMap<u64, u32>,
    pub hist_keys: Vec<u64>,
    n_static: usize,
}

/// Scratch buffers of one decoding pass.
#[derive(Default)]
struct Pass {
    scores: Vec<f32>,
    back: Vec<u8>,
    pred: Vec<u8>,
    hist: Vec<u64>,
    hist_ids: Vec<u32>,
    memory: DocMemory,
}

impl Perceptron {
    pub fn new(n_feats: usize) -> Perceptron {
        Perceptron {
            w: vec![0.0; n_feats * N_TAGS],
            u: vec![0.0; n_feats * N_TAGS],
            trans: vec![0.0; TRANS_LEN],
            utrans: vec![0.0; TRANS_LEN],
            c: 1.0,
            hist_index: HashMap::new(),
            hist_keys: Vec::new(),
            n_static: n_feats,
        }
    }

    fn add_row(w: &[f32], f: u32, row: &mut [f32]) {
        if f == NONE {
            return;
        }
        let f = f as usize;
        if let Some(ws) = w.get(f * N_TAGS..(f + 1) * N_TAGS) {
            for (s, x) in row.iter_mut().zip(ws) {
                *s += x;
            }
        }
    }

    /// Dense ids of the document-memory features of sentence `si`;
    /// unseen features get new rows when `grow`.
    fn hist_ids(&mut self, p: &Prepared, si: usize, pass: &mut Pass, grow: bool) {
        let (keys, case) = &p.keys_of[si];
        features::history(keys.iter().copied(), *case, &pass.memory, &mut pass.hist);
        pass.hist_ids.clear();
        for &h in &pass.hist {
            let id = if h == 0 {
                NONE
            } else if let Some(&id) = self.hist_index.get(&h) {
                id
            } else if grow {
                let id = (self.n_static + self.hist_keys.len()) as u32;
                self.hist_index.insert(h, id);
                self.hist_keys.push(h);
                self.w.extend_from_slice(&[0.0; N_TAGS]);
                self.u.extend_from_slice(&[0.0; N_TAGS]);
                id
            } else {
                NONE
            };
            pass.hist_ids.push(id);
        }
    }

    fn decode(w: &[f32], trans: &[f32], feats: &[u32], n: usize, pass: &mut Pass) {
        pass.scores.clear();
        pass.scores.resize(n * N_TAGS, 0.0);
        for i in 0..n {
            let row = &mut pass.scores[i * N_TAGS..(i + 1) * N_TAGS];
            for &f in &feats[i * PER_TOKEN..(i + 1) * PER_TOKEN] {
                Self::add_row(w, f, row);
            }
            for &f in &pass.hist_ids[i * HIST..(i + 1) * HIST] {
                Self::add_row(w, f, row);
            }
        }
        tags::viterbi(&pass.scores, trans, &mut pass.back, &mut pass.pred);
    }

    fn upd(&mut self, f: u32, t: u8, d: f32) {
        if f == NONE {
            return;
        }
        let i = f as usize * N_TAGS + usize::from(t);
        self.w[i] += d;
        self.u[i] += self.c * f64::from(d);
    }

    fn upd_trans(&mut self, prev: Option<u8>, t: u8, d: f32) {
        let i = (prev.map_or(0, |p| usize::from(p) + 1)) * N_TAGS + usize::from(t);
        self.trans[i] += d;
        self.utrans[i] += self.c * f64::from(d);
    }

    /// One pass over the documents in `order`; returns the number of
    /// sentences with errors.
    pub fn epoch(&mut self, p: &Prepared, order: &[usize]) -> usize {
        let mut pass = Pass::default();
        let mut wrong = 0;
        for &di in order {
            pass.memory.clear();
            for &si in &p.docs[di] {
                let gold = &p.gold[si];
                let feats = &p.feats[si];
                let n = gold.len();
                if n == 0 {
                    continue;
                }
                self.hist_ids(p, si, &mut pass, true);
                Self::decode(&self.w, &self.trans, feats, n, &mut pass);
                let pred = std::mem::take(&mut pass.pred);
                if pred != *gold {
                    wrong += 1;
                    for i in 0..n {
                        let (g, q) = (gold[i], pred[i]);
                        if g != q {
                            for k in 0..PER_TOKEN + HIST {
                                let f = if k < PER_TOKEN {
                                    feats[i * PER_TOKEN + k]
                                } else {
                                    pass.hist_ids[i * HIST + k - PER_TOKEN]
                                };
                                self.upd(f, g, 1.0);
                                self.upd(f, q, -1.0);
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
                let (keys, _) = &p.keys_of[si];
                pass.memory.record(keys.iter().map(|k| k.0), &pred);
                pass.pred = pred;
                self.c += 1.0;
            }
        }
        wrong
    }

    /// Averaged weights and transitions.
    pub fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(u)
                .map(|(&w, &u)| (f64::from(w) - u / self.c) as f32)
                .collect()
        };
        (avg(&self.w, &self.u), avg(&self.trans, &self.utrans))
    }

    /// Entity-level P/R/F1 of the model alone (coarse CoNLL types) on
    /// prepared sentences (with their ids mapped to this model's), with
    /// the given weights.
    pub fn evaluate(&mut self, p: &Prepared, w: &[f32], trans: &[f32]) -> (f64, f64, f64) {
        let mut pass = Pass::default();
        let (mut g_sp, mut p_sp): (Spans, Spans) = (Vec::new(), Vec::new());
        let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
        for doc in &p.docs {
            pass.memory.clear();
            for &si in doc {
                let gold = &p.gold[si];
                let n = gold.len();
                if n == 0 {
                    continue;
                }
                self.hist_ids(p, si, &mut pass, false);
                Self::decode(w, trans, &p.feats[si], n, &mut pass);
                tags::decode(gold, &mut g_sp);
                tags::decode(&pass.pred, &mut p_sp);
                ng += g_sp.len();
                np += p_sp.len();
                tp += p_sp.iter().filter(|x| g_sp.contains(x)).count();
                let (keys, _) = &p.keys_of[si];
                pass.memory.record(keys.iter().map(|k| k.0), &pass.pred);
            }
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
}

/// A small deterministic PRNG (xorshift64*) for shuffling.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

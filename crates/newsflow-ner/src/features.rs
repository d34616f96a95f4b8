//! Feature extraction, shared by tagging and training so that both see
//! exactly the same features. Every feature is a 64-bit hash of a template
//! id and its values; nothing here allocates once the buffers are warm.

use crate::gazetteer as g;
use crate::hash::{Table, H};
use newsflow_text::Span;

/// What the unlabelled corpus says about a word (lower-cased).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LexEntry {
    /// How often the word is capitalised where case is informative
    /// (not sentence-initial, not in an all-caps line), bucketed 1..=5.
    pub cap: u8,
    /// log2 of the word's frequency, capped.
    pub freq: u8,
    /// Distributional cluster, fine and coarse.
    pub c1: u16,
    pub c2: u16,
}

/// Word → [`LexEntry`], keyed by [`word_key`].
#[derive(Debug, Clone)]
pub struct Lexicon {
    table: Table,
    entries: Vec<LexEntry>,
    keys: Vec<u64>,
}

impl Lexicon {
    pub fn new(keys: Vec<u64>, entries: Vec<LexEntry>) -> Lexicon {
        Lexicon {
            table: Table::with_keys(&keys),
            entries,
            keys,
        }
    }
    pub fn empty() -> Lexicon {
        Lexicon::new(Vec::new(), Vec::new())
    }
    #[inline]
    pub fn get(&self, key: u64) -> LexEntry {
        self.table
            .get(key)
            .and_then(|i| self.entries.get(i).copied())
            .unwrap_or_default()
    }
    pub fn keys(&self) -> &[u64] {
        &self.keys
    }
    pub fn entries(&self) -> &[LexEntry] {
        &self.entries
    }
}

/// Gazetteer flags of a single (lower-cased) token.
pub mod flag {
    pub const COUNTRY: u8 = 1;
    pub const CITY: u8 = 2;
    pub const REGION: u8 = 4;
    pub const DEMONYM: u8 = 8;
    pub const PLACE_PART: u8 = 16;
    pub const ORG_WORD: u8 = 32;
    pub const TITLE: u8 = 64;
    pub const FIRST_NAME: u8 = 128;
}

/// Token-level gazetteer membership, built from the lists in `gazetteer`.
#[derive(Debug, Clone)]
pub struct Gaz {
    table: Table,
    flags: Vec<u8>,
}

impl Gaz {
    pub fn build() -> Gaz {
        let mut map: std::collections::HashMap<u64, u8> = std::collections::HashMap::new();
        let mut add = |list: &[&str], full: u8| {
            for entry in list {
                let words: Vec<&str> = entry.split(' ').collect();
                if words.len() == 1 {
                    *map.entry(word_key(entry)).or_default() |= full;
                } else if full & (flag::COUNTRY | flag::CITY | flag::REGION) != 0 {
                    for w in words {
                        if w.chars().next().is_some_and(char::is_uppercase) {
                            *map.entry(word_key(w)).or_default() |= flag::PLACE_PART;
                        }
                    }
                }
            }
        };
        add(g::COUNTRIES, flag::COUNTRY);
        add(g::CITIES, flag::CITY);
        add(g::REGIONS, flag::REGION);
        add(g::DEMONYMS, flag::DEMONYM);
        add(g::ORG_WORDS, flag::ORG_WORD);
        add(g::TITLES, flag::TITLE);
        add(g::FIRST_NAMES, flag::FIRST_NAME);
        let mut keys: Vec<u64> = map.keys().copied().collect();
        keys.sort_unstable();
        let flags = keys
            .iter()
            .map(|k| map.get(k).copied().unwrap_or(0))
            .collect();
        Gaz {
            table: Table::with_keys(&keys),
            flags,
        }
    }
    #[inline]
    pub fn get(&self, key: u64) -> u8 {
        self.table
            .get(key)
            .and_then(|i| self.flags.get(i).copied())
            .unwrap_or(0)
    }
}

/// The key of a word in the lexicon and gazetteer: its normalized form.
#[inline]
pub fn word_key(w: &str) -> u64 {
    H::new(0).add_norm(w).finish()
}

/// Per-token values computed once and combined into features.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokInfo {
    norm: u64,
    exact: u64,
    shape: u64,
    lex: LexEntry,
    gaz: u8,
    first_char_upper: bool,
}

fn shape_hash(w: &str) -> u64 {
    let mut h = H::new(1);
    let mut prev = 0u8;
    let mut n = 0;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c == '’' {
            b'\''
        } else if c.is_ascii() {
            c as u8
        } else {
            b'o'
        };
        if k != prev {
            h = h.mix(u64::from(k));
            prev = k;
            n += 1;
            if n > 6 {
                break;
            }
        }
    }
    h.finish()
}

const PAD_BEFORE: u64 = 0x5eed_0001;
const PAD_AFTER: u64 = 0x5eed_0002;

/// Sentence case style: 0 ordinary, 1 all upper-case, 2 title case.
fn sentence_case(text: &str, toks: &[Span]) -> u64 {
    let (mut alpha, mut upper, mut title) = (0usize, 0usize, 0usize);
    for t in toks {
        let w = t.text(text);
        let mut has_alpha = false;
        let mut all_upper = true;
        for c in w.chars() {
            if c.is_alphabetic() {
                has_alpha = true;
                if c.is_lowercase() {
                    all_upper = false;
                }
            }
        }
        if has_alpha {
            alpha += 1;
            if all_upper {
                upper += 1;
            }
            if w.chars().next().is_some_and(char::is_uppercase) {
                title += 1;
            }
        }
    }
    if alpha >= 2 && upper * 10 >= alpha * 9 {
        1
    } else if alpha >= 4 && title * 10 >= alpha * 8 {
        2
    } else {
        0
    }
}

/// How each word is written across the whole document: capitalised in
/// the middle of an ordinary sentence, and/or lower-case somewhere. A word
/// that is only ever capitalised mid-sentence is likely a name, also where
/// case says nothing (headlines, sentence starts).
#[derive(Debug, Default, Clone)]
pub struct DocStats {
    map: crate::hash::KeyMap<u8>,
}

impl DocStats {
    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// Adds one sentence of the document.
    pub fn add(&mut self, text: &str, toks: &[Span]) {
        if sentence_case(text, toks) == 1 {
            return;
        }
        for (i, t) in toks.iter().enumerate() {
            let w = t.text(text);
            let Some(c) = w.chars().next() else { continue };
            if !c.is_alphabetic() {
                continue;
            }
            let bit = if c.is_lowercase() {
                2
            } else if i > 0 {
                1
            } else {
                continue;
            };
            *self.map.entry(word_key(w)).or_default() |= bit;
        }
    }

    #[inline]
    fn get(&self, key: u64) -> u64 {
        if self.map.is_empty() {
            return 0;
        }
        u64::from(self.map.get(&key).copied().unwrap_or(0))
    }
}

/// Reusable buffers for [`extract`], and the statistics of the document
/// being tagged (fill `doc` before extracting its sentences).
#[derive(Debug, Default)]
pub struct Scratch {
    info: Vec<TokInfo>,
    case: u64,
    pub doc: DocStats,
}

impl Scratch {
    /// `(normalized word key, shape key)` of every token of the last
    /// sentence given to [`extract`], and its case style.
    pub fn keys(&self) -> (impl Iterator<Item = (u64, u64)> + '_, u64) {
        (self.info.iter().map(|t| (t.norm, t.shape)), self.case)
    }
}

/// What the model predicted earlier in the same document, per word:
/// counts of each entity kind (PER, ORG, LOC, MISC) the word was part of.
/// Later mentions ("Dar" after "Ishaq Dar") use it as evidence.
#[derive(Debug, Default, Clone)]
pub struct DocMemory {
    counts: crate::hash::KeyMap<[u16; 4]>,
}

impl DocMemory {
    pub fn clear(&mut self) {
        self.counts.clear();
    }

    /// Records one sentence's predicted BILOU tags for its word keys.
    pub fn record(&mut self, norms: impl Iterator<Item = u64>, tags: &[u8]) {
        for (k, &t) in norms.zip(tags) {
            if let Some((kind, _)) = crate::tags::split(t) {
                let c = self.counts.entry(k).or_default();
                let slot = &mut c[kind as usize];
                *slot = slot.saturating_add(1);
            }
        }
    }

    fn get(&self, k: u64) -> Option<(u64, bool)> {
        if self.counts.is_empty() {
            return None;
        }
        let c = self.counts.get(&k)?;
        let (best, _) = c.iter().enumerate().max_by_key(|&(i, &n)| (n, 4 - i))?;
        let kinds = c.iter().filter(|&&n| n > 0).count();
        Some((best as u64 + 1, kinds == 1))
    }
}

/// Number of document-memory features per token.
pub const HIST: usize = 3;

/// Writes the document-memory features of one sentence's tokens
/// (`HIST` per token, 0 when the word has no history).
pub fn history(
    keys: impl Iterator<Item = (u64, u64)>,
    case: u64,
    mem: &DocMemory,
    out: &mut Vec<u64>,
) {
    out.clear();
    for (norm, shape) in keys {
        match mem.get(norm) {
            Some((kind, unanimous)) => {
                out.push(H::new(200).mix(kind).mix(u64::from(unanimous)).finish());
                out.push(H::new(201).mix(kind).mix(shape).finish());
                out.push(H::new(202).mix(kind).mix(case).finish());
            }
            None => out.extend_from_slice(&[0; HIST]),
        }
    }
}

/// Number of features [`extract`] writes per token (fixed, so callers can
/// index `out[i * PER_TOKEN..]`). Absent features are written as 0.
pub const PER_TOKEN: usize = 47;

/// Writes the features of every token of one sentence into `out`
/// (`toks.len() * PER_TOKEN` hashes, 0 where a feature does not apply).
pub fn extract(
    text: &str,
    toks: &[Span],
    lex: &Lexicon,
    gaz: &Gaz,
    scratch: &mut Scratch,
    out: &mut Vec<u64>,
) {
    let n = toks.len();
    out.clear();
    out.resize(n * PER_TOKEN, 0);
    let info = &mut scratch.info;
    info.clear();
    for t in toks {
        let w = t.text(text);
        let norm = word_key(w);
        info.push(TokInfo {
            norm,
            exact: H::new(2).add_exact(w).finish(),
            shape: shape_hash(w),
            lex: lex.get(norm),
            gaz: gaz.get(norm),
            first_char_upper: w.chars().next().is_some_and(char::is_uppercase),
        });
    }
    let case = sentence_case(text, toks);
    scratch.case = case;
    let pad_b = TokInfo {
        norm: PAD_BEFORE,
        exact: PAD_BEFORE,
        shape: PAD_BEFORE,
        ..TokInfo::default()
    };
    let pad_a = TokInfo {
        norm: PAD_AFTER,
        exact: PAD_AFTER,
        shape: PAD_AFTER,
        ..TokInfo::default()
    };
    let at = |j: isize| -> TokInfo {
        if j < 0 {
            pad_b
        } else {
            info.get(j as usize).copied().unwrap_or(pad_a)
        }
    };
    for (i, tok) in toks.iter().enumerate() {
        let o = &mut out[i * PER_TOKEN..(i + 1) * PER_TOKEN];
        let ii = i as isize;
        let (p2, p1, c, n1, n2) = (at(ii - 2), at(ii - 1), at(ii), at(ii + 1), at(ii + 2));
        let f = |t: u32| H::new(100 + t);
        let mut k = 0;
        let mut put = |v: u64| {
            if let Some(slot) = o.get_mut(k) {
                *slot = v;
            }
            k += 1;
        };
        put(f(0).finish());
        put(f(1).mix(c.norm).finish());
        put(f(2).mix(c.exact).finish());
        put(f(3).mix(c.shape).finish());
        put(f(4).mix(p1.norm).finish());
        put(f(5).mix(n1.norm).finish());
        put(f(6).mix(p2.norm).finish());
        put(f(7).mix(n2.norm).finish());
        put(f(8).mix(p1.shape).mix(c.shape).finish());
        put(f(9).mix(c.shape).mix(n1.shape).finish());
        put(f(10).mix(p1.shape).mix(c.shape).mix(n1.shape).finish());
        put(f(11).mix(p1.norm).mix(c.norm).finish());
        put(f(12).mix(c.norm).mix(n1.norm).finish());
        put(f(13).mix(u64::from(i == 0)).mix(c.shape).finish());
        put(f(14).mix(case).mix(c.shape).finish());
        put(f(15).mix(case).mix(u64::from(c.lex.cap)).finish());
        put(f(16).mix(u64::from(c.lex.cap)).mix(c.shape).finish());
        put(f(17)
            .mix(u64::from(p1.lex.cap))
            .mix(u64::from(c.lex.cap))
            .finish());
        put(f(18)
            .mix(u64::from(c.lex.cap))
            .mix(u64::from(n1.lex.cap))
            .finish());
        put(f(19)
            .mix(u64::from(c.lex.freq))
            .mix(u64::from(c.first_char_upper))
            .finish());
        put(f(20).mix(u64::from(c.lex.c1)).finish());
        put(f(21).mix(u64::from(c.lex.c2)).finish());
        put(f(22).mix(u64::from(p1.lex.c1)).finish());
        put(f(23).mix(u64::from(n1.lex.c1)).finish());
        put(f(24)
            .mix(u64::from(p1.lex.c2))
            .mix(u64::from(c.lex.c2))
            .finish());
        put(f(25)
            .mix(u64::from(c.lex.c2))
            .mix(u64::from(n1.lex.c2))
            .finish());
        put(f(26)
            .mix(u64::from(c.gaz))
            .mix(u64::from(c.first_char_upper))
            .finish());
        put(f(27).mix(u64::from(p1.gaz)).finish());
        put(f(28).mix(u64::from(n1.gaz)).finish());
        put(f(29).mix(u64::from(c.lex.c1)).mix(case).finish());
        put(f(30).mix(p1.norm).mix(c.shape).finish());
        put(f(31).mix(c.shape).mix(n1.norm).finish());
        // Prefixes and suffixes of the normalized word.
        let w = tok.text(text);
        let mut pre = f(32);
        for (j, ch) in w.chars().take(3).enumerate() {
            pre = pre.add_char(crate::hash::norm_char(ch));
            put(pre.mix(j as u64).finish());
        }
        for _ in w.chars().count().min(3)..3 {
            put(0);
        }
        let mut suf = f(33);
        for (j, ch) in w.chars().rev().take(4).enumerate() {
            suf = suf.add_char(crate::hash::norm_char(ch));
            put(suf.mix(j as u64).finish());
        }
        for _ in w.chars().count().min(4)..4 {
            put(0);
        }
        // Parts of hyphenated words: "Pakistan-occupied", "Franco-German".
        if let Some((a, b)) = w
            .split_once('-')
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        {
            let ka = word_key(a);
            let kb = word_key(b);
            put(f(34).mix(ka).finish());
            put(f(35).mix(kb).finish());
            put(f(36).mix(u64::from(gaz.get(ka))).finish());
            put(f(37).mix(u64::from(lex.get(ka).cap)).finish());
        } else {
            put(0);
            put(0);
            put(0);
            put(0);
        }
        put(f(38).mix(p2.shape).mix(p1.shape).mix(c.shape).finish());
        let doc = scratch.doc.get(c.norm);
        put(f(43).mix(doc).mix(c.shape).finish());
        put(f(44).mix(doc).mix(case).mix(u64::from(i == 0)).finish());
        put(f(39).mix(c.shape).mix(n1.shape).mix(n2.shape).finish());
    }
}

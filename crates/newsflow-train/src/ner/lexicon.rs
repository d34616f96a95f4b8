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
                    "\"" | "“" | "(" | "'" | "‘" | ":" | "-" | "—"
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

/// Distributional clusters (placeholder: none yet).
pub fn clusters(_sentences: &[String]) -> HashMap<u64, (u16, u16)> {
    HashMap::new()
}

//! The gazetteer: data files compiled into the crate (see `data/SOURCES.md`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::{HashMap, HashSet};

/// The hasher for the gazetteer's and lexicons' maps: keys are short names
/// and words, where SipHash's setup cost dominates, and the maps are fixed
/// data (no DoS concern). The NER crate's byte hasher serves.
pub type WordHash = std::hash::BuildHasherDefault<newsflow_ner::hash::PassThrough>;

/// The countries live with the text crate, whose sentence splitter reads the
/// same names (see `newsflow_text::places`).
const COUNTRIES: &str = newsflow_text::places::COUNTRIES;
const ORGS: &str = include_str!("../data/orgs.tsv");
const ROLES: &str = include_str!("../data/roles.tsv");
const TITLES: &str = include_str!("../data/titles.tsv");

/// Capitals and names that are too often something else (a person, a US
/// state, a common word) to be added when the entity tagger did not find them.
const NO_SCAN: &[&str] = &[
    "Jordan",
    "Chad",
    "Georgia",
    "Niger",
    "Guinea",
    "Turkey",
    "Male",
    "Victoria",
    "Stanley",
    "Sofia",
    "Lima",
    "Santiago",
    "Kingston",
    "Georgetown",
    "Praia",
    "Nassau",
    "Sucre",
    "Aden",
    "America",
    "Delhi",
    "Press",
    "Lao",
    "Pole",
    "Poles",
    "Dane",
    "Finn",
    "Turk",
    "WHO",
    "AU",
    "Emirates",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Country,
    Demonym,
    Capital,
    Org,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub code: u16,
}

#[derive(Debug)]
pub struct Gazetteer {
    pub codes: Vec<String>,
    names: HashMap<String, Entry, WordHash>,
    titles: HashSet<&'static str, WordHash>,
    pub scan: AhoCorasick,
    pub scan_entries: Vec<Entry>,
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Whether `code` (without a role) is a country or territory code rather
/// than an organisation's.
pub fn is_country_code(code: &str) -> bool {
    static CODES: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    CODES
        .get_or_init(|| rows(COUNTRIES).filter_map(|r| r.first().copied()).collect())
        .contains(code)
}

/// The role code of a lower-case role word ("army" → `MIL`), without an
/// [`crate::Actors`] at hand.
pub fn role_code(word: &str) -> Option<&'static str> {
    static ROLE_CODES: std::sync::OnceLock<HashMap<&'static str, &'static str, WordHash>> =
        std::sync::OnceLock::new();
    ROLE_CODES
        .get_or_init(|| {
            rows(ROLES)
                .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
                .collect()
        })
        .get(word)
        .copied()
}

/// Normalizes a mention for lookup: `’` read as `'`, a leading "the" and a
/// trailing possessive dropped.
pub fn key(s: &str) -> std::borrow::Cow<'_, str> {
    let s = s.trim();
    let plain = !s.contains('’')
        && !s.ends_with('\'')
        && !s.ends_with("'s")
        && !s.starts_with("the ")
        && !s.starts_with("The ")
        && !s.starts_with("THE ");
    if plain {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut k = String::with_capacity(s.len());
    for c in s.chars() {
        k.push(if c == '’' { '\'' } else { c });
    }
    let mut k = k.as_str();
    for the in ["the ", "The ", "THE "] {
        if let Some(rest) = k.strip_prefix(the) {
            k = rest;
        }
    }
    if let Some(rest) = k.strip_suffix("'s") {
        k = rest;
    } else if let Some(rest) = k.strip_suffix('\'') {
        k = rest;
    }
    std::borrow::Cow::Owned(k.trim().to_owned())
}

impl Gazetteer {
    pub fn build() -> Gazetteer {
        let mut codes: Vec<String> = Vec::new();
        let mut names: HashMap<String, Entry, WordHash> = HashMap::default();
        let mut add = |code: &str, kind: Kind, list: &str, codes: &mut Vec<String>| {
            let idx = match codes.iter().position(|c| c == code) {
                Some(i) => i,
                None => {
                    codes.push(code.to_owned());
                    codes.len() - 1
                }
            };
            let code = u16::try_from(idx).unwrap_or(u16::MAX);
            for name in list.split('|').map(str::trim).filter(|n| !n.is_empty()) {
                names
                    .entry(key(name).into_owned())
                    .or_insert(Entry { kind, code });
            }
        };
        for row in rows(COUNTRIES) {
            let Some(code) = row.first() else { continue };
            // Capitals and seats of government both stand for the government.
            let kinds = [Kind::Country, Kind::Demonym, Kind::Capital, Kind::Capital];
            for (col, kind) in row.iter().skip(1).zip(kinds) {
                add(code, kind, col, &mut codes);
            }
        }
        for row in rows(ORGS) {
            if let (Some(code), Some(list)) = (row.first(), row.get(1)) {
                add(code, Kind::Org, list, &mut codes);
            }
        }
        let titles = rows(TITLES).filter_map(|r| r.first().copied()).collect();

        let mut patterns: Vec<&str> = Vec::new();
        let mut scan_entries = Vec::new();
        for (name, e) in &names {
            if name.len() < 2 || NO_SCAN.contains(&name.as_str()) {
                continue;
            }
            patterns.push(name);
            scan_entries.push(*e);
        }
        let scan = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            // The patterns are fixed data compiled into the crate, not input.
            .expect("gazetteer patterns build an automaton");
        Gazetteer {
            codes,
            names,
            titles,
            scan,
            scan_entries,
        }
    }

    /// The entry for a mention text, if the gazetteer knows it.
    pub fn lookup(&self, mention: &str) -> Option<Entry> {
        let k = key(mention);
        if let Some(e) = self.names.get(k.as_ref()) {
            return Some(*e);
        }
        // Datelines and headlines: "BEIJING", "NEW DELHI".
        if k.len() > 3 && !k.chars().any(char::is_lowercase) {
            let title: String = k
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map_or_else(String::new, |f| {
                        f.to_uppercase()
                            .chain(cs.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(e) = self.names.get(title.as_str()) {
                return Some(*e);
            }
        }
        // Plural demonyms not listed ("Kenyans" is, "Qataris" is; be lenient).
        if let Some(stem) = k.strip_suffix('s') {
            if let Some(e) = self.names.get(stem) {
                if e.kind == Kind::Demonym {
                    return Some(*e);
                }
            }
        }
        None
    }

    pub fn code(&self, e: Entry) -> &str {
        self.codes
            .get(usize::from(e.code))
            .map_or("", String::as_str)
    }

    /// Whether a lower-case word may be part of a title before a name.
    pub fn is_title_word(&self, lower: &str) -> bool {
        self.titles.contains(lower) || role_code(lower).is_some()
    }
}

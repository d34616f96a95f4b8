//! Stances (holder, cue, target, polarity, PLOVER event, reporting source)
//! and direct quotes with their speakers (SPEC §4).
//!
//! Rule-based over tokens, entity spans and the cue lexicons in `data/`
//! (see README.md for why): quotes are found first, so that "we" inside a
//! quote can resolve to its speaker; then every cue in the lexicon yields a
//! stance when a holder can be found for it.

use newsflow_actors::ResolvedEntity;
use newsflow_text::Span;

mod doc;
mod lexicon;
mod quotes;
mod types;
pub use types::*;

use doc::{Cand, CandKind, Doc};
use lexicon::{lexicon, CueEntry, EventSpec, Pos};

/// Extracts stances and quotes from a document.
pub fn extract(
    text: &str,
    sentences: &[Span],
    entities: &[ResolvedEntity],
) -> (Vec<Stance>, Vec<Quote>) {
    let mut doc = Doc::new(text, sentences, entities);
    let quotes = quotes::find(&mut doc);
    let stances = stances(&doc);
    (stances, quotes)
}

const AUX: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does",
    "do", "to", "not", "n't", "n’t", "also", "has", "have", "had", "is", "was", "are", "were",
    "be", "been", "who", "which", "that", "never", "still", "now", "jointly", "again", "then",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "this",
    "such", "any", "no", "recent", "latest", "earlier", "new", "public",
];

const COPULA: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "remains", "remained", "remain", "stands",
    "stood", "stand", "seemed", "seems", "appeared", "appears",
];

/// Words where a target or a clause ends.
const TARGET_STOP: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "while",
    "whereas",
    "when",
    "because",
    "although",
    "though",
    "as",
    "but",
    "and",
    "or",
    "during",
    "after",
    "before",
    "since",
    "despite",
    "between",
    "from",
    "by",
    "at",
    "amid",
    "following",
    "until",
    "with",
    "unless",
    "if",
    "even",
    "saying",
    "said",
    "says",
    "according",
    "adding",
    "over",
    "under",
    "without",
    "on",
    "last",
    "this",
    "next",
];

const CLAUSE_BOUNDARY: &[&str] = &[
    ";", ":", "that", "which", "who", "whom", "while", "whereas", "although", "though", "because",
    "if", "unless", "—", "–", "(", ")",
];

fn is_punct(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| !c.is_alphanumeric())
}

/// The subject of a verb (or adjective, or copula + preposition) at token
/// `v`: the nearest mention before it in its clause, preferring mentions
/// that are neither objects of a preposition nor possessors; for a
/// participle after a comma ("…, stating that"), the sentence subject.
pub(crate) fn subject(doc: &Doc, v: usize) -> Option<(usize, f32)> {
    let (sa, _) = doc.sent_range(v);
    let w = doc.lw(v);
    if v > sa && w.ends_with("ing") && doc.raw(v - 1) == "," {
        return sentence_subject(doc, v).map(|c| (c, 0.7));
    }
    let in_quote = doc.quote_of.get(v).copied().flatten();
    for pass in 0..2 {
        let mut k = v;
        while k > sa {
            k -= 1;
            let lw = doc.lw(k);
            if CLAUSE_BOUNDARY.contains(&lw) {
                // "India, which rejected …": the relative clause's antecedent.
                if pass == 1 && matches!(lw, "which" | "who") {
                    let mut p = k;
                    if p > sa && doc.raw(p - 1) == "," {
                        p -= 1;
                    }
                    if let Some(ci) = doc.cand_ending_at(p) {
                        return Some((ci, 0.6));
                    }
                }
                break;
            }
            if doc.quote_of.get(k).copied().flatten() != in_quote && !doc.is_quote_mark(k) {
                continue;
            }
            let Some(ci) = doc.cand_at.get(k).copied().flatten() else {
                continue;
            };
            let Some(c) = doc.cands.get(ci) else { break };
            k = c.a;
            let possessor = doc.is_possessive(c.b);
            if pass == 0 && (doc.after_preposition(c) || possessor) {
                continue;
            }
            if pass == 1 && doc.after_preposition(c) {
                continue;
            }
            return Some((ci, if pass == 0 { 0.9 } else { 0.7 }));
        }
    }
    None
}

/// The first mention of the sentence of token `v` (before `v`) that is
/// neither a prepositional object nor a possessor.
pub(crate) fn sentence_subject(doc: &Doc, v: usize) -> Option<usize> {
    let (sa, _) = doc.sent_range(v);
    let in_quote = doc.quote_of.get(v).copied().flatten();
    let mut fallback = None;
    for (ci, c) in doc.cands.iter().enumerate() {
        if c.a < sa || c.b > v {
            continue;
        }
        if doc.quote_of.get(c.a).copied().flatten() != in_quote {
            continue;
        }
        if !doc.after_preposition(c) && !doc.is_possessive(c.b) {
            return Some(ci);
        }
        fallback.get_or_insert(ci);
    }
    fallback
}

/// The speech verb starting at token `i`: its end and lemma.
pub(crate) fn speech_at(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    let forms = lexicon().speech.get(doc.lw(i))?;
    // "His remarks", "Trump's repeated claims": a noun, not a speech verb.
    if i > 0 && doc.lw(i).ends_with('s') && !doc.lw(i).ends_with("ss") {
        let prev = doc.lw(i - 1);
        if doc.is_possessive(i - 1)
            || DETERMINERS.contains(&prev)
            || (prev.ends_with("ed") && doc.cand_at.get(i - 1).copied().flatten().is_none())
        {
            return None;
        }
    }
    forms.iter().find_map(|(words, lemma)| {
        words
            .iter()
            .enumerate()
            .all(|(j, w)| doc.is(i + j, w))
            .then_some((i + words.len(), *lemma))
    })
}

/// The lexicon entry matched at token `i` and the token after the cue.
fn cue_at(doc: &Doc, i: usize) -> Option<(&'static CueEntry, usize)> {
    let lex = lexicon();
    let forms = lex.cues.get(doc.lw(i))?;
    let mut best_len = 0;
    let mut matched: Vec<&CueEntry> = Vec::new();
    for f in forms {
        if f.words.len() < best_len {
            break;
        }
        if f.words.iter().enumerate().all(|(j, w)| doc.is(i + j, w)) {
            best_len = f.words.len();
            if let Some(e) = lex.entries.get(f.entry) {
                matched.push(e);
            }
        }
    }
    if matched.is_empty() {
        return None;
    }
    let end = i + best_len;
    let w = doc.lw(i);
    let inflected = best_len > 1 || w.ends_with("ed") || w.ends_with("ing");
    if matched.len() == 1 && (inflected || !matches!(matched[0].pos, Pos::Verb | Pos::Noun)) {
        return Some((matched[0], end));
    }
    // A bare form ("attacks", "support", "claims"): a verb after a subject,
    // an auxiliary or an adverb; a noun otherwise.
    let (sa, _) = doc.sent_range(i);
    let mut p = i;
    while p > sa && doc.is_quote_mark(p - 1) {
        p -= 1;
    }
    let prev = if p > sa { doc.lw(p - 1) } else { "" };
    let verb_use = inflected
        || AUX.contains(&prev)
        || prev.ends_with("ly")
        || (p > sa && !doc.is_possessive(p - 1) && doc.cand_ending_at(p).is_some());
    let want = if verb_use { Pos::Verb } else { Pos::Noun };
    matched
        .into_iter()
        .find(|e| e.pos == want || !matches!(e.pos, Pos::Verb | Pos::Noun))
        .map(|e| (e, end))
}

/// Negation before a cue ("will not", "did n't", "never"): the index where
/// the cue span should start.
fn negation(doc: &Doc, a: usize) -> Option<usize> {
    let (sa, _) = doc.sent_range(a);
    let mut k = a;
    let mut steps = 0;
    while k > sa && steps < 4 {
        k -= 1;
        steps += 1;
        let w = doc.lw(k);
        if doc.is_quote_mark(k) || w.ends_with("ly") || w == "be" {
            continue;
        }
        if matches!(w, "not" | "n't" | "n’t" | "never" | "cannot" | "no") {
            let mut s = k;
            if s > sa && AUX.contains(&doc.lw(s - 1)) && doc.lw(s - 1) != "to" {
                s -= 1;
            }
            return Some(s);
        }
        if doc.cand_at.get(k).copied().flatten().is_some() || is_punct(doc.raw(k)) {
            return None;
        }
    }
    None
}

/// The target after a cue ending at token `b`.
fn target(doc: &Doc, b: usize, entry: &CueEntry) -> Option<Span> {
    let (_, se) = doc.sent_range(b.saturating_sub(1));
    let mut k = b;
    while k < se && doc.is_quote_mark(k) {
        k += 1;
    }
    if !entry.preps.is_empty() {
        let mut found = false;
        let mut j = k;
        while j < se && j < k + 7 {
            let w = doc.lw(j);
            if entry.preps.contains(&w) {
                found = true;
                k = j + 1;
                break;
            }
            if is_punct(doc.raw(j)) || CLAUSE_BOUNDARY.contains(&w) {
                break;
            }
            j += 1;
        }
        if !found {
            return None;
        }
    } else if matches!(doc.lw(k), "on" | "against" | "to" | "for") {
        k += 1;
    }
    let accuse = matches!(
        entry.event,
        EventSpec::Fixed(Event::Accuse) | EventSpec::Fixed(Event::Threaten)
    );
    let mut e = k;
    while e < se && e < k + 12 {
        let w = doc.lw(e);
        let in_entity = doc
            .cand_at
            .get(e)
            .copied()
            .flatten()
            .and_then(|ci| doc.cands.get(ci))
            .is_some_and(|c| matches!(c.kind, CandKind::Entity(_)) && c.a < e);
        if !in_entity
            && (is_punct(doc.raw(e))
                || TARGET_STOP.contains(&w)
                || doc.is_time(e)
                || (accuse && matches!(w, "of" | "for"))
                || (e > k && matches!(w, "on" | "to") && entry.pos == Pos::Adj)
                || speech_at(doc, e).is_some())
        {
            break;
        }
        e += 1;
    }
    (e > k).then(|| doc.span(k, e))
}

/// Who reports a stance whose holder starts at token `h` (cue at `c`).
fn reporter(doc: &Doc, h: usize, c: usize, holder: Option<&Mention>) -> Option<Reporter> {
    if doc.quote_of.get(c).copied().flatten().is_some() {
        return None;
    }
    let (sa, se) = doc.sent_range(c);
    let same = |m: &Mention| {
        let cl = |e: Option<usize>| e.and_then(|i| doc.ents.get(i)).map(|x| x.cluster);
        holder.is_some_and(|hm| {
            hm.span == m.span || (cl(hm.entity).is_some() && cl(hm.entity) == cl(m.entity))
        })
    };
    // "Dar disclosed that India rejected …": the nearest speech verb before.
    let mut k = h.min(c);
    while k > sa {
        k -= 1;
        if doc.quote_of.get(k).copied().flatten().is_some() {
            continue;
        }
        let Some((end, lemma)) = speech_at(doc, k) else {
            continue;
        };
        if end > h.min(c) {
            continue;
        }
        let (ci, _) = subject(doc, k)?;
        let m = doc.resolve_or_span(ci)?;
        if same(&m) {
            return None;
        }
        return Some(Reporter {
            source: m,
            cue: Cue {
                span: doc.span(k, end),
                lemma: lemma.to_owned(),
            },
        });
    }
    // "… according to Dar" / "…, the ministry said."
    let mut k = c + 1;
    while k < se {
        if doc.lw(k) == "according" && doc.lw(k + 1) == "to" {
            let ci = doc.cand_at.get(k + 2).copied().flatten()?;
            let m = doc.resolve_or_span(ci)?;
            return (!same(&m)).then(|| Reporter {
                source: m,
                cue: Cue {
                    span: doc.span(k, k + 2),
                    lemma: "according to".to_owned(),
                },
            });
        }
        if doc.raw(k) == "," {
            let n = k + 1;
            let (ci, verb) = if let Some(ci) = doc.cand_at.get(n).copied().flatten() {
                (ci, doc.cands.get(ci).map_or(n, |c| c.b))
            } else if speech_at(doc, n).is_some() {
                (doc.cand_at.get(n + 1).copied().flatten()?, n)
            } else {
                k += 1;
                continue;
            };
            if let Some((end, lemma)) = speech_at(doc, verb) {
                let tail_ok = doc.cands.get(ci).is_some_and(|c| c.b.max(end) + 1 >= se);
                if tail_ok {
                    let m = doc.resolve_or_span(ci)?;
                    return (!same(&m)).then(|| Reporter {
                        source: m,
                        cue: Cue {
                            span: doc.span(verb, end),
                            lemma: lemma.to_owned(),
                        },
                    });
                }
            }
        }
        k += 1;
    }
    None
}

fn stances(doc: &Doc) -> Vec<Stance> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let Some((entry, end)) = cue_at(doc, i) else {
            i += 1;
            continue;
        };
        let start = i;
        i = end;
        if entry.pos == Pos::Prep {
            // "New Delhi was against outside intervention".
            let (sa, _) = doc.sent_range(start);
            let mut p = start;
            while p > sa && (doc.lw(p - 1).ends_with("ly") || doc.lw(p - 1) == "not") {
                p -= 1;
            }
            if p == sa || !COPULA.contains(&doc.lw(p - 1)) {
                continue;
            }
        }
        let found = if entry.pos == Pos::Noun {
            nearest_before(doc, start)
        } else {
            subject(doc, start)
        };
        let Some((ci, mut confidence)) = found else {
            continue;
        };
        let Some(cand) = doc.cands.get(ci).copied() else {
            continue;
        };
        let holder = doc.resolve(ci);
        if holder.is_none() || !matches!(cand.kind, CandKind::Entity(_)) {
            confidence -= 0.15;
        }
        let Some(holder) = holder.or_else(|| {
            // An unresolved pronoun still shows who holds the stance.
            matches!(cand.kind, CandKind::PersonRef | CandKind::ThingRef).then(|| Mention {
                span: doc.span(cand.a, cand.b),
                entity: None,
                actor: None,
            })
        }) else {
            continue;
        };
        let neg = negation(doc, start);
        let mut cue_a = neg.unwrap_or(start);
        let mut cue_b = end;
        // Scare quotes around the cue belong to it: will not “beg”.
        if start > 0 && doc.is_quote_mark(start - 1) && doc.is_quote_mark(end) {
            cue_b = end + 1;
            if neg.is_none() {
                cue_a = start - 1;
            }
        }
        let target = target(doc, cue_b, entry);
        if target.is_none() {
            confidence -= 0.2;
        }
        // A noun cue needs its holder as possessor ("Pakistan's willingness")
        // or a target and an actor ("Russian strikes on Kyiv").
        if entry.pos == Pos::Noun
            && !doc.is_possessive(cand.b)
            && (target.is_none() || (holder.actor.is_none() && holder.entity.is_none()))
        {
            continue;
        }
        if entry.pos == Pos::Noun
            && !doc.is_possessive(cand.b)
            && holder.actor.is_none()
            && holder
                .entity
                .and_then(|e| doc.ents.get(e))
                .is_some_and(|e| e.label != newsflow_ner::Label::Person)
        {
            continue;
        }
        let negated = neg.is_some();
        let polarity = match (entry.polarity, negated) {
            (Polarity::Support, true) => Polarity::Oppose,
            (Polarity::Oppose, true) => Polarity::Neutral,
            (p, _) => p,
        };
        let event = match entry.event {
            EventSpec::Fixed(e) => Some(e),
            EventSpec::None => None,
            EventSpec::FromTarget => target
                .and_then(|t| lexicon::event_from_target(&t.text(doc.text).to_ascii_lowercase())),
        };
        let reported_by = reporter(doc, cand.a, start, Some(&holder));
        out.push(Stance {
            sentence: doc.sentence_of(start),
            holder: Some(holder),
            cue: Cue {
                span: doc.span(cue_a, cue_b),
                lemma: entry.lemma.to_owned(),
            },
            target,
            polarity,
            negated,
            event,
            reported_by,
            confidence: confidence.clamp(0.05, 1.0),
        });
    }
    out
}

/// The holder of a noun cue: the nearest mention before it in its clause,
/// possessors included ("Pakistan's willingness").
fn nearest_before(doc: &Doc, v: usize) -> Option<(usize, f32)> {
    let (sa, _) = doc.sent_range(v);
    let in_quote = doc.quote_of.get(v).copied().flatten();
    let mut k = v;
    while k > sa {
        k -= 1;
        if CLAUSE_BOUNDARY.contains(&doc.lw(k)) {
            break;
        }
        if doc.quote_of.get(k).copied().flatten() != in_quote {
            continue;
        }
        let Some(ci) = doc.cand_at.get(k).copied().flatten() else {
            continue;
        };
        let c: &Cand = doc.cands.get(ci)?;
        if doc.after_preposition(c) && !doc.is_possessive(c.b) {
            k = c.a;
            continue;
        }
        return Some((ci, 0.8));
    }
    None
}

#[cfg(test)]
mod tests;

//! Stances (holder, cue, target, polarity, PLOVER event, reporting source)
//! and direct quotes with their speakers (SPEC §4).
//!
//! Rule-based over tokens, entity spans and the cue lexicons in `data/`
//! (see README.md for why): quotes are found first, so that "we" inside a
//! quote can resolve to its speaker; then every cue in the lexicon yields a
//! stance when a holder can be found for it.

use newsflow_actors::ResolvedEntity;
use newsflow_text::{DocTokens, Span};

mod doc;
mod lexicon;
mod quotes;
mod types;
pub use types::*;

use doc::{all_lower, is_lower_word, Cand, CandKind, Doc};
use lexicon::{lexicon, CueEntry, EventSpec, Pos};

/// Extracts stances and quotes from a document.
pub fn extract(
    text: &str,
    sentences: &[Span],
    entities: &[ResolvedEntity],
) -> (Vec<Stance>, Vec<Quote>) {
    extract_doc(text, &DocTokens::new(text, sentences), entities)
}

/// [`extract`] over a document already tokenized (the tagging stages share
/// one [`DocTokens`]).
pub fn extract_doc(
    text: &str,
    tokens: &DocTokens,
    entities: &[ResolvedEntity],
) -> (Vec<Stance>, Vec<Quote>) {
    let mut doc = Doc::new(text, tokens, entities);
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

/// Prepositions and conjunctions: after a name they do not make it a modifier.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "on", "in", "at", "of", "for", "with", "from", "by", "as", "and", "or", "but", "to", "after",
    "before", "during", "over", "under", "into", "against", "about", "which", "who", "that",
    "whose", "where", "when", "while", "if", "than", "through", "without", "within", "across",
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

/// Auxiliaries, negation and adverbs that may stand between a subject or a
/// conjunction and its verb.
const AUX_SKIP: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does",
    "do", "not", "n't", "n’t", "also", "has", "have", "had", "is", "was", "are", "were", "be",
    "been", "never", "still", "now", "then", "again", "jointly", "later", "since",
];

/// Whether token `i` looks like a verb whose object may follow ("accused",
/// "casting"), so that a mention right after it is an object.
fn is_verbish(doc: &Doc, i: usize) -> bool {
    let w = doc.lw(i);
    (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) || is_lexicon_verb(doc, i)
}

/// Whether token `i` is a stance or speech verb of the lexicons.
fn is_lexicon_verb(doc: &Doc, i: usize) -> bool {
    let w = doc.lw(i);
    let lex = lexicon();
    lex.cues.get(w).is_some_and(|forms| {
        forms
            .iter()
            .any(|f| lex.entries.get(f.entry).is_some_and(|e| e.pos == Pos::Verb))
    }) || speech_at(doc, i).is_some()
}

/// The subject of a verb (or adjective, or copula + preposition) at token
/// `v`: the nearest mention before it in its clause, preferring mentions
/// that are neither objects (of a preposition or a verb) nor possessors; for
/// a participle after a comma ("…, stating that"), the sentence subject; for
/// a verb after "and"/"but", the subject of the verb before it.
pub(crate) fn subject(doc: &Doc, v: usize) -> Option<(usize, f32)> {
    let (sa, _) = doc.sent_range(v);
    let w = doc.lw(v);
    if v > sa && w.ends_with("ing") && doc.raw(v - 1) == "," {
        return sentence_subject(doc, v).map(|c| (c, 0.7));
    }
    let mut p = v;
    while p > sa && (AUX_SKIP.contains(&doc.lw(p - 1)) || doc.lw(p - 1).ends_with("ly")) {
        p -= 1;
    }
    if p > sa && matches!(doc.lw(p - 1), "and" | "but") && doc.cand_ending_at(p - 1).is_none() {
        if let Some((c, conf)) = scan_subject(doc, p - 1) {
            return Some((c, conf * 0.9));
        }
    }
    scan_subject(doc, v)
}

fn scan_subject(doc: &Doc, v: usize) -> Option<(usize, f32)> {
    let (sa, _) = doc.sent_range(v);
    let in_quote = doc.quote_of.get(v).copied().flatten();
    for pass in 0..2 {
        let mut k = v;
        let mut skipped = false;
        while k > sa {
            k -= 1;
            let lw = doc.lw(k);
            if CLAUSE_BOUNDARY.contains(&lw) {
                // "German carmakers, which sell in China, criticized …" and
                // "India, which rejected …": the relative pronoun's antecedent.
                if matches!(lw, "which" | "who") {
                    let mut q = k;
                    if q > sa && doc.raw(q - 1) == "," {
                        q -= 1;
                    }
                    for back in 0..3 {
                        let Some(b) = q.checked_sub(back) else { break };
                        if b <= sa {
                            break;
                        }
                        if let Some(ci) = doc.cand_ending_at(b) {
                            return Some((ci, 0.7));
                        }
                    }
                }
                break;
            }
            // "… said both sides had accepted": the speaker is not the holder
            // (but "he acknowledged India's policy and reiterated …" goes on
            // past the speech verb's object).
            if !skipped
                && speech_at(doc, k).is_some_and(|(end, _)| end <= v)
                && cue_at(doc, k).is_none()
                && !doc.is_possessive(k.saturating_sub(1))
            {
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
            // "a U.S. decision to …": a name modifying a noun that is not a
            // role ("a Hamas official" is the official's).
            let modifier = c.b < v && plain_noun(doc, c.b) && {
                let n = doc.lw(c.b);
                newsflow_actors::role_code(n).is_none() && !doc::is_person_role(n)
            };
            // A mention right after a verb is its object, except after a
            // speech verb ("said it was ready"), where it starts a clause.
            let object = c.a > sa && is_verbish(doc, c.a - 1) && speech_at(doc, c.a - 1).is_none();
            if pass == 0 && (doc.after_preposition(c) || possessor || object || modifier) {
                skipped = true;
                continue;
            }
            if doc.is_dateline(c) || (pass == 1 && doc.after_preposition(c)) {
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
        if doc.quote_of.get(c.a).copied().flatten() != in_quote || doc.is_dateline(c) {
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
    doc.speech.get(i).copied().flatten()
}

/// Computes [`speech_at`] for one token (done once per token in [`Doc::new`]).
pub(crate) fn find_speech(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    let forms = lexicon().speech.get(doc.lw(i))?;
    // "the Organization of American States" says nothing.
    if doc.in_entity(i) {
        return None;
    }
    // "His remarks", "Trump's repeated claims", "a claim": a noun.
    if i > 0 {
        let prev = doc.lw(i - 1);
        let norp_before = doc
            .cand_ending_at(i)
            .and_then(|ci| doc.cands.get(ci))
            .is_some_and(|c| match c.kind {
                CandKind::Entity(ei) => doc
                    .ents
                    .get(ei)
                    .is_some_and(|e| e.label == newsflow_ner::Label::Norp),
                _ => false,
            });
        if norp_before
            || doc.is_possessive(i - 1)
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
    // After a name: "Iran rejects" is a verb, "IAEA demand" and "Russian
    // attacks" are nouns; after a pronoun, a verb.
    let after_name = (p > sa && !doc.is_possessive(p - 1))
        .then(|| doc.cand_ending_at(p))
        .flatten()
        .and_then(|ci| doc.cands.get(ci))
        .is_some_and(|c| match c.kind {
            CandKind::Entity(ei) => {
                doc.ents
                    .get(ei)
                    .is_some_and(|e| e.label != newsflow_ner::Label::Norp)
                    && w.ends_with('s')
            }
            _ => true,
        });
    let verb_use = inflected || AUX.contains(&prev) || prev.ends_with("ly") || after_name;
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
            if entry.preps.contains(&w) && !doc.is_time(j + 1) {
                found = true;
                k = j + 1;
                while k < se && doc.is_quote_mark(k) {
                    k += 1;
                }
                break;
            }
            if (is_punct(doc.raw(j)) && !doc.is_quote_mark(j)) || CLAUSE_BOUNDARY.contains(&w) {
                break;
            }
            j += 1;
        }
        if !found {
            return None;
        }
    } else if matches!(doc.lw(k), "on" | "against" | "to" | "for" | "that") {
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
        // "a fair and reasonable solution", "an immediate, unconditional
        // ceasefire": a determiner and one word are no noun phrase yet.
        let unfinished = e == k + 2
            && DETERMINERS.contains(&doc.lw(k))
            && matches!(w, "and" | "or" | ",")
            && (e + 1..e + 3).all(|t| {
                let n = doc.raw(t);
                is_lower_word(n)
                    && !TARGET_STOP.contains(&doc.lw(t))
                    && !FUNCTION_WORDS.contains(&doc.lw(t))
                    && !AUX_SKIP.contains(&doc.lw(t))
                    && !is_verbish(doc, t)
            });
        // A closing quote mark ends the target; it stays in when the quote
        // opened inside the target ("take “all necessary measures”").
        if doc.is_quote_mark(e) && e > k && closes_quote(doc, e) {
            if (k..e).any(|t| doc.is_quote_mark(t)) {
                e += 1;
            }
            break;
        }
        if !in_entity
            && !doc.is_quote_mark(e)
            && !unfinished
            && (is_punct(doc.raw(e))
                || TARGET_STOP.contains(&w)
                || (e == k && doc.is_time(e))
                || (matches!(
                    w,
                    "on" | "in" | "by" | "late" | "early" | "a" | "an" | "one" | "last" | "next"
                ) && doc.is_time(e + 1))
                || (accuse && matches!(w, "of" | "for"))
                || (e > k && matches!(w, "on" | "to") && entry.pos == Pos::Adj)
                || speech_at(doc, e).is_some_and(|(end, _)| {
                    doc.raw(e - 1) == ","
                        || doc.lw(end) == "that"
                        || is_punct(doc.raw(end))
                        || end >= se
                }))
        {
            break;
        }
        e += 1;
    }
    // No quote marks, prepositions or determiners at the end: "a situation
    // in", "any such “".
    while e > k
        && ((doc.is_quote_mark(e - 1) && !closes_quote(doc, e - 1))
            || TARGET_TRAIL.contains(&doc.lw(e - 1)))
    {
        e -= 1;
    }
    (e > k).then(|| doc.span(k, e))
}

/// Whether the quote mark at token `i` closes a quote: `”`, `»`, or a
/// straight mark right after a word.
fn closes_quote(doc: &Doc, i: usize) -> bool {
    match doc.raw(i) {
        "”" | "»" => true,
        "\"" => doc
            .toks
            .get(i)
            .and_then(|t| doc.text[..t.start].chars().next_back())
            .is_some_and(|c| !c.is_whitespace()),
        _ => false,
    }
}

/// Words a target does not end with.
const TARGET_TRAIL: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "these", "those", "such",
    "any", "in", "of", "to", "for", "on", "with", "into", "and", "or", "not", "no",
];

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
    // "… according to Dar" / "…, the ministry said." / "…, officials said,"
    let source = |a: usize, b: usize| -> Option<Mention> {
        // "mediators in Qatar and Egypt" → "mediators".
        let b = (a..b)
            .find(|&t| t > a && FUNCTION_WORDS.contains(&doc.lw(t)))
            .unwrap_or(b);
        match doc.cand_at.get(a).copied().flatten() {
            Some(ci) if doc.cands.get(ci).is_some_and(|c| c.a == a) => doc.resolve_or_span(ci),
            _ => (b > a).then(|| Mention {
                span: doc.span(a, b),
                entity: None,
                actor: None,
            }),
        }
    };
    let mut k = c + 1;
    while k < se {
        if doc.lw(k) == "according" && doc.lw(k + 1) == "to" {
            let a = k + 2;
            let mut b = a;
            while b < se && b < a + 5 && !is_punct(doc.raw(b)) {
                b += 1;
            }
            let m = source(a, b)?;
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
            // ", said the ministry." / ", the ministry said." / ", officials said,"
            let found = if let Some((end, lemma)) = speech_at(doc, n) {
                let mut b = end;
                while b < se && b < end + 5 && !is_punct(doc.raw(b)) {
                    b += 1;
                }
                Some((end, b, n, end, lemma))
            } else {
                (n..(n + 7).min(se))
                    .take_while(|&t| !is_punct(doc.raw(t)))
                    .find_map(|t| speech_at(doc, t).map(|(end, lemma)| (n, t, t, end, lemma)))
            };
            if let Some((sa_, sb_, verb, end, lemma)) = found {
                // The attribution closes the sentence or a clause.
                let closes = end >= se || is_punct(doc.raw(end)) || doc.lw(end) == "on";
                if closes && sb_ > sa_ {
                    let m = source(sa_, sb_)?;
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
        // Inside a name ("Rapid Support Forces") a word is not a cue.
        if doc.in_entity(start) {
            continue;
        }
        let (sa, _) = doc.sent_range(start);
        // A gerund after a preposition ("accused the army of bombing", "of
        // not accepting") is what someone is accused of, not a stance.
        let mut g = start;
        while g > sa && matches!(doc.lw(g - 1), "not" | "never") {
            g -= 1;
        }
        if g > sa
            && doc.lw(start).ends_with("ing")
            && matches!(
                doc.lw(g - 1),
                "of" | "for" | "by" | "from" | "about" | "without"
            )
        {
            continue;
        }
        // "refused to recognise the vote", "ready to support it": the outer
        // cue holds the position; the inner one is what it is about.
        if start >= sa + 2 && doc.lw(start - 1) == "to" {
            let mut o = start - 2;
            while o > sa && doc.lw(o).ends_with("ly") {
                o -= 1;
            }
            let outer = (o.saturating_sub(1)..=o)
                .any(|k| k >= sa && cue_at(doc, k).is_some_and(|(_, e)| e > o));
            if outer {
                continue;
            }
        }
        // "It required Israel to withdraw", "urged Hamas to accept": the
        // object is asked to, and has not taken the position.
        if start >= sa + 3 && doc.lw(start - 1) == "to" {
            if let Some(oc) = doc
                .cand_ending_at(start - 1)
                .and_then(|ci| doc.cands.get(ci))
            {
                if oc.a > sa && is_verbish(doc, oc.a - 1) && speech_at(doc, oc.a - 1).is_none() {
                    continue;
                }
            }
        }
        if entry.pos == Pos::Adj {
            // "the EU was ready", "Pakistan as amenable", "delighted and
            // eager"; not the verb in "refused to open its markets".
            let mut p = start;
            while p > sa
                && (doc.lw(p - 1).ends_with("ly")
                    || matches!(
                        doc.lw(p - 1),
                        "not" | "more" | "very" | "less" | "still" | "also"
                    ))
            {
                p -= 1;
            }
            let w = if p > sa { doc.lw(p - 1) } else { "" };
            let copular = COPULA.contains(&w)
                || matches!(
                    w,
                    "as" | "and" | "but" | "remain" | "seem" | "become" | "became" | "becomes"
                );
            if !copular {
                continue;
            }
        }
        if entry.pos == Pos::Prep {
            // "New Delhi was against outside intervention".
            let mut p = start;
            while p > sa && (doc.lw(p - 1).ends_with("ly") || doc.lw(p - 1) == "not") {
                p -= 1;
            }
            if p == sa || !COPULA.contains(&doc.lw(p - 1)) {
                continue;
            }
        }
        let passive = passive_agent(doc, start, end, entry);
        if passive == Some(None) {
            // "India was accused of …": no agent, no holder to guess.
            continue;
        }
        let found = if let Some(Some((agent, _))) = passive {
            Some((agent, 0.8))
        } else if entry.pos == Pos::Noun {
            noun_holder(doc, start).or_else(|| light_verb_subject(doc, start))
        } else {
            subject(doc, start)
        };
        let Some((ci, confidence)) = found else {
            continue;
        };
        let Some(cand) = doc.cands.get(ci).copied() else {
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
        let target = match passive {
            Some(Some((_, patient))) => patient,
            _ => target(doc, cue_b, entry).or_else(|| relative_object(doc, cand, start, entry)),
        };
        // Every position is toward something: without a target (or with
        // one that is only a quote mark) there is no stance to report.
        if target.is_none_or(|t| !t.text(doc.text).chars().any(char::is_alphanumeric)) {
            continue;
        }
        if target.is_some_and(|t| t.text(doc.text).starts_with("comment")) {
            continue;
        }
        // One signs letters and laws too; a stance is signing an agreement.
        if entry.lemma == "sign"
            && !target.is_some_and(|t| {
                let t = t.text(doc.text).to_ascii_lowercase();
                lexicon::event_from_target(&t) == Some(Event::Agree)
                    || ["treaty", "pact", "memorandum", "declaration", "communique"]
                        .iter()
                        .any(|w| t.contains(w))
            })
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
            // "would not accept the deal" rejects it.
            EventSpec::Fixed(Event::Agree) if negated => Some(Event::Reject),
            EventSpec::Fixed(e) => Some(e),
            EventSpec::None => None,
            EventSpec::FromTarget => target
                .and_then(|t| lexicon::event_from_target(&t.text(doc.text).to_ascii_lowercase())),
        };
        let cue = Cue {
            span: doc.span(cue_a, cue_b),
            lemma: entry.lemma.to_owned(),
        };
        // "Israel and Hamas agreed": one stance per conjunct.
        let mut holders = vec![(ci, cand)];
        if entry.pos != Pos::Noun {
            let mut h = cand;
            loop {
                let mut a = h.a;
                if a > sa && doc.lw(a - 1) == "the" {
                    a -= 1;
                }
                if a <= sa + 1 || doc.lw(a - 1) != "and" {
                    break;
                }
                let Some(pi) = doc.cand_ending_at(a - 1) else {
                    break;
                };
                let Some(prev) = doc.cands.get(pi).copied() else {
                    break;
                };
                if !matches!(prev.kind, CandKind::Entity(_)) || doc.after_preposition(&prev) {
                    break;
                }
                holders.push((pi, prev));
                h = prev;
            }
        }
        for (hi, hc) in holders {
            let Some(mut holder) = doc.resolve_or_span(hi) else {
                continue;
            };
            let mut conf = confidence;
            if holder.entity.is_none() || !matches!(hc.kind, CandKind::Entity(_)) {
                conf -= 0.15;
            }
            if entry.pos != Pos::Noun && doc.is_possessive(hc.b) {
                extend_possessor(doc, &mut holder, hc, hc.b + 1, start);
            } else if entry.pos != Pos::Noun
                && matches!(doc.lw(hc.a), "his" | "her" | "its" | "their" | "our" | "my")
                && modifies_noun(doc, hc, start, true)
            {
                // "Its leader", "their spokesman": a possessive pronoun is
                // not who holds the position, and the head is not resolved.
                continue;
            } else if entry.pos != Pos::Noun
                && modifies_noun(doc, hc, start, false)
                && np_right_before(doc, hc, start)
            {
                // "Indian exporters welcomed": the holder is the noun phrase
                // the name modifies ("a Hamas official" stays Hamas's).
                extend_possessor(doc, &mut holder, hc, hc.b, start);
            }
            let reported_by = reporter(doc, hc.a, start, Some(&holder));
            out.push(Stance {
                sentence: doc.sentence_of(start),
                holder: Some(holder),
                cue: cue.clone(),
                target,
                polarity,
                negated,
                event,
                reported_by,
                confidence: conf.clamp(0.05, 1.0),
            });
        }
    }
    out
}

/// A passive cue ("the proposal was rejected by Kyiv"): `None` when the cue
/// is active; `Some(None)` when passive without an agent; otherwise the
/// agent's candidate and the patient's span (the target).
fn passive_agent(
    doc: &Doc,
    start: usize,
    end: usize,
    entry: &CueEntry,
) -> Option<Option<(usize, Option<Span>)>> {
    if entry.pos != Pos::Verb || end != start + 1 || !doc.lw(start).ends_with("ed") {
        return None;
    }
    let (sa, se) = doc.sent_range(start);
    let mut p = start;
    while p > sa && (doc.lw(p - 1).ends_with("ly") || matches!(doc.lw(p - 1), "not" | "also")) {
        p -= 1;
    }
    if p == sa
        || !matches!(
            doc.lw(p - 1),
            "was" | "were" | "been" | "is" | "are" | "be" | "being"
        )
    {
        return None;
    }
    let agent = (end..(end + 10).min(se))
        .take_while(|&j| !CLAUSE_BOUNDARY.contains(&doc.lw(j)) && doc.raw(j) != ",")
        .find(|&j| doc.lw(j) == "by")
        .and_then(|j| doc.cand_at.get(j + 1).copied().flatten())
        .filter(|&ci| doc.cands.get(ci).is_some());
    let Some(agent) = agent else {
        return Some(None);
    };
    // The patient: the words before the auxiliaries, back to a boundary.
    let mut b = p - 1;
    while b > sa && matches!(doc.lw(b - 1), "has" | "have" | "had" | "will" | "would") {
        b -= 1;
    }
    let mut a = b;
    while a > sa
        && b - a < 6
        && !is_punct(doc.raw(a - 1))
        && !CLAUSE_BOUNDARY.contains(&doc.lw(a - 1))
        && speech_at(doc, a - 1).is_none()
    {
        a -= 1;
    }
    Some(Some((agent, (b > a).then(|| doc.span(a, b)))))
}

/// The holder of a noun cue after a light verb: "Russia expressed support
/// for …", "Kyiv voiced strong opposition to …".
fn light_verb_subject(doc: &Doc, v: usize) -> Option<(usize, f32)> {
    const LIGHT: &[&str] = &[
        "expressed",
        "expresses",
        "voiced",
        "voices",
        "reiterated",
        "reaffirmed",
        "offered",
        "signalled",
        "signaled",
        "declared",
        "pledged",
        "showed",
        "gave",
        "lent",
        "renewed",
        "registered",
        "lodged",
        "announced",
    ];
    let (sa, _) = doc.sent_range(v);
    let mut k = v;
    for _ in 0..3 {
        if k <= sa {
            return None;
        }
        k -= 1;
        if LIGHT.contains(&doc.lw(k)) {
            return subject(doc, k).map(|(c, conf)| (c, conf * 0.9));
        }
        let r = doc.raw(k);
        if !is_lower_word(r) {
            return None;
        }
    }
    None
}

/// "Bolivia's main opposition alliance rejected …": the holder is the whole
/// noun phrase, with the role its head names (`BOLOPP`).
fn extend_possessor(doc: &Doc, holder: &mut Mention, c: Cand, from: usize, cue: usize) {
    const PREPS: &[&str] = &[
        "on", "in", "at", "of", "for", "to", "with", "from", "by", "over", "after", "during",
    ];
    let mut e = from;
    while e < cue && e < from + 4 {
        let w = doc.lw(e);
        let r = doc.raw(e);
        let word = is_lower_word(r);
        if !word || AUX_SKIP.contains(&w) || PREPS.contains(&w) || is_lexicon_verb(doc, e) {
            break;
        }
        e += 1;
    }
    if e <= from {
        return;
    }
    holder.span = doc.span(c.a, e);
    // The holder is the noun phrase, not the name inside it.
    holder.entity = None;
    let role = (c.b + 1..e)
        .rev()
        .find_map(|k| newsflow_actors::role_code(doc.lw(k)));
    if let (Some(role), Some(actor)) = (role, holder.actor.as_deref()) {
        if newsflow_actors::is_country_code(actor) {
            holder.actor = Some(format!("{actor}{role}"));
        }
    }
}

/// The object of a relative clause: "…, a claim the RSF denied." — a
/// verb cue with nothing after it, whose holder follows a noun phrase that
/// starts with a determiner after a comma (or "that"/"which").
fn relative_object(doc: &Doc, holder: Cand, cue: usize, entry: &CueEntry) -> Option<Span> {
    if entry.pos != Pos::Verb || !entry.preps.is_empty() {
        return None;
    }
    let (sa, se) = doc.sent_range(cue);
    let after = cue + 1;
    if after < se && !is_punct(doc.raw(after)) {
        return None;
    }
    let mut j = holder.a;
    if j > sa && matches!(doc.lw(j - 1), "the" | "a" | "an") {
        j -= 1;
    }
    if j > sa && matches!(doc.lw(j - 1), "that" | "which") {
        j -= 1;
    }
    let mut a = j;
    while a > sa
        && j - a < 5
        && !is_punct(doc.raw(a - 1))
        && !CLAUSE_BOUNDARY.contains(&doc.lw(a - 1))
    {
        a -= 1;
    }
    let starts_np = a < j && DETERMINERS.contains(&doc.lw(a)) && a > sa && doc.raw(a - 1) == ",";
    starts_np.then(|| doc.span(a, j))
}

/// Whether the words after candidate `c` run straight into the cue at
/// `cue` (only auxiliaries and adverbs after at most three nouns), so they
/// are the subject's noun phrase: "Indian exporters welcomed", not "U.N.
/// climate negotiations ran into …" nor "the North keeps slamming".
fn np_right_before(doc: &Doc, c: Cand, cue: usize) -> bool {
    if doc.lw(cue).ends_with("ing") {
        return false;
    }
    let mut p = cue;
    while p > c.b && (AUX_SKIP.contains(&doc.lw(p - 1)) || doc.lw(p - 1).ends_with("ly")) {
        p -= 1;
    }
    p > c.b
        && p - c.b <= 3
        && (c.b..p).all(|t| {
            let r = doc.raw(t);
            is_lower_word(r) && !FUNCTION_WORDS.contains(&doc.lw(t))
        })
}

/// Whether token `t` can be a common noun that a name before it modifies:
/// a lower-case word that is no auxiliary, function word, adverb in -ly or
/// verb.
fn plain_noun(doc: &Doc, t: usize) -> bool {
    let n = doc.lw(t);
    let r = doc.raw(t);
    is_lower_word(r)
        && !AUX_SKIP.contains(&n)
        && !FUNCTION_WORDS.contains(&n)
        && !n.ends_with("ly")
        && !is_verbish(doc, t)
}

/// Whether candidate `c` (before the cue at `cue`) modifies the lower-case
/// noun after it ("Indian exporters", "its leader") rather than standing
/// alone as a subject.
fn modifies_noun(doc: &Doc, c: Cand, cue: usize, roles: bool) -> bool {
    if c.b >= cue {
        return false;
    }
    let n = doc.lw(c.b);
    plain_noun(doc, c.b)
        && (roles || !doc::is_person_role(n))
        && !doc.is_time(c.b)
        && !doc.is_time(c.b + 1)
        && !matches!(
            n,
            "last" | "next" | "this" | "earlier" | "once" | "alone" | "itself"
        )
        && cue_at(doc, c.b).is_none()
}

/// The holder of a noun cue: a possessor before it in its clause
/// ("Pakistan's willingness", "Islamabad's attempt to place the blame"), or
/// a mention right before it ("Russian strikes on Kyiv").
fn noun_holder(doc: &Doc, v: usize) -> Option<(usize, f32)> {
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
        k = c.a;
        if doc.is_possessive(c.b) {
            return Some((ci, 0.8));
        }
        if c.b > v {
            continue;
        }
        let gap = v - c.b;
        let adjacent = gap <= 2
            && (c.b..v).all(|t| {
                let r = doc.raw(t);
                all_lower(r) && !is_verbish(doc, t)
            });
        if adjacent && !doc.after_preposition(c) {
            return Some((ci, 0.7));
        }
    }
    None
}

#[cfg(test)]
mod tests;

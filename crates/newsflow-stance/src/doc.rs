//! A document seen as tokens, with the entity, pronoun and role-noun
//! mentions that can hold a stance or speak a quote, and how each resolves.

use crate::Mention;
use newsflow_actors::ResolvedEntity;
use newsflow_ner::Label;
use newsflow_text::{DocTokens, Span};

/// What kind of mention a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandKind {
    Entity(usize),
    /// he, she, his, her; "the minister", "the spokeswoman".
    PersonRef,
    /// we, our, us, I, my: the speaker of the quote they are in.
    Speaker,
    /// it, its, they, their: the nearest organisation or country.
    ThingRef,
    /// "the government", "the army": the nearest country, with a role.
    GroupRole(&'static str),
    /// "the group", "the alliance": the nearest organisation.
    OrgRef,
    /// "a foreign ministry spokesman": someone not named, who refers to no
    /// earlier entity.
    Indefinite,
    /// "his government", "its army": the country of whoever the pronoun
    /// refers to, with a role; not the same referent as the pronoun's.
    PossRole(&'static str),
}

/// A mention that may hold a stance or speak.
#[derive(Debug, Clone, Copy)]
pub struct Cand {
    /// Token range `[a, b)`.
    pub a: usize,
    pub b: usize,
    pub kind: CandKind,
}

pub struct Doc<'a> {
    pub text: &'a str,
    /// ASCII-lower-cased copy of the text (same byte offsets).
    lower: &'a str,
    pub toks: &'a [Span],
    pub sent_of: &'a [usize],
    /// Token range of each sentence.
    pub sent_toks: &'a [(usize, usize)],
    pub ents: &'a [ResolvedEntity],
    pub cands: Vec<Cand>,
    /// Candidate covering each token.
    pub cand_at: Vec<Option<usize>>,
    /// Quote (index into the quote list) each token is inside of.
    pub quote_of: Vec<Option<usize>>,
    /// Resolved speaker of each quote, filled in by the quote pass.
    pub quote_speakers: Vec<Option<Mention>>,
    /// Speech verb starting at each token: its end and lemma.
    pub speech: Vec<Option<(usize, &'static str)>>,
    /// Whether each token is part of a time expression.
    time: Vec<bool>,
    /// Whether each token is part of a dateline ("CAIRO, March 3 (Reuters) —").
    dateline: Vec<bool>,
}

const PERSON_ROLES: &[&str] = &[
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "diplomat",
    "envoy",
    "ambassador",
    "secretary",
    "chancellor",
    "premier",
    "leader",
    "general",
    "commander",
    "negotiator",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "emir",
];

const GROUP_ROLES: &[(&str, &str)] = &[
    ("government", "GOV"),
    ("administration", "GOV"),
    ("ministry", "GOV"),
    ("cabinet", "GOV"),
    ("regime", "GOV"),
    ("authorities", "GOV"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("rebels", "REB"),
    ("opposition", "OPP"),
    ("parliament", "LEG"),
    ("tribunal", "JUD"),
    ("court", "JUD"),
    ("judiciary", "JUD"),
    ("police", "GOV"),
    ("commission", "GOV"),
    ("forces", "MIL"),
    ("troops", "MIL"),
    ("navy", "MIL"),
    ("soldiers", "MIL"),
    ("lawmakers", "LEG"),
    ("legislators", "LEG"),
    ("officials", "GOV"),
    ("diplomats", "GOV"),
    ("leaders", "GOV"),
];

const ORG_NOUNS: &[&str] = &[
    "group",
    "movement",
    "organisation",
    "organization",
    "alliance",
    "bloc",
    "party",
    "militia",
    "coalition",
    "company",
];

/// Words allowed between "the" and a role noun ("the foreign minister").
const ROLE_MODIFIERS: &[&str] = &[
    "foreign",
    "prime",
    "deputy",
    "vice",
    "defence",
    "defense",
    "interior",
    "finance",
    "trade",
    "top",
    "senior",
    "chief",
    "former",
    "ministry",
    "government",
    "military",
    "army",
    "russian",
    "ukrainian",
    "israeli",
    "chinese",
    "american",
    "indian",
    "pakistani",
    "iranian",
    "british",
    "french",
    "german",
    "federal",
    "interim",
    "new",
    "acting",
];

fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "overnight"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
    )
}

/// The kind of mention a role noun makes ("minister" → a person, "army"
/// → a country's military, "group" → an organisation), in one hashed
/// lookup: this runs for every token.
fn role_noun(w: &str) -> Option<CandKind> {
    use std::collections::HashMap;
    static MAP: std::sync::OnceLock<HashMap<&'static str, CandKind, newsflow_actors::WordHash>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: HashMap<&'static str, CandKind, newsflow_actors::WordHash> = HashMap::default();
        for (r, c) in GROUP_ROLES {
            m.insert(r, CandKind::GroupRole(c));
        }
        for r in ORG_NOUNS {
            m.insert(r, CandKind::OrgRef);
        }
        for r in PERSON_ROLES {
            m.insert(r, CandKind::PersonRef);
        }
        m
    })
    .get(w)
    .copied()
}

/// Whether every character of a word is lower case or a hyphen ("army",
/// "long-time"); an empty word passes, so callers that care check that.
pub fn all_lower(w: &str) -> bool {
    w.chars().all(|c| c.is_lowercase() || c == '-')
}

/// A non-empty word that passes [`all_lower`]: a lower-case word.
pub fn is_lower_word(w: &str) -> bool {
    !w.is_empty() && all_lower(w)
}

/// Whether a lower-case word names a person's role ("minister").
pub fn is_person_role(w: &str) -> bool {
    PERSON_ROLES.contains(&w)
}

pub fn is_actor_label(l: Label) -> bool {
    matches!(
        l,
        Label::Person | Label::Norp | Label::Org | Label::Gpe | Label::Fac | Label::Loc
    )
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, tokens: &'a DocTokens, ents: &'a [ResolvedEntity]) -> Doc<'a> {
        let n = tokens.spans.len();
        let mut doc = Doc {
            text,
            lower: &tokens.lower,
            cand_at: vec![None; n],
            quote_of: vec![None; n],
            toks: &tokens.spans,
            sent_of: &tokens.sentence_of,
            sent_toks: &tokens.sentences,
            ents,
            cands: Vec::new(),
            quote_speakers: Vec::new(),
            speech: Vec::new(),
            time: Vec::new(),
            dateline: Vec::new(),
        };
        doc.dateline = doc.compute_datelines();
        doc.find_cands();
        doc.time = doc.compute_times();
        doc.speech = (0..doc.toks.len())
            .map(|i| crate::find_speech(&doc, i))
            .collect();
        doc
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text, lower-cased (ASCII only), or "" out of range.
    pub fn lw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |s| s.text(self.lower))
    }

    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |s| s.text(self.text))
    }

    /// Whether token `i` is part of an entity mention.
    pub fn in_entity(&self, i: usize) -> bool {
        self.cand_at
            .get(i)
            .copied()
            .flatten()
            .and_then(|c| self.cands.get(c))
            .is_some_and(|c| matches!(c.kind, CandKind::Entity(_)))
    }

    /// Whether token `i` is a time word or inside a DATE or TIME entity.
    pub fn is_time(&self, i: usize) -> bool {
        self.time.get(i).copied().unwrap_or(false)
    }

    /// Marks time words and tokens inside DATE/TIME entities, in one pass.
    fn compute_times(&self) -> Vec<bool> {
        let mut out = Vec::with_capacity(self.toks.len());
        let mut k = 0;
        for (i, t) in self.toks.iter().enumerate() {
            while k < self.ents.len() && self.ents[k].span.end <= t.start {
                k += 1;
            }
            let in_date = self.ents.get(k).is_some_and(|e| {
                e.span.start <= t.start && matches!(e.label, Label::Date | Label::Time)
            });
            out.push(in_date || is_time_word(self.lw(i)));
        }
        out
    }

    /// Whether token `i` is the word `w` (lower case, `'` for `’`).
    pub fn is(&self, i: usize, w: &str) -> bool {
        let t = self.lw(i);
        t == w || (t.contains('’') && t.replace('’', "'") == w)
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        matches!(self.raw(i), "\"" | "“" | "”" | "«" | "»")
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.raw(i), "'s" | "’s" | "'" | "’")
    }

    pub fn span(&self, a: usize, b: usize) -> Span {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(x), Some(y)) if b > a => Span::new(x.start, y.end),
            _ => Span::default(),
        }
    }

    /// Index of the first token starting at or after `byte`.
    pub fn tok_from(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.start < byte)
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.sent_of.get(i).copied().unwrap_or(0)
    }

    pub fn sent_range(&self, i: usize) -> (usize, usize) {
        self.sent_toks
            .get(self.sentence_of(i))
            .copied()
            .unwrap_or((0, 0))
    }

    /// Whether token `i` starts a line (or the text).
    fn starts_line(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let before = self.text[..t.start].trim_end_matches([' ', '\t', '\r']);
        before.is_empty() || before.ends_with('\n')
    }

    /// Marks datelines: at the start of a line, an ALL-CAPS place ("CAIRO",
    /// "NEW DELHI", "WASHINGTON D.C.") followed by a comma or "(", up to the
    /// dash that ends it ("CAIRO, March 3 (Newsflow) —", "BEIJING (AP) -").
    /// Without a dash, only the place itself ("ANKARA, Turkey: ...").
    fn compute_datelines(&self) -> Vec<bool> {
        let mut out = vec![false; self.toks.len()];
        let all_caps = |w: &str| {
            w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        };
        for &(sa, sb) in self.sent_toks {
            for p in sa..sb.min(sa + 40) {
                if !self.starts_line(p) {
                    continue;
                }
                let mut k = p;
                let mut letters = 0;
                while k < sb && k < p + 4 && all_caps(self.raw(k)) {
                    letters += self.raw(k).chars().filter(|c| c.is_alphabetic()).count();
                    k += 1;
                }
                if k == p || letters < 3 || !matches!(self.raw(k), "," | "(" | "—" | "–" | "-")
                {
                    continue;
                }
                let dash = (k..sb.min(k + 14))
                    .take_while(|&j| !self.starts_line(j) || j == k)
                    .find(|&j| matches!(self.raw(j), "—" | "–" | "-" | "--"));
                let end = dash.map_or(k, |d| d + 1);
                for slot in out.iter_mut().take(end).skip(p) {
                    *slot = true;
                }
                break;
            }
        }
        out
    }

    /// Whether token `i` is part of a dateline.
    pub fn in_dateline(&self, i: usize) -> bool {
        self.dateline.get(i).copied().unwrap_or(false)
    }

    fn find_cands(&mut self) {
        let mut cands = Vec::new();
        let mut ei = 0;
        let mut i = 0;
        while i < self.toks.len() {
            let t = self.toks[i];
            while ei < self.ents.len() && self.ents[ei].span.end <= t.start {
                ei += 1;
            }
            if self.in_dateline(i) {
                i += 1;
                continue;
            }
            if let Some(e) = self.ents.get(ei) {
                if e.span.start <= t.start && is_actor_label(e.label) {
                    let mut b = i + 1;
                    while b < self.toks.len() && self.toks[b].end <= e.span.end {
                        b += 1;
                    }
                    cands.push(Cand {
                        a: i,
                        b,
                        kind: CandKind::Entity(ei),
                    });
                    i = b;
                    continue;
                }
                if e.span.start <= t.start {
                    i += 1;
                    continue;
                }
            }
            let w = self.lw(i);
            // "his government", "their military"
            if matches!(w, "his" | "her" | "its" | "their" | "our") {
                let mut n = i + 1;
                let is_role = |w: &str| GROUP_ROLES.iter().any(|(r, _)| *r == w);
                while n < i + 3 && !is_role(self.lw(n)) && ROLE_MODIFIERS.contains(&self.lw(n)) {
                    n += 1;
                }
                if let Some((_, role)) = GROUP_ROLES.iter().find(|(r, _)| *r == self.lw(n)) {
                    cands.push(Cand {
                        a: i,
                        b: n + 1,
                        kind: CandKind::PossRole(role),
                    });
                    i = n + 1;
                    continue;
                }
            }
            let kind = match w {
                "he" | "she" | "his" | "her" | "him" => Some(CandKind::PersonRef),
                "we" | "our" | "us" | "i" | "my" => Some(CandKind::Speaker),
                "it" | "its" | "they" | "their" => Some(CandKind::ThingRef),
                _ => None,
            };
            if let Some(kind) = kind {
                cands.push(Cand {
                    a: i,
                    b: i + 1,
                    kind,
                });
                i += 1;
                continue;
            }
            // "the (foreign) minister", "the government"; not a title before a name.
            let role = role_noun(w);
            // "general election", "general assembly" name no general.
            let role = role.filter(|_| {
                !(w == "general"
                    && matches!(
                        self.lw(i + 1),
                        "election" | "elections" | "assembly" | "strike" | "public" | "secretary"
                    ))
            });
            if let Some(kind) = role {
                let (sa, _) = self.sent_range(i);
                let mut a = i;
                // "the foreign minister", "the electoral tribunal"
                while a > sa && i - a < 3 && !matches!(self.lw(a - 1), "the" | "a" | "an") && {
                    let m = self.raw(a - 1);
                    ROLE_MODIFIERS.contains(&self.lw(a - 1)) || is_lower_word(m)
                } {
                    a -= 1;
                }
                let next_is_name = self
                    .raw(i + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                if a > sa && self.lw(a - 1) == "the" && !next_is_name {
                    cands.push(Cand {
                        a: a - 1,
                        b: i + 1,
                        kind,
                    });
                } else if a > sa
                    && matches!(self.lw(a - 1), "a" | "an")
                    && !next_is_name
                    && kind == CandKind::PersonRef
                {
                    cands.push(Cand {
                        a: a - 1,
                        b: i + 1,
                        kind: CandKind::Indefinite,
                    });
                }
            }
            i += 1;
        }
        for (ci, c) in cands.iter().enumerate() {
            for slot in self.cand_at.iter_mut().take(c.b).skip(c.a) {
                *slot = Some(ci);
            }
        }
        self.cands = cands;
    }

    fn entity_mention(&self, ei: usize, span: Span) -> Mention {
        Mention {
            span,
            entity: Some(ei),
            actor: self.entity_actor(ei),
        }
    }

    /// The actor of entity `ei`, or of its cluster's first mention when the
    /// mention itself has none ("Dar" after "Foreign Minister Ishaq Dar").
    pub fn entity_actor(&self, ei: usize) -> Option<String> {
        let e = self.ents.get(ei)?;
        e.actor
            .clone()
            .or_else(|| self.ents.get(e.cluster)?.actor.clone())
    }

    fn is_person_entity(&self, ei: usize) -> bool {
        self.ents.get(ei).is_some_and(|e| e.label == Label::Person)
    }

    /// Whether the token before candidate `c` is a preposition (then the
    /// candidate is an object, not a subject).
    pub fn after_preposition(&self, c: &Cand) -> bool {
        let mut p = c.a;
        // "on its Telegram channel": a possessive pronoun may come between.
        if p > 0
            && matches!(
                self.lw(p - 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
        {
            p -= 1;
        }
        p > 0
            && matches!(
                self.lw(p - 1),
                "in" | "with"
                    | "at"
                    | "from"
                    | "to"
                    | "on"
                    | "for"
                    | "between"
                    | "against"
                    | "over"
                    | "into"
                    | "about"
                    | "toward"
                    | "towards"
                    | "during"
                    | "including"
                    | "like"
                    | "than"
                    | "despite"
                    | "by"
            )
    }

    /// Like [`Doc::resolve`], but an unresolved pronoun or role noun is still
    /// returned as a mention without an entity.
    pub fn resolve_or_span(&self, ci: usize) -> Option<Mention> {
        let c = self.cands.get(ci)?;
        self.resolve(ci).or_else(|| {
            Some(Mention {
                span: self.span(c.a, c.b),
                entity: None,
                actor: None,
            })
        })
    }

    /// Resolves candidate `ci` to a mention with the entity it refers to.
    pub fn resolve(&self, ci: usize) -> Option<Mention> {
        let c = self.cands.get(ci)?;
        let span = self.span(c.a, c.b);
        match c.kind {
            CandKind::Entity(ei) => Some(self.entity_mention(ei, span)),
            CandKind::PersonRef => {
                // "The spokeswoman, Maria Zakharova, …"
                if self.raw(c.b) == "," {
                    if let Some(CandKind::Entity(ei)) = self
                        .cand_at
                        .get(c.b + 1)
                        .copied()
                        .flatten()
                        .and_then(|n| self.cands.get(n))
                        .map(|n| n.kind)
                    {
                        if self.is_person_entity(ei) {
                            return Some(self.entity_mention(ei, span));
                        }
                    }
                }
                let ei = self.antecedent(c.a, true)?;
                let mut m = self.entity_mention(ei, span);
                m.span = span;
                Some(m)
            }
            CandKind::ThingRef => {
                let ei = self
                    .thing_subject(c.a)
                    .or_else(|| self.antecedent(c.a, false))?;
                Some(self.entity_mention(ei, span))
            }
            CandKind::Indefinite => None,
            CandKind::PossRole(role) => {
                let base = match self.lw(c.a) {
                    "his" | "her" => self.antecedent(c.a, true),
                    "our" => self
                        .quote_of
                        .get(c.a)
                        .copied()
                        .flatten()
                        .and_then(|q| self.quote_speakers.get(q)?.as_ref()?.entity),
                    _ => self
                        .thing_subject(c.a)
                        .or_else(|| self.antecedent(c.a, false)),
                };
                let country = base
                    .and_then(|ei| self.ents.get(ei)?.actor.as_deref())
                    .and_then(country_part)
                    .filter(|c| newsflow_actors::is_country_code(c));
                Some(Mention {
                    span,
                    entity: None,
                    actor: country.map(|c| format!("{c}{role}")),
                })
            }
            CandKind::OrgRef => {
                let ei = self.nearest_org(c.a)?;
                Some(self.entity_mention(ei, span))
            }
            CandKind::GroupRole(role) => {
                let ei = self.nearest_country(c.a)?;
                let country = self.ents.get(ei)?.actor.as_deref().and_then(country_part)?;
                Some(Mention {
                    span,
                    entity: Some(ei),
                    actor: Some(format!("{country}{role}")),
                })
            }
            CandKind::Speaker => {
                let q = self.quote_of.get(c.a).copied().flatten()?;
                let sp = self.quote_speakers.get(q)?.as_ref()?;
                let plural = matches!(self.lw(c.a), "we" | "our" | "us");
                let actor = if plural {
                    sp.actor
                        .as_deref()
                        .and_then(country_part)
                        .map(str::to_owned)
                } else {
                    sp.actor.clone()
                };
                Some(Mention {
                    span,
                    entity: sp.entity,
                    actor,
                })
            }
        }
    }

    /// The entity a pronoun or role noun at token `t` refers to: for people,
    /// the subject (first person mentioned outside a prepositional phrase) of
    /// this sentence before `t`, else of the nearest earlier sentence that
    /// mentions a person; for things, the nearest organisation or country.
    fn antecedent(&self, t: usize, person: bool) -> Option<usize> {
        let s = self.sentence_of(t);
        let inside_quote = self.quote_of.get(t).copied().flatten();
        for back in 0..4 {
            let Some(si) = s.checked_sub(back) else { break };
            let (sa, sb) = self.sent_toks.get(si).copied()?;
            let end = if back == 0 { t } else { sb };
            let mut first = None;
            let mut first_free = None;
            let mut last = None;
            for c in self.cands.iter().filter(|c| c.a >= sa && c.b <= end) {
                let CandKind::Entity(ei) = c.kind else {
                    continue;
                };
                // A person quoted in another quote is not "he" out here.
                if inside_quote.is_none() && self.quote_of.get(c.a).copied().flatten().is_some() {
                    continue;
                }
                let ok = if person {
                    self.is_person_entity(ei)
                } else {
                    !self.is_person_entity(ei)
                        && self.ents.get(ei).is_some_and(|e| e.actor.is_some())
                };
                if !ok {
                    continue;
                }
                first.get_or_insert(ei);
                if first_free.is_none() && !self.after_preposition(c) {
                    first_free = Some(ei);
                }
                last = Some(ei);
            }
            let pick = if person { first_free.or(first) } else { last };
            if pick.is_some() {
                return pick;
            }
        }
        None
    }

    /// For "it"/"they": the sentence's subject before `t` when it is an
    /// organisation or a country ("The RSF … said it was ready").
    fn thing_subject(&self, t: usize) -> Option<usize> {
        let (sa, _) = self.sent_range(t);
        let c = self.cands.iter().find(|c| {
            c.a >= sa && c.b <= t && !self.after_preposition(c) && !self.is_possessive(c.b)
        })?;
        match c.kind {
            CandKind::Entity(ei) if !self.is_person_entity(ei) => Some(ei),
            // "the group said it …": it is the group.
            CandKind::OrgRef => {
                let first = self
                    .sent_toks
                    .get(self.sentence_of(c.a).saturating_sub(4))
                    .map_or(0, |r| r.0);
                self.cands
                    .iter()
                    .rev()
                    .filter(|o| o.b <= c.a && o.a >= first && !self.after_preposition(o))
                    .find_map(|o| match o.kind {
                        CandKind::Entity(ei)
                            if self.ents.get(ei).is_some_and(|e| e.label == Label::Org) =>
                        {
                            Some(ei)
                        }
                        _ => None,
                    })
            }
            _ => None,
        }
    }

    /// Entities before token `t`, nearest first, within four sentences.
    fn entities_before(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        let s = self.sentence_of(t);
        let first = self.sent_toks.get(s.saturating_sub(4)).map_or(0, |r| r.0);
        self.cands[..self.cands.partition_point(|c| c.b <= t)]
            .iter()
            .rev()
            .take_while(move |c| c.a >= first)
            .filter_map(|c| match c.kind {
                CandKind::Entity(ei) => Some(ei),
                _ => None,
            })
    }

    fn nearest_org(&self, t: usize) -> Option<usize> {
        self.entities_before(t)
            .find(|&ei| self.ents.get(ei).is_some_and(|e| e.label == Label::Org))
    }

    /// For "the government", "the army": the country mentioned most often
    /// before `t` (the story's own country, not the last one named), the
    /// nearest on a tie.
    fn nearest_country(&self, t: usize) -> Option<usize> {
        let country = |ei: usize| {
            self.ents
                .get(ei)
                .and_then(|e| e.actor.as_deref())
                .and_then(country_part)
                .filter(|c| newsflow_actors::is_country_code(c))
        };
        // Mentions of each country before `t`, counted in one pass.
        let mut mentions: Vec<(&str, usize)> = Vec::new();
        for c in &self.cands[..self.cands.partition_point(|c| c.b <= t)] {
            let CandKind::Entity(x) = c.kind else {
                continue;
            };
            let Some(code) = country(x) else { continue };
            match mentions.iter_mut().find(|(k, _)| *k == code) {
                Some((_, n)) => *n += 1,
                None => mentions.push((code, 1)),
            }
        }
        let mut best: Option<(usize, usize)> = None; // (count, entity)
        for ei in self.entities_before(t) {
            let Some(code) = country(ei) else { continue };
            let n = mentions
                .iter()
                .find(|(k, _)| *k == code)
                .map_or(0, |&(_, n)| n);
            if best.is_none_or(|(m, _)| n > m) {
                best = Some((n, ei));
            }
        }
        best.map(|(_, ei)| ei)
    }

    /// A dateline ("BEIJING, May 15 —") is no subject.
    pub fn is_dateline(&self, c: &Cand) -> bool {
        if self.in_dateline(c.a) {
            return true;
        }
        let (sa, _) = self.sent_range(c.a);
        let r = self.span(c.a, c.b).text(self.text);
        c.a == sa
            && r.chars().filter(|ch| ch.is_alphabetic()).count() >= 4
            && !r.chars().any(char::is_lowercase)
            && matches!(self.raw(c.b), "," | "(" | "—" | "–" | "-")
    }

    /// A name that only modifies a person's role noun, with the person
    /// named in apposition: "The Palestinian ambassador, Riyad Mansour,"
    /// speaks as Riyad Mansour. Without a name ("a WFP spokeswoman") the
    /// organisation or country stays the speaker, by convention.
    pub fn modified_role(&self, ci: usize) -> Option<Mention> {
        let c = *self.cands.get(ci)?;
        let CandKind::Entity(_) = c.kind else {
            return None;
        };
        let (_, se) = self.sent_range(c.a);
        let mut e = c.b;
        while e < se && e < c.b + 3 {
            let r = self.raw(e);
            if !is_lower_word(r) {
                break;
            }
            e += 1;
            if is_person_role(self.lw(e - 1)) {
                break;
            }
        }
        if e == c.b || !is_person_role(self.lw(e - 1)) {
            return None;
        }
        if self.raw(e) == "," {
            if let Some(&Some(pi)) = self.cand_at.get(e + 1) {
                if let Some(CandKind::Entity(pe)) = self.cands.get(pi).map(|p| p.kind) {
                    if self.is_person_entity(pe) {
                        return self.resolve(pi);
                    }
                }
            }
        }
        None
    }

    pub fn cand_ending_at(&self, b: usize) -> Option<usize> {
        let ci = self.cand_at.get(b.checked_sub(1)?).copied().flatten()?;
        (self.cands.get(ci)?.b == b).then_some(ci)
    }
}

/// The country part of an actor code: `PAKGOV` → `PAK`, `PAK` → `PAK`;
/// organisation codes (`NATO`, `UNO`) are returned whole.
pub fn country_part(actor: &str) -> Option<&str> {
    const ROLES: &[&str] = &[
        "GOV", "MIL", "REB", "OPP", "JUD", "LEG", "MED", "BUS", "CVL", "EDU", "REL", "IGO",
    ];
    if actor.len() == 6 && ROLES.iter().any(|r| actor.ends_with(r)) {
        actor.get(..3)
    } else {
        Some(actor)
    }
}

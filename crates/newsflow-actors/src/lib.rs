//! Actor resolution (SPEC §3): entity mentions to CAMEO-style actor codes,
//! and later mentions of a person linked to their first mention.
//!
//! Everything is driven by the gazetteer in `data/` (see `data/SOURCES.md`):
//! country names, aliases, demonyms and capitals to ISO 3166-1 alpha-3 codes,
//! international organisations to their codes, role words to CAMEO roles.
//! Resolution works on tokens and entity spans only, so it stays correct when
//! the entity tagger gets a label wrong: "Pakistan" resolves to PAK whatever
//! it was labelled.

use newsflow_ner::{Entity, Label};
use newsflow_text::{DocTokens, Span};
use std::collections::HashMap;

mod gazetteer;

pub use gazetteer::{is_country_code, role_code, WordHash};
use gazetteer::{Gazetteer, Kind};

/// An entity with what resolution learned about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedEntity {
    pub span: Span,
    pub label: Label,
    /// Actor code such as `IND`, `PAKGOV`, `USAMIL`, `NATO`.
    pub actor: Option<String>,
    /// Index (into the resolved entity list) of the first mention of the same
    /// referent; equal to the entity's own index for a first mention.
    pub cluster: usize,
}

/// The actor gazetteer and resolution rules.
#[derive(Debug)]
pub struct Actors {
    gaz: Gazetteer,
}

impl Default for Actors {
    fn default() -> Self {
        Actors::embedded()
    }
}

/// Labels that never name an actor.
fn is_numeric(label: Label) -> bool {
    matches!(
        label,
        Label::Date
            | Label::Time
            | Label::Percent
            | Label::Money
            | Label::Quantity
            | Label::Ordinal
            | Label::Cardinal
    )
}

fn is_capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "’s" | "'" | "’")
}

/// The document's tokens, for looking around entities.
struct Toks<'a> {
    text: &'a str,
    /// ASCII-lower-cased copy of the text (same byte offsets).
    lower: &'a str,
    spans: &'a [Span],
    sentence: &'a [usize],
}

impl<'a> Toks<'a> {
    fn new(text: &'a str, doc: &'a DocTokens) -> Self {
        Toks {
            text,
            lower: &doc.lower,
            spans: &doc.spans,
            sentence: &doc.sentence_of,
        }
    }

    fn get(&self, i: usize) -> &'a str {
        self.spans.get(i).map_or("", |s| s.text(self.text))
    }

    /// The role code of the two words ending at token `i` ("foreign
    /// minister"), if the first is not before token `first`, else of the
    /// word at `i` alone ("army" → `MIL`).
    fn role_at(&self, i: usize, first: usize) -> Option<&'static str> {
        let bigram = if i > first {
            role_code(&format!("{} {}", self.lower(i - 1), self.lower(i)))
        } else {
            None
        };
        bigram.or_else(|| role_code(self.lower(i)))
    }

    /// The token lower-cased (ASCII letters only), or "" out of range.
    fn lower(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |s| s.text(self.lower))
    }

    /// Index of the first token starting at or after `byte`.
    fn first_from(&self, byte: usize) -> usize {
        self.spans.partition_point(|t| t.start < byte)
    }

    /// Token indices `[a, b)` covered by `span`.
    fn range(&self, span: Span) -> (usize, usize) {
        let a = self.first_from(span.start);
        let b = self.spans.partition_point(|t| t.end <= span.end);
        (a, b.max(a))
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence.get(a).is_some() && self.sentence.get(a) == self.sentence.get(b)
    }
}

impl Actors {
    /// The gazetteer compiled into the crate.
    pub fn embedded() -> Actors {
        Actors {
            gaz: Gazetteer::build(),
        }
    }

    /// The actor code of a mention text when the gazetteer knows it as a
    /// country, demonym, capital or organisation ("New Delhi" → `IND`).
    pub fn lookup(&self, mention: &str) -> Option<&str> {
        self.gaz.lookup(mention).map(|e| self.gaz.code(e))
    }

    /// Resolves `entities` (sorted by start) of `text`.
    pub fn resolve(
        &self,
        text: &str,
        sentences: &[Span],
        entities: &[Entity],
    ) -> Vec<ResolvedEntity> {
        self.resolve_doc(text, &DocTokens::new(text, sentences), entities)
    }

    /// [`Actors::resolve`] over a document already tokenized (the tagging
    /// stages share one [`DocTokens`]).
    pub fn resolve_doc(
        &self,
        text: &str,
        doc: &DocTokens,
        entities: &[Entity],
    ) -> Vec<ResolvedEntity> {
        let toks = Toks::new(text, doc);
        let mut ents = self.clean(&toks, entities);
        self.add_missed(text, &mut ents);
        ents.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        let mut out: Vec<ResolvedEntity> = Vec::with_capacity(ents.len());
        for e in ents {
            if out.last().is_some_and(|l| l.span.end > e.span.start) {
                continue;
            }
            let cluster = out.len();
            out.push(ResolvedEntity {
                span: e.span,
                label: e.label,
                actor: None,
                cluster,
            });
        }
        let main_country = self.main_country(&toks, &out);
        for i in 0..out.len() {
            out[i].actor = self.actor_of(&toks, &out, i).or_else(|| {
                // "General Idris Kamal" in a story about Sudan: a title
                // without a country takes the story's main country.
                let e = &out[i];
                if e.label != Label::Person {
                    return None;
                }
                let (a, _) = toks.range(e.span);
                // "India's Ministry of External Affairs dismissed the
                // remarks. A spokesman, Vikram Solanki, said …": a bare
                // spokesperson speaks for the body just named (INDGOV).
                let bare_spokes = a >= 3
                    && toks.get(a - 1) == ","
                    && toks.same_sentence(a - 3, a)
                    && toks.lower(a - 2).starts_with("spokes")
                    && matches!(toks.lower(a - 3), "a" | "an" | "the");
                if bare_spokes {
                    let sentence = toks.sentence.get(a).copied().unwrap_or(0);
                    let body = out[..i].iter().rev().find(|b| {
                        let (ba, _) = toks.range(b.span);
                        toks.sentence.get(ba).is_some_and(|&s| s + 1 >= sentence)
                            && b.label == Label::Org
                            && b.actor.is_some()
                    });
                    if let Some(b) = body {
                        return b.actor.clone();
                    }
                }
                let role = self.title_role(&toks, a)?;
                let country = main_country?;
                matches!(role, "GOV" | "MIL" | "LEG" | "JUD")
                    .then(|| format!("{}{role}", self.gaz.code(country)))
            });
        }
        self.cluster(&toks, &mut out);
        out
    }

    /// Splits titles off names ("Foreign Minister Ishaq Dar" → "Ishaq Dar",
    /// "US President Donald Trump" → "US" + "Donald Trump") and fixes the
    /// labels of gazetteer names.
    fn clean(&self, toks: &Toks, entities: &[Entity]) -> Vec<Entity> {
        let mut out = Vec::with_capacity(entities.len() + 4);
        for e in entities {
            let merged;
            let e = match self.possessive_org(toks, e) {
                Some(m) => {
                    merged = m;
                    &merged
                }
                None => e,
            };
            if is_numeric(e.label) {
                out.push(*e);
                continue;
            }
            let mention = e.span.text(toks.text);
            if let Some(entry) = self.gaz.lookup(mention) {
                out.push(Entity {
                    span: e.span,
                    label: label_for(entry.kind, e.label),
                });
                continue;
            }
            let (a, b) = toks.range(e.span);
            if b <= a {
                out.push(*e);
                continue;
            }
            // A gazetteer name at the start: the longest of up to 4 tokens.
            let mut j = a;
            let mut prefix = None;
            for end in (a + 1..=(a + 4).min(b - 1)).rev() {
                let s = Span::new(toks.spans[a].start, toks.spans[end - 1].end);
                if let Some(entry) = self.gaz.lookup(s.text(toks.text)) {
                    prefix = Some((s, entry));
                    j = end;
                    break;
                }
            }
            let mut k = j;
            if prefix.is_some() && k < b && is_possessive(toks.get(k)) {
                k += 1;
            }
            let title_start = k;
            while k < b && self.gaz.is_title_word(toks.lower(k)) {
                k += 1;
            }
            let has_title =
                k > title_start && (title_start..k).any(|t| role_code(toks.lower(t)).is_some());
            let rest_is_name = k < b && is_capitalized(toks.get(k));
            match prefix {
                Some((s, entry)) if has_title && rest_is_name => {
                    out.push(Entity {
                        span: s,
                        label: label_for(entry.kind, Label::Gpe),
                    });
                    out.push(Entity {
                        span: Span::new(toks.spans[k].start, e.span.end),
                        label: Label::Person,
                    });
                }
                // "U.S. Trade Representative" (before ", Sarah Whitfield"):
                // a person's title is no organisation; keep the country.
                Some((s, entry))
                    if k == b && (title_start..k).any(|t| is_person_title(toks.lower(t))) =>
                {
                    out.push(Entity {
                        span: s,
                        label: label_for(entry.kind, Label::Gpe),
                    });
                }
                None if has_title && rest_is_name => out.push(Entity {
                    span: Span::new(toks.spans[k].start, e.span.end),
                    label: Label::Person,
                }),
                _ => out.push(*e),
            }
        }
        out
    }

    /// "Prime Minister’s Office", "the President's Office": an office named
    /// by a title in the possessive is one organisation, not "Office" (the
    /// entity tagger often finds only the head).
    fn possessive_org(&self, toks: &Toks, e: &Entity) -> Option<Entity> {
        if is_numeric(e.label) {
            return None;
        }
        let (a, b) = toks.range(e.span);
        if b <= a || org_head_role(toks.lower(a)).is_none() || a < 2 {
            return None;
        }
        if !is_possessive(toks.get(a - 1)) || !toks.same_sentence(a - 2, a) {
            return None;
        }
        let mut k = a - 1;
        while k > 0
            && toks.same_sentence(k - 1, a)
            && is_capitalized(toks.get(k - 1))
            && toks.lower(k - 1) != "the"
            && self.gaz.is_title_word(toks.lower(k - 1))
        {
            k -= 1;
        }
        if k == a - 1 || !(k..a - 1).any(|t| is_person_title(toks.lower(t))) {
            return None;
        }
        Some(Entity {
            span: Span::new(toks.spans[k].start, e.span.end),
            label: Label::Org,
        })
    }

    /// Adds gazetteer names the entity tagger missed.
    fn add_missed(&self, text: &str, ents: &mut Vec<Entity>) {
        let mut covered: Vec<Span> = ents.iter().map(|e| e.span).collect();
        covered.sort();
        for m in self.gaz.scan.find_iter(text) {
            let span = Span::new(m.start(), m.end());
            let before = text[..span.start].chars().next_back();
            let after = text[span.end..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
                || !is_capitalized(span.text(text))
            {
                continue;
            }
            let i = covered.partition_point(|c| c.end <= span.start);
            if covered.get(i).is_some_and(|c| c.overlaps(span)) {
                continue;
            }
            let Some(entry) = self.gaz.scan_entries.get(m.pattern().as_usize()) else {
                continue;
            };
            ents.push(Entity {
                span,
                label: label_for(entry.kind, Label::Gpe),
            });
            covered.insert(i, span);
        }
    }

    /// The actor code of entity `i`.
    fn actor_of(&self, toks: &Toks, ents: &[ResolvedEntity], i: usize) -> Option<String> {
        let e = &ents[i];
        if is_numeric(e.label) {
            return None;
        }
        let mention = e.span.text(toks.text);
        if let Some(entry) = self.gaz.lookup(mention) {
            let code = self.gaz.code(entry);
            if entry.kind == Kind::Org {
                return Some(code.to_owned());
            }
            // "the Indian army", "India's foreign ministry": a role after the
            // name, unless a person's name follows (then it is their title).
            // After a possessive ("Sudan's army") the role belongs to the
            // noun phrase, not to the country mention.
            let (_, k) = toks.range(e.span);
            if is_possessive(toks.get(k)) {
                return Some(code.to_owned());
            }
            let (role, end) = self.title_forward(toks, k);
            if let Some(role) = role {
                // "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar"
                let mut end = end;
                while end < toks.spans.len()
                    && toks.same_sentence(k, end)
                    && self.gaz.is_title_word(toks.lower(end))
                {
                    end += 1;
                }
                let next = toks.get(end);
                let next2 = toks.get(end + 1);
                let name_follows = (is_capitalized(next) && toks.same_sentence(k, end))
                    || (next == "," && is_capitalized(next2));
                if !name_follows {
                    return Some(format!("{code}{role}"));
                }
            }
            return Some(code.to_owned());
        }
        if e.label != Label::Person {
            return self.org_with_country(toks, ents, i);
        }
        let (a, b) = toks.range(e.span);
        // Title before the name: "Pakistan's Foreign Minister Ishaq Dar",
        // or before a comma: "The U.S. Trade Representative, Sarah Whitfield".
        if let Some(code) = self.title_backward(toks, ents, a) {
            return Some(code);
        }
        if a > 0 && toks.get(a - 1) == "," && toks.same_sentence(a - 1, a) {
            if let Some(code) = self.title_backward(toks, ents, a - 1) {
                return Some(code);
            }
        }
        // Appositive after the name: "Ishaq Dar, Pakistan's foreign minister".
        if toks.get(b) == "," {
            let mut k = b + 1;
            if matches!(toks.lower(k), "the" | "a" | "an") {
                k += 1;
            }
            if let Some(country) = self.country_at(toks, ents, k) {
                let (ca, cb) = country;
                let _ = ca;
                let mut t = cb;
                if is_possessive(toks.get(t)) {
                    t += 1;
                }
                if let (Some(role), _) = self.title_forward(toks, t) {
                    return Some(format!("{}{role}", self.country_code(toks, ents, k)?));
                }
            }
            let (role, end) = self.title_forward(toks, k);
            if let Some(role) = role {
                if toks.lower(end) == "of" {
                    if let Some(code) = self.country_code(toks, ents, end + 1) {
                        return Some(format!("{code}{role}"));
                    }
                }
            }
        }
        None
    }

    /// An organisation named by a role ("Foreign Ministry", "Defence
    /// Forces") after a country: "Azerbaijan's Foreign Ministry" → `AZEGOV`,
    /// "the Russian Defence Ministry" → `RUSGOV`.
    fn org_with_country(&self, toks: &Toks, ents: &[ResolvedEntity], i: usize) -> Option<String> {
        let e = &ents[i];
        let (a, b) = toks.range(e.span);
        let last = b.checked_sub(1)?;
        if last < a {
            return None;
        }
        // "Ministry of External Affairs", "Department of State": the head
        // before "of" names the role.
        let head = (a + 1..last)
            .find(|&t| toks.lower(t) == "of")
            .map_or(last, |t| t - 1);
        let role = role_code(toks.lower(last))
            .or_else(|| role_code(toks.lower(head)).filter(|_| head >= a))
            .or_else(|| org_head_role(toks.lower(last)))?;
        // "Indian Army", "US Congress": the country inside the name.
        for j in (a + 1..b.min(a + 4)).rev() {
            let prefix = Span::new(toks.spans[a].start, toks.spans[j - 1].end);
            if let Some(entry) = self.gaz.lookup(prefix.text(toks.text)) {
                let titles = (j..b).all(|t| self.gaz.is_title_word(toks.lower(t)));
                if entry.kind != Kind::Org && titles {
                    return Some(format!("{}{role}", self.gaz.code(entry)));
                }
            }
        }
        let mut p = a.checked_sub(1)?;
        if is_possessive(toks.get(p)) {
            p = p.checked_sub(1)?;
        }
        let end = toks.spans.get(p)?.end;
        let prev = ents[..i].iter().rev().find(|x| x.span.end == end)?;
        let entry = self.gaz.lookup(prev.span.text(toks.text))?;
        if entry.kind == Kind::Org {
            return None;
        }
        Some(format!("{}{role}", self.gaz.code(entry)))
    }

    /// Reads title words from token `k` on ("foreign minister"); returns the
    /// role of the head (the last role word) and the index after the title.
    fn title_forward(&self, toks: &Toks, mut k: usize) -> (Option<&'static str>, usize) {
        let start = k;
        let mut role = None;
        while k < toks.spans.len() && toks.same_sentence(start, k) {
            let w = toks.lower(k);
            if matches!(w, "and" | "the" | "of") || !self.gaz.is_title_word(w) {
                break;
            }
            if let Some(r) = toks.role_at(k, start) {
                role = Some(r);
            }
            k += 1;
        }
        (role, k)
    }

    /// Reads a title backwards from the token before `a` and the country
    /// before it: "US Secretary of State" + name → `USAGOV`.
    fn title_backward(&self, toks: &Toks, ents: &[ResolvedEntity], a: usize) -> Option<String> {
        let (k, role) = self.title_words(toks, a);
        let role = role?;
        // The title may start with "the"; the country comes before it.
        let mut p = k.checked_sub(1)?;
        if is_possessive(toks.get(p)) {
            p = p.checked_sub(1)?;
        }
        let end = toks.spans.get(p)?.end;
        let ent = ents.iter().find(|e| e.span.end == end)?;
        let entry = self.gaz.lookup(ent.span.text(toks.text))?;
        if entry.kind == Kind::Org {
            return Some(self.gaz.code(entry).to_owned());
        }
        Some(format!("{}{role}", self.gaz.code(entry)))
    }

    /// The role of a title right before a name, without its country.
    fn title_role(&self, toks: &Toks, a: usize) -> Option<&'static str> {
        self.title_words(toks, a).1
    }

    /// The title words right before token `a` ("Pakistan's Foreign Minister
    /// | Ishaq Dar"): the index of the first, and the role of the one nearest
    /// the name that has one (a two-word role such as "foreign minister"
    /// before a one-word one).
    fn title_words(&self, toks: &Toks, a: usize) -> (usize, Option<&'static str>) {
        let mut k = a;
        let mut role: Option<&'static str> = None;
        while k > 0 && toks.same_sentence(k - 1, a) {
            let w = toks.lower(k - 1);
            if !self.gaz.is_title_word(w) {
                break;
            }
            if role.is_none() {
                role = toks.role_at(k - 1, 0);
            }
            k -= 1;
        }
        (k, role)
    }

    /// The story's own country: the first one the document names (news
    /// leads with it; later, more frequent mentions are often of outside
    /// powers).
    fn main_country(&self, toks: &Toks, ents: &[ResolvedEntity]) -> Option<gazetteer::Entry> {
        ents.iter()
            .filter(|e| !is_numeric(e.label))
            .filter_map(|e| self.gaz.lookup(e.span.text(toks.text)))
            .find(|entry| entry.kind != Kind::Org)
    }

    /// The token range of a country-like entity starting at token `k`.
    fn country_at(&self, toks: &Toks, ents: &[ResolvedEntity], k: usize) -> Option<(usize, usize)> {
        let start = toks.spans.get(k)?.start;
        let ent = ents.iter().find(|e| e.span.start == start)?;
        self.gaz.lookup(ent.span.text(toks.text))?;
        Some(toks.range(ent.span))
    }

    fn country_code(&self, toks: &Toks, ents: &[ResolvedEntity], k: usize) -> Option<String> {
        let start = toks.spans.get(k)?.start;
        let ent = ents.iter().find(|e| e.span.start == start)?;
        let entry = self.gaz.lookup(ent.span.text(toks.text))?;
        Some(self.gaz.code(entry).to_owned())
    }

    /// Links later mentions to their first mention: people by last name,
    /// gazetteer names by actor code, anything else by its text.
    fn cluster(&self, toks: &Toks, ents: &mut [ResolvedEntity]) {
        let mut first: HashMap<String, usize> = HashMap::new();
        for i in 0..ents.len() {
            if is_numeric(ents[i].label) {
                continue;
            }
            let mention = ents[i].span.text(toks.text);
            let known = self.gaz.lookup(mention).is_some();
            let last = last_word(mention);
            let person_key = format!("P:{last}");
            let key = if ents[i].label == Label::Person {
                person_key
            } else if !known && first.contains_key(&person_key) {
                ents[i].label = Label::Person;
                person_key
            } else if let Some(a) = ents[i].actor.as_ref().filter(|_| known) {
                format!("A:{a}")
            } else {
                format!("T:{}", gazetteer::key(mention))
            };
            match first.get(&key) {
                Some(&head) => {
                    ents[i].cluster = head;
                    // A later mention of a person carries the cluster's actor:
                    // "Dar" after "Pakistan's Foreign Minister Ishaq Dar" is
                    // PAKGOV, not left bare or merely PAK.
                    let more_specific = ents[i].label == Label::Person
                        && matches!(
                            (&ents[i].actor, &ents[head].actor),
                            (Some(own), Some(h)) if h.len() > own.len() && h.starts_with(own.as_str())
                        );
                    if ents[i].actor.is_none() || more_specific {
                        ents[i].actor = ents[head].actor.clone();
                    }
                }
                None => {
                    first.insert(key, i);
                }
            }
        }
        // A later titled mention can teach the first one its actor.
        for i in 0..ents.len() {
            let head = ents[i].cluster;
            if head != i && ents[head].actor.is_none() && ents[i].actor.is_some() {
                let actor = ents[i].actor.clone();
                for e in ents.iter_mut().filter(|e| e.cluster == head) {
                    if e.actor.is_none() {
                        e.actor.clone_from(&actor);
                    }
                }
            }
        }
    }
}

/// Titles of people, as opposed to names of bodies ("ministry", "army").
fn is_person_title(w: &str) -> bool {
    matches!(
        w,
        "minister"
            | "president"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "representative"
            | "ambassador"
            | "envoy"
            | "commissioner"
            | "chancellor"
            | "premier"
            | "general"
            | "commander"
            | "senator"
            | "governor"
            | "mayor"
            | "king"
            | "queen"
            | "emir"
            | "official"
            | "diplomat"
            | "negotiator"
            | "prosecutor"
            | "judge"
    )
}

/// The role of the head noun of a government body's name that the role
/// list does not carry as a title word ("Office", "Department").
fn org_head_role(w: &str) -> Option<&'static str> {
    match w {
        "office" | "department" | "ministry" | "secretariat" | "bureau" | "cabinet"
        | "chancellery" | "presidency" => Some("GOV"),
        _ => None,
    }
}

/// The last word of a name, without a possessive.
fn last_word(mention: &str) -> String {
    let k = gazetteer::key(mention);
    k.rsplit(' ').next().unwrap_or("").to_owned()
}

fn label_for(kind: Kind, given: Label) -> Label {
    match kind {
        Kind::Country => Label::Gpe,
        Kind::Demonym => Label::Norp,
        Kind::Org => Label::Org,
        Kind::Capital => match given {
            Label::Gpe | Label::Org | Label::Fac | Label::Loc => given,
            _ => Label::Gpe,
        },
    }
}

#[cfg(test)]
mod tests;

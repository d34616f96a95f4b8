//! Refines the model's coarse CoNLL types (PER, ORG, LOC, MISC) into
//! OntoNotes labels with the gazetteer and keyword rules.

use crate::gazetteer as g;
use crate::tags::Kind;
use crate::Label;

/// Exact membership; text in capitals ("BRUSSELS" in a headline) is
/// compared without case.
fn eq_any(s: &str, list: &[&str]) -> bool {
    if list.contains(&s) {
        return true;
    }
    let shouting = s.chars().any(char::is_alphabetic)
        && !s.chars().any(char::is_lowercase)
        && s.chars().filter(|c| c.is_alphabetic()).count() > 3;
    shouting && list.iter().any(|x| x.eq_ignore_ascii_case(s))
}

fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(' ').filter(|w| !w.is_empty())
}

fn has_word(s: &str, list: &[&str]) -> bool {
    words(s).any(|w| eq_any(w, list)) || list.iter().any(|k| k.contains(' ') && s.contains(k))
}

/// The OntoNotes label of an entity with model type `kind`, surface text
/// `s` (tokens joined by single spaces), and neighbouring words.
pub fn label(kind: Kind, s: &str, prev: &str, next: &str) -> Label {
    let first = words(s).next().unwrap_or("");
    let last = words(s).next_back().unwrap_or("");
    if first == "Operation" && s.len() > "Operation".len() {
        return Label::Event;
    }
    if g::KNOWN_ORGS.contains(&s) {
        return Label::Org;
    }
    match kind {
        Kind::Per => Label::Person,
        Kind::Org => Label::Org,
        Kind::Loc => {
            if eq_any(s, g::COUNTRIES) || eq_any(s, g::CITIES) {
                Label::Gpe
            } else if eq_any(s, g::REGIONS) || has_word(s, g::GEO_WORDS) {
                Label::Loc
            } else if eq_any(last, g::FAC_WORDS) || eq_any(s, g::FAC_WORDS) {
                Label::Fac
            } else if eq_any(s, g::DEMONYMS) {
                Label::Norp
            } else {
                // Most unknown place names in news are cities, towns,
                // provinces or countries.
                Label::Gpe
            }
        }
        Kind::Misc => {
            if eq_any(s, g::LANGUAGES)
                && (eq_any(
                    prev,
                    &["in", "speak", "speaks", "spoke", "speaking", "into", "from"],
                ) || next.starts_with("language")
                    || next == "-speaking")
            {
                Label::Language
            } else if eq_any(s, g::DEMONYMS) {
                Label::Norp
            } else if has_word(s, g::EVENT_WORDS) {
                Label::Event
            } else if has_word(s, g::LAW_WORDS) {
                Label::Law
            } else if eq_any(s, g::COUNTRIES) || eq_any(s, g::CITIES) {
                Label::Gpe
            } else if !s.contains(' ')
                && [
                    "an", "ans", "ese", "ish", "ic", "i", "is", "ch", "ist", "ists",
                ]
                .iter()
                .any(|suf| s.ends_with(suf))
            {
                Label::Norp
            } else if prev == "\"" || prev == "“" {
                Label::WorkOfArt
            } else if s.contains(' ') {
                Label::Event
            } else {
                Label::Norp
            }
        }
    }
}

/// Courtesy titles that OntoNotes leaves outside a PERSON mention.
pub fn is_courtesy_title(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mr."
            | "Mrs"
            | "Mrs."
            | "Ms"
            | "Ms."
            | "Miss"
            | "Dr"
            | "Dr."
            | "Prof"
            | "Prof."
            | "Mister"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases = [
            (Kind::Loc, "Pakistan", Label::Gpe),
            (Kind::Loc, "Pahalgam", Label::Gpe),
            (Kind::Loc, "Middle East", Label::Loc),
            (Kind::Loc, "Indus River", Label::Loc),
            (Kind::Loc, "Heathrow Airport", Label::Fac),
            (Kind::Misc, "American", Label::Norp),
            (Kind::Misc, "World Cup", Label::Event),
            (Kind::Misc, "Operation Sindoor", Label::Event),
            (Kind::Org, "Operation Sindoor", Label::Event),
            (Kind::Misc, "Clean Air Act", Label::Law),
            (Kind::Per, "Al Jazeera", Label::Org),
            (Kind::Loc, "EUROPE", Label::Loc),
            (Kind::Misc, "GERMAN", Label::Norp),
        ];
        for (k, s, want) in cases {
            assert_eq!(label(k, s, "", ""), want, "{s}");
        }
    }
}

//! Cue lexicons, compiled into the crate from `data/` and parsed once.

use crate::{Event, Polarity};
use std::collections::HashMap;
use std::sync::OnceLock;

use newsflow_actors::WordHash;

type Map<V> = HashMap<&'static str, V, WordHash>;

const CUES: &str = include_str!("../data/cues.tsv");
const SPEECH: &str = include_str!("../data/speech.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
    Adj,
    /// A preposition that expresses a stance after a copula ("was against").
    Prep,
}

/// The event of a cue: fixed, none, or read from the target's words
/// ("willing to talk" → CONSULT, "willing to sign a truce" → AGREE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventSpec {
    Fixed(Event),
    FromTarget,
    None,
}

#[derive(Debug)]
pub struct CueEntry {
    pub lemma: &'static str,
    pub pos: Pos,
    pub polarity: Polarity,
    pub event: EventSpec,
    /// Prepositions that introduce the target; empty: the target follows.
    pub preps: Vec<&'static str>,
}

/// One surface form (one or more lower-case tokens) of an entry.
#[derive(Debug)]
pub struct Form {
    pub words: Vec<&'static str>,
    pub entry: usize,
}

#[derive(Debug)]
pub struct Lexicon {
    pub entries: Vec<CueEntry>,
    /// Cue forms by their first word, longest first.
    pub cues: Map<Vec<Form>>,
    /// Speech verb forms by their first word, longest first, with lemma.
    pub speech: Map<Vec<(Vec<&'static str>, &'static str)>>,
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn parse_polarity(s: &str) -> Option<Polarity> {
    match s {
        "support" => Some(Polarity::Support),
        "oppose" => Some(Polarity::Oppose),
        "neutral" => Some(Polarity::Neutral),
        _ => None,
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut entries = Vec::new();
        let mut cues: Map<Vec<Form>> = Map::default();
        for r in rows(CUES) {
            let [lemma, pos, pol, event, preps, forms] = r[..] else {
                continue;
            };
            let pos = match pos {
                "V" => Pos::Verb,
                "N" => Pos::Noun,
                "A" => Pos::Adj,
                "P" => Pos::Prep,
                _ => continue,
            };
            let Some(polarity) = parse_polarity(pol) else {
                continue;
            };
            let event = match event {
                "-" => EventSpec::None,
                "*" => EventSpec::FromTarget,
                e => Event::parse(e).map_or(EventSpec::None, EventSpec::Fixed),
            };
            let preps = if preps == "-" {
                Vec::new()
            } else {
                preps.split(',').map(str::trim).collect()
            };
            let entry = entries.len();
            entries.push(CueEntry {
                lemma,
                pos,
                polarity,
                event,
                preps,
            });
            for form in forms.split('|') {
                let words: Vec<&'static str> = form.split_whitespace().collect();
                if let Some(first) = words.first() {
                    cues.entry(first).or_default().push(Form { words, entry });
                }
            }
        }
        for v in cues.values_mut() {
            v.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        let mut speech: Map<Vec<(Vec<&'static str>, &'static str)>> = Map::default();
        for r in rows(SPEECH) {
            let [lemma, forms] = r[..] else { continue };
            for form in forms.split('|') {
                let words: Vec<&'static str> = form.split_whitespace().collect();
                if let Some(first) = words.first() {
                    speech.entry(first).or_default().push((words, lemma));
                }
            }
        }
        for v in speech.values_mut() {
            v.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
        }
        Lexicon {
            entries,
            cues,
            speech,
        }
    }
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

/// PLOVER event read from a target's words, for cues like "willing".
pub fn event_from_target(lower_target: &str) -> Option<Event> {
    const TABLE: &[(&str, Event)] = &[
        ("talk", Event::Consult),
        ("dialogue", Event::Consult),
        ("negotiat", Event::Consult),
        ("discuss", Event::Consult),
        ("meet", Event::Consult),
        ("engage", Event::Consult),
        ("mediat", Event::Consult),
        ("ceasefire", Event::Agree),
        ("truce", Event::Agree),
        ("deal", Event::Agree),
        ("agreement", Event::Agree),
        ("accord", Event::Agree),
        ("peace", Event::Agree),
        ("cooperat", Event::Cooperate),
        ("aid", Event::Aid),
        ("assist", Event::Aid),
        ("withdraw", Event::Retreat),
        ("compromise", Event::Concede),
        ("concession", Event::Concede),
    ];
    TABLE
        .iter()
        .find(|(w, _)| lower_target.contains(w))
        .map(|(_, e)| *e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_every_row() {
        let lex = lexicon();
        let rows = CUES
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(lex.entries.len(), rows, "a cue row failed to parse");
        for (w, lemma) in [("rejected", "reject"), ("willingness", "willingness")] {
            let f = &lex.cues[w][0];
            assert_eq!(lex.entries[f.entry].lemma, lemma);
        }
        assert!(lex.speech.contains_key("said"));
        assert_eq!(lex.cues["called"][0].words, vec!["called", "for"]);
    }

    #[test]
    fn events_from_targets() {
        for (t, e) in [
            ("talks", Some(Event::Consult)),
            ("engage in dialogue", Some(Event::Consult)),
            ("sign a ceasefire", Some(Event::Agree)),
            ("compromise on its agenda", Some(Event::Concede)),
            ("the weather", None),
        ] {
            assert_eq!(event_from_target(t), e, "{t}");
        }
    }
}

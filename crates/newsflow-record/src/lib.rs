//! The record of one annotated document (SPEC §6), as printed by
//! `newsflow tag` and stored by the store. `schemas/record.schema.json`
//! describes it; a test validates real output against that schema.
//!
//! This is the only place where annotations become JSON and where byte spans
//! become the character offsets of SPEC §1.

use newsflow_tag::{Annotations, Cue, Mention, Span};
use newsflow_text::CharIndex;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    pub text: String,
    pub sentences: Vec<SpanRec>,
    pub entities: Vec<EntityRec>,
    pub stances: Vec<StanceRec>,
    pub quotes: Vec<QuoteRec>,
}

/// A character span with its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanRec {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRec {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Index of the first mention of the same referent in `entities`.
    pub cluster: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRec {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Index into `entities` of the entity this mention refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CueRec {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lemma: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReporterRec {
    pub source: MentionRec,
    pub cue: CueRec,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceRec {
    pub sentence: usize,
    pub holder: Option<MentionRec>,
    pub cue: CueRec,
    pub target: Option<SpanRec>,
    pub polarity: String,
    pub negated: bool,
    pub event: Option<String>,
    pub reported_by: Option<ReporterRec>,
    pub confidence: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRec {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: usize,
    pub speaker: Option<MentionRec>,
    pub cue: Option<CueRec>,
}

/// Metadata of a document that is not derived from its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
}

struct Conv<'a> {
    text: &'a str,
    idx: CharIndex,
}

impl Conv<'_> {
    fn span(&self, s: Span) -> SpanRec {
        SpanRec {
            start: self.idx.char_offset(s.start),
            end: self.idx.char_offset(s.end),
            text: s.text(self.text).to_owned(),
        }
    }
    fn mention(&self, m: &Mention) -> MentionRec {
        let s = self.span(m.span);
        MentionRec {
            start: s.start,
            end: s.end,
            text: s.text,
            entity: m.entity,
            actor: m.actor.clone(),
        }
    }
    fn cue(&self, c: &Cue) -> CueRec {
        let s = self.span(c.span);
        CueRec {
            start: s.start,
            end: s.end,
            text: s.text,
            lemma: c.lemma.clone(),
        }
    }
}

impl Record {
    /// Builds the record of `text` (normalized) and its annotations,
    /// converting every byte span to character offsets.
    pub fn new(id: String, meta: Meta, text: &str, ann: &Annotations) -> Record {
        let c = Conv {
            text,
            idx: CharIndex::new(text),
        };
        Record {
            id,
            url: meta.url,
            title: meta.title,
            published: meta.published,
            text: text.to_owned(),
            sentences: ann.sentences.iter().map(|s| c.span(*s)).collect(),
            entities: ann
                .entities
                .iter()
                .map(|e| {
                    let s = c.span(e.span);
                    EntityRec {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        label: e.label.as_str().to_owned(),
                        actor: e.actor.clone(),
                        cluster: e.cluster,
                    }
                })
                .collect(),
            stances: ann
                .stances
                .iter()
                .map(|st| StanceRec {
                    sentence: st.sentence,
                    holder: st.holder.as_ref().map(|m| c.mention(m)),
                    cue: c.cue(&st.cue),
                    target: st.target.map(|t| c.span(t)),
                    polarity: st.polarity.as_str().to_owned(),
                    negated: st.negated,
                    event: st.event.map(|e| e.as_str().to_owned()),
                    reported_by: st.reported_by.as_ref().map(|r| ReporterRec {
                        source: c.mention(&r.source),
                        cue: c.cue(&r.cue),
                    }),
                    confidence: st.confidence,
                })
                .collect(),
            quotes: ann
                .quotes
                .iter()
                .map(|q| {
                    let s = c.span(q.span);
                    QuoteRec {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        sentence: q.sentence,
                        speaker: q.speaker.as_ref().map(|m| c.mention(m)),
                        cue: q.cue.as_ref().map(|x| c.cue(x)),
                    }
                })
                .collect(),
        }
    }
}

/// The JSON Schema of [`Record`], as committed in `schemas/`.
pub const RECORD_SCHEMA: &str = include_str!("../../../schemas/record.schema.json");

#[cfg(test)]
mod tests {
    use super::*;

    fn char_substr(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn offsets_are_characters_and_output_validates_against_schema() {
        let tagger = newsflow_tag::Tagger::new().expect("embedded model loads");
        let text = newsflow_text::normalize(
            "Pakistan’s Foreign Minister Ishaq Dar said India “categorically” rejected mediation.\n\n“We don’t want to push the conversation,” Dar continued.",
        );
        let ann = tagger.annotate(&text);
        let rec = Record::new("t1".into(), Meta::default(), &text, &ann);
        assert!(!rec.sentences.is_empty());
        for s in &rec.sentences {
            assert_eq!(char_substr(&text, s.start, s.end), s.text);
        }
        for e in &rec.entities {
            assert_eq!(char_substr(&text, e.start, e.end), e.text);
        }
        for q in &rec.quotes {
            assert_eq!(char_substr(&text, q.start, q.end), q.text);
        }
        let schema: serde_json::Value =
            serde_json::from_str(RECORD_SCHEMA).expect("schema is JSON");
        let validator = jsonschema::validator_for(&schema).expect("schema compiles");
        let value = serde_json::to_value(&rec).expect("record serializes");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "schema errors: {errors:?}");
    }
}

//! Named-entity recognition (SPEC §3 labels).
//!
//! Pure: the model is read from bytes, tagging is a function of the text.

use newsflow_text::{tokenize, Span};

mod label;
pub use label::Label;

/// One entity mention: a byte span into the document text and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entity {
    pub span: Span,
    pub label: Label,
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("NER model has format version {found}, this build of newsflow reads version {expected}; rebuild it with `make train`")]
    Version { found: u32, expected: u32 },
    #[error("NER model is corrupt: {0}")]
    Corrupt(String),
}

/// The entity tagger. Cheap to share across threads (`&Ner` is `Sync`).
#[derive(Debug, Default)]
pub struct Ner {}

impl Ner {
    /// The model compiled into the binary.
    pub fn embedded() -> Result<Ner, ModelError> {
        Ok(Ner {})
    }

    /// Tags every sentence of `text`; returns entities sorted by start.
    pub fn tag(&self, text: &str, sentences: &[Span]) -> Vec<Entity> {
        // Baseline: runs of capitalized tokens that are not sentence-initial
        // function words.
        let mut out = Vec::new();
        for s in sentences {
            let toks = tokenize(text, *s);
            let mut i = 0;
            while i < toks.len() {
                let w = toks[i].text(text);
                let cap = w.chars().next().is_some_and(char::is_uppercase);
                if cap && !(i == 0 && is_function_word(w)) {
                    let start = i;
                    while i < toks.len()
                        && toks[i]
                            .text(text)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                    {
                        i += 1;
                    }
                    out.push(Entity {
                        span: Span::new(toks[start].start, toks[i - 1].end),
                        label: Label::Org,
                    });
                } else if w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() {
                    out.push(Entity {
                        span: toks[i],
                        label: Label::Cardinal,
                    });
                    i += 1;
                } else {
                    i += 1;
                }
            }
        }
        out
    }
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "This"
            | "That"
            | "But"
            | "However"
            | "With"
            | "His"
            | "Her"
    )
}

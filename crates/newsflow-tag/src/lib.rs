//! One pure entry point for annotating a normalized document: sentences,
//! entities with actor codes, stances and quotes.
//!
//! A [`Tagger`] holds the loaded models and lexicons; it is immutable and
//! `Sync`, so one instance serves every worker thread.

pub use newsflow_actors::ResolvedEntity;
pub use newsflow_ner::{Label, ModelError};
pub use newsflow_stance::{Cue, Event, Mention, Polarity, Quote, Reporter, Stance};
pub use newsflow_text::Span;

use newsflow_actors::Actors;
use newsflow_ner::Ner;

/// Everything newsflow extracts from one document. All spans are byte ranges
/// into the normalized text that was annotated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotations {
    pub sentences: Vec<Span>,
    pub entities: Vec<ResolvedEntity>,
    pub stances: Vec<Stance>,
    pub quotes: Vec<Quote>,
}

/// The loaded annotation models.
#[derive(Debug)]
pub struct Tagger {
    ner: Ner,
    actors: Actors,
}

impl Tagger {
    /// Loads the models and lexicons compiled into the binary.
    pub fn new() -> Result<Tagger, ModelError> {
        Ok(Tagger {
            ner: Ner::embedded()?,
            actors: Actors::embedded(),
        })
    }

    /// Annotates `text`, which must already be normalized
    /// (see [`newsflow_text::normalize`]).
    pub fn annotate(&self, text: &str) -> Annotations {
        let sentences = newsflow_text::split_sentences(text);
        // Tokenized once: entities, actors and stances all read the tokens.
        let tokens = newsflow_text::DocTokens::new(text, &sentences);
        let entities = self.ner.tag_doc(text, &tokens);
        let entities = self.actors.resolve_doc(text, &tokens, &entities);
        let (stances, quotes) = newsflow_stance::extract_doc(text, &tokens, &entities);
        Annotations {
            sentences,
            entities,
            stances,
            quotes,
        }
    }
}

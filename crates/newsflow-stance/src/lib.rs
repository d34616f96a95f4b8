//! Stances (holder, cue, target, polarity, PLOVER event, reporting source)
//! and direct quotes with their speakers (SPEC §4).

use newsflow_actors::ResolvedEntity;
use newsflow_text::Span;

mod types;
pub use types::*;

/// Extracts stances and quotes from a document.
pub fn extract(
    text: &str,
    sentences: &[Span],
    entities: &[ResolvedEntity],
) -> (Vec<Stance>, Vec<Quote>) {
    let _ = (text, sentences, entities);
    (Vec::new(), Vec::new())
}

//! Actor resolution (SPEC §3): entity mentions to CAMEO-style actor codes,
//! and later mentions of a person linked to their first mention.

use newsflow_ner::{Entity, Label};
use newsflow_text::Span;

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
#[derive(Debug, Default)]
pub struct Actors {}

impl Actors {
    pub fn embedded() -> Actors {
        Actors {}
    }

    /// Resolves `entities` (sorted by start) of `text`.
    pub fn resolve(
        &self,
        text: &str,
        _sentences: &[Span],
        entities: &[Entity],
    ) -> Vec<ResolvedEntity> {
        let _ = text;
        entities
            .iter()
            .enumerate()
            .map(|(i, e)| ResolvedEntity {
                span: e.span,
                label: e.label,
                actor: None,
                cluster: i,
            })
            .collect()
    }
}

//! Named-entity recognition (SPEC §3 labels).
//!
//! A structured averaged perceptron over hashed features tags tokens with
//! BILOU tags for CoNLL's four types (PER, ORG, LOC, MISC); Viterbi decoding
//! keeps the tag sequence valid. The coarse types are then refined into
//! OntoNotes labels (GPE/LOC/FAC, NORP/EVENT/LAW/…) by gazetteer and
//! keyword rules, and exact rules add DATE, TIME, PERCENT, MONEY, QUANTITY,
//! ORDINAL and CARDINAL.
//!
//! Pure: the model is read from bytes (compiled in with `include_bytes!`),
//! tagging is a function of the text. No I/O.

use newsflow_text::{DocTokens, Span};
use std::sync::OnceLock;

pub mod features;
pub mod gazetteer;
pub mod hash;
mod label;
pub mod model;
mod refine;
mod rules;
pub mod tags;

pub use label::Label;
pub use model::Model;

use features::{DocMemory, Gaz, Scratch, HIST};
use tags::{Kind, N_TAGS};

/// The model compiled into the binary (rebuilt by `make train`).
static EMBEDDED: &[u8] = include_bytes!("../model/ner.bin");

/// One entity mention: a byte span into the document text and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entity {
    pub span: Span,
    pub label: Label,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ModelError {
    #[error("NER model has format version {found}, this build of newsflow reads version {expected}; rebuild it with `make train`")]
    Version { found: u32, expected: u32 },
    #[error("NER model is corrupt: {0}")]
    Corrupt(String),
}

/// The entity tagger. Cheap to share across threads (`&Ner` is `Sync`).
#[derive(Debug, Clone)]
pub struct Ner {
    model: Model,
    gaz: Gaz,
}

/// Reusable buffers for tagging one sentence after another.
#[derive(Debug, Default)]
struct Buffers {
    feats: Vec<u64>,
    scratch: Scratch,
    scores: Vec<f32>,
    back: Vec<u8>,
    tags: Vec<u8>,
    spans: Vec<(usize, usize, Kind)>,
    taken: Vec<bool>,
    numeric: Vec<(usize, usize, Label)>,
    hist: Vec<u64>,
    memory: DocMemory,
}

impl Ner {
    /// Loads the model compiled into the binary. Each call parses the model
    /// again (a few milliseconds); [`Ner::shared`] loads it once per process.
    pub fn embedded() -> Result<Ner, ModelError> {
        Ner::from_bytes(EMBEDDED)
    }

    /// The compiled-in model, loaded once per process and shared.
    pub fn shared() -> Result<&'static Ner, ModelError> {
        static SHARED: OnceLock<Result<Ner, ModelError>> = OnceLock::new();
        SHARED
            .get_or_init(Ner::embedded)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Loads a model from its serialized bytes (see [`model`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Ner, ModelError> {
        Ok(Ner {
            model: Model::from_bytes(bytes)?,
            gaz: Gaz::build(),
        })
    }

    /// The statistical model (for inspection and training tools).
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The gazetteer features (shared with training).
    pub fn gazetteer(&self) -> &Gaz {
        &self.gaz
    }

    /// Tags every sentence of `text`; returns entities sorted by start and
    /// non-overlapping.
    pub fn tag(&self, text: &str, sentences: &[Span]) -> Vec<Entity> {
        self.tag_doc(text, &DocTokens::new(text, sentences))
    }

    /// [`Ner::tag`] over a document already tokenized (the tagging stages
    /// share one [`DocTokens`]).
    pub fn tag_doc(&self, text: &str, doc: &DocTokens) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut b = Buffers::default();
        // The document statistics (how each word is capitalised) are
        // features of every sentence, so they are counted first.
        for i in 0..doc.sentences.len() {
            b.scratch.doc.add(text, doc.sentence(i));
        }
        for i in 0..doc.sentences.len() {
            self.tag_tokens(text, doc.sentence(i), &mut b, &mut out);
        }
        out.sort_by_key(|e| (e.span.start, e.span.end));
        // Sentences could overlap if a caller passed overlapping spans;
        // keep the output non-overlapping regardless.
        let mut last_end = 0;
        out.retain(|e| {
            let keep = e.span.start >= last_end;
            if keep {
                last_end = e.span.end;
            }
            keep
        });
        out
    }

    /// Predicts BILOU tags for already tokenized text (used by evaluation
    /// and training diagnostics).
    pub fn predict_tags(&self, text: &str, toks: &[Span], tags_out: &mut Vec<u8>) {
        let mut b = Buffers::default();
        // One sentence on its own: no document memory.
        b.scratch.doc.add(text, toks);
        self.decode_model(text, toks, &mut b);
        tags_out.clear();
        tags_out.extend_from_slice(&b.tags);
    }

    fn decode_model(&self, text: &str, toks: &[Span], b: &mut Buffers) {
        let n = toks.len();
        features::extract(
            text,
            toks,
            self.model.lexicon(),
            &self.gaz,
            &mut b.scratch,
            &mut b.feats,
        );
        let (keys, case) = b.scratch.keys();
        features::history(keys, case, &b.memory, &mut b.hist);
        b.scores.clear();
        b.scores.resize(n * N_TAGS, 0.0);
        for i in 0..n {
            let f = &b.feats[i * features::PER_TOKEN..(i + 1) * features::PER_TOKEN];
            let mut s = self.model.score(f);
            if let Some(h) = b.hist.get(i * HIST..(i + 1) * HIST) {
                if h.iter().any(|&x| x != 0) {
                    for (a, x) in s.iter_mut().zip(self.model.score(h)) {
                        *a += x;
                    }
                }
            }
            b.scores[i * N_TAGS..(i + 1) * N_TAGS].copy_from_slice(&s);
        }
        tags::viterbi(&b.scores, self.model.trans(), &mut b.back, &mut b.tags);
        let (keys, _) = b.scratch.keys();
        b.memory.record(keys.map(|(k, _)| k), &b.tags);
    }

    fn tag_tokens(&self, text: &str, toks: &[Span], b: &mut Buffers, out: &mut Vec<Entity>) {
        let n = toks.len();
        if n == 0 {
            return;
        }
        self.decode_model(text, toks, b);
        tags::decode(&b.tags, &mut b.spans);
        b.taken.clear();
        b.taken.resize(n, false);
        let word = |i: usize| toks.get(i).map_or("", |t| t.text(text));
        // Multi-word place names joined by "and" ("Jammu and Kashmir").
        for i in 1..n.saturating_sub(1) {
            if word(i) != "and" {
                continue;
            }
            let span = Span::new(toks[i - 1].start, toks[i + 1].end);
            let s = span.text(text);
            if gazetteer::COUNTRIES.contains(&s) || gazetteer::CITIES.contains(&s) {
                b.spans.retain(|&(a, e, _)| e < i || a > i + 1);
                b.spans.push((i - 1, i + 2, Kind::Loc));
            }
        }
        let first = out.len();
        for &(mut s, e, kind) in &b.spans {
            // "Mr Milburn" → "Milburn": titles stay outside PERSON.
            if kind == Kind::Per && e - s > 1 && refine::is_courtesy_title(word(s)) {
                s += 1;
            }
            let span = Span::new(toks[s].start, toks[e - 1].end);
            let prev = if s > 0 { word(s - 1) } else { "" };
            let label = refine::label(kind, span.text(text), prev, word(e));
            for t in &mut b.taken[s..e] {
                *t = true;
            }
            out.push(Entity { span, label });
        }
        // An acronym defined in parentheses names what it follows:
        // "Jammu and Kashmir (PoJK)", "Directors General of Military
        // Operations (DGMO)": the acronym is an entity with the name's label.
        let named = out.len();
        for a in first..named {
            let Some(acronym) = parenthetical_acronym(text, out[a].span) else {
                continue;
            };
            let label = out[a].label;
            if let Some(k) = (first..out.len()).find(|&k| out[k].span.overlaps(acronym)) {
                if out[k].span == acronym {
                    out[k].label = label;
                }
            } else if let Some(t) = toks.iter().position(|t| *t == acronym) {
                b.taken[t] = true;
                out.push(Entity {
                    span: acronym,
                    label,
                });
            }
        }
        // Country abbreviations the model can miss because "US" shares its
        // lower-cased statistics with the pronoun "us": in a sentence that
        // is not in capitals, "US", "UK", "UAE" are places.
        let (_, case) = b.scratch.keys();
        if case != 1 {
            for (i, &tok) in toks.iter().enumerate() {
                if !b.taken[i]
                    && matches!(
                        tok.text(text),
                        "US" | "U.S." | "UK" | "U.K." | "UAE" | "USA" | "U.S.A."
                    )
                {
                    b.taken[i] = true;
                    out.push(Entity {
                        span: tok,
                        label: Label::Gpe,
                    });
                }
            }
        }
        b.numeric.clear();
        rules::apply(text, toks, &b.taken, &mut b.numeric);
        for &(s, e, label) in &b.numeric {
            out.push(Entity {
                span: Span::new(toks[s].start, toks[e - 1].end),
                label,
            });
        }
    }
}

/// The span of an acronym in parentheses right after `name`: `Name (ACR)`.
fn parenthetical_acronym(text: &str, name: Span) -> Option<Span> {
    let rest = text.get(name.end..)?.strip_prefix(" (")?;
    let len = rest.find(')')?;
    let acronym = &rest[..len];
    let is_acronym = (2..=6).contains(&len)
        && acronym.chars().all(|c| c.is_ascii_alphabetic())
        && acronym.chars().filter(char::is_ascii_uppercase).count() >= 2
        && acronym.starts_with(|c: char| c.is_ascii_uppercase());
    is_acronym.then(|| Span::new(name.end + 2, name.end + 2 + len))
}

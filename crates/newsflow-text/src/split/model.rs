//! The learned part of the splitter: a linear model over hashed features of a
//! candidate boundary (an averaged perceptron trained by
//! `newsflow-train --bin train-split` on the UD English EWT and GUM train
//! sets). Only the candidates that the rules leave open are scored.
//!
//! File format (little endian): magic `NFSPLIT\0`, format version `u32`,
//! feature-table bits `u32`, scale `f32`, bias `f32`, then `2^bits` weights
//! as `i16` (weight = value × scale), then the word-class table the features
//! were computed with ([`WordClasses::to_bytes`]) up to the end of the file.

use super::features::{Features, MAX_FEATURES};
use super::wordclass::WordClasses;
use std::sync::OnceLock;

/// The magic bytes every model file starts with.
pub const MAGIC: &[u8; 8] = b"NFSPLIT\0";
/// The model format this code reads; bump it whenever the features change.
pub const FORMAT_VERSION: u32 = 12;
const HEADER_LEN: usize = 8 + 4 + 4 + 4 + 4;

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a newsflow split model (bad magic bytes)")]
    BadMagic,
    #[error(
        "split model format {found}, this build reads format {expected}: retrain with `make train`"
    )]
    Version { found: u32, expected: u32 },
    #[error("split model is truncated or has a bad size ({0} bytes)")]
    BadSize(usize),
    #[error("split model: {0}")]
    Classes(#[from] super::wordclass::TableError),
}

/// A linear boundary model over hashed features.
#[derive(Debug, Clone)]
pub struct Model {
    mask: u32,
    bias: f32,
    /// Trained weights (kept for serialization).
    weights: Vec<f32>,
    /// The same weights quantized, as scored: half the cache footprint.
    quantized: Vec<i16>,
    scale: f32,
    classes: WordClasses,
}

fn quantize(weights: &[f32]) -> (Vec<i16>, f32) {
    let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    let q = weights
        .iter()
        .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
        .collect();
    (q, scale)
}

impl Model {
    /// Builds a model from trained weights (`weights.len()` must be a power of
    /// two; otherwise it is truncated to one) and the word classes its
    /// features were computed with.
    pub fn from_weights(mut weights: Vec<f32>, bias: f32, classes: WordClasses) -> Model {
        let len = if weights.is_empty() {
            1
        } else {
            1usize << (usize::BITS - 1 - weights.len().leading_zeros())
        };
        weights.resize(len, 0.0);
        let (quantized, scale) = quantize(&weights);
        Model {
            mask: (len - 1) as u32,
            bias,
            weights,
            quantized,
            scale,
            classes,
        }
    }

    /// The word classes the features of this model use.
    pub fn classes(&self) -> &WordClasses {
        &self.classes
    }

    /// Adds `delta` to the weight of one feature id (used by the trainer to
    /// set per-class thresholds).
    pub fn shift(&mut self, feature: u32, delta: f32) {
        if let Some(w) = self.weights.get_mut((feature & self.mask) as usize) {
            *w += delta;
        }
        let (quantized, scale) = quantize(&self.weights);
        self.quantized = quantized;
        self.scale = scale;
    }

    /// The number of hash buckets, `2^bits`.
    pub fn table_bits(&self) -> u32 {
        self.weights.len().trailing_zeros()
    }

    /// Parses a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < HEADER_LEN {
            return Err(ModelError::BadSize(bytes.len()));
        }
        if &bytes[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let word = |at: usize| {
            let mut b = [0u8; 4];
            b.copy_from_slice(&bytes[at..at + 4]);
            b
        };
        let version = u32::from_le_bytes(word(8));
        if version != FORMAT_VERSION {
            return Err(ModelError::Version {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let bits = u32::from_le_bytes(word(12));
        let scale = f32::from_le_bytes(word(16));
        let bias = f32::from_le_bytes(word(20));
        if bits > 24 {
            return Err(ModelError::BadSize(bytes.len()));
        }
        let n = 1usize << bits;
        let body = &bytes[HEADER_LEN..];
        if body.len() < 2 * n {
            return Err(ModelError::BadSize(bytes.len()));
        }
        let (body, table) = body.split_at(2 * n);
        let classes = WordClasses::from_bytes(table)?;
        let quantized: Vec<i16> = body
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let weights = quantized.iter().map(|&q| f32::from(q) * scale).collect();
        Ok(Model {
            mask: (n - 1) as u32,
            bias,
            weights,
            quantized,
            scale,
            classes,
        })
    }

    /// Serializes the model, quantizing weights to `i16`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let (quantized, scale) = quantize(&self.weights);
        let mut out = Vec::with_capacity(HEADER_LEN + 2 * self.weights.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.table_bits().to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&self.bias.to_le_bytes());
        for q in quantized {
            out.extend_from_slice(&q.to_le_bytes());
        }
        out.extend_from_slice(&self.classes.to_bytes());
        out
    }

    /// The score of a candidate: positive means "sentence boundary".
    #[inline]
    pub fn score(&self, features: &Features) -> f32 {
        let mut sum: i32 = 0;
        for &f in &features.ids[..features.len.min(MAX_FEATURES)] {
            sum += i32::from(
                self.quantized
                    .get((f & self.mask) as usize)
                    .copied()
                    .unwrap_or(0),
            );
        }
        self.bias + self.scale * sum as f32
    }
}

static EMBEDDED: &[u8] = include_bytes!("../../model/split.bin");
static MODEL: OnceLock<Option<Model>> = OnceLock::new();

/// The model embedded in the library, parsed once; `None` when the embedded
/// file is missing or of another format (the rules then decide alone).
pub fn embedded() -> Option<&'static Model> {
    MODEL
        .get_or_init(|| Model::from_bytes(EMBEDDED).ok())
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_matches_this_build() {
        // Fails when the features or format changed without `make train`.
        assert!(
            Model::from_bytes(EMBEDDED).is_ok(),
            "{:?}",
            Model::from_bytes(EMBEDDED).err()
        );
        assert!(embedded().is_some());
    }

    #[test]
    fn round_trip_and_version_check() {
        let classes = WordClasses::from_pairs([("ask", "VB"), ("made", "VBD")]);
        let m = Model::from_weights(vec![0.5, -1.0, 0.25, 0.0], 0.1, classes.clone());
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("parses");
        assert_eq!(back.weights.len(), 4);
        assert_eq!(back.classes(), &classes);
        assert!((back.weights[1] + 1.0).abs() < 1e-3);
        let mut old = bytes.clone();
        old[8] = 99;
        assert!(matches!(
            Model::from_bytes(&old),
            Err(ModelError::Version { found: 99, .. })
        ));
        assert!(matches!(
            Model::from_bytes(b"nope"),
            Err(ModelError::BadSize(4))
        ));
    }
}

//! The model file: a versioned binary format, read from bytes.
//!
//! Layout (little-endian):
//! `MAGIC` (8 bytes), format version (u32), number of tags (u32),
//! lexicon size (u32) then per entry: key u64, cap u8, freq u8, c1 u16, c2 u16;
//! feature count (u32), weight scale (f32), keys (u64 each), then
//! `count * N_TAGS` weights as i16 (times scale);
//! transition weights `TRANS_LEN` f32.

use crate::features::{LexEntry, Lexicon};
use crate::hash::Table;
use crate::tags::{N_TAGS, TRANS_LEN};
use crate::ModelError;

pub const MAGIC: &[u8; 8] = b"NFNERMDL";
/// Bump whenever features, tags or layout change.
pub const VERSION: u32 = 2;

/// Trained weights plus the lexicon they were trained with.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) lex: Lexicon,
    feats: Table,
    /// Quantized weights; multiply by `scale`.
    weights: Vec<[i16; N_TAGS]>,
    scale: f32,
    trans: Vec<f32>,
}

/// Raw parts of a model, as the trainer produces them.
pub struct Parts<'a> {
    pub lexicon: &'a Lexicon,
    /// `(feature hash, weights for every tag)`.
    pub features: &'a [(u64, [f32; N_TAGS])],
    pub trans: &'a [f32],
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| ModelError::Corrupt(format!("truncated at byte {}", self.pos)))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.arr::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.arr()?))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
}

impl Model {
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b, pos: 0 };
        if r.take(8).ok() != Some(&MAGIC[..]) {
            return Err(ModelError::Corrupt(
                "not a newsflow NER model (bad magic bytes)".into(),
            ));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError::Version {
                found: version,
                expected: VERSION,
            });
        }
        let n_tags = r.u32()? as usize;
        if n_tags != N_TAGS {
            return Err(ModelError::Corrupt(format!(
                "model has {n_tags} tags, expected {N_TAGS}"
            )));
        }
        let n_lex = r.u32()? as usize;
        let mut keys = Vec::with_capacity(n_lex.min(b.len() / 14));
        let mut entries = Vec::with_capacity(n_lex.min(b.len() / 14));
        for _ in 0..n_lex {
            keys.push(r.u64()?);
            entries.push(LexEntry {
                cap: r.u8()?,
                freq: r.u8()?,
                c1: r.u16()?,
                c2: r.u16()?,
            });
        }
        let n_feat = r.u32()? as usize;
        let scale = r.f32()?;
        let mut fkeys = Vec::with_capacity(n_feat.min(b.len() / 8));
        for _ in 0..n_feat {
            fkeys.push(r.u64()?);
        }
        let raw = r.take(n_feat.saturating_mul(N_TAGS).saturating_mul(2))?;
        let weights = raw
            .chunks_exact(2 * N_TAGS)
            .map(|row| {
                let mut w = [0i16; N_TAGS];
                for (x, c) in w.iter_mut().zip(row.chunks_exact(2)) {
                    *x = i16::from_le_bytes([c[0], c[1]]);
                }
                w
            })
            .collect();
        let mut trans = Vec::with_capacity(TRANS_LEN);
        for _ in 0..TRANS_LEN {
            trans.push(r.f32()?);
        }
        if r.pos != b.len() {
            return Err(ModelError::Corrupt(format!(
                "{} trailing bytes",
                b.len() - r.pos
            )));
        }
        if fkeys.contains(&0) || keys.contains(&0) {
            return Err(ModelError::Corrupt("zero feature key".into()));
        }
        Ok(Model {
            lex: Lexicon::new(keys, entries),
            feats: Table::with_keys(&fkeys),
            weights,
            scale,
            trans,
        })
    }

    /// Serializes trained parts (used by `make train`).
    pub fn to_bytes(p: &Parts<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        let keys = p.lexicon.keys();
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for (k, e) in keys.iter().zip(p.lexicon.entries()) {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(e.cap);
            out.push(e.freq);
            out.extend_from_slice(&e.c1.to_le_bytes());
            out.extend_from_slice(&e.c2.to_le_bytes());
        }
        let max = p
            .features
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        out.extend_from_slice(&(p.features.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for (k, _) in p.features {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, w) in p.features {
            for x in w {
                let q = (x / scale).round().clamp(-32767.0, 32767.0) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        for t in p.trans.iter().take(TRANS_LEN) {
            out.extend_from_slice(&t.to_le_bytes());
        }
        out
    }

    /// The summed weights of `feats` (0 = absent) for every tag.
    #[inline]
    pub fn score(&self, feats: &[u64]) -> [f32; N_TAGS] {
        let mut acc = [0i32; N_TAGS];
        for &f in feats {
            if f == 0 {
                continue;
            }
            if let Some(w) = self.feats.get(f).and_then(|r| self.weights.get(r)) {
                for (s, &x) in acc.iter_mut().zip(w) {
                    *s += i32::from(x);
                }
            }
        }
        acc.map(|x| x as f32 * self.scale)
    }

    pub fn trans(&self) -> &[f32] {
        &self.trans
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    pub fn n_features(&self) -> usize {
        self.weights.len()
    }
}

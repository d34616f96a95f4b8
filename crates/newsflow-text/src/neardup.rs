//! Near-duplicate detection with MinHash over word shingles: the same wire
//! story republished by another outlet (new dateline, an edited sentence, a
//! credit line) keeps most of its shingles, so its MinHash signature agrees
//! with the original's on most positions.
//!
//! Lookup uses locality-sensitive hashing: the signature is cut into
//! [`BANDS`] bands of [`ROWS`] values; documents that share any band are
//! candidates, confirmed by the estimated Jaccard similarity.

/// Number of hash functions in a signature.
pub const HASHES: usize = 64;
/// LSH bands and rows per band (`BANDS * ROWS == HASHES`). With 16 × 4, a
/// pair with Jaccard similarity 0.8 is a candidate with probability > 0.999,
/// a pair at 0.3 with probability about 0.12.
pub const BANDS: usize = 16;
pub const ROWS: usize = 4;
/// Estimated Jaccard similarity at or above which two documents are
/// near-duplicates.
pub const THRESHOLD: f32 = 0.7;
/// Fewer shingles than this make a signature too noisy to compare.
const MIN_SHINGLES: usize = 24;

/// A MinHash signature of a document's word 3-shingles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u32; HASHES]);

fn mix(mut h: u64) -> u64 {
    // splitmix64 finalizer
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

fn word_hash(word: &str) -> u64 {
    // FNV-1a over lower-cased bytes.
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in word.bytes() {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Signature {
    /// The signature of `text`, or `None` when it is too short to compare.
    pub fn of(text: &str) -> Option<Signature> {
        let words: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(word_hash)
            .collect();
        if words.len() < MIN_SHINGLES + 2 {
            return None;
        }
        let mut mins = [u32::MAX; HASHES];
        for w in words.windows(3) {
            let shingle = mix(w[0] ^ mix(w[1] ^ mix(w[2])));
            // Derive the HASHES hash functions from two independent hashes
            // (Kirsch–Mitzenmacher): h_i = h1 + i * h2.
            let h1 = shingle as u32;
            let h2 = (shingle >> 32) as u32 | 1;
            for (i, m) in mins.iter_mut().enumerate() {
                let h = h1.wrapping_add((i as u32).wrapping_mul(h2));
                if h < *m {
                    *m = h;
                }
            }
        }
        Some(Signature(mins))
    }

    /// Estimated Jaccard similarity of the two documents' shingle sets.
    pub fn similarity(&self, other: &Signature) -> f32 {
        let same = self
            .0
            .iter()
            .zip(other.0.iter())
            .filter(|(a, b)| a == b)
            .count();
        same as f32 / HASHES as f32
    }

    /// LSH band keys: `(band << 32) | hash of the band's rows`.
    pub fn bands(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        for (b, rows) in self.0.chunks_exact(ROWS).enumerate() {
            let mut h = b as u64;
            for &r in rows {
                h = mix(h ^ u64::from(r));
            }
            out[b] = ((b as i64) << 32) | (h & 0xffff_ffff) as i64;
        }
        out
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != HASHES * 4 {
            return None;
        }
        let mut s = [0u32; HASHES];
        for (v, c) in s.iter_mut().zip(bytes.chunks_exact(4)) {
            *v = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Some(Signature(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "India categorically rejected third-party mediation during Operation Sindoor, \
        characterizing all issues with Pakistan as entirely bilateral, the foreign minister said on Tuesday. \
        Dar recalled that India had flatly denied any American involvement in mediating the ceasefire between \
        the two nuclear-armed nations on May 10, emphasizing that the truce was reached after direct discussions. \
        The minister also emphasized that Pakistan will not beg for talks, stating that it takes two to tango and \
        presenting talks as an issue of equality and reciprocity. His remarks aimed to reinforce Islamabad's \
        diplomatic stance on key issues, including Kashmir, while casting Pakistan as amenable to dialogue but \
        unwilling to compromise on its agenda. India carried out precision strikes on nine camps as part of the \
        operation, which was sparked by an attack in April that claimed 26 lives, officials said.";

    #[test]
    fn republished_story_is_a_near_duplicate_and_another_story_is_not() {
        let original = Signature::of(STORY).expect("long enough");
        let republished = format!(
            "ISLAMABAD (Asia Daily Post) - {} Additional reporting by the wire desk.",
            STORY
                .replace("on Tuesday", "on Wednesday")
                .replace("nine camps", "several camps")
        );
        let copy = Signature::of(&republished).expect("long enough");
        assert!(
            original.similarity(&copy) >= THRESHOLD,
            "similarity {}",
            original.similarity(&copy)
        );
        assert!(
            original
                .bands()
                .iter()
                .zip(copy.bands())
                .any(|(a, b)| *a == b),
            "no shared band"
        );

        let other = Signature::of(
            "The European Union agreed on Monday to extend sanctions against Russia for another six months, \
             diplomats said, after Hungary dropped its objections in exchange for guarantees on energy supplies \
             and a review of the list of individuals under asset freezes and travel bans across the bloc.",
        )
        .expect("long enough");
        assert!(
            original.similarity(&other) < 0.2,
            "similarity {}",
            original.similarity(&other)
        );
    }

    #[test]
    fn signature_round_trips_through_bytes() {
        let s = Signature::of(STORY).expect("long enough");
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }

    #[test]
    fn short_text_has_no_signature() {
        assert_eq!(Signature::of("Too short to compare."), None);
    }
}

//! SimHash signatures for near-duplicate detection: the same wire story
//! republished with a different headline or a changed sentence keeps a
//! signature within a few bits of the original.

/// Fewer word shingles than this make a signature too noisy to compare.
const MIN_SHINGLES: usize = 24;

/// Two signatures at most this many bits apart are near-duplicates.
pub const NEAR_DUPLICATE_BITS: u32 = 4;

/// Band layout for lookup: by the pigeonhole principle, two signatures at
/// most [`NEAR_DUPLICATE_BITS`] apart agree exactly on at least one of
/// `NEAR_DUPLICATE_BITS + 1` bands.
pub fn bands(sig: u64) -> [u64; 5] {
    const WIDTHS: [u32; 5] = [13, 13, 13, 13, 12];
    let mut out = [0u64; 5];
    let mut shift = 0;
    for (i, w) in WIDTHS.iter().enumerate() {
        out[i] = ((i as u64) << 16) | ((sig >> shift) & ((1u64 << w) - 1));
        shift += w;
    }
    out
}

fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The 64-bit SimHash of `text`'s word 3-shingles (case-insensitive, words
/// of letters and digits only), or `None` when the text is too short for a
/// meaningful signature.
pub fn simhash(text: &str) -> Option<u64> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < MIN_SHINGLES + 2 {
        return None;
    }
    let mut counts = [0i32; 64];
    for w in words.windows(3) {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for word in w {
            h = fnv1a(word.as_bytes(), h);
            h = fnv1a(b" ", h);
        }
        // Finalize (splitmix64) so nearby inputs spread over all bits.
        h ^= h >> 30;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 27;
        h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^= h >> 31;
        for (bit, c) in counts.iter_mut().enumerate() {
            *c += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    Some(counts.iter().enumerate().fold(
        0u64,
        |acc, (bit, &c)| if c > 0 { acc | 1 << bit } else { acc },
    ))
}

/// Number of differing bits.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
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
    fn republished_story_is_near_duplicate_and_other_story_is_not() {
        let original = simhash(STORY).expect("long enough");
        let republished = STORY.replace("on Tuesday", "on Wednesday");
        let copy = simhash(&republished).expect("long enough");
        assert!(
            distance(original, copy) <= NEAR_DUPLICATE_BITS,
            "distance {}",
            distance(original, copy)
        );
        let other = simhash(
            "The European Union agreed on Monday to extend sanctions against Russia for another six months, \
             diplomats said, after Hungary dropped its objections in exchange for guarantees on energy supplies \
             and a review of the list of individuals under asset freezes and travel bans across the bloc.",
        )
        .expect("long enough");
        assert!(
            distance(original, other) > 12,
            "distance {}",
            distance(original, other)
        );
    }

    #[test]
    fn signatures_within_the_threshold_share_a_band() {
        let a = 0x0123_4567_89ab_cdefu64;
        let b = a ^ (1 << 3) ^ (1 << 17) ^ (1 << 30) ^ (1 << 60);
        assert!(bands(a).iter().zip(bands(b)).any(|(x, y)| *x == y));
    }

    #[test]
    fn short_text_has_no_signature() {
        assert_eq!(simhash("Too short to compare."), None);
    }
}

//! Word classes for the boundary model: each word's most frequent Penn
//! Treebank tag in the UD English EWT and GUM train sets, and a guess from
//! shape and suffix for words never seen there.
//!
//! A sentence that ends without punctuation ("Posted by darin | Ben made
//! another announcement") is a syntactic decision: a noun before a proper
//! noun and a past-tense verb starts a new clause, a transitive verb before a
//! name ("Let's ask | Jane") does not. Word identities alone are too sparse
//! to learn that from a few thousand examples; word classes generalize.
//!
//! The table travels inside the model file (see [`super::model`]) because
//! the weights are only meaningful with the classes they were trained on.
//! Lookups allocate nothing: keys are lower-cased ASCII in a stack buffer,
//! the words live in one byte buffer, and an open-addressing hash table over
//! them answers in one or two probes.

/// The Penn Treebank tags, in a fixed order: a class id is an index here.
pub const TAGS: [&str; 48] = [
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
    "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
    "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "ADD", "AFX", "GW", "HYPH", "NFP", "XX", ",",
    ".", ":", "``", "''", "$",
];

/// Added to the class id of a word that is not in the table (its class is a
/// guess), so the model can trust guesses less.
pub const GUESSED: u8 = 64;

/// The longest word kept in the table, in bytes.
pub const MAX_WORD: usize = 24;

fn tag_id(tag: &str) -> Option<u8> {
    TAGS.iter()
        .position(|t| *t == tag)
        .and_then(|i| u8::try_from(i).ok())
}

/// A word → class table.
#[derive(Debug, Clone, Default)]
pub struct WordClasses {
    /// The words, concatenated in sorted order.
    bytes: Vec<u8>,
    /// Per word: start in `bytes`, length, class id.
    index: Vec<(u32, u8, u8)>,
    /// Open addressing over `index`: 0 is empty, otherwise index + 1.
    slots: Vec<u32>,
}

impl PartialEq for WordClasses {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes && self.index == other.index
    }
}

impl Eq for WordClasses {}

/// FNV-1a over the key bytes.
fn hash(key: &[u8]) -> u64 {
    key.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Why a serialized table could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("malformed word-class table at byte {0}")]
pub struct TableError(pub usize);

impl WordClasses {
    /// Builds a table from `(word, tag)` pairs; words are lower-cased, and
    /// words that are not ASCII, longer than [`MAX_WORD`] or tagged outside
    /// [`TAGS`] are left out. A later duplicate word is ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> WordClasses {
        let mut entries: Vec<(String, u8)> = pairs
            .into_iter()
            .filter(|(w, _)| !w.is_empty() && w.len() <= MAX_WORD && w.is_ascii())
            .filter_map(|(w, t)| Some((w.to_ascii_lowercase(), tag_id(t)?)))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, earlier| later.0 == earlier.0);
        let mut table = WordClasses::default();
        for (word, class) in entries {
            table.push(word.as_bytes(), class);
        }
        table.build_slots();
        table
    }

    fn build_slots(&mut self) {
        let size = (self.index.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![0u32; size];
        for i in 0..self.index.len() {
            let mut at = hash(self.word(i)) as usize & (size - 1);
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = u32::try_from(i + 1).unwrap_or(u32::MAX);
        }
        self.slots = slots;
    }

    fn push(&mut self, word: &[u8], class: u8) {
        let start = u32::try_from(self.bytes.len()).unwrap_or(u32::MAX);
        self.bytes.extend_from_slice(word);
        self.index
            .push((start, u8::try_from(word.len()).unwrap_or(u8::MAX), class));
    }

    /// The number of words in the table.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    fn word(&self, i: usize) -> &[u8] {
        let (start, len, _) = self.index[i];
        &self.bytes[start as usize..start as usize + len as usize]
    }

    /// Serializes the table: per word, its length, its bytes and its class.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + 2 * self.index.len());
        for (i, &(_, len, class)) in self.index.iter().enumerate() {
            out.push(len);
            out.extend_from_slice(self.word(i));
            out.push(class);
        }
        out
    }

    /// Reads a table written by [`WordClasses::to_bytes`]; the words must be
    /// in strictly increasing order.
    pub fn from_bytes(b: &[u8]) -> Result<WordClasses, TableError> {
        let mut table = WordClasses::default();
        let mut at = 0;
        while at < b.len() {
            let len = usize::from(b[at]);
            let word = b.get(at + 1..at + 1 + len).ok_or(TableError(at))?;
            let class = *b.get(at + 1 + len).ok_or(TableError(at))?;
            if len == 0 || usize::from(class) >= TAGS.len() {
                return Err(TableError(at));
            }
            if let Some(last) = table.index.len().checked_sub(1) {
                if table.word(last) >= word {
                    return Err(TableError(at));
                }
            }
            table.push(word, class);
            at += len + 2;
        }
        table.build_slots();
        Ok(table)
    }

    /// The class of a word core (no surrounding punctuation): its tag when
    /// the table has it, else [`GUESSED`] plus a tag guessed from its shape.
    pub fn class(&self, core: &str) -> u8 {
        let b = core.as_bytes();
        if !b.is_empty() && b.len() <= MAX_WORD && core.is_ascii() {
            let mut buf = [0u8; MAX_WORD];
            let key = &mut buf[..b.len()];
            key.copy_from_slice(b);
            key.make_ascii_lowercase();
            let mask = self.slots.len().wrapping_sub(1);
            let mut at = hash(key) as usize & mask;
            while let Some(&slot) = self.slots.get(at) {
                let Some(i) = (slot as usize).checked_sub(1) else {
                    break; // empty: not in the table
                };
                if self.word(i) == key {
                    return self.index[i].2;
                }
                at = (at + 1) & mask;
            }
        }
        GUESSED + guess(core)
    }
}

/// Whether a word of this class cannot end a sentence fragment on its own:
/// a verb in a non-participle form, a modal, a preposition, a determiner, a
/// conjunction or a possessive ("Let's ask | Jane", "I can see | Mt. Fuji").
/// Participles end titles ("Highly recommended"), so they are left out.
pub fn needs_complement(class: u8) -> bool {
    matches!(
        known_tag(class),
        Some("VB" | "VBP" | "VBZ" | "VBD" | "MD" | "IN" | "DT" | "CC" | "TO" | "PRP$" | "WDT")
    )
}

/// Whether a word of this class is a finite verb or a modal, the head of a
/// clause: "left", "is", "can".
pub fn is_finite_verb(class: u8) -> bool {
    matches!(known_tag(class), Some("VBD" | "VBP" | "VBZ" | "MD"))
}

/// Whether a word of this class is a verb in the past or the third person
/// singular, or a modal: "won", "has", "will" (not "are", which may open a
/// question of its own).
pub fn is_past_singular_or_modal(class: u8) -> bool {
    matches!(known_tag(class), Some("VBD" | "VBZ" | "MD"))
}

/// Whether a word of this class needs what follows it: a preposition or
/// subordinator, a conjunction, a determiner, "to", a possessive pronoun or
/// a relative "which": "as", "and", "the", "its".
pub fn is_function_word(class: u8) -> bool {
    matches!(
        known_tag(class),
        Some("IN" | "CC" | "DT" | "TO" | "PRP$" | "WDT")
    )
}

/// Whether a word of this class can be the verb of a clause: a finite verb,
/// a modal, or a past participle, since the table gives a past tense that is
/// also a participle ("proposed", "rejected") the participle's tag.
pub fn can_head_clause(class: u8) -> bool {
    is_finite_verb(class) || known_tag(class) == Some("VBN")
}

/// Whether a word of this class is a verb in its base form, which is also
/// the present tense after a plural subject: "make", "remain".
pub fn is_base_verb(class: u8) -> bool {
    known_tag(class) == Some("VB")
}

/// Whether a word of this class is a known plural common noun: "officials",
/// "markets" (not "Marines", a proper noun).
pub fn is_plural_noun(class: u8) -> bool {
    known_tag(class) == Some("NNS")
}

/// Whether a word of this class is a known common noun: "chairman",
/// "drugmaker".
pub fn is_common_noun(class: u8) -> bool {
    matches!(known_tag(class), Some("NN" | "NNS"))
}

/// Whether a word of this class is a known pronoun, determiner, question
/// word, conjunction or verb, which opens a sentence rather than
/// continuing a name: "They", "The", "Who", "Attached".
pub fn opens_rather_than_names(class: u8) -> bool {
    matches!(
        known_tag(class),
        Some(
            "PRP"
                | "PRP$"
                | "DT"
                | "PDT"
                | "WDT"
                | "WP"
                | "WP$"
                | "WRB"
                | "EX"
                | "CC"
                | "MD"
                | "VB"
                | "VBD"
                | "VBG"
                | "VBN"
                | "VBP"
                | "VBZ"
        )
    )
}

/// Whether a word of this class is a known interjection: "Yes", "Yeah".
pub fn is_interjection(class: u8) -> bool {
    known_tag(class) == Some("UH")
}

/// Whether a word of this class is a known adjective: "legal", "rival".
pub fn is_adjective(class: u8) -> bool {
    known_tag(class) == Some("JJ")
}

/// Whether a word of this class is a known adverb: "also", "quickly",
/// "later".
pub fn is_adverb(class: u8) -> bool {
    matches!(known_tag(class), Some("RB" | "RBR"))
}

/// Whether a word of this class is a noun or an adjective, known or
/// guessed: "House", "Federal", "Novartis".
pub fn is_noun_or_adjective(class: u8) -> bool {
    matches!(
        known_tag(class % GUESSED),
        Some("NN" | "NNS" | "NNP" | "NNPS" | "JJ")
    )
}

/// Whether a word of this class is a proper noun, known or guessed from a
/// capital: "Alan", "Novartis".
pub fn is_name(class: u8) -> bool {
    matches!(known_tag(class % GUESSED), Some("NNP" | "NNPS"))
}

/// The tag of a class taken from the table; `None` for a guessed class.
fn known_tag(class: u8) -> Option<&'static str> {
    TAGS.get(usize::from(class)).copied()
}

/// A tag guessed from the shape and suffix of an unknown word.
fn guess(core: &str) -> u8 {
    let tag = |t: &str| tag_id(t).unwrap_or(0);
    let Some(first) = core.chars().next() else {
        return tag("SYM");
    };
    if first.is_numeric() {
        tag("CD")
    } else if !core.chars().any(char::is_alphanumeric) {
        tag("SYM")
    } else if first.is_uppercase() {
        tag("NNP")
    } else if core.ends_with("ly") {
        tag("RB")
    } else if core.ends_with("ing") {
        tag("VBG")
    } else if core.ends_with("ed") {
        tag("VBN")
    } else if core.ends_with('s') {
        tag("NNS")
    } else {
        tag("NN")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_case_insensitive_and_guesses() {
        let t = WordClasses::from_pairs([
            ("The", "DT"),
            ("made", "VBD"),
            ("ask", "VB"),
            ("the", "NN"),
            ("δ", "NN"),
            ("x", "NOT-A-TAG"),
        ]);
        assert_eq!(t.len(), 3, "non-ASCII and unknown tags are left out");
        assert_eq!(TAGS[usize::from(t.class("THE"))], "DT");
        assert_eq!(TAGS[usize::from(t.class("made"))], "VBD");
        assert_eq!(t.class("Perlingiere"), GUESSED + tag_id("NNP").unwrap());
        assert_eq!(t.class("quickly"), GUESSED + tag_id("RB").unwrap());
        assert_eq!(t.class("2005"), GUESSED + tag_id("CD").unwrap());
        assert_eq!(t.class(""), GUESSED + tag_id("SYM").unwrap());
        assert_eq!(t.class("ümlaut"), GUESSED + tag_id("NN").unwrap());
    }

    #[test]
    fn round_trip_and_rejects_garbage() {
        let t = WordClasses::from_pairs([("made", "VBD"), ("ask", "VB")]);
        let bytes = t.to_bytes();
        assert_eq!(WordClasses::from_bytes(&bytes), Ok(t));
        assert!(WordClasses::from_bytes(&[5, b'a']).is_err());
        // Out of order.
        assert!(WordClasses::from_bytes(&[1, b'b', 0, 1, b'a', 0]).is_err());
        assert_eq!(WordClasses::from_bytes(&[]), Ok(WordClasses::default()));
    }
}

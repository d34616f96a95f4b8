/// Converts byte offsets of one text into character (Unicode scalar value)
/// offsets, as SPEC §1 requires for every stored or printed span.
///
/// Built once per document in O(n); each lookup is O(1) for ASCII-only text
/// and O(log n) otherwise.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every non-ASCII character, in order; empty for ASCII text.
    multibyte: Vec<(usize, usize)>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            // (byte offset just after the char, chars counted up to there)
            for (n, (b, c)) in text.char_indices().enumerate() {
                if c.len_utf8() > 1 {
                    multibyte.push((b + c.len_utf8(), n + 1));
                }
            }
        }
        CharIndex {
            multibyte,
            len_bytes: text.len(),
            len_chars: text.chars().count(),
        }
    }

    /// Number of characters in the text.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// Character offset of byte offset `byte`. A byte offset inside a
    /// multi-byte character maps to the character's end; offsets past the end
    /// clamp to the end of the text.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        // Number of multibyte chars that end at or before `byte`.
        let k = self.multibyte.partition_point(|&(end, _)| end <= byte);
        if k == 0 {
            return byte;
        }
        let (end, chars) = self.multibyte[k - 1];
        chars + (byte - end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("India rejected mediation.");
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(5), 5);
        assert_eq!(idx.len_chars(), 25);
    }

    #[test]
    fn typographic_quotes_count_as_one_char() {
        let text = "Pakistan’s “beg” ok";
        let idx = CharIndex::new(text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(b), n, "byte {b}");
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }
}

//! A rule-based word tokenizer in the style of the Penn Treebank, over byte
//! spans: punctuation is split off words, while abbreviations (`U.S.`,
//! `Gen.`), initials, numbers (`3.5`, `1,200`), hyphenated words
//! (`third-party`) and URLs stay whole; clitics (`'s`, `n't`) are separate
//! tokens, as the tagging models expect.

use crate::Span;

/// A token is a byte span into the text it came from.
pub type Token = Span;

/// Words that keep their final period as part of the token.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov",
    "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "jr", "sr", "co", "corp", "inc", "ltd",
    "bros", "no", "nos", "vol", "vols", "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd", "vs", "etc",
    "al", "cf", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "u.s.a", "messrs", "mme", "mlle",
    "supt", "insp", "cmdr", "brig", "lieut", "atty", "gens",
];

fn is_abbreviation(word: &str) -> bool {
    // `word` excludes the final period.
    if word.is_empty() || word.len() > 8 {
        return false;
    }
    let mut lower = [0u8; 8];
    for (i, b) in word.bytes().enumerate() {
        lower[i] = b.to_ascii_lowercase();
    }
    let lower = &lower[..word.len()];
    if ABBREVIATIONS.iter().any(|a| a.as_bytes() == lower) {
        return true;
    }
    // Initials: "J." and dotted acronyms: "U.S." (word is "U.S").
    let mut chars = word.chars();
    let first = chars.next();
    if word.chars().count() == 1 && first.is_some_and(char::is_alphabetic) {
        return true;
    }
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '“' | '‘' | '\'' | '«' | '‹' | '¿' | '¡'
    )
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '"' | '”' | '’' | '\'' | '»' | '›' | ',' | ';' | ':' | '!' | '?' | '…'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Tokenizes `text[range]` and appends the tokens to `out`.
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Token>) {
    let Some(slice) = text.get(range.start..range.end) else {
        return;
    };
    let mut chunk_start: Option<usize> = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, range.start + s, range.start + i, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, range.start + s, range.end, out);
    }
}

/// Tokenizes `text[range]`.
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let mut out = Vec::with_capacity(range.len() / 5 + 1);
    tokenize_into(text, range, &mut out);
    out
}

/// A document's tokens, sentence by sentence, and its lower-cased text: what
/// every tagging stage looks at, computed once per document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocTokens {
    /// Every token of every sentence, in order.
    pub spans: Vec<Token>,
    /// The sentence (index into the sentences given) of each token.
    pub sentence_of: Vec<usize>,
    /// Each sentence's tokens, as `[start, end)` indices into `spans`.
    pub sentences: Vec<(usize, usize)>,
    /// The text with ASCII letters lower-cased (same byte offsets).
    pub lower: String,
}

impl DocTokens {
    /// Tokenizes each of `sentences` (byte spans of `text`).
    pub fn new(text: &str, sentences: &[Span]) -> DocTokens {
        let mut spans = Vec::with_capacity(text.len() / 5 + 1);
        let mut sentence_of = Vec::with_capacity(spans.capacity());
        let mut ranges = Vec::with_capacity(sentences.len());
        for (i, s) in sentences.iter().enumerate() {
            let start = spans.len();
            tokenize_into(text, *s, &mut spans);
            sentence_of.resize(spans.len(), i);
            ranges.push((start, spans.len()));
        }
        DocTokens {
            spans,
            sentence_of,
            sentences: ranges,
            lower: text.to_ascii_lowercase(),
        }
    }

    /// The tokens of sentence `i` (empty past the last).
    pub fn sentence(&self, i: usize) -> &[Token] {
        self.sentences
            .get(i)
            .map_or(&[], |&(a, b)| &self.spans[a..b])
    }
}

/// Trailing punctuation found at the end of one chunk; a chunk rarely has
/// more than a few, so they live on the stack.
struct Trailing {
    spans: [Span; 8],
    len: usize,
}

fn split_chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    // A clitic standing alone (text that was already tokenized, as in
    // CoNLL): "'s", "n't" stay whole.
    if let Some(chunk) = text.get(start..end) {
        if is_clitic(chunk) {
            out.push(Span::new(start, end));
            return;
        }
    }
    // Leading punctuation, one token each.
    while start < end {
        let c = text[start..end].chars().next().unwrap_or(' ');
        if is_open_punct(c)
            || is_dash(c)
            || (c == '$' || c == '£' || c == '€' || c == '#') && end - start > c.len_utf8()
        {
            out.push(Span::new(start, start + c.len_utf8()));
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected in reverse.
    let mut trailing = Trailing {
        spans: [Span::default(); 8],
        len: 0,
    };
    while start < end {
        if trailing.len == trailing.spans.len() {
            // Pathological run of punctuation: keep the rest as one token.
            break;
        }
        let word = &text[start..end];
        let Some(c) = word.chars().next_back() else {
            break;
        };
        let cl = c.len_utf8();
        let piece = if word.ends_with("...") && end - start > 3 {
            3
        } else if is_close_punct(c) || is_dash(c) || c == '%' {
            // Keep an apostrophe that is part of a word like "goin'" only when
            // nothing else is left; otherwise split it.
            if end - start == cl {
                break;
            }
            cl
        } else if c == '.' {
            let body = &word[..word.len() - 1];
            if is_abbreviation(body) || body.is_empty() {
                break;
            }
            1
        } else {
            break;
        };
        trailing.spans[trailing.len] = Span::new(end - piece, end);
        trailing.len += 1;
        end -= piece;
    }
    if start < end {
        split_word(text, start, end, out);
    }
    out.extend(trailing.spans[..trailing.len].iter().rev());
}

/// Whether `s` is, ignoring case and with `’` read as `'`, exactly `tail`
/// (which is lower-case ASCII with `'` for the apostrophe).
fn eq_clitic(s: &str, tail: &str) -> bool {
    let mut a = s.chars();
    let mut b = tail.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                let x = if x == '’' {
                    '\''
                } else {
                    x.to_ascii_lowercase()
                };
                if x != y {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

const CLITICS: &[&str] = &["n't", "'s", "'m", "'d", "'ll", "'re", "'ve"];

fn has_apostrophe(s: &str) -> bool {
    s.contains('\'') || s.contains('’')
}

fn is_clitic(s: &str) -> bool {
    s.len() <= 5 && has_apostrophe(s) && CLITICS.iter().any(|t| eq_clitic(s, t))
}

/// Splits clitics and inner dashes off a word without outer punctuation.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    // Em dashes glued between words: "talks—and" → "talks", "—", "and".
    if let Some((i, c)) = word.char_indices().find(|&(i, c)| is_dash(c) && i > 0) {
        split_word(text, start, start + i, out);
        out.push(Span::new(start + i, start + i + c.len_utf8()));
        let rest = start + i + c.len_utf8();
        if rest < end {
            split_chunk(text, rest, end, out);
        }
        return;
    }
    if word.contains("://") || word.contains('@') {
        out.push(Span::new(start, end));
        return;
    }
    // Clitics, longest first so that "n't" wins over "'t"-less forms:
    // "don't" → "do" "n't", "Pakistan’s" → "Pakistan" "’s".
    if !has_apostrophe(word) {
        out.push(Span::new(start, end));
        return;
    }
    for tail in CLITICS {
        // The clitic may be written with ' (1 byte) or ’ (3 bytes).
        for n in [tail.len(), tail.len() + 2] {
            let Some(cut) = word.len().checked_sub(n) else {
                continue;
            };
            if cut == 0 || !word.is_char_boundary(cut) {
                continue;
            }
            if eq_clitic(&word[cut..], tail) {
                out.push(Span::new(start, start + cut));
                out.push(Span::new(start + cut, end));
                return;
            }
        }
    }
    out.push(Span::new(start, end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text(s))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "India rejected third-party mediation.",
                &["India", "rejected", "third-party", "mediation", "."],
            ),
            (
                "Pakistan’s Foreign Minister",
                &["Pakistan", "’s", "Foreign", "Minister"],
            ),
            (
                "the U.S. and Mr. Dar",
                &["the", "U.S.", "and", "Mr.", "Dar"],
            ),
            ("“beg” for talks,", &["“", "beg", "”", "for", "talks", ","]),
            (
                "rose 3.5% to $4.5 billion",
                &["rose", "3.5", "%", "to", "$", "4.5", "billion"],
            ),
            ("We don’t want", &["We", "do", "n’t", "want"]),
            ("(PoJK) as", &["(", "PoJK", ")", "as"]),
            ("George W. Bush", &["George", "W.", "Bush"]),
            ("talks—and more", &["talks", "—", "and", "more"]),
            (
                "see https://example.com/a.html.",
                &["see", "https://example.com/a.html", "."],
            ),
            ("1,200 people", &["1,200", "people"]),
            ("Japan 's exports", &["Japan", "'s", "exports"]),
            ("does n't", &["does", "n't"]),
        ];
        for (input, want) in cases {
            assert_eq!(toks(input), *want, "input {input:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_ordered_nonempty_and_cover_non_space(s in "\\PC{0,80}") {
            let t = tokenize(&s, Span::new(0, s.len()));
            for w in t.windows(2) { proptest::prop_assert!(w[0].end <= w[1].start); }
            for tok in &t {
                proptest::prop_assert!(!tok.is_empty());
                proptest::prop_assert!(s.is_char_boundary(tok.start) && s.is_char_boundary(tok.end));
                proptest::prop_assert!(!tok.text(&s).chars().any(char::is_whitespace));
            }
            let covered: usize = t.iter().map(|x| x.len()).sum();
            let non_space: usize = s.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
            proptest::prop_assert_eq!(covered, non_space);
        }
    }
}

//! Sentence splitting.
//!
//! Baseline rules: a sentence ends at `.`, `!`, `?` or `…` (plus any closing
//! quotes and brackets) followed by whitespace and an upper-case letter,
//! digit or opening quote, unless the period closes a title or initial; a
//! line break always ends a sentence.

use crate::Span;

const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen",
    "Rep", "Rev", "Hon", "St", "Mt", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "approx", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr",
];

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

/// Splits `text` into sentences: byte spans, in order, non-overlapping,
/// trimmed, covering every non-whitespace character.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '\n' {
            push_trimmed(text, start, b, &mut out);
            start = b + 1;
            i += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?' | '…') || is_closer(chars[j].1))
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let followed_by_space = j < chars.len() && chars[j].1 == ' ';
            let mut k = j;
            while k < chars.len() && chars[k].1 == ' ' {
                k += 1;
            }
            let next = chars.get(k).map(|&(_, c)| c);
            let starts_sentence =
                next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_opener(n));
            if followed_by_space
                && starts_sentence
                && !(c == '.' && j == i + 1 && ends_with_abbreviation(text, b))
            {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn ends_with_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || is_opener(c))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial
    }
    TITLES.contains(&word)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<&str> {
        split_sentences(s).iter().map(|x| x.text(s)).collect()
    }

    #[test]
    fn basic_news() {
        assert_eq!(
            sents("Mr. Dar spoke. India denied it.\nHeadline here"),
            vec!["Mr. Dar spoke.", "India denied it.", "Headline here"]
        );
        assert_eq!(
            sents("“We are eager.” Dar continued. It ended."),
            vec!["“We are eager.”", "Dar continued.", "It ended."]
        );
    }
}

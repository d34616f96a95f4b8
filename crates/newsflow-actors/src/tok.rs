//! A small, allocation-light word tokenizer for the actor and stance stages.
//!
//! It splits like `newsflow_text::tokenize` where these stages care
//! (punctuation and quote marks off words, `'s`/`’s` and `n't` as their own
//! tokens, `U.S.` and `Mr.` whole, dashes between words split) and is several
//! times faster, which matters because both stages run on every article.

use newsflow_text::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev", "hon", "pres", "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "brig", "cmdr",
    "messrs", "etc", "approx",
];

fn is_open(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '{' | '«' | '„' | '—' | '–'
    )
}

fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '”'
            | '’'
            | '\''
            | ')'
            | ']'
            | '}'
            | '»'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '—'
            | '–'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–')
}

/// Whether the word before a final period keeps it ("U.S.", "Mr.", "J.").
fn keeps_period(body: &str) -> bool {
    if body.is_empty() {
        return false;
    }
    if body.contains('.') {
        return true;
    }
    let mut chars = body.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    body.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(body))
}

/// Appends the tokens of `text[range]` to `out`.
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Span>) {
    let Some(slice) = text.get(range.start..range.end) else {
        return;
    };
    let mut start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunk(text, range.start + s, range.start + i, out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunk(text, range.start + s, range.end, out);
    }
}

fn chunk(text: &str, mut a: usize, mut b: usize, out: &mut Vec<Span>) {
    // Leading punctuation.
    while a < b {
        let Some(c) = text[a..b].chars().next() else {
            return;
        };
        if is_open(c) && b - a > c.len_utf8() {
            out.push(Span::new(a, a + c.len_utf8()));
            a += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, kept on the stack in reverse.
    let mut tail = [Span::default(); 8];
    let mut n = 0;
    while a < b && n < tail.len() {
        let Some(c) = text[a..b].chars().next_back() else {
            break;
        };
        let l = c.len_utf8();
        if b - a == l {
            break;
        }
        let split = if c == '.' {
            !keeps_period(&text[a..b - 1])
        } else {
            is_close(c)
        };
        if !split {
            break;
        }
        tail[n] = Span::new(b - l, b);
        n += 1;
        b -= l;
    }
    word(text, a, b, out);
    out.extend(tail[..n].iter().rev());
}

fn word(text: &str, a: usize, b: usize, out: &mut Vec<Span>) {
    let w = &text[a..b];
    // Dashes, `’` and `'` are the only things split inside a word; `—`, `–`
    // and `’` all start with the byte 0xE2 in UTF-8.
    if !w.bytes().any(|x| x == b'\'' || x == 0xE2) {
        out.push(Span::new(a, b));
        return;
    }
    // Dashes between words: "talks—and".
    if let Some((i, c)) = w.char_indices().find(|&(i, c)| i > 0 && is_dash(c)) {
        word(text, a, a + i, out);
        out.push(Span::new(a + i, a + i + c.len_utf8()));
        if a + i + c.len_utf8() < b {
            chunk(text, a + i + c.len_utf8(), b, out);
        }
        return;
    }
    // Clitics: 's, n't, 're, 've, 'll, 'm, 'd (straight or curly).
    let lower_ends = |suffix: &str| {
        w.len() > suffix.len()
            && w.is_char_boundary(w.len() - suffix.len())
            && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    const CLITICS: &[&str] = &[
        "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "'d", "’d",
    ];
    if let Some(cl) = CLITICS.iter().find(|c| lower_ends(c)) {
        let cut = b - cl.len();
        out.push(Span::new(a, cut));
        out.push(Span::new(cut, b));
        return;
    }
    out.push(Span::new(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Pakistan’s Foreign Minister Ishaq Dar said:",
                &[
                    "Pakistan", "’s", "Foreign", "Minister", "Ishaq", "Dar", "said", ":",
                ],
            ),
            (
                "will not “beg” for talks.",
                &["will", "not", "“", "beg", "”", "for", "talks", "."],
            ),
            (
                "We don’t want it,” Dar continued.",
                &[
                    "We",
                    "do",
                    "n’t",
                    "want",
                    "it",
                    ",",
                    "”",
                    "Dar",
                    "continued",
                    ".",
                ],
            ),
            (
                "the U.S. envoy, Mr. Smith, and Gen. J. Doe",
                &[
                    "the", "U.S.", "envoy", ",", "Mr.", "Smith", ",", "and", "Gen.", "J.", "Doe",
                ],
            ),
            (
                "third-party talks—and (PoJK) in 2025.",
                &[
                    "third-party",
                    "talks",
                    "—",
                    "and",
                    "(",
                    "PoJK",
                    ")",
                    "in",
                    "2025",
                    ".",
                ],
            ),
            ("\"Yes,\" he said", &["\"", "Yes", ",", "\"", "he", "said"]),
            ("Palestinians’ rights", &["Palestinians", "’", "rights"]),
            ("", &[]),
            ("“", &["“"]),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text:?}");
        }
    }
}

//! Properties of the splitter on arbitrary input: sentences are in order,
//! non-overlapping, trimmed, on character boundaries, and cover every
//! non-whitespace character; character offsets round-trip.

use newsflow_text::{split_sentences, CharIndex};
use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    let spans = split_sentences(text);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in &spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= last_end, "overlap or disorder at {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let t = &text[s.start..s.end];
        prop_assert_eq!(t, t.trim(), "untrimmed sentence");
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        last_end = s.end;
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            prop_assert!(covered[i], "non-whitespace {c:?} at byte {i} not covered");
        }
    }
    // Character offsets select the same text (what SQLite's substr sees).
    let index = CharIndex::new(text);
    for s in &spans {
        let (a, b) = (index.char_offset(s.start), index.char_offset(s.end));
        let by_chars: String = text.chars().skip(a).take(b - a).collect();
        prop_assert_eq!(by_chars.as_str(), &text[s.start..s.end]);
    }
    Ok(())
}

/// Text built from the pieces that drive the splitter's decisions.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr.".to_owned()),
        Just("U.S.".to_owned()),
        Just("the".to_owned()),
        Just("The".to_owned()),
        Just(".".to_owned()),
        Just("...".to_owned()),
        Just("?!".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("1.".to_owned()),
        Just("b)".to_owned()),
        Just("•".to_owned()),
        Just("—".to_owned()),
        Just("$4.5".to_owned()),
        Just("J.".to_owned()),
        Just(",".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just(" ".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("http://x.io/a.b".to_owned()),
        "[a-zA-Z]{1,8}[.!?,;:\"')]{0,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

/// Words of news paragraphs: names, titles, abbreviations, numbers, quotes
/// and sentence ends among plain words.
fn news_words() -> impl Strategy<Value = Vec<String>> {
    let word = prop_oneof![
        6 => "[a-z]{1,9}",
        2 => "[A-Z][a-z]{1,8}",
        1 => "[a-z]{2,8}[.,]",
        1 => prop::sample::select(vec![
            "Mr.", "U.S.", "Gen.", "No.", "v.", "p.m.", "the", "of", "I", "“We", "said.”",
            "Khan's", "leaders'", "'the", "best'", "(AP)", "—", "3.5%", "$4.5", "1,200",
            "2019.", "Sen.", "Dr.", "A.P.J.", "U.N.", "e.g.", "said:", "why?", "now!",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(word, 40..90)
}

/// Wraps words into lines of at most `width` characters, as a mail client
/// or a wire service does.
fn wrap(words: &[String], width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in words {
        let len = w.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += len;
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Text hard-wrapped at a fixed width splits exactly as the same text
    /// with one paragraph per line: the wrapping adds no boundary and hides
    /// none.
    #[test]
    fn hard_wrapping_changes_no_boundary(
        a in news_words(),
        b in news_words(),
        width in 45usize..100,
    ) {
        let flat = format!("{}\n\n{}", a.join(" "), b.join(" "));
        let wrapped = format!("{}\n\n{}", wrap(&a, width), wrap(&b, width));
        prop_assume!(newsflow_text::split::wrap_width(&wrapped).is_some());
        let spaced = wrapped.replace('\n', " ");
        let got: Vec<(usize, usize)> =
            split_sentences(&wrapped).iter().map(|s| (s.start, s.end)).collect();
        let want: Vec<(usize, usize)> =
            split_sentences(&flat).iter().map(|s| (s.start, s.end)).collect();
        prop_assert_eq!(
            &got,
            &want,
            "wrapped:\n{}\n\nsentences: {:?}\nflat: {:?}",
            wrapped,
            got.iter().map(|&(s, e)| &spaced[s..e]).collect::<Vec<_>>(),
            want.iter().map(|&(s, e)| &flat[s..e]).collect::<Vec<_>>()
        );
    }

    /// A quoted reply ("> " before every line, ">" alone on a blank one; "> >"
    /// or ">>" in a reply to a reply)
    /// splits as the text it quotes: the markers add no boundary and hide
    /// none, wrapped or not.
    #[test]
    fn quoting_changes_no_boundary(
        a in news_words(),
        b in news_words(),
        width in 45usize..200,
        depth in 1usize..4,
        spaced in any::<bool>(),
    ) {
        let plain = format!("{}\n\n{}", wrap(&a, width), wrap(&b, width));
        // A reply to a reply quotes its lines twice: "> > text" or ">> text".
        let marker = if spaced { vec![">"; depth].join(" ") } else { ">".repeat(depth) };
        let quoted = plain
            .lines()
            .map(|l| if l.is_empty() { marker.clone() } else { format!("{marker} {l}") })
            .collect::<Vec<_>>()
            .join("\n");
        let words = |s: &str| {
            s.split_whitespace().filter(|w| !w.bytes().all(|c| c == b'>')).collect::<Vec<_>>().join(" ")
        };
        let got: Vec<String> =
            split_sentences(&quoted).iter().map(|s| words(s.text(&quoted))).collect();
        let want: Vec<String> =
            split_sentences(&plain).iter().map(|s| words(s.text(&plain))).collect();
        prop_assert_eq!(got, want, "quoted:\n{}", quoted);
    }

    /// Spaces outside ASCII (no-break, narrow, thin, ideographic) separate
    /// words as ASCII spaces do: news words joined by them split exactly as
    /// the same words joined by as many ASCII spaces as each has bytes.
    #[test]
    fn spaces_outside_ascii_split_as_spaces(
        words in news_words(),
        spaces in prop::collection::vec(
            prop::sample::select(vec!['\u{a0}', '\u{202f}', '\u{2009}', '\u{3000}', ' ']),
            90,
        ),
    ) {
        let mut unicode = String::new();
        let mut ascii = String::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                let c = spaces[i % spaces.len()];
                unicode.push(c);
                ascii.push_str(&" ".repeat(c.len_utf8()));
            }
            unicode.push_str(w);
            ascii.push_str(w);
        }
        let spans = |t: &str| -> Vec<(usize, usize)> {
            split_sentences(t).iter().map(|s| (s.start, s.end)).collect()
        };
        prop_assert_eq!(spans(&unicode), spans(&ascii), "text: {:?}", unicode);
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC*") {
        check(&text)?;
    }

    #[test]
    fn arbitrary_chars_with_spaces(text in "[ \\n\\t\\r.!?\"'()a-zA-Z0-9\u{a0}\u{2026}\u{201c}\u{201d}\u{2014}]*") {
        check(&text)?;
    }

    #[test]
    fn news_like(text in newsy()) {
        check(&text)?;
    }
}

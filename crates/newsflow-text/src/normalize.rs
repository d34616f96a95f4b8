//! Text normalization, exactly as SPEC §2 describes it.

use unicode_normalization::UnicodeNormalization;

/// Characters removed outright: zero-width characters, the byte-order mark
/// and the soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Horizontal whitespace that collapses into one ASCII space.
fn is_horizontal_space(c: char) -> bool {
    c == ' '
        || c == '\t'
        || matches!(
            c,
            '\u{00A0}' | '\u{1680}' | '\u{2000}'
                ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
        )
}

/// Normalizes raw article text (SPEC §2):
///
/// - Unicode NFC;
/// - `\r\n`, `\r` (and U+2028/U+2029) become `\n`;
/// - control and zero-width characters (except `\n` and `\t`) and soft
///   hyphens are removed;
/// - runs of spaces and tabs inside a line become one space, and lines are
///   trimmed;
/// - three or more newlines become two, and the text has no leading or
///   trailing blank lines.
///
/// Typographic quotes and dashes are kept as they are. The function is
/// idempotent: `normalize(&normalize(s)) == normalize(s)`.
pub fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    // Pending state while scanning: a space seen inside the current line and
    // newlines seen since the last visible character.
    let mut pending_space = false;
    let mut pending_newlines = 0usize;
    let mut prev_cr = false;

    // Text that is already NFC (the quick check says a definite yes, as
    // for all ASCII) comes out of `nfc()` unchanged: skip the
    // decomposition and recomposition.
    let already_nfc = matches!(
        unicode_normalization::is_nfc_quick(input.chars()),
        unicode_normalization::IsNormalized::Yes
    );
    let mut nfc = if already_nfc { None } else { Some(input.nfc()) };
    let mut raw = input.chars();
    let chars = std::iter::from_fn(move || match nfc.as_mut() {
        Some(it) => it.next(),
        None => raw.next(),
    });
    for c in chars {
        let c = match c {
            '\r' => {
                prev_cr = true;
                '\n'
            }
            '\n' if prev_cr => {
                prev_cr = false;
                continue;
            }
            '\u{2028}' | '\u{2029}' => '\n',
            other => other,
        };
        if c != '\n' {
            prev_cr = false;
        }
        if c == '\n' {
            pending_newlines += 1;
            pending_space = false; // trailing spaces of a line are dropped
            continue;
        }
        if is_horizontal_space(c) {
            pending_space = true;
            continue;
        }
        if is_invisible(c) || c.is_control() {
            continue;
        }
        if !out.is_empty() {
            if pending_newlines > 0 {
                out.push_str(if pending_newlines >= 2 { "\n\n" } else { "\n" });
            } else if pending_space {
                out.push(' ');
            }
        }
        pending_newlines = 0;
        pending_space = false;
        out.push(c);
    }
    // NFC of the whole string can differ from NFC of pieces only around
    // removed characters; a second pass makes the result stable.
    if !out.is_ascii()
        && !matches!(
            unicode_normalization::is_nfc_quick(out.chars()),
            unicode_normalization::IsNormalized::Yes
        )
    {
        let renormalized: String = out.nfc().collect();
        if renormalized != out {
            return normalize(&renormalized);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("plain text", "plain text"),
            ("  leading and trailing  ", "leading and trailing"),
            ("a\r\nb\rc", "a\nb\nc"),
            ("para one.\n\n\n\npara two.", "para one.\n\npara two."),
            ("tabs\t\tand   spaces", "tabs and spaces"),
            ("line one   \n   line two", "line one\nline two"),
            (
                "soft\u{00AD}hyphen zero\u{200B}width",
                "softhyphen zerowidth",
            ),
            ("bell\u{0007}char", "bellchar"),
            ("non\u{00A0}breaking", "non breaking"),
            ("e\u{0301}", "é"),
            ("“quoted” — dash’s", "“quoted” — dash’s"),
            ("\n\n\ntext\n\n\n", "text"),
            ("a \n \n \n b", "a\n\nb"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), *want, "input {input:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn idempotent(s in "\\PC*|[ \t\r\n\u{00AD}\u{200B}a-z\u{0301}]*") {
            let once = normalize(&s);
            proptest::prop_assert_eq!(normalize(&once), once.clone());
            proptest::prop_assert!(!once.contains("\n\n\n"));
            proptest::prop_assert!(!once.contains("  "));
            proptest::prop_assert!(!once.contains('\r'));
        }
    }
}

//! Page furniture: what a news page prints around its story (a stamp of
//! publication, a byline, a photograph's credit, an advertisement's label)
//! and what stays of it when the page is flattened into one paragraph
//! ("… 47 degrees By Kavita Sharma, Jaipur Updated 14:32 IST JAIPUR: The
//! India Meteorological Department …"). Each piece is a sentence of its own.

use super::lexicon::{self, parts};
use super::{is_am_pm, is_dotted_am_pm};

/// Whether a text opens on a stamp of publication: "Updated", "Published",
/// "Posted", "Last updated" or "First published", then a date or a time ("Updated 14:32 IST",
/// "Updated at 11.57pm on 3 Feb 2025", "Last Updated: Apr 14, 2025"; not
/// "Posted by", nor "Updated guidance").
pub fn opens_page_stamp(text: &str) -> bool {
    let mut tokens = text.split_ascii_whitespace();
    let first = tokens.next().unwrap_or("");
    if !is_stamp_word(first) {
        return false;
    }
    let updated = |t: &str| t.trim_end_matches(':').eq_ignore_ascii_case("updated");
    let published = |t: &str| t.trim_end_matches(':').eq_ignore_ascii_case("published");
    if first == "Last" && !tokens.next().is_some_and(updated)
        || first == "First" && !tokens.next().is_some_and(published)
    {
        return false;
    }
    tokens
        .find(|t| !matches!(*t, "at" | "on" | ":"))
        .is_some_and(|t| {
            t.bytes().any(|c| c.is_ascii_digit()) || lexicon::is_day_or_month(parts(t).1)
        })
}

/// Whether a token is the first word of a stamp of publication (see
/// [`opens_page_stamp`]).
pub fn is_stamp_word(tok: &str) -> bool {
    matches!(tok.as_bytes().first(), Some(b'U' | b'P' | b'L' | b'F'))
        && matches!(
            tok.trim_end_matches(':'),
            "Updated" | "Published" | "Posted" | "UPDATED" | "PUBLISHED" | "Last" | "First"
        )
}

/// Whether every token of a text after its first is a piece of a date or a
/// time (see [`is_stamp_piece`]), with a digit among them.
pub fn is_page_stamp(text: &str) -> bool {
    let mut tokens = text.split_ascii_whitespace().skip(1);
    let mut digit = false;
    tokens.all(|t| {
        digit |= t.bytes().any(|c| c.is_ascii_digit());
        is_stamp_piece(t)
            || t.trim_end_matches(':').eq_ignore_ascii_case("updated")
            || t.trim_end_matches(':').eq_ignore_ascii_case("published")
    }) && digit
}

/// A piece of a stamp's date or time: "14:32", "2025,", "Sept.", "a.m.",
/// "IST", "at", "on", "|".
pub fn is_stamp_piece(tok: &str) -> bool {
    let (_, core, _) = parts(tok);
    matches!(tok, "at" | "on" | "|" | "/" | "-" | "—")
        || core.bytes().any(|c| c.is_ascii_digit())
            && core
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'.' | b'/'))
        || lexicon::is_day_or_month(core)
        || lexicon::is_time_zone(core)
        || is_am_pm(core)
        || is_dotted_am_pm(core)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_of_publication_stand_alone_in_flat_copy() {
        let text = "Rail strike called off after pay deal Updated 06:15 GMT, 12 March 2025 \
                    Train services will run normally, the union said.";
        assert_eq!(
            crate::split::tests::sentences(text),
            [
                "Rail strike called off after pay deal",
                "Updated 06:15 GMT, 12 March 2025",
                "Train services will run normally, the union said."
            ]
        );
        assert!(opens_page_stamp(
            "Last Updated: Apr 14, 2025, 08:12:00 AM IST"
        ));
        assert!(opens_page_stamp("Updated at 11.57pm on 3 Feb 2025"));
        assert!(!opens_page_stamp("Posted by Ann at 10:30"));
        assert!(!opens_page_stamp("Updated guidance was issued"));
    }
}

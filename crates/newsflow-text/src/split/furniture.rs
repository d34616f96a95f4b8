//! Page furniture: what a news page prints around its story (a stamp of
//! publication, a byline, a photograph's credit, an advertisement's label)
//! and what stays of it when the page is flattened into one paragraph
//! ("… 47 degrees By Kavita Sharma, Jaipur Updated 14:32 IST JAIPUR: The
//! India Meteorological Department …"). Each piece is a sentence of its own.

use super::lexicon::{self, first_case, is_dash, parts, Case};
use super::wordclass::{self, WordClasses};
use super::{
    dateline_len, is_am_pm, is_capitals, is_dotted_am_pm, opens_dateline, pair_opens_dateline, Gap,
    Verdict,
};

/// The verdict of the rules for a page's furniture and a live blog's times
/// at a gap, or `Ask`.
///
/// Every one of these rules splits or joins before a capital: `rcase` is
/// the right side's case, as [`super::right_case`] gives it.
#[inline]
pub(super) fn verdict(g: &Gap<'_>, rcase: Case, classes: Option<&WordClasses>) -> Verdict {
    if rcase != Case::Upper {
        return Verdict::Ask;
    }
    let (_, lcore, ltail) = g.left_parts;
    let (_, rcore, _) = g.right_parts;
    // A live blog's entry opens on its time, which goes with it: "14:05 GMT
    // - | The foreign ministry", "7.51am GMT: | Good morning", "8.02am |
    // The first ferry".
    if g.sentence_tokens <= 4
        && g.sentence
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
        && is_clock_stamp(g.sentence)
    {
        return Verdict::No;
    }
    // The rest of a flattened page's furniture stands alone too: a byline before the dateline or the first word of its
    // story ("By Aisha Bello | ABUJA — The", "By Dr. Meera Iyer | Every
    // summer"), an advertisement's label ("Jan. 9. | Advertisement |
    // Related:") and a photograph's credit ("Photo: AFP | Rio Grande do Sul
    // state has").
    // (Or before its date: "By Sarah Whitfield | March 6, 2025 — 5.42pm
    // | Residents of".)
    if g.sentence_first == "By"
        && is_flat_byline(g.sentence)
        && (opens_story(g, classes)
            || starts_dateline(g)
            || lexicon::is_month(rcore) && g.next_case() == Case::Digit)
    {
        return Verdict::Yes;
    }
    if g.sentence_tokens <= 8
        && g.sentence_tokens >= 3
        && is_date_stamp(g.sentence)
        && !is_stamp_piece(g.right)
    {
        return Verdict::Yes;
    }
    if is_ad_label(g.right) && matches!(g.next_case(), Case::Upper | Case::Empty)
        || is_ad_label(g.left) && g.sentence_tokens == 1
        || g.sentence_tokens <= 7 && is_credit(g.sentence) && !lexicon::continues_initials(rcore)
    {
        return Verdict::Yes;
    }
    // A page's stamp of publication stands alone in flattened copy: "…
    // favour the ruling alliance | Updated 14:32 IST | The Election
    // Commission said", "By Markets Desk | Last Updated: Apr 14, 2025,
    // 08:12:00 AM IST | Shares of" (but it stays on the line of a place or
    // a byline that leads into it: "Kolkata | Updated:", "Bengaluru,
    // Updated:", "By Nina Park | Updated 7:32 a.m.").
    if is_stamp_word(g.right)
        && ltail.is_empty()
        && lcore.chars().any(char::is_alphabetic)
        && !lexicon::is_non_final(lcore)
        && opens_page_stamp(g.after)
        || is_stamp_word(g.sentence_first)
            && opens_page_stamp(g.sentence)
            && is_page_stamp(g.sentence)
            && !is_stamp_piece(g.right)
    {
        return Verdict::Yes;
    }
    Verdict::Ask
}

/// Whether the right side of a gap is a closed-class word that opens a
/// sentence rather than going on with a name: "Every", "The", "They" (not
/// "Now", which may be a name's, "By Caribbean News Now contributor", nor
/// an agency's word, "By MARIA GONZALEZ Associated Press").
fn opens_story(g: &Gap<'_>, classes: Option<&WordClasses>) -> bool {
    let word = g.right_parts.1;
    word != "Now"
        && (lexicon::is_sentence_starter(word)
            || classes.is_some_and(|c| wordclass::is_function_word(c.class(word))))
}

/// Whether a dateline opens at the right side of a gap: "ABUJA — The",
/// "KUALA LUMPUR: The", "FRANKFURT (dpa) - Volkswagen".
fn starts_dateline(g: &Gap<'_>) -> bool {
    // (A place in capitals, or a pair before a colon: not a name's last word
    // before the place, "By Leila Nouri and Marc | Aubert DUBAI/PARIS,".)
    (opens_dateline(g.right) && (is_capitals(g.right_parts.1) || g.right.ends_with(':'))
        || g.next.ends_with(':') && pair_opens_dateline(g.right, &g.after[g.right.len()..]))
        && dateline_len(g.after.split_ascii_whitespace(), true).is_some_and(|(n, _)| n > 1)
}

/// Whether a text is a clock time alone, with its zone and a separator:
/// "14:05 GMT -", "7.51am GMT:", "1:47 p.m. ET —", "8.02am", "1405 GMT:"
/// (not a number, "8.02", nor four digits without a zone, "1405").
fn is_clock_stamp(text: &str) -> bool {
    let mut tokens = text.split_ascii_whitespace();
    let Some(first) = tokens.next() else {
        return false;
    };
    let first = first.trim_end_matches([':', '-']);
    let (time, am_pm) = match first
        .strip_suffix("am")
        .or_else(|| first.strip_suffix("pm"))
        .or_else(|| first.strip_suffix("AM"))
        .or_else(|| first.strip_suffix("PM"))
    {
        Some(time) => (time, true),
        None => (first, false),
    };
    let digits = |f: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&f.len()) && f.bytes().all(|c| c.is_ascii_digit())
    };
    let (mut zone, mut marked) = (false, am_pm);
    for t in tokens {
        let t = t.trim_end_matches([':', ',']);
        if lexicon::is_time_zone(t) {
            zone = true;
        } else if is_am_pm(t) || is_dotted_am_pm(parts(t).1) {
            marked = true;
        } else if t.is_empty() || !t.chars().all(is_dash) {
            return false;
        }
    }
    match time.split_once([':', '.']) {
        Some((h, m)) => {
            digits(h, 1..=2) && digits(m, 2..=2) && (time.contains(':') || marked || zone)
        }
        None => digits(time, 1..=2) && am_pm || digits(time, 4..=4) && zone,
    }
}

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

/// Whether a sentence so far is a date and a time alone, as a page prints
/// them under its byline: "March 6, 2025 — 5.42pm", "Mar 04, 2025 06:42 AM
/// IST" (a month first, then a year or a clock time).
pub fn is_date_stamp(sentence: &str) -> bool {
    // (A digit comes within its first twelve bytes, "September 28": one
    // cheap test before the words are read.)
    if !sentence.as_bytes()[..sentence.len().min(12)]
        .iter()
        .any(u8::is_ascii_digit)
    {
        return false;
    }
    let mut tokens = sentence.split_ascii_whitespace();
    if !tokens.next().is_some_and(|t| lexicon::is_month(parts(t).1)) {
        return false;
    }
    // (Not a timeline's date before its entry: "Feb. 24, 2022: | Russia
    // launches", "Aug. 5, 2019 - | Art. 370 revoked".)
    if sentence.ends_with(':') || sentence.ends_with(lexicon::is_dash) {
        return false;
    }
    let mut timed = false;
    tokens.all(|t| {
        let (_, core, _) = parts(t);
        timed |= core.len() == 4 && core.bytes().all(|c| c.is_ascii_digit())
            || core.contains(':')
            || core.ends_with("pm")
            || core.ends_with("am");
        is_stamp_piece(t)
    }) && timed
}

/// Whether a sentence so far is a byline alone, run into a flattened page
/// (the byline that fills a line of its own is `split::is_byline`'s): "By"
/// and two to seven words of a name, a title, a post or a place ("By Kavita
/// Sharma, Jaipur", "By Dr. Meera Iyer", "By Ingrid Dahl, Business
/// Reporter", "By Lt. Gen. (Retd) Anil Rao"; not "By Monday").
pub fn is_flat_byline(sentence: &str) -> bool {
    let mut tokens = sentence.split_ascii_whitespace();
    if tokens.next() != Some("By") {
        return false;
    }
    let mut n = 0;
    for t in tokens {
        n += 1;
        let (lead, core, tail) = parts(t);
        // (A name's words, not a headline's: "By Stunning News- It’s A Game
        // Changer".)
        let word = (first_case(core) == Case::Upper
            && !core.ends_with(['-', '’', '\''])
            && !core.ends_with("’s")
            && !core.ends_with("'s"))
            || matches!(core, "and" | "of" | "in" | "de" | "van");
        let cut = tail == "."
            && (lexicon::is_title(core) || core.chars().count() == 1 || core.contains('.'));
        let bracketed = lead == "(" && tail == ")";
        if n > 7 || !word || !(matches!(tail, "" | ",") || cut || bracketed) {
            return false;
        }
    }
    n >= 2
}

/// Whether a token is an advertisement's label, which a flattened page
/// leaves between paragraphs: "Advertisement".
pub fn is_ad_label(tok: &str) -> bool {
    matches!(tok, "Advertisement" | "ADVERTISEMENT")
}

/// Whether a sentence so far is a photograph's credit that has come to its
/// agency: "Photo: AFP", "Image: Lars Höfer/dpa", "Photograph: Alex
/// Morgan/PA", "Picture: Getty Images" (not "Photo: EFE/Carlos", before
/// the photographer's last name, nor "Photos: Reuters," or "via Getty",
/// before the rest of the list).
pub fn is_credit(sentence: &str) -> bool {
    // (The labels' first letters first: one byte test at most gaps.)
    if !matches!(sentence.as_bytes().first(), Some(b'P' | b'I' | b'C' | b'(')) {
        return false;
    }
    let mut tokens = sentence.split_ascii_whitespace();
    let label = tokens.next().unwrap_or("").trim_start_matches('(');
    if !matches!(
        label,
        "Photo:" | "Photos:" | "Image:" | "Images:" | "Picture:" | "Photograph:" | "Credit:"
    ) {
        return false;
    }
    let (mut count, mut last) = (0, "");
    for t in tokens {
        count += 1;
        if count > 5 {
            return false;
        }
        last = t;
    }
    if count == 0 {
        return false;
    }
    let (_, core, tail) = parts(last);
    let agency = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
            || matches!(
                w,
                "dpa" | "Images" | "Reuters" | "Supplied" | "Handout" | "File"
            )
    };
    tail.is_empty() && agency(core.rsplit('/').next().unwrap_or(core))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_stamps_open_live_blog_entries() {
        for stamp in [
            "14:05 GMT -",
            "7.51am GMT:",
            "1:47 p.m. ET —",
            "8.02am",
            "1405 GMT:",
            "9:30",
        ] {
            assert!(is_clock_stamp(stamp), "{stamp}");
        }
        for text in [
            "8.02",
            "1405",
            "At 14:05 GMT",
            "14:05 GMT said",
            "2.5 per cent",
        ] {
            assert!(!is_clock_stamp(text), "{text}");
        }
        let text = "14:05 GMT - The ministry confirmed the exchange. 8.15am Queues at the port have cleared.";
        assert_eq!(
            crate::split::tests::sentences(text),
            [
                "14:05 GMT - The ministry confirmed the exchange.",
                "8.15am Queues at the port have cleared."
            ]
        );
    }

    #[test]
    fn bylines_credits_and_labels() {
        assert!(is_flat_byline("By Kavita Sharma, Jaipur"));
        assert!(is_flat_byline("By Dr. Meera Iyer"));
        assert!(is_flat_byline("By Lt. Gen. (Retd) Anil Rao"));
        assert!(!is_flat_byline("By Monday"));
        assert!(!is_flat_byline("By Stunning News- It’s"));
        assert!(
            is_date_stamp("March 6, 2025 — 5.42pm") && is_date_stamp("Mar 04, 2025 06:42 AM IST")
        );
        assert!(!is_date_stamp("March 6") && !is_date_stamp("May the best team win"));
        assert!(!is_date_stamp("Feb. 24, 2022:") && !is_date_stamp("Aug. 5, 2019 -"));
        assert!(!is_flat_byline("By the time he arrived"));
        assert!(is_credit("Photo: AFP") && is_credit("Image: Lars Höfer/dpa"));
        assert!(is_credit("Photograph: Alex Morgan/PA") && is_credit("Picture: Getty Images"));
        assert!(!is_credit("Photo: EFE/Carlos") && !is_credit("Photos show the damage"));
        assert!(!is_credit("Photos: Reuters,") && !is_credit("Photo: Rafael Duarte/AFP via Getty"));
        let page = "Teachers' strike: KNUT gives government 7-day ultimatum By Mercy Achieng \
                    Advertisement The union has given the government seven days. By Aisha Bello \
                    ABUJA — Work on the expressway will resume. Photo: AFP Rescue teams searched \
                    the river on Monday.";
        assert_eq!(
            crate::split::tests::sentences(page),
            [
                "Teachers' strike: KNUT gives government 7-day ultimatum",
                "By Mercy Achieng",
                "Advertisement",
                "The union has given the government seven days.",
                "By Aisha Bello",
                "ABUJA — Work on the expressway will resume.",
                "Photo: AFP",
                "Rescue teams searched the river on Monday.",
            ]
        );
    }

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

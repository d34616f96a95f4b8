//! Transcripts: the record of a hearing, a briefing, an earnings call or a
//! parliament, where every turn opens on its speaker's label and a colon
//! ("MR. BRANDT: If I could just add one thing —", "The Minister for School
//! Standards (Ms Aisha Rahman): I can confirm that.", "Q: So leaving must
//! hurt.").
//!
//! A label goes with the words after it, and a turn that breaks off ("—",
//! "--") ends where the next label opens. One label alone proves nothing (an
//! e-mail's salutation, "Rhonda: The report is attached", ends its sentence
//! in UD English), so these rules only hold in a text with at least two
//! turns, counted once over the whole text by [`count_turns`]. Testimony's
//! "Q." and "A." count as turns in a text that has both ("Q. Who employed
//! you? A. Pruett & Sons Co. Q. And after that?").

use super::lexicon::{
    first_case, is_abbreviation, is_dash, is_terminal, is_title, list_marker, parts, Case,
};
use super::wordclass::{self, WordClasses};
use super::{Gap, Verdict};

/// The verdict of the transcript rules at a gap (see the module's notes),
/// or `Ask`.
#[inline]
pub(super) fn verdict(g: &Gap<'_>, rcase: Case, classes: Option<&WordClasses>) -> Verdict {
    if g.turns < 2 {
        return Verdict::Ask;
    }
    let (_, lcore, ltail) = g.left_parts;
    // Transcripts: a speaker's label goes with the words after it, and the
    // next label opens a turn after one that ends or breaks off, as does a
    // note in brackets: "MR. BRANDT: If I could just add one thing — |
    // MODERATOR: Very briefly, please.", "simply — | (Crosstalk.) | THE
    // CHAIRMAN: Gentlemen". (Only in a text of two turns or more: UD
    // English ends an e-mail's salutation at its colon, "Rhonda: | The
    // report is attached".)
    // (And the "Q." and "A." of testimony: "-- | A. | I mean I saw him.",
    // "Pruett & Sons Co. | Q. | And after that?")
    if g.sentence_tokens == 1 && is_qa_marker(g.left) {
        return Verdict::No;
    }
    if is_qa_marker(g.right)
        && (ltail.chars().any(is_terminal) && !is_title(lcore) || g.left.ends_with(is_dash))
        && (matches!(g.next_case(), Case::Upper | Case::Digit) || g.next.starts_with(is_dash))
    {
        return Verdict::Yes;
    }
    if ltail.ends_with(':')
        && label(g.sentence).is_some_and(|l| {
            l.strong && l.len == g.sentence.len() && names_speaker(g.sentence, classes)
        })
    {
        return Verdict::No;
    }
    // (A turn that breaks off has its label and a word or more before
    // the dash: not a bullet, "- | Tim Dams, Screen International:",
    // nor a headline's kicker, "EXCLUSIVE – | Roger Stone:".)
    let broken_off = g.left.ends_with(is_dash);
    if rcase == Case::Upper
        && colon_ahead(g.after)
        && ends_turn(g.left)
        && (!broken_off || g.sentence_tokens >= 3)
        && opens_turn(g.after, classes)
        || broken_off && opens_note(g.after)
    {
        return Verdict::Yes;
    }
    Verdict::Ask
}

/// The most tokens a label runs to: "The Parliamentary Under-Secretary of
/// State for Health and Social Care (Dr Caroline Oduya):" has 14.
const MAX_LABEL_TOKENS: usize = 16;

/// The parts that speakers play in a transcript, which label their turns
/// alone ("Host:", "Interviewer:"): no e-mail opens on them.
fn is_role(word: &str) -> bool {
    const ROLES: [&str; 14] = [
        "anchor",
        "audience",
        "caller",
        "dispatcher",
        "guest",
        "host",
        "interviewer",
        "moderator",
        "narrator",
        "operator",
        "presenter",
        "questioner",
        "reporter",
        "witness",
    ];
    ROLES.iter().any(|r| r.eq_ignore_ascii_case(word))
}

/// Small words that join the capitalized words of a label, never first:
/// "Lord Pennington of Ware", "The Minister for Transport".
fn is_joiner(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "and" | "the" | "on" | "de" | "del" | "da" | "van" | "von" | "bin" | "al"
    )
}

/// Whether a word, stripped of its colon, may stand in a label: a capitalized
/// word ("Whitfield", "SECRETARY", "Sánchez", "Under-Secretary"), a short
/// abbreviation with its period ("MR.", "Sen.", "A.J."), or, after the first
/// word, a joiner.
fn is_label_word(tok: &str, first: bool) -> bool {
    let (lead, core, tail) = parts(tok);
    if !lead.is_empty() || core.is_empty() {
        return false;
    }
    if !first && tail.is_empty() && is_joiner(core) {
        return true;
    }
    if first_case(core) != Case::Upper
        || !core
            .chars()
            .all(|c| c.is_alphabetic() || "-'’.".contains(c))
    {
        return false;
    }
    match tail {
        "" => true,
        "," => !first,
        "." => is_short_abbreviation(core),
        _ => false,
    }
}

/// A title or initials: "Mr", "SEN", "LT", "A.J", "P" (not "Minister" or
/// "UBS", a sentence's last word).
fn is_short_abbreviation(core: &str) -> bool {
    is_title(core) || core.contains('.') || core.chars().count() == 1
}

/// A speaker's label that opens a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    /// Its length in bytes, its colon included.
    pub len: usize,
    /// Whether it is more than one word in mixed case: a word in capitals
    /// ("MODERATOR:", "Mr HOLLOWAY", "Q:"), a speaker's part ("Host:"), two
    /// words or more ("Dana Whitfield:") or a bracket ("Baroness Achterberg
    /// (Lab):", "Amira Hassan [through an interpreter]:"). One word
    /// in mixed case is as often an e-mail's salutation ("Rhonda:", "Vince:")
    /// or a form's field ("Note:", "Plan:") as a speaker ("Sánchez:").
    pub strong: bool,
}

/// The speaker's label that `s` opens with, or `None`: "SEN. ABARCA: The
/// problem" → 12 bytes, "Mr HOLLOWAY (Bendigo) (14:12): My question" → 32.
/// Brackets after the first word may hold anything (a seat, a party, a
/// time).
pub fn label(s: &str) -> Option<Label> {
    let mut depth = 0usize;
    let mut strong = false;
    let mut prev_end = 0;
    for (i, tok) in s
        .split_ascii_whitespace()
        .take(MAX_LABEL_TOKENS)
        .enumerate()
    {
        let start = tok.as_ptr() as usize - s.as_ptr() as usize;
        if s[prev_end..start].contains('\n') {
            return None; // a label holds to its line
        }
        let end = start + tok.len();
        prev_end = end;
        if depth > 0 || tok.starts_with(['(', '[']) {
            if i == 0 {
                return None;
            }
            strong = true;
            for c in tok.bytes() {
                match c {
                    b'(' | b'[' => depth += 1,
                    b')' | b']' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            if depth == 0 && (tok.ends_with("):") || tok.ends_with("]:")) {
                return Some(Label { len: end, strong });
            }
            continue;
        }
        let word = tok.strip_suffix(':');
        let w = word.unwrap_or(tok);
        if !is_label_word(w, i == 0) {
            return None;
        }
        let letters = w.trim_end_matches([',', '.']);
        strong |= i > 0
            || is_role(letters)
            || letters.chars().count() == 1
            || letters.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !letters.chars().any(char::is_lowercase);
        if word.is_some() {
            return Some(Label { len: end, strong });
        }
    }
    None
}

/// The length of the strong label (see [`Label`]) that `s` opens with.
fn strong_label_len(s: &str) -> Option<usize> {
    label(s).filter(|l| l.strong).map(|l| l.len)
}

/// Whether a strong label names a speaker rather than a form's field: it
/// holds a bracket, a word in capitals or a title ("Mr Speaker:"), or ends
/// on a word that is no common noun ("Dana Whitfield:", not "Unit
/// Measure:" or "Associate Participants:").
pub fn names_speaker(label: &str, classes: Option<&WordClasses>) -> bool {
    let words = label.trim_end_matches(':');
    if words.contains(['(', '[']) {
        return true;
    }
    let first = words
        .split_ascii_whitespace()
        .next()
        .map_or("", |w| parts(w).1);
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    if is_title(first)
        || is_role(first)
        || words.split_ascii_whitespace().any(capitals)
        || first.chars().count() == 1
    {
        return true;
    }
    let last = words
        .split_ascii_whitespace()
        .next_back()
        .map_or("", |w| parts(w).1);
    !classes.is_some_and(|c| wordclass::is_common_noun(c.class(last)))
}

/// Whether a token ends a turn, so that a label may follow it: a dash that
/// breaks the turn off ("finish —", "num—", "agency --"), a closing bracket
/// ("(Crosstalk.)", "[Applause]") or a sentence's final mark on a word that
/// is no abbreviation of a label ("wrong." but not "SEN.", nor a list's
/// "8.").
pub fn ends_turn(tok: &str) -> bool {
    if list_marker(tok).is_some() {
        return false;
    }
    let bare = tok.trim_end_matches(['"', '”', '’', '\'']);
    let Some(last) = bare.chars().next_back() else {
        return false;
    };
    if is_dash(last) {
        return true;
    }
    if matches!(last, ')' | ']') {
        // A note, not a time, a title or a mark of classification in
        // brackets before a label: "[00:00:04] HOST:", "Hon. (Dr.) Wanjiru
        // Kariuki", "3. (U) COMMENT:".
        let (_, core, _) = parts(bare);
        return core.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && !(bare.starts_with(['(', '[']) && is_abbreviation(core));
    }
    if !is_terminal(last) {
        return false;
    }
    let (_, core, tail) = parts(tok);
    !(tail == "." && (is_short_abbreviation(core) || is_abbreviation(core)))
}

/// How many turns a text has, up to 2: labels that open the text, a line, or
/// follow the end of a turn, or the `Q.` and `A.` of testimony, when the text
/// has both.
pub fn count_turns(text: &str) -> u8 {
    let b = text.as_bytes();
    let mut turns = 0u8;
    for colon in memchr::memchr_iter(b':', b) {
        if b.get(colon + 1).is_some_and(|&c| !c.is_ascii_whitespace()) {
            continue; // a time or an address: "14:12", "http://"
        }
        if label_before(text, colon + 1) {
            turns += 1;
            if turns == 2 {
                return turns;
            }
        }
    }
    let opens = |marker: &[u8]| {
        memchr::memmem::find_iter(b, marker).any(|at| {
            let prior = text[..at].trim_end_matches([' ', '\t']);
            let follows = text[at + marker.len()..].trim_start_matches(' ');
            (prior.is_empty()
                || prior.ends_with('\n')
                || prior.len() < at && ends_turn(last_token(prior)))
                && follows
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_dash(c))
        })
    };
    if opens(b"Q. ") && opens(b"A. ") {
        turns = 2;
    }
    turns
}

/// The last whitespace-free token of a text.
fn last_token(text: &str) -> &str {
    text.rfind(|c: char| c.is_ascii_whitespace())
        .map_or(text, |i| &text[i + 1..])
}

/// Whether a token is the `Q.` or `A.` that opens a turn of testimony.
pub fn is_qa_marker(tok: &str) -> bool {
    matches!(tok, "Q." | "A.")
}

/// Whether the token that ends at `end` (with a colon) closes a label that
/// opens a turn.
fn label_before(text: &str, end: usize) -> bool {
    let before = &text[..end];
    // The starts of the tokens before, nearest first.
    let mut start = end;
    for _ in 0..MAX_LABEL_TOKENS {
        let head = before[..start].trim_end_matches(|c: char| c.is_ascii_whitespace());
        let tok_start = head
            .rfind(|c: char| c.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        if tok_start == head.len() {
            return false;
        }
        start = tok_start;
        // No label runs on past a word that cannot stand in one.
        let tok = &head[tok_start..];
        let word = tok.strip_suffix(':').unwrap_or(tok);
        if !tok.contains(['(', ')']) && !is_label_word(word, false) {
            return false;
        }
        let opens_turn = match before[..start].trim_end_matches([' ', '\t']) {
            "" => true,
            prior if prior.ends_with(['\n', '\r']) => true,
            prior => ends_turn(last_token(prior)),
        };
        if opens_turn && strong_label_len(&text[start..]) == Some(end - start) {
            return true;
        }
    }
    false
}

/// Whether a colon comes soon enough in `after` for a label to open it: a
/// cheap test (one vectorized search) before the label is read.
pub fn colon_ahead(after: &str) -> bool {
    let b = after.as_bytes();
    memchr::memchr(b':', &b[..b.len().min(160)]).is_some()
}

/// Whether a speaker's label opens `after` and the words after it are no
/// quotation: "MODERATOR: Very briefly" (not a roundup's source, "Carl
/// Bialik: “One of the biggest lessons").
pub fn opens_turn(after: &str, classes: Option<&WordClasses>) -> bool {
    strong_label_len(after).is_some_and(|n| {
        names_speaker(&after[..n], classes)
            && !after[n..]
                .trim_start()
                .starts_with(super::lexicon::is_quote_opener)
    })
}

/// Whether a bracketed note opens `after` and stands as a sentence of its
/// own: "(Crosstalk.)", "(The President departs.)", "[Applause]".
pub fn opens_note(after: &str) -> bool {
    let close = match after.as_bytes().first() {
        Some(b'(') => ')',
        Some(b'[') => ']',
        _ => return false,
    };
    let inner = &after[1..];
    if first_case(inner) != Case::Upper {
        return false;
    }
    inner
        .find(close)
        .is_some_and(|at| at <= 60 && !inner[..at].contains(['(', '[', '\n']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_read_to_their_colon() {
        let cases = [
            ("SEN. ABARCA: The problem", Some("SEN. ABARCA:")),
            ("Q: So leaving must hurt.", Some("Q:")),
            (
                "Mr HOLLOWAY (Bendigo) (14:12): My question",
                Some("Mr HOLLOWAY (Bendigo) (14:12):"),
            ),
            (
                "The Minister for School Standards (Ms Aisha Rahman): I can",
                Some("The Minister for School Standards (Ms Aisha Rahman):"),
            ),
            (
                "Lord Pennington of Ware (Con): My Lords",
                Some("Lord Pennington of Ware (Con):"),
            ),
            ("A.J. OKAFOR: It does.", Some("A.J. OKAFOR:")),
            ("The lesson is simple: Talk", None),
            ("(Laughter.) Q: Yes", None),
            ("Minister. Dana: Hi", None),
            ("of the time: none", None),
            ("ET\nReason: Pending news", None),
        ];
        for (text, expected) in cases {
            assert_eq!(label(text).map(|l| &text[..l.len]), expected, "{text}");
        }
    }

    #[test]
    fn turns_are_counted_where_a_label_opens_one() {
        let hearing = "REP. ASHFORD: Answer the question. MR. VOLKOV: Congressman, it isn't \
                       that simple — REP. ASHFORD: It's very simple.";
        assert_eq!(count_turns(hearing), 2);
        let call = "Operator: Thank you. Our next question comes from Sophie Brandt with UBS. \
                    Sophie Brandt: Good morning. Marcus Lindqvist: Morning, Sophie.";
        assert_eq!(count_turns(call), 2);
        // Salutations, a label in running text and times are no turns.
        assert_eq!(
            count_turns("Rhonda: The report is attached. Rhonda: Thanks."),
            0
        );
        assert_eq!(
            count_turns(
                "The lesson is simple: Talk to people. He left at 14:12. Note the time: now."
            ),
            0
        );
    }

    #[test]
    fn testimony_counts_its_questions_and_answers() {
        let testimony = "Q. Where were you that night? A. At home. Q. Alone? A. Yes.";
        assert_eq!(count_turns(testimony), 2);
        // An initial is no answer without a question.
        assert_eq!(count_turns("He met A. Mendes. A. Mendes said so."), 0);
    }

    #[test]
    fn a_turn_ends_on_a_dash_a_bracket_or_a_final_mark() {
        for tok in [
            "—",
            "--",
            "num—",
            "(Crosstalk.)",
            "[Applause]",
            "wrong.",
            "Shame!”",
        ] {
            assert!(ends_turn(tok), "{tok}");
        }
        for tok in [
            "SEN.", "Mr.", "A.J.", "P.", "U.S.", "a.m.", "trans.", "8.", "said", "however,",
        ] {
            assert!(!ends_turn(tok), "{tok}");
        }
    }

    #[test]
    fn a_hearing_splits_at_its_turns() {
        use crate::split::tests::sentences;
        let text = "SEN. MOREAU: Your agency knew in May — MS. OKONJO: We did not. \
                    SEN. MOREAU: — and said nothing. (Crosstalk.) THE CHAIR: Order. \
                    Ms Lena Brandt (Eastfield) (Lab): Will the Minister answer?";
        assert_eq!(
            sentences(text),
            [
                "SEN. MOREAU: Your agency knew in May —",
                "MS. OKONJO: We did not.",
                "SEN. MOREAU: — and said nothing.",
                "(Crosstalk.)",
                "THE CHAIR: Order.",
                "Ms Lena Brandt (Eastfield) (Lab): Will the Minister answer?",
            ]
        );
        // A roundup of sources with their quotations is no transcript: a roundup of sources with their quotations.
        let roundup = "Pollsters agree - Carl Bialik: “One lesson was simple.” \
                       Turnout rose - Michael P. McDonald: “Voters came out.”";
        assert!(!sentences(roundup).contains(&"Pollsters agree -"));
    }

    #[test]
    fn notes_in_brackets() {
        assert!(opens_note("(Crosstalk.) THE CHAIRMAN: Gentlemen"));
        assert!(opens_note("(The President departs.)"));
        assert!(opens_note("[Applause] MAYOR BELL: It took"));
        assert!(!opens_note("(laughter) and"));
        assert!(!opens_note("the (Crosstalk.)"));
        assert!(opens_turn("MODERATOR: Very briefly", None));
        assert!(!opens_turn(
            "Carl Bialik: “One of the biggest lessons",
            None
        ));
    }
}

//! Word lists and token shapes used by the boundary rules and features.

/// Titles and other abbreviations that precede a name or a number and
/// practically never end a sentence ("Mr. Dar", "Lt. Col. Khan", "St. Louis").
/// Lower case, without the final period, sorted.
static TITLES: [u64; 36] = pack_all([
    "adm", "brig", "capt", "cdr", "cmdr", "col", "cpl", "cpt", "det", "dr", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "pres",
    "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt",
]);

/// Abbreviations that usually do not end a sentence but may ("& Co. It
/// closed", "based in the U.S. The minister"). Lower case, without the final
/// period, sorted.
static ABBREVIATIONS: [u64; 106] = pack_all([
    "a.m", "abbr", "al", "approx", "apr", "art", "assn", "aug", "ave", "b.a", "b.sc", "blvd",
    "bros", "ca", "cf", "ch", "chap", "co", "corp", "d.c", "dec", "dept", "dist", "e.g", "e.u",
    "ed", "eds", "esp", "esq", "est", "etc", "ex", "feb", "fig", "figs", "fri", "ft", "govt", "hr",
    "hrs", "i.e", "inc", "incl", "intl", "jan", "jr", "jul", "jun", "lb", "lbs", "llc", "llp",
    "ltd", "m.a", "m.d", "m.sc", "mar", "max", "min", "misc", "mon", "mph", "mrs", "n.y", "no",
    "nos", "nov", "oct", "op", "oz", "p", "p.m", "para", "ph.d", "plc", "pp", "pt", "pty", "rd",
    "ref", "sat", "sec", "sep", "sept", "sq", "sr", "sun", "tel", "thu", "thur", "thurs", "tue",
    "tues", "u.k", "u.n", "u.s", "u.s.a", "univ", "v", "viz", "vol", "vols", "vs", "wed", "yr",
    "yrs",
]);

/// Abbreviations that are followed by a number ("No. 10", "p. 55",
/// "Jan. 6", "approx. 40"): with a digit after them there is no boundary.
static BEFORE_NUMBER: [u64; 29] = pack_all([
    "approx", "apr", "art", "aug", "ca", "ch", "chap", "dec", "est", "feb", "fig", "figs", "jan",
    "jul", "jun", "mar", "no", "nos", "nov", "oct", "op", "p", "para", "pp", "sec", "sep", "sept",
    "vol", "vols",
]);

/// Closed-class words that start sentences and are not part of names, so
/// after an abbreviation they mark a boundary ("in the U.S. The minister").
static SENTENCE_STARTERS: [u64; 26] = pack_all([
    "but", "he", "her", "his", "how", "however", "i", "it", "its", "my", "our", "she", "that",
    "the", "their", "there", "these", "they", "this", "those", "we", "what", "when", "where",
    "why", "you",
]);

pub fn is_sentence_starter(word: &str) -> bool {
    contains_ci(&SENTENCE_STARTERS, word)
}

/// Packs up to 8 bytes big-endian into a `u64`, so packed words sort like
/// the words themselves and a lookup is a binary search over integers.
const fn pack(s: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < 8 {
        k <<= 8;
        if i < s.len() {
            k |= s[i].to_ascii_lowercase() as u64;
        }
        i += 1;
    }
    k
}

const fn pack_all<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(words[i].as_bytes());
        i += 1;
    }
    out
}

fn contains_ci(list: &[u64], word: &str) -> bool {
    word.len() <= 8
        && !word.is_empty()
        && word.is_ascii()
        && list.binary_search(&pack(word.as_bytes())).is_ok()
}

pub fn is_title(word: &str) -> bool {
    contains_ci(&TITLES, word)
}

pub fn is_abbreviation(word: &str) -> bool {
    contains_ci(&ABBREVIATIONS, word) || contains_ci(&TITLES, word)
}

pub fn is_before_number(word: &str) -> bool {
    contains_ci(&BEFORE_NUMBER, word)
}

/// Sentence-final punctuation.
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？'
    )
}

/// Marks that close a quotation or bracket.
pub fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›')
}

/// Marks that open a quotation or bracket.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«' | '‹' | '¿' | '¡' | '„'
    )
}

/// Punctuation that may trail a word.
pub fn is_trailing(c: char) -> bool {
    is_terminal(c) || is_closer(c) || matches!(c, ',' | ';' | ':')
}

/// Bullets that start a list item.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '■' | '□' | '➢' | '►' | '·'
    )
}

/// Dashes that join clauses inside a sentence.
pub fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '―')
}

/// Splits a whitespace-free token into leading openers, core and trailing
/// punctuation: `“(Hello.”` → `“(`, `Hello`, `.”`.
pub fn parts(tok: &str) -> (&str, &str, &str) {
    let core_start = tok
        .char_indices()
        .find(|&(_, c)| !is_opener(c))
        .map_or(tok.len(), |(i, _)| i);
    let rest = &tok[core_start..];
    let core_len = rest
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_trailing(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    (&tok[..core_start], &rest[..core_len], &rest[core_len..])
}

/// The last run of letters of a core: `example.com` → `com`, `U.S` → `S`.
pub fn last_segment(core: &str) -> &str {
    let start = core
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &core[start..]
}

/// Case class of the first character of a token's core.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Upper,
    Lower,
    Digit,
    Other,
    Empty,
}

pub fn first_case(s: &str) -> Case {
    match s.chars().next() {
        None => Case::Empty,
        Some(c) if c.is_uppercase() => Case::Upper,
        Some(c) if c.is_lowercase() => Case::Lower,
        Some(c) if c.is_numeric() => Case::Digit,
        Some(c) if c.is_alphabetic() => Case::Upper, // caseless scripts start sentences too
        Some(_) => Case::Other,
    }
}

/// A list-item marker at the start of a line or sentence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Marker {
    Bullet,
    Number(u32),
    Letter(u32),
}

/// Recognises `1.`, `2)`, `3.)`, `a.`, `b)`, `•`, `⁃9.` as list markers.
pub fn list_marker(tok: &str) -> Option<Marker> {
    let mut chars = tok.chars();
    let first = chars.next()?;
    if is_bullet(first) {
        return Some(Marker::Bullet);
    }
    let b = tok.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (value_len, marker) = if (1..=3).contains(&digits) {
        let v = b[..digits]
            .iter()
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'));
        (digits, Marker::Number(v))
    } else if digits == 0 && b.len() >= 2 && b[0].is_ascii_lowercase() {
        (1, Marker::Letter(u32::from(b[0] - b'a')))
    } else {
        return None;
    };
    match &b[value_len..] {
        b"." | b")" | b".)" => Some(marker),
        _ => None,
    }
}

/// Whether `next` continues the list that `first` started (`1.` → `2.`).
pub fn continues_list(first: Option<Marker>, next: Option<Marker>) -> bool {
    match (first, next) {
        (_, Some(Marker::Bullet)) => true,
        (Some(Marker::Number(a)), Some(Marker::Number(b))) => b == a + 1,
        (Some(Marker::Letter(a)), Some(Marker::Letter(b))) => b == a + 1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        let lists: [&[u64]; 4] = [&TITLES, &ABBREVIATIONS, &BEFORE_NUMBER, &SENTENCE_STARTERS];
        for list in lists {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn token_parts() {
        assert_eq!(parts("“(Hello.”"), ("“(", "Hello", ".”"));
        assert_eq!(parts("U.S."), ("", "U.S", "."));
        assert_eq!(parts("..."), ("", "", "..."));
        assert_eq!(parts("\"'"), ("\"'", "", ""));
        assert_eq!(last_segment("example.com"), "com");
        assert_eq!(list_marker("2.)"), Some(Marker::Number(2)));
        assert_eq!(list_marker("b."), Some(Marker::Letter(1)));
        assert_eq!(list_marker("⁃10."), Some(Marker::Bullet));
        assert_eq!(list_marker("2025."), None);
        assert!(is_title("Mr") && is_abbreviation("U.S") && is_before_number("No"));
    }
}

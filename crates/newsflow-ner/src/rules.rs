//! Exact rules for the numeric and temporal labels: DATE, TIME, PERCENT,
//! MONEY, QUANTITY, ORDINAL and CARDINAL. They work on tokens and never
//! touch tokens that the statistical model already labelled.

use crate::Label;
use newsflow_text::Span;

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const RELATIVE_DAYS: &[&str] = &["today", "yesterday", "tomorrow"];
const PERIODS: &[&str] = &[
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "weekend",
    "decade",
    "decades",
    "century",
    "centuries",
    "day",
    "days",
    "season",
    "quarter",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "term",
];
const DATE_MODIFIERS: &[&str] = &[
    "last", "next", "this", "past", "coming", "previous", "same", "early", "late", "mid",
    "earlier", "later", "recent",
];
const TIME_WORDS: &[&str] = &["noon", "midnight", "tonight", "overnight"];
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
    "half",
];
const SCALES: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "m", "k", "crore",
    "lakh", "crores", "lakhs",
];
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fifteenth",
    "twentieth",
    "thirtieth",
    "hundredth",
    "thousandth",
];
const CURRENCY_SYMBOLS: &[&str] = &[
    "$", "£", "€", "¥", "₹", "US$", "A$", "C$", "HK$", "Rs", "Rs.",
];
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "rupee",
    "rupees", "cent", "cents", "francs", "marks", "pence", "p", "roubles", "rubles", "dinars",
    "riyals", "pesos", "won", "usd", "eur", "gbp",
];
const PERCENT_WORDS: &[&str] = &["%", "percent", "pct", "per cent", "percentage"];
const UNITS: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "kilogram",
    "grams",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "acres",
    "hectares",
    "degrees",
    "mph",
    "kph",
    "km/h",
    "megawatts",
    "mw",
    "gw",
    "kw",
    "sq",
    "square",
    "lb",
    "lbs",
    "ounces",
    "oz",
    "knots",
    "bpd",
];

fn is_in(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Digits with optional thousands separators and a decimal part: "26",
/// "4.5", "1,200".
fn is_digits(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
}

/// A number with a scale glued on, as in "$1.13bn" or "£600m".
fn is_scaled_digits(w: &str) -> bool {
    ["bn", "m", "mn", "k", "tn", "b"]
        .iter()
        .any(|suf| w.strip_suffix(suf).is_some_and(is_digits))
}

fn is_number_word(w: &str) -> bool {
    if is_in(w, NUMBER_WORDS) {
        return true;
    }
    // "twenty-five"
    w.split_once('-')
        .is_some_and(|(a, b)| is_in(a, NUMBER_WORDS) && is_in(b, NUMBER_WORDS))
}

fn is_ordinal(w: &str) -> bool {
    if is_in(w, ORDINALS) {
        return true;
    }
    let b = w.as_bytes();
    b.len() >= 3 && b[..b.len() - 2].iter().all(u8::is_ascii_digit) && {
        let suf = &w[w.len() - 2..];
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suf))
    }
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|c| c.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1800..=2099).contains(&y))
}

fn is_day(w: &str) -> bool {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (1..=2).contains(&d.len())
        && d.bytes().all(|c| c.is_ascii_digit())
        && d.parse::<u32>().is_ok_and(|x| (1..=31).contains(&x))
        && (d.len() == w.len() || is_ordinal(w))
}

fn is_decade(w: &str) -> bool {
    // "1990s", "90s", "’90s"
    let w = w.trim_start_matches(['\'', '’']);
    w.ends_with('s')
        && (w.len() == 5 || w.len() == 3)
        && w[..w.len() - 1].bytes().all(|c| c.is_ascii_digit())
        && w[..w.len() - 1].ends_with('0')
}

fn is_numeric_date(w: &str) -> bool {
    // 2024-05-10, 10/05/2024, 5/10
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    parts.len() >= 2
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
        && (parts.iter().any(|p| p.len() == 4) || (w.contains('/') && parts.len() == 3))
}

fn is_clock(w: &str) -> bool {
    // 10:30, 9.30am, 10am
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let lw = w.to_ascii_lowercase();
    let core = lw
        .trim_end_matches("a.m.")
        .trim_end_matches("p.m.")
        .trim_end_matches("am")
        .trim_end_matches("pm");
    if let Some((h, m)) = core.split_once(':') {
        return (1..=2).contains(&h.len())
            && h.bytes().all(|c| c.is_ascii_digit())
            && m.len() == 2
            && m.bytes().all(|c| c.is_ascii_digit());
    }
    core.len() < lw.len()
        && (1..=2).contains(&core.len())
        && core.bytes().all(|c| c.is_ascii_digit())
}

struct Toks<'a> {
    text: &'a str,
    toks: &'a [Span],
    taken: &'a [bool],
}

impl Toks<'_> {
    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn free(&self, i: usize) -> bool {
        i < self.toks.len() && !self.taken.get(i).copied().unwrap_or(true)
    }
    fn is(&self, i: usize, list: &[&str]) -> bool {
        self.free(i) && is_in(self.w(i), list)
    }
    /// End of a number phrase starting at `i` ("4.5 billion", "two
    /// hundred", "26"), or `None`.
    fn number(&self, i: usize) -> Option<usize> {
        if !self.free(i) {
            return None;
        }
        let w = self.w(i);
        if !(is_digits(w) || is_number_word(w)) {
            return None;
        }
        let mut j = i + 1;
        while self.free(j) {
            let x = self.w(j);
            if is_in(x, SCALES) && !(x == "m" || x == "k")
                || is_number_word(x) && is_number_word(self.w(j - 1))
            {
                j += 1;
            } else {
                break;
            }
        }
        Some(j)
    }
    fn month(&self, i: usize) -> bool {
        if !self.free(i) || !is_in(self.w(i), MONTHS) {
            return false;
        }
        let w = self.w(i);
        // Months need a capital; "May"/"March" also need date context.
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if w == "May" || w == "March" || w == "Jan" || w == "Dec" || w == "Oct" {
            let next = self.w(i + 1);
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            return is_day(next)
                || is_year(next)
                || is_in(
                    prev,
                    &[
                        "in", "on", "since", "until", "by", "early", "late", "mid", "last", "next",
                        "this", "of", "from", "through", "till", "before", "after", "during",
                    ],
                );
        }
        true
    }

    /// Longest match at `i`.
    fn at(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        // "the past two years", "the 1990s", "the 21st century": OntoNotes
        // keeps the article in relative dates.
        if w.eq_ignore_ascii_case("the") && self.free(i) {
            if self.is(
                i + 1,
                &[
                    "past",
                    "last",
                    "next",
                    "previous",
                    "coming",
                    "same",
                    "following",
                    "first",
                ],
            ) {
                if let Some((j, Label::Date)) = self.at(i + 1) {
                    return Some((j, Label::Date));
                }
            }
            if self.free(i + 1) && is_decade(self.w(i + 1)) {
                return Some((i + 2, Label::Date));
            }
            if self.free(i + 1) && is_ordinal(self.w(i + 1)) && self.is(i + 2, &["century"]) {
                return Some((i + 3, Label::Date));
            }
            return None;
        }
        // DATE: month-based.
        let date_core = |k: usize| -> Option<usize> {
            if self.month(k) {
                let mut j = k + 1;
                if self.free(j) && is_day(self.w(j)) {
                    j += 1;
                    if self.w(j) == "," && self.free(j + 1) && is_year(self.w(j + 1)) {
                        j += 2;
                    }
                }
                if self.free(j) && is_year(self.w(j)) {
                    j += 1;
                }
                return Some(j);
            }
            if self.free(k) && is_day(self.w(k)) && self.month(k + 1) {
                let mut j = k + 2;
                if self.free(j) && is_year(self.w(j)) {
                    j += 1;
                }
                return Some(j);
            }
            if self.is(k, WEEKDAYS) && self.w(k).chars().next().is_some_and(char::is_uppercase) {
                return Some(k + 1);
            }
            if self.free(k) && (is_decade(self.w(k)) || is_numeric_date(self.w(k))) {
                return Some(k + 1);
            }
            if self.free(k) && is_year(self.w(k)) && !self.is(k + 1, UNITS) {
                return Some(k + 1);
            }
            None
        };
        if let Some(j) = date_core(i) {
            // "Sunday morning" is a time.
            if j == i + 1 && self.is(i, WEEKDAYS) && self.is(j, DAY_PARTS) {
                return Some((j + 1, Label::Time));
            }
            return Some((j, Label::Date));
        }
        // Ages: "26-year-old", "two-year-old".
        if self.free(i) && (w.ends_with("-year-old") || w.ends_with("-years-old")) {
            return Some((i + 1, Label::Date));
        }
        // "early May", "last year", "this week", "last Monday",
        // "past two years", "earlier this year".
        if self.is(i, DATE_MODIFIERS) {
            if let Some(j) = date_core(i + 1) {
                return Some((j, Label::Date));
            }
            if self.is(i + 1, PERIODS) {
                return Some((i + 2, Label::Date));
            }
            if let Some(j) = self.number(i + 1) {
                if self.is(j, PERIODS) {
                    return Some((j + 1, Label::Date));
                }
            }
            if self.is(i + 1, &["this", "last", "next"]) && self.is(i + 2, PERIODS) {
                return Some((i + 3, Label::Date));
            }
            if self.is(i + 1, DAY_PARTS) && is_in(w, &["this", "last", "tomorrow", "yesterday"]) {
                return Some((i + 2, Label::Time));
            }
        }
        // "a year ago", "a decade ago".
        if is_in(w, &["a", "an"]) && self.is(i + 1, PERIODS) && self.is(i + 2, &["ago"]) {
            return Some((i + 3, Label::Date));
        }
        if self.is(i, RELATIVE_DAYS) {
            if self.is(i + 1, DAY_PARTS) {
                return Some((i + 2, Label::Time));
            }
            return Some((i + 1, Label::Date));
        }
        if self.is(i, TIME_WORDS) {
            return Some((i + 1, Label::Time));
        }
        if self.free(i) && is_clock(w) {
            let mut j = i + 1;
            if self.is(
                j,
                &[
                    "a.m.", "p.m.", "am", "pm", "gmt", "utc", "est", "ist", "pst",
                ],
            ) {
                j += 1;
            }
            return Some((j, Label::Time));
        }
        // MONEY: "$ 4.5 billion", "Rs 500 crore".
        if self.is(i, CURRENCY_SYMBOLS) {
            if let Some(j) = self.number(i + 1) {
                return Some((j, Label::Money));
            }
            if self.free(i + 1) && is_scaled_digits(self.w(i + 1)) {
                return Some((i + 2, Label::Money));
            }
        }
        if let Some(j) = self.number(i) {
            if self.free(i) && (is_digits(w) || is_number_word(w)) {
                // Time: "10 a.m."
                if is_digits(w) && self.is(j, &["a.m.", "p.m.", "am", "pm"]) {
                    return Some((j + 1, Label::Time));
                }
                if self.is(j, CURRENCY_WORDS) && !(self.w(j) == "p" || self.w(j) == "won") {
                    return Some((j + 1, Label::Money));
                }
                if self.is(j, &["%", "percent", "pct"]) {
                    return Some((j + 1, Label::Percent));
                }
                if self.is(j, &["per"]) && self.is(j + 1, &["cent"]) {
                    return Some((j + 2, Label::Percent));
                }
                if self.is(j, &["percentage"]) && self.is(j + 1, &["point", "points"]) {
                    return Some((j + 2, Label::Percent));
                }
                if self.is(j, UNITS) {
                    let mut e = j + 1;
                    if self.w(j).eq_ignore_ascii_case("square") && self.free(e) {
                        e += 1;
                    }
                    return Some((e, Label::Quantity));
                }
                // Durations and ages are dates in OntoNotes: "two years",
                // "26 days ago".
                if self.is(j, PERIODS) && !self.w(j).eq_ignore_ascii_case("term") {
                    let mut e = j + 1;
                    if self.is(e, &["ago", "old"]) {
                        e += 1;
                    }
                    return Some((e, Label::Date));
                }
                if self.is(j, &["hours", "hour", "minutes", "minute", "seconds"]) {
                    return Some((j + 1, Label::Time));
                }
                // "one" alone as a pronoun ("one of them") is still a
                // cardinal in OntoNotes; "half" alone is not.
                if w.eq_ignore_ascii_case("half") && j == i + 1 {
                    return None;
                }
                // "no one", "one another", "someone" are not numbers.
                if w.eq_ignore_ascii_case("one")
                    && j == i + 1
                    && (i > 0
                        && is_in(
                            self.w(i - 1),
                            &["no", "any", "every", "the", "this", "that", "each"],
                        )
                        || is_in(self.w(j), &["another", "'s", "’s"]))
                {
                    return None;
                }
                return Some((j, Label::Cardinal));
            }
        }
        if self.free(i) && is_ordinal(w) {
            return Some((i + 1, Label::Ordinal));
        }
        let _ = PERCENT_WORDS;
        None
    }
}

/// Lower-cased words that can start a rule match (everything else that can
/// start one begins with a digit or an apostrophe).
fn starters() -> &'static crate::hash::KeyMap<()> {
    static SET: std::sync::OnceLock<crate::hash::KeyMap<()>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        [
            MONTHS,
            WEEKDAYS,
            RELATIVE_DAYS,
            DATE_MODIFIERS,
            TIME_WORDS,
            NUMBER_WORDS,
            ORDINALS,
            CURRENCY_SYMBOLS,
            &["a", "an", "the"],
        ]
        .iter()
        .flat_map(|l| l.iter())
        .map(|w| (crate::features::word_key(w), ()))
        .collect()
    })
}

fn may_start(w: &str) -> bool {
    let Some(&b) = w.as_bytes().first() else {
        return false;
    };
    if b.is_ascii_digit() || b == b'\'' || !b.is_ascii() {
        return true;
    }
    let set = starters();
    set.contains_key(&crate::features::word_key(w))
        || w.split_once('-')
            .is_some_and(|(a, _)| set.contains_key(&crate::features::word_key(a)))
}

/// Approximators that OntoNotes includes in number mentions ("about
/// 200", "more than 3%").
fn approximator_start(t: &Toks<'_>, i: usize) -> usize {
    let one = [
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "some",
        "over",
        "under",
        "only",
    ];
    if i >= 2
        && t.free(i - 2)
        && t.free(i - 1)
        && (is_in(t.w(i - 1), &["than"]) && is_in(t.w(i - 2), &["more", "less", "fewer"])
            || is_in(t.w(i - 2), &["at"]) && is_in(t.w(i - 1), &["least", "most"])
            || is_in(t.w(i - 2), &["up"]) && is_in(t.w(i - 1), &["to"]))
    {
        return i - 2;
    }
    if i >= 1 && t.free(i - 1) && is_in(t.w(i - 1), &one) {
        return i - 1;
    }
    i
}

/// Appends numeric entities for one sentence's tokens. `taken[i]` marks
/// tokens inside entities found by the model.
pub fn apply(text: &str, toks: &[Span], taken: &[bool], out: &mut Vec<(usize, usize, Label)>) {
    let t = Toks { text, toks, taken };
    let mut i = 0;
    while i < toks.len() {
        if !may_start(t.w(i)) {
            i += 1;
            continue;
        }
        match t.at(i) {
            Some((j, label)) if j > i && j <= toks.len() => {
                let mut start = i;
                if matches!(
                    label,
                    Label::Cardinal | Label::Money | Label::Percent | Label::Quantity
                ) {
                    let prev_end = out.last().map_or(0, |e| e.1);
                    start = approximator_start(&t, i).max(prev_end);
                }
                out.push((start, j, label));
                i = j;
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_text::tokenize;

    fn run(text: &str) -> Vec<(String, Label)> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let taken = vec![false; toks.len()];
        let mut out = Vec::new();
        apply(text, &toks, &taken, &mut out);
        out.iter()
            .map(|&(s, e, l)| (text[toks[s].start..toks[e - 1].end].to_owned(), l))
            .collect()
    }

    #[test]
    fn table() {
        use Label::*;
        let cases: &[(&str, &[(&str, Label)])] = &[
            (
                "on May 10 and July 25, 2025",
                &[("May 10", Date), ("July 25, 2025", Date)],
            ),
            ("you may go in May", &[("May", Date)]),
            (
                "the April 22 attack claimed 26 lives",
                &[("April 22", Date), ("26", Cardinal)],
            ),
            (
                "rose 3.5% to $4.5 billion",
                &[("3.5%", Percent), ("$4.5 billion", Money)],
            ),
            ("2.6 per cent", &[("2.6 per cent", Percent)]),
            (
                "at 10:30 a.m. on Sunday morning",
                &[("10:30 a.m.", Time), ("Sunday morning", Time)],
            ),
            (
                "in the 1990s and in 2024",
                &[("the 1990s", Date), ("2024", Date)],
            ),
            (
                "the third time in two years",
                &[("third", Ordinal), ("two years", Date)],
            ),
            ("some 40 km away", &[("some 40 km", Quantity)]),
            ("no one knows; one of them", &[("one", Cardinal)]),
            (
                "last week and next year",
                &[("last week", Date), ("next year", Date)],
            ),
            ("Rs 500 crore", &[("Rs 500 crore", Money)]),
            ("in the past two years", &[("the past two years", Date)]),
            ("earlier this year", &[("earlier this year", Date)]),
            (
                "the 1990s and the 21st century",
                &[("the 1990s", Date), ("the 21st century", Date)],
            ),
            ("a 26-year-old man", &[("26-year-old", Date)]),
            ("the first time", &[("first", Ordinal)]),
        ];
        for (text, want) in cases {
            let got = run(text);
            let want: Vec<(String, Label)> =
                want.iter().map(|(s, l)| ((*s).to_owned(), *l)).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}

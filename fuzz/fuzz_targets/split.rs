//! Fuzzes the sentence splitter on arbitrary UTF-8 (raw and normalized):
//! it must not panic, and its spans must be ordered, non-overlapping,
//! trimmed, on character boundaries and cover all non-whitespace.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsflow_text::{normalize, split_sentences};

fn check(text: &str) {
    let spans = split_sentences(text);
    let mut last = 0;
    for s in &spans {
        assert!(last <= s.start && s.start < s.end && s.end <= text.len());
        let t = text.get(s.start..s.end).expect("char boundaries");
        assert_eq!(t, t.trim());
        assert!(text[last..s.start].chars().all(char::is_whitespace));
        last = s.end;
    }
    assert!(text[last..].chars().all(char::is_whitespace));
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
        check(&normalize(text));
    }
});

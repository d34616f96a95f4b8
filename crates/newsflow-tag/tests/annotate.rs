//! The whole annotation on arbitrary and on real text: never a panic, and
//! every span is a valid, ordered slice of the text it came from.

use newsflow_tag::{Annotations, Span, Tagger};
use proptest::prelude::*;
use std::sync::OnceLock;

fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| Tagger::new().expect("embedded models load"))
}

fn valid(text: &str, s: Span) -> bool {
    s.start < s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

fn check(text: &str, a: &Annotations) -> Result<(), TestCaseError> {
    for w in a.sentences.windows(2) {
        prop_assert!(w[0].end <= w[1].start, "sentences overlap");
    }
    for s in &a.sentences {
        prop_assert!(valid(text, *s), "bad sentence {s:?}");
    }
    for w in a.entities.windows(2) {
        prop_assert!(
            w[0].span.end <= w[1].span.start,
            "entities overlap or are unsorted"
        );
    }
    for (i, e) in a.entities.iter().enumerate() {
        prop_assert!(valid(text, e.span), "bad entity {e:?}");
        prop_assert!(e.cluster <= i, "cluster points forward");
    }
    for st in &a.stances {
        prop_assert!(st.sentence < a.sentences.len());
        prop_assert!(valid(text, st.cue.span));
        prop_assert!((0.0..=1.0).contains(&st.confidence));
        if let Some(t) = st.target {
            prop_assert!(valid(text, t));
        }
        for m in st
            .holder
            .iter()
            .chain(st.reported_by.as_ref().map(|r| &r.source))
        {
            prop_assert!(valid(text, m.span));
            prop_assert!(m.entity.is_none_or(|e| e < a.entities.len()));
        }
    }
    for q in &a.quotes {
        prop_assert!(valid(text, q.span));
        prop_assert!(q.sentence < a.sentences.len());
        if let Some(sp) = &q.speaker {
            prop_assert!(valid(text, sp.span));
            prop_assert!(sp.entity.is_none_or(|e| e < a.entities.len()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_spans_are_valid(raw in "\\PC{0,300}") {
        let text = newsflow_text::normalize(&raw);
        check(&text, &tagger().annotate(&text))?;
    }

    #[test]
    fn news_like_fragments_never_panic(words in proptest::collection::vec(prop_oneof![
        Just("India"), Just("Pakistan’s"), Just("said"), Just("“"), Just("”"), Just("\""), Just("rejected"),
        Just("Mr."), Just("U.S."), Just("he"), Just("the minister"), Just("talks"), Just("."), Just(","),
        Just("\n\n"), Just("will not"), Just("$4.5 billion"), Just("May 10"), Just("Dar"), Just("—"),
        Just("(PoJK)"), Just("willing"), Just("to"), Just("blame"), Just("We"),
    ], 0..80)) {
        let text = newsflow_text::normalize(&words.join(" "));
        check(&text, &tagger().annotate(&text))?;
    }
}

#[test]
fn a_real_paragraph_has_entities_a_stance_and_a_quote() {
    let text = newsflow_text::normalize(
        "Pakistan’s Foreign Minister Ishaq Dar disclosed that India categorically rejected third-party mediation. \
         “We don’t want to push the conversation,” Dar continued.",
    );
    let a = tagger().annotate(&text);
    check(&text, &a).expect("valid spans");
    let names: Vec<&str> = a.entities.iter().map(|e| e.span.text(&text)).collect();
    assert!(names.contains(&"India"), "{names:?}");
    assert!(names.contains(&"Ishaq Dar"), "{names:?}");
    assert!(
        a.stances
            .iter()
            .any(|s| s.cue.span.text(&text) == "rejected"),
        "{:?}",
        a.stances
    );
    assert!(
        a.quotes
            .iter()
            .any(|q| q.span.text(&text).starts_with("We don’t want")),
        "{:?}",
        a.quotes
    );
}

//! The tagger on real news sentences, as tables: text, and the entities
//! (surface, label) that must be found.

use newsflow_ner::{Label, ModelError, Ner};
use newsflow_text::split_sentences;

fn tag(text: &str) -> Vec<(String, Label)> {
    let ner = Ner::shared().expect("embedded model loads");
    let sents = split_sentences(text);
    ner.tag(text, &sents)
        .iter()
        .map(|e| (e.span.text(text).to_owned(), e.label))
        .collect()
}

#[test]
fn entities_in_news_sentences() {
    use Label::*;
    let cases: &[(&str, &[(&str, Label)])] = &[
        (
            "Pakistan’s Foreign Minister Ishaq Dar said India rejected mediation.",
            &[("Pakistan", Gpe), ("Ishaq Dar", Person), ("India", Gpe)],
        ),
        (
            "Dar met US Secretary of State Marco Rubio in Washington on July 25.",
            &[("Marco Rubio", Person), ("Washington", Gpe), ("July 25", Date)],
        ),
        (
            "The ceasefire was agreed on May 10, weeks after the April 22 attack that claimed 26 lives.",
            &[("May 10", Date), ("April 22", Date), ("26", Cardinal)],
        ),
        (
            "Exports rose 3.5% to $4.5 billion, the central bank said.",
            &[("3.5%", Percent), ("$4.5 billion", Money)],
        ),
        (
            "German Chancellor Olaf Scholz flew to Beijing for talks with Chinese officials.",
            &[("German", Norp), ("Olaf Scholz", Person), ("Beijing", Gpe), ("Chinese", Norp)],
        ),
        (
            "Shares of Microsoft rose 2 percent on Tuesday after the company beat forecasts for the third quarter.",
            &[("Microsoft", Org), ("2 percent", Percent), ("Tuesday", Date), ("third", Ordinal)],
        ),
        (
            "India struck camps in Pakistan-occupied Jammu and Kashmir (PoJK) on Wednesday.",
            &[("India", Gpe), ("Jammu and Kashmir", Gpe), ("PoJK", Gpe)],
        ),
        (
            "India carried out strikes on nine camps as part of Operation Sindoor.",
            &[("India", Gpe), ("nine", Cardinal), ("Operation Sindoor", Event)],
        ),
        (
            "Quarterly profits at TimeWarner jumped 76% to $1.13bn (£600m), Mr Milburn said.",
            &[("76%", Percent), ("$1.13bn", Money), ("£600m", Money), ("Milburn", Person)],
        ),
        (
            "More than 200 people died a year ago, and some 40 km of road cost nearly $5 million.",
            &[
                ("More than 200", Cardinal),
                ("a year ago", Date),
                ("some 40 km", Quantity),
                ("nearly $5 million", Money),
            ],
        ),
        (
            "In an interview with Al Jazeera, the minister spoke at 10:30 a.m. on Friday.",
            &[("Al Jazeera", Org), ("10:30 a.m.", Time), ("Friday", Date)],
        ),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = tag(text);
        for (s, l) in *want {
            if !got.iter().any(|(gs, gl)| gs == s && gl == l) {
                failures.push(format!("{text:?}: missing {s:?} {l}; got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn output_is_sorted_non_overlapping_and_on_char_boundaries() {
    let text = "“We are eager,” Dar said in Islamabad on Monday. Ünïcödé names like Zoë Ångström visited Zürich — twice, in 2024.";
    let ner = Ner::shared().expect("model");
    let ents = ner.tag(text, &split_sentences(text));
    for w in ents.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{ents:?}");
    }
    for e in &ents {
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert!(!e.span.is_empty());
    }
}

#[test]
fn odd_input_never_panics() {
    let ner = Ner::shared().expect("model");
    for text in [
        "",
        " ",
        "$",
        "%",
        "'s",
        "— — —",
        "1,2,3,,,4..5",
        "May",
        "Operation",
    ] {
        let _ = ner.tag(text, &split_sentences(text));
    }
    // Spans outside the text or off char boundaries are ignored, not panics.
    let text = "Zoë";
    let _ = ner.tag(
        text,
        &[
            newsflow_text::Span::new(0, 3),
            newsflow_text::Span::new(2, 99),
        ],
    );
}

#[test]
fn other_model_versions_are_rejected() {
    let mut bytes = b"NFNERMDL".to_vec();
    bytes.extend_from_slice(&999u32.to_le_bytes());
    match Ner::from_bytes(&bytes) {
        Err(ModelError::Version { found: 999, .. }) => {}
        other => panic!("expected a version error, got {other:?}"),
    }
    assert!(matches!(
        Ner::from_bytes(b"garbage"),
        Err(ModelError::Corrupt(_))
    ));
}

#[test]
fn loads_fast() {
    let t = std::time::Instant::now();
    let _ = Ner::embedded().expect("model");
    // Generous for debug builds on a busy machine; release takes ~2 ms.
    assert!(t.elapsed().as_secs_f64() < 2.0);
}

#[test]
fn ner_is_shareable_across_threads() {
    fn assert_sync<T: Sync + Send>() {}
    assert_sync::<Ner>();
    let ner = Ner::shared().expect("model");
    let text = "India and Pakistan agreed on May 10.";
    let sents = split_sentences(text);
    let want = ner.tag(text, &sents);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| assert_eq!(ner.tag(text, &sents), want));
        }
    });
}

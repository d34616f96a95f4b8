use super::*;

/// Builds entities by finding each mention in order in `text`.
fn ents(text: &str, mentions: &[(&str, Label)]) -> Vec<Entity> {
    let mut from = 0;
    let mut out = Vec::new();
    for (m, label) in mentions {
        let Some(p) = text[from..].find(m) else {
            panic!("{m:?} not found in test text after byte {from}");
        };
        let start = from + p;
        out.push(Entity {
            span: Span::new(start, start + m.len()),
            label: *label,
        });
        from = start + m.len();
    }
    out
}

/// One gazetteer for all tests: building the automaton takes a while.
fn actors() -> &'static Actors {
    static A: std::sync::OnceLock<Actors> = std::sync::OnceLock::new();
    A.get_or_init(Actors::embedded)
}

fn run(text: &str, mentions: &[(&str, Label)]) -> Vec<(String, Label, Option<String>, usize)> {
    let sentences = newsflow_text::split_sentences(text);
    actors()
        .resolve(text, &sentences, &ents(text, mentions))
        .into_iter()
        .map(|e| (e.span.text(text).to_owned(), e.label, e.actor, e.cluster))
        .collect()
}

fn actor_of(text: &str, mentions: &[(&str, Label)], which: &str) -> Option<String> {
    run(text, mentions)
        .into_iter()
        .find(|e| e.0 == which)
        .and_then(|e| e.2)
}

use Label::*;

#[test]
fn actor_codes() {
    type Case<'a> = (&'a str, &'a [(&'a str, Label)], &'a str, Option<&'a str>);
    let cases: &[Case] = &[
        ("Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar disclosed that India rejected it.",
         &[("Pakistan", Gpe), ("Ishaq Dar", Person), ("India", Gpe)], "Ishaq Dar", Some("PAKGOV")),
        ("Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar spoke.",
         &[("Pakistan", Gpe), ("Ishaq Dar", Person)], "Pakistan", Some("PAK")),
        ("He met US Secretary of State Marco Rubio on May 10.",
         &[("US", Gpe), ("Marco Rubio", Person)], "Marco Rubio", Some("USAGOV")),
        ("He met US Secretary of State Marco Rubio on May 10.",
         &[("US", Gpe), ("Marco Rubio", Person)], "US", Some("USA")),
        ("despite US President Donald Trump’s repeated claims",
         &[("US", Gpe), ("Donald Trump", Person)], "Donald Trump", Some("USAGOV")),
        ("Shelling by the Indian army continued.", &[("Indian", Norp)], "Indian", Some("INDMIL")),
        ("India had denied any American involvement.", &[("India", Gpe), ("American", Norp)], "American", Some("USA")),
        ("a meeting in Washington on July 25", &[("Washington", Gpe)], "Washington", Some("USA")),
        ("New Delhi was against outside intervention.", &[("New Delhi", Gpe)], "New Delhi", Some("IND")),
        ("The Kremlin said nothing.", &[("Kremlin", Org)], "Kremlin", Some("RUS")),
        ("Downing Street said nothing.", &[("Downing Street", Fac)], "Downing Street", Some("GBR")),
        ("The UAE and the U.S. agreed.", &[("UAE", Org), ("U.S.", Gpe)], "UAE", Some("ARE")),
        ("The UAE and the U.S. agreed.", &[("UAE", Org), ("U.S.", Gpe)], "U.S.", Some("USA")),
        ("NATO allies met in Brussels.", &[("NATO", Org)], "NATO", Some("NATO")),
        ("The United Nations called for calm.", &[("United Nations", Org)], "United Nations", Some("UNO")),
        ("The European Union imposed sanctions.", &[("European Union", Org)], "European Union", Some("EUR")),
        ("Russian forces shelled Kharkiv overnight.", &[("Russian", Norp), ("Kharkiv", Gpe)], "Russian", Some("RUSMIL")),
        ("Russian Foreign Minister Sergei Lavrov said so.", &[("Russian", Norp), ("Sergei Lavrov", Person)], "Sergei Lavrov", Some("RUSGOV")),
        ("Russian Foreign Minister Sergei Lavrov said so.", &[("Russian", Norp), ("Sergei Lavrov", Person)], "Russian", Some("RUS")),
        ("Ukraine's armed forces said so.", &[("Ukraine", Gpe)], "Ukraine", Some("UKR")),
        ("Ukrainian armed forces said so.", &[("Ukrainian", Norp)], "Ukrainian", Some("UKRMIL")),
        ("The U.S. Trade Representative, Sarah Whitfield, defended the tariffs.",
         &[("U.S.", Gpe), ("Sarah Whitfield", Person)], "Sarah Whitfield", Some("USAGOV")),
        ("German carmakers criticized the tariffs.", &[("German", Norp)], "German", Some("DEUBUS")),
        ("Pakistan and India agreed.", &[("Pakistan", Gpe), ("India", Gpe)], "Pakistan", Some("PAK")),
        ("the Pakistani opposition walked out", &[("Pakistani", Norp)], "Pakistani", Some("PAKOPP")),
        ("Wang Yi, China's foreign minister, arrived.", &[("Wang Yi", Person), ("China", Gpe)], "Wang Yi", Some("CHNGOV")),
        ("Kaja Kallas, the foreign policy chief of the European Union, arrived.",
         &[("Kaja Kallas", Person), ("European Union", Org)], "Kaja Kallas", None),
        ("Army Chief General Asim Munir of Pakistan", &[("Asim Munir", Person), ("Pakistan", Gpe)], "Asim Munir", Some("PAKMIL")),
        ("Sudan’s army retook Bara. General Idris Kamal said so. The United States and Washington's allies, the U.S. said, disagree.",
         &[("Sudan", Gpe), ("Bara", Gpe), ("Idris Kamal", Person), ("United States", Gpe), ("Washington", Gpe), ("U.S.", Gpe)], "Idris Kamal", Some("SDNMIL")),
        ("Dr. Lena Vogt, an analyst in Berlin, disagreed.", &[("Lena Vogt", Person), ("Berlin", Gpe)], "Lena Vogt", None),
        ("Pakistan’s Army Chief General Asim Munir", &[("Pakistan", Gpe), ("Asim Munir", Person)], "Asim Munir", Some("PAKMIL")),
        ("Al Jazeera reported it.", &[("Al Jazeera", Org)], "Al Jazeera", None),
        ("Operation Sindoor ended.", &[("Operation Sindoor", Event)], "Operation Sindoor", None),
        ("The Qataris mediated.", &[("Qataris", Norp)], "Qataris", Some("QAT")),
        ("Azerbaijan’s Foreign Ministry said so.", &[("Azerbaijan", Gpe), ("Foreign Ministry", Org)], "Foreign Ministry", Some("AZEGOV")),
        ("the Russian Defence Ministry said", &[("Russian", Norp), ("Defence Ministry", Org)], "Defence Ministry", Some("RUSGOV")),
        ("The Commerce Ministry said so.", &[("Commerce Ministry", Org)], "Commerce Ministry", None),
        ("BEIJING, May 15 — China condemned it.", &[("BEIJING", Gpe), ("China", Gpe)], "BEIJING", Some("CHN")),
        ("NEW DELHI (Reuters) — India said so.", &[("NEW DELHI", Gpe), ("India", Gpe)], "NEW DELHI", Some("IND")),
    ];
    for (text, mentions, which, want) in cases {
        assert_eq!(
            actor_of(text, mentions, which).as_deref(),
            *want,
            "{which:?} in {text:?}"
        );
    }
}

#[test]
fn robust_to_wrong_labels_and_merged_titles() {
    // The baseline tagger labels everything ORG and merges titles into names.
    let text = "Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar spoke. Dar left.";
    let got = run(
        text,
        &[
            ("Pakistan", Org),
            ("Deputy Prime Minister", Org),
            ("Foreign Minister Ishaq Dar", Org),
            ("Dar", Org),
        ],
    );
    let find = |t: &str| got.iter().find(|e| e.0 == t).cloned();
    assert_eq!(
        find("Pakistan").map(|e| (e.1, e.2)),
        Some((Gpe, Some("PAK".into())))
    );
    assert_eq!(
        find("Ishaq Dar").map(|e| (e.1, e.2)),
        Some((Person, Some("PAKGOV".into())))
    );
    let dar = got.iter().rposition(|e| e.0 == "Dar");
    let first = got.iter().position(|e| e.0 == "Ishaq Dar");
    assert!(dar.is_some() && first.is_some());
    let dar = got[dar.unwrap_or(0)].clone();
    assert_eq!(dar.1, Person);
    assert_eq!(dar.2.as_deref(), Some("PAKGOV"));
    assert_eq!(Some(dar.3), first);
}

#[test]
fn country_title_before_an_appositive_name() {
    let text = "The U.S. Trade Representative, Sarah Whitfield, defended the tariffs. The Indian Army denied it.";
    let got = run(
        text,
        &[
            ("U.S. Trade Representative", Org),
            ("Sarah Whitfield", Person),
            ("Indian Army", Org),
        ],
    );
    let names: Vec<_> = got
        .iter()
        .map(|e| (e.0.as_str(), e.1, e.2.as_deref()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("U.S.", Gpe, Some("USA")),
            ("Sarah Whitfield", Person, Some("USAGOV")),
            ("Indian Army", Org, Some("INDMIL")),
        ]
    );
}

#[test]
fn merged_country_title_name_is_split() {
    let text = "US President Donald Trump claimed credit.";
    let got = run(text, &[("US President Donald Trump", Org)]);
    let names: Vec<_> = got
        .iter()
        .map(|e| (e.0.as_str(), e.1, e.2.as_deref()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("US", Gpe, Some("USA")),
            ("Donald Trump", Person, Some("USAGOV"))
        ]
    );
}

#[test]
fn later_mentions_share_the_first_mentions_cluster() {
    let text = "US President Donald Trump spoke. India denied it. Trump insisted. Trump’s aides agreed. New Delhi was silent.";
    let got = run(
        text,
        &[
            ("US", Gpe),
            ("Donald Trump", Person),
            ("India", Gpe),
            ("Trump", Person),
            ("Trump", Org),
            ("New Delhi", Gpe),
        ],
    );
    let trump = got.iter().position(|e| e.0 == "Donald Trump");
    let later: Vec<_> = got.iter().filter(|e| e.0 == "Trump").collect();
    assert_eq!(later.len(), 2);
    for l in later {
        assert_eq!(Some(l.3), trump);
        assert_eq!(l.2.as_deref(), Some("USAGOV"));
        assert_eq!(l.1, Person);
    }
    // New Delhi and India are the same actor.
    let india = got.iter().position(|e| e.0 == "India");
    let delhi = got.iter().find(|e| e.0 == "New Delhi").map(|e| e.3);
    assert_eq!(delhi, india);
}

#[test]
fn missed_gazetteer_names_are_added() {
    let text =
        "Talks between Pakistani and Indian officials in Islamabad stalled. Jordan Peterson spoke.";
    let got = run(text, &[("Jordan Peterson", Person)]);
    let names: Vec<_> = got.iter().map(|e| (e.0.as_str(), e.2.as_deref())).collect();
    assert_eq!(
        names,
        vec![
            ("Pakistani", Some("PAK")),
            ("Indian", Some("INDGOV")),
            ("Islamabad", Some("PAK")),
            ("Jordan Peterson", None),
        ]
    );
}

#[test]
fn output_is_sorted_and_non_overlapping() {
    let text = "The Indian army and Pakistan's Army Chief General Asim Munir met in Geneva.";
    let got = actors().resolve(
        text,
        &newsflow_text::split_sentences(text),
        &ents(
            text,
            &[
                ("Indian army", Org),
                ("Pakistan's Army Chief General Asim Munir", Person),
                ("Geneva", Gpe),
            ],
        ),
    );
    for w in got.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{got:?}");
    }
    for (i, e) in got.iter().enumerate() {
        assert!(e.cluster <= i);
    }
}

#[test]
fn every_un_member_has_a_code() {
    let a = actors();
    for (name, code) in [
        ("Tuvalu", "TUV"),
        ("Kyrgyzstan", "KGZ"),
        ("Ivory Coast", "CIV"),
        ("South Sudan", "SSD"),
        ("North Korea", "PRK"),
        ("United Kingdom", "GBR"),
        ("the Netherlands", "NLD"),
        ("Ukraine's", "UKR"),
    ] {
        assert_eq!(a.lookup(name), Some(code), "{name}");
    }
    // 193 UN members + observers and territories, every code 3 letters.
    let data = newsflow_text::places::COUNTRIES;
    let codes: Vec<&str> = data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert!(codes.len() >= 193 + 2, "{}", codes.len());
    assert!(codes
        .iter()
        .all(|c| c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase())));
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), codes.len(), "duplicate codes");
}

/// Error classes found on `samples/`: (text, mentions, mention, actor).
#[test]
fn precision_classes_on_real_sentences() {
    type Case<'a> = (&'a str, &'a [(&'a str, Label)], &'a str, Option<&'a str>);
    let cases: &[Case] = &[
        // A later mention of a person carries the cluster's actor, also
        // when the mention itself resolved to the bare country.
        (
            "Pakistan’s Foreign Minister Ishaq Dar spoke. Dar, of Pakistan, left.",
            &[
                ("Pakistan", Gpe),
                ("Ishaq Dar", Person),
                ("Dar", Person),
                ("Pakistan", Gpe),
            ],
            "Dar",
            Some("PAKGOV"),
        ),
        // A body named by its head before "of".
        (
            "India’s Ministry of External Affairs dismissed the remarks.",
            &[("India", Gpe), ("Ministry of External Affairs", Org)],
            "Ministry of External Affairs",
            Some("INDGOV"),
        ),
        // An office named by a title in the possessive is kept whole.
        (
            "Israel’s Prime Minister’s Office said in a statement that Israel would not accept it.",
            &[("Israel", Gpe), ("Office", Org), ("Israel", Gpe)],
            "Prime Minister’s Office",
            Some("ISRGOV"),
        ),
        (
            "The President's Office said so.",
            &[("Office", Org)],
            "President's Office",
            None,
        ),
    ];
    for (text, mentions, which, want) in cases {
        let got = run(text, mentions);
        let found = got.iter().rfind(|e| e.0 == *which);
        assert!(found.is_some(), "{which:?} not in {got:?}");
        assert_eq!(
            found.and_then(|e| e.2.as_deref()),
            *want,
            "{which:?} in {text:?}"
        );
    }
}

#[test]
fn a_spokesperson_without_a_country_speaks_for_the_body_just_named() {
    let text = "India’s Ministry of External Affairs dismissed the remarks. A spokesman, Vikram Solanki, said in New Delhi that it was unchanged. Solanki left.";
    let mentions = [
        ("India", Gpe),
        ("Ministry of External Affairs", Org),
        ("Vikram Solanki", Person),
        ("New Delhi", Gpe),
        ("Solanki", Person),
    ];
    for which in ["Vikram Solanki", "Solanki"] {
        assert_eq!(
            actor_of(text, &mentions, which).as_deref(),
            Some("INDGOV"),
            "{which}"
        );
    }
}

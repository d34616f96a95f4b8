use super::*;
use newsflow_ner::Label::{self, Cardinal, Date, Gpe, Norp, Org, Person};

/// Builds resolved entities by finding each mention in order in `text`;
/// later mentions with the same last word share the first one's cluster.
pub(crate) fn ents(text: &str, mentions: &[(&str, Label, Option<&str>)]) -> Vec<ResolvedEntity> {
    let mut from = 0;
    let mut out: Vec<ResolvedEntity> = Vec::new();
    for (m, label, actor) in mentions {
        let Some(p) = text[from..].find(m) else {
            panic!("{m:?} not found after byte {from}");
        };
        let start = from + p;
        let last = m.rsplit(' ').next().unwrap_or(m);
        let cluster = out
            .iter()
            .position(|e| e.span.text(text).rsplit(' ').next() == Some(last))
            .unwrap_or(out.len());
        out.push(ResolvedEntity {
            span: Span::new(start, start + m.len()),
            label: *label,
            actor: actor.map(str::to_owned),
            cluster,
        });
        from = start + m.len();
    }
    out
}

/// A fixed sentence splitter for tests, so they do not depend on the
/// splitter's evolution: a sentence ends at `.`, `?` or `!` (with closing
/// quotes) before a space.
pub(crate) fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let mut end = i + 1;
            while text[end..].starts_with('”') || text[end..].starts_with('"') {
                end += text[end..].chars().next().map_or(1, char::len_utf8);
            }
            let next_upper = text[end..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"');
            let word = text[..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = matches!(word, "Dr" | "Mr" | "Ms" | "Mrs" | "Gen" | "U.S" | "U.N")
                || (word.len() == 1 && word.chars().all(char::is_uppercase));
            if b.get(end) == Some(&b' ') && next_upper && !abbreviation {
                out.push(Span::new(start, end));
                start = end + 1;
            }
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

fn run(text: &str, mentions: &[(&str, Label, Option<&str>)]) -> (Vec<Stance>, Vec<Quote>) {
    let sentences = split(text);
    extract(text, &sentences, &ents(text, mentions))
}

/// (holder, holder actor, cue, target, polarity, event, negated, reported by)
type Want<'a> = (
    &'a str,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    Polarity,
    Option<Event>,
    bool,
    Option<&'a str>,
);

fn show(text: &str, s: &Stance) -> Want<'static> {
    let leak = |x: &str| -> &'static str { Box::leak(x.to_owned().into_boxed_str()) };
    (
        leak(s.holder.as_ref().map_or("", |h| h.span.text(text))),
        s.holder.as_ref().and_then(|h| h.actor.as_deref()).map(leak),
        leak(s.cue.span.text(text)),
        s.target.map(|t| leak(t.text(text))),
        s.polarity,
        s.event,
        s.negated,
        s.reported_by
            .as_ref()
            .map(|r| leak(r.source.span.text(text))),
    )
}

use Polarity::{Neutral, Oppose, Support};

type Mentions<'a> = Vec<(&'a str, Label, Option<&'a str>)>;
/// (quote, speaker, resolved entity's cluster head, speech verb)
type QuoteWant<'a> = (&'a str, &'a str, &'a str, Option<&'a str>);

#[test]
fn stances_on_real_sentences() {
    let cases: Vec<(&str, Mentions, Vec<Want>)> = vec![
        (
            "Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar disclosed that India categorically rejected third-party mediation during Operation Sindoor.",
            vec![("Pakistan", Gpe, Some("PAK")), ("Ishaq Dar", Person, Some("PAKGOV")), ("India", Gpe, Some("IND")), ("Operation Sindoor", Label::Event, None)],
            vec![("India", Some("IND"), "rejected", Some("third-party mediation"), Oppose, Some(Event::Reject), false, Some("Ishaq Dar"))],
        ),
        (
            "However, India denied such allegations, reaffirming its policy of managing matters pertaining to Pakistan on its own.",
            vec![("India", Gpe, Some("IND")), ("Pakistan", Gpe, Some("PAK"))],
            vec![("India", Some("IND"), "denied", Some("such allegations"), Oppose, Some(Event::Reject), false, None)],
        ),
        (
            "This highlighted Islamabad’s attempt to place the blame for the impasse on India.",
            vec![("Islamabad", Gpe, Some("PAK")), ("India", Gpe, Some("IND"))],
            vec![("Islamabad", Some("PAK"), "blame", Some("India"), Oppose, Some(Event::Accuse), false, None)],
        ),
        (
            "Dar claimed that when he brought up the topic with US Secretary of State Marco Rubio, he was informed that New Delhi was against outside intervention.",
            vec![("Dar", Person, Some("PAKGOV")), ("US", Gpe, Some("USA")), ("Marco Rubio", Person, Some("USAGOV")), ("New Delhi", Gpe, Some("IND"))],
            vec![("New Delhi", Some("IND"), "against", Some("outside intervention"), Oppose, Some(Event::Reject), false, Some("he"))],
        ),
        (
            "The minister also emphasized that Pakistan will not “beg” for talks.",
            vec![("Pakistan", Gpe, Some("PAK"))],
            vec![("Pakistan", Some("PAK"), "will not “beg”", Some("talks"), Neutral, None, true, Some("The minister"))],
        ),
        (
            "Dar emphasized that talks mattered, even as he reiterated Pakistan’s willingness to talks.",
            vec![("Dar", Person, Some("PAKGOV")), ("Pakistan", Gpe, Some("PAK"))],
            vec![("Pakistan", Some("PAK"), "willingness", Some("talks"), Support, Some(Event::Consult), false, Some("he"))],
        ),
        (
            "His remarks cast Pakistan as amenable to dialogue.",
            vec![("Pakistan", Gpe, Some("PAK"))],
            vec![("Pakistan", Some("PAK"), "amenable", Some("dialogue"), Support, Some(Event::Consult), false, None)],
        ),
        (
            "Moscow rejected the proposal, the Kremlin spokesman said.",
            vec![("Moscow", Gpe, Some("RUS")), ("Kremlin", Org, Some("RUS"))],
            vec![("Moscow", Some("RUS"), "rejected", Some("the proposal"), Oppose, Some(Event::Reject), false, Some("the Kremlin spokesman"))],
        ),
        (
            "The European Union imposed sanctions on Iran on Monday.",
            vec![("European Union", Org, Some("EUR")), ("Iran", Gpe, Some("IRN")), ("Monday", Date, None)],
            vec![("European Union", Some("EUR"), "imposed sanctions on", Some("Iran"), Oppose, Some(Event::Sanction), false, None)],
        ),
        (
            "Kyiv said it was not willing to cede territory.",
            vec![("Kyiv", Gpe, Some("UKR"))],
            vec![("it", Some("UKR"), "was not willing", Some("cede territory"), Oppose, None, true, None)],
        ),
        (
            "Israel accused Hamas of violating the truce, according to Reuters.",
            vec![("Israel", Gpe, Some("ISR")), ("Hamas", Org, None), ("Reuters", Org, None)],
            vec![("Israel", Some("ISR"), "accused", Some("Hamas"), Oppose, Some(Event::Accuse), false, Some("Reuters"))],
        ),
        (
            "Qatar called for an immediate ceasefire in Gaza.",
            vec![("Qatar", Gpe, Some("QAT")), ("Gaza", Gpe, Some("PSE"))],
            vec![("Qatar", Some("QAT"), "called for", Some("an immediate ceasefire in Gaza"), Support, Some(Event::Request), false, None)],
        ),
        (
            "The attack, which was sparked by the April 22 Pahalgam terror attack that claimed 26 lives, ended.",
            vec![("April 22", Date, None), ("Pahalgam", Gpe, None), ("26", Cardinal, None)],
            vec![],
        ),
        (
            "Dar recalled that India had flatly denied any American involvement in mediating the ceasefire between the two nations.",
            vec![("Dar", Person, Some("PAKGOV")), ("India", Gpe, Some("IND")), ("American", Norp, Some("USA"))],
            vec![("India", Some("IND"), "denied", Some("any American involvement in mediating the ceasefire"), Oppose, Some(Event::Reject), false, Some("Dar"))],
        ),
        (
            "The Organization of American States called for calm and urged both camps to resolve disputes.",
            vec![("Organization of American States", Org, Some("OAS"))],
            vec![
                ("Organization of American States", Some("OAS"), "called for", Some("calm"), Support, Some(Event::Request), false, None),
                ("Organization of American States", Some("OAS"), "urged", Some("both camps to resolve disputes"), Support, Some(Event::Request), false, None),
            ],
        ),
        (
            "Israel and Hamas agreed on Wednesday to extend the ceasefire, mediators in Doha said.",
            vec![("Israel", Gpe, Some("ISR")), ("Hamas", Org, None), ("Wednesday", Date, None)],
            vec![
                ("Hamas", None, "agreed", Some("extend the ceasefire"), Support, Some(Event::Agree), false, Some("mediators")),
                ("Israel", Some("ISR"), "agreed", Some("extend the ceasefire"), Support, Some(Event::Agree), false, Some("mediators")),
            ],
        ),
        (
            "Qatar’s prime minister said both sides had accepted the exchange.",
            vec![("Qatar", Gpe, Some("QAT"))],
            vec![],
        ),
        (
            "German carmakers, which sell heavily in China, criticized the tariffs.",
            vec![("German", Norp, Some("DEUBUS")), ("China", Gpe, Some("CHN"))],
            vec![("German", Some("DEUBUS"), "criticized", Some("the tariffs"), Oppose, Some(Event::Accuse), false, None)],
        ),
        (
            "Bolivia’s main opposition alliance on Sunday rejected the results.",
            vec![("Bolivia", Gpe, Some("BOL")), ("Sunday", Date, None)],
            vec![("Bolivia’s main opposition alliance", Some("BOLOPP"), "rejected", Some("the results"), Oppose, Some(Event::Reject), false, None)],
        ),
        (
            "The African Union condemned attacks on civilians and demanded that both sides open corridors.",
            vec![("African Union", Org, Some("AFU"))],
            vec![
                ("African Union", Some("AFU"), "condemned", Some("attacks on civilians"), Oppose, Some(Event::Accuse), false, None),
                ("African Union", Some("AFU"), "demanded", Some("both sides open corridors"), Support, Some(Event::Request), false, None),
            ],
        ),
        (
            "A Hamas official accused Israel of delaying aid and said the group was committed to the agreement.",
            vec![("Hamas", Org, None), ("Israel", Gpe, Some("ISR"))],
            vec![
                ("Hamas", None, "accused", Some("Israel"), Oppose, Some(Event::Accuse), false, None),
                ("the group", None, "committed to", Some("the agreement"), Support, Some(Event::Agree), false, None),
            ],
        ),
        (
            "The RSF accused the army of bombing markets and said it was ready to join talks in Jeddah.",
            vec![("RSF", Org, None), ("Jeddah", Gpe, None)],
            vec![
                ("RSF", None, "accused", Some("the army"), Oppose, Some(Event::Accuse), false, None),
                ("it", None, "ready", Some("join talks in Jeddah"), Support, Some(Event::Consult), false, None),
            ],
        ),
        (
            "China on Thursday condemned a U.S. decision to raise tariffs and threatened to retaliate.",
            vec![("China", Gpe, Some("CHN")), ("Thursday", Date, None), ("U.S.", Gpe, Some("USA"))],
            vec![
                ("China", Some("CHN"), "condemned", Some("a U.S. decision to raise tariffs"), Oppose, Some(Event::Accuse), false, None),
                ("China", Some("CHN"), "threatened", Some("retaliate"), Oppose, Some(Event::Threaten), false, None),
            ],
        ),
        (
            "Iran rejects IAEA demand for access to damaged nuclear sites",
            vec![("Iran", Gpe, Some("IRN")), ("IAEA", Org, Some("IAEA"))],
            vec![
                ("Iran", Some("IRN"), "rejects", Some("IAEA demand for access to damaged nuclear sites"), Oppose, Some(Event::Reject), false, None),
                ("IAEA", Some("IAEA"), "demand", Some("access to damaged nuclear sites"), Support, Some(Event::Request), false, None),
            ],
        ),
        (
            "Russia withdrew from the arrangement a year later.",
            vec![("Russia", Gpe, Some("RUS"))],
            vec![("Russia", Some("RUS"), "withdrew from", Some("the arrangement"), Neutral, Some(Event::Retreat), false, None)],
        ),
        (
            "The ceasefire proposal was rejected by Hamas on Monday, officials said.",
            vec![("Hamas", Org, None), ("Monday", Date, None)],
            vec![("Hamas", None, "rejected", Some("The ceasefire proposal"), Oppose, Some(Event::Reject), false, Some("officials"))],
        ),
        (
            "India was accused of violating the truce.",
            vec![("India", Gpe, Some("IND"))],
            vec![],
        ),
        (
            "Russia expressed strong support for the plan, according to two diplomats.",
            vec![("Russia", Gpe, Some("RUS"))],
            vec![("Russia", Some("RUS"), "support", Some("the plan"), Support, Some(Event::Support), false, Some("two diplomats"))],
        ),
        (
            "The Arab League called on Israel to halt the offensive.",
            vec![("Arab League", Org, Some("ARL")), ("Israel", Gpe, Some("ISR"))],
            vec![("Arab League", Some("ARL"), "called on", Some("Israel to halt the offensive"), Support, Some(Event::Request), false, None)],
        ),
        (
            "New Delhi refused to open its agriculture sector to American imports.",
            vec![("New Delhi", Gpe, Some("IND")), ("American", Norp, Some("USA"))],
            vec![("New Delhi", Some("IND"), "refused", Some("open its agriculture sector to American imports"), Oppose, Some(Event::Reject), false, None)],
        ),
        (
            "It condemns the October 7 attacks by Hamas, calls on the group to release all hostages.",
            vec![("October 7", Date, None), ("Hamas", Org, None)],
            vec![
                ("It", None, "condemns", Some("the October 7 attacks"), Oppose, Some(Event::Accuse), false, None),
                ("It", None, "calls on", Some("the group to release all hostages"), Support, Some(Event::Request), false, None),
            ],
        ),
        (
            "India and the U.S. held talks in New Delhi. Indian officials met U.S. envoys. The government denied the claim.",
            vec![("India", Gpe, Some("IND")), ("U.S.", Gpe, Some("USA")), ("New Delhi", Gpe, Some("IND")), ("Indian", Norp, Some("INDGOV")), ("U.S.", Gpe, Some("USA"))],
            vec![("The government", Some("INDGOV"), "denied", Some("the claim"), Oppose, Some(Event::Reject), false, None)],
        ),
        (
            "Armenian Prime Minister Davit Hakobyan told parliament that his government remained committed to a peace treaty.",
            vec![("Armenian", Norp, Some("ARM")), ("Davit Hakobyan", Person, Some("ARMGOV"))],
            vec![("his government", Some("ARMGOV"), "committed to", Some("a peace treaty"), Support, Some(Event::Agree), false, Some("Davit Hakobyan"))],
        ),
        (
            "Britain’s prime minister ruled out calling an early general election and rejected calls to resign.",
            vec![("Britain", Gpe, Some("GBR"))],
            vec![
                ("Britain’s prime minister", Some("GBRGOV"), "ruled out", Some("calling an early general election"), Oppose, Some(Event::Reject), false, None),
                ("Britain’s prime minister", Some("GBRGOV"), "rejected", Some("calls to resign"), Oppose, Some(Event::Reject), false, None),
            ],
        ),
        (
            "Georgian diplomats signed open letters. Rwanda and Congo signed a peace agreement.",
            vec![("Georgian", Norp, Some("GEOGOV")), ("Rwanda", Gpe, Some("RWA")), ("Congo", Gpe, Some("COD"))],
            vec![
                ("Congo", Some("COD"), "signed", Some("a peace agreement"), Support, Some(Event::Agree), false, None),
                ("Rwanda", Some("RWA"), "signed", Some("a peace agreement"), Support, Some(Event::Agree), false, None),
            ],
        ),
        (
            "China would not accept what she called economic coercion.",
            vec![("China", Gpe, Some("CHN"))],
            vec![("China", Some("CHN"), "would not accept", Some("what she called economic coercion"), Oppose, Some(Event::Reject), true, None)],
        ),
        (
            "The opposition refused to recognise the vote, and the EU said it was ready to support talks.",
            vec![("EU", Org, Some("EUR"))],
            vec![
                ("The opposition", None, "refused", Some("recognise the vote"), Oppose, Some(Event::Reject), false, None),
                ("it", Some("EUR"), "ready", Some("support talks"), Support, Some(Event::Consult), false, None),
            ],
        ),
        (
            "Washington accused the government of not accepting deportees.",
            vec![("Washington", Gpe, Some("USA"))],
            vec![("Washington", Some("USA"), "accused", Some("the government"), Oppose, Some(Event::Accuse), false, None)],
        ),
        (
            "Ukraine’s armed forces shelled positions near Donetsk.",
            vec![("Ukraine", Gpe, Some("UKR")), ("Donetsk", Gpe, None)],
            vec![("Ukraine’s armed forces", Some("UKRMIL"), "shelled", Some("positions near Donetsk"), Oppose, Some(Event::Assault), false, None)],
        ),
    ];
    for (text, mentions, want) in cases {
        let (stances, _) = run(text, &mentions);
        let got: Vec<Want> = stances.iter().map(|s| show(text, s)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn quotes_and_speakers() {
    // (text, mentions, [(quote text, speaker text, resolved entity text, cue)])
    let cases: Vec<(&str, Mentions, Vec<QuoteWant>)> = vec![
        (
            "Dar spoke in Doha. The minister also emphasized that Pakistan will not “beg” for talks, stating that “it takes two to tango” and presenting talks as an issue.",
            vec![("Dar", Person, Some("PAKGOV")), ("Doha", Gpe, Some("QAT")), ("Pakistan", Gpe, Some("PAK"))],
            vec![("it takes two to tango", "The minister", "Dar", Some("stating"))],
        ),
        (
            "Dar spoke. “There is nothing we are pleading for. We are eager to engage in dialogue. We don’t want to push the conversation,” Dar continued.",
            vec![("Dar", Person, Some("PAKGOV")), ("Dar", Person, Some("PAKGOV"))],
            vec![("There is nothing we are pleading for. We are eager to engage in dialogue. We don’t want to push the conversation,", "Dar", "Dar", Some("continued"))],
        ),
        (
            "Zelensky was defiant. \"We will not give up our land,\" he told reporters in Kyiv.",
            vec![("Zelensky", Person, Some("UKRGOV")), ("Kyiv", Gpe, Some("UKR"))],
            vec![("We will not give up our land,", "he", "Zelensky", Some("told reporters"))],
        ),
        (
            "The spokeswoman, Maria Zakharova, was blunt: “Kyiv is not interested in peace.”",
            vec![("Maria Zakharova", Person, Some("RUSGOV")), ("Kyiv", Gpe, Some("UKR"))],
            vec![("Kyiv is not interested in peace.", "The spokeswoman", "Maria Zakharova", None)],
        ),
        (
            "Maria Zakharova was blunt. Zakharova: “Kyiv is not interested in peace.”",
            vec![("Maria Zakharova", Person, Some("RUSGOV")), ("Zakharova", Person, Some("RUSGOV")), ("Kyiv", Gpe, Some("UKR"))],
            vec![("Kyiv is not interested in peace.", "Zakharova", "Maria Zakharova", None)],
        ),
        (
            "“The door remains open,” said Lavrov. “But not for ever.”",
            vec![("Lavrov", Person, Some("RUSGOV"))],
            vec![("The door remains open,", "Lavrov", "Lavrov", Some("said")), ("But not for ever.", "Lavrov", "Lavrov", None)],
        ),
        (
            "\"This is one of our strongest packages yet,\" the EU's foreign policy chief, Kaja Kallas, said after a meeting.",
            vec![("EU", Org, Some("EUR")), ("Kaja Kallas", Person, Some("EUR"))],
            vec![("This is one of our strongest packages yet,", "Kaja Kallas", "Kaja Kallas", Some("said"))],
        ),
        (
            "A foreign ministry spokesman in Tehran said the E3 had “failed to condemn the attacks.”",
            vec![("Tehran", Gpe, Some("IRN")), ("E3", Org, None)],
            vec![("failed to condemn the attacks.", "A foreign ministry spokesman", "", Some("said"))],
        ),
        (
            "ADDIS ABABA, May 2 — The African Union called for a truce, warning of “one of the worst atrocities of this century.”",
            vec![("ADDIS ABABA", Gpe, Some("ETH")), ("May 2", Date, None), ("African Union", Org, Some("AFU"))],
            vec![("one of the worst atrocities of this century.", "African Union", "African Union", Some("warning"))],
        ),
        (
            "Officials in the Baltic states said Europe had “finally woken up to the threat.”",
            vec![("Baltic", Norp, None), ("Europe", Label::Loc, None)],
            vec![("finally woken up to the threat.", "", "", None)],
        ),
        (
            "“At 5%, governments would spend more on defence than on schools,” said Dr. Lena M. Vogt, an analyst.",
            vec![("5%", Label::Percent, None), ("Lena M. Vogt", Person, None)],
            vec![("At 5%, governments would spend more on defence than on schools,", "Lena M. Vogt", "Lena M. Vogt", Some("said"))],
        ),
        (
            "“Every day without access is a day in which people die,” said a WFP spokeswoman in Nairobi.",
            vec![("WFP", Org, Some("UNO")), ("Nairobi", Gpe, Some("KEN"))],
            vec![("Every day without access is a day in which people die,", "WFP", "WFP", Some("said"))],
        ),
        (
            "Leyla Abdullayeva spoke. “We are ready to sign. The text is on the table.\n“What we need now is political will,” she said.",
            vec![("Leyla Abdullayeva", Person, Some("AZEGOV"))],
            vec![
                ("We are ready to sign. The text is on the table.", "she", "Leyla Abdullayeva", None),
                ("What we need now is political will,", "she", "Leyla Abdullayeva", Some("said")),
            ],
        ),
        (
            "Analysts were calm. \"It's a signal, not an escalation,\" said Dr. Park Ji-won, a researcher.",
            vec![],
            vec![("It's a signal, not an escalation,", "Park Ji-won", "", Some("said"))],
        ),
        (
            "Mark Rutte hailed the agreement as “a quantum leap for the alliance.”",
            vec![("Mark Rutte", Person, Some("NATO"))],
            vec![("a quantum leap for the alliance.", "Mark Rutte", "Mark Rutte", Some("hailed"))],
        ),
        (
            "“It is an invasion of the state,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said.",
            vec![("Scott Pruitt", Person, None), ("Oklahoma", Gpe, None)],
            vec![("It is an invasion of the state,", "Scott Pruitt", "Scott Pruitt", Some("said"))],
        ),
        (
            "The deal was called a “historic mistake” by critics.",
            vec![],
            vec![],
        ),
    ];
    for (text, mentions, want) in cases {
        let (_, quotes) = run(text, &mentions);
        let ents = ents(text, &mentions);
        let got: Vec<QuoteWant> = quotes
            .iter()
            .map(|q| {
                let sp = q.speaker.as_ref();
                let resolved = sp
                    .and_then(|m| m.entity)
                    .and_then(|e| ents.get(e))
                    .map(|e| ents[e.cluster].span.text(text))
                    .unwrap_or("");
                (
                    q.span.text(text),
                    sp.map_or("", |m| m.span.text(text)),
                    resolved,
                    q.cue.as_ref().map(|c| c.span.text(text)),
                )
            })
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn we_inside_a_ministers_quote_is_his_country() {
    let text = "“We are delighted and eager to engage in dialogue with any nation,” Dar continued.";
    let (stances, quotes) = run(text, &[("Dar", Person, Some("PAKGOV"))]);
    assert_eq!(quotes.len(), 1);
    let s = stances.iter().find(|s| s.cue.span.text(text) == "eager");
    let s = s.map(|s| show(text, s));
    assert_eq!(
        s,
        Some((
            "We",
            Some("PAK"),
            "eager",
            Some("engage in dialogue"),
            Support,
            Some(Event::Consult),
            false,
            None
        ))
    );
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "“",
        "\"unclosed quote with several words here",
        "”backwards“ quote",
        "not",
        "said “",
        "—",
        "against against against",
    ] {
        let sentences = split(text);
        let _ = extract(text, &sentences, &[]);
    }
}

#[test]
fn never_panics_whatever_the_entities() {
    // Entities of every label over every window of one to four tokens,
    // including ones that swallow cues, quote marks and pronouns.
    let text = "“We reject it,” he said. Russia’s army, which the EU opposed, attacked Kyiv and said it was ready to talk. The group’s call for calm: “Not now.”";
    let sentences = split(text);
    let toks = newsflow_text::tokenize(text, Span::new(0, text.len()));
    let labels = [Person, Org, Gpe, Norp, Date, Cardinal];
    for width in 1..=4 {
        for (n, w) in toks.windows(width).enumerate() {
            let e = ResolvedEntity {
                span: Span::new(w[0].start, w[width - 1].end),
                label: labels[n % labels.len()],
                actor: (n % 2 == 0).then(|| "RUSGOV".to_owned()),
                cluster: 0,
            };
            let _ = extract(text, &sentences, &[e]);
        }
    }
}

/// Capitalised runs as entities of rotating labels: a crude tagger, to
/// drive the whole actor + stance path on arbitrary text.
fn crude_entities(text: &str, sentences: &[Span]) -> Vec<newsflow_ner::Entity> {
    let labels = [Person, Org, Gpe, Norp, Date];
    let mut out = Vec::new();
    for s in sentences {
        let toks = newsflow_text::tokenize(text, *s);
        let mut i = 0;
        while i < toks.len() {
            let cap = |k: usize| {
                toks[k]
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            if cap(i) {
                let a = i;
                while i < toks.len() && cap(i) {
                    i += 1;
                }
                out.push(newsflow_ner::Entity {
                    span: Span::new(toks[a].start, toks[i - 1].end),
                    label: labels[out.len() % labels.len()],
                });
            } else {
                i += 1;
            }
        }
    }
    out
}

proptest::proptest! {
    #[test]
    fn actors_and_stances_never_panic(
        text in "([A-Z][a-z]{0,6}|[a-z]{1,8}|rejected|said|against|willing to|“|”|\"|’s|n’t|U\\.S\\.|,|\\.|:|—|\n\n| ){0,60}"
    ) {
        let text = newsflow_text::normalize(&text);
        let sentences = newsflow_text::split_sentences(&text);
        let ents = crude_entities(&text, &sentences);
        let resolved = actors().resolve(&text, &sentences, &ents);
        for w in resolved.windows(2) {
            proptest::prop_assert!(w[0].span.end <= w[1].span.start);
        }
        let (stances, quotes) = extract(&text, &sentences, &resolved);
        for s in &stances {
            proptest::prop_assert!(s.cue.span.end <= text.len());
            proptest::prop_assert!((0.0..=1.0).contains(&s.confidence));
        }
        for q in &quotes {
            proptest::prop_assert!(q.span.end <= text.len() && q.span.start < q.span.end);
        }
    }
}

fn actors() -> &'static newsflow_actors::Actors {
    static A: std::sync::OnceLock<newsflow_actors::Actors> = std::sync::OnceLock::new();
    A.get_or_init(newsflow_actors::Actors::embedded)
}

/// Error classes found on `samples/` (2026-11-28), one real sentence each:
/// (text, mentions, cue, expected holder span and actor, or `None` when the
/// stance should be dropped, and the expected target).
#[test]
fn precision_classes_on_real_sentences() {
    type Case<'a> = (
        &'a str,
        Mentions<'a>,
        &'a str,
        Option<(&'a str, Option<&'a str>, &'a str)>,
    );
    let cases: Vec<Case> = vec![
        // A dateline is never a holder, also not through "it".
        (
            "ANKARA, Aug. 8 (Newsflow) — Turkey said on Friday it was ready to host fresh talks.",
            vec![("ANKARA", Gpe, Some("TUR")), ("Aug. 8", Date, None), ("Newsflow", Gpe, None), ("Turkey", Gpe, Some("TUR"))],
            "ready",
            Some(("it", Some("TUR"), "host fresh talks")),
        ),
        // A date inside the dateline ("Feb.", mislabelled) is no holder either.
        (
            "WASHINGTON, Feb. 27 (Newsflow) — The United States said on Wednesday it had revoked a licence. The opposition accused the government of fraud.",
            vec![("WASHINGTON", Gpe, Some("USA")), ("Feb.", Org, None), ("Newsflow", Gpe, None), ("United States", Gpe, Some("USA"))],
            "accused",
            Some(("The opposition", Some("USAOPP"), "the government")),
        ),
        // Scare quotes inside a target do not end it.
        (
            "China threatened to take “all necessary measures” in response.",
            vec![("China", Gpe, Some("CHN"))],
            "threatened",
            Some(("China", Some("CHN"), "take “all necessary measures”")),
        ),
        (
            "A Sudanese official said Khartoum supported \"a fair and reasonable solution\" to the dispute.",
            vec![("Sudanese", Norp, Some("SDN")), ("Khartoum", Gpe, Some("SDN"))],
            "supported",
            Some(("Khartoum", Some("SDN"), "a fair and reasonable solution")),
        ),
        // The object of a relative clause is the target.
        (
            "Sudan’s army said it had retaken the town of Bara from the paramilitary Rapid Support Forces, a claim the RSF denied.",
            vec![("Sudan", Gpe, Some("SDN")), ("Bara", Gpe, None), ("Rapid Support Forces", Org, None), ("RSF", Org, None)],
            "denied",
            Some(("RSF", None, "a claim")),
        ),
        // A determiner and an adjective are not a noun phrase yet.
        (
            "The African Union called for an immediate, unconditional ceasefire in Sudan.",
            vec![("African Union", Org, Some("AFU")), ("Sudan", Gpe, Some("SDN"))],
            "called for",
            Some(("African Union", Some("AFU"), "an immediate, unconditional ceasefire in Sudan")),
        ),
        // A target does not end with a preposition.
        (
            "Egypt will not accept a situation in which its water security depends on Ethiopia.",
            vec![("Egypt", Gpe, Some("EGY")), ("Ethiopia", Gpe, Some("ETH"))],
            "accept",
            Some(("Egypt", Some("EGY"), "a situation")),
        ),
        // No target, no stance.
        (
            "U.S. President Donald Trump has repeatedly claimed credit, which India has consistently denied.",
            vec![("U.S.", Gpe, Some("USA")), ("Donald Trump", Person, Some("USAGOV")), ("India", Gpe, Some("IND"))],
            "denied",
            None,
        ),
        (
            "“China firmly opposes this.",
            vec![("China", Gpe, Some("CHN"))],
            "opposes",
            None,
        ),
        // A possessive pronoun before a noun is not the holder.
        (
            "Its leader said her party would vote against the bill.",
            vec![],
            "vote against",
            None,
        ),
        // The object of "required … to" has not taken the position.
        (
            "It required Israel to withdraw from southern Lebanon within 60 days.",
            vec![("Israel", Gpe, Some("ISR")), ("Lebanon", Gpe, Some("LBN")), ("60 days", Date, None)],
            "withdraw from",
            None,
        ),
        // A mention inside a prepositional phrase is no holder, also after
        // a possessive pronoun ("it", the group, is).
        (
            "In a post on its Telegram channel, the group said it had “always welcomed peace” and accused army commanders of sabotage.",
            vec![("Telegram", Org, None)],
            "accused",
            Some(("it", None, "army commanders")),
        ),
        // A name modifying a noun: the holder is the noun phrase.
        (
            "Indian exporters welcomed the progress.",
            vec![("Indian", Norp, Some("INDBUS"))],
            "welcomed",
            Some(("Indian exporters", Some("INDBUS"), "the progress")),
        ),
        // A later mention carries its cluster's actor.
        (
            "Pakistan’s Foreign Minister Ishaq Dar arrived. Dar rejected the offer.",
            vec![("Pakistan", Gpe, Some("PAK")), ("Ishaq Dar", Person, Some("PAKGOV")), ("Dar", Person, None)],
            "rejected",
            Some(("Dar", Some("PAKGOV"), "the offer")),
        ),
    ];
    for (text, mentions, cue, want) in cases {
        let (stances, _) = run(text, &mentions);
        let got = stances
            .iter()
            .find(|s| s.cue.span.text(text).ends_with(cue))
            .map(|s| {
                (
                    s.holder.as_ref().map_or("", |h| h.span.text(text)),
                    s.holder.as_ref().and_then(|h| h.actor.as_deref()),
                    s.target.map_or("", |t| t.text(text)),
                )
            });
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn it_after_the_group_said_is_the_group() {
    let text = "The RSF, for its part, blamed the army for the collapse of previous talks. In a post on its Telegram channel, the group said it had “always welcomed peace efforts” and accused army commanders of taking orders.";
    let mentions = vec![("RSF", Org, None), ("Telegram", Org, None)];
    let (stances, _) = run(text, &mentions);
    let accused = stances
        .iter()
        .find(|s| s.cue.span.text(text) == "accused")
        .and_then(|s| s.holder.as_ref()?.entity);
    assert_eq!(accused, Some(0), "{stances:?}");
}

#[test]
fn datelines_never_speak() {
    let text = "ADDIS ABABA, Oct. 14 (Newsflow) — “This is one of the worst atrocities of this century,” the African Union warned.";
    let mentions = vec![
        ("ADDIS ABABA", Gpe, Some("ETH")),
        ("Oct. 14", Date, None),
        ("Newsflow", Gpe, None),
        ("African Union", Org, Some("AFU")),
    ];
    let (_, quotes) = run(text, &mentions);
    let speakers: Vec<_> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().map_or("", |s| s.span.text(text)))
        .collect();
    assert_eq!(speakers, vec!["African Union"]);
}

#[test]
fn a_name_modifying_a_role_is_not_the_speaker() {
    let cases: Vec<(&str, Mentions, &str, Option<&str>)> = vec![
        (
            "A Commission spokesman said the EU would “take its own decisions, based on its own evidence.”",
            vec![("Commission", Org, None), ("EU", Org, Some("EUR"))],
            "Commission",
            None,
        ),
        (
            "The U.K. foreign secretary said Russia was “playing for time and stalling the talks.”",
            vec![("U.K.", Gpe, Some("GBR")), ("Russia", Gpe, Some("RUS"))],
            "U.K.",
            Some("GBR"),
        ),
        (
            "The Palestinian ambassador, Riyad Mansour, welcomed the result, saying it showed that \"Palestine is not alone.\"",
            vec![("Palestinian", Norp, Some("PSE")), ("Riyad Mansour", Person, Some("PSEGOV")), ("Palestine", Gpe, Some("PSE"))],
            "Riyad Mansour",
            Some("PSEGOV"),
        ),
    ];
    for (text, mentions, speaker, actor) in cases {
        let (_, quotes) = run(text, &mentions);
        let got: Vec<_> = quotes
            .iter()
            .map(|q| {
                let s = q.speaker.as_ref();
                (
                    s.map_or("", |s| s.span.text(text)),
                    s.and_then(|s| s.actor.as_deref()),
                )
            })
            .collect();
        assert_eq!(got, vec![(speaker, actor)], "{text}");
    }
}

use newsflow_text::Span;

/// A reference to something in the text, resolved when possible: `entity`
/// indexes the document's resolved entities (for a pronoun or role noun, the
/// entity it refers to), `actor` is that entity's actor code.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub entity: Option<usize>,
    pub actor: Option<String>,
}

/// The words that express a position or a speech act, with their lemma.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub span: Span,
    pub lemma: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Polarity {
    Support,
    Oppose,
    Neutral,
}

impl Polarity {
    pub const fn as_str(self) -> &'static str {
        match self {
            Polarity::Support => "support",
            Polarity::Oppose => "oppose",
            Polarity::Neutral => "neutral",
        }
    }
}

/// PLOVER event categories used for stances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl Event {
    pub const ALL: [Event; 16] = [
        Event::Agree,
        Event::Consult,
        Event::Support,
        Event::Concede,
        Event::Cooperate,
        Event::Aid,
        Event::Retreat,
        Event::Request,
        Event::Accuse,
        Event::Reject,
        Event::Threaten,
        Event::Protest,
        Event::Sanction,
        Event::Mobilize,
        Event::Coerce,
        Event::Assault,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Event::Agree => "AGREE",
            Event::Consult => "CONSULT",
            Event::Support => "SUPPORT",
            Event::Concede => "CONCEDE",
            Event::Cooperate => "COOPERATE",
            Event::Aid => "AID",
            Event::Retreat => "RETREAT",
            Event::Request => "REQUEST",
            Event::Accuse => "ACCUSE",
            Event::Reject => "REJECT",
            Event::Threaten => "THREATEN",
            Event::Protest => "PROTEST",
            Event::Sanction => "SANCTION",
            Event::Mobilize => "MOBILIZE",
            Event::Coerce => "COERCE",
            Event::Assault => "ASSAULT",
        }
    }

    pub fn parse(s: &str) -> Option<Event> {
        Event::ALL
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s))
    }
}

/// Who reported a stance held by someone else ("Dar disclosed that India …").
#[derive(Debug, Clone, PartialEq)]
pub struct Reporter {
    pub source: Mention,
    pub cue: Cue,
}

/// A holder's position toward a target (SPEC §4).
#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    /// Index of the sentence the cue is in.
    pub sentence: usize,
    pub holder: Option<Mention>,
    pub cue: Cue,
    pub target: Option<Span>,
    pub polarity: Polarity,
    pub negated: bool,
    pub event: Option<Event>,
    pub reported_by: Option<Reporter>,
    pub confidence: f32,
}

/// Directly quoted speech: the span excludes the quote marks and may cover
/// several sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub span: Span,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    pub speaker: Option<Mention>,
    pub cue: Option<Cue>,
}

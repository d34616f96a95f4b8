//! Direct quotes and their speakers.

use crate::doc::{all_lower, Doc};
use crate::{speech_at, subject, Cue, Mention, Quote};
use newsflow_text::Span;

/// A quoted span of text: its content (without the marks) and whether a
/// closing mark was found before the paragraph ended.
struct Raw {
    content: Span,
}

fn is_open(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '„')
}

fn closes(open: char, c: char) -> bool {
    match open {
        '“' | '„' => matches!(c, '”' | '"' | '“'),
        '«' => c == '»',
        _ => matches!(c, '"' | '”'),
    }
}

/// Finds quoted spans: a closing mark ends one; a paragraph break ends an
/// unclosed one (news convention for quotes running over paragraphs).
fn raw_quotes(text: &str) -> Vec<Raw> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if !is_open(c) {
            i += 1;
            continue;
        }
        let start = b + c.len_utf8();
        let mut j = i + 1;
        let mut end = text.len();
        while j < chars.len() {
            let (bj, cj) = chars[j];
            if closes(c, cj) {
                end = bj;
                // A second opening mark means the first was never closed.
                if cj == '“' && c != '"' {
                    j = j.saturating_sub(1);
                }
                break;
            }
            if cj == '\n' && chars.get(j + 1).is_some_and(|&(_, n)| n == '\n') {
                end = bj;
                break;
            }
            j += 1;
        }
        let raw = text.get(start..end).unwrap_or("");
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            out.push(Raw {
                content: Span::new(start + lead, start + lead + trimmed.len()),
            });
        }
        i = j + 1;
    }
    out
}

/// Whether a quoted span is speech rather than scare quotes around a word
/// or two (“beg”) or a name.
fn is_speech(doc: &Doc, a: usize, b: usize) -> bool {
    let words = (a..b)
        .filter(|&k| doc.raw(k).chars().any(char::is_alphanumeric))
        .count();
    let ends_punct = b > a && matches!(doc.raw(b - 1), "." | "," | "!" | "?" | "…");
    words >= 4 || (words == 3 && ends_punct)
}

/// Finds quotes, marks their tokens in `doc` and resolves their speakers.
pub fn find(doc: &mut Doc) -> Vec<Quote> {
    let mut spans = Vec::new();
    for r in raw_quotes(doc.text) {
        let a = doc.tok_from(r.content.start);
        let b = doc.tok_from(r.content.end);
        if b > a && is_speech(doc, a, b) {
            spans.push((r.content, a, b));
        }
    }
    for (q, &(_, a, b)) in spans.iter().enumerate() {
        for slot in doc.quote_of.iter_mut().take(b).skip(a) {
            *slot = Some(q);
        }
    }
    let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
    for &(content, a, b) in &spans {
        let found = after(doc, b).or_else(|| before(doc, a));
        let (speaker, cue) = match found {
            Some((m, cue)) => (Some(m), cue),
            None => {
                // A quote that goes on from the previous one, as in a
                // paragraph that only continues the speaker's words.
                let prev = quotes.last().filter(|p| {
                    p.speaker.is_some() && doc.sentence_of(a) <= end_sentence(doc, p.span) + 2
                });
                (prev.and_then(|p| p.speaker.clone()), None)
            }
        };
        quotes.push(Quote {
            span: content,
            sentence: doc.sentence_of(a),
            speaker,
            cue,
        });
    }
    // A paragraph of quote whose attribution comes with the next quote.
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[i].speaker.is_none() && quotes[i + 1].speaker.is_some() {
            let gap = Span::new(quotes[i].span.end, quotes[i + 1].span.start);
            let only_marks = gap
                .text(doc.text)
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»'));
            if only_marks {
                quotes[i].speaker = quotes[i + 1].speaker.clone();
            }
        }
    }
    doc.quote_speakers = quotes.iter().map(|q| q.speaker.clone()).collect();
    quotes
}

fn end_sentence(doc: &Doc, span: Span) -> usize {
    let t = doc.tok_from(span.end);
    doc.sentence_of(t.saturating_sub(1))
}

fn mention(doc: &Doc, ci: usize) -> Option<Mention> {
    doc.modified_role(ci).or_else(|| doc.resolve_or_span(ci))
}

/// `…,” Dar continued.` / `…,” said Dar.` / `…,” the U.S. envoy, Rachel
/// Dunmore, said.` — `close` is the token after the quoted content (the
/// closing mark).
fn after(doc: &Doc, close: usize) -> Option<(Mention, Option<Cue>)> {
    if !doc.is_quote_mark(close) {
        return None;
    }
    let (_, se) = doc.sent_range(close);
    let mut k = close + 1;
    if doc.raw(k) == "," {
        k += 1;
    }
    if k >= se {
        return None;
    }
    if let Some((end, lemma)) = speech_at(doc, k) {
        // Inverted: "said Dar", "said Dr. Lena Vogt", "said a WFP spokeswoman".
        let ci = (end..(end + 4).min(se))
            .take_while(|&t| {
                let r = doc.raw(t);
                t == end
                    || doc.cand_at.get(t).copied().flatten().is_some()
                    || matches!(doc.lw(t), "the" | "a" | "an")
                    || r.ends_with('.')
                    || all_lower(r) && !crate::FUNCTION_WORDS.contains(&doc.lw(t))
            })
            .find_map(|t| doc.cand_at.get(t).copied().flatten());
        let Some(ci) = ci else {
            // A name the entity tagger missed: the capitalised words after
            // the verb ("said Dr. Park Ji-won"), without an entity.
            let a = (end..(end + 3).min(se)).find(|&t| !doc.raw(t).ends_with('.'))?;
            let b = (a..se)
                .take_while(|&t| doc.raw(t).chars().next().is_some_and(char::is_uppercase))
                .last()?
                + 1;
            let cue = Cue {
                span: doc.span(k, end),
                lemma: lemma.to_owned(),
            };
            let speaker = Mention {
                span: doc.span(a, b),
                entity: None,
                actor: None,
            };
            return Some((speaker, Some(cue)));
        };
        let cue = Cue {
            span: doc.span(k, end),
            lemma: lemma.to_owned(),
        };
        return Some((mention(doc, ci)?, Some(cue)));
    }
    // The speaker and the verb within a few words after the quote.
    let mut v = k;
    while v < se && v < k + 24 && !doc.is_quote_mark(v) && doc.raw(v) != ";" {
        if let Some((end, lemma)) = speech_at(doc, v) {
            if doc.lw(end) == "that" {
                return None;
            }
            // The head of "Scott Pruitt, the attorney general of Oklahoma,
            // said": the first mention that stands alone before a comma or
            // the verb; else the nearest one before the verb.
            let ci = (k..v)
                .filter_map(|t| doc.cand_at.get(t).copied().flatten())
                .find(|&ci| {
                    doc.cands.get(ci).is_some_and(|c| {
                        c.b == v || (doc.raw(c.b) == "," && !doc.after_preposition(c))
                    })
                })
                .or_else(|| {
                    (k..v)
                        .rev()
                        .filter_map(|t| doc.cand_at.get(t).copied().flatten())
                        .find(|&ci| doc.cands.get(ci).is_some_and(|c| !doc.after_preposition(c)))
                })?;
            let cue = Cue {
                span: doc.span(v, end),
                lemma: lemma.to_owned(),
            };
            return Some((mention(doc, ci)?, Some(cue)));
        }
        v += 1;
    }
    None
}

/// `Dar said: “…”` / `…, stating that “…”` — `a` is the first quoted token.
fn before(doc: &Doc, a: usize) -> Option<(Mention, Option<Cue>)> {
    let open = a.checked_sub(1)?;
    if open > 0 && doc.raw(open - 1) == ":" {
        // The splitter may have ended a sentence at the colon.
        let (sa, _) = doc.sent_range(open - 1);
        if let Some(ci) = doc.cand_ending_at(open - 1) {
            return Some((mention(doc, ci)?, None));
        }
        // "The spokeswoman was blunt: “…”"
        if speech_before(doc, open - 1, sa).is_none() {
            let ci = crate::sentence_subject(doc, open - 1)?;
            return Some((mention(doc, ci)?, None));
        }
    }
    let (sa, _) = doc.sent_range(open);
    let mut k = open;
    while k > sa {
        k -= 1;
        if doc.quote_of.get(k).copied().flatten().is_some() {
            return None;
        }
        let Some((end, lemma)) = speech_at(doc, k) else {
            continue;
        };
        if end > open {
            continue;
        }
        let (ci, _) = subject(doc, k)?;
        let cue = Cue {
            span: doc.span(k, end),
            lemma: lemma.to_owned(),
        };
        return Some((mention(doc, ci)?, Some(cue)));
    }
    None
}

fn speech_before(doc: &Doc, b: usize, sa: usize) -> Option<usize> {
    (sa..b).rev().find(|&k| speech_at(doc, k).is_some())
}

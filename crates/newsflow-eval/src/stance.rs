//! Evaluation section `stance`: stances, quotes and actor codes against the
//! seed article's gold (`seed-gold.json`) and the dev articles in `eval/dev/`
//! (same format). Matching follows issue 5:
//!
//! - a stance matches when it is in the same sentence, its holder matches by
//!   text or actor code, the polarity is the same and the targets overlap;
//! - a quote matches when the spans overlap by at least 90% (of the longer)
//!   and the speaker resolves to the gold speaker;
//! - an entity with a gold actor is right when most of the mentions with its
//!   text carry that code.
//!
//! Set `NEWSFLOW_EVAL_VERBOSE=1` to print every miss and false alarm.

use crate::Metric;
use anyhow::{Context, Result};
use newsflow_tag::{Annotations, Span, Tagger};
use serde_json::Value;
use std::path::Path;

/// Counts summed over the documents of one set.
#[derive(Debug, Default)]
struct Counts {
    stance_pred: usize,
    stance_pred_ok: usize,
    stance_gold: usize,
    stance_gold_ok: usize,
    stance_req: usize,
    stance_req_ok: usize,
    reported_gold: usize,
    reported_ok: usize,
    quote_pred: usize,
    quote_pred_ok: usize,
    quote_gold: usize,
    quote_gold_ok: usize,
    quote_req: usize,
    quote_req_ok: usize,
    actor_gold: usize,
    actor_ok: usize,
}

fn pct(num: usize, den: usize) -> f64 {
    if den == 0 {
        100.0
    } else {
        100.0 * num as f64 / den as f64
    }
}

impl Counts {
    fn metrics(&self, set: &str) -> Vec<Metric> {
        vec![
            Metric::new(
                format!("stance.{set}.precision"),
                pct(self.stance_pred_ok, self.stance_pred),
            ),
            Metric::new(
                format!("stance.{set}.recall"),
                pct(self.stance_gold_ok, self.stance_gold),
            ),
            Metric::new(
                format!("stance.{set}.recall_required"),
                pct(self.stance_req_ok, self.stance_req),
            ),
            Metric::new(
                format!("stance.{set}.required_found"),
                self.stance_req_ok as f64,
            ),
            Metric::new(
                format!("stance.{set}.reported_by_accuracy"),
                pct(self.reported_ok, self.reported_gold),
            ),
            Metric::new(
                format!("quote.{set}.precision"),
                pct(self.quote_pred_ok, self.quote_pred),
            ),
            Metric::new(
                format!("quote.{set}.recall"),
                pct(self.quote_gold_ok, self.quote_gold),
            ),
            Metric::new(
                format!("quote.{set}.recall_required"),
                pct(self.quote_req_ok, self.quote_req),
            ),
            Metric::new(
                format!("quote.{set}.required_found"),
                self.quote_req_ok as f64,
            ),
            Metric::new(
                format!("actor.{set}.accuracy"),
                pct(self.actor_ok, self.actor_gold),
            ),
        ]
    }
}

fn verbose() -> bool {
    std::env::var("NEWSFLOW_EVAL_VERBOSE").is_ok_and(|v| v == "1")
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn required(v: &Value) -> bool {
    v.get("required").and_then(Value::as_bool).unwrap_or(true)
}

/// Every byte span where `needle` occurs in `text` within `within`.
fn occurrences(text: &str, needle: &str, within: Span) -> Vec<Span> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let hay = within.text(text);
    let mut from = 0;
    while let Some(p) = hay.get(from..).and_then(|h| h.find(needle)) {
        let start = within.start + from + p;
        out.push(Span::new(start, start + needle.len()));
        from += p + needle.len().max(1);
    }
    out
}

/// Gold sentence spans: each gold sentence's text found in order.
fn gold_sentences(text: &str, gold: &Value) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    for s in gold
        .get("sentences")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let t = s.get("text").and_then(Value::as_str).unwrap_or("");
        match text.get(from..).and_then(|h| h.find(t)) {
            Some(p) => {
                out.push(Span::new(from + p, from + p + t.len()));
                from += p + t.len();
            }
            None => out.push(Span::default()),
        }
    }
    out
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Text of the entity a mention resolves to, and of its cluster's head.
fn resolved_names<'a>(text: &'a str, ann: &Annotations, entity: Option<usize>) -> Vec<&'a str> {
    let Some(e) = entity.and_then(|i| ann.entities.get(i)) else {
        return Vec::new();
    };
    let mut v = vec![e.span.text(text)];
    if let Some(h) = ann.entities.get(e.cluster) {
        v.push(h.span.text(text));
    }
    v
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |x: &str| x.trim().replace('’', "'").to_lowercase();
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && (a == b || a.rsplit(' ').next() == b.rsplit(' ').next())
}

fn score_doc(name: &str, text: &str, gold: &Value, ann: &Annotations, c: &mut Counts) {
    let sents = gold_sentences(text, gold);
    let empty = Vec::new();
    let arr = |k: &str| gold.get(k).and_then(Value::as_array).unwrap_or(&empty);

    // Stances.
    let gstances = arr("stances");
    let mut used = vec![false; ann.stances.len()];
    for g in gstances {
        let req = required(g);
        c.stance_gold += 1;
        c.stance_req += usize::from(req);
        let idx = g
            .get("sentence")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX);
        let Some(&sent) = usize::try_from(idx).ok().and_then(|i| sents.get(i)) else {
            continue;
        };
        let targets = occurrences(text, s(g, "target"), sent);
        let found = ann.stances.iter().enumerate().position(|(i, p)| {
            if used[i] || !sent.contains(p.cue.span) {
                return false;
            }
            let holder_ok = p.holder.as_ref().is_some_and(|h| {
                same_name(h.span.text(text), s(g, "holder"))
                    || (h.actor.is_some()
                        && h.actor.as_deref() == g.get("holder_actor").and_then(Value::as_str))
            });
            let target_ok = p
                .target
                .is_some_and(|t| targets.iter().any(|g| overlap(*g, t) > 0));
            holder_ok && target_ok && p.polarity.as_str() == s(g, "polarity")
        });
        match found {
            Some(i) => {
                used[i] = true;
                c.stance_gold_ok += 1;
                c.stance_req_ok += usize::from(req);
                if let Some(want) = g.get("reported_by").and_then(Value::as_str) {
                    c.reported_gold += 1;
                    let ok = ann.stances[i].reported_by.as_ref().is_some_and(|r| {
                        same_name(r.source.span.text(text), want)
                            || resolved_names(text, ann, r.source.entity)
                                .iter()
                                .any(|n| same_name(n, want))
                    });
                    c.reported_ok += usize::from(ok);
                    if !ok && verbose() {
                        eprintln!(
                            "eval: {name}: reported_by wrong: s{idx} {} —{}→: want {want}, got {:?}",
                            s(g, "holder"),
                            s(g, "cue"),
                            ann.stances[i]
                                .reported_by
                                .as_ref()
                                .map(|r| r.source.span.text(text))
                        );
                    }
                }
            }
            None if verbose() => eprintln!(
                "eval: {name}: stance missed{}: s{idx} {} —{}→ {} ({})",
                if req { " (required)" } else { "" },
                s(g, "holder"),
                s(g, "cue"),
                s(g, "target"),
                s(g, "polarity")
            ),
            None => {}
        }
    }
    c.stance_pred += ann.stances.len();
    c.stance_pred_ok += used.iter().filter(|u| **u).count();
    if verbose() {
        for (p, _) in ann.stances.iter().zip(&used).filter(|(_, u)| !**u) {
            eprintln!(
                "eval: {name}: stance extra: {} [{}] —{}→ {} ({}, {:?}, reported by {:?})",
                p.holder.as_ref().map_or("-", |h| h.span.text(text)),
                p.holder
                    .as_ref()
                    .and_then(|h| h.actor.as_deref())
                    .unwrap_or("-"),
                p.cue.span.text(text),
                p.target.map_or("-", |t| t.text(text)),
                p.polarity.as_str(),
                p.event.map(|e| e.as_str()),
                p.reported_by.as_ref().map(|r| r.source.span.text(text)),
            );
        }
    }

    // Quotes.
    let whole = Span::new(0, text.len());
    let mut qused = vec![false; ann.quotes.len()];
    for g in arr("quotes") {
        let req = required(g);
        c.quote_gold += 1;
        c.quote_req += usize::from(req);
        let spans = occurrences(text, s(g, "text"), whole);
        let want = s(g, "speaker_resolved");
        let found = ann.quotes.iter().enumerate().position(|(i, q)| {
            let span_ok = spans.iter().any(|g| {
                let longer = g.len().max(q.span.len()).max(1);
                overlap(*g, q.span) * 10 >= longer * 9
            });
            let speaker_ok = q.speaker.as_ref().is_some_and(|m| {
                resolved_names(text, ann, m.entity)
                    .iter()
                    .any(|n| same_name(n, want))
            });
            !qused[i] && span_ok && speaker_ok
        });
        match found {
            Some(i) => {
                qused[i] = true;
                c.quote_gold_ok += 1;
                c.quote_req_ok += usize::from(req);
            }
            None if verbose() => eprintln!(
                "eval: {name}: quote missed{}: {:?} by {}",
                if req { " (required)" } else { "" },
                s(g, "text"),
                want
            ),
            None => {}
        }
    }
    c.quote_pred += ann.quotes.len();
    c.quote_pred_ok += qused.iter().filter(|u| **u).count();
    if verbose() {
        for (q, _) in ann.quotes.iter().zip(&qused).filter(|(_, u)| !**u) {
            eprintln!(
                "eval: {name}: quote extra: {:?} by {:?}",
                q.span.text(text),
                q.speaker
                    .as_ref()
                    .map(|m| resolved_names(text, ann, m.entity))
            );
        }
    }

    // Actor codes.
    for g in arr("entities") {
        let Some(want) = g.get("actor").and_then(Value::as_str) else {
            continue;
        };
        c.actor_gold += 1;
        let mentions: Vec<_> = ann
            .entities
            .iter()
            .filter(|e| e.span.text(text) == s(g, "text"))
            .collect();
        let right = mentions
            .iter()
            .filter(|e| e.actor.as_deref() == Some(want))
            .count();
        let ok = !mentions.is_empty() && right * 2 >= mentions.len();
        c.actor_ok += usize::from(ok);
        if !ok && verbose() {
            eprintln!(
                "eval: {name}: actor wrong: {:?} want {want}, got {:?}",
                s(g, "text"),
                mentions
                    .iter()
                    .map(|e| e.actor.as_deref())
                    .collect::<Vec<_>>()
            );
        }
    }
}

pub fn run(data: &Path) -> Result<Vec<Metric>> {
    let tagger = Tagger::new().context("loading the tagger")?;
    let mut out = Vec::new();

    let (text, gold) = crate::data::seed(data)?;
    let mut seed = Counts::default();
    score_doc("seed", &text, &gold, &tagger.annotate(&text), &mut seed);
    out.extend(seed.metrics("seed"));

    let dev_dir = Path::new("eval/dev");
    if dev_dir.is_dir() {
        let files = crate::data::files_with_extension(dev_dir, "json")?;
        let mut dev = Counts::default();
        for gold_path in &files {
            let gold: Value = serde_json::from_str(&crate::data::read_text(gold_path)?)
                .with_context(|| format!("parsing {}", gold_path.display()))?;
            let doc = gold_path.with_extension("txt");
            let text = newsflow_text::normalize(&crate::data::read_text(&doc)?);
            let name = doc
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            score_doc(&name, &text, &gold, &tagger.annotate(&text), &mut dev);
        }
        if !files.is_empty() {
            out.extend(dev.metrics("dev"));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_and_names() {
        let t = "it takes two; it takes two.";
        assert_eq!(
            occurrences(t, "it takes two", Span::new(0, t.len())),
            vec![Span::new(0, 12), Span::new(14, 26)]
        );
        assert!(same_name("Dar", "Ishaq Dar"));
        assert!(same_name("The minister", "the minister"));
        assert!(!same_name("India", "Pakistan"));
        assert!(!same_name("", ""));
        assert_eq!(overlap(Span::new(0, 10), Span::new(5, 20)), 5);
    }
}

//! The stage bodies: plain blocking loops over channel receivers.

use crate::{PipelineError, Stats};
use async_channel::{Receiver, Sender};
use newsflow_fetch::{Body, Item, RawDoc};
use newsflow_record::{Meta, Record};
use newsflow_store::{DocOutcome, NewDoc, Reader, Store, Write};
use newsflow_tag::{Annotations, Tagger};
use std::sync::Arc;
use std::time::Instant;

/// A document after extraction and normalization, before tagging.
#[derive(Debug, Clone)]
pub struct PreparedDoc {
    pub source: String,
    pub id: String,
    pub meta: Meta,
    pub text: String,
    pub content_hash: String,
    pub dedup_key: String,
    pub minhash: Option<newsflow_text::neardup::Signature>,
    pub duplicate_of: Option<i64>,
    pub bytes: usize,
}

#[derive(Debug, Clone)]
pub enum Prepared {
    Doc(Box<PreparedDoc>),
    Failure { source: String, reason: String },
}

/// Strips the fragment of a URL: `https://x/a#comments` is `https://x/a`.
fn canonical_url(url: &str) -> String {
    let url = url.trim();
    url.split_once('#').map_or(url, |(u, _)| u).to_owned()
}

/// Extraction (for HTML), normalization, content hash, dedup key and
/// MinHash signature. Pure: no I/O.
pub fn prepare(raw: RawDoc) -> Result<PreparedDoc, String> {
    let bytes = match &raw.body {
        Body::Text(t) | Body::Html(t) => t.len(),
    };
    let mut meta = Meta {
        url: raw.url.as_deref().map(canonical_url),
        title: raw.title,
        published: raw.published,
    };
    let text = match raw.body {
        Body::Text(t) => newsflow_text::normalize(&t),
        Body::Html(h) => {
            // With the page's URL, relative canonical links resolve.
            let article = match raw.url.as_deref() {
                Some(url) => newsflow_extract::extract_with_url(&h, url),
                None => newsflow_extract::extract(&h),
            };
            meta.title = meta.title.or(article.title);
            meta.published = meta.published.or(article.published);
            if let Some(c) = article.canonical_url.filter(|c| c.starts_with("http")) {
                meta.url = Some(canonical_url(&c));
            }
            newsflow_text::normalize(&article.text)
        }
    };
    if text.is_empty() {
        return Err("no article text after extraction and normalization".into());
    }
    let content_hash = blake3::hash(text.as_bytes()).to_hex().to_string();
    let dedup_key = match &meta.url {
        Some(u) => format!("url:{u}"),
        None => format!("hash:{content_hash}"),
    };
    let id = raw.id.unwrap_or_else(|| content_hash[..16].to_owned());
    let minhash = newsflow_text::neardup::Signature::of(&text);
    Ok(PreparedDoc {
        source: raw.source,
        id,
        meta,
        text,
        content_hash,
        dedup_key,
        minhash,
        duplicate_of: None,
        bytes,
    })
}

pub(crate) fn prepare_worker(
    rx: Receiver<Item>,
    tx: Sender<Prepared>,
    reader: Reader,
    stats: Arc<Stats>,
) {
    while let Ok(item) = rx.recv_blocking() {
        let started = Instant::now();
        let out = match item {
            Item::Failed(f) => Prepared::Failure {
                source: f.source,
                reason: f.reason,
            },
            Item::Doc(raw) => {
                Stats::add(&stats.received, 1);
                let source = raw.source.clone();
                match prepare(raw) {
                    Err(reason) => Prepared::Failure { source, reason },
                    Ok(mut doc) => {
                        Stats::add(&stats.bytes, doc.bytes as u64);
                        match reader.contains(&doc.dedup_key) {
                            Ok(true) => {
                                tracing::debug!(message = "Duplicate skipped.", source = %doc.source, key = %doc.dedup_key);
                                Stats::add(&stats.duplicates, 1);
                                continue;
                            }
                            Ok(false) => {}
                            Err(e) => {
                                tracing::warn!(message = "Dedup lookup failed; the writer will check.", error = %e)
                            }
                        }
                        if let Some(sig) = &doc.minhash {
                            doc.duplicate_of = reader.near_duplicate(sig).unwrap_or_else(|e| {
                                tracing::warn!(message = "Near-duplicate lookup failed; the writer will check.", error = %e);
                                None
                            });
                        }
                        Prepared::Doc(Box::new(doc))
                    }
                }
            }
        };
        Stats::add(&stats.prepare_nanos, started.elapsed().as_nanos() as u64);
        if tx.send_blocking(out).is_err() {
            return;
        }
    }
}

/// Annotates one prepared document, turning a panic in the annotators into
/// an error for this document alone.
fn annotate(tagger: &Tagger, text: &str) -> Result<Annotations, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| tagger.annotate(text))).map_err(|_| {
        "internal error while annotating (a bug: please report it with this document)".to_owned()
    })
}

pub(crate) fn tag_worker(
    rx: Receiver<Prepared>,
    tx: Sender<Write>,
    tagger: &Tagger,
    stats: Arc<Stats>,
) {
    while let Ok(p) = rx.recv_blocking() {
        let started = Instant::now();
        let out = match p {
            Prepared::Failure { source, reason } => Write::Failure { source, reason },
            Prepared::Doc(doc) => {
                let span = tracing::debug_span!("doc", id = %doc.id, bytes = doc.bytes);
                let _enter = span.enter();
                let ann = if doc.duplicate_of.is_some() {
                    Ok(Annotations::default())
                } else {
                    annotate(tagger, &doc.text)
                };
                match ann {
                    Err(reason) => Write::Failure {
                        source: doc.source,
                        reason,
                    },
                    Ok(ann) => {
                        tracing::debug!(
                            message = "Annotated.",
                            sentences = ann.sentences.len(),
                            entities = ann.entities.len(),
                            stances = ann.stances.len(),
                            quotes = ann.quotes.len()
                        );
                        let doc = *doc;
                        let record = Record::new(doc.id, doc.meta, &doc.text, &ann);
                        Write::Doc(Box::new(NewDoc {
                            record,
                            source: doc.source,
                            content_hash: doc.content_hash,
                            dedup_key: doc.dedup_key,
                            minhash: doc.minhash,
                            duplicate_of: doc.duplicate_of,
                        }))
                    }
                }
            }
        };
        Stats::add(&stats.tag_nanos, started.elapsed().as_nanos() as u64);
        if tx.send_blocking(out).is_err() {
            return;
        }
    }
}

pub(crate) fn persist(
    rx: Receiver<Write>,
    mut store: Store,
    batch_max: usize,
    stats: Arc<Stats>,
    started: Instant,
) -> Result<(), PipelineError> {
    let run_started = now_rfc3339();
    let mut batch = Vec::with_capacity(batch_max);
    while let Ok(first) = rx.recv_blocking() {
        batch.push(first);
        while batch.len() < batch_max {
            match rx.try_recv() {
                Ok(w) => batch.push(w),
                Err(_) => break,
            }
        }
        let t = Instant::now();
        let counts: Vec<[u64; 4]> = batch
            .iter()
            .filter_map(|w| match w {
                Write::Doc(d) => Some([
                    d.record.sentences.len() as u64,
                    d.record.entities.len() as u64,
                    d.record.stances.len() as u64,
                    d.record.quotes.len() as u64,
                ]),
                Write::Failure { .. } => None,
            })
            .collect();
        let n = batch.len();
        let outcome = store.write_batch(std::mem::take(&mut batch))?;
        Stats::add(&stats.failures, outcome.failures_recorded as u64);
        for (o, c) in outcome.docs.iter().zip(counts) {
            match o {
                DocOutcome::Inserted(_) => {
                    Stats::add(&stats.documents, 1);
                    Stats::add(&stats.sentences, c[0]);
                    Stats::add(&stats.entities, c[1]);
                    Stats::add(&stats.stances, c[2]);
                    Stats::add(&stats.quotes, c[3]);
                }
                DocOutcome::NearDuplicate { .. } => {
                    Stats::add(&stats.documents, 1);
                    Stats::add(&stats.near_duplicates, 1);
                }
                DocOutcome::Duplicate => Stats::add(&stats.duplicates, 1),
                DocOutcome::Failed(_) => {}
            }
        }
        Stats::add(&stats.persist_nanos, t.elapsed().as_nanos() as u64);
        Stats::add(&stats.batches, 1);
        tracing::debug!(
            message = "Committed batch.",
            writes = n,
            millis = t.elapsed().as_millis() as u64
        );
    }
    let elapsed = started.elapsed().as_secs_f64();
    store.record_run(&newsflow_store::RunSummary {
        started_at: run_started,
        finished_at: now_rfc3339(),
        documents: Stats::get(&stats.documents),
        duplicates: Stats::get(&stats.duplicates),
        failures: Stats::get(&stats.failures),
        bytes: Stats::get(&stats.bytes),
        seconds: elapsed,
    })?;
    store.checkpoint()?;
    Ok(())
}

/// Current UTC time as `YYYY-MM-DDTHH:MM:SSZ` (civil-from-days, no time zone
/// database needed).
fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_normalizes_hashes_and_keys_by_url() {
        let raw = RawDoc {
            source: "t".into(),
            id: None,
            url: Some("https://news.test/a#comments".into()),
            title: None,
            published: None,
            body: Body::Text("India  rejected\r\nmediation.".into()),
        };
        let p = prepare(raw).expect("prepares");
        assert_eq!(p.text, "India rejected\nmediation.");
        assert_eq!(p.dedup_key, "url:https://news.test/a");
        assert_eq!(p.id.len(), 16);
    }

    #[test]
    fn prepare_refuses_html_without_text() {
        let raw = RawDoc {
            source: "t".into(),
            id: None,
            url: None,
            title: None,
            published: None,
            body: Body::Html("<html><script>x()</script></html>".into()),
        };
        assert!(prepare(raw).is_err());
    }

    #[test]
    fn timestamp_shape() {
        let t = now_rfc3339();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.starts_with("20"));
    }
}

//! Throughput of the entity tagger alone (tokenize + features + Viterbi +
//! rules), in tokens per second on one core.
//!
//! Input: the first 300 BBC news articles from `../shared/data` when that
//! folder exists (SPEC §7), otherwise a built-in paragraph of news prose.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsflow_ner::Ner;
use newsflow_text::{normalize, split_sentences, tokenize, Span};
use std::hint::black_box;

const FALLBACK: &str = "Pakistan's Foreign Minister Ishaq Dar said on May 10 that India had rejected \
third-party mediation. US President Donald Trump claimed credit for the ceasefire, while officials \
in New Delhi said talks would stay bilateral. Exports rose 3.5% to $4.5 billion in the first quarter, \
the central bank in Islamabad said on Tuesday. The International Monetary Fund expects growth of \
2.6 percent next year. Shares of Tata Motors fell 2 per cent in Mumbai after the company reported \
weaker sales in Europe and the United Kingdom.";

fn corpus() -> Vec<(String, Vec<Span>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/bbc_news/bbc_news.jsonl"
    );
    let mut docs = Vec::new();
    if let Ok(raw) = std::fs::read_to_string(path) {
        for line in raw.lines().take(300) {
            let record: Option<serde_json::Value> = serde_json::from_str(line).ok();
            if let Some(raw_text) = record.as_ref().and_then(|r| r["text"].as_str()) {
                let text = normalize(raw_text);
                let sents = split_sentences(&text);
                docs.push((text, sents));
            }
        }
    }
    if docs.is_empty() {
        for _ in 0..50 {
            let text = FALLBACK.to_owned();
            let sents = split_sentences(&text);
            docs.push((text, sents));
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let ner = match Ner::embedded() {
        Ok(n) => n,
        Err(e) => {
            eprintln!("bench skipped: {e}");
            return;
        }
    };
    let docs = corpus();
    let tokens: usize = docs
        .iter()
        .map(|(t, s)| s.iter().map(|&sp| tokenize(t, sp).len()).sum::<usize>())
        .sum();
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(tokens as u64));
    g.sample_size(20);
    g.bench_function("tag_tokens", |b| {
        b.iter(|| {
            let mut n = 0;
            for (t, s) in &docs {
                n += ner.tag(black_box(t), black_box(s)).len();
            }
            n
        })
    });
    g.finish();
    // The machine may be shared: also report throughput per second of this
    // thread's own CPU time (Linux schedstat), which contention barely
    // changes.
    if let Some(before) = thread_cpu_ns() {
        let passes = 5;
        for _ in 0..passes {
            for (t, s) in &docs {
                black_box(ner.tag(black_box(t), black_box(s)));
            }
        }
        if let Some(after) = thread_cpu_ns() {
            let secs = (after - before) as f64 / 1e9;
            println!(
                "ner/tag_tokens: {:.0} tokens per CPU-second ({} tokens x {passes} in {secs:.3} s CPU)",
                (tokens * passes) as f64 / secs,
                tokens
            );
        }
    }
    c.bench_function("ner/load_embedded", |b| b.iter(Ner::embedded));
}

fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

criterion_group!(benches, bench);
criterion_main!(benches);

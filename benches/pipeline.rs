//! Criterion benches of the per-article hot path on real articles from
//! `samples/`: normalize, split, the whole annotation, and the full
//! per-article work of the pipeline (prepare + annotate + record + JSON).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn articles() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn hot_path(c: &mut Criterion) {
    let raw = articles();
    assert!(!raw.is_empty(), "samples/ has no .txt articles");
    let normalized: Vec<String> = raw.iter().map(|a| newsflow_text::normalize(a)).collect();
    let bytes: u64 = raw.iter().map(|a| a.len() as u64).sum();
    let tagger = newsflow_tag::Tagger::new().expect("models load");

    let mut g = c.benchmark_group("per_article");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            raw.iter()
                .map(|a| newsflow_text::normalize(black_box(a)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("split", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|a| newsflow_text::split_sentences(black_box(a)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("annotate", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|a| tagger.annotate(black_box(a)).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("whole_article", |b| {
        b.iter(|| {
            let mut n = 0;
            for (i, a) in raw.iter().enumerate() {
                let raw = newsflow_fetch::RawDoc {
                    source: "bench".into(),
                    id: Some(i.to_string()),
                    url: None,
                    title: None,
                    published: None,
                    body: newsflow_fetch::Body::Text(a.clone()),
                };
                let p = newsflow_pipeline::prepare(raw).expect("prepares");
                let ann = tagger.annotate(&p.text);
                let rec = newsflow_record::Record::new(p.id, p.meta, &p.text, &ann);
                n += serde_json::to_vec(&rec).map_or(0, |v| v.len());
            }
            n
        })
    });
    g.finish();
    println!(
        "(per_article group: {} articles, {:.1} KB per iteration; articles/s = {} / time)",
        raw.len(),
        bytes as f64 / 1e3,
        raw.len()
    );
}

criterion_group!(benches, hot_path);
criterion_main!(benches);

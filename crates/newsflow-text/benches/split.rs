//! Sentence-splitting throughput on a news article and on a 1 MB document
//! (the article repeated, paragraphs separated by blank lines). Criterion
//! reports MB/s (`Throughput::Bytes`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsflow_text::{normalize, split_sentences};
use std::hint::black_box;

const ARTICLE: &str = include_str!("fixtures/article.txt");

fn one_megabyte(article: &str) -> String {
    let mut doc = String::with_capacity(1 << 20);
    while doc.len() < 1 << 20 {
        doc.push_str(article);
        doc.push_str("\n\n");
    }
    doc
}

fn bench(c: &mut Criterion) {
    let article = normalize(ARTICLE);
    let big = one_megabyte(&article);
    let mut g = c.benchmark_group("split_sentences");
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.bench_function("article", |b| {
        b.iter(|| split_sentences(black_box(&article)))
    });
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(30);
    g.bench_function("document_1mb", |b| {
        b.iter(|| split_sentences(black_box(&big)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

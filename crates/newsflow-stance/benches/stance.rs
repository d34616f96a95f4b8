//! Stance and quote extraction on a realistic article (the seed article's
//! style, written for this bench), with actor resolution measured too.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsflow_actors::Actors;
use newsflow_ner::{Entity, Label};
use newsflow_text::{split_sentences, Span};

const ARTICLE: &str = "Ukraine’s Foreign Minister Andrii Sybiha said on Tuesday that Kyiv rejected any ceasefire that would freeze the front line, calling the Russian proposal a “trap”.
Sybiha told reporters in Brussels that Ukraine was ready to negotiate but would not cede territory. “We are open to talks, but not to capitulation. Russia must withdraw its troops first,” he said.
The Kremlin dismissed the remarks. Kremlin spokesman Dmitry Peskov accused Kyiv of sabotaging diplomacy and said Moscow remained committed to its goals.
European Union foreign policy chief Kaja Kallas welcomed Ukraine’s position and called for more sanctions on Russia. NATO allies pledged additional air defence systems.
Russian forces shelled Kharkiv overnight, officials said, while Ukrainian drones struck an oil depot in Bryansk.
Hungary opposed the new sanctions package, according to diplomats, and Slovakia was reluctant to back it.
“There is no alternative to a just peace,” Sybiha continued. “We will not trade our sovereignty for a pause in the fighting.”
The United States urged both sides to return to talks in Istanbul, and China denied supplying weapons to Russia.";

fn entities(text: &str) -> Vec<Entity> {
    // A stand-in for the tagger: capitalised runs as ORG.
    let mut out = Vec::new();
    let sentences = split_sentences(text);
    for s in &sentences {
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
                out.push(Entity {
                    span: Span::new(toks[a].start, toks[i - 1].end),
                    label: Label::Org,
                });
            } else {
                i += 1;
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    // About 360 words: the article twice, as two stories in one document.
    let doubled = format!("{ARTICLE}\n\n{ARTICLE}");
    let text = doubled.as_str();
    let sentences = split_sentences(text);
    let raw = entities(text);
    let actors = Actors::embedded();
    let resolved = actors.resolve(text, &sentences, &raw);
    let words = text.split_whitespace().count() as u64;
    let mut g = c.benchmark_group("article");
    g.throughput(Throughput::Elements(words));
    g.bench_function("tokenize_only", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            for s in &sentences {
                newsflow_text::token::tokenize_into(std::hint::black_box(text), *s, &mut out);
            }
            out
        })
    });
    g.bench_function("actors_resolve", |b| {
        b.iter(|| actors.resolve(std::hint::black_box(text), &sentences, &raw))
    });
    g.bench_function("stance_extract", |b| {
        b.iter(|| newsflow_stance::extract(std::hint::black_box(text), &sentences, &resolved))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! `newsflow bench`: a reproducible end-to-end throughput measurement.
//!
//! Generates `n` news-sized articles (about 400 words) by recombining the
//! sentences of a folder of real articles with a fixed-seed generator,
//! writes them as JSON Lines, ingests them into a fresh temporary database
//! with the normal pipeline, and reports articles/s, MB/s and peak memory.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// xorshift64*: deterministic, so every run measures the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn sentence_pool(corpus: &Path) -> Result<Vec<String>> {
    let mut pool = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(corpus)
        .with_context(|| format!("reading corpus folder {}", corpus.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    entries.sort();
    for p in entries {
        let text = newsflow_text::normalize(
            &std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?,
        );
        for s in newsflow_text::split_sentences(&text) {
            let s = s.text(&text);
            if s.split_whitespace().count() >= 6 {
                pool.push(s.to_owned());
            }
        }
    }
    if pool.len() < 50 {
        bail!(
            "{} has too few sentences to generate a corpus ({} found)",
            corpus.display(),
            pool.len()
        );
    }
    Ok(pool)
}

/// Peak resident memory of this process in bytes (Linux), if known.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub fn run(articles: usize, corpus: &Path, workers: Option<usize>) -> Result<ExitCode> {
    let pool = sentence_pool(corpus)?;
    let dir = std::env::temp_dir().join(format!("newsflow-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let jsonl = dir.join("corpus.jsonl");
    let db = dir.join("bench.db");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut words_total = 0usize;
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&jsonl)?);
        for i in 0..articles {
            let mut text = String::with_capacity(3000);
            let mut words = 0;
            let mut paragraph = 0;
            while words < 400 {
                let s = &pool[rng.below(pool.len())];
                words += s.split_whitespace().count();
                if !text.is_empty() {
                    text.push_str(if paragraph == 3 { "\n\n" } else { " " });
                }
                paragraph = (paragraph + 1) % 4;
                text.push_str(s);
            }
            words_total += words;
            let line = serde_json::json!({"id": format!("bench-{i}"), "text": text});
            writeln!(w, "{line}")?;
        }
        w.flush()?;
    }
    let input_bytes = std::fs::metadata(&jsonl)?.len();
    let rss_before = peak_rss();
    let args = crate::cli::PipelineArgs {
        db: db.clone(),
        workers,
        queue: 256,
        batch: 512,
        max_doc_bytes: 16 * 1024 * 1024,
    };
    let cfg = crate::commands::pipeline_config(&args);
    let workers_used = cfg.workers;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let (summary, stats) = rt.block_on(async {
        let limits = cfg.limits;
        let running = newsflow_pipeline::start(cfg)?;
        let stats = running.stats();
        let sink = running.sink();
        newsflow_fetch::read_source(&jsonl.display().to_string(), &sink, limits)
            .await
            .ok();
        drop(sink);
        anyhow::Ok((running.finish().await?, stats))
    })?;
    let secs = summary.elapsed.as_secs_f64().max(1e-9);
    let db_bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!(
        "newsflow bench: {articles} generated articles (~{} words each), {workers_used} workers",
        words_total / articles.max(1)
    );
    println!(
        "  stored            {} documents, {} sentences, {} entities, {} stances, {} quotes",
        summary.documents, summary.sentences, summary.entities, summary.stances, summary.quotes
    );
    println!("  time              {secs:.2} s");
    println!(
        "  throughput        {:.0} articles/s, {:.2} MB/s of text",
        summary.received as f64 / secs,
        summary.bytes as f64 / 1e6 / secs
    );
    println!(
        "  input             {:.1} MB JSONL; database {:.1} MB",
        input_bytes as f64 / 1e6,
        db_bytes as f64 / 1e6
    );
    let st = stats.as_ref();
    let stage = |n: &std::sync::atomic::AtomicU64| newsflow_pipeline::Stats::get(n) as f64 / 1e9;
    println!(
        "  stage CPU time    prepare {:.2} s, tag {:.2} s, persist {:.2} s ({} batches)",
        stage(&st.prepare_nanos),
        stage(&st.tag_nanos),
        stage(&st.persist_nanos),
        newsflow_pipeline::Stats::get(&st.batches)
    );
    match (peak_rss(), rss_before) {
        (Some(p), Some(b)) => println!(
            "  peak memory       {:.1} MiB (before ingest {:.1} MiB)",
            p as f64 / 1048576.0,
            b as f64 / 1048576.0
        ),
        _ => println!("  peak memory       unknown (no /proc/self/status)"),
    }
    std::fs::remove_dir_all(&dir).ok();
    Ok(ExitCode::SUCCESS)
}

//! One function per subcommand.

use crate::cli::{Command, Format, PipelineArgs};
use anyhow::{Context, Result};
use newsflow_pipeline::{PipelineConfig, Summary};
use newsflow_record::{Meta, Record};
use newsflow_store::Reader;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

/// Runs a command. (`main` reads the daemon's configuration itself, for
/// its log format, and calls [`daemon`] directly.)
pub fn run(cmd: Command) -> Result<ExitCode> {
    match cmd {
        Command::Ingest {
            sources,
            feeds,
            pipeline,
            no_progress,
        } => ingest(sources, feeds, pipeline, no_progress),
        Command::Daemon { config } => {
            daemon(newsflow_daemon::DaemonConfig::from_toml_file(&config)?)
        }
        Command::Tag { jsonl } => tag(jsonl),
        Command::Split => split(),
        Command::Query { db, sql, format } => query(&db, &sql, format),
        Command::Stats { db } => stats(&db),
        Command::Bench {
            articles,
            corpus,
            workers,
        } => crate::bench::run(articles, &corpus, workers),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

pub fn pipeline_config(p: &PipelineArgs) -> PipelineConfig {
    let mut cfg = PipelineConfig {
        db: p.db.clone(),
        queue: p.queue.max(1),
        batch: p.batch.max(1),
        ..PipelineConfig::default()
    };
    if let Some(w) = p.workers {
        cfg.workers = w.max(1);
    }
    cfg.limits.max_doc_bytes = p.max_doc_bytes;
    cfg
}

fn ingest(
    sources: Vec<String>,
    feeds: Vec<String>,
    p: PipelineArgs,
    no_progress: bool,
) -> Result<ExitCode> {
    if sources.is_empty() && feeds.is_empty() {
        eprintln!("newsflow ingest: give at least one file, folder, `-`, URL or --feed URL");
        return Ok(ExitCode::from(2));
    }
    let cfg = pipeline_config(&p);
    let db = cfg.db.clone();
    let rt = runtime()?;
    let summary = rt.block_on(async move {
        let limits = cfg.limits;
        let running = newsflow_pipeline::start(cfg).context("starting the pipeline")?;
        let progress = (!no_progress && std::io::stderr().is_terminal())
            .then(|| progress_bar(running.stats()));
        let sink = running.sink();
        crate::commands::read_sources(&sources, &feeds, &sink, limits, &db).await;
        drop(sink);
        let summary = running.finish().await.context("finishing the pipeline")?;
        if let Some((bar, ticker)) = progress {
            ticker.abort();
            bar.finish_and_clear();
        }
        anyhow::Ok(summary)
    })?;
    print_summary(&summary, &p.db);
    Ok(if summary.failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Feeds every command-line source into the pipeline, one after another.
/// Unreadable sources become failures; only a closed pipeline stops early.
pub async fn read_sources(
    sources: &[String],
    feeds: &[String],
    sink: &newsflow_fetch::Sink,
    limits: newsflow_fetch::Limits,
    db: &std::path::Path,
) {
    let is_url = |s: &String| s.starts_with("http://") || s.starts_with("https://");
    let client = if feeds.is_empty() && !sources.iter().any(is_url) {
        None
    } else {
        let cfg = newsflow_fetch::HttpConfig {
            max_body_bytes: limits.max_doc_bytes,
            ..newsflow_fetch::HttpConfig::default()
        };
        match newsflow_fetch::HttpClient::new(cfg) {
            Ok(c) => Some(c),
            Err(e) => {
                for s in sources.iter().filter(|s| is_url(s)).chain(feeds) {
                    let failure = newsflow_fetch::Failure {
                        source: s.clone(),
                        reason: format!("HTTP client unavailable: {e}"),
                    };
                    if sink
                        .send(newsflow_fetch::Item::Failed(failure))
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
                None
            }
        }
    };
    for s in sources {
        let result = if is_url(s) {
            match &client {
                Some(c) => newsflow_fetch::fetch_url(c, s, sink).await,
                None => Ok(()),
            }
        } else {
            newsflow_fetch::read_source(s, sink, limits).await
        };
        if result.is_err() {
            return;
        }
    }
    let Some(client) = client else { return };
    // Feed items already stored (by link) are not fetched again.
    let reader = Reader::open(db).ok().map(std::sync::Mutex::new);
    let seen = |key: &str| -> bool {
        reader
            .as_ref()
            .is_some_and(|r| r.lock().is_ok_and(|r| r.contains_url(key).unwrap_or(false)))
    };
    for f in feeds {
        match newsflow_fetch::fetch_feed(&client, f, sink, &seen).await {
            Ok(outcome) => {
                tracing::info!(message = "Feed read.", feed = %f, entries = outcome.entries, fetched = outcome.fetched, skipped = outcome.skipped, failed = outcome.failed)
            }
            Err(_) => return,
        }
    }
}

fn progress_bar(
    stats: std::sync::Arc<newsflow_pipeline::Stats>,
) -> (indicatif::ProgressBar, tokio::task::JoinHandle<()>) {
    use newsflow_pipeline::Stats;
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let b = bar.clone();
    let ticker = tokio::spawn(async move {
        loop {
            let (docs, dups, fails, bytes) = (
                Stats::get(&stats.documents),
                Stats::get(&stats.duplicates),
                Stats::get(&stats.failures),
                Stats::get(&stats.bytes),
            );
            b.set_message(format!(
                "{docs} stored, {dups} duplicates, {fails} failed, {:.1} MB read",
                bytes as f64 / 1e6
            ));
            b.tick();
            tokio::time::sleep(Duration::from_millis(120)).await;
        }
    });
    (bar, ticker)
}

pub fn print_summary(s: &Summary, db: &std::path::Path) {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let new = s.documents;
    println!(
        "newsflow: {} into {}",
        if new == 0 && s.duplicates > 0 {
            "nothing new"
        } else {
            "ingested"
        },
        db.display()
    );
    println!(
        "  documents stored   {new}{}",
        if s.near_duplicates > 0 {
            format!(
                " ({} near-duplicates kept without annotation)",
                s.near_duplicates
            )
        } else {
            String::new()
        }
    );
    if s.duplicates > 0 {
        println!(
            "  already stored     {} (skipped: same canonical URL or same text)",
            s.duplicates
        );
    }
    println!(
        "  failed inputs      {}{}",
        s.failures,
        if s.failures > 0 {
            "  (see: newsflow query \"SELECT * FROM failures\")"
        } else {
            ""
        }
    );
    println!("  sentences          {}", s.sentences);
    println!("  entities           {}", s.entities);
    println!("  stances            {}", s.stances);
    println!("  quotes             {}", s.quotes);
    println!(
        "  time               {secs:.2} s ({:.0} documents/s, {:.2} MB/s)",
        s.received as f64 / secs,
        s.bytes as f64 / 1e6 / secs
    );
}

/// Runs the ingestion daemon until it is stopped.
pub fn daemon(cfg: newsflow_daemon::DaemonConfig) -> Result<ExitCode> {
    runtime()?
        .block_on(newsflow_daemon::run(cfg))
        .context("daemon")?;
    Ok(ExitCode::SUCCESS)
}

fn read_stdin() -> Result<String> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
        .context("reading stdin")?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "stdin is not valid UTF-8 (first invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn tag(jsonl: bool) -> Result<ExitCode> {
    let tagger = newsflow_tag::Tagger::new().context("loading the annotation models")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if !jsonl {
        let text = newsflow_text::normalize(&read_stdin()?);
        let id = blake3::hash(text.as_bytes()).to_hex()[..16].to_owned();
        let record = Record::new(id, Meta::default(), &text, &tagger.annotate(&text));
        serde_json::to_writer(&mut out, &record)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    #[derive(serde::Deserialize)]
    struct Line {
        id: Option<serde_json::Value>,
        text: String,
    }
    let mut failed = 0usize;
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.with_context(|| format!("reading stdin line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(&line) {
            Ok(l) => {
                let text = newsflow_text::normalize(&l.text);
                let id = match l.id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(other) => other.to_string(),
                    None => blake3::hash(text.as_bytes()).to_hex()[..16].to_owned(),
                };
                let record = Record::new(id, Meta::default(), &text, &tagger.annotate(&text));
                serde_json::to_writer(&mut out, &record)?;
                writeln!(out)?;
            }
            Err(e) => {
                failed += 1;
                eprintln!(
                    "newsflow tag: line {}: malformed {{\"id\",\"text\"}} object: {e}",
                    n + 1
                );
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn split() -> Result<ExitCode> {
    let text = newsflow_text::normalize(&read_stdin()?);
    let idx = newsflow_text::CharIndex::new(&text);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for s in newsflow_text::split_sentences(&text) {
        let line = serde_json::json!({"start": idx.char_offset(s.start), "end": idx.char_offset(s.end), "text": s.text(&text)});
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn query(db: &std::path::Path, sql: &str, format: Format) -> Result<ExitCode> {
    let reader = Reader::open(db).with_context(|| format!("opening {} read-only", db.display()))?;
    let result = reader
        .query(sql)
        .context("running the query (newsflow query is read-only)")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Table => crate::table::write_table(&mut out, &result)?,
        Format::Json => {
            for row in &result.rows {
                let obj: serde_json::Map<String, serde_json::Value> = result
                    .columns
                    .iter()
                    .cloned()
                    .zip(row.iter().cloned())
                    .collect();
                writeln!(out, "{}", serde_json::Value::Object(obj))?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(&result.columns)?;
            for row in &result.rows {
                w.write_record(row.iter().map(crate::table::plain))?;
            }
            w.flush()?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn stats(db: &std::path::Path) -> Result<ExitCode> {
    let reader = Reader::open(db).with_context(|| format!("opening {} read-only", db.display()))?;
    let s = reader.stats()?;
    println!("database            {}", db.display());
    println!(
        "documents           {} ({} near-duplicates)",
        s.documents, s.near_duplicates
    );
    println!("characters          {}", s.chars);
    println!("sentences           {}", s.sentences);
    println!("entities            {}", s.entities);
    for (label, n) in &s.entities_by_label {
        println!("  {label:<17} {n}");
    }
    println!("stances             {}", s.stances);
    println!("quotes              {}", s.quotes);
    println!("failures            {}", s.failures);
    println!("ingest runs         {}", s.runs);
    if let Some((dps, bps)) = s.last_run {
        println!(
            "last run            {dps:.0} documents/s, {:.2} MB/s",
            bps / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}

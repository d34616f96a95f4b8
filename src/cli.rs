//! Arguments.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "newsflow",
    version,
    about = "Turn a stream of news articles into an annotated, queryable SQLite database"
)]
pub struct Cli {
    /// Log format on stderr (the level comes from RUST_LOG, default `warn`).
    #[arg(long, value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct PipelineArgs {
    /// SQLite database to write (created if missing).
    #[arg(long, default_value = "newsflow.db")]
    pub db: PathBuf,
    /// Workers per CPU-bound stage (default: number of cores).
    #[arg(long)]
    pub workers: Option<usize>,
    /// Capacity of each queue between stages, in documents.
    #[arg(long, default_value_t = 256)]
    pub queue: usize,
    /// Most documents committed per transaction.
    #[arg(long, default_value_t = 512)]
    pub batch: usize,
    /// Largest accepted document, in bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_doc_bytes: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest files, folders, `-` (stdin), http(s) URLs and feeds into the database.
    Ingest {
        /// Files (.txt, .html, .json, .jsonl), folders, `-` for stdin, or http(s) URLs.
        sources: Vec<String>,
        /// RSS/Atom/JSON feeds whose items are fetched and ingested.
        #[arg(long = "feed", value_name = "URL")]
        feeds: Vec<String>,
        #[command(flatten)]
        pipeline: PipelineArgs,
        /// Never show a progress bar.
        #[arg(long)]
        no_progress: bool,
    },
    /// Run the long-lived ingestion daemon configured by a TOML file.
    Daemon {
        #[arg(long)]
        config: PathBuf,
    },
    /// Annotate stdin and print the JSON record (SPEC §6).
    Tag {
        /// Read one `{"id","text"}` JSON object per line and print one record per line.
        #[arg(long)]
        jsonl: bool,
    },
    /// Split stdin into sentences: one `{"start","end","text"}` JSON line each.
    Split,
    /// Run read-only SQL against a database.
    Query {
        #[arg(long, default_value = "newsflow.db")]
        db: PathBuf,
        sql: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Counts and throughput of what is in a database.
    Stats {
        #[arg(long, default_value = "newsflow.db")]
        db: PathBuf,
    },
    /// End-to-end benchmark: generate a corpus, ingest it into a temporary
    /// database, report articles/s, MB/s and peak memory.
    Bench {
        /// Number of generated articles.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// Folder of .txt articles whose sentences are recombined.
        #[arg(long, default_value = "samples")]
        corpus: PathBuf,
        #[arg(long)]
        workers: Option<usize>,
    },
}

//! The ingestion topology, readable top to bottom in [`start`]:
//!
//! ```text
//! sources ──Item──▶ [raw] ──▶ prepare ×N ──Prepared──▶ [prepared] ──▶ tag ×N ──Write──▶ [records] ──▶ persist ×1
//!                              (HTML → text, normalize,                  (split, entities,             (one SQLite writer,
//!                               hash, dedup lookups)                      actors, stances, quotes)      batched transactions)
//! ```
//!
//! Every queue is a bounded `async_channel`; a full queue blocks the stage
//! before it, so memory stays bounded whatever the input size. CPU-bound
//! stages run as long-lived blocking workers; the writer owns the only
//! write connection.

mod stages;

use newsflow_fetch::{Item, Limits, Sink};
use newsflow_store::{Reader, Store, StoreError};
use newsflow_tag::Tagger;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;

pub use stages::{prepare, Prepared, PreparedDoc};

#[derive(Debug, Clone)]
pub struct PipelineConfig {
    pub db: PathBuf,
    /// Workers for each CPU-bound stage (default: number of cores).
    pub workers: usize,
    /// Capacity of each queue, in documents.
    pub queue: usize,
    /// Most documents committed in one transaction.
    pub batch: usize,
    pub limits: Limits,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            db: PathBuf::from("newsflow.db"),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue: 256,
            batch: 512,
            limits: Limits::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not load the annotation models")]
    Model(#[from] newsflow_tag::ModelError),
    #[error("a pipeline stage stopped unexpectedly: {0}")]
    Stage(String),
}

/// Live counters, shared by every stage (and read by progress bars and
/// metrics endpoints).
#[derive(Debug, Default)]
pub struct Stats {
    pub received: AtomicU64,
    pub bytes: AtomicU64,
    pub documents: AtomicU64,
    pub duplicates: AtomicU64,
    pub near_duplicates: AtomicU64,
    pub failures: AtomicU64,
    pub sentences: AtomicU64,
    pub entities: AtomicU64,
    pub stances: AtomicU64,
    pub quotes: AtomicU64,
    /// Total nanoseconds spent in each stage, for latency metrics.
    pub prepare_nanos: AtomicU64,
    pub tag_nanos: AtomicU64,
    pub persist_nanos: AtomicU64,
    pub batches: AtomicU64,
}

impl Stats {
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
    pub(crate) fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
}

/// What a finished run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub received: u64,
    pub documents: u64,
    pub duplicates: u64,
    pub near_duplicates: u64,
    pub failures: u64,
    pub sentences: u64,
    pub entities: u64,
    pub stances: u64,
    pub quotes: u64,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// A running pipeline. Send items into [`Running::sink`]; call
/// [`Running::finish`] to drain and commit everything.
pub struct Running {
    sink: Sink,
    stats: Arc<Stats>,
    /// Kept to report queue depths (the raw queue's depth is the sink's);
    /// dropped first in [`Running::finish`].
    prepared: async_channel::Receiver<Prepared>,
    records: async_channel::Receiver<newsflow_store::Write>,
    workers: Vec<JoinHandle<()>>,
    writer: JoinHandle<Result<(), PipelineError>>,
    started: Instant,
}

/// Builds and starts the topology on the current tokio runtime.
pub fn start(cfg: PipelineConfig) -> Result<Running, PipelineError> {
    let store = Store::open(&cfg.db)?; // creates and migrates before readers open
    let tagger = Arc::new(Tagger::new()?);
    let stats = Arc::new(Stats::default());
    let workers_n = cfg.workers.max(1);
    let started = Instant::now();

    let (raw_tx, raw_rx) = async_channel::bounded::<Item>(cfg.queue);
    let (prep_tx, prep_rx) = async_channel::bounded::<Prepared>(cfg.queue);
    let (rec_tx, rec_rx) = async_channel::bounded::<newsflow_store::Write>(cfg.queue);

    let mut workers = Vec::new();
    for n in 0..workers_n {
        let reader = Reader::open(&cfg.db)?;
        let (rx, tx, stats) = (raw_rx.clone(), prep_tx.clone(), stats.clone());
        let span = tracing::info_span!("prepare", worker = n);
        workers.push(tokio::task::spawn_blocking(move || {
            span.in_scope(|| stages::prepare_worker(rx, tx, reader, stats))
        }));
    }
    for n in 0..workers_n {
        let (rx, tx, stats, tagger) = (
            prep_rx.clone(),
            rec_tx.clone(),
            stats.clone(),
            tagger.clone(),
        );
        let span = tracing::info_span!("tag", worker = n);
        workers.push(tokio::task::spawn_blocking(move || {
            span.in_scope(|| stages::tag_worker(rx, tx, &tagger, stats))
        }));
    }
    // Only the workers hold senders now: when the sources and then each
    // stage finish, the next queue closes and the stage after it drains.
    drop(prep_tx);
    drop(rec_tx);
    let writer = {
        let (rx, stats, batch) = (rec_rx.clone(), stats.clone(), cfg.batch.max(1));
        let span = tracing::info_span!("persist");
        tokio::task::spawn_blocking(move || {
            span.in_scope(|| stages::persist(rx, store, batch, stats, started))
        })
    };
    Ok(Running {
        sink: raw_tx,
        stats,
        prepared: prep_rx,
        records: rec_rx,
        workers,
        writer,
        started,
    })
}

impl Running {
    /// The input of the pipeline; clone it for each source.
    pub fn sink(&self) -> Sink {
        self.sink.clone()
    }

    pub fn stats(&self) -> Arc<Stats> {
        self.stats.clone()
    }

    /// Current length of each queue, by name.
    pub fn queue_depths(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("raw", self.sink.len()),
            ("prepared", self.prepared.len()),
            ("records", self.records.len()),
        ]
    }

    /// Closes the input, drains every queue, commits, and waits for all
    /// stages. Items already accepted are never lost.
    pub async fn finish(self) -> Result<Summary, PipelineError> {
        drop(self.sink);
        // Our receivers would keep the inner queues open: if the writer has
        // failed, the workers must see their queue close rather than block
        // on a full one forever.
        drop(self.prepared);
        drop(self.records);
        for w in self.workers {
            w.await.map_err(|e| PipelineError::Stage(e.to_string()))?;
        }
        self.writer
            .await
            .map_err(|e| PipelineError::Stage(e.to_string()))??;
        Ok(summary(&self.stats, self.started.elapsed()))
    }
}

fn summary(s: &Stats, elapsed: Duration) -> Summary {
    Summary {
        received: Stats::get(&s.received),
        documents: Stats::get(&s.documents),
        duplicates: Stats::get(&s.duplicates),
        near_duplicates: Stats::get(&s.near_duplicates),
        failures: Stats::get(&s.failures),
        sentences: Stats::get(&s.sentences),
        entities: Stats::get(&s.entities),
        stances: Stats::get(&s.stances),
        quotes: Stats::get(&s.quotes),
        bytes: Stats::get(&s.bytes),
        elapsed,
    }
}

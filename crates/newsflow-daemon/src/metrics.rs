//! `/healthz` and Prometheus `/metrics` (text exposition format 0.0.4) on a
//! loopback address.

use crate::DaemonError;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use newsflow_pipeline::{Running, Stats};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio_util::sync::CancellationToken;

/// Counters of the daemon's own sources, next to the pipeline's [`Stats`].
pub(crate) struct Metrics {
    stats: Arc<Stats>,
    fetched: AtomicU64,
    files: AtomicU64,
    polls: Mutex<BTreeMap<String, u64>>,
    fetch_errors: Mutex<BTreeMap<String, u64>>,
    started: std::time::Instant,
}

fn bump(map: &Mutex<BTreeMap<String, u64>>, key: &str) {
    let mut m = match map.lock() {
        Ok(m) => m,
        Err(p) => p.into_inner(),
    };
    *m.entry(key.to_owned()).or_insert(0) += 1;
}

fn snapshot(map: &Mutex<BTreeMap<String, u64>>) -> BTreeMap<String, u64> {
    match map.lock() {
        Ok(m) => m.clone(),
        Err(p) => p.into_inner().clone(),
    }
}

/// Escapes a Prometheus label value.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

impl Metrics {
    pub(crate) fn new(stats: Arc<Stats>) -> Metrics {
        Metrics {
            stats,
            fetched: AtomicU64::new(0),
            files: AtomicU64::new(0),
            polls: Mutex::new(BTreeMap::new()),
            fetch_errors: Mutex::new(BTreeMap::new()),
            started: std::time::Instant::now(),
        }
    }

    pub(crate) fn fetched(&self) {
        self.fetched.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn file_read(&self) {
        self.files.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn feed_poll(&self, feed: &str) {
        bump(&self.polls, feed);
    }

    pub(crate) fn fetch_error(&self, host: &str) {
        bump(&self.fetch_errors, host);
    }

    pub(crate) fn render(&self, depths: &[(&'static str, usize)]) -> String {
        let s = &self.stats;
        let mut out = String::with_capacity(4096);
        let mut counter = |name: &str, help: &str, value: u64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}"
            );
        };
        counter(
            "newsflow_documents_total",
            "Documents stored with their annotations.",
            Stats::get(&s.documents),
        );
        counter(
            "newsflow_duplicates_total",
            "Documents already in the database (same URL or text).",
            Stats::get(&s.duplicates),
        );
        counter(
            "newsflow_near_duplicates_total",
            "Documents stored as near-duplicates of an earlier one.",
            Stats::get(&s.near_duplicates),
        );
        counter(
            "newsflow_sentences_total",
            "Sentences stored.",
            Stats::get(&s.sentences),
        );
        counter(
            "newsflow_entities_total",
            "Entity mentions stored.",
            Stats::get(&s.entities),
        );
        counter(
            "newsflow_stances_total",
            "Stances stored.",
            Stats::get(&s.stances),
        );
        counter(
            "newsflow_quotes_total",
            "Quotes stored.",
            Stats::get(&s.quotes),
        );
        counter(
            "newsflow_failures_total",
            "Inputs recorded in the failures table.",
            Stats::get(&s.failures),
        );
        counter(
            "newsflow_received_total",
            "Items received by the pipeline.",
            Stats::get(&s.received),
        );
        counter(
            "newsflow_received_bytes_total",
            "Bytes of documents received by the pipeline.",
            Stats::get(&s.bytes),
        );
        counter(
            "newsflow_pages_fetched_total",
            "Articles fetched over HTTP and sent to the pipeline.",
            self.fetched.load(Ordering::Relaxed),
        );
        counter(
            "newsflow_files_read_total",
            "Files of watched folders sent to the pipeline.",
            self.files.load(Ordering::Relaxed),
        );

        out.push_str("# HELP newsflow_stage_seconds_total Time spent in each pipeline stage.\n# TYPE newsflow_stage_seconds_total counter\n");
        for (stage, nanos) in [
            ("prepare", &s.prepare_nanos),
            ("tag", &s.tag_nanos),
            ("persist", &s.persist_nanos),
        ] {
            let _ = writeln!(
                out,
                "newsflow_stage_seconds_total{{stage=\"{stage}\"}} {:.6}",
                Stats::get(nanos) as f64 / 1e9
            );
        }
        let _ = writeln!(
            out,
            "# HELP newsflow_persist_batches_total Transactions committed.\n# TYPE newsflow_persist_batches_total counter\nnewsflow_persist_batches_total {}",
            Stats::get(&s.batches)
        );
        out.push_str("# HELP newsflow_queue_depth Items waiting in each pipeline queue.\n# TYPE newsflow_queue_depth gauge\n");
        for (q, n) in depths {
            let _ = writeln!(out, "newsflow_queue_depth{{queue=\"{q}\"}} {n}");
        }
        out.push_str("# HELP newsflow_fetch_errors_total Failed fetches (articles and feeds) by host.\n# TYPE newsflow_fetch_errors_total counter\n");
        for (host, n) in snapshot(&self.fetch_errors) {
            let _ = writeln!(
                out,
                "newsflow_fetch_errors_total{{host=\"{}\"}} {n}",
                label(&host)
            );
        }
        out.push_str("# HELP newsflow_feed_polls_total Feed polls.\n# TYPE newsflow_feed_polls_total counter\n");
        for (feed, n) in snapshot(&self.polls) {
            let _ = writeln!(
                out,
                "newsflow_feed_polls_total{{feed=\"{}\"}} {n}",
                label(&feed)
            );
        }
        let _ = writeln!(
            out,
            "# HELP newsflow_uptime_seconds Seconds since the daemon started.\n# TYPE newsflow_uptime_seconds gauge\nnewsflow_uptime_seconds {:.3}",
            self.started.elapsed().as_secs_f64()
        );
        out
    }
}

type Shared = (Arc<Metrics>, Arc<tokio::sync::RwLock<Option<Running>>>);

/// Binds `addr` and serves until `stop`; returns the server task.
pub(crate) async fn serve(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    running: Arc<tokio::sync::RwLock<Option<Running>>>,
    stop: CancellationToken,
) -> Result<tokio::task::JoinHandle<()>, DaemonError> {
    if !addr.ip().is_loopback() {
        tracing::warn!(message = "Metrics endpoint is not on loopback.", %addr);
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| DaemonError::Metrics {
            addr: addr.to_string(),
            error: e.to_string(),
        })?;
    let bound = listener.local_addr().map_or(addr, |a| a);
    tracing::info!(message = "Serving /healthz and /metrics.", addr = %bound);
    let app = Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/metrics", get(render))
        .with_state((metrics, running));
    Ok(tokio::spawn(async move {
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(stop.cancelled_owned())
            .await;
        if let Err(error) = served {
            tracing::error!(message = "Metrics endpoint failed.", %error);
        }
    }))
}

async fn render(State((metrics, running)): State<Shared>) -> impl IntoResponse {
    let depths = match running.try_read() {
        Ok(guard) => guard.as_ref().map(|r| r.queue_depths()).unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        metrics.render(&depths),
    )
}

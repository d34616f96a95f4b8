//! The ingestion daemon: follows the feeds and watched folders of a TOML
//! config and keeps the database current.
//!
//! ```text
//! feed pollers ─┐                 (conditional GET, new entries only)
//! folder watch ─┼──Item──▶ pipeline (prepare → tag → persist) ──▶ SQLite
//!               │                                        ▲
//!               └── source state (pending → done) ───────┘ same database
//! /healthz, /metrics ◀── pipeline stats, queue depths, fetch errors by host
//! ```
//!
//! Every item is recorded as pending in the database before it is handed to
//! the pipeline and becomes done only once the database shows its document
//! or its failure ([`newsflow_store::state`]); a restart fetches the pending
//! ones again, and never the done ones. On shutdown the pollers stop, the
//! in-flight fetches get `shutdown_grace_secs`, then the pipeline drains and
//! commits.

mod config;
mod metrics;

pub use config::{
    DaemonConfig, FeedConfig, FolderConfig, HttpSection, LimitsConfig, MetricsConfig,
};

use metrics::Metrics;
use newsflow_fetch::feed::{entry_item, get_feed, inline_location, FeedFetch};
use newsflow_fetch::http::fetch_item;
use newsflow_fetch::{HttpClient, Item, Limits, Sink, Validators};
use newsflow_pipeline::PipelineConfig;
use newsflow_store::state::{FeedState, ItemStatus, SourceState};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// Times an item is sent without leaving a trace in the database (an exact
/// duplicate of a stored document leaves none) before it counts as done.
const GIVE_UP_AFTER: i64 = 3;

#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error("configuration: {0}")]
    Config(String),
    #[error(transparent)]
    Pipeline(#[from] newsflow_pipeline::PipelineError),
    #[error(transparent)]
    Store(#[from] newsflow_store::StoreError),
    #[error(transparent)]
    Fetch(#[from] newsflow_fetch::FetchError),
    #[error(transparent)]
    Watch(#[from] newsflow_fetch::watch::WatchError),
    #[error("cannot serve metrics on {addr}: {error}")]
    Metrics { addr: String, error: String },
    #[error("the source state could not be saved: {0}")]
    State(String),
    #[error(transparent)]
    Closed(#[from] newsflow_fetch::Closed),
}

/// Runs until SIGINT or SIGTERM, then drains, commits and returns. A second
/// signal exits the process at once (the database stays consistent).
pub async fn run(config: DaemonConfig) -> Result<(), DaemonError> {
    let token = CancellationToken::new();
    let signals = token.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!(message = "Shutting down: draining queues; a second signal exits at once.");
        signals.cancel();
        wait_for_signal().await;
        tracing::warn!(message = "Second signal: exiting now.");
        std::process::exit(130);
    });
    run_with_shutdown(config, token.cancelled_owned()).await
}

#[cfg(unix)]
async fn wait_for_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) {
        (Ok(mut int), Ok(mut term)) => {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
        }
        _ => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

#[cfg(not(unix))]
async fn wait_for_signal() {
    let _ = tokio::signal::ctrl_c().await;
}

/// Shared by the source tasks.
struct Ctx {
    client: HttpClient,
    state: Mutex<SourceState>,
    sink: Sink,
    metrics: Arc<Metrics>,
    limits: Limits,
    stop: CancellationToken,
}

impl Ctx {
    fn state<T>(
        &self,
        f: impl FnOnce(&SourceState) -> newsflow_store::Result<T>,
    ) -> Result<T, DaemonError> {
        let guard = match self.state.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&guard).map_err(|e| DaemonError::State(e.to_string()))
    }
}

/// Runs until `shutdown` completes, then stops the sources, drains the
/// pipeline and commits.
pub async fn run_with_shutdown(
    config: DaemonConfig,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), DaemonError> {
    let limits = Limits {
        max_doc_bytes: config.limits.max_doc_bytes,
    };
    let mut pcfg = PipelineConfig {
        db: config.db.clone(),
        queue: config.queue.max(1),
        limits,
        ..PipelineConfig::default()
    };
    if let Some(w) = config.workers {
        pcfg.workers = w.max(1);
    }
    let client = HttpClient::new(config.http_config()?)?;
    let running = newsflow_pipeline::start(pcfg)?;
    let state = SourceState::open(&config.db)?;
    let confirmed = state.confirm_pending(GIVE_UP_AFTER)?;
    let pending = state.pending_count()?;
    tracing::info!(message = "Daemon started.", db = %config.db.display(), feeds = config.feeds.len(), folders = config.folders.len(), confirmed, pending);

    let metrics = Arc::new(Metrics::new(running.stats()));
    let stop = CancellationToken::new();
    let ctx = Arc::new(Ctx {
        client,
        state: Mutex::new(state),
        sink: running.sink(),
        metrics: metrics.clone(),
        limits,
        stop: stop.clone(),
    });
    let running = Arc::new(tokio::sync::RwLock::new(Some(running)));

    let server = match config.metrics_addr()? {
        Some(addr) => {
            Some(metrics::serve(addr, metrics.clone(), running.clone(), stop.clone()).await?)
        }
        None => None,
    };

    let mut tasks = JoinSet::new();
    for feed in config.feeds.clone() {
        tasks.spawn(poll_feed_forever(ctx.clone(), feed));
    }
    for folder in config.folders.clone() {
        // A configured inbox that does not exist yet is created, not an error.
        if let Err(e) = std::fs::create_dir_all(&folder.path) {
            return Err(DaemonError::Config(format!(
                "folder {}: {e}",
                folder.path.display()
            )));
        }
        let (watcher, rx) = newsflow_fetch::watch::watch_folders(
            std::slice::from_ref(&folder.path),
            Duration::from_millis(folder.stable_ms),
        )?;
        tasks.spawn(watch_folder(ctx.clone(), folder, watcher, rx));
    }

    shutdown.await;
    tracing::info!(message = "Stopping sources.");
    stop.cancel();
    let grace = config.shutdown_grace();
    let drained =
        tokio::time::timeout(grace, async { while tasks.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        tracing::warn!(
            message =
                "Abandoning in-flight fetches; they stay pending and are fetched again on restart.",
            in_flight = tasks.len()
        );
        tasks.shutdown().await;
    }
    let ctx = match Arc::try_unwrap(ctx) {
        Ok(c) => c,
        Err(_) => return Err(DaemonError::State("a source task is still running".into())),
    };
    drop(ctx.sink);
    let running = running.write().await.take();
    let summary = match running {
        Some(r) => Some(r.finish().await?),
        None => None,
    };
    let state = match ctx.state.into_inner() {
        Ok(s) => s,
        Err(poisoned) => poisoned.into_inner(),
    };
    let confirmed = state.confirm_pending(GIVE_UP_AFTER)?;
    if let Some(server) = server {
        let _ = server.await;
    }
    if let Some(s) = summary {
        tracing::info!(
            message = "Daemon stopped.",
            documents = s.documents,
            duplicates = s.duplicates,
            failures = s.failures,
            confirmed
        );
    }
    Ok(())
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

async fn poll_feed_forever(ctx: Arc<Ctx>, feed: FeedConfig) {
    let interval =
        Duration::try_from_secs_f64(feed.interval_secs).unwrap_or(Duration::from_secs(300));
    loop {
        let next = match ctx.state(|s| s.feed(&feed.url)) {
            Ok(st) => st.next_poll_ms,
            Err(error) => {
                tracing::error!(message = "Source state unreadable.", url = %feed.url, %error);
                0
            }
        };
        let wait = Duration::from_millis((next - now_ms()).max(0) as u64);
        tokio::select! {
            _ = ctx.stop.cancelled() => return,
            _ = tokio::time::sleep(wait) => {}
        }
        if let Err(error) = poll_feed(&ctx, &feed.url, interval).await {
            tracing::error!(message = "Feed poll failed.", url = %feed.url, %error);
            tokio::select! {
                _ = ctx.stop.cancelled() => return,
                _ = tokio::time::sleep(interval) => {}
            }
        }
        if ctx.stop.is_cancelled() {
            return;
        }
    }
}

fn host_of(url: &str) -> String {
    newsflow_fetch::http::parse_http_url(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "unknown".into())
}

/// One poll: re-sends the items still pending from earlier polls, fetches
/// the feed (conditionally), sends each entry not yet done, and saves the
/// validators only when every entry was handed over.
async fn poll_feed(ctx: &Ctx, url: &str, interval: Duration) -> Result<(), DaemonError> {
    ctx.state(|s| s.confirm_pending(GIVE_UP_AFTER))?;
    let prev = ctx.state(|s| s.feed(url))?;
    let retry = ctx.state(|s| s.pending_for(url))?;
    for (key, location) in retry {
        if ctx.stop.is_cancelled() {
            return Ok(());
        }
        if location == inline_location(url, &key) {
            // Inline content cannot be fetched again: the next 200 of the
            // feed re-sends it; until then it stays pending.
            continue;
        }
        ctx.state(|s| s.mark_pending(url, &key, &location, ""))?;
        let item = fetch_item(&ctx.client, &location, None, None).await;
        send(ctx, item).await?;
    }

    let validators = Validators {
        etag: prev.etag.clone(),
        last_modified: prev.last_modified.clone(),
    };
    ctx.metrics.feed_poll(url);
    let fetched = get_feed(&ctx.client, url, Some(&validators)).await;
    let next_poll_ms = now_ms() + interval.as_millis() as i64;
    match fetched {
        Ok(FeedFetch::NotModified) => {
            let st = FeedState {
                next_poll_ms,
                errors_in_row: 0,
                ..prev
            };
            ctx.state(|s| s.save_feed(url, &st, "not-modified", None))?;
            tracing::debug!(message = "Feed not modified.", %url);
        }
        Ok(FeedFetch::Feed {
            entries,
            validators: fresh,
        }) => {
            let mut sent = 0usize;
            for entry in &entries {
                if ctx.stop.is_cancelled() {
                    // Unhandled entries must be seen again: keep the old
                    // validators and poll again at start-up.
                    return Ok(());
                }
                let location = entry.location(url);
                let status = ctx.state(|s| s.item(url, &entry.key, &location, ""))?;
                // Done, or sent moments ago by the retry pass above; pending
                // inline content is the exception, which only this pass can
                // send again.
                let inline_pending =
                    matches!(status, ItemStatus::Pending { .. }) && entry.link.is_none();
                if status != ItemStatus::New && !inline_pending {
                    continue;
                }
                ctx.state(|s| s.mark_pending(url, &entry.key, &location, ""))?;
                let item = entry_item(&ctx.client, url, entry).await;
                send(ctx, item).await?;
                sent += 1;
            }
            let st = FeedState {
                etag: fresh.etag,
                last_modified: fresh.last_modified,
                next_poll_ms,
                errors_in_row: 0,
            };
            ctx.state(|s| s.save_feed(url, &st, "ok", None))?;
            tracing::info!(message = "Feed polled.", %url, entries = entries.len(), sent);
        }
        Err(error) => {
            let reason = error.to_string();
            tracing::warn!(message = "Feed fetch failed.", %url, %error);
            send(
                ctx,
                Item::Failed(newsflow_fetch::Failure {
                    source: url.to_owned(),
                    reason: reason.clone(),
                }),
            )
            .await?;
            let errors = prev.errors_in_row + 1;
            // Back off on a failing feed: up to 8 intervals.
            let factor = 1i64 << (errors - 1).clamp(0, 3);
            let st = FeedState {
                next_poll_ms: now_ms() + interval.as_millis() as i64 * factor,
                errors_in_row: errors,
                ..prev
            };
            ctx.state(|s| s.save_feed(url, &st, "error", Some(&reason)))?;
        }
    }
    Ok(())
}

async fn send(ctx: &Ctx, item: Item) -> Result<(), DaemonError> {
    match &item {
        Item::Doc(_) => ctx.metrics.fetched(),
        Item::Failed(f) => {
            if f.source.starts_with("http") {
                ctx.metrics.fetch_error(&host_of(&f.source));
            }
        }
    }
    ctx.sink
        .send(item)
        .await
        .map_err(|_| DaemonError::Closed(newsflow_fetch::Closed))
}

async fn watch_folder(
    ctx: Arc<Ctx>,
    folder: FolderConfig,
    watcher: newsflow_fetch::watch::FolderWatcher,
    mut rx: tokio::sync::mpsc::Receiver<newsflow_fetch::watch::StableFile>,
) {
    let _watcher = watcher;
    let source = format!("folder:{}", folder.path.display());
    loop {
        let file = tokio::select! {
            _ = ctx.stop.cancelled() => return,
            f = rx.recv() => match f {
                Some(f) => f,
                None => return,
            },
        };
        let path = file.path.display().to_string();
        let version = format!("{}:{}", file.size, file.mtime_ns);
        let result = async {
            let status = ctx.state(|s| s.item(&source, &path, &path, &version))?;
            if status == ItemStatus::Done {
                return Ok(());
            }
            ctx.state(|s| s.mark_pending(&source, &path, &path, &version))?;
            ctx.metrics.file_read();
            Ok::<(), DaemonError>(
                newsflow_fetch::read_file(&file.path, &ctx.sink, ctx.limits).await?,
            )
        }
        .await;
        if let Err(error) = result {
            tracing::error!(message = "Watched file not ingested.", %path, %error);
        }
    }
}

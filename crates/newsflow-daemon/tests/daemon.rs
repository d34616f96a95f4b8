//! The daemon against a real HTTP server on 127.0.0.1 and a real SQLite
//! file: good items are stored, every bad one is recorded with its reason,
//! shutdown drains and commits, and a restart resumes without duplicates.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use newsflow_daemon::{run_with_shutdown, DaemonConfig};
use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Default)]
struct Site {
    /// 1: first feed version; 2: one more entry.
    version: AtomicUsize,
    hits: Mutex<HashMap<String, usize>>,
    feed_304: AtomicUsize,
}

impl Site {
    fn hit(&self, path: &str) {
        *self
            .hits
            .lock()
            .expect("lock")
            .entry(path.to_owned())
            .or_insert(0) += 1;
    }
    fn hits(&self, path: &str) -> usize {
        self.hits
            .lock()
            .expect("lock")
            .get(path)
            .copied()
            .unwrap_or(0)
    }
}

fn article(n: &str) -> String {
    let body = match n {
        "a1" => "India on Monday rejected any offer of third-party mediation in its dispute with Pakistan, the foreign ministry said in a statement issued in New Delhi. The spokesman told reporters that the two neighbours would settle their differences bilaterally and without outside help.",
        "a2" => "Pakistan's foreign minister Ishaq Dar said on Tuesday that Islamabad remained willing to talk, and that an offer made by Washington last week was still on the table. He added that his government would not beg for dialogue with anyone.",
        _ => "The European Union and Japan agreed on Wednesday to cut tariffs on cars and farm goods, officials in Brussels said. The agreement, which took four years to negotiate, will be signed in Tokyo next month, a spokeswoman for the European Commission told reporters.",
    };
    format!("<!doctype html><html><head><title>{n}</title><link rel=\"canonical\" href=\"/articles/{n}\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story {n}</h1><p>{body}</p><p>{body}</p></article><footer>Copyright Example News</footer></body></html>")
}

fn gzip_bomb() -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let block = vec![b'a'; 1 << 20];
    for _ in 0..8 {
        enc.write_all(&block).expect("gzip");
    }
    enc.finish().expect("gzip")
}

fn feed_xml(version: usize) -> String {
    let mut items = String::new();
    for (guid, path) in [
        ("a1", "/articles/a1"),
        ("a2", "/articles/a2"),
        ("e500", "/broken"),
        ("slow", "/slow"),
        ("loop", "/loop/a"),
        ("huge", "/huge"),
        ("bomb", "/bomb"),
    ] {
        items.push_str(&format!(
            "<item><title>{guid}</title><link>{path}</link><guid>{guid}</guid></item>"
        ));
    }
    if version >= 2 {
        items.push_str("<item><title>a3</title><link>/articles/a3</link><guid>a3</guid></item>");
    }
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example</title>{items}</channel></rss>")
}

async fn serve(site: Arc<Site>) -> String {
    let bomb = Arc::new(gzip_bomb());
    let app = Router::new()
        .route(
            "/feed.xml",
            get(|State(s): State<Arc<Site>>, h: HeaderMap| async move {
                s.hit("/feed.xml");
                let v = s.version.load(Ordering::SeqCst);
                let etag = format!("\"v{v}\"");
                if h.get(header::IF_NONE_MATCH).and_then(|x| x.to_str().ok()) == Some(etag.as_str())
                {
                    s.feed_304.fetch_add(1, Ordering::SeqCst);
                    return StatusCode::NOT_MODIFIED.into_response();
                }
                (
                    [
                        (header::CONTENT_TYPE, "application/rss+xml".to_owned()),
                        (header::ETAG, etag),
                    ],
                    feed_xml(v),
                )
                    .into_response()
            }),
        )
        .route(
            "/bad-feed.xml",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "application/rss+xml")],
                    "<rss><channel><item><title>",
                )
            }),
        )
        .route(
            "/articles/{n}",
            get(
                |State(s): State<Arc<Site>>, Path(n): Path<String>| async move {
                    s.hit(&format!("/articles/{n}"));
                    (
                        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                        article(&n),
                    )
                },
            ),
        )
        .route(
            "/broken",
            get(|State(s): State<Arc<Site>>| async move {
                s.hit("/broken");
                StatusCode::INTERNAL_SERVER_ERROR
            }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(10)).await;
                "late"
            }),
        )
        .route(
            "/loop/a",
            get(|| async { (StatusCode::FOUND, [(header::LOCATION, "/loop/b")]) }),
        )
        .route(
            "/loop/b",
            get(|| async { (StatusCode::FOUND, [(header::LOCATION, "/loop/a")]) }),
        )
        .route(
            "/huge",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/html")],
                    "<p>x</p>".repeat(1 << 18),
                )
            }),
        )
        .route(
            "/bomb",
            get(move || {
                let bomb = bomb.clone();
                async move {
                    Response::builder()
                        .header(header::CONTENT_TYPE, "text/html")
                        .header(header::CONTENT_ENCODING, "gzip")
                        .body(axum::body::Body::from(bomb.as_ref().clone()))
                        .expect("response")
                }
            }),
        )
        .with_state(site);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

fn config(
    dir: &std::path::Path,
    base: &str,
    metrics: &str,
    folder: Option<&std::path::Path>,
) -> DaemonConfig {
    let mut toml = format!(
        r#"
db = "{db}"
workers = 1
queue = 16
shutdown_grace_secs = 1.0
[limits]
max_doc_bytes = 1048576
[http]
timeout_secs = 0.5
connect_timeout_secs = 0.5
retries = 1
backoff_base_ms = 10
politeness_delay_ms = 0
per_host_concurrency = 4
[metrics]
listen = "{metrics}"
[[feed]]
url = "{base}/feed.xml"
interval_secs = 1
[[feed]]
url = "{base}/bad-feed.xml"
interval_secs = 1
"#,
        db = dir.join("news.db").display(),
    );
    if let Some(f) = folder {
        toml.push_str(&format!(
            "[[folder]]\npath = \"{}\"\nstable_ms = 150\n",
            f.display()
        ));
    }
    DaemonConfig::from_toml_str(&toml).expect("config")
}

fn db(dir: &std::path::Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(dir.join("news.db")).expect("open db");
    c.busy_timeout(Duration::from_secs(5)).expect("busy");
    c
}

fn count(dir: &std::path::Path, sql: &str) -> i64 {
    if !dir.join("news.db").exists() {
        return 0;
    }
    db(dir).query_row(sql, [], |r| r.get(0)).unwrap_or(0)
}

async fn wait_for(what: &str, timeout: Duration, mut ok: impl FnMut() -> bool) {
    let started = Instant::now();
    while !ok() {
        assert!(started.elapsed() < timeout, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

type Daemon = (
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<Result<(), newsflow_daemon::DaemonError>>,
);

fn start(cfg: DaemonConfig) -> Daemon {
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let handle = tokio::spawn(run_with_shutdown(cfg, async move {
        let _ = rx.await;
    }));
    (tx, handle)
}

async fn stop((tx, handle): Daemon) {
    let started = Instant::now();
    let _ = tx.send(());
    let result = tokio::time::timeout(Duration::from_secs(10), handle)
        .await
        .expect("daemon stops within seconds")
        .expect("daemon task");
    result.expect("daemon exits cleanly");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "shutdown took {:?}",
        started.elapsed()
    );
}

const DOCS: &str = "SELECT count(*) FROM documents";

fn failure_reasons(dir: &std::path::Path) -> Vec<(String, String)> {
    let c = db(dir);
    let mut stmt = c
        .prepare("SELECT source, reason FROM failures ORDER BY id")
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_failures_shutdown_and_restart_without_duplicates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = Arc::new(Site::default());
    site.version.store(1, Ordering::SeqCst);
    let base = serve(site.clone()).await;

    // First run: the two good articles are stored, each bad item recorded.
    let daemon = start(config(dir.path(), &base, "", None));
    let d = dir.path().to_path_buf();
    wait_for("two documents", Duration::from_secs(30), || {
        count(&d, DOCS) >= 2
    })
    .await;
    wait_for("six failures", Duration::from_secs(30), || {
        count(&d, "SELECT count(DISTINCT source) FROM failures") >= 6
    })
    .await;

    // The feed changes between polls: the new entry is picked up.
    site.version.store(2, Ordering::SeqCst);
    wait_for("third document", Duration::from_secs(30), || {
        count(&d, DOCS) >= 3
    })
    .await;
    stop(daemon).await;

    assert_eq!(count(&d, DOCS), 3);
    let urls: Vec<String> = {
        let c = db(&d);
        let mut stmt = c
            .prepare("SELECT url FROM documents ORDER BY url")
            .expect("prepare");
        stmt.query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<Vec<_>, _>>()
            .expect("rows")
    };
    assert_eq!(
        urls,
        ["a1", "a2", "a3"]
            .map(|n| format!("{base}/articles/{n}"))
            .to_vec()
    );
    let failures = failure_reasons(&d);
    let reason_for = |path: &str| {
        failures
            .iter()
            .find(|(s, _)| s.ends_with(path))
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| panic!("no failure recorded for {path}: {failures:?}"))
    };
    assert!(reason_for("/broken").contains("HTTP status 500"));
    assert!(reason_for("/slow").contains("timed out"));
    assert!(reason_for("/loop/a").contains("redirect"));
    assert!(reason_for("/huge").contains("over the limit"));
    assert!(reason_for("/bomb").contains("over the limit"));
    assert!(reason_for("/bad-feed.xml").contains("malformed feed"));
    let state_pending = count(
        &d,
        "SELECT count(*) FROM source_items WHERE state = 'pending'",
    );
    assert_eq!(
        state_pending, 0,
        "every item is done after a clean shutdown"
    );
    let a1_hits = site.hits("/articles/a1");
    assert_eq!(a1_hits, 1, "each article fetched once");
    assert_eq!(site.hits("/broken"), 2, "one try and one retry");

    // Restart: nothing is fetched again, nothing is duplicated, the feed is
    // asked with its ETag and answers 304.
    let feed_hits = site.hits("/feed.xml");
    let daemon = start(config(dir.path(), &base, "", None));
    wait_for("a conditional poll", Duration::from_secs(10), || {
        site.feed_304.load(Ordering::SeqCst) >= 1 && site.hits("/feed.xml") > feed_hits
    })
    .await;
    stop(daemon).await;
    assert_eq!(count(&d, DOCS), 3);
    assert_eq!(site.hits("/articles/a1"), 1);
    assert_eq!(site.hits("/articles/a3"), 1);
    assert_eq!(site.hits("/broken"), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_items_are_fetched_again_after_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = Arc::new(Site::default());
    site.version.store(1, Ordering::SeqCst);
    let base = serve(site.clone()).await;
    // A previous run handed a2 to the pipeline and died before storing it,
    // after saving the feed's validators: only the pending row remembers it.
    {
        let path = dir.path().join("news.db");
        drop(newsflow_store::Store::open(&path).expect("store"));
        let st = newsflow_store::state::SourceState::open(&path).expect("state");
        let feed = format!("{base}/feed.xml");
        st.save_feed(
            &feed,
            &newsflow_store::state::FeedState {
                etag: Some("\"v1\"".into()),
                last_modified: None,
                next_poll_ms: 0,
                errors_in_row: 0,
            },
            "ok",
            None,
        )
        .expect("save");
        for key in ["a1", "e500", "slow", "loop", "huge", "bomb"] {
            st.mark_done(&feed, key, &format!("{base}/x/{key}"), "")
                .expect("done");
        }
        st.mark_pending(&feed, "a2", &format!("{base}/articles/a2"), "")
            .expect("pending");
    }
    let daemon = start(config(dir.path(), &base, "", None));
    let d = dir.path().to_path_buf();
    wait_for("the lost item", Duration::from_secs(30), || {
        count(&d, DOCS) >= 1
    })
    .await;
    stop(daemon).await;
    assert_eq!(count(&d, DOCS), 1);
    assert_eq!(site.hits("/articles/a2"), 1);
    assert_eq!(site.hits("/articles/a1"), 0, "done items are not fetched");
}

async fn http_get(addr: &str, path: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .expect("write");
    let mut out = String::new();
    s.read_to_string(&mut out).await.expect("read");
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watched_folder_and_metrics() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).expect("inbox");
    let site = Arc::new(Site::default());
    site.version.store(1, Ordering::SeqCst);
    let base = serve(site.clone()).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let addr = format!("127.0.0.1:{port}");
    let daemon = start(config(dir.path(), &base, &addr, Some(&inbox)));
    let d = dir.path().to_path_buf();
    wait_for("feed documents", Duration::from_secs(30), || {
        count(&d, DOCS) >= 2
    })
    .await;

    // A file written in two steps is read once, complete.
    let f = inbox.join("note.txt");
    std::fs::write(&f, "The United Nations said on Friday that").expect("write");
    tokio::time::sleep(Duration::from_millis(50)).await;
    std::fs::write(&f, "The United Nations said on Friday that aid convoys had reached the city after weeks of talks with both sides.").expect("write");
    wait_for("the file", Duration::from_secs(30), || count(&d, DOCS) >= 3).await;
    let text: String = db(&d)
        .query_row(
            "SELECT d.text FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.location LIKE '%note.txt'",
            [],
            |r| r.get(0),
        )
        .expect("file document");
    assert!(text.ends_with("both sides."), "{text}");

    let health = http_get(&addr, "/healthz").await;
    assert!(
        health.starts_with("HTTP/1.1 200") && health.ends_with("ok\n"),
        "{health}"
    );
    let metrics = http_get(&addr, "/metrics").await;
    for want in [
        "newsflow_documents_total 3",
        "newsflow_queue_depth{queue=\"raw\"}",
        "newsflow_stage_seconds_total{stage=\"tag\"}",
        "newsflow_fetch_errors_total{host=\"127.0.0.1\"}",
        "newsflow_files_read_total 1",
        "# TYPE newsflow_failures_total counter",
    ] {
        assert!(metrics.contains(want), "missing {want} in\n{metrics}");
    }
    stop(daemon).await;
}

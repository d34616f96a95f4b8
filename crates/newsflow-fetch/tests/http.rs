//! The HTTP client and feeds against a real server on 127.0.0.1: good
//! pages, a slow server, 500s, Retry-After, a redirect loop, a huge body, a
//! gzip bomb, conditional GET, and feeds (good and malformed).

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use newsflow_fetch::feed::get_feed;
use newsflow_fetch::{
    fetch_feed, fetch_url, Body, FeedFetch, FetchError, Fetched, HttpClient, HttpConfig, Item,
    Validators,
};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const ARTICLE: &str = "<html><head><title>Talks</title></head><body><article><p>India rejected mediation on Monday, the ministry said, and Pakistan said it remained willing to talk.</p></article></body></html>";

#[derive(Default)]
struct Counters {
    flaky: AtomicUsize,
    always500: AtomicUsize,
    user_agent: std::sync::Mutex<String>,
}

fn gzip_bomb() -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..16 {
        enc.write_all(&zeros).expect("gzip");
    }
    enc.finish().expect("gzip")
}

async fn serve() -> (String, Arc<Counters>) {
    let counters = Arc::new(Counters::default());
    let bomb = Arc::new(gzip_bomb());
    let app = Router::new()
        .route(
            "/article",
            get(|State(c): State<Arc<Counters>>, h: HeaderMap| async move {
                if let Some(ua) = h.get(header::USER_AGENT).and_then(|v| v.to_str().ok()) {
                    *c.user_agent.lock().expect("lock") = ua.to_owned();
                }
                (
                    [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    ARTICLE,
                )
            }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "too late"
            }),
        )
        .route(
            "/500",
            get(|State(c): State<Arc<Counters>>| async move {
                c.always500.fetch_add(1, Ordering::SeqCst);
                StatusCode::INTERNAL_SERVER_ERROR
            }),
        )
        .route(
            "/flaky",
            get(|State(c): State<Arc<Counters>>| async move {
                if c.flaky.fetch_add(1, Ordering::SeqCst) == 0 {
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        [(header::RETRY_AFTER, "0")],
                        "",
                    )
                        .into_response()
                } else {
                    ([(header::CONTENT_TYPE, "text/html")], ARTICLE).into_response()
                }
            }),
        )
        .route(
            "/patient",
            get(|| async {
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, "3600")],
                    "",
                )
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
            "/to-file",
            get(|| async {
                (
                    StatusCode::FOUND,
                    [(header::LOCATION, "file:///etc/passwd")],
                )
            }),
        )
        .route(
            "/huge",
            get(|| async { ([(header::CONTENT_TYPE, "text/html")], "x".repeat(3 << 20)) }),
        )
        .route(
            "/bomb",
            get(move || {
                let bomb = bomb.clone();
                async move {
                    (
                        [
                            (header::CONTENT_TYPE, "text/html"),
                            (header::CONTENT_ENCODING, "gzip"),
                        ],
                        bomb.as_ref().clone(),
                    )
                }
            }),
        )
        .route(
            "/gz",
            get(|| async {
                let mut enc =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                let _ = enc.write_all(ARTICLE.as_bytes());
                let body = enc.finish().unwrap_or_default();
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CONTENT_ENCODING, "gzip"),
                    ],
                    body,
                )
            }),
        )
        .route(
            "/plain",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/plain; charset=iso-8859-1")],
                    b"Caf\xe9 talks resumed.".to_vec(),
                )
            }),
        )
        .route(
            "/image",
            get(|| async { ([(header::CONTENT_TYPE, "image/png")], "PNG") }),
        )
        .route(
            "/etag",
            get(|h: HeaderMap| async move {
                if h.get(header::IF_NONE_MATCH).is_some_and(|v| v == "\"v1\"") {
                    return StatusCode::NOT_MODIFIED.into_response();
                }
                (
                    [
                        (header::ETAG, "\"v1\""),
                        (header::CONTENT_TYPE, "text/html"),
                    ],
                    ARTICLE,
                )
                    .into_response()
            }),
        )
        .route(
            "/feed.xml",
            get(|| async {
                let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Good</title><link>/article</link><guid>g1</guid></item>
<item><title>Old</title><link>/article?old</link><guid>g0</guid></item>
<item><title>Broken</title><link>/500</link><guid>g2</guid></item>
</channel></rss>"#;
                ([(header::CONTENT_TYPE, "application/rss+xml")], rss)
            }),
        )
        .route(
            "/bad-feed.xml",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "application/rss+xml")],
                    "<rss><channel><item>",
                )
            }),
        )
        .with_state(counters.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), counters)
}

fn client() -> HttpClient {
    HttpClient::new(HttpConfig {
        timeout: Duration::from_millis(500),
        max_body_bytes: 1 << 20,
        retries: 2,
        backoff_base: Duration::from_millis(10),
        backoff_max: Duration::from_secs(2),
        politeness_delay: Duration::ZERO,
        ..HttpConfig::default()
    })
    .expect("client")
}

async fn one(client: &HttpClient, url: &str) -> Item {
    let (tx, rx) = async_channel::bounded(4);
    fetch_url(client, url, &tx).await.expect("open");
    rx.recv().await.expect("an item")
}

fn reason(item: Item) -> String {
    match item {
        Item::Failed(f) => f.reason,
        Item::Doc(d) => panic!("expected a failure, got a document from {}", d.source),
    }
}

#[tokio::test]
async fn sources_good_and_bad() {
    let (base, counters) = serve().await;
    let c = client();

    match one(&c, &format!("{base}/article")).await {
        Item::Doc(d) => {
            assert_eq!(d.url.as_deref(), Some(format!("{base}/article").as_str()));
            assert!(matches!(d.body, Body::Html(ref h) if h.contains("India rejected")));
        }
        Item::Failed(f) => panic!("{f:?}"),
    }
    assert_eq!(
        *counters.user_agent.lock().expect("lock"),
        format!("newsflow/{}", env!("CARGO_PKG_VERSION"))
    );

    // A gzip-encoded page is decompressed; a Latin-1 text page is decoded.
    assert!(
        matches!(one(&c, &format!("{base}/gz")).await, Item::Doc(d) if matches!(d.body, Body::Html(ref h) if h.contains("India rejected")))
    );
    assert!(
        matches!(one(&c, &format!("{base}/plain")).await, Item::Doc(d) if d.body == Body::Text("Café talks resumed.".into()))
    );

    // Rows of (path, expected words in the reason).
    let cases: &[(&str, &str)] = &[
        ("/slow", "timed out"),
        ("/500", "HTTP status 500"),
        ("/patient", "retry after"),
        ("/loop/a", "redirect loop"),
        ("/to-file", "redirect"),
        ("/huge", "over the limit"),
        ("/bomb", "over the limit"),
        ("/image", "unsupported content type"),
        ("/missing", "HTTP status 404"),
    ];
    for (path, want) in cases {
        let started = Instant::now();
        let r = reason(one(&c, &format!("{base}{path}")).await);
        assert!(r.contains(want), "{path}: {r}");
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{path} took {:?}",
            started.elapsed()
        );
    }
    assert_eq!(
        counters.always500.load(Ordering::SeqCst),
        3,
        "1 try + 2 retries"
    );
    assert!(reason(one(&c, "file:///etc/passwd").await).contains("scheme"));

    // A 503 with Retry-After: 0 is retried and then succeeds.
    assert!(matches!(
        one(&c, &format!("{base}/flaky")).await,
        Item::Doc(_)
    ));
    assert_eq!(counters.flaky.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn conditional_get() {
    let (base, _) = serve().await;
    let c = client();
    let url = format!("{base}/etag");
    let v = match c.get(&url, None).await.expect("first") {
        Fetched::Body(r) => r.validators,
        Fetched::NotModified => panic!("first fetch cannot be 304"),
    };
    assert_eq!(v.etag.as_deref(), Some("\"v1\""));
    assert!(matches!(
        c.get(&url, Some(&v)).await,
        Ok(Fetched::NotModified)
    ));
    let stale = Validators {
        etag: Some("\"v0\"".into()),
        last_modified: None,
    };
    assert!(matches!(
        c.get(&url, Some(&stale)).await,
        Ok(Fetched::Body(_))
    ));
}

#[tokio::test]
async fn feeds_skip_seen_and_record_failures() {
    let (base, _) = serve().await;
    let c = client();
    let (tx, rx) = async_channel::bounded(16);
    let seen = |k: &str| k == "g0";
    let out = fetch_feed(&c, &format!("{base}/feed.xml"), &tx, &seen)
        .await
        .expect("open");
    assert_eq!(
        (out.entries, out.fetched, out.skipped, out.failed),
        (3, 1, 1, 1)
    );
    drop(tx);
    let mut items = Vec::new();
    while let Ok(i) = rx.recv().await {
        items.push(i);
    }
    match &items[0] {
        Item::Doc(d) => {
            assert_eq!(d.title.as_deref(), Some("Good"));
            assert_eq!(d.source, format!("{base}/article"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&items[1], Item::Failed(f) if f.reason.contains("500")));

    let (tx, rx) = async_channel::bounded(4);
    let out = fetch_feed(&c, &format!("{base}/bad-feed.xml"), &tx, &|_: &str| false)
        .await
        .expect("open");
    assert_eq!(out.failed, 1);
    assert!(
        matches!(rx.recv().await, Ok(Item::Failed(f)) if f.reason.starts_with("malformed feed"))
    );
    assert!(matches!(
        get_feed(&c, &format!("{base}/bad-feed.xml"), None).await,
        Err(FetchError::Feed(_))
    ));
    assert!(matches!(
        get_feed(&c, &format!("{base}/feed.xml"), None).await,
        Ok(FeedFetch::Feed { ref entries, .. }) if entries.len() == 3
    ));
}

#[tokio::test]
async fn politeness_delay_spaces_requests_to_one_host() {
    let (base, _) = serve().await;
    let c = HttpClient::new(HttpConfig {
        politeness_delay: Duration::from_millis(200),
        per_host_concurrency: 1,
        ..HttpConfig::default()
    })
    .expect("client");
    let started = Instant::now();
    let url = format!("{base}/article");
    let (a, b, d) = tokio::join!(c.get(&url, None), c.get(&url, None), c.get(&url, None));
    assert!(a.is_ok() && b.is_ok() && d.is_ok());
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "{:?}",
        started.elapsed()
    );
}

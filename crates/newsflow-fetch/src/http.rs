//! HTTP(S) fetching with a well-kept client: rustls, gzip/brotli, connect and
//! whole-request timeouts, a maximum body size enforced on the *decompressed*
//! bytes while streaming (a gzip bomb is cut off), a bounded number of
//! redirects over http/https only, conditional GET (ETag, Last-Modified),
//! retries with exponential backoff and jitter on timeouts, connection
//! errors, 429 and 5xx (honouring `Retry-After`), and per host a concurrency
//! limit and a politeness delay between request starts.

use crate::{fail, send, Body, Closed, Item, RawDoc, Sink};
use reqwest::header::{HeaderMap, HeaderValue};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::Instant;

/// Settings of the HTTP client.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// Time allowed to establish a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, body included (per attempt).
    pub timeout: Duration,
    /// Largest body accepted, counted after decompression.
    pub max_body_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Further attempts after a retryable failure (0 = try once).
    pub retries: u32,
    /// First backoff delay; doubles each retry, with full jitter.
    pub backoff_base: Duration,
    /// Longest wait between attempts; a longer `Retry-After` makes the fetch
    /// fail instead of blocking.
    pub backoff_max: Duration,
    /// Requests in flight at once to one host.
    pub per_host_concurrency: usize,
    /// Minimum time between the starts of two requests to one host.
    pub politeness_delay: Duration,
    pub user_agent: String,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body_bytes: 8 * 1024 * 1024,
            max_redirects: 5,
            retries: 2,
            backoff_base: Duration::from_millis(500),
            backoff_max: Duration::from_secs(30),
            per_host_concurrency: 2,
            politeness_delay: Duration::from_millis(500),
            user_agent: format!("newsflow/{}", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// Why a fetch failed; the message is what lands in `failures.reason`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FetchError {
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    #[error("unsupported URL scheme {0:?} (only http and https)")]
    Scheme(String),
    #[error("could not build the HTTP client: {0}")]
    Client(String),
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("HTTP status {0}")]
    Status(u16),
    #[error("too many redirects or a redirect loop: {0}")]
    Redirect(String),
    #[error("body is over the limit of {0} bytes (after decompression)")]
    TooLarge(u64),
    #[error("server asked to retry after {0:?}, longer than allowed")]
    RetryAfterTooLong(Duration),
    #[error("reading the body failed: {0}")]
    Body(String),
    #[error("unsupported content type {0:?}")]
    ContentType(String),
    #[error("malformed feed: {0}")]
    Feed(String),
}

impl FetchError {
    fn retryable(&self) -> bool {
        match self {
            FetchError::Timeout(_) | FetchError::Connect(_) => true,
            FetchError::Status(s) => *s == 429 || *s >= 500,
            _ => false,
        }
    }
}

/// Cache validators of a previous response, for a conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful response.
#[derive(Debug, Clone)]
pub struct Response {
    /// The URL after redirects.
    pub url: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub validators: Validators,
}

/// What a (conditional) GET gave.
#[derive(Debug, Clone)]
pub enum Fetched {
    Body(Response),
    /// 304: unchanged since the validators were issued.
    NotModified,
}

#[derive(Debug)]
struct HostSlot {
    permits: Semaphore,
    next_start: tokio::sync::Mutex<Instant>,
}

/// A shareable HTTP client (cheap to clone).
#[derive(Debug, Clone)]
pub struct HttpClient {
    inner: reqwest::Client,
    cfg: Arc<HttpConfig>,
    hosts: Arc<Mutex<HashMap<String, Arc<HostSlot>>>>,
}

impl HttpClient {
    pub fn new(cfg: HttpConfig) -> Result<HttpClient, FetchError> {
        // reqwest's rustls uses aws-lc-rs; another crate in the process may
        // enable ring too, and rustls then refuses to pick one (DEPS.md).
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let max_redirects = cfg.max_redirects;
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            let scheme = attempt.url().scheme().to_owned();
            if scheme != "http" && scheme != "https" {
                return attempt.error(format!("redirect to a {scheme}: URL"));
            }
            if attempt.previous().iter().any(|u| u == attempt.url()) {
                let at = attempt.url().to_string();
                return attempt.error(format!("redirect loop at {at}"));
            }
            if attempt.previous().len() > max_redirects {
                return attempt.error(format!("more than {max_redirects} redirects"));
            }
            attempt.follow()
        });
        let inner = reqwest::Client::builder()
            .user_agent(cfg.user_agent.clone())
            .connect_timeout(cfg.connect_timeout)
            .timeout(cfg.timeout)
            .redirect(policy)
            .gzip(true)
            .brotli(true)
            .build()
            .map_err(|e| FetchError::Client(e.to_string()))?;
        Ok(HttpClient {
            inner,
            cfg: Arc::new(cfg),
            hosts: Arc::new(Mutex::new(HashMap::new())),
        })
    }

    /// GET `url`, conditionally when `validators` are given, with retries.
    pub async fn get(
        &self,
        url: &str,
        validators: Option<&Validators>,
    ) -> Result<Fetched, FetchError> {
        let parsed = parse_http_url(url)?;
        let host = parsed.host_str().unwrap_or_default().to_owned();
        let slot = self.slot(&host);
        let mut attempt = 0u32;
        loop {
            let result = {
                let _permit = slot.permits.acquire().await;
                self.polite_wait(&slot).await;
                self.once(parsed.clone(), validators).await
            };
            match result {
                Ok(f) => return Ok(f),
                Err((e, retry_after)) if e.retryable() && attempt < self.cfg.retries => {
                    let wait = match retry_after {
                        Some(d) if d > self.cfg.backoff_max => {
                            return Err(FetchError::RetryAfterTooLong(d))
                        }
                        Some(d) => d,
                        None => backoff(self.cfg.backoff_base, self.cfg.backoff_max, attempt),
                    };
                    tracing::debug!(message = "Retrying fetch.", %url, error = %e, attempt, wait_ms = wait.as_millis() as u64);
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                }
                Err((e, _)) => return Err(e),
            }
        }
    }

    fn slot(&self, host: &str) -> Arc<HostSlot> {
        let mut hosts = match self.hosts.lock() {
            Ok(h) => h,
            Err(poisoned) => poisoned.into_inner(),
        };
        hosts
            .entry(host.to_owned())
            .or_insert_with(|| {
                Arc::new(HostSlot {
                    permits: Semaphore::new(self.cfg.per_host_concurrency.max(1)),
                    next_start: tokio::sync::Mutex::new(Instant::now()),
                })
            })
            .clone()
    }

    async fn polite_wait(&self, slot: &HostSlot) {
        let mut next = slot.next_start.lock().await;
        let now = Instant::now();
        if *next > now {
            tokio::time::sleep_until(*next).await;
        }
        *next = Instant::now() + self.cfg.politeness_delay;
    }

    /// One attempt; on failure also the `Retry-After` the server asked for.
    async fn once(
        &self,
        url: url::Url,
        validators: Option<&Validators>,
    ) -> Result<Fetched, (FetchError, Option<Duration>)> {
        let mut req = self.inner.get(url);
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                req = req.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &v.last_modified {
                req = req.header(reqwest::header::IF_MODIFIED_SINCE, lm);
            }
        }
        let mut resp = req.send().await.map_err(|e| (self.classify(e), None))?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if status.is_redirection() {
            // reqwest stops (without asking the policy) on a Location it
            // will not follow, such as a file: URL.
            let to = header_str(resp.headers(), reqwest::header::LOCATION).unwrap_or_default();
            return Err((
                FetchError::Redirect(format!("not following a redirect to {to:?}")),
                None,
            ));
        }
        if !status.is_success() {
            let retry_after = retry_after(resp.headers());
            return Err((FetchError::Status(status.as_u16()), retry_after));
        }
        let limit = self.cfg.max_body_bytes;
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err((FetchError::TooLarge(limit), None));
        }
        let headers = resp.headers().clone();
        let final_url = resp.url().to_string();
        let mut body = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() as u64 + chunk.len() as u64 > limit {
                        return Err((FetchError::TooLarge(limit), None));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return Err((self.classify(e), None)),
            }
        }
        Ok(Fetched::Body(Response {
            url: final_url,
            content_type: header_str(&headers, reqwest::header::CONTENT_TYPE),
            body,
            validators: Validators {
                etag: header_str(&headers, reqwest::header::ETAG),
                last_modified: header_str(&headers, reqwest::header::LAST_MODIFIED),
            },
        }))
    }

    fn classify(&self, e: reqwest::Error) -> FetchError {
        if e.is_redirect() {
            let detail = std::error::Error::source(&e)
                .map(|s| s.to_string())
                .unwrap_or_else(|| e.to_string());
            FetchError::Redirect(detail)
        } else if e.is_timeout() {
            FetchError::Timeout(self.cfg.timeout)
        } else if e.is_connect() {
            FetchError::Connect(error_chain(&e))
        } else if e.is_body() || e.is_decode() {
            FetchError::Body(error_chain(&e))
        } else {
            FetchError::Connect(error_chain(&e))
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(inner) = cur {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        cur = inner.source();
    }
    s
}

fn header_str(h: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    h.get(name)
        .and_then(|v: &HeaderValue| v.to_str().ok())
        .map(str::to_owned)
}

/// Parses `url`, accepting only http and https.
pub fn parse_http_url(url: &str) -> Result<url::Url, FetchError> {
    let parsed =
        url::Url::parse(url.trim()).map_err(|e| FetchError::InvalidUrl(format!("{url}: {e}")))?;
    match parsed.scheme() {
        "http" | "https" => Ok(parsed),
        other => Err(FetchError::Scheme(other.to_owned())),
    }
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let v = h.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Exponential backoff with full jitter: uniform in `[0, min(max, base·2^n)]`,
/// never below a tenth of the step so retries do not hammer.
fn backoff(base: Duration, max: Duration, attempt: u32) -> Duration {
    let step = base.saturating_mul(1u32 << attempt.min(16)).min(max);
    let ms = step.as_millis() as u64;
    let floor = ms / 10;
    Duration::from_millis(floor + fastrand::u64(0..=ms.saturating_sub(floor)))
}

/// Decodes a body as text: the charset from the Content-Type or an HTML
/// `<meta charset>`, else UTF-8 (invalid bytes replaced).
pub fn decode_body(body: &[u8], content_type: Option<&str>) -> String {
    let label = content_type
        .and_then(charset_param)
        .or_else(|| meta_charset(&body[..body.len().min(2048)]));
    let enc = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = enc.decode(body);
    text.into_owned()
}

fn charset_param(ct: &str) -> Option<String> {
    ct.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset")).then(|| v.trim().trim_matches('"').to_owned())
    })
}

fn meta_charset(head: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let rest = head[at..].trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_owned())
}

/// What kind of document a response holds.
pub(crate) fn body_of(resp: &Response) -> Result<Body, FetchError> {
    let ct = resp
        .content_type
        .as_deref()
        .map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let text = decode_body(&resp.body, resp.content_type.as_deref());
    if text.trim().is_empty() {
        return Err(FetchError::Body("empty body".into()));
    }
    match ct.as_str() {
        "text/html" | "application/xhtml+xml" | "" => Ok(Body::Html(text)),
        "text/plain" => Ok(Body::Text(text)),
        other => Err(FetchError::ContentType(other.to_owned())),
    }
}

/// Fetches one article URL and sends it down the pipeline as a document, or
/// as a failure with its reason. Only a closed pipeline stops it.
pub async fn fetch_url(client: &HttpClient, url: &str, tx: &Sink) -> Result<(), Closed> {
    let item = fetch_item(client, url, None, None).await;
    send(tx, item).await
}

/// Fetches `url` into an [`Item`]; `title`/`published` (from a feed) are
/// kept on the document.
pub async fn fetch_item(
    client: &HttpClient,
    url: &str,
    title: Option<String>,
    published: Option<String>,
) -> Item {
    let result = match client.get(url, None).await {
        Ok(Fetched::Body(resp)) => body_of(&resp).map(|b| (resp.url, b)),
        Ok(Fetched::NotModified) => Err(FetchError::Status(304)),
        Err(e) => Err(e),
    };
    match result {
        Ok((final_url, body)) => Item::Doc(RawDoc {
            source: url.to_owned(),
            id: None,
            url: Some(final_url),
            title,
            published,
            body,
        }),
        Err(e) => {
            tracing::warn!(message = "Fetch failed.", %url, error = %e);
            fail(url, e.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_schemes() {
        assert!(parse_http_url("https://a.test/x").is_ok());
        assert!(
            matches!(parse_http_url("file:///etc/passwd"), Err(FetchError::Scheme(s)) if s == "file")
        );
        assert!(matches!(
            parse_http_url("not a url"),
            Err(FetchError::InvalidUrl(_))
        ));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let base = Duration::from_millis(100);
        let max = Duration::from_secs(1);
        for attempt in 0..10 {
            let d = backoff(base, max, attempt);
            let step = (100u64 << attempt).min(1000);
            assert!(d.as_millis() as u64 <= step, "{attempt}: {d:?}");
            assert!(d.as_millis() as u64 >= step / 10, "{attempt}: {d:?}");
        }
    }

    #[test]
    fn charsets() {
        assert_eq!(
            decode_body(b"caf\xe9", Some("text/html; charset=ISO-8859-1")),
            "café"
        );
        assert_eq!(
            decode_body(b"<meta charset=\"windows-1252\">caf\xe9", None),
            "<meta charset=\"windows-1252\">café"
        );
        assert_eq!(decode_body("café".as_bytes(), Some("text/html")), "café");
    }

    #[test]
    fn retry_after_seconds() {
        let mut h = HeaderMap::new();
        h.insert(reqwest::header::RETRY_AFTER, HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert(
            reqwest::header::RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(retry_after(&h), Some(Duration::ZERO), "a date in the past");
        h.insert(
            reqwest::header::RETRY_AFTER,
            HeaderValue::from_static("soon"),
        );
        assert_eq!(retry_after(&h), None);
    }
}

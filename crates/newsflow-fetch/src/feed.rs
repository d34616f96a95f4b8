//! Feeds: RSS 2.0, Atom and JSON Feed (through `feed-rs`). Each entry's link
//! is fetched and sent down the pipeline as an HTML document with its URL,
//! title and publication date; entries already seen (by GUID or URL, as the
//! caller decides) are not fetched again.

use crate::http::{fetch_item, FetchError, Fetched, HttpClient, Validators};
use crate::{fail, send, Body, Closed, Item, RawDoc, Sink};

/// One feed entry, reduced to what ingestion needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// Stable identity: the entry's GUID / id, else its link.
    pub key: String,
    /// Absolute http(s) link to the article, if any.
    pub link: Option<String>,
    pub title: Option<String>,
    /// RFC 3339.
    pub published: Option<String>,
    /// Inline content (Atom `content`, RSS `content:encoded`), used when the
    /// entry has no link.
    pub content: Option<String>,
}

impl FeedEntry {
    /// Where its document comes from, as stored: the link, or for inline
    /// content `<feed url>#<key>`.
    pub fn location(&self, feed_url: &str) -> String {
        self.link
            .clone()
            .unwrap_or_else(|| inline_location(feed_url, &self.key))
    }
}

/// The location of an entry's inline content: `<feed url>#<key>`.
pub fn inline_location(feed_url: &str, key: &str) -> String {
    format!("{feed_url}#{key}")
}

/// A fetched feed.
#[derive(Debug, Clone)]
pub enum FeedFetch {
    /// 304: nothing new since the validators.
    NotModified,
    Feed {
        entries: Vec<FeedEntry>,
        validators: Validators,
    },
}

/// Fetches and parses the feed at `url` (conditionally with `validators`).
pub async fn get_feed(
    client: &HttpClient,
    url: &str,
    validators: Option<&Validators>,
) -> Result<FeedFetch, FetchError> {
    match client.get(url, validators).await? {
        Fetched::NotModified => Ok(FeedFetch::NotModified),
        Fetched::Body(resp) => {
            let entries = parse_feed(&resp.body, &resp.url)?;
            Ok(FeedFetch::Feed {
                entries,
                validators: resp.validators,
            })
        }
    }
}

/// Parses feed bytes; relative links resolve against `base`.
pub fn parse_feed(bytes: &[u8], base: &str) -> Result<Vec<FeedEntry>, FetchError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| FetchError::Feed(e.to_string()))?;
    let base = url::Url::parse(base).ok();
    let mut out = Vec::with_capacity(feed.entries.len());
    for e in feed.entries {
        let href = e
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| e.links.first())
            .map(|l| l.href.clone());
        let link = href.and_then(|h| absolute(&h, base.as_ref()));
        let key = if e.id.trim().is_empty() {
            match &link {
                Some(l) => l.clone(),
                None => continue,
            }
        } else {
            e.id.trim().to_owned()
        };
        out.push(FeedEntry {
            key,
            link,
            title: e
                .title
                .map(|t| t.content.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|t| !t.is_empty()),
            published: e.published.or(e.updated).map(|d| d.to_rfc3339()),
            content: e
                .content
                .and_then(|c| c.body)
                .or_else(|| e.summary.map(|s| s.content))
                .filter(|c| !c.trim().is_empty()),
        });
    }
    Ok(out)
}

fn absolute(href: &str, base: Option<&url::Url>) -> Option<String> {
    let u = match url::Url::parse(href.trim()) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(href.trim()).ok()?,
        Err(_) => return None,
    };
    matches!(u.scheme(), "http" | "https").then(|| u.to_string())
}

/// Turns one entry into an item: its link fetched, or its inline content.
pub async fn entry_item(client: &HttpClient, feed_url: &str, entry: &FeedEntry) -> Item {
    match (&entry.link, &entry.content) {
        (Some(link), _) => {
            fetch_item(client, link, entry.title.clone(), entry.published.clone()).await
        }
        (None, Some(content)) => Item::Doc(RawDoc {
            source: entry.location(feed_url),
            id: Some(entry.key.clone()),
            url: None,
            title: entry.title.clone(),
            published: entry.published.clone(),
            body: Body::Html(content.clone()),
        }),
        (None, None) => fail(
            entry.location(feed_url),
            "feed entry has neither a link nor content",
        ),
    }
}

/// What one pass over a feed did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedOutcome {
    pub entries: usize,
    /// Entries sent as documents.
    pub fetched: usize,
    /// Entries skipped because `seen` said so.
    pub skipped: usize,
    /// Entries sent as failures (and 1 when the feed itself failed).
    pub failed: usize,
}

/// One-shot: fetches the feed at `url` and sends every entry not yet
/// `seen` (called with the entry's key and then its link) down the pipeline.
/// A feed that cannot be fetched or parsed becomes one failure.
pub async fn fetch_feed(
    client: &HttpClient,
    url: &str,
    tx: &Sink,
    seen: &(dyn Fn(&str) -> bool + Sync),
) -> Result<FeedOutcome, Closed> {
    let mut outcome = FeedOutcome::default();
    let entries = match get_feed(client, url, None).await {
        Ok(FeedFetch::Feed { entries, .. }) => entries,
        Ok(FeedFetch::NotModified) => Vec::new(),
        Err(e) => {
            tracing::warn!(message = "Feed fetch failed.", %url, error = %e);
            outcome.failed = 1;
            send(tx, fail(url, e.to_string())).await?;
            return Ok(outcome);
        }
    };
    outcome.entries = entries.len();
    for entry in &entries {
        if seen(&entry.key) || entry.link.as_deref().is_some_and(seen) {
            outcome.skipped += 1;
            continue;
        }
        let item = entry_item(client, url, entry).await;
        match item {
            Item::Doc(_) => outcome.fetched += 1,
            Item::Failed(_) => outcome.failed += 1,
        }
        send(tx, item).await?;
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_atom_and_json_feed() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
          <item><title> One </title><link>/a/1</link><guid>g-1</guid><pubDate>Mon, 12 May 2025 08:30:00 GMT</pubDate></item>
          <item><title>Two</title><link>https://b.test/2</link></item>
        </channel></rss>"#;
        let e = parse_feed(rss, "https://a.test/feed.xml").expect("rss");
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].key, "g-1");
        assert_eq!(e[0].link.as_deref(), Some("https://a.test/a/1"));
        assert_eq!(e[0].title.as_deref(), Some("One"));
        assert_eq!(e[0].published.as_deref(), Some("2025-05-12T08:30:00+00:00"));
        assert_eq!(e[1].link.as_deref(), Some("https://b.test/2"));

        let atom = br#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:f</id><updated>2025-01-01T00:00:00Z</updated>
          <entry><id>urn:e1</id><title>E</title><updated>2025-01-01T00:00:00Z</updated><link rel="alternate" href="https://a.test/e1"/></entry></feed>"#;
        let e = parse_feed(atom, "https://a.test/atom").expect("atom");
        assert_eq!(
            (e[0].key.as_str(), e[0].link.as_deref()),
            ("urn:e1", Some("https://a.test/e1"))
        );

        let json = br#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"j1","url":"https://a.test/j1","title":"J1","content_html":"<p>x</p>"}]}"#;
        let e = parse_feed(json, "https://a.test/feed.json").expect("json feed");
        assert_eq!(
            (e[0].key.as_str(), e[0].link.as_deref()),
            ("j1", Some("https://a.test/j1"))
        );
    }

    #[test]
    fn malformed_feed_is_an_error() {
        assert!(matches!(
            parse_feed(b"<html><body>not a feed</body></html>", "https://a.test/"),
            Err(FetchError::Feed(_))
        ));
    }
}

//! Sources of newsflow: everything that reads articles from the outside
//! world. Each source turns what it reads into [`Item`]s on a bounded
//! channel; an input that cannot be read becomes an [`Item::Failed`] with a
//! reason a user can act on, and never stops the other inputs.

mod local;

pub use local::{read_file, read_jsonl_line, read_source, Limits};

/// The body of a fetched document, before normalization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// A document as a source delivered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDoc {
    /// Where it came from: a path, `path:line` for JSON Lines, a URL, `stdin`.
    pub source: String,
    /// The id the input gave the document, if any.
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub body: Body,
}

/// An input that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub source: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Doc(RawDoc),
    Failed(Failure),
}

/// The receiving end of the pipeline was dropped: stop reading.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the pipeline stopped accepting documents")]
pub struct Closed;

pub type Sink = async_channel::Sender<Item>;

async fn send(tx: &Sink, item: Item) -> Result<(), Closed> {
    tx.send(item).await.map_err(|_| Closed)
}

fn fail(source: impl Into<String>, reason: impl Into<String>) -> Item {
    Item::Failed(Failure {
        source: source.into(),
        reason: reason.into(),
    })
}

pub mod feed;
pub mod http;
pub mod watch;

pub use feed::{fetch_feed, FeedEntry, FeedFetch, FeedOutcome};
pub use http::{fetch_url, FetchError, Fetched, HttpClient, HttpConfig, Validators};

//! Article extraction from HTML: the main text (paragraphs kept), title,
//! author, publication date and canonical URL. Pure: HTML string in, article
//! out; no I/O, and no panic escapes whatever the input.
//!
//! The main text comes from `rs-trafilatura` (a Rust port of trafilatura,
//! the best open-source extractor on the Scrapinghub benchmark; measured in
//! `make eval`, section `extract`). When it finds nothing, or fails, a small
//! paragraph-density scorer over `scraper`'s DOM ([`fallback`]) takes over.
//! Metadata is read from the page itself by [`meta`] (canonical link,
//! JSON-LD, OpenGraph, `<meta>` and `<time>`), trafilatura's own metadata
//! filling the gaps.

mod fallback;
mod meta;

use std::panic::{catch_unwind, AssertUnwindSafe};

/// What extraction finds in one HTML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub author: Option<String>,
    /// Publication date as found (ISO 8601 when the page gives one).
    pub published: Option<String>,
    /// Canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`).
    pub canonical_url: Option<String>,
    /// Main text; paragraphs separated by a blank line.
    pub text: String,
}

/// Extracts the article from `html`.
pub fn extract(html: &str) -> Article {
    extract_inner(html, None)
}

/// Extracts the article from `html` fetched from `url`: the URL helps the
/// extractor classify the page and resolves a relative canonical link.
pub fn extract_with_url(html: &str, url: &str) -> Article {
    extract_inner(html, Some(url))
}

fn extract_inner(html: &str, url: Option<&str>) -> Article {
    let doc = scraper::Html::parse_document(html);
    let mut article = meta::read(&doc, url);

    // trafilatura's tree walks grow much faster than linearly on absurdly
    // deep markup; such pages go to the simple scorer instead.
    let too_deep = max_depth(&doc) > MAX_TRAFILATURA_DEPTH;
    let main = (!too_deep)
        .then(|| {
            catch_unwind(AssertUnwindSafe(|| {
                let options = rs_trafilatura::Options {
                    url: url.map(str::to_owned),
                    ..rs_trafilatura::Options::default()
                };
                rs_trafilatura::extract_with_options(html, &options).ok()
            }))
            .ok()
            .flatten()
        })
        .flatten();

    let mut text = String::new();
    if let Some(res) = main {
        text = paragraphs(&res.content_text);
        let md = res.metadata;
        if article.title.is_none() {
            article.title = md.title.and_then(clean_inline);
        }
        if article.author.is_none() {
            article.author = md.author.and_then(clean_inline);
        }
        if article.published.is_none() {
            article.published = md.date.map(|d| d.to_rfc3339());
        }
    }
    if text.split_whitespace().count() < 20 {
        let alt = fallback::main_text(&doc);
        if alt.split_whitespace().count() > text.split_whitespace().count() {
            text = alt;
        }
    }
    article.text = drop_headline(&text, article.title.as_deref());
    article
}

/// Deepest element nesting trafilatura is given; real pages stay far below.
const MAX_TRAFILATURA_DEPTH: usize = 256;

fn max_depth(doc: &scraper::Html) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(_) => {
                depth += 1;
                max = max.max(depth);
            }
            ego_tree::iter::Edge::Close(_) => depth = depth.saturating_sub(1),
        }
    }
    max
}

/// Drops paragraphs that only repeat the headline: it is kept in `title`.
fn drop_headline(text: &str, title: Option<&str>) -> String {
    let key = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let Some(title_key) = title.map(key).filter(|k| !k.is_empty()) else {
        return text.to_owned();
    };
    text.split("\n\n")
        .filter(|p| key(p) != title_key)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Tidies extracted text: lines trimmed, runs of spaces collapsed, and one
/// blank line between paragraphs.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}

/// One line of inline text: whitespace collapsed, empty means none.
pub(crate) fn clean_inline(s: impl AsRef<str>) -> Option<String> {
    let s = s.as_ref().split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Talks stall | Example News</title>
<link rel="canonical" href="/world/talks-stall">
<meta property="og:title" content="Talks stall over mediation">
<meta name="author" content="Jane Roe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Talks stall over mediation","datePublished":"2025-05-12T08:30:00Z",
 "author":{"@type":"Person","name":"Jane Roe"}}</script>
<script>var tracking = "do not keep me";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">Buy the best shoes now, half price this week only.</div>
<article>
<h1>Talks stall over mediation</h1>
<p>India on Monday rejected any offer of third-party mediation in its dispute with Pakistan, the foreign ministry said in a statement issued in New Delhi.</p>
<p>"We will not accept mediation from anyone," the ministry's spokesman told reporters, adding that the two neighbours should settle their differences bilaterally.</p>
<p>Pakistan's foreign minister Ishaq Dar said Islamabad remained willing to talk, and that the offer made by Washington last week was still on the table.</p>
</article>
<section class="comments"><h3>Comments</h3><p>First! Great article, thanks.</p></section>
<footer>Copyright 2025 Example News. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>"#;

    #[test]
    fn article_text_and_metadata() {
        let a = extract_with_url(PAGE, "https://news.example/world/talks-stall?utm_source=x");
        assert!(a.text.contains("India on Monday rejected"), "{}", a.text);
        assert!(a.text.contains("still on the table."), "{}", a.text);
        assert!(a.text.contains("\n\n"), "paragraphs kept: {}", a.text);
        assert!(!a.text.contains("tracking"), "{}", a.text);
        assert!(!a.text.contains("half price"), "{}", a.text);
        assert!(!a.text.contains("Privacy policy"), "{}", a.text);
        assert_eq!(a.title.as_deref(), Some("Talks stall over mediation"));
        assert_eq!(a.author.as_deref(), Some("Jane Roe"));
        assert_eq!(a.published.as_deref(), Some("2025-05-12T08:30:00Z"));
        assert_eq!(
            a.canonical_url.as_deref(),
            Some("https://news.example/world/talks-stall")
        );
    }

    #[test]
    fn strange_input_never_panics() {
        for html in [
            "",
            "<",
            "plain text, no tags at all",
            "<html><body><p>",
            "<script>while(1){}</script>",
            &"<div>".repeat(5000),
            "<html><head><script type=\"application/ld+json\">{not json</script></head></html>",
        ] {
            let _ = extract(html);
        }
    }

    #[test]
    fn entities_are_decoded() {
        let html = "<html><body><article><p>Trade &amp; tariffs: &ldquo;no deal&rdquo; &mdash; said the minister, who spoke at length about the state of the negotiations and what might come next for both sides.</p></article></body></html>";
        let a = extract(html);
        assert!(
            a.text.contains("Trade & tariffs: “no deal” —"),
            "{}",
            a.text
        );
    }
}

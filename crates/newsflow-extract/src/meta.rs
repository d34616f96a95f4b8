//! Page metadata: canonical URL, title, author and publication date, read
//! from JSON-LD first (what publishers maintain for search engines), then
//! OpenGraph / `<meta>` tags, then the visible markup (`<h1>`, `<time>`).

use crate::{clean_inline, Article};
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

/// Reads the metadata fields of [`Article`] (its `text` stays empty).
pub(crate) fn read(doc: &Html, page_url: Option<&str>) -> Article {
    let ld = json_ld_articles(doc);
    let ld_str = |key: &str| ld.iter().find_map(|v| text_of(v.get(key)?));

    let canonical = first_attr(doc, "link[rel~=canonical]", "href")
        .or_else(|| meta_content(doc, &["og:url"]))
        .or_else(|| ld_str("url"))
        .or_else(|| {
            ld.iter().find_map(|v| match v.get("mainEntityOfPage")? {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("@id").and_then(Value::as_str).map(str::to_owned),
                _ => None,
            })
        })
        .and_then(|href| absolute_http_url(&href, page_url));

    let title = ld_str("headline")
        .or_else(|| meta_content(doc, &["og:title", "twitter:title"]))
        .or_else(|| first_text(doc, "h1"))
        .or_else(|| first_text(doc, "title"))
        .and_then(clean_inline);

    let author = ld
        .iter()
        .find_map(|v| author_of(v.get("author")?))
        .or_else(|| meta_content(doc, &["author", "article:author", "byl", "dc.creator"]))
        .filter(|a| !a.starts_with("http://") && !a.starts_with("https://"))
        .or_else(|| first_text(doc, "[rel~=author], [itemprop=author]"))
        .and_then(clean_inline)
        .map(|a| {
            a.trim_start_matches("By ")
                .trim_start_matches("by ")
                .to_owned()
        });

    let published = ld_str("datePublished")
        .or_else(|| {
            meta_content(
                doc,
                &[
                    "article:published_time",
                    "og:published_time",
                    "datePublished",
                    "pubdate",
                    "publishdate",
                    "date",
                    "dc.date",
                    "dc.date.issued",
                    "sailthru.date",
                ],
            )
        })
        .or_else(|| first_attr(doc, "time[pubdate]", "datetime"))
        .or_else(|| first_attr(doc, "[itemprop=datePublished]", "datetime"))
        .or_else(|| first_attr(doc, "[itemprop=datePublished]", "content"))
        .or_else(|| first_attr(doc, "time[datetime]", "datetime"))
        .and_then(clean_inline);

    Article {
        title,
        author,
        published,
        canonical_url: canonical,
        text: String::new(),
    }
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn first_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let sel = selector(css)?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_owned)
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = selector(css)?;
    doc.select(&sel)
        .find_map(|e: ElementRef| clean_inline(e.text().collect::<String>()))
}

/// `<meta property|name|itemprop=KEY content=…>` for the first KEY present.
fn meta_content(doc: &Html, keys: &[&str]) -> Option<String> {
    let sel = selector("meta[content]")?;
    let metas: Vec<(String, &str)> = doc
        .select(&sel)
        .filter_map(|m| {
            let v = m.value();
            let key = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"))?;
            Some((key.to_ascii_lowercase(), v.attr("content")?.trim()))
        })
        .filter(|(_, c)| !c.is_empty())
        .collect();
    keys.iter().find_map(|k| {
        let k = k.to_ascii_lowercase();
        metas
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, c)| (*c).to_owned())
    })
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "WebPage",
];

/// JSON-LD objects that describe an article, best first.
fn json_ld_articles(doc: &Html) -> Vec<Value> {
    let Some(sel) = selector(r#"script[type="application/ld+json"]"#) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, Value)> = Vec::new();
    for script in doc.select(&sel) {
        let raw = script.text().collect::<String>();
        let Ok(value) = serde_json::from_str::<Value>(raw.trim()) else {
            continue;
        };
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(mut o) => {
                    if let Some(graph) = o.remove("@graph") {
                        stack.push(graph);
                    }
                    let rank = type_rank(o.get("@type"));
                    if let Some(rank) = rank {
                        found.push((rank, Value::Object(o)));
                    }
                }
                _ => {}
            }
        }
    }
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, v)| v).collect()
}

fn type_rank(t: Option<&Value>) -> Option<usize> {
    let types: Vec<&str> = match t? {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    types
        .iter()
        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
        .min()
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean_inline(s),
        Value::Array(a) => a.iter().find_map(text_of),
        _ => None,
    }
}

fn author_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean_inline(s),
        Value::Object(o) => o.get("name").and_then(text_of),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(author_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Resolves `href` against the page URL; only http(s) URLs are kept.
fn absolute_http_url(href: &str, page_url: Option<&str>) -> Option<String> {
    let href = href.trim();
    let parsed = match url::Url::parse(href) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            url::Url::parse(page_url?).ok()?.join(href).ok()?
        }
        Err(_) => return None,
    };
    matches!(parsed.scheme(), "http" | "https").then(|| parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> Article {
        read(&Html::parse_document(html), Some("https://a.test/x/y"))
    }

    #[test]
    fn opengraph_and_time_when_no_json_ld() {
        let a = meta_of(
            r#"<html><head><meta property="og:title" content=" Dar  speaks "><meta property="og:url" content="https://a.test/dar"></head>
            <body><p class="byline"><a rel="author" href="/u/1">By Sam Poe</a></p><time datetime="2024-03-01">March 1</time></body></html>"#,
        );
        assert_eq!(a.title.as_deref(), Some("Dar speaks"));
        assert_eq!(a.canonical_url.as_deref(), Some("https://a.test/dar"));
        assert_eq!(a.author.as_deref(), Some("Sam Poe"));
        assert_eq!(a.published.as_deref(), Some("2024-03-01"));
    }

    #[test]
    fn json_ld_graph_and_author_list() {
        let a = meta_of(
            r#"<script type="application/ld+json">{"@graph":[{"@type":"WebSite","url":"https://a.test/"},
            {"@type":["NewsArticle"],"headline":"H","datePublished":"2023-01-02T03:04:05+01:00",
             "author":[{"name":"A One"},{"name":"B Two"}],"mainEntityOfPage":{"@id":"https://a.test/h"}}]}</script>"#,
        );
        assert_eq!(a.title.as_deref(), Some("H"));
        assert_eq!(a.author.as_deref(), Some("A One, B Two"));
        assert_eq!(a.published.as_deref(), Some("2023-01-02T03:04:05+01:00"));
        assert_eq!(a.canonical_url.as_deref(), Some("https://a.test/h"));
    }

    #[test]
    fn non_http_canonical_is_ignored() {
        let a = meta_of(r#"<link rel="canonical" href="javascript:alert(1)">"#);
        assert_eq!(a.canonical_url, None);
    }
}

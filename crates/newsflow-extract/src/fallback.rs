//! A small readability-style scorer, used when trafilatura finds nothing:
//! every paragraph gives its (non-link) text length to its parent and half
//! of it to its grandparent; the best-scoring container wins and its
//! paragraphs, headings, list items and quotes become the text.

use scraper::{ElementRef, Html, Selector};
use std::collections::HashMap;

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "nav", "aside", "footer", "header", "form", "button", "iframe",
    "svg", "select", "template",
];

const BLOCKS: &str = "p, h2, h3, h4, li, blockquote, pre";

pub(crate) fn main_text(doc: &Html) -> String {
    let (Ok(p_sel), Ok(block_sel)) = (Selector::parse("p"), Selector::parse(BLOCKS)) else {
        return String::new();
    };
    let mut scores: HashMap<ego_id::Id, (f64, ElementRef)> = HashMap::new();
    for p in doc.select(&p_sel) {
        if skipped(&p) {
            continue;
        }
        let (len, link_len) = text_lengths(&p);
        if len < 25 {
            continue;
        }
        let density = link_len as f64 / len as f64;
        let score = 1.0 + (len as f64 / 100.0).min(3.0) + text_commas(&p) as f64;
        let score = score * (1.0 - density);
        let mut weight = 1.0;
        for anc in p.ancestors().filter_map(ElementRef::wrap).take(2) {
            scores.entry(ego_id::of(&anc)).or_insert((0.0, anc)).0 += score * weight;
            weight /= 2.0;
        }
    }
    let best = scores
        .into_values()
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e);
    let Some(root) = best else {
        return String::new();
    };
    let mut out = Vec::new();
    for block in root.select(&block_sel) {
        let nested = block
            .ancestors()
            .filter_map(ElementRef::wrap)
            .take_while(|a| a.id() != root.id())
            .any(|a| is_block(&a));
        if nested || skipped(&block) {
            continue;
        }
        let (len, link_len) = text_lengths(&block);
        if len == 0 || (link_len as f64 / len as f64) > 0.5 {
            continue;
        }
        let t = block.text().collect::<String>();
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            out.push(t);
        }
    }
    out.join("\n\n")
}

fn is_block(e: &ElementRef) -> bool {
    matches!(
        e.value().name(),
        "p" | "h2" | "h3" | "h4" | "li" | "blockquote" | "pre"
    )
}

fn skipped(e: &ElementRef) -> bool {
    std::iter::once(*e)
        .chain(e.ancestors().filter_map(ElementRef::wrap))
        .any(|a| {
            let v = a.value();
            SKIP.contains(&v.name())
                || v.attr("class").is_some_and(boilerplate_class)
                || v.attr("id").is_some_and(boilerplate_class)
        })
}

fn boilerplate_class(c: &str) -> bool {
    let c = c.to_ascii_lowercase();
    [
        "comment",
        "sidebar",
        "advert",
        "promo",
        "related",
        "share",
        "newsletter",
        "cookie",
        "footer",
        "menu",
    ]
    .iter()
    .any(|w| c.contains(w))
}

fn text_lengths(e: &ElementRef) -> (usize, usize) {
    let len = e.text().map(|t| t.trim().chars().count()).sum();
    let link_len = Selector::parse("a")
        .map(|a| {
            e.select(&a)
                .flat_map(|l| l.text())
                .map(|t| t.trim().chars().count())
                .sum()
        })
        .unwrap_or(0);
    (len, link_len)
}

fn text_commas(e: &ElementRef) -> usize {
    e.text().map(|t| t.matches(',').count()).sum()
}

/// Node ids as hash keys (ego-tree's id is `Copy + Eq + Hash`).
mod ego_id {
    pub(crate) type Id = ego_tree::NodeId;
    pub(crate) fn of(e: &scraper::ElementRef) -> Id {
        e.id()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_dense_container() {
        let html = r#"<html><body>
        <div class="menu"><p><a href="/">Home</a> <a href="/a">A very long list of links, that goes on and on</a></p></div>
        <div id="story"><p>First paragraph of the story, with commas, clauses, and enough text to count.</p>
        <p>Second paragraph of the story, which also has plenty of words in it to be scored.</p></div>
        <div class="comments"><p>Comment text that is long enough to be scored as a paragraph, surely.</p></div>
        </body></html>"#;
        let t = main_text(&Html::parse_document(html));
        assert_eq!(
            t,
            "First paragraph of the story, with commas, clauses, and enough text to count.\n\nSecond paragraph of the story, which also has plenty of words in it to be scored."
        );
    }
}

//! A fixed workload for counting the splitter's instructions, which, unlike
//! wall-clock time, do not move with the machine's state: the bench article,
//! normalized and repeated to 1 MB as `benches/split.rs` does, split `N`
//! times (the first argument, 1 by default).
//!
//! ```text
//! cargo build --release -p newsflow-text --example split_megabyte
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/split_megabyte
//! ```

use newsflow_text::{normalize, split_sentences};
use std::hint::black_box;

const ARTICLE: &str = include_str!("../benches/fixtures/article.txt");

fn main() {
    let article = normalize(ARTICLE);
    let mut doc = String::with_capacity(1 << 20);
    while doc.len() < 1 << 20 {
        doc.push_str(&article);
        doc.push_str("\n\n");
    }
    let times: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let sentences: usize = (0..times)
        .map(|_| split_sentences(black_box(&doc)).len())
        .sum();
    println!("{sentences} sentences");
}

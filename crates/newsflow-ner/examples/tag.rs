//! Prints the entities of the text on stdin, one per line: `label<TAB>text`.
//! `cargo run --release -p newsflow-ner --example tag < article.txt`

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut raw = String::new();
    std::io::stdin().read_to_string(&mut raw)?;
    let text = newsflow_text::normalize(&raw);
    let sents = newsflow_text::split_sentences(&text);
    let ner = newsflow_ner::Ner::embedded()?;
    for e in ner.tag(&text, &sents) {
        println!("{}\t{}", e.label, e.span.text(&text));
    }
    Ok(())
}

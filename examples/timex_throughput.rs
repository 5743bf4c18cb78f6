//! Whole-run throughput of the temporal tagger over a JSON-lines corpus.
//!
//! ```sh
//! cargo run --release --example timex_throughput -- ../shared/corpus/bulk.jsonl
//! ```
//!
//! Reads every line's `text` (and `date` as the DCT when present), then
//! times sentence splitting plus tagging and resolution on one core, and
//! prints MB/s of text and the number of expressions found.

use std::time::Instant;

use dealline::date::PartialDate;
use dealline::text::split_sentences;
use dealline::timex::{dct_from, tag_document};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/bulk.jsonl".into());
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: {path}: {e}");
        std::process::exit(2)
    });
    let docs: Vec<(String, Option<PartialDate>)> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let text = v["text"].as_str().unwrap_or("").to_string();
            let dct = v["date"]
                .as_str()
                .and_then(|d| PartialDate::parse(&d[..d.len().min(10)]).ok());
            (text, dct)
        })
        .collect();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let t0 = Instant::now();
    let n: usize = docs.iter().map(|(t, _)| split_sentences(t).len()).sum();
    eprintln!(
        "sentence splitting alone: {n} sentences, {:.1} MB/s",
        bytes as f64 / 1e6 / t0.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let mut found = 0;
    for (text, dct) in &docs {
        let dct = dct.as_ref().map(dct_from);
        let sentences = split_sentences(text);
        found += tag_document(text, &sentences, dct.as_ref()).len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} documents, {:.1} MB of text, {found} expressions in {secs:.2} s: {:.1} MB/s on one core",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}

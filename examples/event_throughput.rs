//! Whole-run throughput of event extraction (sentences, the temporal
//! layer, entities and events) over a JSON-lines corpus on one core.
//!
//! ```sh
//! cargo run --release --example event_throughput -- ../shared/corpus/bulk.jsonl \
//!     [--runs 3] [--min-mbps 10] [--min-ratio 0.01]
//! ```
//!
//! Times extraction and a fixed reference pass over the same text
//! (`support/reference_pass.rs`, which owes nothing to dealline),
//! interleaved chunk by chunk, and keeps the best of `--runs`. Prints MB/s of text, the
//! number of events, and extraction's speed as a share of the reference
//! pass's. Exits 1 below `--min-mbps` (absolute, for a known quiet
//! machine) or below `--min-ratio` (the share, which a slow or busy
//! machine does not move: CI gates on it).

use std::process::ExitCode;

use dealline::input::published::from_flag;
use dealline::{Document, PartialDate};

#[path = "support/args.rs"]
mod args;
#[path = "support/reference_pass.rs"]
mod reference;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let path = args::corpus_path(&argv);
    let flag = |name: &str| args::flag(&argv, name);
    let min = flag("--min-mbps").unwrap_or(0.0);
    let min_ratio = flag("--min-ratio").unwrap_or(0.0);
    let runs = flag("--runs").map_or(3, |r| r.max(1.0) as usize);
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let docs: Vec<Document> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let mut d =
                Document::verbatim("bulk", v["text"].as_str().unwrap_or(""));
            if let Some(p) = v["date"]
                .as_str()
                .and_then(|d| PartialDate::parse(&d[..d.len().min(10)]).ok())
            {
                d.published = from_flag(&p);
            }
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let texts: Vec<&str> = docs.iter().map(|d| d.body.as_str()).collect();
    let (mbps, ref_mbps, n) = reference::interleaved(runs, &texts, |range| {
        docs[range].iter().map(|d| dealline::extract(d).len()).sum()
    });
    let ratio = mbps / ref_mbps;
    println!(
        "{} documents, {:.1} MB of text, {n} events: {mbps:.1} MB/s on one core (best of {runs}); \
         reference pass {ref_mbps:.0} MB/s; ratio {ratio:.4}",
        docs.len(),
        bytes as f64 / 1e6,
    );
    if mbps < min {
        eprintln!("event_throughput: below {min} MB/s");
        return ExitCode::from(1);
    }
    if ratio < min_ratio {
        eprintln!("event_throughput: ratio {ratio:.4} to the reference pass is below {min_ratio}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

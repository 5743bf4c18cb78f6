//! Whole-run throughput of event extraction (sentences, the temporal
//! layer, entities and events) over a JSON-lines corpus on one core.
//!
//! ```sh
//! cargo run --release --example event_throughput -- ../shared/corpus/bulk.jsonl [--min-mbps 10]
//! ```
//!
//! Prints MB/s of text and the number of events; exits 1 below
//! `--min-mbps`.

use std::process::ExitCode;
use std::time::Instant;

use dealline::input::published::from_flag;
use dealline::{Document, PartialDate};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .filter(|a| a.parse::<f64>().is_err())
        .cloned()
        .unwrap_or_else(|| "../shared/corpus/bulk.jsonl".into());
    let min = args
        .iter()
        .position(|a| a == "--min-mbps")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0);
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
    let start = Instant::now();
    let n: usize = docs.iter().map(|d| dealline::extract(d).len()).sum();
    let secs = start.elapsed().as_secs_f64();
    let mbps = bytes as f64 / 1e6 / secs;
    println!(
        "{} documents, {:.1} MB of text, {n} events in {secs:.2} s: {mbps:.1} MB/s on one core",
        docs.len(),
        bytes as f64 / 1e6,
    );
    if mbps < min {
        eprintln!("event_throughput: below {min} MB/s");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

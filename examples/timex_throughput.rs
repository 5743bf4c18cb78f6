//! Whole-run throughput of the temporal tagger over a JSON-lines corpus.
//!
//! ```sh
//! cargo run --release --example timex_throughput -- ../shared/corpus/bulk.jsonl \
//!     [--runs 1] [--min-ratio 0.05]
//! ```
//!
//! Reads every line's `text` (and `date` as the DCT when present), then
//! times sentence splitting plus tagging and resolution on one core, and
//! prints MB/s of text and the number of expressions found. A fixed
//! reference pass over the same text (`support/reference_pass.rs`, which
//! owes nothing to dealline) is timed interleaved with it chunk by chunk,
//! best of `--runs`; the
//! tagger's speed as a share of it does not move with a slow or busy
//! machine, and the run exits 1 below `--min-ratio`.

use std::process::ExitCode;
use std::time::Instant;

#[path = "support/args.rs"]
mod args;
#[path = "support/reference_pass.rs"]
mod reference;

use dealline::date::PartialDate;
use dealline::text::split_sentences;
use dealline::timex::{dct_from, tag_document};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args::flag(&argv, name);
    let runs = flag("--runs").map_or(1, |r| r.max(1.0) as usize);
    let min_ratio = flag("--min-ratio").unwrap_or(0.0);
    let path = args::corpus_path(&argv);
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
    let texts: Vec<&str> = docs.iter().map(|(t, _)| t.as_str()).collect();
    let (mbps, ref_mbps, found) =
        reference::interleaved(runs, &texts, |range| {
            let mut found = 0;
            for (text, dct) in &docs[range] {
                let dct = dct.as_ref().map(dct_from);
                let sentences = split_sentences(text);
                found += tag_document(text, &sentences, dct.as_ref()).len();
            }
            found
        });
    let ratio = mbps / ref_mbps;
    println!(
        "{} documents, {:.1} MB of text, {found} expressions: {mbps:.1} MB/s on one core \
         (best of {runs}); reference pass {ref_mbps:.0} MB/s; ratio {ratio:.4}",
        docs.len(),
        bytes as f64 / 1e6,
    );
    if ratio < min_ratio {
        eprintln!("timex_throughput: ratio {ratio:.4} to the reference pass is below {min_ratio}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

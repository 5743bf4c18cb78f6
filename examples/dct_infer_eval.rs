//! How well a publication date is found in undated text: the dated stories
//! of a JSON-lines corpus (default `../shared/corpus/bulk.jsonl`, whose
//! Reuters stories carry their filing time in `date`) are read without
//! their date, and the date found in the text alone (dateline, byline or
//! inference) is set beside the true one.
//!
//! ```sh
//! cargo run --release --example dct_infer_eval
//! cargo run --release --example dct_infer_eval -- FILE.jsonl --misses 20
//! ```
//!
//! It prints, by the precision found, how many dates hold the true day
//! (a day within three days of it, a month or a year that contains it) and
//! how many do not; stories with no date found are counted apart.

use std::collections::BTreeMap;
use std::process::ExitCode;

use dealline::input::published;
use dealline::Precision;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut path = "../shared/corpus/bulk.jsonl".to_string();
    let mut misses = 0usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--misses" => {
                misses = args.next().and_then(|n| n.parse().ok()).unwrap_or(20)
            }
            _ => path = a,
        }
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    // (precision, right) -> stories
    let mut tally: BTreeMap<(&str, bool), usize> = BTreeMap::new();
    let (mut dated, mut none) = (0usize, 0usize);
    let mut shown = 0usize;
    for (n, line) in text.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            eprintln!("error: {path}:{}: not a JSON object", n + 1);
            return ExitCode::from(2);
        };
        let (Some(date), Some(body)) = (
            v.get("date").and_then(|d| d.as_str()),
            v.get("text").and_then(|t| t.as_str()),
        ) else {
            continue;
        };
        let Some(truth) = date.get(..10).and_then(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
        }) else {
            continue;
        };
        dated += 1;
        let found = published::from_body(body);
        let (Some(start), Some(end)) = (found.start, found.end) else {
            none += 1;
            continue;
        };
        let slack = if found.precision == Precision::Day { 3 } else { 0 };
        let right = (start - chrono::Duration::days(slack)) <= truth
            && truth <= end + chrono::Duration::days(slack);
        *tally.entry((found.precision.as_str(), right)).or_default() += 1;
        if !right && shown < misses {
            shown += 1;
            println!(
                "miss {}: true {truth}, found {} ({})",
                v.get("id").and_then(|i| i.as_str()).unwrap_or("?"),
                found.value.as_deref().unwrap_or("-"),
                found.evidence.as_deref().unwrap_or("")
            );
        }
    }
    println!("{dated} dated stories read without their date; {none} get none");
    for precision in ["day", "month", "year"] {
        let right = tally.get(&(precision, true)).copied().unwrap_or(0);
        let wrong = tally.get(&(precision, false)).copied().unwrap_or(0);
        println!("{precision:>5}: {right} right, {wrong} wrong");
    }
    ExitCode::SUCCESS
}

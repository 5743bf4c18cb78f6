//! How well a publication date is found in undated text: the dated stories
//! of a JSON-lines corpus (default `../shared/corpus/bulk.jsonl`, whose
//! Reuters stories carry their filing time in `date`) are read without
//! their date, and the date found in the text alone (dateline, byline or
//! inference) is set beside the true one.
//!
//! ```sh
//! cargo run --release --example dct_infer_eval
//! cargo run --release --example dct_infer_eval -- FILE.jsonl --misses 20
//! cargo run --release --example dct_infer_eval -- --by-evidence
//! ```
//!
//! It prints, by the precision found, how many dates hold the true day
//! (a day within three days of it, a month or a year that contains it) and
//! how many do not; stories with no date found are counted apart. With
//! `--by-evidence` it also counts them by the kind of evidence the date
//! came from (its explanation with the quoted words left out).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use dealline::input::published;
use dealline::Precision;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut path = "../shared/corpus/bulk.jsonl".to_string();
    let mut misses = 0usize;
    let mut by_evidence = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--by-evidence" => by_evidence = true,
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
    // evidence kind -> (right, wrong)
    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut dated, mut none) = (0usize, 0usize);
    let mut shown = 0usize;
    // Written at the end, all at once: a reader that stops early (`| head`)
    // ends the run quietly.
    let mut out = String::new();
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
        if by_evidence {
            let kind = evidence_kind(found.evidence.as_deref().unwrap_or(""));
            let e = kinds.entry(kind).or_default();
            if right {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        if !right && shown < misses {
            shown += 1;
            let _ = writeln!(
                out,
                "miss {}: true {truth}, found {} ({})",
                v.get("id").and_then(|i| i.as_str()).unwrap_or("?"),
                found.value.as_deref().unwrap_or("-"),
                found.evidence.as_deref().unwrap_or("")
            );
        }
    }
    let _ = writeln!(
        out,
        "{dated} dated stories read without their date; {none} get none"
    );
    for precision in ["day", "month", "quarter", "year"] {
        let right = tally.get(&(precision, true)).copied().unwrap_or(0);
        let wrong = tally.get(&(precision, false)).copied().unwrap_or(0);
        let _ = writeln!(out, "{precision:>5}: {right} right, {wrong} wrong");
    }
    if by_evidence {
        let mut rows: Vec<_> = kinds.into_iter().collect();
        rows.sort_by_key(|(_, (r, w))| std::cmp::Reverse(r + w));
        let _ = writeln!(out, "right wrong  evidence");
        for (kind, (r, w)) in rows {
            let _ = writeln!(out, "{r:>5} {w:>5}  {kind}");
        }
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

/// An explanation without its quoted words and figures: "dateline: "X";
/// year 1986 from ..." becomes "dateline: ""; year # from ...".
fn evidence_kind(evidence: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in evidence.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                out.push(c);
            }
            _ if quoted => {}
            '0'..='9' => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

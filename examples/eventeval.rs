//! Scores extracted events against gold timelines.
//!
//! ```sh
//! cargo run --release --example eventeval -- ../shared/corpus/licensing \
//!     [--errors N] [--min-recall 0.85] [--min-precision 0.80] [--infer-dates]
//! ```
//!
//! For each `NN.txt` with an `NN.gold.json` beside it, the article is
//! extracted with its publication date from `NN.meta.json`
//! (`publication_date`, else `publication_date_inferred`) — or, with
//! `--infer-dates`, with the date dealline finds in the text alone, as a
//! user running `build` on the bare files gets — and scored with
//! [`dealline::event::eval`]: recall over non-optional gold events,
//! precision over events with a definite date, errors by type, then the
//! first N missed and spurious events. Exits 1 when recall or precision is
//! below the given minimum, 2 on a usage or input error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dealline::event::eval::{parse_gold, score, Score};
use dealline::input::{self, InputOptions};
use dealline::PartialDate;

fn fail(msg: String) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut errors = 20usize;
    let (mut min_r, mut min_p) = (0.0f64, 0.0f64);
    let mut infer = false;
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> Option<f64> {
            args.next().and_then(|v| v.parse().ok()).or_else(|| {
                eprintln!("error: expected a number after {name}");
                None
            })
        };
        match a.as_str() {
            "--errors" => match num("--errors") {
                Some(n) => errors = n as usize,
                None => return ExitCode::from(2),
            },
            "--min-recall" => match num("--min-recall") {
                Some(n) => min_r = n,
                None => return ExitCode::from(2),
            },
            "--min-precision" => match num("--min-precision") {
                Some(n) => min_p = n,
                None => return ExitCode::from(2),
            },
            "--infer-dates" => infer = true,
            _ if dir.is_none() && !a.starts_with("--") => dir = Some(a.into()),
            _ => return fail(format!("unexpected argument {a:?}")),
        }
    }
    let dir = dir.unwrap_or_else(|| "../shared/corpus/licensing".into());
    let mut names: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter(|p| p.with_extension("gold.json").is_file())
            .collect(),
        Err(e) => return fail(format!("{}: {e}", dir.display())),
    };
    names.sort();
    if names.is_empty() {
        return fail(format!(
            "{}: no NN.txt with NN.gold.json",
            dir.display()
        ));
    }
    let mut total = Score::default();
    for path in &names {
        match score_one(path, infer) {
            Ok(s) => total.add(s),
            Err(e) => return fail(e),
        }
    }
    println!(
        "{} articles: recall {}/{} = {:.3}; precision {}/{} = {:.3}",
        names.len(),
        total.gold_found,
        total.gold,
        total.recall(),
        total.extracted_good,
        total.extracted,
        total.precision()
    );
    println!("errors by type (missed, spurious):");
    for (k, miss, spur) in total.errors_by_type() {
        println!("  {k:16} {miss:3} {spur:3}");
    }
    for (doc, g) in total.missed.iter().take(errors) {
        println!(
            "MISSED   {doc} {} {} {:?}: {}",
            g.kind,
            g.date,
            g.parties,
            g.evidence.chars().take(140).collect::<String>()
        );
    }
    for (doc, e) in total.spurious.iter().take(errors) {
        let d = e.date.as_ref().map(|d| d.value.as_str()).unwrap_or("-");
        let parties: Vec<String> = e
            .parties
            .iter()
            .map(|p| format!("{}:{}", p.name, p.role.as_str()))
            .collect();
        println!(
            "SPURIOUS {doc} {} {d} {parties:?}: {}",
            e.kind,
            e.summary.chars().take(140).collect::<String>()
        );
    }
    if total.recall() + 1e-9 < min_r || total.precision() + 1e-9 < min_p {
        eprintln!(
            "eventeval: below the thresholds (recall {min_r}, precision {min_p})"
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn score_one(path: &Path, infer: bool) -> Result<Score, String> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
    };
    let gold = parse_gold(&read(&path.with_extension("gold.json"))?)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let meta: serde_json::Value =
        serde_json::from_str(&read(&path.with_extension("meta.json"))?)
            .unwrap_or(serde_json::Value::Null);
    let published = meta["publication_date"]
        .as_str()
        .or(meta["publication_date_inferred"].as_str())
        .and_then(|d| PartialDate::parse(&d[..d.len().min(10)]).ok())
        .filter(|_| !infer);
    let docs = input::load(
        &[path.to_path_buf()],
        &InputOptions::with_published(published),
    )
    .map_err(|e| format!("{}: {e}", path.display()))?;
    let t = dealline::build(&docs);
    let id = docs.first().map(|d| d.id.clone()).unwrap_or_default();
    Ok(score(&id, &t.events, &gold))
}

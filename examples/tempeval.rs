//! TempEval-3 Task A for dealline's temporal tagger.
//!
//! ```sh
//! cargo run --release --example tempeval -- ../shared/corpus/timeml/AQUAINT [--errors 40] [--min-value-f1 85]
//! ```
//!
//! Tags every `.tml` file under the given directories against its own DCT
//! and prints strict and relaxed P/R/F1, type and value accuracy and value
//! F1 per TIMEX3 type, the first N mistakes, and the throughput. Exits 1
//! when `--min-value-f1` is given and not reached.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use dealline::timex::{eval, timeml};

fn tml_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            tml_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "tml") {
            out.push(p);
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut dirs = Vec::new();
    let mut errors = 20;
    let mut min = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => {
                errors = args.next().and_then(|v| v.parse().ok()).unwrap_or(20)
            }
            "--min-value-f1" => {
                min = args.next().and_then(|v| v.parse::<f64>().ok())
            }
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: tempeval DIR... [--errors N] [--min-value-f1 F]");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    for d in &dirs {
        if let Err(e) = tml_files(d, &mut files) {
            eprintln!("error: {}: {e}", d.display());
            return ExitCode::from(2);
        }
    }
    let mut docs = Vec::new();
    for f in &files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {}: {e}", f.display());
                return ExitCode::from(2);
            }
        };
        match timeml::parse(&text) {
            Ok(d) => docs.push((
                f.file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                d,
            )),
            Err(e) => {
                eprintln!("error: {}: {e}", f.display());
                return ExitCode::from(2);
            }
        }
    }
    let t = Instant::now();
    let report = eval::evaluate(&docs);
    let secs = t.elapsed().as_secs_f64();
    print!("{}", report.render(errors));
    println!(
        "\ntagged {:.1} KB in {:.3} s ({:.2} MB/s, including scoring)",
        report.bytes as f64 / 1e3,
        secs,
        report.bytes as f64 / 1e6 / secs.max(1e-9)
    );
    if let Some(m) = min {
        let v = report.all.value_f1();
        if v < m {
            eprintln!("value F1 {v:.2} is below the required {m:.2}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

//! Generality check on real articles nobody here wrote:
//! `../shared/corpus/licensing/`. Every article must extract without
//! failure, every event must cite its sentence correctly; the match against
//! the hand-made gold timelines is printed (`cargo test --test corpus --
//! --nocapture`) so the numbers can be followed from issue to issue.

use std::fs;
use std::path::{Path, PathBuf};

use dealline::input::{self, InputOptions};
use dealline::{Event, PartialDate};

fn corpus() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/licensing");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: {} is absent", p.display());
        None
    }
}

fn family(t: &str) -> &str {
    match t {
        "license" | "cross_license" | "license_renewal" => "license",
        other => other,
    }
}

fn parties_overlap(e: &Event, gold: &[serde_json::Value]) -> bool {
    let norm = |s: &str| s.to_lowercase();
    e.parties.iter().any(|p| {
        gold.iter().filter_map(|g| g.as_str()).any(|g| {
            let (a, b) = (norm(&p.name), norm(g));
            a.contains(&b) || b.contains(&a)
        })
    })
}

/// Whether the event's interval falls inside the gold date at its
/// precision (approximate gold: a month's slack either side).
fn date_ok(e: &Event, gold: &serde_json::Value) -> bool {
    let Some(d) = &e.date else { return false };
    let mut candidates: Vec<String> =
        vec![gold["date"].as_str().unwrap_or("").to_string()];
    if let Some(alts) = gold["alt_dates"].as_array() {
        candidates.extend(
            alts.iter().filter_map(|a| a.as_str().map(str::to_string)),
        );
    }
    let approx = gold["approximate"].as_bool().unwrap_or(false);
    candidates.iter().any(|c| {
        let (lo, hi) = match c.split_once('/') {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => (c.clone(), c.clone()),
        };
        let lo_d = bound(&lo, false);
        let hi_d = bound(&hi, true);
        let (Some(mut lo_d), Some(mut hi_d)) = (lo_d, hi_d) else {
            return false;
        };
        if approx {
            lo_d -= chrono::Duration::days(31);
            hi_d += chrono::Duration::days(31);
        }
        let mid = d.start + (d.end - d.start) / 2;
        lo_d <= mid && mid <= hi_d
    })
}

fn bound(s: &str, end: bool) -> Option<chrono::NaiveDate> {
    let p = PartialDate::parse(s).ok()?;
    let span = p.span();
    Some(if end { span.end } else { span.start })
}

#[test]
fn licensing_corpus_extracts_without_failure() {
    let Some(dir) = corpus() else { return };
    let mut names: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 10,
        "expected the licensing articles in {}",
        dir.display()
    );
    let (
        mut gold_n,
        mut gold_hit,
        mut found_n,
        mut found_good,
        mut dated_found,
    ) = (0, 0, 0, 0, 0);
    for path in &names {
        let meta: serde_json::Value =
            read_json(&path.with_extension("meta.json"));
        let gold: serde_json::Value =
            read_json(&path.with_extension("gold.json"));
        let published = meta["publication_date"]
            .as_str()
            .or(meta["publication_date_inferred"].as_str())
            .and_then(|d| PartialDate::parse(&d[..d.len().min(10)]).ok());
        let docs = input::load(
            std::slice::from_ref(path),
            &InputOptions::with_published(published),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let t = dealline::build(&docs);
        for e in &t.events {
            let body = &docs[0].body;
            for s in &e.sources {
                assert_eq!(
                    &body[s.start..s.end],
                    s.sentence,
                    "{}: evidence offsets",
                    path.display()
                );
            }
            if let Some(d) = &e.date {
                assert!(d.start <= d.end);
            }
        }
        let gold = gold.as_array().cloned().unwrap_or_default();
        let required: Vec<&serde_json::Value> = gold
            .iter()
            .filter(|g| !g["optional"].as_bool().unwrap_or(false))
            .collect();
        gold_n += required.len();
        for g in &required {
            let gp = g["parties"].as_array().cloned().unwrap_or_default();
            if t.events.iter().any(|e| {
                family(e.kind.as_str())
                    == family(g["type"].as_str().unwrap_or(""))
                    && parties_overlap(e, &gp)
                    && date_ok(e, g)
            }) {
                gold_hit += 1;
            }
        }
        for e in t
            .events
            .iter()
            .filter(|e| e.date.as_ref().is_some_and(|d| !d.approximate))
        {
            dated_found += 1;
            let _ = dated_found;
            found_n += 1;
            if gold.iter().any(|g| {
                family(e.kind.as_str())
                    == family(g["type"].as_str().unwrap_or(""))
                    && parties_overlap(
                        e,
                        &g["parties"].as_array().cloned().unwrap_or_default(),
                    )
                    && date_ok(e, g)
            }) {
                found_good += 1;
            }
        }
    }
    let recall = gold_hit as f64 / gold_n.max(1) as f64;
    let precision = found_good as f64 / found_n.max(1) as f64;
    println!(
        "licensing corpus: {} articles; recall {gold_hit}/{gold_n} = {:.1}%; precision on definitely dated events {found_good}/{found_n} = {:.1}%",
        names.len(),
        recall * 100.0,
        precision * 100.0
    );
}

fn read_json(p: &Path) -> serde_json::Value {
    fs::read_to_string(p)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(serde_json::Value::Null)
}

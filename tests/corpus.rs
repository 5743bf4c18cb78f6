//! Generality check on real articles nobody here wrote:
//! `../shared/corpus/licensing/`. Every article must extract without
//! failure, every event must cite its sentence correctly; the match against
//! the hand-made gold timelines ([`dealline::event::eval`]) is printed
//! (`cargo test --test corpus -- --nocapture`) so the numbers can be
//! followed from issue to issue; `examples/eventeval.rs` lists the errors.

use std::fs;
use std::path::{Path, PathBuf};

use dealline::event::eval::{parse_gold, score, Score};
use dealline::input::{self, InputOptions};
use dealline::timeline::{merge, Timeline};
use dealline::PartialDate;

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
    let mut total = Score::default();
    for path in &names {
        let meta: serde_json::Value =
            read_json(&path.with_extension("meta.json"));
        let gold = fs::read_to_string(path.with_extension("gold.json"))
            .ok()
            .and_then(|g| parse_gold(&g).ok())
            .unwrap_or_default();
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
        total.add(score(&docs[0].id, &t.events, &gold));
    }
    let (gold_hit, gold_n) = (total.gold_found, total.gold);
    let (found_good, found_n) = (total.extracted_good, total.extracted);
    let recall = gold_hit as f64 / gold_n.max(1) as f64;
    let precision = found_good as f64 / found_n.max(1) as f64;
    println!(
        "licensing corpus: {} articles; recall {gold_hit}/{gold_n} = {:.1}%; precision on definitely dated events {found_good}/{found_n} = {:.1}%",
        names.len(),
        recall * 100.0,
        precision * 100.0
    );
    // Issue 4 targets 0.85 and 0.80; this holds what is reached today.
    assert!(recall >= 0.85 && precision >= 0.80, "below the targets");
}

/// `build` over the folder, as a user runs it (no publication dates given):
/// one timeline, the same deal reported by several articles merged into
/// one event citing each, and the laws of `merge` on real data.
#[test]
fn licensing_corpus_is_one_timeline() {
    let Some(dir) = corpus() else { return };
    let opts = InputOptions::with_published(None);
    let docs = input::load(std::slice::from_ref(&dir), &opts)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    assert!(
        docs.iter()
            .all(|d| d.path.as_deref().is_some_and(|p| p.ends_with(".txt"))),
        "only the articles are read: {:?}",
        docs.iter().map(|d| &d.path).collect::<Vec<_>>()
    );
    let t = dealline::build(&docs);
    let cites =
        |e: &dealline::Event, id: &str| e.sources.iter().any(|s| s.doc == id);
    let merged: Vec<&dealline::Event> =
        t.events.iter().filter(|e| !e.reports.is_empty()).collect();
    for e in &merged {
        let mut docs: Vec<&str> =
            e.reports.iter().map(|r| r.sources[0].doc.as_str()).collect();
        let n = docs.len();
        docs.sort();
        docs.dedup();
        assert_eq!(n, docs.len(), "one report per document: {e:#?}");
        for r in &e.reports {
            assert!(r.sources.iter().all(|s| e.sources.contains(s)));
        }
    }
    // The 2013 licence extension told by two articles.
    assert!(
        merged.iter().any(|e| cites(e, "09") && cites(e, "19")),
        "{merged:#?}"
    );
    // The 2017 cross-licence, patent sale and equipment deal told by two.
    assert!(
        merged.iter().filter(|e| cites(e, "03") && cites(e, "05")).count()
            >= 3,
        "{merged:#?}"
    );
    // merge over per-article results, in any grouping, equals the build.
    let whole = t.to_json();
    let parts: Vec<Timeline> = docs
        .iter()
        .rev()
        .map(|d| dealline::build(std::slice::from_ref(d)))
        .collect();
    assert_eq!(merge(parts.clone()).to_json(), whole);
    let (left, right) = parts.split_at(parts.len() / 2);
    let halves = vec![merge(right.to_vec()), merge(left.to_vec())];
    assert_eq!(merge(halves).to_json(), whole);
}

fn read_json(p: &Path) -> serde_json::Value {
    fs::read_to_string(p)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(serde_json::Value::Null)
}

//! Criterion benchmarks of event extraction with the temporal layer
//! (sentences, timexes, entities, events): the founding story, and the
//! first 2,000 stories of `../shared/corpus/bulk.jsonl` when it is there;
//! and merging the reports of 4,000 synthetic articles across documents.
//! Each iteration checks its answer, so a fast wrong extractor fails.
//!
//! `cargo bench --bench events` (CI runs it once with `-- --test`); for
//! whole-corpus MB/s on one core, `cargo run --release --example
//! event_throughput`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dealline::input::published::from_flag;
use dealline::{Document, EventType, PartialDate};

fn founding_story(c: &mut Criterion) {
    let text = include_str!("../fixtures/nokia-xiaomi-2017.txt");
    let mut doc = Document::from_text("nokia-xiaomi-2017", text);
    doc.published = from_flag(&PartialDate::parse("2017-07-05").unwrap());
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Bytes(doc.body.len() as u64));
    g.bench_function("founding story", |b| {
        b.iter(|| {
            let ev = dealline::extract(black_box(&doc));
            assert!(ev.iter().any(|e| e.kind == EventType::CrossLicense));
            ev.len()
        })
    });
    g.finish();
}

fn bulk(c: &mut Criterion) {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bulk.jsonl");
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("skipping the bulk benchmark: {path} is absent");
        return;
    };
    let docs: Vec<Document> =
        data.lines()
            .take(2000)
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                let text = v["text"].as_str().unwrap_or("");
                let mut d = Document::verbatim("bulk", text);
                if let Some(p) = v["date"].as_str().and_then(|d| {
                    PartialDate::parse(&d[..d.len().min(10)]).ok()
                }) {
                    d.published = from_flag(&p);
                }
                d
            })
            .collect();
    let bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("bulk 2000", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| dealline::extract(black_box(d)).len())
                .sum();
            assert!(n > 50, "only {n} events in 2,000 wire stories");
            n
        })
    });
    g.finish();
}

/// Merging 20,000 reports from 4,000 synthetic articles about 40
/// companies: the cross-document clustering must stay near linear.
fn merge(c: &mut Criterion) {
    let companies: Vec<String> =
        (0..40).map(|i| format!("Co{i} Corp")).collect();
    let mut stories = Vec::new();
    for d in 0..4000usize {
        let (a, b) = (&companies[d % 40], &companies[(d / 40) % 40]);
        let day = 1 + d % 28;
        let month =
            ["January", "February", "March", "April", "May", "June"][d % 6];
        let text = format!(
            "On {month} {day}, {a} agreed to license {b}'s patents.\n\
             On {month} {day}, {a} sued {b}.\n\
             On {month} {day}, {a} acquired {b}.\n\
             On {month} {day}, {a} and {b} settled.\n\
             On {month} {day}, {a} hired Jane Roe{d} as president.\n"
        );
        let mut doc = Document::from_text(&format!("s{d:05}"), &text);
        doc.published = from_flag(&PartialDate::parse("2020-07-01").unwrap());
        stories.push(doc);
    }
    let reports: Vec<_> = stories.iter().flat_map(dealline::extract).collect();
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Elements(reports.len() as u64));
    g.sample_size(10);
    g.bench_function("merge 4000 articles", |b| {
        b.iter(|| {
            let merged =
                dealline::timeline::merge_events(black_box(reports.clone()));
            assert!(merged.len() < reports.len(), "nothing merged");
            assert!(merged.iter().any(|e| e.reports.len() >= 2));
            merged.len()
        })
    });
    g.finish();
}

criterion_group!(benches, founding_story, bulk, merge);
criterion_main!(benches);

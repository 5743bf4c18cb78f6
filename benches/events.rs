//! Criterion benchmarks of event extraction with the temporal layer
//! (sentences, timexes, entities, events): the founding story, and the
//! first 2,000 stories of `../shared/corpus/bulk.jsonl` when it is there.
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

criterion_group!(benches, founding_story, bulk);
criterion_main!(benches);

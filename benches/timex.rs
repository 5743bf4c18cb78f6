//! Criterion benchmarks of the temporal tagger: the founding story, and
//! 2,000 stories spread over `../shared/corpus/bulk.jsonl` when it is there
//! (every eleventh: the first 2,000 are all Reuters business briefs,
//! denser in dates and numbers than the corpus as a whole).
//! Each iteration checks its answer, so a fast wrong tagger fails.
//!
//! `cargo bench --bench timex` (CI runs it once with `-- --test`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dealline::date::PartialDate;
use dealline::text::split_sentences;
use dealline::timex::{dct_from, tag_document};

fn founding_story(c: &mut Criterion) {
    let text = include_str!("../fixtures/nokia-xiaomi-2017.txt");
    let dct = dct_from(&PartialDate::parse("2017-07-05").unwrap());
    let mut g = c.benchmark_group("timex");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("founding story", |b| {
        b.iter(|| {
            let tags = tag_document(
                black_box(text),
                &split_sentences(text),
                Some(&dct),
            );
            assert!(tags.iter().any(|t| t.value == "2017-06-29"));
            tags.len()
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
    let step = (data.lines().count() / 2000).max(1);
    let docs: Vec<(String, Option<PartialDate>)> = data
        .lines()
        .step_by(step)
        .take(2000)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let dct = v["date"]
                .as_str()
                .and_then(|d| PartialDate::parse(&d[..d.len().min(10)]).ok());
            (v["text"].as_str().unwrap_or("").to_string(), dct)
        })
        .collect();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let mut g = c.benchmark_group("timex");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("bulk.jsonl, 2000 stories across it", |b| {
        b.iter(|| {
            let mut n = 0;
            for (text, dct) in &docs {
                let dct = dct.as_ref().map(dct_from);
                n += tag_document(
                    black_box(text),
                    &split_sentences(text),
                    dct.as_ref(),
                )
                .len();
            }
            assert!(n > docs.len(), "too few expressions: {n}");
            n
        })
    });
    g.finish();
}

criterion_group!(benches, founding_story, bulk);
criterion_main!(benches);

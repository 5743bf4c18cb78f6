//! The timeline: documents and their events in one totally ordered list,
//! serialized as schema `dealline/1` (`dealline/2` when an event is merged
//! from several documents; see [`SCHEMA_2`]).
//!
//! This module owns ordering and (de)serialization. It does not extract
//! events ([`crate::event`]) or render them ([`crate::render`]).

mod merge;

use std::cmp::Ordering;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::Precision;
use crate::error::{Error, Result};
use crate::event::Event;

pub use merge::merge_events;

/// The schema name written in every timeline whose events each come from
/// one document — every timeline of a single article.
pub const SCHEMA: &str = "dealline/1";

/// The schema name of a timeline that holds an event merged from several
/// documents: `dealline/1` plus [`Event::reports`], each document's own
/// report of the event. A timeline declares the lowest version that can
/// hold it, so readers of `dealline/1` keep reading every timeline they
/// fully understand, and reject (rather than misread) the others.
pub const SCHEMA_2: &str = "dealline/2";

/// The schema a timeline with these events declares: [`SCHEMA_2`] when an
/// event carries reports from several documents, else [`SCHEMA`].
pub fn schema_for<'a>(
    events: impl IntoIterator<Item = &'a Event>,
) -> &'static str {
    if events.into_iter().any(|e| !e.reports.is_empty()) {
        SCHEMA_2
    } else {
        SCHEMA
    }
}

/// Where a publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Basis {
    /// Given on the command line (`--published`).
    Flag,
    /// An HTML meta tag.
    HtmlMeta,
    /// A JSON-LD `datePublished`.
    JsonLd,
    /// Markdown front matter, or the `published` field of a JSON line.
    FrontMatter,
    /// A dateline or byline in the text.
    Dateline,
    /// Inferred from the dates the story mentions.
    Text,
    /// Not known.
    None,
}

/// A document's publication date, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// TIMEX3-style value (`2019-03-20`, `2019-03`), null when unknown.
    pub value: Option<String>,
    /// First plausible day.
    pub start: Option<NaiveDate>,
    /// Last plausible day (inclusive).
    pub end: Option<NaiveDate>,
    /// Granularity of the value.
    pub precision: Precision,
    /// Where the date came from.
    pub basis: Basis,
    /// The words that support it, when inferred or found in the text.
    pub evidence: Option<String>,
}

impl Published {
    /// An unknown publication date.
    pub fn unknown() -> Published {
        Published {
            value: None,
            start: None,
            end: None,
            precision: Precision::Unknown,
            basis: Basis::None,
            evidence: None,
        }
    }
}

/// A document as listed in a timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The document's id (file stem or JSON-lines `id`).
    pub id: String,
    /// The path it was read from (`-` for stdin), when read from a file.
    pub path: Option<String>,
    /// Its title, when known.
    pub title: Option<String>,
    /// Its publication date.
    pub published: Published,
}

/// A timeline: what `extract`, `build` and `merge` produce and `render`
/// reads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// [`SCHEMA`], or [`SCHEMA_2`] when an event is merged from several
    /// documents ([`schema_for`]).
    pub schema: String,
    /// The program that wrote it (`dealline 0.1.0`).
    pub generator: String,
    /// The documents the events come from, ordered by id.
    pub documents: Vec<DocumentInfo>,
    /// The events in time order; undated events last.
    pub events: Vec<Event>,
}

impl Timeline {
    /// Builds a timeline from documents and events, putting both in their
    /// canonical order so the result does not depend on input order.
    /// Events are taken as given; [`merge_events`] first unites reports of
    /// the same event (as `build` and [`merge()`] do).
    pub fn new(
        mut documents: Vec<DocumentInfo>,
        events: Vec<Event>,
    ) -> Timeline {
        documents
            .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));
        let mut events = events;
        sort_events(&mut events);
        Timeline {
            schema: schema_for(&events).to_string(),
            generator: concat!("dealline ", env!("CARGO_PKG_VERSION"))
                .to_string(),
            documents,
            events,
        }
    }

    /// The timeline as pretty JSON, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut s =
            serde_json::to_string_pretty(self).expect("timeline serializes");
        s.push('\n');
        s
    }

    /// Reads a timeline written by `extract` or `build --format json`,
    /// possibly edited by hand.
    ///
    /// # Errors
    ///
    /// [`Error::Schema`] when the JSON is malformed or names another schema.
    pub fn from_json(path: &Path, json: &str) -> Result<Timeline> {
        let bad =
            |why: String| Error::Schema { path: path.to_path_buf(), why };
        let t: Timeline =
            serde_json::from_str(json).map_err(|e| bad(e.to_string()))?;
        if t.schema != SCHEMA && t.schema != SCHEMA_2 {
            return Err(bad(format!(
                "expected schema {SCHEMA:?} or {SCHEMA_2:?}, found {:?}",
                t.schema
            )));
        }
        Ok(t)
    }

    /// The dated events, in order.
    pub fn dated(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.date.is_some())
    }

    /// The events whose text gives no date.
    pub fn undated(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.date.is_none())
    }
}

/// Sorts events by (start, end, precision, document id, byte offset), undated
/// last; the remaining ties break on type and id, so the order is total.
pub fn sort_events(events: &mut [Event]) {
    events.sort_by(compare_events);
}

fn compare_events(a: &Event, b: &Event) -> Ordering {
    let date_key =
        |e: &Event| e.date.as_ref().map(|d| (d.start, d.end, d.precision));
    let src_key =
        |e: &Event| e.sources.first().map(|s| (s.doc.clone(), s.start));
    match (date_key(a), date_key(b)) {
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (x, y) => x.cmp(&y),
    }
    .then_with(|| src_key(a).cmp(&src_key(b)))
    .then_with(|| a.kind.cmp(&b.kind))
    .then_with(|| a.id.cmp(&b.id))
}

/// Merges partial timelines (from `extract` runs over parts of a corpus)
/// into one: documents are united by id, and events through
/// [`merge_events`]. Merging is associative and commutative, and equal to
/// one `build` over all the inputs: any grouping and order of the same
/// parts gives byte-identical JSON.
pub fn merge(parts: Vec<Timeline>) -> Timeline {
    let mut docs: Vec<DocumentInfo> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    for p in parts {
        docs.extend(p.documents);
        events.extend(p.events);
    }
    // Canonical order first, so which copy survives does not depend on
    // input order.
    docs.sort_by_cached_key(|d| {
        (d.id.clone(), serde_json::to_string(d).unwrap_or_default())
    });
    docs.dedup_by(|a, b| a.id == b.id);
    Timeline::new(docs, merge_events(events))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{EventDate, EventType, Source};

    fn ev(id: &str, start: &str, doc: &str) -> Event {
        let d = NaiveDate::parse_from_str(start, "%Y-%m-%d").unwrap();
        Event {
            id: id.into(),
            kind: EventType::License,
            summary: "s".into(),
            date: Some(EventDate {
                text: None,
                value: start.into(),
                start: d,
                end: d,
                precision: Precision::Day,
                approximate: false,
                anchor: "dct".into(),
                display: start.into(),
            }),
            parties: vec![],
            amount: None,
            sources: vec![Source {
                doc: doc.into(),
                sentence: "x".into(),
                start: 0,
                end: 1,
            }],
            confidence: 0.5,
            reports: Vec::new(),
        }
    }

    #[test]
    fn ok_sorted_with_undated_last() {
        let mut undated = ev("e-3", "2001-01-01", "a");
        undated.date = None;
        let t = Timeline::new(
            vec![],
            vec![
                undated,
                ev("e-2", "2017-01-01", "a"),
                ev("e-1", "2004-05-06", "b"),
            ],
        );
        let ids: Vec<_> = t.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e-1", "e-2", "e-3"]);
    }

    #[test]
    fn ok_merge_is_order_independent() {
        let a = Timeline::new(vec![], vec![ev("e-1", "2004-05-06", "a")]);
        let b = Timeline::new(
            vec![],
            vec![ev("e-2", "2005-05-06", "b"), ev("e-1", "2004-05-06", "a")],
        );
        let ab = merge(vec![a.clone(), b.clone()]).to_json();
        let ba = merge(vec![b, a]).to_json();
        assert_eq!(ab, ba);
        assert_eq!(
            merge(vec![Timeline::from_json(Path::new("x"), &ab).unwrap()])
                .to_json(),
            ab
        );
    }

    #[test]
    fn err_other_schema() {
        let e = Timeline::from_json(Path::new("x.json"), r#"{"schema":"other/2","generator":"","documents":[],"events":[]}"#).unwrap_err();
        assert!(e.to_string().contains("x.json"), "{e}");
    }
}

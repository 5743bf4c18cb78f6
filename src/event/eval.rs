//! Scoring extracted events against hand-made gold timelines (the format
//! of `../shared/corpus/licensing/NN.gold.json`).
//!
//! The match is the one the corpus suggests: the same type (the licence
//! family — licence, cross-licence, renewal — counts as one), overlapping
//! party names, and a date inside the gold date at its precision (an
//! approximate gold date gets a month's slack either side; `alt_dates` are
//! accepted too). Recall counts non-optional gold events; precision counts
//! extracted events with a definite (non-approximate) date. This module
//! reads no files: callers pass the gold JSON in.

use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use super::model::{Event, EventType};
use crate::date::PartialDate;

/// One gold event, as annotated.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or an interval `start/end`.
    pub date: String,
    /// The event type (snake_case, as in schema `dealline/1`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Party names in short form.
    #[serde(default)]
    pub parties: Vec<String>,
    /// One-line summary.
    #[serde(default)]
    pub summary: String,
    /// The evidence sentence.
    #[serde(default)]
    pub evidence: String,
    /// Whether the date is a best guess from a fuzzy expression.
    #[serde(default)]
    pub approximate: bool,
    /// Other legitimate dates.
    #[serde(default)]
    pub alt_dates: Vec<String>,
    /// Not counted for recall.
    #[serde(default)]
    pub optional: bool,
}

/// Parses a gold file's JSON (an array of events).
///
/// # Errors
///
/// The JSON error when the text is not such an array.
pub fn parse_gold(json: &str) -> serde_json::Result<Vec<GoldEvent>> {
    serde_json::from_str(json)
}

/// The type family used for matching: licence types count as one.
pub fn family(kind: &str) -> &str {
    match kind {
        "license" | "cross_license" | "license_renewal" => "license",
        other => other,
    }
}

/// Whether an extracted event matches a gold event.
pub fn matches(e: &Event, g: &GoldEvent) -> bool {
    family(e.kind.as_str()) == family(&g.kind)
        && parties_overlap(e, &g.parties)
        && date_ok(e, g)
}

fn parties_overlap(e: &Event, gold: &[String]) -> bool {
    e.parties.iter().any(|p| {
        let a = p.name.to_lowercase();
        gold.iter().any(|g| {
            let b = g.to_lowercase();
            !a.is_empty()
                && !b.is_empty()
                && (a.contains(&b) || b.contains(&a))
        })
    })
}

fn bound(s: &str, end: bool) -> Option<NaiveDate> {
    let span = PartialDate::parse(s.trim()).ok()?.span();
    Some(if end { span.end } else { span.start })
}

/// Whether the event's date (the middle of its interval) falls inside the
/// gold date or one of its `alt_dates`, at the gold's precision.
fn date_ok(e: &Event, g: &GoldEvent) -> bool {
    let Some(d) = &e.date else { return false };
    let mid = d.start + (d.end - d.start) / 2;
    std::iter::once(&g.date).chain(&g.alt_dates).any(|c| {
        let (lo, hi) = c.split_once('/').unwrap_or((c, c));
        let (Some(mut lo), Some(mut hi)) = (bound(lo, false), bound(hi, true))
        else {
            return false;
        };
        if g.approximate {
            lo -= Duration::days(31);
            hi += Duration::days(31);
        }
        lo <= mid && mid <= hi
    })
}

/// Whether an event counts for precision: it has a definite date.
pub fn definitely_dated(e: &Event) -> bool {
    e.date.as_ref().is_some_and(|d| !d.approximate)
}

/// The score of one or more documents.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// Non-optional gold events.
    pub gold: usize,
    /// Of those, how many some extracted event matches.
    pub gold_found: usize,
    /// Extracted events with a definite date.
    pub extracted: usize,
    /// Of those, how many match some gold event.
    pub extracted_good: usize,
    /// Gold events missed: (document, event).
    pub missed: Vec<(String, GoldEvent)>,
    /// Definitely dated events that match no gold event.
    pub spurious: Vec<(String, Event)>,
}

impl Score {
    /// Recall over non-optional gold events (1 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }

    /// Precision over definitely dated events (1 when there are none).
    pub fn precision(&self) -> f64 {
        ratio(self.extracted_good, self.extracted)
    }

    /// Adds another score to this one.
    pub fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.gold_found += other.gold_found;
        self.extracted += other.extracted;
        self.extracted_good += other.extracted_good;
        self.missed.extend(other.missed);
        self.spurious.extend(other.spurious);
    }

    /// Misses and spurious events counted by (gold or extracted) type.
    pub fn errors_by_type(&self) -> Vec<(String, usize, usize)> {
        let mut out: Vec<(String, usize, usize)> = Vec::new();
        let mut bump = |k: &str, miss: bool| {
            let i = match out.iter().position(|(n, _, _)| n == k) {
                Some(i) => i,
                None => {
                    out.push((k.to_string(), 0, 0));
                    out.len() - 1
                }
            };
            if miss {
                out[i].1 += 1;
            } else {
                out[i].2 += 1;
            }
        };
        for (_, g) in &self.missed {
            bump(&g.kind, true);
        }
        for (_, e) in &self.spurious {
            bump(e.kind.as_str(), false);
        }
        out.sort();
        out
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores one document's events against its gold events.
///
/// # Example
///
/// ```
/// use dealline::event::eval::{parse_gold, score};
/// let gold = parse_gold(r#"[{"date": "2019-03", "type": "license", "parties": ["Acme"]}]"#)?;
/// let s = score("doc", &[], &gold);
/// assert_eq!((s.gold, s.gold_found, s.recall()), (1, 0, 0.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn score(doc: &str, events: &[Event], gold: &[GoldEvent]) -> Score {
    let mut s = Score::default();
    for g in gold.iter().filter(|g| !g.optional) {
        s.gold += 1;
        if events.iter().any(|e| matches(e, g)) {
            s.gold_found += 1;
        } else {
            s.missed.push((doc.to_string(), g.clone()));
        }
    }
    for e in events.iter().filter(|e| definitely_dated(e)) {
        s.extracted += 1;
        if gold.iter().any(|g| matches(e, g)) {
            s.extracted_good += 1;
        } else {
            s.spurious.push((doc.to_string(), e.clone()));
        }
    }
    s
}

/// The event type a gold type names, if it is one of the schema's.
pub fn gold_type(kind: &str) -> Option<EventType> {
    serde_json::from_value(serde_json::Value::String(kind.to_string())).ok()
}

//! JSON lines and CSV: one event a line or row, for streaming tools,
//! spreadsheets and databases.

use std::fmt::Write as _;

use serde::Serialize;

use crate::event::{Event, Role};
use crate::timeline::{schema_for, DocumentInfo, Timeline};

/// One JSON line: an event with the documents its sources cite, so every
/// line stands alone.
#[derive(Serialize)]
struct Line<'a> {
    schema: &'static str,
    event: &'a Event,
    documents: Vec<&'a DocumentInfo>,
}

/// The documents an event's sources cite, in the timeline's order.
fn cited<'a>(timeline: &'a Timeline, e: &Event) -> Vec<&'a DocumentInfo> {
    timeline
        .documents
        .iter()
        .filter(|d| e.sources.iter().any(|s| s.doc == d.id))
        .collect()
}

/// JSON lines: `{"schema": "dealline/1", "event": {..}, "documents": [..]}`
/// for each event, in timeline order (`dealline/2` on the line of an event
/// merged from several documents).
pub(crate) fn render_jsonl(timeline: &Timeline) -> String {
    let mut out = String::new();
    for e in &timeline.events {
        let line = Line {
            schema: schema_for([e]),
            event: e,
            documents: cited(timeline, e),
        };
        out.push_str(&serde_json::to_string(&line).expect("event serializes"));
        out.push('\n');
    }
    out
}

/// The CSV header.
pub(crate) const CSV_HEADER: [&str; 13] = [
    "id",
    "type",
    "date",
    "start",
    "end",
    "precision",
    "approximate",
    "summary",
    "parties",
    "amount",
    "evidence",
    "documents",
    "confidence",
];

/// CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// quote or line break). Undated events have empty date columns.
pub(crate) fn render_csv(timeline: &Timeline) -> String {
    let mut out = String::new();
    row(&mut out, CSV_HEADER.iter().map(|s| s.to_string()));
    for e in &timeline.events {
        let d = e.date.as_ref();
        let parties = e
            .parties
            .iter()
            .map(|p| {
                if p.role == Role::Actor {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, p.role.as_str())
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let mut docs: Vec<&str> =
            e.sources.iter().map(|s| s.doc.as_str()).collect();
        docs.dedup();
        let evidence = e
            .sources
            .iter()
            .map(|s| s.sentence.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        row(
            &mut out,
            [
                e.id.clone(),
                e.kind.as_str().to_string(),
                d.map(|d| d.display.clone()).unwrap_or_default(),
                d.map(|d| d.start.to_string()).unwrap_or_default(),
                d.map(|d| d.end.to_string()).unwrap_or_default(),
                d.map(|d| d.precision.as_str().to_string())
                    .unwrap_or_default(),
                d.map(|d| d.approximate.to_string()).unwrap_or_default(),
                e.summary.clone(),
                parties,
                e.amount.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
                evidence,
                docs.join("; "),
                e.confidence.to_string(),
            ]
            .into_iter(),
        );
    }
    out
}

fn row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\r', '\n']) {
            let _ = write!(out, "\"{}\"", f.replace('"', "\"\""));
        } else {
            out.push_str(&f);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::row;

    #[test]
    fn ok_csv_quoting() {
        let mut s = String::new();
        row(
            &mut s,
            [
                "a".to_string(),
                "b,c".into(),
                "say \"hi\"".into(),
                "x\ny".into(),
            ]
            .into_iter(),
        );
        assert_eq!(s, "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
    }
}

//! TimeML for a timeline: the evidence sentences of its events, in
//! document order, with each event's date expression marked as `TIMEX3`
//! (its TIMEX3 `value`, `mod="APPROX"` when hedged) and, for a timeline
//! of one document, the publication date as the `DCT`.
//!
//! This is the events' view of the text (only the sentences that report
//! events); `dealline timex --format timeml` marks every expression in the
//! whole document.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::render::escape_xml;
use crate::timeline::Timeline;

/// A date expression to mark in a sentence.
struct Mark<'a> {
    text: &'a str,
    value: &'a str,
    approximate: bool,
    relative: bool,
}

/// The TimeML document.
pub(crate) fn render(timeline: &Timeline) -> String {
    // (doc, start) -> sentence and the expressions dating its events.
    let mut sentences: BTreeMap<(&str, usize), (&str, Vec<Mark<'_>>)> =
        BTreeMap::new();
    for e in &timeline.events {
        for s in &e.sources {
            let entry = sentences
                .entry((s.doc.as_str(), s.start))
                .or_insert((s.sentence.as_str(), Vec::new()));
            let Some(d) = &e.date else { continue };
            let Some(text) = d.text.as_deref().filter(|t| !t.is_empty())
            else {
                continue;
            };
            if !entry.1.iter().any(|m| m.text == text) {
                entry.1.push(Mark {
                    text,
                    value: &d.value,
                    approximate: d.approximate,
                    relative: d.anchor != "absolute",
                });
            }
        }
    }

    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n",
    );
    let docid = match timeline.documents.as_slice() {
        [only] => only.id.clone(),
        _ => "timeline".to_string(),
    };
    let _ = writeln!(out, "<DOCID>{}</DOCID>", escape_xml(&docid));
    let mut has_dct = false;
    if let [only] = timeline.documents.as_slice() {
        if let Some(v) = only.published.value.as_deref() {
            has_dct = true;
            let _ = writeln!(
                out,
                "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{v}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>",
                v = escape_xml(v)
            );
        }
    }
    out.push_str("<TEXT>\n");
    let mut tid = 0;
    for (sentence, marks) in sentences.values() {
        out.push_str("<s>");
        // First occurrence of each expression, left to right, no overlaps.
        let mut found: Vec<(usize, &Mark<'_>)> = marks
            .iter()
            .filter_map(|m| sentence.find(m.text).map(|at| (at, m)))
            .collect();
        found.sort_by_key(|(at, m)| (*at, std::cmp::Reverse(m.text.len())));
        let mut pos = 0;
        for (at, m) in found {
            if at < pos {
                continue;
            }
            tid += 1;
            out.push_str(&escape_xml(&sentence[pos..at]));
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{tid}\" type=\"DATE\" value=\"{}\"{}{}>{}</TIMEX3>",
                escape_xml(m.value),
                if m.approximate { " mod=\"APPROX\"" } else { "" },
                if m.relative && has_dct {
                    " temporalFunction=\"true\" anchorTimeID=\"t0\""
                } else if m.relative {
                    " temporalFunction=\"true\""
                } else {
                    " temporalFunction=\"false\""
                },
                escape_xml(m.text)
            );
            pos = at + m.text.len();
        }
        out.push_str(&escape_xml(&sentence[pos..]));
        out.push_str("</s>\n");
    }
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

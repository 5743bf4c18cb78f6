//! TimelineJS3 JSON, for Knight Lab's TimelineJS.
//!
//! Each dated event is a slide: `start_date` (and `end_date` when the date
//! spans more than one unit) at the date's precision — a year-precision
//! date gives only `year`, a month-precision date `year` and `month` — with
//! `display_date` the same label the page shows, `group` the event type,
//! the summary as headline and the evidence as text. TimelineJS cannot
//! place an event without a date, so undated events are left out and the
//! title slide says how many.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};

use crate::event::Event;
use crate::render::html::{intro, page_title};
use crate::render::when::Unit;
use crate::render::{escape_xml, RenderOptions};
use crate::timeline::Timeline;

/// The TimelineJS3 JSON for a timeline.
pub(crate) fn render(timeline: &Timeline, opts: &RenderOptions) -> String {
    let events: Vec<Value> =
        timeline.dated().filter_map(|e| slide(timeline, e)).collect();
    let undated = timeline.undated().count();
    let mut text = format!("<p>{}.</p>", escape_xml(&intro(timeline).lead));
    if undated > 0 {
        text.push_str(&format!(
            "<p>{} not shown here: the source gives no date.</p>",
            if undated == 1 {
                "1 undated event is".to_string()
            } else {
                format!("{undated} undated events are")
            }
        ));
    }
    let data = json!({
        "title": {
            "text": {
                "headline": escape_xml(&page_title(timeline, opts)),
                "text": text,
            }
        },
        "events": events,
    });
    let mut s =
        serde_json::to_string_pretty(&data).expect("TimelineJS serializes");
    s.push('\n');
    s
}

/// A point at a unit: `{"year": 2017, "month": 7}`.
fn point(d: NaiveDate, unit: Unit) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("year".into(), d.year().into());
    if unit != Unit::Year {
        m.insert("month".into(), d.month().into());
    }
    if unit == Unit::Day {
        m.insert("day".into(), d.day().into());
    }
    m
}

fn slide(timeline: &Timeline, e: &Event) -> Option<Value> {
    let date = e.date.as_ref()?;
    let unit = Unit::of(date.precision);
    let mut start = point(date.start, unit);
    let end = point(date.end, unit);
    start.insert("display_date".into(), date.display.clone().into());
    let mut s = Map::new();
    s.insert("start_date".into(), start.into());
    if end != point(date.start, unit) {
        s.insert("end_date".into(), end.into());
    }
    s.insert("display_date".into(), date.display.clone().into());
    let mut text = String::new();
    if date.approximate {
        text.push_str("<p><em>Approximate date.</em></p>");
    }
    let parties: Vec<String> = e
        .parties
        .iter()
        .map(|p| format!("{} ({})", escape_xml(&p.name), p.role.as_str()))
        .collect();
    if !parties.is_empty() {
        text.push_str(&format!("<p>{}</p>", parties.join(", ")));
    }
    if let Some(a) = &e.amount {
        text.push_str(&format!("<p>Amount: {}</p>", escape_xml(&a.text)));
    }
    for src in &e.sources {
        text.push_str(&format!(
            "<blockquote>{}</blockquote><p>— {}</p>",
            escape_xml(&src.sentence),
            escape_xml(
                timeline
                    .documents
                    .iter()
                    .find(|d| d.id == src.doc)
                    .and_then(|d| d.title.as_deref())
                    .filter(|t| !t.trim().is_empty())
                    .unwrap_or(&src.doc)
            )
        ));
    }
    s.insert(
        "text".into(),
        json!({"headline": escape_xml(&e.summary), "text": text}),
    );
    s.insert("group".into(), e.kind.label().into());
    s.insert("unique_id".into(), format!("dealline-{}", e.id).into());
    Some(Value::Object(s))
}

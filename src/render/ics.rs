//! iCalendar (RFC 5545): one all-day `VEVENT` per dated event.
//!
//! - `DTSTART;VALUE=DATE` is the first plausible day and `DTEND;VALUE=DATE`
//!   the day after the last (RFC 5545's end is exclusive). So a day is one
//!   day, and a month- or year-precision event ("July 2017", "2004")
//!   spans the whole month or year, and an approximate one ("c.
//!   2010–2014") its whole plausible interval: the calendar shows the
//!   uncertainty instead of pinning the event to an invented day. Its
//!   `SUMMARY` starts with the date label whenever the date is not one
//!   exact day, and `DESCRIPTION` says "approximate date" when it is.
//! - `UID` is the event id `@dealline`: stable across runs, so a
//!   subscribed calendar updates events instead of duplicating them.
//! - `DTSTAMP` is `SOURCE_DATE_EPOCH` when the caller passes it, else
//!   midnight UTC after the latest publication or event date in the data;
//!   never the clock, so the file is reproducible.
//! - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
//!   character; text values escape `\`, `;`, `,` and line breaks.
//!
//! Undated events have no place in a calendar and are left out.

use chrono::{DateTime, Duration, NaiveDate};

use crate::date::Precision;
use crate::event::Event;
use crate::render::html::page_title;
use crate::render::RenderOptions;
use crate::timeline::Timeline;

/// The calendar for a timeline.
pub(crate) fn render(timeline: &Timeline, opts: &RenderOptions) -> String {
    let mut out = String::new();
    let stamp = dtstamp(timeline, opts.source_date_epoch);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        concat!(
            "PRODID:-//dealline//dealline ",
            env!("CARGO_PKG_VERSION"),
            "//EN"
        ),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(
        &mut out,
        &format!("X-WR-CALNAME:{}", text(&page_title(timeline, opts))),
    );
    for e in timeline.dated() {
        vevent(&mut out, e, &stamp);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn vevent(out: &mut String, e: &Event, stamp: &str) {
    let Some(d) = e.date.as_ref() else { return };
    let exact_day = d.precision == Precision::Day && d.start == d.end;
    let summary = if exact_day && !d.approximate {
        e.summary.clone()
    } else {
        format!("{}: {}", d.display, e.summary)
    };
    let mut desc = format!("{}. {}", e.kind.label(), d.display);
    if d.approximate {
        desc.push_str(" (approximate date)");
    }
    desc.push('.');
    let parties: Vec<String> = e
        .parties
        .iter()
        .map(|p| format!("{} ({})", p.name, p.role.as_str()))
        .collect();
    if !parties.is_empty() {
        desc.push_str(&format!("\nParties: {}.", parties.join(", ")));
    }
    if let Some(a) = &e.amount {
        desc.push_str(&format!("\nAmount: {}.", a.text));
    }
    for s in &e.sources {
        desc.push_str(&format!("\nSource ({}): {}", s.doc, s.sentence));
    }
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}@dealline", e.id));
    line(out, &format!("DTSTAMP:{stamp}"));
    line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(d.start)));
    line(out, &format!("DTEND;VALUE=DATE:{}", ymd(d.end + Duration::days(1))));
    line(out, &format!("SUMMARY:{}", text(&summary)));
    line(out, &format!("DESCRIPTION:{}", text(&desc)));
    line(out, &format!("CATEGORIES:{}", text(e.kind.label())));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// `SOURCE_DATE_EPOCH`, else midnight after the latest date in the data,
/// else the epoch.
fn dtstamp(timeline: &Timeline, epoch: Option<i64>) -> String {
    let from_data = || {
        let latest = timeline
            .documents
            .iter()
            .filter_map(|d| d.published.end.or(d.published.start))
            .chain(
                timeline
                    .dated()
                    .filter_map(|e| e.date.as_ref().map(|d| d.end)),
            )
            .max()?;
        let next = latest.succ_opt()?;
        Some(next.and_hms_opt(0, 0, 0)?.and_utc())
    };
    let t = epoch
        .and_then(|s| DateTime::from_timestamp(s, 0))
        .or_else(from_data)
        .unwrap_or(DateTime::UNIX_EPOCH);
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded at 75 octets with CRLF and a space.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_fold_at_75_octets() {
        let mut s = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        line(&mut s, &long);
        for l in s.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(s.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    #[test]
    fn ok_text_escapes() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn ok_dtstamp_from_epoch_or_data() {
        let t = Timeline::new(vec![], vec![]);
        assert_eq!(dtstamp(&t, Some(1_499_212_800)), "20170705T000000Z");
        assert_eq!(dtstamp(&t, None), "19700101T000000Z");
    }
}

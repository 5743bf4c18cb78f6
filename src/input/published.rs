//! Publication dates: from the user, from metadata, or inferred from the
//! story's own dates, always with the basis and the evidence.

use chrono::Datelike;

use crate::date::{
    add_days, month_label, span_label, PartialDate, Precision, Span,
};
use crate::text::split_sentences;
use crate::timeline::{Basis, Published};
use crate::timex::{self, Anchor, Resolved, TimeExpr};

/// The publication date given with `--published`.
pub fn from_flag(p: &PartialDate) -> Published {
    let span = p.span();
    Published {
        value: Some(p.value()),
        start: Some(span.start),
        end: Some(span.end),
        precision: p.precision(),
        basis: Basis::Flag,
        evidence: None,
    }
}

/// A publication date read from metadata (front matter, a JSON-lines
/// field), with the raw text as evidence.
pub fn from_metadata(p: &PartialDate, basis: Basis, raw: &str) -> Published {
    Published { basis, evidence: Some(raw.to_string()), ..from_flag(p) }
}

/// Reads the date at the start of an ISO-like timestamp
/// (`2019-04-28T10:00:00Z`, `2019-04-28`, `2019-04`, `2019`).
pub fn parse_loose(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    let head: String =
        s.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
    let head = head.trim_end_matches('-');
    PartialDate::parse(head).ok()
}

/// The DCT that relative expressions resolve against, or `None` when the
/// publication date is unknown.
pub fn dct(p: &Published) -> Option<Resolved> {
    let (value, start, end) = (p.value.as_ref()?, p.start?, p.end?);
    let span = Span::new(start, end);
    let approximate = p.basis == Basis::Text;
    let display = match p.precision {
        Precision::Day if span.len_days() == 1 => {
            crate::date::day_label(start)
        }
        Precision::Month if !approximate => {
            month_label(start.year(), start.month())
        }
        Precision::Year if !approximate => start.year().to_string(),
        _ => span_label(&span, approximate),
    };
    Some(Resolved {
        value: value.clone(),
        span,
        precision: p.precision,
        approximate,
        anchor: Anchor::Absolute,
        display,
        modifier: None,
    })
}

/// Infers when a story was written from the dates it mentions: the latest
/// year in past-tense text fixes the year, the latest day or month in that
/// year the earliest possible date, and narrative steps after it ("a few
/// days later") push it on. A story is taken to be published within ten
/// days of the latest thing it reports.
///
/// Copyright and footer years are not in the body (see the chrome rules)
/// and years before "©" are rejected by the scanner anyway.
pub fn infer(body: &str) -> Published {
    let sentences = split_sentences(body);
    let mut year: Option<(i32, String)> = None;
    let mut raw = Vec::new();
    for s in &sentences {
        let text = s.text(body);
        let future = timex::is_future(text);
        for t in timex::scan(text) {
            let words = text[t.span.clone()].to_string();
            if let TimeExpr::Calendar { year: Some(y), .. } = t.expr {
                if !future
                    && (1900..=2100).contains(&y)
                    && year.as_ref().is_none_or(|(best, _)| y > *best)
                {
                    year = Some((y, words.clone()));
                }
            }
            raw.push((t, words, future));
        }
    }
    let Some((y, year_words)) = year else {
        return Published::unknown();
    };
    // Provisional DCT: the end of that year; find the latest past date.
    let provisional = Resolved {
        value: y.to_string(),
        span: Span::year(y),
        precision: Precision::Year,
        approximate: true,
        anchor: Anchor::Absolute,
        display: y.to_string(),
        modifier: None,
    };
    let tags = timex::tag_document(body, &sentences, Some(&provisional));
    let mut latest: Option<(Span, String, bool)> = None; // (span, words, narrative)
    for t in &tags {
        let Some(r) = &t.resolved else { continue };
        if t.timex.in_name
            || !r.anchors_narrative()
            || r.precision > Precision::Month
        {
            continue;
        }
        if timex::is_future(sentences[t.sentence].text(body))
            || r.span.start.year() != y
        {
            continue;
        }
        let narrative = matches!(r.anchor, Anchor::Narrative(_));
        let words = body[t.timex.span.clone()].to_string();
        if latest.as_ref().is_none_or(|(s, _, _)| r.span.start > s.start) {
            latest = Some((r.span, words, narrative));
        }
    }
    let _ = raw;
    match latest {
        Some((span, words, _)) => {
            let start = span.start;
            let end = add_days(start, 9).max(span.end);
            let s = Span::new(start, end);
            let mid = s.mid();
            let mut evidence =
                format!("latest date the story reports: \"{words}\"");
            if !words.contains(&y.to_string()) {
                evidence.push_str(&format!("; year from \"{year_words}\""));
            }
            Published {
                value: Some(format!("{:04}-{:02}", mid.year(), mid.month())),
                start: Some(s.start),
                end: Some(s.end),
                precision: Precision::Month,
                basis: Basis::Text,
                evidence: Some(evidence),
            }
        }
        None => {
            let s = Span::year(y);
            Published {
                value: Some(y.to_string()),
                start: Some(s.start),
                end: Some(s.end),
                precision: Precision::Year,
                basis: Basis::Text,
                evidence: Some(format!(
                    "latest year the story mentions: \"{year_words}\""
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_inferred_from_latest_date_and_narrative() {
        let p = infer("It was founded in 1999.\nOn June 29, 2017, it formed a unit. Two days later, it signed a deal.\n");
        assert_eq!(p.basis, Basis::Text);
        assert_eq!(p.start.unwrap().to_string(), "2017-07-01");
        assert_eq!(p.end.unwrap().to_string(), "2017-07-10");
        assert_eq!(p.value.as_deref(), Some("2017-07"));
        assert!(p.evidence.unwrap().contains("Two days later"));
    }

    #[test]
    fn ok_year_only_and_future_years_ignored() {
        let p = infer("Sales grew in 2015. The firm will expand by 2020.\n");
        assert_eq!(p.value.as_deref(), Some("2015"));
        assert_eq!(p.precision, Precision::Year);
    }

    #[test]
    fn ok_nothing_to_infer() {
        assert_eq!(infer("Acme bought Rival.\n").basis, Basis::None);
    }

    #[test]
    fn ok_loose_timestamps() {
        assert_eq!(
            parse_loose("2019-04-28T10:00:00Z").unwrap().value(),
            "2019-04-28"
        );
        assert_eq!(parse_loose("2019-04").unwrap().value(), "2019-04");
        assert!(parse_loose("April").is_none());
    }
}

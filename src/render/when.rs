//! Dates for people and for machines: the visible label of an event's date
//! and the `<time datetime>` values that go with it.
//!
//! HTML accepts only a few date forms in `datetime` (`2019`, `2019-03`,
//! `2019-03-20`, ...); TIMEX values such as `PAST_REF`, `201X` or
//! `2017-Q3`, EDTF marks (`~`, `?`) and intervals (`a/b`) are rejected by
//! validators and misread by browsers. So this module never copies
//! [`EventDate::value`] into the page: it derives the machine value from the
//! interval (`start`, `end`) at a calendar unit chosen from the precision,
//! and writes an interval as two values. The visible label is always
//! [`EventDate::display`], written upstream.

use chrono::{Datelike, NaiveDate};

use crate::date::{day_label, month_label, PartialDate, Precision};
use crate::event::EventDate;

/// The calendar unit a `datetime` value is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

impl Unit {
    /// The unit for a precision. Units HTML cannot express cleanly (weeks,
    /// quarters, seasons, halves, unknown) fall back to days, so their
    /// interval is written as a range of days; decades and centuries are
    /// written as a range of years.
    pub(crate) fn of(precision: Precision) -> Unit {
        match precision {
            Precision::Day
            | Precision::Week
            | Precision::Quarter
            | Precision::Season
            | Precision::Half
            | Precision::Unknown => Unit::Day,
            Precision::Month => Unit::Month,
            Precision::Year | Precision::Decade | Precision::Century => {
                Unit::Year
            }
        }
    }
}

/// A valid HTML `datetime` value for a day at a unit, or `None` when the
/// year cannot be written as four digits (HTML has no form for years
/// before 1 or, usefully, after 9999).
pub(crate) fn datetime_value(d: NaiveDate, unit: Unit) -> Option<String> {
    let y = d.year();
    if !(1..=9999).contains(&y) {
        return None;
    }
    Some(match unit {
        Unit::Day => format!("{y:04}-{:02}-{:02}", d.month(), d.day()),
        Unit::Month => format!("{y:04}-{:02}", d.month()),
        Unit::Year => format!("{y:04}"),
    })
}

/// A label for one end of an interval at a unit: "16 March 2019",
/// "March 2019", "2014".
pub(crate) fn endpoint_label(d: NaiveDate, unit: Unit) -> String {
    match unit {
        Unit::Day => day_label(d),
        Unit::Month => month_label(d.year(), d.month()),
        Unit::Year => d.year().to_string(),
    }
}

/// A point in time as the page shows it: a label, and the machine value
/// when there is a valid one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TimeView {
    /// The `datetime` value; `None` renders the label without `<time>`.
    pub(crate) datetime: Option<String>,
    /// The visible text.
    pub(crate) label: String,
}

impl TimeView {
    /// One end of an interval at a unit.
    pub(crate) fn at(d: NaiveDate, unit: Unit) -> TimeView {
        TimeView {
            datetime: datetime_value(d, unit),
            label: endpoint_label(d, unit),
        }
    }

    /// A publication date from its TIMEX value (`2019`, `2019-03`,
    /// `2019-03-20`); other values are shown as written, without `<time>`.
    pub(crate) fn published(value: &str) -> TimeView {
        let parsed = PartialDate::parse(value)
            .ok()
            .filter(|p| p.value() == value.trim());
        match parsed {
            Some(p) => {
                let label = match (p.month, p.day) {
                    (Some(m), Some(d)) => {
                        NaiveDate::from_ymd_opt(p.year, m, d)
                            .map_or_else(|| p.value(), day_label)
                    }
                    (Some(m), None) => month_label(p.year, m),
                    _ => p.year.to_string(),
                };
                TimeView { datetime: Some(p.value()), label }
            }
            None => TimeView { datetime: None, label: value.to_string() },
        }
    }
}

/// The two machine-readable ends of a date that spans more than one unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RangeView {
    /// The first plausible day, at the date's unit.
    pub(crate) start: TimeView,
    /// The last plausible day, at the date's unit.
    pub(crate) end: TimeView,
}

/// An event's date as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WhenView {
    /// The visible label ([`EventDate::display`]).
    pub(crate) display: String,
    /// The `datetime` of the label itself, when the date is one unit
    /// (a day, a month, a year).
    pub(crate) datetime: Option<String>,
    /// The interval, when the date spans more than one unit.
    pub(crate) range: Option<RangeView>,
    /// Whether the source hedges.
    pub(crate) approximate: bool,
}

impl WhenView {
    /// Builds the view of a date.
    pub(crate) fn new(date: &EventDate) -> WhenView {
        let unit = Unit::of(date.precision);
        let (start, end) =
            (TimeView::at(date.start, unit), TimeView::at(date.end, unit));
        let (datetime, range) = match (&start.datetime, &end.datetime) {
            (Some(s), Some(e)) if s == e => (Some(s.clone()), None),
            (Some(_), Some(_)) => (None, Some(RangeView { start, end })),
            // A year HTML cannot write: show the label alone.
            _ => (None, None),
        };
        WhenView {
            display: date.display.clone(),
            datetime,
            range,
            approximate: date.approximate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn date(
        value: &str,
        start: &str,
        end: &str,
        precision: Precision,
        approx: bool,
    ) -> EventDate {
        EventDate {
            text: None,
            value: value.to_string(),
            start: d(start),
            end: d(end),
            precision,
            approximate: approx,
            anchor: "absolute".to_string(),
            display: format!("label of {value}"),
        }
    }

    /// (single datetime, range start, range end) of a date.
    fn values(
        e: &EventDate,
    ) -> (Option<String>, Option<String>, Option<String>) {
        let w = WhenView::new(e);
        let r = w.range.as_ref();
        (
            w.datetime.clone(),
            r.and_then(|r| r.start.datetime.clone()),
            r.and_then(|r| r.end.datetime.clone()),
        )
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn ok_datetime_day() {
        let e = date(
            "2017-06-29",
            "2017-06-29",
            "2017-06-29",
            Precision::Day,
            false,
        );
        assert_eq!(values(&e), (s("2017-06-29"), None, None));
        assert_eq!(WhenView::new(&e).display, "label of 2017-06-29");
        assert!(!WhenView::new(&e).approximate);
    }

    #[test]
    fn ok_datetime_month() {
        let e = date(
            "2017-07",
            "2017-07-01",
            "2017-07-31",
            Precision::Month,
            false,
        );
        assert_eq!(values(&e), (s("2017-07"), None, None));
        // "early July 2017": a part of one month is still that month.
        let e = date(
            "2017-07",
            "2017-07-01",
            "2017-07-10",
            Precision::Month,
            true,
        );
        assert_eq!(values(&e), (s("2017-07"), None, None));
        assert!(WhenView::new(&e).approximate);
    }

    #[test]
    fn ok_datetime_year() {
        let e =
            date("2004", "2004-01-01", "2004-12-31", Precision::Year, false);
        assert_eq!(values(&e), (s("2004"), None, None));
        let e =
            date("0987", "0987-01-01", "0987-12-31", Precision::Year, false);
        assert_eq!(values(&e), (s("0987"), None, None));
    }

    #[test]
    fn ok_datetime_year_range() {
        // "c. 2010–2014"
        let e =
            date("201X", "2010-01-01", "2014-12-31", Precision::Year, true);
        assert_eq!(values(&e), (None, s("2010"), s("2014")));
        let r = WhenView::new(&e).range.unwrap();
        assert_eq!(
            (r.start.label.as_str(), r.end.label.as_str()),
            ("2010", "2014")
        );
    }

    #[test]
    fn ok_datetime_approximate_days() {
        // "a few days after 29 June 2017"
        let e = date(
            "2017-06-30",
            "2017-06-30",
            "2017-07-05",
            Precision::Day,
            true,
        );
        assert_eq!(values(&e), (None, s("2017-06-30"), s("2017-07-05")));
        // "recently, before 5 July 2017"
        let e = date(
            "PAST_REF",
            "2017-04-05",
            "2017-07-04",
            Precision::Unknown,
            true,
        );
        assert_eq!(values(&e), (None, s("2017-04-05"), s("2017-07-04")));
        let r = WhenView::new(&e).range.unwrap();
        assert_eq!(r.start.label, "5 April 2017");
        assert_eq!(r.end.label, "4 July 2017");
    }

    #[test]
    fn ok_datetime_week_quarter_decade() {
        let e = date(
            "2017-W26",
            "2017-06-26",
            "2017-07-02",
            Precision::Week,
            false,
        );
        assert_eq!(values(&e), (None, s("2017-06-26"), s("2017-07-02")));
        let e = date(
            "2017-Q3",
            "2017-07-01",
            "2017-09-30",
            Precision::Quarter,
            false,
        );
        assert_eq!(values(&e), (None, s("2017-07-01"), s("2017-09-30")));
        let e =
            date("199", "1990-01-01", "1999-12-31", Precision::Decade, false);
        assert_eq!(values(&e), (None, s("1990"), s("1999")));
        // An unknown precision that is one day is one day.
        let e = date(
            "PAST_REF",
            "2017-07-04",
            "2017-07-04",
            Precision::Unknown,
            true,
        );
        assert_eq!(values(&e), (s("2017-07-04"), None, None));
    }

    #[test]
    fn ok_datetime_never_copies_timex_values() {
        let e = date(
            "PAST_REF",
            "2017-04-05",
            "2017-07-04",
            Precision::Unknown,
            true,
        );
        let w = WhenView::new(&e);
        for v in [w.datetime, w.range.map(|r| r.start.datetime.unwrap())]
            .into_iter()
            .flatten()
        {
            assert!(!v.contains("PAST_REF"), "{v}");
        }
    }

    #[test]
    fn ok_datetime_out_of_range_year_is_omitted() {
        let e = EventDate {
            start: NaiveDate::from_ymd_opt(-43, 3, 15).unwrap(),
            end: NaiveDate::from_ymd_opt(-43, 3, 15).unwrap(),
            ..date(
                "-0043-03-15",
                "2000-01-01",
                "2000-01-01",
                Precision::Day,
                false,
            )
        };
        assert_eq!(values(&e), (None, None, None));
        assert_eq!(datetime_value(d("9999-12-31"), Unit::Year), s("9999"));
    }

    #[test]
    fn ok_published_values() {
        let p = TimeView::published("2017-07-05");
        assert_eq!(
            (p.datetime, p.label),
            (s("2017-07-05"), "5 July 2017".to_string())
        );
        let p = TimeView::published("2017-07");
        assert_eq!(
            (p.datetime, p.label),
            (s("2017-07"), "July 2017".to_string())
        );
        let p = TimeView::published("2017");
        assert_eq!((p.datetime, p.label), (s("2017"), "2017".to_string()));
        let p = TimeView::published("2017-Q3");
        assert_eq!((p.datetime, p.label), (None, "2017-Q3".to_string()));
        let p = TimeView::published("2017-02-30");
        assert_eq!(p.datetime, None);
    }
}

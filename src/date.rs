//! The date model shared by every stage: a date is an interval of plausible
//! days with a precision, an uncertainty flag and a label for people.
//!
//! This module owns calendar arithmetic and the human labels ("14 March 2019",
//! "late March 2019", "c. 2013"). It does not find dates in text (that is
//! [`crate::timex`]) and never reads the clock.

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// How fine-grained a date is.
///
/// Serialized in lower case (`"day"`, `"month"`, ...). The order runs from
/// finest to coarsest, which the timeline uses as a tie breaker.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Precision {
    /// A calendar day.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A season (spring, summer, autumn, winter).
    Season,
    /// A half of a year.
    Half,
    /// A calendar year.
    Year,
    /// A decade such as the 1990s.
    Decade,
    /// A century.
    Century,
    /// No calendar unit describes the interval.
    Unknown,
}

impl Precision {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Season => "season",
            Precision::Half => "half",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
            Precision::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// English month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday names, Monday first (ISO 8601 order).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A date given to the nearest year, month or day, as on the command line
/// (`2019`, `2019-03`, `2019-03-20`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12, when known.
    pub month: Option<u32>,
    /// The day of the month, when known (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// [`Error::BadDate`] when the text is not one of those forms or names a
    /// day that does not exist.
    ///
    /// # Example
    ///
    /// ```
    /// use dealline::PartialDate;
    /// let d = PartialDate::parse("2019-03")?;
    /// assert_eq!(d.value(), "2019-03");
    /// assert!(PartialDate::parse("2017-02-30").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(s: &str) -> Result<PartialDate> {
        let bad = |why: &str| Error::BadDate {
            text: s.to_string(),
            why: why.to_string(),
        };
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Option<u32> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let year = num(parts[0], 4)
            .ok_or_else(|| bad("expected YYYY, YYYY-MM or YYYY-MM-DD"))?
            as i32;
        let month = match parts.get(1) {
            None => None,
            Some(p) => Some(
                num(p, 2)
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(|| bad("expected a month from 01 to 12"))?,
            ),
        };
        let day = match parts.get(2) {
            None => None,
            Some(p) => {
                let d = num(p, 2)
                    .ok_or_else(|| bad("expected a two-digit day"))?;
                if NaiveDate::from_ymd_opt(year, month.unwrap_or(1), d)
                    .is_none()
                {
                    return Err(bad("no such day"));
                }
                Some(d)
            }
        };
        Ok(PartialDate { year, month, day })
    }

    /// The TIMEX3 value: `2019`, `2019-03` or `2019-03-20`.
    pub fn value(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                format!("{:04}-{:02}-{:02}", self.year, m, d)
            }
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// The precision: day, month or year.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first and last day the date covers.
    pub fn span(&self) -> Span {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let day = ymd(self.year, m, d);
                Span::new(day, day)
            }
            (Some(m), None) => Span::month(self.year, m),
            _ => Span::year(self.year),
        }
    }
}

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The first plausible day.
    pub start: NaiveDate,
    /// The last plausible day (inclusive).
    pub end: NaiveDate,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if out of order.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// One day.
    pub fn day(d: NaiveDate) -> Span {
        Span::new(d, d)
    }

    /// A calendar month.
    pub fn month(year: i32, month: u32) -> Span {
        let start = ymd(year, month, 1);
        Span::new(start, last_of_month(year, month))
    }

    /// A calendar year.
    pub fn year(year: i32) -> Span {
        Span::new(ymd(year, 1, 1), ymd(year, 12, 31))
    }

    /// Years `from` to `to`, inclusive.
    pub fn years(from: i32, to: i32) -> Span {
        Span::new(ymd(from, 1, 1), ymd(to, 12, 31))
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share a day.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The middle day.
    pub fn mid(&self) -> NaiveDate {
        self.start + Duration::days((self.end - self.start).num_days() / 2)
    }

    /// Number of days covered.
    pub fn len_days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

/// Builds a date known to be valid; falls back to the last valid day of the
/// month so arithmetic near month ends never panics.
pub(crate) fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    let year = year.clamp(-9999, 9999);
    let month = month.clamp(1, 12);
    NaiveDate::from_ymd_opt(year, month, day)
        .unwrap_or_else(|| last_of_month(year, month))
}

/// The last day of a month.
pub(crate) fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let (ny, nm) = if month >= 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MIN)
}

/// Adds a number of days without overflow.
pub(crate) fn add_days(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(days)).unwrap_or(d)
}

/// Adds months, clamping to the month's last day.
pub(crate) fn add_months(d: NaiveDate, months: i32) -> NaiveDate {
    let total = d.year() * 12 + d.month0() as i32 + months;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    ymd(y, m, d.day())
}

/// "14 March 2019".
pub(crate) fn day_label(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "July 2017".
pub(crate) fn month_label(year: i32, month: u32) -> String {
    format!("{} {}", MONTHS[(month.clamp(1, 12) - 1) as usize], year)
}

/// A label for an interval with no better description: the shortest honest
/// wording at the interval's size ("late March 2019", "c. 2010–2014").
pub(crate) fn span_label(span: &Span, approximate: bool) -> String {
    let (s, e) = (span.start, span.end);
    if s == e {
        let l = day_label(s);
        return if approximate { format!("c. {l}") } else { l };
    }
    if s.year() == e.year() && s.month() == e.month() {
        if s.day() == 1 && e == last_of_month(s.year(), s.month()) {
            let l = month_label(s.year(), s.month());
            return if approximate { format!("c. {l}") } else { l };
        }
        if e.day() <= 10 || span.mid().day() <= 10 && span.len_days() <= 12 {
            return format!("early {}", month_label(s.year(), s.month()));
        }
        if s.day() >= 21 {
            return format!("late {}", month_label(s.year(), s.month()));
        }
        if s.day() >= 8 && e.day() <= 23 {
            return format!("mid-{}", month_label(s.year(), s.month()));
        }
        return format!(
            "{}–{} {}",
            s.day(),
            e.day(),
            month_label(s.year(), s.month())
        );
    }
    if span.len_days() <= 16 {
        // A short window around a month boundary reads best by its middle.
        let m = span.mid();
        let part = match m.day() {
            1..=10 => "early",
            11..=20 => "mid-",
            _ => "late",
        };
        let sep = if part == "mid-" { "" } else { " " };
        return format!("{part}{sep}{}", month_label(m.year(), m.month()));
    }
    if s.year() == e.year() {
        if s.month() == 1 && s.day() == 1 && e.month() == 12 && e.day() == 31 {
            return if approximate {
                format!("c. {}", s.year())
            } else {
                s.year().to_string()
            };
        }
        return format!(
            "{}{}–{}",
            if approximate { "c. " } else { "" },
            month_label(s.year(), s.month()).split(' ').next().unwrap_or(""),
            month_label(e.year(), e.month())
        );
    }
    let prefix = if approximate { "c. " } else { "" };
    if s.month() == 1 && s.day() == 1 && e.month() == 12 && e.day() == 31 {
        return format!("{prefix}{}–{}", s.year(), e.year());
    }
    format!(
        "{prefix}{}–{}",
        month_label(s.year(), s.month()),
        month_label(e.year(), e.month())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn ok_partial_dates() {
        assert_eq!(
            PartialDate::parse("2017").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2017-07").unwrap().span(),
            Span::month(2017, 7)
        );
        let day = PartialDate::parse("2017-07-05").unwrap();
        assert_eq!(day.value(), "2017-07-05");
        assert_eq!(day.span(), Span::day(d("2017-07-05")));
    }

    #[test]
    fn err_partial_dates() {
        for bad in [
            "",
            "17",
            "2017-7",
            "2017-13",
            "2017-02-30",
            "July 2017",
            "2017-07-05-01",
        ] {
            assert!(
                PartialDate::parse(bad).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn ok_labels() {
        assert_eq!(day_label(d("2017-06-29")), "29 June 2017");
        assert_eq!(span_label(&Span::month(2017, 7), false), "July 2017");
        assert_eq!(
            span_label(&Span::new(d("2017-07-01"), d("2017-07-10")), true),
            "early July 2017"
        );
        assert_eq!(
            span_label(&Span::new(d("2017-06-30"), d("2017-07-09")), true),
            "early July 2017"
        );
        assert_eq!(span_label(&Span::year(2013), true), "c. 2013");
        assert_eq!(span_label(&Span::year(2004), false), "2004");
        assert_eq!(span_label(&Span::years(2010, 2014), true), "c. 2010–2014");
    }

    #[test]
    fn ok_month_arithmetic_clamps() {
        assert_eq!(add_months(d("2017-01-31"), 1), d("2017-02-28"));
        assert_eq!(add_months(d("2017-01-15"), -2), d("2016-11-15"));
        assert_eq!(last_of_month(2016, 2), d("2016-02-29"));
    }
}

//! Temporal expressions: finding them in sentences ([`scan()`]) and
//! normalizing them to TIMEX3 values and day intervals ([`resolve()`]).
//!
//! Every relative expression resolves against an explicit reference: the
//! document creation time (DCT, the publication date) or the time the
//! narrative has reached (the last anchoring date mentioned before it). The
//! module never reads the clock. It does not decide which expression dates
//! which event; that is [`crate::event`].

mod anchor;
pub mod eval;
mod resolve;
mod scan;
pub mod timeml;

use std::ops::Range;

use serde::Serialize;

use crate::date::{Precision, Span};
use crate::text::Sentence;

pub use resolve::resolve;

pub(crate) use scan::month_word_at;
pub use scan::scan;

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("March 14", "2017", "last year").
    Date,
    /// A time of day ("3 p.m.").
    Time,
    /// A length of time ("three years", "the past week").
    Duration,
    /// A recurrence ("every year", "annually").
    Set,
}

/// A word before an expression that changes its role ("since 2004").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Signal {
    /// "since": the start of a state that still holds.
    Since,
    /// "until", "till", "through": the end of a state.
    Until,
    /// "before", "by": an upper bound.
    Before,
    /// "after": a lower bound.
    After,
}

/// Quantities such as "two", "a few" or "several" as a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    /// The smallest plausible count.
    pub lo: u32,
    /// The largest plausible count.
    pub hi: u32,
    /// Whether the text hedged ("a few", "several") rather than counted.
    pub fuzzy: bool,
}

/// Calendar units of relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters.
    Quarter,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }
    pub(crate) fn letter(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
}

/// Which part of a period a hedge picks ("early 2018", "mid-2016").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// "early", "the beginning of", "the start of".
    Early,
    /// "mid", "the middle of".
    Mid,
    /// "late", "the end of".
    Late,
}

/// What an expression refers to relatively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Before the anchor ("ago", "earlier", "before").
    Before,
    /// After the anchor ("later", "after").
    After,
}

/// The surface meaning of an expression, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeExpr {
    /// A calendar date with any of its parts ("March 14", "March 20, 2019",
    /// "2004", "July 2017"); `shift` is -1 for "last June", +1 for "next
    /// June", 0 for "this June" and `None` when the text did not say.
    Calendar {
        /// The year, when written.
        year: Option<i32>,
        /// The month, when written.
        month: Option<u32>,
        /// The day, when written.
        day: Option<u32>,
        /// "last"/"this"/"next" before a month.
        shift: Option<i32>,
        /// "early"/"mid"/"late".
        part: Option<Part>,
        /// "around", "about", "circa".
        approx: bool,
    },
    /// A quarter (`n` 1–4), half (`n` 1–2) or season (`n` 1 spring .. 4
    /// winter) of a year; the year from the DCT when absent.
    Period {
        /// The kind of period.
        precision: Precision,
        /// Which one.
        n: u32,
        /// The year, when written.
        year: Option<i32>,
        /// "last"/"this"/"next".
        shift: Option<i32>,
    },
    /// A season of the time the narrative has reached: "that summer"
    /// (`by` 0), "the following spring" (+1, the first one after),
    /// "the previous winter" (-1, the last one before).
    SeasonOf {
        /// 1 spring .. 4 winter.
        n: u32,
        /// -1, 0 or +1.
        by: i32,
    },
    /// A month of the time the narrative has reached: "that December"
    /// (`by` 0), "the following January" (+1, the first one after), "the
    /// previous March" (-1, the last one before).
    MonthOf {
        /// 1 January .. 12 December.
        month: u32,
        /// -1, 0 or +1.
        by: i32,
    },
    /// A decade ("the 1990s") or century ("the 20th century").
    Decade {
        /// First year of the decade or century.
        start: i32,
        /// Precision: decade or century.
        precision: Precision,
        /// "early"/"mid"/"late".
        part: Option<Part>,
    },
    /// "two weeks ago", "a few days later", "several years ago".
    Offset {
        /// How many units.
        amount: Amount,
        /// The unit.
        unit: Unit,
        /// Before or after the anchor.
        direction: Direction,
        /// True when anchored to the narrative ("later", "earlier"),
        /// false when anchored to the DCT ("ago").
        narrative: bool,
    },
    /// "last year", "this month", "next week", "the following year",
    /// "that year"; `narrative` when it refers to the narrative's time.
    Shift {
        /// The unit.
        unit: Unit,
        /// -1 last, 0 this/that, +1 next/following.
        by: i32,
        /// Whether relative to the narrative rather than the DCT.
        narrative: bool,
        /// "earlier this month", "late last year".
        part: Option<Part>,
    },
    /// "the coming year", "the upcoming month", "the week ahead": the
    /// stretch of one unit after the DCT, named by the calendar unit it
    /// falls in: the DCT's own when three quarters of the stretch lie in
    /// it ("the coming year" told in January to March is the year under
    /// way), else the next one.
    Coming {
        /// Week, month or year.
        unit: Unit,
        /// "early in the coming year".
        part: Option<Part>,
    },
    /// "the turn of the century", "the turn of the year": the boundary
    /// between two spans of `every` years, approximately. `at` is the
    /// first year after it when the text names it ("the turn of the 20th
    /// century" is 1900); else the boundary nearest the DCT, the one
    /// before it in the past tense and the one after it ahead.
    Turn {
        /// 1 for a year, 10 a decade, 100 a century, 1000 a millennium.
        every: i32,
        /// The year the boundary opens, when written.
        at: Option<i32>,
        /// After "by": a deadline, the next boundary whatever the tense.
        by: bool,
    },
    /// "the past week", "the last three months": the stretch up to the DCT.
    Past {
        /// How many units.
        amount: Amount,
        /// The unit.
        unit: Unit,
    },
    /// "today" (0), "yesterday" (-1), "tomorrow" (+1), with a part of the
    /// day ("yesterday morning", "tonight").
    Today {
        /// Days from the DCT.
        by: i32,
        /// TIMEX3 part-of-day code (`MO`, `AF`, `EV`, `NI`).
        daypart: Option<&'static str>,
    },
    /// A weekday ("on Tuesday", "Friday night"), Monday = 0; `shift` as for
    /// calendar.
    Weekday {
        /// 0 Monday .. 6 Sunday.
        day: u32,
        /// "last"/"this"/"next".
        shift: Option<i32>,
        /// "the previous Friday", "the following Monday": shifted from the
        /// time the narrative has reached, not from the DCT.
        narrative: bool,
        /// TIMEX3 part-of-day code (`MO`, `AF`, `EV`, `NI`).
        daypart: Option<&'static str>,
    },
    /// "the weekend", "last weekend", "this weekend"; "that weekend", "the
    /// following weekend" (of the time the narrative has reached).
    Weekend {
        /// -1 last, 0 this (the nearest by tense), +1 next.
        shift: Option<i32>,
        /// Whether relative to the narrative rather than the DCT.
        narrative: bool,
    },
    /// A month of a year named relatively: "December of last year".
    MonthOfYear {
        /// The month.
        month: u32,
        /// Years from the DCT's year.
        by: i32,
    },
    /// The period a business story reports on: "the quarter", "the latest
    /// quarter" (the last one completed before the DCT), "the year-earlier
    /// quarter" (the same a year before).
    Reported {
        /// The unit (quarter or year).
        unit: Unit,
        /// Years back from that period.
        years_back: i32,
        /// "the year-ago third quarter": which quarter, when written.
        n: Option<u32>,
        /// "the 2016 quarter": the year, when written.
        year: Option<i32>,
        /// "the latest quarter": the reported quarter in a story that names
        /// one, else the last one completed, whatever the
        /// tense.
        latest: bool,
    },
    /// A holiday ("Christmas", "Thanksgiving Day 1998").
    Holiday {
        /// Which day.
        which: Holiday,
        /// The year, when written.
        year: Option<i32>,
    },
    /// A clock time on a named day ("10 p.m. Wednesday", "noon
    /// Thursday", "5 p.m. EST Nov. 9").
    ClockOn {
        /// Hour, 0–24 (24 is midnight at the end of the day).
        hour: u32,
        /// Minute.
        minute: u32,
        /// The day.
        day: Box<TimeExpr>,
    },
    /// A clock time on an unnamed day ("3 p.m.").
    Clock {
        /// Hour, 0–24 (24 is midnight at the end of the day).
        hour: u32,
        /// Minute.
        minute: u32,
    },
    /// "recently", "in the past": some time before the DCT.
    PastRef,
    /// "now", "currently".
    PresentRef,
    /// "in the future", "soon".
    FutureRef,
    /// A length of time that is not a date ("three years", "decades"),
    /// with its TIMEX3 value (`P3Y`, `PXY` for decades).
    Duration(String),
    /// A recurrence with its TIMEX3 value (`P1Y`, `XXXX-WXX-2`).
    Set(String),
}

impl TimeExpr {
    /// A year written alone ("1986").
    pub(crate) fn year(year: i32) -> Self {
        TimeExpr::Calendar {
            year: Some(year),
            month: None,
            day: None,
            shift: None,
            part: None,
            approx: false,
        }
    }
}

/// When a holiday falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// (month, weekday with Monday = 0, n): the n-th such weekday of the
    /// month; n = -1 for the last.
    NthWeekday(u32, u32, i32),
    /// Days from Easter Sunday (Good Friday is -2).
    Easter(i32),
    /// US Election Day: the Tuesday after the first Monday of November.
    ElectionDay,
    /// Days after US Thanksgiving (Black Friday is 1, Cyber Monday 4).
    AfterThanksgiving(i32),
}

/// A temporal expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Byte range of the expression (without its signal word).
    pub span: Range<usize>,
    /// Start of the signal word when there is one ("since"), else
    /// `span.start`.
    pub signal_start: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// What it means.
    pub expr: TimeExpr,
    /// "since", "until", ...
    pub signal: Option<Signal>,
    /// A year that is part of a name ("Global Gadget Expo Berlin 2017",
    /// "Windows 2000"): evidence of when the text was written, never
    /// the date of an event.
    pub in_name: bool,
}

impl Timex {
    /// A DATE at `span` found by a rule rather than a pattern (the other
    /// end of a pair, an event-anchored stretch): no signal, no name.
    pub(crate) fn date(span: Range<usize>, expr: TimeExpr) -> Timex {
        Timex {
            signal_start: span.start,
            span,
            kind: TimexType::Date,
            expr,
            signal: None,
            in_name: false,
        }
    }

    /// Grows the span by `before` bytes to the left ("the end of ") and
    /// `after` to the right (" weekend"), its signal with it.
    fn widen(&mut self, before: usize, after: usize) {
        self.span.start -= before;
        self.span.end += after;
        self.signal_start = self.signal_start.min(self.span.start);
    }
}

/// What an expression was resolved against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Needed no reference ("March 20, 2019").
    Absolute,
    /// The document creation time (publication date).
    Dct,
    /// The narrative's time: the expression at this byte range.
    Narrative(Range<usize>),
}

/// A resolved date: a TIMEX3 value and an interval of days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The TIMEX3 value (`2019-03-14`, `2019-03`, `201X`, `PAST_REF`).
    pub value: String,
    /// The plausible days.
    pub span: Span,
    /// Granularity of the value.
    pub precision: Precision,
    /// True when the text hedged or the reference was itself uncertain.
    pub approximate: bool,
    /// What it was resolved against.
    pub anchor: Anchor,
    /// A label for people.
    pub display: String,
    /// The TimeML `mod` (START, MID, END, APPROX, BEFORE, AFTER).
    pub modifier: Option<&'static str>,
}

impl Resolved {
    /// Whether this date may anchor later narrative expressions: a definite
    /// calendar date, not a vague "recently" or a multi-year hedge.
    pub fn anchors_narrative(&self) -> bool {
        !self.value.ends_with("_REF")
            && self.precision != Precision::Unknown
            && self.span.len_days() <= 366
    }
}

/// A temporal expression with its resolution, as tagged in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    /// The expression.
    pub timex: Timex,
    /// Its resolution; `None` for durations, sets and what cannot be
    /// resolved.
    pub resolved: Option<Resolved>,
    /// The TIMEX3 value to report even when there is no interval
    /// (`P3Y`, `XXXX-XX-XX`).
    pub value: String,
    /// Index of the sentence that holds it.
    pub sentence: usize,
}

impl Tagged {
    /// The TimeML `mod`: the resolution's (START, MID, END …), else the
    /// hedge the expression starts with ("about three years" APPROX, "more
    /// than a decade" MORE_THAN, "at least five years" EQUAL_OR_MORE).
    /// `body` is the text the span points into.
    pub fn modifier(&self, body: &str) -> Option<&'static str> {
        if let Some(m) = self.resolved.as_ref().and_then(|r| r.modifier) {
            return Some(m);
        }
        // ("more than a year" with no-break spaces or a line break, as on
        // one line.)
        let words = body.get(self.timex.span.clone())?;
        let plain = crate::text::PlainText::of(words);
        let lower = plain
            .as_ref()
            .map_or(words, |p| p.text.as_str())
            .to_ascii_lowercase();
        let words = crate::text::flat_breaks(&lower);
        [
            ("about ", "APPROX"),
            ("around ", "APPROX"),
            ("approximately ", "APPROX"),
            ("roughly ", "APPROX"),
            ("some ", "APPROX"),
            ("more than ", "MORE_THAN"),
            ("over ", "MORE_THAN"),
            ("less than ", "LESS_THAN"),
            ("under ", "LESS_THAN"),
            ("nearly ", "LESS_THAN"),
            ("almost ", "LESS_THAN"),
            ("at least ", "EQUAL_OR_MORE"),
            ("up to ", "EQUAL_OR_LESS"),
            ("at most ", "EQUAL_OR_LESS"),
        ]
        .into_iter()
        .find(|(hedge, _)| words.starts_with(hedge))
        .map(|(_, m)| m)
        // "40+ years".
        .or_else(|| {
            let count = words.trim_start_matches(|c: char| c.is_ascii_digit());
            (count.len() < words.len() && count.starts_with('+'))
                .then_some("EQUAL_OR_MORE")
        })
        .map(|m| match self.timex.expr {
            // A point: "more than two years ago" is before the year it
            // names, "nearly two years later" before the one it names.
            TimeExpr::Offset { direction, .. } if m != "APPROX" => {
                let later = direction == Direction::After;
                match (m, later) {
                    ("MORE_THAN", false) | ("LESS_THAN", true) => "BEFORE",
                    ("MORE_THAN", true) | ("LESS_THAN", false) => "AFTER",
                    ("EQUAL_OR_MORE", false) | ("EQUAL_OR_LESS", true) => {
                        "ON_OR_BEFORE"
                    }
                    _ => "ON_OR_AFTER",
                }
            }
            _ => m,
        })
    }
}

/// Finds and resolves every temporal expression of a document, in order,
/// keeping track of the time the narrative has reached.
///
/// `dct` is the publication date, when known.
///
/// # Example
///
/// ```
/// use dealline::{date::PartialDate, text::split_sentences, timex};
/// let body = "On March 14, Acme formed a unit. A few days later, it signed a deal.";
/// let dct = timex::dct_from(&PartialDate::parse("2019-03-20")?);
/// let tags = timex::tag_document(body, &split_sentences(body), Some(&dct));
/// assert_eq!(tags[0].value, "2019-03-14");
/// let later = tags[1].resolved.as_ref().unwrap();
/// assert_eq!(later.span.start.to_string(), "2019-03-16");
/// assert!(later.approximate);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn tag_document(
    body: &str,
    sentences: &[Sentence],
    dct: Option<&Resolved>,
) -> Vec<Tagged> {
    tag_filed(body, sentences, dct, None)
}

/// [`tag_document`] for a story `filed` on a known day, from a wire slug
/// line outside the body; without one, a slug line in the body counts
/// ([`filed_on`]). When that day is before the DCT, by a year at most, the
/// story is a re-run and its relative expressions ("on Wednesday", "last
/// week") speak from the day it was filed. Without a slug line, a wire
/// dateline's day a day from the DCT at most ("SYDNEY, April 8 -" on a
/// story dated April 7 in New York) is the day they speak from.
/// [`tag_document`] reads only the body.
pub fn tag_filed(
    body: &str,
    sentences: &[Sentence],
    dct: Option<&Resolved>,
    filed: Option<chrono::NaiveDate>,
) -> Vec<Tagged> {
    tag_scanned(body, sentences, dct, filed, &SentenceScans::default())
}

/// What [`scan()`] found in each sentence of a story, as its one-line text
/// ([`crate::text::flat_breaks`]), kept from the inference of its
/// publication date so that tagging it does not scan it again. Equal to
/// any other: it is a cache of what the text holds.
#[derive(Clone, Default)]
pub(crate) struct SentenceScans(Option<std::sync::Arc<Vec<Vec<Timex>>>>);

impl SentenceScans {
    pub(crate) fn new(scans: Vec<Vec<Timex>>) -> SentenceScans {
        SentenceScans(Some(std::sync::Arc::new(scans)))
    }
}

impl PartialEq for SentenceScans {
    fn eq(&self, _: &SentenceScans) -> bool {
        true
    }
}

impl Eq for SentenceScans {}

impl std::fmt::Debug for SentenceScans {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.0.as_ref().map_or(0, |s| s.len());
        write!(f, "SentenceScans({n} sentences)")
    }
}

/// [`tag_filed`] with the sentences' scans when already known (`pre`,
/// one a sentence; ignored when they do not match the sentences).
pub(crate) fn tag_scanned(
    body: &str,
    sentences: &[Sentence],
    dct: Option<&Resolved>,
    filed: Option<chrono::NaiveDate>,
    pre: &SentenceScans,
) -> Vec<Tagged> {
    // "July 14, 2017" with no-break spaces, or CRLF line ends: read as
    // plain text, and told in the original's offsets.
    if let Some(plain) = crate::text::PlainText::of(body) {
        let sentences: Vec<Sentence> = sentences
            .iter()
            .map(|s| Sentence {
                span: plain.plain(s.span.start)..plain.plain(s.span.end),
                paragraph: s.paragraph,
            })
            .collect();
        let mut out = tag_scanned(
            &plain.text,
            &sentences,
            dct,
            filed,
            &SentenceScans::default(),
        );
        let back = |r: &Range<usize>| {
            plain.original_start(r.start)..plain.original(r.end)
        };
        for t in &mut out {
            t.timex.span = back(&t.timex.span);
            t.timex.signal_start = plain.original_start(t.timex.signal_start);
            if let Some(Resolved { anchor: Anchor::Narrative(r), .. }) =
                &mut t.resolved
            {
                *r = back(r);
            }
        }
        return out;
    }
    // "quito, march 13 - ecuador cannot ...": a story set all in lower
    // case is read with its month and weekday names capitalized (and
    // scanned again).
    let recased = recase_lowercase(body);
    let pre = match (&recased, &pre.0) {
        (std::borrow::Cow::Borrowed(_), Some(p))
            if p.len() == sentences.len() =>
        {
            Some(p.as_slice())
        }
        _ => None,
    };
    let body: &str = &recased;
    let mut out = Vec::new();
    let mut reference: Option<Resolved> = None;
    // The reference before the latest one: "renewed in 2016, five years
    // later" counts from the date before 2016.
    let mut earlier_reference: Option<Resolved> = None;
    // A date counted from, told after the story's time: "have fought
    // since 2011 ... in April of that year". No narrative step starts
    // from it ("the first time since 1925"), but "that year", "the same
    // month" name it.
    let mut since_reference: Option<Resolved> = None;
    // The last month or season [`story_year`] put in a narrated story's
    // year: the story goes on from it as from a narrative step.
    let mut storied: Option<Range<usize>> = None;
    let mut events = anchor::EventDates::default();
    let filed = filed.or_else(|| filed_on(body)).filter(|f| {
        dct.is_none_or(|d| {
            d.precision == Precision::Day
                && *f < d.span.start
                && (d.span.start - *f).num_days() <= FILED_REACH
        })
    });
    // "SYDNEY, April 8 -" on a story dated April 7 in New York: its
    // relative expressions speak from the dateline's day.
    let filed = filed.or_else(|| {
        let d = dct.filter(|d| d.precision == Precision::Day)?;
        crate::input::published::dateline_day(body, d.span.start)
            .filter(|f| *f != d.span.start)
    });
    let filed = filed.map(|f| {
        dct_from(&crate::date::PartialDate {
            year: chrono::Datelike::year(&f),
            month: Some(chrono::Datelike::month(&f)),
            day: Some(chrono::Datelike::day(&f)),
        })
    });
    let dct = filed.as_ref().or(dct);
    // A DCT known to the month or the day: a written weekday may move a
    // date's year.
    let dated = dct.is_some_and(|d| d.precision <= Precision::Month);
    // The quarter a business story reports on: the first completed one it
    // names (within QUARTER_REACH sentences). "A year ago" and "the
    // year-earlier period" near it mean that quarter a year before; "the
    // quarter" means that quarter.
    let mut quarter: Option<(usize, Resolved)> = None;
    // The last quarter the text named, year written or not, and in which
    // sentence: "growing into the first quarter of 1987 ... results for
    // the quarter will slip" means that one.
    let mut spoken: Option<(usize, Resolved)> = None;
    // Whether the story reports a game, read once when needed.
    let game = std::cell::OnceCell::new();
    // Whether the story writes slashed dates day first ("25/12/2016").
    let day_first = std::cell::OnceCell::new();
    for (i, s) in sentences.iter().enumerate() {
        let flat = crate::text::flat_breaks(s.text(body));
        let text: &str = &flat;
        let first = out.len();
        // "Separately, Globex reported …": another company's report, with
        // its own quarter.
        if new_subject(text) {
            quarter = None;
        }
        // The tense of the sentence's last date that had one: "would
        // leave on March 30, with the third departing from August 6".
        let mut sentence_tense = None;
        // The sentence's last month of an act in the simple past: "sold
        // wheat in April, May and June" are all behind.
        let mut done: Option<Range<usize>> = None;
        let mut scanned = match pre {
            Some(p) => p[i].clone(),
            None => scan(text),
        };
        if scanned.iter().any(|t| text[t.span.clone()].contains('/'))
            && *day_first.get_or_init(|| scan::slashes_day_first(body))
        {
            for t in &mut scanned {
                scan::read_day_first(text, t);
            }
        }
        // "In the first half he shot wide": a game's half in a match
        // report, unless the sentence speaks of a year's business.
        if scanned.iter().any(|t| scan::bare_half_or_quarter(&t.expr))
            && match *game.get_or_init(|| scan::game_words(body)) {
                0 => false,
                1 => scan::plays_in(text),
                _ => true,
            }
            && !crate::text::has_any_word(
                text,
                &["year", "fiscal", "profit", "profits", "sales", "revenue"],
            )
        {
            scanned.retain(|t| !scan::bare_half_or_quarter(&t.expr));
        }
        // A list's own year first: "in March 1995 and in April, August
        // and December last year" are last year's Aprils and Augusts.
        share_list_years(text, &mut scanned);
        share_years(text, &mut scanned);
        of_the_named_year(text, &mut scanned);
        set_at_clock(text, &mut scanned);
        event_year(text, &mut scanned);
        day_range_year(text, &mut scanned);
        period_end_year(text, &mut scanned);
        for mut t in scanned {
            habitual(text, &mut t);
            let tense = if needs_tense(&t.expr) {
                // "Qtr ends Jan 31" over a table of figures ("Shr 12 cts
                // vs 9 cts"): the period a results table reports is over.
                let found =
                    if heads_results_table(&body[s.span.start + t.span.end..])
                    {
                        Some(Tense::Past)
                    } else {
                        tense_at(text, t.span.start, t.span.end)
                    };
                let own = match found {
                    Some(Tense::Scheduled) => Some(Tense::Future),
                    other => other,
                };
                // "would earn $7 in the first quarter, against $4 in the
                // same quarter a year ago, and $9 in the second quarter":
                // the tense of a comparison's past is not the sentence's.
                // A schedule is its own date's ("is meeting her on
                // Thursday, the third meeting since the bid in December").
                if own.is_some()
                    && found != Some(Tense::Scheduled)
                    && !comparison_base(&t.expr, &text[..t.span.start])
                {
                    sentence_tense = own;
                }
                own.or(sentence_tense)
            } else {
                None
            };
            // "Easter sales were strong", "due to a late Easter", "said
            // Easter is on April 19": a holiday named for what belongs to
            // it is the nearest one, whatever the past of the clause.
            let tense = match (&t.expr, tense) {
                (TimeExpr::Holiday { year: None, .. }, Some(Tense::Past))
                    if !holiday_is_when(
                        &text[..t.span.start],
                        &text[t.span.end..],
                    ) =>
                {
                    None
                }
                // "this week" told on a Sunday looks ahead with its verb
                // (`resolve`); its tense does not carry to other dates.
                (
                    TimeExpr::Shift {
                        unit: Unit::Week,
                        by: 0,
                        narrative: false,
                        ..
                    },
                    None,
                ) => match tense_at(text, t.span.start, t.span.end) {
                    Some(Tense::Scheduled | Tense::Future) => {
                        Some(Tense::Future)
                    }
                    _ => None,
                },
                (
                    TimeExpr::Calendar {
                        year: None,
                        month: Some(_),
                        day: None,
                        ..
                    },
                    Some(Tense::Past),
                ) if done_in_month(text, t.span.start)
                    || done
                        .as_ref()
                        .and_then(|d| gap(text, d, &t.span))
                        .is_some_and(|g| {
                            matches!(g, "," | "and" | "or" | ", and" | ", or")
                        }) =>
                {
                    Some(Tense::Done)
                }
                // "took over on July 1", "was fired on May 3": the day of
                // an act told in the past is behind the DCT.
                (
                    TimeExpr::Calendar {
                        year: None,
                        month: Some(_),
                        day: Some(_),
                        shift: None,
                        ..
                    },
                    Some(Tense::Past),
                ) if done_on_day(text, t.span.start) => Some(Tense::Done),
                // "In April, it opened its first store", "On May 3,
                // prices fell": a date that opens its sentence is when the
                // past act after its comma happened, behind the DCT.
                (
                    TimeExpr::Calendar {
                        year: None,
                        month: Some(_),
                        shift: None,
                        ..
                    },
                    Some(Tense::Past),
                ) if opens_past_clause(
                    &text[..t.span.start],
                    &text[t.span.end..],
                ) =>
                {
                    Some(Tense::Done)
                }
                // "The offer ran until March 3": what went on until a
                // date told in the past ended by then.
                (
                    TimeExpr::Calendar {
                        year: None,
                        month: Some(_),
                        shift: None,
                        ..
                    },
                    Some(Tense::Past),
                ) if lasted_until(text, t.span.start) => Some(Tense::Done),
                (_, tense) => tense,
            };
            if tense == Some(Tense::Done) {
                done = Some(t.span.clone());
            }
            // "up from $2 a year earlier": a comparison with the period a
            // year before the one reported, not a year before the last
            // date the story told; unless the sentence has just named its
            // year ("at year-end 1986, from $2 a year earlier").
            if let TimeExpr::Offset {
                unit: Unit::Year,
                direction: Direction::Before,
                narrative,
                ..
            } = &mut t.expr
            {
                if comparative(&text[..t.span.start])
                    && !out[first..].iter().any(|p: &Tagged| {
                        names_its_year(&p.timex.expr)
                            && !index_base(body, &p.timex.span)
                    })
                {
                    *narrative = false;
                }
            }
            // "six days before the bombing": a date when the story dated
            // the bombing.
            let on_event = match &t.expr {
                TimeExpr::Duration(v) => events.shift(v, &text[t.span.end..]),
                _ => None,
            };
            if on_event.is_some() {
                t.kind = TimexType::Date;
            }
            // "the day before Tuesday's hearing": a day next to a named
            // one.
            let next_to = day_next_to(&text[..t.span.start], &t);
            if let Some((len, _)) = next_to {
                t.widen(len, 0);
            }
            // "the evening of March 3".
            let daypart = part_of_day(&text[..t.span.start], &t);
            if let Some((len, _)) = daypart {
                t.widen(len, 0);
            }
            // "the week of May 8", "Easter week".
            let week = week_of_day(text, &t);
            if let Some((before, after)) = week {
                t.widen(before, after);
            }
            // "Memorial Day weekend", "the weekend of June 10".
            let weekend = weekend_of_day(text, &t);
            if let Some((before, after)) = weekend {
                t.widen(before, after);
            }
            // "by the end of the first quarter": a part of a period.
            let part = period_part(&text[..t.span.start], &t);
            if let Some((len, _)) = part {
                t.widen(len, 0);
            }
            // "the last day of the quarter", "the first week of March".
            let edge = period_edge(&text[..t.span.start], &t);
            if let Some((len, _)) = edge {
                t.widen(len, 0);
            }
            t.span = t.span.start + s.span.start..t.span.end + s.span.start;
            t.signal_start += s.span.start;
            // A span grown back over words the scanner tagged on their own
            // ("the last few months" before "of 2004") replaces them.
            while out[first..]
                .last()
                .is_some_and(|p: &Tagged| p.timex.span.end > t.span.start)
            {
                out.pop();
            }
            // "will grow over the next year", "is expected within the
            // next month": a stretch ahead of the time of telling, not a
            // step from the last date told (two such in a row are not two
            // years apart).
            if let TimeExpr::Shift {
                unit: Unit::Week | Unit::Month | Unit::Year,
                by: 1,
                narrative: narrative @ true,
                part: None,
            } = &mut t.expr
            {
                let (from, to) =
                    (t.span.start - s.span.start, t.span.end - s.span.start);
                let stretch = [
                    ("within ", ()),
                    ("over ", ()),
                    ("during ", ()),
                    ("in ", ()),
                    ("for ", ()),
                ];
                if body[t.span.clone()]
                    .get(..9)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the next "))
                    && cue_before(&body[..t.span.start], &stretch).is_some()
                    && matches!(
                        tense_at(text, from, to),
                        Some(Tense::Future | Tense::Scheduled)
                    )
                {
                    *narrative = false;
                }
            }
            let apposed =
                matches!(t.expr, TimeExpr::Offset { narrative: true, .. })
                    && out.last().is_some_and(|p: &Tagged| {
                        p.sentence == i
                            && p.timex.span.end <= t.span.start
                            && body[p.timex.span.end..t.span.start] == *", "
                            && reference.as_ref().is_some_and(|r| {
                                r.anchor
                                    == Anchor::Narrative(p.timex.span.clone())
                            })
                    });
            let against = if apposed {
                earlier_reference.as_ref()
            } else {
                that_time(
                    &t.expr,
                    reference.as_ref(),
                    since_reference.as_ref(),
                )
            };
            // "The band first played there in 1971. … will go on sale the
            // following week": told ahead, a narrative step does not start
            // from a date already behind the DCT.
            // ("would retire two years later" may be told from then.)
            let against = against.filter(|r| {
                let (from, to) =
                    (t.span.start - s.span.start, t.span.end - s.span.start);
                let narrative = matches!(
                    t.expr,
                    TimeExpr::Shift { narrative: true, .. }
                        | TimeExpr::Offset { narrative: true, .. }
                );
                !narrative
                    || dct.is_none_or(|d| r.span.end >= d.span.start)
                    || !plainly_ahead(&text[..from])
                    || tense_at(text, from, to) != Some(Tense::Future)
            });
            // "profit for the quarter ... announced earlier in the week.
            // During the same quarter": the quarter just named, not the
            // one the story's time falls in.
            let same_quarter = matches!(
                t.expr,
                TimeExpr::Shift {
                    unit: Unit::Quarter,
                    by: 0,
                    narrative: true,
                    ..
                }
            );
            let against = if same_quarter {
                spoken
                    .as_ref()
                    .filter(|(si, _)| si + 2 >= i)
                    .or(quarter
                        .as_ref()
                        .filter(|(qi, _)| qi + QUARTER_REACH >= i))
                    .map(|(_, q)| q)
                    .or(against)
            } else {
                against
            };
            short_year_century(&body[t.span.clone()], &mut t.expr, dct);
            split_year_month(
                &body[..t.span.start],
                &body[t.span.end..],
                &mut t.expr,
            );
            if story_year(
                &mut t.expr,
                &text[..t.span.start - s.span.start],
                against,
                tense,
                dct,
                (&out, i),
                &storied,
            ) || frames_story(
                &t.expr,
                text,
                t.span.start - s.span.start..t.span.end - s.span.start,
                tense,
                dct,
            ) {
                storied = Some(t.span.clone());
            }
            let mut resolved =
                on_event.or_else(|| resolve(&t, dct, against, tense));
            if tense == Some(Tense::Future) {
                let (from, to) =
                    (t.span.start - s.span.start, t.span.end - s.span.start);
                just_over(
                    &t,
                    (&text[..from], &text[to..]),
                    &mut resolved,
                    dct,
                );
            }
            // "on Dec. 18, a Wednesday": a weekday set beside a day that
            // falls on it names that day.
            if let TimeExpr::Weekday {
                day: wd,
                shift: None,
                daypart: None,
                ..
            } = t.expr
            {
                let beside = out[first..].last().filter(|p: &&Tagged| {
                    p.timex.span.end <= t.span.start
                        && body[p.timex.span.end..t.span.start]
                            .eq_ignore_ascii_case(", a ")
                });
                if let Some(r) =
                    beside.and_then(|p| p.resolved.as_ref()).filter(|r| {
                        r.precision == Precision::Day
                            && r.span.len_days() == 1
                            && chrono::Datelike::weekday(&r.span.start)
                                .num_days_from_monday()
                                == wd
                    })
                {
                    resolved = Some(r.clone());
                }
            }
            if let (Some(_), Some(r)) = (week, &mut resolved) {
                *r = resolve::unit_of(r, r.span.start, Unit::Week);
            }
            if let (Some(_), Some(r)) = (weekend, &mut resolved) {
                *r = resolve::weekend_of(r);
            }
            if let (Some((_, p)), Some(r)) = (part, &mut resolved) {
                let (span, modifier, display) =
                    resolve::apply_part(r.span, Some(p), &r.display);
                *r = Resolved {
                    span,
                    modifier,
                    display,
                    // ("late Tuesday" is still all of that day, and sure.)
                    approximate: r.approximate || r.span.len_days() > 1,
                    ..r.clone()
                };
            }
            // "sold $12 million in 1986 and expects a loss for the year":
            // the year the sentence has named, not the DCT's.
            // ("a loss of $80 million for the year" is the year
            // reported on, the same.)
            let this_year = match t.expr {
                TimeExpr::Shift {
                    unit: Unit::Year,
                    by: 0,
                    narrative: false,
                    part,
                } => Some(part),
                _ if t.expr == scan::REPORTED_YEAR => Some(None),
                _ => None,
            };
            if let Some(part) = this_year {
                // ("... in the first quarter of 2023 and for the full
                // year": 2023's.)
                let said = body[t.span.clone()].to_ascii_lowercase();
                let the_year = ["the year", "the full year", "the whole year"]
                    .iter()
                    .any(|w| said.ends_with(w));
                let named = the_year
                    .then(|| year_named_before(body, &out[first..]))
                    .flatten()
                    .filter(|(y, _)| {
                        resolved.as_ref().is_none_or(|r| {
                            chrono::Datelike::year(&r.span.start) != *y
                        })
                    });
                if let Some((year, by)) = named {
                    let named_year = Timex {
                        expr: TimeExpr::Calendar {
                            year: Some(year),
                            month: None,
                            day: None,
                            shift: None,
                            part,
                            approx: false,
                        },
                        ..t.clone()
                    };
                    // (Anchored to the year named.)
                    resolved =
                        resolve(&named_year, dct, None, tense).map(|r| {
                            Resolved { anchor: Anchor::Narrative(by), ..r }
                        });
                }
            }
            // "said on Sunday that talks would resume on Monday": the
            // Monday after that Sunday, not after the DCT.
            if let (
                TimeExpr::Weekday {
                    day,
                    shift: None,
                    narrative: false,
                    daypart: None,
                },
                Some(r),
                Some(p),
            ) = (&t.expr, &mut resolved, out.last())
            {
                if let Some(d) = future_in_past(body, p, i, t.span.start, *day)
                {
                    *r = resolve::unit_of(r, d, Unit::Day);
                }
            }
            // "on Tuesday, 14 June": of the nearest years, the one whose
            // 14 June is a Tuesday (a DCT known only to its year keeps
            // its year: `dated`); "at midnight on Tuesday 9 November"
            // likewise, keeping its clock.
            let written_day = match &t.expr {
                TimeExpr::ClockOn { day, .. } => day.as_ref(),
                e => e,
            };
            if let (
                TimeExpr::Calendar {
                    year: None,
                    month: Some(_),
                    day: Some(_),
                    shift: None,
                    ..
                },
                Some(r),
            ) = (written_day, &mut resolved)
            {
                // (After a clock, or before it: "at noon on Tuesday 9 May".)
                let weekday = body[t.span.clone()]
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .find_map(scan::written_weekday);
                if let Some(wd) = weekday.filter(|_| dated) {
                    let d = r.span.start;
                    let on = |d: chrono::NaiveDate| {
                        chrono::Datelike::weekday(&d).num_days_from_monday()
                            == wd
                    };
                    if r.precision == Precision::Day && !on(d) {
                        let other = [12, -12]
                            .into_iter()
                            .map(|m| crate::date::add_months(d, m))
                            .find(|c| {
                                on(*c)
                                    && chrono::Datelike::day(c)
                                        == chrono::Datelike::day(&d)
                            });
                        if let Some(c) = other {
                            let clock = r
                                .value
                                .find('T')
                                .map(|at| r.value[at..].to_string());
                            *r = resolve::unit_of(r, c, Unit::Day);
                            if let Some(clock) = clock {
                                r.value = format!("{c}{clock}");
                            }
                        }
                    }
                }
            }
            // An afternoon or evening keeps its code, as "Friday evening".
            if let (Some((_, code)), Some(r)) = (daypart, &mut resolved) {
                if r.precision == Precision::Day && r.span.len_days() == 1 {
                    r.value = format!("{}T{code}", r.span.start);
                    t.kind = TimexType::Time;
                }
            }
            if let (Some((_, by)), Some(r)) = (next_to, &mut resolved) {
                let d = crate::date::add_days(r.span.start, by);
                *r = resolve::unit_of(r, d, Unit::Day);
            }
            // "For the nine months, … a year earlier": the comparison is
            // with that longer period, not the quarter.
            let longer = matches!(t.expr, TimeExpr::Offset { .. })
                && out[first..]
                    .iter()
                    .any(|p: &Tagged| longer_period(&p.value));
            // "sees a 7 cts profit for the first quarter, against 4 cts in
            // the same quarter a year ago": the quarter the sentence has
            // just named, reported or not, else the one the story reports.
            // Not one itself counted back ("after the previous quarter,
            // and under the same period a year earlier").
            // (Only "a year ago" and the "same"/"year-ago" periods ask.)
            let asks = matches!(
                t.expr,
                TimeExpr::Offset { unit: Unit::Year, .. }
                    | TimeExpr::Reported { .. }
            );
            let named_here = if !asks {
                None
            } else {
                out[first..].iter().rev().find_map(|p| {
                    // ("at the end of this quarter, against $512 million a
                    // year earlier" compares with this quarter.)
                    let this_one = matches!(
                        p.timex.expr,
                        TimeExpr::Shift { by: 0, narrative: false, .. }
                    ) && crate::text::has_any_word(
                        &body[p.timex.span.clone()],
                        &["this", "current"],
                    );
                    let counted_back = !this_one
                        && matches!(
                            p.timex.expr,
                            TimeExpr::Shift { .. }
                                | TimeExpr::Offset { .. }
                                | TimeExpr::Reported { years_back: 1.., .. }
                        );
                    p.resolved
                        .as_ref()
                        .filter(|r| r.precision == Precision::Quarter)
                        .filter(|_| !p.timex.in_name && !counted_back)
                        .filter(|_| {
                            !body[p.timex.span.clone()]
                                .to_ascii_lowercase()
                                .contains("fiscal")
                        })
                })
            };
            // "grew 4 pct in April/June 2003 against 6 pct a year
            // earlier", "3.1 billion for 2002/03, 2.9 billion the
            // year before": a year before the months or year
            // the sentence names, not the story's quarter.
            let own_period = matches!(t.expr, TimeExpr::Offset { .. })
                && out[first..].iter().any(|p| {
                    p.resolved.as_ref().is_some_and(|r| {
                        matches!(
                            r.precision,
                            Precision::Year | Precision::Month
                        )
                    })
                });
            let story = quarter
                .as_ref()
                .filter(|(qi, _)| qi + QUARTER_REACH >= i && !own_period)
                .map(|(_, q)| q);
            // A bare "the quarter" in a story with no quarter of its own
            // is the one named in this sentence or the two before.
            let bare = matches!(
                t.expr,
                TimeExpr::Reported {
                    unit: Unit::Quarter,
                    years_back: 0,
                    n: None,
                    year: None,
                    latest: false,
                }
            );
            let just_named = spoken
                .as_ref()
                .filter(|(si, _)| bare && story.is_none() && si + 2 >= i)
                .map(|(_, q)| q);
            let context =
                named_here.or(story).or(just_named).filter(|_| !longer);
            // "the quarter" then keeps that quarter spoken of.
            let follows_spoken =
                named_here.is_none() && just_named.is_some() && !longer;
            if let (Some(r), Some(q)) = (&mut resolved, context) {
                // "at the end of the quarter" is the story's quarter too
                // ("at the end of this quarter" is the DCT's).
                let shifted = match t.expr {
                    TimeExpr::Shift {
                        unit: Unit::Quarter,
                        by: 0,
                        narrative: false,
                        part: Some(p),
                    } if !crate::text::has_any_word(
                        &body[t.span.clone()],
                        &["this", "current"],
                    ) =>
                    {
                        Some(p)
                    }
                    _ => None,
                };
                let expr = match shifted {
                    Some(_) => &REPORTED_QUARTER,
                    None => &t.expr,
                };
                if let Some(v) = in_reported_quarter(expr, q) {
                    // A part of it keeps its part ("by the end of the
                    // first quarter").
                    let (span, modifier, display) = match part
                        .map(|(_, p)| p)
                        .or(shifted)
                    {
                        Some(p) => {
                            resolve::apply_part(v.span, Some(p), &v.display)
                        }
                        None => (v.span, v.modifier, v.display.clone()),
                    };
                    *r = Resolved {
                        approximate: r.approximate,
                        anchor: r.anchor.clone(),
                        span,
                        modifier,
                        display,
                        ..v
                    };
                }
            }
            // "sees third quarter, ending March 31, revenue near the second
            // quarter's": when the story has named a firm's
            // quarter (its months not the calendar's), a quarter named by
            // its number alone is another of the firm's.
            if let (
                Some(r),
                &TimeExpr::Period {
                    precision: Precision::Quarter,
                    n,
                    year: None,
                    shift: None,
                },
            ) = (&mut resolved, &t.expr)
            {
                let firm = out
                    .iter()
                    .rev()
                    .take_while(|p| p.sentence + QUARTER_REACH >= i)
                    // (The firm's own, not one counted back from it.)
                    .filter(|p| {
                        !p.timex.in_name
                            && matches!(
                                p.timex.expr,
                                TimeExpr::Period {
                                    year: None,
                                    shift: None,
                                    ..
                                } | TimeExpr::Reported {
                                    years_back: 0,
                                    year: None,
                                    ..
                                }
                            )
                    })
                    .filter_map(|p| p.resolved.as_ref())
                    .find(|q| firms_quarter(q));
                // (One already valued as the firm's keeps the calendar's
                // months, unless the firm's are wholly before them; nor is
                // one moved in a sentence that names its year: "In 1986,
                // the firm lost money in its third quarter".)
                let year_named = || {
                    out[first..].iter().any(|p| {
                        p.resolved
                            .as_ref()
                            .is_some_and(|r| r.precision == Precision::Year)
                    })
                };
                let v = firm
                    .filter(|_| !year_named())
                    .and_then(|q| firms_other_quarter(q, n))
                    .filter(|v| {
                        v.value != r.value || v.span.end < r.span.start
                    });
                if let Some(v) = v {
                    *r = Resolved {
                        approximate: r.approximate,
                        anchor: r.anchor.clone(),
                        ..v
                    };
                }
            }
            // "bookings fell during February, to 2.0 mln, from 2.2 mln over
            // the same period last year": the month the sentence named, a
            // year back, when it named no quarter.
            // "from March 2 to March 24, against 600 tonnes in the same
            // 1986 period": the month of the days named, in that year.
            if let (
                Some(r),
                None,
                TimeExpr::Reported {
                    unit: Unit::Quarter,
                    years_back,
                    n: None,
                    year,
                    ..
                },
            ) = (&mut resolved, named_here, &t.expr)
            {
                use chrono::Datelike;
                // One month, written without a year: not a range ("from
                // January to March") nor "acquired in August 1985"; or else
                // the days of one month ("from March 2 to March 24",
                // "the March 11-20 period", "the four weeks ended March 9";
                // not a dateline).
                let named = |precision: Precision| {
                    named_without_year(&out[first..], body, precision)
                };
                let of_month =
                    |r: &Resolved| (r.span.start.year(), r.span.start.month());
                // "the 40 weeks ended March 7", "the nine months to 30
                // November": a longer stretch ends on the day.
                let long = out[first..].iter().any(|p| {
                    p.timex.kind == TimexType::Duration
                        && longer_than_a_month(&p.value)
                        || p.resolved
                            .as_ref()
                            .is_some_and(|r| r.precision == Precision::Year)
                });
                let (month, by_days) = match named(Precision::Month)[..] {
                    [m] => (Some(m), false),
                    [] if long => (None, false),
                    [] => match named(Precision::Day)[..] {
                        [d, ref rest @ ..]
                            if rest
                                .iter()
                                .all(|o| of_month(o) == of_month(d)) =>
                        {
                            (Some(d), true)
                        }
                        _ => (None, false),
                    },
                    _ => (None, false),
                };
                let back = match year {
                    Some(y) if by_days => {
                        month.map_or(0, |m| m.span.start.year() - y)
                    }
                    Some(_) => 0,
                    None => *years_back,
                };
                let period = body[t.span.clone()].to_ascii_lowercase();
                if let (Some(m), true, true) =
                    (month, period.contains("period"), back >= 1)
                {
                    let d = crate::date::add_months(
                        crate::date::ymd(
                            m.span.start.year(),
                            m.span.start.month(),
                            1,
                        ),
                        -12 * back,
                    );
                    *r = Resolved {
                        approximate: r.approximate,
                        anchor: r.anchor.clone(),
                        ..resolve::unit_of(m, d, Unit::Month)
                    };
                }
            }
            // "In January, the deficit narrowed 3.2% on a year ago": the month
            // the sentence named, a year back, when it named no quarter.
            if let (
                Some(r),
                None,
                TimeExpr::Offset {
                    unit: Unit::Year,
                    direction: Direction::Before,
                    amount: Amount { lo: 1, hi: 1, .. },
                    narrative: false,
                },
            ) = (&mut resolved, named_here, &t.expr)
            {
                if let [m] = named_without_year(
                    &out[first..],
                    body,
                    Precision::Month,
                )[..]
                {
                    let d = crate::date::add_months(m.span.start, -12);
                    *r = Resolved {
                        approximate: r.approximate,
                        anchor: r.anchor.clone(),
                        ..resolve::unit_of(m, d, Unit::Month)
                    };
                }
            }
            // "Over the ensuing decades ... During the same period,
            // feminism rose": with no quarter, month or longer period
            // named before it, "the same period" is the one just spoken
            // of, not a quarter a year back.
            if context.is_none()
                && !longer
                && matches!(
                    t.expr,
                    TimeExpr::Reported {
                        n: None,
                        year: None,
                        latest: false,
                        ..
                    }
                )
                && resolved
                    .as_ref()
                    .is_some_and(|r| r.precision == Precision::Quarter)
                && matches!(
                    body[t.span.clone()].to_ascii_lowercase().as_str(),
                    "the same period"
                        | "the comparable period"
                        | "the corresponding period"
                )
            {
                resolved = None;
            }
            // "1986 net income fell to $2 million from year-ago $3 million":
            // a comparison with the year before the one the sentence names
            // (when it names no quarter); so is "a 1986 profit of $64
            // million against a loss in the year-earlier period" ("imports
            // last year ... in the same period" is that year).
            let period_back = matches!(
                t.expr,
                TimeExpr::Reported { years_back: 1, n: None, year: None, .. }
            ) && {
                let said = body[t.span.clone()].to_ascii_lowercase();
                said.ends_with("period") && said.contains("year")
            };
            let year_back = period_back
                || matches!(
                    t.expr,
                    TimeExpr::Offset {
                        unit: Unit::Year,
                        direction: Direction::Before,
                        amount: Amount { lo: 1, hi: 1, .. },
                        ..
                    }
                );
            if let (Some(r), true) = (&mut resolved, year_back) {
                let said = &out[first..];
                let year = said.iter().rev().find_map(|p| {
                    p.resolved
                        .as_ref()
                        .filter(|y| y.precision == Precision::Year)
                        .filter(|_| {
                            p.timex.signal != Some(Signal::Since)
                                && !index_base(body, &p.timex.span)
                        })?;
                    let y: i32 = p.value.parse().ok()?;
                    Some(crate::date::ymd(y, 1, 1))
                });
                let quarters = said.iter().any(|p| p.value.contains("-Q"));
                let compares = period_back
                    || body[t.span.clone()].contains('-')
                    || comparative(&body[s.span.start..t.span.start]);
                if let (Some(y), false, true) = (year, quarters, compares) {
                    let before = crate::date::add_days(y, -1);
                    *r = resolve::unit_of(r, before, Unit::Year);
                }
            }
            // Remember quarters the text names, not ones shifted back.
            // Only a quarter named without a year is the one reported on
            // ("third-quarter profit"); "the third quarter of 2020" is a
            // forecast or a comparison.
            let named = matches!(
                &t.expr,
                TimeExpr::Period {
                    precision: Precision::Quarter,
                    year: None,
                    ..
                } | TimeExpr::Reported { years_back: 0, year: None, .. }
            );
            // Only a quarter, not in a name, can be the story's or the one
            // spoken of.
            if let Some(r) = resolved
                .as_ref()
                .filter(|r| r.precision == Precision::Quarter && !t.in_name)
            {
                // A quarter still running is a forecast, not a report.
                // The first one a story names is its subject; later ones
                // are comparisons.
                // A fiscal quarter may be reported while the calendar one
                // still runs ("reported fourth-quarter profit" in
                // November).
                let completed = dct.is_none_or(|d| r.span.end < d.span.start)
                    || tense == Some(Tense::Past)
                    // The one ending within the month, when none is yet:
                    // "expects first-quarter revenue to rise" told on 30
                    // March, then "growth ... during the quarter". (Not
                    // "sees weakness lasting into the fourth quarter" told
                    // in October.)
                    || quarter.is_none()
                        && dct.is_some_and(|d| {
                            r.span.start <= d.span.start
                                && d.span.start <= r.span.end
                                && r.span.end
                                    <= crate::date::add_days(d.span.start, 31)
                        });
                let fresh = quarter
                    .as_ref()
                    .is_none_or(|(qi, _)| qi + QUARTER_REACH < i);
                // Whether no whole quarter lies between its end and the
                // DCT.
                let last_over = dct.is_none_or(|d| {
                    crate::date::add_months(r.span.end, 3) >= d.span.start
                });
                // "Its second quarter last year brought ...", told
                // in March: a comparison, since a later quarter is over.
                // (In March "the fourth quarter last year" is the latest.)
                let latest = last_over
                    || !matches!(
                        t.expr,
                        TimeExpr::Period { shift: Some(..=-1), .. }
                    );
                if named && completed && fresh && latest {
                    quarter = Some((i, r.clone()));
                }
                // (Not one a comparison names, a year back: "net fell from
                // the second quarter of 1986", told in 1987; nor one more
                // than a quarter ahead.)
                let recent = last_over
                    && dct.is_none_or(|d| {
                        r.span.start
                            <= crate::date::add_months(d.span.start, 3)
                    });
                if recent
                    && (matches!(t.expr, TimeExpr::Period { .. })
                        || follows_spoken)
                {
                    spoken = Some((i, r.clone()));
                }
            }
            // "from June to August": the end of a range is not before its
            // start.
            if let (Some(r), Some(prev)) = (&mut resolved, out.last()) {
                range_after(body, prev, &t, r);
            }
            // "the quarter ended Sept. 30": the quarter that day ends, and
            // the one the story reports on.
            if let (Some(r), Some(prev)) = (&mut resolved, out.last_mut()) {
                let sentence = &body[s.span.clone()];
                if quarter_ended(body, prev, &t, r, dct, sentence) {
                    if let Some(q) = &prev.resolved {
                        quarter = Some((i, q.clone()));
                        spoken = Some((i, q.clone()));
                    }
                }
            }
            if let (Some((_, edge)), Some(r)) = (edge, &mut resolved) {
                *r = edge.of(r);
            }
            // "the same month last year", "July 1 this year", "September
            // of that year": one expression with the one before. The
            // story's time, if that one was it, is then the merged day or
            // month; a comparison's month a year back is not the story's
            // time.
            if let Some(last) = out.last() {
                let was = Anchor::Narrative(last.timex.span.clone());
                let its_time =
                    reference.as_ref().is_some_and(|r| r.anchor == was);
                // "that year", "the same year", "the following year": a
                // year counted from the story's time before the one just
                // tagged.
                let year = match t.expr {
                    TimeExpr::Shift { narrative: true, by, unit, .. }
                        if by == 0 || unit == Unit::Year =>
                    {
                        let time = if its_time {
                            earlier_reference.as_ref()
                        } else {
                            reference.as_ref()
                        };
                        let time =
                            that_time(&t.expr, time, since_reference.as_ref());
                        narrative_year(&out[..out.len() - 1], i, time)
                            .map(|y| y + by)
                    }
                    _ => resolved
                        .as_ref()
                        .map(|r| chrono::Datelike::year(&r.span.start)),
                };
                // The story's time after the merge, when it was the last.
                let time = out.last_mut().and_then(|prev| {
                    if same_unit_year_back(body, prev, &t) {
                        Some(earlier_reference.clone())
                    } else if day_of_named_year(body, prev, &t, year, dct) {
                        Some(prev.resolved.clone().map(|r| Resolved {
                            anchor: Anchor::Narrative(prev.timex.span.clone()),
                            ..r
                        }))
                    } else {
                        None
                    }
                });
                if let Some(time) = time {
                    if its_time {
                        reference = time;
                    }
                    continue;
                }
            }
            let value = resolved
                .as_ref()
                .map(|r| r.value.clone())
                .unwrap_or_else(|| unresolved_value(&t.expr));
            // "higher than a year ago": a comparison does not move the
            // story's time; nor does "the same quarter a year ago", "the
            // year-ago period", always a comparison's ("earned $4 in
            // the same quarter a year ago, and $9 in the second quarter"
            // is this year's).
            let compared =
                comparison_base(&t.expr, &body[s.span.start..t.span.start]);
            if let Some(r) = &resolved {
                if r.anchors_narrative()
                    && !t.in_name
                    && !compared
                    // "the first time since 1925": a time counted from,
                    // not the one the story has reached ("until March 23
                    // ... the following day" does count from its bound).
                    && t.signal != Some(Signal::Since)
                {
                    let mut r = r.clone();
                    // Later expressions point at this one.
                    if r.anchor != Anchor::Absolute {
                        r.anchor = Anchor::Narrative(t.span.clone());
                    }
                    earlier_reference = reference.take();
                    reference = Some(Resolved {
                        anchor: Anchor::Narrative(t.span.clone()),
                        ..r
                    });
                } else if r.anchors_narrative()
                    && !t.in_name
                    && !compared
                    && t.signal == Some(Signal::Since)
                    && !record_since(&body[s.span.start..t.span.start])
                {
                    since_reference = Some(Resolved {
                        anchor: Anchor::Narrative(t.span.clone()),
                        ..r.clone()
                    });
                }
            }
            out.push(Tagged { timex: t, resolved, value, sentence: i });
        }
        // "in the weeks before the attack", "the day after the crash".
        if anchor::relates(text) {
            let mut found =
                if events.any() { events.around(text) } else { Vec::new() };
            // "Oct. 12, the day before the crash": the day is that date.
            for t in &out[first..] {
                let Some(r) = &t.resolved else { continue };
                let at = t.timex.span.end - s.span.start;
                let rest = text[at..].get(..", the day ".len());
                let apposed = rest
                    .is_some_and(|w| w.eq_ignore_ascii_case(", the day "))
                    && anchor::relation(&text[at + ", the day ".len()..])
                        .is_some();
                if apposed && r.precision == Precision::Day {
                    let start = at + ", ".len();
                    found.push((start..start + "the day".len(), r.clone()));
                }
            }
            let mut added = false;
            for (span, r) in found {
                let span = span.start + s.span.start..span.end + s.span.start;
                if out[first..].iter().any(|o| {
                    o.timex.span.start < span.end
                        && span.start < o.timex.span.end
                }) {
                    continue;
                }
                out.push(Tagged {
                    timex: Timex::date(span.clone(), anchor::expr_of(&r)),
                    value: r.value.clone(),
                    resolved: Some(r),
                    sentence: i,
                });
                added = true;
            }
            if added {
                out[first..].sort_by_key(|o| o.timex.span.start);
            }
        }
        clocks_on_their_day(body, &mut out, first, &events, text);
        events.note(text, s.span.start, &out[first..]);
    }
    out
}

/// A clock time without a day ("at 6 a.m.") falls on the day named right
/// after it ("at 6 a.m. ten days before the shooting", one expression
/// when only a space parts them), or else on the day of a dated event its
/// sentence names ("was shot at 10 p.m."). `first` is the index of the
/// sentence's first expression in `out`.
fn clocks_on_their_day(
    body: &str,
    out: &mut Vec<Tagged>,
    first: usize,
    events: &anchor::EventDates,
    sentence: &str,
) {
    let mut i = first;
    while i < out.len() {
        let TimeExpr::Clock { hour, minute } = out[i].timex.expr else {
            i += 1;
            continue;
        };
        let next_day = out.get(i + 1).and_then(|n| {
            let r = n.resolved.as_ref()?;
            let gap = &body[out[i].timex.span.end..n.timex.span.start];
            let close = gap.len() <= 30
                && !gap
                    .contains([',', ';', ':', '.', '(', ')', '"', '“', '”']);
            (close
                && r.precision == Precision::Day
                && n.timex.kind == TimexType::Date)
                .then(|| (r.clone(), gap == " "))
        });
        let day = match next_day {
            Some((r, true)) => {
                // One expression: "6 a.m. ten days before the murder".
                let n = out.remove(i + 1);
                out[i].timex.span.end = n.timex.span.end;
                Some(r)
            }
            Some((r, false)) => Some(r),
            None => events.in_sentence(sentence),
        };
        if let (Some(day), Some(r)) = (day, out[i].resolved.as_mut()) {
            if day.precision == Precision::Day {
                let d = day.span.start;
                r.value = format!("{d}T{hour:02}:{minute:02}");
                r.span = Span::day(d);
                r.display = crate::date::day_label(d);
                r.anchor = day.anchor.clone();
                out[i].value = r.value.clone();
            }
        }
        i += 1;
    }
}

/// How many days before its publication date a wire story's filing line
/// may date it.
const FILED_REACH: i64 = 366;

/// The day a wire story says it was filed, from its slug line: "NEWS STORY
/// 2019-01-07 03:03", "NEWS STORY 01/07/2019 03:03:00" or the AP footer
/// "AP-NY-01-07-19 0303". The first such line in the text counts.
pub fn filed_on(body: &str) -> Option<chrono::NaiveDate> {
    static FILED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(
        || {
            regex::Regex::new(
                r"NEWS STORY[ \t]+(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})/(\d{2})/(\d{4}))[ \t]+\d{2}:\d{2}|\bAP-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})[ \t]+\d{4}",
            )
            .expect("filing line pattern")
        },
    );
    let c = FILED.captures(body)?;
    let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (y, m, d) = if let Some(y) = n(1) {
        (y as i32, n(2)?, n(3)?)
    } else if let Some(y) = n(6) {
        (y as i32, n(4)?, n(5)?)
    } else {
        let yy = n(9)? as i32;
        (if yy >= 70 { 1900 + yy } else { 2000 + yy }, n(7)?, n(8)?)
    };
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// "the crash of '29" written in 1987 is 1929: a year cut to two digits
/// (`words` start with the apostrophe) is the latest one not long after
/// the DCT.
fn short_year_century(
    words: &str,
    expr: &mut TimeExpr,
    dct: Option<&Resolved>,
) {
    let (
        TimeExpr::Calendar { year: Some(y), month: None, day: None, .. },
        Some(d),
    ) = (expr, dct)
    else {
        return;
    };
    if !words.starts_with(['\'', '’']) {
        return;
    }
    let limit = chrono::Datelike::year(&d.span.end) + 5;
    while *y > limit {
        *y -= 100;
    }
    while *y + 100 <= limit {
        *y += 100;
    }
}

/// A year written across two ("1986/87", "1985-86"): its first year.
fn split_year(w: &str) -> Option<i32> {
    let (first, second) = w.split_once(['/', '-'])?;
    let (first, second) =
        (first.parse::<i32>().ok()?, second.parse::<i32>().ok()?);
    ((1000..=2999).contains(&first)
        && second < 100
        && second == (first + 1) % 100)
        .then_some(first)
}

/// The split year a phrase ends with, past the words that name its
/// kind ("the 1986/87 season", "fiscal 1987/88 crop").
fn split_year_before<'a>(
    mut words: impl Iterator<Item = &'a str>,
) -> Option<i32> {
    let pair = words.find(|w| {
        !matches!(
            w.to_ascii_lowercase().as_str(),
            "year" | "season" | "crop" | "fiscal" | "financial" | "marketing"
        )
    })?;
    split_year(pair.trim_start_matches('('))
}

/// The split year around a pair of months ("August/July"): after an
/// opening parenthesis just before the pair ("1985/86 (August/July)"),
/// or just after it ("April/January 1986/87", "the April/February period
/// of 1986/87").
fn pair_split_year(head: &str, tail: &str) -> Option<i32> {
    if let Some(head) = head.trim_end().strip_suffix('(') {
        return split_year_before(head.split_whitespace().rev());
    }
    let mut next = tail.split_whitespace();
    let mut w = next.next().unwrap_or("");
    if matches!(w, "period" | "season" | "year") {
        w = next.next().unwrap_or("");
        if matches!(w, "of" | "in") {
            w = next.next().unwrap_or("");
        }
    }
    split_year(w.trim_end_matches([',', '.', ')', ';']))
}

/// A month named just before a slash ("August/"): its number, and the
/// text before it.
fn month_before_slash(before: &str) -> Option<(u32, &str)> {
    let head = before.strip_suffix('/')?;
    let head = head.strip_suffix('.').unwrap_or(head);
    let at = head.len()
        - head.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    let word = &head[at..];
    if !scan::month_word_at(word) {
        return None;
    }
    Some((scan::month(word)?, &head[..at]))
}

/// A month of a year written across two:
/// - "a levy for fiscal 1987/88 ending Feb 29", "over the 1985/86 season
///   to August": the day that ends it lies in the later year;
/// - "in 1985/86 (August/July)", "the April/February period of 1986/87",
///   "Oct/Sept 1987/88": a pair of months spans it, the first in the
///   earlier year and the second the first such month after it.
fn split_year_month(before: &str, after: &str, expr: &mut TimeExpr) {
    // ("the next Oct/Sept 1987/88 season": the month the shift says.)
    let TimeExpr::Calendar { year, month: Some(m), shift: None, .. } = expr
    else {
        return;
    };
    let m = *m;
    match (*year, month_before_slash(before)) {
        // The second month of a pair: "(August/July)", "Oct/Sept 1987/88".
        (None, Some((m1, head))) => {
            if let Some(first) = pair_split_year(head, after) {
                *year = Some(first + i32::from(m <= m1));
            }
        }
        // ("Sept 1987/88": the year is the split year's first.)
        (Some(y), Some((m1, _))) => {
            let yy = after.strip_prefix('/').unwrap_or("");
            let yy = &yy[..yy.bytes().take_while(u8::is_ascii_digit).count()];
            if m <= m1
                && yy.len() == 2
                && yy.parse::<i32>().ok() == Some((y + 1) % 100)
            {
                *year = Some(y + 1);
            }
        }
        (None, None) => {
            let mut words = before.split_whitespace().rev();
            if let Some("ending" | "ended" | "to" | "through") = words.next() {
                if let Some(first) = split_year_before(words) {
                    *year = Some(first + 1);
                }
                return;
            }
            // The first month of a pair.
            let Some(rest) = after.strip_prefix('/') else { return };
            if !scan::month_word_at(rest) {
                return;
            }
            let rest =
                rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            if let Some(first) = pair_split_year(before, rest) {
                *year = Some(first);
            }
        }
        (Some(_), None) => {}
    }
}

/// "the afternoon of ", "the evening of " just before a named day: the
/// bytes to add to the expression and its TIMEX3 code (`AF`, `EV`).
fn part_of_day(before: &str, t: &Timex) -> Option<(usize, &'static str)> {
    let day = matches!(
        t.expr,
        TimeExpr::Weekday { daypart: None, .. }
            | TimeExpr::Calendar { day: Some(_), part: None, .. }
            | TimeExpr::Holiday { .. }
    );
    if !day || t.kind != TimexType::Date {
        return None;
    }
    // "the night of Oct. 23": news TimeML tags the day alone, as it
    // normalizes "Friday night" to the day.
    cue_before(
        before,
        &[("the afternoon of ", "AF"), ("the evening of ", "EV")],
    )
}

/// "the day before" or "the day after" just before a named day: the
/// bytes to add to the expression and the days to move it.
fn day_next_to(before: &str, t: &Timex) -> Option<(usize, i64)> {
    let named_day = matches!(
        t.expr,
        TimeExpr::Weekday { daypart: None, .. }
            | TimeExpr::Calendar { day: Some(_), part: None, .. }
            | TimeExpr::Holiday { .. }
            | TimeExpr::Today { by: -1 | 1, daypart: None }
    );
    if !named_day || t.kind != TimexType::Date {
        return None;
    }
    cue_before(
        before,
        &[("the day before ", -1), ("the day after ", 1), ("the eve of ", -1)],
    )
}

/// "the end of the first quarter", "the start of Q3", "the middle of the
/// second half", "the end of June", "the first half of May": the bytes to
/// add before a quarter, half, season or month and the part of it meant.
fn period_part(before: &str, t: &Timex) -> Option<(usize, Part)> {
    // "late Tuesday", "early yesterday": the end or start of a day; so
    // are "later today" and "earlier Tuesday" (not "hours later Tuesday",
    // a step from another time, nor "the week earlier Tuesday").
    if matches!(
        t.expr,
        TimeExpr::Weekday { daypart: None, .. }
            | TimeExpr::Today { daypart: None, .. }
    ) {
        let (len, part) = cue_before(
            before,
            &[
                ("late ", Part::Late),
                ("early ", Part::Early),
                ("later ", Part::Late),
                ("earlier ", Part::Early),
            ],
        )?;
        let (rest, cue) = before.split_at(before.len() - len);
        let comparative =
            ["later ", "earlier "].iter().any(|c| cue.eq_ignore_ascii_case(c));
        let prev = crate::text::last_word(rest.trim_end());
        let step = comparative
            && (unit_or_day(&prev)
                || matches!(
                    prev.strip_suffix('s').unwrap_or(&prev),
                    "hour" | "minute" | "second" | "moment" | "while"
                ));
        return (!step).then_some((len, part));
    }
    let period = matches!(
        t.expr,
        TimeExpr::Period { .. }
            | TimeExpr::Reported { unit: Unit::Quarter, .. }
            | TimeExpr::Calendar { month: Some(_), day: None, part: None, .. }
            | TimeExpr::MonthOfYear { .. }
            | TimeExpr::MonthOf { .. }
    );
    if !period {
        return None;
    }
    // The expression's own "the" ("the end of the first quarter") is in
    // its span already.
    cue_before(
        before,
        &[
            ("the end of ", Part::Late),
            ("the close of ", Part::Late),
            ("the beginning of ", Part::Early),
            ("the start of ", Part::Early),
            ("the middle of ", Part::Mid),
            ("the first half of ", Part::Early),
            ("the second half of ", Part::Late),
            ("the latter half of ", Part::Late),
            // "late in the second quarter", "early Q3", "mid-Q4".
            ("late in ", Part::Late),
            ("early in ", Part::Early),
            ("late ", Part::Late),
            ("early ", Part::Early),
            ("mid-", Part::Mid),
        ],
    )
}

/// The first of `cues` that the words before an expression end with, in
/// any case, with its length in bytes: "the end of " before "the first
/// quarter".
fn cue_before<T: Copy>(
    before: &str,
    cues: &[(&str, T)],
) -> Option<(usize, T)> {
    let longest = cues.iter().map(|(cue, _)| cue.len()).max()?;
    let lower = crate::text::tail(before, longest).to_ascii_lowercase();
    cues.iter()
        .find(|(cue, _)| lower.ends_with(cue))
        .map(|&(cue, v)| (cue.len(), v))
}

/// A stretch at one edge of a period: "the last day of the quarter", "the
/// first week of March", "the final days of 2017".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edge {
    /// The first (`true`) or last day of the period.
    Day(bool),
    /// The first or last seven days of the period.
    Week(bool),
    /// The second, third or fourth seven days of a month ("the third week
    /// of June" is 15 to 21 June).
    NthWeek(u32),
    /// The first or last month of a longer period.
    Month(bool),
    /// "the final days", "the first weeks": some stretch near an edge.
    Part(Part),
}

impl Edge {
    fn of(self, r: &Resolved) -> Resolved {
        let at = |first: bool| if first { r.span.start } else { r.span.end };
        match self {
            Edge::Day(first) => resolve::unit_of(r, at(first), Unit::Day),
            Edge::Month(first) if r.span.len_days() > 31 => {
                resolve::unit_of(r, at(first), Unit::Month)
            }
            Edge::Week(first) if r.span.len_days() > 7 => {
                let (start, end) = if first {
                    (r.span.start, crate::date::add_days(r.span.start, 6))
                } else {
                    (crate::date::add_days(r.span.end, -6), r.span.end)
                };
                let side = if first { "first" } else { "last" };
                Resolved {
                    span: Span::new(start, end),
                    modifier: Some(if first { "START" } else { "END" }),
                    display: format!("the {side} week of {}", r.display),
                    ..r.clone()
                }
            }
            Edge::NthWeek(n)
                if r.precision == Precision::Month
                    && r.span.len_days() >= 7 * n as i64 =>
            {
                let start =
                    crate::date::add_days(r.span.start, 7 * (n as i64 - 1));
                let ordinal = ["second", "third", "fourth"][n as usize - 2];
                Resolved {
                    span: Span::new(start, crate::date::add_days(start, 6)),
                    display: format!("the {ordinal} week of {}", r.display),
                    ..r.clone()
                }
            }
            Edge::Part(p) => {
                let (span, modifier, display) =
                    resolve::apply_part(r.span, Some(p), &r.display);
                Resolved { span, modifier, display, ..r.clone() }
            }
            _ => r.clone(),
        }
    }
}

/// "the last day of ", "the first week of ", "the final days of " before a
/// month, quarter, year or week: the bytes to add before the expression
/// and the edge of it meant.
fn period_edge(before: &str, t: &Timex) -> Option<(usize, Edge)> {
    let period = match &t.expr {
        TimeExpr::Calendar { day: None, part: None, .. }
        | TimeExpr::Period { .. }
        | TimeExpr::Reported { .. }
        | TimeExpr::MonthOfYear { .. }
        | TimeExpr::MonthOf { .. } => true,
        TimeExpr::Shift { unit, part: None, .. }
        | TimeExpr::Coming { unit, part: None } => matches!(
            unit,
            Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
        ),
        _ => false,
    };
    if !period || t.kind != TimexType::Date {
        return None;
    }
    let lower = crate::text::tail(before, 40).to_ascii_lowercase();
    let rest = lower.strip_suffix(" of ")?;
    let (rest, unit) = rest.rsplit_once(' ')?;
    let rest = if unit.ends_with('s') {
        rest.strip_suffix(" few").unwrap_or(rest)
    } else {
        rest
    };
    let (rest, side) = rest.rsplit_once(' ')?;
    if !(rest == "the" || rest.ends_with(" the")) {
        return None;
    }
    let nth = match side {
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    };
    if let (Some(n), "week") = (nth, unit) {
        let month = matches!(
            t.expr,
            TimeExpr::Calendar { month: Some(_), day: None, .. }
                | TimeExpr::MonthOfYear { .. }
                | TimeExpr::MonthOf { .. }
        );
        return month.then(|| {
            (lower.len() - (rest.len() - "the".len()), Edge::NthWeek(n))
        });
    }
    let first = match side {
        "first" | "opening" => true,
        "last" | "final" | "closing" => false,
        _ => return None,
    };
    let edge = match unit {
        "day" => Edge::Day(first),
        "week" => Edge::Week(first),
        "month" => Edge::Month(first),
        "days" | "weeks" | "months" => {
            Edge::Part(if first { Part::Early } else { Part::Late })
        }
        _ => return None,
    };
    Some((lower.len() - (rest.len() - "the".len()), edge))
}

/// "the week of" before a day, or "week" after a holiday: the bytes to
/// add before and after the expression to make it that day's week.
fn week_of_day(text: &str, t: &Timex) -> Option<(usize, usize)> {
    let before = &text[..t.span.start];
    let after = &text[t.span.end..];
    match t.expr {
        TimeExpr::Calendar { day: Some(_), part: None, .. } => {
            cue_before(before, &[("the week of ", 0)])
        }
        TimeExpr::Holiday { .. } => {
            let word = after.strip_prefix(" week")?;
            let ends =
                word.chars().next().is_none_or(|c| !c.is_alphanumeric());
            ends.then_some((0, " week".len()))
        }
        _ => None,
    }
}

/// "Memorial Day weekend", "the weekend of June 10": the bytes to add
/// before and after a holiday or a day to make it the weekend next to it.
fn weekend_of_day(text: &str, t: &Timex) -> Option<(usize, usize)> {
    match t.expr {
        TimeExpr::Holiday { .. } => {
            let word = text[t.span.end..].strip_prefix(" weekend")?;
            let ends =
                word.chars().next().is_none_or(|c| !c.is_alphanumeric());
            ends.then_some((0, " weekend".len()))
        }
        TimeExpr::Calendar { day: Some(_), part: None, .. } => {
            cue_before(&text[..t.span.start], &[("the weekend of ", 0)])
        }
        _ => None,
    }
}

/// The dates a sentence named with a month and no year, at `precision`
/// ("in February", "March 11"), not its dateline ("PARIS, April 1 - ").
fn named_without_year<'a>(
    said: &'a [Tagged],
    body: &str,
    precision: Precision,
) -> Vec<&'a Resolved> {
    said.iter()
        .filter(|p| {
            let after = &body[p.timex.span.end..];
            ![" - ", " – ", " — ", " -- "].iter().any(|d| after.starts_with(d))
        })
        .filter(|p| {
            matches!(
                p.timex.expr,
                TimeExpr::Calendar {
                    year: None,
                    month: Some(_),
                    shift: None,
                    ..
                }
            )
        })
        .filter_map(|p| p.resolved.as_ref())
        .filter(|m| m.precision == precision)
        .collect()
}

/// Whether the clause before an expression says "will", "shall", "won't"
/// or "is going to": ahead of the time of telling, not of a past one
/// ("would").
fn plainly_ahead(before: &str) -> bool {
    let near = crate::text::tail(before, 80);
    // ("Are not going to vanish in the next year or two"; "was going to"
    // may be told from then.)
    crate::text::has_any_word(near, &["will", "shall"])
        || [
            "won't",
            "won’t",
            "'ll ",
            "’ll ",
            "is going to",
            "are going to",
            "not going to",
        ]
        .iter()
        .any(|w| near.contains(w))
}

/// The last year the sentence has named before "the year" ("flat in 1986
/// until they picked up at the end of the year"), with its span: named by
/// a year, quarter or half, not by a day or month ("has gained since
/// September 1985 and may hit 30 by the end of the year"), and not the
/// year of a name ("under the Clean Water Act of 1986 the board will
/// review fees in the last quarters of the year") or a split year ("the
/// 1986/87 crops ... the end of the year"). `earlier` are the sentence's
/// expressions so far.
fn year_named_before(
    body: &str,
    earlier: &[Tagged],
) -> Option<(i32, Range<usize>)> {
    earlier.iter().rev().find_map(|p| {
        let r = p.resolved.as_ref()?;
        let year = chrono::Datelike::year(&r.span.start);
        (names_its_year(&p.timex.expr)
            && (Precision::Quarter..=Precision::Year).contains(&r.precision)
            && !in_a_name(body, &p.timex.span)
            && !body[p.timex.span.end..].starts_with('/')
            && chrono::Datelike::year(&r.span.end) == year)
            .then(|| (year, p.timex.span.clone()))
    })
}

/// Whether the year at `span` belongs to a name: "the 2003 World Cup",
/// "the Clean Water Act of 1986".
fn in_a_name(body: &str, span: &Range<usize>) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let before = &body[..span.start];
    let after = body[span.end..].strip_prefix(' ').unwrap_or("");
    capital(after)
        || before
            .strip_suffix(" of ")
            .is_some_and(|b| capital(b.rsplit(' ').next().unwrap_or("")))
}

/// A date written with its year ("year-end 1986", "May 5, 1986", "the
/// 1986 quarter").
fn names_its_year(expr: &TimeExpr) -> bool {
    matches!(
        expr,
        TimeExpr::Calendar { year: Some(_), .. }
            | TimeExpr::Period { year: Some(_), .. }
            | TimeExpr::Holiday { year: Some(_), .. }
    )
}

/// Whether an expression is what figures are compared with: "the same
/// quarter a year ago", "the year-ago period", or a period after words of
/// comparison ("up from $2 a year earlier"). Its time is not the story's.
fn comparison_base(expr: &TimeExpr, before: &str) -> bool {
    matches!(expr, TimeExpr::Reported { years_back: 1.., .. })
        || matches!(expr, TimeExpr::Offset { .. } | TimeExpr::Reported { .. })
            && comparative(before)
}

/// Whether the words before an expression compare figures ("up from $2",
/// "compared with 40%").
fn comparative(before: &str) -> bool {
    let near = crate::text::tail(before, 60).to_ascii_lowercase();
    near.contains('$')
        || near.contains('%')
        || near.contains("compared")
        || near.contains(" from ")
        || near.contains(" than ")
        || near.contains("cents")
}

/// Whether a year is an index's base or a unit of value, not a time
/// reported on: "(base 1980)", "1985=100", "the 1977 average", "in 1982
/// dollars".
fn index_base(body: &str, span: &Range<usize>) -> bool {
    let before = crate::text::last_word(body[..span.start].trim_end());
    let after = &body[span.end..];
    before == "base"
        || after.trim_start().starts_with('=')
        || matches!(
            crate::text::next_word(after).as_str(),
            "average" | "base" | "dollars" | "prices" | "constant"
        )
}

/// Whether a period is the one results are told for: "fourth-quarter
/// results", "first-half earnings", "results for the third quarter".
fn reports_results(before: &str, after: &str) -> bool {
    // (Not "sales": "second-half sales are expected to be stronger" is
    // a forecast.)
    const RESULTS: &[&str] = &[
        "results", "earnings", "profit", "profits", "loss", "losses",
        "figures", "numbers",
    ];
    let next = crate::text::next_word(after);
    let before = before.trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("its"))
        .unwrap_or(before)
        .trim_end();
    RESULTS.contains(&next.as_str())
        || before.ends_with(" for")
            && RESULTS.contains(
                &crate::text::last_word(&before[..before.len() - 4]).as_str(),
            )
}

/// "Will report fourth-quarter results on February 15", told in
/// January: the quarter whose results are still to come is the one just
/// over (ended within a quarter of the DCT), not the one ahead of the
/// same number. (Not a half: "second-half earnings should be stronger",
/// told in March, is the half ahead.) `(before, after)` is the text of
/// its sentence around the expression.
fn just_over(
    t: &Timex,
    (before, after): (&str, &str),
    resolved: &mut Option<Resolved>,
    dct: Option<&Resolved>,
) {
    use chrono::Datelike;
    let TimeExpr::Period {
        precision: precision @ Precision::Quarter,
        n,
        year: None,
        shift: None,
    } = t.expr
    else {
        return;
    };
    let (Some(r), Some(now)) = (resolved.as_ref(), dct) else { return };
    if !reports_results(before, after) {
        return;
    }
    if r.span.start <= now.span.start {
        return;
    }
    let back = Timex {
        expr: TimeExpr::Period {
            precision,
            n,
            year: Some(r.span.start.year() - 1),
            shift: None,
        },
        ..t.clone()
    };
    if let Some(b) = resolve(&back, dct, None, None) {
        let gone = (now.span.start - b.span.end).num_days();
        if (1..=92).contains(&gone) {
            *resolved = Some(Resolved { anchor: r.anchor.clone(), ..b });
        }
    }
}

/// "the quarter ended Sept. 30": a quarter named by the last day of a
/// calendar quarter is the one that day ends.
/// Returns whether `prev` was moved there.
fn quarter_ended(
    body: &str,
    prev: &mut Tagged,
    t: &Timex,
    r: &mut Resolved,
    dct: Option<&Resolved>,
    sentence: &str,
) -> bool {
    use chrono::Datelike;
    let Some(q) = prev.resolved.as_ref() else { return false };
    // ("third quarter, ending March 31, revenue": set off by commas.)
    let between = gap(body, &prev.timex.span, &t.span)
        .map(|g| g.strip_prefix(',').map_or(g, str::trim_start));
    if r.precision != Precision::Day
        || !matches!(
            between,
            Some("ended" | "ending" | "that ended" | "which ended")
        )
    {
        return false;
    }
    let mut d = r.span.start;
    // "second quarter, ending December 31, margins should widen" told in
    // October: a quarter still ending, in a sentence that looks ahead,
    // ends ahead, not three quarters back ("output eased in the quarter
    // ending September 30" is behind).
    let ahead = || {
        is_future(sentence)
            || crate::text::has_any_word(
                sentence,
                &["should", "sees", "see", "forecast", "forecasts"],
            )
    };
    if between == Some("ending")
        && matches!(q.precision, Precision::Quarter | Precision::Half)
        && ahead()
        && r.anchor != Anchor::Absolute
        && dct.is_some_and(|now| crate::date::add_days(d, 92) < now.span.start)
    {
        d = crate::date::add_months(d, 12);
        *r = resolve::unit_of(r, d, Unit::Day);
    }
    // "its third quarter ending November 30": a firm's quarter, the
    // three months to that day, in the year it ends (not the calendar
    // third quarter, perhaps of another year).
    if let TimeExpr::Period {
        precision: Precision::Quarter,
        n,
        year: None,
        shift: None,
    } = prev.timex.expr
    {
        let calendar = d.month() == n * 3
            && d == crate::date::last_of_month(d.year(), d.month());
        // ("The third quarter ended Sept 30, 1986", told in 1987, is the
        // calendar quarter of that year.)
        let moved = if !calendar {
            resolve::fiscal_period(q, Precision::Quarter, n, d)
        } else if q.span.end != d {
            resolve::unit_of(q, d, Unit::Quarter)
        } else {
            return false;
        };
        prev.value = moved.value.clone();
        prev.resolved = Some(moved);
        return false;
    }
    // "the first half ended December 31": a firm's half, the six months
    // to that day (its calendar half when the day ends one).
    if let TimeExpr::Period {
        precision: Precision::Half,
        n,
        year: None,
        shift: None,
    } = prev.timex.expr
    {
        let moved = resolve::fiscal_period(q, Precision::Half, n, d);
        prev.value = moved.value.clone();
        prev.resolved = Some(moved);
        return false;
    }
    // "its fourth quarter ended Sept. 30" is a fiscal fourth quarter,
    // whatever the calendar says.
    let quarter = matches!(
        prev.timex.expr,
        TimeExpr::Reported { unit: Unit::Quarter, n: None, year: None, .. }
    );
    if !quarter {
        return false;
    }
    // A fiscal quarter may end on any day; only a calendar quarter's last
    // day names the calendar quarter.
    if d != crate::date::last_of_month(d.year(), d.month())
        || !d.month().is_multiple_of(3)
    {
        return false;
    }
    let moved = resolve::unit_of(q, d, Unit::Quarter);
    prev.value = moved.value.clone();
    prev.resolved = Some(moved);
    true
}

/// "is usually busiest in the second and fourth quarters", "sales
/// typically peak in December": a month, quarter, half or season with no
/// year, in a clause that tells what happens as a rule, is every such one:
/// a SET (`XXXX-Q2`, `XXXX-12`).
fn habitual(text: &str, t: &mut Timex) {
    let value = match t.expr {
        TimeExpr::Calendar {
            year: None,
            month: Some(m),
            day: None,
            shift: None,
            part: None,
            ..
        } => format!("XXXX-{m:02}"),
        TimeExpr::Period { precision, n, year: None, shift: None } => {
            let Some(v) = period_of_some_year(precision, n) else { return };
            v
        }
        _ => return,
    };
    let near =
        crate::text::tail(&text[..t.span.start], 60).to_ascii_lowercase();
    let clause = near.rsplit([',', ';', ':', '.']).next().unwrap_or("");
    let rule = crate::text::has_any_word(
        clause,
        &[
            "usually",
            "typically",
            "normally",
            "traditionally",
            "customarily",
            "habitually",
        ],
    );
    if rule {
        t.kind = TimexType::Set;
        t.expr = TimeExpr::Set(value);
    }
}

/// The weekday `day` after the day `prev` told, when a "would" between
/// them looks ahead from it ("said on Sunday that talks would resume on
/// Monday").
fn future_in_past(
    body: &str,
    prev: &Tagged,
    sentence: usize,
    at: usize,
    day: u32,
) -> Option<chrono::NaiveDate> {
    let p = prev.resolved.as_ref()?;
    // The day told must be a weekday too ("said on Sunday"), not a
    // dateline; "Monday's attack" is a day gone.
    if prev.sentence != sentence
        || prev.timex.span.end > at
        || !matches!(prev.timex.expr, TimeExpr::Weekday { .. })
        || p.precision != Precision::Day
        || p.span.len_days() != 1
        || body[at..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        return None;
    }
    let would = body[prev.timex.span.end..at]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("would"));
    if !would {
        return None;
    }
    let from = chrono::Datelike::weekday(&p.span.start).num_days_from_monday();
    let ahead = (day + 7 - from) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    Some(crate::date::add_days(p.span.start, i64::from(ahead)))
}

/// The words between two expressions, trimmed; `None` when they overlap.
fn gap<'a>(
    text: &'a str,
    a: &Range<usize>,
    b: &Range<usize>,
) -> Option<&'a str> {
    (a.end <= b.start).then(|| text[a.end..b.start].trim())
}

/// "June 20-30, 1987", "from July 1 to 10, 1987": the year written after
/// a range of days is both days'. (Tagging only: the DCT inference reads
/// such a year as a year, not as days reported.)
fn day_range_year(text: &str, ts: &mut [Timex]) {
    for i in 2..ts.len() {
        let TimeExpr::Calendar {
            year: Some(y), month: None, day: None, ..
        } = ts[i].expr
        else {
            continue;
        };
        let day = |e: &TimeExpr| match e {
            TimeExpr::Calendar {
                year: None,
                month: Some(m),
                day: Some(_),
                shift: None,
                ..
            } => Some(*m),
            _ => None,
        };
        let (a, b) = (&ts[i - 2], &ts[i - 1]);
        let same_month = day(&a.expr).is_some_and(|m| day(&b.expr) == Some(m));
        let joined = gap(text, &a.span, &b.span).is_some_and(|g| {
            matches!(g, "-" | "–" | "to" | "and" | "through" | "or")
        });
        if !same_month
            || !joined
            || gap(text, &b.span, &ts[i].span) != Some(",")
        {
            continue;
        }
        for t in &mut ts[i - 2..i] {
            if let TimeExpr::Calendar { year, .. } = &mut t.expr {
                *year = Some(y);
            }
        }
    }
}

/// "March and April 2016", "the spring and summer of 2016", "from
/// December to March 2017", "March 2015 and April": one year written for
/// two dates joined tightly is both's. Across a range ("to", "-") the
/// other end's year moves so that the range runs forward.
fn share_years(text: &str, ts: &mut [Timex]) {
    // The year, month (or period number) and kind of a date that may
    // share its year.
    fn parts(e: &TimeExpr) -> Option<(Option<i32>, u32, u8)> {
        match *e {
            TimeExpr::Calendar {
                year, month: Some(m), shift: None, ..
            } => Some((year, m, 0)),
            TimeExpr::Period { precision, n, year, shift: None } => {
                Some((year, n, precision as u8 + 1))
            }
            _ => None,
        }
    }
    for i in 1..ts.len() {
        let (a, b) = (&ts[i - 1], &ts[i]);
        let Some(gap) = gap(text, &a.span, &b.span) else { continue };
        let range = matches!(gap, "to" | "through" | "-" | "–");
        if !range && !matches!(gap, "and" | "or" | "and in" | "or in") {
            continue;
        }
        let (Some((ya, na, ka)), Some((yb, nb, kb))) =
            (parts(&a.expr), parts(&b.expr))
        else {
            continue;
        };
        if ka != kb || a.in_name || b.in_name {
            continue;
        }
        // Seasons run spring (1) to winter (4); months and quarters in
        // calendar order.
        let backwards = range && na > nb;
        let (at, year) = match (ya, yb) {
            (None, Some(y)) => (i - 1, y - i32::from(backwards)),
            (Some(y), None) => (i, y + i32::from(backwards)),
            _ => continue,
        };
        match &mut ts[at].expr {
            TimeExpr::Calendar { year: slot, .. }
            | TimeExpr::Period { year: slot, .. } => *slot = Some(year),
            _ => {}
        }
    }
}

/// "airs on Sundays at 8pm", "every Monday at 9 a.m.": a clock time
/// right after a set of weekdays is its time of day, one expression
/// (`XXXX-WXX-7T20:00`), not a time on the day the story has reached.
fn set_at_clock(text: &str, ts: &mut Vec<Timex>) {
    let mut i = 1;
    while i < ts.len() {
        let (a, b) = (&ts[i - 1], &ts[i]);
        let joined = match (&a.expr, &b.expr) {
            (TimeExpr::Set(v), TimeExpr::Clock { hour, minute })
                if v.starts_with("XXXX-WXX-")
                    && !v.contains('T')
                    && gap(text, &a.span, &b.span) == Some("at") =>
            {
                Some(format!("{v}T{hour:02}:{minute:02}"))
            }
            _ => None,
        };
        match joined {
            Some(v) => {
                let end = ts[i].span.end;
                let a = &mut ts[i - 1];
                a.expr = TimeExpr::Set(v);
                a.span.end = end;
                ts.remove(i);
            }
            None => i += 1,
        }
    }
}

/// "grew by 3.1% in 2004 after falling in the first quarter of the year":
/// a part "of the year" is of the year its sentence has just named, when
/// no other date with a year lies between.
fn of_the_named_year(text: &str, ts: &mut [Timex]) {
    let mut named: Option<i32> = None;
    for t in ts.iter_mut() {
        match t.expr {
            TimeExpr::Calendar {
                year: Some(y),
                month: None,
                day: None,
                shift: None,
                ..
            } if !t.in_name => named = Some(y),
            TimeExpr::Period {
                year: ref mut slot @ None,
                shift: None,
                ..
            } if crate::text::tail(&text[t.span.clone()], 11)
                .eq_ignore_ascii_case("of the year") =>
            {
                *slot = named;
            }
            _ => {
                if !matches!(t.expr, TimeExpr::Duration(_)) {
                    named = None;
                }
            }
        }
    }
}

/// "the 11 September attacks in 2001", "the May 4 bombing in 1998": a
/// day naming an event takes the year the event's noun phrase ends with.
fn event_year(text: &str, ts: &mut [Timex]) {
    for i in 1..ts.len() {
        let (a, b) = (&ts[i - 1], &ts[i]);
        let (
            TimeExpr::Calendar {
                year: None,
                month: Some(_),
                day: Some(_),
                shift: None,
                ..
            },
            TimeExpr::Calendar { year: Some(y), month: None, .. },
        ) = (&a.expr, &b.expr)
        else {
            continue;
        };
        if a.in_name || b.in_name || a.span.end > b.span.start {
            continue;
        }
        // One to three nouns, then "in": no verb, article or
        // punctuation.
        let Some(nouns) = text[a.span.end..b.span.start]
            .strip_suffix(" in ")
            .and_then(|g| g.strip_prefix(' '))
        else {
            continue;
        };
        let words: Vec<&str> = nouns.split(' ').collect();
        let noun = |w: &&str| {
            !w.is_empty()
                && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !w.ends_with("ed")
                && !matches!(
                    *w,
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "will"
                        | "has"
                        | "had"
                        | "and"
                        | "or"
                        | "to"
                        | "on"
                        | "at"
                        | "of"
                        | "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                )
        };
        if (1..=3).contains(&words.len()) && words.iter().all(noun) {
            let y = *y;
            if let TimeExpr::Calendar { year, .. } = &mut ts[i - 1].expr {
                *year = Some(y);
            }
        }
    }
}

/// "fiscal 1987 ending October 1", "1986 ended Dec. 31": the day that
/// ends a year the text names is in that year; a fiscal year ending in
/// January to March is named for the year it began ("fiscal 1986 ended
/// January 31" ends in 1987), as in Britain, Japan and retail.
fn period_end_year(text: &str, ts: &mut [Timex]) {
    for i in 1..ts.len() {
        let (a, b) = (&ts[i - 1], &ts[i]);
        if a.in_name {
            continue;
        }
        let Some(gap) = gap(text, &a.span, &b.span) else { continue };
        if !matches!(gap, "ending" | "ended" | "ending on" | "ended on") {
            continue;
        }
        let TimeExpr::Calendar { year: Some(y), month: None, .. } = a.expr
        else {
            continue;
        };
        let fiscal =
            text[a.span.clone()].to_ascii_lowercase().contains("fiscal");
        if let TimeExpr::Calendar {
            year: slot @ None,
            month: Some(m),
            day: Some(_),
            shift: None,
            ..
        } = &mut ts[i].expr
        {
            *slot = Some(if fiscal && *m <= 3 { y + 1 } else { y });
        }
    }
}

/// "in April, August, September and December 1986", "in April, August
/// and December last year": the year written at the end of a list is every
/// month's before it, back through the commas, once an "and" or "or" has
/// closed the list. Runs after [`share_years`], which joins pairs.
fn share_list_years(text: &str, ts: &mut [Timex]) {
    // The year a month of the list takes: written, or relative.
    #[derive(Clone, Copy)]
    enum Year {
        Written(i32),
        Relative(i32),
    }
    let bare_month = |e: &TimeExpr| {
        matches!(
            e,
            TimeExpr::Calendar {
                year: None,
                month: Some(_),
                day: None,
                shift: None,
                ..
            }
        )
    };
    let mut carried: Option<Year> = None;
    for i in (1..ts.len()).rev() {
        let (a, b) = (&ts[i - 1], &ts[i]);
        let Some(gap) =
            gap(text, &a.span, &b.span).filter(|_| !a.in_name && !b.in_name)
        else {
            carried = None;
            continue;
        };
        let closing = matches!(gap, "and" | "or" | ", and" | ", or");
        // The year the right-hand month holds or has been given.
        let year = match (&b.expr, carried) {
            (_, Some(y)) => Some(y),
            (
                TimeExpr::Calendar {
                    year: Some(y),
                    month: Some(_),
                    day: None,
                    ..
                },
                _,
            ) if closing => Some(Year::Written(*y)),
            (TimeExpr::MonthOfYear { by, .. }, _) if closing => {
                Some(Year::Relative(*by))
            }
            _ => None,
        };
        let listed = closing || gap == "," && carried.is_some();
        carried = None;
        let Some(year) = year.filter(|_| listed) else { continue };
        // "June and July 1986" has shared its year already.
        if let (
            Year::Written(y),
            TimeExpr::Calendar {
                year: Some(own),
                month: Some(_),
                day: None,
                ..
            },
        ) = (year, &a.expr)
        {
            if *own == y {
                carried = Some(year);
            }
            continue;
        }
        if !bare_month(&a.expr) {
            continue;
        }
        let expr = &mut ts[i - 1].expr;
        match (year, &mut *expr) {
            (Year::Written(y), TimeExpr::Calendar { year: slot, .. }) => {
                *slot = Some(y);
            }
            (
                Year::Relative(by),
                TimeExpr::Calendar { month: Some(m), .. },
            ) => {
                *expr = TimeExpr::MonthOfYear { month: *m, by };
            }
            _ => continue,
        }
        carried = Some(year);
    }
}

/// Moves the end of a month range ("from June to August", "May-July")
/// a year on when it would fall before the range's start.
fn range_after(body: &str, prev: &Tagged, t: &Timex, r: &mut Resolved) {
    // A month, or a quarter, half or season, with no year written.
    let kind = |e: &TimeExpr| match *e {
        TimeExpr::Calendar { year: None, month: Some(_), .. } => Some(None),
        TimeExpr::Period { year: None, shift: None, precision, .. } => {
            Some(Some(precision))
        }
        _ => None,
    };
    if kind(&prev.timex.expr).is_none()
        || kind(&prev.timex.expr) != kind(&t.expr)
    {
        return;
    }
    let Some(p) = &prev.resolved else { return };
    let Some(gap) = gap(body, &prev.timex.span, &t.span) else { return };
    // "CHICAGO, March 2 - February volume fell": a dateline's dash, no
    // range from a day to a month ("from March 5 through mid-July" is one).
    // ("NEW YORK, March 3 - Jan 31 end" opens a results table.)
    if matches!(gap, "-" | "–")
        && (p.precision != r.precision
            || crate::input::published::is_dateline_date(
                body,
                &prev.timex.span,
            ))
    {
        return;
    }
    // "for May 20/June 20 shipment": a slash joins the ends too.
    if !matches!(
        gap,
        "to" | "through" | "until" | "till" | "-" | "–" | "and" | "/"
    ) || r.span.start >= p.span.start
    {
        return;
    }
    let start = crate::date::add_months(r.span.start, 12);
    let end = crate::date::add_months(r.span.end, 12);
    // A day a few weeks before the other is a new date for it ("changed
    // the date from April 1 to March 20"), not the end of a range that
    // runs into next year ("from Dec. 28 to Jan. 3").
    if r.precision == Precision::Day
        && (p.span.start - r.span.start).num_days() < 31
    {
        return;
    }
    let end = if r.precision == Precision::Month {
        crate::date::last_of_month(
            chrono::Datelike::year(&end),
            chrono::Datelike::month(&end),
        )
    } else {
        end
    };
    let y = chrono::Datelike::year(&start);
    let was = r.value.split_once('-').map(|(y, _)| y.to_string());
    r.value = match r.value.split_once('-') {
        Some((_, rest)) => format!("{y:04}-{rest}"),
        None => r.value.clone(),
    };
    r.span = crate::date::Span::new(start, end);
    r.display = match r.precision {
        Precision::Month => {
            crate::date::month_label(y, chrono::Datelike::month(&start))
        }
        Precision::Day => crate::date::day_label(start),
        // "the third quarter of 1986" a year on.
        _ => match was {
            Some(old) => r.display.replace(&old, &format!("{y:04}")),
            None => r.display.clone(),
        },
    };
}

/// How many sentences a named quarter stays the one a story reports on.
const QUARTER_REACH: usize = 12;

/// "the quarter": the one a business story reports on.
const REPORTED_QUARTER: TimeExpr = TimeExpr::Reported {
    unit: Unit::Quarter,
    years_back: 0,
    n: None,
    year: None,
    latest: false,
};

/// A sentence that turns to another subject, as a roundup of company
/// reports does: "Separately, …", "In a separate filing, …".
fn new_subject(sentence: &str) -> bool {
    let s = sentence.trim_start();
    ["Separately", "In a separate ", "In separate "]
        .iter()
        .any(|p| s.starts_with(p))
}

/// Whether a duration's value is more than a month long ("P52W", "P9M",
/// "P1Y"; not "P4W", "P10D").
fn longer_than_a_month(value: &str) -> bool {
    let Some(rest) = value.strip_prefix('P') else { return false };
    let (digits, unit) = rest.split_at(
        rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len()),
    );
    let n: u32 = digits.parse().unwrap_or(0);
    match unit {
        "D" => n > 31,
        "W" => n > 4,
        "M" => n > 1,
        "Y" | "Q" => n >= 1,
        _ => false,
    }
}

/// A TIMEX3 value for a reporting period longer than a quarter: six or
/// nine months, a year, a half.
fn longer_period(value: &str) -> bool {
    matches!(value, "P6M" | "P9M" | "P12M" | "P1Y")
        || value.ends_with("-H1")
        || value.ends_with("-H2")
}

/// The year and number of a quarter's value (`1987-Q3`).
fn quarter_of(q: &Resolved) -> Option<(i32, u32)> {
    let (y, n) = q.value.split_once("-Q")?;
    Some((y.parse().ok()?, n.parse().ok()?))
}

/// Whether a quarter is a firm's, its months not the calendar's ("the third
/// quarter ending November 30", `1987-Q3` from September to November).
fn firms_quarter(q: &Resolved) -> bool {
    let Some((y, n)) = quarter_of(q) else { return false };
    q.precision == Precision::Quarter
        && q.modifier.is_none()
        && (1..=4).contains(&n)
        && q.span.start != crate::date::ymd(y, n * 3 - 2, 1)
}

/// The calendar quarter `n` of year `y`.
fn calendar_quarter(y: i32, n: u32) -> crate::date::Span {
    crate::date::Span::new(
        crate::date::ymd(y, n * 3 - 2, 1),
        crate::date::last_of_month(y, n * 3),
    )
}

/// A span moved by whole months, its last day kept last ("September to
/// November" a year back is the same months).
fn months_moved(span: crate::date::Span, by: i32) -> crate::date::Span {
    use crate::date::{add_days, add_months};
    let end = add_days(add_months(add_days(span.end, 1), by), -1);
    crate::date::Span::new(add_months(span.start, by), end)
}

/// Quarter `n` of year `y` over `span`, anchored as `q` is.
fn quarter_resolved(
    y: i32,
    n: u32,
    span: crate::date::Span,
    q: &Resolved,
) -> Resolved {
    Resolved {
        value: format!("{y:04}-Q{n}"),
        span,
        precision: Precision::Quarter,
        approximate: false,
        anchor: q.anchor.clone(),
        display: format!("Q{n} {y}"),
        modifier: None,
    }
}

/// An expression that points at the reported quarter `q`: "a year ago",
/// "year-earlier" (that quarter a year before), "the quarter", "the latest
/// period" (that quarter, which may be a fiscal one still running on the
/// calendar), "the year-ago period", "the 2016 quarter".
fn in_reported_quarter(expr: &TimeExpr, q: &Resolved) -> Option<Resolved> {
    let start = q.span.start;
    // A firm's quarter ("third quarter ending November 30", `1987-Q3`)
    // keeps its number; its months are not the calendar's.
    let (qy, qn) = quarter_of(q).unwrap_or((
        chrono::Datelike::year(&start),
        chrono::Datelike::month0(&start) / 3 + 1,
    ));
    let (y, n) = match expr {
        TimeExpr::Offset {
            unit: Unit::Year,
            direction: Direction::Before,
            amount: Amount { lo: 1, hi: 1, .. },
            ..
        } => (qy - 1, qn),
        TimeExpr::Reported {
            unit: Unit::Quarter,
            years_back,
            n,
            year,
            ..
        } => (year.unwrap_or(qy - years_back), n.unwrap_or(qn)),
        _ => return None,
    };
    // The firm's same months, years back.
    let span = if n == qn && q.span != calendar_quarter(qy, qn) {
        months_moved(q.span, -12 * (qy - y))
    } else {
        calendar_quarter(y, n)
    };
    Some(quarter_resolved(y, n, span, q))
}

/// Quarter `n` of the year of `q`, a firm's quarter: "sees third quarter,
/// ending March 31, revenue near the second quarter's" (`1987-Q2`,
/// October to December 1986).
fn firms_other_quarter(q: &Resolved, n: u32) -> Option<Resolved> {
    let (qy, qn) = quarter_of(q).filter(|_| firms_quarter(q))?;
    let span = months_moved(q.span, 3 * (n as i32 - qn as i32));
    Some(quarter_resolved(qy, n, span, q))
}

/// The DCT as a resolved date, from a date given to year, month or day.
pub fn dct_from(p: &crate::date::PartialDate) -> Resolved {
    let span = p.span();
    Resolved {
        value: p.value(),
        span,
        precision: p.precision(),
        approximate: false,
        anchor: Anchor::Absolute,
        display: match p.precision() {
            Precision::Day => crate::date::day_label(span.start),
            Precision::Month => {
                crate::date::month_label(p.year, p.month.unwrap_or(1))
            }
            _ => p.year.to_string(),
        },
        modifier: None,
    }
}

/// The tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// "said Friday", "was weak in December".
    Past,
    /// "will meet Friday", "is scheduled for December".
    Future,
    /// "the show opens Thursday": a present tense that schedules; ahead
    /// for a weekday, no tense for a month ("housing starts in January").
    Scheduled,
    /// "exited bankruptcy in April", "quit the band in March": an act in
    /// the simple past just before a month, which it puts behind the
    /// DCT (a past clause's month may otherwise lie a little ahead, as
    /// "declared a dividend payable in May" does).
    Done,
}

/// Words that follow a figure ("197.2 billion", "3 pct"): the tense scan
/// sees words only, so "contracted to 19.7 billion" reads "contracted to
/// billion".
fn unit_of_figure(w: &str) -> bool {
    matches!(
        w,
        "billion"
            | "million"
            | "mln"
            | "bln"
            | "pct"
            | "percent"
            | "dlrs"
            | "cts"
            | "tonnes"
    )
}

/// Irregular past forms common in news.
fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "met"
            | "made"
            | "took"
            | "gave"
            | "went"
            | "came"
            | "saw"
            | "found"
            | "held"
            | "left"
            | "began"
            | "became"
            | "brought"
            | "bought"
            | "sold"
            | "rose"
            | "fell"
            | "won"
            | "lost"
            | "paid"
            | "sent"
            | "spent"
            | "ran"
            | "wrote"
            | "spoke"
            | "struck"
            | "thought"
            | "felt"
            | "kept"
            | "led"
            | "knew"
            | "got"
            | "grew"
            | "drew"
            | "flew"
            | "broke"
            | "chose"
            | "stood"
            | "fought"
            | "caught"
            | "sought"
            | "built"
            | "meant"
            | "heard"
            | "shot"
            | "sank"
            | "threw"
            | "withdrew"
            | "forgot"
            | "did"
            | "was"
            | "were"
            | "had"
            | "ago"
            | "yesterday"
            | "last"
            | "earlier"
            | "previously"
            | "hit"
            | "quit"
            | "laid"
            | "lent"
            | "dealt"
            | "swore"
            | "overtook"
            | "undertook"
            | "wore"
            | "tore"
            | "slid"
            | "shut"
            | "fled"
            | "rang"
            | "sang"
            | "hung"
            | "stole"
            | "woke"
            | "arose"
            | "oversaw"
            | "foresaw"
            // Four letters, too short for the "-ed" rule ("need", "shed").
            | "sued"
            | "died"
            | "tied"
            | "owed"
            | "sped"
            | "bled"
            | "bred"
            | "drove"
            | "rode"
            | "swam"
            | "spun"
            | "dug"
            | "hid"
            | "blew"
            | "froze"
            | "shook"
            | "underwent"
            | "overcame"
            | "taught"
            | "slept"
            | "swept"
            | "wept"
            | "understood"
            | "upheld"
            | "withheld"
            | "mistook"
            | "rebuilt"
            | "retook"
            | "overran"
            | "overthrew"
            | "outgrew"
    )
}

/// Words that look like past forms but are not.
fn not_past(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "needed"
            | "speed"
            | "feed"
            | "bed"
            | "red"
            | "shed"
            | "breed"
            | "seed"
            | "proceed"
            | "exceed"
            | "succeed"
            | "embed"
            | "hundred"
            | "indeed"
            | "led"
            | "fred"
            | "ted"
            | "ned"
            | "united"
            | "limited"
            | "based"
            | "related"
            | "owned"
            | "listed"
            | "advanced"
            | "detailed"
            | "interested"
            | "concerned"
            | "aged"
            | "armed"
            | "alleged"
            | "so-called"
            | "biased"
            | "skilled"
            | "wed"
            | "bred"
            | "sacred"
            | "kindred"
            | "naked"
            | "wicked"
            | "wretched"
            | "rugged"
            | "ragged"
            | "crooked"
            | "learned"
            | "beloved"
            | "blessed"
            | "deed"
            | "weed"
            | "steed"
            | "greed"
            | "creed"
            | "heed"
            | "reed"
            | "tweed"
    )
}

/// Whether a period after `before` ends a sentence: after a lower-case
/// word of four letters or more, not an abbreviation ("vs.", "Ala.",
/// "Inc.") nor a number ("2.5").
fn ends_a_sentence(before: &str) -> bool {
    let word =
        before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    before.ends_with(char::is_alphabetic)
        && word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
}

/// Words of the future or of a plan that both tests below read.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "upcoming",
    "scheduled",
    "expected",
    "would",
    "plan",
    "plans",
    "planned",
    "intend",
    "intends",
    "expect",
    "expects",
    "planning",
    "slated",
    "due",
    "effective",
    "coming",
    "tomorrow",
    "resume",
    "resumes",
];

/// Words that put a clause in the future (or mark a plan).
fn future_cue(w: &str) -> bool {
    FUTURE_WORDS.contains(&w)
        || matches!(w, "ll" | "won't" | "aims" | "hopes" | "going" | "payable")
}

/// Verbs that move something to a later date ("postponed until Monday").
fn defers(w: &str) -> bool {
    matches!(
        w,
        "postponed"
            | "delayed"
            | "extended"
            | "deferred"
            | "adjourned"
            | "rescheduled"
            | "moved"
            | "pushed"
            | "put"
            | "froze"
            | "suspended"
    )
}

/// The words before a date without a participle phrase set off by commas
/// ("would attend the talks, hosted by the council, in Rome on Monday"):
/// the phrase describes a noun, and its participle is not the verb the
/// date belongs to.
fn without_participle_aside(before: &str) -> std::borrow::Cow<'_, str> {
    let Some(close) = before.rfind(',') else { return before.into() };
    let Some(open) = before[..close].rfind(',') else {
        return before.into();
    };
    let aside = &before[open + 1..close];
    let mut words = aside.split_whitespace();
    let first = words.next().unwrap_or("");
    let participle = first.len() > 4
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && first.ends_with("ed");
    // ", codenamed Xenon,", ", based in Espoo,": a participle that names
    // or places a noun, whatever follows it.
    let naming = matches!(
        first,
        "codenamed"
            | "code-named"
            | "dubbed"
            | "nicknamed"
            | "named"
            | "called"
            | "known"
            | "based"
            | "headquartered"
            | "founded"
    );
    if (naming || participle && words.next() == Some("by")) && aside.len() < 80
    {
        std::borrow::Cow::Owned(format!(
            "{}{}",
            &before[..open],
            &before[close + 1..]
        ))
    } else {
        before.into()
    }
}

/// The tense of one word, if it marks one.
fn word_tense(w: &str) -> Option<Tense> {
    if future_cue(w) {
        return Some(Tense::Future);
    }
    if matches!(
        w,
        "opens"
            | "runs"
            | "begins"
            | "starts"
            | "ends"
            | "closes"
            | "expires"
            | "meets"
            | "meet"
            | "convenes"
            | "arrives"
            | "leaves"
            | "departs"
            | "visits"
            | "travels"
            | "returns"
            | "kicks"
            | "takes"
            | "goes"
    ) {
        return Some(Tense::Scheduled);
    }
    if irregular_past(w) {
        return Some(Tense::Past);
    }
    if w.len() > 4
        && w.ends_with("ed")
        && !not_past(w)
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    {
        return Some(Tense::Past);
    }
    None
}

/// An article or a possessive before a noun: "the", "a", "its", "her" ...
fn article_or_owner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her")
}

/// The tense a word marks only with its neighbours, for words that mark
/// none alone ([`word_tense`]).
fn phrase_tense(prev: &str, w: &str, next: &str) -> Option<Tense> {
    match w {
        // "The rules take effect Jan. 1", "come into force on Monday".
        "take" | "come" | "comes"
            if matches!(next, "effect" | "into" | "place" | "office") =>
        {
            Some(Tense::Scheduled)
        }
        // "Voters go to the polls on Sunday"; not "started to go wrong in
        // the summer", whose verb is the one before.
        "go" if !matches!(
            prev,
            "to" | "did" | "didn't" | "not" | "never" | "don't" | "doesn't"
        ) =>
        {
            Some(Tense::Scheduled)
        }
        // "said it proposes to sell the unit on May 4": what is proposed
        // or sought lies ahead. (Not "offers" or "promises", nouns as
        // often: "raised their offers to buy it Friday".)
        "proposes" | "propose" | "wants" | "seeks" | "agrees"
        | "threatens"
            if next == "to" =>
        {
            Some(Tense::Future)
        }
        // "Polls close on Monday", "the talks resume on Tuesday": a plural
        // subject's schedule, as "closes" is a singular's. Not a noun ("the
        // close of trading", "an open letter"), nor "close to", nor after
        // a word that gives its own tense ("to open", "will close").
        "open" | "close" | "begin" | "resume" | "reopen" | "expire"
        | "convene"
            if !article_or_owner(prev)
                && !matches!(
                    prev,
                    "" | "this"
                        | "that"
                        | "to"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "can"
                        | "did"
                        | "didn't"
                        | "not"
                        | "and"
                        | "or"
                        | "at"
                        | "of"
                        | "on"
                        | "in"
                        | "by"
                        | "near"
                        | "come"
                        | "comes"
                        | "came"
                        | "coming"
                        | "very"
                        | "too"
                        | "so"
                        | "year"
                        | "quarter"
                        | "qtr"
                        | "period"
                )
                && !matches!(next, "to" | "of" | "up" | "out" | "down") =>
        {
            Some(Tense::Scheduled)
        }
        _ => None,
    }
}

/// A present participle in "-ing" ("meeting", "being"), not a noun in
/// "-thing".
fn progressive(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && !w.ends_with("thing")
}

/// "due mainly to higher tourism", "due to the strike": a cause,
/// not a date something is due on.
fn causal_due(w: &str, next: &str, then: &str) -> bool {
    w == "due"
        && (matches!(
            next,
            "largely"
                | "mainly"
                | "partly"
                | "mostly"
                | "primarily"
                | "entirely"
                | "chiefly"
                | "solely"
                | "in"
        ) && (next != "in" || then == "part")
            || next == "to"
                && (article_or_owner(then)
                    || matches!(
                    then,
                    "this"
                        | "that"
                        | "these"
                        | "those"
                        | "higher"
                        | "lower"
                        | "strong"
                        | "weak"
                        | "poor"
                        | "increased"
                        | "reduced"
                        | "heavy"
                        | "high"
                        | "low"
                        | "lack"
                        | "continued"
                ) || then.ends_with("ing") && then.len() > 5
                    // "due to charges", "due to losses": a plural noun,
                    // not a verb ("due to focus", "due to discuss").
                    || then.len() > 3
                        && then.ends_with('s')
                        && !then.ends_with("ss")
                        && !then.ends_with("us")))
}

/// Whether a holiday is when the clause's past event happened: after a
/// preposition of time ("sales rose on Labor Day", "over Christmas") or
/// before its own past verb ("Easter fell in March").
fn holiday_is_when(before: &str, after: &str) -> bool {
    let prev = crate::text::last_word(before.trim_end());
    let next = crate::text::next_word(after);
    let own_verb = after.starts_with(char::is_whitespace)
        && (matches!(
            next.as_str(),
            "was" | "were" | "fell" | "came" | "had" | "began" | "passed"
        ) || next.len() > 3 && next.ends_with("ed"));
    own_verb
        || matches!(
            prev.as_str(),
            "on" | "at"
                | "over"
                | "during"
                | "in"
                | "around"
                | "before"
                | "after"
                | "since"
                | "until"
                | "till"
                | "through"
                | "from"
                | "last"
                | "throughout"
        )
}

/// Whether an expression's resolution depends on the tense of its clause.
fn needs_tense(expr: &TimeExpr) -> bool {
    match expr {
        TimeExpr::Calendar { year, .. } => year.is_none(),
        TimeExpr::Period { year, .. } => year.is_none(),
        TimeExpr::Holiday { year, .. } => year.is_none(),
        TimeExpr::ClockOn { day, .. } => needs_tense(day),
        TimeExpr::Turn { at, .. } => at.is_none(),
        // Midnight starts or ends the day by tense.
        TimeExpr::Clock { hour: 24, .. } => true,
        TimeExpr::Offset { .. }
        | TimeExpr::Weekday { .. }
        | TimeExpr::Weekend { .. }
        | TimeExpr::Reported { .. } => true,
        _ => false,
    }
}

/// How many bytes around an expression [`tense_at`] reads.
const TENSE_WINDOW: usize = 160;

/// The tense that decides an expression's direction: that of the nearest
/// tense-marking word, up to twelve words before it and four after (up to
/// the next punctuation), within its sentence.
///
/// A plan that is already past ("was scheduled to end Friday", "had been
/// due to lapse") is past; a passive after a modal ("would be handed out in
/// January") takes the modal's tense; "as soon as", "as early as" and a
/// deferral ("postponed until Monday") point ahead; so do "until" and
/// "by" when nothing else speaks.
pub fn tense_at(text: &str, start: usize, end: usize) -> Option<Tense> {
    // The runs of ASCII letters, apostrophes and hyphens, without their
    // outer apostrophes. (Read byte by byte: called twice an expression,
    // a split by chars cost more than the rest of the function.)
    fn words(s: &str) -> Vec<&str> {
        let part = |b: u8| b.is_ascii_alphabetic() || b == b'\'' || b == b'-';
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len() / 5 + 1);
        let mut i = 0;
        while i < bytes.len() {
            if !part(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && part(bytes[i]) {
                i += 1;
            }
            // (A run starts and ends at ASCII bytes: char boundaries.)
            let w = s[start..i].trim_matches('\'');
            if !w.is_empty() && w != "-" {
                out.push(w);
            }
        }
        out
    }
    // A bounded window, so long sentences cost no more per expression.
    let mut from = start.saturating_sub(TENSE_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lower_before = straight_apostrophes(lower_but_may(&text[from..start]));
    let lower_before = without_participle_aside(&lower_before);
    let mut before = words(lower_before.as_ref());
    if from > 0 && !before.is_empty() {
        before.remove(0); // perhaps cut in the middle
    }
    let mut to = (end + TENSE_WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    // After the expression, only up to the next punctuation: "..., she
    // said" is not the clause's verb.
    let rest = straight_apostrophes(text[end..to].to_ascii_lowercase());
    let rest = rest.as_str();
    // "In January, a bomb exploded": a date opening its sentence takes
    // the tense of the clause after its comma.
    let opening = before.iter().all(|w| date_lead_in(w) || *w == "between");
    let (rest, commas) = match rest.strip_prefix(',') {
        // The main clause may follow more phrases set off by commas
        // ("In January, shortly after the vote, a bomb killed two").
        Some(clause) if opening => (past_attribution(clause), true),
        _ => (rest, false),
    };
    let stop = rest
        .char_indices()
        .find(|&(i, c)| {
            (c == ',' && !commas)
                || matches!(c, ';' | ':' | '(' | ')' | '"' | '`' | '“' | '”')
                || (c == '.' && i > 0 && ends_a_sentence(&rest[..i]))
        })
        .map_or(rest.len(), |(i, _)| i);
    let after = words(&rest[..stop]);
    // "drove the June contract through support", "the January option":
    // a futures month is the contract still to expire, whatever the verb.
    // ("Under the January contract Aramco was to buy" is a deal's.)
    let traded = || {
        crate::text::has_any_word(
            text,
            &[
                "futures",
                "traded",
                "trading",
                "lots",
                "price",
                "prices",
                "support",
                "resistance",
                "settled",
                "discount",
                "discounts",
                "premium",
                "expiring",
                "rolled",
                "position",
                "positions",
            ],
        )
    };
    // "Near July fell 45 points": the nearest contract still trading.
    if crate::date::MONTHS.contains(&&text[start..end])
        && (after.first().is_some_and(|w| match *w {
            "futures" | "option" | "options" => true,
            // "with November off 11 cents": a contract's move.
            "contract" | "contracts" | "off" | "up" | "down" | "unchanged"
            | "settled" => traded(),
            _ => false,
        }) || before
            .last()
            .is_some_and(|w| matches!(*w, "near" | "nearby" | "deferred"))
            // ("Near May slid to a new low" opens its sentence: the
            // contract, whatever the words around.)
            && (traded()
                || before.len() == 1
                    && text[..start].trim_end().ends_with("Near")))
    {
        return Some(Tense::Future);
    }
    let n = before.len();
    let at = |i: usize| before.get(i).copied().unwrap_or("");
    // "bought 20,000 tonnes for June shipment", "for May 5 delivery", "is
    // for shipment August 2-12", "due for delivery in April": what is bought
    // for a month is shipped after the deal, whatever its verb.
    let consignment = |w: &str| {
        matches!(
            w,
            "shipment"
                | "shipments"
                | "delivery"
                | "deliveries"
                | "loading"
                | "arrival"
        )
    };
    let window = |w: &str| {
        matches!(w, "in" | "on" | "during" | "between" | "through" | "from")
    };
    // ("for January 3-17 and March 2-16 delivery": past the other
    // dates of the window.)
    let joined = |w: &&str| {
        matches!(*w, "and" | "to" | "through")
            || crate::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
    };
    // (The second day of "June 1-10" reads past the first's month.)
    let k = n - before.iter().rev().take_while(|w| joined(w)).count();
    let consigned = k >= 1
        && at(k - 1) == "for"
        && after.iter().find(|w| !joined(w)).is_some_and(|w| consignment(w))
        || k >= 2 && at(k - 2) == "for" && consignment(at(k - 1))
        || k >= 3
            && at(k - 3) == "for"
            && consignment(at(k - 2))
            && window(at(k - 1));
    // ("for delivery in 1986/87" is the crop year under way.)
    let season = || {
        text[start..end].contains('/')
            || text[end..].starts_with('/')
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
    };
    if consigned && !season() {
        return Some(Tense::Future);
    }
    // "a loan maturing in June", "the arrangement ending in June", "bills
    // maturing in June": what is still running ends ahead, whatever the
    // verb ("the quarter ending in February" is a period reported on).
    if n >= 2
        && at(n - 1) == "in"
        && matches!(at(n - 2), "maturing" | "expiring" | "ending" | "lapsing")
        && !matches!(
            at(n.saturating_sub(3)),
            "the"
                | "year"
                | "years"
                | "quarter"
                | "quarters"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "period"
                | "half"
                | "season"
        )
    {
        return Some(Tense::Future);
    }
    // "as soon as Monday", "as early as next week"; "between now and
    // June", "from now until Friday".
    if n >= 3 && at(n - 1) == "as" && matches!(at(n - 2), "soon" | "early")
        || n >= 2
            && at(n - 2) == "now"
            && matches!(at(n - 1), "and" | "until" | "till" | "to")
    {
        return Some(Tense::Future);
    }
    // "The vote is on Friday", "the deadline is Friday", "the game is out
    // on 9 November", "MPs are back on 5 January": a present copula right
    // before a date schedules it.
    // So does a present passive before "on" ("The album is released on
    // Thursday", "the figures are published on 3 May").
    let copula = |w: &str| matches!(w, "is" | "are");
    let at_date = |w: &str| matches!(w, "on" | "at" | "for" | "by" | "until");
    let passive =
        |w: &str| word_tense(w) == Some(Tense::Past) && at(n - 1) == "on";
    if n >= 1
        && (copula(at(n - 1))
            || n >= 2 && copula(at(n - 2)) && at_date(at(n - 1))
            || n >= 3
                && copula(at(n - 3))
                && (matches!(at(n - 2), "out" | "back") || passive(at(n - 2)))
                && at_date(at(n - 1)))
    {
        return Some(Tense::Scheduled);
    }
    // "the first meeting since their February talks", "the highest
    // since March": a time counted from lies behind, whatever the verb.
    // ("since listing on the exchange in June": a past act counted from.)
    let since = (n.saturating_sub(9)..n).rev().find(|&i| at(i) == "since");
    if since.is_some_and(|i| i + 1 < n && progressive(at(i + 1)))
        || since.filter(|&i| i + 5 >= n).is_some_and(|i| {
            (i + 1..n).all(|k| {
                matches!(
                    at(k),
                    "the"
                        | "shortly"
                        | "soon"
                        | "just"
                        | "after"
                        | "before"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "our"
                        | "early"
                        | "late"
                        | "mid"
                )
            })
        })
    {
        return Some(Tense::Past);
    }
    // "shares sold ahead of the weekend".
    if n >= 2 && at(n - 1) == "of" && at(n - 2) == "ahead" {
        return Some(Tense::Future);
    }
    // "retroactive to 1 January", "backdated to March": a date gone by.
    if n >= 2
        && matches!(at(n - 1), "to" | "from")
        && matches!(at(n - 2), "retroactive" | "retroactively" | "backdated")
    {
        return Some(Tense::Past);
    }
    // "postponed until Monday", "extended to Friday".
    if n >= 2
        && matches!(at(n - 1), "until" | "till" | "to" | "through")
        && (n.saturating_sub(10)..n - 1).any(|i| defers(at(i)))
    {
        return Some(Tense::Future);
    }
    let weekday_named = || scan::written_weekday(&text[start..end]).is_some();
    // "Monday's verdict", "the cartel's December accord": a noun's
    // modifier, not the date of the clause's verb; past unless marked as
    // ahead.
    let after_possessive = crate::date::MONTHS.contains(&&text[start..end])
        && (lower_before.ends_with("'s ") || lower_before.ends_with("’s "));
    if rest.starts_with("'s") || rest.starts_with("’s") || after_possessive {
        // Within its clause: "had been forecast, coming after December's
        // sharp rise" is no December ahead.
        let clause = lower_before
            .rfind([',', ';'])
            .map_or(n, |c| words(&lower_before[c..]).len());
        let ahead = (n.saturating_sub(3.min(clause))..n).any(|i| {
            matches!(
                at(i),
                "will"
                    | "'ll"
                    | "shall"
                    | "upcoming"
                    | "ahead"
                    | "coming"
                    | "next"
                    | "tomorrow"
                    | "scheduled"
                    | "expected"
            ) && !(at(i) == "coming"
                && matches!(at(i + 1), "after" | "before" | "on" | "from"))
        });
        // "Saturday's game will be played", "where Saturday's match is
        // being staged": the noun's own verb may say a weekday's event
        // lies ahead (not a month's: "the January tariff filing will stay
        // with the regulator").
        let verb_ahead = || {
            if !weekday_named() {
                return false;
            }
            let ws = after.get(1..).unwrap_or_default();
            for (k, w) in ws.iter().take(5).enumerate() {
                let next = ws.get(k + 1).copied().unwrap_or("");
                match *w {
                    "will" | "shall" | "'ll" => return true,
                    "is" | "are" => {
                        return matches!(
                            next,
                            "to" | "due" | "set" | "scheduled" | "expected"
                        ) || progressive(next);
                    }
                    "was" | "were" | "has" | "have" | "had" => return false,
                    _ => {}
                }
            }
            false
        };
        // "will meet him in Saturday's match": a weekday's event where
        // the clause's verb will be.
        let in_event_ahead = || {
            weekday_named()
                && matches!(at(n.wrapping_sub(1)), "in" | "at" | "during")
                && (n.saturating_sub(5.min(clause))..n)
                    .any(|i| matches!(at(i), "will" | "'ll" | "shall"))
        };
        return Some(if ahead || verb_ahead() || in_event_ahead() {
            Tense::Future
        } else {
            Tense::Past
        });
    }
    let mut best: Option<(usize, Tense)> = None;
    // A past "was" or "were" too far back to settle the tense alone.
    let mut far_copula = false;
    for (d, i) in (0..n).rev().take(16).enumerate() {
        let w = at(i);
        let far = d >= 12;
        let prev = |k: usize| if i >= k { at(i - k) } else { "" };
        // "will also reorganise its trade agents to deliver better
        // services for imported products and hold a trade show in
        // November": a bare verb joined by "and" to a clause of the future
        // takes its tense (and the participle "imported" before it is no
        // verb of the clause).
        if matches!(prev(1), "and" | "or")
            && (article_or_owner(at(i + 1)) || at(i + 1) == "new")
            && w.len() >= 3
            && word_tense(w).is_none()
            && !progressive(w)
            && !w.ends_with('s')
            && !article_or_owner(w)
            && w != "not"
            && (0..i.saturating_sub(1))
                .any(|k| matches!(at(k), "will" | "'ll" | "shall" | "would"))
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "is likely to rise in the second half", "seems poised to
        // close in June", "is aiming to start in November": ahead.
        if matches!(
            w,
            "likely"
                | "unlikely"
                | "poised"
                | "aiming"
                | "aim"
                | "hoping"
                | "hope"
                | "seeking"
                | "seeks"
                | "seek"
                | "intending"
                | "preparing"
                | "prepares"
                | "wants"
                | "want"
                | "ready"
                | "about"
        ) && at(i + 1) == "to"
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "before our next round of talks on Monday", "at the bank's
        // next weekly auction on Friday": the next of a series lies ahead
        // ("next month's figures for the third quarter" is an expression
        // of its own; "at the next session of the court, June 2, the
        // judge ruled" has no preposition before the date; "the fire
        // next to the plant on Friday" is a place).
        if w == "next"
            && !unit_or_day(at(i + 1))
            && at(i + 1) != "to"
            && matches!(at(n - 1), "on" | "in" | "at" | "for" | "by")
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "prepared to wait for the council's September session",
        // "awaiting the March ruling": what is waited for lies ahead.
        if matches!(w, "await" | "awaits" | "awaiting")
            || matches!(w, "wait" | "waits" | "waiting") && at(i + 1) == "for"
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "the duo are taking over the show on Sunday", "is meeting the
        // union on Friday": a present progressive schedules a weekday.
        // ("There is nothing on Friday" has no verb in "-ing".)
        if d <= 6
            && progressive(w)
            && matches!(prev(1), "is" | "are" | "am")
            && weekday_named()
        {
            best = Some((d, Tense::Scheduled));
            break;
        }
        // "returns today after beating Smith on Tuesday": what was done
        // before the clause's time lies behind it.
        if w == "after"
            && !far
            && i + 1 < n
            && at(i + 1).len() > 4
            && at(i + 1).ends_with("ing")
        {
            best = Some((d, Tense::Past));
            break;
        }
        // "the WTO is to end the pact on 31 December", "ministers are to
        // meet in May": a plan, ahead.
        if matches!(w, "is" | "are")
            && at(i + 1) == "to"
            && at(i + 2).len() > 1
            && !matches!(at(i + 2), "be" | "have" | "blame" | "date")
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "the vote is set for Nov. 8": a schedule, ahead.
        if w == "set" && matches!(prev(1), "is" | "are" | "now") {
            best = Some((d, Tense::Future));
            break;
        }
        if causal_due(w, at(i + 1), at(i + 2)) {
            continue;
        }
        // "profits could improve in the second half", "should close next
        // month", "must fall by September": a modal before a bare verb
        // looks ahead ("could not be reached", "should have known" do
        // not), unless what lies between compares with the past ("should
        // rise after being flat in January", "a rise from February
        // orders").
        if matches!(w, "could" | "should" | "might" | "may" | "must")
            && d < 10
            && i + 1 < n
            && !matches!(at(i + 1), "not" | "have" | "never")
            && !(i + 1..n).any(|k| {
                matches!(
                    at(k),
                    "after"
                        | "following"
                        | "from"
                        | "since"
                        | "than"
                        | "compared"
                        | "against"
                        | "versus"
                        | "vs"
                        | "being"
                )
            })
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "$4 in the same quarter a year ago, and $9 in the second
        // quarter": a word of time marks its own phrase, not the next
        // one joined to it.
        // ("No earlier than August" compares.)
        if matches!(w, "ago" | "earlier" | "last" | "yesterday")
            && (i + 1..n).any(|k| matches!(at(k), "and" | "but" | "while"))
            || w == "earlier" && at(i + 1) == "than"
        {
            continue;
        }
        // "would have been on sale in December": what might have been
        // lies behind.
        // ("would have an audience", "would have to grow", a far verb:
        // "would have been no help to a party hoping to call an election
        // in June" still look ahead.)
        let done = |p: &str| {
            p == "been"
                || p.len() > 4 && (p.ends_with("ed") || p.ends_with("en"))
        };
        if w == "would" && at(i + 1) == "have" && done(at(i + 2)) && d <= 8 {
            best = Some((d, Tense::Past));
            break;
        }
        let Some(mut tense) =
            word_tense(w).or_else(|| phrase_tense(prev(1), w, at(i + 1)))
        else {
            continue;
        };
        // "said they would quit in May", "plans to shut the mill in June":
        // a verb whose past is its own present takes the modal's tense.
        if matches!(w, "hit" | "quit" | "shut")
            && matches!(
                prev(1),
                "to" | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "might"
                    | "may"
                    | "can"
                    | "must"
                    | "shall"
                    | "ll"
                    | "not"
                    | "never"
            )
        {
            continue;
        }
        // Far back, only a word of the future still reaches the date ("is
        // due to announce a replacement for the long-named scheme in
        // July"); a past verb that far is mostly a reporting one.
        // Nor across a comparison ("is expected to narrow from a
        // provisional figure in January") or a phrase of time ("after the
        // weekend breakdown").
        if far
            && (tense != Tense::Future
                || (i + 1..n).any(|k| {
                    matches!(
                        at(k),
                        "from"
                            | "than"
                            | "against"
                            | "compared"
                            | "versus"
                            | "below"
                            | "above"
                            | "after"
                            | "since"
                            | "based"
                    )
                }))
        {
            far_copula |= matches!(w, "was" | "were");
            continue;
        }
        // "a yet unnamed date", "the revised schedule": a participle
        // after a determiner describes a noun.
        let determiner = |p: &str| article_or_owner(p) || p == "our";
        if tense == Tense::Past
            && w.ends_with("ed")
            && (determiner(prev(1))
                || (matches!(prev(1), "still" | "yet" | "newly" | "so")
                    && determiner(prev(2))))
        {
            continue;
        }
        // "agreed to buy the unit in February", "were asked to resubmit it
        // before July": the act agreed on or asked for lies ahead.
        if matches!(
            w,
            "agreed"
                | "decided"
                | "pledged"
                | "promised"
                | "vowed"
                | "voted"
                | "expected"
                | "asked"
                | "urged"
                | "ordered"
                | "invited"
                | "told"
                | "contracted"
                | "offered"
                | "proposed"
                | "undertook"
                | "arranged"
                | "intended"
                | "hoped"
                | "sought"
                | "aimed"
                | "wanted"
                | "threatened"
        ) && at(i + 1) == "to"
            // "had aimed to save it in the year to December": a hope
            // told from after its time.
            && !(prev(1) == "had"
                && matches!(w, "hoped" | "sought" | "aimed" | "wanted"))
            // "lending contracted to 19.7 billion dlrs": a figure, no act.
            && !unit_of_figure(at(i + 2))
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "urged mills to trim steel output in the second quarter", "asked
        // the court to rule by June": what others are directed to do lies
        // ahead (an object of up to three words before "to" and a verb);
        // not what a cause "forced" or "allowed", which came about.
        if matches!(
            w,
            "urged"
                | "asked"
                | "ordered"
                | "invited"
                | "told"
                | "instructed"
                | "directed"
                | "authorized"
                | "authorised"
                | "pressed"
                | "advised"
                | "requested"
                | "called"
        ) && prev(1) != "had"
            && (i + 2..(i + 5).min(n)).any(|k| {
                at(k) == "to"
                    && at(k + 1).len() > 1
                    && !unit_of_figure(at(k + 1))
                    && (i + 1..k).all(|j| {
                        !matches!(
                            at(j),
                            "in" | "on" | "at" | "by" | "that" | "and" | "the"
                        ) || j == i + 1 && at(j) == "the"
                            || w == "called" && j == i + 1 && at(j) == "on"
                    })
            })
        {
            best = Some((d, Tense::Future));
            break;
        }
        // "unveiled the plan May 9": a noun after a determiner marks
        // no tense; "its plan to expand the mill in the third quarter": what
        // is planned lies ahead of the plan.
        if matches!(w, "plan" | "plans")
            && at(i + 1) == "to"
            && determiner(prev(1))
            && plan_to_verb(&lower_before)
        {
            best = Some((d, Tense::Future));
            break;
        }
        if matches!(w, "plan" | "plans")
            && (determiner(prev(1)) || at(i + 1) != "to")
        {
            continue;
        }
        // "confounded hopes of an expansion in the fourth quarter", "its
        // aims for the year": a noun.
        if matches!(w, "hopes" | "aims")
            && (matches!(at(i + 1), "of" | "for" | "and")
                || determiner(prev(1))
                || word_tense(prev(1)) == Some(Tense::Past))
        {
            continue;
        }
        // "output was weaker than expected in November", "as planned":
        // a comparison with a forecast, not the date's tense.
        if matches!(
            w,
            "expected" | "anticipated" | "forecast" | "planned" | "hoped"
        ) && matches!(prev(1), "than" | "as")
        {
            continue;
        }
        if tense == Tense::Future
            && matches!(
                w,
                "scheduled" | "expected" | "planned" | "due" | "slated"
            )
            && (matches!(
                prev(1),
                "was" | "were" | "had" | "been" | "previously" | "originally"
            ) || matches!(prev(2), "was" | "were" | "had"))
        {
            tense = Tense::Past;
        }
        // "the appeal is heard in May", "talks that are supposed to
        // finish by May": a present passive is no past; "is supposed to"
        // looks ahead.
        if tense == Tense::Past && matches!(prev(1), "is" | "are") {
            // "are said to have fled": told now of the past.
            if at(i + 1) == "to" && at(i + 2) == "have" {
                best = Some((d, Tense::Past));
                break;
            }
            if at(i + 1) == "to" {
                best = Some((d, Tense::Future));
                break;
            }
            continue;
        }
        if tense == Tense::Past && prev(1) == "be" {
            // "would be paid", "will be held", "to be named", "could be
            // delayed"; "couldn't be reached", "neither ... could be
            // located" look back; "must be returned" does not say.
            match prev(2) {
                "will" | "'ll" | "ll" | "shall" | "would" | "to" => {
                    tense = Tense::Future
                }
                "could"
                    if !(3..i.min(10) + 1).any(|k| {
                        matches!(prev(k), "neither" | "nor" | "nobody")
                    }) =>
                {
                    tense = Tense::Future
                }
                "could" | "couldn't" => {}
                _ => continue,
            }
        }
        // "will remain closed until Tuesday", "to stay shut": a participle
        // after a verb of state takes that verb's tense; "remains closed
        // until Tuesday" has none of its own.
        if tense == Tense::Past
            && matches!(prev(1), "remain" | "stay" | "remains" | "stays")
        {
            match prev(2) {
                "will" | "'ll" | "ll" | "shall" | "would" | "to" | "could"
                | "should" | "might" | "may" | "must" => {
                    best = Some((d, Tense::Future));
                    break;
                }
                _ => continue,
            }
        }
        if tense == Tense::Scheduled {
            // "will meet", "plans to open", "did not meet": the auxiliary
            // before the verb says.
            if let Some(t) = [prev(1), prev(2)].iter().find_map(|p| match *p {
                "to" => Some(Tense::Future),
                p => word_tense(p).filter(|t| *t != Tense::Scheduled),
            }) {
                tense = t;
            }
        }
        // "which had been expected": far back, only a word still of the
        // future reaches the date.
        if far && tense != Tense::Future {
            continue;
        }
        best = Some((d, tense));
        break;
    }
    // "housing starts slowed": a noun, not the verb.
    let noun = |w: &str, prev: Option<&&str>| {
        w == "starts"
            && prev.is_some_and(|p| {
                matches!(*p, "housing" | "home" | "building" | "construction")
            })
    };
    // "On Friday, the firm planned to ...": a date before the plan is
    // when it was made; "planned to open on Friday" looks ahead.
    // "dropped holiday plans for the visit": "plans" without "to" is a
    // noun.
    let after_tense = |w: &str, next: Option<&&str>| {
        if w == "planned" {
            Some(Tense::Past)
        } else if matches!(w, "plan" | "plans") && next != Some(&"to") {
            None
        } else {
            word_tense(w)
        }
    };
    // "... on Saturday and were planning ...": a new clause after a
    // conjunction has its own verb.
    let own_clause = after
        .first()
        .is_none_or(|w| !matches!(*w, "and" | "but" | "or" | "while"));
    // "the merger the banks signed with regulators on 9 November goes
    // ahead", "talks held in May will resume": a date in a chain of
    // phrases right after a verb is that verb's, not the next clause's.
    // ("said in a note the June quarter auction will" is not: the
    // date there opens the next clause's subject.)
    let preposition = |w: &str| {
        matches!(w, "with" | "in" | "on" | "at" | "by" | "from" | "during")
    };
    // (A present "starts" may be a noun: "housing starts in January fell".)
    let attached = best.is_some_and(|(b, tense)| {
        b <= 4
            && tense != Tense::Scheduled
            && preposition(at(n - b))
            && (preposition(at(n - 1))
                || text[start..].starts_with(|c: char| c.is_ascii_digit())
                || text[start..].starts_with(|c: char| c.is_ascii_uppercase())
                    && !text[start..].starts_with("The "))
    });
    // "told a radio station on Friday evening that she would stay home",
    // "an announcement on Friday night that the agency will lift ...": a
    // clause opened by "that" after the date is what was told, not the
    // telling's tense, nor the date's.
    let reported = after.first() == Some(&"that");
    // "told us that third-quarter sales might slip": a date opening
    // what was told takes the tense of the told clause's verb.
    let told = n >= 1 && at(n - 1) == "that"
        || n >= 2 && at(n - 1) == "the" && at(n - 2) == "that";
    // An opening date's clause may come after other phrases: read on.
    let reach = match (own_clause, commas) {
        _ if attached || reported => 0,
        (false, _) => 0,
        (true, true) => 30,
        (true, false) => 4,
    };
    for (d, w) in after.iter().take(reach).enumerate() {
        let prev = if d > 0 { after.get(d - 1) } else { None };
        if noun(w, prev) {
            continue;
        }
        let next = |k: usize| after.get(d + k).copied().unwrap_or("");
        if causal_due(w, next(1), next(2)) {
            continue;
        }
        // "expects a 9 cts profit for the second quarter compared to 6
        // cts in 1986": a comparison begins, not the clause's verb.
        if matches!(*w, "compared" | "compares" | "comparing") {
            break;
        }
        if describes_noun(
            w,
            prev.copied(),
            d.checked_sub(2).and_then(|k| after.get(k)).copied(),
            true,
        ) {
            continue;
        }
        // "second-half profit should be better": a modal before a bare
        // verb looks ahead, when close by in the date's own clause (not
        // "at year-end, adding that losses should ease", nor "beat
        // first-half sales and should hold"; "could not be reached"
        // does not look ahead).
        let modal = matches!(*w, "could" | "should" | "might" | "must")
            && d <= 3
            && !after[..d]
                .iter()
                .any(|w| matches!(*w, "and" | "but" | "or" | "that"))
            && !matches!(next(1), "" | "not" | "have" | "never")
            // ("bought before November could replace": the verb just
            // before is the date's.)
            && (told || best.is_none_or(|(b, _)| b > 2));
        let tense = if modal {
            Some(Tense::Future)
        } else {
            after_tense(w, after.get(d + 1))
        };
        if let Some(tense) = tense {
            if best.is_none_or(|(b, _)| d < b) || told {
                best = Some((d, tense));
            }
            break;
        }
    }
    // (Nor is the clause "that" opens read further on.)
    if best.is_none() && !reported {
        // "In January, the firm hired ...": the clause's verb may
        // come after a comma.
        let ws = words(rest);
        // "keeps a right to extend the deal in June, the firm said", "in
        // February, citing a drop, and said payments would wait": the
        // telling after a date inside its clause is not the date's tense,
        // and what it tells is another clause ("In January, the firm
        // said it hired", "In his address on Saturday, he said" and
        // "Speaking on Sunday, she said" open with the date's phrase).
        let in_opening_phrase = before.first().is_some_and(|w| {
            matches!(
                *w,
                "in" | "on"
                    | "at"
                    | "for"
                    | "during"
                    | "after"
                    | "before"
                    | "by"
            ) || progressive(w)
        });
        let telling = |w: &str| {
            !opening
                && !in_opening_phrase
                && matches!(
                    w,
                    "said" | "added" | "told" | "stated" | "reported"
                )
        };
        best = ws
            .iter()
            .take(12)
            .take_while(|w| !telling(w))
            // A comparison after the date reports figures, mostly past
            // ("net income in 1986 compared with 1985"); not after a
            // forecast ("would earn $9 in the second quarter compared
            // to $6 earned in 1986").
            .take_while(|w| {
                !matches!(**w, "compared" | "comparing")
                    || !before.iter().any(|b| future_cue(b))
            })
            .enumerate()
            .filter(|(k, w)| {
                let at = |i: usize| ws.get(i).copied().unwrap_or("");
                let back = |j: usize| {
                    k.checked_sub(j).and_then(|p| ws.get(p)).copied()
                };
                !noun(w, k.checked_sub(1).and_then(|p| ws.get(p)))
                    && !causal_due(w, at(k + 1), at(k + 2))
                    && !describes_noun(w, back(1), back(2), false)
            })
            .find_map(|(k, w)| {
                let t = after_tense(w, ws.get(k + 1))?;
                // "The spring launch is eagerly anticipated": a present
                // passive is the clause's verb, and no past.
                let aux = ws[..k]
                    .iter()
                    .rev()
                    .find(|p| !(p.len() > 4 && p.ends_with("ly")));
                let passive = t == Tense::Past
                    && aux.is_some_and(|p| matches!(*p, "is" | "are"));
                Some((!passive).then_some(t))
            })
            .flatten()
            .map(|t| (0, t));
    }
    match best {
        Some((_, t)) => Some(t),
        // "was chief economist at the ministry, its oldest post, until
        // January": a state that held until a date is over.
        None if far_copula => Some(Tense::Past),
        // ("by the early summer": the article outside the expression;
        // not "by the Tuesday deadline", where it modifies a noun.)
        None if n >= 1 && matches!(at(n - 1), "until" | "till" | "by")
            || n >= 2
                && at(n - 1) == "the"
                && matches!(at(n - 2), "until" | "till" | "by")
                && after.first().is_none_or(|w| {
                    matches!(*w, "and" | "or" | "to" | "at" | "in" | "when")
                }) =>
        {
            Some(Tense::Future)
        }
        None => None,
    }
}

/// "The first cut since January 2", "the highest since 1998": a date
/// that only bounds a record (the words before a since-date end in
/// `before`), not one the story goes on to speak of.
fn record_since(before: &str) -> bool {
    before.split_whitespace().rev().take(8).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        let w = w.to_ascii_lowercase();
        matches!(w.as_str(), "first" | "most" | "least" | "best" | "worst")
            || (w.len() >= 6
                && w.ends_with("est")
                && !matches!(
                    w.as_str(),
                    "interest"
                        | "request"
                        | "protest"
                        | "suggest"
                        | "harvest"
                        | "invest"
                        | "arrest"
                        | "contest"
                        | "forest"
                ))
    })
}

/// Whether the words before an expression, in its sentence, only lead up
/// to it: "In June, …", "But in the summer, …", "Later that year".
fn opens_sentence(before: &str) -> bool {
    // (Reads four words at most, whatever the sentence's length.)
    let mut words = before.split_whitespace();
    words
        .by_ref()
        .take(3)
        .all(|w| LEAD_INS.iter().any(|l| w.eq_ignore_ascii_case(l)))
        && words.next().is_none()
}

/// Whether a date opens its sentence and a comma closes it ("In April,
/// ...", "But on May 3, ..."), so that the clause after is its own; not
/// one a report says lies ahead ("On May 18, the company said, it will
/// redeem the notes").
fn opens_past_clause(before: &str, after: &str) -> bool {
    let mut words = before.split_whitespace();
    after.starts_with(',')
        && words.by_ref().take(3).all(date_lead_in)
        && words.next().is_none()
        && !after
            .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
            .any(future_cue)
}

/// The clause after a sentence's opening date, past a telling set off by
/// commas: in "In June, the company said, it will open a plant" the date
/// is the plant's, and "said" is no verb of its clause. (Lower-case text,
/// as `tense_at` reads it.)
fn past_attribution(clause: &str) -> &str {
    let Some(comma) = clause.find(',') else { return clause };
    let words: Vec<&str> = clause[..comma].split_whitespace().collect();
    let telling = words.last().is_some_and(|w| {
        matches!(
            *w,
            "said"
                | "says"
                | "added"
                | "adds"
                | "noted"
                | "notes"
                | "reported"
        )
    });
    if telling && (2..=6).contains(&words.len()) {
        &clause[comma + 1..]
    } else {
        clause
    }
}

/// A word that may lead up to a date opening its sentence, before the
/// comma that ends the date's phrase ("In January,", "But on May 3,").
fn date_lead_in(w: &str) -> bool {
    ["in", "on", "by", "early", "late", "during", "and", "but", "then"]
        .iter()
        .any(|l| w.eq_ignore_ascii_case(l))
}

/// The words that may lead up to an expression opening a sentence.
const LEAD_INS: &[&str] = &[
    "in", "by", "during", "and", "but", "then", "early", "late", "later",
    "earlier", "that", "the", "over",
];

/// "Qualcomm sued Apple in January 2017. Three months later … In June,
/// the ITC opened an investigation": a month or season opening a sentence
/// told in the past, right after a narrative step ("three months later",
/// "a year later") has reached a time well before the DCT, is of that story's
/// time (June 2017), the nearest such one, ahead of it rather than
/// behind. Inside a sentence ("after Gadhafi agreed in April"), after a
/// date named outright ("the Dec. 21, 1988, bombing", "than in February
/// 1986") or told of the DCT's time, a bare month stays the DCT's nearest.
fn story_year(
    expr: &mut TimeExpr,
    before: &str,
    time: Option<&Resolved>,
    tense: Option<Tense>,
    dct: Option<&Resolved>,
    (out, sentence): (&[Tagged], usize),
    storied: &Option<Range<usize>>,
) -> bool {
    let first_month = match *expr {
        TimeExpr::Calendar {
            year: None, month: Some(m), shift: None, ..
        } => m,
        TimeExpr::Period {
            precision: Precision::Season,
            n,
            year: None,
            shift: None,
        } => n * 3,
        _ => return false,
    };
    let Some(r) = time.filter(|r| {
        r.precision <= Precision::Year
            && !r.approximate
            && matches!(tense, Some(Tense::Past | Tense::Done))
            && dct.is_some_and(|d| {
                crate::date::add_months(r.span.end, 3) < d.span.start
            })
    }) else {
        return false;
    };
    if !opens_sentence(before) {
        return false;
    }
    // Only a story that narrates, stepping on from a date ("three
    // months later", "the following year"): a date named in a comparison
    // ("up from February 1986 ... In January, prices rose") or an aside
    // leaves the bare months the DCT's.
    let Anchor::Narrative(told) = &r.anchor else { return false };
    if !out.iter().rev().find(|p| p.timex.span == *told).is_some_and(|p| {
        p.sentence + 1 >= sentence
            && (matches!(
                p.timex.expr,
                TimeExpr::Offset { narrative: true, .. }
                    | TimeExpr::Shift { narrative: true, .. }
            ) || storied.as_ref() == Some(told))
    }) {
        return false;
    }
    let at = r.span.start;
    let year = chrono::Datelike::year(&at);
    let cost = |y: i32| {
        let start = crate::date::ymd(y, first_month, 1);
        let days = (start - at).num_days();
        if days >= 0 {
            days
        } else {
            -2 * days
        }
    };
    let best = (year - 1..=year + 1).min_by_key(|y| cost(*y));
    match expr {
        TimeExpr::Calendar { year: slot, .. }
        | TimeExpr::Period { year: slot, .. } => *slot = best,
        _ => {}
    }
    true
}

/// "In 2015, Acme bought Globex. In March, it sold a unit": a year opening
/// a sentence told in the past, two years or more before the DCT's, sets
/// the story's time as a narrative step does; the bare month opening the
/// next sentence is of it ([`story_year`]). (A year just before the DCT's
/// is not: "In 2015, sales rose 5 pct. In January, they rose 3 pct",
/// told in 2016, is this January's figure.)
fn frames_story(
    expr: &TimeExpr,
    sentence: &str,
    at: Range<usize>,
    tense: Option<Tense>,
    dct: Option<&Resolved>,
) -> bool {
    let TimeExpr::Calendar { year: Some(y), month: None, day: None, .. } =
        *expr
    else {
        return false;
    };
    let before = &sentence[..at.start];
    !before.trim().is_empty()
        && opens_sentence(before)
        && dct.is_some_and(|d| chrono::Datelike::year(&d.span.start) - y >= 2)
        && matches!(
            tense.or_else(|| tense_at(sentence, at.start, at.end)),
            Some(Tense::Past | Tense::Done)
        )
}

/// The time `expr` counts from: the story's `time`, unless `expr` names a
/// time told before it as "that" unit ("that year", "the same month",
/// "that summer") and a date counted from (`since`) was told after the
/// story's time, as precise as that unit ("have fought since 2011 ... in
/// April of that year" is 2011; "since the 1990s ... that year" is no
/// decade).
fn that_time<'a>(
    expr: &TimeExpr,
    time: Option<&'a Resolved>,
    since: Option<&'a Resolved>,
) -> Option<&'a Resolved> {
    let unit = match expr {
        TimeExpr::Shift { narrative: true, by: 0, unit, .. } => *unit,
        TimeExpr::MonthOf { by: 0, .. } => Unit::Month,
        TimeExpr::SeasonOf { by: 0, .. } => Unit::Year,
        _ => return time,
    };
    let told = |r: &Resolved| match &r.anchor {
        Anchor::Narrative(span) => Some(span.start),
        _ => None,
    };
    match since {
        Some(s)
            if s.precision <= resolve::unit_precision(unit)
                && time.is_none_or(|t| told(t) < told(s)) =>
        {
            Some(s)
        }
        _ => time,
    }
}

/// The year "that year" names, from `time`, the story's time before the
/// expression it follows; when that time was a month or day the DCT gave
/// its year ("in April 1989, others in May, June and September of that
/// year"), the year last written out in the recent sentences of
/// `earlier` instead. Reads only the last sentences, so no quadratic work.
fn narrative_year(
    earlier: &[Tagged],
    sentence: usize,
    time: Option<&Resolved>,
) -> Option<i32> {
    let recent = || {
        earlier.iter().rev().take_while(move |p| p.sentence + 2 >= sentence)
    };
    let guessed = time.is_some_and(|r| {
        recent().any(|p| {
            r.anchor == Anchor::Narrative(p.timex.span.clone())
                && matches!(
                    p.timex.expr,
                    TimeExpr::Calendar { year: None, .. }
                )
        })
    });
    match time {
        Some(r) if !guessed => Some(chrono::Datelike::year(&r.span.start)),
        _ => recent()
            .find(|p| names_its_year(&p.timex.expr))
            .and_then(|p| p.resolved.as_ref())
            .map(|r| chrono::Datelike::year(&r.span.start)),
    }
}

/// "October 25 this year", "on March 3 last year", "in June of the same
/// year": a day without a year right before "this", "last" or
/// "next year" is that year's, and so is a day or month before "that
/// year", "the same year" or "the following year" (`year`, counted from
/// the story's time); so is a season, quarter or half before one of
/// those ("the autumn of that year", "the second quarter of the
/// following year"). `prev` becomes that day, month or period and takes
/// in `t`'s words. Whether it did.
fn day_of_named_year(
    body: &str,
    prev: &mut Tagged,
    t: &Timex,
    year: Option<i32>,
    dct: Option<&Resolved>,
) -> bool {
    let (relative, narrative, step) = match t.expr {
        TimeExpr::Shift { unit: Unit::Year, narrative, part: None, by } => {
            (true, narrative, narrative && by != 0)
        }
        _ => (false, false, false),
    };
    // ("Opened in June, the following year it closed": after a comma, a
    // step to another year starts a phrase of its own.)
    let joined = || {
        !prev.timex.in_name
            && match gap(body, &prev.timex.span, &t.span) {
                Some("" | "of") => true,
                Some(",") => !step,
                _ => false,
            }
    };
    if prev_is_period(&prev.timex.expr) {
        // ("The summer last year" is one expression already; only a
        // year the narrative names is read here.)
        if !narrative || !relative || !joined() {
            return false;
        }
        let (TimeExpr::Period { precision, n, .. }, Some(y)) =
            (&prev.timex.expr, year)
        else {
            return false;
        };
        let named = Timex {
            expr: TimeExpr::Period {
                precision: *precision,
                n: *n,
                year: Some(y),
                shift: None,
            },
            ..prev.timex.clone()
        };
        let Some(moved) = resolve(&named, dct, None, None) else {
            return false;
        };
        // (Still told relative to the story, as the season was.)
        let anchor = prev.resolved.as_ref().map(|r| r.anchor.clone());
        let moved =
            Resolved { anchor: anchor.unwrap_or(moved.anchor), ..moved };
        absorb(prev, t, moved);
        return true;
    }
    let TimeExpr::Calendar {
        year: None, month: Some(m), day, part: None, ..
    } = prev.timex.expr
    else {
        return false;
    };
    // (A month before "this year" is one expression already.)
    if !relative || day.is_none() && !narrative || !joined() {
        return false;
    }
    let Some(y) = year else { return false };
    let Some(first) = chrono::NaiveDate::from_ymd_opt(y, m, day.unwrap_or(1))
    else {
        return false;
    };
    let Some(r) = &prev.resolved else { return false };
    let unit = if day.is_some() { Unit::Day } else { Unit::Month };
    let moved = resolve::unit_of(r, first, unit);
    absorb(prev, t, moved);
    true
}

/// A season, quarter or half told without its year ("the summer", "the
/// second quarter"), which a year named right after may take.
fn prev_is_period(e: &TimeExpr) -> bool {
    matches!(e, TimeExpr::Period { year: None, shift: None, .. })
}

/// `prev` takes in the words of `t` right after it and becomes `moved`.
fn absorb(prev: &mut Tagged, t: &Timex, moved: Resolved) {
    prev.value = moved.value.clone();
    prev.resolved = Some(moved);
    prev.timex.span.end = t.span.end;
}

/// "the same month last year", "the same week a year ago": when `t`
/// counts a year back right after "the same" day, week or month, `prev`
/// becomes that unit a year back and takes in `t`'s words. Whether it did.
fn same_unit_year_back(body: &str, prev: &mut Tagged, t: &Timex) -> bool {
    let TimeExpr::Shift { unit, by: 0, narrative: true, part: None } =
        prev.timex.expr
    else {
        return false;
    };
    let year_back = [
        "last year",
        "a year ago",
        "a year earlier",
        "a year before",
        "the year before",
        "the previous year",
        "the prior year",
    ];
    // (A hard-wrapped "the same month last\nyear" as on one line.)
    let said = crate::text::flat_breaks(&body[t.span.clone()]);
    if !matches!(unit, Unit::Day | Unit::Week | Unit::Month)
        || !crate::text::flat_breaks(&body[prev.timex.span.clone()])
            .to_ascii_lowercase()
            .starts_with("the same ")
        || !year_back.iter().any(|w| said.eq_ignore_ascii_case(w))
        || !matches!(gap(body, &prev.timex.span, &t.span), Some("" | "of"))
    {
        return false;
    }
    // ("the same month" when the story gave only a year is no month.)
    let Some(r) = prev.resolved.as_ref().filter(|r| {
        r.precision
            == match unit {
                Unit::Day => Precision::Day,
                Unit::Week => Precision::Week,
                _ => Precision::Month,
            }
            && !r.value.contains('X')
    }) else {
        return false;
    };
    let start = r.span.start;
    let day = match unit {
        Unit::Week => {
            let w = chrono::Datelike::iso_week(&start);
            chrono::NaiveDate::from_isoywd_opt(
                w.year() - 1,
                w.week(),
                chrono::Weekday::Mon,
            )
        }
        _ => Some(crate::date::add_months(start, -12)),
    };
    let Some(day) = day else { return false };
    let moved = resolve::unit_of(r, day, unit);
    absorb(prev, t, moved);
    true
}

/// Whether a word names a unit of time, a weekday, a month or a season,
/// or counts them ("next week", "next Monday", "next two years").
fn unit_or_day(w: &str) -> bool {
    let w = w.strip_suffix("'s").unwrap_or(w);
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "day"
            | "night"
            | "week"
            | "weekend"
            | "month"
            | "quarter"
            | "half"
            | "year"
            | "decade"
            | "century"
            | "season"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "few"
            | "several"
            | "couple"
            | "morning"
            | "evening"
            | "time"
    ) || scan::small_number(w) > 0
        || crate::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
        || crate::date::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether a date ends a line set over a table of results: the rest of
/// its line is empty or "end", "net", and the next line compares figures
/// ("Jan 31 end" then "Shr 12 cts vs 9 cts").
fn heads_results_table(after: &str) -> bool {
    // A few lines at most: this runs for every date of a long text.
    let after = &after[..crate::text::floor_char(after, 400)];
    let Some((line, rest)) = after.split_once('\n') else { return false };
    let line = line.trim().trim_end_matches(['.', ':']);
    let next = rest.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    matches!(
        line.to_ascii_lowercase().as_str(),
        "" | "end" | "ended" | "ends" | "net" | "results"
    ) && next.len() < 120
        && next.contains(" vs ")
        && next.trim_start().starts_with(|c: char| c.is_ascii_uppercase())
}

/// "testing in August in selected cities", "according to a published
/// report": a participle after a preposition or a determiner describes a
/// noun; it is not the clause's verb. (`prev` and `before` are the two
/// words before `w`; "L.A. produced" is no article. Words skip numbers,
/// so across a comma "in 1984, adjusted for" would read "in adjusted":
/// there `prepositions` is false.)
fn describes_noun(
    w: &str,
    prev: Option<&str>,
    before: Option<&str>,
    prepositions: bool,
) -> bool {
    w.ends_with("ed")
        && match prev {
            Some("a" | "an") => before.is_none_or(|b| b.len() > 1),
            Some("the" | "its" | "their") => true,
            Some(p) => {
                prepositions
                    && matches!(
                        p,
                        "in" | "at" | "for" | "of" | "with" | "from" | "on"
                    )
            }
            None => false,
        }
}

/// Whether the last "plan(s) to" in `lower` is followed by a verb ("its
/// plan to expand the mill"), not a recipient ("its plan to 40 lenders", "the
/// plan to the board").
fn plan_to_verb(lower: &str) -> bool {
    let Some(at) =
        lower.rfind("plan to ").or_else(|| lower.rfind("plans to "))
    else {
        return false;
    };
    let rest = &lower[at..];
    let rest = &rest[rest.find(" to ").map_or(rest.len(), |k| k + 4)..];
    let next =
        rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    !next.is_empty()
        && !matches!(
            next,
            "a" | "an"
                | "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "shareholders"
                | "creditors"
                | "investors"
                | "congress"
                | "parliament"
        )
}

/// A text set all in lower case ("lima, june 9 - peru has
/// obtained ...", "suspended since january") with its month and weekday
/// names capitalized where they name dates, so the patterns for written
/// dates read it; "may" and "march" only next to a day's number or after
/// a word that leads to a date ("in may", not "may rise", "to march").
/// Same length, so offsets hold; text with capitals is returned as it is.
fn recase_lowercase(body: &str) -> std::borrow::Cow<'_, str> {
    let (mut letters, mut upper) = (0usize, 0usize);
    for b in body.bytes().filter(u8::is_ascii_alphabetic) {
        letters += 1;
        upper += usize::from(b.is_ascii_uppercase());
        // Capitals enough for any share of letters: stop reading.
        if upper * 100 >= body.len() {
            return std::borrow::Cow::Borrowed(body);
        }
    }
    if letters < 200 || upper * 100 >= letters {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = body.as_bytes().to_vec();
    let bytes = body.as_bytes();
    let mut prev_word = "";
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let word = &body[start..i];
        let rest = body[i..].trim_start_matches(['.', ' ']);
        let day_follows = rest.starts_with(|c: char| c.is_ascii_digit());
        let full_month =
            crate::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word));
        let short_month = matches!(
            word,
            "jan"
                | "feb"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        );
        let weekday =
            crate::date::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word));
        let leads = matches!(
            prev_word,
            "in" | "since"
                | "until"
                | "till"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "of"
                | "by"
                | "from"
                | "through"
                | "during"
                | "before"
                | "after"
                | "this"
                | "end"
                | "and"
                | "or"
        );
        let date = match word {
            "may" | "march" => day_follows || leads,
            _ if full_month || weekday => true,
            _ => short_month && day_follows,
        };
        if date {
            out[start] = out[start].to_ascii_uppercase();
        }
        prev_word = word;
    }
    // Only ASCII letters changed case: still UTF-8.
    std::borrow::Cow::Owned(
        String::from_utf8(out).unwrap_or_else(|_| body.to_string()),
    )
}

/// The text in lower case but for the month "May" (capitalized, or
/// before a day's number), so that the words of a tense window tell the
/// month from the modal ("may close in March"). Same length, so offsets
/// hold.
/// `s` with typographic apostrophes (U+2019) written as `'`, so that
/// "won’t" and "tomorrow’s" read as "won't" and "tomorrow's".
fn straight_apostrophes(s: String) -> String {
    if s.contains('’') {
        s.replace('’', "'")
    } else {
        s
    }
}

fn lower_but_may(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    // "the Australian Open on Monday", "Close Brothers": a capitalized
    // schedule verb is a name's word, not the clause's verb.
    let bytes = s.as_bytes();
    for (k, b) in bytes.iter().enumerate() {
        if matches!(b, b'O' | b'C' | b'B' | b'R' | b'E')
            && ["Open", "Close", "Begin", "Resume", "Reopen", "Expire"]
                .iter()
                .any(|name| bytes[k..].starts_with(name.as_bytes()))
        {
            out.replace_range(k..k + 1, &s[k..k + 1]);
        }
    }
    let found: Vec<usize> = out.match_indices("may").map(|(k, _)| k).collect();
    for k in found {
        let open = k == 0 || !bytes[k - 1].is_ascii_alphabetic();
        let close = bytes.get(k + 3).is_none_or(|b| !b.is_ascii_alphabetic());
        let day =
            s[k + 3..].trim_start().starts_with(|c: char| c.is_ascii_digit());
        if open && close && (bytes[k] == b'M' || day) {
            out.replace_range(k..k + 1, "M");
        }
    }
    out
}

/// Whether the date at `start` ends what a verb in the simple past says
/// went on, the verb right before "until": "ran until March 3", "lasted
/// until June", "was not drilled until May", "stayed open until May 2".
/// Not a deferral ("was extended until March 3", "adjourned the meeting
/// until March 11") nor a plan ("was scheduled to run until"); "through"
/// is not read ("dividend accrued through June 8" names a noun's date).
fn lasted_until(text: &str, start: usize) -> bool {
    with_words_before(text, start, 60, |last, rest| {
        if !matches!(last, "until" | "till") {
            return false;
        }
        // ("Stayed open until", "was in office until": a state between.)
        let rest = match rest {
            [r @ .., "open" | "closed" | "shut" | "on" | "there" | "office"] => {
                r
            }
            _ => rest,
        };
        let rest = match rest {
            [r @ .., "in"] => r,
            _ => rest,
        };
        let Some(verb) = rest.last() else { return false };
        (matches!(
            *verb,
            "was" | "were" | "ran" | "stood" | "held" | "kept" | "sat"
        ) || verb.ends_with("ed") && word_tense(verb) == Some(Tense::Past))
            && !defers(verb)
            && !matches!(
                *verb,
                "expected"
                    | "scheduled"
                    | "planned"
                    | "adjourned"
                    | "suspended"
            )
    })
}

/// Hands `f` the last word before `start` and the words before it, within
/// `reach` bytes: lower case, letters and hyphens. False without a word.
fn with_words_before(
    text: &str,
    start: usize,
    reach: usize,
    f: impl FnOnce(&str, &[&str]) -> bool,
) -> bool {
    let head = crate::text::tail(&text[..start], reach).to_ascii_lowercase();
    let words: Vec<&str> = head
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.split_last().is_some_and(|(last, rest)| f(last, rest))
}

/// Whether the day at `start` is when an act told in the simple past took
/// place, its verb right before "on" and plainly finite: after a pronoun
/// ("he took over on July 1", "who resigned on April 4") or "was"/"were"
/// ("was fired on May 3", or with a short complement, "was named chief
/// executive on May 3"). A participle after a noun is not ("shares held
/// on March 23", "securities pledged on April 22" are record and
/// repurchase dates, ahead), nor an active verb with its object ("called
/// a meeting on July 1": the meeting's day).
fn done_on_day(text: &str, start: usize) -> bool {
    with_words_before(text, start, 60, |last, rest| {
        if last != "on" {
            return false;
        }
        // "took over on", "stepped down on": a particle after the verb.
        let particle = rest.last().is_some_and(|w| {
            matches!(*w, "over" | "down" | "up" | "out" | "off" | "away")
        });
        let clause = &rest[..rest.len() - usize::from(particle)];
        // The verb right before "on", or a passive's before a short
        // complement ("was named chief executive on May 3").
        (0..=3).any(|gap| {
            let Some(v) = clause.len().checked_sub(gap + 1) else {
                return false;
            };
            let (verb, between) = (clause[v], &clause[v + 1..]);
            let Some((subject, earlier)) = clause[..v].split_last() else {
                return false;
            };
            // ("was expected on July 1", "was scheduled on May 3": ahead.)
            let past = past_act(verb, 3);
            // (With words between, only a passive: in "called a meeting
            // on July 1" and "authorized redemption on April 17" the day
            // is the noun's, ahead; in "was named chief executive on May
            // 3" it is the naming's.)
            let passive = matches!(*subject, "was" | "were");
            let finite = passive
                || gap == 0
                    && matches!(
                        *subject,
                        "he" | "she" | "it" | "they" | "we" | "i" | "who"
                    );
            // Nothing between that opens a purpose, a plan or a term
            // ("was asked to testify on", "declared a dividend payable
            // on", "signed a lease effective on").
            let plain = between.iter().all(|w| {
                !opens_purpose_or_plan(w)
                    && !looks_ahead_word(w)
                    && !matches!(
                        *w,
                        "payable"
                            | "effective"
                            | "starting"
                            | "beginning"
                            | "record"
                            | "expiring"
                            | "maturing"
                            | "redemption"
                            | "delivery"
                            | "shipment"
                            | "payment"
                            | "meeting"
                            | "hearing"
                            | "vote"
                    )
            });
            // ("would be made shortly before the price was announced on
            // April 28": ahead.)
            past && finite
                && plain
                && !earlier.iter().rev().take(8).any(|w| looks_ahead_word(w))
        })
    })
}

/// A word between a past verb and its date that opens a purpose, a plan
/// or a bound, so the date is not the verb's ("submitted for approval in
/// May", "agreed to sell in June", "was set until May 3").
fn opens_purpose_or_plan(w: &str) -> bool {
    matches!(w, "for" | "to" | "until" | "by" | "from" | "and" | "or")
        || plan_word(w)
}

/// A word of a plan or a schedule: what it dates may lie ahead whatever
/// the tense ("was expected in April", "was set for May 3").
fn plan_word(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "scheduled"
            | "planned"
            | "slated"
            | "set"
            | "due"
            | "forecast"
            | "projected"
            | "targeted"
            | "timed"
            | "proposed"
            | "anticipated"
            | "delayed"
            | "postponed"
            | "deferred"
            | "put"
            | "moved"
            | "brought"
            | "pushed"
    )
}

/// A verb in the simple past that names an act: a regular one of more
/// than `longer_than` letters that is no plan's ("resigned", not
/// "scheduled"), or an irregular one ("took").
fn past_act(w: &str, longer_than: usize) -> bool {
    w.len() > longer_than && w.ends_with("ed") && !plan_word(w)
        || simple_past(w)
}

/// A past form of an irregular verb that names an act ("took", "fell").
fn simple_past(w: &str) -> bool {
    matches!(
        w,
        "quit"
            | "died"
            | "won"
            | "lost"
            | "left"
            | "sold"
            | "bought"
            | "began"
            | "fell"
            | "rose"
            | "hit"
            | "took"
            | "made"
            | "came"
            | "went"
            | "met"
            | "held"
            | "split"
            | "shut"
            | "sued"
            | "tied"
            | "owed"
            | "fled"
            | "sank"
            | "drove"
            | "froze"
            | "struck"
            | "fought"
            | "broke"
            | "shot"
            | "found"
            | "became"
            | "underwent"
            | "overcame"
            | "gave"
            | "got"
            | "ran"
            | "wrote"
            | "spoke"
    )
}

/// A word that puts the act after it ahead of the time told: "to be
/// signed", "will be finalised", "expects to begin", "would be made
/// shortly before the price was announced".
fn looks_ahead_word(w: &str) -> bool {
    matches!(
        w,
        "be" | "being"
            | "to"
            | "will"
            | "would"
            | "shall"
            | "might"
            | "could"
            | "should"
            | "can"
            | "may"
            | "is"
            | "are"
            | "expects"
            | "expect"
            | "plans"
            | "plan"
            | "intends"
            | "aims"
            | "hopes"
            | "wants"
    )
}

/// Whether the month at `start` is where an act told in the simple past
/// took place: "exited bankruptcy in April", "quit the group in March",
/// "were killed in March", "was suspended in April"; a verb at most three
/// words before "in". Or the month a state is counted from ("since
/// April"). Not a plan ("was expected in April", "set for
/// approval in May"), nor in a story of traded contracts ("June rose").
fn done_in_month(text: &str, start: usize) -> bool {
    with_words_before(text, start, 80, |last, rest| {
        // "has not been ahead in the poll since April": counted from a time
        // behind.
        if last == "since" {
            return true;
        }
        if last != "in" || rest.is_empty() {
            return false;
        }
        let tail = &rest[rest.len().saturating_sub(4)..];
        let Some(k) = tail.iter().rposition(|w| past_act(w, 4)) else {
            return false;
        };
        // Nothing between the verb and "in" that opens a purpose or a plan
        // ("submitted for approval in May", "agreed to sell in June").
        let between = &tail[k + 1..];
        if between.iter().any(|w| opens_purpose_or_plan(w)) {
            return false;
        }
        // ("to be signed in May", "will be finalised in April", "is
        // anticipated in August", "expects to begin marketing the unleaded
        // fuel in May", "might step down after the summit of rich
        // nations in June": ahead.)
        let before = &rest[..rest.len() - tail.len() + k];
        if before.iter().rev().take(8).any(|w| looks_ahead_word(w)) {
            return false;
        }
        !crate::text::has_any_word(
            text,
            &[
                "futures",
                "contract",
                "contracts",
                "traded",
                "trading",
                "lots",
                "shipment",
                "delivery",
            ],
        )
    })
}

/// Whether a sentence speaks of the future ("will meet on Friday").
pub(crate) fn is_future(sentence: &str) -> bool {
    // Word by word as bytes, in any case, with no copy: asked of every
    // sentence of a story whose date is inferred.
    let is = |w: &[u8], x: &&str| w.eq_ignore_ascii_case(x.as_bytes());
    let mut prev: &[u8] = &[];
    for w in sentence
        .as_bytes()
        .split(|&b| !b.is_ascii_alphabetic() && b != b'\'')
        .filter(|w| !w.is_empty())
    {
        // ("We'll", "it'll": the contraction is the word's end; "We’ll"
        // splits at its apostrophe.)
        let ll = w.len() > 3 && w[w.len() - 3..].eq_ignore_ascii_case(b"'ll")
            || is(w, &"ll");
        if FUTURE_WORDS.iter().any(|x| is(w, x))
            || ll
            || ["could", "might", "next", "until"].iter().any(|x| is(w, x))
            || is(w, &"to")
                && ["set", "is", "are", "going"].iter().any(|x| is(prev, x))
            || is(prev, &"as") && ["soon", "early"].iter().any(|x| is(w, x))
        {
            return true;
        }
        prev = w;
    }
    false
}

fn unresolved_value(expr: &TimeExpr) -> String {
    match expr {
        TimeExpr::Duration(v) | TimeExpr::Set(v) => v.clone(),
        TimeExpr::PastRef => "PAST_REF".into(),
        TimeExpr::PresentRef => "PRESENT_REF".into(),
        TimeExpr::FutureRef => "FUTURE_REF".into(),
        TimeExpr::Calendar { year: Some(y), .. } => format!("{y:04}"),
        // "the past two weeks" without a DCT is still two weeks long.
        TimeExpr::Past { amount, unit } if amount.hi > 1 || amount.fuzzy => {
            if amount.fuzzy && amount.lo != amount.hi {
                "PAST_REF".into()
            } else if amount.fuzzy {
                format!("PX{}", unit.letter())
            } else {
                format!("P{}{}", amount.hi, unit.letter())
            }
        }
        // Without a DCT, what is known of the date still shows: "on
        // Tuesday" is some Tuesday, "in March" some March.
        TimeExpr::Weekday { day, daypart, .. } => {
            let part = daypart.map_or(String::new(), |p| format!("T{p}"));
            format!("XXXX-WXX-{}{part}", day + 1)
        }
        TimeExpr::Weekend { .. } => "XXXX-WXX-WE".into(),
        // "this year", "last month", "next week": of some year, month or
        // week.
        TimeExpr::Shift { unit, .. }
        | TimeExpr::Offset { unit, .. }
        | TimeExpr::Coming { unit, .. } => match unit {
            Unit::Year | Unit::Decade | Unit::Century => "XXXX".into(),
            Unit::Month => "XXXX-XX".into(),
            Unit::Week => "XXXX-WXX".into(),
            _ => "XXXX-XX-XX".into(),
        },
        TimeExpr::Calendar {
            year: None, month: Some(m), day: None, ..
        }
        | TimeExpr::MonthOfYear { month: m, .. }
        | TimeExpr::MonthOf { month: m, .. } => format!("XXXX-{m:02}"),
        TimeExpr::Calendar {
            year: None,
            month: Some(m),
            day: Some(d),
            ..
        } => {
            format!("XXXX-{m:02}-{d:02}")
        }
        TimeExpr::Period { precision, n, year: None, .. } => {
            period_of_some_year(*precision, *n)
                .unwrap_or_else(|| "XXXX-XX-XX".into())
        }
        _ => "XXXX-XX-XX".into(),
    }
}

/// A quarter, half or season of no known year: `XXXX-Q2`, `XXXX-H1`,
/// `XXXX-SP`.
fn period_of_some_year(precision: Precision, n: u32) -> Option<String> {
    match precision {
        Precision::Quarter => Some(format!("XXXX-Q{n}")),
        Precision::Half => Some(format!("XXXX-H{n}")),
        Precision::Season => {
            let code = ["SP", "SU", "FA", "WI"][(n.clamp(1, 4) - 1) as usize];
            Some(format!("XXXX-{code}"))
        }
        _ => None,
    }
}

/// Tags a document's body against its own publication date.
pub fn tag(doc: &crate::input::Document) -> Vec<Tagged> {
    let dct = crate::input::published::dct(&doc.published);
    let sentences = crate::text::split_sentences(&doc.body);
    tag_sentences(doc, &sentences, dct.as_ref())
}

/// [`tag`] with the document's sentences and DCT already at hand: its
/// filing day and the scans its date's inference kept are its own.
pub(crate) fn tag_sentences(
    doc: &crate::input::Document,
    sentences: &[Sentence],
    dct: Option<&Resolved>,
) -> Vec<Tagged> {
    tag_scanned(&doc.body, sentences, dct, doc.filed, &doc.scans)
}

/// A document's temporal expressions as a TimeML document (DCT as `t0`).
pub fn to_timeml(doc: &crate::input::Document) -> String {
    let tags = tag(doc);
    timeml::write(&doc.id, doc.published.value.as_deref(), &doc.body, &tags)
}

/// The `dealline timex --format json` line of a document: its DCT and every
/// temporal expression with byte offsets into the body text, TIMEX3 type
/// and value, and the interval fields when resolved.
pub fn to_json_line(doc: &crate::input::Document) -> String {
    // Fields in alphabetical order, as the format has always written them.
    #[derive(serde::Serialize)]
    struct Line<'a> {
        dct: Option<&'a str>,
        doc: &'a str,
        timexes: Vec<Entry<'a>>,
    }
    #[derive(serde::Serialize)]
    struct Entry<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        approximate: Option<bool>,
        end: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        interval_end: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        interval_start: Option<String>,
        #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
        modifier: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        precision: Option<&'static str>,
        start: usize,
        text: &'a str,
        #[serde(rename = "type")]
        kind: TimexType,
        value: &'a str,
    }
    let tags = tag(doc);
    let timexes = tags
        .iter()
        .map(|t| {
            let r = t.resolved.as_ref();
            Entry {
                approximate: r.map(|r| r.approximate),
                end: t.timex.span.end,
                interval_end: r.map(|r| r.span.end.to_string()),
                interval_start: r.map(|r| r.span.start.to_string()),
                modifier: t.modifier(&doc.body),
                precision: r.map(|r| r.precision.as_str()),
                start: t.timex.span.start,
                text: &doc.body[t.timex.span.clone()],
                kind: t.timex.kind,
                value: &t.value,
            }
        })
        .collect();
    let line =
        Line { dct: doc.published.value.as_deref(), doc: &doc.id, timexes };
    serde_json::to_string(&line).expect("a timex line serializes")
}

#[cfg(test)]
mod tests {
    use super::is_future;

    #[test]
    fn ok_future_sentences_by_their_words() {
        for s in [
            "The board WILL meet on Friday.",
            "It shall close in June.",
            "Talks are set to resume next week.",
            "The plant is going to open in May.",
            "It may ship as early as March.",
            "Shares could rise until year-end.",
            "We'll make progress in 1987.",
            "We\u{2019}ll make progress in 1987.",
        ] {
            assert!(is_future(s), "{s}");
        }
        for s in [
            "The board met on Friday.",
            "Willing buyers paid in June.",
            "The outset was calm; it rose to a peak.",
            "It shipped as usual in March.",
            "The bill passed; all of it.",
            "",
        ] {
            assert!(!is_future(s), "{s}");
        }
    }
}

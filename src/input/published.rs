//! Publication dates: from the user, from metadata, from a byline or
//! dateline, or inferred from the story's own dates, always with the basis
//! and the evidence.
//!
//! The order of trust: `--published` (`flag`); a JSON line's `published`
//! and Markdown front matter (`front-matter`); an HTML page's meta tags,
//! `<time>` elements marking publication and the date in its URL path
//! (`html-meta`); its JSON-LD `datePublished` (`json-ld`); a byline or
//! dateline ("Published April 28, 2019", "SHANGHAI, March 20 (Reuters) -")
//! (`dateline`); last, inference from the story's own dates (`text`).

use chrono::{Datelike, NaiveDate};

use crate::date::{
    add_days, month_label, span_label, PartialDate, Precision, Span,
};
use crate::text::floor_char as floor;
use crate::text::{last_word, split_sentences};
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

/// A publication date from a page's markup ([`super::pagedate`]), else
/// from the byline the main-text extractor found; unknown when neither
/// gives one.
pub(crate) fn from_page(
    dates: &super::pagedate::PageDates,
    byline: Option<&str>,
) -> Published {
    if let Some(c) = dates.choose() {
        // A UTC instant is dated in the page's own time zone, when the
        // page states one elsewhere: "2023-11-09T03:28Z" on a page whose
        // other timestamps are at -05:00 was published on 8 November.
        if let (Some(utc), Some(off), Some(_)) =
            (c.utc, dates.offset_minutes, c.date.day)
        {
            let local = utc + chrono::Duration::minutes(off as i64);
            let d = local.date();
            let pd = PartialDate {
                year: d.year(),
                month: Some(d.month()),
                day: Some(d.day()),
            };
            let sign = if off < 0 { '-' } else { '+' };
            return from_metadata(
                &pd,
                c.basis,
                &format!(
                    "{} (UTC; the page's time zone is UTC{sign}{:02}:{:02})",
                    c.evidence,
                    off.abs() / 60,
                    off.abs() % 60
                ),
            );
        }
        return from_metadata(&c.date, c.basis, &c.evidence);
    }
    if let Some(d) = byline.and_then(super::pagedate::published_in) {
        return from_metadata(
            &d,
            Basis::Dateline,
            &format!("byline: {}", byline.unwrap_or_default().trim()),
        );
    }
    Published::unknown()
}

/// The publication date of an HTML page: its markup (meta tags, JSON-LD,
/// `<time>`, bylines, the URL path; `url` is the page's address when
/// known), else a dateline or the dates in its visible text. This is what
/// [`Document::from_html`](super::Document::from_html) finds, without
/// extracting the main text.
///
/// # Example
///
/// ```
/// let page = r#"<script type="application/ld+json">
/// {"@type": "NewsArticle", "dateModified": "2019-05-02", "datePublished": "2019-04-28T08:00:00+02:00"}
/// </script><p>Acme bought Rival.</p>"#;
/// let p = dealline::input::published::from_html(page, None);
/// assert_eq!(p.value.as_deref(), Some("2019-04-28"));
/// assert_eq!(p.basis, dealline::timeline::Basis::JsonLd);
/// ```
pub fn from_html(html: &str, url: Option<&str>) -> Published {
    let dates = super::pagedate::scan(html, url);
    let p = from_page(&dates, None);
    if p.basis != Basis::None {
        return p;
    }
    let text = super::html::strip_tags(html).text;
    from_page_text(&text, &dates)
        .or_else(|| from_frequent(&dates))
        .unwrap_or_else(|| from_body(&text))
}

/// The first date the page shows, else the most frequent date in its
/// markup, basis `dateline`: the last resorts before inference from the
/// story's dates.
pub(crate) fn from_frequent(
    dates: &super::pagedate::PageDates,
) -> Option<Published> {
    let c = dates.first_shown().or_else(|| dates.frequent_choice())?;
    Some(from_metadata(&c.date, c.basis, &c.evidence))
}

/// The first full date in a page's visible text (its byline, where the
/// markup does not mark it), basis `dateline`.
pub(crate) fn from_page_text(
    text: &str,
    dates: &super::pagedate::PageDates,
) -> Option<Published> {
    let (d, line) = super::pagedate::text_date(text, dates.newest())?;
    Some(from_metadata(
        &d,
        Basis::Dateline,
        &format!("first date in the page's text: \"{line}\""),
    ))
}

/// A publication date from a date in a URL's path (`/2019/04/28/`,
/// `/2019/04/`), basis `html-meta`: the URL is the page's metadata.
///
/// # Example
///
/// ```
/// let p = dealline::input::published::from_url(
///     "https://news.example/2019/04/28/acme-buys-rival",
/// )
/// .unwrap();
/// assert_eq!(p.value.as_deref(), Some("2019-04-28"));
/// ```
pub fn from_url(url: &str) -> Option<Published> {
    let (d, seg) = super::pagedate::url_date(url)?;
    Some(from_metadata(
        &d,
        Basis::HtmlMeta,
        &format!("date in the URL path: {seg}"),
    ))
}

/// The publication date of a text from its byline or dateline
/// ("Published April 28, 2019 ... Updated April 29", "SHANGHAI, March 20
/// (Reuters) -"), else inferred from the story's dates ([`infer`]).
pub fn from_body(body: &str) -> Published {
    from_body_scanned(body).0
}

/// [`from_body`], with what the inference found in each sentence when it
/// ran (see [`timex::SentenceScans`]).
pub(crate) fn from_body_scanned(
    body: &str,
) -> (Published, timex::SentenceScans) {
    // (Inferred once: a wire dateline without its year asks the story's
    // dates, and a story whose dateline they cannot date is inferred
    // from them all the same.)
    let inferred = std::cell::OnceCell::new();
    let infer_once = || inferred.get_or_init(|| inference_scanned(body));
    if let Some(p) = dateline(body, &infer_once) {
        let scans = inferred.get().map(|(_, s)| s.clone()).unwrap_or_default();
        return (p, scans);
    }
    let (inference, scans) = infer_once();
    (year_named_twice(body, inference.published.clone()), scans.clone())
}

/// A byline, wire dateline or a line that is only a date in the first
/// paragraphs.
fn dateline<'a>(
    body: &str,
    infer: &dyn Fn() -> &'a (Inference, timex::SentenceScans),
) -> Option<Published> {
    let mut before = "";
    for line in body.lines().take(5) {
        let prev = std::mem::replace(&mut before, line);
        let head = &line[..floor(line, 240)];
        let lower = head.to_lowercase();
        // "Published April 28, 2019 · Updated April 29, 2019"
        if (lower.starts_with("published")
            || lower.starts_with("posted")
            || lower.starts_with("by ")
            || lower.contains("| published"))
            && line.len() < 240
        {
            if let Some(d) = super::pagedate::published_in(head) {
                return Some(from_metadata(
                    &d,
                    Basis::Dateline,
                    &format!("byline: \"{}\"", head.trim()),
                ));
            }
        }
        if let Some(p) = wire_dateline(line, infer) {
            return Some(p);
        }
        // A line that is only a date, under the headline; not the end of
        // a hard-wrapped sentence ("... senior notes\ndue December 1,
        // 1998.").
        if continues_sentence(prev, line) {
            continue;
        }
        if let Some(d) = super::pagedate::standalone_date(line) {
            return Some(from_metadata(
                &d,
                Basis::Dateline,
                &format!("date line: \"{}\"", line.trim()),
            ));
        }
    }
    None
}

/// Whether a line goes on with the sentence of the line before: it
/// starts in lower case, or it ends a sentence the line before left open.
fn continues_sentence(prev: &str, line: &str) -> bool {
    let (prev, line) = (prev.trim_end(), line.trim());
    line.starts_with(|c: char| c.is_lowercase())
        || line.ends_with('.')
            && !prev.is_empty()
            && !prev.ends_with(['.', '!', '?', ':', '"', '”', ')'])
}

/// "SHANGHAI, March 20 (Reuters) - ...", "NEW YORK, March 3, 1987 - ...":
/// a place in capitals, a month and day (the year, when missing, from the
/// story), then a dash.
fn wire_dateline<'a>(
    line: &str,
    infer: &dyn Fn() -> &'a (Inference, timex::SentenceScans),
) -> Option<Published> {
    let (head, date) = dateline_parts(line)?;
    if let Some(d) = super::pagedate::parse_date_text(date) {
        return Some(from_metadata(
            &d,
            Basis::Dateline,
            &format!("dateline: \"{}\"", head.trim()),
        ));
    }
    // Month and day only: the year from the story, the first in which
    // that day comes no earlier than the latest thing the story reports
    // ("NEW YORK, March 16 - ... a sale in November 1986" is 1987).
    let (Inference { published: inferred, written, not_before }, _) = infer();
    let (written, not_before) = (*written, *not_before);
    let earliest = inferred.start?;
    let on = |year: i32| {
        super::pagedate::parse_date_text(&format!("{date} {year}"))
    };
    // (Nor earlier than a period it reports with its year: "TOKYO, March
    // 13 - ... in the second half of 1986" is 1987; nor in a year it tells
    // something was done in.)
    let year = (earliest.year()..=earliest.year() + 1)
        .find(|&y| {
            on(y).is_some_and(|d| {
                (!written || d.span().end >= earliest)
                    && not_before.is_none_or(|f| d.span().end >= f)
            })
        })
        .unwrap_or(earliest.year());
    let d = on(year)?;
    let mut p = from_metadata(
        &d,
        Basis::Dateline,
        &format!("dateline: \"{}\"", head.trim()),
    );
    p.evidence = p.evidence.map(|e| match &inferred.evidence {
        Some(why) => {
            format!("{e}; year {year} from the story's dates ({why})")
        }
        None => format!("{e}; year {year} from the story's dates"),
    });
    Some(p)
}

/// A wire dateline's head ("SHANGHAI, March 20 (Reuters)") and its date
/// words ("March 20", "British Columbia, May 4"): a place in capitals, a
/// comma, two to five words of region and date, then a dash.
fn dateline_parts(line: &str) -> Option<(&str, &str)> {
    let dash = line[..floor(line, 120)].find(['-', '–', '—'])?;
    let head = &line[..dash];
    let (place, date) = head.split_once(',')?;
    let place = place.trim();
    if place.len() < 2
        || place.chars().any(|c| c.is_lowercase())
        || !place.chars().next().is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let date = date.split('(').next().unwrap_or(date).trim();
    let words = date.split_whitespace().count();
    (2..=5).contains(&words).then_some((head, date))
}

/// Whether `span` of `body` is the date of a wire dateline ("NEW YORK,
/// March 3 - "): its line starts with the place and the dash follows it.
pub(crate) fn is_dateline_date(
    body: &str,
    span: &std::ops::Range<usize>,
) -> bool {
    // A dateline opens its line within 120 bytes: read no further, as
    // this may run for many dates of a long line.
    let window = crate::text::tail(&body[..span.start], 120);
    let from = span.start - window.len();
    let start = match window.rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    // The dash follows the date.
    dateline_parts(&body[start..floor(body, span.end + 4)])
        .is_some_and(|(head, _)| start + head.trim_end().len() == span.end)
}

/// The day a wire story's dateline gives ("SYDNEY, April 8 -"), when it
/// lies a day from `near` at most (its publication date, perhaps taken in
/// another time zone): the writer's own today.
pub(crate) fn dateline_day(body: &str, near: NaiveDate) -> Option<NaiveDate> {
    let line = body.lines().find(|l| !l.trim().is_empty())?;
    let (_, date) = dateline_parts(line)?;
    let close = |d: &NaiveDate| (*d - near).num_days().abs() <= 1;
    // Read by hand ("April 8", "MARCH 27", "Sept. 3, 1987"): this runs on
    // every story, and a dateline's date has few forms.
    // The place may have a region before the date ("ZEEBRUGGE, Belgium,
    // March 7").
    let mut words = date.split_whitespace();
    let month = words.by_ref().find_map(super::pagedate::month_word)?;
    let day: u32 = words.next()?.trim_end_matches([',', '.']).parse().ok()?;
    match words.next().map(|y| y.parse::<i32>()) {
        Some(Ok(year)) => {
            NaiveDate::from_ymd_opt(year, month, day).filter(close)
        }
        Some(Err(_)) => None,
        // Set in the DCT's year or the next to it ("Dec 31" written on
        // Jan 1).
        None => (near.year() - 1..=near.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .find(close),
    }
}

/// Reads the date at the start of an ISO-like timestamp
/// (`2019-04-28T10:00:00Z`, `2019-04-28`, `2019-04`, `2019`).
pub fn parse_loose(s: &str) -> Option<PartialDate> {
    super::pagedate::parse_date_text(s)
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
/// days of the latest thing it reports, or within the first quarter after
/// a year whose results it reports.
///
/// Copyright and footer years are not in the body (see the chrome rules)
/// and years before "©" are rejected by the scanner anyway.
///
/// A story that gives nothing finer than a year must name that year more
/// than once: a year mentioned in passing ("formed the band in 2001",
/// "since the 2003 war") is most often not the story's own (on the BBC
/// stories of the corpus, a year named once was theirs 3 times in 10; named
/// twice or more, 7 in 10).
pub fn infer(body: &str) -> Published {
    year_named_twice(body, inference(body).published)
}

/// `p`, unless it gives only a year the story names once.
fn year_named_twice(body: &str, p: Published) -> Published {
    if p.precision == Precision::Year {
        if let Some(start) = p.start {
            let year = start.year().to_string();
            let named = crate::text::whole_word_at(body, &year).count();
            if named < 2 {
                return Published::unknown();
            }
        }
    }
    p
}

/// What [`inference`] finds.
struct Inference {
    /// The publication date inferred.
    published: Published,
    /// Whether the latest thing the story reports was written with its
    /// year ("in November 1986", not a bare "in November" placed in the
    /// year found).
    written: bool,
    /// The earliest day a wire dateline's day can be, from what the story
    /// reports as done: the latest start of a date or period it writes with
    /// its year ("the second half of 1986", "the end of 1986", "March
    /// 1986"), quarters and halves included; or the first day after a year
    /// it tells something was done in, in the simple past ("the prices were
    /// dropped in 1986"), which a story told then would call "this year"
    /// ([`done_in_year`]). Nothing else is inferred from it.
    not_before: Option<NaiveDate>,
}

/// [`infer`], with what a wire dateline's year needs besides.
fn inference(body: &str) -> Inference {
    inference_scanned(body).0
}

/// [`inference`], with what [`timex::scan`] found in each sentence.
fn inference_scanned(body: &str) -> (Inference, timex::SentenceScans) {
    // No-break spaces and CRLF line ends read as plain ones, as the tagger
    // reads them (which then scans the plain text itself).
    if let Some(plain) = crate::text::PlainText::of(body) {
        return (inference_scanned(&plain.text).0, Default::default());
    }
    let sentences = split_sentences(body);
    let mut scans = Vec::with_capacity(sentences.len());
    let mut year: Option<(i32, String)> = None;
    // "the highest since April 2004": the story is told after it.
    let mut floor: Option<(i32, String)> = None;
    // "will launch in 2005": the earliest year the story looks ahead to.
    let mut ahead: Option<(i32, String)> = None;
    for s in &sentences {
        // (As the tagger reads it: a hard-wrapped sentence as one line,
        // "in January\n1986" one date, "fell to 2 pct from\n3 pct in
        // February 1986" a comparison.)
        let flat = crate::text::flat_breaks(s.text(body));
        let text: &str = &flat;
        let future = is_future(text);
        let found = timex::scan(text);
        scans.push(found.clone());
        // Months named without a year ("in February"), the reported ones.
        let bare_months: Vec<u32> = found
            .iter()
            .filter_map(|t| match t.expr {
                TimeExpr::Calendar {
                    year: None,
                    month: Some(m),
                    day: None,
                    ..
                } => Some(m),
                _ => None,
            })
            .collect();
        for t in &found {
            // "rose 3.1 pct in February, against 5.4 pct in February 1986",
            // "from 6,600 in the comparable 1986 period", "for the same
            // period of 1986": the period compared with lies a year before
            // the story's.
            let compared = match t.expr {
                // (Not "from 36,185 in 2003 to 28,041 for the same period
                // in 2004": the story's own.)
                TimeExpr::Reported { year: Some(y), .. }
                | TimeExpr::Calendar { year: Some(y), month: None, .. } => {
                    let words = text[t.span.clone()].to_ascii_lowercase();
                    (["comparable", "same", "corresponding"]
                        .iter()
                        .any(|w| words.contains(w))
                        && !compared_to_it(&text[..t.span.start]))
                    .then_some(y)
                }
                TimeExpr::Calendar {
                    year: Some(y), month: Some(m), ..
                } => (bare_months.contains(&m)
                    && compared_before(&text[..t.span.start]))
                .then_some(y),
                _ => None,
            };
            if let Some(y) = compared.filter(|_| !future) {
                if floor.as_ref().is_none_or(|(best, _)| y + 1 > *best) {
                    let words = format!(
                        "{} (a year before the story's)",
                        &text[t.span.clone()]
                    );
                    floor = Some((y + 1, words));
                }
            }
            // A year written: in a date, a period or a timestamp's day.
            let written = match &t.expr {
                TimeExpr::Calendar { year: Some(y), .. }
                | TimeExpr::Period { year: Some(y), .. }
                | TimeExpr::Reported { year: Some(y), .. } => Some(*y),
                TimeExpr::ClockOn { day, .. } => match **day {
                    TimeExpr::Calendar { year: Some(y), .. } => Some(y),
                    _ => None,
                },
                _ => None,
            };
            // "the 1987-92 plan", "in 1990-1994": the end of a range is no
            // year reported (nor "post-1959").
            let range_end = text[..t.span.start].ends_with(['-', '–']);
            if let Some(y) = written.filter(|_| !range_end) {
                if future
                    && !bound_before(&text[..t.span.start])
                    && (1900..=2100).contains(&y)
                    && ahead.as_ref().is_none_or(|(best, _)| y < *best)
                {
                    ahead = Some((y, text[t.span.clone()].to_string()));
                }
                if !future
                    && last_word(text[..t.span.start].trim_end()) == "since"
                    && (1900..=2100).contains(&y)
                    && floor.as_ref().is_none_or(|(best, _)| y > *best)
                {
                    floor = Some((y, text[t.span.clone()].to_string()));
                }
                // "since 2011", "from 1 March 2019": a bound, not
                // something the story reports as done then; "the 2012
                // Games" a name, perhaps of a thing ahead.
                if !future
                    && !bound_before(&text[..t.span.start])
                    && !names_an_event(
                        &text[..t.span.start],
                        &text[t.span.end..],
                    )
                    && (1900..=2100).contains(&y)
                    && year.as_ref().is_none_or(|(best, _)| y > *best)
                {
                    year = Some((y, text[t.span.clone()].to_string()));
                }
            }
        }
    }
    // A story that names a year only after "since" has no year of its own;
    // one that reports an earlier year is still told after that bound.
    if let (Some((y, _)), Some((f, _))) = (&year, &floor) {
        if f > y {
            year = floor;
        }
    }
    // A story that looks ahead to 2005 ("will launch in 2005", not "by
    // 2005") is not told before 2004, whatever older years it reports.
    if let (Some((y, _)), Some((a, words))) = (&year, &ahead) {
        if a - 1 > *y {
            year = Some((a - 1, format!("{words} (ahead of the story)")));
        }
    }
    let scans = timex::SentenceScans::new(scans);
    let Some((y, year_words)) = year else {
        let none = Inference {
            published: Published::unknown(),
            written: false,
            not_before: None,
        };
        return (none, scans);
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
    let tags =
        timex::tag_scanned(body, &sentences, Some(&provisional), None, &scans);
    // (span, words, whether the story wrote it with its year)
    let mut latest: Option<(Span, String, bool)> = None;
    let mut not_before: Option<NaiveDate> = None;
    // The tense of the last year written in a sentence, for one listed
    // after it far from the verb ("moved from an outflow of 50 mln in
    // 1985 to an inflow of 70 mln in 1986").
    let mut year_tense: Option<(usize, timex::Tense)> = None;
    // Whether the story is a results table, read once when asked.
    let table_story = std::cell::OnceCell::new();
    for t in &tags {
        let Some(r) = &t.resolved else { continue };
        let sentence = sentences[t.sentence].text(body);
        // Results for a quarter or half are reported after it ends; so
        // are a year's ("profit for 2019 was", "its 2019 sales rose").
        let period = match r.precision {
            Precision::Quarter | Precision::Half => {
                reports_results(sentence) && !looks_ahead(sentence)
            }
            // A year written out: "the year" may be the one before.
            Precision::Year
                if matches!(
                    t.timex.expr,
                    TimeExpr::Calendar { year: Some(_), month: None, .. }
                ) =>
            {
                let s = &sentences[t.sentence];
                let (a, b) = (
                    t.timex.span.start - s.span.start,
                    t.timex.span.end - s.span.start,
                );
                // "reporting 1986 results" needs no past verb; a figure
                // "in 1986" does ("listed in 1987, is selling").
                let tense = timex::tense_at(sentence, a, b).or_else(|| {
                    year_tense
                        .filter(|(i, _)| *i == t.sentence)
                        .map(|(_, tense)| tense)
                });
                if let Some(tense) = tense {
                    year_tense = Some((t.sentence, tense));
                }
                // A wire table's note, "for 1986 year", "1986 12 mths oper
                // net": most often the year the table reports (a note may
                // speak of the year it compares with).
                let table = full_year_after(&sentence[b..])
                    && *table_story.get_or_init(|| results_table(body));
                let results = (year_results(&sentence[..a], &sentence[b..])
                    || table)
                    && tense != Some(timex::Tense::Future);
                let past = tense == Some(timex::Tense::Past);
                // "bringing the total of issues in 1987 to 139": a
                // running total for the year.
                let after = &sentence[b..];
                let part_of_year = after.trim_start().starts_with("to ")
                    && crate::text::has_any_word(
                        sentence,
                        &["bringing", "brings", "bring", "brought"],
                    );
                let counted =
                    counted_in(&sentence[..a], sentence, &sentence[a..b])
                        && past
                        && !part_of_year;
                if past
                    && !part_of_year
                    && done_in_year(&sentence[..a], &t.timex.expr)
                    && !looks_ahead(sentence)
                    && !timex::is_future(sentence)
                    && !t.timex.in_name
                {
                    let after =
                        crate::date::ymd(r.span.start.year() + 1, 1, 1);
                    not_before = not_before.max(Some(after));
                }
                (results || counted) && !looks_ahead(sentence)
            }
            _ => false,
        };
        // A fiscal period ends when the firm's year does, not the calendar's.
        let fiscal =
            body[t.timex.span.clone()].to_ascii_lowercase().contains("fiscal");
        if period
            && !fiscal
            && !t.timex.in_name
            && r.span.end.year() == y
            && !is_future(sentence)
        {
            let after = add_days(r.span.end, 1);
            if latest.as_ref().is_none_or(|(s, _, _)| after > s.start) {
                let words = format!(
                    "results for \"{}\" reported",
                    &body[t.timex.span.clone()]
                );
                let written = r.anchor == Anchor::Absolute;
                // A year's results come out in the first quarter of the
                // next (a quarter's or a half's within weeks: the ten days
                // after, as for any date).
                let window = if r.precision == Precision::Year
                    && after.month() == 1
                    && after.day() == 1
                {
                    Span::new(
                        after,
                        crate::date::last_of_month(after.year(), 3),
                    )
                } else {
                    Span::new(after, after)
                };
                latest = Some((window, words, written));
            }
            continue;
        }
        // "last week", "five weeks ago", "on Tuesday" were counted from the
        // provisional DCT itself: they tell nothing of when the story is.
        // A month or a season named ("in October") tells its month.
        let deictic = r.anchor == Anchor::Dct
            && !matches!(
                t.timex.expr,
                TimeExpr::Calendar { .. }
                    | TimeExpr::MonthOfYear { .. }
                    | TimeExpr::Holiday { .. }
                    | TimeExpr::Period { .. }
                    | TimeExpr::SeasonOf { .. }
                    | TimeExpr::MonthOf { .. }
            );
        let s = &sentences[t.sentence];
        // Its own clause may look ahead where the sentence does not.
        let ahead = || {
            timex::tense_at(
                s.text(body),
                t.timex.span.start - s.span.start,
                t.timex.span.end - s.span.start,
            ) == Some(timex::Tense::Future)
        };
        let done = || {
            r.span.start.year() == y
                && !bound_before(&body[..t.timex.span.start])
                && !is_future(s.text(body))
                && !ahead()
        };
        // A period longer than a month is often a forecast's ("growth
        // is seen in the second half of 1987"), and a fiscal one is the
        // firm's.
        let forecast = || {
            r.precision > Precision::Month
                && (looks_ahead(s.text(body))
                    || body[t.timex.span.clone()]
                        .to_ascii_lowercase()
                        .contains("fiscal"))
        };
        let later_start = r.anchor == Anchor::Absolute
            && !t.timex.in_name
            && not_before.is_none_or(|p| r.span.start > p);
        let reportable = !(t.timex.in_name
            || deictic
            || !r.anchors_narrative()
            || r.precision > Precision::Month);
        if !(later_start || reportable) {
            continue;
        }
        let done = done();
        if later_start && done && !forecast() {
            not_before = Some(r.span.start);
        }
        if !reportable || !done {
            continue;
        }
        let written = r.anchor == Anchor::Absolute;
        let words = body[t.timex.span.clone()].to_string();
        if latest.as_ref().is_none_or(|(s, _, _)| r.span.start > s.start) {
            latest = Some((r.span, words, written));
        }
    }
    let written = latest.as_ref().is_some_and(|(_, _, w)| *w);
    let published = match latest {
        Some((span, words, _)) => {
            let results = words.starts_with("results for");
            let mut evidence = if results {
                format!("after the latest period with {words}")
            } else {
                format!("latest date the story reports: \"{words}\"")
            };
            if !words.contains(&y.to_string()) {
                evidence.push_str(&format!("; year from \"{year_words}\""));
            }
            // A year's results: the first quarter of the next; else the
            // ten days after.
            let (value, s, precision) = if results && span.len_days() > 10 {
                let value = format!("{:04}-Q1", span.start.year());
                (value, span, Precision::Quarter)
            } else {
                let end = add_days(span.start, 9).max(span.end);
                let s = Span::new(span.start, end);
                let mid = s.mid();
                let value = format!("{:04}-{:02}", mid.year(), mid.month());
                (value, s, Precision::Month)
            };
            Published {
                value: Some(value),
                start: Some(s.start),
                end: Some(s.end),
                precision,
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
    };
    (Inference { published, written, not_before }, scans)
}

/// Future tense, except a past report of an intention ("announced it
/// would investigate" happened when it was announced).
fn is_future(sentence: &str) -> bool {
    static REPORTED: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)\b(?:said|announced|added|noted|reported|stated|confirmed|told\s+\w+)\s+(?:that\s+)?(?:it|they|he|she|we|the\s+\w+)\s+would\b")
                .expect("reported-would pattern")
        });
    (timex::is_future(sentence) || names_a_deadline(sentence))
        && !REPORTED.is_match(sentence)
}

/// Terms of a security or a deal that lie ahead: "payable on April 15",
/// "warrants expiring Aug 31", "notes maturing in 1997", "redemption from
/// 2031", "a sinking fund from 2030" (not "retired", which people do).
fn names_a_deadline(sentence: &str) -> bool {
    crate::text::has_any_word(
        sentence,
        &[
            "payable",
            "expiring",
            "expire",
            "expires",
            "maturing",
            "matures",
            "callable",
            "redeemable",
            "maturity",
            "redemption",
            "sinking",
        ],
    )
}

/// Whether a year names an event or a thing ("the 2012 Games", "its 2005
/// Six Nations campaign", "the 1701 Act"): a modifier before a capitalized
/// word that is no month.
fn names_an_event(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let prev = last_word(before);
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    let next = after.trim_start();
    let capital = next.starts_with(|c: char| c.is_uppercase())
        && !timex::month_word_at(next);
    capital
        && (possessive
            || matches!(
                prev.as_str(),
                "the" | "this" | "next" | "its" | "their"
            ))
}

/// The words that set a figure against another: "against 5.4 pct",
/// "compared with 104.7", "up from 3 pct".
const COMPARED: &[&str] = &[
    " against ",
    "compared with",
    "compared to",
    " from ",
    " versus ",
    " vs ",
];

/// Whether a date is what a figure is compared with: "against 5.4 pct in
/// February 1986", "compared with 104.7 in May 1986", "up from 3 pct".
fn compared_before(before: &str) -> bool {
    let near = crate::text::tail(before, 80).to_ascii_lowercase();
    COMPARED.iter().any(|w| near.contains(w))
}

/// Whether a date is what something was compared *to*: "from 36,185 in
/// 2003 to 28,041 for the same period in 2004" (a " to " after the last
/// "from", "against" or "compared").
fn compared_to_it(before: &str) -> bool {
    let near = crate::text::tail(before, 80).to_ascii_lowercase();
    let cue = COMPARED
        .iter()
        .filter_map(|w| near.rfind(w).map(|i| i + w.len()))
        .max();
    cue.is_some_and(|end| near[end..].contains(" to "))
}

/// Whether the words just before a date make it a bound ("since",
/// "from", "until") rather than when something happened.
fn bound_before(before: &str) -> bool {
    matches!(
        last_word(before.trim_end()).as_str(),
        "since"
            | "from"
            | "until"
            | "till"
            | "through"
            | "effective"
            | "by"
            | "to"
            | "end"
            | "beyond"
    )
}

/// The nouns of a company's results, which both tests below read.
const RESULT_NOUNS: &[&str] = &[
    "results", "earnings", "sales", "revenue", "revenues", "profit", "profits",
];

/// Whether a year is the period of a company's results or of a figure
/// counted over it: "profit for 2019", "sales in 2019", "its 2019
/// earnings", "2019 revenue", "1986 net income", "1986 exports".
fn year_results(before: &str, after: &str) -> bool {
    const MORE: &[&str] = &[
        "turnover",
        "loss",
        "losses",
        "income",
        "net",
        "pretax",
        "pre-tax",
        "operating",
        "output",
        "production",
        "exports",
        "imports",
        "deficit",
        "surplus",
        "growth",
        "dividend",
        "dividends",
    ];
    let result = |w: &str| RESULT_NOUNS.contains(&w) || MORE.contains(&w);
    let lower_before = before.to_lowercase();
    let mut back = lower_before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev();
    let (b1, b2) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "ended 1986 with assets of ...": the year is over.
    let ended = matches!(b1, "ended" | "closed" | "finished");
    (matches!(b1, "for" | "in") && result(b2)) || result(&next) || ended
}

/// Whether a story is a wire results table: lines of figures set against
/// the year before's ("Shr 12 cts vs 9 cts", "Net 4.1 mln vs 3.3 mln").
fn results_table(body: &str) -> bool {
    body.lines()
        .filter(|l| {
            // (The first line follows the dateline's dash.)
            let l = [" - ", " – ", " — "]
                .iter()
                .find_map(|d| l.split_once(d))
                .map_or(*l, |(_, rest)| rest);
            let l = l.trim_start();
            ["Shr ", "Net ", "Revs ", "Oper ", "Sales "]
                .iter()
                .any(|w| l.starts_with(w))
                && l.contains(" vs ")
        })
        .nth(1)
        .is_some()
}

/// Whether the words after a year make it a whole year of results in a
/// wire table's note: "1986 year", "1986 12 mths", "1986 fl-yr net",
/// "1986 4th qtr", "1986 shr and net" (not "a 1988 year of
/// consolidation", a year ahead).
fn full_year_after(after: &str) -> bool {
    let mut words =
        after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    match (words.next(), words.next(), words.next()) {
        (Some("year" | "yr"), next, _) => next != Some("of"),
        (Some("12"), Some("mths" | "months"), _) => true,
        // "1986 fl-yr net", "1986 4th qtr", "1986 shr and
        // net exclude ...": the year's figures, or its last quarter's.
        (Some("fl" | "full"), Some("yr" | "year"), _) => true,
        (Some("4th"), Some("qtr"), _) => true,
        (Some("shr"), Some("and"), Some("net")) => true,
        _ => false,
    }
}

/// Whether a year is when a figure the sentence gives was counted: "exports
/// rose to 4.1 mln tonnes in 1986", "totalled 2 billion during 1986" (not
/// "aid voted for 1987", a purpose).
fn counted_in(before: &str, sentence: &str, year: &str) -> bool {
    let words = words_back(before);
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    matches!(w(0), "in" | "during" | "throughout")
        && !year_of_a_state(w(1))
        && {
            // (Not the dateline's day: "OSLO, March 13 - Acme, founded in
            // 1915, ...".)
            let sentence = dateline_parts(sentence)
                .map_or(sentence, |(head, _)| &sentence[head.len()..]);
            let rest = sentence.replacen(year, "", 1);
            // ("climbed a mere two pct in 1986": a figure in words.)
            rest.bytes().any(|b| b.is_ascii_digit())
                || crate::text::has_any_word(
                    &rest,
                    &["pct", "percent", "mln", "million", "billion", "bln"],
                )
        }
}

/// Whether a year is when something was done, told in the simple past:
/// "the prices were dropped in 1986", "in all of 1986 lost 2 mln dlrs",
/// "between 1983 and 1985, mergers added 900 jobs" (a story
/// told that year would say "this year"). Not "so far in 1987", "in early
/// 1987", nor after a perfect ("sales have become harder in 1987", "had
/// met in 1987"), which speak of the year under way. `before` is the
/// sentence up to the year; the caller checks the tense.
fn done_in_year(before: &str, expr: &TimeExpr) -> bool {
    let words = words_back(before);
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    // "in 1986" (opening the sentence too), "in all of 1986", "between
    // 1984 and 1986".
    let done_in = match (w(0), w(1), w(2)) {
        ("in", prev, _) => !year_of_a_state(prev),
        ("of", "all", "in" | "for" | "during") => true,
        ("and", "between", _) => true,
        _ => false,
    };
    matches!(expr, TimeExpr::Calendar { month: None, part: None, .. })
        && done_in
        // (Words run backwards: those after "had" come before it.)
        && !(0..words.len()).any(|i| {
            matches!(w(i), "has" | "have" | "had" | "hasn't" | "haven't")
                && match (i.checked_sub(1), i.checked_sub(2)) {
                    (Some(j), Some(k)) if w(j).ends_with("ly") => {
                        participle(w(k))
                    }
                    (Some(j), _) => participle(w(j)),
                    _ => false,
                }
        })
}

/// The last seven words before a year, last first, in lower case: what
/// [`counted_in`] and [`done_in_year`] read.
fn words_back(before: &str) -> Vec<String> {
    before
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .rev()
        .take(7)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether a word is a past participle after "has" or "had": "become",
/// "risen", "dropped" (not "had a fine year in 2001").
fn participle(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
        || matches!(
            w,
            "become"
                | "come"
                | "done"
                | "gone"
                | "had"
                | "made"
                | "met"
                | "run"
                | "seen"
                | "won"
                | "lost"
                | "sold"
                | "grown"
        )
}

/// Whether the word before "in" makes the year one of a state or of
/// history, not of something done: "so far in 1987", "the situation in
/// 1987", "business in 1987" (perhaps the year under way), "founded in
/// 1915" (which says nothing of the story's own year).
fn year_of_a_state(w: &str) -> bool {
    matches!(
        w,
        "far"
            | "date"
            | "now"
            | "business"
            | "situation"
            | "conditions"
            | "prospects"
            | "outlook"
            | "founded"
            | "established"
            | "incorporated"
            | "formed"
            | "born"
            | "built"
    )
}

/// Forecasts and warnings speak of results still to come.
fn looks_ahead(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "forecast",
        "expect",
        "outlook",
        "warn",
        "target",
        "guidance",
        "project",
        "predict",
        "anticipat",
        "foresee",
        "envisag",
        "hope",
        "hoping",
        "estimate",
        "optimistic",
        "pessimistic",
        "confident",
        " may ",
        " might ",
        " could ",
        "likely",
        " should ",
        " will ",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether a sentence reports a company's results for a period ("reported
/// net sales of 5 billion in the second quarter", "earnings for Q3").
fn reports_results(sentence: &str) -> bool {
    const PHRASES: &[&str] = &["net income", "net loss", "operating income"];
    let lower = sentence.to_lowercase();
    let has = |w: &str| crate::text::whole_word_at(&lower, w).next().is_some();
    RESULT_NOUNS.iter().chain(PHRASES).any(|w| has(w))
        && ["reported", "posted", "announced", "said", "recorded"]
            .iter()
            .any(|w| has(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inference itself, before [`infer`] asks a year named once for
    /// more.
    fn guess(body: &str) -> Published {
        inference(body).published
    }

    /// A hard-wrapped story reads as the tagger reads it, each sentence
    /// one line: "13.2 billion in\nJanuary 1986" is the January compared
    /// with, a year before the story's (it was read as the story's own).
    #[test]
    fn ok_a_hard_wrapped_comparison_dates_the_story() {
        let p = from_body(
            "OSLO, March 3 - Deposits rose to 17.2 billion crowns in January\ncompared with 13.2 billion in\nJanuary 1986.\n",
        );
        assert_eq!(p.value.as_deref(), Some("1987-03-03"));
    }

    /// "fell to 60 pct from\n62 pct in February 1986" is a comparison
    /// however the line breaks; "the same period of 1986" is the period
    /// compared with ("from 12 in 1985 to 10 for the same period in 1986"
    /// is not); "In 1986 the Exchange introduced ..." opening a sentence
    /// tells a year that is over. Each dates its story a year on.
    #[test]
    fn ok_comparisons_and_years_done_date_the_dateline_a_year_on() {
        for body in [
            "HOUSTON, March 5 - Acme said its February load factor fell to 60.3 pct from\n62.3 pct in February 1986.\n",
            "SEATTLE, March 6 - Seat miles fell to 745 mln from the 751 mln reported for the same period of 1986.\n",
            "LONDON, March 31 - Futures need more marketing, the chairman said.\n    In 1986 the Exchange introduced cash settlement contracts, he said.\n",
        ] {
            let p = from_body(body);
            assert_eq!(
                p.value.as_deref().map(|v| &v[..4]),
                Some("1987"),
                "{body}"
            );
        }
        // The period compared *to* is the story's own, not a year before.
        let p = from_body(
            "LONDON, March 6 - Sales fell from 36,185 in 1985 to 28,041 for the same period in 1986.\n",
        );
        assert_eq!(p.value.as_deref(), Some("1986-03-06"));
    }

    /// A line that is only a date under the headline dates the story; the
    /// end of a hard-wrapped sentence that happens to be a date ("... its
    /// senior notes\ndue December 1, 1998.") does not.
    #[test]
    fn ok_a_date_line_is_no_sentences_end() {
        let p = from_body(
            "Acme sells its chip unit\nMarch 12, 2019\nAcme sold it.\n",
        );
        assert_eq!(p.value.as_deref(), Some("2019-03-12"));
        for body in [
            "Acme said it will redeem its 12 pct senior notes\ndue December 1, 1998.\n",
            "Acme said it will redeem its 12 pct senior notes due\nDecember 1, 1998.\n",
        ] {
            assert_ne!(from_body(body).value.as_deref(), Some("1998-12-01"));
        }
    }

    /// The sentences the inference scanned are tagged from its scans,
    /// with the same result as scanning them again (a hard-wrapped story,
    /// an all lower-case one, whose scans the tagger does not reuse, and
    /// one dated by a wire dateline whose year the inference found).
    #[test]
    fn ok_tagging_from_the_inferences_scans_is_tagging() {
        for body in [
            "Acme sold its chip unit in March 2004.\nIt had bought it in\nJanuary 2001 and will close a plant in May. Sales fell last week.\n",
            "acme sold its chip unit in march 2004. it had bought it in january 2001 and will close a plant in may.\n",
            // A wire dateline without its year: the inference that dates
            // it is the one whose scans are kept.
            "SEOUL, March 2 - Exports rose in January against\nJanuary 1986. Imports fell in February.\n",
        ] {
            let (p, scans) = from_body_scanned(body);
            let d = dct(&p);
            let sentences = split_sentences(body);
            assert_eq!(
                format!("{scans:?}"),
                format!("SentenceScans({} sentences)", sentences.len())
            );
            let fresh = timex::tag_filed(body, &sentences, d.as_ref(), None);
            assert!(!fresh.is_empty());
            assert_eq!(
                timex::tag_scanned(body, &sentences, d.as_ref(), None, &scans),
                fresh
            );
        }
    }

    #[test]
    fn ok_a_year_named_once_is_no_publication_year() {
        // Only history: the band's year is not the story's.
        let p = infer("The band formed in 2001. Tonight it plays Leeds.\n");
        assert_eq!(p.basis, Basis::None);
        // Named twice, with nothing finer: that year.
        let p = infer("Sales grew in 2015. The 2015 gain was the best.\n");
        assert_eq!(p.value.as_deref(), Some("2015"));
        // A day or month needs no second mention.
        let p = infer("The firm opened a plant on June 3, 2016.\n");
        assert_eq!(p.value.as_deref(), Some("2016-06"));
    }

    #[test]
    fn ok_bounds_and_reported_intentions() {
        // "since 2011" bounds nothing the story reports: no inference.
        let p = infer("Acme has paid royalties since 2011.\n");
        assert_eq!(p.basis, Basis::None);
        // "announced it would" happened when it was announced.
        let p = infer("In February 2019, the agency announced it would investigate Acme.\nThe licence runs from 1 January 2019.\n");
        assert_eq!(p.value.as_deref(), Some("2019-02"));
    }

    #[test]
    fn ok_inferred_after_a_reported_quarter() {
        let p = infer("This week Globex reported net sales of 3 billion in Q2 2019, up 4%.\nIt signed a deal in May.\n");
        assert_eq!(p.basis, Basis::Text);
        assert_eq!(p.start.unwrap().to_string(), "2019-07-01");
        assert_eq!(p.end.unwrap().to_string(), "2019-07-10");
        assert!(p.evidence.unwrap().contains("Q2 2019"));
        // A year's results come out in the first quarter of the next.
        let y = infer("Globex said its net profit for 2018 was 3 billion.\n");
        assert_eq!(y.value.as_deref(), Some("2019-Q1"));
        assert_eq!(y.precision, Precision::Quarter);
        assert_eq!(y.end.unwrap().to_string(), "2019-03-31");
        // A quarter named without results is no bound.
        let q =
            infer("The plant opened in Q2 2019.\nIt signed a deal in May.\n");
        assert_eq!(q.start.unwrap().to_string(), "2019-05-01");
        // Nor is a forecast.
        let f = infer("Globex will report sales for Q4 2019 next week.\nIt signed a deal in May 2019.\n");
        assert_eq!(f.start.unwrap().to_string(), "2019-05-01");
    }

    /// That the story's publication date, from its text alone, is `day`.
    fn assert_dated(body: &str, day: &str) {
        let p = from_body(body);
        assert_eq!(p.value.as_deref(), Some(day), "{p:?}");
    }

    /// That it is not `day`.
    fn assert_not_dated(body: &str, day: &str) {
        let p = from_body(body);
        assert_ne!(p.value.as_deref(), Some(day), "{p:?}");
    }

    #[test]
    fn ok_a_wire_dateline_comes_after_the_periods_reported() {
        // A period told as done and written with its year comes before
        // the dateline's day.
        assert_dated("OSLO, March 13 - Output fell in the second half of 2018, the ministry said.\n", "2019-03-13");
        assert_dated(
            "OSLO, March 13 - Stocks were high at the end of 2018.\n",
            "2019-03-13",
        );
        // Not a forecast's nor a firm's fiscal one.
        assert_dated("OSLO, March 13 - The firm listed its shares in January 2018. Analysts see a recovery in the second half of 2018, the forecast shows.\n", "2018-03-13");
        assert_dated("OSLO, March 13 - Net rose in fiscal 2018's third quarter, Acme said. It plans to hire staff in 2018.\n", "2018-03-13");
    }

    #[test]
    fn ok_a_wire_tables_full_year_is_over() {
        // A results table's note of a whole year: the dateline's day is
        // after it (the year a table reports on, more often than the one
        // it compares with).
        let table = "DENVER, March 3 - Shr 12 cts vs 9 cts\n    Year\n    Shr 40 cts vs 31 cts\n    NOTE: 2019 year and 2018 periods include tax credits.\n";
        assert_dated(table, "2020-03-03");
        assert_dated("DENVER, March 3 - Net 4 mln vs 3 mln\n    Revs 9 mln vs 8 mln\n    NOTE: 2019 12 mths net excludes a gain.\n", "2020-03-03");
        for note in [
            "2019 fl-yr net includes a writedown",
            "2019 4th qtr includes a charge",
            "2019 shr and net exclude a gain",
        ] {
            assert_dated(&format!("DENVER, March 3 - Net 4 mln vs 3 mln\n    Revs 9 mln vs 8 mln\n    NOTE: {note}.\n"), "2020-03-03");
        }
        // Not outside a table: "ahead of the firm for the 2019 year" is
        // this year's; nor "a 2020 year of" something, ahead.
        assert_not_dated("DENVER, March 3 - Analysts have gotten ahead of Acme for the 2019 year, from 2018's pace.\n", "2020-03-03");
        assert_not_dated("DENVER, March 3 - Net 4 mln vs 3 mln\n    Revs 9 mln vs 8 mln\n    NOTE: The firm opened a plant in January 2019 and sees a 2019 year of growth.\n", "2020-03-03");
    }

    #[test]
    fn ok_a_year_over_by_its_end_or_a_figure_in_words() {
        // "ended 2019 with": the year is over.
        let p = guess("The bank ended 2019 with assets of 830 mln dlrs.\n");
        assert_eq!(p.start.unwrap().to_string(), "2020-01-01", "{p:?}");
        // A figure in words counts as one.
        let p = guess("World trade climbed a mere two pct in 2019.\n");
        assert_eq!(p.start.unwrap().to_string(), "2020-01-01", "{p:?}");
        // A year listed after another takes its tense, however far the
        // verb ("moved from ... in 2018 to ... in 2019").
        let p = guess("Its account moved from an outflow of 50 mln dlrs in 2018 to an inflow of 70 mln dlrs in 2019.\n");
        assert_eq!(p.start.unwrap().to_string(), "2020-01-01", "{p:?}");
    }

    #[test]
    fn ok_a_year_something_was_done_in_is_over() {
        // "were dropped in 2018": a story told that year would say "this
        // year".
        assert_dated("OSLO, March 13 - The state firm set new list prices for fuel oil, traders said. Such prices were dropped in 2018.\n", "2019-03-13");
        assert_dated("OSLO, March 13 - The lender made 3 mln crowns in its first quarter last year and in all of 2018 lost 5 mln crowns.\n", "2019-03-13");
        assert_dated("OSLO, March 13 - Acme named a new chief. Between 2016 and 2018, mergers added 900 jobs.\n", "2019-03-13");
        // Not a year still under way, a year ahead or history.
        for text in [
            "OSLO, March 13 - Prices fell in 2017. Trade so far in 2018 was weak.\n",
            "OSLO, March 13 - Prices fell in 2017. Sales have become harder in 2018.\n",
            "OSLO, March 13 - Prices fell in 2017. The firm was hoping for a rise in traffic in 2018.\n",
            "OSLO, March 13 - Prices fell in 2017. He called the situation in 2018 crucial.\n",
            "OSLO, March 13 - Prices fell in 2017. Banks sold 2 bln of bonds, bringing those issued in 2018 to 9 bln.\n",
        ] {
            assert_dated(text, "2018-03-13");
        }
        assert_not_dated(
            "OSLO, March 13 - Acme, founded in 1915, named a new chief.\n",
            "1916-03-13",
        );
    }

    #[test]
    fn ok_inferred_after_a_reported_year() {
        // A year's results, told as done, come out after it ends.
        let p = guess("Pre-tax profit for 2019 was 15m euros.\nIt listed its shares in June.\n");
        assert_eq!(p.start.unwrap().to_string(), "2020-01-01");
        assert!(p.evidence.unwrap().contains("2019"));
        let p = guess("Its 2019 sales rose 8%.\n");
        assert_eq!(p.start.unwrap().to_string(), "2020-01-01");
        // A forecast, a hedge or a relative "the year" is no bound.
        for text in [
            "Globex expects 2019 sales to rise.\nIt listed in June 2019.\n",
            "Costs may hit 2019 profit.\nIt listed in June 2019.\n",
            "Revenue for the year was 10m.\nIt listed in June 2019.\n",
            "Globex said it continues to anticipate a profit in 2019.\nIt listed in June 2019.\n",
            "Globex said it foresees higher 2019 sales.\nIt listed in June 2019.\n",
        ] {
            let p = guess(text);
            assert_eq!(p.start.unwrap().to_string(), "2019-06-01", "{text}");
        }
        // A weekday against a year fixes no day: the latest thing the
        // story dates is the year.
        let p = guess(
            "The plant opened in 2019.\nIt said on Tuesday it would hire.\n",
        );
        assert_eq!(p.precision, Precision::Year);
    }

    #[test]
    fn ok_inferred_year_is_after_a_since_and_before_a_by() {
        // Shares at their highest since 2014: the story is told after it,
        // whatever earlier year it reports.
        let p = guess("Acme listed in 2011.\nIts shares hit their highest level since March 2014.\n");
        assert_eq!(p.value.as_deref(), Some("2014"));
        // "by 2023" is an aim, not a year the story reports.
        let p = guess("Acme listed in 2011.\nIts aim of doubling sales by 2023 was within reach.\n");
        assert_eq!(p.value.as_deref(), Some("2011"));
    }

    #[test]
    fn ok_wire_dateline_year_after_what_the_story_reports() {
        for (body, want) in [
            // A dateline's day comes after the latest date the story
            // writes out with its year.
            ("OSLO, March 16 - Acme sold its ferry unit in November 1986, the company said.\n", "1987-03-16"),
            // A region before the date.
            ("KELOWNA, British Columbia, May 4 - Acme sold its mill in November 1986.\n", "1987-05-04"),
            // A period compared with the same one a year before; results
            // reported without a past verb.
            ("OSLO, March 3 - Truck output slid to 6,100 from 6,600 in the comparable 1986 period.\n", "1987-03-03"),
            ("OSLO, March 5 - Its shares rose after reporting 1986 results.\n", "1987-03-05"),
            // Figures counted in a year are told after it.
            ("OSLO, Feb 26 - Acme's fish exports climbed to 4.1 mln tonnes in 1986, officials said.\n", "1987-02-26"),
            // The terms of a security lie ahead: no later year.
            ("OSLO, March 9 - Acme, listed in 1987, is selling a bond. The bond is payable on May 20, 1987.\n", "1987-03-09"),
            // A bare month placed in the year found proves nothing.
            ("OSLO, March 9 - Acme listed in 1987. It hired staff in December.\n", "1987-03-09"),
            // Aid voted for a year is a purpose, not a count.
            ("OSLO, March 9 - Lawmakers voted 80 mln crowns in aid for 1987.\n", "1987-03-09"),
        ] {
            assert_eq!(from_body(body).value.as_deref(), Some(want), "{body}");
        }
        // A security's terms give no year of the story's.
        let p =
            from_body("OSLO, March 9 - The notes allow redemption in 2031.\n");
        assert_eq!(p.value, None);
    }

    #[test]
    fn ok_inferred_a_year_after_the_month_compared() {
        let p = infer("Prices rose 3.1 pct in February, against 5.4 pct in February 1986.\n");
        assert_eq!(p.value.as_deref(), Some("1987-02"));
        assert!(p.evidence.unwrap().contains("a year before the story's"));
        // Without the bare month reported, the compared one is the latest.
        let p =
            infer("Prices rose 3.1 pct, against 5.4 pct in February 1986.\n");
        assert_eq!(p.value.as_deref(), Some("1986-02"));
    }

    #[test]
    fn ok_inferred_no_earlier_than_a_year_before_one_ahead() {
        let p = guess("The first game sold well in 2001.\nIts maker will launch a sequel in 2005.\n");
        assert_eq!(p.value.as_deref(), Some("2004"));
        assert!(p.evidence.unwrap().contains("ahead of the story"));
        // "by 2005" is an aim, no look ahead to a year.
        let p = guess("The first game sold well in 2001.\nIts maker aims to double sales by 2005.\n");
        assert_eq!(p.value.as_deref(), Some("2001"));
    }

    #[test]
    fn ok_named_events_and_bounds_are_no_years_reported() {
        // "the 2031 Games" names a thing ahead; "beyond 2031" bounds.
        let p = guess("A team toured the city last week.\nIt judged the bid for the 2031 Games.\nThe city won a vote in 2028.\n");
        assert_eq!(p.value.as_deref(), Some("2028"));
        let p = guess(
            "The budget was costed in 2028.\nIt left commitments beyond 2031.\n",
        );
        assert_eq!(p.value.as_deref(), Some("2028"));
    }

    #[test]
    fn ok_inferred_without_what_the_guess_itself_gives() {
        // "last week" counted from the provisional DCT tells nothing.
        let p = guess("Acme listed in 2003. Its shares fell last week.\n");
        assert_eq!(p.value.as_deref(), Some("2003"));
        assert_eq!(p.precision, Precision::Year);
    }

    #[test]
    fn ok_inferred_from_latest_date_and_narrative() {
        let p = infer("It was founded in 1999.\nOn June 26, 2017, it formed a unit. Five days later, it signed a deal.\n");
        assert_eq!(p.basis, Basis::Text);
        assert_eq!(p.start.unwrap().to_string(), "2017-07-01");
        assert_eq!(p.end.unwrap().to_string(), "2017-07-10");
        assert_eq!(p.value.as_deref(), Some("2017-07"));
        assert!(p.evidence.unwrap().contains("Five days later"));
    }

    #[test]
    fn ok_inferred_from_a_timestamp_or_a_clock_on_a_day() {
        for body in [
            "The filing, dated 2016-03-04T10:00:00Z, was accepted.\n",
            "The filing was accepted at 10 a.m. March 4, 2016.\n",
        ] {
            let p = infer(body);
            assert_eq!(p.value.as_deref(), Some("2016-03"), "{body}");
            assert_eq!(p.start.unwrap().to_string(), "2016-03-04", "{body}");
        }
    }

    #[test]
    fn ok_year_only_and_future_years_ignored() {
        let p = guess("Sales grew in 2015. The firm will expand by 2020.\n");
        assert_eq!(p.value.as_deref(), Some("2015"));
        assert_eq!(p.precision, Precision::Year);
    }

    #[test]
    fn ok_wire_dateline_takes_the_year_from_the_story() {
        let p = from_body("BEIJING, July 6 (Reuters) - Acme signed a deal with Globex. Acme sold its chip unit in 2014 and set up a unit on June 28, 2017.\n");
        assert_eq!(p.basis, Basis::Dateline);
        assert_eq!(p.value.as_deref(), Some("2017-07-06"));
        assert!(p.evidence.unwrap().contains("BEIJING, July 6"));
    }

    #[test]
    fn ok_dateline_with_a_year_and_a_byline() {
        let p = from_body(
            "NEW YORK, March 3, 1987 - Acme said it agreed to buy Rival.\n",
        );
        assert_eq!(p.value.as_deref(), Some("1987-03-03"));
        let p = from_body("Published April 28, 2019 | Updated April 29, 2019\nAcme sued Globex.\n");
        assert_eq!(
            (p.value.as_deref(), p.basis),
            (Some("2019-04-28"), Basis::Dateline)
        );
    }

    #[test]
    fn ok_page_text_date_when_markup_has_none() {
        let p = from_html("<html><body><p>© 2030 News</p><p>By Jo, 12 March 2018</p><p>Acme sued Globex in 2017.</p></body></html>", None);
        assert_eq!(
            (p.value.as_deref(), p.basis),
            (Some("2018-03-12"), Basis::Dateline)
        );
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

//! The publication date of a web page, from its markup: meta tags,
//! JSON-LD, `<time>` and byline elements, and the URL path.
//!
//! This module reads raw HTML with a fast scanner (no DOM): it looks only
//! at the places dates are kept, so a page costs little more than one
//! pass of a substring search, and deep or broken markup cannot hurt it.
//! It does not read the story's text; datelines and inference from the
//! story's dates are [`super::published`]'s job.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, NaiveDate};

use super::textdates::{self, Cue, TextDate};
use crate::date::PartialDate;
use crate::text::floor_char as floor;
use crate::timeline::Basis;

/// A date found in the page, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// The date, to the precision the source gives.
    pub date: PartialDate,
    /// `html-meta`, `json-ld` or `dateline`.
    pub basis: Basis,
    /// Lower ranks are trusted more.
    pub rank: u8,
    /// What the page says, for the evidence.
    pub evidence: String,
    /// The instant, when the source gives a time in UTC.
    pub utc: Option<chrono::NaiveDateTime>,
    /// A creation date (`dateCreated`, `dc.date.created`): when the
    /// draft was started, which may precede the publication.
    pub created: bool,
}

/// What the markup says about dates.
#[derive(Clone, Debug, Default)]
pub(crate) struct PageDates {
    /// Candidates for the publication date, most trusted first.
    pub published: Vec<Candidate>,
    /// Modification dates (used when nothing else is found, and as an
    /// upper bound).
    pub modified: Vec<Candidate>,
    /// The page's canonical URL, when it gives one.
    pub canonical: Option<String>,
    /// The latest copyright year in the page.
    pub copyright_year: Option<i32>,
    /// Why candidates were rejected.
    pub rejected: Vec<String>,
    /// The page's own UTC offset in minutes, from timestamps that state
    /// one; looked for only when the best candidate is in UTC.
    pub offset_minutes: Option<i32>,
    /// The full dates the page shows its reader, in text order.
    pub visible: Vec<TextDate>,
    /// The most frequent full date in the markup (links, image paths,
    /// embedded data), with its count: the last resort.
    pub frequent: Option<(PartialDate, usize)>,
}

/// The publication date chosen among a page's dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Choice {
    /// The date, to the precision the source gives.
    pub date: PartialDate,
    /// Where it came from.
    pub basis: Basis,
    /// What the page says.
    pub evidence: String,
    /// The instant, when the source gives a time in UTC.
    pub utc: Option<chrono::NaiveDateTime>,
}

impl Choice {
    fn of(c: &Candidate) -> Choice {
        Choice {
            date: c.date,
            basis: c.basis,
            evidence: c.evidence.clone(),
            utc: c.utc,
        }
    }

    fn shown(v: &TextDate, why: &str) -> Choice {
        Choice {
            date: v.date,
            basis: Basis::Dateline,
            evidence: format!("{why}: \"{}\"", clip(&v.snippet, 100)),
            utc: None,
        }
    }
}

impl PageDates {
    /// The best publication date: the most trusted plausible candidate,
    /// else a modification date.
    ///
    /// A metadata date that is also the page's modification date, while
    /// other metadata gives an earlier publication date, is the last
    /// update reported as the publication: the earlier one is taken.
    pub(crate) fn best(&self) -> Option<&Candidate> {
        let best = self.published.iter().min_by_key(|c| c.rank);
        let Some(b) = best else {
            return self.modified.iter().min_by_key(|c| c.rank);
        };
        if b.rank < RANK_TIME && self.modified.iter().any(|m| m.date == b.date)
        {
            if let Some(earlier) = self
                .published
                .iter()
                .filter(|c| {
                    c.rank < RANK_TIME
                        && !c.created
                        && c.date.day.is_some()
                        && c.date.span().end < b.date.span().start
                })
                .min_by_key(|c| c.rank)
            {
                return Some(earlier);
            }
        }
        Some(b)
    }

    /// The publication date: a full date in the page's URL path; else
    /// the metadata's date, unless the page shows its reader another of
    /// its metadata dates first (the one it presents as the story's
    /// date), or shows none of them but a byline date ("Updated May 6,
    /// 2019", the metadata's publication being hidden from the reader);
    /// else a byline date in the text, a marked element, the first full
    /// date in the text, the most frequent date in the markup.
    pub(crate) fn choose(&self) -> Option<Choice> {
        let best = self.best();
        if let Some(b) = best.filter(|b| b.rank < RANK_TIME) {
            if b.rank == RANK_URL_DAY {
                return Some(Choice::of(b));
            }
            let meta: Vec<&Candidate> = self
                .published
                .iter()
                .chain(&self.modified)
                .filter(|c| c.rank < RANK_TIME && c.date.day.is_some())
                .collect();
            let within = |v: &TextDate, c: &Candidate| {
                let (s, d) = (c.date.span(), v.date.span().start);
                s.start <= d && d <= s.end
            };
            if meta.iter().any(|c| c.date != b.date) {
                // A shown modification date counts when the page says
                // so ("Updated ...").
                let first = self.visible.iter().find(|v| {
                    meta.iter().any(|c| {
                        within(v, c)
                            && (v.cue != Cue::None
                                || self
                                    .published
                                    .iter()
                                    .any(|p| p.date == c.date))
                    })
                });
                if let Some(v) = first.filter(|v| !within(v, b)) {
                    let c = meta
                        .iter()
                        .filter(|c| within(v, c))
                        .min_by_key(|c| c.rank)
                        .expect("found above");
                    let mut ch = Choice::of(c);
                    ch.evidence = format!(
                        "{}; the page shows it: \"{}\"",
                        c.evidence,
                        clip(&v.snippet, 80)
                    );
                    return Some(ch);
                }
            }
            if !self.visible.iter().any(|v| within(v, b)) {
                let from = b.date.span().start
                    - chrono::Duration::days(i64::from(b.utc.is_some()));
                if let Some(v) = self.visible.iter().find(|v| {
                    v.cue != Cue::None && v.date.span().start >= from
                }) {
                    let mut ch = Choice::shown(v, "the page's byline");
                    ch.evidence.push_str(&format!(
                        "; the metadata's {} is not shown",
                        b.date.value()
                    ));
                    return Some(ch);
                }
                // The date line shows, first, an earlier time than any
                // time zone can make of the metadata's UTC instant: the
                // original publication (the metadata's is an update).
                if let (Some(utc), Some(v)) = (b.utc, self.visible.first()) {
                    if let Some(shown) = v.date.span().start.and_hms_opt(
                        v.time.map_or(0, |t| t.0),
                        v.time.map_or(0, |t| t.1),
                        0,
                    ) {
                        let gap = utc - shown;
                        if v.time.is_some()
                            && gap > chrono::Duration::hours(14)
                            && gap < chrono::Duration::days(3)
                        {
                            let mut ch =
                                Choice::shown(v, "the page's date line");
                            ch.evidence.push_str(&format!(
                                "; earlier than the metadata's UTC instant \
                                 {utc} in any time zone"
                            ));
                            return Some(ch);
                        }
                    }
                }
            }
            return Some(Choice::of(b));
        }
        if let Some(v) = self.visible.iter().find(|v| v.cue == Cue::Published)
        {
            return Some(Choice::shown(v, "the page's byline"));
        }
        if let Some(b) = best {
            // A month (from the URL) is narrowed by the first day shown
            // within it.
            if b.date.day.is_none() {
                let s = b.date.span();
                if let Some(v) = self.visible.iter().find(|v| {
                    let d = v.date.span().start;
                    s.start <= d && d <= s.end
                }) {
                    return Some(Choice::shown(
                        v,
                        "the first date shown in the month of the URL",
                    ));
                }
            }
            return Some(Choice::of(b));
        }
        if let Some(v) = self.visible.iter().find(|v| v.cue != Cue::None) {
            return Some(Choice::shown(v, "the page's byline"));
        }
        None
    }

    /// The first full date the page shows.
    pub(crate) fn first_shown(&self) -> Option<Choice> {
        let v = self.visible.first()?;
        Some(Choice::shown(v, "the first date shown on the page"))
    }

    /// The last resort before inference: the most frequent full date in
    /// the page's markup.
    pub(crate) fn frequent_choice(&self) -> Option<Choice> {
        let (d, n) = self.frequent?;
        Some(Choice {
            date: d,
            basis: Basis::Dateline,
            evidence: format!(
                "the most frequent date in the page's markup ({n} times)"
            ),
            utc: None,
        })
    }

    /// The page's newest own date: its modification date. (Copyright
    /// years do not bound dates: footers go stale for years, and a
    /// licence's copyright line is older than the page.)
    pub(crate) fn newest(&self) -> Option<NaiveDate> {
        self.modified.iter().map(|c| c.date.span().end).max()
    }
}

/// Meta names (`name`, `property`, `itemprop`, `http-equiv`) that give the
/// publication date, in order of trust.
const META_PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "published_time",
    "article.published",
    "datepublished",
    "date_published",
    "article_date_original",
    "originalpublicationdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "dc.created",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "rnews:datepublished",
    "og:pubdate",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "pub_date",
    "publishdatetime",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    "article:post_date",
    "displaydate",
    "datecreated",
    "date",
    "created",
];

/// Meta names that give the modification date.
const META_MODIFIED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "modified_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "lastmod",
    "last-modified",
    "revised",
];

/// Class, id or itemprop words that mark an element as holding the
/// publication date (bylines, `<time class="published">`, ...).
const DATE_MARKS: &[&str] = &[
    "datepublished",
    "date-published",
    "published",
    "pubdate",
    "publish",
    "entry-date",
    "post-date",
    "postdate",
    "posted",
    "article-date",
    "articledate",
    "story-date",
    "byline",
    "dateline",
    "timestamp",
    "meta-date",
    "date-header",
    "datetime",
    "date",
];

const NEEDLES: &[&str] = &[
    "<meta",
    "<link",
    "ld+json",
    "©",
    "<time",
    "datepublished",
    "pubdate",
    "published",
    "entry-date",
    "post-date",
    "postdate",
    "posted",
    "byline",
    "dateline",
    "timestamp",
    "article-date",
    "articledate",
    "story-date",
    "date-header",
    "meta-date",
    "&copy;",
    "copyright",
];

/// The needles looked for in a page's head: metadata only.
const HEAD_NEEDLES: usize = 4;

fn automaton(head: bool) -> &'static AhoCorasick {
    static HEAD: OnceLock<AhoCorasick> = OnceLock::new();
    static ALL: OnceLock<AhoCorasick> = OnceLock::new();
    let build = |n: &[&str]| {
        // A DFA: case-insensitive needles defeat the literal prefilters,
        // and the DFA is the fastest plain automaton for them.
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(n)
            .expect("valid patterns")
    };
    if head {
        HEAD.get_or_init(|| build(&NEEDLES[..HEAD_NEEDLES]))
    } else {
        ALL.get_or_init(|| build(NEEDLES))
    }
}

/// Ranks: lower is more trusted.
const RANK_URL_DAY: u8 = 1;
const RANK_META: u8 = 10;
const RANK_JSON_LD: u8 = 60;
const RANK_TIME: u8 = 100;
const RANK_MARKED: u8 = 120;
const RANK_URL: u8 = 140;

/// Reads the dates in a page. `url` is the page's address when known
/// (a JSON-lines `url`, front matter); the canonical link is used too.
///
/// The head is read first; the body only when the head's metadata gives
/// no publication date, so most pages cost a search through their head.
pub(crate) fn scan(html: &str, url: Option<&str>) -> PageDates {
    let mut out = PageDates::default();
    let mut og_url = None;
    let body = memchr::memmem::find(html.as_bytes(), b"<body")
        .or_else(|| memchr::memmem::find(html.as_bytes(), b"<BODY"))
        .unwrap_or(0);
    scan_range(html, 0, body, true, &mut out, &mut og_url);
    if !out.published.iter().any(|c| c.rank < RANK_TIME) {
        scan_range(html, body, html.len(), false, &mut out, &mut og_url);
    } else {
        // The footer's copyright year bounds the head's dates.
        let tail = floor(html, html.len().saturating_sub(32 << 10));
        let tail = tail.max(body);
        for needle in ["©", "&copy;", "Copyright", "copyright"] {
            let hay = &html.as_bytes()[tail..];
            for at in memchr::memmem::find_iter(hay, needle.as_bytes()) {
                let at = tail + at;
                let end = floor(html, (at + 80).min(html.len()));
                if let Some(y) = copyright_year(&html[at..end]) {
                    out.copyright_year =
                        Some(out.copyright_year.map_or(y, |c| c.max(y)));
                }
            }
        }
    }
    for u in [url, out.canonical.clone().as_deref(), og_url.as_deref()]
        .into_iter()
        .flatten()
    {
        if let Some((d, seg)) = url_date(u) {
            out.published.push(Candidate {
                date: d,
                basis: Basis::HtmlMeta,
                // A full date in the URL path is the page's own address:
                // the most trusted; a month only narrows.
                rank: if d.day.is_some() { RANK_URL_DAY } else { RANK_URL },
                evidence: format!("date in the URL path: {seg}"),
                utc: None,
                created: false,
            });
            break;
        }
    }
    reject_implausible(&mut out);
    // The text is read when the metadata leaves a question: none given,
    // days that disagree, or a UTC instant the page may show otherwise.
    let meta: Vec<&Candidate> = out
        .published
        .iter()
        .chain(&out.modified)
        .filter(|c| c.rank < RANK_TIME)
        .collect();
    let settled = meta.iter().any(|c| c.rank == RANK_URL_DAY)
        || (out.published.iter().any(|c| c.rank < RANK_TIME)
            && meta.iter().all(|c| c.date == meta[0].date && c.utc.is_none()));
    if !settled {
        visible_dates(html, body, &mut out);
    }
    if out.best().is_some_and(|c| c.utc.is_some()) {
        out.offset_minutes = page_offset(html);
    }
    out
}

/// The full dates the page shows, within the plausible range; and, when
/// the page has neither metadata nor a shown date, the most frequent
/// date in its markup.
fn visible_dates(html: &str, body: usize, out: &mut PageDates) {
    let floor_date = NaiveDate::from_ymd_opt(1995, 1, 1).expect("valid");
    let day_first =
        textdates::day_first(textdates::page_lang(html).as_deref());
    let text = textdates::visible_text(html, body);
    out.visible = textdates::find_dates(&text, day_first)
        .into_iter()
        .filter(|v| {
            let d = v.date.span().start;
            d >= floor_date
        })
        .collect();
    if out.published.is_empty() {
        out.frequent = frequent_date(html, out.newest());
    }
}

/// The most frequent `YYYY-MM-DD` or `YYYY/MM/DD` date in the markup
/// (ties go to the earlier date).
fn frequent_date(
    html: &str,
    newest: Option<NaiveDate>,
) -> Option<(PartialDate, usize)> {
    static RE: OnceLock<regex::bytes::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::bytes::Regex::new(
            r"(?-u)(?:^|[^0-9])((?:19|20)[0-9]{2})([-/])([01][0-9])([-/])([0-3][0-9])(?:[^0-9]|$)",
        )
        .expect("valid regex")
    });
    let floor_date = NaiveDate::from_ymd_opt(1995, 1, 1).expect("valid");
    let mut counts: std::collections::BTreeMap<NaiveDate, usize> =
        std::collections::BTreeMap::new();
    for c in re.captures_iter(html.as_bytes()).take(2000) {
        if c[2] != c[4] {
            continue;
        }
        let num =
            |i: usize| std::str::from_utf8(&c[i]).ok()?.parse::<u32>().ok();
        let (Some(y), Some(m), Some(d)) = (num(1), num(3), num(5)) else {
            continue;
        };
        let Some(day) = NaiveDate::from_ymd_opt(y as i32, m, d) else {
            continue;
        };
        if day >= floor_date && newest.is_none_or(|n| day <= n) {
            *counts.entry(day).or_default() += 1;
        }
    }
    let (day, n) =
        counts.into_iter().max_by_key(|(d, n)| (*n, std::cmp::Reverse(*d)))?;
    Some((
        PartialDate {
            year: day.year(),
            month: Some(day.month()),
            day: Some(day.day()),
        },
        n,
    ))
}

/// The UTC instant of an ISO timestamp given in UTC (`Z`, `+00:00`).
pub(crate) fn utc_instant(raw: &str) -> Option<chrono::NaiveDateTime> {
    let raw = raw.trim();
    let utc = raw.ends_with('Z')
        || raw.ends_with("+00:00")
        || raw.ends_with("+0000");
    if !utc || raw.len() < 16 {
        return None;
    }
    let head = raw.get(..16)?.replace(' ', "T");
    chrono::NaiveDateTime::parse_from_str(&head, "%Y-%m-%dT%H:%M").ok()
}

/// The most common non-zero UTC offset of the page's ISO timestamps
/// (`2023-11-08T22:28:35-05:00`). A scan for the `T` between date and
/// time, checked byte by byte: no regex over the whole page.
fn page_offset(html: &str) -> Option<i32> {
    let b = html.as_bytes();
    let digits = |from: usize, n: usize| {
        b.get(from..from + n).is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let num = |from: usize, n: usize| -> i32 {
        b[from..from + n].iter().fold(0, |a, c| a * 10 + i32::from(c - b'0'))
    };
    let mut counts: std::collections::BTreeMap<i32, usize> =
        std::collections::BTreeMap::new();
    let (mut seen, mut i) = (0, 10);
    while let Some(p) = memchr::memchr(b'T', b.get(i..)?) {
        let t = i + p;
        i = t + 1;
        // dddd-dd-ddTdd:dd
        if t < 10
            || !(digits(t - 10, 4)
                && b[t - 6] == b'-'
                && digits(t - 5, 2)
                && b[t - 3] == b'-'
                && digits(t - 2, 2)
                && digits(t + 1, 2)
                && b.get(t + 3) == Some(&b':')
                && digits(t + 4, 2))
        {
            continue;
        }
        let mut k = t + 6;
        if b.get(k) == Some(&b':') && digits(k + 1, 2) {
            k += 3;
        }
        if b.get(k) == Some(&b'.') {
            k += 1;
            while b.get(k).is_some_and(u8::is_ascii_digit) {
                k += 1;
            }
        }
        let sign = match b.get(k) {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => continue,
        };
        if !digits(k + 1, 2) {
            continue;
        }
        let h = num(k + 1, 2);
        let mm = if b.get(k + 3) == Some(&b':') { k + 4 } else { k + 3 };
        if !digits(mm, 2) {
            continue;
        }
        let off = sign * (h * 60 + num(mm, 2));
        if off != 0 && off.abs() <= 14 * 60 {
            *counts.entry(off).or_default() += 1;
        }
        seen += 1;
        if seen >= 200 {
            break;
        }
    }
    counts.into_iter().max_by_key(|(o, n)| (*n, -*o)).map(|(o, _)| o)
}

fn scan_range(
    html: &str,
    from: usize,
    to: usize,
    head: bool,
    out: &mut PageDates,
    og_url: &mut Option<String>,
) {
    let bytes = html.as_bytes();
    let mut handled_until = from;
    let mut in_script_until = 0;
    for m in automaton(head).find_iter(&html[from..to]) {
        let at = from + m.start();
        if at < handled_until {
            continue;
        }
        let needle = NEEDLES[m.pattern().as_usize()];
        match needle {
            "<meta" | "<time" | "<link" => {
                let Some(tag) = tag_at(html, at) else { continue };
                handled_until = at + tag.len();
                let attrs = attributes(tag);
                match needle {
                    "<meta" => meta(&attrs, out, og_url),
                    "<link" => {
                        if attr(&attrs, "rel").is_some_and(|r| {
                            r.eq_ignore_ascii_case("canonical")
                        }) {
                            if let Some(h) = attr(&attrs, "href") {
                                out.canonical.get_or_insert(h.to_string());
                            }
                        }
                    }
                    _ => time_tag(html, at + tag.len(), &attrs, out),
                }
            }
            "ld+json" => {
                // Inside the opening <script> tag: the JSON follows its `>`.
                let Some(gt) = html[at..].find('>') else { continue };
                let start = at + gt + 1;
                let end =
                    find_ci(html, start, "</script").unwrap_or(html.len());
                json_ld(&html[start..end], out);
                handled_until = end;
            }
            "©" | "&copy;" | "copyright" => {
                let end = floor(html, (at + 80).min(html.len()));
                if let Some(y) = copyright_year(&html[at..end]) {
                    out.copyright_year =
                        Some(out.copyright_year.map_or(y, |c| c.max(y)));
                }
            }
            _ => {
                if at < in_script_until {
                    continue;
                }
                // A marked element: the needle must sit inside a tag's
                // attributes.
                let Some(open) = enclosing_tag_start(bytes, at) else {
                    continue;
                };
                let Some(tag) = tag_at(html, open) else { continue };
                handled_until = open + tag.len();
                if tag_name(tag) == "script" {
                    in_script_until =
                        find_ci(html, open, "</script").unwrap_or(html.len());
                    continue;
                }
                marked(html, open + tag.len(), tag, out);
            }
        }
    }
}

/// The first full date (day, month and year) in a page's visible text,
/// outside copyright lines: the byline of a page without metadata.
pub(crate) fn text_date(
    text: &str,
    newest: Option<NaiveDate>,
) -> Option<(PartialDate, String)> {
    let floor_date = NaiveDate::from_ymd_opt(1995, 1, 1).expect("valid");
    for line in text.lines().take(4000) {
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let lower = line.to_lowercase();
        if lower.contains('©') || lower.contains("copyright") {
            continue;
        }
        for chunk in line.split_inclusive(['.', '|', '·', '•']) {
            if chunk.len() > 400 || !chunk.bytes().any(|b| b.is_ascii_digit())
            {
                continue;
            }
            let Some(d) = published_in(chunk) else { continue };
            let span = d.span();
            if d.day.is_none()
                || span.start < floor_date
                || newest.is_some_and(|n| span.start > n)
            {
                continue;
            }
            return Some((d, clip(line.trim(), 80).to_string()));
        }
    }
    None
}

/// Drops candidates that cannot be the publication date: before the web,
/// after the page's own latest date (its modification date, its copyright
/// year), or later than a more trusted day-precise candidate by far.
fn reject_implausible(out: &mut PageDates) {
    let floor_date = NaiveDate::from_ymd_opt(1995, 1, 1).expect("valid");
    let newest = out.newest();
    let mut rejected = Vec::new();
    let keep = |c: &Candidate, rejected: &mut Vec<String>| {
        let span = c.date.span();
        if span.end < floor_date {
            rejected.push(format!(
                "{} ({}): before 1995, too early for a web page",
                c.date.value(),
                c.evidence
            ));
            return false;
        }
        // A modification date earlier than the metadata's publication
        // date is a stale or scheduled one: it bounds only the weaker
        // sources.
        let bound = if c.rank < RANK_TIME { None } else { newest };
        if let Some(n) = bound {
            if span.start > n {
                rejected.push(format!(
                    "{} ({}): after the page's newest date {n}",
                    c.date.value(),
                    c.evidence
                ));
                return false;
            }
        }
        true
    };
    out.published.retain(|c| keep(c, &mut rejected));
    out.modified.retain(|c| span_ok(c, floor_date));
    out.rejected = rejected;
}

fn span_ok(c: &Candidate, floor_date: NaiveDate) -> bool {
    c.date.span().end >= floor_date
}

fn meta(
    attrs: &[(String, String)],
    out: &mut PageDates,
    og_url: &mut Option<String>,
) {
    let Some(content) = attr(attrs, "content").or(attr(attrs, "datetime"))
    else {
        return;
    };
    for key in ["property", "name", "itemprop", "http-equiv"] {
        let Some(name) = attr(attrs, key) else { continue };
        let name = name.trim().to_ascii_lowercase();
        if name == "og:url" {
            og_url.get_or_insert(content.to_string());
            continue;
        }
        if name == "parsely-page" {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(content) {
                if let Some(d) = v["pub_date"].as_str().and_then(parse_iso) {
                    out.published.push(Candidate {
                        date: d,
                        basis: Basis::HtmlMeta,
                        rank: RANK_META,
                        evidence: format!("<meta name=\"{name}\"> pub_date"),
                        utc: None,
                        created: false,
                    });
                }
            }
            continue;
        }
        let (list, published) =
            match META_PUBLISHED.iter().position(|n| *n == name) {
                Some(i) => (i, true),
                None => match META_MODIFIED.iter().position(|n| *n == name) {
                    Some(i) => (i, false),
                    None => continue,
                },
            };
        let Some(d) = parse_date_text(content) else { continue };
        let c = Candidate {
            date: d,
            basis: Basis::HtmlMeta,
            utc: utc_instant(content),
            created: name.contains("created"),
            // Document order among the published names: the first one a
            // page gives is its own (later ones come from embeds).
            rank: RANK_META
                + u8::from(name == "date" || name == "created")
                    * (list.min(1) as u8),
            evidence: format!("<meta {key}=\"{name}\" content=\"{}\">", {
                clip(content, 60)
            }),
        };
        if published {
            out.published.push(c);
        } else {
            out.modified.push(c);
        }
        return;
    }
}

/// A `<time>` element marks publication when it says so (`pubdate`,
/// `itemprop="datePublished"`, a class such as `published` or
/// `entry-date`); an unmarked one only counts when nothing better exists.
fn time_tag(
    html: &str,
    after: usize,
    attrs: &[(String, String)],
    out: &mut PageDates,
) {
    let marks = marks_of(attrs);
    let modified = marks.contains("modif") || marks.contains("updated");
    let value = attr(attrs, "datetime")
        .and_then(parse_date_text)
        .or_else(|| parse_date_text(&element_text(html, after, 120)));
    let Some(d) = value else { return };
    let marked = attrs.iter().any(|(k, _)| k == "pubdate")
        || DATE_MARKS[..DATE_MARKS.len() - 2]
            .iter()
            .any(|m| marks.contains(m));
    let c = Candidate {
        date: d,
        basis: Basis::HtmlMeta,
        rank: if marked { RANK_TIME } else { RANK_URL + 10 },
        evidence: format!("<time datetime=\"{}\">", {
            attr(attrs, "datetime").unwrap_or("")
        }),
        utc: attr(attrs, "datetime").and_then(utc_instant),
        created: false,
    };
    if modified {
        out.modified.push(c);
    } else {
        out.published.push(c);
    }
}

/// An element whose class, id or itemprop marks a date: its `content`,
/// `datetime` or `title` attribute, else the start of its text.
fn marked(html: &str, after: usize, tag: &str, out: &mut PageDates) {
    let attrs = attributes(tag);
    let marks = marks_of(&attrs);
    if marks.is_empty()
        || marks.contains("modif")
        || marks.contains("updated")
        || marks.contains("comment")
        || marks.contains("related")
    {
        return;
    }
    if !DATE_MARKS.iter().any(|m| marks.contains(m)) {
        return;
    }
    let text;
    let raw = match attr(&attrs, "content")
        .or(attr(&attrs, "datetime"))
        .or(attr(&attrs, "title"))
        .filter(|v| parse_date_text(v).is_some())
    {
        Some(v) => v,
        None => {
            text = element_text(html, after, 200);
            &text
        }
    };
    let Some(d) = published_in(raw) else { return };
    let basis = if marks.contains("datepublished") {
        Basis::HtmlMeta
    } else {
        Basis::Dateline
    };
    out.published.push(Candidate {
        date: d,
        basis,
        rank: if basis == Basis::HtmlMeta { RANK_TIME } else { RANK_MARKED },
        evidence: clip(raw.trim(), 80).to_string(),
        utc: None,
        created: false,
    });
}

/// In a byline such as "Published April 28, 2019 · Updated April 29,
/// 2019", the date after "published"/"posted", else the first date that
/// is not after "updated".
pub(crate) fn published_in(text: &str) -> Option<PartialDate> {
    let lower = text.to_lowercase();
    for cue in ["published", "posted", "erschienen", "publié", "publicado"] {
        if let Some(i) = lower.find(cue) {
            let rest = floor(text, (i + cue.len()).min(text.len()));
            if let Some(d) = parse_date_text(&text[rest..]) {
                return Some(d);
            }
        }
    }
    let cut = ["updated", "modified", "aktualisiert", "mis à jour"]
        .iter()
        .filter_map(|u| lower.find(u))
        .min()
        .unwrap_or(text.len());
    parse_date_text(&text[..floor(text, cut.min(text.len()))])
}

fn json_ld(text: &str, out: &mut PageDates) {
    let t = text.trim();
    let t = t.strip_prefix("<![CDATA[").unwrap_or(t);
    let t = t.strip_suffix("]]>").unwrap_or(t).trim();
    let t = t.strip_prefix("//").map_or(t, |_| t.trim_start_matches('/'));
    let Ok(v) = serde_json::from_str::<serde_json::Value>(t) else {
        return;
    };
    let mut found = Vec::new();
    walk_json(&v, 0, false, &mut found);
    // Articles first, then the shallowest object; within one object the
    // original date before the modification date.
    found.sort_by_key(|f| (!f.article, f.depth, f.order));
    for f in found {
        let c = Candidate {
            date: f.date,
            basis: Basis::JsonLd,
            rank: RANK_JSON_LD
                + u8::from(!f.article) * 10
                + (f.depth.min(9) as u8),
            evidence: format!("JSON-LD {}: \"{}\"", f.key, f.raw),
            utc: utc_instant(&f.raw),
            created: f.key == "dateCreated",
        };
        if f.key == "dateModified" {
            out.modified.push(c);
        } else {
            out.published.push(c);
        }
    }
}

struct JsonDate {
    date: PartialDate,
    key: &'static str,
    raw: String,
    article: bool,
    depth: usize,
    order: u8,
}

fn walk_json(
    v: &serde_json::Value,
    depth: usize,
    in_list: bool,
    found: &mut Vec<JsonDate>,
) {
    if depth > 8 {
        return;
    }
    match v {
        serde_json::Value::Array(a) => {
            for x in a {
                walk_json(x, depth, in_list, found);
            }
        }
        serde_json::Value::Object(o) => {
            let ty = match o.get("@type") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => String::new(),
            };
            let article = !in_list
                && ["Article", "Posting", "Report", "NewsArticle", "Blog"]
                    .iter()
                    .any(|t| ty.contains(t));
            // Media, people and comments carry their own dates (a
            // video's upload), not the story's.
            let media = [
                "VideoObject",
                "ImageObject",
                "MediaObject",
                "Clip",
                "Comment",
                "Review",
                "Event",
                "Person",
                "Organization",
            ]
            .iter()
            .any(|t| ty.contains(t));
            let keys: &[&'static str] = if media {
                &[]
            } else {
                &["datePublished", "dateCreated", "dateModified"]
            };
            for (order, &key) in keys.iter().enumerate() {
                if let Some(raw) = o.get(key).and_then(|x| x.as_str()) {
                    if let Some(date) = parse_date_text(raw) {
                        found.push(JsonDate {
                            date,
                            key,
                            raw: clip(raw, 40).to_string(),
                            article,
                            depth,
                            order: order as u8,
                        });
                    }
                }
            }
            for (k, x) in o {
                // Lists of other stories (related articles, comments) are
                // not the page's own story.
                let list = in_list
                    || matches!(
                        k.as_str(),
                        "itemListElement" | "comment" | "hasPart" | "review"
                    );
                if x.is_object() || x.is_array() {
                    walk_json(x, depth + 1, list, found);
                }
            }
        }
        _ => {}
    }
}

/// `/2019/04/28/`, `/2019-04-28`, `/20190428/`, `/2019/04/` in a URL path.
pub(crate) fn url_date(url: &str) -> Option<(PartialDate, String)> {
    let path = match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            &rest[rest.find('/')?..]
        }
        None => url,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let num = |s: &str, n: usize| {
        (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    for i in 0..segs.len() {
        let Some(y) = num(segs[i], 4).filter(|y| (1995..2100).contains(y))
        else {
            // 2019-04-28 or 20190428 inside one segment.
            if let Some(d) = segment_date(segs[i]) {
                return Some((d, format!("/{}", segs[i])));
            }
            continue;
        };
        let m = segs
            .get(i + 1)
            .and_then(|s| {
                num(s, 2).or_else(|| num(s, 1)).or_else(|| {
                    // /2020/oct/02/
                    (s.len() == 3 && s.bytes().all(|b| b.is_ascii_lowercase()))
                        .then(|| month_word(s))
                        .flatten()
                })
            })
            .filter(|m| (1..=12).contains(m));
        let Some(m) = m else { continue };
        let d = segs
            .get(i + 2)
            .and_then(|s| num(s, 2).or_else(|| num(s, 1)))
            .filter(|d| (1..=31).contains(d));
        let pd = PartialDate { year: y as i32, month: Some(m), day: d };
        if d.is_some()
            && NaiveDate::from_ymd_opt(y as i32, m, d.unwrap_or(1)).is_none()
        {
            continue;
        }
        let shown = segs[i..i + if d.is_some() { 3 } else { 2 }].join("/");
        // A bare year/month pair must be followed by more path (a slug),
        // else it is an archive page rather than a story.
        return Some((pd, format!("/{shown}/")));
    }
    None
}

fn segment_date(seg: &str) -> Option<PartialDate> {
    let b = seg.as_bytes();
    for i in 0..b.len() {
        // "über-2019": only start at a character, after no digit.
        if !seg.is_char_boundary(i) || (i > 0 && b[i - 1].is_ascii_digit()) {
            continue;
        }
        let rest = &seg[i..];
        let digits: String =
            rest.chars().take_while(char::is_ascii_digit).collect();
        let cand = if digits.len() == 8 {
            Some((&digits[..4], &digits[4..6], &digits[6..8]))
        } else if digits.len() == 4
            && rest.len() >= 10
            && rest.as_bytes()[4] == b'-'
            && rest.as_bytes()[7] == b'-'
            && rest.as_bytes().get(10).is_none_or(|c| !c.is_ascii_digit())
        {
            Some((&rest[..4], &rest[5..7], &rest[8..10]))
        } else {
            None
        };
        if let Some((y, m, d)) = cand {
            let (Ok(y), Ok(m), Ok(d)) =
                (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
            else {
                continue;
            };
            if (1995..2100).contains(&y)
                && NaiveDate::from_ymd_opt(y, m, d).is_some()
            {
                return Some(PartialDate {
                    year: y,
                    month: Some(m),
                    day: Some(d),
                });
            }
        }
    }
    None
}

const MONTH_NAMES: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // A few other languages' month names, for bylines.
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("jänner", 1),
    ("okt", 10),
    ("dez", 12),
    ("janv", 1),
    ("févr", 2),
    ("fév", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    ("abr", 4),
    ("dic", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("maj", 5),
    ("augusti", 8),
    ("desember", 12),
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
];

/// The month a month name or abbreviation names, in the languages above.
pub(crate) fn month_word(w: &str) -> Option<u32> {
    if w.len() < 3 || w.len() > 24 || w.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let w = w.trim_end_matches('.').to_lowercase();
    MONTH_NAMES.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

/// Reads an ISO timestamp at the start of `s`: `2019-04-28T10:00Z`,
/// `2019-04-28`, `2019-04`, `2019/04/28`, `20190428`.
pub(crate) fn parse_iso(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        let part = s.get(from..from + n)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let y = digits(0, 4)? as i32;
    if b.len() >= 8 && b[4].is_ascii_digit() {
        let (m, d) = (digits(4, 2)?, digits(6, 2)?);
        if b.get(8).is_some_and(u8::is_ascii_digit) && b.len() < 12 {
            return None;
        }
        NaiveDate::from_ymd_opt(y, m, d)?;
        return Some(PartialDate { year: y, month: Some(m), day: Some(d) });
    }
    match b.get(4) {
        None => Some(PartialDate { year: y, month: None, day: None }),
        Some(b'-' | b'/' | b'.') => {
            let (m, after) = match (digits(5, 2), digits(5, 1)) {
                (Some(m), _) => (m, 7),
                (None, Some(m)) => (m, 6),
                _ => return None,
            };
            if !(1..=12).contains(&m) {
                return None;
            }
            match b.get(after) {
                Some(b'-' | b'/' | b'.') => {
                    let d = digits(after + 1, 2)
                        .or_else(|| digits(after + 1, 1))?;
                    NaiveDate::from_ymd_opt(y, m, d)?;
                    Some(PartialDate { year: y, month: Some(m), day: Some(d) })
                }
                None | Some(b'T' | b' ') => {
                    Some(PartialDate { year: y, month: Some(m), day: None })
                }
                _ => None,
            }
        }
        Some(b'T' | b' ') => None,
        _ => None,
    }
}

/// Reads the first date in a short text: ISO forms, "April 28, 2019",
/// "28 April 2019", "Apr. 28 2019", "28.04.2019", "04/28/2019", a Unix
/// time in seconds or milliseconds.
/// A line that is only a full date ("Friday, June 7, 2019", "10/14/2019",
/// "3 May 2022"): a scraped page's date line. A weekday may lead; little
/// else may stand beside the date.
pub(crate) fn standalone_date(line: &str) -> Option<PartialDate> {
    let line = line.trim();
    let tokens = line.split_whitespace().count();
    if line.len() > 40
        || tokens > 5
        || !line.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let d = parse_date_text(line)?;
    let words = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 2)
        .count();
    (d.day.is_some() && words <= 2).then_some(d)
}

pub(crate) fn parse_date_text(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    if s.is_empty() || s.len() > 400 {
        return None;
    }
    if let Some(d) = parse_iso(s) {
        return Some(d);
    }
    // Unix time.
    if (s.len() == 10 || s.len() == 13)
        && s.bytes().all(|b| b.is_ascii_digit())
    {
        let n: i64 = s.parse().ok()?;
        let secs = if s.len() == 13 { n / 1000 } else { n };
        let dt = chrono::DateTime::from_timestamp(secs, 0)?;
        let d = dt.date_naive();
        return Some(PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        });
    }
    let toks: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|t| !t.is_empty())
        .take(40)
        .collect();
    for (i, t) in toks.iter().enumerate() {
        // An ISO date inside the text.
        if t.len() >= 8 && t.as_bytes()[0].is_ascii_digit() {
            if let Some(d) = parse_iso(t) {
                if d.day.is_some() {
                    return Some(d);
                }
            }
            if let Some(d) = numeric_date(t) {
                return Some(d);
            }
        }
        let year_at = |j: usize| -> Option<i32> {
            let w = toks.get(j)?.trim_end_matches(['.', ')', ';']);
            (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()
        };
        let day_of = |w: &str| -> Option<u32> {
            let w = w
                .trim_end_matches(['.', ','])
                .trim_end_matches("st")
                .trim_end_matches("nd")
                .trim_end_matches("rd")
                .trim_end_matches("th");
            (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()
                .filter(|d| (1..=31).contains(d))
        };
        if let Some(m) = month_word(t) {
            // April 28, 2019
            if let Some(d) = toks.get(i + 1).and_then(|w| day_of(w)) {
                if let Some(y) = year_at(i + 2) {
                    if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                        return Some(PartialDate {
                            year: y,
                            month: Some(m),
                            day: Some(d),
                        });
                    }
                }
            }
            // 28 April 2019
            if let Some(d) = i.checked_sub(1).and_then(|j| day_of(toks[j])) {
                if let Some(y) = year_at(i + 1) {
                    if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                        return Some(PartialDate {
                            year: y,
                            month: Some(m),
                            day: Some(d),
                        });
                    }
                }
            }
            // 28 de abril de 2019
            if toks.get(i + 1).is_some_and(|w| *w == "de") {
                if let (Some(d), Some(y)) = (
                    i.checked_sub(2).and_then(|j| day_of(toks[j])),
                    year_at(i + 2),
                ) {
                    if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                        return Some(PartialDate {
                            year: y,
                            month: Some(m),
                            day: Some(d),
                        });
                    }
                }
            }
        }
    }
    None
}

/// `28.04.2019`, `04/28/2019`, `28/04/2019` (day first unless the second
/// number cannot be a month).
fn numeric_date(t: &str) -> Option<PartialDate> {
    let t = t.trim_end_matches(['.', ',', ';']);
    let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
    if parts.len() != 3 || parts[2].len() != 4 || parts[0].len() > 2 {
        return None;
    }
    let a: u32 = parts[0].parse().ok()?;
    let b: u32 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    let (m, d) = if t.contains('/') && b > 12 {
        (a, b)
    } else if t.contains('/') && a <= 12 && b <= 12 {
        // Ambiguous: US pages write month first with slashes.
        (a, b)
    } else {
        (b, a)
    };
    NaiveDate::from_ymd_opt(y, m, d)?;
    Some(PartialDate { year: y, month: Some(m), day: Some(d) })
}

fn copyright_year(s: &str) -> Option<i32> {
    let mut best = None;
    for w in s.split(|c: char| !c.is_ascii_digit()) {
        if w.len() == 4 {
            if let Ok(y) = w.parse::<i32>() {
                if (1995..2100).contains(&y) {
                    best = Some(best.map_or(y, |b: i32| b.max(y)));
                }
            }
        }
    }
    best
}

/// The tag that starts at `at` (`<` included, `>` included).
fn tag_at(html: &str, at: usize) -> Option<&str> {
    let rest = &html[at..];
    let end = rest[..floor(rest, 4096)].find('>')?;
    Some(&rest[..=end])
}

/// The `<` of the tag whose attributes contain byte `at`, if any.
fn enclosing_tag_start(bytes: &[u8], at: usize) -> Option<usize> {
    let lo = at.saturating_sub(600);
    for i in (lo..at).rev() {
        match bytes[i] {
            b'>' => return None,
            b'<' => {
                return bytes
                    .get(i + 1)
                    .is_some_and(u8::is_ascii_alphabetic)
                    .then_some(i)
            }
            _ => {}
        }
    }
    None
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The attributes of a tag, names lower-cased, values entity-decoded.
pub(crate) fn attributes(tag: &str) -> Vec<(String, String)> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let inner = inner.trim_end_matches('/');
    let b = inner.as_bytes();
    let mut i =
        b.iter().position(|c| c.is_ascii_whitespace()).unwrap_or(b.len());
    let mut out = Vec::new();
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ns = i;
        while i < b.len()
            && !b[i].is_ascii_whitespace()
            && b[i] != b'='
            && b[i] != b'/'
        {
            i += 1;
        }
        if ns == i {
            i += 1;
            continue;
        }
        let name = inner[ns..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                i = vs;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                value = super::html::decode_entities(&inner[vs..i]);
                i += 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = super::html::decode_entities(&inner[vs..i]);
            }
        }
        out.push((name, value));
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// class, id and itemprop values, lower-cased, joined.
fn marks_of(attrs: &[(String, String)]) -> String {
    attrs
        .iter()
        .filter(|(k, _)| matches!(k.as_str(), "class" | "id" | "itemprop"))
        .map(|(_, v)| v.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Up to `max` bytes of the text after a tag, markup removed.
fn element_text(html: &str, from: usize, max: usize) -> String {
    let end = floor(html, (from + max * 4).min(html.len()));
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[from..end].chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
        if out.len() >= max {
            break;
        }
    }
    super::html::decode_entities(&out)
}

fn find_ci(html: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = &html.as_bytes()[from..];
    let n = needle.as_bytes();
    hay.windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
        .map(|p| p + from)
}

fn clip(s: &str, n: usize) -> &str {
    &s[..floor(s, n.min(s.len()))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(html: &str) -> Option<(String, Basis)> {
        scan(html, None).best().map(|c| (c.date.value(), c.basis))
    }

    fn page(head: &str, body: &str) -> String {
        format!("<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>")
    }

    #[test]
    fn ok_each_meta_tag() {
        for (attr, name) in [
            ("property", "article:published_time"),
            ("property", "og:published_time"),
            ("name", "parsely-pub-date"),
            ("name", "sailthru.date"),
            ("name", "dc.date"),
            ("name", "DC.date.issued"),
            ("itemprop", "datePublished"),
            ("name", "pubdate"),
        ] {
            let h = page(
                &format!("<meta {attr}=\"{name}\" content=\"2019-04-28T10:00:00+02:00\">"),
                "<p>Story.</p>",
            );
            assert_eq!(
                best(&h),
                Some(("2019-04-28".into(), Basis::HtmlMeta)),
                "{name}"
            );
        }
    }

    #[test]
    fn ok_json_ld_prefers_the_original_over_modified() {
        let h = page(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"VideoObject","uploadDate":"2015-01-01"},{"@type":"NewsArticle","dateModified":"2019-05-02T08:00:00Z","datePublished":"2019-04-28T08:00:00Z"}]}</script>"#,
            "",
        );
        assert_eq!(best(&h), Some(("2019-04-28".into(), Basis::JsonLd)));
    }

    #[test]
    fn ok_json_ld_in_any_language() {
        let h = page(
            r#"<script type="application/ld+json">{"@type":"Article","headline":"Акции выросли","datePublished":"2021-11-01T10:52:50+01:00"}</script>"#,
            "<p>Текст статьи от 5 марта.</p>",
        );
        assert_eq!(best(&h), Some(("2021-11-01".into(), Basis::JsonLd)));
    }

    #[test]
    fn ok_published_meta_equal_to_modified_yields_to_an_earlier_one() {
        let h = page(
            r#"<meta property="article:published_time" content="2019-12-12T21:17:43Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-09T22:25:10Z","dateModified":"2019-12-12T21:17:43Z"}</script>"#,
            "",
        );
        assert_eq!(best(&h).unwrap().0, "2019-12-09");
    }

    #[test]
    fn ok_time_element_marking_publication() {
        let h = page(
            "",
            r#"<time datetime="2016-06-01">June 1</time><p>x</p><time class="entry-date published" datetime="2017-03-04T09:00:00">March 4</time>"#,
        );
        assert_eq!(best(&h), Some(("2017-03-04".into(), Basis::HtmlMeta)));
        let h = page("", r#"<time pubdate datetime="2017-03-05">x</time>"#);
        assert_eq!(best(&h).unwrap().0, "2017-03-05");
    }

    #[test]
    fn ok_url_path_dates_keep_their_precision() {
        assert_eq!(
            url_date("https://x.example/news/2019/04/28/acme-buys")
                .unwrap()
                .0
                .value(),
            "2019-04-28"
        );
        assert_eq!(
            url_date("https://x.example/2019/04/acme-buys").unwrap().0.value(),
            "2019-04"
        );
        assert_eq!(
            url_date("https://x.example/story-20190428-acme")
                .unwrap()
                .0
                .value(),
            "2019-04-28"
        );
        assert!(url_date("https://x.example/products/1234/56").is_none());
        // Letters beyond ASCII in a segment are no place to cut.
        assert!(url_date("https://x.example/nachrichten/über-acme/").is_none());
        assert_eq!(
            url_date("https://x.example/été-20190428-acme").unwrap().0.value(),
            "2019-04-28"
        );
        let h = page(
            r#"<link rel="canonical" href="https://x.example/2018/02/03/story">"#,
            "",
        );
        assert_eq!(best(&h), Some(("2018-02-03".into(), Basis::HtmlMeta)));
    }

    #[test]
    fn ok_byline_published_not_updated() {
        let h = page(
            "",
            r#"<div class="byline">By Jo Smith. Updated April 29, 2019. Published April 28, 2019</div>"#,
        );
        assert_eq!(best(&h), Some(("2019-04-28".into(), Basis::Dateline)));
        assert_eq!(
            published_in("Published April 28, 2019 · Updated April 29, 2019")
                .unwrap()
                .value(),
            "2019-04-28"
        );
        assert_eq!(
            published_in("28 avril 2019").unwrap().value(),
            "2019-04-28"
        );
    }

    #[test]
    fn ok_utc_instant_read_in_the_pages_time_zone() {
        let h = page(
            r#"<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">"#,
            r#"<script>var d = {"date":"2023-11-08T22:28:35-05:00"};</script>"#,
        );
        let d = scan(&h, None);
        assert_eq!(d.offset_minutes, Some(-300));
        let p = crate::input::published::from_page(&d, None);
        assert_eq!(p.value.as_deref(), Some("2023-11-08"));
    }

    #[test]
    fn err_copyright_years_are_not_dates_nor_bounds() {
        // A stale footer does not reject the page's own date.
        let h = page(
            r#"<meta property="article:published_time" content="2020-10-18">"#,
            "<footer>© 2016 Example News</footer>",
        );
        let d = scan(&h, None);
        assert_eq!(d.copyright_year, Some(2016));
        assert_eq!(d.choose().unwrap().date.value(), "2020-10-18");
        let h = page("", "<p>© 2019 Example News</p>");
        assert!(scan(&h, None).choose().is_none());
    }

    #[test]
    fn err_after_the_modification_date_rejected() {
        // A weak source (an unmarked <time>) after the modification date.
        let h = page(
            r#"<meta property="article:modified_time" content="2019-05-02">"#,
            r#"<time datetime="2020-01-01">Jan 1</time>"#,
        );
        let d = scan(&h, None);
        assert_eq!(d.best().unwrap().date.value(), "2019-05-02");
        assert_eq!(d.rejected.len(), 1);
        // Metadata's own publication date survives an earlier (stale)
        // modification date.
        let h = page(
            r#"<meta property="article:published_time" content="2020-10-26T18:51:00+00:00"><meta property="article:modified_time" content="2020-10-25T10:30:16+00:00">"#,
            "<p>October 26, 2020</p>",
        );
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2020-10-26"
        );
    }

    #[test]
    fn ok_full_url_date_outranks_metadata() {
        let h = page(
            r#"<meta itemprop="datePublished" content="2019-06-17T18:28:00+0200">"#,
            "",
        );
        let d = scan(&h, Some("https://x.example/home/2017/7/12/story"));
        let c = d.choose().unwrap();
        assert_eq!(
            (c.date.value(), c.basis),
            ("2017-07-12".into(), Basis::HtmlMeta)
        );
        assert_eq!(
            url_date("https://x.example/education/2020/oct/02/story")
                .unwrap()
                .0
                .value(),
            "2020-10-02"
        );
    }

    #[test]
    fn ok_the_metadata_date_the_page_shows_wins() {
        // Meta and JSON-LD disagree; the page shows the JSON-LD's day.
        let h = page(
            r#"<meta property="article:published_time" content="2015-12-11T14:28:34Z"><script type="application/ld+json">{"@type":"Article","datePublished":"2015-10-15T02:19:15Z"}</script>"#,
            "<p><a href='/x'>Oct 15, 2015</a> · 18 min read</p>",
        );
        let c = scan(&h, None).choose().unwrap();
        assert_eq!(c.date.value(), "2015-10-15");
        assert!(c.evidence.contains("the page shows it"));
        // A shown modification date counts only when the page says so.
        let h = page(
            r#"<meta property="article:published_time" content="2017-04-12T18:33:59+02:00"><meta property="article:modified_time" content="2020-02-19T15:24:33+01:00">"#,
            "<p>| Le 19 février 2020</p>",
        );
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2017-04-12"
        );
        let h = page(
            r#"<script type="application/ld+json">{"@type":"Article","datePublished":"2019-10-15T16:59:59Z","dateModified":"2020-03-12T14:42:17Z"}</script>"#,
            r#"<div class="timestamp">Updated Mar 12, 2020 @ 10:42 am</div>"#,
        );
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2020-03-12"
        );
    }

    #[test]
    fn ok_shown_byline_beats_hidden_metadata() {
        let h = page(
            r#"<script type="application/ld+json">{"@type":"Article","datePublished":"2016-08-29T21:54:39Z","dateModified":"2020-10-01T13:23:47Z"}</script>"#,
            "<p>By Jo Smith</p><p>Updated May 06, 2019</p><p>Text.</p>",
        );
        let c = scan(&h, None).choose().unwrap();
        assert_eq!(
            (c.date.value(), c.basis),
            ("2019-05-06".into(), Basis::Dateline)
        );
        assert!(c.evidence.contains("is not shown"));
        // Not when the byline is older than the hidden metadata.
        let h = page(
            r#"<meta property="article:published_time" content="2023-11-09T10:00:00-05:00"><meta property="article:modified_time" content="2023-11-09T11:00:00-05:00">"#,
            "<p>Privacy policy (Updated July 7, 2023)</p>",
        );
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2023-11-09"
        );
    }

    #[test]
    fn ok_date_line_earlier_than_any_time_zone_of_the_utc_instant() {
        let meta = r#"<meta property="og:article:published_time" content="2020-01-20T09:49:32+0000">"#;
        let h = page(
            meta,
            "<div>January 19, 2020 / 12:25 PM / Updated 8 hours ago</div>",
        );
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2020-01-19"
        );
        // The same instant shown in local time is not another date.
        let meta = r#"<meta property="article:published_time" content="2023-11-09T04:15:00Z">"#;
        let h = page(meta, "<div>November 8, 2023, 11:15 PM</div>");
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2023-11-09"
        );
    }

    #[test]
    fn ok_pages_without_metadata() {
        // A cued date in the text.
        let h = page(
            "",
            "<p>Share</p><div>Posted on September 21, 2020 by Adi</div>",
        );
        let c = scan(&h, None).choose().unwrap();
        assert_eq!(
            (c.date.value(), c.basis),
            ("2020-09-21".into(), Basis::Dateline)
        );
        // An update line, in a page that gives nothing else.
        let h = page("", "<p>Version 3, 29 June 2007</p><p>Updated: $Date: 2016/11/18 06:31:41 $</p>");
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2016-11-18"
        );
        // Day first in British English.
        let h = "<html lang=\"en-GB\"><body><span class=\"time\">02/10/2020</span></body></html>";
        assert_eq!(
            scan(h, None).first_shown().unwrap().date.value(),
            "2020-10-02"
        );
        // A URL month narrowed by the first day shown within it.
        let h = page("", "<p>September 28, 2020</p>");
        let d = scan(&h, Some("https://x.example/2020/09/stir-fry"));
        assert_eq!(d.choose().unwrap().date.value(), "2020-09-28");
        // Last resort: the most frequent date in the markup.
        let h = page(
            r#"<meta property="og:image" content="https://x.example/files/2016/05/04/a.png">"#,
            r#"<img src="/files/2016/05/04/b.png"><a href="/2015/01/02/old">old</a>"#,
        );
        let d = scan(&h, None);
        assert!(d.choose().is_none());
        assert_eq!(d.frequent_choice().unwrap().date.value(), "2016-05-04");
    }

    #[test]
    fn ok_created_date_does_not_stand_in_for_publication() {
        let h = page(
            r#"<meta property="article:modified_time" content="2020-01-20T10:09:41+08:00"><meta property="article:published_time" content="2020-01-20T10:00:08+08:00"><script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2020-01-17T15:11:01+08:00","datePublished":"2020-01-20T10:00:08+08:00"}</script>"#,
            "",
        );
        assert_eq!(
            scan(&h, None).choose().unwrap().date.value(),
            "2020-01-20"
        );
    }

    #[test]
    fn ok_page_offset_reads_iso_timestamps() {
        let h = r#"a "2023-11-08T22:28:35-05:00" b 2023-11-08T22:28-0500 c 2023-11-09T03:28:35Z"#;
        assert_eq!(page_offset(h), Some(-300));
        assert_eq!(page_offset("no times here T"), None);
    }

    #[test]
    fn err_far_past_rejected() {
        let h = page(r#"<meta name="date" content="1970-01-01">"#, "");
        let d = scan(&h, None);
        assert!(d.best().is_none());
        assert!(d.rejected[0].contains("before 1995"));
    }

    #[test]
    fn ok_date_texts() {
        let v = |s: &str| parse_date_text(s).map(|d| d.value());
        assert_eq!(v("2019-04-28T10:00:00Z").as_deref(), Some("2019-04-28"));
        assert_eq!(v("2019-04").as_deref(), Some("2019-04"));
        assert_eq!(v("April 28, 2019").as_deref(), Some("2019-04-28"));
        assert_eq!(
            v("Sun, 28 Apr. 2019 10:00").as_deref(),
            Some("2019-04-28")
        );
        assert_eq!(v("28.04.2019").as_deref(), Some("2019-04-28"));
        assert_eq!(v("1556445600").as_deref(), Some("2019-04-28"));
        assert_eq!(v("no date here"), None);
        assert_eq!(v("2019-02-30"), None);
    }

    #[test]
    fn ok_deep_markup_is_linear() {
        let h = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        assert!(scan(&h, None).best().is_none());
    }
}

//! Rendering a timeline: an HTML page or an embeddable fragment, and data
//! for other tools (JSON, JSON lines, TimelineJS, iCalendar, CSV,
//! Markdown, TimeML).
//!
//! This module owns presentation only: the page's markup (askama templates
//! in `templates/`), its stylesheets, the machine-readable `<time
//! datetime>` values and the shape of each data format. It takes the
//! [`Timeline`] as it is — order, labels (`date.display`) and grouping into
//! dated and undated events come from upstream — and never invents a date
//! for an undated event. Output is deterministic: no clock, no randomness,
//! no hash-map order, no environment variables (the caller passes
//! `SOURCE_DATE_EPOCH` in [`RenderOptions::source_date_epoch`]).

mod html;
mod ics;
mod jsonld;
mod markdown;
mod tabular;
mod timelinejs;
mod timeml;
mod when;

use crate::error::Result;
use crate::timeline::Timeline;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// One self-contained HTML page: styles inlined (or linked, see
    /// [`RenderOptions::stylesheet_href`]), no scripts but a JSON-LD data
    /// block, no external requests.
    Html,
    /// An HTML fragment for embedding in another page: one
    /// `<section class="dealline">`, no `<html>`, `<head>`, `<style>` or
    /// `<script>`; its stylesheet is [`stylesheet`]`(Format::Fragment)`.
    Fragment,
    /// Schema `dealline/1` JSON (`dealline/2` when an event is merged from
    /// several documents).
    Json,
    /// JSON lines, one event a line:
    /// `{"schema": "dealline/1", "event": {..}, "documents": [..]}` where
    /// `event` is an element of `events` in `dealline/1` and `documents`
    /// the documents its sources cite.
    Jsonl,
    /// TimelineJS3 JSON (dated events only: TimelineJS cannot show an
    /// event without a date).
    TimelineJs,
    /// iCalendar (RFC 5545), one all-day `VEVENT` per dated event.
    Ics,
    /// CSV (RFC 4180), one row per event, with a header row.
    Csv,
    /// A Markdown timeline (CommonMark), for READMEs and mdBook.
    Markdown,
    /// TimeML: the evidence sentences with their date expressions marked
    /// as `TIMEX3`.
    TimeMl,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [Format; 9] = [
        Format::Html,
        Format::Fragment,
        Format::Json,
        Format::Jsonl,
        Format::TimelineJs,
        Format::Ics,
        Format::Csv,
        Format::Markdown,
        Format::TimeMl,
    ];

    /// The format's name on the command line (`html`, `timelinejs`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Fragment => "fragment",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::TimelineJs => "timelinejs",
            Format::Ics => "ics",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::TimeMl => "timeml",
        }
    }
}

/// Options that change what is rendered.
///
/// Construct with [`RenderOptions::default`] and set the fields you need:
/// the struct is `#[non_exhaustive]`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The page title; when absent, the title of the only document, else
    /// "Timeline".
    pub title: Option<String>,
    /// For [`Format::Html`]: link this stylesheet URL (relative to the
    /// page) instead of inlining the styles, so the page passes a strict
    /// Content Security Policy (`style-src 'self'`). The caller writes
    /// [`stylesheet`]`(Format::Html)` there.
    pub stylesheet_href: Option<String>,
    /// For [`Format::Fragment`]: the level of the fragment's heading,
    /// 1 to 4 (default 2); section headings are one level below, event
    /// headings two. Values outside 1–4 are clamped.
    pub heading_level: Option<u8>,
    /// The prefix of every HTML id (default `dealline-`), so several
    /// fragments can share a page.
    pub id_prefix: Option<String>,
    /// Seconds since 1970-01-01 UTC (`SOURCE_DATE_EPOCH`) for the
    /// iCalendar `DTSTAMP`; without it the stamp is derived from the data
    /// (the latest publication or event date). The library never reads the
    /// clock or the environment.
    pub source_date_epoch: Option<i64>,
}

/// Renders a timeline in a format.
///
/// # Errors
///
/// [`crate::Error::Render`] when a template fails.
///
/// # Example
///
/// ```
/// use dealline::render::{render, Format, RenderOptions};
/// use dealline::timeline::Timeline;
///
/// let timeline = Timeline::new(vec![], vec![]);
/// let page = render(&timeline, Format::Html, &RenderOptions::default())?;
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains("class=\"dealline-title\">Timeline</h1>"));
/// let fragment = render(&timeline, Format::Fragment, &Default::default())?;
/// assert!(fragment.starts_with("<section class=\"dealline\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(
    timeline: &Timeline,
    format: Format,
    opts: &RenderOptions,
) -> Result<String> {
    match format {
        Format::Json => Ok(timeline.to_json()),
        Format::Html => html::render_page(timeline, opts),
        Format::Fragment => html::render_fragment(timeline, opts),
        Format::Jsonl => Ok(tabular::render_jsonl(timeline)),
        Format::Csv => Ok(tabular::render_csv(timeline)),
        Format::TimelineJs => Ok(timelinejs::render(timeline, opts)),
        Format::Ics => Ok(ics::render(timeline, opts)),
        Format::Markdown => Ok(markdown::render(timeline, opts)),
        Format::TimeMl => Ok(timeml::render(timeline)),
    }
}

/// The stylesheet of an HTML format, for writing next to the output
/// (`--css-out`).
///
/// For [`Format::Fragment`] every rule is scoped under `.dealline` and the
/// sheet is one cascade layer, `dealline`, so it never restyles the host
/// page. For [`Format::Html`] the same sheet follows a few page-level
/// rules (`:root`, `html`, `body`). Other formats have no stylesheet and
/// get the fragment's.
///
/// # Example
///
/// ```
/// use dealline::render::{stylesheet, Format};
///
/// assert!(stylesheet(Format::Fragment).contains("@layer dealline {"));
/// assert!(stylesheet(Format::Html).starts_with("/* The page"));
/// ```
pub fn stylesheet(format: Format) -> String {
    match format {
        Format::Html => format!("{}\n{}", html::PAGE_STYLE, html::STYLE),
        _ => html::STYLE.to_string(),
    }
}

/// Escapes text for HTML or XML content and attribute values.
pub(crate) fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

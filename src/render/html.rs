//! The HTML page: view models computed from a [`Timeline`] and the askama
//! template that prints them.
//!
//! All decisions (labels, ids, grouping, `datetime` values) are made here in
//! Rust so the templates in `templates/` only print fields; the templates
//! are `.html`, so askama escapes every value taken from the data.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use chrono::Datelike;

use crate::error::{Error, Result};
use crate::event::{Event, PartyKind, Role};
use crate::render::when::{TimeView, Unit, WhenView};
use crate::render::{jsonld, stylesheet, Format, RenderOptions};
use crate::timeline::{Basis, DocumentInfo, Timeline};

/// The component stylesheet: every rule under `.dealline`, in the
/// `dealline` cascade layer.
pub(crate) const STYLE: &str = include_str!("../../templates/style.css");

/// The page-level rules a full page adds before [`STYLE`].
pub(crate) const PAGE_STYLE: &str = include_str!("../../templates/page.css");

/// The language of the page's fixed wording.
const LANG: &str = "en";

/// The name of the page template, for errors.
const PAGE_TEMPLATE: &str = "page.html";

/// The name of the fragment template, for errors.
const FRAGMENT_TEMPLATE: &str = "fragment.html";

/// The default prefix of every id.
pub(crate) const ID_PREFIX: &str = "dealline-";

/// A year index is shown from this many year sections on.
const YEAR_INDEX_FROM: usize = 4;

/// The whole page.
#[derive(Template)]
#[template(path = "page.html")]
pub(crate) struct PageView<'a> {
    /// `<html lang>`.
    pub(crate) lang: &'static str,
    /// The stylesheet to inline, when not linked.
    pub(crate) style: Option<String>,
    /// The stylesheet's URL, when linked.
    pub(crate) style_href: Option<&'a str>,
    /// The JSON-LD data block, escaped for a `<script>` element.
    pub(crate) json_ld: String,
    /// The timeline itself.
    pub(crate) v: TimelineView<'a>,
}

/// The fragment: one `<section class="dealline">`.
#[derive(Template)]
#[template(path = "fragment.html")]
pub(crate) struct FragmentView<'a> {
    /// The timeline itself.
    pub(crate) v: TimelineView<'a>,
}

/// What page and fragment share.
pub(crate) struct TimelineView<'a> {
    /// The id of the title heading.
    pub(crate) title_id: String,
    /// The id of the undated section's heading.
    pub(crate) undated_id: String,
    /// The id of the sources section's heading.
    pub(crate) documents_id: String,
    /// The heading levels: title, sections, events and documents.
    pub(crate) h: [u8; 3],
    /// `<title>` and the top heading.
    pub(crate) title: String,
    /// The line under the heading.
    pub(crate) intro: IntroView,
    /// Whether to show the year index.
    pub(crate) year_index: bool,
    /// Dated events, grouped by the year they start in.
    pub(crate) years: Vec<YearView<'a>>,
    /// Events whose text gives no date.
    pub(crate) undated: Vec<EventView<'a>>,
    /// The documents the events come from.
    pub(crate) documents: Vec<DocView<'a>>,
}

/// "8 events from 1 source, from 2004 to 20 March 2019; 1 undated."
pub(crate) struct IntroView {
    /// "8 events from 1 source".
    pub(crate) lead: String,
    /// The dates covered, when any event is dated.
    pub(crate) span: Option<SpanView>,
    /// Text after the dates ("; 1 undated"), possibly empty.
    pub(crate) tail: String,
}

/// The dates a timeline covers.
pub(crate) struct SpanView {
    /// The earliest start.
    pub(crate) start: TimeView,
    /// The latest end, when it reads differently from the start.
    pub(crate) end: Option<TimeView>,
}

/// The dated events starting in one year.
pub(crate) struct YearView<'a> {
    /// The heading's id.
    pub(crate) anchor: String,
    /// The year as shown.
    pub(crate) label: String,
    /// Its events, in timeline order.
    pub(crate) events: Vec<EventView<'a>>,
}

/// One event.
pub(crate) struct EventView<'a> {
    /// The article's id (`dealline-` and the event id).
    pub(crate) anchor: String,
    /// The JSON type name, for the `dealline-type-*` class.
    pub(crate) type_class: &'static str,
    /// The type for people.
    pub(crate) type_label: &'static str,
    /// The date, or `None` for an undated event.
    pub(crate) when: Option<WhenView>,
    /// Who took part.
    pub(crate) parties: Vec<PartyView<'a>>,
    /// The one-line summary.
    pub(crate) summary: &'a str,
    /// The sum named, as written.
    pub(crate) amount: Option<&'a str>,
    /// The evidence sentences.
    pub(crate) sources: Vec<SourceView<'a>>,
}

/// A party and its part.
pub(crate) struct PartyView<'a> {
    /// The name.
    pub(crate) name: &'a str,
    /// The role, unless it is the uninformative `actor`.
    pub(crate) role: Option<&'static str>,
    /// "person" or "place"; `None` for organizations, the usual case.
    pub(crate) kind: Option<&'static str>,
    /// `org`, `person` or `place`, for the `dealline-kind-*` class.
    pub(crate) kind_class: &'static str,
}

/// One evidence sentence and where it comes from.
pub(crate) struct SourceView<'a> {
    /// The sentence, verbatim.
    pub(crate) sentence: &'a str,
    /// The document's title, else its id.
    pub(crate) doc_name: &'a str,
    /// The id of the document's entry in the sources list, when listed.
    pub(crate) doc_anchor: Option<String>,
    /// The document's publication date, when known.
    pub(crate) published: Option<TimeView>,
    /// The date this source gives the event, when it reads differently
    /// from the date shown (sources that disagree).
    pub(crate) dates_it: Option<&'a str>,
}

/// A document in the sources list.
pub(crate) struct DocView<'a> {
    /// The entry's id.
    pub(crate) anchor: String,
    /// The title, else the id.
    pub(crate) name: &'a str,
    /// The id.
    pub(crate) id: &'a str,
    /// The publication date, when known.
    pub(crate) published: Option<TimeView>,
    /// Where the publication date came from.
    pub(crate) basis: &'static str,
    /// The words supporting the publication date.
    pub(crate) evidence: Option<&'a str>,
}

/// Renders the page.
pub(crate) fn render_page(
    timeline: &Timeline,
    opts: &RenderOptions,
) -> Result<String> {
    let v = TimelineView::new(timeline, opts, [1, 2, 3]);
    let json_ld = jsonld::page_data(&v);
    let style_href = opts.stylesheet_href.as_deref();
    let style = style_href.is_none().then(|| stylesheet(Format::Html));
    PageView { lang: LANG, style, style_href, json_ld, v }
        .render()
        .map_err(|source| Error::Render { name: PAGE_TEMPLATE, source })
}

/// Renders the fragment.
pub(crate) fn render_fragment(
    timeline: &Timeline,
    opts: &RenderOptions,
) -> Result<String> {
    let level = opts.heading_level.unwrap_or(2).clamp(1, 4);
    let v = TimelineView::new(timeline, opts, [level, level + 1, level + 2]);
    FragmentView { v }
        .render()
        .map_err(|source| Error::Render { name: FRAGMENT_TEMPLATE, source })
}

/// Hands out HTML ids, unique within the page whatever the data holds.
#[derive(Default)]
struct Anchors {
    used: BTreeSet<String>,
}

impl Anchors {
    /// `prefix` + `key` with whitespace replaced, suffixed `-2`, `-3`, ...
    /// when already taken.
    fn take(&mut self, prefix: &str, key: &str) -> String {
        let key: String = key
            .chars()
            .map(|c| if c.is_whitespace() { '-' } else { c })
            .collect();
        let base = format!("{prefix}{key}");
        let mut id = base.clone();
        let mut n = 1;
        while self.used.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.used.insert(id.clone());
        id
    }
}

impl<'a> TimelineView<'a> {
    fn new(
        timeline: &'a Timeline,
        opts: &RenderOptions,
        h: [u8; 3],
    ) -> TimelineView<'a> {
        let prefix = opts
            .id_prefix
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .unwrap_or(ID_PREFIX)
            .to_string();
        let mut anchors = Anchors::default();
        // Ids of the fixed headings, reserved first.
        let title_id = anchors.take(&prefix, "title");
        let undated_id = anchors.take(&prefix, "undated-heading");
        let documents_id = anchors.take(&prefix, "documents-heading");

        // Documents first, so citations can link to their entries.
        let mut doc_anchor: BTreeMap<&str, String> = BTreeMap::new();
        let documents: Vec<DocView<'a>> = timeline
            .documents
            .iter()
            .map(|d| {
                let anchor = anchors.take(&format!("{prefix}doc-"), &d.id);
                doc_anchor
                    .entry(d.id.as_str())
                    .or_insert_with(|| anchor.clone());
                DocView {
                    anchor,
                    name: doc_name(d),
                    id: &d.id,
                    published: d
                        .published
                        .value
                        .as_deref()
                        .map(TimeView::published),
                    basis: basis_label(d.published.basis),
                    evidence: d.published.evidence.as_deref(),
                }
            })
            .collect();
        let docs: BTreeMap<&str, &DocumentInfo> = timeline
            .documents
            .iter()
            .rev()
            .map(|d| (d.id.as_str(), d))
            .collect();

        let mut event_view = |e: &'a Event| -> EventView<'a> {
            EventView {
                anchor: anchors.take(&prefix, &e.id),
                type_class: e.kind.as_str(),
                type_label: e.kind.label(),
                when: e.date.as_ref().map(WhenView::new),
                parties: e
                    .parties
                    .iter()
                    .map(|p| PartyView {
                        name: &p.name,
                        role: (p.role != Role::Actor).then(|| p.role.as_str()),
                        kind: match p.kind {
                            PartyKind::Org => None,
                            PartyKind::Person => Some("person"),
                            PartyKind::Place => Some("place"),
                        },
                        kind_class: match p.kind {
                            PartyKind::Org => "org",
                            PartyKind::Person => "person",
                            PartyKind::Place => "place",
                        },
                    })
                    .collect(),
                summary: &e.summary,
                amount: e.amount.as_ref().map(|a| a.text.as_str()),
                sources: e
                    .sources
                    .iter()
                    .map(|s| {
                        let doc = docs.get(s.doc.as_str());
                        SourceView {
                            sentence: &s.sentence,
                            doc_name: doc
                                .map_or(s.doc.as_str(), |d| doc_name(d)),
                            doc_anchor: doc_anchor
                                .get(s.doc.as_str())
                                .cloned(),
                            published: doc
                                .and_then(|d| d.published.value.as_deref())
                                .map(TimeView::published),
                            dates_it: e
                                .date_reported_by(&s.doc)
                                .map(|d| d.display.as_str()),
                        }
                    })
                    .collect(),
            }
        };

        // Consecutive runs by start year: the events keep the timeline's
        // order even if a hand-edited file is out of order.
        let mut years: Vec<YearView<'a>> = Vec::new();
        for e in timeline.dated() {
            let year = e.date.as_ref().map_or(0, |d| d.start.year());
            let label = year.to_string();
            let view = event_view(e);
            match years.last_mut() {
                Some(y) if y.label == label => y.events.push(view),
                _ => years.push(YearView {
                    anchor: String::new(),
                    label,
                    events: vec![view],
                }),
            }
        }
        let undated: Vec<EventView<'a>> =
            timeline.undated().map(&mut event_view).collect();
        for y in &mut years {
            y.anchor = anchors.take(&format!("{prefix}year-"), &y.label);
        }

        TimelineView {
            title_id,
            undated_id,
            documents_id,
            h,
            title: page_title(timeline, opts),
            intro: intro(timeline),
            year_index: years.len() >= YEAR_INDEX_FROM,
            years,
            undated,
            documents,
        }
    }
}

/// The option's title, else the single document's title, else "Timeline".
pub(crate) fn page_title(timeline: &Timeline, opts: &RenderOptions) -> String {
    let nonempty = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_string())
    };
    opts.title
        .as_deref()
        .and_then(nonempty)
        .or_else(|| match timeline.documents.as_slice() {
            [only] => only.title.as_deref().and_then(nonempty),
            _ => None,
        })
        .unwrap_or_else(|| "Timeline".to_string())
}

fn doc_name(d: &DocumentInfo) -> &str {
    match d.title.as_deref() {
        Some(t) if !t.trim().is_empty() => t,
        _ => &d.id,
    }
}

fn basis_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Flag => "given on the command line",
        Basis::HtmlMeta => "HTML meta tag",
        Basis::JsonLd => "JSON-LD metadata",
        Basis::FrontMatter => "front matter",
        Basis::Dateline => "dateline",
        Basis::Text => "inferred from the dates in the text",
        Basis::None => "unknown",
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub(crate) fn intro(timeline: &Timeline) -> IntroView {
    let events = timeline.events.len();
    // Documents listed plus any that events cite without a listing.
    let sources: BTreeSet<&str> = timeline
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .chain(
            timeline
                .events
                .iter()
                .flat_map(|e| e.sources.iter().map(|s| s.doc.as_str())),
        )
        .collect();
    let lead = if events == 0 {
        format!(
            "No events found in {}",
            count(sources.len(), "source", "sources")
        )
    } else {
        format!(
            "{} from {}",
            count(events, "event", "events"),
            count(sources.len(), "source", "sources")
        )
    };

    let first = timeline
        .dated()
        .filter_map(|e| e.date.as_ref())
        .min_by_key(|d| d.start)
        .map(|d| TimeView::at(d.start, Unit::of(d.precision)));
    let last = timeline
        .dated()
        .filter_map(|e| e.date.as_ref())
        .max_by_key(|d| d.end)
        .map(|d| TimeView::at(d.end, Unit::of(d.precision)));
    let span = match (first, last) {
        (Some(start), Some(end)) => {
            let end = (end.label != start.label).then_some(end);
            Some(SpanView { start, end })
        }
        _ => None,
    };

    let undated = timeline.undated().count();
    let tail = match (undated, span.is_some()) {
        (0, _) => String::new(),
        (n, true) => format!("; {n} undated"),
        (_, false) if events > 0 => ", none of them dated".to_string(),
        _ => String::new(),
    };
    IntroView { lead, span, tail }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::date::Precision;
    use crate::event::{Amount, EventDate, EventType, Party, Source};
    use crate::timeline::Published;

    fn date(
        start: &str,
        end: &str,
        precision: Precision,
        display: &str,
    ) -> EventDate {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        EventDate {
            text: None,
            value: start.to_string(),
            start: d(start),
            end: d(end),
            precision,
            approximate: false,
            anchor: "absolute".to_string(),
            display: display.to_string(),
        }
    }

    fn event(id: &str, summary: &str, date: Option<EventDate>) -> Event {
        Event {
            id: id.to_string(),
            kind: EventType::License,
            summary: summary.to_string(),
            date,
            parties: vec![
                Party {
                    name: "Acme".into(),
                    kind: PartyKind::Org,
                    role: Role::Licensor,
                },
                Party {
                    name: "Globex".into(),
                    kind: PartyKind::Org,
                    role: Role::Licensee,
                },
            ],
            amount: None,
            sources: vec![Source {
                doc: "doc".into(),
                sentence: format!("{summary}."),
                start: 0,
                end: 1,
            }],
            confidence: 0.9,
            reports: Vec::new(),
        }
    }

    fn doc(id: &str, title: Option<&str>) -> DocumentInfo {
        DocumentInfo {
            id: id.to_string(),
            path: None,
            title: title.map(str::to_string),
            published: Published {
                value: Some("2017-07-05".into()),
                start: None,
                end: None,
                precision: Precision::Day,
                basis: Basis::Flag,
                evidence: None,
            },
        }
    }

    /// The `<main>` element of the page, so the stylesheet's class names
    /// do not count as matches.
    fn page(t: &Timeline) -> String {
        let html = render_page(t, &RenderOptions::default()).unwrap();
        let start = html.find("<main").unwrap();
        let end = html.find("</main>").unwrap();
        html[start..end].to_string()
    }

    #[test]
    fn ok_escapes_data() {
        let mut e = event("e-1", "<script>alert(1)</script> & \"x\"", None);
        e.parties[0].name = "<b>Acme</b>".into();
        e.amount = Some(Amount {
            text: "<i>$1</i>".into(),
            value: None,
            currency: None,
        });
        let t =
            Timeline::new(vec![doc("doc", Some("A <title> & more"))], vec![e]);
        let html = page(&t);
        assert!(!html.contains("<script"), "{html}");
        assert!(
            html.contains(
                "&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34;"
            ),
            "{html}"
        );
        assert!(!html.contains("<b>Acme"));
        assert!(!html.contains("<i>$1"));
        assert!(html.contains(">A &#60;title&#62; &#38; more</h1>"), "{html}");
        let full = render_page(&t, &RenderOptions::default()).unwrap();
        assert!(full.contains("<title>A &#60;title&#62; &#38; more</title>"));
        // The only script is the JSON-LD data block, and the data cannot
        // close it.
        assert_eq!(full.matches("<script").count(), 1);
        assert!(full.contains("<script type=\"application/ld+json\">"));
        assert_eq!(full.matches("</script>").count(), 1);
        assert!(full.contains("\\u003cscript\\u003ealert(1)"), "{full}");
    }

    #[test]
    fn ok_year_headings_group_dated_events() {
        let t = Timeline::new(
            vec![doc("doc", None)],
            vec![
                event(
                    "e-a",
                    "first",
                    Some(date(
                        "2004-01-01",
                        "2004-12-31",
                        Precision::Year,
                        "2004",
                    )),
                ),
                event(
                    "e-b",
                    "second",
                    Some(date(
                        "2017-06-29",
                        "2017-06-29",
                        Precision::Day,
                        "29 June 2017",
                    )),
                ),
                event(
                    "e-c",
                    "third",
                    Some(date(
                        "2017-07-05",
                        "2017-07-05",
                        Precision::Day,
                        "5 July 2017",
                    )),
                ),
            ],
        );
        let html = page(&t);
        assert_eq!(
            html.matches("<h2 id=\"dealline-year-").count(),
            2,
            "{html}"
        );
        let h2004 = html.find(">2004</h2>").unwrap();
        let h2017 = html.find(">2017</h2>").unwrap();
        let (a, b, c) = (
            html.find("first").unwrap(),
            html.find("second").unwrap(),
            html.find("third").unwrap(),
        );
        assert!(h2004 < a && a < h2017 && h2017 < b && b < c);
        assert!(!html.contains("<section class=\"dealline-undated\""));
    }

    #[test]
    fn ok_undated_section_after_dated_events() {
        let t = Timeline::new(
            vec![doc("doc", None)],
            vec![
                event("e-u", "zeta-nodate", None),
                event(
                    "e-d",
                    "alpha-dated",
                    Some(date(
                        "2017-06-29",
                        "2017-06-29",
                        Precision::Day,
                        "29 June 2017",
                    )),
                ),
            ],
        );
        let html = page(&t);
        let section = html
            .find("<section class=\"dealline-undated\"")
            .expect("undated section");
        assert!(html.find("alpha-dated").unwrap() < section);
        assert!(section < html.find("zeta-nodate").unwrap());
        assert!(html.contains("Undated events</h2>"));
        let undated = &html[section..];
        let undated = &undated[..undated.find("</section>").unwrap()];
        assert!(!undated.contains("<time"), "{undated}");
        assert!(html.contains("1 undated"), "{html}");
    }

    #[test]
    fn ok_time_elements() {
        let mut approx = date(
            "2017-06-30",
            "2017-07-05",
            Precision::Day,
            "a few days after 29 June 2017",
        );
        approx.approximate = true;
        let t = Timeline::new(
            vec![doc("doc", None)],
            vec![
                event(
                    "e-a",
                    "one",
                    Some(date(
                        "2017-06-29",
                        "2017-06-29",
                        Precision::Day,
                        "29 June 2017",
                    )),
                ),
                event("e-b", "two", Some(approx)),
            ],
        );
        let html = page(&t);
        assert!(
            html.contains(
                "<time class=\"dealline-date\" datetime=\"2017-06-29\">29 June 2017</time>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"dealline-date\">a few days after 29 June 2017</span>"),
            "{html}"
        );
        assert!(html.contains("<time datetime=\"2017-06-30\">30 June 2017</time> – <time datetime=\"2017-07-05\">5 July 2017</time>"), "{html}");
        assert_eq!(html.matches("class=\"dealline-approx\"").count(), 1);
        assert!(html.contains(">approximate<"));
    }

    #[test]
    fn ok_title_fallbacks() {
        let one = Timeline::new(vec![doc("doc", Some("Acme signs"))], vec![]);
        assert!(
            page(&one).contains("class=\"dealline-title\">Acme signs</h1>")
        );
        let two = Timeline::new(
            vec![doc("a", Some("A")), doc("b", Some("B"))],
            vec![],
        );
        assert!(page(&two).contains("class=\"dealline-title\">Timeline</h1>"));
        let opts =
            RenderOptions { title: Some("Mine".into()), ..Default::default() };
        let html = render_page(&one, &opts).unwrap();
        assert!(
            html.contains("<title>Mine</title>")
                && html.contains(">Mine</h1>")
        );
        let blank =
            RenderOptions { title: Some("  ".into()), ..Default::default() };
        assert!(render_page(&one, &blank)
            .unwrap()
            .contains("<title>Acme signs</title>"));
    }

    #[test]
    fn ok_duplicate_ids_stay_unique() {
        let d = || {
            Some(date(
                "2017-06-29",
                "2017-06-29",
                Precision::Day,
                "29 June 2017",
            ))
        };
        let mut a = event("e-1", "a", d());
        let b = event("e-1", "b", d());
        a.kind = EventType::Other;
        let html = page(&Timeline::new(vec![doc("doc", None)], vec![a, b]));
        assert!(html.contains("id=\"dealline-e-1\""));
        assert!(html.contains("id=\"dealline-e-1-2\""));
        let clash = event("undated-heading", "c", None);
        let html = page(&Timeline::new(vec![doc("doc", None)], vec![clash]));
        assert!(html.contains("id=\"dealline-undated-heading-2\""), "{html}");
    }

    #[test]
    fn ok_evidence_cites_document() {
        let t = Timeline::new(
            vec![doc("doc", Some("The story"))],
            vec![event("e-1", "licence", None)],
        );
        let html = page(&t);
        assert!(html.contains("<blockquote class=\"dealline-evidence\">"));
        assert!(
            html.contains(
                "<cite><a href=\"#dealline-doc-doc\">The story</a></cite>"
            ),
            "{html}"
        );
        assert!(
            html.contains("</cite>, published 5 July 2017</figcaption>"),
            "{html}"
        );
        // The publication date is a <time> only in the sources list.
        let sources =
            html.find("<section class=\"dealline-documents\"").unwrap();
        assert_eq!(
            html.find("<time datetime=\"2017-07-05\">5 July 2017</time>"),
            html[sources..].find("<time").map(|i| i + sources)
        );
    }
}

//! The HTML page and JSON output of `dealline::render`, on a timeline built
//! by hand after the founding Nokia–Xiaomi story.

use chrono::NaiveDate;
use dealline::event::{
    Amount, Event, EventDate, EventType, Party, PartyKind, Role, Source,
};
use dealline::render::{render, Format, RenderOptions};
use dealline::timeline::{Basis, DocumentInfo, Published, Timeline};
use dealline::Precision;
use regex::Regex;

const DOC: &str = "nokia-xiaomi-2017";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn date(
    value: &str,
    (start, end): (&str, &str),
    precision: Precision,
    approximate: bool,
    display: &str,
) -> Option<EventDate> {
    Some(EventDate {
        text: None,
        value: value.to_string(),
        start: day(start),
        end: day(end),
        precision,
        approximate,
        anchor: "dct".to_string(),
        display: display.to_string(),
    })
}

fn party(name: &str, kind: PartyKind, role: Role) -> Party {
    Party { name: name.to_string(), kind, role }
}

fn source(sentence: &str, start: usize) -> Source {
    Source {
        doc: DOC.to_string(),
        sentence: sentence.to_string(),
        start,
        end: start + sentence.len(),
    }
}

fn event(
    id: &str,
    kind: EventType,
    summary: &str,
    date: Option<EventDate>,
    parties: Vec<Party>,
    sources: Vec<Source>,
) -> Event {
    Event {
        id: id.to_string(),
        kind,
        summary: summary.to_string(),
        date,
        parties,
        amount: None,
        sources,
        confidence: 0.9,
        reports: Vec::new(),
    }
}

/// The events, deliberately not in time order.
fn events() -> Vec<Event> {
    use PartyKind::{Org, Person, Place};
    let mut license = event(
        "e-00000006",
        EventType::License,
        "Xiaomi licensed Nokia's mobile patents",
        date(
            "2017-07",
            ("2017-07-01", "2017-07-05"),
            Precision::Month,
            false,
            "early July 2017",
        ),
        vec![
            party("Nokia", Org, Role::Licensor),
            party("Xiaomi", Org, Role::Licensee),
        ],
        vec![
            source(
                "Nokia has signed a patent agreement with Xiaomi, the companies said.",
                10,
            ),
            source(
                "The deal includes a patent licence and an equipment supply arrangement.",
                900,
            ),
        ],
    );
    license.amount = Some(Amount {
        text: "an undisclosed sum".to_string(),
        value: None,
        currency: None,
    });
    vec![
        license,
        event(
            "e-00000008",
            EventType::Acquisition,
            "Nokia acquired Withings",
            None,
            vec![
                party("Nokia", Org, Role::Acquirer),
                party("Withings", Org, Role::Target),
            ],
            vec![source(
                "Nokia's acquisition of Withings gave it a digital-health arm.",
                3100,
            )],
        ),
        event(
            "e-00000001",
            EventType::Appointment,
            "Gregory Lee started at Samsung",
            date(
                "2004",
                ("2004-01-01", "2004-12-31"),
                Precision::Year,
                false,
                "2004",
            ),
            vec![
                party("Samsung", Org, Role::Employer),
                party("Gregory Lee", Person, Role::Hire),
            ],
            vec![source("Lee joined Samsung in 2004.", 2500)],
        ),
        event(
            "e-00000004",
            EventType::JointVenture,
            "Nokia formed a joint venture with China Huaxin",
            date(
                "2017-06-30",
                ("2017-06-30", "2017-07-05"),
                Precision::Day,
                true,
                "a few days after 29 June 2017",
            ),
            vec![
                party("Nokia", Org, Role::Partner),
                party(
                    "China Huaxin Post and Telecommunication Economy Development Center",
                    Org,
                    Role::Partner,
                ),
                party("Shanghai", Place, Role::Actor),
            ],
            vec![source(
                "A few days later, Nokia formed a joint venture with China Huaxin.",
                3000,
            )],
        ),
        event(
            "e-00000003",
            EventType::BusinessUnit,
            "Nokia created a business unit to help Chinese internet firms expand overseas",
            date(
                "2017-06-29",
                ("2017-06-29", "2017-06-29"),
                Precision::Day,
                false,
                "29 June 2017",
            ),
            vec![party("Nokia", Org, Role::Actor)],
            vec![source(
                "On June 29, Nokia announced a new business unit.",
                2817,
            )],
        ),
        event(
            "e-00000002",
            EventType::Divestiture,
            "Nokia decided to sell its handset business to Microsoft",
            date(
                "201X",
                ("2010-01-01", "2014-12-31"),
                Precision::Year,
                true,
                "c. 2010–2014",
            ),
            vec![
                party("Nokia", Org, Role::Seller),
                party("Microsoft", Org, Role::Buyer),
            ],
            vec![source(
                "Several years ago Nokia decided to sell its handset business.",
                1500,
            )],
        ),
        event(
            "e-00000005",
            EventType::Appointment,
            "Nokia Technologies hired Gregory Lee as president",
            date(
                "PAST_REF",
                ("2017-04-05", "2017-07-04"),
                Precision::Unknown,
                true,
                "recently, before 5 July 2017",
            ),
            vec![
                party("Nokia Technologies", Org, Role::Employer),
                party("Gregory Lee", Person, Role::Hire),
            ],
            vec![source(
                "Nokia Technologies recently hired Gregory Lee as president.",
                2400,
            )],
        ),
    ]
}

fn documents() -> Vec<DocumentInfo> {
    vec![DocumentInfo {
        id: DOC.to_string(),
        path: Some(format!("fixtures/{DOC}.txt")),
        title: Some(
            "Nokia signs patent and equipment deal with Xiaomi amid big push into Chinese market"
                .to_string(),
        ),
        published: Published {
            value: Some("2017-07-05".to_string()),
            start: Some(day("2017-07-05")),
            end: Some(day("2017-07-05")),
            precision: Precision::Day,
            basis: Basis::Flag,
            evidence: None,
        },
    }]
}

fn timeline() -> Timeline {
    Timeline::new(documents(), events())
}

fn page(t: &Timeline) -> String {
    render(t, Format::Html, &RenderOptions::default()).unwrap()
}

/// The page without its JSON-LD data block (the one `<script>`, which
/// names schema.org but loads nothing).
fn without_jsonld(html: &str) -> String {
    let start = html.find("<script type=\"application/ld+json\">").unwrap();
    let end = start + html[start..].find("</script>").unwrap() + 9;
    format!("{}{}", &html[..start], &html[end..])
}

/// Byte offsets of every event article, with the id it carries.
fn articles(html: &str) -> Vec<(usize, String)> {
    let re = Regex::new(
        r#"<article class="dealline-event[^"]*" id="dealline-([^"]+)""#,
    )
    .unwrap();
    re.captures_iter(html)
        .map(|c| (c.get(0).unwrap().start(), c[1].to_string()))
        .collect()
}

#[test]
fn one_article_per_event_in_timeline_order() {
    let t = timeline();
    let html = page(&t);
    assert_eq!(
        html.matches("<article class=\"dealline-event").count(),
        t.events.len()
    );
    let ids: Vec<String> =
        articles(&html).into_iter().map(|(_, id)| id).collect();
    let want: Vec<String> = t.events.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, want);
    // The timeline order itself: by start date, undated last.
    assert_eq!(
        want,
        [
            "e-00000001",
            "e-00000002",
            "e-00000005",
            "e-00000003",
            "e-00000004",
            "e-00000006",
            "e-00000008"
        ]
    );
}

#[test]
fn datetime_values_are_valid_html_dates() {
    let html = page(&timeline());
    let attr = Regex::new(r#"datetime="([^"]*)""#).unwrap();
    let valid = Regex::new(r"^\d{4}(-\d{2}(-\d{2})?)?$").unwrap();
    let values: Vec<&str> = attr
        .captures_iter(&html)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert!(values.len() >= 6, "{values:?}");
    for v in &values {
        assert!(valid.is_match(v), "invalid datetime {v:?}");
    }
    for bad in ["PAST_REF", "201X", "/", "~", "?"] {
        assert!(
            !values.iter().any(|v| v.contains(bad)),
            "{bad} in {values:?}"
        );
    }
}

#[test]
fn dates_show_labels_and_ranges() {
    let html = page(&timeline());
    // One unit: the label is the <time> itself.
    assert!(
        html.contains(r#"<time class="dealline-date" datetime="2017-06-29">29 June 2017</time>"#)
    );
    assert!(
        html.contains(r#"<time class="dealline-date" datetime="2017-07">early July 2017</time>"#)
    );
    assert!(html.contains(
        r#"<time class="dealline-date" datetime="2004">2004</time>"#
    ));
    // More than one unit: the label, then two <time>s joined by an en dash.
    assert!(
        html.contains(r#"<span class="dealline-date">c. 2010–2014</span>"#)
    );
    assert!(
        html.contains(r#"<time datetime="2010">2010</time> – <time datetime="2014">2014</time>"#)
    );
    assert!(html.contains(
        r#"<time datetime="2017-06-30">30 June 2017</time> – <time datetime="2017-07-05">5 July 2017</time>"#
    ));
    // Approximate dates say so in words, not only in colour.
    assert_eq!(html.matches(r#"<span class="dealline-approx""#).count(), 3);
    assert_eq!(html.matches(">approximate</span>").count(), 3);
}

#[test]
fn undated_section_comes_after_every_dated_event() {
    let html = page(&timeline());
    let section = html
        .find(r#"<section class="dealline-undated""#)
        .expect("undated section");
    let end = section + html[section..].find("</section>").unwrap();
    let arts = articles(&html);
    let (inside, before): (Vec<_>, Vec<_>) =
        arts.iter().partition(|(at, _)| *at > section);
    assert_eq!(
        inside.iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(),
        ["e-00000008"]
    );
    assert!(inside.iter().all(|(at, _)| *at < end));
    assert_eq!(before.len(), 6);
    assert!(
        !html[section..end].contains("<time"),
        "undated events carry no <time>"
    );
    assert!(html[section..end].contains("Undated events</h2>"));
}

#[test]
fn page_is_self_contained() {
    let html = without_jsonld(&page(&timeline()));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains(r#"<meta charset="utf-8">"#));
    assert!(
        html.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
    );
    assert!(html.contains("<style>"));
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(
        !html.contains("<link")
            && !html.contains("@import")
            && !html.contains("url(")
    );
    let refs = Regex::new(r#"(?i)\b(src|href|srcset|action)\s*=\s*"([^"]*)""#)
        .unwrap();
    for c in refs.captures_iter(&html) {
        assert!(c[2].starts_with('#'), "external reference {}", &c[0]);
    }
    // Every citation links to a listed source.
    let links: Vec<&str> = refs
        .captures_iter(&html)
        .map(|c| c.get(2).unwrap().as_str())
        .collect();
    assert!(!links.is_empty());
    for l in links {
        assert!(
            html.contains(&format!("id=\"{}\"", &l[1..])),
            "dangling link {l}"
        );
    }
}

#[test]
fn page_shows_heading_intro_parties_evidence_and_sources() {
    let t = timeline();
    let html = page(&t);
    let title =
        "Nokia signs patent and equipment deal with Xiaomi amid big push into Chinese market";
    assert!(html.contains(&format!("<title>{title}</title>")));
    assert!(html.contains(&format!("class=\"dealline-title\">{title}</h1>")));
    assert!(html.contains(
        r#"7 events from 1 source, from <time datetime="2004">2004</time> to <time datetime="2017-07">July 2017</time>; 1 undated."#
    ), "intro");
    for year in ["2004", "2010", "2017"] {
        assert!(html.contains(&format!(
            r#"<h2 id="dealline-year-{year}" class="dealline-section-heading dealline-year-heading">{year}</h2>"#
        )));
    }
    assert!(html.contains(r#"<span class="dealline-party-name">Nokia</span> <span class="dealline-role">(licensor)</span>"#));
    assert!(html.contains(r#"<span class="dealline-party-name">Xiaomi</span> <span class="dealline-role">(licensee)</span>"#));
    assert!(html.contains(
        r#"<span class="dealline-role">(hire)</span> <span class="dealline-kind">person</span>"#
    ));
    assert!(html.contains(r#"<h3 class="dealline-type">Joint venture</h3>"#));
    assert!(html.contains(r#"<p class="dealline-amount"><span class="dealline-label">Amount:</span> an undisclosed sum</p>"#));
    // Both sources of the licence, each citing the document.
    let licence = &html[html.find("id=\"dealline-e-00000006\"").unwrap()..];
    let licence = &licence[..licence.find("</article>").unwrap()];
    assert_eq!(
        licence.matches(r#"<blockquote class="dealline-evidence">"#).count(),
        2
    );
    assert_eq!(
        licence
            .matches(&format!(
                "<cite><a href=\"#dealline-doc-{DOC}\">{title}</a></cite>, published 5 July 2017"
            ))
            .count(),
        2
    );
    // The sources list.
    let docs = html.find(r#"<section class="dealline-documents""#).unwrap();
    assert!(docs > html.find(r#"<section class="dealline-undated""#).unwrap());
    assert!(html[docs..].contains(&format!("<code>{DOC}</code>")));
    assert!(html[docs..].contains("given on the command line"));
}

#[test]
fn data_is_escaped() {
    let mut evs = events();
    evs[0].summary = "<script>alert('x')</script>".to_string();
    evs[0].sources[0].sentence =
        "<img src=\"https://example.com/x.png\">".to_string();
    let html = page(&Timeline::new(documents(), evs));
    assert_eq!(html.matches("<script").count(), 1, "only JSON-LD");
    assert!(!without_jsonld(&html).contains("<script"));
    assert!(!html.contains("<img"));
    assert!(
        html.contains("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;")
    );
}

#[test]
fn render_is_deterministic() {
    let a = page(&timeline());
    let b = page(&timeline());
    assert_eq!(a, b);
    let mut reversed = events();
    reversed.reverse();
    assert_eq!(a, page(&Timeline::new(documents(), reversed)));
}

#[test]
fn title_option_wins() {
    let mut opts = RenderOptions::default();
    opts.title = Some("Nokia in China".to_string());
    let html = render(&timeline(), Format::Html, &opts).unwrap();
    assert!(html.contains("<title>Nokia in China</title>"));
    assert!(html.contains(">Nokia in China</h1>"));
}

#[test]
fn empty_timeline_renders() {
    let html = page(&Timeline::new(vec![], vec![]));
    assert!(html.contains("class=\"dealline-title\">Timeline</h1>"));
    assert!(html.contains("No events found in 0 sources."));
    assert!(!html.contains("<article"));
}

#[test]
fn json_is_the_timeline() {
    let t = timeline();
    let json = render(&t, Format::Json, &RenderOptions::default()).unwrap();
    assert_eq!(json, t.to_json());
    assert!(json.starts_with("{\n  \"schema\": \"dealline/1\""));
}

/// Writes the example page for looking at in a browser:
/// `cargo test --test render -- --ignored` then open
/// `$TMPDIR/dealline-example.html` (or `DEALLINE_EXAMPLE_OUT`).
#[test]
#[ignore = "writes a file for looking at"]
fn write_example_page() {
    let out = std::env::var_os("DEALLINE_EXAMPLE_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("dealline-example.html"));
    std::fs::write(&out, page(&timeline())).unwrap();
    eprintln!("wrote {}", out.display());
}

//! Publishing (issue 6): the fragment and its scoped stylesheet, the
//! linked stylesheet for strict CSP, JSON-LD, and the data formats
//! (JSON lines, CSV, TimelineJS, iCalendar, Markdown, TimeML), through the
//! library and the command line.

use std::path::Path;

use assert_cmd::Command;
use chrono::NaiveDate;
use dealline::event::{
    Event, EventDate, EventType, Party, PartyKind, Role, Source,
};
use dealline::render::{render, stylesheet, Format, RenderOptions};
use dealline::timeline::{Basis, DocumentInfo, Published, Timeline};
use dealline::Precision;
use regex::Regex;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn date(
    value: &str,
    start: &str,
    end: &str,
    precision: Precision,
    approximate: bool,
    display: &str,
) -> Option<EventDate> {
    Some(EventDate {
        text: Some(display.to_string()),
        value: value.to_string(),
        start: day(start),
        end: day(end),
        precision,
        approximate,
        anchor: "absolute".to_string(),
        display: display.to_string(),
    })
}

fn event(id: &str, summary: &str, date: Option<EventDate>) -> Event {
    let sentence = match &date {
        Some(d) => format!("In {}, {summary}.", d.display),
        None => format!("{summary}."),
    };
    Event {
        id: id.to_string(),
        kind: EventType::License,
        summary: summary.to_string(),
        date,
        parties: vec![
            Party {
                name: "Nokia".into(),
                kind: PartyKind::Org,
                role: Role::Licensor,
            },
            Party {
                name: "Xiaomi".into(),
                kind: PartyKind::Org,
                role: Role::Licensee,
            },
        ],
        amount: None,
        sources: vec![Source {
            doc: "story".into(),
            start: 100 * summary.len(),
            end: 100 * summary.len() + sentence.len(),
            sentence,
        }],
        confidence: 0.9,
        reports: Vec::new(),
    }
}

/// Five events over four years (so the page gets a year index): a day, a
/// month, a year, an approximate range of years, and an undated one.
fn timeline() -> Timeline {
    let doc = DocumentInfo {
        id: "story".into(),
        path: Some("story.txt".into()),
        title: Some("Nokia & Xiaomi <2017>".into()),
        published: Published {
            value: Some("2017-07-05".into()),
            start: Some(day("2017-07-05")),
            end: Some(day("2017-07-05")),
            precision: Precision::Day,
            basis: Basis::Flag,
            evidence: None,
        },
    };
    Timeline::new(
        vec![doc],
        vec![
            event(
                "e-day",
                "Nokia created a unit",
                date(
                    "2017-06-29",
                    "2017-06-29",
                    "2017-06-29",
                    Precision::Day,
                    false,
                    "29 June 2017",
                ),
            ),
            event(
                "e-month",
                "Xiaomi licensed patents, *for real*",
                date(
                    "2016-07",
                    "2016-07-01",
                    "2016-07-31",
                    Precision::Month,
                    false,
                    "July 2016",
                ),
            ),
            event(
                "e-year",
                "Lee joined Samsung",
                date(
                    "2004",
                    "2004-01-01",
                    "2004-12-31",
                    Precision::Year,
                    false,
                    "2004",
                ),
            ),
            event(
                "e-range",
                "Nokia decided to sell its handsets",
                date(
                    "201X",
                    "2010-01-01",
                    "2014-12-31",
                    Precision::Year,
                    true,
                    "c. 2010–2014",
                ),
            ),
            event("e-undated", "Nokia acquired Withings", None),
        ],
    )
}

fn out(format: Format, opts: &RenderOptions) -> String {
    render(&timeline(), format, opts).unwrap()
}

fn default(format: Format) -> String {
    out(format, &RenderOptions::default())
}

#[test]
fn fragment_is_one_section_without_page_elements() {
    let html = default(Format::Fragment);
    assert!(html.starts_with(
        "<section class=\"dealline\" aria-labelledby=\"dealline-title\">"
    ));
    assert!(html.trim_end().ends_with("</section>"));
    let page_tags =
        Regex::new(r"<(html|head|body|style|script|link|meta)\b").unwrap();
    assert!(!page_tags.is_match(&html), "{html}");
    assert!(!html.contains("style=\""));
    // One root: the first </section> that closes depth 0 is the last.
    let tags = Regex::new(r"</?section\b").unwrap();
    let mut depth = 0;
    for (i, m) in tags.find_iter(&html).enumerate() {
        depth += if m.as_str() == "<section" { 1 } else { -1 };
        assert!(depth > 0 || m.end() + 2 >= html.trim_end().len(), "{i}");
    }
    assert_eq!(depth, 0);
    // Every class dealline-*, every id prefixed.
    let class = Regex::new(r#"class="([^"]*)""#).unwrap();
    for c in class.captures_iter(&html) {
        for name in c[1].split_whitespace() {
            assert!(
                name == "dealline" || name.starts_with("dealline-"),
                "{name}"
            );
        }
    }
    let id = Regex::new(r#"\sid="([^"]*)""#).unwrap();
    let ids: Vec<&str> =
        id.captures_iter(&html).map(|c| c.get(1).unwrap().as_str()).collect();
    assert!(ids.len() > 8);
    assert!(ids.iter().all(|i| i.starts_with("dealline-")), "{ids:?}");
    assert_eq!(html.matches("<article class=\"dealline-event").count(), 5);
}

#[test]
fn fragment_heading_level_and_id_prefix() {
    let mut opts = RenderOptions::default();
    opts.heading_level = Some(3);
    opts.id_prefix = Some("tl1-".into());
    let html = out(Format::Fragment, &opts);
    assert!(html.contains("<h3 id=\"tl1-title\" class=\"dealline-title\">"));
    assert!(html.contains(
        "<h4 id=\"tl1-year-2004\" class=\"dealline-section-heading"
    ));
    assert!(html.contains("<h5 class=\"dealline-type\">"));
    assert!(!html.contains("<h2") && !html.contains("<h6"));
    assert!(!html.contains("id=\"dealline-"), "unprefixed id");
    assert!(html.contains("href=\"#tl1-doc-story\""));
    // Out of range: clamped to 4, so events are at most <h6>.
    opts.heading_level = Some(9);
    let html = out(Format::Fragment, &opts);
    assert!(html.contains("<h4 id=\"tl1-title\""));
    assert!(html.contains("<h6 class=\"dealline-type\">"));
}

#[test]
fn fragment_stylesheet_is_scoped_and_layered() {
    let css = stylesheet(Format::Fragment);
    let body = css.split_once("@layer dealline {").expect("layer").1;
    // Outside the layer there is only the leading comment.
    assert!(css
        .split_once("@layer dealline {")
        .unwrap()
        .0
        .trim()
        .ends_with("*/"));
    let comments = Regex::new(r"(?s)/\*.*?\*/").unwrap();
    let body = comments.replace_all(body, "");
    let rule = Regex::new(r"(?m)^\s*([^@{}\s][^{}]*?)\s*\{").unwrap();
    let mut n = 0;
    for c in rule.captures_iter(&body) {
        for sel in c[1].split(',') {
            n += 1;
            assert!(
                sel.trim().starts_with(".dealline"),
                "unscoped selector {sel:?}"
            );
        }
    }
    assert!(n > 30, "{n} selectors");
    assert!(css.contains("--dealline-accent"));
    assert!(css.contains("@media print"));
    // The page's sheet adds page-level rules before the same sheet.
    let page = stylesheet(Format::Html);
    assert!(page.ends_with(&css));
    assert!(page.contains("body {"));
}

#[test]
fn page_links_its_stylesheet_for_strict_csp() {
    let mut opts = RenderOptions::default();
    opts.stylesheet_href = Some("assets/dealline.css".into());
    let html = out(Format::Html, &opts);
    assert!(
        html.contains(r#"<link rel="stylesheet" href="assets/dealline.css">"#)
    );
    assert!(!html.contains("<style"));
    assert!(!html.contains("style=\""));
    let inline = default(Format::Html);
    assert!(inline.contains("<style>") && !inline.contains("<link"));
}

#[test]
fn page_has_year_index_and_jsonld() {
    let html = default(Format::Html);
    assert!(html.contains(
        r##"<nav class="dealline-year-index" aria-label="Years">"##
    ));
    for y in ["2004", "2010", "2016", "2017"] {
        assert!(html.contains(&format!(
            "<li><a href=\"#dealline-year-{y}\">{y}</a></li>"
        )));
    }
    let start =
        html.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let end = start + html[start..].find("</script>").unwrap();
    let ld: serde_json::Value =
        serde_json::from_str(&html[start..end]).unwrap();
    let graph = ld["@graph"].as_array().unwrap();
    let list = &graph[0];
    assert_eq!(list["@type"], "ItemList");
    assert_eq!(list["numberOfItems"], 5);
    let first = &list["itemListElement"][0]["item"];
    assert_eq!(first["@type"], "Event");
    assert_eq!(first["@id"], "#dealline-e-year");
    assert_eq!(first["startDate"], "2004");
    assert_eq!(first["subjectOf"][0]["@id"], "#dealline-doc-story");
    let range = &list["itemListElement"][1]["item"];
    assert_eq!(
        (range["startDate"].as_str(), range["endDate"].as_str()),
        (Some("2010"), Some("2014"))
    );
    let undated = &list["itemListElement"][4]["item"];
    assert!(undated.get("startDate").is_none());
    assert_eq!(graph[1]["@type"], "NewsArticle");
    assert_eq!(graph[1]["headline"], "Nokia & Xiaomi <2017>");
    assert_eq!(graph[1]["datePublished"], "2017-07-05");
    // "<2017>" is escaped inside the script element.
    assert!(html[start..end].contains("\\u003c2017\\u003e"));
    // A short timeline gets no index.
    let short = Timeline::new(vec![], timeline().events[..2].to_vec());
    let html =
        render(&short, Format::Html, &RenderOptions::default()).unwrap();
    assert!(html.contains("<section class=\"dealline-year\""));
    assert!(!html.contains("<nav class=\"dealline-year-index\""));
}

#[test]
fn jsonl_is_one_self_contained_event_a_line() {
    let t = timeline();
    let text = default(Format::Jsonl);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), t.events.len());
    for (line, e) in lines.iter().zip(&t.events) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema"], "dealline/1");
        assert_eq!(v["event"]["id"], e.id.as_str());
        assert_eq!(v["documents"][0]["id"], "story");
        assert_eq!(v["event"], serde_json::to_value(e).unwrap());
    }
}

#[test]
fn csv_has_a_header_and_a_row_per_event() {
    let text = default(Format::Csv);
    assert!(text
        .starts_with("id,type,date,start,end,precision,approximate,summary,"));
    let rows: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(rows.len(), 6);
    assert!(!text.replace("\r\n", "").contains('\r'));
    assert!(rows[1]
        .starts_with("e-year,license,2004,2004-01-01,2004-12-31,year,false,"));
    assert!(
        rows[2].contains(",\"Nokia (licensor); Xiaomi (licensee)\"")
            || rows[2].contains(",Nokia (licensor); Xiaomi (licensee),")
    );
    assert!(rows[3].contains("\"Xiaomi licensed patents, *for real*\""));
    assert!(rows[5].starts_with("e-undated,license,,,,,,"));
}

#[test]
fn timelinejs_dates_at_their_precision() {
    let v: serde_json::Value =
        serde_json::from_str(&default(Format::TimelineJs)).unwrap();
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 4, "undated events are left out");
    let by_id = |id: &str| {
        events
            .iter()
            .find(|e| e["unique_id"] == format!("dealline-{id}"))
            .unwrap()
    };
    let year = by_id("e-year");
    assert_eq!(
        year["start_date"],
        serde_json::json!({"year": 2004, "display_date": "2004"})
    );
    assert!(year.get("end_date").is_none());
    let month = by_id("e-month");
    assert_eq!(month["start_date"]["month"], 7);
    assert!(month["start_date"].get("day").is_none());
    let d = by_id("e-day");
    assert_eq!(
        (d["start_date"]["month"].as_i64(), d["start_date"]["day"].as_i64()),
        (Some(6), Some(29))
    );
    let range = by_id("e-range");
    assert_eq!(range["end_date"], serde_json::json!({"year": 2014}));
    assert_eq!(range["display_date"], "c. 2010–2014");
    assert_eq!(range["group"], "Licence");
    assert_eq!(
        v["title"]["text"]["headline"],
        "Nokia &amp; Xiaomi &lt;2017&gt;"
    );
    assert!(v["title"]["text"]["text"]
        .as_str()
        .unwrap()
        .contains("1 undated event is not shown"));
}

#[test]
fn ics_is_rfc5545() {
    let mut opts = RenderOptions::default();
    opts.source_date_epoch = Some(1_499_212_800);
    let ics = out(Format::Ics, &opts);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    let unfolded = ics.replace("\r\n ", "");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 4);
    assert_eq!(unfolded.matches("DTSTAMP:20170705T000000Z").count(), 4);
    // All-day, exclusive end: a day is one day, a year the whole year.
    assert!(unfolded.contains("UID:e-day@dealline\r\nDTSTAMP:20170705T000000Z\r\nDTSTART;VALUE=DATE:20170629\r\nDTEND;VALUE=DATE:20170630\r\n"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20040101\r\nDTEND;VALUE=DATE:20050101\r\nSUMMARY:2004: Lee joined Samsung\r\n"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20160701\r\nDTEND;VALUE=DATE:20160801\r\nSUMMARY:July 2016: Xiaomi licensed patents\\, *for real*\r\n"));
    assert!(unfolded.contains("SUMMARY:Nokia created a unit\r\n"));
    assert!(unfolded.contains("(approximate date)"));
    // Without SOURCE_DATE_EPOCH: the day after the latest date in the data.
    let ics = default(Format::Ics);
    assert!(ics.contains("DTSTAMP:20170706T000000Z"));
}

#[test]
fn markdown_timeline() {
    let md = default(Format::Markdown);
    assert!(md.starts_with(
        "# Nokia \\& Xiaomi \\<2017\\>\n\n5 events from 1 source"
    ));
    for h in [
        "## 2004\n",
        "## 2010\n",
        "## 2016\n",
        "## 2017\n",
        "## Undated events\n",
        "## Sources\n",
    ] {
        assert!(md.contains(h), "{h}");
    }
    assert!(md.contains("- **c. 2010–2014** (approximate) — *Licence:* Nokia decided to sell its handsets"));
    assert!(md.contains("Xiaomi licensed patents, \\*for real\\*"));
    assert!(md.contains("  Parties: Nokia (licensor), Xiaomi (licensee)."));
    assert!(
        md.find("## 2004").unwrap() < md.find("## Undated events").unwrap()
    );
}

#[test]
fn timeml_marks_the_date_expressions() {
    let xml = default(Format::TimeMl);
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML")
    );
    assert!(xml.contains(
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2017-07-05\""
    ));
    assert!(xml.contains("<s>In <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2004\" temporalFunction=\"false\">2004</TIMEX3>, Lee joined Samsung.</s>"), "{xml}");
    assert!(xml.contains("value=\"201X\" mod=\"APPROX\""));
    assert_eq!(
        xml.matches("<TIMEX3").count(),
        xml.matches("</TIMEX3>").count()
    );
    assert_eq!(xml.matches("<s>").count(), 5);
    assert!(xml.ends_with("</TEXT>\n</TimeML>\n"));
}

#[test]
fn every_format_is_deterministic_and_independent_of_input_order() {
    let t = timeline();
    let mut reversed = t.events.clone();
    reversed.reverse();
    let r = Timeline::new(t.documents.clone(), reversed);
    for f in Format::ALL {
        let a = render(&t, f, &RenderOptions::default()).unwrap();
        assert_eq!(
            a,
            render(&r, f, &RenderOptions::default()).unwrap(),
            "{}",
            f.name()
        );
        assert!(!a.is_empty());
    }
}

#[test]
fn schema_describes_the_serialized_fields() {
    let schema: serde_json::Value =
        serde_json::from_str(dealline::schema::JSON_SCHEMA).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&timeline().to_json()).unwrap();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> =
            v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let props = |def: &str| {
        let p = if def.is_empty() {
            &schema["properties"]
        } else {
            &schema["$defs"][def]["properties"]
        };
        keys(p)
    };
    let required = |def: &str| {
        let r = if def.is_empty() {
            &schema["required"]
        } else {
            &schema["$defs"][def]["required"]
        };
        let mut r: Vec<String> = r
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect();
        r.sort();
        r
    };
    for (def, value) in [
        ("", &json),
        ("document", &json["documents"][0]),
        ("published", &json["documents"][0]["published"]),
        ("event", &json["events"][0]),
        ("event_date", &json["events"][0]["date"]),
        ("party", &json["events"][0]["parties"][0]),
        ("source", &json["events"][0]["sources"][0]),
    ] {
        // `reports` is the one optional member: dealline/2, merged events.
        let mut p = props(def);
        p.retain(|k| k != "reports");
        assert_eq!(p, keys(value), "{def}");
        assert_eq!(required(def), keys(value), "{def}");
    }
    assert!(props("event").contains(&"reports".to_string()));
    assert_eq!(json["schema"], "dealline/1");
}

// --- the command line ---------------------------------------------------

fn cmd() -> Command {
    let mut c = Command::cargo_bin("dealline").unwrap();
    c.env_remove("SOURCE_DATE_EPOCH");
    c
}

fn write_timeline(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("events.json");
    std::fs::write(&p, timeline().to_json()).unwrap();
    p
}

#[test]
fn cli_css_out_links_a_relative_stylesheet() {
    let dir = tempfile::tempdir().unwrap();
    let events = write_timeline(dir.path());
    std::fs::create_dir_all(dir.path().join("site/assets")).unwrap();
    std::fs::create_dir_all(dir.path().join("css")).unwrap();
    cmd()
        .arg("render")
        .arg(&events)
        .arg("-o")
        .arg(dir.path().join("site/page.html"))
        .arg("--css-out")
        .arg(dir.path().join("site/assets/dealline.css"))
        .assert()
        .success();
    let page =
        std::fs::read_to_string(dir.path().join("site/page.html")).unwrap();
    assert!(
        page.contains(r#"<link rel="stylesheet" href="assets/dealline.css">"#)
    );
    let css =
        std::fs::read_to_string(dir.path().join("site/assets/dealline.css"))
            .unwrap();
    assert_eq!(css, stylesheet(Format::Html));
    cmd()
        .current_dir(dir.path())
        .args([
            "render",
            "events.json",
            "-o",
            "site/page.html",
            "--css-out",
            "css/my sheet.css",
        ])
        .assert()
        .success();
    let page =
        std::fs::read_to_string(dir.path().join("site/page.html")).unwrap();
    assert!(page.contains(r#"href="../css/my%20sheet.css""#), "{page}");
    // The fragment's sheet is the scoped one; it is not linked.
    cmd()
        .current_dir(dir.path())
        .args([
            "render",
            "events.json",
            "-f",
            "fragment",
            "-o",
            "f.html",
            "--css-out",
            "f.css",
        ])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("f.css")).unwrap(),
        stylesheet(Format::Fragment)
    );
    assert!(!std::fs::read_to_string(dir.path().join("f.html"))
        .unwrap()
        .contains("<link"));
    // Data formats have no stylesheet.
    cmd()
        .current_dir(dir.path())
        .args(["render", "events.json", "-f", "csv", "--css-out", "x.css"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--css-out applies to"));
    assert!(!dir.path().join("x.css").exists());
}

#[test]
fn cli_every_format_from_render_and_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let events = write_timeline(dir.path());
    for f in [
        "html",
        "fragment",
        "json",
        "jsonl",
        "timelinejs",
        "ics",
        "csv",
        "md",
        "timeml",
    ] {
        let a =
            cmd().arg("render").arg(&events).args(["-f", f]).output().unwrap();
        assert!(a.status.success(), "{f}");
        assert!(!a.stdout.is_empty(), "{f}");
    }
    let ics = cmd()
        .env("SOURCE_DATE_EPOCH", "1500000000")
        .arg("render")
        .arg(&events)
        .args(["-f", "ics"])
        .output()
        .unwrap();
    assert!(String::from_utf8(ics.stdout)
        .unwrap()
        .contains("DTSTAMP:20170714T024000Z"));
    cmd()
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .arg("render")
        .arg(&events)
        .args(["-f", "ics"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("SOURCE_DATE_EPOCH"));
    cmd()
        .arg("render")
        .arg(&events)
        .args(["-f", "fragment", "--heading-level", "5"])
        .assert()
        .code(2);
}

#[test]
fn cli_schema_prints_the_json_schema() {
    let out = cmd().arg("schema").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        dealline::schema::JSON_SCHEMA
    );
}

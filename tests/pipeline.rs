//! End to end on the founding story: every row of DESIGN.md's expected
//! timeline, field by field.

use std::path::PathBuf;

use dealline::event::{Event, EventType, PartyKind, Role};
use dealline::input::{self, InputOptions};
use dealline::timeline::{Basis, Timeline};
use dealline::{PartialDate, Precision};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/nokia-xiaomi-2017.txt")
}

fn build(published: Option<&str>) -> Timeline {
    let opts = InputOptions::with_published(
        published.map(|p| PartialDate::parse(p).unwrap()),
    );
    let docs = input::load(&[fixture()], &opts).expect("fixture loads");
    dealline::build(&docs)
}

fn party(e: &Event, name: &str) -> Option<(PartyKind, Role)> {
    e.parties.iter().find(|p| p.name == name).map(|p| (p.kind, p.role))
}

fn find<'a>(t: &'a Timeline, kind: EventType, with: &str) -> &'a Event {
    t.events
        .iter()
        .find(|e| e.kind == kind && e.parties.iter().any(|p| p.name == with))
        .unwrap_or_else(|| {
            panic!("no {kind} event with {with}: {:#?}", t.events)
        })
}

fn interval(e: &Event) -> (String, String, Precision, bool) {
    let d =
        e.date.as_ref().unwrap_or_else(|| panic!("{} has no date", e.summary));
    (d.start.to_string(), d.end.to_string(), d.precision, d.approximate)
}

#[test]
fn founding_story_with_published_flag() {
    let t = build(Some("2017-07-05"));
    assert_eq!(t.schema, "dealline/1");
    assert_eq!(t.documents.len(), 1);
    let doc = &t.documents[0];
    assert_eq!(doc.id, "nokia-xiaomi-2017");
    assert_eq!(
        doc.title.as_deref(),
        Some("Nokia signs patent and equipment deal with Xiaomi amid big push into Chinese market")
    );
    assert_eq!(doc.published.basis, Basis::Flag);
    assert_eq!(doc.published.value.as_deref(), Some("2017-07-05"));

    // 2004: Gregory Lee starts at Samsung.
    let e = t
        .events
        .iter()
        .find(|e| {
            e.kind == EventType::Appointment && party(e, "Samsung").is_some()
        })
        .expect("Lee at Samsung");
    assert_eq!(party(e, "Gregory Lee"), Some((PartyKind::Person, Role::Hire)));
    assert_eq!(party(e, "Samsung"), Some((PartyKind::Org, Role::Employer)));
    assert_eq!(
        interval(e),
        ("2004-01-01".into(), "2004-12-31".into(), Precision::Year, false)
    );
    assert_eq!(e.date.as_ref().unwrap().display, "2004");

    // 2014: Lee becomes CEO and president of Samsung North America.
    let e = find(&t, EventType::Appointment, "Samsung North America");
    assert_eq!(party(e, "Gregory Lee"), Some((PartyKind::Person, Role::Hire)));
    assert_eq!(
        interval(e),
        ("2014-01-01".into(), "2014-12-31".into(), Precision::Year, false)
    );

    // Several years before 2017: Nokia decides to sell its handset business.
    let e = find(&t, EventType::Divestiture, "Microsoft");
    assert_eq!(party(e, "Nokia"), Some((PartyKind::Org, Role::Seller)));
    assert_eq!(party(e, "Microsoft"), Some((PartyKind::Org, Role::Buyer)));
    let (s, end, _, approx) = interval(e);
    assert!(approx);
    assert!(
        s.as_str() <= "2013-01-01"
            && end.as_str() >= "2013-12-31"
            && end.as_str() < "2017-01-01",
        "{s}..{end}"
    );

    // 29 June 2017: a business unit for Chinese internet firms.
    let unit = t
        .events
        .iter()
        .find(|e| e.kind == EventType::BusinessUnit && e.date.is_some())
        .expect("business unit");
    assert_eq!(party(unit, "Nokia"), Some((PartyKind::Org, Role::Actor)));
    assert_eq!(
        interval(unit),
        ("2017-06-29".into(), "2017-06-29".into(), Precision::Day, false)
    );
    assert_eq!(unit.date.as_ref().unwrap().display, "29 June 2017");
    assert!(unit.summary.contains("business unit"), "{}", unit.summary);

    // A few days after 29 June: joint venture, Shanghai deal, partnership.
    let jv = find(
        &t,
        EventType::JointVenture,
        "China Huaxin Post and Telecommunication Economy Development Center",
    );
    let smart = t
        .events
        .iter()
        .find(|e| {
            e.kind == EventType::SupplyDeal && party(e, "Shanghai").is_some()
        })
        .expect("Shanghai smart-city deal");
    let health = find(&t, EventType::Partnership, "China Mobile");
    for e in [jv, smart, health] {
        assert_eq!(
            party(e, "Nokia").map(|p| p.0),
            Some(PartyKind::Org),
            "{}",
            e.summary
        );
        let d = e.date.as_ref().unwrap();
        assert!(d.approximate);
        assert!(
            d.start.to_string().as_str() > "2017-06-29"
                && d.end.to_string().as_str() <= "2017-07-05",
            "{d:?}"
        );
        assert_eq!(
            d.anchor,
            format!("event:{}", unit.id),
            "anchored to the 29 June event"
        );
        assert_eq!(d.text.as_deref(), Some("A few days later"));
    }
    assert!(smart.summary.contains("smart city"));
    assert!(!smart.parties.iter().any(|p| p.name == "China Mobile"));

    // Recently: Nokia Technologies hires Gregory Lee.
    let e = find(&t, EventType::Appointment, "Nokia Technologies");
    assert_eq!(party(e, "Gregory Lee"), Some((PartyKind::Person, Role::Hire)));
    let d = e.date.as_ref().unwrap();
    assert!(d.approximate);
    assert_eq!(d.end.to_string(), "2017-07-05");
    assert!(d.start.to_string().as_str() < "2017-07-05");

    // The story's date: licence, equipment purchase, cross-licence.
    let lic = find(&t, EventType::License, "Xiaomi");
    assert_eq!(party(lic, "Xiaomi"), Some((PartyKind::Org, Role::Licensee)));
    assert_eq!(party(lic, "Nokia"), Some((PartyKind::Org, Role::Licensor)));
    assert_eq!(
        lic.amount.as_ref().map(|a| a.text.as_str()),
        Some("an undisclosed sum")
    );
    let buy = t
        .events
        .iter()
        .find(|e| {
            e.kind == EventType::SupplyDeal && party(e, "Xiaomi").is_some()
        })
        .expect("equipment purchase");
    assert_eq!(party(buy, "Xiaomi"), Some((PartyKind::Org, Role::Buyer)));
    assert_eq!(party(buy, "Nokia"), Some((PartyKind::Org, Role::Seller)));
    let cross = find(&t, EventType::CrossLicense, "Xiaomi");
    assert_eq!(party(cross, "Nokia").map(|p| p.0), Some(PartyKind::Org));
    for e in [lic, buy, cross] {
        assert_eq!(
            interval(e),
            ("2017-07-05".into(), "2017-07-05".into(), Precision::Day, false)
        );
        let d = e.date.as_ref().unwrap();
        assert_eq!((d.anchor.as_str(), d.text.as_deref()), ("dct", None));
    }

    // No date given: Withings, kept undated.
    let w = find(&t, EventType::Acquisition, "Withings");
    assert!(w.date.is_none());
    assert_eq!(party(w, "Nokia").map(|p| p.1), Some(Role::Acquirer));
    assert_eq!(party(w, "Withings").map(|p| p.1), Some(Role::Target));
    assert!(
        t.events.iter().position(|e| e.id == w.id)
            > t.events.iter().rposition(|e| e.date.is_some())
    );
}

#[test]
fn founding_story_has_no_chrome_and_cites_every_sentence() {
    let t = build(Some("2017-07-05"));
    let docs = input::load(&[fixture()], &InputOptions::default()).unwrap();
    let body = &docs[0].body;
    assert!(!body.contains("View All"), "navigation kept");
    assert!(
        !body.contains("©")
            && !body.contains("Impact Tour")
            && !body.contains("sponsorship"),
        "footer or promo kept:\n{body}"
    );
    assert!(body.starts_with("Nokia is continuing its aggressive play"));
    for e in &t.events {
        if let Some(d) = &e.date {
            assert!(
                d.end.to_string().as_str() <= "2017-12-31",
                "{} dated after 2017",
                e.summary
            );
            assert!(!d.value.starts_with("2023"));
        }
        assert!(!e.summary.contains("Impact Tour"));
        assert!(!e.sources.is_empty());
        for s in &e.sources {
            assert_eq!(
                &body[s.start..s.end],
                s.sentence,
                "offsets point at the evidence"
            );
        }
        assert!(e.id.starts_with("e-"));
        assert!((0.0..=1.0).contains(&e.confidence));
    }
    let mut ids: Vec<_> = t.events.iter().map(|e| &e.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), t.events.len(), "ids are unique");
}

#[test]
fn founding_story_without_flag_lands_in_early_july_2017() {
    let t = build(None);
    let p = &t.documents[0].published;
    assert_eq!(p.basis, Basis::Text);
    assert!(
        p.evidence.as_deref().is_some_and(|e| e.contains("A few days later")),
        "{p:?}"
    );
    let (start, end) =
        (p.start.unwrap().to_string(), p.end.unwrap().to_string());
    assert!(
        start.as_str() >= "2017-06-29" && end.as_str() <= "2017-07-31",
        "{start}..{end}"
    );
    let lic = find(&t, EventType::License, "Xiaomi");
    let d = lic.date.as_ref().unwrap();
    assert_eq!(d.display, "early July 2017");
    assert!(d.approximate);
    for e in &t.events {
        if let Some(d) = &e.date {
            assert!(
                d.start.to_string().as_str() < "2018-01-01",
                "{} dated after 2017",
                e.summary
            );
        }
    }
}

#[test]
fn output_is_deterministic() {
    let a = build(Some("2017-07-05")).to_json();
    let b = build(Some("2017-07-05")).to_json();
    assert_eq!(a, b);
}

/// A page that writes no-break and thin spaces between its words (and
/// typographic apostrophes, as the story does) tells the same timeline;
/// kept verbatim, each source cites the text as written.
#[test]
fn founding_story_with_no_break_spaces_tells_the_same_timeline() {
    let text = std::fs::read_to_string(fixture()).unwrap();
    // Every space between two words, alternately no-break and thin.
    let mut spaced = String::with_capacity(text.len() * 2);
    let mut k = 0;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = c == ' '
            && i > 0
            && !chars[i - 1].is_whitespace()
            && chars.get(i + 1).is_some_and(|n| !n.is_whitespace());
        if inner {
            k += 1;
            spaced.push(if k % 2 == 0 { '\u{a0}' } else { '\u{202f}' });
        } else {
            spaced.push(c);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nokia-xiaomi-2017.txt");
    std::fs::write(&path, &spaced).unwrap();
    let opts = InputOptions::with_published(None);
    let docs = input::load(&[path], &opts).unwrap();
    let plain = build(None);
    let read = dealline::build(&docs);
    let key = |e: &Event| {
        let names: Vec<String> = e
            .parties
            .iter()
            .map(|p| p.name.replace(['\u{a0}', '\u{202f}'], " "))
            .collect();
        (e.kind, e.date.as_ref().map(|d| d.value.clone()), names)
    };
    assert_eq!(plain.events.len(), 12);
    assert_eq!(
        read.events.iter().map(key).collect::<Vec<_>>(),
        plain.events.iter().map(key).collect::<Vec<_>>()
    );
    // A file is read as its page shows: the body has plain spaces.
    assert!(!docs[0].body.contains(['\u{a0}', '\u{202f}']));
    // A document kept verbatim (as `timex` reads one, or a library caller
    // builds one) keeps its spaces, and its sources cite them.
    let mut doc = dealline::Document::verbatim("nx", &spaced);
    doc.published = docs[0].published.clone();
    let events = dealline::extract(&doc);
    let mut plain_doc = dealline::Document::verbatim("nx", &text);
    plain_doc.published = docs[0].published.clone();
    let plain_events = dealline::extract(&plain_doc);
    assert!(!events.is_empty());
    assert_eq!(
        events.iter().map(key).collect::<Vec<_>>(),
        plain_events.iter().map(key).collect::<Vec<_>>()
    );
    for s in events.iter().flat_map(|e| &e.sources) {
        assert_eq!(&spaced[s.start..s.end], s.sentence);
        assert!(s.sentence.contains(['\u{a0}', '\u{202f}']), "{}", s.sentence);
    }
}

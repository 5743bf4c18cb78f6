//! The event layer on short sentences written for the test: one test per
//! event type, per distractor kind, per role and descriptor pattern; and
//! the laws of merging (`prop_*`).

use dealline::event::{Event, EventType, Role};
use dealline::input::published::from_flag;
use dealline::render::{render, Format, RenderOptions};
use dealline::timeline::{merge, Timeline};
use dealline::{Document, PartialDate};
use proptest::prelude::*;

fn doc(id: &str, text: &str, published: &str) -> Document {
    let mut d = Document::from_text(id, text);
    d.published = from_flag(&PartialDate::parse(published).unwrap());
    d
}

fn events(text: &str) -> Vec<Event> {
    dealline::build(&[doc("t", text, "2020-03-04")]).events
}

fn one(text: &str, kind: EventType) -> Event {
    let ev = events(text);
    ev.iter()
        .find(|e| e.kind == kind)
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} in {text:?}: {ev:#?}"))
}

/// `text` gives no event of `kind`.
fn none_of(text: &str, kind: EventType) {
    let ev = events(text);
    assert!(ev.iter().all(|e| e.kind != kind), "{text}: {ev:#?}");
}

fn role(e: &Event, name: &str) -> Option<Role> {
    e.parties.iter().find(|p| p.name == name).map(|p| p.role)
}

fn date(e: &Event) -> String {
    e.date.as_ref().map(|d| d.value.clone()).unwrap_or_default()
}

#[test]
fn ok_every_event_type() {
    let cases: &[(&str, EventType)] = &[
        ("Acme signed a patent license agreement with Globex today.\n", EventType::License),
        ("Acme and Globex signed a cross-license agreement today.\n", EventType::CrossLicense),
        ("Acme and Globex today announced the extension of their patent license agreement.\n", EventType::LicenseRenewal),
        ("On May 2, Acme formed a joint venture with Globex.\n", EventType::JointVenture),
        ("On May 2, Acme created a new business unit.\n", EventType::BusinessUnit),
        ("Under the agreement, Acme will provide network equipment to Globex.\n", EventType::SupplyDeal),
        ("On May 2, Acme announced a partnership with Globex.\n", EventType::Partnership),
        ("On May 2, Acme acquired Globex Corp.\n", EventType::Acquisition),
        ("On May 2, Acme sold its chip business to Globex.\n", EventType::Divestiture),
        ("On May 2, Acme invested $5 million in Globex.\n", EventType::Investment),
        ("On May 2, Acme hired Jane Roe as its new president.\n", EventType::Appointment),
        ("On May 2, Jane Roe resigned as chief executive of Acme.\n", EventType::Departure),
        ("On May 2, Acme sued Globex for patent infringement.\n", EventType::Lawsuit),
        ("On May 2, a federal court ruled against Globex in its case with Acme.\n", EventType::Ruling),
        ("Acme and Globex have settled all litigation.\n", EventType::Settlement),
        ("On May 2, Acme launched a new smartphone.\n", EventType::Product),
    ];
    for (text, kind) in cases {
        let e = one(text, *kind);
        assert!(e.date.is_some(), "{text}: undated");
    }
}

#[test]
fn ok_distractors_are_not_events() {
    for text in [
        "Acme is in talks to acquire Globex.\n",
        "Acme plans to license Globex's patents.\n",
        "Acme could sue Globex next year.\n",
        "Acme denied that it would acquire Globex.\n",
        "Acme expects to sign a licensing agreement with Globex in 2021.\n",
        "Globex has cross-license agreements in place with Acme.\n",
        "Acme presumably took a license from Globex.\n",
        // Offers, bids, attempts and threats are not deals done.
        "Acme offered to acquire Globex for 20 dlrs a share.\n",
        "Acme made a bid to acquire Globex.\n",
        "Acme attempted an unsuccessful takeover of Globex in 2019.\n",
        "Acme has threatened to sue Globex.\n",
        "Acme said it was discussing the acquisition of Globex.\n",
        "Acme proposes to acquire Globex.\n",
        // What one can or cannot do is no deal done.
        "Acme can license its patents to any maker it chooses.\n",
        "Under the treaty, Globex cannot sue Acme.\n",
        "Acme will be able to acquire Globex next year.\n",
        // A purpose, a refusal, a noun of supply.
        "Acme said its new credit line would be used to buy trucks from Globex Corp.\n",
        "Acme refused to sell its chip unit to Globex Corp.\n",
        "The excess supply of cheap chips from Acme Inc hurt Globex Corp last year.\n",
        // A partnership that is a kind of firm.
        "Acme said it set up a limited partnership to hold its hotels.\n",
    ] {
        let ev = events(text);
        assert!(ev.is_empty(), "{text}: {ev:#?}");
    }
    one(
        "On Monday Acme set up a general partnership with Globex Corp.\n",
        EventType::Partnership,
    );
    // A firm named "Can" hedges nothing.
    one(
        "The Can Makers Federation said Acme sold its packaging unit to Globex Corp on Monday.\n",
        EventType::Divestiture,
    );
}

/// A ruling needs a court or an agency: a company's board approving its own
/// plan, a news agency reporting, a contract awarded are none.
#[test]
fn ok_rulings_come_from_courts_and_agencies() {
    for text in [
        "Acme said its board approved a rights plan on Monday.\n",
        "The Baltic News Agency said the World Bank approved a loan to Acme on Monday.\n",
        "Acme Corp was awarded a contract worth $4 million to supply Globex Corp with chips on Monday.\n",
    ] {
        none_of(text, EventType::Ruling);
    }
    for text in [
        "The Federal Reserve Board approved Acme's purchase of Globex Corp on Monday.\n",
        "A jury awarded Acme Corp $5 million in damages from Globex Corp on Monday.\n",
    ] {
        one(text, EventType::Ruling);
    }
}

/// "Settle" in markets, sport and home life is no settlement of a dispute;
/// the legal senses next to them still are.
#[test]
fn ok_settle_idioms_are_no_settlements() {
    for text in [
        "Acme futures settled higher on Tuesday, traders said.\n",
        "Copper futures settled at 61.20 cents on Monday.\n",
        "Globex options are cash-settled on expiry.\n",
        "The Acme runner had to settle for silver at the Oslo meet on Sunday.\n",
        "The match settled into a slow pattern after the break.\n",
        "The Acme founder settled in Lisbon in 2019.\n",
        "Acme changed its settlement procedures for bond trades in May.\n",
        "Acme asked the WTO for a dispute settlement panel in 2019.\n",
    ] {
        none_of(text, EventType::Settlement);
    }
    for text in [
        "Acme settled its lawsuit with Globex for $5 million on Monday.\n",
        "Acme and Globex settled in March 2019, the companies said.\n",
        "Acme agreed to a cash settlement of the patent case with Globex on Monday.\n",
    ] {
        one(text, EventType::Settlement);
    }
}

#[test]
fn ok_licences_passive_from_products_and_terminated() {
    let e = one(
        "The search technology has been licensed from Globex Corp.\n",
        EventType::License,
    );
    assert_eq!(role(&e, "Globex"), Some(Role::Licensor));
    let e = one(
        "Acme said Globex initially licensed the product in 1985.\n",
        EventType::License,
    );
    assert_eq!(date(&e), "1985");
    let e = one(
        "Acme said it terminated its license agreement with Globex Inc for the manufacture of gum.\n",
        EventType::Other,
    );
    assert_eq!(role(&e, "Globex"), Some(Role::Partner));
    assert_eq!(date(&e), "2020-03-04");
    // "licensed music" is no deal.
    assert!(events("Users share photos and licensed music.\n").is_empty());
}

#[test]
fn ok_moves_in_a_licensing_fight_when_dated() {
    let e = one(
        "Acme stopped its royalty payments to Globex in September 2019.\n",
        EventType::Other,
    );
    assert_eq!(date(&e), "2019-09");
    let e = one(
        "In January, Acme pulled all Globex-branded accessories from its online stores.\n",
        EventType::Other,
    );
    assert_eq!(date(&e), "2020-01");
    // Undated, such a move is background.
    assert!(events("Acme abruptly halted making payments after the deal.\n")
        .is_empty());
}

#[test]
fn ok_terms_and_suits_without_dates() {
    // "effective April 1" is the licence's term, not its date.
    let e = one(
        "Acme and Globex reached a license agreement effective April 1.\n",
        EventType::License,
    );
    assert_eq!(date(&e), "2020-03-04");
    let e = one(
        "Acme and Globex reached a license agreement, effective as of April 1, 2020.\n",
        EventType::License,
    );
    assert_eq!(date(&e), "2020-03-04");
    // A suit noun with its own date is an event; without one, background.
    let e = one(
        "Acme said the suit, filed in 1980, covered tape drives.\n",
        EventType::Lawsuit,
    );
    assert_eq!(date(&e), "1980");
    assert!(events(
        "Globex said the suit against Acme covered tape drives.\n"
    )
    .iter()
    .all(|e| e.kind != EventType::Lawsuit));
}

#[test]
fn ok_roles() {
    let e = one("Acme will license Globex's patents.\n", EventType::License);
    assert_eq!(role(&e, "Acme"), Some(Role::Licensee));
    assert_eq!(role(&e, "Globex"), Some(Role::Licensor));
    let e = one(
        "Acme licensed its patents to Globex today.\n",
        EventType::License,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Licensor));
    assert_eq!(role(&e, "Globex"), Some(Role::Licensee));
    let e = one("On May 2, Acme sued Globex.\n", EventType::Lawsuit);
    assert_eq!(role(&e, "Acme"), Some(Role::Plaintiff));
    assert_eq!(role(&e, "Globex"), Some(Role::Defendant));
    let e =
        one("On May 2, Acme acquired Globex Corp.\n", EventType::Acquisition);
    assert_eq!(role(&e, "Acme"), Some(Role::Acquirer));
    assert_eq!(role(&e, "Globex"), Some(Role::Target));
    let e = one(
        "Acme and Globex have settled all litigation.\n",
        EventType::Settlement,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Partner));
    assert_eq!(role(&e, "Globex"), Some(Role::Partner));
}

/// The agent of a passive or of a deal noun does the deal; the subject is
/// what it was done to. A "by" elsewhere in the clause is no agent.
#[test]
fn ok_passive_and_noun_agents() {
    for text in [
        "Globex Corp was acquired by Acme Inc in 2014.\n",
        "Globex Corp agreed on Monday to be acquired by Acme Inc.\n",
        "The takeover of Globex Corp by Acme Inc in 2014 doubled sales.\n",
        "Globex Corp holders approved the acquisition of Globex Corp by Acme Inc on Monday.\n",
    ] {
        let e = one(text, EventType::Acquisition);
        assert_eq!(role(&e, "Acme"), Some(Role::Acquirer), "{text}");
        assert_eq!(role(&e, "Globex"), Some(Role::Target), "{text}");
    }
    let e = one(
        "Acme Inc acquired Globex Corp in 2014, a deal backed by Initech Corp.\n",
        EventType::Acquisition,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Acquirer));
    assert_eq!(role(&e, "Initech"), None);
    let e = one(
        "Globex Corp was sued by Acme Inc on Monday.\n",
        EventType::Lawsuit,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Plaintiff));
    assert_eq!(role(&e, "Globex"), Some(Role::Defendant));
    // A date in a phrase describing a party before the deal is not the
    // deal's; a participle opening the sentence is no name.
    for text in [
        "Founded in 1990, Globex Corp was acquired by Acme Inc in 2014.\n",
        "Globex Corp, founded in 1990, was acquired by Acme Inc in 2014.\n",
        "Acme Inc, which listed in 1990, acquired Globex Corp in 2014.\n",
    ] {
        let e = one(text, EventType::Acquisition);
        assert_eq!(date(&e), "2014", "{text}");
        assert_eq!(e.parties.len(), 2, "{text}: {:?}", e.parties);
    }
    // "was selling" is no passive.
    let e = one(
        "Acme Inc was selling its chip unit to Globex Corp in 2014.\n",
        EventType::Divestiture,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Seller));
    assert_eq!(role(&e, "Globex"), Some(Role::Buyer));
}

#[test]
fn ok_descriptor_with_a_product_or_place_in_it() {
    let e = one(
        "Globex, the iPhone maker, faces pressure.\nOn May 2, the iPhone maker sued Acme Corp. over patents.\n",
        EventType::Lawsuit,
    );
    assert_eq!(role(&e, "Globex"), Some(Role::Plaintiff), "{e:#?}");
    assert!(e.parties.iter().all(|p| p.name != "iPhone"));
    assert!(e.summary.starts_with("Globex sued Acme"), "{}", e.summary);
}

#[test]
fn ok_descriptors_and_wire_copy() {
    // A plural descriptor stands for the two companies named most.
    let e = one(
        "Acme signed a licensing agreement with Globex today.\nAcme said the deal was large. Globex agreed.\nThe two companies also agreed to cooperate on standards.\n",
        EventType::Partnership,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Partner));
    assert_eq!(role(&e, "Globex"), Some(Role::Partner));
    assert_eq!(date(&e), "2020-03-04", "the lead's news, same parties");
    // A wire dateline names a place, not a party; tickers repeat names.
    let e = one(
        "WESTBORO, Mass., March 3 - <Acme Instrument Corp> <ACME> said it settled a patent suit with Globex Co.\n",
        EventType::Settlement,
    );
    assert!(e
        .parties
        .iter()
        .all(|p| p.name != "WESTBORO" && p.name != "ACME"));
    assert_eq!(role(&e, "Acme Instrument"), Some(Role::Partner));
    assert!(!e.summary.starts_with("WESTBORO"), "{}", e.summary);
    // The month of a dateline in capitals, or typed half in capitals.
    for text in [
        "TROY, Mich., MARCH 3 - Acme Corp said it acquired Globex Inc.\n",
        "TROY, Mich., APril 3 - Acme Corp said it acquired Globex Inc.\n",
    ] {
        let e = one(text, EventType::Acquisition);
        assert_eq!(
            e.parties.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Acme", "Globex"],
            "{text}"
        );
    }
}

/// Small stories that report overlapping events.
fn corpus() -> Vec<Document> {
    vec![
        doc("a", "Acme will license Globex's patents.\nOn May 2, Acme sued Initech.\n", "2020-03-04"),
        doc("b", "Acme will license Globex's patents, the companies said.\n", "2020-03-05"),
        doc("c", "In March, Acme took a license to Globex's patents.\nAcme and Globex have settled all litigation.\n", "2020-04-01"),
        doc("d", "On May 2, Acme sued Initech in Delaware.\nInitech and Acme have settled all litigation.\n", "2020-06-01"),
        doc("e", "Acme and Globex have settled all litigation.\n", "2020-03-04"),
        doc("f", "Acme signed a patent licence agreement with Globex in March.\nOn March 2, Globex agreed to license Acme's patents.\n", "2020-03-20"),
    ]
}

#[test]
fn ok_merge_cites_every_source() {
    let t = dealline::build(&corpus());
    let lic: Vec<&Event> =
        t.events.iter().filter(|e| e.kind == EventType::License).collect();
    let docs: Vec<&str> = lic
        .iter()
        .flat_map(|e| e.sources.iter().map(|s| s.doc.as_str()))
        .collect();
    assert!(docs.contains(&"a") && docs.contains(&"b"), "{lic:#?}");
    assert!(lic.iter().any(|e| e.sources.len() >= 2), "{lic:#?}");
    // The laws below are tested on merges across documents.
    assert!(t.events.iter().any(|e| e.reports.len() >= 3), "{:#?}", t.events);
    assert_eq!(t.schema, "dealline/2");
}

/// The events of `kind` in a timeline.
fn of_kind(t: &Timeline, kind: EventType) -> Vec<&Event> {
    t.events.iter().filter(|e| e.kind == kind).collect()
}

/// The documents an event's sources cite, each once.
fn docs_of(e: &Event) -> Vec<&str> {
    let mut d: Vec<&str> = e.sources.iter().map(|s| s.doc.as_str()).collect();
    d.dedup();
    d
}

#[test]
fn ok_one_event_across_articles_keeps_each_report() {
    let t = dealline::build(&[
        doc(
            "a",
            "On May 2, Acme Corp. sued Globex for patent infringement.
",
            "2020-05-06",
        ),
        doc(
            "b",
            "Acme sued Globex in May, the companies said.
",
            "2020-06-10",
        ),
    ]);
    let suits = of_kind(&t, EventType::Lawsuit);
    assert_eq!(suits.len(), 1, "{suits:#?}");
    let e = suits[0];
    assert_eq!(docs_of(e), ["a", "b"]);
    assert_eq!(date(e), "2020-05-02", "the most precise date");
    assert_eq!(t.schema, "dealline/2", "an event merged across documents");
    // Each document's own report, with its own date: the disagreement.
    let dates: Vec<String> = e
        .reports
        .iter()
        .map(|r| r.date.as_ref().unwrap().value.clone())
        .collect();
    assert_eq!(dates, ["2020-05-02", "2020-05"]);
    assert!(e.date_reported_by("a").is_none(), "agrees with the event");
    assert_eq!(e.date_reported_by("b").unwrap().value, "2020-05");
    // "Acme Corp." and "Acme" are one party.
    assert_eq!(
        e.parties.iter().filter(|p| p.name.starts_with("Acme")).count(),
        1
    );
    assert_eq!(role(e, "Globex"), Some(Role::Defendant));
    // The page and the Markdown show the disagreeing source's date.
    for format in [Format::Html, Format::Fragment, Format::Markdown] {
        let out = render(&t, format, &RenderOptions::default()).unwrap();
        assert_eq!(
            out.matches("this source dates it May 2020").count(),
            1,
            "{out}"
        );
    }
    // A single article is dealline/1 and has no reports.
    let one = dealline::build(&[doc(
        "a",
        "On May 2, Acme sued Globex.\n",
        "2020-05-06",
    )]);
    assert_eq!(one.schema, "dealline/1");
    assert!(one.events.iter().all(|e| e.reports.is_empty()));
    assert!(!one.to_json().contains("\"reports\""));
}

#[test]
fn ok_three_outlets_one_settlement_and_one_licence() {
    let t = dealline::build(&[
        doc("wire", "Acme Inc. and Globex Inc. announced today that they have agreed to dismiss all litigation between the two companies worldwide. The companies also have reached a six-year license agreement, effective as of April 1, 2019.\n", "2019-04-16"),
        doc("daily", "On Tuesday, Globex and Acme settled their global patent dispute. Globex shares jumped 23 percent. Acme signed a six-year patent license agreement with Globex, the chipmaker said.\n", "2019-04-17"),
        doc("weekly", "Last week Acme and Globex ended their legal battle. Acme sued Globex in January 2017, accusing the chipmaker of overcharging for chips.\n", "2019-04-22"),
    ]);
    let cited = |k: EventType| -> Vec<Vec<&str>> {
        of_kind(&t, k)
            .iter()
            .map(|e| {
                let mut d = docs_of(e);
                d.sort();
                d
            })
            .collect()
    };
    assert_eq!(
        cited(EventType::Settlement),
        [vec!["daily", "weekly", "wire"]]
    );
    assert_eq!(cited(EventType::License), [vec!["daily", "wire"]]);
    assert_eq!(cited(EventType::Lawsuit), [vec!["weekly"]]);
    let s = of_kind(&t, EventType::Settlement)[0];
    assert_eq!(date(s), "2019-04-16");
    assert_eq!(s.date_reported_by("weekly").unwrap().value, "2019-W16");
}

#[test]
fn ok_articles_a_week_apart_tell_one_deal() {
    // News of the day, published on different days.
    let t = dealline::build(&[
        doc("a", "Acme will license Globex's patents.\n", "2020-03-04"),
        doc(
            "b",
            "Acme will license Globex's patents, the companies said.\n",
            "2020-03-09",
        ),
        doc("c", "Acme will license Globex's patents.\n", "2020-05-20"),
    ]);
    let lic = of_kind(&t, EventType::License);
    let cited: Vec<Vec<&str>> = lic.iter().map(|e| docs_of(e)).collect();
    assert!(cited.contains(&vec!["a", "b"]), "{cited:?}");
    assert!(
        cited.contains(&vec!["c"]),
        "months later is another deal: {cited:?}"
    );
}

#[test]
fn err_different_pairs_opposite_roles_and_undated_stay_apart() {
    let t = dealline::build(&[
        doc("a", "On May 2, Acme sued Globex.\n", "2020-05-06"),
        // Another defendant: another suit.
        doc("b", "On May 2, Acme sued Initech.\n", "2020-05-06"),
        // The counter-suit: the roles are reversed.
        doc("c", "On May 2, Globex sued Acme.\n", "2020-05-06"),
        // Another type.
        doc("d", "On May 2, Acme and Globex settled.\n", "2020-05-06"),
    ]);
    assert!(t.events.iter().all(|e| docs_of(e).len() == 1), "{:#?}", t.events);
    let undated = dealline::build(&[
        doc("a", "Acme sued Globex for patent infringement.\n", "2020-05-06"),
        Document::from_text(
            "u",
            "Acme sued Globex for patent infringement.\n",
        ),
    ]);
    assert!(undated.events.iter().all(|e| docs_of(e).len() == 1));
}

#[test]
fn ok_undated_reports_merge_only_on_the_same_parties() {
    let undated = |id: &str, text: &str| Document::from_text(id, text);
    let t = dealline::build(&[
        undated("a", "Acme and Globex have settled all litigation.\n"),
        undated("b", "Globex and Acme settled their patent dispute.\n"),
        undated("c", "Acme has settled all litigation.\n"),
    ]);
    let cited: Vec<Vec<&str>> = of_kind(&t, EventType::Settlement)
        .iter()
        .map(|e| docs_of(e))
        .collect();
    assert!(cited.contains(&vec!["a", "b"]), "{cited:?}");
    assert!(cited.contains(&vec!["c"]), "{cited:?}");
}

#[test]
fn ok_summary_of_an_included_deal_has_its_verb() {
    let e = one(
        "Acme, the Chinese phone maker, and Globex signed a business collaboration agreement and a multi-year patent agreement, including a cross license to each company's patents.\n",
        EventType::CrossLicense,
    );
    assert!(
        e.summary.starts_with("Acme signed a cross license to"),
        "{}",
        e.summary
    );
}

#[test]
fn ok_summary_drops_a_pronouns_reporting_frame() {
    let e = one("He said Acme sued Globex on May 2.\n", EventType::Lawsuit);
    assert!(e.summary.starts_with("Acme sued Globex"), "{}", e.summary);
}

#[test]
fn ok_speakers_and_general_names() {
    // The speaker of "said" is not a party when the reported clause names one.
    let e = one(
        "Jane Roe, General Counsel at Acme, said Acme sued Globex on May 2.\n",
        EventType::Lawsuit,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Plaintiff));
    assert_eq!(role(&e, "Globex"), Some(Role::Defendant));
    assert_eq!(role(&e, "Jane Roe"), None);
    // ... but "they" after "announced that" are the speakers themselves.
    let e = one(
        "Acme and Globex announced today that they have agreed a multi-year patent license.\n",
        EventType::License,
    );
    assert!(
        role(&e, "Acme").is_some() && role(&e, "Globex").is_some(),
        "{e:#?}"
    );
    // "General" heads a name; "General Manager" is a title.
    let e = one(
        "On May 2, General Dynamo acquired General Widget Co.\n",
        EventType::Acquisition,
    );
    assert_eq!(role(&e, "General Dynamo"), Some(Role::Acquirer));
    assert_eq!(role(&e, "General Widget"), Some(Role::Target));
    let e = one(
        "On May 3, Acme hired John Doe as General Manager.\n",
        EventType::Appointment,
    );
    assert!(e.parties.iter().all(|p| !p.name.contains("Manager")), "{e:#?}");
}

#[test]
fn ok_a_third_article_never_merges_a_storys_own_events() {
    // One story tells two licences and two supply deals between the same
    // companies in the same days; a terse second article could fit any.
    let story = "On May 2, Acme agreed to license Globex's patents.\n\
                 On May 2, Globex agreed to license Acme's patents.\n\
                 On May 3, Acme agreed to supply chips to Globex.\n\
                 On May 4, Acme agreed to supply modems to Globex.\n";
    let terse = "Acme signed a patent licence agreement with Globex in May.\n\
                 In May, Acme agreed to supply Globex.\n";
    let alone = dealline::build(&[doc("s", story, "2020-05-06")]);
    let both = dealline::build(&[
        doc("s", story, "2020-05-06"),
        doc("t", terse, "2020-05-20"),
    ]);
    let count = |t: &Timeline| {
        t.events
            .iter()
            .filter(|e| e.sources.iter().any(|s| s.doc == "s"))
            .count()
    };
    assert_eq!(count(&alone), count(&both), "{:#?}", both.events);
    for e in &both.events {
        let mut d = docs_of(e);
        let n = d.len();
        d.sort();
        d.dedup();
        assert_eq!(n, d.len(), "a document twice in {e:#?}");
        assert!(e.reports.is_empty() || e.reports.len() == n);
    }
}

/// Words that exercise the event layer, and characters whose lower case
/// has another length in bytes ("İ"), or that are wide, combining or
/// right-to-left.
fn tricky_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Acme"),
        Just("Globex Corp."),
        Just("sued"),
        Just("settled with"),
        Just("signed a license agreement with"),
        Just("acquired"),
        Just("and"),
        Just(", including"),
        Just("said"),
        Just("On May 2,"),
        Just("in 2019"),
        Just("the company"),
        Just("its"),
        Just("the iPhone maker"),
        Just("İ"),
        Just("İİİ"),
        Just("ß"),
        Just("ẞ"),
        Just("Σ"),
        Just("e\u{301}"),
        Just("漢字"),
        Just("مرحبا"),
        Just("👍"),
        Just("\u{200b}"),
        Just("."),
        Just("\n"),
        Just(","),
        Just("\""),
        Just("–"),
    ];
    proptest::collection::vec(word, 1..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text: no panic, and every source's offsets cut its sentence
    /// out of the body on character boundaries.
    #[test]
    fn prop_any_text_extracts_without_panic(text in tricky_text()) {
        let d = doc("x", &text, "2020-03-04");
        for e in dealline::extract(&d) {
            for s in &e.sources {
                prop_assert!(d.body.is_char_boundary(s.start));
                prop_assert!(d.body.is_char_boundary(s.end));
                prop_assert_eq!(&d.body[s.start..s.end], s.sentence.as_str());
            }
        }
    }
}

/// A small story from random parts: companies, deal verbs and dates that
/// collide often, so merging meets ties, chains and conflicts.
fn story() -> impl Strategy<Value = String> {
    let company = prop_oneof![
        Just("Acme"),
        Just("Globex"),
        Just("Initech"),
        Just("Acme Corp."),
    ];
    let verb = prop_oneof![
        Just("sued"),
        Just("agreed to license the patents of"),
        Just("acquired"),
        Just("settled with"),
        Just("signed a cross-license agreement with"),
    ];
    let when = prop_oneof![
        (1..29u32).prop_map(|d| format!("On May {d}, ")),
        Just("In May, ".to_string()),
        Just(String::new()),
    ];
    let sentence = (when, company.clone(), verb, company)
        .prop_map(|(w, a, v, b)| format!("{w}{a} {v} {b}.\n"));
    proptest::collection::vec(sentence, 1..4).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random stories, randomly grouped: `merge` of the parts is one
    /// `build` of the whole, and merging again changes nothing. (About
    /// half the cases merge events across stories.)
    #[test]
    fn prop_merge_laws_on_random_stories(
        stories in proptest::collection::vec((story(), 1..20u32), 2..7),
        cuts in proptest::collection::vec(any::<bool>(), 6),
    ) {
        let docs: Vec<Document> = stories
            .iter()
            .enumerate()
            .map(|(i, (text, day))| {
                doc(&format!("d{i}"), text, &format!("2020-06-{day:02}"))
            })
            .collect();
        let whole = dealline::build(&docs).to_json();
        let mut groups: Vec<Vec<Document>> = vec![vec![]];
        for (k, d) in docs.iter().rev().enumerate() {
            groups.last_mut().unwrap().push(d.clone());
            if cuts[k % cuts.len()] {
                groups.push(vec![]);
            }
        }
        let parts: Vec<Timeline> =
            groups.iter().map(|g| dealline::build(g)).collect();
        let merged = merge(parts);
        prop_assert_eq!(&merged.to_json(), &whole);
        prop_assert_eq!(&merge(vec![merged.clone(), merged]).to_json(), &whole);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any order and grouping of partial results merges to the JSON of
    /// one build over all the inputs.
    #[test]
    fn prop_merge_is_associative_and_commutative(
        order in Just((0..6usize).collect::<Vec<_>>()).prop_shuffle(),
        cuts in proptest::collection::vec(any::<bool>(), 5),
        nest in any::<bool>(),
    ) {
        let docs = corpus();
        let whole = dealline::build(&docs).to_json();
        let mut groups: Vec<Vec<Document>> = vec![vec![]];
        for (k, &i) in order.iter().enumerate() {
            groups.last_mut().unwrap().push(docs[i].clone());
            if k < cuts.len() && cuts[k] {
                groups.push(vec![]);
            }
        }
        let parts: Vec<Timeline> =
            groups.iter().map(|g| dealline::build(g)).collect();
        let merged = if nest && parts.len() > 1 {
            let mut parts = parts;
            let last = parts.pop().unwrap();
            merge(vec![last, merge(parts)])
        } else {
            merge(parts)
        };
        prop_assert_eq!(&merged.to_json(), &whole);
        // Merging is idempotent.
        prop_assert_eq!(&merge(vec![merged.clone()]).to_json(), &whole);
    }
}

#[test]
fn ok_month_known_news_takes_the_day_of_its_occasion() {
    let text = "Acme and Globex signed a multi-year patent license agreement.\n\
                Executives of Acme and Globex at the signing ceremony on July 5, 2017.\n";
    let t = dealline::build(&[doc("a", text, "2017-07")]);
    let lic = t
        .events
        .iter()
        .find(|e| e.kind == EventType::License)
        .expect("licence");
    assert_eq!(date(lic), "2017-07-05");
    // A day outside the publication month is not the occasion.
    let text = "Acme and Globex signed a multi-year patent license agreement.\n\
                Executives of Acme and Globex at the signing ceremony on June 5, 2016.\n";
    let t = dealline::build(&[doc("b", text, "2017-07")]);
    let lic = t
        .events
        .iter()
        .find(|e| e.kind == EventType::License)
        .expect("licence");
    assert_eq!(date(lic), "2017-07");
}

#[test]
fn r4_upgrades_renew_and_acronyms_are_not_parties() {
    let e = one(
        "Acme upgraded its Globex patent license to 5G for all of its brands.",
        EventType::LicenseRenewal,
    );
    assert_eq!(role(&e, "Acme"), Some(Role::Licensee));
    let ev = events(
        "Acme signed a licence with Globex. Its IP portfolio is large. \
         The two companies also agreed to cooperate on 5G standards.",
    );
    let p = ev
        .iter()
        .find(|e| e.kind == EventType::Partnership)
        .expect("partnership");
    let names: Vec<&str> = p.parties.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Acme", "Globex"]);
}

#[test]
fn r4_investigations_disputes_and_purchases() {
    // An agency opening an investigation, its acronym tied to its name.
    let ev = dealline::build(&[doc(
        "i",
        "Acme sued Globex in January.\n\
         In February 2021, the US International Trade Commission (ITC) announced it would \
         investigate the dispute between the two companies.\n",
        "2021-05-07",
    )])
    .events;
    let inv =
        ev.iter().find(|e| e.kind == EventType::Other).expect("investigation");
    assert_eq!(date(inv), "2021-02");
    let names: Vec<&str> =
        inv.parties.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"US International Trade Commission"), "{names:?}");
    assert!(names.contains(&"Acme") && names.contains(&"Globex"), "{names:?}");
    // A dispute that started at a date, despite a negation before it.
    let e = one(
        "While Acme and Globex haven't settled a dispute that started two years ago, \
         Initech has signed a licence.",
        EventType::Lawsuit,
    );
    assert_eq!(date(&e), "2018");
    // "The two-year feud started" dates back from publication.
    let e = one(
        "The two-year feud started as sales slowed at Acme and Globex.",
        EventType::Lawsuit,
    );
    assert_eq!(date(&e), "2018");
    assert!(e.date.as_ref().unwrap().approximate);
    // Beginning a purchase is an acquisition.
    let e = one(
        "Acme began the purchase process for Globex's devices unit in September of 2013.",
        EventType::Acquisition,
    );
    assert_eq!(role(&e, "Globex"), Some(Role::Target));
    assert_eq!(date(&e), "2013-09");
}

/// "Two hours later, the firms settled" takes the narrative's day, even
/// when the day was set a paragraph before.
#[test]
fn ok_hours_later_is_the_narratives_day() {
    let text = "On March 3, 2019, Initech Corp sued Vandelay Inc over chip patents.\n\nTwo hours later, Initech Corp and Vandelay Inc settled the suit.\n";
    let e = one(text, EventType::Settlement);
    assert_eq!(date(&e), "2019-03-03");
}

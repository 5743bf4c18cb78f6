//! The temporal layer, one expression a line against a fixed DCT; narrative
//! anchoring over short texts; and properties that hold for any input.

use dealline::date::PartialDate;
use dealline::text::split_sentences;
use dealline::timex::{dct_from, scan, tag_document, Tagged, TimexType};
use proptest::prelude::*;

/// Tags `text` against `dct` and describes each expression as
/// `text|TYPE|value`.
fn tag(text: &str, dct: &str) -> Vec<String> {
    let dct = dct_from(&PartialDate::parse(dct).unwrap());
    tag_document(text, &split_sentences(text), Some(&dct))
        .iter()
        .map(|t| {
            let kind = match t.timex.kind {
                TimexType::Date => "DATE",
                TimexType::Time => "TIME",
                TimexType::Duration => "DURATION",
                TimexType::Set => "SET",
            };
            format!("{}|{kind}|{}", &text[t.timex.span.clone()], t.value)
        })
        .collect()
}

/// As [`tag`], with the `mod` after the value when there is one
/// (`text|TYPE|value|END`).
fn tag_mod(text: &str, dct: &str) -> Vec<String> {
    let dct = dct_from(&PartialDate::parse(dct).unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    tag(text, &dct.value)
        .into_iter()
        .zip(&tags)
        .map(|(s, t)| match t.resolved.as_ref().and_then(|r| r.modifier) {
            Some(m) => format!("{s}|{m}"),
            None => s,
        })
        .collect()
}

/// Each text of a table tags as its line says, against [`DCT`].
fn assert_tags(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(tag(text, DCT), *want, "{text}");
    }
}

/// Each text of a table has the single expression its line says, against
/// [`DCT`].
fn assert_ones(cases: &[(&str, &str)]) {
    for (text, want) in cases {
        assert_eq!(one(text, DCT), *want, "{text}");
    }
}

/// The single expression of `text`.
fn one(text: &str, dct: &str) -> String {
    let t = tag(text, dct);
    assert_eq!(t.len(), 1, "{text:?} gave {t:?}");
    t[0].clone()
}

// DCT for the table: Wednesday 5 July 2017.
const DCT: &str = "2017-07-05";

#[test]
fn ok_dates_in_every_news_form() {
    let cases = [
        ("It closed July 5, 2017.", "July 5, 2017|DATE|2017-07-05"),
        ("It closed 5 July 2017.", "5 July 2017|DATE|2017-07-05"),
        ("It closed Jul. 5.", "Jul. 5|DATE|2017-07-05"),
        ("It closed 2017-07-05.", "2017-07-05|DATE|2017-07-05"),
        ("It closed 7/5/2017 (US order).", "7/5/2017|DATE|2017-07-05"),
        ("On June 29, it signed.", "June 29|DATE|2017-06-29"),
        ("It signed Monday, July 3.", "Monday, July 3|DATE|2017-07-03"),
        ("Sales rose in July 2016.", "July 2016|DATE|2016-07"),
        ("It was founded in 2004.", "2004|DATE|2004"),
        ("It grew in the 1990s.", "the 1990s|DATE|199X"),
        ("It grew in the '90s.", "the '90s|DATE|199X"),
        ("Fans miss 1980s-era games.", "1980s|DATE|198X"),
        ("She wore a 1990s-style dress.", "1990s|DATE|199X"),
        ("It grew in the mid-'00s.", "the mid-'00s|DATE|200X"),
        ("Sales fell in Q3 FY17.", "Q3 FY17|DATE|2017-Q3"),
        ("Sales fell in Q1.", "Q1|DATE|2017-Q1"),
        ("It began in the 20th century.", "the 20th century|DATE|19XX"),
        ("It was built in the 11th century.", "the 11th century|DATE|10XX"),
        ("It is an 11th-century temple.", "11th-century|DATE|10XX"),
        (
            "It is near the fabled 11th century temple.",
            "11th century|DATE|10XX",
        ),
        ("It began in the eighth century.", "the eighth century|DATE|07XX"),
        ("Profit rose in Q3 2016.", "Q3 2016|DATE|2016-Q3"),
        (
            "Profit rose in 2016's fourth quarter.",
            "2016's fourth quarter|DATE|2016-Q4",
        ),
        (
            "Costs rose in the fourth quarter of last year.",
            "the fourth quarter of last year|DATE|2016-Q4",
        ),
        (
            "Sales fell in the first quarter of this year.",
            "the first quarter of this year|DATE|2017-Q1",
        ),
        (
            "Profit rose in the third quarter of 2016.",
            "the third quarter of 2016|DATE|2016-Q3",
        ),
        (
            "Profit rose in the second half of 2016.",
            "the second half of 2016|DATE|2016-H2",
        ),
        ("It targets fiscal 2018.", "fiscal 2018|DATE|2018"),
        ("It opened in summer 2016.", "summer 2016|DATE|2016-SU"),
        ("It opened in early 2018.", "early 2018|DATE|2018"),
        ("It opened in mid-2016.", "mid-2016|DATE|2016"),
        ("Growth slowed at end-2016.", "end-2016|DATE|2016"),
        ("It opened around 1998.", "around 1998|DATE|1998"),
        (
            "It was founded on Christmas Day 1998.",
            "Christmas Day 1998|DATE|1998-12-25",
        ),
        (
            "The deal dates from nineteen ninety-six.",
            "nineteen ninety-six|DATE|1996",
        ),
    ];
    assert_ones(&cases);
}

#[test]
fn ok_relative_to_the_dct() {
    let cases = [
        ("It rose last year.", "last year|DATE|2016"),
        ("It will rise next month.", "next month|DATE|2017-08"),
        ("It rose this week.", "this week|DATE|2017-W27"),
        ("It rose two weeks ago.", "two weeks ago|DATE|2017-W25"),
        ("It rose two years ago.", "two years ago|DATE|2015"),
        ("It signed today.", "today|DATE|2017-07-05"),
        ("It signed yesterday.", "yesterday|DATE|2017-07-04"),
        ("It signed this morning.", "this morning|TIME|2017-07-05TMO"),
        ("It rose over the past week.", "the past week|DATE|2017-W26"),
        (
            "It rose in the past three months.",
            "the past three months|DURATION|P3M",
        ),
        ("It rose earlier this month.", "earlier this month|DATE|2017-07"),
        ("It fell late last year.", "late last year|DATE|2016"),
        ("It opened this summer.", "this summer|DATE|2017-SU"),
        (
            "It voted in early February this year.",
            "early February this year|DATE|2017-02",
        ),
        ("It recently hired Lee.", "recently|DATE|PAST_REF"),
        ("It is now the leader.", "now|DATE|PRESENT_REF"),
        ("It currently leads.", "currently|DATE|PRESENT_REF"),
        ("It may grow in the future.", "the future|DATE|FUTURE_REF"),
        ("It was founded several years ago.", "several years ago|DATE|201X"),
        ("It began almost four years ago.", "almost four years ago|DATE|2013"),
        ("It closed over the weekend.", "the weekend|DATE|2017-W26-WE"),
        ("It closed this past weekend.", "this past weekend|DATE|2017-W26-WE"),
        (
            "It sued in December of last year.",
            "December of last year|DATE|2016-12",
        ),
        (
            "Profit fell in the latest quarter.",
            "the latest quarter|DATE|2017-Q2",
        ),
    ];
    assert_ones(&cases);
}

#[test]
fn ok_tense_decides_direction() {
    // 5 July 2017 is a Wednesday.
    assert_eq!(one("It signed on Monday.", DCT), "Monday|DATE|2017-07-03");
    assert_eq!(
        one("They will meet on Friday.", DCT),
        "Friday|DATE|2017-07-07"
    );
    assert_eq!(
        one("They plan to meet Friday.", DCT),
        "Friday|DATE|2017-07-07"
    );
    assert_eq!(
        one("It signed last Wednesday.", DCT),
        "last Wednesday|DATE|2017-06-28"
    );
    assert_eq!(
        one("Revenue in December was weak.", DCT),
        "December|DATE|2016-12"
    );
    assert_eq!(
        one("They will meet in December.", DCT),
        "December|DATE|2017-12"
    );
    assert_eq!(
        one("The vote is set for Aug. 2.", DCT),
        "Aug. 2|DATE|2017-08-02"
    );
    assert_eq!(
        one("It was founded on Aug. 2.", "2017-12-05"),
        "Aug. 2|DATE|2017-08-02"
    );
    // The nearest tense-marking word decides, not any word of the sentence.
    let cases = [
        (
            "The board said Friday that it would sell the unit.",
            "Friday|DATE|2017-06-30",
        ),
        ("The vote was scheduled for Friday.", "Friday|DATE|2017-06-30"),
        ("The hearing was postponed until Friday.", "Friday|DATE|2017-07-07"),
        ("The firm could sign as early as Monday.", "Monday|DATE|2017-07-10"),
        ("Bonuses would be handed out in January.", "January|DATE|2018-01"),
        ("In January, the company hired a new chief.", "January|DATE|2017-01"),
        ("The loan must be repaid by February.", "February|DATE|2018-02"),
        (
            "Lawyers weigh an appeal of Monday's verdict.",
            "Monday|DATE|2017-07-03",
        ),
        ("It declared a dividend payable Aug. 15.", "Aug. 15|DATE|2017-08-15"),
        ("The deal closes in September.", "September|DATE|2017-09"),
        ("The auto show opens on Thursday.", "Thursday|DATE|2017-07-06"),
        ("Housing starts in January fell.", "January|DATE|2017-01"),
        ("The plant opened last Oct. 3.", "last Oct. 3|DATE|2016-10-03"),
        ("The plant opened last June 2.", "last June 2|DATE|2017-06-02"),
        ("The fair opens next July 9.", "next July 9|DATE|2017-07-09"),
        ("The fair opens next July 1.", "next July 1|DATE|2018-07-01"),
        (
            "The crew planned to leave the port on Thursday.",
            "Thursday|DATE|2017-07-06",
        ),
        (
            "The race began as originally planned Sunday.",
            "Sunday|DATE|2017-07-02",
        ),
        (
            "On Friday, the club planned to raise its fees.",
            "Friday|DATE|2017-06-30",
        ),
    ];
    assert_ones(&cases);
}

#[test]
fn ok_durations_sets_and_times() {
    let cases = [
        ("It ran for three years.", "three years|DURATION|P3Y"),
        ("It took five hours.", "five hours|DURATION|PT5H"),
        ("It ran for two decades.", "two decades|DURATION|P20Y"),
        ("It will last a couple of years.", "a couple of years|DURATION|P2Y"),
        ("It took 2 1/2 years.", "2 1/2 years|DURATION|P2Y6M"),
        ("It took 5 1/2 hours.", "5 1/2 hours|DURATION|PT5H30M"),
        ("It took a year and a half.", "a year and a half|DURATION|P1Y6M"),
        ("Flights leave each Thursday.", "each Thursday|SET|XXXX-WXX-4"),
        ("They march every July.", "every July|SET|XXXX-07"),
        (
            "It ran the first nine months.",
            "the first nine months|DURATION|P9M",
        ),
        ("It has not grown in years.", "years|DURATION|PXY"),
        ("It has grown for years.", "years|DURATION|PXY"),
        (
            "The lease may run for an additional year.",
            "an additional year|DURATION|P1Y",
        ),
        ("Talks may go on for another week.", "another week|DURATION|P1W"),
        ("The plant will reopen within weeks.", "weeks|DURATION|PXW"),
        ("She may one day run the firm.", "one day|DATE|FUTURE_REF"),
        ("The strike lasted one day.", "one day|DURATION|P1D"),
        ("Costs rose over the past decade.", "the past decade|DURATION|P10Y"),
        ("It has grown over decades.", "decades|DURATION|PXY"),
        ("In recent years it grew.", "recent years|DATE|PAST_REF"),
        ("In recent weeks it grew.", "recent weeks|DURATION|PXW"),
        (
            "Hiring slowed in the last few months.",
            "the last few months|DATE|PAST_REF",
        ),
        (
            "Profit in the year-earlier nine months fell.",
            "the year-earlier nine months|DURATION|P9M",
        ),
        (
            "The index slipped by mid-afternoon yesterday.",
            "mid-afternoon yesterday|TIME|2017-07-04TAF",
        ),
        ("It reports every year.", "every year|SET|P1Y"),
        ("It reports annually.", "annually|SET|P1Y"),
        ("It reports weekly.", "weekly|SET|P1W"),
        ("It opens at 3 p.m. sharp.", "3 p.m.|TIME|2017-07-05T15:00"),
    ];
    assert_ones(&cases);
    // A length of time before an event is a duration, not a date.
    assert_eq!(
        one("It sold the unit two months after the merger.", DCT),
        "two months|DURATION|P2M"
    );
}

/// "around", "circa" and "fiscal" start at a word: the end of a word
/// ("Inc." before a year, "nonfiscal") is no cue.
#[test]
fn ok_cues_start_at_a_word() {
    assert_eq!(
        tag_mod("Holdings in Acme Inc. 1985 were restated.", DCT),
        ["1985|DATE|1985"]
    );
    assert_eq!(
        tag_mod("It opened around 1998.", DCT),
        ["around 1998|DATE|1998|APPROX"]
    );
    assert_eq!(tag("It closed in nonfiscal 2018.", DCT), ["2018|DATE|2018"]);
    assert_eq!(
        tag("It closed in fiscal 2018.", DCT),
        ["fiscal 2018|DATE|2018"]
    );
}

#[test]
fn ok_false_positives_are_not_dates() {
    for text in [
        "Prices may rise and troops march on.",
        "It owns 2,000 patents and paid $2017 in fees.",
        "© 2023 VentureBeat. All rights reserved.",
        "The Sunday Times reported it first.",
        "Twentieth Century Fox backs the other format.",
        "The temple dates from the fifth century BC.",
        "The opener scored his 11th century of the tour.",
        "She made a 9th century innings look easy.",
        "The club marks the first century of its history.",
        "Exports look set for another year of gains.",
        "A fellow at the Institute for the Future said so.",
        "They were goalless through the whole second half.",
        "Seeds: 4 Maria Lopez, 24 Mary Pierce, 28 Marines on guard.",
        "It runs version 2010 of the software.",
        "The firm has 1500 employees.",
        "Her 6-year-old son attended.",
        "It pays a quarterly dividend.",
        "The bus runs six trips a week.",
        "Workers 60 years old can retire early.",
        "A second plant will follow.",
        "Exports make up more than a quarter of its sales.",
        "He watched \"Last Week Tonight\" again.",
        "She wrote for USA Today.",
        "The Business Daily said so.",
        "He drove an Audi Q5 home.",
        "It paid a dividend 2018 holders liked.",
        "It asked for a 32 mln dlr a year rate cut.",
        "He led it for the years that followed.",
        "The plant has stood idle for months.",
        "The toy is a hit with today's teenagers.",
        "Today’s businesses want cheaper cloud storage.",
        "It suits today's economy better than a ledger does.",
        "The lender lifted its base rate a quarter point to 5-1/2 pct.",
        "Its two main reservoirs are only one-quarter full.",
        "Exports reached two and three-quarter times that level.",
        "Of the debtors, about one quarter were in Latin America.",
        "Their three-quarter Tom Wells moves to the wing.",
        "Sales should rise 6% annually.",
        "The mill will make 4,000 units annually.",
        "The fund outlived its rivals by decades.",
        "It is a partnership with 20th Century-Fox Film Corp.",
    ] {
        assert!(
            tag(text, DCT).is_empty(),
            "{text:?} gave {:?}",
            tag(text, DCT)
        );
    }
    // A year inside a name stays a year mention, flagged as such.
    let t = scan("Many were made at Mobile World Congress Shanghai 2017.");
    assert_eq!(t.len(), 1);
    assert!(t[0].in_name);
}

#[test]
fn ok_narratives_anchor_to_the_last_date() {
    let text = "Acme was founded in 2004. Two years later, it went public. \
                The following year, it bought Globex.";
    assert_eq!(
        tag(text, DCT),
        [
            "2004|DATE|2004",
            "Two years later|DATE|2006",
            "The following year|DATE|2007"
        ]
    );
    let text =
        "On June 29, Acme formed a unit. A few days later, it signed a deal.";
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let tags: Vec<Tagged> =
        tag_document(text, &split_sentences(text), Some(&dct));
    let later = tags[1].resolved.as_ref().unwrap();
    assert_eq!(later.span.start.to_string(), "2017-07-01");
    assert_eq!(later.span.end.to_string(), "2017-07-05");
    assert!(later.approximate);
    assert_eq!(later.display, "a few days after 29 June 2017");
    let text = "The plant opened in March 2015. Later that month, it hired 200 people. \
                A week later, it shipped.";
    assert_eq!(
        tag(text, DCT),
        [
            "March 2015|DATE|2015-03",
            "Later that month|DATE|2015-03",
            "A week later|DATE|2015-W14"
        ]
    );
    assert_eq!(
        tag(
            "The ferry sank on May 4, 2011. Divers arrived the next morning.",
            DCT
        ),
        ["May 4, 2011|DATE|2011-05-04", "the next morning|DATE|2011-05-05"]
    );
    // A clock time without a day falls on the day the narrative is at.
    assert_eq!(
        tag(
            "The depot burned on March 3, 2015. The alarm rang at 9 p.m.",
            DCT
        ),
        ["March 3, 2015|DATE|2015-03-03", "9 p.m.|TIME|2015-03-03T21:00"]
    );
    // Vague mentions do not move the narrative.
    let text =
        "In 2010 it began. Several years ago it grew. That year it won.";
    assert_eq!(tag(text, DCT).last().unwrap(), "That year|DATE|2010");
}

#[test]
fn ok_business_stories_compare_with_the_reported_quarter() {
    assert_eq!(
        tag(
            "Profit rose in the second quarter. A year earlier, it fell.",
            DCT
        ),
        ["the second quarter|DATE|2017-Q2", "A year earlier|DATE|2016-Q2"]
    );
    assert_eq!(
        tag(
            "Net fell in the latest quarter. In the comparable year-ago quarter, it rose.",
            DCT
        ),
        [
            "the latest quarter|DATE|2017-Q2",
            "the comparable year-ago quarter|DATE|2016-Q2"
        ]
    );
    assert_eq!(
        one("Sales in the 2016 period were flat.", DCT),
        "the 2016 period|DATE|2016-Q2"
    );
    assert_eq!(
        one(
            "It earned $3 million in the corresponding period last year.",
            DCT
        ),
        "the corresponding period last year|DATE|2016-Q2"
    );
    assert_eq!(
        one("Units rose 5% in the quarter a year ago.", DCT),
        "the quarter a year ago|DATE|2016-Q2"
    );
    assert_eq!(
        one("Analysts expect margins in the latest quarter to improve.", DCT),
        "the latest quarter|DATE|2017-Q2"
    );
    // A comparison of figures is with the year before the DCT, not with
    // the last year the story named.
    assert_eq!(
        tag(
            "It was founded in 2010. Sales rose to $5 million from $4 million a year earlier.",
            DCT
        ),
        ["2010|DATE|2010", "a year earlier|DATE|2016"]
    );
    // A forecast quarter is not the one reported on.
    assert_eq!(
        tag(
            "Profit rose in the second quarter and will rise in the fourth quarter. A year ago, it fell.",
            DCT
        ),
        [
            "the second quarter|DATE|2017-Q2",
            "the fourth quarter|DATE|2017-Q4",
            "A year ago|DATE|2016-Q2"
        ]
    );
}

#[test]
fn ok_the_year_and_its_end() {
    let cases = [
        (
            "It earned $2 million in the year ended then.",
            "the year|DURATION|P1Y",
        ),
        (
            "It lost money in the fiscal year ending soon.",
            "the fiscal year|DURATION|P1Y",
        ),
        ("Output for the year was flat.", "the year|DATE|2017"),
        ("Margins widened for the full year.", "the full year|DATE|2017"),
        (
            "Hiring picked up earlier in the year.",
            "earlier in the year|DATE|2017",
        ),
        ("It should close by year-end.", "year-end|DATE|2017-12-31"),
        ("Shares are up 5% since year-end.", "year-end|DATE|2016-12-31"),
        ("It should close by year end.", "year end|DATE|2017"),
        (
            "It should close by the end of the year.",
            "the end of the year|DATE|2017",
        ),
        ("It promised jobs by the year 2020.", "the year 2020|DATE|2020"),
        ("It ended a decades-long feud.", "decades-long|DURATION|PXY"),
        ("It publishes a daily bulletin.", "daily|SET|P1D"),
        ("It lost less than its year-earlier loss.", "year-earlier|DATE|2016"),
    ];
    assert_ones(&cases);
    // "the year" alone needs a cue; an age and a statistic are no times.
    for text in [
        "It was the year of the merger.",
        "Her 6-year-old son attended.",
        "Its average daily volume rose.",
    ] {
        assert!(
            tag(text, DCT).is_empty(),
            "{text:?} gave {:?}",
            tag(text, DCT)
        );
    }
}

#[test]
fn ok_halves_refs_and_spelled_years() {
    let cases = [
        (
            "Earnings will lag in the last half of 2018.",
            "the last half of 2018|DATE|2018-H2",
        ),
        (
            "Orders should stay firm in the first two quarters of 2018.",
            "the first two quarters of 2018|DATE|2018-H1",
        ),
        ("Prices may fall in coming months.", "coming months|DURATION|PXM"),
        (
            "Costs will rise in the coming quarters.",
            "the coming quarters|DATE|FUTURE_REF",
        ),
        (
            "It will struggle in the near term.",
            "the near term|DATE|FUTURE_REF",
        ),
        (
            "The plant opened in March nineteen eighty-five.",
            "March nineteen eighty-five|DATE|1985-03",
        ),
        (
            "Prices peaked in the winter of nineteen eighty-two.",
            "the winter of nineteen eighty-two|DATE|1982-WI",
        ),
    ];
    assert_ones(&cases);
    // Titles and names that hold time words.
    for text in [
        "The showdown came at high noon.",
        "He appeared on 48 Hours.",
        "They joined the annual March of Dimes.",
    ] {
        assert!(
            tag(text, DCT).is_empty(),
            "{text:?} gave {:?}",
            tag(text, DCT)
        );
    }
}

#[test]
fn ok_clock_times_and_same_day() {
    assert_eq!(
        tag("The outage began at 9:15 a.m. (1315 GMT) Monday.", DCT),
        ["9:15 a.m.|TIME|2017-07-03T09:15", "Monday|DATE|2017-07-03"]
    );
    assert_eq!(
        tag("The plant opened on June 2. It hired staff that same day.", DCT),
        ["June 2|DATE|2017-06-02", "that same day|DATE|2017-06-02"]
    );
}

#[test]
fn ok_holidays_by_rule() {
    let cases = [
        (
            "It campaigned until Election Day 2016.",
            "Election Day 2016|DATE|2016-11-08",
        ),
        ("Stores closed on Easter 2017.", "Easter 2017|DATE|2017-04-16"),
        (
            "Stores closed on Good Friday 2017.",
            "Good Friday 2017|DATE|2017-04-14",
        ),
        (
            "Sales peaked on Mother's Day 2017.",
            "Mother's Day 2017|DATE|2017-05-14",
        ),
        ("It will vote on Election Day.", "Election Day|DATE|2017-11-07"),
    ];
    assert_ones(&cases);
}

#[test]
fn ok_period_parts_and_month_ranges() {
    let cases = [
        (
            "He will step down at the end of the month.",
            "the end of the month|DATE|2017-07",
        ),
        (
            "It opens at the beginning of next year.",
            "the beginning of next year|DATE|2018",
        ),
    ];
    assert_ones(&cases);
    // The end of a range does not come before its start.
    assert_eq!(
        tag("The pilot runs from August to October.", DCT),
        ["August|DATE|2017-08", "October|DATE|2017-10"]
    );
    assert_eq!(
        tag("The pilot ran from May to September.", "2017-10-05"),
        ["May|DATE|2017-05", "September|DATE|2017-09"]
    );
    assert_eq!(
        tag("The season runs from November to March.", "2017-10-05"),
        ["November|DATE|2017-11", "March|DATE|2018-03"]
    );
}

#[test]
fn ok_week_numbers_are_iso() {
    assert_eq!(
        one("It rose last week.", "2017-02-15"),
        "last week|DATE|2017-W06"
    );
}

#[test]
fn ok_parts_of_named_days() {
    assert_eq!(
        one("A pipe burst next to the library Monday morning.", DCT),
        "Monday morning|DATE|2017-07-03"
    );
    assert_eq!(
        one("The crew landed Saturday night.", DCT),
        "Saturday night|DATE|2017-07-01"
    );
    assert_eq!(
        one("The ferry leaves at 5 in the morning.", DCT),
        "5 in the morning|TIME|2017-07-05T05:00"
    );
    // An afternoon or evening keeps its part of the day.
    assert_eq!(
        one("The council met Monday evening.", DCT),
        "Monday evening|TIME|2017-07-03TEV"
    );
    assert_eq!(
        one("The council met Tuesday afternoon.", DCT),
        "Tuesday afternoon|TIME|2017-07-04TAF"
    );
}

#[test]
fn ok_a_relation_word_before_a_conjunction_ends_the_date() {
    assert_eq!(
        one("Sales fell from 500 units a year before and profits fell.", DCT),
        "a year before|DATE|2016"
    );
    assert_eq!(
        one("It sold the unit two months after the merger.", DCT),
        "two months|DURATION|P2M"
    );
}

/// Tags `text` against one of three DCTs and checks what holds for any
/// input: spans sorted, apart and on char boundaries, values that parse
/// back, intervals in order, and the same answer twice.
fn tags_are_sound(
    text: &str,
    pick: usize,
) -> Result<(), proptest::test_runner::TestCaseError> {
    let dcts = ["2017-07-05", "1989-10-26", "2000-02-29"];
    let dct = dct_from(&PartialDate::parse(dcts[pick]).unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let mut last = 0;
    for t in &tags {
        prop_assert!(t.timex.span.start >= last, "overlap in {text:?}");
        prop_assert!(text.is_char_boundary(t.timex.span.start));
        prop_assert!(text.is_char_boundary(t.timex.span.end));
        last = t.timex.span.end;
        prop_assert!(
            value_parses(&t.value),
            "value {:?} for {:?}",
            t.value,
            &text[t.timex.span.clone()]
        );
        if let Some(r) = &t.resolved {
            prop_assert!(r.span.start <= r.span.end);
        }
    }
    // Resolving twice gives the same answer.
    let again = tag_document(text, &split_sentences(text), Some(&dct));
    prop_assert_eq!(tags, again);
    Ok(())
}

fn value_parses(v: &str) -> bool {
    let re = regex::Regex::new(
        r"^(?:PAST_REF|PRESENT_REF|FUTURE_REF|XXXX(?:-XX|-WXX)?|XXXX-XX-XX(?:T(?:MO|AF|EV|NI))?|[0-9X]{4}-WXX-[1-7](?:T(?:MO|AF|EV|NI|[0-9]{2}:[0-9]{2}))?|XXXX-WXX-WE|XXXX-(?:[0-9]{2}(?:-[0-9]{2})?|Q[1-4]|H[12]|SP|SU|FA|WI)|P(?:[0-9X.]+(?:Y|M|W|D|DE|CE|Q))*(?:T(?:[0-9X.]+[HMS])+)?|[0-9]{2}XX|[0-9]{3}X|[0-9]{4}-XX(?:-XX(?:T[0-9]{2}:[0-9]{2})?)?|[0-9]{4}-WXX|[0-9]{4}-[0-9]{2}-XX(?:T[0-9]{2}:[0-9]{2})?|[0-9]{4}(?:-(?:[0-9]{2}(?:-[0-9]{2}(?:T(?:[0-9]{2}:[0-9]{2}|MO|AF|EV|NI))?)?|Q[1-4]|H[12]|SP|SU|FA|WI|W[0-9]{1,2}(?:-WE)?))?)$",
    )
    .unwrap();
    re.is_match(v)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn prop_any_text_is_safe(text in "(?s).{0,200}", pick in 0usize..6) {
        let dcts = ["2017-07-05", "1989-10-26", "2000-02-29", "2017", "2017-12", "1998-01-01"];
        let dct = dct_from(&PartialDate::parse(dcts[pick]).unwrap());
        let tags = tag_document(&text, &split_sentences(&text), Some(&dct));
        let mut last = 0;
        for t in &tags {
            let s = &t.timex.span;
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start < s.end);
            prop_assert!(s.start >= last, "sorted and not overlapping");
            last = s.end;
            prop_assert!(value_parses(&t.value), "value {:?}", t.value);
            if let Some(r) = &t.resolved {
                prop_assert!(r.span.start <= r.span.end);
            }
        }
    }

    #[test]
    /// Scraped pages write no-break and thin spaces: a text so spaced is
    /// safe and tags as with plain spaces.
    fn prop_unicode_spaces_tag_as_plain_ones(
        words in proptest::collection::vec(
            (
                prop_oneof![
                    Just("June"), Just("29,"), Just("2017"), Just("a few days later"),
                    Just("last"), Just("year"), Just("the"), Just("third"), Just("quarter"),
                    Just("Friday"), Just("ago"), Just("two"), Just("weeks"), Just("since"),
                    Just("early"), Just("1990s"), Just("Q3"), Just("."), Just("said"),
                    Just("will"), Just("10"), Just("a.m."), Just("in"), Just("of"),
                    Just("May"), Just("over"), Just("-"), Just("2016"), Just("Monday"),
                ],
                prop_oneof![Just(" "), Just("\u{a0}"), Just("\u{2009}"), Just("\u{202f}")],
            ),
            0..24,
        ),
        pick in 0usize..3,
    ) {
        let spaced: String = words.iter().flat_map(|(w, sep)| [*w, *sep]).collect();
        let plain: String = words.iter().flat_map(|(w, _)| [*w, " "]).collect();
        tags_are_sound(&spaced, pick)?;
        let dct = dct_from(&PartialDate::parse(["2017-07-05", "1989-10-26", "2000-02-29"][pick]).unwrap());
        let read = |text: &str| -> Vec<String> {
            tag_document(text, &split_sentences(text), Some(&dct))
                .iter()
                .map(|t| {
                    let words: Vec<&str> = text[t.timex.span.clone()].split_whitespace().collect();
                    format!("{}|{}", words.join(" "), t.value)
                })
                .collect()
        };
        prop_assert_eq!(read(&spaced), read(&plain), "{:?}", spaced);
    }

    #[test]
    fn prop_news_like_text_is_safe(
        words in proptest::collection::vec(
            prop_oneof![
                Just("June"), Just("29,"), Just("2017"), Just("a few days later"), Just("last"),
                Just("year"), Just("the"), Just("third"), Just("quarter"), Just("Friday"),
                Just("ago"), Just("two"), Just("weeks"), Just("since"), Just("early"),
                Just("mid-"), Just("1990s"), Just("Q3"), Just("."), Just("said"), Just("will"),
                Just("morning"), Just("every"), Just("$"), Just("12/31/2016"), Just("Christmas"),
                Just("£1"), Just("—"), Just("hours"), Just("for"), Just("shipment"), Just("in"),
                Just("Sundays"), Just("at"), Just("8pm"), Just("Monday"), Just("of"), Just("May"),
                // Letters beyond ASCII next to a pair of periods ("the café
                // and second quarters").
                Just("café"), Just("Zürich"), Just("and"), Just("or"), Just("second"),
                Just("quarters"), Just("half"), Just("first"), Just("·"),
            ],
            0..30,
        ),
        pick in 0usize..3,
    ) {
        tags_are_sound(&words.join(" "), pick)?;
    }

    /// Hard-wrapped text, any line ends: tags stay sound, and paragraphs
    /// are sorted, trimmed spans that hold every line with words.
    #[test]
    fn prop_wrapped_text_is_safe(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "June", "29,", "2017", "April", "one", "since", "settled", "in",
                "Acme", "Inc.", "the", "of", "said.", "\u{130}", "\u{e9}t\u{e9}", "Shr",
                "1.20", "vs", "-",
            ]),
            0..40,
        ),
        seps in proptest::collection::vec(
            proptest::sample::select(vec![" ", "\n", "\r\n", "\n    ", "\n\n", "\t", " "]),
            40,
        ),
        pick in 0usize..3,
    ) {
        let mut text = String::new();
        for (w, sep) in words.iter().zip(&seps) {
            text.push_str(w);
            text.push_str(sep);
        }
        tags_are_sound(&text, pick)?;
        let paras = dealline::text::paragraphs(&text);
        let mut last = 0;
        for p in &paras {
            prop_assert!(p.start >= last && p.start < p.end, "{paras:?}");
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            prop_assert_eq!(text[p.clone()].trim(), &text[p.clone()]);
            last = p.end;
        }
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let t = line.trim();
            if !t.is_empty() {
                let s = at + line.find(t).unwrap();
                prop_assert!(paras.iter().any(|p| p.start <= s && s + t.len() <= p.end));
            }
            at += line.len();
        }
    }
}

proptest! {
    /// Event anchoring, clocks, slug lines and days next to named days:
    /// the same guarantees on text made of their words.
    #[test]
    fn prop_anchored_text_is_safe(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "June 12", "was", "killed", "shot", "the", "murder", "bombing",
                "days", "weeks", "day", "before", "after", "10", "in", ",", ".",
                "6 a.m.", "at", "10 p.m.", "and 13", "week of", "Easter week",
                "previous", "Friday", "NEWS STORY 2017-06-30 10:00", "AP-NY-06-30-17 1000",
                "merger", "on", "it was a great day", "is the second day of", "\u{130}",
                "\u{e9}t\u{e9}", "last", "fall", "charged with murder Monday",
                "that same day", "last October", "this century", "a decade ago",
                "Separately,", "fortnight", "a quarter century", "half a", "FY18",
                "2017/07/05", "twice a year", "every other week", "Black Friday",
                "the day after tomorrow", "two centuries", "nine months",
                "a year earlier", "third-quarter", "the coming weeks", "the 2011",
                "midnight", "03.11.2014", "2Q 2018", "1H18", "is set for", "version",
                "MARCH 2", "MAY 5 PCT", "1800 hrs", "to 2100 GMT", "Tuesday nights",
                "Monday and", "Q4 98", "the day before,", "this time last year",
            ]),
            0..40,
        ),
        pick in 0usize..3,
    ) {
        tags_are_sound(&words.join(" "), pick)?;
    }
}

#[test]
fn r4_previous_is_narrative_and_hyphenated_nouns_are_not_plurals() {
    assert_eq!(
        tag(
            "In February 2021, sales fell from the previous month.",
            "2021-04-16"
        ),
        ["February 2021|DATE|2021-02", "the previous month|DATE|2021-01"]
    );
    assert_eq!(
        tag("They signed a 2011 cross-licensing agreement.", "2021-04-16"),
        ["2011|DATE|2011"]
    );
}

#[test]
fn s5_wire_reruns_fiscal_quarters_and_last_month_names() {
    // A story filed a week before it was published speaks from its
    // filing day.
    let text = "GLOBEX CITY (AP) -- The board met Wednesday.\n\nAP-NY-03-09-17 1505\n";
    assert_eq!(
        tag(text, "2017-03-16"),
        ["Wednesday|DATE|2017-03-08"],
        "the slug line dates the story"
    );
    let text = "NEWS STORY  2017-03-09 15:05\nThe board met Wednesday.\n";
    assert!(tag(text, "2017-03-16")
        .contains(&"Wednesday|DATE|2017-03-08".to_string()));
    // Without a slug line, or with one after the DCT, the DCT counts.
    assert_eq!(
        one("The board met Wednesday.", "2017-03-16"),
        "Wednesday|DATE|2017-03-15"
    );
    assert_eq!(
        tag("The board met Wednesday.\nAP-NY-03-23-17 1505\n", "2017-03-16"),
        ["Wednesday|DATE|2017-03-15"]
    );
    // A TimeML file's slug line sits outside its TEXT.
    let tml = "<DOC><DOCID>x</DOCID>\nNEWS STORY  2017-03-09 15:05\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2017-03-16\" functionInDocument=\"CREATION_TIME\">2017-03-16</TIMEX3></DCT>\n<TEXT>The board met Wednesday.</TEXT></DOC>";
    let doc = dealline::timex::timeml::parse(tml).unwrap();
    assert_eq!(
        doc.filed.map(|d| d.to_string()).as_deref(),
        Some("2017-03-09")
    );
    // A fiscal quarter reported while the calendar one still runs.
    assert_eq!(
        tag(
            "Acme reported a 40% drop in fourth-quarter earnings. Sales in \
             the latest period were $2 billion, up from $1.5 billion a year \
             earlier.",
            "2017-11-02"
        ),
        [
            "fourth-quarter|DATE|2017-Q4",
            "the latest period|DATE|2017-Q4",
            "a year earlier|DATE|2016-Q4"
        ]
    );
    // "last February" in March is a year back; "the plan" is a noun.
    assert_eq!(
        one("Two trucks crashed last February.", "2017-03-01"),
        "last February|DATE|2016-02"
    );
    assert_eq!(
        one("Acme unveiled the plan May 9.", "2017-10-27"),
        "May 9|DATE|2017-05-09"
    );
}

#[test]
fn s5_days_next_to_named_ones_weeks_of_days_and_small_forms() {
    let cases = [
        (
            "Fans planned a parade on Saturday and were preparing banners.",
            "Saturday|DATE|2017-07-08",
        ),
        (
            "The day before last Tuesday's vote, Lee met the mayor.",
            "The day before last Tuesday|DATE|2017-07-03",
        ),
        (
            "It was settled at a hearing the week of May 8.",
            "the week of May 8|DATE|2017-W19",
        ),
        (
            "Pilgrims arrived as Easter week began.",
            "Easter week|DATE|2017-W15",
        ),
        ("They left their third day-long meeting.", "day-long|DURATION|P1D"),
        ("The post-1959 politics split families.", "1959|DATE|1959"),
        ("Traders sold ahead of the weekend.", "the weekend|DATE|2017-W27-WE"),
        (
            "Holders may buy at half the then-current price.",
            "then-current|DATE|PAST_REF",
        ),
    ];
    for (text, want) in cases {
        let got = one(text, DCT);
        assert!(got.ends_with(want), "{text}: {got} is not {want}");
    }
    // "The previous Friday" steps back from the Friday the story is at.
    assert_eq!(
        tag(
            "Shares closed Friday at $5, down 4% from the previous Friday.",
            DCT
        ),
        ["Friday|DATE|2017-06-30", "the previous Friday|DATE|2017-06-23"]
    );
}

#[test]
fn s5_times_next_to_a_dated_event() {
    let text = "The Acme plant was bombed on June 12. Guards saw a van there \
                10 days before the bombing. Police arrested a man the day \
                after the attack. Neighbors saw him in the weeks before the \
                explosion.";
    assert_eq!(
        tag(text, DCT),
        [
            "June 12|DATE|2017-06-12",
            "10 days|DATE|2017-06-02",
            "the day|DATE|2017-06-13",
            "weeks|DATE|2017-06"
        ]
    );
    // Without a dated event they stay what they were.
    assert_eq!(
        tag("Guards saw a van 10 days before the bombing.", DCT),
        ["10 days|DURATION|P10D"]
    );
    // A thing is no event: "the company" dates nothing.
    let text = "The company said on June 12 that it had hired Lee. Lee quit \
                10 days after the company hired him.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("10 days|DURATION|P10D")
    );
    // An event noun after a determiner is an event: "the merger".
    let text = "Acme completed the merger on June 12. Its chief left 10 \
                days after the merger.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("10 days|DATE|2017-06-22")
    );
    // An event noun whose verb says it took place then: "the merger
    // closed on", "a ban took effect on"; not a noun modifying another
    // ("the merger talks on Monday").
    let text = "The merger closed on June 12. Its chief left two days after \
                the merger.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("two days|DATE|2017-06-14")
    );
    let text = "A ban took effect on Christmas Day. A week before the ban, \
                the parties met.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("A week|DATE|2016-12-18")
    );
    let text = "The merger talks on June 12 failed. Its chief left two days \
                after the merger.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("two days|DURATION|P2D")
    );
    // An event phrase with its own date is not another mention's event.
    let text = "Den was killed off on Friday. His death came 16 years \
                after he was shot in 1989.";
    assert_eq!(
        tag(text, DCT),
        ["Friday|DATE|2017-06-30", "16 years|DURATION|P16Y", "1989|DATE|1989"]
    );
    // Acts of law and business are families too: "ruled" dates "the
    // ruling"; "ruled out" is no ruling.
    let text = "A judge ruled on June 1, 2016. Two weeks after the ruling, \
                Beta appealed.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("Two weeks|DATE|2016-06-15")
    );
    let text = "Acme ruled out a deal on Monday. Two days after the ruling, \
                shares fell.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("Two days|DURATION|P2D")
    );
    // Years after a dated event: that year.
    let text = "The merger closed on June 12, 2014. Its chief left two \
                years after the merger.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("two years|DATE|2016")
    );
    // A name in capitals is no event: "The Rally" is a band.
    let text = "In a talk on Saturday, The Rally named their rivals. The \
                album is out five weeks after The Rally's debut.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("five weeks|DURATION|P5W")
    );
    // "charged with murder Monday" dates the charge, not the murder.
    let text = "Lee was charged with murder Monday. Police saw his van in \
                the days before the stabbing.";
    assert_eq!(tag(text, DCT), ["Monday|DATE|2017-07-03"]);
    // A verb with its date after it dates the event; a noun a few words
    // after its date, too.
    let text = "Smith was shot outside his office last fall. His van was \
                seen in the weeks before the murder.";
    assert_eq!(
        tag(text, DCT),
        ["last fall|DATE|2016-FA", "weeks|DATE|2016-FA"]
    );
}

#[test]
fn s5_tense_details_and_small_forms() {
    let cases = [
        // "a yet unnamed date": a participle after a determiner.
        (
            "The bonus would be paid on a yet unnamed date in January.",
            "January|DATE|2018-01",
        ),
        // A plan's verb twelve words back still speaks.
        (
            "Lee will be named commander of the new orbital research mission for a flight in December.",
            "December|DATE|2017-12",
        ),
        // "extended ... through January": a deferral, however far back.
        (
            "Banks have extended Acme a $40 million credit line through January.",
            "January|DATE|2018-01",
        ),
        // "agreed to buy ... in February": the act agreed on lies ahead.
        (
            "Globex agreed to buy the Acme plant for $9 million in February.",
            "February|DATE|2018-02",
        ),
        // "payable" looks ahead, though the clause's verb is past.
        (
            "Acme declared a dividend payable Jan. 15.",
            "Jan. 15|DATE|2018-01-15",
        ),
        ("Then, a week or so ago, he picked a date.", "a week or so ago|DATE|2017-W26"),
        ("It was, the 23-year feud aside, a calm year.", "23-year|DURATION|P23Y"),
        ("Prices are updated hourly.", "hourly|SET|PT1H"),
    ];
    assert_ones(&cases);
    // "24 hours a day" is a rate, not a length of time.
    assert!(tag("Guards watch it, 24 hours a day.", DCT).is_empty());
}

#[test]
fn s5_days_of_a_running_event_and_vague_stretches() {
    let cases = [
        (
            "This is the eighth day of the strike.",
            "the eighth day|DATE|2017-07-05",
        ),
        (
            "It's the third day of a siege by the army.",
            "the third day|DATE|2017-07-05",
        ),
        (
            "By mid afternoon, the square was empty.",
            "mid afternoon|TIME|2017-07-05TAF",
        ),
        // Later than nothing the story dated: no day.
        (
            "Eight trading days later, it recovered.",
            "Eight trading days later|DATE|XXXX-XX-XX",
        ),
        (
            "Prices may fall in the weeks ahead.",
            "the weeks ahead|DURATION|PXW",
        ),
        (
            "It expects losses in future quarters.",
            "future quarters|DATE|FUTURE_REF",
        ),
    ];
    assert_ones(&cases);
    // "the third day of" needs the story to say it is that day.
    assert!(tag("He spoke on the third day of the trial.", DCT).is_empty());
    // "the leaders of tomorrow" is no date; "as of tomorrow" is.
    assert!(tag("We chose the leaders of tomorrow.", DCT).is_empty());
    assert_eq!(
        one("The rule applies as of tomorrow.", DCT),
        "tomorrow|DATE|2017-07-06"
    );
    // "Oct. 12, the day before the crash": the day is that date.
    assert_eq!(
        tag("Trading halted on June 12, the day before the crash.", DCT),
        ["June 12|DATE|2017-06-12", "the day|DATE|2017-06-12"]
    );
}

#[test]
fn s5_clock_times_on_the_day_they_belong_to() {
    let text = "The Acme plant was bombed on June 12. A guard saw a van at \
                6 a.m. ten days before the bombing. The plant was bombed at \
                10 p.m. from the loading bay.";
    assert_eq!(
        tag(text, DCT),
        [
            "June 12|DATE|2017-06-12",
            "6 a.m. ten days|TIME|2017-06-02T06:00",
            "10 p.m.|TIME|2017-06-12T22:00"
        ]
    );
    // A vaguer first date is narrowed by a later one.
    let text = "Smith was killed last month. Police said he was killed on \
                June 12. A van was seen 10 days before the murder.";
    assert_eq!(
        tag(text, DCT).last().map(String::as_str),
        Some("10 days|DATE|2017-06-02")
    );
}

#[test]
fn s5_the_day_a_story_is_at_and_vague_futures() {
    let text = "Lee signed the treaty on June 12. He said it was \"a proud day for the club.\"";
    assert_eq!(
        tag(text, DCT),
        ["June 12|DATE|2017-06-12", "a proud day|DATE|2017-06-12"]
    );
    assert!(tag("It is not a good day to buy.", DCT).is_empty());
    assert_eq!(
        one("In the months that followed, the club won.", DCT),
        "the months that followed|DURATION|PXM"
    );
    assert_eq!(
        one("The vote leaves the town's future in doubt.", DCT),
        "future|DATE|FUTURE_REF"
    );
    assert!(tag("It mortgages the firm's future earnings.", DCT).is_empty());
    // "holiday plans" is a noun: the past Friday.
    assert_eq!(
        one("On Friday, when Lee dropped holiday plans for the visit, the talks began.", DCT),
        "Friday|DATE|2017-06-30"
    );
    // "most recently" orders events; it is no time.
    assert_eq!(
        tag("Three shops were robbed, most recently last April.", DCT),
        ["last April|DATE|2017-04"]
    );
}

#[test]
fn s6_days_of_a_month_roundups_and_centuries() {
    // A day of a narrative that has only reached a month is some day of
    // that month, not a made-up one; its interval is the whole month.
    let text =
        "The plant was sold last October. Its sign came down that same day.";
    assert_eq!(
        tag(text, DCT),
        ["last October|DATE|2016-10", "that same day|DATE|2016-10-XX"]
    );
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let day = tags[1].resolved.as_ref().unwrap();
    assert_eq!(
        (day.span.start.to_string(), day.span.end.to_string()),
        ("2016-10-01".to_string(), "2016-10-31".to_string())
    );
    assert_eq!(day.display, "a day in October 2016");
    assert_eq!(
        tag("It opened in 2012. That week, it hired staff.", DCT),
        ["2012|DATE|2012", "That week|DATE|2012-WXX"]
    );
    // A day the narrative has dated stays that day.
    assert_eq!(
        tag("It closed on May 3. Staff left that same day.", DCT)[1],
        "that same day|DATE|2017-05-03"
    );
    // "Separately, …": another company's report and quarter.
    assert_eq!(
        tag(
            "Acme's profit rose in the fiscal first quarter. \
             Separately, Globex reported third-quarter profit of $5 million, \
             up from $4 million a year earlier.",
            "1989-10-26"
        ),
        [
            "first quarter|DATE|1989-Q1",
            "third-quarter|DATE|1989-Q3",
            "a year earlier|DATE|1988-Q3"
        ]
    );
    // "For the nine months, … a year earlier" compares the nine months.
    assert_eq!(
        tag(
            "Net rose in the third quarter. For the nine months, net was \
             $9 million, up from $7 million a year earlier.",
            "1989-10-26"
        ),
        [
            "the third quarter|DATE|1989-Q3",
            "the nine months|DURATION|P9M",
            "a year earlier|DATE|1988"
        ]
    );
    // "a decade ago" is about the year ten years back, not a decade.
    assert_eq!(
        one("A decade ago, the town had no bank.", "1999-03-12"),
        "A decade ago|DATE|1989"
    );
    // A year as a modifier after "the"; a count stays a count.
    assert_eq!(
        one("Leaders of the 2011 protests have moved.", DCT),
        "2011|DATE|2011"
    );
    assert!(tag("It laid off 1992 workers.", DCT).is_empty());
    assert!(tag("The 1500 employees were paid.", DCT).is_empty());
    // "the coming weeks" is "the weeks ahead".
    assert_eq!(
        one("Talks resume in the coming weeks.", DCT),
        "the coming weeks|DURATION|PXW"
    );
    // A date too far from any tense word takes the tense of the
    // sentence's last date that had one.
    assert_eq!(
        tag(
            "The airline said new flights would leave Bombay on Mondays from \
             March 30, with a third one departing each Thursday from August 6.",
            "1998-02-13"
        ),
        [
            "Mondays|SET|XXXX-WXX-1",
            "March 30|DATE|1998-03-30",
            "each Thursday|SET|XXXX-WXX-4",
            "August 6|DATE|1998-08-06"
        ]
    );
    // The present of a schedule looks ahead for any date, not only a
    // weekday; "housing starts" is a noun.
    assert_eq!(
        one("The pact expires in October.", "1987-03-17"),
        "October|DATE|1987-10"
    );
    assert_eq!(
        one("The marketing year begins June 1.", "1987-03-17"),
        "June 1|DATE|1987-06-01"
    );
    assert_eq!(
        one("In January, housing starts slowed 3 pct.", "1987-03-17"),
        "January|DATE|1987-01"
    );
    // Centuries relative to the DCT.
    assert_eq!(
        tag(
            "It was the worst war of this century. The last century was calmer. \
             The next century may be too.",
            "1999-03-12"
        ),
        [
            "this century|DATE|19XX",
            "The last century|DATE|18XX",
            "The next century|DATE|20XX"
        ]
    );
}

#[test]
fn s6_more_news_forms() {
    let table = [
        ("The firm expects growth in FY18.", "FY18|DATE|2018"),
        ("The filing is dated 2017/07/05.", "2017/07/05|DATE|2017-07-05"),
        ("Sales on Black Friday were strong.", "Black Friday|DATE|2016-11-25"),
        ("Cyber Monday sales rose.", "Cyber Monday|DATE|2016-11-28"),
        (
            "They meet the day after tomorrow.",
            "the day after tomorrow|DATE|2017-07-07",
        ),
        (
            "They met the day before yesterday.",
            "the day before yesterday|DATE|2017-07-03",
        ),
        ("He left a fortnight ago.", "a fortnight ago|DATE|2017-W25"),
        ("The ban lasts a fortnight.", "a fortnight|DURATION|P2W"),
        (
            "Sales fell over the past fortnight.",
            "the past fortnight|DURATION|P2W",
        ),
        (
            "The feud lasted a quarter century.",
            "a quarter century|DURATION|P25Y",
        ),
        (
            "The feud lasted a quarter of a century.",
            "a quarter of a century|DURATION|P25Y",
        ),
        ("It began half a century ago.", "half a century ago|DATE|1967"),
        ("He served a half-decade.", "a half-decade|DURATION|P5Y"),
        (
            "It is unlike anything seen for the last half century.",
            "the last half century|DURATION|P50Y",
        ),
        (
            "Prices doubled over the past half-decade.",
            "the past half-decade|DURATION|P5Y",
        ),
        (
            "The town was founded two centuries ago.",
            "two centuries ago|DATE|1817",
        ),
        (
            "Wars raged over the past century.",
            "the past century|DURATION|P100Y",
        ),
        ("The board meets every other week.", "every other week|SET|P2W"),
        ("The board meets twice a year.", "twice a year|SET|P1Y"),
        ("Staff are paid three times a month.", "three times a month|SET|P1M"),
    ];
    for (text, want) in table {
        assert_eq!(one(text, DCT), want, "{text}");
    }
    // "earlier" of "earlier this month" is not a count's.
    assert_eq!(
        tag("She trained for a fortnight earlier this month.", DCT),
        ["a fortnight|DURATION|P2W", "earlier this month|DATE|2017-07"]
    );
    assert_eq!(
        one("It said a week later that it would appeal.", DCT),
        "a week later|DATE|XXXX-WXX"
    );
    assert_eq!(
        tag("The firm lost on July 3 and vowed a week later to appeal.", DCT),
        ["July 3|DATE|2017-07-03", "a week later|DATE|2017-W28"]
    );
    // A band, not a day of the week; "each year" after a name stays.
    assert!(tag("Former Lazy Sundays singer Kim Lee spoke.", DCT).is_empty());
    assert_eq!(
        one("Most exports go to the U.S. each year.", DCT),
        "each year|SET|P1Y"
    );
    let more = [
        ("The vote is set for Nov. 8.", "Nov. 8|DATE|2017-11-08"),
        (
            "The offer expires at midnight Friday.",
            "midnight Friday|TIME|2017-07-07T24:00",
        ),
        // A zone written out is part of the time, and the day after it
        // joins them: the deadline's Friday is the coming one.
        (
            "The deadline is noon Eastern on Friday.",
            "noon Eastern on Friday|TIME|2017-07-07T12:00",
        ),
        (
            "Trading halts at 4 p.m. Pacific Daylight Time.",
            "4 p.m. Pacific Daylight Time|TIME|2017-07-05T16:00",
        ),
        (
            "The talks resume at noon gmt today.",
            "noon gmt today|TIME|2017-07-05T12:00",
        ),
        // ("eastern" in lower case is no zone, nor is the start of a name.)
        ("He woke at noon eastern.", "noon|TIME|2017-07-05T12:00"),
        (
            "At 5 p.m. Central Bank officials met.",
            "5 p.m.|TIME|2017-07-05T17:00",
        ),
        ("The court ruled on 03.11.2014.", "03.11.2014|DATE|2014-11-03"),
        ("The venture started in 2Q 2018.", "2Q 2018|DATE|2018-Q2"),
        ("Sales rose in 3Q17.", "3Q17|DATE|2017-Q3"),
        ("Profit fell in 1H18.", "1H18|DATE|2018-H1"),
    ];
    for (text, want) in more {
        assert_eq!(one(text, DCT), want, "{text}");
    }
    assert!(tag("Version 1.2.2019 shipped.", DCT).is_empty());
    // Datelines and headlines in capitals; not a verb before an amount,
    // a futures month code or a price.
    assert_eq!(
        one("NEW YORK, MARCH 2 - Shares rose.", "1987-03-02"),
        "MARCH 2|DATE|1987-03-02"
    );
    assert!(tag("TIN MAY 5 PCT HIGHER", "1987-03-02").is_empty());
    assert!(tag("WHEAT MAY7 287 UP", "1987-03-02").is_empty());
    assert!(tag("COFFEE MAY 2.344,00", "1987-03-02").is_empty());
    // Clocks on a 24-hour dial are times, not years; two-digit years
    // stay near.
    assert_eq!(
        tag("Trading runs from 1800 to 2100 hrs.", DCT),
        ["1800|TIME|2017-07-05T18:00", "2100 hrs|TIME|2017-07-05T21:00"]
    );
    assert_eq!(
        one("The desk opens at 1900 GMT.", DCT),
        "1900 GMT|TIME|2017-07-05T19:00"
    );
    assert_eq!(
        tag("Notes due 1992 to 1700 CDT April 24.", DCT)[0],
        "1992|DATE|1992"
    );
    assert!(tag("It dropped its Q160 drive.", DCT).is_empty());
    assert_eq!(one("Sales rose in Q4 98.", DCT), "Q4 98|DATE|1998-Q4");
    // Parts of recurring days recur; a weekday joined to them too.
    assert_eq!(
        tag("Flights leave on Monday and Tuesday nights.", DCT),
        ["Monday|SET|XXXX-WXX-1TNI", "Tuesday nights|SET|XXXX-WXX-2TNI"]
    );
    assert_eq!(
        tag("It met on Monday and Tuesday.", DCT),
        ["Monday|DATE|2017-07-03", "Tuesday|DATE|2017-07-04"]
    );
    // A bare midnight starts the day in a past clause and ends it ahead.
    assert_eq!(
        one("The walkout began at midnight.", DCT),
        "midnight|TIME|2017-07-05T00:00"
    );
    assert_eq!(
        one("The offer expires at midnight.", DCT),
        "midnight|TIME|2017-07-05T24:00"
    );
    assert!(tag("He sang at Midnight Mass.", DCT).is_empty());
    assert!(tag("Centre Alex Noon scored.", DCT).is_empty());
    assert_eq!(one("TIN SPOTS NOON", DCT), "NOON|TIME|2017-07-05T12:00");
    assert_eq!(
        tag("It closed on March 3, 2015. The day before, it rose.", DCT),
        ["March 3, 2015|DATE|2015-03-03", "The day before|DATE|2015-03-02"]
    );
    assert!(tag("He left the day before the vote.", DCT).is_empty());
    assert_eq!(
        one("Prices are flat from this time last year.", DCT),
        "this time last year|DATE|2016-07"
    );
    // Still no dates: a share, a rate.
    assert!(tag("It sold a quarter of its stake.", DCT).is_empty());
    assert!(tag("It runs six trains a week.", DCT).is_empty());
}

#[test]
fn s6_days_without_a_day_to_count_from() {
    // No DCT and only a year told: some Monday of that year.
    let text = "The 2009 elections loom. He told her on Monday afternoon.";
    let tags = tag_document(text, &split_sentences(text), None);
    let monday = tags[1].resolved.as_ref().unwrap();
    assert_eq!(monday.value, "2009-WXX-1TAF");
    assert_eq!(
        (monday.span.start.to_string(), monday.span.end.to_string()),
        ("2009-01-01".to_string(), "2009-12-31".to_string())
    );
    assert!(monday.approximate);
    // Lengths of time need no DCT.
    let text = "Sales rose over the past fortnight and the past three years.";
    let values: Vec<String> = tag_document(text, &split_sentences(text), None)
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(values, ["P2W", "P3Y"]);
    // "the previous week" of a year is a week of that year.
    assert_eq!(
        tag("Sales in 2009 rose. The previous week, they fell.", DCT)[1],
        "The previous week|DATE|2009-WXX"
    );
}

/// Every construct with its spaces swapped for multi-byte ones (no-break,
/// ideographic): patterns match `\s`, so no check may cut inside them.
#[test]
fn s6_multibyte_spaces_cut_nothing() {
    let phrases = [
        "It closed on May 3. The day before, it rose.",
        "the day after tomorrow and the day before yesterday",
        "a quarter of a century ago, half a decade",
        "this time last year and this time next year",
        "every other week, twice a year, three times a month",
        "on Monday and Tuesday nights, Mondays",
        "in 2Q 2018, 3Q17, FY 18, Q4 98, 1H18",
        "NEW YORK, MARCH 2 - MAY 5 PCT",
        "from 1800 to 2100 hrs and 1900 GMT",
        "that same day after last October",
        "the past two fortnights, a fortnight ago",
        "the coming weeks and the weeks ahead",
        "at midnight Friday, at noon",
        "Separately, Globex reported third-quarter profit a year earlier.",
        "For the nine months, net rose from a year earlier.",
        "the 2011 protests, its 2019 sales",
        "this century, last century, two centuries ago",
        "six days before the May 4 bombing",
        "the week of May 8, Easter week",
        "early this year, late last year, mid-2016",
        "a few days later, several years ago",
        "5 p.m. EST Nov. 9, 6 a.m. ten days before the murder",
        "He said it was a great day. Today is the fifth day of the strike.",
        "the day before last Tuesday's vote, June 12, the day before the crash",
        "a year-earlier loss, a day-long strike, the years that followed",
        "at 14:00, 9:15 a.m. (1315 GMT) Monday, between 0200 and 0530 CST",
        "signed on the 15th, on Monday 10 July, in 2010-2015, FY2018",
        "by the end of the first quarter, the 14-day waiting period",
        "the quarter ended Sept. 30, on weekends, every two years",
        "The vote is on Friday. 2001 Market Street, the Winter Olympics",
        "the last day of the quarter, the first week of March, in '98",
        "the final few months of 2004, fiscal 1989's fourth quarter",
        "a years-long, multi-year feud; the coming decade; the last week",
        "in March and April 2016, usually in the second and fourth quarters",
        "the weekend of June 10, Oct-Dec 2016, the end of June",
        "In 2011, that summer; the following spring, weeks later, months later than planned",
        "2017-07-12T10:32:00Z, 12-Jul-2017, 10 a.m. local time (1400 GMT), every 10 minutes",
    ];
    for text in phrases {
        for space in ["\u{a0}", "\u{3000}\u{3000}", "\u{2009}"] {
            let swapped = text.replace(' ', space);
            for pick in 0..3 {
                tags_are_sound(&swapped, pick)
                    .unwrap_or_else(|e| panic!("{swapped:?}: {e}"));
            }
        }
    }
}

/// Clock times as wire services and European papers write them: on a
/// 24-hour dial, with a zone, dotted; and what only looks like one.
#[test]
fn s7_clock_times_on_a_24_hour_dial() {
    let cases = [
        ("The vote is at 14:00.", "14:00|TIME|2017-07-05T14:00"),
        ("The vote is at 14.00 GMT.", "14.00 GMT|TIME|2017-07-05T14:00"),
        ("Polls closed at 2130 GMT.", "2130 GMT|TIME|2017-07-05T21:30"),
        ("Bids are due by 1400 gmt.", "1400 gmt|TIME|2017-07-05T14:00"),
        ("At 1800 hours the gates shut.", "1800 hours|TIME|2017-07-05T18:00"),
        (
            "Talks resume at 10.00 local time.",
            "10.00 local time|TIME|2017-07-05T10:00",
        ),
        ("Polls close at 7.30pm.", "7.30pm|TIME|2017-07-05T19:30"),
        (
            "Trading opens at 10:30 a.m. EST.",
            "10:30 a.m. EST|TIME|2017-07-05T10:30",
        ),
        ("The blast came at 8 o'clock.", "8 o'clock|TIME|2017-07-05T08:00"),
        (
            "Bids close at 1400 GMT on Friday.",
            // A plural subject's schedule: the coming Friday.
            "1400 GMT on Friday|TIME|2017-07-07T14:00",
        ),
    ];
    assert_ones(&cases);
    assert_eq!(
        tag("It opens from 09:00 to 17:30.", DCT),
        ["09:00|TIME|2017-07-05T09:00", "17:30|TIME|2017-07-05T17:30"]
    );
    // The same instant in another zone is said once; the day after it is
    // the first time's.
    assert_eq!(
        tag("The outage began at 9:15 a.m. (1315 GMT) Monday.", DCT),
        ["9:15 a.m.|TIME|2017-07-03T09:15", "Monday|DATE|2017-07-03"]
    );
    assert_eq!(
        tag("Reagan speaks at 1530 EST/2030 GMT.", DCT),
        ["1530 EST|TIME|2017-07-05T15:30"]
    );
    // Scores, verses, prices, lengths of time and names.
    for text in [
        "It won 2:10 in the final.",
        "See John 3:16 for more.",
        "The price rose to 14.00 euros.",
        "Shares were offered at 1.54 H.K. dlrs.",
        "He flew 1800 hours last month.",
        "She watched the 10 O'Clock News.",
        "It sells 8 O'Clock coffee.",
    ] {
        let found = tag(text, DCT);
        assert!(
            found.iter().all(|t| !t.contains("|TIME|")),
            "{text:?} gave {found:?}"
        );
    }
    // A time with only a month to count from is on some day of it.
    assert_eq!(
        one("It fell at 0710 GMT.", "2004-10"),
        "0710 GMT|TIME|2004-10-XXT07:10"
    );
}

/// "on the 15th": a day of the month the story is at, or of the DCT's by
/// tense; not a floor, an anniversary or a rank.
#[test]
fn s7_a_day_of_the_month_alone() {
    let cases = [
        ("The deal was announced on the 15th.", "the 15th|DATE|2017-06-15"),
        ("Results are due on the 28th.", "the 28th|DATE|2017-07-28"),
        (
            "It will sign on the 12th of July.",
            "the 12th of July|DATE|2017-07-12",
        ),
        // A day right after a finite past verb is behind the DCT (see
        // `s30_a_day_of_a_past_act_is_behind`).
        ("It signed on the 12th of July.", "the 12th of July|DATE|2016-07-12"),
    ];
    assert_ones(&cases);
    assert_eq!(
        tag("It signed on March 3. On the 15th, it closed.", DCT),
        ["March 3|DATE|2017-03-03", "the 15th|DATE|2017-03-15"]
    );
    assert_eq!(
        tag("It signed on March 20. Talks had begun on the 15th.", DCT),
        ["March 20|DATE|2017-03-20", "the 15th|DATE|2017-03-15"]
    );
    assert_eq!(
        tag("In March the board met. On the 2nd, it voted.", DCT),
        ["March|DATE|2017-03", "the 2nd|DATE|2017-03-02"]
    );
    for text in [
        "He lives on the 15th floor.",
        "It marked the 5th anniversary.",
        "It rose for the 3rd time.",
        "The firms rank between the 40th and 90th in size.",
        "It came the 15th, behind the leaders.",
    ] {
        assert!(
            tag(text, DCT).is_empty(),
            "{text:?} gave {:?}",
            tag(text, DCT)
        );
    }
}

/// British day-month dates after a weekday, ranges of years, fiscal
/// years run together, feast days, named weekdays, halves and rates.
#[test]
fn s7_more_forms_of_the_news() {
    let cases = [
        ("It signed on Monday 10 July.", "Monday 10 July|DATE|2017-07-10"),
        (
            "It signed on Tuesday, 11 July 2017.",
            "Tuesday, 11 July 2017|DATE|2017-07-11",
        ),
        ("It targets FY2018.", "FY2018|DATE|2018"),
        ("Shops shut on Ash Wednesday.", "Ash Wednesday|DATE|2017-03-01"),
        ("Shops shut on Whit Monday.", "Whit Monday|DATE|2017-06-05"),
        ("It lasted half a year.", "half a year|DURATION|P6M"),
        ("It lasted half an hour.", "half an hour|DURATION|PT30M"),
        ("It scored after half-an-hour.", "half-an-hour|DURATION|PT30M"),
        ("He won by half-a-second.", "half-a-second|DURATION|PT0.5S"),
        ("Its average life is 9.6 years.", "9.6 years|DURATION|P9.6Y"),
        ("The work week was 34.8 hours.", "34.8 hours|DURATION|PT34.8H"),
        ("It took a half-hour.", "a half-hour|DURATION|PT30M"),
        ("It lasted 2.5 hours.", "2.5 hours|DURATION|PT2H30M"),
        (
            "It lasted one and a half years.",
            "one and a half years|DURATION|P1Y6M",
        ),
        ("It is published semi-annually.", "semi-annually|SET|P6M"),
        ("It is published fortnightly.", "fortnightly|SET|P2W"),
        ("It pays biweekly.", "biweekly|SET|P2W"),
        ("The show runs every two years.", "every two years|SET|P2Y"),
        (
            "It doubles every four and a half months.",
            "every four and a half months|SET|P4M15D",
        ),
        ("Users look every few weeks.", "every few weeks|SET|PXW"),
        ("The shop is closed on weekends.", "weekends|SET|XXXX-WXX-WE"),
        (
            "The vote will be held two weeks from today.",
            "two weeks from today|DATE|2017-W29",
        ),
    ];
    assert_ones(&cases);
    assert_eq!(
        tag("Sales rose in 2010-2015.", DCT),
        ["2010|DATE|2010", "2015|DATE|2015"]
    );
    // Not ranges of years: a standard's number, a phone number, a list
    // running backwards.
    assert!(tag("The ISO 9001-2015 standard applies.", DCT).is_empty());
    assert!(tag("Call 555-2015 for details.", DCT).is_empty());
    // Named days of some other week are no dates of this one.
    for text in [
        "Voters went to the polls on Super Tuesday.",
        "Stocks crashed on Black Monday.",
        "They marched on Bloody Sunday.",
        "The fortnightly magazine sold out.",
        // Numbers that are no years: a house number, a room, a section,
        // a bill; a season in a name.
        "The firm moved to 2001 Market Street.",
        "The room 1984 was booked.",
        "Section 1998 of the code applies.",
        "The bill H.R. 2017 passed.",
        "The Winter Olympics began.",
        "The Fall of Rome was studied.",
        "What sells them is the falling prices.",
    ] {
        assert!(
            tag(text, DCT).is_empty(),
            "{text:?} gave {:?}",
            tag(text, DCT)
        );
    }
}

/// Centuries by their hundreds, quarters by their last month or day,
/// mid-year, and the article of a hyphenated length.
#[test]
fn s7_centuries_quarters_and_mid_year() {
    let cases = [
        ("It was built in the 1800s.", "the 1800s|DATE|18XX"),
        ("It was built in the mid-1800s.", "the mid-1800s|DATE|18XX"),
        ("It grew in the 2000s.", "the 2000s|DATE|200X"),
        (
            "Profit fell in the December quarter.",
            "the December quarter|DATE|2016-Q4",
        ),
        (
            "Profit will rise in the September quarter.",
            "the September quarter|DATE|2017-Q3",
        ),
        ("The merger should close by mid-year.", "mid-year|DATE|2017"),
        ("The 10-year bond yield rose.", "10-year|DURATION|P10Y"),
    ];
    assert_ones(&cases);
    // "the quarter ended Sept. 30" is the quarter that day ends; an
    // ordinal quarter keeps its (fiscal) number.
    assert_eq!(
        tag("It reported a loss for the quarter ended Sept. 30.", DCT),
        ["the quarter|DATE|2016-Q3", "Sept. 30|DATE|2016-09-30"]
    );
    assert_eq!(
        tag("It reported a loss for its fourth quarter ended Sept. 30.", DCT)
            [0],
        "fourth quarter|DATE|2016-Q4"
    );
}

/// A present copula right before a date schedules it: "the vote is on
/// Friday" is the coming Friday, as "the vote was on Friday" is the last.
#[test]
fn s7_a_copula_schedules() {
    let cases = [
        ("The vote is on Friday.", "Friday|DATE|2017-07-07"),
        ("The deadline is Friday.", "Friday|DATE|2017-07-07"),
        ("The vote was on Friday.", "Friday|DATE|2017-06-30"),
        ("Settlement is on July 28.", "July 28|DATE|2017-07-28"),
        ("The fair runs until 7 October.", "7 October|DATE|2017-10-07"),
        ("Expiry months are September.", "September|DATE|2017-09"),
    ];
    assert_ones(&cases);
}

/// "the end of the first quarter": a part of a quarter, half or season;
/// one over for more than a quarter lies a year ahead in a future clause.
#[test]
fn s7_parts_of_quarters_and_quarters_ahead() {
    let cases = [
        (
            "A ruling is expected by the end of the first quarter.",
            "the end of the first quarter|DATE|2018-Q1",
        ),
        (
            "A ruling is expected by the end of Q1.",
            "the end of Q1|DATE|2018-Q1",
        ),
        (
            "It opened at the start of the second half.",
            "the start of the second half|DATE|2017-H2",
        ),
        // Just over: a report of it lies ahead, the quarter does not.
        (
            "Acme expects to report second-quarter results.",
            "second-quarter|DATE|2017-Q2",
        ),
    ];
    assert_ones(&cases);
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let text = "A ruling is expected by the end of the first quarter.";
    let t = &tag_document(text, &split_sentences(text), Some(&dct))[0];
    let r = t.resolved.as_ref().unwrap();
    assert_eq!(r.modifier, Some("END"));
    assert_eq!(r.span.start.to_string(), "2018-03-01");
}

/// Ranges of days and months: both ends, the open one taking the other's
/// month and year; "due to" a cause marks no future.
#[test]
fn s7_ranges_of_days_and_months() {
    let cases: [(&str, &[&str]); 7] = [
        (
            "The fair runs July 12-14.",
            &["July 12|DATE|2017-07-12", "14|DATE|2017-07-14"],
        ),
        (
            "The fair runs 12-14 July.",
            &["12|DATE|2017-07-12", "14 July|DATE|2017-07-14"],
        ),
        (
            "The fair runs from July 12 to 14.",
            &["July 12|DATE|2017-07-12", "14|DATE|2017-07-14"],
        ),
        (
            "Sales in May-July rose.",
            &["May|DATE|2017-05", "July|DATE|2017-07"],
        ),
        (
            "Sales in the January-March quarter rose.",
            &["the January-March quarter|DATE|2017-Q1"],
        ),
        (
            "Output climbed in the days to March 13 to 12.75 mln tonnes.",
            &["March 13|DATE|2017-03-13"],
        ),
        (
            "The gain in the January-March period is due mainly to tourism.",
            &["the January-March period|DATE|2017-Q1"],
        ),
    ];
    assert_tags(&cases);
    // The end of a range of months never precedes its start.
    assert_eq!(
        tag("Exports for the season (July-June) rose.", "2017-03-01"),
        ["July|DATE|2016-07", "June|DATE|2017-06"]
    );
    assert!(tag("The March-era plan failed.", DCT).is_empty());
}

/// Halves of decades and of other things, the year before, holiday
/// weekends and the new year.
#[test]
fn s7_halves_neighbours_and_holiday_weekends() {
    let cases = [
        (
            "It fell in the first half of the 1990s.",
            "the first half of the 1990s|DATE|199X",
        ),
        (
            "Traffic was heavy over the Memorial Day weekend.",
            "Memorial Day weekend|DATE|2017-W21-WE",
        ),
        ("Sales rose over the New Year.", "New Year|DATE|2017-01-01"),
        ("In his Sunday Mass, the bishop spoke.", "Sunday|DATE|2017-07-02"),
        (
            "Net fell for the third quarter of $2 million.",
            "the third quarter|DATE|2017-Q3",
        ),
        (
            "It buys steel for the second half of the 2016 fiscal year.",
            "the second half of the 2016 fiscal year|DATE|2016-H2",
        ),
        (
            "It had sales of $7 billion in the latest fiscal year.",
            "the latest fiscal year|DATE|2016",
        ),
    ];
    assert_ones(&cases);
    assert_eq!(
        tag(
            "The firm was sold in 2012. The year before, it had cut jobs.",
            DCT
        ),
        ["2012|DATE|2012", "The year before|DATE|2011"]
    );
    assert_eq!(
        tag("It was sold on May 3. The week after, it cut jobs.", DCT),
        ["May 3|DATE|2017-05-03", "The week after|DATE|2017-W19"]
    );
    assert!(tag("By then about 1600 claims were lodged.", DCT).is_empty());
    for text in [
        "He scored in the first half of the match.",
        "Few bonds came during the first half of the month.",
        "Sales rose during Chinese New Year.",
        "It was first printed by the state daily Northern Star.",
        "The party daily Evening Lamp likened him to a hero.",
        "Lee told the business daily Market Ledger that rates rose.",
        "The business weekly Acme Week said so.",
        "The minister told the local daily al-Nour that output rose.",
        "He played Father Christmas in the film.",
        "Do They Know It’s Christmas sold well.",
        "The band sang Do They Know It's Christmas again.",
        "She wrote Halloween II and Halloween: The Return.",
        "The fund has a quarter stake in the bank.",
        "The fall in prices continued.",
        "Super Bowl Sunday drew viewers.",
        "It was the year before the war.",
    ] {
        assert!(
            tag(text, DCT).is_empty(),
            "{text:?} gave {:?}",
            tag(text, DCT)
        );
    }
}

/// A weekday or weekend told when the DCT is known only to the month is
/// some such day of that month (or the week before it), not a made-up
/// last one.
#[test]
fn s7_weekdays_against_a_month() {
    let dct = dct_from(&PartialDate::parse("2004-12").unwrap());
    let text = "He won on Thursday. He won at the weekend.";
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let got: Vec<(String, String, String)> = tags
        .iter()
        .map(|t| {
            let r = t.resolved.as_ref().unwrap();
            (t.value.clone(), r.span.start.to_string(), r.span.end.to_string())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2004-WXX-4".into(), "2004-11-24".into(), "2004-12-31".into()),
            ("2004-WXX-WE".into(), "2004-11-24".into(), "2004-12-31".into()),
        ]
    );
}

/// "renewed in 2016, five years later": a narrative offset set beside a
/// date restates it, counted from the date before.
#[test]
fn s7_an_offset_beside_a_date_restates_it() {
    assert_eq!(
        tag("Acme signed the license in 2011. It was renewed in 2016, five years later.", DCT),
        ["2011|DATE|2011", "2016|DATE|2016", "five years later|DATE|2016"]
    );
    // Not beside it: counted from it.
    assert_eq!(
        tag("Acme signed the license in 2011. It was renewed five years later.", DCT),
        ["2011|DATE|2011", "five years later|DATE|2016"]
    );
}

/// Hedged and ranged offsets: "a year or so ago" is about one year back,
/// "two or three years ago" some year of the decade, "back" like "ago".
#[test]
fn s7_hedged_offsets() {
    let cases = [
        ("It happened a year or so ago.", "a year or so ago|DATE|2016"),
        (
            "It happened two or three years ago.",
            "two or three years ago|DATE|201X",
        ),
        ("It happened two years back.", "two years back|DATE|2015"),
        (
            "It happened at least a decade ago.",
            "at least a decade ago|DATE|2007",
        ),
        ("It lasted two or three weeks.", "two or three weeks|DURATION|PXW"),
        (
            "The deal expires at the end of 2022 unless renewed.",
            "the end of 2022|DATE|2022",
        ),
        ("For Acme, 2018 marks a new start.", "2018|DATE|2018"),
        // A recurring thing named before its noun stays a SET.
        (
            "The airline will add four daily Springfield flights.",
            "daily|SET|P1D",
        ),
        ("The weekly U.S. cotton export figure rose.", "weekly|SET|P1W"),
        ("He was shot last fall in his home.", "last fall|DATE|2016-FA"),
        ("It happened as recently as last month.", "last month|DATE|2017-06"),
    ];
    assert_ones(&cases);
}

/// "the last day of the quarter", "the first week of March", "the final
/// days of 2016": a stretch at one edge of a period, with its days.
#[test]
fn s8_edges_of_periods() {
    let cases = [
        (
            "Prices rose in the first week of March.",
            "the first week of March|DATE|2017-03",
            "2017-03-01",
            "2017-03-07",
        ),
        (
            "Prices rose in the last week of March.",
            "the last week of March|DATE|2017-03",
            "2017-03-25",
            "2017-03-31",
        ),
        (
            "Prices rose on the last day of the quarter.",
            "the last day of the quarter|DATE|2017-06-30",
            "2017-06-30",
            "2017-06-30",
        ),
        (
            "Prices will rise on the first day of next month.",
            "the first day of next month|DATE|2017-08-01",
            "2017-08-01",
            "2017-08-01",
        ),
        (
            "Prices rose in the final days of 2016.",
            "the final days of 2016|DATE|2016",
            "2016-09-01",
            "2016-12-31",
        ),
        (
            "Sales fell in the last few months of 2004.",
            "the last few months of 2004|DATE|2004",
            "2004-09-01",
            "2004-12-31",
        ),
    ];
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    for (text, want, start, end) in cases {
        assert_eq!(one(text, DCT), want, "{text}");
        let tags = tag_document(text, &split_sentences(text), Some(&dct));
        let r = tags[0].resolved.as_ref().unwrap();
        assert_eq!(
            (r.span.start.to_string(), r.span.end.to_string()),
            (start.to_string(), end.to_string()),
            "{text}"
        );
    }
    // The mod says which edge.
    let text = "Prices rose in the last week of March.";
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    assert_eq!(tags[0].resolved.as_ref().unwrap().modifier, Some("END"));
    // The last one of something else is not the one before now.
    for text in [
        "The last year of his contract was weak.",
        "The last month of the season was weak.",
        "In the last week of trading, prices rose.",
    ] {
        assert_eq!(tag(text, DCT), Vec::<String>::new(), "{text}");
    }
    // "the last quarter" alone is still the one before.
    assert_eq!(
        one("Profit fell in the last quarter.", DCT),
        "the last quarter|DATE|2017-Q2"
    );
    // Over the last few months of something: the months up to now.
    assert_eq!(
        one("Unrest grew over the last few months of the plan.", DCT),
        "the last few months|DATE|PAST_REF"
    );
}

/// Years cut to two digits after an apostrophe, fiscal years before a
/// quarter, and durations written as adjectives.
#[test]
fn s8_short_years_fiscal_quarters_and_adjectives() {
    let cases = [
        ("He joined in '98.", "'98|DATE|1998"),
        ("The class of ’69 met again.", "’69|DATE|1969"),
        ("Since '05, sales rose.", "'05|DATE|2005"),
        (
            "Fiscal 1989's fourth quarter was poor.",
            "Fiscal 1989's fourth quarter|DATE|1989-Q4",
        ),
        (
            "Sales fell in the fiscal 1994 first quarter.",
            "the fiscal 1994 first quarter|DATE|1994-Q1",
        ),
        ("By Q3 prices will rise.", "Q3|DATE|2017-Q3"),
        (
            "Revenue rose in the final quarter of 2016.",
            "the final quarter of 2016|DATE|2016-Q4",
        ),
        (
            "Revenue rose in the latter half of 2016.",
            "the latter half of 2016|DATE|2016-H2",
        ),
        (
            "Revenue rose in the first fiscal quarter.",
            "the first fiscal quarter|DATE|2017-Q1",
        ),
        ("Sales fell in the final quarter.", "the final quarter|DATE|2016-Q4"),
        (
            "Sales fell in the final quarter of last year.",
            "the final quarter of last year|DATE|2016-Q4",
        ),
        (
            "Shares slid during the first half hour.",
            "half hour|DURATION|PT30M",
        ),
        (
            "The plant closes in the latter half of May.",
            "the latter half of May|DATE|2018-05",
        ),
        (
            "The plant closed in the first half of March.",
            "the first half of March|DATE|2017-03",
        ),
        ("The decade-long dispute ended.", "decade-long|DURATION|P10Y"),
        ("The years-long battle ended.", "years-long|DURATION|PXY"),
        ("It is a multi-year license.", "multi-year|DURATION|PXY"),
        ("It hoped to end a months-old slump.", "months-old|DURATION|PXM"),
        (
            "In the coming decade prices will rise.",
            "the coming decade|DATE|202X",
        ),
        (
            "The upcoming quarter looks good.",
            "The upcoming quarter|DATE|2017-Q4",
        ),
    ];
    assert_ones(&cases);
    // "a quarter past five" is a clock, no three months; "local time" is
    // part of a clock time, and the same instant restated after it is
    // no expression of its own.
    assert_eq!(
        tag("He arrived at a quarter past five.", DCT),
        Vec::<String>::new()
    );
    assert_eq!(
        tag("The blast occurred at 10:30 a.m. local time (0730 GMT).", DCT),
        ["10:30 a.m. local time|TIME|2017-07-05T10:30"]
    );
    // Filings and feeds: an ISO timestamp is a time, as written; a day,
    // a month's short name and a year joined by hyphens are a date.
    assert_eq!(
        tag("The filing is dated 2017-07-12T10:32:00Z.", DCT),
        ["2017-07-12T10:32:00Z|TIME|2017-07-12T10:32"]
    );
    assert_eq!(
        tag("It closed on 12-Jul-2017.", DCT),
        ["12-Jul-2017|DATE|2017-07-12"]
    );
    // "the evening of March 3" keeps its part of the day; "the night of
    // March 3" is the day, as "Friday night" is.
    assert_eq!(
        tag("It happened on the evening of March 3.", DCT),
        ["the evening of March 3|TIME|2017-03-03TEV"]
    );
    assert_eq!(
        tag("It happened on the night of March 3.", DCT),
        ["March 3|DATE|2017-03-03"]
    );
    // A holiday in a past clause is the last one, unless in its week.
    assert_eq!(
        tag("Sales rose on Labor Day.", DCT),
        ["Labor Day|DATE|2016-09-05"]
    );
    assert_eq!(
        tag("Sales will rise on Labor Day.", DCT),
        ["Labor Day|DATE|2017-09-04"]
    );
    assert_eq!(
        tag("Sales rose on the Fourth of July.", DCT),
        ["Fourth of July|DATE|2017-07-04"]
    );
    assert_eq!(
        tag("Fireworks lit the sky on July Fourth.", DCT),
        ["July Fourth|DATE|2017-07-04"]
    );
    // "the 3rd of next month", "the previous evening".
    assert_eq!(
        tag("The payment is due on the 3rd of next month.", DCT),
        ["the 3rd of next month|DATE|2017-08-03"]
    );
    assert_eq!(
        tag("The 15th of this month is a holiday.", DCT),
        ["The 15th of this month|DATE|2017-07-15"]
    );
    assert_eq!(
        tag("Acme sued on May 3, 2015. The previous evening, Globex had filed.", DCT),
        ["May 3, 2015|DATE|2015-05-03", "The previous evening|DATE|2015-05-02"]
    );
    // "the year" of a stretch of it; not "the deal of the year".
    assert_eq!(
        tag("Growth will slow for the rest of the year.", DCT),
        ["the year|DATE|2017"]
    );
    assert_eq!(
        tag("Profit rose in the first nine months of the year.", DCT),
        ["the first nine months|DURATION|P9M", "the year|DATE|2017"]
    );
    assert_eq!(tag("It was the deal of the year.", DCT), Vec::<String>::new());
    // "the week before last" is two back; "two Fridays ago" is no SET;
    // "in mid-March" keeps its MID.
    assert_eq!(
        tag("It happened the weekend before last.", DCT),
        ["the weekend before last|DATE|2017-W25-WE"]
    );
    assert_eq!(
        tag("It happened the year before last.", DCT),
        ["the year before last|DATE|2015"]
    );
    assert_eq!(tag("It happened two Fridays ago.", DCT), Vec::<String>::new());
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let text = "It happened in mid-March.";
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    assert_eq!(tags[0].resolved.as_ref().unwrap().modifier, Some("MID"));
    // A range of days runs forward into next year, but a day weeks
    // before the other is a new date for it.
    assert_eq!(
        tag("The fair runs from Dec. 28 to Jan. 3.", DCT),
        ["Dec. 28|DATE|2017-12-28", "Jan. 3|DATE|2018-01-03"]
    );
    assert_eq!(
        tag(
            "Corn ships to buyers between May 12 and October 12.",
            "1987-03-18"
        ),
        ["May 12|DATE|1987-05-12", "October 12|DATE|1987-10-12"]
    );
    assert_eq!(
        tag(
            "The record date was changed from April 1 to March 20.",
            "2017-03-04"
        ),
        ["April 1|DATE|2017-04-01", "March 20|DATE|2017-03-20"]
    );
    // Wire copy spells the day: "until April One".
    assert_eq!(
        tag("The offer runs until April One.", DCT),
        ["April One|DATE|2018-04-01"]
    );
    assert_eq!(
        tag("The offer ran through May Twenty-Two, 2016.", DCT),
        ["May Twenty-Two, 2016|DATE|2016-05-22"]
    );
    // A month before the word that makes a name of it: "May Department
    // Stores", "Easter Island"; after "in" it is a date all the same.
    assert_eq!(
        tag("Shares of May Department Stores rose.", DCT),
        Vec::<String>::new()
    );
    assert_eq!(tag("He visited Easter Island.", DCT), Vec::<String>::new());
    assert_eq!(
        tag("In December Acme bought Globex.", DCT),
        ["December|DATE|2016-12"]
    );
    // The century is the DCT's: written in 1987, '29 is 1929.
    assert_eq!(
        one(
            "Her parents lost their savings in the crash of '29.",
            "1987-10-20"
        ),
        "'29|DATE|1929"
    );
    // Not a year: a quoted number, a product's name, no preposition.
    for text in
        ["Press the '98' key.", "It was '98.", "The Acme Multiday monitor."]
    {
        assert_eq!(tag(text, DCT), Vec::<String>::new(), "{text}");
    }
}

/// "the past week" is named by the calendar week holding most of its
/// seven days; "last September" counts from the last day the DCT may be.
#[test]
fn s8_trailing_weeks_and_dcts_across_a_new_year() {
    // Friday 14 April 2000: the past seven days are mostly this week.
    assert_eq!(
        one("He has been in hospital for the last week.", "2000-04-14"),
        "the last week|DATE|2000-W15"
    );
    // Monday 17 April 2000: mostly the week before.
    assert_eq!(
        one("He has been in hospital for the past week.", "2000-04-17"),
        "the past week|DATE|2000-W15"
    );
    // A story told after "the last week of December 2009" may be from
    // January 2010; its "last September" is 2009's all the same.
    let text = "Shops had their busiest days in the last week of December 2009. Acme opened its store last September.";
    let dct = dealline::input::published::dct(
        &dealline::input::published::infer(text),
    )
    .unwrap();
    assert!(dct.span.end.to_string().starts_with("2010-"), "{dct:?}");
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let values: Vec<&str> = tags.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2009-12", "2009-09"]);
}

/// One year written for two dates joined tightly is both's; a pair of
/// ordinals names two quarters; the end of a month is its END.
#[test]
fn s8_pairs_share_a_year() {
    let cases: [(&str, &[&str]); 9] = [
        (
            "Sales rose in March and April 2016.",
            &["March|DATE|2016-03", "April 2016|DATE|2016-04"],
        ),
        (
            "Sales rose in March 2015 and April.",
            &["March 2015|DATE|2015-03", "April|DATE|2015-04"],
        ),
        (
            "Sales rose from December to March 2017.",
            &["December|DATE|2016-12", "March 2017|DATE|2017-03"],
        ),
        (
            "Sales rose in the spring and summer of 2016.",
            &["the spring|DATE|2016-SP", "summer of 2016|DATE|2016-SU"],
        ),
        (
            "Sales rose in the third and fourth quarters of 2016.",
            &[
                "the third|DATE|2016-Q3",
                "fourth quarters of 2016|DATE|2016-Q4",
            ],
        ),
        (
            "Sales rose in Oct-Dec 2016.",
            &["Oct|DATE|2016-10", "Dec 2016|DATE|2016-12"],
        ),
        ("It closed at the end of June.", &["the end of June|DATE|2017-06"]),
        (
            "The fair was on the weekend of June 10.",
            &["the weekend of June 10|DATE|2017-W23-WE"],
        ),
        // "until" may end another clause: "due December 1, 1988 until
        // April 23" keeps April in the DCT's year.
        (
            "The notes due December 1, 2018 until April 23 were extended.",
            &["December 1, 2018|DATE|2018-12-01", "April 23|DATE|2017-04-23"],
        ),
    ];
    assert_tags(&cases);
    // The second of a pair never falls before the first.
    assert_eq!(
        tag("Acme named its two busiest stretches: the second and third quarters.", "1987-04-17"),
        [ "the second|DATE|1987-Q2", "third quarters|DATE|1987-Q3"]
    );
    // "the end of June" has the END of the month for its days.
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let text = "It closed at the end of June.";
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let r = tags[0].resolved.as_ref().unwrap();
    assert_eq!(
        (r.modifier, r.span.start.to_string()),
        (Some("END"), "2017-06-21".to_string())
    );
}

/// What happens as a rule happens every such month or quarter.
#[test]
fn s8_habits_are_sets() {
    let cases: [(&str, &[&str]); 6] = [
        ("The index is updated every 15 minutes.", &["every 15 minutes|SET|PT15M"]),
        ("The bot runs every morning.", &["every morning|SET|XXXX-XX-XXTMO"]),
        ("The backup runs nightly.", &["nightly|SET|XXXX-XX-XXTNI"]),
        (
            "Its auction trade is usually busiest in the second and fourth quarters.",
            &["the second|SET|XXXX-Q2", "fourth quarters|SET|XXXX-Q4"],
        ),
        ("Sales typically peak in December.", &["December|SET|XXXX-12"]),
        // The rule holds in its clause only.
        (
            "Sales usually rise in December, but they fell in March.",
            &["December|SET|XXXX-12", "March|DATE|2017-03"],
        ),
    ];
    assert_tags(&cases);
}

/// Seasons and bare units of the narrative's time: "that summer", "the
/// following spring", "weeks later".
#[test]
fn s8_narrative_seasons_and_bare_units() {
    let cases: [(&str, &[&str]); 10] = [
        // Bare units back from the DCT.
        ("Just months ago it was nearly bankrupt.", &["months ago|DATE|2017-01"]),
        ("It is a tale set a thousand years ago.", &[]),
        ("Acme sued in March 2016. The hearing took place that summer.", &["March 2016|DATE|2016-03", "that summer|DATE|2016-SU"]),
        ("Acme signed the deal in 2011. The following spring, it opened a plant.", &["2011|DATE|2011", "The following spring|DATE|2012-SP"]),
        ("They met in March 2011. The following spring they married.", &["March 2011|DATE|2011-03", "The following spring|DATE|2012-SP"]),
        ("It snowed in January 2011. That winter was cold.", &["January 2011|DATE|2011-01", "That winter|DATE|2010-WI"]),
        // The autumn of that year, not the one nearest.
        ("Beta sued in February 2015, and a court ruled that autumn.", &["February 2015|DATE|2015-02", "that autumn|DATE|2015-FA"]),
        ("Acme hired a chief in late 2013. Weeks later, it cut jobs.", &["late 2013|DATE|2013", "Weeks later|DATE|2013-WXX"]),
        // "that" opening a clause is no season of the narrative.
        ("Traders said that spring wheat looked weak.", &[]),
        // A comparison is no date.
        ("The deal closed months later than planned.", &[]),
    ];
    assert_tags(&cases);
    assert_eq!(
        tag("The plant opened a day later than planned.", DCT),
        ["a day|DURATION|P1D"]
    );
    // "would" after a told day looks ahead from that day (Sunday 2 July).
    assert_eq!(
        tag(
            "Officials said on Sunday that talks would resume on Monday.",
            DCT
        ),
        ["Sunday|DATE|2017-07-02", "Monday|DATE|2017-07-03"]
    );
    // A comparison does not move the story's time.
    assert_eq!(
        tag("Acme sold its unit in March 2015. Prices were higher than a year ago. The following month, it bought Globex.", DCT),
        ["March 2015|DATE|2015-03", "a year ago|DATE|2016", "The following month|DATE|2015-04"]
    );
    // Not from a dateline, nor for a day gone ("Monday's attack").
    assert_eq!(
        tag("LONDON, July 3 - Talks would resume Monday.", DCT),
        ["July 3|DATE|2017-07-03", "Monday|DATE|2017-07-10"]
    );
}

/// A hedge before a length or an offset is its TimeML `mod`: a duration
/// keeps the comparison, a point in time says on which side it lies.
#[test]
fn s8_hedges_are_mods() {
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let cases = [
        ("It lasted about three years.", Some("APPROX")),
        ("It lasted more than a decade.", Some("MORE_THAN")),
        ("It lasted less than a year.", Some("LESS_THAN")),
        ("It lasted at least five years.", Some("EQUAL_OR_MORE")),
        ("It lasted up to 10 years.", Some("EQUAL_OR_LESS")),
        ("It happened more than two years ago.", Some("BEFORE")),
        ("It happened nearly two years ago.", Some("AFTER")),
        ("It happened at least five years ago.", Some("ON_OR_BEFORE")),
        ("It lasted three years.", None),
        ("It closed in early 2016.", Some("START")),
    ];
    for (text, want) in cases {
        let tags = tag_document(text, &split_sentences(text), Some(&dct));
        assert_eq!(tags.len(), 1, "{text}");
        assert_eq!(tags[0].modifier(text), want, "{text}");
    }
}

/// Hard-wrapped text (wire copy, mail, a JSON-lines corpus kept as given)
/// reads as if each paragraph were one line; spans keep the line breaks.
#[test]
fn s9_hard_wrapped_lines_read_as_one() {
    // Filled at 52 and at 49 columns.
    let text = "Acme Inc said on Tuesday that it had agreed to buy\nthe semiconductor unit of Globex Corp for 40 mln\ndlrs, and that it would close the deal by the end of\nthe third quarter, after talks that began in early\nJanuary and a review due on March 3, 2018.\n";
    assert_eq!(
        tag(text, DCT),
        [
            "Tuesday|DATE|2017-07-04",
            "the end of\nthe third quarter|DATE|2017-Q3",
            "early\nJanuary|DATE|2017-01",
            "March 3, 2018|DATE|2018-03-03",
        ]
    );
    let text = "Acme Inc said on Tuesday that it had agreed to\nbuy the semiconductor unit of Globex Corp for 40\nmln dlrs, and that it would close the deal by the\nend of the third quarter, after talks that began\nin early January and a review due on March 3,\n2018.\n";
    assert_eq!(
        tag(text, DCT),
        [
            "Tuesday|DATE|2017-07-04",
            "the\nend of the third quarter|DATE|2017-Q3",
            "early January|DATE|2017-01",
            "March 3,\n2018|DATE|2018-03-03",
        ]
    );
    // Windows line ends; the cue word before a wrapped month stays out.
    assert_eq!(
        tag("Sales of the unit fell sharply in\r\nFebruary and rose again in\r\nMay, the company said.\r\n", DCT),
        ["February|DATE|2017-02", "May|DATE|2017-05"]
    );
}

/// Wire copy's days in lower-case words ("payable April one"), unless a
/// noun follows ("in May one analyst"); a date after "since" lies behind,
/// even in a sentence about what will come.
#[test]
fn s9_spelled_days_in_lower_case_and_since() {
    let dct = "1993-03-02";
    assert_eq!(
        tag(
            "Acme will pay the dividend April one and the bonus on March 20.",
            dct
        ),
        ["April one|DATE|1993-04-01", "March 20|DATE|1993-03-20"]
    );
    assert_eq!(
        tag("The warrants run until September one, 1995.", dct),
        ["September one, 1995|DATE|1995-09-01"]
    );
    assert_eq!(
        one("In May one analyst said prices would rise.", dct),
        "May|DATE|1993-05"
    );
    assert_eq!(
        one("In March two banks left the group.", dct),
        "March|DATE|1993-03"
    );
    assert_eq!(
        one("The ministers will hold their first vote since their January talks.", dct),
        "January|DATE|1993-01"
    );
    assert_eq!(
        one("Prices will rise for the first time since October.", dct),
        "October|DATE|1992-10"
    );
    // What was expected lay ahead (DCT a Tuesday).
    assert_eq!(
        one(
            "The envoy was expected to arrive in Oslo Monday, aides said.",
            dct
        ),
        "Monday|DATE|1993-03-08"
    );
}

/// Halves in every spelling: "6-1/2 years" (wire copy), "2 1/2 weeks",
/// "two and a half years ago" (thirty months back).
#[test]
fn s9_halves_of_units() {
    let dct = "1993-03-02";
    assert_eq!(
        one("The feud has lasted the past 6-1/2 years.", dct),
        "the past 6-1/2 years|DURATION|P6Y6M"
    );
    assert_eq!(
        one("Acme signed the 9-1/2 year lease.", dct),
        "the 9-1/2 year|DURATION|P9Y6M"
    );
    assert_eq!(
        one("The strike lasted 2 1/2 weeks.", dct),
        "2 1/2 weeks|DURATION|P17DT12H"
    );
    assert_eq!(
        one("It took 1-1/2 hours.", dct),
        "1-1/2 hours|DURATION|PT1H30M"
    );
    assert_eq!(
        one("He left two and a half years ago.", dct),
        "two and a half years ago|DATE|1990-09"
    );
    assert_eq!(
        one("He left 2-1/2 years ago.", dct),
        "2-1/2 years ago|DATE|1990-09"
    );
}

/// A comparison period with its year: "the same quarter of 2003" is the
/// reported quarter then; "the same period in 2003" (nine months, a
/// season) is that year.
#[test]
fn s9_same_period_of_a_year() {
    assert_eq!(
        tag(
            "Sales in the third quarter fell from the same quarter of 2003.",
            "2005-02-16"
        ),
        [
            "the third quarter|DATE|2004-Q3",
            "the same quarter of 2003|DATE|2003-Q3"
        ]
    );
    assert_eq!(
        tag(
            "Sales in the first nine months beat the same period in 2002.",
            "2005-02-16"
        ),
        [
            "the first nine months|DURATION|P9M",
            "the same period in 2002|DATE|2002"
        ]
    );
}

/// Terms that hold "current" or "now" without the present: "the current
/// account", a sentence opening on "Now,".
#[test]
fn s10_current_and_now_as_terms() {
    assert!(tag("Its current account deficit widened to $3 billion.", DCT)
        .is_empty());
    assert!(tag("The plant runs on alternating current from the grid.", DCT)
        .is_empty());
    assert_eq!(
        tag("The current chairman retires soon.", DCT),
        ["current|DATE|PRESENT_REF"]
    );
    assert!(tag("Now, the board has to choose a buyer.", DCT).is_empty());
    assert_eq!(
        tag("Now the board has to choose a buyer.", DCT),
        ["Now|DATE|PRESENT_REF"]
    );
    assert_eq!(
        tag("The board has, now, to choose a buyer.", DCT),
        ["now|DATE|PRESENT_REF"]
    );
}

/// A four-digit time before a place's time ("1600 Tokyo time") is a clock
/// time, not a year; a month and ", last year" are one date.
#[test]
fn s10_place_times_and_month_comma_year() {
    assert_eq!(
        tag("Bids close at 1600 Tokyo time on the day.", DCT),
        ["1600 Tokyo time|TIME|2017-07-05T16:00"]
    );
    assert_eq!(
        tag("QUOTES VALID UNTIL 1700 SOUTH PACIFIC TIME.", DCT),
        ["1700 SOUTH PACIFIC TIME|TIME|2017-07-05T17:00"]
    );
    assert_eq!(
        tag("The dispute goes back to the plan of April, last year.", DCT),
        ["April, last year|DATE|2016-04"]
    );
    assert_eq!(
        tag("In April, last year's winner came back.", DCT),
        ["April|DATE|2017-04", "last year|DATE|2016"]
    );
}

/// A modal before a bare verb looks ahead ("could recover in the second
/// half"), unless it compares with the past or cannot ("could not").
#[test]
fn s10_modals_look_ahead() {
    assert_eq!(
        tag("Profits could recover in the second half.", "2017-03-10"),
        ["the second half|DATE|2017-H2"]
    );
    assert_eq!(
        tag("The plant should reopen in August.", "2017-10-10"),
        ["August|DATE|2018-08"]
    );
    assert_eq!(
        tag("Output should grow after being flat in January.", "2017-03-10"),
        ["January|DATE|2017-01"]
    );
    assert_eq!(
        tag("Officials could not be reached on Friday.", DCT),
        ["Friday|DATE|2017-06-30"]
    );
}

/// "For the year" and "the full year" told as past early in a year are
/// the year just reported; forecasts, "the year to date" and later months
/// keep this year.
#[test]
fn s10_the_year_reported_on() {
    let march = "2017-03-10";
    assert_eq!(
        tag("Acme posted a net loss for the full year.", march),
        ["the full year|DATE|2016"]
    );
    assert_eq!(
        tag("For the year, revenue rose 4 pct.", march),
        ["the year|DATE|2016"]
    );
    assert_eq!(
        tag("Acme hopes to be profitable over the full year.", march),
        ["the full year|DATE|2017"]
    );
    assert_eq!(
        tag("It kept its forecast of $2 a share for the year.", march),
        ["the year|DATE|2017"]
    );
    assert_eq!(
        tag("For the year to date, Acme's bookings climbed.", march),
        ["the year|DATE|2017"]
    );
    assert_eq!(
        tag("Acme posted a net loss for the full year.", "2017-09-10"),
        ["the full year|DATE|2017"]
    );
}

/// Without a DCT, what is known still shows ("some Tuesday"), and a year
/// counted from ("since 1931") is no time the story has reached.
#[test]
fn s10_partial_values_without_a_dct() {
    let text = "Cameras may film trials, a first since 1931.\n\nThe bill returns to the chamber on Tuesday, and a vote follows in March, on May 4 or in the fourth quarter.";
    let got = values_without_dct(text);
    assert_eq!(
        got,
        [
            "1931|1931",
            "Tuesday|XXXX-WXX-2",
            "March|XXXX-03",
            "May 4|XXXX-05-04",
            "the fourth quarter|XXXX-Q4"
        ]
    );
}

/// "Year-ago" and "a year earlier" after a year the sentence reports on
/// are the year before it; not after an index's base year.
#[test]
fn s10_a_year_before_the_year_named() {
    let dct = "1987-03-05";
    assert_eq!(
        tag("Acme said 1986 net profit climbed to 12 mln dlrs from year-ago 9 mln dlrs.", dct),
        ["1986|DATE|1986", "year-ago|DATE|1985"]
    );
    assert_eq!(
        tag("Steel output in 1986 slid to 4 mln tonnes from 5 mln a year earlier.", dct),
        ["1986|DATE|1986", "a year earlier|DATE|1985"]
    );
    assert_eq!(
        tag("Our price gauge (base 1980) read 131.2, up from 127.9 a year earlier.", dct),
        ["1980|DATE|1980", "a year earlier|DATE|1986"]
    );
}

/// A four-digit figure among a table's figures is no year; a year in
/// prose beside a count, a coupon or a code-like name stays one.
#[test]
fn s10_figures_in_tables() {
    assert!(tag(
        "Zinc    1350   1875   dn 15\nLead    MAR8  1744H  1760\n",
        DCT
    )
    .is_empty());
    // A neighbour cut inside a character is read safely.
    assert_eq!(tag("Lot 123\u{e9} 1975 rose.", DCT).len(), 0);
    assert_eq!(
        tag("Net     1986     1985\n", DCT),
        ["1986|DATE|1986", "1985|DATE|1985"]
    );
    // "the 1986/87 year" is no length of 87 years.
    assert_eq!(
        tag("Profit rose in the 1986/87 year.", DCT),
        ["1986|DATE|1986"]
    );
    for (text, year) in [
        ("In 1986 1,500 staff left.", "1986"),
        ("Its 5-3/4 1992 bond rose.", "1992"),
        ("It issued 400,000 1988 preferred shares.", "1988"),
        ("The G-7 1987 accord held.", "1987"),
        ("Acme posted a 1988 loss of 2 mln dlrs.", "1988"),
        ("The 1988 surplus widened.", "1988"),
    ] {
        assert_eq!(tag(text, DCT), [format!("{year}|DATE|{year}")], "{text}");
    }
    // A count before a plural noun is still no year.
    assert!(tag("The firm holds 1500 licences.", DCT).is_empty());
}

/// A wire dateline's day a day off the DCT (another time zone) is the
/// day relative expressions speak from; one further off is not.
#[test]
fn s10_dateline_day_in_another_time_zone() {
    assert_eq!(
        tag("PERTH, April 8 - Mining shares slid yesterday.", "1987-04-07"),
        ["April 8|DATE|1987-04-08", "yesterday|DATE|1987-04-07"]
    );
    assert_eq!(
        tag("PERTH, March 1 - Mining shares slid yesterday.", "1987-04-07"),
        ["March 1|DATE|1987-03-01", "yesterday|DATE|1987-04-06"]
    );
}

/// Halves and quarters of a match are no half-years.
#[test]
fn s10_halves_of_a_match() {
    assert!(tag("Rovers stayed scoreless for the whole second half.", DCT)
        .is_empty());
    assert!(tag("He was sent off with a penalty in the first half.", DCT)
        .is_empty());
    assert!(tag("The first quarter was all tactical kicking.", DCT).is_empty());
    assert!(tag("He froze in the second half with his side trailing.", DCT)
        .is_empty());
    assert_eq!(
        tag("Profits could recover in the second half.", "2017-03-10"),
        ["the second half|DATE|2017-H2"]
    );
}

/// Without a DCT, "this year" or "last week" count from nothing: not
/// from the last year the story named.
#[test]
fn s10_no_dct_no_now() {
    let text = "Costs may rise by 2031. Ministers want the money this year and next year, and met last week, as in last August.";
    let got = values_without_dct(text);
    assert_eq!(
        got,
        [
            "2031|2031",
            "this year|XXXX",
            "next year|XXXX",
            "last week|XXXX-WXX",
            "last August|XXXX-08"
        ]
    );
}

/// "text|value" for each expression of `text` tagged without a DCT.
fn values_without_dct(text: &str) -> Vec<String> {
    tag_document(text, &split_sentences(text), None)
        .iter()
        .map(|t| format!("{}|{}", &text[t.timex.span.clone()], t.value))
        .collect()
}

/// A bare date with no tense to read may lie four months ahead ("Pay June
/// 12" in a March dividend notice); a date opening its sentence takes the
/// tense of the main clause after its commas; "since shortly after" looks
/// back.
#[test]
fn s10_untensed_dates_and_opening_dates() {
    assert_eq!(
        tag(
            "Qtly div 8 cts vs 8 cts prior\nPay June 12\nRecord May 29\n",
            "1987-03-11"
        ),
        ["June 12|DATE|1987-06-12", "May 29|DATE|1987-05-29"]
    );
    assert_eq!(
        tag("In January, shortly after the vote in the state capital, a bomb killed a guard.", "1998-10-25"),
        ["January|DATE|1998-01"]
    );
    // A day naming an event takes the year its phrase ends with.
    assert_eq!(
        tag("Aid came after the 14 March flood disaster in 2009.", DCT),
        ["14 March|DATE|2009-03-14", "2009|DATE|2009"]
    );
    assert_eq!(
        tag("It opened on 14 March and was sold in 2009.", DCT),
        ["14 March|DATE|2017-03-14", "2009|DATE|2009"]
    );
    // What would have been lies behind; what one would have ahead.
    assert_eq!(
        tag("Reserves would have risen by 3 pct in February without the change.", DCT),
        ["February|DATE|2017-02"]
    );
    assert_eq!(
        tag("He would have an audience with the pope in February.", DCT),
        ["February|DATE|2018-02"]
    );
    // An abbreviation's period ends no clause ("Smith vs. Jones").
    assert_eq!(
        tag("In January, shortly after the Smith vs. Jones ruling, a fire in Mobile, Ala., killed a guard.", "1998-10-25"),
        ["January|DATE|1998-01"]
    );
    assert_eq!(
        tag(
            "The suspect has been hunted since shortly after the Oct. 3 raid.",
            "1999-08-01"
        ),
        ["Oct. 3|DATE|1998-10-03"]
    );
}

/// "Seven decades later" with no date before it is later than something
/// the story never dated: not seventy years after the story's own date.
/// Ahead, "later" still counts from the DCT.
#[test]
fn s11_later_than_nothing_dated() {
    assert_eq!(
        tag(
            "She was five when the river first flooded the farm. Seven decades later, she still keeps the boat.",
            "2019-01-03"
        ),
        ["Seven decades later|DATE|XXXX"]
    );
    assert_eq!(
        tag(
            "The sale closed on March 2, 2012. Two years later, it had doubled.",
            "2019-06-03"
        ),
        ["March 2, 2012|DATE|2012-03-02", "Two years later|DATE|2014"]
    );
    assert_eq!(
        tag("A review will follow two years later.", "2019-06-03"),
        ["two years later|DATE|2021"]
    );
}

/// A participle phrase set off by commas ("talks, hosted by the council,
/// in Rome on Monday") is not the verb a weekday belongs to.
#[test]
fn s11_a_participle_aside_sets_no_tense() {
    assert_eq!(
        tag(
            "An aide said the envoy would attend the talks, hosted by the trade council, in Rome on Monday.",
            "1987-03-15"
        ),
        ["Monday|DATE|1987-03-16"]
    );
    // Without the commas the participle is the date's verb.
    assert_eq!(
        tag(
            "The talks hosted by the council in Rome on Monday ended.",
            "1987-03-18"
        ),
        ["Monday|DATE|1987-03-16"]
    );
}

/// A comparison after a date ("... for the second quarter compared to 6
/// cts in 1986") is not the clause's verb; "the same quarter a year ago"
/// is a year before the quarter its sentence has just named, reported or
/// forecast.
#[test]
fn s11_comparisons_and_the_quarter_just_named() {
    assert_eq!(
        tag(
            "Acme expects a 9 cts profit for the second quarter compared to 6 cts in 1986.",
            "1987-03-31"
        ),
        ["the second quarter|DATE|1987-Q2", "1986|DATE|1986"]
    );
    assert_eq!(
        tag(
            "Acme expects a 7 cts profit for the first quarter compared to 4 cts in the same quarter a year ago.",
            "1987-03-31"
        ),
        [
            "the first quarter|DATE|1987-Q1",
            "the same quarter a year ago|DATE|1986-Q1"
        ]
    );
    // A quarter itself counted back is no base.
    assert_eq!(
        tag(
            "Output slid 2 pct over the fourth quarter of 1986, after the previous quarter, and was 1 pct under the same period a year earlier.",
            "1987-03-31"
        ),
        [
            "the fourth quarter of 1986|DATE|1986-Q4",
            "the previous quarter|DATE|1986-Q3",
            "the same period a year earlier|DATE|1985-Q4"
        ]
    );
}

/// "Its third quarter ending November 30" is the firm's quarter: the
/// three months to that day, valued in the year it ends (as TimeBank
/// does), and a year-ago period is those months a year back.
#[test]
fn s11_a_firms_quarter_ends_on_its_day() {
    let dct = dct_from(&PartialDate::parse("1987-10-19").unwrap());
    let text = "Acme expects profit in its third quarter ending November 30 to trail the same year-ago period.";
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let got: Vec<String> = tags
        .iter()
        .map(|t| {
            let r = t.resolved.as_ref().unwrap();
            format!(
                "{}|{}|{}..{}",
                &text[t.timex.span.clone()],
                t.value,
                r.span.start,
                r.span.end
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "third quarter|1987-Q3|1987-09-01..1987-11-30",
            "November 30|1987-11-30|1987-11-30..1987-11-30",
            "the same year-ago period|1986-Q3|1986-09-01..1986-11-30"
        ]
    );
    // A calendar quarter's last day keeps the calendar quarter.
    assert_eq!(
        tag(
            "Acme earned 5 cts in the third quarter ended September 30, against 4 cts a year earlier.",
            "1987-10-19"
        ),
        [
            "the third quarter|DATE|1987-Q3",
            "September 30|DATE|1987-09-30",
            "a year earlier|DATE|1986-Q3"
        ]
    );
}

/// The day that ends a year written across two ("fiscal 1987/88 ending
/// Feb 29") lies in the later year; "a quarter century" ("the past
/// quarter of a century") is 25 years.
#[test]
fn s11_split_years_and_quarter_centuries() {
    assert_eq!(
        tag(
            "A levy for fiscal 1987/88 ending Feb 29 may lapse.",
            "1987-04-19"
        ),
        ["fiscal 1987|DATE|1987", "Feb 29|DATE|1988-02-29"]
    );
    assert_eq!(
        tag(
            "Mills crushed less cane over the 1985/86 season to August.",
            "1987-04-19"
        ),
        ["1985|DATE|1985", "August|DATE|1986-08"]
    );
    assert_eq!(
        tag(
            "That mill has been idle more than a quarter century.",
            "1987-04-19"
        ),
        ["more than a quarter century|DURATION|P25Y"]
    );
    assert_eq!(
        tag("Rates fell over the past quarter-century.", "1987-04-19"),
        ["the past quarter-century|DURATION|P25Y"]
    );
    assert_eq!(
        tag(
            "Songs of the past quarter of a century, and more than a quarter of a century.",
            "2005-02-17"
        ),
        [
            "the past quarter of a century|DURATION|P25Y",
            "more than a quarter of a century|DURATION|P25Y"
        ]
    );
    assert_eq!(
        tag("Rates fell in the past quarter.", "1987-04-19"),
        ["the past quarter|DATE|1987-Q1"]
    );
}

/// "The fall was due to lower prices" is a drop; "in the fall", "the
/// fall season" are autumn. A possessive date takes "coming" as ahead
/// only within its clause and not as "coming after"; "between now and
/// June" looks ahead.
#[test]
fn s11_drops_possessives_and_now_until() {
    assert!(tag(
        "The statistics office said the fall was due to lower energy prices.",
        "2005-02-16"
    )
    .is_empty());
    assert!(tag("Dealers sold to stem the fall, traders said.", "2005-02-16")
        .is_empty());
    assert_eq!(
        tag("The vote is expected in the fall.", "2005-02-16"),
        ["the fall|DATE|2005-FA"]
    );
    assert_eq!(
        tag("CBS bought the show for the fall season.", "2005-02-16"),
        ["the fall|DATE|2004-FA"]
    );
    assert_eq!(
        tag(
            "The dip had been forecast, coming after December's sharp rise in orders.",
            "2005-02-16"
        ),
        ["December|DATE|2004-12"]
    );
    assert_eq!(
        tag("Much can still change between now and June.", "2005-02-16"),
        ["now|DATE|PRESENT_REF", "June|DATE|2005-06"]
    );
}

/// "On Monday Mr Ellis named ..." is a date though a name follows; "the
/// May poll" is a month after a determiner ("Theresa May said" is not);
/// a season alone after a preposition or a possessive is a season ("the
/// party's spring rally"), not a crop's ("spring wheat") or a drop's ("the
/// dollar's fall"); without a DCT it keeps its code.
#[test]
fn s11_names_after_days_may_and_seasons_alone() {
    assert_eq!(
        tag("But on Monday Mr Ellis named a new chief.", "2005-02-16"),
        ["Monday|DATE|2005-02-14"]
    );
    assert!(tag("The Sunday Herald ran the story.", "2005-02-16").is_empty());
    assert!(tag("A story by Sunday Herald writer Ann Lee ran.", "2005-02-16")
        .is_empty());
    assert_eq!(
        tag("Both parties expect a May poll.", "2005-02-16"),
        ["May|DATE|2005-05"]
    );
    assert!(tag("Theresa May said no.", "2005-02-16").is_empty());
    assert!(tag("The May Day march drew crowds.", "2005-02-16").is_empty());
    assert_eq!(
        tag("He spoke at the party's spring rally.", "2005-02-16"),
        ["spring|DATE|2004-SP"]
    );
    assert_eq!(
        tag("The band will tour in summer.", "2005-02-16"),
        ["summer|DATE|2005-SU"]
    );
    assert!(tag("Traders sold spring wheat in summer crops.", "2005-02-16")
        .is_empty());
    assert!(tag("The dollar's fall hurt exporters.", "2005-02-16").is_empty());
    assert_eq!(
        values_without_dct("They will tour in the summer."),
        ["the summer|XXXX-SU"]
    );
}

/// "the 80s", "the late 70s and early 80s", "the 1930s and 40s" are
/// decades; "in her early 90s" is an age, "rose to the mid 30s" a price,
/// "highs in the 70s F" a temperature.
#[test]
fn s11_decades_by_two_digits() {
    assert_eq!(
        tag("Pop peaked in the 80s.", "2005-02-16"),
        ["the 80s|DATE|198X"]
    );
    assert_eq!(
        tag("Critics forgot the late 70s and early 80s.", "2005-02-16"),
        ["the late 70s|DATE|197X", "early 80s|DATE|198X"]
    );
    assert_eq!(
        tag("She acted through the 1930s and 40s.", "2005-02-16"),
        ["the 1930s|DATE|193X", "40s|DATE|194X"]
    );
    assert!(tag("She is in her early 90s.", "2005-02-16").is_empty());
    assert!(tag(
        "Analysts see the stock rising to the mid 30s.",
        "2005-02-16"
    )
    .is_empty());
    assert!(
        tag("Highs will reach the 70s F in Texas.", "2005-02-16").is_empty()
    );
    assert!(
        tag("The firm sells 40s and 50s in bulk.", "2005-02-16").is_empty()
    );
    assert_eq!(
        tag("Sales over the President's Day weekend rose.", "2005-02-25"),
        ["President's Day weekend|DATE|2005-W07-WE"]
    );
}

/// No expression starts or ends inside a number: "a tale set 6,000 years
/// ago", "an average life of 8.37 years", "May  31,512" in a table of
/// open positions; "June 5,1987" written without a space is still a day.
#[test]
fn s11_nothing_inside_a_number() {
    assert!(tag("It is a tale set 6,000 years ago.", "2005-02-16").is_empty());
    assert_eq!(
        tag("The notes have an average life of 8.37 years.", "1987-03-02"),
        Vec::<String>::new()
    );
    assert!(tag("OPEN POSITIONS  May    31,512  Jul    18,204", "1987-04-06")
        .is_empty());
    assert_eq!(
        tag("The plant shut on June 5,1987 for good.", "1987-06-16"),
        ["June 5|DATE|1987-06-05"]
    );
}

/// "The same period last year" in a sentence that names one month and no
/// quarter is that month a year back; with a quarter, the quarter.
#[test]
fn s11_the_same_period_of_a_month() {
    assert_eq!(
        tag(
            "Bookings fell during February, to 2.0 mln, from 2.2 mln over the same period last year.",
            "1987-03-04"
        ),
        ["February|DATE|1987-02", "the same period last year|DATE|1986-02"]
    );
    assert_eq!(
        tag(
            "Bookings fell in the fourth quarter, to 2.0 mln, from 2.2 mln over the same period last year.",
            "1987-03-04"
        ),
        [
            "the fourth quarter|DATE|1986-Q4",
            "the same period last year|DATE|1985-Q4"
        ]
    );
}

/// "A few hundred years earlier", "thousands of years later" are no
/// steps of "years" the narrative can take.
#[test]
fn s11_hundreds_of_years() {
    assert!(tag(
        "The game has roots in Persia a few hundred years earlier.",
        "2005-02-16"
    )
    .is_empty());
    assert!(tag("The ice melted thousands of years later.", "2005-02-16")
        .is_empty());
    assert_eq!(
        tag("Prices are back at levels of a year ago.", "2005-02-16"),
        ["a year ago|DATE|2004"]
    );
}

/// A futures month is the contract still to expire, whatever the verb:
/// "selling drove the June contract below support" in March is this
/// June; a deal's "January contract" keeps its tense.
#[test]
fn s11_futures_months() {
    assert_eq!(
        tag(
            "Selling drove the June contract below chart support.",
            "1987-03-06"
        ),
        ["June|DATE|1987-06"]
    );
    assert_eq!(
        tag(
            "The exchange changed the rules for the January option.",
            "1987-03-06"
        ),
        ["January|DATE|1988-01"]
    );
    assert_eq!(
        tag(
            "Under the January contract the refiner was to buy crude.",
            "1987-03-06"
        ),
        ["January|DATE|1987-01"]
    );
}

/// What a plan plans lies ahead ("its plan to expand the mill in the third
/// quarter"), even in a past clause; a plan handed "to 40 lenders" is no
/// such plan. A participle after a preposition or an article ("in
/// selected cities", "citing a revised estimate") is no verb of the date.
#[test]
fn s12_plans_and_participles_that_are_not_the_verb() {
    assert_eq!(
        tag(
            "The group was not likely to keep to its plan to trim supply in the second quarter.",
            "2005-02-16"
        ),
        ["the second quarter|DATE|2005-Q2"]
    );
    assert_eq!(
        tag(
            "The firm presented its plan to 40 lenders in March.",
            "1987-06-10"
        ),
        ["March|DATE|1987-03"]
    );
    assert_eq!(
        tag(
            "The network is due for trials in August in selected towns.",
            "1987-03-06"
        ),
        ["August|DATE|1987-08"]
    );
    assert_eq!(
        tag(
            "Curbs on ownership may be lifted on June 30, citing a revised estimate.",
            "1987-03-12"
        ),
        ["June 30|DATE|1987-06-30"]
    );
    // Past a comma the words skip numbers: "in 1984, adjusted" is a verb.
    assert_eq!(
        tag(
            "They paid 44 cents for the year against 31 cents in 1984, adjusted for a share split.",
            "1987-03-12"
        ),
        ["the year|DATE|1986", "1984|DATE|1984"]
    );
}

/// "the previous fiscal year", "next financial year", "this calendar
/// year": the year counted as without the word; "the July/September
/// quarter", "the January-June period": a calendar quarter or half named
/// by its months; "midnight yesterday" ends yesterday.
#[test]
fn s12_fiscal_years_quarters_by_months_and_midnight() {
    assert_eq!(
        tag(
            "Revenue rose from the previous fiscal year. It expects gains next financial year and in the coming fiscal year.",
            "1987-06-10"
        ),
        [
            "the previous fiscal year|DATE|1986",
            "next financial year|DATE|1988",
            "the coming fiscal year|DATE|1988"
        ]
    );
    assert_eq!(
        tag(
            "Output grew by a tenth in the October/December quarter. Exports will grow in the January-March quarter. The IMF will review the January-June period.",
            "1987-03-17"
        ),
        [
            "the October/December quarter|DATE|1986-Q4",
            "the January-March quarter|DATE|1987-Q1",
            "the January-June period|DATE|1987-H1"
        ]
    );
    // Other spans of months stay months.
    let months = tag("Sales in the April/February period fell.", "1987-09-17");
    assert_eq!(months.len(), 2);
    assert!(
        months[0].starts_with("April|DATE|")
            && months[1].starts_with("February|DATE|")
    );
    // Values of months (YYYY-MM), not a quarter or a half.
    assert!(months
        .iter()
        .all(|m| m.rsplit('|').next().is_some_and(|v| v.len() == 7)));
    assert_eq!(
        tag("The offer expired at midnight yesterday.", "1987-03-18"),
        ["midnight yesterday|TIME|1987-03-17T24:00"]
    );
}

/// "a second" is a length of time only as one ("for a second", "a second
/// later"); "a second plant", "wrote a second, longer book" count.
/// "between 1900 and 2300 hours" are two clock times; "the fourth quarter
/// last year" is one expression; "next day" is the narrative's.
#[test]
fn s12_seconds_clock_ranges_quarters_of_a_year() {
    assert_eq!(
        tag(
            "The firm leased a second jet. She wrote a second, longer book. He paused for a second. A second later it fell.",
            "1987-04-17"
        ),
        ["a second|DURATION|PT1S", "A second|DURATION|PT1S"]
    );
    assert_eq!(
        tag(
            "The exchange will trade between 1900 and 2300 hours from the start of the third quarter this year.",
            "1987-03-30"
        ),
        [
            "1900|TIME|1987-03-30T19:00",
            "2300 hours|TIME|1987-03-30T23:00",
            "the start of the third quarter this year|DATE|1987-Q3"
        ]
    );
    assert_eq!(
        tag(
            "Output fell in the fourth quarter last year and will rise in the first half this year.",
            "1987-03-10"
        ),
        [
            "the fourth quarter last year|DATE|1986-Q4",
            "the first half this year|DATE|1987-H1"
        ]
    );
    // "for a second" is time only where the phrase ends there.
    assert!(tag(
        "He won for a second time, and fans hoping for a second \"miracle\" cheered.",
        "2005-02-16"
    )
    .is_empty());
    assert_eq!(
        tag("He waited for a second, then spoke.", "2005-02-16"),
        ["a second|DURATION|PT1S"]
    );
    // A length of time before an event keeps its half.
    assert_eq!(
        tag(
            "She wore a brace for three and a half months after the crash.",
            "2005-02-16"
        ),
        ["three and a half months|DURATION|P3M15D"]
    );
    assert_eq!(
        tag("We wrote on Monday and next day they replied.", "2005-02-16"),
        ["Monday|DATE|2005-02-14", "next day|DATE|2005-02-15"]
    );
}

/// A story set all in lower case still has its dates; "may" and "march"
/// the verbs stay verbs.
#[test]
fn s12_a_story_all_in_lower_case() {
    let text = "quito, march 13 - the government said prices may rise again. \
                payments have been suspended since january, and the march 5 \
                earthquake cut the pipeline. unions will march on friday, and \
                talks resume in may. the accord reached last february runs \
                to august. officials said the cost of the quake is still \
                being counted and that no more payments would be made.";
    assert_eq!(
        tag(text, "1987-03-13"),
        [
            "march 13|DATE|1987-03-13",
            "january|DATE|1987-01",
            "march 5|DATE|1987-03-05",
            "friday|DATE|1987-03-13",
            "may|DATE|1987-05",
            // "last February" in March is a year back, and the range
            // runs on from it.
            "last february|DATE|1986-02",
            "august|DATE|1986-08"
        ]
    );
}

/// "returns today after beating Smith on Tuesday": what was done before
/// the clause's time lies behind it. A date inside a web address dates
/// nothing.
#[test]
fn s12_after_a_gerund_and_web_addresses() {
    assert_eq!(
        tag(
            "Ruiz plays again today after knocking out the top seed on Tuesday.",
            "2023-11-02"
        ),
        ["today|DATE|2023-11-02", "Tuesday|DATE|2023-10-31"]
    );
    assert_eq!(
        tag(
            "Sources: newsdesk.com/2017/01/21/story-name and https://example.org/archive/2019-05-02/page. On 2017/01/21 the fund closed.",
            "2019-06-01"
        ),
        ["2017/01/21|DATE|2017-01-21"]
    );
}

/// A year of the next century after a word that leads to it ("by around
/// 2100", "in 2150"); not a clock time, a figure or an index level.
#[test]
fn s12_years_past_this_century() {
    assert_eq!(
        tag(
            "Warming could fall back by around 2100, and in 2150 the coast may flood. Trade ends at 2100 GMT; the index hit a high of 2188 and prices rose to 2150 dlrs.",
            "2020-01-01"
        ),
        ["around 2100|DATE|2100", "2150|DATE|2150", "2100 GMT|TIME|2020-01-01T21:00"]
    );
}

/// "the same period" with no quarter, month or longer period named before
/// it is the period just spoken of, whatever that was: not a quarter a
/// year back. After a quarter it is that quarter a year back.
#[test]
fn s12_the_same_period_without_a_quarter() {
    assert_eq!(
        tag(
            "Over the ensuing decades the region changed. During the same period, towns grew.",
            "2020-05-16"
        ),
        ["decades|DURATION|PXY", "the same period|DATE|XXXX-XX-XX"]
    );
    assert_eq!(
        tag(
            "Net profit climbed in the first quarter to 5 mln dlrs against 3 mln in the same period.",
            "1987-04-20"
        ),
        ["the first quarter|DATE|1987-Q1", "the same period|DATE|1986-Q1"]
    );
}

/// "is likely to rise in the second half of the year": ahead, and "of the
/// year" is part of the expression.
#[test]
fn s12_likely_to_and_halves_of_the_year() {
    assert_eq!(
        tag(
            "Bullion is likely to climb in the second half of the year, dealers said.",
            "1987-03-26"
        ),
        ["the second half of the year|DATE|1987-H2"]
    );
    assert_eq!(
        tag(
            "Analysts said the index is poised to top 2500 by June.",
            "1987-03-26"
        ),
        ["June|DATE|1987-06"]
    );
}

/// "on Tuesday, 14 June": of the nearest years, the one whose 14 June is
/// a Tuesday. "Due to charges" gives a cause, not a date ahead.
#[test]
fn s12_a_weekday_picks_the_year_and_due_to_a_cause() {
    // 14 June 2004 was a Monday, 14 June 2005 a Tuesday.
    assert_eq!(
        tag("They played on Tuesday, 14 June.", "2005-02-16"),
        ["Tuesday, 14 June|DATE|2005-06-14"]
    );
    assert_eq!(
        tag("They played on Monday, 14 June.", "2005-02-16"),
        ["Monday, 14 June|DATE|2004-06-14"]
    );
    assert_eq!(
        tag(
            "The maker reported a fourth quarter loss mainly due to charges for closing a plant.",
            "1987-03-24"
        ),
        ["fourth quarter|DATE|1986-Q4"]
    );
}

/// Months in a list are months, "May" too: "of April, May and June",
/// "in both May and June", "March, May, July, September and December";
/// not a name ("Theresa May, June Carter"). "The 30's" is a decade.
#[test]
fn s12_lists_of_months_and_decades_with_apostrophes() {
    assert_eq!(
        tag("Quotas were set for April, May and June.", "1987-04-07"),
        ["April|DATE|1987-04", "May|DATE|1987-05", "June|DATE|1987-06"]
    );
    assert_eq!(
        tag("It may ship grain in both May and June.", "1987-04-07"),
        ["May|DATE|1987-05", "June|DATE|1987-06"]
    );
    assert_eq!(
        tag(
            "Contracts will trade for March, May, July, September and December.",
            "1987-03-06"
        ),
        [
            "March|DATE|1987-03",
            "May|DATE|1987-05",
            "July|DATE|1987-07",
            "September|DATE|1987-09",
            "December|DATE|1987-12"
        ]
    );
    assert!(tag("Theresa May, June Carter and others spoke.", "2017-04-07")
        .is_empty());
    assert_eq!(
        tag("Such worries recall the 30's and the late 70's.", "2005-02-16"),
        ["the 30's|DATE|193X", "the late 70's|DATE|197X"]
    );
}

/// A model number after a brand in capitals ("RTX 2080 Ti", "the ZX
/// 1900 series") is no year; a headline's "IN 1987" is.
#[test]
fn s12_model_numbers_after_a_brand() {
    assert_eq!(
        tag(
            "It beats the RTX 2080 Ti and the ZX 1900 series. IN 1987 SALES ROSE.",
            "2020-01-01"
        ),
        ["1987|DATE|1987"]
    );
}

/// "is aiming to", "hopes to", "is preparing to": the act lies ahead. A
/// word of the future reaches a date across a long object ("is due to
/// publish a review of the regional rail freight subsidy programme in
/// July"); a past verb that far back does not, nor does a future one
/// across a comparison.
#[test]
fn s13_aims_and_far_words_of_the_future() {
    assert_eq!(
        tag(
            "The agency is aiming to begin a hardware upgrade in November.",
            "2005-02-16"
        ),
        ["November|DATE|2005-11"]
    );
    assert_eq!(
        tag(
            "The ministry is also due to publish a review of the regional rail freight subsidy programme in July.",
            "2005-02-16"
        ),
        ["July|DATE|2005-07"]
    );
    // Too far back for a past verb: the bare month keeps its default
    // (the last one).
    assert_eq!(
        tag(
            "Officials reported that a review of the regional rail freight subsidy programme began in July.",
            "2005-02-16"
        ),
        ["July|DATE|2004-07"]
    );
    assert_eq!(
        tag(
            "The shortfall is expected to shrink to about six billion marks, from a provisional reading of seven billion in January.",
            "1987-03-20"
        ),
        ["January|DATE|1987-01"]
    );
}

/// "the 1986 year-end", "year-end 1985": that year's last day. "At
/// year-end 1986, from $2 a year earlier": the comparison is with the year
/// the sentence named.
#[test]
fn s13_year_ends_with_their_year() {
    assert_eq!(
        tag(
            "The fund held 40 million euros at year-end 1985 and its 1986 year-end figure was higher.",
            "1987-04-01"
        ),
        [
            "year-end 1985|DATE|1985-12-31",
            "1986 year-end|DATE|1986-12-31"
        ]
    );
    assert_eq!(
        tag(
            "Grain stocks dropped to 12 million tonnes at year-end 1986 from 19 million a year earlier.",
            "1987-04-01"
        ),
        ["year-end 1986|DATE|1986-12-31", "a year earlier|DATE|1985"]
    );
}

/// A date and a clock time written with a space, as logs and tables
/// write them ("2021-03-09 08:15 UTC", "2021-03-09 09:02:00+00").
#[test]
fn s13_iso_dates_with_a_clock_time_after_a_space() {
    assert_eq!(
        tag(
            "Errors rose after 2021-03-09 08:15 UTC and peaked at 2021-03-09 09:02:00+00.",
            "2021-03-11"
        ),
        [
            "2021-03-09 08:15 UTC|TIME|2021-03-09T08:15",
            "2021-03-09 09:02:00+00|TIME|2021-03-09T09:02"
        ]
    );
}

/// After a possessive a month is a date ("the alliance's December accord");
/// a month bought "for" shipment or delivery lies ahead of the deal, and
/// "for May shipment" is the month.
#[test]
fn s13_possessive_months_and_shipment_months() {
    assert_eq!(
        tag(
            "Traders doubted the alliance's December accord would hold.",
            "1987-03-10"
        ),
        ["December|DATE|1986-12"]
    );
    assert_eq!(
        tag(
            "Importers bought 8,000 tonnes of sunflower oil for June shipment and more for May loading.",
            "1987-03-10"
        ),
        ["June|DATE|1987-06", "May|DATE|1987-05"]
    );
}

/// "three to five years", "12-18 months", "the next two to three weeks":
/// one duration, a range (`PXY`); "25 to 49 years of age" is an age.
#[test]
fn s13_ranges_of_durations() {
    assert_eq!(
        tag(
            "The rebuild should need three to five years, and testing 12-18 months.",
            "1987-03-10"
        ),
        ["three to five years|DURATION|PXY", "12-18 months|DURATION|PXM"]
    );
    assert_eq!(
        tag(
            "A verdict is due in the next two to three weeks or so.",
            "1987-03-10"
        ),
        ["the next two to three weeks|DURATION|PXW"]
    );
    assert_eq!(
        tag("It took twenty-four hours.", "1987-03-10"),
        ["twenty-four hours|DURATION|PT24H"]
    );
    assert!(tag(
        "The trial enrolled adults 25 to 49 years of age.",
        "1987-03-10"
    )
    .is_empty());
}

/// "In the past hour" is an hour up to now, not "the past"; code quoted
/// in a page ("now()", "AND CURRENT ROW") is no time; "near July" in a
/// futures report is the contract still to trade.
#[test]
fn s13_the_past_hour_code_and_near_contracts() {
    assert_eq!(
        tag("The site logged 31 timeouts in the past hour.", "2021-03-11"),
        ["the past hour|DURATION|PT1H"]
    );
    assert!(tag(
        "Filter with ts < now() and ROWS BETWEEN 5 PRECEDING AND CURRENT ROW.",
        "2021-03-11"
    )
    .is_empty());
    assert_eq!(
        tag(
            "Sugar futures eased in thin trading, with near August down 12 points.",
            "1987-04-07"
        ),
        ["August|DATE|1987-08"]
    );
}

/// "is to close the scheme on 31 December", "ministers are to meet in
/// January": a plan, ahead. A present passive is no past ("when the
/// appeal is heard in May"); "are said to have met on Monday" is.
#[test]
fn s13_is_to_and_present_passives() {
    assert_eq!(
        tag(
            "The regulator is to close the scheme on 31 December.",
            "2005-02-16"
        ),
        ["31 December|DATE|2005-12-31"]
    );
    assert_eq!(
        tag(
            "The family may lose custody when the appeal is heard in May in a federal court.",
            "2000-03-29"
        ),
        ["May|DATE|2000-05"]
    );
    assert_eq!(
        tag(
            "Rebel units are said to have abandoned the airfield on Monday.",
            "1987-03-25"
        ),
        ["Monday|DATE|1987-03-23"]
    );
}

/// "the October-to-December quarter" is a quarter. A narrative step told
/// ahead ("will go on sale the following week") does not start from a
/// date already behind the DCT.
#[test]
fn s13_quarters_by_months_and_steps_told_ahead() {
    assert_eq!(
        tag(
            "The board met to review its October-to-December quarter figures.",
            "2005-02-16"
        ),
        ["October-to-December quarter|DATE|2004-Q4"]
    );
    assert_eq!(
        tag(
            "The band first played the hall in 1971. Its new album will go on sale the following week.",
            "2005-02-16"
        ),
        ["1971|DATE|1971", "the following week|DATE|2005-W08"]
    );
}

/// "The party daily said": a newspaper, no set. "Their upcoming spring
/// plantings": a season.
#[test]
fn s13_newspapers_that_tell_and_coming_seasons() {
    assert!(tag("The provincial daily said rains had eased.", "1987-04-07")
        .is_empty());
    assert_eq!(
        tag(
            "Growers weighed how to pay for their upcoming spring plantings.",
            "1987-03-03"
        ),
        ["spring|DATE|1987-SP"]
    );
}

/// "The same period last year" after days of one month ("the March 11-20
/// period", "from March 2 to March 24") is that month a year back; a
/// longer stretch ending on the day ("the 40 weeks ended March 7") and a
/// dateline do not say which month.
#[test]
fn s13_the_same_period_by_the_days_of_a_month() {
    assert_eq!(
        tag(
            "Dealers sold 4,120 trucks from March 2 to March 24, up from 3,870 in the same 1986 period.",
            "1987-04-01"
        ),
        [
            "March 2|DATE|1987-03-02",
            "March 24|DATE|1987-03-24",
            "the same 1986 period|DATE|1986-03"
        ]
    );
    let long = tag(
        "Mill output for the 40 weeks ended March 7 grew 3.4 percent over the year-ago period.",
        "1987-04-01",
    );
    assert!(!long.iter().any(|t| t.ends_with("1986-03")), "{long:?}");
}

/// "Up to £250m yearly", "$5bn annually": a rate, no set; "filed yearly"
/// is one.
#[test]
fn s13_rates_in_millions_are_no_sets() {
    assert_eq!(
        tag(
            "The scheme would fund clubs with up to £180m yearly, and returns are filed yearly.",
            "2005-02-16"
        ),
        ["yearly|SET|P1Y"]
    );
}

/// "Their improved second-half display", "a second-half try": a half of a
/// match, no date.
#[test]
fn s13_halves_of_a_match_by_the_noun_after() {
    assert!(tag(
        "The captain said his side could not match the visitors' second-half display.",
        "2005-02-16"
    )
    .is_empty());
    assert_eq!(
        tag("Profits should recover in the second half.", "2005-02-16"),
        ["the second half|DATE|2005-H2"]
    );
    assert!(tag(
        "The plot turns darker in the movie's second half.",
        "2005-02-16"
    )
    .is_empty());
}

/// "Year-to-date sales": this year, so far; "a year earlier" after it is
/// the year before.
#[test]
fn s13_year_to_date() {
    assert_eq!(
        tag(
            "Its year-to-date bookings were 4.1 mln, against 3.9 mln a year earlier.",
            "1987-04-08"
        ),
        ["year-to-date|DATE|1987", "a year earlier|DATE|1986"]
    );
}

/// "On the eve of Thanksgiving" is the day before it.
#[test]
fn s13_the_eve_of_a_day() {
    assert_eq!(
        tag(
            "Shoppers crowded the malls on the eve of Thanksgiving.",
            "2013-03-14"
        ),
        ["the eve of Thanksgiving|DATE|2012-11-21"]
    );
}

/// "In January, the deficit narrowed 3.2% on a year ago": the month the
/// sentence named, a year back. A futures month that moves ("with November
/// off 11 cents") is the contract ahead. A dateline's dash is no range
/// ("LIMA, March 2 - February output").
#[test]
fn s13_a_year_ago_of_a_month_contracts_and_dateline_dashes() {
    assert_eq!(
        tag(
            "In January, the deficit narrowed 3.2% on a year ago.",
            "2005-02-16"
        ),
        ["January|DATE|2005-01", "a year ago|DATE|2004-01"]
    );
    assert_eq!(
        tag(
            "Soybean futures eased at the exchange, with November off 11 cents.",
            "1987-06-26"
        ),
        ["November|DATE|1987-11"]
    );
    assert_eq!(
        tag(
            "LIMA, March 2 - February copper output slipped 3 pct.",
            "1987-03-02"
        ),
        ["March 2|DATE|1987-03-02", "February|DATE|1987-02"]
    );
}

/// "Just after midnight on June 28" is the start of the day; "expires at
/// midnight on June 28" its end. "Aged 55 to 75 years" is an age.
#[test]
fn s13_after_midnight_and_ages() {
    assert_eq!(
        tag("The walkout began just after midnight on June 28.", "1987-06-30"),
        ["midnight on June 28|TIME|1987-06-28T00:00"]
    );
    assert_eq!(
        tag("The tender offer expires at midnight on June 28.", "1987-06-20"),
        ["midnight on June 28|TIME|1987-06-28T24:00"]
    );
    assert!(tag(
        "The study followed women aged 40 to 65 years.",
        "2019-12-20"
    )
    .is_empty());
}

#[test]
fn s14_a_date_after_its_verb_is_that_verbs() {
    // The date belongs to the verb its phrase follows, not to the verb
    // of the clause the phrase sits in.
    assert_eq!(
        tag(
            "If the merger the two banks signed with regulators on 9 November goes ahead, it will create a giant.",
            "2005-02-16"
        ),
        ["9 November|DATE|2004-11-09"]
    );
    assert_eq!(
        tag(
            "The tariff rise introduced in January will bring in less than planned.",
            "2005-03-16"
        ),
        ["January|DATE|2005-01"]
    );
    assert_eq!(
        tag(
            "The regulator said in a statement on Sunday it will hold no talks.",
            "2005-02-16"
        ),
        ["Sunday|DATE|2005-02-13"]
    );
    // A date opening the next clause's subject is that clause's.
    assert_eq!(
        tag(
            "The minister said in a statement the June quarter sale will include no bonds.",
            "2005-04-13"
        ),
        ["the June quarter|DATE|2005-Q2"]
    );
    // "Housing starts" is a noun: the verb after the date speaks.
    assert_eq!(
        tag("Housing starts in January fell.", "2005-07-05"),
        ["January|DATE|2005-01"]
    );
}

#[test]
fn s14_hopes_as_a_noun_and_verbs_like_quit() {
    assert_eq!(
        tag(
            "The data dashed hopes of a small expansion in the fourth quarter.",
            "2005-02-16"
        ),
        ["the fourth quarter|DATE|2004-Q4"]
    );
    assert_eq!(
        tag("The insurer hopes to complete the sale in May.", "2005-02-16"),
        ["May|DATE|2005-05"]
    );
    // "would quit", "could hit": the modal's tense, not a past.
    assert_eq!(
        tag(
            "The three directors announced in November that they would quit in May.",
            "2005-02-16"
        ),
        ["November|DATE|2004-11", "May|DATE|2005-05"]
    );
    assert_eq!(
        tag("The storm could hit the coast as late as Monday.", "2005-02-16"),
        ["Monday|DATE|2005-02-21"]
    );
}

#[test]
fn s14_a_year_earlier_than_this_quarter() {
    assert_eq!(
        tag(
            "Bad loans could rise to $700 million at the end of this quarter, against $669 million a year earlier.",
            "1987-03-26"
        ),
        [
            "the end of this quarter|DATE|1987-Q1",
            "a year earlier|DATE|1986-Q1"
        ]
    );
}

#[test]
fn s14_steps_told_with_going_to() {
    assert_eq!(
        tag(
            "The loans were rescheduled in September 1986. These arrears are not going to vanish in the next year or two, the banker said.",
            "1987-03-24"
        ),
        ["September 1986|DATE|1986-09", "the next year|DATE|1988"]
    );
    // "was going to" may be told from then.
    assert_eq!(
        tag(
            "The loans were restructured in September 1986. The bank said they were going to be repaid the following year.",
            "1987-03-24"
        ),
        ["September 1986|DATE|1986-09", "the following year|DATE|1987"]
    );
}

/// "The future of the airline" is its fate and "the future owner of the
/// firm" an adjective's noun: no time. "Worried about the future" is one.
#[test]
fn s14_the_future_of_a_thing() {
    assert!(tag(
        "Ministers will decide the future of the airline this week.",
        "2005-02-16"
    )
    .iter()
    .all(|t| !t.contains("FUTURE_REF")));
    assert!(tag(
        "She met Tom Reid, the future owner of the mill.",
        "2005-02-16"
    )
    .is_empty());
    assert_eq!(
        tag("Investors are worried about the future and sold.", "2005-02-16"),
        ["the future|DATE|FUTURE_REF"]
    );
    assert_eq!(
        tag("Prices will rise in the future as well.", "2005-02-16"),
        ["the future|DATE|FUTURE_REF"]
    );
    assert_eq!(
        tag("Prices will rise in the future, of course.", "2005-02-16"),
        ["the future|DATE|FUTURE_REF"]
    );
}

/// "The same year ago period", "the year earlier quarter": written
/// without hyphens, still the period a year back. After a year the
/// sentence names, "the year-earlier period" is the year before it.
#[test]
fn s14_year_ago_periods_without_hyphens() {
    assert_eq!(
        tag(
            "Car sales rose in the quarter, up 9 percent over the same year ago period.",
            "1987-04-01"
        ),
        ["the quarter|DATE|1987-Q1", "the same year ago period|DATE|1986-Q1"]
    );
    assert_eq!(
        tag(
            "The retailer posted a 1986 trading profit of 41 mln dlrs, compared to a loss of 9 mln dlrs in the year earlier period.",
            "1987-03-20"
        ),
        ["1986|DATE|1986", "the year earlier period|DATE|1985"]
    );
}

/// A comparison's past does not set the tense of the sentence's next
/// date, nor does a word of time reach past "and" or "but".
#[test]
fn s14_comparisons_keep_their_tense_to_themselves() {
    assert_eq!(
        tag(
            "The analyst said the bank would earn 70 cents a share in the first quarter against 45 cents in the same quarter a year ago, and 80 cents a share in the second quarter.",
            "1987-03-31"
        ),
        [
            "the first quarter|DATE|1987-Q1",
            "the same quarter a year ago|DATE|1986-Q1",
            "the second quarter|DATE|1987-Q2"
        ]
    );
    assert_eq!(
        tag(
            "The review will probably start no earlier than July but before October.",
            "1987-03-31"
        ),
        ["July|DATE|1987-07", "October|DATE|1987-10"]
    );
    // A comparison after a past report is past.
    assert_eq!(
        tag(
            "The builder reported a profit of about 5.2 mln dlrs on revenue of about 31 mln dlrs in 1986 compared with 2.4 mln dlrs in 1985.",
            "1987-03-18"
        ),
        ["1986|DATE|1986", "1985|DATE|1985"]
    );
}

#[test]
fn s14_what_is_asked_for_lies_ahead() {
    assert_eq!(
        tag(
            "Officials were asked to resubmit the proposal before July, when ministers meet.",
            "1987-03-20"
        ),
        ["July|DATE|1987-07"]
    );
}

/// "The second fiscal quarter last year" in March is that quarter of
/// last year, not of the year before the last quarter reported.
#[test]
fn s14_a_numbered_quarter_last_year() {
    assert_eq!(
        tag(
            "During the second fiscal quarter last year, the retailer lost 2 mln dlrs.",
            "1987-03-05"
        ),
        ["the second fiscal quarter last year|DATE|1986-Q2"]
    );
    // A year before the quarter reported, when not "last year".
    assert_eq!(
        tag(
            "Fourth-quarter profit rose to 5 mln dlrs from 4 mln dlrs in the year-ago fourth quarter.",
            "1987-02-10"
        ),
        [
            "Fourth-quarter|DATE|1986-Q4",
            "the year-ago fourth quarter|DATE|1985-Q4"
        ]
    );
}

/// "A quarter million people" is a number, "Fat 1782 % Daily Value" an
/// amount and "the Future Industry Association" a name: no time.
#[test]
fn s14_fractions_amounts_and_names_that_look_like_times() {
    assert!(tag(
        "The storm left a quarter million people without power.",
        "2020-10-01"
    )
    .is_empty());
    assert_eq!(
        tag("It took a quarter century to rebuild.", "2020-10-01"),
        ["a quarter century|DURATION|P25Y"]
    );
    assert!(tag("Sugars 1650 % Daily Value", "2020-10-01").is_empty());
    assert!(tag(
        "He spoke before addressing the Future Industry Association.",
        "1987-03-20"
    )
    .is_empty());
}

/// "By the early summer" looks ahead like "by June"; so does what is
/// waited for.
#[test]
fn s14_by_the_season_and_waiting_for() {
    assert_eq!(
        tag(
            "The firm wants approval of human tests by the early summer.",
            "1987-03-19"
        ),
        ["early summer|DATE|1987-SU"]
    );
    assert_eq!(
        tag(
            "Most producers are now prepared to wait for the council's annual September session.",
            "1987-04-01"
        ),
        ["now|DATE|PRESENT_REF", "September|DATE|1987-09"]
    );
}

#[test]
fn s14_by_the_weekday_deadline_is_no_plan() {
    assert_eq!(
        tag(
            "The buyer completed its offer for the studio, with holders of nearly all of the class A and class B stock tendering by the Tuesday deadline.",
            "1989-11-02"
        ),
        ["Tuesday|DATE|1989-10-31"]
    );
}

#[test]
fn s14_ahead_of_a_season() {
    assert_eq!(
        tag("Crude stocks have improved ahead of winter.", "2004-11-16"),
        ["winter|DATE|2004-WI"]
    );
}

/// "Near May" in a futures report is the nearest May contract, still to
/// trade.
#[test]
fn s14_near_month_contracts() {
    assert_eq!(
        tag(
            "Near May in London slid to a new low, traders said.",
            "1987-04-01"
        ),
        ["May|DATE|1987-05"]
    );
    assert_eq!(
        tag("Near July fell 45 points but later recovered.", "1987-04-07"),
        ["July|DATE|1987-07"]
    );
}

/// "Friday the 10th", "Tuesday 7th": a weekday with its day of the month
/// is that day, not the weekday nearest by tense.
#[test]
fn s14_a_weekday_with_its_day_of_the_month() {
    assert_eq!(
        tag("The envoy left on Friday the 10th.", "2017-03-08"),
        ["Friday the 10th|DATE|2017-02-10"]
    );
    assert_eq!(
        tag("The talks will resume on Monday 13th.", "2017-03-08"),
        ["Monday 13th|DATE|2017-03-13"]
    );
}

#[test]
fn s15_what_was_contracted_or_offered_lies_ahead() {
    // A past commitment to act: the act lies ahead, like "agreed to".
    assert_eq!(
        tag(
            "In February the mill had contracted to ship pulp to two buyers until June.",
            "1987-03-13"
        ),
        ["February|DATE|1987-02", "June|DATE|1987-06"]
    );
    assert_eq!(
        tag("The bank offered to cut its fee in May.", "1987-03-13"),
        ["May|DATE|1987-05"]
    );
    // "Contracted to" a figure is shrinking: the month is the one reported.
    assert_eq!(
        tag(
            "Lending contracted to 19.7 billion dlrs in January.",
            "1987-03-13"
        ),
        ["January|DATE|1987-01"]
    );
}

#[test]
fn s15_the_year_is_the_one_the_sentence_named() {
    // "The year" after a year the sentence names is that year.
    assert_eq!(
        tag(
            "The bakery sold 12 mln dlrs of bread in 1986 and expects a loss for the year.",
            "1987-03-10"
        ),
        ["1986|DATE|1986", "the year|DATE|1986"]
    );
    assert_eq!(
        tag(
            "Car sales in 1986 were flat until they picked up at the end of the year.",
            "1987-03-10"
        ),
        ["1986|DATE|1986", "the end of the year|DATE|1986"]
    );
    // "The full year" likewise.
    assert_eq!(
        tag(
            "It expects revenue to rise in the first quarter of 2023 and for the full year.",
            "2022-12-09"
        ),
        ["the first quarter of 2023|DATE|2023-Q1", "the full year|DATE|2023"]
    );
    // Not a year of a name, nor one named by its month.
    assert_eq!(
        tag(
            "Under the Clean Water Act of 1986 the board will review fees in the last quarters of the year.",
            "1987-03-10"
        ),
        ["1986|DATE|1986", "the year|DATE|1987"]
    );
    assert_eq!(
        tag(
            "The peso has gained since September 1985 and may hit 30 per dollar by the end of the year.",
            "1987-03-10"
        ),
        ["September 1985|DATE|1985-09", "the end of the year|DATE|1987"]
    );
}

#[test]
fn s15_a_season_of_last_or_next_year() {
    assert_eq!(
        tag(
            "Crops suffered from a dry autumn last year. Payouts are due in the spring of next year.",
            "1987-04-10"
        ),
        ["autumn last year|DATE|1986-FA", "the spring of next year|DATE|1988-SP"]
    );
    assert_eq!(
        tag("The warm winter this year cut heating bills.", "1987-04-10"),
        ["winter this year|DATE|1987-WI"]
    );
    // "Fall" without "the" is a verb.
    assert_eq!(
        tag("Prices will fall next year.", "1987-04-10"),
        ["next year|DATE|1988"]
    );
}

#[test]
fn s15_2400_with_a_zone_is_the_days_end() {
    assert_eq!(
        tag("The tender offer expired at 2400 EDT yesterday.", "1987-04-10"),
        ["2400 EDT yesterday|TIME|1987-04-09T24:00"]
    );
    assert_eq!(
        tag("The pilot logged 2400 hrs of flying.", "1987-04-10"),
        [] as [&str; 0]
    );
}

#[test]
fn s15_a_count_with_a_plus_is_at_least_that() {
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let text = "The paper had been unchanged for 40+ years.";
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    assert_eq!(tags.len(), 1);
    assert_eq!(&text[tags[0].timex.span.clone()], "40+ years");
    assert_eq!(tags[0].value, "P40Y");
    assert_eq!(tags[0].modifier(text), Some("EQUAL_OR_MORE"));
}

#[test]
fn s15_a_season_without_a_tense_may_lie_ahead() {
    // Like a month: a few months ahead, when no tense says otherwise.
    assert_eq!(
        tag(
            "We plan a real launch at the beginning of the summer.",
            "2014-03-10"
        ),
        ["the beginning of the summer|DATE|2014-SU"]
    );
    assert_eq!(
        tag("The launch was in the summer.", "2014-03-10"),
        ["the summer|DATE|2013-SU"]
    );
    assert_eq!(
        tag("The sale is in the autumn.", "2014-03-10"),
        ["the autumn|DATE|2013-FA"]
    );
}

#[test]
fn s15_a_present_progressive_schedules_a_weekday() {
    // Wednesday 16 February 2005.
    assert_eq!(
        tag(
            "Trade ministers are meeting on Thursday in Geneva.",
            "2005-02-16"
        ),
        ["Thursday|DATE|2005-02-17"]
    );
    // The schedule is its own date's: the month after it keeps its past.
    assert_eq!(
        tag(
            "The bourse chief is meeting her on Thursday, the third meeting since the bid in December.",
            "2005-02-16"
        ),
        ["Thursday|DATE|2005-02-17", "December|DATE|2004-12"]
    );
}

#[test]
fn s15_this_weekend_ends_the_week() {
    // Wednesday 16 February 2005: the weekend of the 19th.
    assert_eq!(
        tag(
            "The sprinter has pulled out of this weekend's indoor meeting.",
            "2005-02-16"
        ),
        ["this weekend|DATE|2005-W07-WE"]
    );
    // Monday 14 February 2005: told in the past, the one just gone.
    assert_eq!(
        tag("They simply played better than us this weekend.", "2005-02-14"),
        ["this weekend|DATE|2005-W06-WE"]
    );
}

#[test]
fn s15_a_that_clause_after_the_date_is_what_was_told() {
    // Wednesday 16 February 2005.
    assert_eq!(
        tag(
            "The runner told a radio station on Friday evening that she would stay home.",
            "2005-02-16"
        ),
        ["Friday evening|TIME|2005-02-11TEV"]
    );
    assert_eq!(
        tag(
            "The minister pledged in January that there will be no new taxes.",
            "2005-02-16"
        ),
        ["January|DATE|2005-01"]
    );
}

/// A weekday told against a year-level time keeps a plain label, however
/// many such days follow one another.
#[test]
fn s15_labels_of_some_weekday_do_not_chain() {
    let text = "Until 1954 they met on a Thursday, then moved to Monday, then to Sunday.";
    let tags = tag_document(text, &split_sentences(text), None);
    let labels: Vec<&str> = tags
        .iter()
        .filter_map(|t| t.resolved.as_ref().map(|r| r.display.as_str()))
        .collect();
    assert_eq!(
        labels,
        ["1954", "a Thursday in 1954", "a Monday in 1954", "a Sunday in 1954"]
    );
}

#[test]
fn s15_a_range_of_years_ending_in_two_digits() {
    assert_eq!(
        tag(
            "China will borrow heavily in the 1986-90 plan period.",
            "1987-03-10"
        ),
        ["1986|DATE|1986", "90|DATE|1990"]
    );
    // Not a split year, a figure or a range back in time.
    assert_eq!(
        tag(
            "The 1986/87 crop was big; it rose 1986-1,200 and 1986-84.",
            "1987-03-10"
        ),
        ["1986|DATE|1986", "1986|DATE|1986", "1986|DATE|1986"]
    );
}

#[test]
fn s15_a_weekdays_event_told_ahead() {
    // Wednesday 16 February 2005.
    assert_eq!(
        tag("The team lost at the ground where Saturday's match is being staged.", "2005-02-16"),
        ["Saturday|DATE|2005-02-19"]
    );
    assert_eq!(
        tag("Friday's jobs figures will be closely watched.", "2005-02-16"),
        ["Friday|DATE|2005-02-18"]
    );
    assert_eq!(
        tag("Monday's verdict shocked the town.", "2005-02-16"),
        ["Monday|DATE|2005-02-14"]
    );
    // The event a verb ahead will take part in; not one a verb ahead
    // will judge from afar.
    assert_eq!(
        tag("The champion will face Lee in Sunday's final.", "2005-02-16"),
        ["Sunday|DATE|2005-02-20"]
    );
    assert_eq!(
        tag(
            "He will be fined for his part in Saturday's brawl.",
            "2005-02-16"
        ),
        ["Saturday|DATE|2005-02-12"]
    );
    // A month's modifier keeps its past.
    assert_eq!(
        tag(
            "The utility's January tariff filing will stay with the regulator.",
            "2005-02-16"
        ),
        ["January|DATE|2005-01"]
    );
}

/// Asserts the publication day a story's text gives (dateline, byline or
/// inference).
fn assert_published(text: &str, day: &str) {
    let p = dealline::input::published::from_body(text);
    assert_eq!(p.value.as_deref(), Some(day), "{p:?}");
}

/// The end of a range of years is no year a story reports: inferring its
/// date, "over the 1987-92 period" does not put it in 1992.
#[test]
fn s15_a_range_end_is_no_reported_year() {
    let text = "Bank on target\n\nMANILA, June 2 - The central bank said it met its targets in the first quarter.\n\nIt said repayments were projected to total 1.5 billion dlrs over the 1987-92 period.";
    assert_published(text, "1987-06-02");
}

#[test]
fn s16_a_count_of_people_is_no_year() {
    // A plural without an "s" after the number makes it a count.
    assert_eq!(
        tag(
            "The mill employs around 1700 people. It has 1900 staff.",
            "2005-02-16"
        ),
        Vec::<String>::new()
    );
    // A preposition of time still makes it a year, and so does a name.
    assert_eq!(
        tag(
            "Around 1700 the port grew; in 1850 people moved west.",
            "2005-02-16"
        ),
        ["Around 1700|DATE|1700", "1850|DATE|1850"]
    );
}

#[test]
fn s16_a_clock_on_a_written_weekday_takes_its_year() {
    // "Thursday 12 May" told ahead of a September DCT: 12 May is a
    // Thursday in 2005, not in 2006; a clock time on it keeps that year.
    assert_eq!(
        tag(
            "The museum will reopen at noon on Thursday 12 May and close on Thursday 12 May.",
            "2005-09-16"
        ),
        [
            "noon on Thursday 12 May|TIME|2005-05-12T12:00",
            "Thursday 12 May|DATE|2005-05-12"
        ]
    );
}

#[test]
fn s16_a_holiday_named_for_what_belongs_to_it_is_the_nearest() {
    // Ten days before Easter 1987 (April 19), a past clause does not send
    // the holiday back a year when it only names what belongs to it.
    for text in [
        "Chocolate prices eased as Easter demand faded.",
        "The grocer said Easter is late this time.",
        "March sales were slow because of a late Easter.",
    ] {
        assert_eq!(
            tag(text, "1987-04-09"),
            ["Easter|DATE|1987-04-19"],
            "{text}"
        );
    }
    // As the time of a past event, or with its own past verb, it is the
    // last one.
    assert_eq!(
        tag("Toy sales jumped at Easter.", "1987-04-09"),
        ["Easter|DATE|1986-03-30"]
    );
    assert_eq!(
        tag("The figures differ because Easter came early.", "1987-04-09"),
        ["Easter|DATE|1986-03-30"]
    );
}

#[test]
fn s16_a_naming_participle_is_not_the_clause_verb() {
    // ", codenamed Orca," names the console; the clause is present.
    assert_eq!(
        tag(
            "The maker is keeping the launch of the console, codenamed Orca, for the fair in May.",
            "2005-02-16"
        ),
        ["May|DATE|2005-05"]
    );
    assert_eq!(
        tag(
            "The utility is expected to join the venture, dubbed Northlink, on Monday.",
            "2005-02-16"
        ),
        ["Monday|DATE|2005-02-21"]
    );
}

#[test]
fn s16_a_year_range_ends_before_a_comma_or_a_full_stop() {
    assert_eq!(
        tag(
            "The plan for 1989-93, set out this week, and the one for 1984-88.",
            "1987-03-10"
        ),
        ["1989|DATE|1989", "93|DATE|1993", "this week|DATE|1987-W11", "1984|DATE|1984", "88|DATE|1988"]
    );
    // A figure after a comma or a point is no year.
    assert_eq!(
        tag(
            "Output was 1986-90,500 tonnes, or 1986-90.5 on average.",
            "1987-03-10"
        ),
        ["1986|DATE|1986", "1986|DATE|1986"]
    );
}

#[test]
fn s16_a_weekday_beside_its_day_is_that_day() {
    // 18 December 2019 was a Wednesday.
    assert_eq!(
        tag(
            "She was told to brief the team on Dec. 18, a Wednesday.",
            "2019-12-30"
        ),
        ["Dec. 18|DATE|2019-12-18", "Wednesday|DATE|2019-12-18"]
    );
    // Not when the weekday does not fall on it.
    let other =
        tag("The board met on Dec. 18, a Thursday, and voted.", "2019-12-30");
    assert_eq!(other.len(), 2);
    assert_ne!(other[1], "Thursday|DATE|2019-12-18");
}

#[test]
fn s16_this_week_told_ahead_on_a_sunday_is_the_coming_week() {
    // Sunday 15 March 1987: ISO week 11 ends today.
    assert_eq!(
        tag("The envoys will hold talks in Geneva this week.", "1987-03-15"),
        ["this week|DATE|1987-W12"]
    );
    assert_eq!(
        tag("The envoys held talks in Geneva this week.", "1987-03-15"),
        ["this week|DATE|1987-W11"]
    );
    // Any other day keeps its own week.
    assert_eq!(
        tag("The envoys will hold talks in Geneva this week.", "1987-03-14"),
        ["this week|DATE|1987-W11"]
    );
}

#[test]
fn s16_an_ordinal_before_the_year_of_a_quarter() {
    assert_eq!(
        tag(
            "Exports rose in the first 1987 quarter from the fourth 1986 quarter and the second 1986 half.",
            "1987-05-04"
        ),
        [
            "the first 1987 quarter|DATE|1987-Q1",
            "the fourth 1986 quarter|DATE|1986-Q4",
            "the second 1986 half|DATE|1986-H2"
        ]
    );
}

#[test]
fn s16_end_month_is_the_end_of_that_month() {
    assert_eq!(
        tag(
            "Reserves rose at end-February from end-January, and the loan is due by end May.",
            "1987-03-12"
        ),
        [
            "end-February|DATE|1987-02",
            "end-January|DATE|1987-01",
            "end May|DATE|1987-05"
        ]
    );
    // With its year named after it, the year's month.
    assert_eq!(
        tag("Stocks were lower than at end-February last year.", "1987-03-12"),
        ["end-February last year|DATE|1986-02"]
    );
}

#[test]
fn s16_what_takes_effect_on_a_date_lies_ahead() {
    // 20 March 2013.
    assert_eq!(
        tag("The new fees take effect Jan. 1.", "2013-03-20"),
        ["Jan. 1|DATE|2014-01-01"]
    );
    assert_eq!(
        tag("The levy comes into force in January.", "2013-03-20"),
        ["January|DATE|2014-01"]
    );
    assert_eq!(
        tag("The new fees took effect Jan. 1.", "2013-03-20"),
        ["Jan. 1|DATE|2013-01-01"]
    );
}

#[test]
fn s16_a_plural_go_schedules_its_date() {
    // Wednesday 20 March 2013.
    assert_eq!(
        tag("Voters go to the polls on Sunday.", "2013-03-20"),
        ["Sunday|DATE|2013-03-24"]
    );
    // An infinitive takes the tense of the verb before it.
    assert_eq!(
        tag("Talks started to go badly on Sunday.", "2013-03-20"),
        ["Sunday|DATE|2013-03-17"]
    );
}

#[test]
fn s16_a_list_of_months_shares_the_year_at_its_end() {
    assert_eq!(
        tag(
            "The index touched that mark in March, May, September and November last year.",
            "1987-03-02"
        ),
        [
            "March|DATE|1986-03",
            "May|DATE|1986-05",
            "September|DATE|1986-09",
            "November last year|DATE|1986-11"
        ]
    );
    assert_eq!(
        tag("Output fell in May, June and July 1985.", "1987-03-02"),
        ["May|DATE|1985-05", "June|DATE|1985-06", "July 1985|DATE|1985-07"]
    );
    // Commas alone make no list.
    assert_ne!(
        tag("In April, October 1985 levels were matched.", "1987-03-02")[0],
        "April|DATE|1985-04"
    );
}

#[test]
fn s16_what_was_hoped_or_sought_lies_ahead() {
    assert_eq!(
        tag(
            "The lender hoped to close the deal before June 30.",
            "1987-03-04"
        ),
        ["June 30|DATE|1987-06-30"]
    );
    assert_eq!(
        tag(
            "The utility sought to delay the payments until June.",
            "1987-03-04"
        ),
        ["June|DATE|1987-06"]
    );
    // A hope told from after its time: "had hoped to".
    assert_eq!(
        tag(
            "The lender had hoped to close the deal in December.",
            "1987-03-04"
        ),
        ["December|DATE|1986-12"]
    );
}

#[test]
fn s16_a_slash_joins_the_ends_of_a_range() {
    // The end of "May 20/June 20" is not a year before its start.
    assert_eq!(
        tag("The buyer took 20,000 tonnes of palm oil for May 20/June 20 shipment.", "1987-04-03"),
        ["May 20|DATE|1987-05-20", "June 20|DATE|1987-06-20"]
    );
}

#[test]
fn s16_what_is_proposed_lies_ahead_after_a_past_report() {
    assert_eq!(
        tag(
            "The airline said it proposes to move the flights on June 15.",
            "1987-04-09"
        ),
        ["June 15|DATE|1987-06-15"]
    );
    assert_eq!(
        tag(
            "The miner said it seeks to pay the bonus before June 30.",
            "1987-04-09"
        ),
        ["June 30|DATE|1987-06-30"]
    );
}

#[test]
fn s16_the_day_ending_a_named_year_is_in_it() {
    // June 1987: "October 1" alone in a past clause would be 1986's.
    assert_eq!(
        tag(
            "The bill funded the rest of fiscal 1987 ending October 1.",
            "1987-06-02"
        ),
        ["fiscal 1987|DATE|1987", "October 1|DATE|1987-10-01"]
    );
    assert_eq!(
        tag("Its 1985 ended Nov. 30, when the books closed.", "1987-06-02"),
        ["1985|DATE|1985", "Nov. 30|DATE|1985-11-30"]
    );
    // A fiscal year ending in the first quarter is named for its start.
    assert_eq!(
        tag(
            "The brewer lost money in fiscal 1986 ended January 31.",
            "1987-06-02"
        ),
        ["fiscal 1986|DATE|1986", "January 31|DATE|1987-01-31"]
    );
}

#[test]
fn s17_the_modal_may_looks_ahead_and_the_month_may_does_not() {
    // May 1987: a March "may" bring is next March; one that "may have"
    // been is behind.
    assert_eq!(
        tag("Analysts said the smelter may reopen in March.", "1987-05-11"),
        ["March|DATE|1988-03"]
    );
    assert_eq!(
        tag("The smelter may have reopened in March.", "1987-05-11"),
        ["March|DATE|1987-03"]
    );
    // Up to nine words back: "may be cleared for shipment under the
    // permits up to end-September" in April is this September.
    assert_eq!(
        tag(
            "As much as 80,000 tonnes may be cleared for shipment under the \
             permits up to end-September.",
            "1987-04-01"
        ),
        ["end-September|DATE|1987-09"]
    );
    // (In July, what "may be settled at a hearing the week of May 8" is
    // next May's.)
    assert_eq!(
        tag("It may be settled at a hearing the week of May 8.", "2017-07-05"),
        ["the week of May 8|DATE|2018-W19"]
    );
    // So does "must": "bids must be filed by March" is next March.
    assert_eq!(
        tag(
            "The agency warned that bids must be filed by March.",
            "1987-05-11"
        ),
        ["March|DATE|1988-03"]
    );
    // The month is no modal: sales "in May" were reported with the
    // past verb after it.
    assert_eq!(
        tag("Sales in May fell from March levels.", "1987-07-11"),
        ["May|DATE|1987-05", "March|DATE|1987-03"]
    );
}

#[test]
fn s17_a_state_that_was_until_a_date_is_over() {
    // "until" alone looks ahead; a "was" too far back to be the nearest
    // tense still says the state ended.
    assert_eq!(
        tag(
            "She was chief economist of the trade ministry and the head of \
             its research unit until January.",
            "1987-03-05"
        ),
        ["January|DATE|1987-01"]
    );
    assert_eq!(
        tag("The offer stays open until January.", "1987-03-05"),
        ["January|DATE|1988-01"]
    );
}

#[test]
fn s17_a_dateline_day_starts_no_range() {
    // The dash after a wire dateline's day is no range to the date
    // after it: a results table's period ended before the story.
    assert_eq!(
        tag(
            "DENVER, April 2 - Jan 31 end\n    Shr 12 cts vs 9 cts\n",
            "1987-04-02"
        ),
        ["April 2|DATE|1987-04-02", "Jan 31|DATE|1987-01-31"]
    );
    // A range in running text still runs into the next year.
    assert_eq!(
        tag("The show runs March 3 - Jan 31 at the museum.", "1987-02-03"),
        ["March 3|DATE|1987-03-03", "Jan 31|DATE|1988-01-31"]
    );
}

#[test]
fn s17_the_head_of_a_results_table_is_a_period_over() {
    // "ends" schedules a date, but over a table of figures it names the
    // period reported, which has ended.
    assert_eq!(
        tag(
            "Qtr ends Jan 31\n    Shr 12 cts vs 9 cts\n    Net 1.2 mln vs 0.9 mln\n",
            "1987-03-16"
        ),
        ["Jan 31|DATE|1987-01-31"]
    );
    // Running text keeps the schedule.
    assert_eq!(
        tag("Its offer ends March 31, the seller said.", "1987-03-02"),
        ["March 31|DATE|1987-03-31"]
    );
}

#[test]
fn s17_the_next_of_a_series_lies_ahead() {
    // Tuesday 10 March 1987.
    assert_eq!(
        tag(
            "Lenders kept quiet before their next round of talks with the \
             minister on Monday.",
            "1987-03-10"
        ),
        ["Monday|DATE|1987-03-16"]
    );
    // "next to" is a place, and "next week's" an expression of its own.
    assert_eq!(
        tag("Shops next to the station burned on Friday.", "1987-03-09"),
        ["Friday|DATE|1987-03-06"]
    );
    assert_eq!(
        tag("Next week's data on fourth quarter output matter.", "1987-03-09"),
        ["Next week|DATE|1987-W12", "fourth quarter|DATE|1986-Q4"]
    );
}

#[test]
fn s17_a_modal_after_the_date_looks_ahead() {
    // March 1987: the quarters named are this year's.
    assert_eq!(
        tag(
            "But the second half should be better, the analyst added.",
            "1987-03-10"
        ),
        ["the second half|DATE|1987-H2"]
    );
    assert_eq!(
        tag(
            "The economist told us that second quarter output might shrink.",
            "1987-03-30"
        ),
        ["second quarter|DATE|1987-Q2"]
    );
    // The verb just before the date is the date's; so is the verb of
    // its own clause before "and".
    assert_eq!(
        tag("Goods ordered before November could be returned.", "1987-02-10"),
        ["November|DATE|1986-11"]
    );
    assert_eq!(
        tag(
            "Sales beat fourth quarter figures and should hold up.",
            "1987-03-10"
        ),
        ["fourth quarter|DATE|1986-Q4"]
    );
}

#[test]
fn s17_what_others_are_directed_to_do_lies_ahead() {
    // March 1987: the second quarter is still to come.
    assert_eq!(
        tag(
            "The agency has urged mills to trim steel output in the second quarter.",
            "1987-03-31"
        ),
        ["the second quarter|DATE|1987-Q2"]
    );
    assert_eq!(
        tag("Regulators ordered the two lenders to raise capital by December 31.", "1987-04-02"),
        ["December 31|DATE|1987-12-31"]
    );
    // What a cause forced came about.
    assert_eq!(
        tag(
            "The slump forced the mill to cut prices in September.",
            "1987-04-02"
        ),
        ["September|DATE|1986-09"]
    );
}

#[test]
fn s17_the_same_month_last_year_is_one_expression() {
    assert_eq!(
        tag(
            "Its load factor was 61.2 pct in February, against 58.9 pct for \
             the same month last year.",
            "1987-03-20"
        ),
        ["February|DATE|1987-02", "the same month last year|DATE|1986-02"]
    );
    assert_eq!(
        tag(
            "Output this week will be 8,120, ahead of the same week a year ago.",
            "1987-03-12"
        ),
        ["this week|DATE|1987-W11", "the same week a year ago|DATE|1986-W11"]
    );
    // A month the story never named is not made up.
    assert_eq!(
        tag("Sales in 1986 beat the same month last year.", "1987-03-12"),
        [
            "1986|DATE|1986",
            "the same month|DATE|1986-XX",
            "last year|DATE|1986"
        ]
    );
}

#[test]
fn s17_a_month_after_a_possessive_modifies_a_name() {
    // "its April U.S. output": the month before a capitalized word is
    // no name's first word after a possessive or a determiner.
    assert_eq!(
        tag("The carmaker said its April U.S. output fell.", "1987-05-04"),
        ["April|DATE|1987-04"]
    );
    assert_eq!(
        tag("Ministers kept to the February Paris accord.", "1987-05-04"),
        ["February|DATE|1987-02"]
    );
    // Without one, a capitalized word after it still makes a name.
    assert_eq!(tag("June Carter sang.", "1987-05-04"), Vec::<String>::new());
}

#[test]
fn s17_a_telling_after_a_date_inside_its_clause_is_not_its_tense() {
    // March 1987: an option in June, told in the past, is still ahead.
    assert_eq!(
        tag(
            "The buyer also keeps a right to raise the order in June, the \
             maker said.",
            "1987-03-19"
        ),
        ["June|DATE|1987-06"]
    );
    // A phrase that opens the sentence takes the telling's tense.
    assert_eq!(
        tag("In a radio talk on Saturday, the minister said prices would fall.", "1987-04-27"),
        ["Saturday|DATE|1987-04-25"]
    );
    assert_eq!(
        tag(
            "Speaking on Sunday, the minister said prices would fall.",
            "1987-04-27"
        ),
        ["Sunday|DATE|1987-04-26"]
    );
    // The telling ends the clause: what it tells is not the date's.
    assert_eq!(
        tag(
            "The bank froze its loans in February, citing losses, and said \
             talks would resume.",
            "1987-04-02"
        ),
        ["February|DATE|1987-02"]
    );
    // "since" and an act: counted from the past.
    assert_eq!(
        tag(
            "The firm, in its first results since floating its shares on the \
             exchange in June, said sales rose.",
            "1987-02-16"
        ),
        ["June|DATE|1986-06"]
    );
}

#[test]
fn s17_a_day_before_a_named_year_is_that_years() {
    // April 1987: "July 1" alone, told as proposed, would be last July.
    assert_eq!(
        tag(
            "The agency noted that July 1 this year is the planned start.",
            "1987-04-02"
        ),
        ["July 1 this year|DATE|1987-07-01"]
    );
    assert_eq!(
        tag("Stocks peaked on June 30 last year, and will on May 4, next year.", "1987-04-02"),
        ["June 30 last year|DATE|1986-06-30", "May 4, next year|DATE|1988-05-04"]
    );
    // The story's time is then that day.
    assert_eq!(
        tag(
            "The agency noted that July 1 this year is the planned start. \
             Two days later, banks report.",
            "1987-04-02"
        ),
        ["July 1 this year|DATE|1987-07-01", "Two days later|DATE|1987-07-03"]
    );
    // "that year", "the same year" after a month: the story's year.
    assert_eq!(
        tag(
            "She opened the shop in May 2006. It burned down in September \
             of the same year.",
            "2023-11-05"
        ),
        ["May 2006|DATE|2006-05", "September of the same year|DATE|2006-09"]
    );
    // After months whose year the DCT gave, the year written.
    assert_eq!(
        tag(
            "The first ship arrives in April 1989, others in May, June and \
             August of that year.",
            "1987-03-02"
        )
        .last()
        .cloned(),
        Some("August of that year|DATE|1989-08".to_string())
    );
}

#[test]
fn s17_the_year_reported_on_after_a_named_year_is_that_year() {
    // March 1987, no past verb near: "for the year" after a figure is
    // the year the sentence has named.
    assert_eq!(
        tag(
            "It booked charges of 41.5 mln dlrs in 1986, leaving a loss of \
             12.2 mln dlrs for the year.",
            "1987-03-31"
        ),
        ["1986|DATE|1986", "the year|DATE|1986"]
    );
}

#[test]
fn s18_this_weekday_in_a_future_clause_told_on_a_sunday_is_the_coming_one() {
    // 1 March 1987 is a Sunday: the ISO week ends that day, but what will
    // happen "this Wednesday" happens three days later.
    assert_eq!(
        tag("The new shares will trade this Wednesday.", "1987-03-01"),
        ["this Wednesday|DATE|1987-03-04"]
    );
    // In the past, and later in the week in any tense, it is the week's.
    assert_eq!(
        tag("The shares began trading this Wednesday.", "1987-03-06"),
        ["this Wednesday|DATE|1987-03-04"]
    );
    assert_eq!(
        tag("The shares will trade this Friday.", "1987-03-04"),
        ["this Friday|DATE|1987-03-06"]
    );
}

#[test]
fn s18_a_quarter_of_last_year_is_not_the_storys_once_a_later_one_is_over() {
    // Told in March 1987: the fourth quarter of 1986 is over, so "the
    // second quarter last year" is a comparison, and "a year ago" is not
    // counted back from it.
    assert_eq!(
        tag(
            "Its second quarter last year brought 9.9 mln dlrs. Buyers \
             are back, but we didn't see that a year ago, he said.",
            "1987-03-30"
        ),
        ["second quarter last year|DATE|1986-Q2", "a year ago|DATE|1986"]
    );
}

#[test]
fn s18_a_quarter_ending_within_the_month_is_the_storys_when_none_is_yet() {
    assert_eq!(
        tag(
            "The company said it expects first quarter revenues to rise by \
             60 pct. It said revenue grew across all product lines during \
             the quarter.",
            "1987-03-30"
        ),
        ["first quarter|DATE|1987-Q1", "the quarter|DATE|1987-Q1"]
    );
    // Two months ahead of its end it is still a forecast: the story's
    // quarter stays the last one over.
    assert_eq!(
        tag(
            "Analysts see weakness lasting into the fourth quarter. In the \
             year-ago period, the maker earned 101.4 mln dlrs.",
            "1989-10-26"
        ),
        [
            "the fourth quarter|DATE|1989-Q4",
            "the year-ago period|DATE|1988-Q3"
        ]
    );
}

#[test]
fn s18_a_year_earlier_than_a_named_year_is_not_the_storys_quarter() {
    assert_eq!(
        tag(
            "Gross domestic product rose 0.6 pct in the fourth quarter. The \
             expenditure index for the whole of 1986 was set at 111.9 \
             against 109.4 a year earlier.",
            "1987-03-20"
        ),
        [
            "the fourth quarter|DATE|1986-Q4",
            "1986|DATE|1986",
            "a year earlier|DATE|1985"
        ]
    );
}

#[test]
fn s18_may_after_a_possessive_before_a_noun_is_the_month() {
    assert_eq!(
        tag(
            "The retailer said its May sales fell 9 pct from the \
             year-earlier period.",
            "1987-06-02"
        ),
        ["May|DATE|1987-05", "the year-earlier period|DATE|1986-05"]
    );
    assert_eq!(
        tag("Britain's May poll drew a low turnout.", "1987-06-02"),
        ["May|DATE|1987-05"]
    );
    // "her" is also an object: "told her May would" is a name.
    assert!(tag("He told her May would stay on.", "1987-06-02").is_empty());
}

#[test]
fn s18_the_quarter_is_the_one_just_named_when_the_story_has_none() {
    // Told on 3 April 1987, no quarter of the story's own yet: "the
    // quarter" is the one the sentence before named, not the one running.
    assert_eq!(
        tag(
            "Subscriptions kept growing into the first quarter of 1987. \
             Still, he said, cable results for the quarter will slip.",
            "1987-04-03"
        ),
        ["the first quarter of 1987|DATE|1987-Q1", "the quarter|DATE|1987-Q1"]
    );
    // Not one a comparison named a year back.
    assert_eq!(
        tag(
            "The loss compares with one in the second quarter of 1985. \
             The maker said it would report a loss for the quarter.",
            "1987-03-09"
        ),
        [
            "the second quarter of 1985|DATE|1985-Q2",
            "the quarter|DATE|1987-Q1"
        ]
    );
}

#[test]
fn s18_a_list_ending_in_a_year_keeps_it_after_another_dated_month() {
    assert_eq!(
        tag(
            "The rate hit 3.0 pct in March 1995 and in April, August and \
             December last year.",
            "1995-05-10"
        ),
        [
            "March 1995|DATE|1995-03",
            "April|DATE|1994-04",
            "August|DATE|1994-08",
            "December last year|DATE|1994-12"
        ]
    );
}

#[test]
fn s18_a_that_clause_right_after_a_date_is_not_its_tense() {
    // Tuesday 3 March 1987: what was announced lies ahead, the
    // announcement does not.
    assert_eq!(
        tag(
            "An announcement on Friday night that the agency will drop the rule \
             means more planting, traders said.",
            "1987-03-03"
        ),
        ["Friday night|DATE|1987-02-27"]
    );
    assert_eq!(
        tag(
            "The walkout follows the minister's announcement in July that \
             9,000 posts would go.",
            "2005-02-16"
        ),
        ["July|DATE|2004-07"]
    );
}

#[test]
fn s18_what_is_still_running_ends_ahead() {
    assert_eq!(
        tag(
            "The state borrowed 100 mln stg to refinance a loan maturing in \
             June, the minister said.",
            "1987-03-16"
        ),
        ["June|DATE|1987-06"]
    );
    // A period reported on is not running.
    assert!(tag(
        "Profit rose in the quarter ending in February.",
        "1987-03-24"
    )
    .contains(&"February|DATE|1987-02".to_string()));
}

#[test]
fn s18_the_year_after_a_range_of_days_is_both_days() {
    assert_eq!(
        tag(
            "The bonus was 40 dlrs per tonne and loading was set for June \
             20-30, 1987.",
            "1987-03-31"
        ),
        ["June 20|DATE|1987-06-20", "30|DATE|1987-06-30", "1987|DATE|1987"]
    );
}

/// A window bought "for shipment" or "for delivery" lies ahead of the
/// deal, whatever the verb, written after the words ("is for shipment
/// July 1-10", "due for delivery in May") or before ("for January 3-17
/// and March 2-16 delivery"). A crop year ("for delivery in 1986/87")
/// is the one under way.
#[test]
fn s19_a_window_for_shipment_lies_ahead() {
    assert_eq!(
        tag(
            "The flour was sold at 82 dlrs and is for shipment February 1-10.",
            "1987-03-31"
        ),
        ["February 1|DATE|1988-02-01", "10|DATE|1988-02-10"]
    );
    assert_eq!(
        tag(
            "Exporters won contracts for January 1-15 and February 5-20 delivery.",
            "1987-03-27"
        ),
        [
            "January 1|DATE|1988-01-01",
            "15|DATE|1988-01-15",
            "February 5|DATE|1988-02-05",
            "20|DATE|1988-02-20"
        ]
    );
    assert_eq!(
        tag("The first unit was due for delivery in January.", "1987-04-02"),
        ["January|DATE|1988-01"]
    );
    // Told with no shipment, the same window lies behind.
    assert_eq!(
        tag("The plant was shut January 1-10.", "1987-03-31"),
        ["January 1|DATE|1987-01-01", "10|DATE|1987-01-10"]
    );
    assert_eq!(
        tag(
            "Moscow has bought 25 mln tonnes for delivery in 1986/87.",
            "1987-04-09"
        )[0],
        "1986|DATE|1986"
    );
}

/// "November 25-December 10": a range from one day to another, both days,
/// not a month and a compound word.
#[test]
fn s19_a_range_from_day_to_day_of_another_month() {
    assert_eq!(
        tag("Staff took holidays November 25-December 10.", "1987-03-27"),
        ["November 25|DATE|1986-11-25", "December 10|DATE|1986-12-10"]
    );
}

/// Inferring an undated story's date, a window that lies ahead is nothing
/// the story reports as done: "is for shipment June 1-10, 1987" does not
/// put an April dateline a year later.
#[test]
fn s19_a_shipment_window_ahead_does_not_date_the_story() {
    let text = "Wheat sale\n\nWASHINGTON, April 9 - The department accepted a bonus offer on 20,000 tonnes of wheat.\n\nThe wheat is for shipment June 1-10, 1987, the department said.";
    assert_published(text, "1987-04-09");
}

/// "is out on", "are back on": a present copula and a particle before a
/// date schedule it, as "is on" does.
#[test]
fn s19_out_and_back_on_a_date_schedule_it() {
    assert_eq!(
        tag("The sequel is out on 9 November.", "2005-02-16"),
        ["9 November|DATE|2005-11-09"]
    );
    assert_eq!(
        tag("MPs are back on 10 January after the recess.", "2005-08-20"),
        ["10 January|DATE|2006-01-10"]
    );
    // A present passive before "on" schedules its date too; a past one
    // does not.
    assert_eq!(
        tag("The new album is released on Thursday.", "2005-02-16"),
        ["Thursday|DATE|2005-02-17"]
    );
    assert_eq!(
        tag("The new album was released on Thursday.", "2005-02-16"),
        ["Thursday|DATE|2005-02-10"]
    );
}

/// A date opening its sentence takes the tense of the verb after it; a
/// present passive there ("is eagerly awaited") is no past.
#[test]
fn s19_a_present_passive_after_an_opening_date_is_no_past() {
    assert_eq!(
        tag(
            "The spring launch of the console is eagerly awaited by fans.",
            "2005-02-16"
        ),
        ["The spring|DATE|2005-SP"]
    );
    assert_eq!(
        tag(
            "The spring launch of the console was eagerly awaited by fans.",
            "2005-02-16"
        ),
        ["The spring|DATE|2004-SP"]
    );
}

/// An act told in the simple past just before a month puts the month
/// behind the DCT, though a past clause's month may otherwise lie a
/// little ahead ("declared a dividend payable in April").
#[test]
fn s19_an_act_in_the_simple_past_puts_its_month_behind() {
    let dct = "2005-02-16";
    assert_eq!(
        tag("The carrier exited bankruptcy in April.", dct),
        ["April|DATE|2004-04"]
    );
    assert_eq!(
        tag("Talks between the banks were suspended in April.", dct),
        ["April|DATE|2004-04"]
    );
    assert_eq!(
        tag("The singer, who quit the band in March, went on alone.", dct),
        ["March|DATE|2004-03"]
    );
    // The act's list of months is all behind.
    assert_eq!(
        tag("The carrier sold its planes in March, April and May.", dct),
        ["March|DATE|2004-03", "April|DATE|2004-04", "May|DATE|2004-05"]
    );
    // A state counted from a month: it lies behind.
    assert_eq!(
        tag("The party has not led in the poll since April.", dct),
        ["April|DATE|2004-04"]
    );
    for ahead in [
        "The company declared a dividend payable in April.",
        "The firm expects to begin marketing the fuel in April.",
        "Closing of the sale is anticipated in April.",
        "The deal was expected in April.",
    ] {
        assert_eq!(tag(ahead, dct), ["April|DATE|2005-04"], "{ahead}");
    }
}

/// A length after a multi-byte character ("£1 6 hours"): looking back for
/// "every" must not cut the character.
#[test]
fn s19_every_looks_back_on_character_boundaries() {
    assert_eq!(
        tag("It costs £1 6 hours.", "2005-02-16"),
        ["6 hours|DURATION|PT6H"]
    );
}

/// "better than expected", "as expected": a comparison with a forecast,
/// not a plan that puts the date ahead.
#[test]
fn s19_than_expected_is_no_plan() {
    assert_eq!(
        tag(
            "Factory output was weaker than expected in November.",
            "2005-02-16"
        ),
        ["November|DATE|2004-11"]
    );
    assert_eq!(
        tag(
            "The singer did not return to the show as expected on 3 January.",
            "2005-02-16"
        ),
        ["3 January|DATE|2005-01-03"]
    );
    // A plan is still one.
    assert_eq!(
        tag("The sale is expected in November.", "2005-02-16"),
        ["November|DATE|2005-11"]
    );
}

#[test]
fn s20_the_end_of_the_quarter_is_the_one_reported_on() {
    let dct = dct_from(&PartialDate::parse("1999-04-22").unwrap());
    // (A value and its mod, for each expression of the text.)
    type Want = [(&'static str, Option<&'static str>); 2];
    let cases: [(&str, Want); 4] = [
        // The story's quarter, its end.
        (
            "The bank posted first-quarter net. Bad loans were lower at the end of the quarter.",
            [("1999-Q1", None), ("1999-Q1", Some("END"))],
        ),
        // A quarter named with its number keeps its part too.
        (
            "The bank posted first-quarter net. Loans grew by the end of the first quarter.",
            [("1999-Q1", None), ("1999-Q1", Some("END"))],
        ),
        // "this quarter" is the DCT's; with no story quarter, the DCT's too.
        (
            "The bank posted first-quarter net. It sees a gain at the end of this quarter.",
            [("1999-Q1", None), ("1999-Q2", Some("END"))],
        ),
        (
            "Funds were tight today, as is usual at the end of the quarter.",
            [("1999-04-22", None), ("1999-Q2", Some("END"))],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<(String, Option<&str>)> =
            tag_document(text, &split_sentences(text), Some(&dct))
                .iter()
                .map(|t| {
                    (t.value.clone(), t.resolved.as_ref().unwrap().modifier)
                })
                .collect();
        let want: Vec<(String, Option<&str>)> =
            want.iter().map(|(v, m)| (v.to_string(), *m)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn s20_a_firms_quarters_keep_its_months() {
    // Set off by commas, "ended" still names the firm's quarter.
    assert_eq!(
        tag(
            "The retailer said fourth quarter, ended February 28, earnings rose.",
            "1987-03-18"
        ),
        ["fourth quarter|DATE|1987-Q4", "February 28|DATE|1987-02-28"]
    );
    // Another quarter named by its number alone is another of the firm's
    // (`1987-Q2`, October to December 1986; not the calendar's 1986-Q2).
    assert_eq!(
        tag(
            "It sees third quarter, ending March 31, revenue near the second quarter's 21 mln dlrs.",
            "1987-03-13"
        ),
        [
            "third quarter|DATE|1987-Q3",
            "March 31|DATE|1987-03-31",
            "the second quarter|DATE|1987-Q2"
        ]
    );
    // The same one, told in the past, is the firm's, not last year's
    // calendar quarter; but not when the sentence names its year.
    assert_eq!(
        tag(
            "Net rose in the third quarter ended February 23. Price rises lifted the third quarter margin.",
            "1987-03-13"
        ),
        [
            "the third quarter|DATE|1987-Q3",
            "February 23|DATE|1987-02-23",
            "the third quarter|DATE|1987-Q3"
        ]
    );
    assert_eq!(
        tag(
            "It sees a loss in the third quarter ending July 31. In 1986, the firm lost money in its third quarter.",
            "1987-06-18"
        ),
        [
            "the third quarter|DATE|1987-Q3",
            "July 31|DATE|1987-07-31",
            "1986|DATE|1986",
            "third quarter|DATE|1986-Q3"
        ]
    );
    // A quarter still ending, in a sentence that looks ahead, ends ahead;
    // one told as past does not.
    assert_eq!(
        tag(
            "The firm said second quarter, ending December 31, margins should widen.",
            "1987-10-16"
        ),
        ["second quarter|DATE|1987-Q2", "December 31|DATE|1987-12-31"]
    );
    assert_eq!(
        tag(
            "Output eased 0.4% in the quarter ending September 30.",
            "1987-02-16"
        ),
        ["the quarter|DATE|1986-Q3", "September 30|DATE|1986-09-30"]
    );
}

#[test]
fn s20_a_half_ended_on_a_day_is_the_six_months_to_it() {
    let spans = |text: &str, dct: &str| -> Vec<(String, String, String)> {
        let d = dct_from(&PartialDate::parse(dct).unwrap());
        tag_document(text, &split_sentences(text), Some(&d))
            .iter()
            .map(|t| {
                let r = t.resolved.as_ref().unwrap();
                (
                    t.value.clone(),
                    r.span.start.to_string(),
                    r.span.end.to_string(),
                )
            })
            .collect()
    };
    // A firm's first half, July to December: not the calendar's first
    // half of the DCT's year, still ahead.
    assert_eq!(
        spans(
            "The miner said net fell in the first half ended December 31.",
            "1987-03-13"
        )[0],
        (
            "1986-H1".to_string(),
            "1986-07-01".to_string(),
            "1986-12-31".to_string()
        )
    );
    // A calendar half when the day ends one.
    assert_eq!(
        spans("Net rose in the first half ended June 30.", "1987-08-01")[0],
        (
            "1987-H1".to_string(),
            "1987-01-01".to_string(),
            "1987-06-30".to_string()
        )
    );
    // Labels: the calendar's name for a calendar half, the firm's else.
    let label = |text: &str, dct: &str| -> String {
        let d = dct_from(&PartialDate::parse(dct).unwrap());
        let tags = tag_document(text, &split_sentences(text), Some(&d));
        tags[0].resolved.as_ref().unwrap().display.clone()
    };
    assert_eq!(
        label("Net rose in the first half ended June 30.", "1987-08-01"),
        "first half of 1987"
    );
    assert!(label(
        "The miner said net fell in the first half ended December 31.",
        "1987-03-13"
    )
    .starts_with("fiscal H1 to"));
    // The half of a fiscal year that ends on the day.
    assert_eq!(
        spans("Mining may restart in the second half of the year ending September 30, 1989.", "1987-03-10")[0],
        ("1989-H2".to_string(), "1989-04-01".to_string(), "1989-09-30".to_string())
    );
}

/// In a match report, a half or quarter named alone is the game's: no
/// date. A business story keeps its halves, and so does a match report's
/// sentence about a year's business.
#[test]
fn s21_a_games_halves_are_no_dates() {
    let report = "Rovers won 2-1 at the Park. Their striker hit the bar \
                  before half-time. The visitors pressed in the second \
                  half, and the keeper saved twice.";
    assert_eq!(tag(report, DCT), Vec::<String>::new());
    // One word of play in the story, and play in the sentence.
    let one_word = "Wales beat Italy 20-10. The referee was busy. We were \
                    defending in the first half, the coach said.";
    assert_eq!(tag(one_word, DCT), Vec::<String>::new());
    // One word of play, and nothing of play in the sentence.
    assert_eq!(
        tag("The referee was busy. Ticket sellers did well in the second half.", DCT),
        ["the second half|DATE|2017-H2"]
    );
    // A business story's half, though it "scored" gains.
    assert_eq!(
        tag("The dollar scored gains. Exports should recover in the second half.", DCT),
        ["the second half|DATE|2017-H2"]
    );
    // A match report telling of the club's year.
    assert_eq!(
        tag(
            "Their striker scored before half-time. The club hopes for a profit in the second half.",
            DCT
        ),
        ["the second half|DATE|2017-H2"]
    );
}

/// A holiday inside a title or a name is no date; after a possessive it
/// still is.
#[test]
fn s21_holidays_in_titles_and_names() {
    assert_eq!(
        tag("Talks resume after Congress’s Easter recess.", "2005-02-16"),
        ["Easter|DATE|2005-03-27"]
    );
    assert_eq!(
        tag("Stores shut for US Thanksgiving.", "2005-02-16"),
        ["Thanksgiving|DATE|2004-11-25"]
    );
    assert_eq!(
        tag(
            "The Office Christmas Special won, as did Halloween II.",
            "2005-02-16"
        ),
        Vec::<String>::new()
    );
}

/// A season, quarter or half before "of that year", "of the same year",
/// "of the following year" or "of the previous year" is that year's: one
/// expression, counted from the story's time.
#[test]
fn s22_a_period_of_a_year_the_narrative_names() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "Acme renewed the pact in 2013, and in the summer of the following year it sold the unit.",
            &["2013|DATE|2013", "the summer of the following year|DATE|2014-SU"],
        ),
        (
            "Acme renewed the pact in 2013, and in the second quarter of that year it sold the unit.",
            &["2013|DATE|2013", "the second quarter of that year|DATE|2013-Q2"],
        ),
        (
            "Acme renewed the pact in 2013. In the autumn of the same year, it sold the unit.",
            &["2013|DATE|2013", "the autumn of the same year|DATE|2013-FA"],
        ),
        (
            "Acme signed in June 2012; in the spring of the next year it renewed.",
            &["June 2012|DATE|2012-06", "the spring of the next year|DATE|2013-SP"],
        ),
        (
            "Acme renewed the pact in 2013, and in March of the following year it sold the unit.",
            &["2013|DATE|2013", "March of the following year|DATE|2014-03"],
        ),
    ];
    assert_tags(&cases);
}

/// After a comma, a step to another year is a phrase of its own: "opened
/// in June, the following year it closed" is no June of the following
/// year.
#[test]
fn s22_a_step_after_a_comma_is_its_own_phrase() {
    let text = "Acme was founded in 2012. It opened a plant in June, the following year it closed.";
    let texts: Vec<String> = tag(text, DCT)
        .iter()
        .map(|t| t.split('|').next().unwrap_or("").to_string())
        .collect();
    assert_eq!(texts, ["2012", "June", "the following year"]);
}

/// A step from a date the story gave no finer than its year or month
/// ("two days later" than "in 2016") is some day, week or month of it
/// (`2016-XX-XX`), not a made-up middle one; "later that month" of a year
/// is some month of it.
#[test]
fn s22_a_step_from_a_coarse_date_is_unknown_within_it() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "In 2016, Acme bought Gamma. Two days later, Beta sued.",
            &["2016|DATE|2016", "Two days later|DATE|2016-XX-XX"],
        ),
        (
            "In 2016, Acme bought Gamma. A week later, Beta sued.",
            &["2016|DATE|2016", "A week later|DATE|2016-WXX"],
        ),
        (
            "In March 2016, Acme bought Gamma. Two days later, Beta sued.",
            &["March 2016|DATE|2016-03", "Two days later|DATE|2016-03-XX"],
        ),
        (
            "In 2016, Acme bought Gamma. Later that month, Beta sued.",
            &["2016|DATE|2016", "Later that month|DATE|2016-XX"],
        ),
        // Known to a day, a step is a day.
        (
            "On March 3, 2016, Acme bought Gamma. Two days later, Beta sued.",
            &[
                "March 3, 2016|DATE|2016-03-03",
                "Two days later|DATE|2016-03-05",
            ],
        ),
    ];
    assert_tags(&cases);
    // The interval is the year moved by the step, and approximate.
    let text = "In 2016, Acme bought Gamma. Two days later, Beta sued.";
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let later = tags[1].resolved.as_ref().unwrap();
    assert_eq!(later.span.start.to_string(), "2016-01-03");
    assert!(later.approximate);
}

/// "over the next year", "within the next month" told ahead: a stretch
/// from the time of telling, not a step from the last date told.
#[test]
fn s22_the_next_year_ahead_counts_from_the_dct() {
    assert_eq!(
        tag(
            "Completion is expected within the next year. Sales will grow over the next year.",
            DCT
        ),
        ["the next year|DATE|2018", "the next year|DATE|2018"]
    );
    // Told in the past, it is the narrative's next year.
    assert_eq!(
        tag("Acme opened in 1998 and in the next year hired 200 people.", DCT),
        ["1998|DATE|1998", "the next year|DATE|1999"]
    );
}

/// A part before a quarter named alone: "late Q2", "mid-Q4", "early in
/// the third quarter".
#[test]
fn s22_a_part_of_a_quarter() {
    let cases: [(&str, &[&str]); 5] = [
        ("The deal was struck in late Q2.", &["late Q2|DATE|2017-Q2|END"]),
        ("The plant closed in mid-Q4.", &["mid-Q4|DATE|2016-Q4|MID"]),
        (
            "Sales slowed late in the second quarter.",
            &["late in the second quarter|DATE|2017-Q2|END"],
        ),
        (
            "It will ship early in the third quarter of 2018.",
            &["early in the third quarter of 2018|DATE|2018-Q3|START"],
        ),
        // Still no quarter: a car.
        ("He drove an Audi Q5.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(tag_mod(text, DCT), want, "{text}");
    }
}

/// A month of the narrative's time: "that December", "the following
/// January", "the previous March" count from the date the story has
/// reached; "said that January orders fell" is no such month.
#[test]
fn s22_a_month_of_the_narrative() {
    let cases: [(&str, &[&str]); 6] = [
        (
            "Acme was sold in 2019, and the following January it closed.",
            &["2019|DATE|2019", "the following January|DATE|2020-01"],
        ),
        (
            "Acme was sold in June 2019. That December it closed.",
            &["June 2019|DATE|2019-06", "That December|DATE|2019-12"],
        ),
        (
            "Acme was sold in June 2019. By the end of the next March it had closed.",
            &["June 2019|DATE|2019-06", "the end of the next March|DATE|2020-03"],
        ),
        (
            "Prices hit a low last July from a peak the previous November.",
            &["last July|DATE|2016-07", "the previous November|DATE|2015-11"],
        ),
        // "That" opening a clause.
        (
            "The agency said that January orders fell.",
            &["January|DATE|2017-01"],
        ),
        (
            "He told the dinner that February's deficit was small.",
            &["February|DATE|2017-02"],
        ),
    ];
    assert_tags(&cases);
}

/// "Six weeks after that", "two days before this": a step from the
/// story's time, as "six weeks later"; "two days after that deal" names a
/// thing and stays a length.
#[test]
fn s22_a_step_after_that() {
    let cases: [(&str, &[&str]); 3] = [
        (
            "Acme was sold on June 3, 2016. Two days before that the board met.",
            &["June 3, 2016|DATE|2016-06-03", "Two days before that|DATE|2016-06-01"],
        ),
        (
            "Acme was sold on June 3, 2016. Two weeks after that, Gamma joined.",
            &["June 3, 2016|DATE|2016-06-03", "Two weeks after that|DATE|2016-W24"],
        ),
        (
            "Acme was sold in 2016. Two days after that deal, Gamma joined.",
            &["2016|DATE|2016", "Two days|DURATION|P2D"],
        ),
    ];
    assert_tags(&cases);
}

/// "That Friday", "on that same Monday": the day of the week the story has
/// reached; "said that Friday's talks" opens a clause and keeps the
/// Friday of the DCT's week.
#[test]
fn s22_that_weekday_is_the_narratives() {
    let cases: [(&str, &[&str]); 3] = [
        (
            "Acme sued on March 3, 2016. That Friday, Beta countersued.",
            &["March 3, 2016|DATE|2016-03-03", "That Friday|DATE|2016-03-04"],
        ),
        (
            "The vote is on 16 March, at 1230 GMT on that Friday.",
            &[
                "16 March|DATE|2018-03-16",
                "1230 GMT on that Friday|TIME|2018-03-16T12:30",
            ],
        ),
        (
            "The firm said that Friday's talks went well.",
            &["Friday|DATE|2017-06-30"],
        ),
    ];
    assert_tags(&cases);
}

/// "That weekend", "the following weekend", "the previous weekend": of
/// the week the story has reached, not the DCT's.
#[test]
fn s22_a_weekend_of_the_narrative() {
    let text = "Acme sued on Thursday, March 3, 2016. The following weekend, \
                talks resumed. The week after, Gamma joined.";
    assert_eq!(
        tag(text, DCT),
        [
            "Thursday, March 3, 2016|DATE|2016-03-03",
            "The following weekend|DATE|2016-W09-WE",
            "The week after|DATE|2016-W10"
        ]
    );
    assert_eq!(
        tag(
            "Acme sued on Thursday, March 3, 2016. That weekend, Beta quit.",
            DCT
        )[1],
        "That weekend|DATE|2016-W09-WE"
    );
    // The weekend before one the story told is the one before it.
    assert_eq!(
        tag(
            "Takings fell over the weekend, after a record the previous weekend.",
            "2005-02-16"
        ),
        ["the weekend|DATE|2005-W06-WE", "the previous weekend|DATE|2005-W05-WE"]
    );
}

/// "Retroactive to 1 January", "backdated to March": a date gone by, even
/// after a year that would make "to" the end of a range ahead.
#[test]
fn s22_retroactive_dates_are_past() {
    assert_eq!(
        tag(
            "It is backdated to January 2020, retroactive to 1 January.",
            "2021-06-03"
        ),
        ["January 2020|DATE|2020-01", "1 January|DATE|2021-01-01"]
    );
}

/// "The coming year", "the year ahead", "the coming month", "the week
/// ahead": the stretch of one unit after the DCT is the DCT's own unit
/// when three quarters of it fall there ("the coming year" told in
/// January or March is the year under way), else the next one. "The
/// coming fiscal year" is always the next. "In the weeks ahead of the
/// vote" and "the year ahead of the election" are before an event, no
/// stretch from now.
#[test]
fn s23_the_coming_year_is_the_unit_holding_most_of_it() {
    let cases = [
        ("2005-01-06", "Trends to watch in the coming year.", "2005"),
        ("2005-03-31", "Growth will slow in the coming year.", "2005"),
        ("2005-04-02", "Growth will slow in the coming year.", "2006"),
        ("2005-08-10", "Growth will slow in the coming year.", "2006"),
        ("2005-02-16", "It forecast growth for the year ahead.", "2005"),
        ("2005-11-16", "It forecast growth for the year ahead.", "2006"),
        ("2005-02-07", "Sales will rise in the coming month.", "2005-02"),
        ("2005-02-16", "Sales will rise in the coming month.", "2005-03"),
        // A Monday: the week under way; a Friday: the next.
        ("2005-02-14", "The week ahead looks busy.", "2005-W07"),
        ("2005-02-18", "The week ahead looks busy.", "2005-W08"),
        ("2005-02-16", "Cuts are due in the coming fiscal year.", "2006"),
    ];
    for (dct, text, want) in cases {
        let got = tag(text, dct);
        assert_eq!(got.len(), 1, "{text} ({dct}): {got:?}");
        assert!(
            got[0].ends_with(&format!("|DATE|{want}")),
            "{text} ({dct}): {got:?}"
        );
    }
    assert_eq!(
        tag_mod("Prices will rise early in the coming year.", "2005-01-10"),
        ["early in the coming year|DATE|2005|START"]
    );
    // An edge of it, as of "next year".
    assert_eq!(
        tag_mod(
            "It will close in the last week of the coming year.",
            "2005-08-10"
        ),
        tag_mod("It will close in the last week of next year.", "2005-08-10")
            .iter()
            .map(|t| t.replace("next year", "the coming year"))
            .collect::<Vec<_>>()
    );
    for text in [
        "Spending rose in the weeks ahead of the vote.",
        "Support fell in the year ahead of the election.",
    ] {
        assert_eq!(tag(text, "2005-02-16"), Vec::<String>::new(), "{text}");
    }
}

/// "The past year" told in December is the year ending, "the past month"
/// told on a month's last days the month ending; told earlier, the unit
/// before (as TimeBank has "the past year" in March 1998 as 1997).
#[test]
fn s23_the_past_year_told_in_december_is_the_year_ending() {
    let cases = [
        (
            "2005-12-20",
            "Sales rose over the past year.",
            "the past year|DATE|2005",
        ),
        (
            "2005-10-30",
            "Sales rose over the past year.",
            "the past year|DATE|2004",
        ),
        (
            "1998-03-03",
            "Sales rose over the past year.",
            "the past year|DATE|1997",
        ),
        (
            "1987-03-31",
            "The rupiah fell in the past month.",
            "the past month|DATE|1987-03",
        ),
        (
            "1987-03-20",
            "The rupiah fell in the past month.",
            "the past month|DATE|1987-02",
        ),
    ];
    for (dct, text, want) in cases {
        assert_eq!(one(text, dct), want, "{text} ({dct})");
    }
}

/// "Next morning", without an article, is the morning after the time the
/// story has reached, as "the next morning" is.
#[test]
fn s23_next_morning_is_the_narratives() {
    assert_eq!(
        tag(
            "The raid took place on 10 June 2004. Documents were taken to the office next morning.",
            "2005-02-16"
        ),
        ["10 June 2004|DATE|2004-06-10", "next morning|DATE|2004-06-11"]
    );
}

/// Slashed numeric dates are month first (US), unless the document writes
/// one that can only be day first ("25/12/2016") and none that can only be
/// month first: then all its slashed dates are day first ("5/7/2017" is 5
/// July). "25/12/2016" was untagged.
#[test]
fn s23_slashed_dates_follow_their_documents_order() {
    let cases: [(&str, &[&str]); 4] = [
        (
            "The deal closed on 25/12/2016. It was renewed on 5/7/2017.",
            &["25/12/2016|DATE|2016-12-25", "5/7/2017|DATE|2017-07-05"],
        ),
        (
            "The deal closed on 12/25/2016. It was renewed on 5/7/2017.",
            &["12/25/2016|DATE|2016-12-25", "5/7/2017|DATE|2017-05-07"],
        ),
        ("It was renewed on 5/7/2017.", &["5/7/2017|DATE|2017-05-07"]),
        // Both orders written: the US default stays.
        (
            "Filed 31/01/2017, served 12/25/2016 and heard 5/7/2017.",
            &[
                "31/01/2017|DATE|2017-01-31",
                "12/25/2016|DATE|2016-12-25",
                "5/7/2017|DATE|2017-05-07",
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(tag(text, "2017-08-01"), want, "{text}");
    }
}

/// A participle after a verb of state takes that verb's tense: "will
/// remain shut until Tuesday" is the coming Tuesday, as "will remain open
/// until Tuesday" was ("shut" and "closed" read as past verbs made it the
/// Tuesday past). "Remained closed on Tuesday" stays past.
#[test]
fn s23_a_state_after_will_remain_lies_ahead() {
    let dct = "2013-03-22"; // a Friday
    let cases = [
        ("The banks will remain shut until Tuesday.", "2013-03-26"),
        ("The banks will stay closed until Tuesday.", "2013-03-26"),
        ("The border remains closed until Tuesday.", "2013-03-26"),
        (
            "The banks have been closed since March 16 and will remain shut until Tuesday.",
            "2013-03-26",
        ),
        ("The banks remained closed on Tuesday.", "2013-03-19"),
        ("The banks stayed closed until Tuesday.", "2013-03-19"),
    ];
    for (text, want) in cases {
        let got = tag(text, dct);
        assert_eq!(
            got.last(),
            Some(&format!("Tuesday|DATE|{want}")),
            "{text}"
        );
    }
}

/// The acts of a deal are event families: "renewed ... the renewal",
/// "announced ... the announcement", "signed ... it was signed".
#[test]
fn s23_acts_of_a_deal_date_their_nouns() {
    assert_eq!(
        tag(
            "The deal was renewed in March 2022. Two months after the renewal, the companies expanded it.",
            "2025-03-20"
        ),
        ["March 2022|DATE|2022-03", "Two months|DATE|2022-05"]
    );
    assert_eq!(
        tag(
            "Apple announced the deal on Monday. A day after the announcement, shares fell.",
            "2025-03-20"
        ),
        ["Monday|DATE|2025-03-17", "A day|DATE|2025-03-18"]
    );
    assert_eq!(
        tag(
            "The protocol, signed on July 31 last year, extended the pact. China signed it on May 31, 10 months after it was signed by other nations.",
            "1987-06-02"
        ),
        [
            "July 31 last year|DATE|1986-07-31",
            "May 31|DATE|1987-05-31",
            "10 months|DATE|1987-05"
        ]
    );
}

/// "The night before", "the morning after" are the narrative's day before
/// or after, as "the day before"; next to a dated event ("the morning
/// after the meeting"), that event's. A sentence may open with one: "The
/// day after the crash" was untagged there. An event not told yet ("two
/// days before a scheduled meeting") dates nothing.
#[test]
fn s23_the_night_before_and_the_morning_after() {
    assert_eq!(
        tag(
            "The plane crashed on March 4, 2019. The day after the crash, the board met.",
            "2019-06-01"
        ),
        ["March 4, 2019|DATE|2019-03-04", "The day|DATE|2019-03-05"]
    );
    assert_eq!(
        tag(
            "The board met on March 4, 2019. The night before, talks collapsed. The morning after the meeting, shares fell.",
            "2019-06-01"
        ),
        [
            "March 4, 2019|DATE|2019-03-04",
            "The night before|DATE|2019-03-03",
            "The morning|DATE|2019-03-05"
        ]
    );
    assert_eq!(
        tag(
            "At today's board meeting, he spoke. He acted two days before a scheduled meeting of the council.",
            "1987-03-24"
        ),
        ["today|DATE|1987-03-24", "two days|DURATION|P2D"]
    );
    // ("The night before the vote" is next to an event, not a night of
    // the narrative.)
    assert_eq!(
        tag("He left the night before the vote.", "2019-06-01"),
        Vec::<String>::new()
    );
}

/// Wire copy's spelled days take a preposition after them too: "paralysed
/// since March six by an earthquake" (was the month); not "In May one by
/// one they closed".
#[test]
fn s23_spelled_wire_days_before_by() {
    assert_eq!(
        tag(
            "Output has been paralysed since March six by an earthquake.",
            "1987-03-13"
        ),
        ["March six|DATE|1987-03-06"]
    );
    assert_eq!(
        tag("In May one by one the stores closed.", "1987-03-13"),
        ["May|DATE|1987-05"]
    );
}

/// "3 hours ago", "minutes ago" are the DCT's day (36 hours back, the day
/// before), no finer: the DCT has no clock. They were a length ("3
/// hours") or untagged.
#[test]
fn s23_hours_ago_are_the_dcts_day() {
    assert_eq!(
        tag("Published 3 hours ago. Just minutes ago, he left. Some 36 hours ago it began. It lasted 3 hours.", "2013-03-21"),
        [
            "3 hours ago|DATE|2013-03-21",
            "minutes ago|DATE|2013-03-21",
            "36 hours ago|DATE|2013-03-20",
            "3 hours|DURATION|PT3H"
        ]
    );
}

/// A footer's range of years is no date: "Copyright 2012-2019", "(C)
/// 2010–2015" (the range's years were tagged; a single year after
/// "Copyright" was not).
#[test]
fn s23_copyright_ranges_are_no_dates() {
    assert_eq!(
        tag("Copyright 2012-2019 Example. (C) 2010–2015 Foo. It grew in 2012-2019.", "2013-03-21"),
        ["2012|DATE|2012", "2019|DATE|2019"]
    );
}

/// A number after a numbering word is no year, with its abbreviation's
/// stop too: "jersey No. 1999", "vol 2001", "room 2014" (and "Dec. 2019"
/// is still a month).
#[test]
fn s23_numbered_things_are_no_years() {
    for text in [
        "He wore jersey No. 1999 that season.",
        "See vol 2001 for details.",
        "See Vol. 2001 for details.",
        "It is on pp. 1999 of the report.",
        "Room 2014 is booked.",
        "Version 2010 ships.",
    ] {
        assert_eq!(tag(text, "2017-07-05"), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        one("Prices rose in Dec. 2019.", "2017-07-05"),
        "Dec. 2019|DATE|2019-12"
    );
}

/// What went on until a date told in the simple past ended by then: "ran
/// until March 3" told on 20 February is last year's 3 March (was the
/// coming one: a past clause may look two months ahead). A deferral ("was
/// extended until"), a plan and the present look ahead as before.
#[test]
fn s23_what_ran_until_a_date_ended_by_then() {
    let dct = "2020-02-20";
    let cases = [
        ("The offer ran until March 3.", "2019-03-03"),
        ("The exhibition lasted until 3 March.", "2019-03-03"),
        ("The store stayed open until March 3.", "2019-03-03"),
        ("Most of the crop was not drilled until May.", "2019-05"),
        ("The offer was extended until March 3.", "2020-03-03"),
        ("The offer was scheduled to run until March 3.", "2020-03-03"),
        ("The offer runs until March 3.", "2020-03-03"),
        ("Hughes adjourned the meeting on the proposed merger until March 11.", "2020-03-11"),
    ];
    for (text, want) in cases {
        let got = tag(text, dct);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(got[0].ends_with(&format!("|DATE|{want}")), "{text}: {got:?}");
    }
}

/// "Could be" before a participle looks ahead, as "will be" does: "the
/// vote could be held on Friday" told on a Thursday is the next day (was
/// the Friday past). A search that failed stays past: "could not be
/// reached Wednesday", "neither he nor she could be located Wednesday".
#[test]
fn s24_could_be_done_looks_ahead() {
    let dct = "2013-03-21"; // a Thursday
    let cases = [
        ("The vote could be held on Friday.", "Friday|DATE|2013-03-22"),
        (
            "The vote could be delayed until after the weekend.",
            "the weekend|DATE|2013-W12-WE",
        ),
        (
            "Officials said a deal could be reached by Monday.",
            "Monday|DATE|2013-03-25",
        ),
        (
            "Neither he nor his lawyer could be located Wednesday.",
            "Wednesday|DATE|2013-03-20",
        ),
        (
            "The minister couldn't be reached Wednesday.",
            "Wednesday|DATE|2013-03-20",
        ),
        (
            "The minister could not be reached Wednesday.",
            "Wednesday|DATE|2013-03-20",
        ),
    ];
    assert_last_tags(dct, &cases);
}

/// Short past verbs mark the past as the "-ed" rule does for longer ones:
/// "Apple sued Samsung in April" told in March is last April (was the
/// coming one: "sued" is too short for the rule, "drove" irregular).
/// "Froze duty until September" defers, as "extended until" does.
#[test]
fn s24_short_and_irregular_past_verbs_look_back() {
    let dct = "2013-03-21";
    let cases = [
        ("Apple sued Samsung in April.", "April|DATE|2012-04"),
        ("The founder died in May.", "May|DATE|2012-05"),
        ("The team drove to Paris in June.", "June|DATE|2012-06"),
        (
            "The budget froze fuel duty until September.",
            "September|DATE|2013-09",
        ),
        ("Trading was suspended until April 2.", "April 2|DATE|2013-04-02"),
    ];
    assert_last_tags(dct, &cases);
}

/// "That year", "the same month" after a date counted from name that
/// date when it was told after the story's time: "In March 2012 ... have
/// fought since 2011 ... in April of that year" is April 2011. A record's
/// bound ("the highest since 1998") and a decade name no such year.
#[test]
fn s24_that_year_after_a_since_date_is_that_date() {
    let dct = "2013-03-21";
    let story =
        "In March 2012 the trial began. The two firms have fought since 2011.";
    assert_eq!(
        tag(&format!("{story} Apple first sued in April of that year."), dct)
            .last(),
        Some(&"April of that year|DATE|2011-04".to_string())
    );
    assert_eq!(
        tag(&format!("{story} That year, Apple sued."), dct).last(),
        Some(&"That year|DATE|2011".to_string())
    );
    assert_eq!(
        tag(
            "In March 2012 sales rose. They were the highest since 1998. That year, the firm listed.",
            dct
        )
        .last(),
        Some(&"That year|DATE|2012".to_string())
    );
    assert_eq!(
        tag(
            "In March 2012 sales rose. It was the first time since the 1990s. Sales fell that year.",
            dct
        )
        .last(),
        Some(&"that year|DATE|2012".to_string())
    );
}

/// Asserts the last expression each text tags, as `text|TYPE|value`.
fn assert_last_tags(dct: &str, cases: &[(&str, &str)]) {
    for &(text, want) in cases {
        let got = tag(text, dct);
        assert_eq!(
            got.last().map(String::as_str),
            Some(want),
            "{text}: {got:?}"
        );
    }
}

/// "Earlier in the week" is a part of the story's week; "later in the
/// month" of the month the story has reached (both were untagged). "Later
/// in the day" stays untagged, as TimeML annotators leave it.
#[test]
fn s24_earlier_in_the_week_and_later_in_the_month() {
    let dct = "2017-07-05";
    assert_eq!(
        tag("Earlier in the week, Nokia reported results. Later in the day, shares fell.", dct),
        ["Earlier in the week|DATE|2017-W27"]
    );
    assert_eq!(
        tag("Police arrested him on March 3. Later in the month, he was charged.", dct),
        ["March 3|DATE|2017-03-03", "Later in the month|DATE|2017-03"]
    );
}

/// "Quarterly" and "every quarter" are `P1Q`, as "the past two quarters"
/// is `P2Q` (were `P3M`); "the same quarter" is the quarter just named,
/// not the one a later date falls in.
#[test]
fn s24_quarters_as_sets_and_the_same_quarter() {
    assert_eq!(
        tag("It pays quarterly, every quarter.", "1989-10-30"),
        ["quarterly|SET|P1Q", "every quarter|SET|P1Q"]
    );
    assert_eq!(
        tag("Royalties are due after each calendar quarter and every fiscal year.", "2024-01-09"),
        ["each calendar quarter|SET|P1Q", "every fiscal year|SET|P1Y"]
    );
    assert_eq!(
        tag(
            "Its profit for the quarter was dwarfed by the sum Google announced earlier in the week. During the same quarter, Yahoo earned more.",
            "2005-02-16"
        ),
        [
            "the quarter|DATE|2004-Q4",
            "earlier in the week|DATE|2005-W07",
            "the same quarter|DATE|2004-Q4"
        ]
    );
}

/// "Decades ago" told in 2017 is some year from 1947 to 1997: `19XX`, not
/// its middle decade (was `195X`); "several years ago" stays the decade
/// it falls in.
#[test]
fn s24_decades_ago_is_some_year_of_the_century() {
    assert_eq!(
        tag(
            "Decades ago it was founded. Several years ago it was small.",
            "2017-07-05"
        ),
        ["Decades ago|DATE|19XX", "Several years ago|DATE|201X"]
    );
}

/// A month after a preposition of time is a date even before "on" and a
/// capital: "released in March on PS2" (was read as a name, as "the March
/// on Washington" still is).
#[test]
fn s24_in_march_on_a_name_is_a_date() {
    assert_eq!(
        tag("The game is out in March on PS2.", "2005-02-16"),
        ["March|DATE|2005-03"]
    );
    assert!(tag("The March on Washington was huge.", "2005-02-16").is_empty());
}

/// "The last quarter of the year" is the fourth (was untagged), and a part
/// "of the year" is of the year its sentence has just named: "grew in 2004
/// after falling in the first quarter of the year" is 2004's.
#[test]
fn s24_a_part_of_the_year_its_sentence_named() {
    let dct = "2005-02-16";
    assert_eq!(
        tag("The economy grew by 3.1% in 2004 after accelerating in the last quarter of the year.", dct),
        ["2004|DATE|2004", "the last quarter of the year|DATE|2004-Q4"]
    );
    assert_eq!(
        tag("The economy grew by 3.1% in 2004 after falling in the first quarter of the year.", dct),
        ["2004|DATE|2004", "the first quarter of the year|DATE|2004-Q1"]
    );
    assert_eq!(
        tag("Sales should rise in the second half of the year.", dct),
        ["the second half of the year|DATE|2005-H2"]
    );
}

/// "Polls close on Monday", "talks reopen on Tuesday": a plural subject's
/// schedule looks ahead, as "closes" does (was the Monday past). "The
/// Australian Open on Monday" names no schedule, nor does "the close".
#[test]
fn s24_a_plural_schedule_looks_ahead() {
    let dct = "2013-02-22"; // a Friday
    assert_last_tags(
        dct,
        &[
            (
                "Polls close at 3 p.m. on Monday.",
                "3 p.m. on Monday|TIME|2013-02-25T15:00",
            ),
            (
                "Debt talks reopen in New York on Tuesday.",
                "Tuesday|DATE|2013-02-26",
            ),
            (
                "She lost at the Australian Open on Monday.",
                "Monday|DATE|2013-02-18",
            ),
            (
                "Shares rose near the close on Monday.",
                "Monday|DATE|2013-02-18",
            ),
        ],
    );
}

/// "The first Monday in May", "the last Sunday of February": a weekday of a
/// month by its rank (were the weekday and the month apart); "Sundays at
/// 8pm" is one set with its time of day (the clock time was put on the day
/// the story had reached).
#[test]
fn s24_ranked_weekdays_of_a_month_and_sets_at_a_time() {
    let dct = "2005-02-09";
    assert_eq!(
        tag(
            "The vote is on the first Monday in May. The awards take place on the last Sunday of February.",
            dct
        ),
        [
            "the first Monday in May|DATE|2005-05-02",
            "the last Sunday of February|DATE|2005-02-27"
        ]
    );
    assert_eq!(
        tag("The court opened on the first Monday in October 2004.", dct),
        ["the first Monday in October 2004|DATE|2004-10-04"]
    );
    assert_eq!(
        tag("Tickets go on sale at 9am on Friday. The show airs on Sundays at 8pm.", dct),
        ["9am on Friday|TIME|2005-02-11T09:00", "Sundays at 8pm|SET|XXXX-WXX-7T20:00"]
    );
}

/// "Today's problems", "today's climate" are the present age, no date (as
/// "today's teenagers" were); "today's debate" is the day. A number before
/// a per cent sign after any space ("1782\u{a0}% Daily Value") is no year.
#[test]
fn s24_todays_problems_and_amounts_before_per_cent() {
    let dct = "2020-02-19";
    assert!(
        tag("It solves today's problems in today's climate.", dct).is_empty()
    );
    assert_eq!(tag("Today's debate matters.", dct), ["Today|DATE|2020-02-19"]);
    assert!(tag("Calories from Fat 1782\u{a0}% Daily Value", dct).is_empty());
}

/// A month or season opening a sentence told in the past, right after a
/// narrative step ("three months later", "a year later") reached a time
/// well before the DCT, is of that story's time: "In June, the ITC opened
/// an investigation" is June 2017 (was June 2019, ahead of a past verb).
/// After a date named outright, as in the comparisons of economic reports
/// ("than in February 1986. In January, prices rose"), or told ahead, a
/// bare month stays the DCT's nearest.
#[test]
fn s24_a_narrated_storys_months_are_its_own() {
    let dct = "2019-04-20";
    assert_eq!(
        tag(
            "Qualcomm sued Apple in January 2017. Three months later, Apple stopped paying. In June, the ITC opened an investigation. In the summer, talks stalled.",
            dct
        ),
        [
            "January 2017|DATE|2017-01",
            "Three months later|DATE|2017-04",
            "June|DATE|2017-06",
            "the summer|DATE|2017-SU"
        ]
    );
    assert_eq!(
        tag("Acme sued in March 2015. A year later it won. In May, it sold the unit.", dct)
            .last()
            .map(String::as_str),
        Some("May|DATE|2016-05")
    );
    assert_eq!(
        tag("Acme was founded in 1998. Two years later, it listed. In June, it will open a plant.", dct)
            .last()
            .map(String::as_str),
        Some("June|DATE|2019-06")
    );
    assert_eq!(
        tag(
            "Prices were 6.9 pct lower than in February 2018. In January, prices rose 0.8 pct.",
            dct
        )
        .last()
        .map(String::as_str),
        Some("January|DATE|2019-01")
    );
}

/// "By midweek", "since mid-week", "Midweek, shares rose" are the middle of
/// the DCT's week (were untagged); "468 dlrs midweek and 518 on weekends"
/// and "a midweek match" name a kind of day, no date.
#[test]
fn s24_midweek_as_a_time() {
    let dct = "2023-03-20";
    assert_eq!(
        tag(
            "Lawyers will draft a telex by midweek. Midweek, shares rose.",
            dct
        ),
        ["midweek|DATE|2023-W12", "Midweek|DATE|2023-W12"]
    );
    assert!(tag(
        "Fares are 468 dlrs midweek. A midweek match was played.",
        dct
    )
    .is_empty());
}

/// "The third week of June" is one expression, 15 to 21 June (was only
/// "June"); the first and last weeks keep their START and END.
#[test]
fn s24_the_nth_week_of_a_month() {
    let doc = dealline::Document::from_text(
        "w",
        "The annual meeting is scheduled for the third week of June.",
    );
    let dct = dealline::timex::dct_from(
        &dealline::date::PartialDate::parse("2023-06-05").unwrap(),
    );
    let body = &doc.body;
    let tags = dealline::timex::tag_document(
        body,
        &dealline::text::split_sentences(body),
        Some(&dct),
    );
    assert_eq!(tags.len(), 1);
    assert_eq!(&body[tags[0].timex.span.clone()], "the third week of June");
    assert_eq!(tags[0].value, "2023-06");
    let r = tags[0].resolved.as_ref().unwrap();
    assert_eq!(
        (r.span.start.to_string(), r.span.end.to_string()),
        ("2023-06-15".into(), "2023-06-21".into())
    );
}

/// A bare verb joined by "and" to a clause of the future takes its tense:
/// "will reorganise its agents to serve imported products and hold a trade
/// show in November", told in April, is the coming November (the
/// participle "imported" made it last year's).
#[test]
fn s24_a_bare_verb_after_and_shares_the_future() {
    assert_last_tags(
        "1987-04-27",
        &[
            (
                "Korea will reorganise its trade agents to serve imported products and hold a trade show in November.",
                "November|DATE|1987-11",
            ),
            (
                "A commission will now be formed to work with the firms and present a final report by July.",
                "July|DATE|1987-07",
            ),
        ],
    );
}

/// "The turn of the century" is the century's boundary, approximately: the
/// one before the DCT in the past tense, the next one ahead, the next one
/// after "by" (a deadline, whatever the reporting verb); "the turn of the
/// 20th century" is 1900 and "the turn of the year" December and January.
/// The beginning, middle and end of a century are its thirds, as a
/// decade's are.
#[test]
fn s25_the_turn_and_the_end_of_the_century() {
    let dct = "1987-03-23";
    assert_eq!(
        tag_mod(
            "To be producing power by the turn of the century, the company said, it must start now. At the turn of the century, Britain ruled a quarter of the world.",
            dct
        ),
        [
            "the turn of the century|DATE|2000|APPROX",
            "now|DATE|PRESENT_REF",
            "the turn of the century|DATE|1900|APPROX",
        ]
    );
    assert_eq!(
        tag_mod(
            "Deaths rose for the second time since the turn of the century. The novel is set at the turn of the 19th century. Prices fell at the turn of the year.",
            "2005-06-15"
        ),
        [
            "the turn of the century|DATE|2000|APPROX",
            "the turn of the 19th century|DATE|1800|APPROX",
            "the turn of the year|DATE|2005-01|APPROX",
        ]
    );
    assert_eq!(
        tag_mod(
            "Brazil will make 2.8 mln cars a year by the end of this century. Output peaked at the end of the last century.",
            "2005-06-15"
        ),
        [
            "the end of this century|DATE|20XX|END",
            "the end of the last century|DATE|19XX|END",
        ]
    );
    let text = "Prices fell at the turn of the year.";
    let dct = dct_from(&PartialDate::parse("2005-06-15").unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let r = tags[0].resolved.as_ref().unwrap();
    assert_eq!(
        (r.span.start.to_string(), r.span.end.to_string(), r.approximate),
        ("2004-12-01".into(), "2005-01-31".into(), true)
    );
}

/// "The third quarter ended Sept 30, 1986", told in 1987, is the calendar
/// quarter of the year its last day names (it was 1987's third quarter).
#[test]
fn s25_a_quarter_ended_on_a_dated_day_is_of_its_year() {
    assert_eq!(
        tag(
            "Dean Foods expects earnings for the fourth quarter ending May 30 to rise. For the third quarter ended Sept 30, 1986, Zenith reported a loss. In the first quarter ended March 31, 1986, Restaurant Associates earned 1.2 mln dlrs.",
            "1987-03-27"
        ),
        [
            "the fourth quarter|DATE|1987-Q4",
            "May 30|DATE|1987-05-30",
            "the third quarter|DATE|1986-Q3",
            "Sept 30, 1986|DATE|1986-09-30",
            "the first quarter|DATE|1986-Q1",
            "March 31, 1986|DATE|1986-03-31",
        ]
    );
}

/// "Half a year later", "a quarter century earlier" are narrative steps
/// and "half a century ago" a year back from the DCT, as "two years
/// later" and "a decade ago" are; "half a year" alone is six months.
#[test]
fn s25_half_a_year_later_is_a_narrative_step() {
    assert_eq!(
        tag(
            "Nixon spoke on November 17, 1973. But half a year later the White House announced the tapes. A quarter century earlier, he had entered Congress. He served for half a year.",
            "2023-11-08"
        ),
        [
            "November 17, 1973|DATE|1973-11-17",
            "half a year later|DATE|1974-05",
            "A quarter century earlier|DATE|1949",
            "half a year|DURATION|P6M",
        ]
    );
    assert_eq!(
        one("The mill was built half a century ago.", "2023-11-08"),
        "half a century ago|DATE|1973"
    );
}

/// "Will report fourth-quarter results on February 15", told in January,
/// is the quarter just over, whose results are to come; a forecast of the
/// quarter ("sales will rise in the fourth quarter") and a quarter over
/// for longer are the ones ahead.
#[test]
fn s25_results_still_to_come_are_the_quarter_just_over() {
    assert_last_tags(
        "2023-01-20",
        &[
            (
                "The company will report fourth-quarter results on February 15. It expects fourth-quarter earnings to rise.",
                "fourth-quarter|DATE|2022-Q4",
            ),
            (
                "Today it will announce GNP figures for the fourth quarter.",
                "the fourth quarter|DATE|2022-Q4",
            ),
            ("Sales will rise in the fourth quarter.", "the fourth quarter|DATE|2023-Q4"),
        ],
    );
    assert_last_tags(
        "2023-07-20",
        &[(
            "It expects fourth-quarter profit to rise.",
            "fourth-quarter|DATE|2023-Q4",
        )],
    );
}

/// A pair of months that spans a year written across two ("1985/86
/// (August/July)", "the April/February period of 1986/87", "Oct/Sept
/// 1987/88") starts in the earlier year and ends in the first such month
/// after it, whatever the DCT and the tense say of either alone; a pair
/// with no split year is left to them.
#[test]
fn s26_a_pair_of_months_spans_its_split_year() {
    assert_eq!(
        tag(
            "Use will rise in the next Oct/Sept 1987/88 season. This compared with deliveries of 24.38 mln tonnes in 1985/86 (August/July). The load factor was 66.6 pct in the April/February period of 1986/87. Imports are forecast to rise in the 1987/88 season (November/May). Demand was good for October/December shipment.",
            "1987-03-02"
        ),
        [
            "the next Oct|DATE|1987-10",
            "Sept 1987|DATE|1988-09",
            "1985|DATE|1985",
            "August|DATE|1985-08",
            "July|DATE|1986-07",
            "April|DATE|1986-04",
            "February|DATE|1987-02",
            "1986|DATE|1986",
            "1987|DATE|1987",
            "November|DATE|1987-11",
            "May|DATE|1988-05",
            "October|DATE|1987-10",
            "December|DATE|1987-12",
        ]
    );
}

/// A date opening its sentence, before a comma, is when the act of the
/// clause after it happened: in the past tense it lies behind the DCT,
/// though a past clause may otherwise name a date a little ahead
/// ("declared a dividend payable April 14"). Not when the clause reports
/// what lies ahead.
#[test]
fn s26_a_date_opening_a_past_clause_is_behind() {
    assert_eq!(
        tag(
            "The company was founded in 1985. In April, it opened its first store. On April 3, it sold 500 shares. On May 18, the company said, it will redeem its notes. It declared a dividend payable April 14.",
            "1987-03-20"
        ),
        [
            "1985|DATE|1985",
            "April|DATE|1986-04",
            "April 3|DATE|1986-04-03",
            "May 18|DATE|1987-05-18",
            "April 14|DATE|1987-04-14",
        ]
    );
}

/// A telling set off by commas after a sentence's opening date ("In June,
/// the company said, it will ...") is not the verb of the date's clause:
/// the clause after it gives the tense.
#[test]
fn s30_a_telling_between_commas_leaves_the_clause_its_tense() {
    assert_eq!(
        tag(
            "In June, the company said, it will open a plant. By August, analysts say, it expects to hire 300 people. In January, the firm added, it opened a store. On June 2, he said, the plant will start.",
            "2017-03-10"
        ),
        [
            "June|DATE|2017-06",
            "August|DATE|2017-08",
            "January|DATE|2017-01",
            "June 2|DATE|2017-06-02",
        ]
    );
}

/// "late Tuesday", "early today": the day, with the edge of it as the
/// `mod` (TimeML's END and START); the day is still sure, not approximate.
#[test]
fn s30_late_or_early_on_a_day_is_its_edge() {
    assert_eq!(
        tag_mod(
            "Talks broke down late Tuesday. Ministers met early today. The deal was signed late yesterday. A ruling is due early Monday.",
            "2019-11-20"
        ),
        [
            "late Tuesday|DATE|2019-11-19|END",
            "early today|DATE|2019-11-20|START",
            "late yesterday|DATE|2019-11-19|END",
            "early Monday|DATE|2019-11-25|START",
        ]
    );
    // "earlier" and "later" likewise, as TimeBank marks "Earlier
    // yesterday" and "Later yesterday"; not after a length of time, whose
    // step they are.
    assert_eq!(
        tag_mod(
            "Earlier today, Acme said so. A ruling will come later Monday. Two hours later Tuesday it fell.",
            "2019-11-20"
        ),
        [
            "Earlier today|DATE|2019-11-20|START",
            "later Monday|DATE|2019-11-25|END",
            "Two hours|DURATION|PT2H",
            "Tuesday|DATE|2019-11-19",
        ]
    );
    let text = "Acme agreed late Tuesday to buy Globex.";
    let dct = dct_from(&PartialDate::parse("2019-11-20").unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let r = tags[0].resolved.as_ref().unwrap();
    assert!(!r.approximate);
    assert_eq!(
        (r.span.start.to_string(), r.span.end.to_string()),
        ("2019-11-19".into(), "2019-11-19".into())
    );
}

/// A day right after a plainly finite past verb ("he took over on July 1",
/// "who resigned on June 30", "was fired on June 2") is behind the DCT,
/// though a past clause may otherwise name a day up to two months ahead
/// ("declared a dividend payable on July 1", "shares held on July 1").
#[test]
fn s30_a_day_of_a_past_act_is_behind() {
    assert_eq!(
        tag(
            "He took over on July 1. Smith, who resigned on June 30, left. She was fired on June 2. The company declared a dividend payable on July 1. Holders of shares held on June 20 get a right. It said prices would be set before it was announced on June 28. The ruling was expected on July 3. He was named chief executive on June 5. The board called a meeting on June 9.",
            "2023-05-17"
        ),
        [
            "July 1|DATE|2022-07-01",
            "June 30|DATE|2022-06-30",
            "June 2|DATE|2022-06-02",
            "July 1|DATE|2023-07-01",
            "June 20|DATE|2023-06-20",
            "June 28|DATE|2023-06-28",
            "July 3|DATE|2023-07-03",
            "June 5|DATE|2022-06-05",
            "June 9|DATE|2023-06-09",
        ]
    );
}

/// A year opening a past sentence two years or more before the DCT's sets
/// the story's time: the bare month opening the next sentence is of that
/// year, and the narrative steps on from it. A year told in passing, or
/// the year just before the DCT's (this January's figure after last
/// year's), leaves the month the DCT's.
#[test]
fn s30_a_year_opening_a_sentence_frames_the_next() {
    assert_eq!(
        tag(
            "In 2015, Acme bought Globex. In March, it sold a unit. Two months later, it hired a chief executive. That year, profits rose. The next year, it merged with Initech.",
            "2020-05-01"
        ),
        [
            "2015|DATE|2015",
            "March|DATE|2015-03",
            "Two months later|DATE|2015-05",
            "That year|DATE|2015",
            "The next year|DATE|2016",
        ]
    );
    assert_eq!(
        tag(
            "Acme was founded in 2015. In March, it raised $10 million.",
            "2020-05-01"
        ),
        ["2015|DATE|2015", "March|DATE|2020-03"]
    );
    assert_eq!(
        tag(
            "In 2019, sales rose 5 pct. In January, they rose 3 pct.",
            "2020-05-01"
        ),
        ["2019|DATE|2019", "January|DATE|2020-01"]
    );
}

/// A year before a hyphenated quarter is that quarter's year, as without
/// the hyphen ("the 1986 third quarter").
#[test]
fn s30_a_year_before_a_hyphenated_quarter() {
    assert_eq!(
        tag(
            "Acme said its 1986 third-quarter results were boosted by a gain. It reported fiscal 2024 first-quarter results. This year's second-quarter sales fell.",
            "2023-11-08"
        ),
        [
            "1986 third-quarter|DATE|1986-Q3",
            "fiscal 2024 first-quarter|DATE|2024-Q1",
            "This year's second-quarter|DATE|2023-Q2",
        ]
    );
}

/// Ranges written with an en dash or across months, a year after a range
/// of days before a plural noun, and decades written with an apostrophe.
#[test]
fn s31_ranges_across_months_and_elided_decades() {
    let cases: [(&str, &[&str]); 7] = [
        (
            "It met Jan. 30-Feb. 2, 2016 in Rome.",
            &["Jan. 30|DATE|2016-01-30", "Feb. 2, 2016|DATE|2016-02-02"],
        ),
        (
            "It met Jan. 30\u{2013}Feb. 2, 2016 in Rome.",
            &["Jan. 30|DATE|2016-01-30", "Feb. 2, 2016|DATE|2016-02-02"],
        ),
        (
            "Sales grew in 2014\u{2013}2016.",
            &["2014|DATE|2014", "2016|DATE|2016"],
        ),
        (
            "The June 3-5, 2016 talks failed.",
            &["June 3|DATE|2016-06-03", "5|DATE|2016-06-05", "2016|DATE|2016"],
        ),
        ("Prices doubled in the '90s.", &["the '90s|DATE|199X"]),
        (
            "Prices doubled in the \u{2019}90s and fell.",
            &["the \u{2019}90s|DATE|199X"],
        ),
        // Still a price, and still counts.
        ("Shares traded in the 90s. It has 3, 2017 shares.", &[]),
    ];
    assert_tags(&cases);
    // En dashes in ranges of counts and years; curly quotes round a name.
    let cases: [(&str, &[&str]); 4] = [
        ("Rates for 30\u{2013}69 days rose.", &["30\u{2013}69 days|DURATION|PXD"]),
        (
            "It set a five-year plan (1986\u{2013}1990), he said.",
            &["five-year|DURATION|P5Y", "1986|DATE|1986", "1990|DATE|1990"],
        ),
        ("They called the sell-off \u{201c}Black Monday,\u{201d} he said.", &[]),
        (
            "Acme signed on June\u{a0}29,\u{a0}2017, over\u{202f}a\u{202f}year ago.",
            &["June\u{a0}29,\u{a0}2017|DATE|2017-06-29", "over\u{202f}a\u{202f}year ago|DATE|2016"],
        ),
    ];
    assert_tags(&cases);
    // Hard-wrapped or with CRLF line ends, as on one line.
    for text in [
        "Sales in February rose 18.8 pct over the same month last\nyear.",
        "Sales in February rose 18.8 pct over the same month last\r\nyear.",
    ] {
        let got = tag(text, "1987-03-03");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].ends_with("|DATE|1986-02"), "{got:?}");
    }
    // A letter beyond ASCII before a pair of periods is no ordinal (this
    // panicked).
    assert_eq!(
        tag("Sales at the café and second quarters of Zürich or first half rose.", DCT),
        ["second quarters|DATE|2017-Q2", "first half|DATE|2017-H1"]
    );
    // A count of periods is no period of a year.
    assert_eq!(
        tag(
            "Profit fell for the third quarter in a row and for the second half running, but in the third quarter in Europe it rose.",
            DCT
        ),
        ["the third quarter|DATE|2017-Q3"]
    );
    // A wire dateline with an en dash is no month the story reports.
    assert_eq!(
        tag(
            "DETROIT, March 4 \u{2013} Acme said its car sales for the February 21 to 28 period dropped to 926 from 2,672 in the same period a year ago.",
            "1987-03-04"
        ),
        [
            "March 4|DATE|1987-03-04",
            "February 21|DATE|1987-02-21",
            "the same period a year ago|DATE|1986-02"
        ]
    );
    // "over" before an offset is "more than", unless it compares a figure
    // or a change with it.
    let text = "It was founded over 20 years ago. Sales rose 5 pct over a year ago. The increase over a year ago was small. Talks ran for more than\nthree weeks.";
    let dct = dct_from(&PartialDate::parse(DCT).unwrap());
    let tags = tag_document(text, &split_sentences(text), Some(&dct));
    let got: Vec<String> = tags
        .iter()
        .map(|t| {
            let m = t.modifier(text).unwrap_or("-");
            format!("{}|{}|{m}", &text[t.timex.span.clone()], t.value)
        })
        .collect();
    assert_eq!(
        got,
        [
            "over 20 years ago|1997|BEFORE",
            "a year ago|2016|-",
            "a year ago|2016|-",
            "more than\nthree weeks|P3W|MORE_THAN"
        ]
    );
}

/// Web pages write the typographic apostrophe (U+2019): every expression
/// with an apostrophe tags as with `'`, and the tense reads "won’t" and
/// "tomorrow’s" as words.
#[test]
fn s31_curly_apostrophes_read_as_straight_ones() {
    let texts = [
        "By year's end, on New Year's Day, today's deal and last year's results.",
        "Revenue in Q3'17 and in '98 and the mid-'80s and the 1990's fell.",
        "Acme's 1986 third-quarter results and last year's fourth quarter rose.",
        "Traders waited ahead of tomorrow's figures for February.",
        "It won't sign until March, and it didn't in June.",
    ];
    for text in texts {
        let curly = text.replace('\'', "\u{2019}");
        let straight = tag(text, "1987-04-07");
        assert!(!straight.is_empty(), "{text}");
        let read: Vec<String> = tag(&curly, "1987-04-07")
            .into_iter()
            .map(|t| t.replace('\u{2019}', "'"))
            .collect();
        assert_eq!(read, straight, "{curly}");
    }
    assert_eq!(
        tag(
            "Traders waited ahead of tomorrow's figures for February.",
            "1987-04-07"
        ),
        ["tomorrow|DATE|1987-04-08", "February|DATE|1987-02"]
    );
}

//! Finding events: triggers in sentences, their clause, parties, date,
//! summary and amount.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    role_after, subject_object_roles, Frame, DEAL_VERBS, HEDGES, TRIGGERS,
    TRIGGER_SET,
};
use super::model::{
    Amount, Event, EventDate, EventType, Party, PartyKind, Role, Source,
};
use crate::entity::{Entities, Mention, MentionKind};
use crate::text::floor_char as floor;
use crate::text::Sentence;
use crate::timex::{Anchor, Resolved, Tagged, TimexType};

/// Prepositions that keep a name out of subject position.
const PREPS: &[&str] = &[
    "with",
    "to",
    "from",
    "of",
    "for",
    "at",
    "in",
    "by",
    "on",
    "against",
    "into",
    "about",
    "as",
    "than",
    "via",
    "under",
    "between",
    "among",
    "including",
    "like",
    "over",
    "through",
];

/// Words in a clause that name a court or agency, needed for rulings.
const COURTS: &[&str] = &[
    "court",
    "judge",
    "jury",
    "tribunal",
    "commission",
    "itc",
    "regulator",
    "authority",
    "office",
    "board",
    "panel",
    "arbitrator",
    "justice",
    "agency",
    "ftc",
    "doj",
    "ministry",
];

/// Whether the words before a participle make it passive: "was
/// acquired", "has been sold", "is being bought".
fn is_passive(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(last, "was" | "were" | "is" | "are" | "been" | "be" | "being")
}

/// Whether a date sits in a phrase set off by commas that describes a
/// party before the trigger rather than telling the event: "Globex,
/// founded in 1990, was acquired in 2014", "Acme, which listed in 1990,
/// bought ...". Such a date dates the event only when the clause has no
/// other.
fn describes_a_party(
    body: &str,
    clause: &Range<usize>,
    span: &Range<usize>,
    trigger: usize,
) -> bool {
    // After the trigger ("their joint venture, formed last September")
    // or in its own phrase, the date is the event's.
    if trigger < span.end
        || !body[span.end..trigger].contains([',', '(', ')', ';'])
    {
        return false;
    }
    let before = &body[clause.start..span.start];
    let seg_start = before
        .rfind([',', '(', ';'])
        .map_or(clause.start, |i| clause.start + i + 1);
    let first = body[seg_start..span.start]
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        first.as_str(),
        "which"
            | "who"
            | "whose"
            | "that"
            | "founded"
            | "established"
            | "formed"
            | "created"
            | "set"
            | "listed"
            | "incorporated"
            | "launched"
            | "based"
            | "built"
            | "opened"
            | "started"
            | "acquired"
            | "bought"
            | "purchased"
            | "spun"
    )
}

/// Whether the words between a deal's trigger and a "by" leave that "by"
/// to the deal: close, in the same phrase, with no other participle
/// ("owned and operated by", "a venture Initech will set up by").
fn agent_of(gap: &str) -> bool {
    gap.len() <= 80
        && !gap.contains([',', ';', '(', ')'])
        && !gap
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() > 3)
            .any(|w| {
                w.ends_with("ed")
                    || matches!(
                        w,
                        "held"
                            | "owned"
                            | "run"
                            | "led"
                            | "made"
                            | "built"
                            | "being"
                    )
            })
}

/// Whether a clause names a court or an agency. "Board", "office",
/// "authority" and "agency" count as names only ("the Federal Reserve
/// Board", "the Patent Office"): "its board approved a rights plan" is a
/// company's decision, "the Baltic News Agency said" a source.
fn names_court(clause: &str) -> bool {
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        if !COURTS.contains(&lower.as_str()) {
            return false;
        }
        match lower.as_str() {
            "board" | "office" | "authority" | "agency" => {
                w.starts_with(char::is_uppercase)
                    && (i == 0 || !words[i - 1].eq_ignore_ascii_case("news"))
            }
            _ => true,
        }
    })
}

/// "was awarded a contract worth $4 million", "awarded orders": a deal won, not a
/// ruling ("the jury awarded damages" is one).
fn awards_a_contract(text: &str, span: &Range<usize>) -> bool {
    text[span.clone()].eq_ignore_ascii_case("awarded")
        && text[span.end..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take(6)
            .any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "contract" | "contracts" | "order" | "orders" | "tender"
                )
            })
}

/// One trigger match before it becomes an event.
#[derive(Clone, Debug)]
struct Hit {
    trigger: usize,
    /// Sentence-local byte range of the trigger words.
    span: Range<usize>,
    /// Sentence-local clause range.
    clause: Range<usize>,
}

/// An event with the bookkeeping needed to finish it.
struct Draft {
    event: Event,
    /// The timex (body span) that dates it, if any.
    timex: Option<Range<usize>>,
    /// The narrative anchor of its date, if any.
    anchor: Option<Anchor>,
    /// Undated, but told as news rather than background (no past
    /// perfect): it may share the date of the lead's news.
    news: bool,
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:more|less) than |about |around |nearly |almost |over |up to |some )?(?:US\s?|C|A|HK)?([$€£¥])\s?([0-9][[0-9],]*(?:\.[0-9]+)?)(?:\s?(million|billion|trillion|bn|mn|m|b)(?-u:\b))?|(?-u:\b)([0-9][[0-9],]*(?:\.[0-9]+)?)\s(million|billion)?\s?(dollars|euros|pounds|yen|yuan|kronor|francs)(?-u:\b)|(?-u:\b)(?:an?\s+)?undisclosed\s+(?:sum|amount|fee|price|terms)(?-u:\b)")
        .expect("amount pattern")
});

/// "the settlement that was announced in May": the verb after the noun.
static VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:that|which)\s+(?:was|were|has\s+been|had\s+been|have\s+been|is)\s+(?:[0-9A-Za-z_]+\s+)?(?:announced|signed|reached|agreed|struck|concluded|finalized|finalised)(?-u:\b)")
        .expect("verb-after pattern")
});

/// Words before a date that make it a term, not the event's date
/// ("effective April 1", "valid until 2018", "covering sales from ...").
const TERM_WORDS: &[&str] = &[
    "effective",
    "until",
    "till",
    "through",
    "thru",
    "expire",
    "expires",
    "expiring",
    "expired",
    "valid",
    "from",
    "starting",
    "onwards",
    "runs",
    "run",
    "extends",
];

/// A pronoun and a verb of saying at the start of a summary.
static PRONOUN_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:He|She|They|It|We|I)\s+(?:also\s+)?(?:said|says|noted|added|stated|told\s+\w+)(?:\s+that)?,?\s+")
        .expect("pronoun-said pattern")
});

/// A verb of saying that opens a reported clause.
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:said|says|told\s+\w+|announced|reported|confirmed)(?:\s+that)?(?-u:\b)")
        .expect("reporting pattern")
});

/// "said it had signed": reported past perfect, the story's own news.
static REPORTED_PERFECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:said|says|announced|confirmed)(?-u:\b)[^.;]{0,120}?(?-u:\b)had\s+(?:[0-9A-Za-z_]+\s+)?[0-9A-Za-z_]+ed(?-u:\b)")
        .expect("reported pattern")
});

/// Past participles that are not "-ed" ("have come to terms").
const PARTICIPLES: &[&str] = &[
    "come",
    "won",
    "made",
    "struck",
    "begun",
    "done",
    "taken",
    "given",
    "sold",
    "bought",
    "drawn",
    "brought",
    "held",
    "won",
    "undertaken",
];

static ANNOUNCED_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:announced|said|confirmed|disclosed|revealed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?([0-9A-Za-z_]+ed)(?-u:\b)")
        .expect("announced pattern")
});

fn words_lower(s: &str) -> Vec<String> {
    s.split(|c: char| {
        !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-'
    })
    .filter(|w| !w.is_empty())
    .map(|w| w.to_lowercase().replace('’', "'"))
    .collect()
}

/// Clause boundaries around a trigger, sentence-local. "including"
/// opens a clause of its own for dating and parties ("settled the cases,
/// including one filed in 2018").
fn clause_of(text: &str, span: &Range<usize>) -> Range<usize> {
    let wide = verb_clause_of(text, span);
    let lower = text.to_ascii_lowercase();
    let left = lower[wide.start..span.start]
        .rfind(", including ")
        .map_or(wide.start, |p| wide.start + p + 12);
    let right = lower[span.end..wide.end]
        .find(", including ")
        .map_or(wide.end, |p| span.end + p);
    left..right
}

/// Clause boundaries around a trigger, without the "including" cut: the
/// scope in which a deal noun looks for its verb.
fn verb_clause_of(text: &str, span: &Range<usize>) -> Range<usize> {
    const LEFT: &[&str] = &[
        "; ",
        " but ",
        " while ",
        " whereas ",
        " although ",
        " though ",
        ", which ",
        ", who ",
        " as it ",
        " as they ",
        " as he ",
        " as she ",
        " after ",
        " before ",
        " when ",
    ];
    const RIGHT: &[&str] = &[
        ";",
        " but ",
        ", which",
        ", who",
        " which ",
        " while ",
        " whereas ",
        " although ",
        " as it ",
        " as they ",
        " after ",
        " before ",
        ", said",
        " when ",
    ];
    let lower = text.to_ascii_lowercase();
    let mut left = 0;
    for m in LEFT {
        if let Some(p) = lower[..span.start].rfind(m) {
            let cut = if m.starts_with(" as ") { p + 4 } else { p + m.len() };
            left = left.max(cut.min(span.start));
        }
    }
    let mut right = text.len();
    for m in RIGHT {
        if let Some(p) = lower[span.end..].find(m) {
            right = right.min(span.end + p);
        }
    }
    left..right
}

fn is_hedged(text: &str, clause: &Range<usize>, span: &Range<usize>) -> bool {
    // "a dispute that started ...": the trigger's own relative clause
    // is not governed by what comes before it.
    let own = text[span.clone()].to_lowercase();
    if own.contains(" that ") || own.contains(" which ") {
        return false;
    }
    let before = &text[clause.start..span.start];
    // "May" with a capital is the month.
    let ws: Vec<String> = words_lower(&before.replace("May", "month"));
    // A hedge or negation before a relative pronoun governs another verb:
    // "have not settled a dispute that started ...".
    let ws = match ws
        .iter()
        .rposition(|w| matches!(w.as_str(), "that" | "which" | "who" | "when"))
    {
        Some(p) if p + 4 >= ws.len() => ws[p + 1..].to_vec(),
        _ => ws,
    };
    let window: Vec<&String> = ws.iter().rev().take(6).collect();
    let joined =
        window.iter().rev().map(|s| s.as_str()).collect::<Vec<_>>().join(" ");
    // "we can settle", "cannot sue"; not "American Can sold".
    let modal_can = before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(6)
        .any(|w| w == "can" || w == "cannot");
    window.iter().any(|w| HEDGES.contains(&w.as_str()) || w.ends_with("n't"))
        || modal_can
        || joined.contains("set to")
        || joined.contains("close to")
        || joined.contains("in talks")
}

fn has_deal_verb(
    text: &str,
    clause: &Range<usize>,
    span: &Range<usize>,
) -> bool {
    let before = &text[clause.start..span.start];
    words_lower(before).iter().any(|w| DEAL_VERBS.contains(&w.as_str()))
        || before.to_lowercase().contains("set up")
        || VERB_AFTER.is_match(&text[span.end..clause.end.max(span.end)])
}

/// A noun trigger that names an agreement ("cross-license agreements")
/// is an event only with a verb of making it — unless the trigger holds
/// its own verb ("terminated its license agreement").
fn names_agreement(trigger: &str) -> bool {
    let t = trigger.to_lowercase();
    let own_verb = ["terminat", "cancel", "revok", "rescind"]
        .iter()
        .any(|v| t.starts_with(v));
    !own_verb
        && ["agreement", "agreements", "deal", "deals", "pact", "pacts"]
            .iter()
            .any(|n| t.ends_with(n))
}

fn is_gerund_object(text: &str, span: &Range<usize>) -> bool {
    let first = text[span.clone()]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if !first.ends_with("ing") {
        return false;
    }
    let prev = words_lower(&text[..span.start]).pop().unwrap_or_default();
    matches!(
        prev.as_str(),
        "from"
            | "by"
            | "of"
            | "for"
            | "in"
            | "on"
            | "about"
            | "without"
            | "the"
            | "its"
            | "their"
    )
}

/// Whether any event trigger occurs in a text: a document without one has
/// no events, so its temporal expressions and entities need not be found.
pub fn may_have_events(text: &str) -> bool {
    TRIGGER_SET.is_match(text)
}

/// Extracts the events of one document.
///
/// `tags` are the document's temporal expressions ([`crate::timex::tag_document`]),
/// `dct` its publication date as a resolved date.
pub fn extract_events(
    doc_id: &str,
    body: &str,
    sentences: &[Sentence],
    tags: &[Tagged],
    ents: &Entities,
    dct: Option<&Resolved>,
) -> Vec<Event> {
    let mut drafts: Vec<Draft> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text(body);
        let hits = find_hits(text);
        for (hi, hit) in hits.iter().enumerate() {
            if let Some(d) = build(
                doc_id, body, sentences, si, s, text, &hits, hi, hit, tags,
                ents, dct,
            ) {
                drafts.push(d);
            }
        }
    }
    dedupe(&mut drafts);
    date_by_lead(&mut drafts, dct);
    date_by_occasion(&mut drafts, body, sentences, tags, dct);
    // Narrative anchors point at the event the anchoring date belongs to.
    let dated_by: Vec<(Range<usize>, String)> = drafts
        .iter()
        .filter_map(|d| d.timex.clone().map(|t| (t, d.event.id.clone())))
        .collect();
    for d in &mut drafts {
        if let (Some(date), Some(anchor)) = (&mut d.event.date, &d.anchor) {
            date.anchor = match anchor {
                Anchor::Absolute => "absolute".into(),
                Anchor::Dct => "dct".into(),
                Anchor::Narrative(span) => dated_by
                    .iter()
                    .find(|(t, id)| t == span && *id != d.event.id)
                    .map(|(_, id)| format!("event:{id}"))
                    .unwrap_or_else(|| "timex".into()),
            };
        }
    }
    drafts.into_iter().map(|d| d.event).collect()
}

fn find_hits(text: &str) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    let candidates = TRIGGER_SET.matches(text);
    if !candidates.matched_any() {
        return hits;
    }
    for ti in candidates.iter() {
        let t = &TRIGGERS[ti];
        for m in t.re.find_iter(text) {
            let span = m.start()..m.end();
            if (t.unless)(text, &span) {
                continue;
            }
            if hits
                .iter()
                .any(|h| h.span.start < span.end && span.start < h.span.end)
            {
                continue;
            }
            let clause = clause_of(text, &span);
            hits.push(Hit { trigger: ti, span, clause });
        }
    }
    hits.sort_by_key(|h| h.span.start);
    hits
}

#[allow(clippy::too_many_arguments)]
fn build(
    doc_id: &str,
    body: &str,
    sentences: &[Sentence],
    si: usize,
    s: &Sentence,
    text: &str,
    hits: &[Hit],
    hi: usize,
    hit: &Hit,
    tags: &[Tagged],
    ents: &Entities,
    dct: Option<&Resolved>,
) -> Option<Draft> {
    let trig = &TRIGGERS[hit.trigger];
    let base = s.span.start;
    if is_hedged(text, &hit.clause, &hit.span) {
        return None;
    }
    // "a credit line to be used to buy trucks", "it used to supply chips":
    // a purpose or a habit, not a deal ("used to pay for its takeover
    // of Globex" still tells the acquisition).
    if matches!(trig.frame, Frame::Buy | Frame::Supply | Frame::Invest)
        && words_lower(&text[hit.clause.start..hit.span.start])
            .iter()
            .rev()
            .take(6)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "to" && w[1] == "used")
    {
        return None;
    }
    let noun = trig.needs_verb || names_agreement(&text[hit.span.clone()]);
    let verb_clause = verb_clause_of(text, &hit.span);
    if noun && !has_deal_verb(text, &verb_clause, &hit.span) {
        return None;
    }
    if !trig.needs_verb && is_gerund_object(text, &hit.span) {
        return None;
    }
    if trig.frame == Frame::Rule
        && (!names_court(&text[hit.clause.clone()])
            || awards_a_contract(text, &hit.span))
    {
        return None;
    }
    let segment = segment_of(text, hits, hi);
    let (parties, elided) =
        parties(body, base, hit, &segment, trig.frame, si, ents);
    let people =
        parties.iter().filter(|p| p.kind == PartyKind::Person).count();
    let named = parties.iter().filter(|p| p.kind != PartyKind::Place).count();
    match trig.frame {
        Frame::Employ if people == 0 || named < 2 => return None,
        Frame::Acquire | Frame::Invest if named < 2 => return None,
        _ if named == 0 => return None,
        _ => {}
    }
    // The date: an expression in the clause, else the narrative, else the
    // publication date for the article's own news, else none.
    let news = !perfect(
        &words_lower(&text[verb_clause_of(text, &hit.span)]),
        &["had"],
    );
    let Dating { date, timex, anchor, from_clause } =
        date_for(body, sentences, si, s, text, hit, tags, dct);
    // "Less than two months after Acme renewed its licence, the pool
    // announced ...": the renewal lies that long before the news.
    let date = match date {
        Some(d) if !from_clause => Some(
            before_the_news(body, base + hit.span.start, si, tags, &d)
                .unwrap_or(d),
        ),
        d => d,
    };
    // "The two-year feud started ...": a length of time right before the
    // dispute dates its start back from the publication date.
    let (date, from_clause) = match (date, trig.needs_date && !from_clause) {
        (d, false) => (d, from_clause),
        (_, true) => match started_ago(body, base, hit, tags, dct) {
            Some(d) => (Some(d), true),
            None => return None,
        },
    };
    let mut summary = summarize(body, base, &segment, tags, ents);
    // A bare noun phrase ("a cross license to ...", split off by ",
    // including") takes the verb that made the deal: "signed a cross
    // license to ...".
    let bare_np = summary.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "its" | "their"
        )
    });
    if bare_np && elided.is_some() {
        let vc = verb_clause_of(text, &hit.span);
        let verb = text[vc.start..hit.span.start]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .rfind(|w| DEAL_VERBS.contains(&w.to_lowercase().as_str()));
        if let Some(v) = verb {
            summary = lead_with(&v.to_lowercase(), &summary);
        }
    }
    // An elided subject is restored, unless the event's own words already
    // open with a name ("Globex has announced ...").
    let opens_with_name = parties
        .iter()
        .map(|p| p.name.as_str())
        .chain(ents.entities.iter().map(|e| e.name.as_str()))
        .any(|n| !n.is_empty() && summary.starts_with(n));
    if let Some(name) = elided.filter(|_| !opens_with_name) {
        summary = lead_with(&name, &summary);
    }
    let amount = amount_in(&text[hit.clause.clone()]);
    let sentence = text.to_string();
    let kind = trig.kind;
    let id = event_id(doc_id, kind, &sentence, hit.span.start);
    let mut confidence: f64 = if trig.needs_verb { 0.75 } else { 0.8 };
    if from_clause {
        confidence += 0.1;
    } else if date.is_none() {
        confidence -= 0.15;
    } else {
        confidence -= 0.05;
    }
    if named >= 2 {
        confidence += 0.05;
    }
    let confidence = (confidence.clamp(0.1, 0.95) * 100.0).round() / 100.0;
    Some(Draft {
        event: Event {
            id,
            kind,
            summary,
            date,
            parties,
            amount,
            sources: vec![Source {
                doc: doc_id.to_string(),
                sentence,
                start: s.span.start,
                end: s.span.end,
            }],
            confidence,
            reports: Vec::new(),
        },
        timex,
        anchor,
        news: news && !trig.needs_date,
    })
}

/// The parties of an event from the mentions in its own words; also tells
/// whether the subject was found outside them (an elided subject, as in
/// "... but had served as CEO").
fn parties(
    body: &str,
    base: usize,
    hit: &Hit,
    segment: &[Range<usize>],
    frame: Frame,
    si: usize,
    ents: &Entities,
) -> (Vec<Party>, Option<String>) {
    let trig = base + hit.span.start..base + hit.span.end;
    let in_clause: Vec<&Mention> = segment
        .iter()
        .flat_map(|r| ents.within(base + r.start..base + r.end))
        .collect();
    // "Jane Roe, counsel at Acme, said Acme sued Globex": a reporting verb
    // before the trigger leaves its speaker out of the event when a name
    // follows it.
    let said = REPORTING
        .find_iter(&body[base + hit.clause.start..trig.start])
        .last()
        .map(|m| base + hit.clause.start + m.end());
    let before: Vec<&Mention> = in_clause
        .iter()
        .copied()
        .filter(|m| m.span.end <= trig.start)
        .collect();
    let before: Vec<&Mention> = match said {
        Some(at)
            if before.iter().any(|m| {
                m.span.start >= at && m.kind != MentionKind::Pronoun
            }) =>
        {
            before.into_iter().filter(|m| m.span.start >= at).collect()
        }
        _ => before,
    };
    let after: Vec<&Mention> = in_clause
        .iter()
        .copied()
        .filter(|m| {
            m.span.start >= trig.end
                || (m.span.start >= trig.start && m.span.end <= trig.end)
        })
        .collect();
    let place = |m: &Mention| ents.entity(m).kind == PartyKind::Place;
    let subject = before
        .iter()
        .copied()
        .find(|m| {
            let owner = m.possessive && m.kind != MentionKind::Pronoun;
            !(PREPS.contains(&m.preceded_by.as_str()) || owner || place(m))
        })
        .or_else(|| {
            before.iter().copied().find(|m| {
                !PREPS.contains(&m.preceded_by.as_str()) && !place(m)
            })
        });
    let elided = subject.is_none();
    let subject = subject.or_else(|| {
        // Ellipsis after "but"/"and": the sentence's subject.
        ents.mentions.iter().find(|m| {
            m.sentence == si
                && m.span.end <= trig.start
                && !PREPS.contains(&m.preceded_by.as_str())
        })
    });
    // Coordinated subjects ("Acme and Umbrella", "Globex, the Chinese
    // maker, and Acme") and plural descriptors ("the two companies")
    // all take the subject's role.
    let mut group: Vec<&Mention> = Vec::new();
    if let Some(s) = subject {
        group.push(s);
        let mut last_end = s.span.end;
        for m in before.iter().copied() {
            if m.span.start < s.span.start || std::ptr::eq(m, s) {
                continue;
            }
            if m.span == s.span {
                if !group.iter().any(|g| g.entity == m.entity) {
                    group.push(m);
                }
                continue;
            }
            if m.span.start < last_end {
                continue;
            }
            let gap = body[last_end..m.span.start].trim();
            let same = group.iter().any(|g| g.entity == m.entity);
            if gap == "," && (same || m.kind == MentionKind::Descriptor) {
                last_end = m.span.end; // an apposition
                continue;
            }
            let coordinated = matches!(gap, "and" | "&" | ", and" | ",");
            if coordinated && !place(m) && m.kind != MentionKind::Pronoun {
                if !same {
                    group.push(m);
                }
                last_end = m.span.end;
                continue;
            }
            break;
        }
    }
    // The agent of a passive ("Globex was acquired by Acme") or of a deal
    // noun ("the takeover of Globex by Acme"); the subject is then what
    // the deal was done to ("holders approved the acquisition of Globex
    // by Acme").
    let trig_lower = body[trig.clone()].to_ascii_lowercase();
    let participle =
        trig_lower.split(|c: char| !c.is_alphabetic()).next().is_some_and(
            |w| w.ends_with("ed") || w == "spun" || PARTICIPLES.contains(&w),
        );
    let passive = participle && is_passive(&body[..trig.start]);
    // Which mentions after the trigger are its agent, when it can have one.
    let can_have_agent = matches!(frame, Frame::Acquire | Frame::Sell)
        && (passive
            || ["acquisition", "takeover", "purchase"]
                .iter()
                .any(|n| trig_lower.contains(n)));
    let agents: Vec<bool> = after
        .iter()
        .map(|m| {
            can_have_agent
                && m.preceded_by == "by"
                && agent_of(&body[trig.end..m.span.start.max(trig.end)])
        })
        .collect();
    let agent = agents.contains(&true);
    let (subj_role, obj_role) = match subject_object_roles(frame) {
        // "Globex was sold (by Initech) to Acme": the thing sold.
        (_, o) if passive && frame == Frame::Sell => (Role::Target, o),
        // "Globex was acquired by Acme", "Globex was sued by Acme".
        (s, o)
            if passive && matches!(frame, Frame::Acquire | Frame::Sue)
                || agent =>
        {
            (o, s)
        }
        roles => roles,
    };
    let mut out: Vec<Party> = Vec::new();
    let push = |out: &mut Vec<Party>, m: &Mention, role: Role| {
        let e = ents.entity(m);
        if !out.iter().any(|p| p.name == e.name) {
            out.push(Party { name: e.name.clone(), kind: e.kind, role });
        }
    };
    let group_role = match frame {
        Frame::License | Frame::CrossLicense if group.len() > 1 => {
            Role::Partner
        }
        _ => subj_role,
    };
    for m in &group {
        push(&mut out, m, group_role);
    }
    // The other side named before the trigger: "signed a deal with Y to
    // cross-license", "paid Y as part of its settlement".
    let subject_end = subject.map_or(0, |s| s.span.end);
    for m in before.iter().copied() {
        if m.span.start < subject_end
            || group.iter().any(|g| g.entity == m.entity)
            || place(m)
            || m.kind == MentionKind::Pronoun
        {
            continue;
        }
        let prep = m.preceded_by.as_str();
        let role = match frame {
            Frame::License | Frame::CrossLicense | Frame::Partners
                if prep == "with" =>
            {
                Some(Role::Partner)
            }
            Frame::Settle if prep == "with" || !PREPS.contains(&prep) => {
                Some(Role::Partner)
            }
            _ => None,
        };
        if let Some(r) = role {
            push(&mut out, m, r);
        }
    }
    let mut object_taken = false;
    let mut to_party = false;
    for (i, m) in after.iter().enumerate() {
        if group.iter().any(|g| std::ptr::eq(*g, *m)) {
            continue;
        }
        let prep = m.preceded_by.as_str();
        // Only the agent of this deal: not "acquired Globex by paying
        // Initech", "a deal backed by Initech", "the unit owned by Initech".
        let role = if prep == "by"
            && matches!(frame, Frame::Acquire | Frame::Sell)
            && !agents[i]
        {
            None
        } else if let Some(r) = role_after(frame, prep) {
            if frame == Frame::License && prep == "to" {
                to_party = true;
            }
            Some(r)
        } else if !object_taken
            && !PREPS.contains(&prep)
            && frame != Frame::Settle
        {
            object_taken = true;
            Some(obj_role)
        } else if matches!(prep, "as" | "including" | "like")
            && frame == Frame::Acquire
        {
            Some(Role::Target)
        } else if frame == Frame::Employ && PREPS.contains(&prep) {
            Some(Role::Employer)
        } else {
            None
        };
        if let Some(r) = role {
            // Places are where things happen, not who does them, unless
            // they are the customer of a supply deal.
            let e = ents.entity(m);
            if e.kind == PartyKind::Place
                && !(frame == Frame::Supply && r == Role::Buyer)
            {
                continue;
            }
            push(&mut out, m, r);
        }
    }
    // "X licensed its patents to Y": X grants.
    if frame == Frame::License && to_party {
        if let Some(first) = out.first_mut() {
            if first.role == Role::Licensee {
                first.role = Role::Licensor;
            }
        }
    }
    if frame == Frame::Employ {
        for p in &mut out {
            p.role = if p.kind == PartyKind::Person {
                Role::Hire
            } else {
                Role::Employer
            };
        }
    }
    let elided_name = if elided {
        subject.map(|m| ents.entity(m).name.clone())
    } else {
        None
    };
    (out, elided_name)
}

/// How an event got its date.
struct Dating {
    date: Option<EventDate>,
    /// The expression that dates it, when in its own clause.
    timex: Option<Range<usize>>,
    /// What the date was resolved against.
    anchor: Option<Anchor>,
    /// Whether the date came from the event's own clause.
    from_clause: bool,
}

impl Dating {
    fn none() -> Dating {
        Dating { date: None, timex: None, anchor: None, from_clause: false }
    }

    /// The publication date, for the article's own news.
    fn dct(dct: Option<&Resolved>) -> Dating {
        match dct {
            Some(d) => Dating {
                date: Some(event_date(None, d)),
                timex: None,
                anchor: Some(Anchor::Dct),
                from_clause: false,
            },
            None => Dating::none(),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn date_for(
    body: &str,
    sentences: &[Sentence],
    si: usize,
    s: &Sentence,
    text: &str,
    hit: &Hit,
    tags: &[Tagged],
    dct: Option<&Resolved>,
) -> Dating {
    let base = s.span.start;
    let clause = base + hit.clause.start..base + hit.clause.end;
    let trig_mid = base + hit.span.start;
    let usable = |t: &&Tagged| {
        t.sentence == si
            && !t.timex.in_name
            && matches!(t.timex.kind, TimexType::Date | TimexType::Time)
            && t.resolved.as_ref().is_some_and(|r| {
                r.value != "PRESENT_REF" && r.value != "FUTURE_REF"
            })
            && !is_term(body, t)
    };
    let best = tags
        .iter()
        .filter(usable)
        .filter(|t| {
            t.timex.span.start >= clause.start
                && t.timex.span.end <= clause.end
        })
        .min_by_key(|t| {
            (
                describes_a_party(body, &clause, &t.timex.span, trig_mid),
                (t.timex.span.start as i64 - trig_mid as i64).abs(),
            )
        });
    if let Some(t) = best {
        let r = t.resolved.as_ref().expect("usable has a resolution");
        let from = if t.timex.signal.is_some() {
            t.timex.signal_start
        } else {
            t.timex.span.start
        };
        return Dating {
            date: Some(event_date(
                Some(body[from..t.timex.span.end].to_string()),
                r,
            )),
            timex: Some(t.timex.span.clone()),
            anchor: Some(r.anchor.clone()),
            from_clause: true,
        };
    }
    let clause_text = text[hit.clause.clone()].to_lowercase();
    let cw = words_lower(&clause_text);
    let past_perfect = perfect(&cw, &["had"]);
    let news_of_the_day =
        cw.iter().any(|w| matches!(w.as_str(), "will" | "today" | "'ll"))
            || perfect(&cw, &["has", "have", "'ve"])
            || clause_text.contains("latest")
            || (para_is_early(sentences, si, 2)
                && REPORTED_PERFECT.is_match(&text[..hit.span.end]));
    if news_of_the_day {
        return Dating::dct(dct);
    }
    // "Two hours later, the firms settled": hours or minutes on from the
    // narrative's time, on its day, whatever paragraph set it.
    let hours_later = tags.iter().any(|t| {
        t.sentence == si
            && t.timex.kind == TimexType::Duration
            && t.timex.span.start >= clause.start
            && t.timex.span.end <= clause.end
            && {
                let words = body[t.timex.span.clone()].to_ascii_lowercase();
                ["hour", "hours", "minute", "minutes"]
                    .iter()
                    .any(|u| words.ends_with(u))
                    && crate::text::next_word(&body[t.timex.span.end..])
                        == "later"
            }
    });
    // The narrative's time within this paragraph.
    let para = s.paragraph;
    let narrative = tags.iter().rev().find(|t| {
        t.sentence < si
            && (hours_later || sentences[t.sentence].paragraph == para)
            && !t.timex.in_name
            && t.resolved.as_ref().is_some_and(Resolved::anchors_narrative)
    });
    if let Some(t) = narrative {
        let r = t.resolved.as_ref().expect("filtered");
        let words = body[t.timex.span.clone()].to_string();
        return Dating {
            date: Some(event_date(Some(words), r)),
            timex: None,
            anchor: Some(r.anchor.clone()),
            from_clause: false,
        };
    }
    // The lead reports the article's own news.
    if !past_perfect && para_is_early(sentences, si, 0) {
        return Dating::dct(dct);
    }
    Dating::none()
}

/// Undated events told as news that share two parties (or the only one)
/// with an event dated by the publication date are more of the same
/// news ("The two companies also agreed to cooperate"): they take its
/// date.
fn date_by_lead(drafts: &mut [Draft], dct: Option<&Resolved>) {
    let Some(dct) = dct else { return };
    let lead: Vec<Vec<String>> = drafts
        .iter()
        .filter(|d| d.event.date.as_ref().is_some_and(|x| x.anchor == "dct"))
        .filter(|d| {
            d.event
                .date
                .as_ref()
                .is_some_and(|x| x.text.is_none() || x.value == dct.value)
        })
        .map(|d| d.event.parties.iter().map(|p| p.name.clone()).collect())
        .collect();
    for d in drafts.iter_mut() {
        if d.event.date.is_some() || !d.news {
            continue;
        }
        let names: Vec<&String> =
            d.event.parties.iter().map(|p| &p.name).collect();
        let same = |a: &str, b: &str| a.contains(b) || b.contains(a);
        let shares = lead.iter().any(|l| {
            let shared =
                names.iter().filter(|n| l.iter().any(|m| same(m, n))).count();
            shared >= 2 || (shared == 1 && (l.len() == 1 || names.len() == 1))
        });
        if shares {
            d.event.date = Some(event_date(None, dct));
            d.anchor = Some(Anchor::Dct);
        }
    }
}

/// "Less than two months after Acme renewed its licence, the pool has
/// announced ...", "two weeks before the ruling, Acme settled": an event
/// (its trigger at `trigger`) in a clause opened by a length of time and
/// "after" lies that long before the date `news` of the sentence it is
/// told in ("before": after it). "Less than" makes it the stretch between;
/// a length not counted ("weeks after") tells nothing.
fn before_the_news(
    body: &str,
    trigger: usize,
    si: usize,
    tags: &[Tagged],
    news: &EventDate,
) -> Option<EventDate> {
    let t = tags.iter().rfind(|t| {
        t.sentence == si
            && t.timex.kind == TimexType::Duration
            && t.timex.span.end <= trigger
    })?;
    let between = body.get(t.timex.span.end..trigger)?;
    let rest = between.trim_start();
    let (sign, word) = match crate::text::next_word(rest).as_str() {
        "after" => (-1, "after"),
        "before" => (1, "before"),
        _ => return None,
    };
    // The trigger in that clause: no mark between the word and it. And
    // the sentence's date is `news` only when it writes none of its own
    // ("Acme sued in June, two months after Globex licensed ..." would
    // count from June, not from the publication date: left as it was).
    if rest[word.len()..].contains([',', ';', ':', '(', '"'])
        || tags.iter().any(|o| {
            o.sentence == si
                && matches!(o.timex.kind, TimexType::Date | TimexType::Time)
        })
    {
        return None;
    }
    let v = t.value.strip_prefix('P')?;
    let (n, unit) = v.split_at(v.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = n.parse().ok()?;
    let at = |k: i64| match unit {
        "D" => Some(crate::date::add_days(news.start, sign * k)),
        "W" => Some(crate::date::add_days(news.start, sign * 7 * k)),
        "M" => Some(crate::date::add_months(news.start, (sign * k) as i32)),
        "Y" => {
            Some(crate::date::add_months(news.start, (sign * 12 * k) as i32))
        }
        _ => None,
    };
    let then = at(n)?;
    let within =
        matches!(t.modifier(body), Some("LESS_THAN" | "EQUAL_OR_LESS"));
    // ("Two months after" a day: that month, as far as a count of months
    // tells.)
    let (start, end) = match (within, sign < 0, unit) {
        (true, true, _) => (then, news.start),
        (true, false, _) => (news.start, then),
        (false, _, "M") => {
            let (y, m) = (
                chrono::Datelike::year(&then),
                chrono::Datelike::month(&then),
            );
            let m = crate::date::Span::month(y, m);
            (m.start, m.end)
        }
        (false, _, "Y") => {
            let y = crate::date::Span::year(chrono::Datelike::year(&then));
            (y.start, y.end)
        }
        (false, _, _) => (then, then),
    };
    let mid = start + (end - start) / 2;
    let (precision, value) = match unit {
        "M" => {
            (crate::date::Precision::Month, mid.format("%Y-%m").to_string())
        }
        "Y" => (crate::date::Precision::Year, mid.format("%Y").to_string()),
        _ => (crate::date::Precision::Day, mid.to_string()),
    };
    let words = body[t.timex.span.clone()].to_lowercase();
    let relation = if sign < 0 { "before" } else { "after" };
    let len = t.timex.span.end - t.timex.span.start
        + (between.len() - rest.len())
        + word.len();
    Some(EventDate {
        text: Some(
            body[t.timex.span.start..t.timex.span.start + len].to_string(),
        ),
        value,
        start,
        end,
        precision,
        approximate: true,
        anchor: news.anchor.clone(),
        display: format!("{words} {relation} {}", news.display),
    })
}

/// A duration in years or months right before a trigger ("the two-year
/// feud started"), counted back from the publication date.
fn started_ago(
    body: &str,
    base: usize,
    hit: &Hit,
    tags: &[Tagged],
    dct: Option<&Resolved>,
) -> Option<EventDate> {
    let dct = dct?;
    let at = base + hit.span.start;
    let t = tags.iter().find(|t| {
        t.timex.kind == TimexType::Duration
            && t.timex.span.end <= at
            && body[t.timex.span.end..at].trim().is_empty()
    })?;
    let v = t.value.strip_prefix('P')?;
    let (n, unit) = v.split_at(v.find(|c: char| !c.is_ascii_digit())?);
    let n: i32 = n.parse().ok()?;
    let months = match unit {
        "Y" => 12 * n,
        "M" => n,
        _ => return None,
    };
    let start = crate::date::add_months(dct.span.start, -months);
    let year = chrono::Datelike::year(&start);
    let span = crate::date::Span::year(year);
    Some(EventDate {
        text: Some(body[t.timex.span.clone()].to_string()),
        value: year.to_string(),
        start: span.start,
        end: span.end,
        precision: crate::date::Precision::Year,
        approximate: true,
        anchor: "dct".into(),
        display: format!("c. {year}"),
    })
}

/// Words that name the occasion of a story's news: "the signing ceremony
/// on March 20", "announced on Tuesday".
const OCCASIONS: &[&str] = &[
    "signing",
    "signed",
    "ceremony",
    "announced",
    "announcement",
    "unveiled",
    "inked",
    "sealed",
];

/// When the publication date is only known to the month (or year), the
/// article's own news, dated by it, takes the day the story gives for its
/// occasion — a caption or line in the first paragraphs such as "the
/// signing ceremony on March 20, 2019" — when that day lies within it.
fn date_by_occasion(
    drafts: &mut [Draft],
    body: &str,
    sentences: &[Sentence],
    tags: &[Tagged],
    dct: Option<&Resolved>,
) {
    let Some(dct) = dct else { return };
    if dct.precision == crate::date::Precision::Day {
        return;
    }
    let occasion = tags.iter().find(|t| {
        let Some(r) = &t.resolved else { return false };
        let s = &sentences[t.sentence];
        r.precision == crate::date::Precision::Day
            && r.span.len_days() == 1
            && !r.approximate
            && !t.timex.in_name
            && s.paragraph < 6
            && dct.span.contains(&r.span)
            && words_lower(s.text(body))
                .iter()
                .any(|w| OCCASIONS.contains(&w.as_str()))
    });
    let Some(t) = occasion else { return };
    let r = t.resolved.as_ref().expect("found with a resolution");
    for d in drafts.iter_mut() {
        let by_dct = d
            .event
            .date
            .as_ref()
            .is_some_and(|x| x.text.is_none() && x.value == dct.value);
        if by_dct {
            d.event.date = Some(event_date(
                Some(body[t.timex.span.clone()].to_string()),
                r,
            ));
            d.anchor = Some(Anchor::Narrative(t.timex.span.clone()));
        }
    }
}

/// Whether an auxiliary is followed, within two words, by a participle.
fn perfect(words: &[String], aux: &[&str]) -> bool {
    let participle = |w: &str| w.ends_with("ed") || PARTICIPLES.contains(&w);
    words.iter().enumerate().any(|(i, w)| {
        aux.contains(&w.as_str())
            && words[i + 1..].iter().take(2).any(|n| participle(n))
    })
}

/// Whether a sentence is in the story's lead: the paragraphs up to the
/// first one with a full-length sentence (headlines, bylines and
/// datelines are short).
fn para_is_early(sentences: &[Sentence], si: usize, after: usize) -> bool {
    let lead = sentences
        .iter()
        .position(|s| s.span.len() >= 80)
        .map_or(0, |i| sentences[i].paragraph);
    sentences[si].paragraph <= lead + after
}

/// A date that bounds a term ("effective April 1", "until 2018") rather
/// than dating an event.
fn is_term(body: &str, t: &Tagged) -> bool {
    let from = t.timex.signal_start.min(t.timex.span.start);
    let mut ws =
        words_lower(&body[floor(body, from.saturating_sub(40))..from]);
    if let Some(sig) = words_lower(&body[from..t.timex.span.start]).first() {
        ws.push(sig.clone());
    }
    // "effective as of April 1", "valid through the end of 2018".
    ws.iter()
        .rev()
        .filter(|w| !matches!(w.as_str(), "as" | "of" | "on" | "the" | "end"))
        .take(2)
        .any(|w| TERM_WORDS.contains(&w.as_str()))
}

fn event_date(text: Option<String>, r: &Resolved) -> EventDate {
    let anchor = match (&text, &r.anchor) {
        (None, _) => "dct",
        (_, Anchor::Absolute) => "absolute",
        (_, Anchor::Dct) => "dct",
        (_, Anchor::Narrative(_)) => "timex",
    };
    EventDate {
        text,
        value: r.value.clone(),
        start: r.span.start,
        end: r.span.end,
        precision: r.precision,
        approximate: r.approximate,
        anchor: anchor.to_string(),
        display: r.display.clone(),
    }
}

/// The sentence-local ranges that make up an event's own words: its
/// conjunct of a coordination, with the shared subject and verb before it.
fn segment_of(text: &str, hits: &[Hit], hi: usize) -> Vec<Range<usize>> {
    let hit = &hits[hi];
    let same: Vec<&Hit> =
        hits.iter().filter(|h| h.clause == hit.clause).collect();
    let pos = same.iter().position(|h| h.span == hit.span).unwrap_or(0);
    let lower = text.to_ascii_lowercase();
    let and_between = |a: usize, b: usize| -> Option<usize> {
        lower[a..b].rfind(" and ").map(|p| a + p)
    };
    let end = same
        .get(pos + 1)
        .and_then(|next| and_between(hit.span.end, next.span.start))
        .unwrap_or(hit.clause.end);
    if pos == 0 {
        return std::iter::once(hit.clause.start..end).collect();
    }
    let prev = same[pos - 1];
    // The conjunct starts after the last boundary between the two
    // triggers: " and ", a comma, or a subordinator that opens a clause
    // of its own ("... once Globex began the purchase").
    let boundary = |a: usize, b: usize| -> Option<usize> {
        let gap = &lower[a..b];
        let mut best: Option<usize> = None;
        for sep in [
            " and ",
            ", ",
            " once ",
            " when ",
            " after ",
            " before ",
            " because ",
            " while ",
            " since ",
            " that ",
        ] {
            if let Some(p) = gap.rfind(sep) {
                let at = a + p + sep.len();
                if best.is_none_or(|b| at > b) {
                    best = Some(at);
                }
            }
        }
        best
    };
    let start =
        boundary(prev.span.end, hit.span.start).unwrap_or(hit.span.start);
    // A conjunct with its own subject ("..., and Globex also acquired
    // patents") shares nothing with the first.
    let gap = &text[start..hit.span.start];
    let opens_np = gap.split_whitespace().count() >= 2
        && gap.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "it" | "they" | "we" | "he" | "she" | "both" | "each"
            )
        });
    let own_subject = opens_np
        || gap.split_whitespace().any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !is_month_name(w)
        });
    if own_subject {
        return std::iter::once(start..end).collect();
    }
    // Shared subject and verb: up to the first conjunct's noun phrase, or
    // up to its verb when verbs are coordinated ("will license ... and
    // purchase ...").
    let first = same[0];
    let cut = if TRIGGERS[first.trigger].needs_verb {
        np_start(text, first.span.start)
    } else {
        head_start(text, &first.span)
    };
    vec![hit.clause.start..cut.max(hit.clause.start), start..end]
}

/// `word` before a summary, whose first letter is no longer the start of
/// the line: `lead_with("Globex", "Signed a deal")` is "Globex signed a
/// deal".
fn lead_with(word: &str, summary: &str) -> String {
    let mut cs = summary.chars();
    let first: String =
        cs.next().map(|c| c.to_lowercase().collect()).unwrap_or_default();
    format!("{word} {first}{}", cs.as_str())
}

/// "September", "Sept.", "May": a capitalized word that names no subject.
fn is_month_name(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    w.len() >= 3
        && crate::date::MONTHS.iter().any(|m| {
            let m = m.to_ascii_lowercase();
            m == w || (w.len() <= 4 && m.starts_with(&w))
        })
}

/// Where a verb trigger's verb starts, after auxiliaries it matched
/// ("will license" → "license").
fn head_start(text: &str, span: &Range<usize>) -> usize {
    let m = &text[span.clone()];
    let mut at = span.start;
    for w in m.split_inclusive(' ') {
        let wl = w.trim().to_lowercase();
        if matches!(
            wl.as_str(),
            "will"
                | "to"
                | "has"
                | "have"
                | "had"
                | "also"
                | "agreed"
                | "would"
        ) {
            at += w.len();
        } else {
            break;
        }
    }
    at.min(span.end)
}

/// Backs up from a trigger over its determiner and modifiers ("a digital
/// health partnership" starts at "a").
fn np_start(text: &str, at: usize) -> usize {
    let before = &text[..at];
    let mut pos = at;
    for (k, w) in before.split_inclusive(' ').rev().enumerate() {
        let wl = w.trim().to_lowercase();
        if k > 3 {
            break;
        }
        let start = pos - w.len();
        if matches!(
            wl.as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        ) {
            return start;
        }
        pos = start;
    }
    at
}

fn summarize(
    body: &str,
    base: usize,
    parts: &[Range<usize>],
    tags: &[Tagged],
    ents: &Entities,
) -> String {
    let mut out = String::new();
    for r in parts {
        let abs = base + r.start..base + r.end;
        let raw = &body[abs.clone()];
        // Edits: "announced it had created" -> "created"; descriptors and
        // subject pronouns -> names.
        let mut edits: Vec<(Range<usize>, String)> = Vec::new();
        for c in ANNOUNCED_IT.captures_iter(raw) {
            let (m, verb) =
                (c.get(0).expect("group 0"), c.get(1).expect("group 1"));
            edits.push((
                abs.start + m.start()..abs.start + verb.start(),
                String::new(),
            ));
        }
        let mut named: Vec<&str> = Vec::new();
        let within: Vec<&Mention> = ents.within(abs.clone()).collect();
        for (k, m) in within.iter().enumerate() {
            if edits
                .iter()
                .any(|(e, _)| e.start < m.span.end && m.span.start < e.end)
            {
                continue;
            }
            let name = ents.entity(m).name.as_str();
            // "Globex, the Chinese smartphone maker,": an apposition
            // stays as written.
            let apposition = k > 0
                && within[k - 1].entity == m.entity
                && body[within[k - 1].span.end..m.span.start].trim() == ",";
            let plural: Vec<&str> = within
                .iter()
                .filter(|x| x.span == m.span)
                .map(|x| ents.entity(x).name.as_str())
                .collect();
            let replace = match m.kind {
                MentionKind::Descriptor if apposition => None,
                MentionKind::Descriptor if plural.len() > 1 => {
                    let mut n = plural.join(" and ");
                    if m.possessive {
                        n.push('’');
                        edits.push((m.span.clone(), n.clone()));
                        // Skip the apostrophe of "companies'".
                        let next = m.span.end
                            + body[m.span.end..]
                                .chars()
                                .next()
                                .map_or(0, char::len_utf8);
                        edits.push((m.span.end..next, String::new()));
                        named.push(name);
                        continue;
                    }
                    Some(n)
                }
                MentionKind::Descriptor | MentionKind::Short => {
                    Some(name.to_string())
                }
                MentionKind::Pronoun if !named.contains(&name) => {
                    let w = body[m.span.clone()].to_lowercase();
                    let prev = words_lower(&body[abs.start..m.span.start])
                        .pop()
                        .unwrap_or_default();
                    let subject_slot = matches!(
                        prev.as_str(),
                        "" | "that"
                            | "as"
                            | "and"
                            | "but"
                            | "because"
                            | "since"
                            | "when"
                            | "while"
                            | "where"
                    );
                    match w.as_str() {
                        "it" if subject_slot => Some(name.to_string()),
                        "its" => Some(format!("{name}’s")),
                        _ => None,
                    }
                }
                _ => None,
            };
            named.push(name);
            if let Some(n) = replace {
                edits.push((m.span.clone(), n));
            }
        }
        edits.sort_by_key(|(e, _)| e.start);
        let mut piece = String::new();
        let mut at = abs.start;
        for (e, rep) in &edits {
            if e.start < at {
                continue;
            }
            piece.push_str(&body[at..e.start]);
            piece.push_str(rep);
            at = e.end;
        }
        piece.push_str(&body[at..abs.end]);
        let dl = crate::entity::dateline_len(&piece);
        if dl > 0 {
            piece = piece[dl..].to_string();
        }
        // A leading date adverbial belongs to the date, not the summary.
        for t in tags {
            if t.timex.signal_start >= abs.start
                && t.timex.signal_start <= abs.start + 4
            {
                let lead = &body[abs.start..t.timex.span.end];
                if piece.starts_with(lead)
                    && piece[lead.len()..].starts_with(',')
                {
                    piece = piece[lead.len() + 1..].to_string();
                }
            }
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece.trim());
    }
    let mut s = out.trim().to_string();
    for lead in ["and ", "but ", "And ", "But ", "so ", "So "] {
        if let Some(rest) = s.strip_prefix(lead) {
            s = rest.to_string();
        }
    }
    // A short leading phrase such as "In the latest move," is framing.
    if let Some(comma) = s.find(", ") {
        let lead = &s[..comma];
        let first = lead.split_whitespace().next().unwrap_or("");
        if lead.split_whitespace().count() <= 6
            && matches!(
                first,
                "In" | "On"
                    | "At"
                    | "As"
                    | "Under"
                    | "After"
                    | "Meanwhile"
                    | "Separately"
                    | "Also"
            )
            && !ents.entities.iter().any(|e| lead.contains(&e.name))
        {
            s = s[comma + 2..].to_string();
        }
    }
    let mut s = s.replace(" ,", ",").replace("  ", " ");
    for q in ["”", "\""] {
        let dotted = format!(".{q}");
        if s.ends_with(&dotted) {
            s.truncate(s.len() - dotted.len());
            s.push_str(q);
        }
    }
    // "He said Acme sued Globex": a pronoun's reporting frame is not the
    // event.
    let s = match PRONOUN_SAID.find(&s) {
        Some(m) if m.end() < s.len() => s[m.end()..].to_string(),
        _ => s,
    };
    let s = s.trim_end_matches(['.', ',', ';', ':', ' ']).to_string();
    let s = truncate(&s, 220);
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().collect::<String>() + cs.as_str(),
        None => s,
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = s[..cut].rfind(' ').unwrap_or(cut);
    format!("{}…", &s[..cut])
}

fn amount_in(clause: &str) -> Option<Amount> {
    let c = AMOUNT.captures(clause)?;
    let text = c.get(0)?.as_str().trim().to_string();
    let (num, mult, cur) = if let Some(sym) = c.get(1) {
        let cur = match sym.as_str() {
            "$" if text.contains("C$") => "CAD",
            "$" if text.contains("A$") => "AUD",
            "$" if text.contains("HK$") => "HKD",
            "$" => "USD",
            "€" => "EUR",
            "£" => "GBP",
            _ => "JPY",
        };
        (c.get(2).map(|m| m.as_str()), c.get(3).map(|m| m.as_str()), Some(cur))
    } else if let Some(n) = c.get(4) {
        let cur = match c.get(6).map(|m| m.as_str().to_lowercase()).as_deref()
        {
            Some("dollars") => Some("USD"),
            Some("euros") => Some("EUR"),
            Some("pounds") => Some("GBP"),
            Some("yen") => Some("JPY"),
            Some("yuan") => Some("CNY"),
            Some("kronor") => Some("SEK"),
            Some("francs") => Some("CHF"),
            _ => None,
        };
        (Some(n.as_str()), c.get(5).map(|m| m.as_str()), cur)
    } else {
        (None, None, None)
    };
    let value =
        num.and_then(|n| n.replace(',', "").parse::<f64>().ok()).map(|v| {
            v * match mult.map(str::to_lowercase).as_deref() {
                Some("million" | "mn" | "m") => 1e6,
                Some("billion" | "bn" | "b") => 1e9,
                Some("trillion") => 1e12,
                _ => 1.0,
            }
        });
    Some(Amount { text, value, currency: cur.map(str::to_string) })
}

/// Drops repeats: one event per type and clause, and a plain licence that
/// restates a cross-licence of the same sentence.
fn dedupe(drafts: &mut Vec<Draft>) {
    let mut keep = vec![true; drafts.len()];
    for i in 0..drafts.len() {
        for j in 0..i {
            if !keep[j] {
                continue;
            }
            let (a, b) = (&drafts[j].event, &drafts[i].event);
            let same_sentence = a.sources[0].start == b.sources[0].start;
            let same_kind = a.kind == b.kind && a.summary == b.summary;
            let restated = same_sentence
                && a.kind == EventType::CrossLicense
                && b.kind == EventType::License;
            if same_sentence && (same_kind || restated) {
                keep[i] = false;
            }
        }
    }
    let mut k = keep.into_iter();
    drafts.retain(|_| k.next().unwrap_or(true));
}

/// A stable id from the event's content: its document, type, sentence and
/// the trigger's place in it.
fn event_id(doc: &str, kind: EventType, sentence: &str, at: usize) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in doc
        .bytes()
        .chain([0x1f])
        .chain(kind.as_str().bytes())
        .chain([0x1f])
        .chain(sentence.bytes())
        .chain([0x1f])
        .chain(at.to_string().into_bytes())
    {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("e-{:08x}", (h ^ (h >> 32)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;
    use crate::entity::extract_entities;
    use crate::text::split_sentences;
    use crate::timex::{dct_from, tag_document};

    fn events(body: &str, dct: &str) -> Vec<Event> {
        let s = split_sentences(body);
        let dct = dct_from(&PartialDate::parse(dct).unwrap());
        let tags = tag_document(body, &s, Some(&dct));
        let ents = extract_entities(body, &s);
        extract_events("t", body, &s, &tags, &ents, Some(&dct))
    }

    fn roles(e: &Event) -> Vec<(String, &'static str)> {
        e.parties.iter().map(|p| (p.name.clone(), p.role.as_str())).collect()
    }

    /// "Less than two months after X, the news": X lies in the two months
    /// before the news's date; "two weeks after X" two weeks before it; a
    /// length not counted ("weeks after") or a date of X's own leaves X
    /// its date.
    #[test]
    fn ok_an_event_a_length_of_time_before_the_news() {
        let ev = events(
            "Less than two months after Initech renewed its licence with Globex, the pool has announced a new licence agreement with Acme Motors.",
            "2022-05-03",
        );
        let renewal = ev
            .iter()
            .find(|e| e.summary.contains("renewed"))
            .unwrap_or_else(|| panic!("{ev:#?}"));
        let d = renewal.date.as_ref().expect("dated");
        assert_eq!(
            (d.start.to_string(), d.end.to_string(), d.approximate),
            ("2022-03-03".into(), "2022-05-03".into(), true)
        );
        assert_eq!(d.text.as_deref(), Some("Less than two months after"));
        assert_eq!(d.display, "less than two months before 3 May 2022");
        // The news itself keeps the publication date.
        assert!(ev.iter().any(|e| e
            .date
            .as_ref()
            .is_some_and(|d| d.value == "2022-05-03" && !d.approximate)));

        let ev = events(
            "Two weeks after Acme sued Globex, the two companies have signed a licence agreement.",
            "2021-06-30",
        );
        let suit = ev.iter().find(|e| e.kind == EventType::Lawsuit);
        let d = suit.and_then(|e| e.date.as_ref()).expect("dated suit");
        assert_eq!((d.value.as_str(), d.approximate), ("2021-06-16", true));
        // A count of months gives the month.
        let ev = events(
            "Two months after Acme sued Globex, the two companies have signed a licence agreement.",
            "2021-06-30",
        );
        let suit = ev.iter().find(|e| e.kind == EventType::Lawsuit);
        let d = suit.and_then(|e| e.date.as_ref()).expect("dated suit");
        assert_eq!(
            (d.value.as_str(), d.start.to_string(), d.end.to_string()),
            ("2021-04", "2021-04-01".into(), "2021-04-30".into())
        );

        for text in [
            "Weeks after Acme sued Globex, the two companies have signed a licence agreement.",
            "Three years after Acme sued Globex in 2015, the two companies have signed a licence agreement.",
            "In March the two companies signed a licence agreement, two weeks after Acme sued Globex.",
        ] {
            let ev = events(text, "2021-06-30");
            let suit = ev.iter().find(|e| e.kind == EventType::Lawsuit);
            let d = suit.and_then(|e| e.date.as_ref());
            assert!(
                d.is_none_or(|d| !d.display.contains("before")),
                "{text}: {d:?}"
            );
        }
    }

    #[test]
    fn ok_license_roles_and_dct_for_future_tense() {
        let ev =
            events("Acme will license Widget Corp's patents.\n", "2020-03-04");
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].kind, EventType::License);
        assert_eq!(
            roles(&ev[0]),
            [("Acme".into(), "licensee"), ("Widget".into(), "licensor")]
        );
        let d = ev[0].date.as_ref().unwrap();
        assert_eq!(
            (d.value.as_str(), d.anchor.as_str(), d.text.is_none()),
            ("2020-03-04", "dct", true)
        );
    }

    #[test]
    fn ok_hedged_and_generic_deals_are_not_events() {
        assert!(
            events("Acme may acquire Rival Inc.\n", "2020-03-04").is_empty()
        );
        assert!(events(
            "Acme is in talks to acquire Rival Inc.\n",
            "2020-03-04"
        )
        .is_empty());
        assert!(events(
            "The licensing deals are a cornerstone for Acme.\n",
            "2020-03-04"
        )
        .is_empty());
        assert!(events(
            "Acme takes money from licensing its patents.\n",
            "2020-03-04"
        )
        .is_empty());
    }

    #[test]
    fn ok_date_from_clause_and_since() {
        let ev = events("Jane Roe had held various roles at Acme since 2004 but had served as CEO of Rival since 2014.\n", "2020-03-04");
        assert_eq!(ev.len(), 2, "{ev:#?}");
        assert_eq!(
            ev[0].date.as_ref().unwrap().text.as_deref(),
            Some("since 2004")
        );
        assert_eq!(ev[1].date.as_ref().unwrap().value, "2014");
        assert_eq!(
            roles(&ev[1]),
            [("Jane Roe".into(), "hire"), ("Rival".into(), "employer")]
        );
    }

    #[test]
    fn ok_coordinated_events_get_their_own_summaries() {
        let ev = events("On May 2, Acme signed a deal to provide equipment for Berlin and a cloud partnership with Globex.\n", "2020-06-04");
        let kinds: Vec<_> = ev.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EventType::SupplyDeal, EventType::Partnership]);
        assert_eq!(
            ev[1].summary,
            "Acme signed a cloud partnership with Globex"
        );
        assert_eq!(ev[0].date.as_ref().unwrap().value, "2020-05-02");
        assert_eq!(ev[1].date.as_ref().unwrap().value, "2020-05-02");
    }

    #[test]
    fn ok_amounts() {
        let a =
            amount_in("bought it for more than $65 million in cash").unwrap();
        assert_eq!(
            (a.text.as_str(), a.value, a.currency.as_deref()),
            ("more than $65 million", Some(65e6), Some("USD"))
        );
        let u = amount_in("for an undisclosed sum").unwrap();
        assert_eq!((u.text.as_str(), u.value), ("an undisclosed sum", None));
    }

    #[test]
    fn ok_ids_are_stable_and_distinct() {
        let a = event_id("d", EventType::License, "S.", 0);
        assert_eq!(a, event_id("d", EventType::License, "S.", 0));
        assert_ne!(a, event_id("d", EventType::License, "S.", 1));
        assert!(a.starts_with("e-") && a.len() == 10);
    }
}

//! Finding events: triggers in sentences, their clause, parties, date,
//! summary and amount.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    role_after, subject_object_roles, Frame, DEAL_VERBS, HEDGES, TRIGGERS,
};
use super::model::{
    Amount, Event, EventDate, EventType, Party, PartyKind, Role, Source,
};
use crate::entity::{Entities, Mention, MentionKind};
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
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:more|less) than |about |around |nearly |almost |over |up to |some )?(?:US\s?|C|A|HK)?([$€£¥])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(million|billion|trillion|bn|mn|m|b)\b)?|\b(\d[\d,]*(?:\.\d+)?)\s(million|billion)?\s?(dollars|euros|pounds|yen|yuan|kronor|francs)\b|\b(?:an?\s+)?undisclosed\s+(?:sum|amount|fee|price|terms)\b")
        .expect("amount pattern")
});

static ANNOUNCED_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:announced|said|confirmed|disclosed|revealed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(\w+ed)\b")
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

/// Clause boundaries around a trigger, sentence-local.
fn clause_of(text: &str, span: &Range<usize>) -> Range<usize> {
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
    let lower = text.to_lowercase();
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
    let before = &text[clause.start..span.start];
    // "May" with a capital is the month.
    let ws: Vec<String> = words_lower(&before.replace("May", "month"));
    let window: Vec<&String> = ws.iter().rev().take(6).collect();
    let joined =
        window.iter().rev().map(|s| s.as_str()).collect::<Vec<_>>().join(" ");
    window.iter().any(|w| HEDGES.contains(&w.as_str()) || w.ends_with("n't"))
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
    for (ti, t) in TRIGGERS.iter().enumerate() {
        for m in t.re.find_iter(text) {
            let span = m.start()..m.end();
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
    if trig.needs_verb && !has_deal_verb(text, &hit.clause, &hit.span) {
        return None;
    }
    if !trig.needs_verb && is_gerund_object(text, &hit.span) {
        return None;
    }
    let clause_lower = text[hit.clause.clone()].to_lowercase();
    if trig.frame == Frame::Rule
        && !words_lower(&clause_lower)
            .iter()
            .any(|w| COURTS.contains(&w.as_str()))
    {
        return None;
    }
    let segment = segment_of(text, hits, hi, trig.needs_verb);
    let (parties, elided) = parties(base, hit, &segment, trig.frame, si, ents);
    let people =
        parties.iter().filter(|p| p.kind == PartyKind::Person).count();
    let named = parties.iter().filter(|p| p.kind != PartyKind::Place).count();
    match trig.frame {
        Frame::Employ if people == 0 || named < 2 => return None,
        Frame::Acquire | Frame::Sue | Frame::Invest if named < 2 => {
            return None
        }
        _ if named == 0 => return None,
        _ => {}
    }
    // The date: an expression in the clause, else the narrative, else the
    // publication date for the article's own news, else none.
    let Dating { date, timex, anchor, from_clause } =
        date_for(body, sentences, si, s, text, hit, tags, dct);
    let mut summary = summarize(body, base, &segment, tags, ents);
    if let Some(name) = elided {
        let mut cs = summary.chars();
        let first = cs
            .next()
            .map(|c| c.to_lowercase().collect::<String>())
            .unwrap_or_default();
        summary = format!("{name} {first}{}", cs.as_str());
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
        },
        timex,
        anchor,
    })
}

/// The parties of an event from the mentions in its own words; also tells
/// whether the subject was found outside them (an elided subject, as in
/// "... but had served as CEO").
fn parties(
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
    let before: Vec<&Mention> = in_clause
        .iter()
        .copied()
        .filter(|m| m.span.end <= trig.start)
        .collect();
    let after: Vec<&Mention> = in_clause
        .iter()
        .copied()
        .filter(|m| {
            m.span.start >= trig.end
                || (m.span.start >= trig.start && m.span.end <= trig.end)
        })
        .collect();
    let subject = before
        .iter()
        .copied()
        .find(|m| {
            let owner = m.possessive && m.kind != MentionKind::Pronoun;
            !(PREPS.contains(&m.preceded_by.as_str()) || owner)
        })
        .or_else(|| {
            before
                .iter()
                .copied()
                .find(|m| !PREPS.contains(&m.preceded_by.as_str()))
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
    let (subj_role, obj_role) = subject_object_roles(frame);
    let mut out: Vec<Party> = Vec::new();
    let push = |out: &mut Vec<Party>, m: &Mention, role: Role| {
        let e = ents.entity(m);
        if !out.iter().any(|p| p.name == e.name) {
            out.push(Party { name: e.name.clone(), kind: e.kind, role });
        }
    };
    if let Some(m) = subject {
        push(&mut out, m, subj_role);
    }
    let mut object_taken = false;
    let mut to_party = false;
    for m in &after {
        if Some(*m) == subject {
            continue;
        }
        let prep = m.preceded_by.as_str();
        let role = if let Some(r) = role_after(frame, prep) {
            if frame == Frame::License && prep == "to" {
                to_party = true;
            }
            Some(r)
        } else if !object_taken && !PREPS.contains(&prep) {
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
    };
    let best = tags
        .iter()
        .filter(usable)
        .filter(|t| {
            t.timex.span.start >= clause.start
                && t.timex.span.end <= clause.end
        })
        .min_by_key(|t| (t.timex.span.start as i64 - trig_mid as i64).abs());
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
    let news_of_the_day =
        cw.iter().any(|w| matches!(w.as_str(), "will" | "today" | "'ll"))
            || cw.windows(2).any(|p| {
                matches!(p[0].as_str(), "has" | "have") && p[1].ends_with("ed")
            })
            || clause_text.contains("latest");
    if news_of_the_day {
        return Dating::dct(dct);
    }
    // The narrative's time within this paragraph.
    let para = s.paragraph;
    let narrative = tags.iter().rev().find(|t| {
        t.sentence < si
            && sentences[t.sentence].paragraph == para
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
    // The lead paragraph reports the article's own news.
    if para == 0 {
        return Dating::dct(dct);
    }
    Dating::none()
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
fn segment_of(
    text: &str,
    hits: &[Hit],
    hi: usize,
    noun: bool,
) -> Vec<Range<usize>> {
    let hit = &hits[hi];
    let same: Vec<&Hit> =
        hits.iter().filter(|h| h.clause == hit.clause).collect();
    let pos = same.iter().position(|h| h.span == hit.span).unwrap_or(0);
    let lower = text.to_lowercase();
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
    let start = and_between(prev.span.end, hit.span.start)
        .map(|p| p + 5)
        .unwrap_or(hit.span.start);
    // Shared subject and verb: up to the first conjunct's noun phrase, or
    // up to its verb when verbs are coordinated ("will license ... and
    // purchase ...").
    let first = same[0];
    let _ = noun;
    let cut = if TRIGGERS[first.trigger].needs_verb {
        np_start(text, first.span.start)
    } else {
        head_start(text, &first.span)
    };
    vec![hit.clause.start..cut.max(hit.clause.start), start..end]
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
        for m in ents.within(abs.clone()) {
            if edits
                .iter()
                .any(|(e, _)| e.start < m.span.end && m.span.start < e.end)
            {
                continue;
            }
            let name = ents.entity(m).name.as_str();
            let replace = match m.kind {
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

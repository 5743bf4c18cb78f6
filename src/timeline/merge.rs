//! Merging reports of one event, from one document or many, into one event
//! that cites every source.
//!
//! Merging happens at two levels:
//!
//! 1. **Within a document**, reports with the same type family, the same
//!    year and the same parties in the same roles are one event (a story
//!    that tells its news in the lead and again further down).
//! 2. **Across documents**, each document's report is linked to the
//!    reports of other documents that tell the same event: the same type
//!    family, dates that overlap or, given to the day, lie within a week
//!    of each other (undated only with undated, and then only with the
//!    same two or more parties), the parties
//!    of one report among the parties of the other, and no party in
//!    opposite roles (the plaintiff of one is not the defendant of the
//!    other). Links are taken strongest first, and two groups join only
//!    when every report of one is compatible with every report of the
//!    other and no document would contribute two reports: a story's own
//!    distinct events are never merged through a third article.
//!
//! An event merged from several documents keeps each document's report in
//! [`Event::reports`], so a later merge sees the same reports as one
//! `build` over all the documents would: merging is associative,
//! commutative and idempotent, and disagreements between the sources (a
//! date one article gives to the day and another to the month) stay on
//! record.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use crate::date::Precision;
use crate::entity::name_key;
use crate::event::{Event, EventType, Party, PartyKind, Role};

/// The type family for merging: the licence types count as one.
fn family(k: EventType) -> (u8, Option<EventType>) {
    match k {
        EventType::License
        | EventType::CrossLicense
        | EventType::LicenseRenewal => (0, None),
        _ => (1, Some(k)),
    }
}

/// Which year an event falls in, for merging within a document (undated
/// events merge only with undated ones).
fn bucket(e: &Event) -> Option<i32> {
    e.date.as_ref().map(|d| d.start.year())
}

/// Document, type family, year, parties.
type MergeKey =
    (String, (u8, Option<EventType>), Option<i32>, Vec<(String, Role)>);

/// What makes two reports of one document the same event: the type
/// family, the year and the same parties in the same roles.
fn merge_key(e: &Event) -> MergeKey {
    let mut parties: Vec<(String, Role)> =
        e.parties.iter().map(|p| (p.name.to_lowercase(), p.role)).collect();
    parties.sort();
    parties.dedup();
    (doc_of(e).to_string(), family(e.kind), bucket(e), parties)
}

fn doc_of(e: &Event) -> &str {
    e.sources.first().map_or("", |s| s.doc.as_str())
}

/// Merges reports of the same event — from one document or many — into
/// one event that cites every source.
///
/// Within a document, reports with the same type family, year and parties
/// in the same roles are one event. Across documents, a report joins
/// another's when they have the same type family, dates that overlap (or,
/// both given to the day, lie at most a week apart; undated only with
/// undated and the same two or more parties), the parties of one among
/// the other's and no party in opposite roles; groups join only when every
/// report of one fits every report of the other and no document would
/// contribute two reports.
///
/// Within a document, the merged event keeps the summary and id of the
/// report cited first and the most precise date (finest precision, then
/// definite over approximate, then the narrower interval, then the
/// earlier); across documents, the id, summary and date of the report that
/// dates the event most precisely, and each document's own report in
/// [`reports`](Event::reports). Either way it keeps the most specific
/// licence type, every party (once, with the most specific role given),
/// the largest amount and the highest confidence. The result does not
/// depend on the order or grouping of the input, and merging merged
/// events again changes nothing.
pub fn merge_events(events: Vec<Event>) -> Vec<Event> {
    let mut reports = Vec::new();
    for e in events {
        unmerge(e, &mut reports);
    }
    let mut groups: BTreeMap<MergeKey, Vec<Event>> = BTreeMap::new();
    for e in reports {
        groups.entry(merge_key(&e)).or_default().push(e);
    }
    // Each group folded in canonical order, so the result (down to the
    // order of parties) does not depend on the input's.
    let mut reports: Vec<Event> = groups
        .into_values()
        .filter_map(|mut g| {
            g.sort_by_cached_key(canonical_key);
            g.into_iter().reduce(join)
        })
        .collect();
    reports.sort_by_cached_key(canonical_key);
    let clusters = cluster(&reports);
    let mut slots: Vec<Option<Event>> =
        reports.into_iter().map(Some).collect();
    clusters
        .into_iter()
        .map(|members| {
            let group: Vec<Event> =
                members.iter().filter_map(|&i| slots[i].take()).collect();
            combine(group)
        })
        .collect()
}

/// The reports an event was merged from: its own `reports`, else itself.
fn unmerge(mut e: Event, out: &mut Vec<Event>) {
    if e.reports.is_empty() {
        out.push(e);
    } else {
        for r in std::mem::take(&mut e.reports) {
            unmerge(r, out);
        }
    }
}

/// A total order on reports that depends on their content only.
fn canonical_key(e: &Event) -> (String, usize, EventType, String, String) {
    (
        doc_of(e).to_string(),
        e.sources.first().map_or(0, |s| s.start),
        e.kind,
        e.id.clone(),
        serde_json::to_string(e).unwrap_or_default(),
    )
}

/// What cross-document linking looks at in a report.
struct Facts {
    docs: BTreeSet<String>,
    family: (u8, Option<EventType>),
    span: Option<(NaiveDate, NaiveDate)>,
    /// Party name keys with their roles, sorted.
    names: Vec<(String, Role)>,
    /// The distinct party keys.
    keys: Vec<String>,
    /// A cross-licence: both sides license, so roles have no direction.
    mutual: bool,
    /// Dated to the day or the week.
    pointlike: bool,
}

impl Facts {
    fn of(e: &Event) -> Facts {
        // Places say where, not who: they do not tie reports together.
        let mut names: Vec<(String, Role)> = e
            .parties
            .iter()
            .filter(|p| p.kind != PartyKind::Place)
            .map(|p| (name_key(&p.name), p.role))
            .filter(|(k, _)| !k.is_empty())
            .collect();
        names.sort();
        names.dedup();
        let mut keys: Vec<String> =
            names.iter().map(|(k, _)| k.clone()).collect();
        keys.dedup();
        Facts {
            docs: e.sources.iter().map(|s| s.doc.clone()).collect(),
            family: family(e.kind),
            span: e.date.as_ref().map(|d| (d.start, d.end)),
            names,
            keys,
            mutual: e.kind == EventType::CrossLicense,
            pointlike: e.date.as_ref().is_some_and(|d| {
                matches!(d.precision, Precision::Day | Precision::Week)
            }),
        }
    }
}

/// The same party: equal keys, or one key the other's first words
/// ("globex" and "globex semiconductor").
fn same_party(a: &str, b: &str) -> bool {
    let prefix = |short: &str, long: &str| {
        long.len() > short.len()
            && long.starts_with(short)
            && long.as_bytes()[short.len()] == b' '
    };
    a == b || prefix(a, b) || prefix(b, a)
}

/// Roles that cannot belong to one party in one event.
fn opposite(a: Role, b: Role) -> bool {
    use Role::*;
    matches!(
        (a, b),
        (Licensor, Licensee)
            | (Licensee, Licensor)
            | (Buyer, Seller)
            | (Seller, Buyer)
            | (Acquirer, Target)
            | (Target, Acquirer)
            | (Acquirer, Seller)
            | (Seller, Acquirer)
            | (Plaintiff, Defendant)
            | (Defendant, Plaintiff)
            | (Employer, Hire)
            | (Hire, Employer)
    )
}

/// How the parties of two reports relate.
struct PartyFit {
    /// Parties of `a` found in `b`.
    shared: usize,
    a_within_b: bool,
    b_within_a: bool,
    /// Distinct parties of both together.
    union: usize,
    /// A shared party in opposite roles.
    conflict: bool,
}

fn party_fit(a: &Facts, b: &Facts) -> PartyFit {
    let (ka, kb) = (&a.keys, &b.keys);
    let found = |x: &[String], y: &[String]| {
        x.iter().filter(|k| y.iter().any(|l| same_party(k, l))).count()
    };
    let (in_b, in_a) = (found(ka, kb), found(kb, ka));
    let directed = !(a.mutual || b.mutual);
    let conflict = directed
        && a.names.iter().any(|(k, r)| {
            b.names.iter().any(|(l, s)| same_party(k, l) && opposite(*r, *s))
        });
    PartyFit {
        shared: in_b,
        a_within_b: in_b == ka.len(),
        b_within_a: in_a == kb.len(),
        union: ka.len() + kb.len() - in_b.min(in_a),
        conflict,
    }
}

/// How far apart two reports' dates, each given to the day or the week, may
/// be and still tell one event: the day a deal is signed, announced and
/// reported often differ by a few days, and news of the day takes its
/// article's publication date. Coarser dates must overlap ("1985" and
/// "1986" are a disagreement, not a lag).
const DATE_SLACK_DAYS: i64 = 7;

/// Two reports may be one event: different documents, the same type
/// family, dates that overlap or, given to the day, lie at most
/// [`DATE_SLACK_DAYS`] apart (or both undated), no
/// party in opposite roles, and not two different pairings of parties ("A
/// with B" and "A with C"). Returns how their parties fit, for the
/// caller to weigh the link.
fn compatible(a: &Facts, b: &Facts) -> Option<PartyFit> {
    if a.family != b.family || !a.docs.is_disjoint(&b.docs) {
        return None;
    }
    let dates = match (a.span, b.span) {
        (None, None) => true,
        (Some((s1, e1)), Some((s2, e2))) => {
            let gap = (s1.max(s2) - e1.min(e2)).num_days();
            gap <= 0 || (a.pointlike && b.pointlike && gap <= DATE_SLACK_DAYS)
        }
        _ => false,
    };
    if !dates {
        return None;
    }
    let fit = party_fit(a, b);
    (!fit.conflict && (fit.a_within_b || fit.b_within_a || fit.union <= 2))
        .then_some(fit)
}

/// Groups report indices (reports in canonical order) into events.
fn cluster(reports: &[Event]) -> Vec<Vec<usize>> {
    let facts: Vec<Facts> = reports.iter().map(Facts::of).collect();
    // Candidate pairs share a type family and a party's first word.
    let mut by_name: BTreeMap<(u8, Option<EventType>, &str), Vec<usize>> =
        BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        let firsts: BTreeSet<&str> = f
            .names
            .iter()
            .map(|(k, _)| k.split(' ').next().unwrap_or(""))
            .collect();
        for w in firsts {
            by_name.entry((f.family.0, f.family.1, w)).or_default().push(i);
        }
    }
    // Within a bucket, only reports whose dates can fit are paired: sorted
    // by start, a report meets the ones starting before its end (plus the
    // slack), so the work follows the links rather than the bucket's
    // square.
    let mut pairs = BTreeSet::new();
    for members in by_name.values_mut() {
        members.sort_by_key(|&i| (facts[i].span.map(|(s, _)| s), i));
        for (n, &i) in members.iter().enumerate() {
            let reach = facts[i]
                .span
                .map(|(_, e)| e + chrono::Days::new(DATE_SLACK_DAYS as u64));
            for &j in &members[n + 1..] {
                match (reach, facts[j].span) {
                    (Some(r), Some((s, _))) if s > r => break,
                    (None, Some(_)) => break,
                    _ => {}
                }
                pairs.insert((i.min(j), i.max(j)));
            }
        }
    }
    // Links, strongest first: more shared parties, closer dates, then
    // canonical order.
    let mut links: Vec<(Reverse<usize>, i64, usize, usize)> = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            let (a, b) = (&facts[i], &facts[j]);
            let fit = compatible(a, b)?;
            if fit.shared == 0 || !(fit.a_within_b || fit.b_within_a) {
                return None;
            }
            // Undated reports have only their parties to go by: the same
            // two or more on both sides.
            if a.span.is_none()
                && !(fit.a_within_b && fit.b_within_a && fit.shared >= 2)
            {
                return None;
            }
            let distance = match (a.span, b.span) {
                (Some((s1, e1)), Some((s2, e2))) => {
                    (s1 - s2).num_days().abs() + (e1 - e2).num_days().abs()
                }
                _ => 0,
            };
            Some((Reverse(fit.shared), distance, i, j))
        })
        .collect();
    links.sort();
    let mut root: Vec<usize> = (0..reports.len()).collect();
    let mut members: Vec<Vec<usize>> =
        (0..reports.len()).map(|i| vec![i]).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for (_, _, i, j) in links {
        let (ri, rj) = (find(&mut root, i), find(&mut root, j));
        if ri == rj {
            continue;
        }
        let fits = members[ri].iter().all(|&x| {
            members[rj]
                .iter()
                .all(|&y| compatible(&facts[x], &facts[y]).is_some())
        });
        if !fits {
            continue;
        }
        let (keep, gone) = (ri.min(rj), ri.max(rj));
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        members[keep].sort_unstable();
        root[gone] = keep;
    }
    members.into_iter().filter(|m| !m.is_empty()).collect()
}

/// One event from the reports of several documents (in canonical order).
fn combine(group: Vec<Event>) -> Event {
    if group.len() == 1 {
        return group.into_iter().next().expect("one report");
    }
    let mut merged =
        group.iter().cloned().reduce(join).expect("at least two reports");
    // The id, summary and date come from one report, the one that dates
    // the event most precisely, so they read together.
    let rep = group
        .iter()
        .enumerate()
        .min_by_key(|(i, e)| (date_rank(e), *i))
        .map(|(_, e)| e)
        .expect("at least two reports");
    merged.id.clone_from(&rep.id);
    merged.summary.clone_from(&rep.summary);
    merged.date.clone_from(&rep.date);
    merged.parties = unite_parties(&group);
    merged.reports = group;
    merged
}

/// Every party of the reports once: one entry per name, with the first
/// specific role a report gives it (a "partner" in one article and the
/// "licensee" in another is the licensee).
fn unite_parties(group: &[Event]) -> Vec<Party> {
    let generic = |r: Role| matches!(r, Role::Partner | Role::Actor);
    let mut out: Vec<(String, Party)> = Vec::new();
    for p in group.iter().flat_map(|e| &e.parties) {
        let key = name_key(&p.name);
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, q)) => {
                if generic(q.role) && !generic(p.role) {
                    q.role = p.role;
                }
            }
            None => out.push((key, p.clone())),
        }
    }
    let mut parties: Vec<Party> = out.into_iter().map(|(_, p)| p).collect();
    parties.sort_by(|p, q| {
        (p.name.as_str(), p.role, p.kind).cmp(&(
            q.name.as_str(),
            q.role,
            q.kind,
        ))
    });
    parties
}

fn date_rank(e: &Event) -> impl Ord {
    e.date.as_ref().map(|d| {
        (
            d.precision,
            d.approximate,
            d.end - d.start,
            d.start,
            serde_json::to_string(d).unwrap_or_default(),
        )
    })
}

fn kind_rank(k: EventType) -> u8 {
    match k {
        EventType::CrossLicense => 0,
        EventType::LicenseRenewal => 1,
        _ => 2,
    }
}

/// Joins two reports of one event. Commutative; folded over reports in
/// canonical order, so the result depends on the set of reports only.
fn join(a: Event, b: Event) -> Event {
    let first = |e: &Event| {
        (e.sources.first().map(|s| (s.doc.clone(), s.start)), e.id.clone())
    };
    let (rep, other) = if first(&a) <= first(&b) { (a, b) } else { (b, a) };
    let date = match (&rep.date, &other.date) {
        (Some(_), Some(_)) if date_rank(&other) < date_rank(&rep) => {
            other.date.clone()
        }
        _ => rep.date.clone(),
    };
    let kind = if kind_rank(other.kind) < kind_rank(rep.kind)
        || (kind_rank(other.kind) == kind_rank(rep.kind)
            && other.kind < rep.kind)
    {
        other.kind
    } else {
        rep.kind
    };
    // The first report's parties in their order (subject first), then
    // any the other adds.
    let mut parties = rep.parties.clone();
    for p in &other.parties {
        if !parties.iter().any(|q| q.name == p.name && q.role == p.role) {
            parties.push(p.clone());
        }
    }
    let amount = match (&rep.amount, &other.amount) {
        (Some(x), Some(y)) => {
            let key = |a: &crate::event::Amount| {
                (a.value.map(f64::to_bits), serde_json::to_string(a).ok())
            };
            Some(if key(y) > key(x) { y.clone() } else { x.clone() })
        }
        (x, y) => x.clone().or_else(|| y.clone()),
    };
    let mut sources = rep.sources.clone();
    sources.extend(other.sources.iter().cloned());
    sources.sort();
    sources.dedup();
    Event {
        id: rep.id,
        kind,
        summary: rep.summary,
        date,
        parties,
        amount,
        sources,
        confidence: rep.confidence.max(other.confidence),
        reports: Vec::new(),
    }
}

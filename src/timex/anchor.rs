//! Event anchoring: "six days before the bombing", "in the weeks before the
//! attack", "the day after the crash". Such a phrase is a date when the
//! story has dated the event it names: the first sentence that mentions
//! the event (or a word of its family: "killed", "slaying", "shot") next
//! to a date gives the event's day.

use super::resolve::unit_of;
use super::{Resolved, Tagged, TimeExpr, Unit};
use crate::date::{add_days, add_months, Precision};

/// How long a word of [`FAMILIES`] may be, in bytes.
const LONGEST_FAMILY_WORD: usize = 16;

/// Words that name one kind of event, as verb or noun. A story that says
/// "was shot May 4" may later say "the murder" or "his death".
const FAMILIES: &[&[&str]] = &[
    &[
        "killed",
        "killing",
        "killings",
        "murder",
        "murdered",
        "slaying",
        "slain",
        "shooting",
        "shot",
        "gunned",
        "death",
        "died",
        "assassination",
        "assassinated",
        "stabbing",
        "stabbed",
    ],
    &[
        "attack",
        "attacks",
        "attacked",
        "bombing",
        "bombings",
        "bombed",
        "blast",
        "explosion",
        "exploded",
    ],
    &["crash", "crashed"],
    &["invasion", "invaded"],
    &["arrest", "arrested"],
    &["earthquake", "quake"],
    // Acts of business and law, told as verb or noun ("a judge ruled on
    // May 3 ... two weeks after the ruling"). Not read for the clock
    // times of a sentence: see `SUDDEN`.
    &["ruling", "ruled", "verdict", "judgment", "judgement"],
    &["settlement", "settled"],
    &["acquisition", "acquired", "takeover"],
    &["merger", "merged"],
    &["lawsuit", "sued"],
    &["resignation", "resigned"],
    // Acts of the deals a timeline tracks ("renewed the license in 2022
    // ... two months after the renewal").
    &["renewal", "renewed"],
    &["signing", "signed"],
    &["launch", "launched"],
    &["appointment", "appointed"],
    &["announcement", "announced"],
    &["filing", "filed"],
    &["meeting", "met"],
];

/// The families of [`FAMILIES`] that happen in a moment, whose day a
/// clock time in a sentence naming them takes ("was shot at 10 p.m."):
/// the first six. ("Prices settled at 1400 GMT" is no settlement's hour.)
const SUDDEN: usize = 6;

/// Words that put a date in a phrase of its own.
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "of", "for", "with", "by", "to", "from", "after",
    "before",
];

/// Determiners and possessives before an event noun ("the murder", "his
/// death").
const DETERMINERS: &[&str] =
    &["the", "his", "her", "their", "its", "this", "that", "last", "a"];

/// Whether the words between an event noun and a date say the event
/// took place then: "the merger closed on March 3", "the ban took effect
/// on Christmas Day", "the strike was called off in May" ("the merger
/// talks on Monday" is no such phrase; nor "the deal, signed in May", set
/// off by a comma).
fn took_place(gap: &str) -> bool {
    if gap.len() > 40 || gap.contains([',', ';']) {
        return false;
    }
    let mut ws: Vec<&str> = gap.split_whitespace().collect();
    if matches!(ws.last(), Some(&("on" | "in"))) {
        ws.pop();
    }
    if matches!(ws.first(), Some(&("was" | "were"))) {
        ws.remove(0);
    }
    // ("took effect", "was called off", "came into force": the verb and
    // its particle.)
    if ws.len() == 2
        && matches!(ws[1], "effect" | "off" | "place" | "down" | "up")
    {
        ws.pop();
    }
    let [verb] = ws[..] else { return false };
    verb.len() > 3 && verb.ends_with("ed")
        || matches!(
            verb,
            "began"
                | "took"
                | "came"
                | "went"
                | "broke"
                | "fell"
                | "struck"
                | "won"
                | "lost"
        )
}

/// The words of `s` up to the end of its clause (the first comma, stop,
/// bracket or quote).
fn clause(s: &str) -> &str {
    s.split([',', ';', '.', ':', '(', '"', '“', '”']).next().unwrap_or("")
}

/// Whether the clause starting at `rest` names a year or a month of its
/// own ("he was shot in 1989", "the vote in May").
fn dated_in_clause(rest: &str) -> bool {
    words(clause(rest)).any(|(_, w)| {
        w.len() == 4
            && w.starts_with(['1', '2'])
            && w.bytes().all(|b| b.is_ascii_digit())
            || crate::date::MONTHS.contains(&w)
    })
}

/// The family of an event word, if it has one.
fn family(word: &str) -> Option<usize> {
    // Looked up for every word near a date: a map, not a scan of the
    // lists.
    type Index = std::collections::HashMap<
        &'static str,
        usize,
        std::hash::BuildHasherDefault<crate::text::Fnv>,
    >;
    static INDEX: std::sync::LazyLock<Index> =
        std::sync::LazyLock::new(|| {
            let mut index = Index::default();
            for (i, f) in FAMILIES.iter().enumerate() {
                for w in *f {
                    // The first family that lists a word keeps it.
                    index.entry(*w).or_insert(i);
                }
            }
            index
        });
    INDEX.get(word).copied()
}

/// Nouns of events without an event suffix.
const EVENT_NOUNS: &[&str] = &[
    "merger",
    "deal",
    "sale",
    "vote",
    "verdict",
    "trial",
    "strike",
    "summit",
    "launch",
    "fire",
    "flood",
    "storm",
    "war",
    "coup",
    "raid",
    "accord",
    "talks",
    "crisis",
    "collapse",
    "default",
    "bankruptcy",
    "ipo",
    "debut",
    "crash",
    "plunge",
    "rally",
    "visit",
    "speech",
    "race",
    "game",
    "match",
    "ban",
];

/// What an event phrase refers to: a word of a family, or an event noun
/// after a determiner ("the merger", "the hearing", "the election"), never
/// a thing ("the company").
///
/// `word` and `prev` are as written: a noun in capitals after "the" is a
/// name ("The Rally's debut", "the Strike Force"), no event.
fn key(word: &str, prev: &str) -> Option<Key> {
    // Every word of every family and every event noun is lower case, and
    // a noun keys only when written so: a word with a capital or a
    // non-letter can only be a family's (looked up in a lower-case copy);
    // a word already in lower case is looked up without one.
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        // (Lowered on the stack: every family word is short and ASCII.)
        let mut buf = [0u8; LONGEST_FAMILY_WORD];
        let lower = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower)
            .ok()
            .and_then(family)
            .map(Key::Family);
    }
    if let Some(f) = family(word) {
        return Some(Key::Family(f));
    }
    // (The determiner first: few words follow one, and the noun list is
    // long.)
    let eventful = || {
        EVENT_NOUNS.contains(&word)
            || ["ing", "tion", "sion", "ment", "ure", "al"]
                .iter()
                .any(|s| word.len() >= 5 && word.ends_with(s))
    };
    (DETERMINERS.iter().any(|d| prev.eq_ignore_ascii_case(d)) && eventful())
        .then(|| Key::Noun(word.to_string()))
}

fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_inclusive(|c: char| !c.is_alphanumeric() && c != '-')
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            let w = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// What an event word refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Key {
    Family(usize),
    Noun(String),
}

/// The dates a story has given its events so far, first mention first.
#[derive(Debug, Default)]
pub(super) struct EventDates {
    known: Vec<(Key, Resolved)>,
}

impl EventDates {
    /// Whether any event has a date yet.
    pub(super) fn any(&self) -> bool {
        !self.known.is_empty()
    }

    /// Records the events a sentence dates: an event word with a date
    /// right before it ("the May 4 bombing", "last month's killing"), or
    /// a verb with its date after it in the same clause ("was killed May
    /// 4", "was shot outside his office last spring"), or an event noun with "on"
    /// or "in" and its date ("the merger on June 12"). A crime noun with a
    /// date after it is not enough: "charged with murder Monday" dates
    /// the charge.
    pub(super) fn note(&mut self, sentence: &str, at: usize, tags: &[Tagged]) {
        let dates: Vec<(usize, usize, &Resolved)> = tags
            .iter()
            .filter(|t| !t.timex.in_name)
            .filter_map(|t| {
                let r = t.resolved.as_ref()?;
                Some((t.timex.span.start - at, t.timex.span.end - at, r))
            })
            .filter(|(_, _, r)| {
                matches!(
                    r.precision,
                    Precision::Day | Precision::Month | Precision::Season
                ) && !r.value.ends_with("_REF")
            })
            .collect();
        // Only words near a date can be dated (a verb ending up to 45
        // bytes before it, with the word before that; an event word
        // starting up to 16 bytes after it): read from well before the
        // first to well after the last.
        let (Some(first), Some(last)) =
            (dates.iter().map(|d| d.0).min(), dates.iter().map(|d| d.1).max())
        else {
            return;
        };
        let from =
            crate::text::floor_char(sentence, first.saturating_sub(100));
        let from = sentence[..from]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric() && *c != '-')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let to = crate::text::floor_char(sentence, last + 80);
        let lower = sentence[from..to].to_ascii_lowercase();
        let dates: Vec<(usize, usize, &Resolved)> = dates
            .into_iter()
            .map(|(s, e, r)| (s - from, e - from, r))
            .collect();
        let mut prev = "";
        for (pos, w) in words(&sentence[from..to]) {
            let key = key(w, prev);
            prev = w;
            let Some(key) = key else { continue };
            // A known event keeps its first date unless a later mention
            // narrows it ("last May", then "May 4").
            let known = self.known.iter().position(|(k, _)| *k == key);
            if known
                .is_some_and(|k| self.known[k].1.precision == Precision::Day)
            {
                continue;
            }
            let end = pos + w.len();
            let w = &lower[pos..end];
            let verb =
                w.ends_with("ed") || matches!(w, "shot" | "slain" | "died");
            // "ruled out a deal on Monday" is no ruling.
            if w == "ruled" && lower[end..].starts_with(" out") {
                continue;
            }
            let dated = dates.iter().find(|(s, e, _)| {
                if *e <= pos {
                    // "the May 4 car bombing", "last spring when he was
                    // gunned down"; not "Thursday in the slaying".
                    let gap = &lower[*e..pos];
                    pos - e <= 16
                        && !words(gap).any(|(_, g)| PREPOSITIONS.contains(&g))
                } else if *s >= end {
                    // "was shot outside his office last spring"; "the merger on
                    // June 12" (an event noun with its date); not "charged
                    // with murder Monday".
                    let gap = &lower[end..*s];
                    let noun_date = !verb
                        && (matches!(gap, " on " | " in ") || took_place(gap));
                    (verb && s - end <= 45 || noun_date)
                        && !gap.contains([',', ';'])
                } else {
                    false
                }
            });
            match (dated, known) {
                (Some((_, _, r)), None) => {
                    self.known.push((key, (*r).clone()))
                }
                (Some((_, _, r)), Some(k)) => {
                    let old = &self.known[k].1;
                    if r.precision == Precision::Day
                        && old.span.contains(&r.span)
                    {
                        self.known[k].1 = (*r).clone();
                    }
                }
                _ => {}
            }
        }
    }

    /// The day of a dated event a sentence names as it happens ("was
    /// shot at 10 p.m."), if any.
    pub(super) fn in_sentence(&self, sentence: &str) -> Option<Resolved> {
        if self.known.is_empty() {
            return None;
        }
        let lower = sentence.to_ascii_lowercase();
        let found = words(&lower).find_map(|(_, w)| {
            let key = Key::Family(family(w).filter(|&f| f < SUDDEN)?);
            self.known
                .iter()
                .find(|(k, r)| *k == key && r.precision == Precision::Day)
                .map(|(_, r)| r.clone())
        });
        found
    }

    /// The date of the event named just after a relation word: "the
    /// murder", "his death", "Smith was killed".
    fn of_phrase(&self, after: &str) -> Option<&Resolved> {
        let mut prev = "";
        for (_, w) in words(clause(after)).take(5) {
            // "two days before a scheduled meeting", "after another
            // attack": an event not told yet, not the one dated.
            if ["a", "an", "another", "next", "scheduled", "planned"]
                .iter()
                .any(|g| w.eq_ignore_ascii_case(g))
            {
                return None;
            }
            if let Some(key) = key(w, prev) {
                return self
                    .known
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, r)| r);
            }
            prev = w;
        }
        None
    }

    /// "six days before the bombing": a length of time (`value`, such as
    /// `P10D`) before or after a dated event is a date. `after` is the text
    /// right after the length.
    pub(super) fn shift(&self, value: &str, after: &str) -> Option<Resolved> {
        let rest = after.trim_start();
        let (sign, rest) = relation(rest)?;
        // "16 years after he was shot in 1989": the event phrase dates
        // itself; another mention's date is not its.
        if dated_in_clause(rest) {
            return None;
        }
        let event = self.of_phrase(rest)?;
        let digits = value.strip_prefix('P')?;
        let (n, unit) = digits.split_at(digits.len().checked_sub(1)?);
        let n: i64 = n.parse().ok()?;
        let base = event.span.start;
        let (d, unit) = match (unit, event.precision) {
            ("D", Precision::Day) => (add_days(base, sign * n), Unit::Day),
            ("W", Precision::Day) => (add_days(base, sign * 7 * n), Unit::Day),
            ("M", Precision::Day | Precision::Month) => {
                (add_months(base, (sign * n) as i32), Unit::Month)
            }
            // "two years after the merger": that year.
            ("Y", Precision::Day | Precision::Month | Precision::Season) => {
                (add_months(base, (sign * n * 12) as i32), Unit::Year)
            }
            _ => return None,
        };
        Some(Resolved { modifier: None, ..unit_of(event, d, unit) })
    }

    /// "in the weeks before the attack", "the day after the crash": the
    /// byte range (within `text`) of the words to tag and their date.
    pub(super) fn around(
        &self,
        text: &str,
    ) -> Vec<(std::ops::Range<usize>, Resolved)> {
        let mut out = Vec::new();
        let lower = text.to_ascii_lowercase();
        // ("The night before the vote", "the morning after the crash":
        // the day, as "the day before".)
        for unit in [
            "days",
            "weeks",
            "day",
            "night",
            "morning",
            "evening",
            "afternoon",
        ] {
            let mut from = 0;
            while let Some(p) = lower[from..].find(unit) {
                let s = from + p;
                from = s + unit.len();
                // (At the start of a sentence too: "The day after the
                // crash, ...".)
                let pre = lower[..s].strip_suffix("the ");
                let before_ok = pre.is_some_and(|pre| {
                    pre.is_empty()
                        || pre.ends_with(|c: char| !c.is_alphanumeric())
                }) && !lower[s..].starts_with("day-");
                let e = s + unit.len();
                if !before_ok
                    || lower[e..].starts_with(|c: char| c.is_alphanumeric())
                {
                    continue;
                }
                let Some((sign, rest)) = relation(lower[e..].trim_start())
                else {
                    continue;
                };
                let Some(event) = self.of_phrase(rest) else { continue };
                let r = if !unit.ends_with('s') {
                    if event.precision != Precision::Day {
                        continue;
                    }
                    let d = add_days(event.span.start, sign);
                    Resolved { modifier: None, ..unit_of(event, d, Unit::Day) }
                } else {
                    // Some days or weeks next to the event: its month (or
                    // season), approximately.
                    let mut r = event.clone();
                    if r.precision == Precision::Day {
                        r = unit_of(&r, r.span.start, Unit::Month);
                    }
                    r.approximate = true;
                    r
                };
                let start =
                    if unit.ends_with('s') { s } else { s - "the ".len() };
                out.push((start..e, r));
            }
        }
        out.sort_by_key(|(r, _)| r.start);
        out
    }
}

/// Whether a sentence has a word that may relate a time to an event.
pub(super) fn relates(text: &str) -> bool {
    ["before", "after", "following", "prior to", "leading up to", "preceding"]
        .iter()
        .any(|w| text.contains(w))
}

/// An expression for a date found by its event: the calendar date, month
/// or season it resolved to.
pub(super) fn expr_of(r: &Resolved) -> TimeExpr {
    let d = r.span.start;
    let (y, m, day) = (
        chrono::Datelike::year(&d),
        chrono::Datelike::month(&d),
        chrono::Datelike::day(&d),
    );
    match r.precision {
        Precision::Season => TimeExpr::Period {
            precision: Precision::Season,
            n: match m {
                3..=5 => 1,
                6..=8 => 2,
                9..=11 => 3,
                _ => 4,
            },
            year: Some(y),
            shift: None,
        },
        Precision::Month => TimeExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: None,
            shift: None,
            part: None,
            approx: true,
        },
        _ => TimeExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(day),
            shift: None,
            part: None,
            approx: false,
        },
    }
}

/// "before", "after", "following", "prior to", "leading up to": the
/// direction and the text after the relation.
pub(super) fn relation(s: &str) -> Option<(i64, &str)> {
    let lower = s.to_ascii_lowercase();
    for (word, sign) in [
        ("before ", -1),
        ("prior to ", -1),
        ("leading up to ", -1),
        ("preceding ", -1),
        ("after ", 1),
        ("following ", 1),
    ] {
        if lower.starts_with(word) {
            return Some((sign, &s[word.len()..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_family_words_are_short_lower_case_ascii() {
        for w in FAMILIES.iter().flat_map(|f| f.iter()) {
            assert!(w.len() <= LONGEST_FAMILY_WORD, "{w}");
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn ok_a_word_in_capitals_keys_its_family() {
        for w in ["Assassination", "KILLED", "Merger", "Met"] {
            assert!(matches!(key(w, ""), Some(Key::Family(_))), "{w}");
        }
        for w in ["Assassinations-Probe", "Méeting", "Acme", "Meet"] {
            assert!(key(w, "").is_none(), "{w}");
        }
        // A noun in lower case after a determiner keys itself.
        assert!(
            matches!(key("strike", "the"), Some(Key::Noun(n)) if n == "strike")
        );
        assert!(key("Strike", "the").is_none());
    }
}

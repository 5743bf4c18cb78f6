//! Recognition: temporal expressions in a sentence, with their surface
//! meaning. Patterns are linear-time regexes; overlapping candidates are
//! resolved leftmost-longest.

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::util::captures;
use regex_automata::{hybrid, Anchored, Input, MatchKind};

use super::{
    Amount, Direction, Holiday, Part, Signal, TimeExpr, Timex, TimexType, Unit,
};
use crate::date::Precision;
use crate::text::{floor_char, last_word, next_word, tail};

const MON: &str = r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
/// [`MON`] ending where the word does ("5 Mar", "5 Mar.", not the "Mar"
/// of "5 Marriage"), for patterns that may end with the month.
const MON_END: &str = r"(Jan(?:uary\b|\.|\b)|Feb(?:ruary\b|\.|\b)|Mar(?:ch\b|\.|\b)|Apr(?:il\b|\.|\b)|May\b|Jun(?:e\b|\.|\b)|Jul(?:y\b|\.|\b)|Aug(?:ust\b|\.|\b)|Sept?(?:ember\b|\.|\b)|Oct(?:ober\b|\.|\b)|Nov(?:ember\b|\.|\b)|Dec(?:ember\b|\.|\b))";
const NUM: &str = r"((?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+(?:or|to)\s+|[-–])(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})|a few|few|a couple of|a couple|couple of|several|some|many|a|an|one|\d{1,2}(?:\s+|-)1/2|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty[\s-]four|thirty|forty|fifty|sixty|ninety|a hundred|\d{1,3}(?:\.\d)?)";
const UNIT: &str =
    r"(day|week|fortnight|month|quarter|year|decade|century|centurie)s?";
const YEAR: &str = r"((?:1[6-9]|20)\d\d)";
/// A weekday before a full date, spelled out or cut short ("Wed., July
/// 12", "Wed 12 Jul 2017").
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)";
/// What may follow a time on a 24-hour dial: a zone, "hrs", "local
/// time" (a place's time, "1700 Tokyo time", has its own pattern).
const DIAL: &str = r"(?:(?i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)|EET|EEST|WET|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ET|PT|CT|hrs|hours|h|local\s+time|local)\b";
/// Wire copy also writes the common ones in lower case ("1400 gmt").
const ZONES: &str = r"(?:(?i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)|EET|EEST|WET|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ET|PT|CT)";
/// A North American zone written out after a clock time ("4 p.m. Eastern",
/// "noon Pacific time", "midnight Central Standard Time"), capitalized.
const US_ZONE: &str = r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?i:(?:standard|daylight)\s+)?(?i:time))?\b";

type Handler = fn(&Captures<'_>) -> Option<(TimexType, TimeExpr)>;

struct Pattern {
    /// Searched anchored at a word the finder has found it matches at, for
    /// its groups. The finder already knows it matches there, so no DFA
    /// runs first: the backtracker reads only the match.
    re: BoundedBacktracker,
    /// The same automaton for a window longer than the backtracker's bound
    /// (a candidate before a word of thousands of letters).
    long: PikeVM,
    /// The regex, for the finder's union and set of all patterns.
    source: String,
    handler: Handler,
}

/// The groups of one pattern's match, read like `regex::Captures`.
struct Captures<'h> {
    hay: &'h str,
    groups: &'h captures::Captures,
}

/// One group of a match.
#[derive(Clone, Copy)]
struct Group<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }

    fn start(&self) -> usize {
        self.start
    }
}

impl<'h> Captures<'h> {
    fn get(&self, i: usize) -> Option<Group<'h>> {
        self.groups.get_group(i).map(|span| Group {
            hay: self.hay,
            start: span.start,
            end: span.end,
        })
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).map_or_else(
            || panic!("timex pattern group {i} did not take part"),
            |g| g.as_str(),
        )
    }
}

/// ASCII word boundaries and digits keep every pattern inside the lazy
/// DFA's fast path, even on text with curly quotes and accents.
fn ascii_classes(re: &str) -> String {
    re.replace("\\b", "(?-u:\\b)").replace("\\d", "[0-9]")
}

/// A pattern that reads a typographic apostrophe (U+2019, what most web
/// pages write) wherever it reads `'`: "year’s end", "Q3’17".
fn curly_apostrophes(re: &str) -> String {
    let mut out = String::with_capacity(re.len() + 16);
    let mut class = false;
    let mut chars = re.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.extend(chars.next());
            }
            '[' if !class => {
                class = true;
                out.push(c);
            }
            ']' if class => {
                class = false;
                out.push(c);
            }
            // (A class may name a character twice.)
            '\'' if class => out.push_str("'’"),
            '\'' => out.push_str("['’]"),
            _ => out.push(c),
        }
    }
    out
}

fn pat(re: &str, handler: Handler) -> Pattern {
    let source = ascii_classes(&curly_apostrophes(re));
    let re = BoundedBacktracker::new(&source).expect("timex pattern compiles");
    let long = PikeVM::new_from_nfa(re.get_nfa().clone())
        .expect("timex pattern compiles");
    Pattern { re, long, source, handler }
}

/// Every pattern at once: one pass over the text finds where expressions
/// may start, and the set says which patterns to run there.
struct Finder {
    /// All patterns as one pattern, `(?:p1)|(?:p2)|...`, leftmost-first,
    /// walked by hand anchored at each place a pattern may start. An
    /// unanchored search of the union (what a regex's `find_iter` runs)
    /// finds the same matches, but its lazy DFA follows a pattern from
    /// every byte at once and has many more states to build and to read.
    union: hybrid::dfa::DFA,
    /// By the kind of byte before a place ([`start_kind`]) and the two
    /// bytes there, a bit: whether the union can read them from there.
    /// Most places fail here, without a walk.
    pairs: Vec<u64>,
    /// The same for the first byte alone.
    firsts: [[bool; 256]; START_KINDS],
    /// The word bytes that start nothing after a word byte: inside a word,
    /// the places to run past.
    inside_word: [bool; 256],
    /// After a byte of no word (most places: a word after a space), by
    /// the union's classes of the first two bytes, a number for the pair
    /// the union can read there (0: none; [`ANY_THIRD`]: not counted).
    pair_ids: Vec<u16>,
    /// By that number, the classes of third byte that the union can read
    /// after the pair (all of them when the pair is a match already).
    thirds: Vec<[u64; 4]>,
    /// All patterns as one multi-pattern lazy DFA reporting every match,
    /// searched anchored at each word of a candidate: it says which
    /// patterns match there and where their longest matches end, so each
    /// pattern's groups are read over no more text than it matched. An
    /// anchored search stops as soon as no pattern can go on, where an
    /// unanchored one reads its whole window (and its lazy DFA has many
    /// more states to build).
    set: hybrid::dfa::DFA,
}

/// The kinds of place a lazy DFA starts from: start of text, after a line
/// feed, after a carriage return, after a word byte, after any other
/// byte.
const START_KINDS: usize = 5;

/// The kind of place after `prev` (`None`: the start of the text), as the
/// lazy DFA tells its start states apart ([`Finder::pairs`]).
const fn start_kind(prev: Option<u8>) -> usize {
    match prev {
        None => 0,
        Some(b'\n') => 1,
        Some(b'\r') => 2,
        Some(b) if b == b'_' || b.is_ascii_alphanumeric() => 3,
        Some(_) => 4,
    }
}

/// The bit of [`Finder::pairs`] for two bytes after a kind of place.
fn pair_bit(kind: usize, b0: u8, b1: u8) -> usize {
    (kind << 16) | (usize::from(b0) << 8) | usize::from(b1)
}

/// [`start_kind`] after a word byte: inside a word.
const AFTER_WORD: usize = start_kind(Some(b'a'));

/// [`start_kind`] after each byte.
const KIND_AFTER: [usize; 256] = {
    let mut kinds = [0; 256];
    let mut b = 0;
    while b < 256 {
        kinds[b] = start_kind(Some(b as u8));
        b += 1;
    }
    kinds
};

/// Why the finder's lazy DFAs cannot fail: they are built never to give
/// up on their caches, with no quit byte, and asked only for anchored
/// starts.
const NEVER: &str = "the finder's lazy DFAs never give up";

/// A byte standing for each kind of [`start_kind`].
const KIND_SAMPLES: [Option<u8>; START_KINDS] =
    [None, Some(b'\n'), Some(b'\r'), Some(b'a'), Some(b' ')];

fn anchored_after(prev: Option<u8>) -> regex_automata::util::start::Config {
    regex_automata::util::start::Config::new()
        .anchored(Anchored::Yes)
        .look_behind(prev)
}

/// All patterns as one, `(?:p1)|(?:p2)|...`: leftmost-first, it matches
/// where the first of them that can match does.
fn union_source() -> String {
    PATTERNS
        .iter()
        .map(|p| format!("(?:{})", p.source))
        .collect::<Vec<_>>()
        .join("|")
}

/// A builder of the finder's lazy DFAs, which never give up ([`NEVER`]):
/// the finder has no other engine to fall back on, and a slow stretch is
/// better than none.
fn lazy_dfa(kind: MatchKind) -> hybrid::dfa::Builder {
    let mut builder = hybrid::dfa::DFA::builder();
    builder
        .configure(
            hybrid::dfa::Config::new()
                .match_kind(kind)
                .starts_for_each_pattern(false)
                .cache_capacity(64 << 20)
                .minimum_cache_clear_count(None),
        )
        .thompson(
            regex_automata::nfa::thompson::Config::new()
                .nfa_size_limit(Some(64 << 20)),
        );
    builder
}

/// The kind of place whose third bytes [`Finder::thirds`] holds: after a
/// byte of no word.
const AFTER_OTHER: usize = start_kind(Some(b' '));

/// The number of a pair in [`Finder::pair_ids`] past the last one
/// [`Finder::thirds`] can hold: any third byte is walked.
const ANY_THIRD: u16 = u16::MAX;

/// The classes of third byte that `union` can read from `two`, the state
/// after a pair (all of them when the pair is a match already), as a bit
/// set for [`Finder::thirds`].
fn third_classes(
    union: &hybrid::dfa::DFA,
    cache: &mut hybrid::dfa::Cache,
    two: hybrid::LazyStateID,
) -> [u64; 4] {
    let classes = union.byte_classes();
    let mut live = [0u64; 4];
    for b2 in 0..=255u8 {
        let three = union.next_state(cache, two, b2).expect(NEVER);
        // (A match of one byte shows in the state after two.)
        if two.is_match() || !three.is_dead() {
            let c = usize::from(classes.get(b2));
            live[c >> 6] |= 1 << (c & 63);
        }
    }
    live
}

static FINDER: LazyLock<Finder> = LazyLock::new(|| {
    let sources: Vec<&str> =
        PATTERNS.iter().map(|p| p.source.as_str()).collect();
    let union = lazy_dfa(MatchKind::LeftmostFirst)
        .build(&union_source())
        .expect("union of timex patterns compiles");
    let mut cache = union.create_cache();
    let mut pairs = vec![0u64; START_KINDS << 10];
    let mut firsts = [[false; 256]; START_KINDS];
    let classes = *union.byte_classes();
    let n = classes.alphabet_len();
    let mut pair_ids = vec![0u16; n * n];
    let mut thirds = vec![[0u64; 4]];
    for (kind, prev) in KIND_SAMPLES.into_iter().enumerate() {
        let start =
            union.start_state(&mut cache, &anchored_after(prev)).expect(NEVER);
        for b0 in 0..=255u8 {
            let one = union.next_state(&mut cache, start, b0).expect(NEVER);
            if one.is_dead() {
                continue;
            }
            firsts[kind][usize::from(b0)] = true;
            for b1 in 0..=255u8 {
                let two = union.next_state(&mut cache, one, b1).expect(NEVER);
                if two.is_dead() {
                    continue;
                }
                let bit = pair_bit(kind, b0, b1);
                pairs[bit >> 6] |= 1 << (bit & 63);
                // After a byte of no word, the third bytes too, once for
                // each pair of byte classes.
                if kind != AFTER_OTHER {
                    continue;
                }
                let id = &mut pair_ids[usize::from(classes.get(b0)) * n
                    + usize::from(classes.get(b1))];
                if *id == 0 {
                    *id = u16::try_from(thirds.len())
                        .ok()
                        .filter(|&id| id < ANY_THIRD)
                        .unwrap_or(ANY_THIRD);
                    if *id != ANY_THIRD {
                        thirds.push(third_classes(&union, &mut cache, two));
                    }
                }
            }
        }
    }
    let inside_word = std::array::from_fn(|b| {
        KIND_AFTER[b] == AFTER_WORD && !firsts[AFTER_WORD][b]
    });
    Finder {
        union,
        pairs,
        firsts,
        inside_word,
        pair_ids,
        thirds,
        set: lazy_dfa(MatchKind::All)
            .build_many(&sources)
            .expect("set of timex patterns compiles"),
    }
});

impl Finder {
    /// The end of the union's leftmost-first match anchored at `at`, if
    /// it matches there.
    fn match_at(
        &self,
        cache: &mut hybrid::dfa::Cache,
        text: &[u8],
        at: usize,
    ) -> Option<usize> {
        let prev = at.checked_sub(1).map(|i| text[i]);
        let dfa = &self.union;
        let mut sid =
            dfa.start_state(cache, &anchored_after(prev)).expect(NEVER);
        let mut end = None;
        for (i, &b) in text[at..].iter().enumerate() {
            sid = dfa.next_state(cache, sid, b).expect(NEVER);
            if sid.is_tagged() {
                // A match state says the bytes before this one matched.
                if sid.is_match() {
                    end = Some(at + i);
                }
                if sid.is_dead() {
                    return end;
                }
            }
        }
        sid = dfa.next_eoi_state(cache, sid).expect(NEVER);
        if sid.is_match() {
            end = Some(text.len());
        }
        end
    }

    /// The patterns of [`Finder::set`] that match anchored at the start of
    /// `input`'s span, each with the end of its longest match, in pattern
    /// order.
    fn matches_at(
        &self,
        cache: &mut hybrid::dfa::Cache,
        input: &Input<'_>,
        which: &mut Vec<(usize, usize)>,
    ) {
        which.clear();
        let mut state = hybrid::dfa::OverlappingState::start();
        loop {
            self.set
                .try_search_overlapping_fwd(cache, input, &mut state)
                .expect(NEVER);
            let Some(m) = state.get_match() else { break };
            let i = m.pattern().as_usize();
            match which.iter_mut().find(|(p, _)| *p == i) {
                Some((_, end)) => *end = (*end).max(m.offset()),
                None => which.push((i, m.offset())),
            }
        }
        which.sort_unstable();
    }

    /// Whether the union can read the third byte from place `i`, after a
    /// byte of no word and a pair it can read (true when there is none).
    fn third_fits(&self, bytes: &[u8], i: usize) -> bool {
        let (Some(&b1), Some(&b2)) = (bytes.get(i + 1), bytes.get(i + 2))
        else {
            return true;
        };
        let classes = self.union.byte_classes();
        let n = classes.alphabet_len();
        let class = |b: u8| usize::from(classes.get(b));
        let id = self.pair_ids[class(bytes[i]) * n + class(b1)];
        let c = class(b2);
        id == ANY_THIRD
            || self.thirds[usize::from(id)][c >> 6] & (1 << (c & 63)) != 0
    }

    /// The first place from `from` where a pattern may start: one whose
    /// first two bytes the union can read from there.
    fn next_place(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let kind = match i {
                0 => start_kind(None),
                _ => KIND_AFTER[usize::from(bytes[i - 1])],
            };
            if kind == AFTER_WORD {
                // Inside a word most bytes start nothing: run past them.
                let skip = &self.inside_word;
                i += bytes[i..]
                    .iter()
                    .position(|&b| !skip[usize::from(b)])
                    .unwrap_or(bytes.len() - i);
                if i == bytes.len() {
                    return None;
                }
                // (The byte before is still a word byte.)
            }
            // (A place before the last byte is walked.)
            let can = self.firsts[kind][usize::from(bytes[i])]
                && bytes.get(i + 1).is_none_or(|&next| {
                    let bit = pair_bit(kind, bytes[i], next);
                    self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
                })
                && (kind != AFTER_OTHER || self.third_fits(bytes, i))
                && text.is_char_boundary(i);
            if can {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The union's leftmost-first matches in `text`, as a regex's
    /// `find_iter` finds them: at the first place from `from` where the
    /// union matches, then on from its end.
    fn next_match(
        &self,
        cache: &mut hybrid::dfa::Cache,
        text: &str,
        mut from: usize,
    ) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        while from < bytes.len() {
            let at = self.next_place(text, from)?;
            if let Some(end) = self.match_at(cache, bytes, at) {
                return Some((at, end));
            }
            from = at + 1;
        }
        None
    }
}

/// What one pattern's search needs, kept from sentence to sentence.
struct Slot {
    cache: backtrack::Cache,
    long: Option<pikevm::Cache>,
    groups: captures::Captures,
}

impl Slot {
    fn new(p: &Pattern) -> Slot {
        Slot {
            cache: p.re.create_cache(),
            long: None,
            groups: p.re.create_captures(),
        }
    }

    /// Searches `p` anchored at the start of `input`'s span.
    fn search(&mut self, p: &Pattern, input: &Input<'_>) {
        if p.re.try_search(&mut self.cache, input, &mut self.groups).is_err() {
            let cache = self.long.get_or_insert_with(|| p.long.create_cache());
            p.long.search(cache, input, &mut self.groups);
        }
    }
}

/// What [`scan`] keeps from sentence to sentence on a thread: the caches of
/// the finder's lazy DFAs, one [`Slot`] a pattern, each made when first
/// needed, and two short lists.
#[derive(Default)]
struct Scratch {
    union: Option<hybrid::dfa::Cache>,
    set: Option<hybrid::dfa::Cache>,
    slots: Vec<Option<Slot>>,
    /// The patterns that match at a place, each with the end of its
    /// longest match there, in pattern order.
    which: Vec<(usize, usize)>,
    /// Where each pattern's last match in a candidate ends.
    taken: Vec<(usize, usize)>,
}

thread_local! {
    /// [`scan`] borrows it for its search, in place (moving it out and
    /// back cost a copy of the caches a sentence); a scan inside a scan
    /// starts its own.
    static SCRATCH: std::cell::RefCell<Scratch> = const {
        std::cell::RefCell::new(Scratch {
            union: None,
            set: None,
            slots: Vec::new(),
            which: Vec::new(),
            taken: Vec::new(),
        })
    };
}

/// How far past a candidate's first match the patterns may reach.
const WINDOW: usize = 64;

/// "for the year", "the full year": the year a business story reports on.
pub(super) const REPORTED_YEAR: TimeExpr = TimeExpr::Reported {
    unit: Unit::Year,
    years_back: 0,
    n: None,
    year: None,
    latest: false,
};

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let part = r"(?:\b(?i:(early[\s-]+|mid[\s-]+|late[\s-]+|end-|start-|the\s+(?:beginning|start|middle|end)\s+of\s+)))?";
    let approx =
        r"(?:\b(?i:(around|about|circa|c\.|approximately|roughly))\s+)?";
    vec![
        // March 20, 2019 / March 14 / Mar. 20 / last Oct. 3
        pat(
            &format!(
                r"(?:\b(?i:(last|next))\s+)?{approx}(?:\b{WEEKDAY},?\s+)?\b{MON}\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{YEAR}\b)?"
            ),
            |c| {
                let shift = c.get(1).map(|w| {
                    if w.as_str().eq_ignore_ascii_case("last") {
                        -1
                    } else {
                        1
                    }
                });
                calendar(
                    c.get(5).and_then(|y| y.as_str().parse().ok()),
                    month(&c[3]),
                    Some(c[4].parse().ok()?),
                    shift,
                    None,
                    c.get(2).is_some(),
                )
            },
        ),
        // 20 March 2019 / 14 March / Monday 10 July
        pat(
            &format!(
                r"(?:\b{WEEKDAY},?\s+)?{approx}\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MON_END}(?:,?\s+{YEAR}\b)?"
            ),
            |c| month_day(c, 3, 2),
        ),
        // on the 15th, by the 3rd (of July), on Friday the 10th, on
        // Tuesday 7th: a day of the month the story is at; the cue and what
        // follows are checked in `plausible`
        pat(
            &format!(
                r"(?:\b{WEEKDAY},?\s+(?i:the\s+)?|\b(?i:the)\s+)(\d{{1,2}})(?:st|nd|rd|th)\b(?:\s+of\s+{MON}(?:,?\s+{YEAR}\b)?|\s+(?i:of\s+(this|next|last)\s+month)\b)?"
            ),
            |c| {
                // "the 3rd of next month": a day of the DCT's month moved.
                let shift = c.get(4).map(|w| match w.as_str() {
                    w if w.eq_ignore_ascii_case("next") => 1,
                    w if w.eq_ignore_ascii_case("last") => -1,
                    _ => 0,
                });
                calendar(
                    c.get(3).and_then(|y| y.as_str().parse().ok()),
                    c.get(2).and_then(|m| month(m.as_str())),
                    Some(c[1].parse().ok()?),
                    shift,
                    None,
                    false,
                )
                .filter(|_| {
                    (1..=31).contains(&c[1].parse::<u32>().unwrap_or(0))
                })
            },
        ),
        // (early) July 2017, December of 2016
        pat(&format!(r"{part}{approx}\b{MON},?\s+(?:of\s+)?{YEAR}\b"), |c| {
            calendar(
                c[4].parse().ok(),
                month(&c[3]),
                None,
                None,
                c.get(1).map(|m| part_of(m.as_str())),
                c.get(2).is_some(),
            )
        }),
        // NEW YORK, MARCH 2 - : wire datelines and headlines in capitals
        pat(
            &format!(
                r"\b(JAN(?:UARY|\.)?|FEB(?:RUARY|\.)?|MAR(?:CH|\.)?|APR(?:IL|\.)?|MAY|JUNE?|JULY?|AUG(?:UST|\.)?|SEPT?(?:EMBER|\.)?|OCT(?:OBER|\.)?|NOV(?:EMBER|\.)?|DEC(?:EMBER|\.)?) (\d{{1,2}})\b(?:,?\s+{YEAR}\b)?"
            ),
            |c| {
                calendar(
                    c.get(3).and_then(|y| y.as_str().parse().ok()),
                    month(&c[1]),
                    Some(c[2].parse().ok()?),
                    None,
                    None,
                    false,
                )
            },
        ),
        // 2019-03-20, 2019/03/20, 2019-03-20T10:32:00Z, "2019-03-20 10:32
        // UTC" (the clock time as written; the zone is not converted)
        pat(
            r"\b(\d{4})[-/](\d\d)[-/](\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d(?::?\d\d)?|\s(?:UTC|GMT))?)?\b",
            |c| {
                let date = numeric_date(c, 1, 2, 3)?;
                let (Some(h), Some(m)) = (c.get(4), c.get(5)) else {
                    return Some(date);
                };
                let (hour, minute): (u32, u32) =
                    (h.as_str().parse().ok()?, m.as_str().parse().ok()?);
                if hour > 24 || minute > 59 {
                    return Some(date);
                }
                Some((
                    TimexType::Time,
                    TimeExpr::ClockOn { hour, minute, day: Box::new(date.1) },
                ))
            },
        ),
        // April One, March Nine, May Twenty-Two, "payable April one":
        // wire style for days ("in May one analyst" is checked in
        // `plausible`)
        pat(
            &format!(
                r"\b{MON}\s+((?i:(?:Twenty-)?(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine)|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Thirty-One))\b(?:,?\s+{YEAR}\b)?"
            ),
            |c| {
                let day: i32 = c[2].split('-').map(small_number).sum();
                calendar(
                    c.get(3).and_then(|y| y.as_str().parse().ok()),
                    month(&c[1]),
                    Some(
                        u32::try_from(day)
                            .ok()
                            .filter(|d| (1..=31).contains(d))?,
                    ),
                    None,
                    None,
                    false,
                )
            },
        ),
        // 12-Jul-2017, 3-March-2016: tables and filings
        pat(&format!(r"\b(\d{{1,2}})-{MON}-{YEAR}\b"), |c| {
            calendar(
                c[3].parse().ok(),
                month(&c[2]),
                Some(c[1].parse().ok()?),
                None,
                None,
                false,
            )
        }),
        // 11.03.2014: dotted dates are day first, as in Europe
        pat(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b", |c| {
            numeric_date(c, 3, 2, 1)
        }),
        // 7/5/2017 (US order: month first; "25/12/2016" can only be day
        // first, and makes its document's other slashed dates so: see
        // `slashes_day_first`)
        pat(SLASHED_DATE, |c| {
            numeric_date(c, 3, 1, 2).or_else(|| numeric_date(c, 3, 2, 1))
        }),
        // January, December's figures: full month names stand alone
        // ("May" only where a determiner or a cue makes it a month: see
        // the filter)
        pat(
            r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b",
            |c| calendar(None, month(&c[1]), None, None, None, false),
        ),
        // last December, early June, in May, end-May (month alone needs a
        // cue)
        pat(
            &format!(
                r"(?:\b(?i:(last|this|next|early|late|mid|earlier|later) in)\s+|\b(?i:(last|this|next|early|late|mid))[\s-]+|\b(?i:(end))-|\b(?i:in|since|during|until|till|from|through|by|of|before|after)\s+)(?:(?i:(early|late|mid|end))[\s-]+)?{MON}\b"
            ),
            |c| {
                let cue = c
                    .get(1)
                    .or(c.get(2))
                    .or(c.get(3))
                    .map(|m| m.as_str().to_ascii_lowercase());
                let (shift, p) = match cue.as_deref() {
                    Some("last") => (Some(-1), None),
                    Some("this") => (Some(0), None),
                    Some("next") => (Some(1), None),
                    Some(w) => (None, Some(part_of(w))),
                    None => (None, None),
                };
                // "in mid-March", "by end-May".
                let p = p.or(c.get(4).map(|m| part_of(m.as_str())));
                calendar(None, month(&c[5]), None, shift, p, false)
            },
        ),
        // the first quarter of this year, the second half of last year,
        // the fourth quarter last year
        pat(
            r"(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|latter|last)[\s-]+(quarter|half)\s+(?:of\s+)?(this|last|next)\s+year\b",
            |c| period(&c[1], &c[2], None, shift_word(Some(&c[3]))),
        ),
        // Q3 2017, the third quarter (of 2017), second half, fiscal 2018 is a year
        pat(
            &format!(
                r"\b(?:(?i:the)\s+)?(?:(?i:(last|this|next))\s+)?(?i:(first|second|third|fourth|1st|2nd|3rd|4th|final|latter))[\s-]+(?:(?i:fiscal)\s+)?(?i:(quarter|half))(?i:s)?(?:\s+(?:of\s+)?(?:(?i:fiscal)\s+)?{YEAR}|\s+(?i:of\s+the)\s+(?:{YEAR})\s+(?i:(?:fiscal|financial)\s+)?(?i:year)|\s+(?i:of\s+the\s+(?:(?:fiscal|financial|calendar)\s+)?year))?\b|\b(?i:the\s+(last|first|final|latter|closing)\s+(half|quarter|two\s+quarters)\s+of\s+)(?:{YEAR}|(?i:the\s+year))\b"
            ),
            |c| {
                // "the last half of 2016", "the first two quarters of 2018",
                // "the final quarter of 2016", "the last quarter of the
                // year".
                if let Some(w) = c.get(6) {
                    let first = w.as_str().eq_ignore_ascii_case("first");
                    let quarter = c.get(7).is_some_and(|p| {
                        p.as_str().eq_ignore_ascii_case("quarter")
                    });
                    let (precision, n) = match (quarter, first) {
                        (true, true) => (Precision::Quarter, 1),
                        (true, false) => (Precision::Quarter, 4),
                        (false, true) => (Precision::Half, 1),
                        (false, false) => (Precision::Half, 2),
                    };
                    return Some((
                        TimexType::Date,
                        TimeExpr::Period {
                            precision,
                            n,
                            year: c
                                .get(8)
                                .and_then(|y| y.as_str().parse().ok()),
                            shift: None,
                        },
                    ));
                }
                // "the first half of the 1987 fiscal year".
                period(
                    &c[2],
                    &c[3],
                    c.get(4)
                        .or(c.get(5))
                        .and_then(|y| y.as_str().parse().ok()),
                    shift_word(c.get(1).map(|m| m.as_str())),
                )
            },
        ),
        // the July-September quarter, the October/December period, the
        // October-to-December quarter, the January to June 1987 period: a
        // calendar quarter or half named
        // by its months (other spans of months are left to the months)
        pat(
            &format!(
                r"(?:\b(?i:the)\s+)?\b{MON}(?:\s*[-/–]\s*|\s+(?i:to|through)\s+|-(?i:to|through)-){MON}(?:\s+{YEAR})?\s+(?i:quarter|period|half)\b"
            ),
            |c| {
                let (a, b) = (month(&c[1])?, month(&c[2])?);
                let (precision, n) = match (a, b) {
                    (1, 3) | (4, 6) | (7, 9) | (10, 12) => {
                        (Precision::Quarter, b / 3)
                    }
                    (1, 6) | (7, 12) => (Precision::Half, b / 6),
                    _ => return None,
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Period {
                        precision,
                        n,
                        year: c.get(3).and_then(|y| y.as_str().parse().ok()),
                        shift: None,
                    },
                ))
            },
        ),
        // the 1988 second quarter, this year's third quarter, fiscal
        // 1989's fourth quarter, "fiscal 2024 first-quarter results"
        pat(
            &format!(
                r"(?i)\b(?:the\s+)?(?:(?:fiscal\s+)?{YEAR}(?:'s)?|(last|this|next)\s+year's)\s+(?:fiscal\s+)?(first|second|third|fourth)[\s-]+quarter\b"
            ),
            |c| {
                let n = ordinal(&c[3])?;
                let (year, shift) = match c.get(1) {
                    Some(y) => (y.as_str().parse().ok(), None),
                    None => (None, shift_word(c.get(2).map(|m| m.as_str()))),
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Period {
                        precision: Precision::Quarter,
                        n,
                        year,
                        shift,
                    },
                ))
            },
        ),
        // the first 1987 quarter, the second 1986 half: the ordinal before
        // the year
        pat(
            &format!(
                r"(?i)\b(?:the\s+)?(first|second|third|fourth)\s+(?:fiscal\s+)?{YEAR}\s+(quarter|half)\b"
            ),
            |c| period(&c[1], &c[3], c[2].parse().ok(), None),
        ),
        pat(
            &format!(
                r"\b([QH])([1-4])(?:\s*(?:FY\s?)?(?:{YEAR}\b|'?(\d\d)\b))?"
            ),
            |c| {
                let n: u32 = c[2].parse().ok()?;
                let precision = if &c[1] == "H" {
                    Precision::Half
                } else {
                    Precision::Quarter
                };
                if precision == Precision::Half && n > 2 {
                    return None;
                }
                let year = match (c.get(3), c.get(4)) {
                    (Some(y), _) => y.as_str().parse().ok(),
                    (None, Some(y)) => Some(two_digit_year(y.as_str())?),
                    _ => None,
                };
                // "H1" alone is a visa or a gas; "Q3" alone needs a cue (see
                // `plausible`).
                if year.is_none() && precision == Precision::Half {
                    return None;
                }
                Some((
                    TimexType::Date,
                    TimeExpr::Period { precision, n, year, shift: None },
                ))
            },
        ),
        // 2Q 2018, 3Q17, 1H18: the count first, as brokers write it
        pat(&format!(r"\b([1-4])([QH])\s?(?:{YEAR}|'(\d\d)|(\d\d))\b"), |c| {
            let n: u32 = c[1].parse().ok()?;
            let precision = if &c[2] == "H" {
                if n > 2 {
                    return None;
                }
                Precision::Half
            } else {
                Precision::Quarter
            };
            let year = match (c.get(3), c.get(4).or(c.get(5))) {
                (Some(y), _) => y.as_str().parse().ok()?,
                (None, Some(y)) => two_digit_year(y.as_str())?,
                _ => return None,
            };
            Some((
                TimexType::Date,
                TimeExpr::Period {
                    precision,
                    n,
                    year: Some(year),
                    shift: None,
                },
            ))
        }),
        // "that December", "the following January", "the previous
        // March": a month of the narrative's time ("the following January
        // 5" is a day: see the patterns of days).
        pat(
            &format!(
                r"\b(?i:(that|that\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+{MON}\b(\s*\d)?"
            ),
            |c| {
                if c.get(3).is_some() {
                    return None;
                }
                let by = match cue_words(&c[1]).as_str() {
                    "that" | "that same" => 0,
                    "the following" | "the next" => 1,
                    _ => -1,
                };
                // ("that May would win": a name.)
                if by == 0 && &c[2] == "May" {
                    return None;
                }
                Some((
                    TimexType::Date,
                    TimeExpr::MonthOf { month: month(&c[2])?, by },
                ))
            },
        ),
        // summer 2017, this summer, last winter, the autumn of last year,
        // spring next year
        pat(
            &format!(
                r"\b(?:(?i:(last|this|next|early|late|the|this\s+past|this\s+coming|that|that\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+)?(?i:(spring|summer|autumn|fall|winter))\b(?:\s+(?:of\s+)?{YEAR}\b|\s+(?i:of\s+)?(?i:(this|last|next)\s+year)\b)?"
            ),
            |c| {
                // A season alone ("spring") needs a word before it: see
                // the filter.
                let season = c[2].to_ascii_lowercase();
                let n = season_number(&season);
                let cue = c.get(1).map(|m| cue_words(m.as_str()));
                // "a dry autumn last year", "the spring of next year":
                // that year's season ("will fall next year" is a verb).
                if let Some(w) = c.get(4) {
                    if season == "fall" && cue.is_none() {
                        return None;
                    }
                    return Some((
                        TimexType::Date,
                        TimeExpr::Period {
                            precision: Precision::Season,
                            n,
                            year: None,
                            shift: shift_word(Some(w.as_str())),
                        },
                    ));
                }
                // "that summer", "the following spring": a season of the
                // narrative's time.
                if c.get(3).is_none() {
                    let by = match cue.as_deref() {
                        Some("that" | "that same") => Some(0),
                        Some("the following" | "the next") => Some(1),
                        Some("the previous" | "the preceding") => Some(-1),
                        _ => None,
                    };
                    if let Some(by) = by {
                        return Some((
                            TimexType::Date,
                            TimeExpr::SeasonOf { n, by },
                        ));
                    }
                }
                Some((
                    TimexType::Date,
                    TimeExpr::Period {
                        precision: Precision::Season,
                        n,
                        year: c.get(3).and_then(|y| y.as_str().parse().ok()),
                        shift: match cue.as_deref() {
                            Some("last") => Some(-1),
                            Some("this") => Some(0),
                            Some("next") => Some(1),
                            _ => None,
                        },
                    },
                ))
            },
        ),
        // the 1990s, the early 2000s, mid-1980s, the 1990’s
        pat(
            r"\b(?:(?i:the\s+(first|second|latter|last)\s+half\s+of)\s+)?(?:(?i:the)\s+)?(?:(?i:(early|mid|late))[\s-]+)?((?:1[6-9]|20)\d0)['’]?s\b",
            |c| {
                let start: i32 = c[3].parse().ok()?;
                // "the first half of the 1990s": its early part.
                let half = c.get(1).map(|h| {
                    if h.as_str().eq_ignore_ascii_case("first") {
                        Part::Early
                    } else {
                        Part::Late
                    }
                });
                // "the 1800s" is the century; "the 2000s" the decade, as
                // it is mostly meant.
                let precision = if start % 100 == 0 && start < 2000 {
                    Precision::Century
                } else {
                    Precision::Decade
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Decade {
                        start,
                        precision,
                        part: half.or(c.get(2).map(|m| part_of(m.as_str()))),
                    },
                ))
            },
        ),
        // the '90s, the mid-'80s; "the 80s", "the 30's", "the late 90s",
        // "the 1930s and 40s" (without the apostrophe only after "the" or another
        // decade: "in their 40s" is an age; see the filter)
        pat(
            r"(?:\b(?i:the)\s+)?(?:\b(?i:(early|mid|late))[\s-]+)?(?:['’]([0-9])|\b([1-9]))0(?:['’])?s\b",
            |c| {
                let d: i32 = c.get(2).or(c.get(3))?.as_str().parse().ok()?;
                // '00s to '20s are this century, the rest the last.
                let start = if d <= 2 { 2000 + 10 * d } else { 1900 + 10 * d };
                Some((
                    TimexType::Date,
                    TimeExpr::Decade {
                        start,
                        precision: Precision::Decade,
                        part: c.get(1).map(|m| part_of(m.as_str())),
                    },
                ))
            },
        ),
        // the 20th century, the 11th-century temple, the eighth century
        pat(
            r"\b(?:(?i:the)\s+)?(?:(?i:(early|mid|late))[\s-]+)?(?:([1-9]|1\d|2[01])(?:st|nd|rd|th)|(?i:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)))[\s-]+(?i:century)\b(\s+(?:BC|B\.C\.|BCE)\b)?(\s+of\b)?",
            |c| {
                // ("the fifth century BC" is no century of the calendar,
                // "Twentieth Century Fox" a name.)
                let titled = c.get(3).is_some_and(|w| {
                    w.as_str().starts_with(|c: char| c.is_uppercase())
                }) && c[0].contains("Century");
                if c.get(4).is_some() || titled {
                    return None;
                }
                let n: i32 = match c.get(2) {
                    Some(d) => d.as_str().parse().ok()?,
                    None => century_ordinal(&c[3])?,
                };
                // Before the modern centuries, or in words, it counts
                // something else unless "the" or a hyphen makes it the
                // calendar's: "his 11th century" (a batsman's 100 runs);
                // "the first century of its history" is its own. (The
                // match takes the "of" so that it can turn it down.)
                // Nor does one set before a noun: "the fabled 11th century
                // temple" (not after "his" or "a": "her 11th century
                // innings").
                let whole = c.get(0)?;
                let noun_after = {
                    let after = c.hay[whole.end..].trim_start();
                    let next = after
                        .split(|ch: char| !ch.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("");
                    next.starts_with(|ch: char| ch.is_ascii_lowercase())
                        && after.starts_with(next)
                        && !matches!(
                            next,
                            "of" | "for"
                                | "in"
                                | "against"
                                | "at"
                                | "on"
                                | "and"
                                | "or"
                                | "this"
                                | "last"
                                | "was"
                                | "is"
                                | "to"
                                | "with"
                                | "since"
                                | "as"
                                | "off"
                                | "from"
                                | "when"
                                | "innings"
                                | "stand"
                                | "partnership"
                        )
                        && !matches!(
                            crate::text::last_word(&c.hay[..whole.start()])
                                .as_str(),
                            "his"
                                | "her"
                                | "their"
                                | "its"
                                | "a"
                                | "an"
                                | "my"
                                | "your"
                                | "our"
                                | "first"
                                | "maiden"
                        )
                };
                let calendar = c[0].starts_with(['t', 'T'])
                    || c[0].contains("-century")
                    || c[0].contains("-Century")
                    || noun_after;
                let modern = (15..=21).contains(&n) && c.get(2).is_some();
                if c.get(5).is_some() || !modern && !calendar {
                    return None;
                }
                Some((
                    TimexType::Date,
                    TimeExpr::Decade {
                        start: (n - 1) * 100,
                        precision: Precision::Century,
                        part: c.get(1).map(|m| part_of(m.as_str())),
                    },
                ))
            },
        ),
        // FY18, FY 18: a fiscal year by its last two digits
        pat(r"\bFY\s?'?(\d\d)\b", |c| {
            calendar(
                Some(two_digit_year(&c[1])?),
                None,
                None,
                None,
                None,
                false,
            )
        }),
        // early 2018, mid-2016, around 1998, fiscal 2018, 2004; by 2100
        // (a year of the next century needs the cue `plausible` checks)
        pat(
            &format!(
                r"{part}{approx}(?:\b(?i:fiscal(?:\s+year)?)\s+|\bFY\s?|\b)((?:1[6-9]|20|21)\d\d)\b"
            ),
            |c| {
                calendar(
                    c[3].parse().ok(),
                    None,
                    None,
                    None,
                    c.get(1).map(|m| part_of(m.as_str())),
                    c.get(2).is_some(),
                )
            },
        ),
        // in '98, the class of '69: a year cut to two digits after an
        // apostrophe; the cue before it is checked in `plausible`
        pat(r"['’](\d\d)\b", |c| {
            let yy: i32 = c[1].parse().ok()?;
            let year = if yy < 40 { 2000 + yy } else { 1900 + yy };
            calendar(Some(year), None, None, None, None, false)
        }),
        // "Weeks later, it closed": some units on from the narrative's
        // time; "just months ago": some units back from the DCT
        pat(
            r"(?i)\b(days|weeks|months|years|decades)\s+(later|earlier|afterwards?|ago)\b",
            |c| {
                let some = amount("some")?;
                let (unit, amount) = unit_amount(&c[1], some)?;
                let word = c[2].to_ascii_lowercase();
                let direction = if matches!(word.as_str(), "earlier" | "ago") {
                    Direction::Before
                } else {
                    Direction::After
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Offset {
                        amount,
                        unit,
                        direction,
                        narrative: word != "ago",
                    },
                ))
            },
        ),
        // two weeks ago, a few days later, several years earlier
        pat(
            &format!(
                r"(?i)\b(?:(?:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|just|only|at\s+least)\s+)?{NUM}\s+(?:and\s+a\s+half\s+)?(?:(?:trading|business|working)\s+)?{UNIT}(?:\s+and\s+(?:a\s+)?half)?(\s+or\s+so)?\s+(ago|back|later|earlier|before|after|afterwards?|previously|hence|from now|from today)\b"
            ),
            |c| {
                let amount = amount(&c[1])?;
                let (unit, amount) = unit_amount(&c[2], amount)?;
                // "two and a half years ago": thirty months.
                let (unit, mut amount) =
                    halved(&c[0], unit, &amount).unwrap_or((unit, amount));
                // "a month or so ago".
                amount.fuzzy |= c.get(3).is_some();
                let w = c[4].to_ascii_lowercase();
                let (direction, narrative) = match w.as_str() {
                    "ago" | "back" | "previously" => {
                        (Direction::Before, false)
                    }
                    "hence" | "from now" | "from today" => {
                        (Direction::After, false)
                    }
                    "earlier" | "before" => (Direction::Before, true),
                    _ => (Direction::After, true),
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Offset { amount, unit, direction, narrative },
                ))
            },
        ),
        // the past week, over the last three months, in recent years
        pat(
            &format!(r"(?i)\bthe\s+(?:past|last)\s+(?:{NUM}\s+)?{UNIT}\b"),
            |c| {
                // "the past year" names the year before; "the past three
                // years" is a length of time.
                // "the last few months" is some time before now.
                // "over the past decade" is the ten years up to now, not
                // the calendar decade before ("the last decade").
                // "the past century" likewise, and "the past fortnight"
                // is two weeks, no calendar unit.
                let whole = c[0].to_ascii_lowercase();
                let word = c[2].to_ascii_lowercase();
                if c.get(1).is_none() && whole.contains("past") {
                    let years = match word.as_str() {
                        "decade" => Some(10),
                        "century" => Some(100),
                        _ => None,
                    };
                    if let Some(n) = years {
                        return Some((
                            TimexType::Duration,
                            TimeExpr::Duration(format!("P{n}Y")),
                        ));
                    }
                }
                let (amount, kind) = match c.get(1) {
                    // "the past 6-1/2 years": a length (the duration
                    // pattern has it).
                    Some(m) if m.as_str().ends_with("1/2") => return None,
                    Some(m) => {
                        let a = amount(m.as_str())?;
                        let kind = if a.fuzzy && a.lo != a.hi {
                            TimexType::Date
                        } else {
                            TimexType::Duration
                        };
                        (a, kind)
                    }
                    None => (
                        Amount { lo: 1, hi: 1, fuzzy: false },
                        TimexType::Date,
                    ),
                };
                let (unit, amount) = unit_amount(&word, amount)?;
                let kind = if word.starts_with("fortnight") {
                    TimexType::Duration
                } else {
                    kind
                };
                Some((kind, TimeExpr::Past { amount, unit }))
            },
        ),
        // "in the past hour", "the last hour": a length of clock time up to
        // now ("at the last minute" is an idiom).
        pat(r"(?i)\bthe\s+(?:past\s+(hour|minute)|last\s+(hour))\b", |c| {
            let word = c.get(1).or(c.get(2))?.as_str();
            let unit =
                if word.eq_ignore_ascii_case("hour") { 'H' } else { 'M' };
            Some((
                TimexType::Duration,
                TimeExpr::Duration(format!("PT1{unit}")),
            ))
        }),
        pat(r"(?i)\brecent\s+(days|weeks|months|years|decades)\b", |c| {
            let u = unit(&c[1])?;
            // "in recent years": some time before now, as TimeML has it;
            // "recent weeks" stays a length of time.
            if matches!(u, Unit::Year | Unit::Decade) {
                return Some((TimexType::Date, TimeExpr::PastRef));
            }
            Some((
                TimexType::Duration,
                TimeExpr::Duration(format!("PX{}", u.letter())),
            ))
        }),
        pat(r"(?i)\b(?:recently|lately|in\s+the\s+past)\b", |_| {
            Some((TimexType::Date, TimeExpr::PastRef))
        }),
        pat(
            r"(?i)\b(?:currently|nowadays|at\s+present|now|these\s+days|at\s+the\s+moment|(then[\s-]+)?current)\b",
            |c| {
                // "the then-current price" was current in the past.
                if c.get(1).is_some() {
                    return Some((TimexType::Date, TimeExpr::PastRef));
                }
                Some((TimexType::Date, TimeExpr::PresentRef))
            },
        ),
        pat(
            r"(?i)\b(?:the\s+(?:near\s+|distant\s+)?future|(?:the\s+)?(?:coming|future)\s+quarters|(?:the\s+)?future\s+(?:days|weeks|months|years)|the\s+(?:near|short)\s+term)\b|(?:'s|’s)\s+(future)\b",
            |_| Some((TimexType::Date, TimeExpr::FutureRef)),
        ),
        // "today is the fifth day of the strike", "it's the third day
        // of the offensive": the day the story is written.
        pat(
            r"(?i)\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day\b",
            |_| {
                Some((
                    TimexType::Date,
                    TimeExpr::Today { by: 0, daypart: None },
                ))
            },
        ),
        // "it was a proud day for the club": the day the story is at.
        pat(
            r"(?i)\ba\s+(?:great|historic|sad|big|proud|good|bad|dark|momentous|special|black|tragic|happy|glorious|memorable)\s+day\b",
            |_| {
                Some((
                    TimexType::Date,
                    TimeExpr::Shift {
                        unit: Unit::Day,
                        by: 0,
                        narrative: true,
                        part: None,
                    },
                ))
            },
        ),
        // "the years that followed", "in the weeks ahead", "the coming
        // months": a stretch of unknown length after the narrative's time
        // or from now.
        pat(
            r"(?i)\bthe\s+(days|weeks|months|years)\s+(?:that\s+followed|ahead(\s+of\b)?)|\b(?:the\s+)?coming\s+(days|weeks|months|years)\b",
            |c| {
                // ("In the weeks ahead of the vote" are before it.)
                if c.get(2).is_some() {
                    return None;
                }
                let units = c.get(1).or(c.get(3))?.as_str();
                let letter = match units.to_ascii_lowercase().as_str() {
                    "days" => "D",
                    "weeks" => "W",
                    "months" => "M",
                    _ => "Y",
                };
                Some((
                    TimexType::Duration,
                    TimeExpr::Duration(format!("PX{letter}")),
                ))
            },
        ),
        // "3 hours ago", "minutes ago": a time of the DCT's day (or of a
        // day before it, for 36 hours), told no finer than the day.
        pat(&format!(r"(?i)\b(?:{NUM}\s+)?(hours?|minutes?)\s+ago\b"), |c| {
            let n = c
                .get(1)
                .map_or(Some(0), |m| amount(m.as_str()).map(|a| a.hi))?;
            let per_day =
                if c[2].starts_with(['h', 'H']) { 24 } else { 24 * 60 };
            let by = -i32::try_from(n / per_day).ok()?;
            Some((TimexType::Date, TimeExpr::Today { by, daypart: None }))
        }),
        // "the year ahead", "the week ahead": the stretch of one unit
        // from now, as "the coming year" ("the year ahead of the vote" is
        // before it).
        pat(r"(?i)\bthe\s+(week|month|year)\s+ahead\b(\s+of\b)?", |c| {
            if c.get(2).is_some() {
                return None;
            }
            Some((
                TimexType::Date,
                TimeExpr::Coming { unit: unit(&c[1])?, part: None },
            ))
        }),
        // today, yesterday morning, tonight, this evening, last night
        // ("midnight yesterday" is a clock time: the end of that day)
        pat(
            r"(?i)\b(?:(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|this\s+(morning|afternoon|evening)|(last)\s+(night)|(?:early\s+|late\s+|mid-?)?(morning|afternoon|evening|\bnight)\s+(yesterday|today|tomorrow)|mid[\s-]?(morning|afternoon))\b",
            |c| {
                let word = c
                    .get(1)
                    .or(c.get(3))
                    .or(c.get(5))
                    .or(c.get(8))
                    .map(|m| m.as_str().to_ascii_lowercase());
                let by = match word.as_deref() {
                    Some("yesterday" | "last") => -1,
                    Some("tomorrow") => 1,
                    _ => 0,
                };
                let part = c
                    .get(2)
                    .or(c.get(4))
                    .or(c.get(6))
                    .or(c.get(7))
                    .or(c.get(9))
                    .map(|m| m.as_str())
                    .or(c.get(3).map(|_| "night"));
                let daypart = part.map(daypart_code);
                let kind = if daypart.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                Some((kind, TimeExpr::Today { by, daypart }))
            },
        ),
        // later that month, earlier this year, the following year, that
        // year, late last year, the previous fiscal year
        pat(
            r"(?i)\b(?:(early|earlier|late|later|mid)(?:\s+in)?[\s-]+)?(last|this|next|that|that same|the following|the next|the previous|the same|the prior|the current|the coming|the upcoming)(?:\s+(?:fiscal|financial|calendar))?\s+(day|week|month|quarter|year|decade|century)\b",
            |c| {
                let unit = unit(&c[3])?;
                let w = c[2].to_ascii_lowercase();
                let (by, narrative) = match w.as_str() {
                    "last" => (-1, false),
                    "this" | "the current" => (0, false),
                    "next" | "the coming" | "the upcoming" => (1, false),
                    "that" | "that same" | "the same" => (0, true),
                    "the previous" | "the prior" => (-1, true),
                    _ => (1, true),
                };
                // "next day they rang back": the narrative's next day.
                let narrative =
                    narrative || (unit == Unit::Day && w == "next");
                if unit == Unit::Day && !narrative {
                    return None;
                }
                let part = c.get(1).map(|m| part_of(m.as_str()));
                // "the coming year": the stretch ahead, named by the
                // calendar unit it falls in.
                // ("The coming fiscal year" is the next one: a fiscal year
                // under way is "this fiscal year".)
                if w.ends_with("coming")
                    && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
                    && !{
                        let whole = c[0].to_ascii_lowercase();
                        whole.contains("fiscal") || whole.contains("financial")
                    }
                {
                    return Some((
                        TimexType::Date,
                        TimeExpr::Coming { unit, part },
                    ));
                }
                Some((
                    TimexType::Date,
                    TimeExpr::Shift { unit, by, narrative, part },
                ))
            },
        ),
        // "revenue in the latest fiscal year", "the just-ended financial
        // year": the last year over (the firm's, named by the calendar
        // year before the DCT's, as "last fiscal year" is).
        pat(
            r"(?i)\bthe\s+(?:latest|most\s+recent|just[\s-]ended|past)\s+(?:fiscal|financial)\s+year\b",
            |_| {
                Some((
                    TimexType::Date,
                    TimeExpr::Shift {
                        unit: Unit::Year,
                        by: -1,
                        narrative: false,
                        part: None,
                    },
                ))
            },
        ),
        // "year-to-date sales": this year, so far.
        pat(r"(?i)\byear-to[\s-]date\b", |_| Some(this_year(None))),
        // the week before last, the weekend before last, the year before
        // last: two back from the DCT
        pat(r"(?i)\bthe\s+(week|weekend|month|year)\s+before\s+last\b", |c| {
            if c[1].eq_ignore_ascii_case("weekend") {
                return Some((
                    TimexType::Date,
                    TimeExpr::Weekend { shift: Some(-2), narrative: false },
                ));
            }
            Some((
                TimexType::Date,
                TimeExpr::Shift {
                    unit: unit(&c[1])?,
                    by: -2,
                    narrative: false,
                    part: None,
                },
            ))
        }),
        // "The day before, it rose.", "the night before": the narrative's
        // day before or after (followed by an event, see `anchor`); "this time last
        // year": the DCT's month a year back or on.
        pat(
            r"(?i)\bthe\s+(day|week|month|year|morning|afternoon|evening|night)\s+(before|after)\b|\b(?:at\s+)?this\s+time\s+(last|next)\s+year\b",
            |c| {
                if let Some(w) = c.get(3) {
                    let direction = if w.as_str().eq_ignore_ascii_case("last")
                    {
                        Direction::Before
                    } else {
                        Direction::After
                    };
                    return Some((
                        TimexType::Date,
                        TimeExpr::Offset {
                            amount: Amount { lo: 12, hi: 12, fuzzy: false },
                            unit: Unit::Month,
                            direction,
                            narrative: false,
                        },
                    ));
                }
                let by =
                    if c[2].eq_ignore_ascii_case("before") { -1 } else { 1 };
                // ("The night before", "the morning after": the plain
                // day, as "the previous evening".)
                let unit = unit(&c[1]).unwrap_or(Unit::Day);
                Some((
                    TimexType::Date,
                    TimeExpr::Shift { unit, by, narrative: true, part: None },
                ))
            },
        ),
        // the next morning, next morning, the following evening, that
        // night, the previous evening: a day of the narrative, normalized
        // to the plain day like "Friday night"
        pat(
            r"(?i)\b(the\s+next|next|the\s+following|that|the\s+previous|the\s+preceding)\s+(?:morning|afternoon|evening|night)\b",
            |c| {
                let w = c[1].to_ascii_lowercase();
                let by = if w == "that" {
                    0
                } else if w.contains("previous") || w.contains("preceding") {
                    -1
                } else {
                    1
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Shift {
                        unit: Unit::Day,
                        by,
                        narrative: true,
                        part: None,
                    },
                ))
            },
        ),
        // the year ended June 30 (a length of time), for the year, the
        // full year, earlier in the year, the year 2000
        pat(
            &format!(
                r"(?i)\b(?:(earlier|later|early|late)\s+in\s+|for\s+|during\s+|throughout\s+)?the\s+(?:(full|fiscal|entire|whole)\s+)?year\b(?:\s+({YEAR}|two\s+thousand)\b|\s+(end(?:ed|ing))\b)?"
            ),
            |c| {
                if let Some(y) = c.get(3) {
                    let y = y.as_str().parse().unwrap_or(2000);
                    return calendar(Some(y), None, None, None, None, false);
                }
                if c.get(5).is_some() {
                    return Some((
                        TimexType::Duration,
                        TimeExpr::Duration("P1Y".into()),
                    ));
                }
                // "net loss for the year", "sales for the full year":
                // the year a business story reports on.
                let full = c
                    .get(2)
                    .is_some_and(|w| w.as_str().eq_ignore_ascii_case("full"));
                let prefix = c.get(0).map_or("", |m| m.as_str());
                let year_for = c.get(2).is_none()
                    && prefix
                        .get(..4)
                        .is_some_and(|p| p.eq_ignore_ascii_case("for "));
                if full || year_for {
                    return Some((TimexType::Date, REPORTED_YEAR));
                }
                let part = c.get(1).map(|m| part_of(m.as_str()));
                // "the year" alone needs a cue: "for the year", "the full
                // year", "earlier in the year", or a stretch of it before
                // it ("the first nine months of the year", see
                // `plausible`).
                Some(this_year(part))
            },
        ),
        // "earlier in the week", "mid-week": a part of the story's week, the DCT's
        // (a story of last year's events still says it of its own week);
        // "later in the month": a part of the month the story has reached
        // ("30,000 tonnes on April 14 and more later in the month"). "Later
        // in the day" stays untagged, as TimeML annotators leave it.
        pat(
            r"(?i)\b(earlier|later|early|late)\s+in\s+the\s+(week|month)\b|\bmid-?(week)\b",
            |c| {
                // "mid-week": the middle of the DCT's week.
                let (unit, part) = match c.get(3) {
                    Some(_) => (Unit::Week, Part::Mid),
                    None => (unit(&c[2])?, part_of(&c[1])),
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Shift {
                        unit,
                        by: 0,
                        narrative: unit == Unit::Month,
                        part: Some(part),
                    },
                ))
            },
        ),
        // the end of the month, the beginning of next year, the middle of
        // that week
        pat(
            r"(?i)\bthe\s+(beginning|start|middle|end)\s+of\s+(the|this|next|last|that|the\s+last|the\s+following|the\s+previous)\s+(week|month|quarter|year|decade|century)\b",
            |c| {
                let w = c[2].to_ascii_lowercase();
                let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
                let (by, narrative) = match w.as_str() {
                    "next" => (1, false),
                    "last" | "the last" => (-1, false),
                    "that" => (0, true),
                    "the following" => (1, true),
                    "the previous" => (-1, true),
                    _ => (0, false),
                };
                Some((
                    TimexType::Date,
                    TimeExpr::Shift {
                        unit: unit(&c[3])?,
                        by,
                        narrative,
                        part: Some(part_of(&c[1])),
                    },
                ))
            },
        ),
        // "the turn of the century", "since the turn of the year", "the
        // turn of the 20th century" (1900)
        pat(
            r"(?i)\bthe\s+turn\s+of\s+the\s+(?:(year|decade|century|millennium)|(?:(1\d|2[01])(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first))\s+century)\b",
            |c| {
                let every =
                    match c.get(1).map(|m| m.as_str().to_ascii_lowercase()) {
                        Some(w) if w == "year" => 1,
                        Some(w) if w == "decade" => 10,
                        Some(w) if w == "millennium" => 1000,
                        _ => 100,
                    };
                let n = match (c.get(2), c.get(3)) {
                    (Some(d), _) => d.as_str().parse().ok(),
                    (_, Some(w)) => century_ordinal(w.as_str()),
                    _ => None,
                };
                // "producing power by the turn of the century, the company
                // said": a deadline, the next turn whatever the verb.
                let whole = c.get(0)?;
                let by =
                    crate::text::last_word(c.hay[..whole.start()].trim_end())
                        == "by";
                Some((
                    TimexType::Date,
                    TimeExpr::Turn {
                        every,
                        at: n.map(|n: i32| (n - 1) * 100),
                        by,
                    },
                ))
            },
        ),
        // "the 1986 year-end", "year-end 1986": that year's last day.
        pat(
            r"(?i)\b((?:19|20)\d\d)\s+year[\s-]end\b|\byear[\s-]end,?\s+((?:19|20)\d\d)\b",
            |c| {
                let year = c.get(1).or(c.get(2))?.as_str().parse().ok()?;
                Some((
                    TimexType::Date,
                    TimeExpr::Holiday {
                        which: Holiday::Fixed(12, 31),
                        year: Some(year),
                    },
                ))
            },
        ),
        // year-end, year's end, the end of the year
        pat(
            r"(?i)\b(?:year(?:'s)?[\s-]end|the\s+end\s+of\s+the\s+year|(mid-?year))\b",
            |c| {
                // "by mid-year": the middle of this year.
                if c.get(1).is_some() {
                    return Some(this_year(Some(Part::Mid)));
                }
                // "by year-end": the last day, as a deadline.
                if c[0].eq_ignore_ascii_case("year-end") {
                    return Some((
                        TimexType::Date,
                        TimeExpr::Holiday {
                            which: Holiday::Fixed(12, 31),
                            year: None,
                        },
                    ));
                }
                Some(this_year(Some(Part::Late)))
            },
        ),
        // Friday, on Tuesday, last Friday, Wednesday night, Mondays
        pat(
            r"\b(?:(?i:(last|this|next|on|by|until|since|this\s+coming|this\s+past|the\s+previous|the\s+preceding|the\s+following))\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?(?:\s+(?i:(morning|afternoon|evening|night)(s)?))?\b",
            |c| {
                let day = weekday(&c[2])?;
                // "Mondays", "Tuesday nights": every such day (or part).
                if c.get(3).is_some() || c.get(5).is_some() {
                    let part =
                        c.get(5).and(c.get(4)).map_or(String::new(), |p| {
                            format!("T{}", daypart_code(p.as_str()))
                        });
                    return Some((
                        TimexType::Set,
                        TimeExpr::Set(format!("XXXX-WXX-{}{part}", day + 1)),
                    ));
                }
                let cue = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
                let narrative =
                    cue.as_deref().is_some_and(|w| w.starts_with("the"));
                let shift = match cue.as_deref() {
                    Some(w) if w.ends_with("coming") => Some(1),
                    Some(w) if w.ends_with("following") => Some(1),
                    Some(w) if w.ends_with("past") => Some(-1),
                    Some(w) if w.starts_with("the") => Some(-1),
                    w => shift_word(w),
                };
                // "Friday night" and "Friday morning" normalize to the plain
                // day, as news TimeML (TempEval-3) mostly annotates them: a
                // DATE. An afternoon or evening keeps its part of the day
                // (TIME `…TEV`), as there.
                let daypart = c
                    .get(4)
                    .map(|m| m.as_str().to_ascii_lowercase())
                    .filter(|p| matches!(p.as_str(), "afternoon" | "evening"))
                    .map(|p| daypart_code(&p));
                let kind = if daypart.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                Some((
                    kind,
                    TimeExpr::Weekday { day, shift, narrative, daypart },
                ))
            },
        ),
        // "That Friday", "on that same Monday": the day of the week the
        // story has reached ("said that Friday's talks" is a clause: see
        // the filter).
        pat(
            r"\b(?i:that(?:\s+same)?)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            |c| {
                Some((
                    TimexType::Date,
                    TimeExpr::Weekday {
                        day: weekday(&c[1])?,
                        shift: Some(0),
                        narrative: true,
                        daypart: None,
                    },
                ))
            },
        ),
        // the weekend, last weekend, this past weekend
        pat(
            r"(?i)\b(?:(the|this|last|next|that|that\s+same|this\s+past|this\s+coming|the\s+following|the\s+previous|the\s+preceding)\s+)weekend\b",
            |c| {
                let cue = cue_words(&c[1]);
                // "That weekend", "the following weekend": of the week the
                // story has reached.
                let (shift, narrative) = match cue.as_str() {
                    "last" => (Some(-1), false),
                    w if w.ends_with("past") => (Some(-1), false),
                    w if w.ends_with("coming") => (Some(1), false),
                    "next" => (Some(1), false),
                    "this" => (Some(0), false),
                    "that" | "that same" => (Some(0), true),
                    "the following" => (Some(1), true),
                    "the previous" | "the preceding" => (Some(-1), true),
                    _ => (None, false),
                };
                Some((TimexType::Date, TimeExpr::Weekend { shift, narrative }))
            },
        ),
        // December of last year, June this year, "the report of April,
        // last year"
        pat(
            &format!(
                r"(?:\b(?i:early|mid|late)[\s-]+|\b(?i:end)-)?\b{MON}(?:,\s+|\s+(?:of\s+)?)(?i:(last|this|next))\s+year\b"
            ),
            |c| {
                let by = match c[2].to_ascii_lowercase().as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                Some((
                    TimexType::Date,
                    TimeExpr::MonthOfYear { month: month(&c[1])?, by },
                ))
            },
        ),
        // the December quarter: the quarter that ends in that month
        pat(
            r"\b(?i:the)\s+(March|June|September|December)\s+quarter\b",
            |c| {
                Some((
                    TimexType::Date,
                    TimeExpr::Period {
                        precision: Precision::Quarter,
                        n: month(&c[1])? / 3,
                        year: None,
                        shift: None,
                    },
                ))
            },
        ),
        // the quarter, the latest quarter, the year-earlier quarter, the
        // comparable year-ago third quarter, the 1988 period, the quarter a
        // year ago, the corresponding period last year, the same year ago
        // period
        pat(
            &format!(
                r"(?i)\bthe\s+(?:(comparable|corresponding|same)\s+)?(?:(latest|most\s+recent|recent|just-ended|just\s+ended|year-earlier|year-ago|year\s+ago|year\s+earlier|prior-year|same|{YEAR})\s+)?(?:(first|second|third|fourth|fiscal|financial)[\s-]+)?(?:fiscal\s+)?(quarter|period)(?:\s+(a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year))?\b(?:\s+(?:of|in)\s+{YEAR}\b)?"
            ),
            |c| {
                let w = c.get(2).map(|m| cue_words(m.as_str()));
                // "the same quarter of 2003": the reported one, that year.
                let tail_year: Option<i32> =
                    c.get(7).and_then(|y| y.as_str().parse().ok());
                let n = c.get(4).and_then(|m| ordinal(m.as_str()));
                let back_tail = c.get(6).is_some();
                let back_word = matches!(
                    w.as_deref(),
                    Some(
                        "year-earlier"
                            | "year-ago"
                            | "year ago"
                            | "year earlier"
                            | "prior-year"
                            | "same"
                    )
                ) || (c.get(1).is_some() && w.is_none());
                // "the same period in 1985" may be nine months or a
                // season: that year; "the same quarter of 2003" the
                // reported quarter then.
                if let Some(y) = tail_year.filter(|_| {
                    c[5].eq_ignore_ascii_case("period") && c.get(4).is_none()
                }) {
                    return Some((TimexType::Date, TimeExpr::year(y)));
                }
                let year: Option<i32> =
                    w.as_deref().and_then(|w| w.parse().ok()).or(tail_year);
                // "the second fiscal quarter last year": that quarter of
                // the calendar year before the DCT's, not a year before
                // the quarter last reported (in March, Q2 of last year,
                // not of the year before).
                if let (Some(n), Some(tail)) = (n, c.get(6)) {
                    if tail.as_str().to_ascii_lowercase().contains("last")
                        && year.is_none()
                        && !back_word
                    {
                        return Some((
                            TimexType::Date,
                            TimeExpr::Period {
                                precision: Precision::Quarter,
                                n,
                                year: None,
                                shift: Some(-1),
                            },
                        ));
                    }
                }
                if n.is_some() && !back_tail && !back_word && year.is_none() {
                    return None; // "the third quarter" is a calendar quarter
                }
                if c[5].eq_ignore_ascii_case("period")
                    && w.is_none()
                    && !back_tail
                    && c.get(1).is_none()
                    && tail_year.is_none()
                {
                    return None;
                }
                let latest = matches!(
                    w.as_deref(),
                    Some(
                        "latest"
                            | "most recent"
                            | "recent"
                            | "just-ended"
                            | "just ended"
                    )
                );
                Some((
                    TimexType::Date,
                    TimeExpr::Reported {
                        unit: Unit::Quarter,
                        years_back: i32::from(back_tail || back_word),
                        n,
                        year,
                        latest,
                    },
                ))
            },
        ),
        // last year's quarter, last year's third period
        pat(
            r"(?i)\blast\s+year's\s+(?:(first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?(quarter|period)\b",
            |c| {
                Some((
                    TimexType::Date,
                    TimeExpr::Reported {
                        unit: Unit::Quarter,
                        years_back: 1,
                        n: c.get(1).and_then(|m| ordinal(m.as_str())),
                        year: None,
                        latest: false,
                    },
                ))
            },
        ),
        // year-earlier, year-ago (adjectives for the period a year back)
        pat(r"(?i)\byear-(?:earlier|ago)\b", |_| {
            Some((
                TimexType::Date,
                TimeExpr::Offset {
                    amount: Amount { lo: 1, hi: 1, fuzzy: false },
                    unit: Unit::Year,
                    direction: Direction::Before,
                    narrative: false,
                },
            ))
        }),
        // the nineties, the eighties
        pat(
            r"(?i)\bthe\s+(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
            |c| {
                let n = [
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties",
                ]
                .iter()
                .position(|w| c[2].eq_ignore_ascii_case(w))?
                    as i32;
                Some((
                    TimexType::Date,
                    TimeExpr::Decade {
                        start: 1920 + 10 * n,
                        precision: Precision::Decade,
                        part: c.get(1).map(|m| part_of(m.as_str())),
                    },
                ))
            },
        ),
        // "the first Monday in May", "the last Sunday of February 2005":
        // a weekday of a month by its rank, as holidays are reckoned.
        pat(
            &format!(
                r"\b(?:(?i:the)\s+)?(?i:(first|second|third|fourth|last|1st|2nd|3rd|4th))\s+({WEEKDAY})\s+(?i:in|of)\s+{MON}(?:,?\s+{YEAR})?\b"
            ),
            |c| {
                let n = match c[1].to_ascii_lowercase().as_str() {
                    "last" => -1,
                    w => ordinal(w)? as i32,
                };
                let day = weekday(c[2].trim_end_matches('.'))
                    .or_else(|| written_weekday(&c[2]))?;
                Some((
                    TimexType::Date,
                    TimeExpr::Holiday {
                        which: Holiday::NthWeekday(month(&c[3])?, day, n),
                        year: c.get(4).and_then(|y| y.as_str().parse().ok()),
                    },
                ))
            },
        ),
        // fixed and weekday-rule holidays
        pat(
            r"\b(New\s+Year's\s+(?:Day|Eve)|New\s+Year\b|Christmas(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine's\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Boxing\s+Day|Election\s+Day|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Holy\s+Saturday|Shrove\s+Tuesday|Mardi\s+Gras|Ascension\s+Day|Whit\s+(?:Sunday|Monday)|Pentecost|Black\s+Friday|Cyber\s+Monday|Mother's\s+Day|Father's\s+Day|President(?:s'?|'s)\s+Day|Columbus\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day)(?:,?\s+((?:1[6-9]|20)\d\d))?\b",
            |c| {
                Some((
                    TimexType::Date,
                    TimeExpr::Holiday {
                        which: holiday(&c[1])?,
                        year: c.get(2).and_then(|y| y.as_str().parse().ok()),
                    },
                ))
            },
        ),
        // nineteen ninety-six, two thousand
        pat(
            r"(?i)\b(eighteen|nineteen)[\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?\b|\b(two\s+thousand)(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?\b",
            |c| {
                let y = if c.get(4).is_some() {
                    2000 + c.get(5).map_or(0, |m| small_number(m.as_str()))
                } else {
                    let century = if c[1].eq_ignore_ascii_case("eighteen") {
                        1800
                    } else {
                        1900
                    };
                    century
                        + small_number(&c[2])
                        + c.get(3).map_or(0, |m| small_number(m.as_str()))
                };
                calendar(Some(y), None, None, None, None, false)
            },
        ),
        // 3 p.m., 10:30 am EST, 7.30pm, noon, 8 o'clock
        pat(
            &format!(
                r"(?i:\b(\d{{1,2}})(?:[:.](\d\d))?\s*(a\.m\.?|p\.m\.?|am\b|pm\b))(?:\s+{ZONES}\b|\s+{US_ZONE}|\s+(?i:local\s+time)\b)?|(?i:\b(noon|midnight|midday)\b(?-i:\s+{ZONES}\b|\s+{US_ZONE})?|\b(\d{{1,2}})(?::(\d\d))?\s+(?:o'clock\s+)?in\s+the\s+(morning|afternoon|evening)\b|\b(\d{{1,2}})\s+o['’]clock\b)"
            ),
            |c| {
                // "8 o'clock": the hour as written ("the 10 O'Clock
                // News", "8 O'Clock" coffee: names).
                if let Some(h) = c.get(8) {
                    let word = c[0].rsplit(' ').next().unwrap_or("");
                    if word.starts_with('O') && word.contains("lock") {
                        return None;
                    }
                    let hour: u32 = h.as_str().parse().ok()?;
                    if !(1..=12).contains(&hour) {
                        return None;
                    }
                    return Some((
                        TimexType::Time,
                        TimeExpr::Clock { hour, minute: 0 },
                    ));
                }
                // "4 in the morning", "8 in the evening".
                if let (Some(h), Some(p)) = (c.get(5), c.get(7)) {
                    let mut hour: u32 = h.as_str().parse().ok()?;
                    let minute: u32 = c
                        .get(6)
                        .map_or(0, |m| m.as_str().parse().unwrap_or(0));
                    if !(1..=12).contains(&hour) || minute > 59 {
                        return None;
                    }
                    let pm = !p.as_str().eq_ignore_ascii_case("morning");
                    if pm && hour < 12 {
                        hour += 12;
                    }
                    if !pm && hour == 12 {
                        hour = 0;
                    }
                    return Some((
                        TimexType::Time,
                        TimeExpr::Clock { hour, minute },
                    ));
                }
                // "midnight Friday" ends Friday: ISO 8601's T24:00.
                // "Midnight Mass", "Alex Noon": names ("SPOTS NOON", in
                // capitals, is a time).
                if let Some(w) = c.get(4) {
                    let word = w.as_str();
                    if word.starts_with(|c: char| c.is_uppercase())
                        && word.chars().any(|c| c.is_lowercase())
                        && w.start() > 0
                    {
                        return None;
                    }
                    return Some((
                        TimexType::Time,
                        TimeExpr::Clock {
                            hour: if w
                                .as_str()
                                .eq_ignore_ascii_case("midnight")
                            {
                                24
                            } else {
                                12
                            },
                            minute: 0,
                        },
                    ));
                }
                let mut hour: u32 = c[1].parse().ok()?;
                let minute: u32 = c
                    .get(2)
                    .map(|m| m.as_str().parse().unwrap_or(0))
                    .unwrap_or(0);
                if hour > 12 || minute > 59 {
                    return None;
                }
                let pm = c[3].to_ascii_lowercase().starts_with('p');
                if pm && hour < 12 {
                    hour += 12;
                }
                if !pm && hour == 12 {
                    hour = 0;
                }
                Some((TimexType::Time, TimeExpr::Clock { hour, minute }))
            },
        ),
        // 1600 Tokyo time, 0900 EASTERN AUSTRALIA TIME: a place's time.
        pat(
            r"\b([01]\d|2[0-3])([0-5]\d)\s+(?:[A-Z][A-Za-z]+\s+){1,3}(?i:time)\b",
            |c| {
                Some((
                    TimexType::Time,
                    TimeExpr::Clock {
                        hour: c[1].parse().ok()?,
                        minute: c[2].parse().ok()?,
                    },
                ))
            },
        ),
        // 14:00, 08:30 GMT, 14.00 BST, 1800 hrs: a 24-hour dial. Dotted and
        // four-digit forms need their zone; the cues a bare "14:00" needs
        // are in `plausible`, a range's first time is `range_start_clock`'s.
        pat(
            &format!(
                r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s*{DIAL})?|\b([01]?\d|2[0-3])\.([0-5]\d)\s*{DIAL}|\b([01]\d|2[0-3])([0-5]\d)\s*{DIAL}|\b(24)(00)\s*{DIAL}"
            ),
            |c| {
                let (h, m) = [(1, 2), (3, 4), (5, 6), (7, 8)]
                    .into_iter()
                    .find(|(h, _)| c.get(*h).is_some())?;
                // "2400 EDT": the day's end, `T24:00`; but "2400 hrs of
                // flying" is a length.
                if h == 7
                    && !c[0].ends_with(|ch: char| ch.is_ascii_uppercase())
                {
                    return None;
                }
                Some((
                    TimexType::Time,
                    TimeExpr::Clock {
                        hour: c[h].parse().ok()?,
                        minute: c[m].parse().ok()?,
                    },
                ))
            },
        ),
        // every July, each Thursday
        pat(
            r"(?i)\b(?:every|each)\s+(?-i:(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
            |c| {
                let v = match month(&c[1]).filter(|_| weekday(&c[1]).is_none())
                {
                    Some(m) => format!("XXXX-{m:02}"),
                    None => format!("XXXX-WXX-{}", weekday(&c[1])? + 1),
                };
                Some((TimexType::Set, TimeExpr::Set(v)))
            },
        ),
        // every other week, twice a year, three times a month ("every two
        // years" is a length the scan makes a set)
        pat(
            r"(?i)\bevery\s+other\s+(day|week|month|year)\b|\b(once|twice|(?:two|three|four|five|six|\d{1,2})\s+times)\s+(?:a|an|per|each)\s+(day|week|month|quarter|year)\b|\b(weekends)\b|\b(?:every|each)\s+(morning|afternoon|evening|night)\b|\b((?-i:nightly))\b",
            |c| {
                // "on weekends": every weekend.
                if c.get(4).is_some() {
                    return Some((
                        TimexType::Set,
                        TimeExpr::Set("XXXX-WXX-WE".into()),
                    ));
                }
                // "every morning", "nightly": that part of every day.
                if let Some(p) = c.get(5).or(c.get(6)) {
                    let p = p.as_str().to_ascii_lowercase();
                    let p = if p == "nightly" { "night" } else { p.as_str() };
                    return Some((
                        TimexType::Set,
                        TimeExpr::Set(format!(
                            "XXXX-XX-XXT{}",
                            daypart_code(p)
                        )),
                    ));
                }
                let (n, unit) = match c.get(1) {
                    Some(u) => (2, u.as_str()),
                    None => (1, c.get(3)?.as_str()),
                };
                let a = Amount { lo: n, hi: n, fuzzy: false };
                let u = unit.to_ascii_lowercase();
                Some((TimexType::Set, TimeExpr::Set(duration_value(&a, &u))))
            },
        ),
        // every year, annually, weekly
        pat(
            r"(?i)\b(?:every|each)\s+(?:(?:calendar|fiscal|financial)\s+)?(hour|day|week|month|quarter|year)\b|\b(annually|yearly|quarterly|monthly|weekly|daily|hourly|semi-?annually|bi-?annually|biennially|fortnightly|bi-?weekly|bi-?monthly)\b",
            |c| {
                let v = match c
                    .get(1)
                    .or(c.get(2))
                    .map(|m| m.as_str().to_ascii_lowercase().replace('-', ""))
                    .as_deref()
                {
                    Some("semiannually" | "biannually") => "P6M",
                    Some("biennially") => "P2Y",
                    Some("fortnightly" | "biweekly") => "P2W",
                    Some("bimonthly") => "P2M",
                    Some("hour" | "hourly") => "PT1H",
                    Some("day" | "daily") => "P1D",
                    Some("week" | "weekly") => "P1W",
                    Some("month" | "monthly") => "P1M",
                    Some("quarter" | "quarterly") => "P1Q",
                    _ => "P1Y",
                };
                Some((TimexType::Set, TimeExpr::Set(v.into())))
            },
        ),
        // half an hour, half a day, a half-hour, half a year,
        // half-a-second
        pat(
            r"(?i)\bhalf[\s-]+an?[\s-]+(second|minute|hour|day|year)\b|\b(?:a\s+)?half[\s-](hour|day)\b",
            |c| {
                let unit =
                    c.get(1).or(c.get(2))?.as_str().to_ascii_lowercase();
                let v = match unit.as_str() {
                    "second" => "PT0.5S",
                    "minute" => "PT30S",
                    "hour" => "PT30M",
                    "day" => "PT12H",
                    _ => "P6M",
                };
                Some((TimexType::Duration, TimeExpr::Duration(v.into())))
            },
        ),
        // a quarter century, half a century, a half-decade (ago); half a
        // year later, half a century earlier (the narrative's)
        pat(
            r"(?i)\b(?:(a\s+quarter)(?:\s+of\s+a)?|half\s+a|a\s+half)[\s-]+(century|decade|year)(?:\s+(ago|later|earlier|afterwards?))?\b",
            |c| {
                let (amount, unit) = match c[2].to_ascii_lowercase().as_str() {
                    "century" => (100, Unit::Year),
                    "decade" => (10, Unit::Year),
                    _ => (12, Unit::Month),
                };
                let n =
                    if c.get(1).is_some() { amount / 4 } else { amount / 2 };
                let amount = Amount { lo: n, hi: n, fuzzy: false };
                if let Some(w) = c.get(3) {
                    let w = w.as_str().to_ascii_lowercase();
                    return Some((
                        TimexType::Date,
                        TimeExpr::Offset {
                            amount,
                            unit,
                            direction: if w == "ago" || w == "earlier" {
                                Direction::Before
                            } else {
                                Direction::After
                            },
                            narrative: w != "ago",
                        },
                    ));
                }
                Some((
                    TimexType::Duration,
                    TimeExpr::Duration(format!("P{n}{}", unit.letter())),
                ))
            },
        ),
        // "more than a quarter century", "the past quarter-century", "the
        // last quarter of a century": 25
        // years, not a quarter; "the last half century" 50 years, "the
        // past half-decade" five, not "the past" and a word.
        pat(
            r"(?i)\b(?:the\s+(?:past|last|next|first|coming|previous)\s+(?:quarter(?:[\s-]|\s+of\s+a\s+)century|half[\s-](century|decade))|(?:(?:nearly|almost|about|around|roughly|more\s+than|over|less\s+than|at\s+least)\s+)?(?:a|one)\s+quarter(?:[\s-]|\s+of\s+a\s+)century)\b",
            |c| {
                let years = match c.get(1) {
                    Some(u) if u.as_str().eq_ignore_ascii_case("decade") => 5,
                    Some(_) => 50,
                    None => 25,
                };
                Some((
                    TimexType::Duration,
                    TimeExpr::Duration(format!("P{years}Y")),
                ))
            },
        ),
        // three years, the first nine months, nearly two hours, for years,
        // 40+ years
        pat(
            &format!(
                r"(?i)\b(?:the\s+(?:(?:first|next|past|last|previous|final|coming|following|initial|remaining|latest|year-earlier|year-ago)\s+)?)?(?:(?:nearly|almost|about|around|approximately|roughly|more\s+than|over|under|less\s+than|up\s+to|at\s+least)\s+)?{NUM}\+?(?:\s+and\s+a\s+half)?[\s-]+(?:more\s+)?(?:(?:trading|business|working)\s+)?(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?\b(?:\s+and\s+a\s+half\b)?(-old)?|\b(?:for|over|in|within)\s+(years|decades|months|weeks|days|hours)\b|\b(decades|centuries)\b|\b(hour|day|week|month|year|decade|century)-long\b|\b(hours|days|weeks|months|years)-(?:long|old)\b|\b(?-i:multi)-?(day|week|month|year|decade)\b|\bfor\s+(?:another|an\s+additional|an\s+extra|a\s+further|one\s+more)\s+(day|week|month|year|decade)\b(\s+of\b)?"
            ),
            |c| {
                // An age: "6-year-old"; "set for another year of
                // gains" is a year, not its length.
                if c.get(3).or(c.get(10)).is_some() {
                    return None;
                }
                // "a day-long meeting", "for another year": one unit.
                if let Some(u) = c.get(6).or(c.get(9)) {
                    let a = Amount { lo: 1, hi: 1, fuzzy: false };
                    let u = u.as_str().to_ascii_lowercase();
                    return Some((
                        TimexType::Duration,
                        TimeExpr::Duration(duration_value(&a, &u)),
                    ));
                }
                // "a years-long feud", "a multi-year deal": some units.
                let multi = c.get(8).map(|m| format!("{}s", m.as_str()));
                let some = c.get(4).or(c.get(5)).or(c.get(7));
                if let Some(w) = some.map(|m| m.as_str().to_string()).or(multi)
                {
                    let w = w.to_ascii_lowercase();
                    let v = match w.as_str() {
                        "hours" => "PTXH",
                        "days" => "PXD",
                        "weeks" => "PXW",
                        "months" => "PXM",
                        "decades" => "PXY",
                        "centuries" => "PXCE",
                        _ => "PXY",
                    };
                    return Some((
                        TimexType::Duration,
                        TimeExpr::Duration(v.into()),
                    ));
                }
                let a = amount(&c[1])?;
                let u = c[2].to_ascii_lowercase();
                // "a decades-long feud": one of a plural is no count ("one
                // and a half years" is).
                let whole = c.get(0).map_or("", |m| m.as_str());
                let half = whole.contains("1/2")
                    || whole.contains(" half")
                    || c[1].ends_with(".5");
                if a.lo == 1 && !a.fuzzy && !half && whole.ends_with('s') {
                    return None;
                }
                // "3 1/2 hours", "a year and a half", "2.5 hours".
                if half {
                    if let Some(v) = half_duration(a.lo, &u) {
                        return Some((
                            TimexType::Duration,
                            TimeExpr::Duration(v),
                        ));
                    }
                }
                // "every 5.8 seconds", "3.4 months".
                if c[1].contains('.') {
                    let v: f64 = c[1].parse().ok()?;
                    return Some((
                        TimexType::Duration,
                        TimeExpr::Duration(decimal_duration(v, &u)),
                    ));
                }
                Some((
                    TimexType::Duration,
                    TimeExpr::Duration(duration_value(&a, &u)),
                ))
            },
        ),
    ]
});

/// A day of a month: group 1 is a hedge ("about"), group 4 the year,
/// `m` and `d` the groups of the month and the day.
fn month_day(
    c: &Captures<'_>,
    m: usize,
    d: usize,
) -> Option<(TimexType, TimeExpr)> {
    let day: u32 = c[d].parse().ok()?;
    calendar(
        c.get(4).and_then(|y| y.as_str().parse().ok()),
        month(&c[m]),
        Some(day),
        None,
        None,
        c.get(1).is_some(),
    )
}

/// A slashed numeric date: its first number, its second, its year.
const SLASHED_DATE: &str = r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b";

/// [`SLASHED_DATE`] alone, to read a document's order.
static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_classes(SLASHED_DATE))
        .expect("slashed date pattern compiles")
});

/// Whether a document writes its slashed dates day first: one of them can
/// only be read so ("25/12/2016") and none can only be read month first
/// ("12/25/2016"). Otherwise they are US dates, month first.
pub(super) fn slashes_day_first(body: &str) -> bool {
    let (mut day_first, mut month_first) = (false, false);
    for c in SLASHED.captures_iter(body) {
        let a: u32 = c[1].parse().unwrap_or(0);
        let b: u32 = c[2].parse().unwrap_or(0);
        day_first |= a > 12 && (1..=12).contains(&b);
        month_first |= b > 12 && (1..=12).contains(&a);
    }
    day_first && !month_first
}

/// A slashed date read month first that could be day first
/// ("5/7/2017"), read day first: 5 July.
pub(super) fn read_day_first(text: &str, t: &mut Timex) {
    let TimeExpr::Calendar { month: Some(m), day: Some(d), .. } = &mut t.expr
    else {
        return;
    };
    let Some(c) = SLASHED.captures(&text[t.span.clone()]) else { return };
    let (a, b): (u32, u32) =
        (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
    if (a, b) == (*m, *d) && a != b && (1..=12).contains(&b) {
        (*m, *d) = (b, a);
    }
}

/// A date written in numbers: `y`, `m` and `d` are the groups of the
/// year, the month and the day.
fn numeric_date(
    c: &Captures<'_>,
    y: usize,
    m: usize,
    d: usize,
) -> Option<(TimexType, TimeExpr)> {
    calendar(
        c[y].parse().ok(),
        c[m].parse().ok(),
        c[d].parse().ok(),
        None,
        None,
        false,
    )
}

fn calendar(
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    shift: Option<i32>,
    part: Option<Part>,
    approx: bool,
) -> Option<(TimexType, TimeExpr)> {
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return None;
        }
        if let Some(d) = day {
            let y = year.unwrap_or(2000); // a leap year: Feb 29 stays valid
            chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        }
    }
    Some((
        TimexType::Date,
        TimeExpr::Calendar { year, month, day, shift, part, approx },
    ))
}

/// A count and a half of a unit ("two and a half years", "2 1/2 years")
/// as a whole count of a smaller one (30 months), where there is one.
fn halved(text: &str, unit: Unit, a: &Amount) -> Option<(Unit, Amount)> {
    let lower = text.to_ascii_lowercase();
    if !(lower.contains("1/2") || lower.contains("half")) {
        return None;
    }
    let n = a.lo;
    let (unit, count) = match unit {
        Unit::Century => (Unit::Year, n * 100 + 50),
        Unit::Decade => (Unit::Year, n * 10 + 5),
        Unit::Year => (Unit::Month, n * 12 + 6),
        Unit::Week => (Unit::Day, n * 7 + 4),
        _ => return None,
    };
    Some((unit, Amount { lo: count, hi: count, fuzzy: false }))
}

/// TIMEX3 value of the length an offset counts ("three and a half
/// months" before "after the crash"): `P3M15D`, undoing what [`halved`]
/// made of a half (two and a half years counted as 30 months is `P2Y6M`).
fn offset_length(words: &str, unit: Unit, amount: &Amount) -> String {
    let words = words.to_ascii_lowercase();
    let half = words.contains("1/2") || words.contains(" half");
    let written = last_word(&words);
    let written = written.trim_end_matches('s');
    let n = match (unit, written) {
        (Unit::Month, "year") => amount.lo.saturating_sub(6) / 12,
        (Unit::Day, "week") => amount.lo.saturating_sub(4) / 7,
        (Unit::Year, "decade") => amount.lo.saturating_sub(5) / 10,
        (Unit::Year, "century" | "centurie") => {
            amount.lo.saturating_sub(50) / 100
        }
        _ => amount.lo,
    };
    half.then(|| half_duration(n, written))
        .flatten()
        .unwrap_or_else(|| duration_value(amount, unit.name()))
}

/// TIMEX3 value of a count and a half of a unit: `PT5H30M` for five and
/// a half hours, `P2Y6M` for two and a half years.
fn half_duration(n: u32, unit: &str) -> Option<String> {
    Some(match unit {
        "minute" => format!("PT{n}M30S"),
        "hour" => format!("PT{n}H30M"),
        "day" => format!("P{n}DT12H"),
        "week" => format!("P{}DT12H", n * 7 + 3),
        "month" => format!("P{n}M15D"),
        "year" => format!("P{n}Y6M"),
        "decade" => format!("P{}Y", n * 10 + 5),
        "century" | "centurie" => format!("P{}Y", n * 100 + 50),
        _ => return None,
    })
}

/// A unit's TIMEX3 letter, whether it is of the clock (after `T`), and
/// how many of that letter make one ("fortnight": 2 weeks).
fn unit_letter(unit: &str) -> (bool, &'static str, u32) {
    match unit {
        "second" => (true, "S", 1),
        "minute" => (true, "M", 1),
        "hour" => (true, "H", 1),
        "day" => (false, "D", 1),
        "week" => (false, "W", 1),
        "fortnight" => (false, "W", 2),
        "month" => (false, "M", 1),
        "quarter" => (false, "M", 3),
        "decade" => (false, "Y", 10),
        "century" | "centurie" => (false, "Y", 100),
        _ => (false, "Y", 1),
    }
}

/// "5.8 seconds" PT5.8S, "3.4 months" P3.4M: a length written with a
/// decimal keeps it.
fn decimal_duration(v: f64, unit: &str) -> String {
    let (time, letter, factor) = unit_letter(unit);
    let t = if time { "T" } else { "" };
    let n = format!("{:.3}", v * f64::from(factor));
    let n = n.trim_end_matches('0').trim_end_matches('.');
    format!("P{t}{n}{letter}")
}

/// TIMEX3 value of a length of time: `P3Y`, `PT5H`, `P20Y` for two
/// decades, `P9M` for three quarters, `PXD` when hedged.
fn duration_value(a: &Amount, unit: &str) -> String {
    let (time, letter, factor) = unit_letter(unit);
    let t = if time { "T" } else { "" };
    if a.fuzzy && a.lo != a.hi {
        let letter = match unit {
            "decade" => "Y",
            "century" | "centurie" => "CE",
            "quarter" => "Q",
            _ => letter,
        };
        return format!("P{t}X{letter}");
    }
    format!("P{t}{}{letter}", a.lo * factor)
}

/// Holiday rules: (month, day) for fixed dates, or (month, -n) for the
/// n-th weekday rule encoded as `Holiday` values.
fn holiday(s: &str) -> Option<Holiday> {
    let s =
        s.split_whitespace().collect::<Vec<_>>().join(" ").replace('’', "'");
    Some(match s.as_str() {
        "New Year's Day" | "New Year" => Holiday::Fixed(1, 1),
        "New Year's Eve" => Holiday::Fixed(12, 31),
        "Christmas" | "Christmas Day" => Holiday::Fixed(12, 25),
        "Christmas Eve" => Holiday::Fixed(12, 24),
        "Boxing Day" => Holiday::Fixed(12, 26),
        "Independence Day" | "Fourth of July" | "July Fourth" => {
            Holiday::Fixed(7, 4)
        }
        "Halloween" => Holiday::Fixed(10, 31),
        "Valentine's Day" => Holiday::Fixed(2, 14),
        "Veterans Day" => Holiday::Fixed(11, 11),
        // US: fourth Thursday of November, first Monday of September,
        // last Monday of May.
        "Thanksgiving" | "Thanksgiving Day" => Holiday::NthWeekday(11, 3, 4),
        "Labor Day" => Holiday::NthWeekday(9, 0, 1),
        "Memorial Day" => Holiday::NthWeekday(5, 0, -1),
        // Second Sunday of May, third Sunday of June, third Monday of
        // February and of January, second Monday of October.
        "Mother's Day" => Holiday::NthWeekday(5, 6, 2),
        "Father's Day" => Holiday::NthWeekday(6, 6, 3),
        "Presidents Day" | "Presidents' Day" | "President's Day" => {
            Holiday::NthWeekday(2, 0, 3)
        }
        "Martin Luther King Day" | "Martin Luther King Jr. Day" => {
            Holiday::NthWeekday(1, 0, 3)
        }
        "Columbus Day" => Holiday::NthWeekday(10, 0, 2),
        "Election Day" => Holiday::ElectionDay,
        "Easter" | "Easter Sunday" => Holiday::Easter(0),
        "Easter Monday" => Holiday::Easter(1),
        "Good Friday" => Holiday::Easter(-2),
        "Maundy Thursday" => Holiday::Easter(-3),
        "Holy Saturday" => Holiday::Easter(-1),
        "Palm Sunday" => Holiday::Easter(-7),
        "Ash Wednesday" => Holiday::Easter(-46),
        "Shrove Tuesday" | "Mardi Gras" => Holiday::Easter(-47),
        "Ascension Day" => Holiday::Easter(39),
        "Pentecost" | "Whit Sunday" => Holiday::Easter(49),
        "Whit Monday" => Holiday::Easter(50),
        "Black Friday" => Holiday::AfterThanksgiving(1),
        "Cyber Monday" => Holiday::AfterThanksgiving(4),
        _ => return None,
    })
}

fn daypart_code(s: &str) -> &'static str {
    match s.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    }
}

pub(crate) fn small_number(s: &str) -> i32 {
    const WORDS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety",
    ];
    let s = s.to_ascii_lowercase();
    if let Some(i) = WORDS.iter().position(|w| *w == s) {
        return i as i32;
    }
    TENS.iter().position(|w| *w == s).map_or(0, |i| 20 + 10 * i as i32)
}

/// The number of a month's name or its abbreviation ("Sept." is 9).
pub(crate) fn month(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').as_bytes();
    // (Every month's name has three letters or more.)
    let head = &s[..3.min(s.len())];
    let i = crate::date::MONTHS
        .iter()
        .position(|m| m.as_bytes()[..head.len()].eq_ignore_ascii_case(head))?;
    Some(i as u32 + 1)
}

fn part_of(s: &str) -> Part {
    let s = s.to_ascii_lowercase();
    if s.contains("mid") || s.contains("middle") {
        Part::Mid
    } else if s.contains("late") || s.contains("end") {
        Part::Late
    } else {
        Part::Early
    }
}

/// "the third quarter", "the second half": a quarter or half of a year
/// (a half numbered above two is no half).
fn period(
    ordinal_word: &str,
    unit: &str,
    year: Option<i32>,
    shift: Option<i32>,
) -> Option<(TimexType, TimeExpr)> {
    let precision = if unit.eq_ignore_ascii_case("half") {
        Precision::Half
    } else {
        Precision::Quarter
    };
    // "the final quarter", "the latter half": the last one of the year.
    let last = ["final", "latter", "last"]
        .iter()
        .any(|w| ordinal_word.eq_ignore_ascii_case(w));
    let n = match (last, precision) {
        (true, Precision::Half) => 2,
        (true, _) => 4,
        _ => ordinal(ordinal_word)?,
    };
    if precision == Precision::Half && n > 2 {
        return None;
    }
    Some((TimexType::Date, TimeExpr::Period { precision, n, year, shift }))
}

/// A season's number in a TIMEX3 value: spring 1 .. winter 4 (of a
/// lower-case name).
fn season_number(season: &str) -> u32 {
    match season {
        "spring" => 1,
        "summer" => 2,
        "autumn" | "fall" => 3,
        _ => 4,
    }
}

fn shift_word(s: Option<&str>) -> Option<i32> {
    match s.map(str::to_ascii_lowercase).as_deref() {
        Some("last") => Some(-1),
        Some("this") => Some(0),
        Some("next") => Some(1),
        _ => None,
    }
}

/// "eighth" → 8, "twenty-first" → 21: the centuries' ordinals in words.
fn century_ordinal(s: &str) -> Option<i32> {
    const WORDS: [&str; 21] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
    ];
    let i = WORDS.iter().position(|w| w.eq_ignore_ascii_case(s))?;
    Some(i as i32 + 1)
}

fn ordinal(s: &str) -> Option<u32> {
    Some(match s.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn weekday(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('s');
    crate::date::WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(s))
        .map(|i| i as u32)
}

/// The weekday a date is written with ("Tuesday, 14 June", "Wed 12 Jul
/// 2017"), Monday = 0: the first word of `text`, whole or cut short
/// (see [`weekday`] for the names alone).
pub(crate) fn written_weekday(text: &str) -> Option<u32> {
    let first = text.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    if first.len() < 3 {
        return None;
    }
    crate::date::WEEKDAYS
        .iter()
        .position(|d| {
            d.get(..first.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(first))
        })
        .map(|i| i as u32)
}

/// The words of a cue lower-cased with single spaces ("That  Same" gives
/// "that same"), to match against.
fn cue_words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

/// A year written with two digits ("Q3 17", "FY98", "2Q18"): 1970–1999
/// or 2000–2039; the decades between are more likely a model number
/// ("Q160").
fn two_digit_year(s: &str) -> Option<i32> {
    let n: i32 = s.parse().ok()?;
    match n {
        0..=39 => Some(2000 + n),
        70..=99 => Some(1900 + n),
        _ => None,
    }
}

/// The unit of a counted word and the count in it: "two fortnights" is
/// four weeks.
fn unit_amount(word: &str, a: Amount) -> Option<(Unit, Amount)> {
    if word.to_ascii_lowercase().starts_with("fortnight") {
        let twice = Amount { lo: a.lo * 2, hi: a.hi * 2, fuzzy: a.fuzzy };
        return Some((Unit::Week, twice));
    }
    Some((unit(word)?, a))
}

fn unit(s: &str) -> Option<Unit> {
    let s = s.to_ascii_lowercase();
    Some(match s.trim_end_matches('s') {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" | "centurie" => Unit::Century,
        _ => return None,
    })
}

/// This year, or a part of it ("mid-year", "year-end", "earlier in the
/// year").
fn this_year(part: Option<Part>) -> (TimexType, TimeExpr) {
    (
        TimexType::Date,
        TimeExpr::Shift { unit: Unit::Year, by: 0, narrative: false, part },
    )
}

/// "two or three", "three to five", "12-18", "12–18": two counts, the
/// second the larger.
fn range_of_counts(n: &str) -> Option<Amount> {
    let (a, b) = n
        .split_once(" or ")
        .or_else(|| n.split_once(" to "))
        .or_else(|| n.split_once(['-', '–']))?;
    let (a, b) = (amount(a.trim())?, amount(b.trim())?);
    (a.hi < b.lo).then_some(Amount { lo: a.lo, hi: b.hi, fuzzy: true })
}

fn amount(s: &str) -> Option<Amount> {
    let exact = |n| Amount { lo: n, hi: n, fuzzy: false };
    let s = s.to_ascii_lowercase();
    // "two or three", "three to five", "12-18": a range, low to high
    // ("twenty-four" is a number).
    if let Some(range) = range_of_counts(&s) {
        return Some(range);
    }
    Some(match s.as_str() {
        "a" | "an" | "one" => exact(1),
        // "A couple of years" reads as two, hedged.
        "a couple" | "a couple of" => Amount { lo: 2, hi: 2, fuzzy: true },
        "a few" | "few" => Amount { lo: 2, hi: 6, fuzzy: true },
        "couple of" => Amount { lo: 2, hi: 2, fuzzy: true },
        "thirteen" => exact(13),
        "fourteen" => exact(14),
        "sixteen" => exact(16),
        "eighteen" => exact(18),
        "twenty-four" | "twenty four" => exact(24),
        "forty" => exact(40),
        "sixty" => exact(60),
        "ninety" => exact(90),
        "several" => Amount { lo: 3, hi: 7, fuzzy: true },
        "some" | "many" => Amount { lo: 2, hi: 10, fuzzy: true },
        "two" => exact(2),
        "three" => exact(3),
        "four" => exact(4),
        "five" => exact(5),
        "six" => exact(6),
        "seven" => exact(7),
        "eight" => exact(8),
        "nine" => exact(9),
        "ten" => exact(10),
        "eleven" => exact(11),
        "twelve" => exact(12),
        "fifteen" => exact(15),
        "twenty" => exact(20),
        "thirty" => exact(30),
        "fifty" => exact(50),
        "a hundred" => exact(100),
        // "3 1/2", "4-1/2" (wire copy)
        n if n.ends_with("1/2") => {
            let v: u32 = n
                .split(|c: char| c.is_whitespace() || c == '-')
                .next()?
                .parse()
                .ok()?;
            Amount { lo: v, hi: v + 1, fuzzy: true }
        }
        n if n.contains('.') => {
            let v: f64 = n.parse().ok()?;
            Amount { lo: v.floor() as u32, hi: v.ceil() as u32, fuzzy: true }
        }
        n => exact(n.parse().ok()?),
    })
}

/// A candidate expression: its span, the pattern that found it, and what
/// the pattern's handler made of it.
type Candidate = (usize, usize, usize, TimexType, TimeExpr);

/// Every expression some pattern finds in `text`, overlapping, in the
/// order found.
fn candidates(text: &str, scratch: &mut Scratch) -> Vec<Candidate> {
    let finder = &*FINDER;
    let mut cands = Vec::new();
    let Scratch { union, set, slots, which, taken } = scratch;
    slots.resize_with(PATTERNS.len(), || None);
    let union = union.get_or_insert_with(|| finder.union.create_cache());
    let set = set.get_or_insert_with(|| finder.set.create_cache());
    let mut from = 0;
    while let Some((m_start, m_end)) = finder.next_match(union, text, from) {
        // (No pattern matches the empty string, so this moves on.)
        from = m_end.max(m_start + 1);
        // A candidate's matches of one pattern do not overlap ("Last
        // Friday" is not also "Friday"), but inside a match its handler
        // turned down a shorter one may start ("a decades": "decades").
        taken.clear();
        // A window from the candidate to a word boundary a little past it.
        let mut end = (m_end + WINDOW).min(text.len());
        while end < text.len()
            && (!text.is_char_boundary(end)
                || text[end..].starts_with(|c: char| c.is_alphanumeric()))
        {
            end += 1;
        }
        let window = &text[..end];
        // The patterns that match from the candidate's start, or from a
        // later word of it ("in December 2004": a month cue, and a date).
        // A pattern matches at no other word: past this candidate the
        // union searches on.
        let starts = std::iter::once(m_start).chain(
            text[m_start..m_end]
                .char_indices()
                .filter(|&(i, c)| {
                    i > 0
                        && !c.is_whitespace()
                        && text[..m_start + i]
                            .ends_with(|p: char| !p.is_alphanumeric())
                })
                .map(|(i, _)| m_start + i),
        );
        for at in starts {
            let input =
                Input::new(window).span(at..end).anchored(Anchored::Yes);
            finder.matches_at(set, &input, which);
            for &(i, stop) in which.iter() {
                if taken.iter().any(|&(p, stop)| p == i && at < stop) {
                    continue;
                }
                let p = &PATTERNS[i];
                let slot = slots[i].get_or_insert_with(|| Slot::new(p));
                // (Its first match ends no later than its longest.)
                slot.search(p, &input.clone().span(at..stop));
                let groups = &slot.groups;
                let Some(g) = groups.get_match() else { continue };
                if let Some((kind, expr)) =
                    (p.handler)(&Captures { hay: window, groups })
                {
                    taken.retain(|&(p, _)| p != i);
                    taken.push((i, g.end()));
                    let (s, e) = trim_span(text, g.start(), g.end());
                    cands.push((s, e, i, kind, expr));
                }
            }
        }
    }
    cands
}

/// Finds the temporal expressions of one sentence; spans are byte offsets
/// into `text`.
///
/// # Example
///
/// ```
/// let found = dealline::timex::scan("Lee has worked there since 2004, not for 2,000 days.");
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].signal, Some(dealline::timex::Signal::Since));
/// ```
pub fn scan(text: &str) -> Vec<Timex> {
    let mut cands = SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => candidates(text, &mut scratch),
        Err(_) => candidates(text, &mut Scratch::default()),
    });
    // Leftmost-longest, then pattern order (the earlier pattern wins a tie).
    cands.sort_by_key(|c| (c.0, std::cmp::Reverse(c.1), c.2));
    let mut out: Vec<Timex> = Vec::with_capacity(cands.len());
    let mut taken_until = 0;
    for &(s, e, _, kind, ref expr) in &cands {
        if s < taken_until {
            continue;
        }
        if !plausible(text, s, e, expr) {
            continue;
        }
        // "a year-earlier loss", "the year-ago period": the first word of
        // a compound is not an expression of its own.
        // "decades-long", "a day-long strike" are lengths of time.
        let e = if matches!(expr, TimeExpr::Duration(_))
            && text[e..].starts_with("-long")
            && !text[e + 5..].starts_with(|c: char| c.is_alphanumeric())
        {
            e + 5
        } else {
            e
        };
        // "at noon Eastern Airlines said": a zone word that starts a name
        // is not the time's.
        let e = match expr {
            TimeExpr::Clock { .. } => before_a_named_zone(text, s, e),
            _ => e,
        };
        // "May-July", "November 25-December 10": a range, not a compound.
        let month_range = matches!(
            expr,
            TimeExpr::Calendar { month: Some(_), year: None, .. }
        ) && month_word_at(text.get(e + 1..).unwrap_or(""));
        // ("1980s-era games", "a 1990s-style dress": the decade all the
        // same; not "20th Century-Fox", a name.)
        let decade = matches!(expr, TimeExpr::Decade { .. })
            && text.get(e + 1..).is_some_and(|t| {
                t.starts_with(|c: char| c.is_ascii_lowercase())
            });
        if text[e..].starts_with('-')
            && text[e + 1..].starts_with(|c: char| c.is_ascii_alphabetic())
            && !month_range
            && !decade
        {
            continue;
        }
        // "two months after the attack": a length of time before an
        // event, not a date.
        // "six weeks after that, it merged": a step from the story's time,
        // as "six weeks later".
        let back = match expr {
            TimeExpr::Offset { narrative: true, .. }
                if ends_with_relation(&text[s..e]) =>
            {
                back_reference(&text[e..])
            }
            _ => None,
        };
        let (e, kind, expr) = match expr {
            _ if back.is_some() => (e + back.unwrap_or(0), kind, expr.clone()),
            TimeExpr::Offset { amount, unit, narrative: true, .. }
                if ends_with_relation(&text[s..e])
                    && after_is_phrase(&text[e..]) =>
            {
                let cut =
                    text[s..e].trim_end().rfind(' ').map_or(e, |p| s + p);
                let value = offset_length(&text[s..cut], *unit, amount);
                (cut, TimexType::Duration, TimeExpr::Duration(value))
            }
            // "for the year to date", "for the year to August", "the year
            // starting April 1", "a forecast of $2 for the year": not the
            // year reported on, this one.
            TimeExpr::Reported { unit: Unit::Year, .. }
                if matches!(
                    next_word(&text[e..]).as_str(),
                    "to" | "starting"
                        | "beginning"
                        | "from"
                        | "through"
                        | "till"
                        | "until"
                ) || forecast_before(&text[..s]) =>
            {
                let this = TimeExpr::Shift {
                    unit: Unit::Year,
                    by: 0,
                    narrative: false,
                    part: None,
                };
                (e, kind, this)
            }
            // "will one day lead the firm": some time ahead, no length.
            TimeExpr::Duration(_)
                if text[s..e].eq_ignore_ascii_case("one day")
                    && after_modal(&text[..s]) =>
            {
                (e, TimexType::Date, TimeExpr::FutureRef)
            }
            _ => (e, kind, expr.clone()),
        };
        let expr = &expr;
        // "every three and a half weeks": a length that recurs.
        let every = matches!(expr, TimeExpr::Duration(_))
            .then(|| text[..s].trim_end())
            .filter(|head| last_word(head) == "every")
            .map(|head| head.len() - "every".len())
            .filter(|&at| at >= taken_until);
        let (kind, expr) = match (every, expr) {
            (Some(_), TimeExpr::Duration(v)) => {
                (TimexType::Set, &TimeExpr::Set(v.clone()))
            }
            _ => (kind, expr),
        };
        // "the 14-day waiting period": the adjective, not its article.
        let s = match expr {
            TimeExpr::Duration(_)
                if text[s..e].len() > 4
                    && text
                        .get(s..s + 4)
                        .is_some_and(|h| h.eq_ignore_ascii_case("the "))
                    && !text[s + 4..e].contains(char::is_whitespace)
                    && text[s + 4..e].contains('-') =>
            {
                s + 4
            }
            _ => every.unwrap_or(s),
        };
        taken_until = e;
        let (signal, signal_start) = signal_before(text, s);
        let in_name = matches!(expr, TimeExpr::Calendar { month: None, .. })
            && year_in_name(text, s, e);
        out.push(Timex {
            span: s..e,
            signal_start,
            kind,
            expr: expr.clone(),
            signal,
            in_name,
        });
    }
    let out = second_day_of_pair(
        text,
        merge_clock_and_day(
            text,
            range_start_clock(text, merge_spelled_year(text, out)),
        ),
    );
    days_of_a_set(text, out)
}

/// The end of a clock time at `s..e` without a zone word at its end that
/// starts a name ("noon Eastern Airlines", "4 p.m. Pacific Gas"): the
/// zone only when no capitalized word follows it.
fn before_a_named_zone(text: &str, s: usize, e: usize) -> usize {
    let name_follows = text[e..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()));
    if !name_follows {
        return e;
    }
    ["Eastern", "Central", "Mountain", "Pacific"]
        .iter()
        .find_map(|zone| text[s..e].strip_suffix(zone))
        .map_or(e, |head| s + head.trim_end().len())
}

/// Whether the words just before an expression speak of a forecast, a
/// target or a hope ("an earlier forecast of $3 for the year", "too early
/// to predict results for the full year").
fn forecast_before(before: &str) -> bool {
    tail(before, 80)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(10)
        .any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "forecast"
                    | "forecasts"
                    | "target"
                    | "targets"
                    | "targeted"
                    | "outlook"
                    | "scenario"
                    | "predict"
                    | "predicts"
                    | "predicted"
                    | "projected"
                    | "projection"
                    | "estimate"
                    | "estimated"
                    | "estimates"
                    | "expect"
                    | "expects"
                    | "expected"
                    | "optimistic"
                    | "budget"
                    | "goal"
                    | "will"
                    | "should"
                    | "would"
                    | "could"
                    | "might"
            )
        })
}

/// "from 1800 to 2100 hrs", "between 0200 and 0530 CST": the first time
/// of a range on a 24-hour dial has its zone after the second.
fn range_start_clock(text: &str, mut found: Vec<Timex>) -> Vec<Timex> {
    for i in (0..found.len()).rev() {
        let t = &found[i];
        if !matches!(t.expr, TimeExpr::Clock { .. })
            || !text[t.span.clone()].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let before = text[..t.span.start].trim_end();
        let Some(rest) = ["to", "and", "-", "–"]
            .iter()
            .find_map(|w| before.strip_suffix(w))
            .map(str::trim_end)
        else {
            continue;
        };
        let start = digits_start(rest);
        let (hour, minute) = match rest[start..].parse::<u32>() {
            Ok(n) if rest.len() - start == 4 => (n / 100, n % 100),
            _ => continue,
        };
        // "between 1900 and 2300 hours": the first read as a year.
        let as_year = i > 0
            && found[i - 1].span == (start..start + 4)
            && matches!(
                found[i - 1].expr,
                TimeExpr::Calendar { month: None, day: None, .. }
            );
        let taken = i > 0 && found[i - 1].span.end > start && !as_year;
        if hour > 23 || minute > 59 || !stands_alone(&rest[..start]) || taken {
            continue;
        }
        let (signal, signal_start) = signal_before(text, start);
        let clock = Timex {
            span: start..start + 4,
            signal_start,
            kind: TimexType::Time,
            expr: TimeExpr::Clock { hour, minute },
            signal,
            in_name: false,
        };
        if as_year {
            found[i - 1] = clock;
        } else {
            found.insert(i, clock);
        }
    }
    found
}

/// "on Monday and Tuesday nights": a weekday joined to a recurring one
/// recurs too, with the same part of the day.
fn days_of_a_set(text: &str, mut found: Vec<Timex>) -> Vec<Timex> {
    for i in (0..found.len().saturating_sub(1)).rev() {
        let TimeExpr::Weekday { day, shift: None, daypart: None, .. } =
            found[i].expr
        else {
            continue;
        };
        let TimeExpr::Set(next) = &found[i + 1].expr else { continue };
        let Some(rest) = next.strip_prefix("XXXX-WXX-") else { continue };
        let gap = &text[found[i].span.end..found[i + 1].span.start];
        if !matches!(gap, " and " | " or " | ", " | " & ") {
            continue;
        }
        let part = rest.get(1..).unwrap_or("").to_string();
        found[i].kind = TimexType::Set;
        found[i].expr = TimeExpr::Set(format!("XXXX-WXX-{}{part}", day + 1));
    }
    found
}

/// What joins the two days of a pair or range: "May 8 and 9", "July
/// 12-14", "from July 12 to 14", "12-14 July".
const DAY_JOINS: [&str; 6] = [" and ", "-", "–", " to ", " through ", " or "];

/// "May 8 and 9", "July 12-14": the second day of the pair takes the
/// first's month and year; "12-14 July", "8 and 9 May": the first takes
/// the second's.
fn second_day_of_pair(text: &str, found: Vec<Timex>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    for (i, t) in found.iter().enumerate() {
        if let Some(first) = first_day_of_pair(text, t, out.last()) {
            out.push(first);
        }
        if let Some(first) = first_period_of_pair(text, t, out.last()) {
            out.push(first);
        }
        out.push(t.clone());
        if let Some(end) = year_range_end(text, t) {
            if found.get(i + 1).is_none_or(|n| n.span.start >= end.span.end) {
                out.push(end);
            }
            continue;
        }
        let TimeExpr::Calendar {
            month: Some(_),
            day: Some(d),
            part: None,
            ..
        } = t.expr
        else {
            continue;
        };
        let after = &text[t.span.end..];
        let Some((join, rest)) = DAY_JOINS
            .iter()
            .find_map(|j| after.strip_prefix(j).map(|r| (j.len(), r)))
        else {
            continue;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(second) = rest[..digits].parse::<u32>() else { continue };
        // "May 8 and 9 percent", "May 3 and 4,000 more", "March 13 to
        // 12.75 mln": not a day.
        let tail = &rest[digits..];
        let decimal = tail.starts_with(['.', ','])
            && tail[1..].starts_with(|c: char| c.is_ascii_digit());
        let ends = !decimal
            && (tail.is_empty() || tail.starts_with(['.', ';', ')']))
            || tail.starts_with(", ")
            || tail.starts_with(" to ")
            || tail.starts_with(" in ")
            || tail.starts_with(" at ")
            || tail.starts_with(" and ")
            // "for May 5-20 delivery"
            || [" delivery", " shipment", " loading"]
                .iter()
                .any(|w| tail.starts_with(w));
        let start = t.span.end + join;
        let end = start + digits;
        if digits == 0
            || digits > 2
            || second <= d
            || second > 31
            || !ends
            || found.get(i + 1).is_some_and(|n| n.span.start < end)
        {
            continue;
        }
        out.push(other_day(t, second, start..end));
    }
    out
}

/// "the third and fourth quarters of 2016", "the first or second half":
/// the first ordinal of the pair is a quarter or half of its own, in the
/// second's year. `prev` is the expression before `t`, which it must not
/// overlap.
fn first_period_of_pair(
    text: &str,
    t: &Timex,
    prev: Option<&Timex>,
) -> Option<Timex> {
    let TimeExpr::Period {
        precision: precision @ (Precision::Quarter | Precision::Half),
        n,
        year,
        shift,
    } = t.expr
    else {
        return None;
    };
    let before = &text[..t.span.start];
    let rest = [" and ", " or ", " and the "]
        .iter()
        .find_map(|j| before.strip_suffix(j))?;
    // (After a letter beyond ASCII, "the café and second quarters", the
    // word starts past all of its bytes.)
    let word_start = rest
        .char_indices()
        .rfind(|&(_, c)| !c.is_ascii_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let first = ordinal(&rest[word_start..]).filter(|&m| m != n)?;
    let start = match rest[..word_start].get(word_start.saturating_sub(4)..) {
        Some(w) if w.eq_ignore_ascii_case("the ") => word_start - 4,
        _ => word_start,
    };
    if prev.is_some_and(|p| p.span.end > start) {
        return None;
    }
    Some(Timex::date(
        start..rest.len(),
        TimeExpr::Period { precision, n: first, year, shift },
    ))
}

/// "12-14 July", "8 and 9 May": the day before a joined day-month date,
/// in its month and year. `prev` is the expression before `t`, which the
/// first day must not overlap.
fn first_day_of_pair(
    text: &str,
    t: &Timex,
    prev: Option<&Timex>,
) -> Option<Timex> {
    let TimeExpr::Calendar {
        month: Some(_), day: Some(d), part: None, ..
    } = t.expr
    else {
        return None;
    };
    // Day first: "14 July", not "July 14".
    if !text[t.span.clone()].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let before = &text[..t.span.start];
    let rest = DAY_JOINS.iter().find_map(|j| before.strip_suffix(j))?;
    let rest = rest
        .strip_suffix("st")
        .or(rest.strip_suffix("nd"))
        .or(rest.strip_suffix("rd"))
        .or(rest.strip_suffix("th"))
        .unwrap_or(rest);
    let start = digits_start(rest);
    let first: u32 = rest[start..].parse().ok()?;
    if rest.len() - start > 2
        || first == 0
        || first >= d
        || !stands_alone(&rest[..start])
        || prev.is_some_and(|p| p.span.end > start)
    {
        return None;
    }
    Some(other_day(t, first, start..rest.len()))
}

/// "1988-92", "between 1982-86": the end of a range of years written with
/// two digits is that year of the same century (a later one, within 30
/// years; not "1986/87", a split year, nor "1986-1,200").
fn year_range_end(text: &str, t: &Timex) -> Option<Timex> {
    let TimeExpr::Calendar {
        year: Some(y),
        month: None,
        day: None,
        shift: None,
        part: None,
        approx: false,
    } = t.expr
    else {
        return None;
    };
    if t.span.len() != 4 {
        return None;
    }
    let after = &text[t.span.end..];
    let (join, rest) = ["-", "–"]
        .iter()
        .find_map(|j| after.strip_prefix(j).map(|r| (j.len(), r)))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &rest[digits..];
    // "1988-92, introduced", "1982-86." end the range; "1986-90,000",
    // "1986-90.5", "1986-90%" and "1986-90-1" are figures or codes.
    let figure = tail.starts_with([',', '.'])
        && tail[1..].starts_with(|c: char| c.is_ascii_digit());
    if digits != 2
        || figure
        || tail.starts_with(|c: char| {
            c.is_alphanumeric() || matches!(c, '%' | '-' | '/')
        })
    {
        return None;
    }
    let yy: i32 = rest[..2].parse().ok()?;
    let end = y - y.rem_euclid(100) + yy;
    if end <= y || end > y + 30 {
        return None;
    }
    let start = t.span.end + join;
    Some(Timex::date(start..start + 2, TimeExpr::year(end)))
}

/// `t`'s date with another day, at `span`: the other end of "July 12-14".
fn other_day(t: &Timex, day: u32, span: std::ops::Range<usize>) -> Timex {
    let mut expr = t.expr.clone();
    if let TimeExpr::Calendar { day: d, .. } = &mut expr {
        *d = Some(day);
    }
    Timex::date(span, expr)
}

/// Where the digits that end `s` start ("from 1800" gives 5).
fn digits_start(s: &str) -> usize {
    s.trim_end_matches(|c: char| c.is_ascii_digit()).len()
}

/// Whether a number right after `head` stands on its own: not the end of
/// a word, an amount ("$3") or a longer number ("1,200", "2.5", "555-2015").
fn stands_alone(head: &str) -> bool {
    !head.ends_with(|c: char| {
        c.is_alphanumeric() || matches!(c, '.' | ',' | '$' | '-')
    })
}

/// Whether the text ends with a modal verb ("will", "could", ...).
fn after_modal(before: &str) -> bool {
    let last = last_word(tail(before.trim_end(), 12));
    matches!(
        last.as_str(),
        "will" | "would" | "could" | "may" | "might" | "can" | "should"
    )
}

/// "March nineteen eighty-five", "the winter of nineteen eighty-two":
/// a month or season right before a spelled-out year takes that year.
fn merge_spelled_year(text: &str, found: Vec<Timex>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    for t in found {
        if let (
            Some(prev),
            TimeExpr::Calendar {
                year: Some(y), month: None, day: None, ..
            },
        ) = (out.last_mut(), &t.expr)
        {
            let gap = &text[prev.span.end..t.span.start];
            let spelled = text[t.span.clone()]
                .starts_with(|c: char| c.is_ascii_alphabetic());
            if spelled && (gap == " " || gap == " of " || gap == ", ") {
                let merged = match &prev.expr {
                    TimeExpr::Calendar {
                        year: None,
                        month: Some(m),
                        day,
                        ..
                    } => Some(TimeExpr::Calendar {
                        year: Some(*y),
                        month: Some(*m),
                        day: *day,
                        shift: None,
                        part: None,
                        approx: false,
                    }),
                    TimeExpr::Period { precision, n, year: None, .. } => {
                        Some(TimeExpr::Period {
                            precision: *precision,
                            n: *n,
                            year: Some(*y),
                            shift: None,
                        })
                    }
                    _ => None,
                };
                if let Some(expr) = merged {
                    prev.span.end = t.span.end;
                    prev.expr = expr;
                    continue;
                }
            }
        }
        out.push(t);
    }
    out
}

/// "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a clock
/// time right before the day it falls on is one expression.
fn merge_clock_and_day(text: &str, found: Vec<Timex>) -> Vec<Timex> {
    let day_like = |e: &TimeExpr| {
        matches!(
            e,
            TimeExpr::Weekday { .. }
                | TimeExpr::Today { .. }
                | TimeExpr::Calendar { day: Some(_), .. }
        )
    };
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    let mut it = found.into_iter().peekable();
    while let Some(t) = it.next() {
        let TimeExpr::Clock { hour, minute } = t.expr else {
            out.push(t);
            continue;
        };
        let Some(next) = it.peek() else {
            out.push(t);
            continue;
        };
        let gap = &text[t.span.end..next.span.start];
        // "9:15 a.m. (1315 GMT) Monday", "1530 EST/2030 GMT": the same
        // instant restated in another zone is no expression of its own,
        // and the day after it is the first time's.
        let paren = matches!(gap, " (" | "(")
            && text[next.span.end..].starts_with(')');
        if matches!(next.expr, TimeExpr::Clock { .. }) && (paren || gap == "/")
        {
            let paren = it.next().expect("peeked");
            let day = it.peek().filter(|d| {
                let gap = &text[paren.span.end..d.span.start];
                day_like(&d.expr)
                    && is_clock_gap(gap.strip_prefix(')').unwrap_or(gap))
            });
            match day {
                Some(d) => {
                    let day = Box::new(d.expr.clone());
                    out.push(Timex {
                        expr: TimeExpr::ClockOn { hour, minute, day },
                        ..t
                    });
                }
                None => out.push(t),
            }
            continue;
        }
        if !day_like(&next.expr) || !is_clock_gap(gap) {
            out.push(t);
            continue;
        }
        // "9:15 a.m. (Monday)": two expressions, the clock time on that
        // day.
        if gap.contains('(') {
            let day = Box::new(next.expr.clone());
            out.push(Timex {
                expr: TimeExpr::ClockOn { hour, minute, day },
                ..t
            });
            continue;
        }
        let next = it.next().expect("peeked");
        out.push(Timex {
            span: t.span.start..next.span.end,
            signal_start: t.signal_start,
            kind: TimexType::Time,
            expr: TimeExpr::ClockOn { hour, minute, day: Box::new(next.expr) },
            signal: t.signal,
            in_name: false,
        });
    }
    out
}

/// Only spaces, a comma, "on", a time-zone abbreviation or a short
/// parenthesis ("(1315 GMT)") between a clock time and its day.
fn is_clock_gap(gap: &str) -> bool {
    let gap = match (gap.find('('), gap.find(')')) {
        (Some(a), Some(b)) if a < b && b - a <= 16 => {
            format!("{} {}", &gap[..a], &gap[b + 1..])
        }
        _ => gap.to_string(),
    };
    gap.len() <= 12
        && gap.split(|c: char| c.is_whitespace() || c == ',').all(|w| {
            w.is_empty()
                || w == "on"
                || (2..=4).contains(&w.len())
                    && w.chars().all(|c| c.is_ascii_uppercase())
        })
}

fn ends_with_relation(m: &str) -> bool {
    let l = m.to_ascii_lowercase();
    l.ends_with(" after") || l.ends_with(" before")
}

/// " that" or " this" right after "after" or "before" pointing back at
/// the story's time ("six weeks after that, it merged", "two days before
/// this."), then a pause or a new clause's subject: its length in bytes.
/// ("Two days after that deal" names a thing.)
fn back_reference(rest: &str) -> Option<usize> {
    let word: String = rest
        .strip_prefix(' ')?
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    if !matches!(word.to_ascii_lowercase().as_str(), "that" | "this") {
        return None;
    }
    let len = 1 + word.len();
    let tail = &rest[len..];
    let next = next_word(tail);
    let pause = tail.is_empty()
        || tail.starts_with([',', '.', ';', ':', '!', '?', ')']);
    let subject = tail.starts_with(' ')
        && matches!(
            next.as_str(),
            "the" | "he" | "she" | "it" | "they" | "we" | "i" | "a" | "an"
        );
    (pause || subject).then_some(len)
}

/// Whether "that" before a month or weekday ("That December it closed",
/// "on that Friday") points at the story's time: it opens its sentence or
/// follows a preposition. "Said that January orders fell", "important
/// that June francs held", "told the dinner that February's deficit":
/// "that" opens a clause.
fn that_names_a_time(before: &str, after: &str) -> bool {
    let b = before.trim_end_matches([' ', '"', '\'', '“', '(']);
    let opens = b.is_empty() || b.ends_with(['.', '!', '?', ':', ';']);
    let w = last_word(before);
    (opens
        || matches!(
            w.as_str(),
            "in" | "on"
                | "by"
                | "during"
                | "until"
                | "till"
                | "from"
                | "since"
                | "of"
                | "through"
                | "before"
                | "after"
        ))
        && !after.starts_with(['\'', '’'])
}

/// Whether words (not the end of the clause) follow.
fn after_is_phrase(rest: &str) -> bool {
    let rest = rest.trim_start();
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    // "500 units a year before and profits fell": a conjunction ends the
    // expression; "two months after the merger" goes on to an event.
    rest.starts_with(|c: char| c.is_alphanumeric() || c == '$')
        && !matches!(
            next.as_str(),
            "and" | "or" | "but" | "while" | "so" | "yet" | "than" | "nor"
        )
}

/// Drops leading prepositions the month pattern needs as a cue ("in May")
/// and a trailing "ended" ("the year ended June 30").
fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    const CUES: [&str; 18] = [
        "in ",
        "for ",
        "over ",
        "within ",
        "since ",
        "during ",
        "until ",
        "till ",
        "throughout ",
        "from ",
        "through ",
        "by ",
        "of ",
        "before ",
        "after ",
        "on ",
        "'s ",
        "’s ",
    ];
    // (Case-blind comparisons in place: this runs for every candidate.)
    let ends = |m: &str, w: &str| {
        m.len() >= w.len()
            && m.as_bytes()[m.len() - w.len()..]
                .eq_ignore_ascii_case(w.as_bytes())
    };
    let e = [" ended", " ending"]
        .iter()
        .find(|w| ends(&text[s..e], w))
        .map_or(e, |w| e - w.len());
    let m = &text[s..e];
    // The cue is the first word, with the space after it.
    let Some(space) = m.find(' ') else { return (s, e) };
    let first = &m[..=space];
    // "over 20 years ago", "over a week later": "more than", a hedge of
    // the offset; but "up 5 pct over a year ago", "the increase over a
    // year earlier" compare with it.
    if first.eq_ignore_ascii_case("over ")
        && [" ago", " later", " earlier", " back", " previously"]
            .iter()
            .any(|w| ends(m, w))
        && !compared(&text[..s])
    {
        return (s, e);
    }
    if CUES
        .iter()
        .any(|c| c.len() == first.len() && c.eq_ignore_ascii_case(first))
    {
        let rest = &m[first.len()..];
        return (e - rest.trim_start().len(), e);
    }
    (s, e)
}

/// Whether `before` ends with a change or a figure that "over" compares
/// with what follows ("up 5 pct over", "an increase over", "gains over").
fn compared(before: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
        return true;
    }
    let word = last_word(before);
    let stem = word.strip_suffix('s').unwrap_or(&word);
    matches!(
        stem,
        "pct"
            | "percent"
            | "point"
            | "increase"
            | "improvement"
            | "rise"
            | "gain"
            | "growth"
            | "decline"
            | "decrease"
            | "drop"
            | "fall"
            | "jump"
            | "advance"
            | "up"
            | "down"
            | "higher"
            | "lower"
            | "change"
            | "premium"
            | "discount"
    )
}

/// Whether "today" is followed by "'s" and a noun of the present age
/// ("today's teenagers", "today's society").
fn present_age(after: &str) -> bool {
    let Some(rest) =
        after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s "))
    else {
        return false;
    };
    let next: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        next.as_str(),
        "world"
            | "youth"
            | "society"
            | "generation"
            | "children"
            | "kids"
            | "teenagers"
            | "young"
            | "people"
            | "families"
            | "personal"
            | "modern"
            | "consumers"
            | "consumer"
            | "standards"
            | "businesses"
            | "companies"
            | "organizations"
            | "organisations"
            | "workers"
            | "workplace"
            | "students"
            | "parents"
            | "users"
            | "gamers"
            | "economy"
            | "culture"
            | "technology"
            | "reality"
            | "era"
            | "problems"
            | "challenges"
            | "issues"
            | "threats"
            | "politics"
            | "global"
            | "digital"
            | "media"
            | "jobs"
            | "workforce"
            | "climate"
            | "landscape"
            | "times"
            | "fast"
            | "ever"
            | "increasingly"
            | "complex"
            | "connected"
            | "larger"
    )
}

/// Rejects numbers that only look like years and words that only look like
/// months.
/// Words of time that make a season alone a season: "in spring", "before
/// summer", "by the fall".
const SEASON_CUES: &[&str] = &[
    "upcoming",
    "coming",
    "in",
    "during",
    "by",
    "until",
    "till",
    "over",
    "through",
    "throughout",
    "before",
    "after",
    "since",
];

/// Plural nouns without an "s": after a number, a count ("1700
/// people"), not a year.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "staff",
    "personnel",
    "police",
    "cattle",
    "sheep",
    "feet",
    "yen",
    "head",
];

fn plausible(text: &str, s: usize, e: usize, expr: &TimeExpr) -> bool {
    // What precedes, bounded: checks look at a few words only.
    let before = tail(text[..s].trim_end(), 120);
    let after = &text[e..];
    let prev_char = before.chars().next_back();
    // "a tale set 6,000 years ago", "May 27.50": no expression starts
    // or ends inside a number.
    let head = &text.as_bytes()[..s];
    let inside = |a: u8, b: u8| matches!(a, b',' | b'.') && b.is_ascii_digit();
    if text[s..e].starts_with(|c: char| c.is_ascii_digit())
        && head.len() >= 2
        && inside(head[head.len() - 1], head[head.len() - 2])
        || text[s..e].ends_with(|c: char| c.is_ascii_digit())
            && (after.starts_with('.')
                && after[1..].starts_with(|c: char| c.is_ascii_digit())
                // "May 31,512": thousands, not "June 5,1987", "May 6,7".
                || after.starts_with(',')
                    && after.len() >= 4
                    && after.as_bytes()[1..4].iter().all(u8::is_ascii_digit)
                    && !after[4..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    // "for the third quarter in a row", "the second half running": a count
    // of periods, as "the third straight quarter" is, not the third
    // quarter of a year.
    if matches!(expr, TimeExpr::Period { year: None, .. })
        && [" in a row", " running", " in succession"].iter().any(|w| {
            after.len() >= w.len()
                && after.as_bytes()[..w.len()]
                    .eq_ignore_ascii_case(w.as_bytes())
                && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    {
        return false;
    }
    // "by midweek", "since mid-week", "Midweek, shares rose": a time; "468
    // dlrs midweek and 518 on weekends", "host the mid-week slot": a kind
    // of day or a modifier, no date.
    if ["midweek", "mid-week"]
        .iter()
        .any(|w| text[s..e].eq_ignore_ascii_case(w))
    {
        let prev = last_word(before);
        let opens = before.trim_end().is_empty();
        return opens
            || matches!(
                prev.as_str(),
                "by" | "since"
                    | "until"
                    | "till"
                    | "in"
                    | "from"
                    | "before"
                    | "after"
                    | "around"
                    | "at"
                    | "through"
            );
    }
    // Code quoted in a page: a function call ("now()", "today()") or a
    // keyword among keywords in capitals ("AND CURRENT ROW") in a sentence
    // of lower-case prose.
    let word = &text[s..e];
    if word.ends_with(char::is_alphabetic) && after.starts_with('(') {
        return false;
    }
    let capitals = |w: &str| {
        w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
    };
    if matches!(
        expr,
        TimeExpr::PresentRef | TimeExpr::PastRef | TimeExpr::FutureRef
    ) && capitals(word)
    {
        let prev_word = before
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let next_word_written = after
            .trim_start()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if capitals(prev_word)
            && capitals(next_word_written)
            && text.contains(|c: char| c.is_lowercase())
        {
            return false;
        }
    }
    // "Father Christmas", "Halloween II", "Halloween: Resurrection", "Do
    // They Know It's Christmas": a holiday inside a name or a title.
    if let TimeExpr::Holiday { year: None, .. } = expr {
        let prev = before
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        // (Not after a possessive: "Congress's Easter recess".)
        let possessive = prev
            .strip_suffix("'s")
            .or_else(|| prev.strip_suffix("’s"))
            .is_some_and(|owner| !owner.eq_ignore_ascii_case("it"));
        let in_title = prev.starts_with(|c: char| c.is_ascii_uppercase())
            && !possessive
            && !before.trim_end().ends_with(['.', ':', '"', '“'])
            && before.trim_end().len() > prev.len()
            && !matches!(
                prev.to_ascii_lowercase().trim_end_matches(','),
                "on" | "in"
                    | "at"
                    | "by"
                    | "before"
                    | "after"
                    | "since"
                    | "until"
                    | "this"
                    | "last"
                    | "next"
                    | "merry"
                    | "happy"
                    | "the"
                    | "a"
                    | "over"
                    | "during"
                    | "for"
                    | "but"
                    | "and"
                    // ("US Thanksgiving", "American Independence Day": the
                    // holiday itself.)
                    | "us"
                    | "american"
            );
        let after = &text[e..];
        let sequel = [" II", " III", " IV"].iter().any(|n| {
            after.starts_with(n)
                && !after[n.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) || after.starts_with(": ")
            && after[2..].starts_with(|c: char| c.is_ascii_uppercase());
        if in_title || sequel {
            return false;
        }
    }
    // "a few hundred years earlier", "thousands of years later": no
    // count of years the narrative can step; "6,000 years ago" has its
    // number, and no bare units.
    if matches!(expr, TimeExpr::Offset { .. })
        && matches!(
            next_word(&text[s..e]).as_str(),
            "days" | "weeks" | "months" | "years" | "decades" | "centuries"
        )
        && (matches!(
            last_word(before).as_str(),
            "hundred"
                | "hundreds"
                | "thousand"
                | "thousands"
                | "million"
                | "millions"
                | "billion"
                | "of"
        ) || prev_char.is_some_and(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // "by 2100", "in 2150": a year past this century needs a word that
    // leads to a year before it, and no unit or clock after it ("2100
    // GMT", "2150 dlrs").
    if matches!(
        expr,
        TimeExpr::Calendar { year: Some(2100..), month: None, .. }
    ) {
        // The cue, past "around" or "early" the span may hold.
        let head = text[s..e].trim_end_matches(|c: char| c.is_ascii_digit());
        let leads = [
            "by", "in", "until", "till", "before", "after", "through",
            "beyond", "year",
        ]
        .contains(&last_word(before).as_str())
            || !head.trim().is_empty();
        let counted =
            after.trim_start().starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    next_word(after).as_str(),
                    "hrs"
                        | "hours"
                        | "gmt"
                        | "est"
                        | "edt"
                        | "utc"
                        | "bst"
                        | "cet"
                        | "local"
                        | "dlrs"
                        | "dollars"
                        | "tonnes"
                        | "tons"
                        | "pct"
                        | "percent"
                        | "mln"
                        | "billion"
                        | "million"
                        | "shares"
                        | "feet"
                        | "metres"
                        | "meters"
                        | "km"
                        | "miles"
                        | "points"
                        | "jobs"
                        | "workers"
                        | "people"
                        | "barrels"
                        | "bpd"
                        | "units"
                        | "cars"
                        | "sq"
                        | "square"
                        | "acres"
                );
        if !leads || counted {
            return false;
        }
    }
    // "example.com/2017/01/21/story", "http://x.org/news/2019-05": a
    // date inside a web address dates no event.
    if in_web_address(text, s, e) {
        return false;
    }
    // "a second Boeing 747", "wrote a second, longer book", "added a
    // second": the ordinal; "for a second", "a second later" are time.
    if matches!(expr, TimeExpr::Duration(_))
        && text[s..e].eq_ignore_ascii_case("a second")
    {
        let next = next_word(after);
        // "paused for a second, then", "for a second or two"; not "hoping
        // for a second \"scandal\"", "for a second time".
        let rest = after.trim_start();
        let ends = rest.is_empty()
            || rest.starts_with(['.', ',', ';', ':', '!', '?', ')'])
            || matches!(
                next.as_str(),
                "or" | "and"
                    | "longer"
                    | "too"
                    | "when"
                    | "while"
                    | "then"
                    | "as"
                    | "but"
                    | "so"
                    | "until"
                    | "it"
            );
        let timed = matches!(
            last_word(before).as_str(),
            "for"
                | "in"
                | "within"
                | "half"
                | "just"
                | "only"
                | "than"
                | "about"
        ) && ends
            || matches!(
                next.as_str(),
                "later" | "earlier" | "after" | "before" | "ago"
            )
            || after.starts_with("'s")
            || after.starts_with("’s");
        if !timed {
            return false;
        }
    }
    // "RTX 2080 Ti", "the ZX 1900 series", "its QV 2000 system": a
    // model number after a brand in capitals, not a year.
    if matches!(
        expr,
        TimeExpr::Calendar { year: Some(_), month: None, part: None, .. }
    ) && text[s..e].bytes().all(|b| b.is_ascii_digit())
    {
        let brand = before.rsplit(' ').next().unwrap_or("");
        let capitals = brand.len() >= 2
            && brand
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && brand.bytes().any(|b| b.is_ascii_uppercase());
        // (The next word is read only after a brand: years are many.)
        let model = capitals
            && matches!(
                next_word(after).as_str(),
                "ti" | "super"
                    | "series"
                    | "model"
                    | "system"
                    | "processor"
                    | "chip"
                    | "card"
                    | "gpu"
                    | "cpu"
                    | "graphics"
                    | "xt"
                    | "pro"
            );
        if model {
            return false;
        }
    }
    // "May Department Stores", "Christmas Island": the first word of a
    // firm's or a place's name.
    if matches!(
        expr,
        TimeExpr::Holiday { year: None, .. }
            | TimeExpr::Calendar { day: None, year: None, .. }
    ) && names_firm_or_place(after)
    {
        return false;
    }
    // "pay the dividend April one to holders", but "in May one analyst said",
    // "in March two firms": a spelled day in lower case needs no noun
    // after it.
    if matches!(expr, TimeExpr::Calendar { day: Some(_), .. })
        && text[s..e]
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        && small_number(&last_word(&text[s..e])) > 0
    {
        let next = after
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // ("In May one by one they closed": an idiom, no day.)
        let one_by_one = next == "by"
            && small_number(&next_word(&after.trim_start()[2..])) > 0;
        if one_by_one
            || next.starts_with(char::is_lowercase)
                && !matches!(
                    next,
                    "to" | "and"
                    | "through"
                    | "thru"
                    | "until"
                    | "till"
                    | "instead"
                    | "or"
                    | "when"
                    | "at"
                    | "from"
                    | "after"
                    | "before"
                    // "paralysed since March six by an earthquake"
                    | "by"
                    | "amid"
                    | "because"
                    | "following"
                )
        {
            return false;
        }
    }
    match expr {
        // "TIN MAY 5 PCT HIGHER": in capitals, a month word before an
        // amount is the verb.
        TimeExpr::Calendar { day: Some(_), .. }
            if text[s..e].starts_with(|c: char| c.is_ascii_uppercase())
                && !text[s..e].chars().any(|c| c.is_lowercase()) =>
        {
            let next: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '%')
                .collect::<String>()
                .to_ascii_lowercase();
            let amount = matches!(
                next.as_str(),
                "pct"
                    | "percent"
                    | "%"
                    | "pc"
                    | "per"
                    | "mln"
                    | "billion"
                    | "dlrs"
                    | "cts"
                    | "points"
                    | "pts"
                    | "tonnes"
                    | "times"
            ) || after.starts_with('%');
            // "MAY 2.344,00": a price in a table.
            let price = after.starts_with(['.', ','])
                && after[1..].starts_with(|c: char| c.is_ascii_digit());
            !amount && !price
        }
        // "Chinese New Year", "the Lunar New Year": no January 1.
        TimeExpr::Holiday { .. } if text[s..e].starts_with("New Year") => {
            let prev = before.rsplit(' ').next().unwrap_or("");
            !matches!(
                prev,
                "Chinese"
                    | "Lunar"
                    | "Vietnamese"
                    | "Korean"
                    | "Jewish"
                    | "Persian"
                    | "Iranian"
                    | "Islamic"
                    | "Tibetan"
                    | "Thai"
            )
        }
        // "the first half hour", "the latter half of May", "the final
        // quarter of the game": a part of something else.
        TimeExpr::Period {
            precision: Precision::Quarter | Precision::Half,
            year: None,
            ..
        } if after.starts_with(" hour")
            || after.starts_with("-hour")
            || after.starts_with(" day")
            || (after.starts_with(" of ")
                && !period_follows(&after[" of ".len()..])
                && {
                    let m = text[s..e].to_ascii_lowercase();
                    m.contains("final") || m.contains("latter")
                }) =>
        {
            false
        }
        // "the first half of the match", "the second half of the
        // decade": a half or quarter of something else than a year.
        TimeExpr::Period {
            precision: Precision::Quarter | Precision::Half,
            year: None,
            ..
        } if after.starts_with(" of ") => {
            // "the first half of May": a part of the month.
            if month_word_at(&after[4..]) {
                return false;
            }
            // "for the third quarter of $226 million" is the quarter.
            let rest = after[4..].to_ascii_lowercase();
            let other =
                ["the ", "a ", "an ", "its ", "their ", "his ", "her "]
                    .iter()
                    .any(|w| rest.starts_with(w));
            // "of the 1987 fiscal year", "of its current financial year".
            let mut words = rest.split_whitespace();
            let year = rest
                .split_whitespace()
                .take(4)
                .any(|w| w.starts_with("year") || w.starts_with("fiscal"))
                || words.nth(1).is_some_and(|w| {
                    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                });
            !other || year
        }
        // "goalless through the whole second half", "scored twice in the
        // fourth quarter", "France's improved second-half display": a half
        // or quarter of a match.
        TimeExpr::Period {
            precision: Precision::Quarter | Precision::Half,
            year: None,
            shift: None,
            ..
        } if tells_of_play(text)
            || of_a_work(before)
            || matches!(
                next_word(after).as_str(),
                "display"
                    | "showing"
                    | "spell"
                    | "fightback"
                    | "comeback"
                    | "onslaught"
                    | "try"
                    | "tries"
                    | "header"
                    | "brace"
                    | "equaliser"
                    | "equalizer"
                    | "substitute"
                    | "substitution"
                    | "touchdown"
            ) =>
        {
            false
        }
        // "the fall in prices", "the fall of the dollar", "The fall was
        // due to lower prices", "stem the fall": a drop. The season comes
        // after a word of time ("in the fall", "by the fall") or before
        // one ("the fall season", "the fall and winter").
        TimeExpr::Period {
            precision: Precision::Season, year: None, ..
        } if text[s..e].eq_ignore_ascii_case("the fall") => {
            let drop = [" in ", " of ", " to ", " from ", " since "]
                .iter()
                .any(|w| after.starts_with(w));
            let prev = last_word(before.trim_end());
            let timely = SEASON_CUES.contains(&prev.as_str())
                || matches!(prev.as_str(), "around" | "into");
            let seasonal = matches!(
                next_word(after).as_str(),
                "season"
                    | "seasons"
                    | "semester"
                    | "term"
                    | "harvest"
                    | "planting"
                    | "and"
                    | "or"
            );
            !drop && (timely || seasonal)
        }
        // A season alone: "in spring", "before summer", "Labour's spring
        // conference", "their summer tour"; not "spring wheat", "a
        // summer's afternoon", "spring" the verb, "the dollar's fall".
        TimeExpr::Period {
            precision: Precision::Season,
            year: None,
            shift: None,
            ..
        } if !text[s..e].contains(' ') => {
            let prev = last_word(before.trim_end());
            let possessive = before.trim_end().ends_with("'s")
                || before.trim_end().ends_with("’s")
                || matches!(
                    prev.as_str(),
                    "their" | "its" | "his" | "her" | "our"
                );
            // "ahead of winter".
            let trimmed = before.trim_end();
            let preposition = SEASON_CUES.contains(&prev.as_str())
                || prev == "of"
                    && trimmed
                        .get(trimmed.len().saturating_sub(8)..)
                        .is_some_and(|t| t.eq_ignore_ascii_case("ahead of"));
            let crop = matches!(
                next_word(after).as_str(),
                "wheat"
                    | "wheats"
                    | "crop"
                    | "crops"
                    | "barley"
                    | "grain"
                    | "grains"
                    | "feedgrains"
                    | "oilseed"
                    | "rape"
                    | "rapeseed"
                    | "durum"
                    | "corn"
                    | "sowing"
                    | "sown"
                    | "pasture"
                    | "pastures"
                    | "kill"
                    | "time"
                    | "solstice"
            );
            // "the dollar's fall", "after fall which ...": alone, "fall"
            // is a drop.
            let word = &text[s..e];
            (possessive || preposition)
                && !crop
                && word.starts_with(|c: char| c.is_lowercase())
                && word != "fall"
        }
        // "the 80s", or "40s" after another decade ("the 1930s and 40s",
        // "the late 70s and early 80s"); "in her 40s" is an age, "40s
        // and 50s" sizes.
        TimeExpr::Decade { precision: Precision::Decade, .. }
            if text[s..e].rsplit([' ', '-']).next().is_some_and(|w| {
                // "the 30's" is "the 30s".
                let w = w.replace(['\'', '’'], "");
                w.len() == 3 && w.ends_with("0s")
            }) =>
        {
            // "shares rose to the mid 30s", "highs in the 70s F": a price,
            // a temperature or an age.
            let near = format!(
                "{} {}",
                tail(before, 80),
                &after[..floor_char(after, 40)]
            )
            .to_ascii_lowercase();
            let measured = near
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '$' && c != '%')
                .any(|w| {
                    matches!(
                        w,
                        "f" | "temperature"
                            | "temperatures"
                            | "degrees"
                            | "highs"
                            | "lows"
                            | "readings"
                            | "stock"
                            | "shares"
                            | "price"
                            | "prices"
                            | "dlrs"
                            | "dollars"
                            | "cents"
                            | "barrel"
                            | "pct"
                            | "percent"
                            | "yield"
                            | "traded"
                            | "trading"
                            | "bid"
                            | "points"
                            | "index"
                            | "expectancy"
                            | "aged"
                            | "mph"
                            | "worth"
                    ) || w.contains(['$', '%'])
                })
                // "the 9-1/2s of 2001 ... in the mid-90s", "crowds in the
                // 10s or 100s": among figures.
                || near.contains('/')
                || near
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w.len() > 3 && w.ends_with('s') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit()) && !w.ends_with("0s"));
            let ten = text[s..e].rsplit([' ', '-']).next() == Some("10s");
            // "prices doubled in the '90s": the apostrophe stands for the
            // century left out, so the number is a decade, not a price
            // (unless an amount is written beside it).
            let elided = text[s..e].contains(['\'', '’'])
                && !text[s..e].ends_with("'s")
                && !text[s..e].ends_with("’s")
                && !near.contains(['$', '%']);
            if measured && !elided || ten {
                return false;
            }
            // The decade before the conjunction: "1930s", "'30s", or
            // "30s" after "the", "early", "mid" or "late".
            let decade_before = |head: &str| {
                let head = head.trim_end_matches(',');
                let (rest, last) = head.rsplit_once(' ').unwrap_or(("", head));
                // "mid-80s", "'80s"
                let digits = last
                    .rsplit('-')
                    .next()
                    .unwrap_or(last)
                    .trim_start_matches(['\'', '’']);
                let two = digits.len() == 3
                    && digits.ends_with("0s")
                    && digits.as_bytes()[0].is_ascii_digit();
                let four = digits.len() == 5
                    && digits.ends_with("0s")
                    && digits[..4].bytes().all(|b| b.is_ascii_digit());
                four || two && last.len() > digits.len()
                    || two
                        && matches!(
                            last_word(rest).as_str(),
                            "the" | "early" | "mid" | "late"
                        )
            };
            let lead = text[s..e].to_ascii_lowercase();
            let prev = before.trim_end();
            lead.starts_with("the ")
                || prev.rsplit_once(' ').is_some_and(|(head, conj)| {
                    matches!(conj, "and" | "or" | "to") && decade_before(head)
                })
        }
        // "the Winter Olympics", "the Spring Festival", "the Fall of
        // Rome": a capitalized season in a name.
        TimeExpr::Period {
            precision: Precision::Season, year: None, ..
        } if text[s..e]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())) =>
        {
            let rest = after.strip_prefix(" of ").or(after.strip_prefix(' '));
            !rest.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        }
        // "on the 15th": a day alone needs a preposition before it and
        // no noun after it ("the 15th floor", "the 5th anniversary").
        TimeExpr::Calendar { month: None, day: Some(_), shift, .. } => {
            // "the 15th of this month" says which.
            shift.is_some() || day_alone(before, after)
        }
        // "version 1.2.2019": a number with dots, not a day.
        TimeExpr::Calendar { day: Some(_), .. }
            if text[s..e].starts_with(|c: char| c.is_ascii_digit())
                && text[s..e].contains('.') =>
        {
            !matches!(
                last_word(before.trim_end()).as_str(),
                "version" | "v" | "release" | "build" | "firmware" | "update"
            ) && !before.ends_with(['.', 'v', 'V'])
        }
        // "the last week of March", "the last year of his contract": the
        // end of something else, not the stretch up to now. "Over the
        // last few months of the plan's collapse" may still be the months
        // up to now; "the last few months of 2004" are not.
        TimeExpr::Past { amount, .. }
            if after.starts_with(" of ")
                && text[s..e].to_ascii_lowercase().starts_with("the last") =>
        {
            let single = amount.hi == 1 && !amount.fuzzy;
            !single && !period_follows(&after[" of ".len()..])
        }
        // "in '98": a short year needs a preposition of time before it,
        // and no quote closing after it ("the '98' key").
        TimeExpr::Calendar {
            month: None, day: None, year: Some(_), ..
        } if text[s..e].starts_with(['\'', '’']) => {
            matches!(
                last_word(before).as_str(),
                "in" | "since"
                    | "of"
                    | "from"
                    | "until"
                    | "till"
                    | "by"
                    | "before"
                    | "after"
                    | "during"
                    | "through"
                    | "to"
            ) && text[..s].ends_with(char::is_whitespace)
                && !after.starts_with(['\'', '’'])
        }
        TimeExpr::Calendar {
            month: None, day: None, year: Some(_), ..
        } => {
            // Amounts, counts, codes: "$2017", "No. 2017", "2,017", "2017.5".
            // "post-2008 politics", "pre-2008 levels" are years.
            let lower_before = before.to_ascii_lowercase();
            let prefixed = [" post-", " pre-"]
                .iter()
                .any(|p| lower_before.ends_with(p) || lower_before == p[1..]);
            // "2,017" and "2017.5" are numbers; "2003, 2005" a list.
            let touching = text[..s].ends_with(['.', ',']);
            // "2010-2015", "2014–2016": the end of a range of years.
            let range_end = text[..s].strip_suffix(['-', '–']).is_some_and(|b| {
                let from = digits_start(b);
                let first = b[from..].parse::<i32>().ok();
                let year = text[s..e].parse::<i32>().ok();
                b.len() - from == 4
                    && !b[..from].ends_with(|c: char| {
                        c.is_alphanumeric() || matches!(c, '-' | '.' | ',' | '/')
                    })
                    && matches!((first, year), (Some(a), Some(b)) if a < b && b - a <= 100)
            });
            // "Copyright 2012-2019", "(c) 2019": a footer's years, the
            // end of a range too.
            let footer = |b: &str| {
                let b = b.trim_end();
                ["copyright", "(c)"].iter().any(|f| {
                    b.len() >= f.len()
                        && b.is_char_boundary(b.len() - f.len())
                        && b[b.len() - f.len()..].eq_ignore_ascii_case(f)
                })
            };
            let range_start = text[..s]
                .strip_suffix(['-', '–'])
                .map(|b| &b[..digits_start(b)]);
            if footer(before) || range_start.is_some_and(footer) {
                return false;
            }
            if range_end {
                return true;
            }
            if (touching
                || matches!(
                    prev_char,
                    Some('$' | '€' | '£' | '¥' | '#' | '©' | '-' | '/')
                ))
                && !before.ends_with(" -")
                && !prefixed
            {
                return false;
            }
            if after.starts_with([',', '.'])
                && after[1..].starts_with(|c: char| c.is_ascii_digit())
            {
                return false;
            }
            if after.starts_with(['%', '-', '–'])
                && !after.starts_with("-to-")
                && !after.starts_with("-ye")
            {
                return !after.starts_with('%');
            }
            // "2001 Market Street": a house number; "Sugars 1650 % Daily
            // Value", "up 1986 percent": an amount.
            if street_after(after)
                || after.trim_start().starts_with('%')
                || after.starts_with(" percent")
                || after.starts_with(" per cent")
            {
                return false;
            }
            for w in [
                "version",
                "v",
                "no",
                "number",
                "model",
                "route",
                "page",
                "pages",
                "room",
                "suite",
                "section",
                "chapter",
                "article",
                "flight",
                "gate",
                "form",
                "rule",
                "item",
                "exhibit",
                "bill",
                "h.r.",
                "unit",
                "apartment",
                "apt",
                "box",
                "bus",
                "vol",
                "volume",
                "sec",
                "art",
                "para",
                "pp",
            ] {
                // ("No. 1999", "Art. 2004", as "no 1999".)
                let head = lower_before.strip_suffix(w).or_else(|| {
                    lower_before.strip_suffix('.')?.strip_suffix(w)
                });
                if head.is_some_and(|h| {
                    h.is_empty() || h.ends_with(|c: char| !c.is_alphabetic())
                }) {
                    return false;
                }
            }
            // "at 1800 hrs", "from 0800 to 1400 CST": a clock on a 24-hour
            // dial, not a year.
            let minutes: u32 = text[s..e]
                .get(e - s - 2..)
                .and_then(|m| m.parse().ok())
                .unwrap_or(99);
            if minutes < 60 && clock_hours(after) {
                return false;
            }
            if among_figures(before, after) {
                return false;
            }
            // "2000 patents": a count followed by a plural noun, unless a
            // preposition marks it as a time ("in 2017 sales rose").
            // The whole next word: "cross-licensing" is no plural.
            let next_word: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '-')
                .collect();
            let prev_word = lower_before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let temporal_prep = matches!(
                prev_word,
                "in" | "since"
                    | "by"
                    | "until"
                    | "from"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "through"
                    | "to"
                    | "and"
                    | "early"
                    | "late"
                    | "mid"
                    | "fiscal"
                    | "year"
            );
            // "the 2011 protests": a year as a modifier (news style writes
            // a count of a thousand or more with a comma, "the 1,992").
            let modifier = matches!(prev_word, "the" | "its" | "their" | "a")
                && text[s..e].starts_with(['1', '2'])
                && matches!(&text[s..s + 2], "18" | "19" | "20");
            // "the end of 2022", "early 2018", "fiscal 2019": words of
            // time before the number make it a year.
            let lower_span = text[s..e].to_ascii_lowercase();
            let cued = [
                "the ", "early", "mid", "late", "end", "start", "fiscal", "fy",
            ]
            .iter()
            .any(|w| lower_span.starts_with(w))
                && lower_span.contains(|c: char| c.is_ascii_digit());
            if !temporal_prep
                && !prefixed
                && !modifier
                && !cued
                && !after_a_day(before)
                && after.starts_with(' ')
                && (next_word.len() > 3
                    && next_word.ends_with('s')
                    // "surplus", "loss", "crisis": singular nouns.
                    && !["ss", "us", "is"].iter().any(|e| next_word.ends_with(e))
                    // "around 1700 people": plurals without an s.
                    || IRREGULAR_PLURALS.contains(&next_word.as_str()))
                && next_word.chars().all(|c| c.is_lowercase())
                && !matches!(
                    next_word.as_str(),
                    "was"
                        | "has"
                        | "sales"
                        | "results"
                        | "earnings"
                        | "unless"
                        | "thus"
                        | "always"
                        | "perhaps"
                        | "whereas"
                        | "besides"
                        | "across"
                        | "towards"
                        | "afterwards"
                        | "plus"
                        | "less"
                        | "this"
                        | "does"
                        // "2018 marks the tenth year": the year as subject.
                        | "marks"
                        | "sees"
                        | "brings"
                        | "promises"
                        | "looks"
                        | "remains"
                        | "seems"
                        | "means"
                )
            {
                return false;
            }
            true
        }
        TimeExpr::Calendar {
            month: Some(_),
            day: None,
            year: None,
            shift: None,
            part: None,
            ..
        } if !text[s..e].contains(' ') && text[s..e].len() > 3 => {
            // A bare month name: not the first word of a sentence when it
            // could be a verb ("March"), not part of a name ("June Carter",
            // "Hurricane August").
            let word = &text[s..e];
            if word == "March" && before.is_empty() {
                return false;
            }
            // "In December Acme bought Globex": after a preposition of
            // time the month is a date, whatever follows.
            let timed = matches!(
                last_word(before).as_str(),
                "in" | "since"
                    | "during"
                    | "until"
                    | "till"
                    | "through"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
            );
            // "the March of Dimes", "the March for Jobs": a name ("released
            // in March on PS2" is a date).
            let named =
                [" for ", " of the ", " of ", " on "].iter().any(|link| {
                    after.strip_prefix(link).is_some_and(|rest| {
                        rest.starts_with(|c: char| c.is_uppercase())
                            && month(rest.split(' ').next().unwrap_or(""))
                                .is_none()
                    })
                });
            if named && !timed {
                return false;
            }
            let next: String = after
                .strip_prefix(' ')
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let prev = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let possessive = prev.ends_with("'s") || prev.ends_with("’s");
            // "its April U.S. output", "the automaker's March Jeep
            // sales": after a possessive or a determiner the month
            // modifies the noun phrase that follows.
            let owned = possessive
                || ["its", "their", "his", "her", "our", "the"]
                    .iter()
                    .any(|d| prev.eq_ignore_ascii_case(d));
            if next.chars().next().is_some_and(char::is_uppercase)
                && month(&next).is_none()
                && !timed
                && !owned
            {
                return false;
            }
            // "May-July": the end of a range of months.
            if prev.ends_with(['-', '–'])
                && month_word_at(
                    prev.trim_start_matches(|c: char| !c.is_alphabetic()),
                )
            {
                return true;
            }
            if in_month_list(before, after) {
                return true;
            }
            // "OPEC's February output", "Reagan's March speech": after a
            // possessive the month is a date.
            if possessive {
                return true;
            }
            let prev_cap = prev.chars().next().is_some_and(char::is_uppercase);
            const CUES: &[&str] = &[
                "In", "By", "Since", "Until", "For", "Of", "Last", "This",
                "Next", "Early", "Late", "Through", "From", "During", "After",
                "Before", "Since",
            ];
            !(prev_cap && !CUES.contains(&prev) && before.len() > prev.len())
        }
        TimeExpr::Calendar {
            month: Some(5), day: None, year: None, ..
        } => {
            // "may" the verb is lower case; "May" after a cue word is a
            // month, as after a determiner before a noun ("the May
            // election", "an expected May poll"); not "Theresa May said",
            // "May I", "May rose".
            let prev = last_word(before.trim_end());
            let cue = matches!(
                prev.as_str(),
                "in" | "since"
                    | "during"
                    | "until"
                    | "till"
                    | "from"
                    | "through"
                    | "by"
                    | "of"
                    | "before"
                    | "after"
                    | "last"
                    | "this"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "to"
                    | "and"
                    // "Near May slid to a new low": a futures contract.
                    | "near"
                    | "nearby"
                    | "deferred"
            );
            // "May 21-June 5" unread by the patterns of days, "May Day":
            // no month alone.
            let next = after.trim_start();
            // ("its May sales", "Britain's May election": a possessive
            // too, written next to the month; not "her", also an object,
            // "told her May would ...".)
            let owner = before.ends_with(|c: char| c.is_alphabetic())
                && (matches!(
                    prev.as_str(),
                    "its" | "their" | "his" | "our" | "your"
                ) || before.ends_with("'s")
                    || before.ends_with("’s"));
            let determiner = (matches!(
                prev.as_str(),
                "the" | "a" | "an" | "expected" | "planned" | "likely"
            ) || owner)
                && next.starts_with(|c: char| c.is_ascii_lowercase());
            let day_after = next.starts_with(|c: char| c.is_ascii_digit())
                || next_word(next) == "day";
            let listed = prev == "both" || in_month_list(before, after);
            // "for May shipment": a month of the trade.
            let traded = matches!(
                next_word(next).as_str(),
                "shipment"
                    | "shipments"
                    | "delivery"
                    | "deliveries"
                    | "loading"
            );
            text[s..e].contains("May")
                && (text[s..e] != *"May"
                    || (cue || determiner || listed || traded) && !day_after)
        }
        // "the last year of his contract", "the last month of the year":
        // a last one of something else, not the one before now.
        TimeExpr::Shift { by: -1, narrative: false, .. }
            if last_word(before) == "the"
                && text[s..e]
                    .get(..5)
                    .is_some_and(|h| h.eq_ignore_ascii_case("last ")) =>
        {
            false
        }
        // "the day before", "the year after" stand alone only before a
        // pause: "the day before the vote" is a day next to an event or a
        // named day.
        TimeExpr::Shift { narrative: true, by: -1 | 1, .. }
            if text[s..e]
                .get(..4)
                .is_some_and(|h| h.eq_ignore_ascii_case("the "))
                && (text[s..e].ends_with("before")
                    || text[s..e].ends_with("after")) =>
        {
            after.trim_start_matches(' ').is_empty()
                || after.starts_with([
                    ',', '.', ';', ':', ')', '"', '\'', '”', '’',
                ])
        }
        // "traders said that spring wheat looked weak": "that" opens a
        // clause; the season names a crop.
        // "That December it closed", "by that March": a month of the
        // narrative opens its sentence or follows a preposition; "said
        // that January orders fell", "important that June francs held":
        // "that" opens a clause.
        TimeExpr::MonthOf { by: 0, .. }
        | TimeExpr::Weekday { narrative: true, shift: Some(0), .. }
            if text[s..e]
                .get(..5)
                .is_some_and(|h| h.eq_ignore_ascii_case("that ")) =>
        {
            that_names_a_time(before, after)
        }
        TimeExpr::SeasonOf { by: 0, .. }
            if text[s..e]
                .get(..5)
                .is_some_and(|h| h.eq_ignore_ascii_case("that ")) =>
        {
            let w = last_word(before);
            let telling = [
                "said",
                "says",
                "say",
                "added",
                "adds",
                "noted",
                "notes",
                "reported",
                "reports",
                "expects",
                "expected",
                "believes",
                "believed",
                "hopes",
                "hoped",
                "warned",
                "warns",
                "predicted",
                "predicts",
                "showed",
                "shows",
                "indicated",
                "indicates",
                "estimated",
                "estimates",
                "forecast",
                "fears",
                "feared",
                "thought",
                "thinks",
                "think",
                "knew",
                "know",
                "suggests",
                "suggested",
                "means",
                "meant",
                "argued",
                "argues",
                "stated",
                "claimed",
                "claims",
                "announced",
                "confirmed",
                "so",
                "now",
                "such",
                "ensure",
                "ensured",
                "found",
                "finds",
                "shown",
            ];
            !telling.contains(&w.as_str())
        }
        // "the year" alone: of a stretch of it ("the first nine months
        // of the year", "the rest of the year"), not "the deal of the
        // year".
        TimeExpr::Shift {
            unit: Unit::Year,
            by: 0,
            narrative: false,
            part: None,
        } if text[s..e].eq_ignore_ascii_case("the year") => {
            let lower = before.to_ascii_lowercase();
            matches!(
                last_word(before).as_str(),
                "for" | "during" | "throughout"
            ) || [
                "months of",
                "weeks of",
                "days of",
                "quarters of",
                "rest of",
                "remainder of",
                "balance of",
            ]
            .iter()
            .any(|cue| lower.ends_with(cue))
        }
        // "two Fridays ago": one Friday, not every one.
        TimeExpr::Set(v)
            if v.starts_with("XXXX-WXX-") && after.starts_with(" ago") =>
        {
            false
        }
        // "closed two months later than planned": a comparison.
        TimeExpr::Offset { .. } if after.starts_with(" than ") => false,
        // "for two weeks earlier this month": "earlier" belongs to "this
        // month"; the count is a length of time.
        TimeExpr::Offset { narrative: true, .. } => {
            let lower = after[..floor_char(after, 40)].to_ascii_lowercase();
            let mut words = lower
                .split(|c: char| !c.is_ascii_alphabetic())
                .skip(1)
                .take(2);
            let (w1, w2) = (words.next(), words.next());
            let period = matches!(
                w2,
                Some(
                    "day"
                        | "week"
                        | "month"
                        | "year"
                        | "quarter"
                        | "decade"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "spring"
                        | "summer"
                        | "fall"
                        | "autumn"
                        | "winter"
                )
            );
            !(after.starts_with(' ')
                && matches!(w1, Some("this" | "that" | "last" | "next"))
                && period)
        }
        TimeExpr::Weekday { .. }
            if ["Black", "Super", "Blue", "Bloody", "Giving", "Bowl"]
                .iter()
                .any(|w| {
                    before.strip_suffix(w).is_some_and(|b| {
                        b.is_empty()
                            || b.ends_with([' ', '"', '\'', '(', '“', '‘'])
                    })
                }) =>
        {
            // "Black Monday", "Super Tuesday", "Bloody Sunday": a named
            // day of some other week.
            false
        }
        TimeExpr::Weekday { .. } => {
            // "The Sunday Times", "Monday Night Football": part of a name.
            let next: String = after
                .strip_prefix(' ')
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            // "his Sunday Mass": the service is on that day. After "on"
            // or "said" the day is a date, whatever name follows ("on
            // Monday Mr Ellis named ...").
            let dated = matches!(
                last_word(before.trim_end()).as_str(),
                // Not "by": "by Sunday Telegraph journalist ...".
                "on" | "until"
                    | "since"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "said"
                    | "announced"
                    | "told"
            );
            dated
                || !(next.chars().next().is_some_and(char::is_uppercase)
                    && month(&next).is_none()
                    && next != "Mass")
        }
        // "on weekends", "at weekends": every weekend; not "two weekends".
        TimeExpr::Set(v) if v == "XXXX-WXX-WE" => {
            let prev = last_word(before);
            matches!(prev.as_str(), "on" | "at" | "most" | "all" | "during")
        }
        TimeExpr::Set(_) => {
            // "quarterly dividend", "annual report": adjectives of a
            // thing. "daily life", "a weekly rally" tell how often
            // something happens, as TimeML has it.
            // "Business Daily", "Farm Weekly": names.
            let m = text[s..e].to_ascii_lowercase();
            // "the band Lazy Sundays": a capitalized word before a
            // weekday plural inside a sentence makes a name.
            if m.ends_with("days") && !m.contains(' ') {
                let prev = before.rsplit(' ').next().unwrap_or("");
                let inside = before.len() > prev.len();
                if inside
                    && prev.starts_with(|c: char| c.is_uppercase())
                    && !matches!(
                        prev,
                        "On" | "Every" | "Each" | "Most" | "All"
                    )
                {
                    return false;
                }
            }
            if !before.is_empty()
                && m.ends_with("ly")
                && text[s..e].starts_with(|c: char| c.is_uppercase())
                && !before.ends_with(['.', ':', '"', '`', '\'', '“', '‘'])
            {
                return false;
            }
            // "average daily volume": a statistic.
            let lower_before = before.to_ascii_lowercase();
            if lower_before.ends_with("average") {
                return false;
            }
            // "the state daily Northern Star", "the business weekly
            // Acme Week", "the daily al-Sharq": a newspaper before its
            // name (one with an Arabic article).
            let next_name = after.strip_prefix(' ').unwrap_or("");
            let next_name = ["al-", "el-", "an-", "ar-", "as-", "ad-"]
                .iter()
                .find_map(|a| next_name.strip_prefix(a))
                .unwrap_or(next_name);
            let name: String =
                next_name.chars().take_while(|c| c.is_alphabetic()).collect();
            if matches!(m.as_str(), "daily" | "weekly" | "monthly")
                && !before.is_empty()
                && name.starts_with(|c: char| c.is_uppercase())
                && !month_word_at(&name)
                && weekday(&name).is_none()
                && !names_a_thing(after)
            {
                return false;
            }
            // "The party daily said", "the business weekly reported": a
            // newspaper telling.
            if matches!(m.as_str(), "daily" | "weekly" | "monthly")
                && matches!(
                    name.as_str(),
                    "said"
                        | "says"
                        | "reported"
                        | "reports"
                        | "wrote"
                        | "writes"
                        | "quoted"
                        | "quotes"
                        | "added"
                        | "carried"
                        | "published"
                        | "commented"
                )
            {
                return false;
            }
            // "to climb 7% annually", "$2 million annually", "up to £250m
            // yearly": a rate, like "$5 a year".
            let figure = |b: &str| {
                let b = b.strip_suffix("bn").or_else(|| b.strip_suffix('m'));
                b.is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            };
            if matches!(m.as_str(), "annually" | "yearly")
                && (lower_before.ends_with('%')
                    || ["percent", "million", "billion", "units"]
                        .iter()
                        .any(|w| lower_before.ends_with(w))
                    || figure(&lower_before))
            {
                return false;
            }
            if m.ends_with("ly")
                && !m.starts_with("every")
                && !m.starts_with("each")
                && m != "daily"
                && m != "hourly"
                && m != "weekly"
            {
                let next: String = after
                    .trim_start_matches(' ')
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                let joins = matches!(
                    next.as_str(),
                    "" | "to"
                        | "and"
                        | "or"
                        | "in"
                        | "on"
                        | "at"
                        | "by"
                        | "for"
                        | "from"
                        | "with"
                        | "since"
                        | "until"
                        | "as"
                        | "but"
                        | "through"
                        | "over"
                );
                if after.starts_with(' ')
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && !joins
                {
                    return false;
                }
            }
            true
        }
        // "Now, the question is …": a sentence opening on "Now," turns the
        // telling (a discourse marker); TimeML corpora leave it untagged.
        TimeExpr::PresentRef
            if &text[s..e] == "Now" && after.starts_with(',') =>
        {
            let b = before.trim_end_matches(['"', '`', '\'', '“', '(', ' ']);
            !(b.is_empty() || b.ends_with([':', ';', '.', '!', '?']))
        }
        // "the current account surplus", "current assets", "current
        // affairs", "an alternating current": terms, not the present.
        TimeExpr::PresentRef if text[s..e].eq_ignore_ascii_case("current") => {
            let next = next_word(after);
            let prev = last_word(before);
            !matches!(
                next.as_str(),
                "account"
                    | "accounts"
                    | "assets"
                    | "liabilities"
                    | "affairs"
                    | "ratio"
            ) && !matches!(
                prev.as_str(),
                "alternating" | "direct" | "electric" | "ocean"
            )
        }
        // "In April, last year's winner …": the comma parts the month
        // from a year that belongs to the next phrase.
        TimeExpr::MonthOfYear { .. }
            if text[s..e].contains(',') && after.starts_with(['\'', '’']) =>
        {
            false
        }
        // "today's teenagers", "today's society": the present age, no date.
        TimeExpr::Today { by: 0, daypart: None } if present_age(after) => {
            false
        }
        // "a great day": only what the story says the day is ("it was a
        // great day"), not "a good day to buy".
        TimeExpr::Shift {
            unit: Unit::Day, by: 0, narrative: true, ..
        } if text[s..e].len() > 2
            && text[s..e]
                .get(..2)
                .is_some_and(|h| h.eq_ignore_ascii_case("a ")) =>
        {
            let b = before
                .trim_end_matches(['"', '`', '\'', '“', ' '])
                .to_ascii_lowercase();
            [
                "it is", "it was", "it's", "it’s", "this is", "this was",
                "that was",
            ]
            .iter()
            .any(|c| b.ends_with(c))
        }
        // "the town's future in doubt": the noun, not "the
        // firm's future earnings".
        TimeExpr::FutureRef if text[s..e].eq_ignore_ascii_case("future") => {
            let next: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_ascii_lowercase();
            next.is_empty()
                || matches!(
                    next.as_str(),
                    "away"
                        | "is"
                        | "was"
                        | "will"
                        | "in"
                        | "of"
                        | "and"
                        | "or"
                        | "as"
                        | "at"
                        | "for"
                        | "to"
                        | "remains"
                        | "looks"
                        | "hangs"
                        | "depends"
                        | "lies"
                )
        }
        // "the future of the airline": its fate, not a time; "the future
        // wife of the singer": an adjective.
        TimeExpr::FutureRef
            if text[s..e].eq_ignore_ascii_case("the future") =>
        {
            // "the Future Strategists Hub", "the Institute for the
            // Future": a name.
            if text[s..e].ends_with("Future")
                && (text[s..e].starts_with("the ")
                    || after.strip_prefix(' ').is_some_and(|a| {
                        a.starts_with(|c: char| c.is_uppercase())
                    }))
            {
                return false;
            }
            // Only words right after it, not across a comma ("in the
            // future, of course").
            let mut words = after.split(' ');
            let (_, next, then) = (words.next(), words.next(), words.next());
            let adjective = next.is_some_and(|w| {
                !w.is_empty()
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        w,
                        "is" | "was"
                            | "will"
                            | "in"
                            | "as"
                            | "at"
                            | "for"
                            | "to"
                            | "and"
                            | "or"
                            | "but"
                            | "of"
                    )
            }) && then == Some("of");
            !after.starts_with(' ') || next != Some("of") && !adjective
        }
        // "robbed, most recently last June": an order, not a time; "as
        // recently as last month" points at the date after it.
        TimeExpr::PastRef
            if before.to_ascii_lowercase().ends_with("most")
                || after.starts_with(" as ") =>
        {
            false
        }
        // "the leaders of tomorrow": an age to come, no date ("as of
        // today" is one; "ahead of tomorrow's talks" is a day).
        TimeExpr::Today { by: 1, daypart: None }
            if before.to_ascii_lowercase().ends_with(" of")
                && !before.to_ascii_lowercase().ends_with("as of")
                && text[s..e].len() == "tomorrow".len()
                && (after.is_empty()
                    || after.starts_with([
                        ',', '.', ';', '"', '\'', '’', '”', ')', '?', '!',
                    ]))
                && !after.starts_with("'s")
                && !after.starts_with("’s") =>
        {
            false
        }
        // "the fifth day of": only when the story says it is that day.
        TimeExpr::Today { by: 0, daypart: None }
            if text[s..e].len() > 5
                && text[s..e]
                    .get(..4)
                    .is_some_and(|h| h.eq_ignore_ascii_case("the ")) =>
        {
            let b = before.to_ascii_lowercase();
            after.starts_with(" of ")
                && (b.ends_with(" is")
                    || b.ends_with("'s")
                    || b.ends_with("’s"))
        }
        TimeExpr::Shift { .. } | TimeExpr::Today { .. }
            if !before.is_empty()
                && text[s..e]
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase())) =>
        {
            // "USA Today", the show "Last Week Tonight": a title.
            let b = before.trim_end_matches(['"', '`', '\'', '“', '(', ' ']);
            // At the start of a sentence or quote the capital says nothing.
            b.is_empty() || b.ends_with([':', ';', '.', '!', '?'])
        }
        TimeExpr::Period {
            precision: Precision::Quarter, year: None, ..
        } if text[s..e].starts_with('Q') => {
            // "in Q3", "its Q4 results", "mid-Q4"; not "the Audi Q5".
            let prev = last_word(before.strip_suffix('-').unwrap_or(before));
            matches!(
                prev.as_str(),
                "in" | "for"
                    | "during"
                    | "of"
                    | "its"
                    | "their"
                    | "this"
                    | "last"
                    | "next"
                    | "fiscal"
                    | "by"
                    | "since"
                    | "until"
                    | "through"
                    | "and"
                    | "or"
                    | "to"
                    | "early"
                    | "late"
                    | "mid"
            )
        }
        TimeExpr::Clock { .. } if on_the_dial(&text[s..e]) => {
            dial_cued(&text[s..e], before, after)
        }
        TimeExpr::Clock { .. } => {
            // "high noon": an idiom, not a time.
            !before.to_ascii_lowercase().ends_with("high")
        }
        TimeExpr::Duration(_) => {
            // "the 1986/87 year": the end of a split year, no length.
            if text[..s].ends_with('/')
                && text[..s - 1].ends_with(|c: char| c.is_ascii_digit())
            {
                return false;
            }
            // "48 Hours": a capitalized unit after a number is a name.
            let unit_cap = text[s..e]
                .split_whitespace()
                .last()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
            if unit_cap && text[s..e].starts_with(|c: char| c.is_ascii_digit())
            {
                return false;
            }
            let m = text[s..e].to_ascii_lowercase();
            // "a quarter past five", "a quarter to six": a clock.
            let clock = (m.ends_with("a quarter") || m.ends_with("half"))
                && (after.starts_with(" past ") || after.starts_with(" to "))
                && after
                    .split_whitespace()
                    .nth(1)
                    .and_then(|w| {
                        let w = w.trim_end_matches(['.', ',', ';']);
                        amount(w).filter(|a| a.lo == a.hi && !a.fuzzy)
                    })
                    .is_some_and(|a| (1..=12).contains(&a.lo));
            if clock {
                return false;
            }
            // "three-quarters", "a quarter of the market", "a quarter
            // million people", "one-quarter full", "a one-quarter point
            // rise", "two and three-quarter times", "about one quarter
            // were": fractions.
            let next = next_word(after);
            if m.ends_with("-quarters")
                || m.ends_with("one-quarter")
                || m.ends_with("three-quarter")
                || m.contains("quarter")
                    && matches!(
                        next.as_str(),
                        "point"
                            | "points"
                            | "percentage"
                            | "percent"
                            | "pct"
                            | "share"
                            | "shares"
                            | "times"
                            | "full"
                            | "stake"
                            | "stakes"
                            | "holding"
                            | "interest"
                            | "ownership"
                    )
                || m.ends_with("one quarter")
                    && (matches!(
                        next.as_str(),
                        "were" | "was" | "said" | "say" | "are" | "is"
                    ) || after.starts_with(" or ")
                        && after[4..]
                            .starts_with(|c: char| c.is_ascii_digit()))
                || (m.ends_with("quarter") || m.ends_with("three quarters"))
                    && (after.starts_with(" of ")
                        && !after[4..]
                            .starts_with(|c: char| c.is_ascii_digit())
                        || [" million", " billion", " trillion", " thousand"]
                            .iter()
                            .any(|n| after.starts_with(n)))
            {
                return false;
            }
            // "for the years that followed" is a vague stretch news TimeML
            // leaves untagged, like "for years"; "in the years that
            // followed" is tagged.
            if text[s..e].ends_with("followed")
                && before.to_ascii_lowercase().ends_with("for")
            {
                return false;
            }
            // "55 years old", "25 to 49 years of age", "aged 55 to 75
            // years": an age; "12 hours a day": a rate.
            if after.starts_with(" old")
                || after.starts_with(" of age")
                || last_word(before) == "aged"
                || [" a day", " a week", " a month", " a year"]
                    .iter()
                    .any(|r| after.starts_with(r))
            {
                return false;
            }
            // "stalled for months", "outlived it by decades": a bare plural
            // after "for"/"by" is a vague stretch news TimeML leaves
            // untagged ("for years", "over months", "decades-long" stay).
            if matches!(m.as_str(), "decades" | "months")
                && !after.starts_with("-long")
            {
                let prev = last_word(before);
                if prev == "for" || prev == "by" {
                    return false;
                }
            }
            // "a second group": an ordinal.
            if m == "a second" {
                let next: String = after
                    .trim_start_matches(' ')
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                if next.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(
                        next.as_str(),
                        "or" | "and"
                            | "to"
                            | "in"
                            | "of"
                            | "for"
                            | "later"
                            | "earlier"
                            | "ago"
                            | "before"
                            | "after"
                    )
                {
                    return false;
                }
            }
            // "$1.76 a year", "four flights a week": a rate, not a length.
            if m.starts_with("a ") {
                let prev = before.rsplit(' ').next().unwrap_or("");
                let amount = prev
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || c == '$')
                    || matches!(
                        prev.to_ascii_lowercase().as_str(),
                        "million"
                            | "billion"
                            | "times"
                            | "twice"
                            | "once"
                            | "cents"
                            | "percent"
                            | "%"
                            | "mln"
                            | "bln"
                            | "dlr"
                            | "stg"
                            | "pct"
                            | "yen"
                            | "lire"
                            | "each"
                            | "apiece"
                    )
                    // "six trips a week", "calls a day".
                    || prev.len() > 3
                        && prev.ends_with('s')
                        && prev.chars().all(|c| c.is_ascii_lowercase())
                        && !matches!(
                            prev,
                            "this" | "thus" | "plus" | "less" | "unless"
                                | "across" | "perhaps" | "always"
                                | "sometimes" | "hers" | "lasts"
                        );
                if amount {
                    return false;
                }
            }
            // "2,000 days" style counts with commas were cut by \b; "a
            // dispute, the 14-year feud" is a list.
            !text[..s].ends_with(',')
        }
        _ => true,
    }
}

fn signal_before(text: &str, s: usize) -> (Option<Signal>, usize) {
    let before = &text[..s];
    let lower = tail(before, 16).to_ascii_lowercase();
    for (w, sig) in [
        ("since ", Signal::Since),
        ("until ", Signal::Until),
        ("till ", Signal::Until),
        ("through ", Signal::Until),
        ("before ", Signal::Before),
        ("by ", Signal::Before),
        ("after ", Signal::After),
    ] {
        if lower.ends_with(w) {
            let start = s - w.len();
            let ok = start == 0
                || !before[..start].ends_with(|c: char| c.is_alphanumeric());
            if ok {
                return (Some(sig), start);
            }
        }
    }
    (None, s)
}

/// Whether the words after a four-digit number make it a time of day:
/// "hrs", "GMT", "local time", or a range to another such time ("to 2100
/// hrs").
fn clock_hours(after: &str) -> bool {
    const ZONES: &[&str] = &[
        "hrs", "hours", "hour", "h", "gmt", "utc", "cst", "cdt", "est", "edt",
        "pst", "pdt", "mst", "mdt", "bst", "cet", "local", "z",
    ];
    let lower = after[..floor_char(after, 40)].to_ascii_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if ZONES.contains(&first) {
        return true;
    }
    // "1800 to 2100 hrs", "0800-1400 GMT".
    let second = words.next().unwrap_or("");
    let third = words.next().unwrap_or("");
    let time = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    (first == "to" && time(second) && ZONES.contains(&third))
        || (time(first)
            && ZONES.contains(&second)
            && after.starts_with(['-', '–']))
}

/// Whether a run of capitalized words is followed by a noun it names
/// ("four daily Springfield flights", "the weekly Acme grain auction"), not by a
/// verb or a function word, as a newspaper's name is ("the daily Borba
/// said", "the business weekly Trade Courier in an interview").
fn names_a_thing(after: &str) -> bool {
    let next = after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| !w.is_empty() && !w.starts_with(|c: char| c.is_uppercase()));
    let Some(w) = next else { return false };
    // Punctuation right after the name ends it.
    let name_end = after
        .split_whitespace()
        .take_while(|t| t.starts_with(|c: char| c.is_uppercase() || c == '<'))
        .last()
        .is_some_and(|t| {
            // "U.S." is an abbreviation, not the end of a sentence.
            t.ends_with([',', ';', ':', ')'])
                || t.ends_with('.') && !t[..t.len() - 1].contains('.')
        });
    !name_end
        && w.chars().all(|c| c.is_ascii_lowercase())
        && (!w.ends_with("ed") || w.len() <= 4)
        && !matches!(
            w,
            "said"
                | "says"
                | "reported"
                | "reports"
                | "quoted"
                | "quoting"
                | "published"
                | "wrote"
                | "writes"
                | "cited"
                | "citing"
                | "that"
                | "which"
                | "who"
                | "as"
                | "in"
                | "on"
                | "of"
                | "for"
                | "with"
                | "at"
                | "from"
                | "to"
                | "there"
                | "yesterday"
                | "today"
                | "and"
                | "or"
                | "but"
                | "by"
                | "newspaper"
                | "has"
                | "had"
                | "is"
                | "was"
                | "carried"
                | "ran"
        )
}

/// Whether the capitalized word right after an expression makes it a
/// firm's or a place's name ("May Department Stores", "Easter Island",
/// "March Capital Partners"); "in May Acme Corp said" stays a date.
fn names_firm_or_place(after: &str) -> bool {
    // Places and trades the entity layer does not list as firms' heads.
    const PLACES: &[&str] = &[
        "Island", "Islands", "Park", "Stores", "Store", "Capital", "Airlines",
    ];
    use crate::entity::gazetteer::{ORG_HEAD_SET, SUFFIX_SET};
    if !after.starts_with(' ') {
        return false;
    }
    after
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(['.', ',', ';', ':']))
        .is_some_and(|w| {
            SUFFIX_SET.contains(&w)
                || ORG_HEAD_SET.contains(&w)
                || STREET_KINDS.contains(&w)
                || PLACES.contains(&w)
        })
}

/// Whether a period's name starts `s`: a year, a month, "this year",
/// "the quarter", "fiscal 2004".
fn period_follows(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit())
        || month_word_at(s)
        || matches!(first, "this" | "last" | "next" | "fiscal")
        || (first == "the"
            && ["year", "quarter", "month", "decade", "week", "century"]
                .iter()
                .any(|u| second.trim_end_matches([',', '.', ';']) == *u))
}

/// Whether a month's name, or its short form ("Oct", "Sept"), starts `s`.
/// Whether a month name stands in a list of months: one right before it
/// ("April, May and June", "July/September") or right after it ("May and
/// June", "May, July").
fn in_month_list(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    let last =
        b.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let conjunction =
        last.eq_ignore_ascii_case("and") || last.eq_ignore_ascii_case("or");
    let prev_joined = b.ends_with(',') || b.ends_with('/') || conjunction;
    // "April and May": the month before the conjunction; "April, May":
    // the one before the comma.
    let head =
        if conjunction { b[..b.len() - last.len()].trim_end() } else { b };
    let prev = head
        .trim_end_matches([',', '/'])
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let prev_month = month_word_at(prev);
    let next = after
        .strip_prefix(',')
        .or_else(|| after.strip_prefix('/'))
        .map(str::trim_start)
        .or_else(|| {
            let a = after.trim_start();
            a.strip_prefix("and ").or_else(|| a.strip_prefix("or "))
        });
    // The next month is no name's first word ("May, June Carter").
    let next_month = next.is_some_and(|n| {
        let word_len =
            n.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        month_word_at(n)
            && !n[word_len..]
                .trim_start_matches(['.', ' '])
                .starts_with(|c: char| c.is_ascii_uppercase())
    });
    (prev_joined && prev_month) || next_month
}

pub(crate) fn month_word_at(s: &str) -> bool {
    let end = s.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(s.len());
    let word = &s[..end];
    crate::date::MONTHS.contains(&word)
        || (word != "May"
            && (word.len() == 3 || word == "Sept")
            && crate::date::MONTHS.iter().any(|m| m.starts_with(word)))
}

/// Whether `before` (trimmed) ends with a day of a month and a comma, so
/// that a number next is the date's year: "June 3, 2017 talks", "June
/// 3-5, 2017 talks", "Jan. 30-Feb. 2, 2016 sales".
fn after_a_day(before: &str) -> bool {
    let Some(b) = before.strip_suffix(',') else { return false };
    let mut words = b.rsplit(' ');
    let Some(last) = words.next() else { return false };
    let day = last.rsplit(['-', '–']).next().unwrap_or(last);
    let day = day.trim_end_matches(|c: char| c.is_ascii_lowercase());
    if !(1..=2).contains(&day.len())
        || !day.bytes().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    // The month: a word before ("June 3-5") or at the end of one ("Jan.
    // 30-Feb. 2").
    words.next().is_some_and(|w| {
        month_word_at(w.rsplit(['-', '–']).next().unwrap_or(w))
    })
}

/// Whether a street's name follows ("2001 Market Street", "1600
/// Pennsylvania Ave.").
fn street_after(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let name = words.next().unwrap_or("");
    let kind = words.next().unwrap_or("").trim_end_matches([',', ';', '.']);
    name.starts_with(|c: char| c.is_uppercase())
        && after.starts_with(' ')
        && STREET_KINDS.contains(&kind)
}

/// Words that end a street's name ("Market Street", "Pennsylvania Ave.").
const STREET_KINDS: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Drive",
    "Lane",
    "Way",
    "Place",
    "Plaza",
    "Parkway",
    "Square",
];

/// Whether "the 15th" is a day of the month: after "on", "by", "until",
/// "since", "from", "before", "after", "through" or a conjunction of
/// them, and before a pause or a word that is no noun.
fn day_alone(before: &str, after: &str) -> bool {
    let prev = last_word(before);
    let cue = matches!(
        prev.as_str(),
        "on" | "by"
            | "until"
            | "till"
            | "since"
            | "from"
            | "before"
            | "after"
            | "through"
            | "to"
            | "and"
            | "or"
            | "between"
    );
    let next: String = after
        .trim_start_matches(' ')
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let pause = after.is_empty()
        || after.starts_with([
            '.', ',', ';', ':', ')', '"', '\'', '”', '’', '—', '–', '-',
        ])
        || after.starts_with(' ')
            && matches!(
                next.as_str(),
                "and"
                    | "or"
                    | "to"
                    | "at"
                    | "in"
                    | "when"
                    | "with"
                    | "as"
                    | "but"
                    | "until"
                    | "till"
                    | "through"
                    | "after"
                    | "before"
            );
    // "ranking between the 40th and 90th": places, not days.
    let rank = after
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n > 31)
        && matches!(next.as_str(), "and" | "or" | "to");
    cue && pause && !rank
}

/// Whether a clock time is written on a 24-hour dial ("14:00", "1800
/// GMT"), not with "a.m."/"p.m." or words.
fn on_the_dial(m: &str) -> bool {
    let lower = m.to_ascii_lowercase();
    m.starts_with(|c: char| c.is_ascii_digit())
        && !["am", "a.m", "pm", "p.m", "in the", "clock"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Whether a 24-hour clock time has what makes it one: a time zone or
/// "hrs" ("1315 GMT", "14.00 BST"), a range on to such a time ("14:00 to
/// 16:00 GMT"), or, written with a colon, a preposition of time ("at
/// 14:00", "until 09:30"). "1800 hours" is a length of time unless a
/// preposition says otherwise; "2:10" alone is a score or a ratio.
fn dial_cued(m: &str, before: &str, after: &str) -> bool {
    let prev = last_word(before);
    let at = matches!(
        prev.as_str(),
        "at" | "from"
            | "until"
            | "till"
            | "by"
            | "before"
            | "after"
            | "since"
            | "between"
            | "around"
            | "about"
            | "approximately"
    );
    // "from 14:00 to 16:00", "between 0800 and 1400 GMT".
    let range_end = matches!(prev.as_str(), "to" | "and" | "until" | "till")
        && before[..before.len() - prev.len()]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
    if m.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return !m.ends_with("hours") || at || range_end;
    }
    clock_hours(after) || at || range_end
}

/// Whether a sentence tells of a match in play: its scoring, its clock or
/// its officials ("a penalty after 51 minutes", "sent off before
/// half-time").
fn tells_of_play(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    lower.split(|c: char| !c.is_ascii_alphabetic() && c != '-').any(|w| {
        PLAY_WORDS.contains(&w)
            || matches!(
                w,
                "goal"
                    | "goals"
                    | "penalty"
                    | "penalties"
                    | "whistle"
                    | "replacements"
                    | "replacement"
                    | "substitute"
                    | "substitutes"
                    | "minutes"
                    | "kicking"
                    | "tackle"
                    | "tackles"
                    | "trailing"
                    | "drop-goal"
                    | "inning"
            )
    })
}

/// Words of play that business news does not use: a sentence with one
/// tells of play ([`tells_of_play`]); a story with two reports a game
/// ([`game_words`]).
const PLAY_WORDS: &[&str] = &[
    "scored",
    "scoreless",
    "goalless",
    "half-time",
    "halftime",
    "kick-off",
    "striker",
    "referee",
    "touchdown",
    "touchdowns",
    "innings",
    "equaliser",
    "equalizer",
    "scrum",
    "line-out",
    "quarterback",
    "wicket",
    "wickets",
    "midfield",
];

/// How surely a story reports a game: the number of different words of
/// play in it that business news does not use ("striker", "half-time",
/// "referee"), counted up to two. With two, a half or quarter named alone
/// ("In the first half he shot wide") is the game's, not the year's; with
/// one, it is when its sentence speaks of play too ([`plays_in`]).
pub(crate) fn game_words(body: &str) -> usize {
    // (Besides PLAY_WORDS, words a sentence alone does not settle.)
    const MORE: &[&str] = &[
        "strikers",
        "midfielder",
        "goalkeeper",
        "hat-trick",
        "free-kick",
        "free-throw",
        "penalty-box",
        "three-pointer",
        "scoreline",
        "ruck",
        "winger",
        "keeper",
        "header",
        "tries",
    ];
    let lower = body.to_ascii_lowercase();
    let mut seen: Vec<&str> = Vec::new();
    for w in lower.split(|c: char| !c.is_ascii_alphabetic() && c != '-') {
        if (PLAY_WORDS.contains(&w) || MORE.contains(&w)) && !seen.contains(&w)
        {
            seen.push(w);
            if seen.len() >= 2 {
                break;
            }
        }
    }
    seen.len()
}

/// Whether a sentence speaks of play: "a dreadful game in the first half",
/// "we were only defending in the first half", "in the first half against
/// Fiji".
pub(crate) fn plays_in(sentence: &str) -> bool {
    crate::text::has_any_word(
        sentence,
        &[
            "game",
            "played",
            "play",
            "playing",
            "players",
            "points",
            "score",
            "attack",
            "attacking",
            "defending",
            "defence",
            "revival",
            "performance",
            "against",
        ],
    )
}

/// A half or quarter named alone ("the second half", "the fourth
/// quarter"): a game's in a story that reports one ([`game_words`]).
pub(crate) fn bare_half_or_quarter(expr: &TimeExpr) -> bool {
    matches!(
        expr,
        TimeExpr::Period {
            precision: Precision::Quarter | Precision::Half,
            year: None,
            shift: None,
            ..
        }
    )
}

/// "the film's second half", "the match's first half": a half of a work
/// or a game, told by its possessive.
fn of_a_work(before: &str) -> bool {
    let b = before.trim_end();
    let Some(owner) =
        ["'s", "'S", "’s", "’S"].iter().find_map(|p| b.strip_suffix(p))
    else {
        return false;
    };
    matches!(
        last_word(owner).as_str(),
        "film"
            | "movie"
            | "match"
            | "game"
            | "book"
            | "novel"
            | "show"
            | "concert"
            | "race"
            | "episode"
            | "play"
            | "opera"
            | "album"
            | "contest"
    )
}

/// Whether `s..e` lies inside a web address: the run of text without
/// spaces around it has "://", starts with "www." or has a domain ending
/// followed by a slash ("example.com/2017/01/21/").
fn in_web_address(text: &str, s: usize, e: usize) -> bool {
    let from = text[..s]
        .rfind(char::is_whitespace)
        .map_or(0, |k| k + 1)
        .max(s.saturating_sub(200));
    let to = text[e..]
        .find(char::is_whitespace)
        .map_or(text.len(), |k| e + k)
        .min(e + 200);
    let (Some(token), Some(head)) = (text.get(from..to), text.get(from..s))
    else {
        return false;
    };
    if !head.contains('/') && !head.contains("www.") {
        return false;
    }
    token.contains("://")
        || token.starts_with("www.")
        || [".com/", ".org/", ".net/", ".co.uk/", ".gov/", ".edu/", ".io/"]
            .iter()
            .any(|d| token.contains(d))
}

/// Whether a four-digit number stands among a table's figures ("dn 2440
/// 1910 d mark", "1804H 1812 1799", "OCT 1838  171"), not as a year: a
/// figure right before it, or one right after it with no word before it.
/// A row of years ("1986  1985") and a year in prose ("in 1986 1,500
/// people") stay years.
fn among_figures(before: &str, after: &str) -> bool {
    fn figure(token: &str) -> bool {
        let t =
            token.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';'));
        // The longest run of digits: "5-3/4" and "1-10" are no figures.
        let digits = t
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        let b = t.as_bytes();
        let year_like = b.len() >= 4
            && b[..4].iter().all(u8::is_ascii_digit)
            && matches!(&b[..2], b"18" | b"19" | b"20")
            && b[4..]
                .iter()
                .all(|c| matches!(c, b'/' | b'-') || c.is_ascii_digit());
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| t.ends_with(o));
        // "DEC7", "1804H": a code of letters and digits; "G-5" is a name,
        // "500,000" a count in prose.
        let code = t.bytes().any(|b| b.is_ascii_alphabetic())
            && t.bytes().all(|b| b.is_ascii_alphanumeric());
        digits > 0
            && !year_like
            && !ordinal
            && !t.contains(',')
            && (digits >= 3 || code)
    }
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let next = after.split_whitespace().next().unwrap_or("");
    let worded = prev.chars().any(char::is_alphabetic) && !figure(prev);
    figure(prev) || (figure(next) && !worded)
}

/// Whether a bare year (`s..e`) directly follows a capitalized name word
/// ("Congress Shanghai 2017", "Windows 2000").
fn year_in_name(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].trim_end_matches(' ');
    if before.len() == text[..s].len() {
        return false; // no space: "FY2018", "(2017"
    }
    let word: &str =
        before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let first = word.chars().next();
    let capitalized = first.is_some_and(|c| c.is_uppercase())
        && word
            .chars()
            .skip(1)
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&');
    if !capitalized {
        return false;
    }
    // Words that take a year without forming a name with it.
    const NOT_NAMES: &[&str] = &[
        "In", "Since", "By", "Until", "From", "Of", "During", "Before",
        "After", "Through", "To", "And", "Early", "Late", "Mid", "Fiscal",
        "FY", "Year", "Circa", "About", "Around", "Spring", "Summer",
        "Autumn", "Fall", "Winter", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "The",
        // Function words opening a sentence: "Its 2019 sales rose."
        "Its", "Their", "His", "Her", "Our", "My", "Your", "This", "That",
        "These", "Those", "A", "An", "At", "On", "For", "With", "As", "Last",
        "Next", "Every", "Each", "Both", "All", "Between", "Over", "Under",
    ];
    // "BASLE, March 13 - Group 1986 net profit rose", "Net 1986 profit":
    // a word capitalized as it opens the sentence, before a year of
    // figures.
    let opens = before[..before.len() - word.len()]
        .trim_end()
        .ends_with(['.', '!', '?', ':', '-', '\u{2013}', '\u{2014}'])
        || before.len() == word.len();
    let next = text[e..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    const FIGURES: &[&str] = &[
        "net", "profit", "profits", "loss", "losses", "sales", "turnover",
        "earnings", "revenue", "revenues", "results", "income", "output",
        "exports", "imports", "dividend",
    ];
    if opens && text[e..].starts_with(' ') && FIGURES.contains(&next) {
        return false;
    }
    !NOT_NAMES.contains(&word) && month(word).is_none_or(|_| word.len() > 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        scan(text).into_iter().map(|t| &text[t.span]).collect::<Vec<_>>()
    }

    #[test]
    fn ok_common_news_forms() {
        assert_eq!(found("On June 28, Acme announced a unit."), ["June 28"]);
        assert_eq!(
            found("It closed July 6, 2017 and 6 July 2017."),
            ["July 6, 2017", "6 July 2017"]
        );
        assert_eq!(
            found("Sales in Q3 2017 and the third quarter of 2016."),
            ["Q3 2017", "the third quarter of 2016"]
        );
        assert_eq!(found("He held roles since 2004."), ["2004"]);
        assert_eq!(
            found("In December of last year, Acme sued."),
            ["December of last year"]
        );
        assert_eq!(
            found("A few days later, it signed."),
            ["A few days later"]
        );
        assert_eq!(
            found("a decision several years ago"),
            ["several years ago"]
        );
        assert_eq!(
            found("announcements over the past week about"),
            ["the past week"]
        );
        assert_eq!(found("It also recently hired Doran."), ["recently"]);
        assert_eq!(
            found("in the 1990s and early 2018"),
            ["the 1990s", "early 2018"]
        );
    }

    /// The union's matches as an unanchored regex search finds them, the
    /// way the finder found them before it walked the union by hand.
    fn union_find_iter(text: &str) -> Vec<(usize, usize)> {
        static UNION: LazyLock<Regex> = LazyLock::new(|| {
            regex::RegexBuilder::new(&union_source())
                .size_limit(64 << 20)
                .dfa_size_limit(64 << 20)
                .build()
                .unwrap()
        });
        UNION.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    fn walked(text: &str) -> Vec<(usize, usize)> {
        let mut cache = FINDER.union.create_cache();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(m) = FINDER.next_match(&mut cache, text, from) {
            out.push(m);
            from = m.1;
        }
        out
    }

    /// At each word of `text`, whether [`Finder::matches_at`] names the
    /// patterns whose own search matches there, and whether reading each
    /// one's groups up to the end it reports gives the groups read over
    /// the whole text.
    fn set_agrees(text: &str) -> Result<(), String> {
        let mut cache = FINDER.set.create_cache();
        let mut which = Vec::new();
        let starts = (0..=text.len()).filter(|&at| {
            text.is_char_boundary(at)
                && (at == 0
                    || text[..at].ends_with(|c: char| !c.is_alphanumeric()))
        });
        for at in starts {
            let input =
                Input::new(text).span(at..text.len()).anchored(Anchored::Yes);
            FINDER.matches_at(&mut cache, &input, &mut which);
            for (i, p) in PATTERNS.iter().enumerate() {
                let mut vm = p.long.create_cache();
                let mut whole = p.long.create_captures();
                p.long.search(&mut vm, &input, &mut whole);
                let stop = which.iter().find(|w| w.0 == i).map(|w| w.1);
                match (whole.get_match(), stop) {
                    (None, None) => {}
                    (Some(_), Some(stop)) => {
                        let mut cut = p.long.create_captures();
                        let cut_input = input.clone().span(at..stop);
                        p.long.search(&mut vm, &cut_input, &mut cut);
                        let spans = |c: &captures::Captures| {
                            (0..c.group_len())
                                .map(|g| c.get_group(g))
                                .collect::<Vec<_>>()
                        };
                        if spans(&cut) != spans(&whole) {
                            return Err(format!(
                                "pattern {i} at {at}: groups differ"
                            ));
                        }
                    }
                    (m, stop) => {
                        return Err(format!(
                            "pattern {i} at {at}: {m:?} but {stop:?}"
                        ))
                    }
                }
            }
        }
        Ok(())
    }

    #[test]
    fn ok_the_set_names_the_patterns_that_match_and_their_ends() {
        for text in SAMPLES {
            assert_eq!(set_agrees(text), Ok(()), "{text:?}");
        }
    }

    #[test]
    fn ok_no_pattern_matches_the_empty_string() {
        assert!(!FINDER.union.get_nfa().has_empty());
    }

    /// Texts for the finder's tests: places after every kind of byte,
    /// cues inside words, letters that case-fold out of ASCII.
    const SAMPLES: [&str; 10] = [
        "",
        "2017",
        "in March",
        "On June 28, Acme announced a unit; in 2017 it sold it.",
        "Acme's future, in '87 and 'the '90s', c. 1985 and Inc. 1985.",
        "x2017 2017x Q3 2017 FY2018 mid-2016\nMarch\r\nApril 5",
        "the third quarter of last year, a few days later, recently",
        "\u{212A}elvin \u{17F}ummer Ca\u{301}fe\u{301} 1990s — “today”",
        "Friday.Saturday,Sunday:Monday",
        "about 5 p.m. EST on Tuesday, March 3, 2020, for the next two years",
    ];

    #[test]
    fn ok_the_walk_finds_what_a_search_of_the_union_finds() {
        for text in SAMPLES {
            assert_eq!(walked(text), union_find_iter(text), "{text:?}");
        }
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        #[test]
        fn prop_the_walk_finds_what_a_search_of_the_union_finds(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "the", "a", "in", "on", "last", "next", "March",
                        "may", "2017", "1990s", "Q3", "third", "quarter",
                        "of", "year", "years", "ago", "days", "later",
                        "early", "mid", "Friday", "night", "since", "5",
                        "July", "fiscal", "'87", "c.", "Inc.", "now",
                        "\u{2019}s", "é", "12:30", "p.m.", "every",
                    ])
                    .prop_map(String::from),
                    "[a-zA-Z0-9' .,:/-]{1,6}",
                    "\\PC{1,3}",
                ],
                0..24,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", " ", " ", "", "-", ", ", ".", "\n", "\r\n", "/",
                ]),
                24,
            ),
        ) {
            let text: String = words
                .iter()
                .zip(&seps)
                .flat_map(|(w, s)| [w.as_str(), s])
                .collect();
            proptest::prop_assert_eq!(walked(&text), union_find_iter(&text));
            proptest::prop_assert_eq!(set_agrees(&text), Ok(()));
        }
    }

    #[test]
    fn ok_month_names_in_any_case_and_cut_short() {
        for (name, n) in [
            ("January", 1),
            ("Feb.", 2),
            ("MAR", 3),
            ("may", 5),
            ("Sept.", 9),
            ("Sep", 9),
            ("dec", 12),
        ] {
            assert_eq!(month(name), Some(n), "{name}");
        }
        assert_eq!(month("Smarch"), None);
        assert_eq!(month("Né"), None);
    }

    #[test]
    fn ok_a_candidate_before_a_giant_word() {
        // The window runs to the end of the word after a candidate; a word
        // of 200,000 letters takes it past the backtracker's bound, and
        // the other engine reads it.
        let giant = "x".repeat(200_000);
        for text in [
            format!("It rose in March {giant}."),
            format!("It rose in March 2017 {giant}."),
            format!("It rose 5 pct {giant} in March."),
        ] {
            let want =
                if text.contains("2017") { "March 2017" } else { "March" };
            assert_eq!(found(&text), [want], "{}", &text[..30]);
        }
    }

    #[test]
    fn ok_false_positives_rejected() {
        assert!(found("Prices may rise and troops march on.").is_empty());
        assert!(found("It owns 2,000 patents and paid $2017.").is_empty());
        assert!(found("© 2023 Example News. Version 2010 ships.").is_empty());
        assert!(found("The Sunday Times said so.").is_empty());
    }

    #[test]
    fn ok_year_in_a_name_is_flagged() {
        let t = scan("made at Global Gadget Expo Berlin 2017.");
        assert_eq!(t.len(), 1);
        assert!(t[0].in_name);
        let t = scan("It happened in 2017.");
        assert!(!t[0].in_name);
        // A word capitalized as it opens the sentence, before a year of
        // figures, names nothing; a name opening a sentence still does.
        for text in [
            "BASLE, March 13 - Group 1986 net profit 541 mln francs vs 529 mln.",
            "Net 1986 profit 132.6 mln guilders vs 117.3 mln.",
        ] {
            let t = scan(text);
            let year = t.iter().find(|t| &text[t.span.clone()] == "1986");
            assert!(year.is_some_and(|t| !t.in_name), "{text}");
        }
        let t = scan("Expo 2020 opened late.");
        assert!(t[0].in_name);
    }

    #[test]
    fn ok_signals() {
        let t = scan("served as CEO since 2014");
        assert_eq!(t[0].signal, Some(Signal::Since));
        assert_eq!(t[0].signal_start, 14);
    }
}

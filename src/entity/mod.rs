//! Entities: organizations, people and places named in a document, and the
//! descriptors ("the Finnish company", "the company's North America
//! division") and short forms ("Doran") that stand for them.
//!
//! Names are found by general rules — capitalized runs, corporate suffixes,
//! titles and appositions — never from a list of companies. Country names
//! and nationality adjectives come from a small gazetteer. This module does
//! not decide who did what; that is [`crate::event`].

pub(crate) mod gazetteer;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::event::PartyKind;
use crate::text::Sentence;
use gazetteer::{
    is_nationality, is_place, nationality_of_place, COUNTRIES,
    NOT_NAME_SET as NOT_NAMES, ORG_HEAD_SET as ORG_HEADS,
    SUFFIX_SET as SUFFIXES, TITLE_SET as TITLES,
};

/// Something named in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The name as the text spells it at its fullest.
    pub name: String,
    /// Organization, person or place.
    pub kind: PartyKind,
    /// Nationality adjective when the text or the name gives one.
    pub nationality: Option<String>,
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// The name itself.
    Name,
    /// A short form of an earlier name ("Doran" for "Jane Doran").
    Short,
    /// A definite description ("the Chinese company").
    Descriptor,
    /// A pronoun ("it", "its").
    Pronoun,
}

/// One place where an entity is mentioned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the body.
    pub span: Range<usize>,
    /// Index into [`Entities::entities`].
    pub entity: usize,
    /// How it refers.
    pub kind: MentionKind,
    /// Index of the sentence.
    pub sentence: usize,
    /// Whether the mention is a possessive ("Acme's").
    pub possessive: bool,
    /// The word before the mention, lower-cased ("with", "to", ...).
    pub preceded_by: String,
}

/// The entities of a document and every mention of them, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// Distinct entities.
    pub entities: Vec<Entity>,
    /// Mentions sorted by position.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// The mentions inside a byte range.
    pub fn within(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| {
            m.span.start >= range.start && m.span.end <= range.end
        })
    }

    /// The entity a mention refers to.
    pub fn entity(&self, m: &Mention) -> &Entity {
        &self.entities[m.entity]
    }
}

#[derive(Clone, Debug)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    possessive: bool,
}

fn tokenize(s: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if !c.is_alphanumeric() {
            chars.next();
            continue;
        }
        let start = i;
        let mut end = i;
        while let Some(&(j, c)) = chars.peek() {
            if c.is_alphanumeric() {
                end = j + c.len_utf8();
                chars.next();
            } else if matches!(c, '.' | '&' | '-') {
                // Keep "U.S.", "AT&T", "Co-founder"; a final period only
                // for abbreviations.
                let rest = &s[j + 1..];
                let next_alnum =
                    rest.chars().next().is_some_and(|n| n.is_alphanumeric());
                let word = &s[start..j];
                if next_alnum
                    || (c == '.'
                        && (SUFFIXES.contains(&format!("{word}.").as_str())
                            || word.contains('.')
                            || word.len() == 1
                                && word.chars().all(char::is_uppercase)))
                {
                    end = j + 1;
                    chars.next();
                    if !next_alnum {
                        break;
                    }
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let text = &s[start..end];
        let rest = &s[end..];
        let possessive = rest.starts_with("'s")
            || rest.starts_with("’s")
            || (text.ends_with('s')
                && (rest.starts_with("' ") || rest.starts_with("’ ")));
        out.push(Token {
            start: start + offset,
            end: end + offset,
            text,
            possessive,
        });
        if possessive {
            // Skip the "'s".
            for _ in 0..2 {
                chars.next();
            }
        }
    }
    out
}

fn is_cap(t: &str) -> bool {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => true,
        // "iPhone", "eBay": lower then upper.
        Some(c) if c.is_lowercase() => {
            cs.next().is_some_and(|d| d.is_uppercase())
        }
        Some(c) if c.is_ascii_digit() => t.chars().any(|c| c.is_uppercase()),
        _ => false,
    }
}

/// The heads of [`DESCRIPTOR`].
const DESCRIPTOR_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "giant",
    "maker",
    "manufacturer",
    "carrier",
    "operator",
    "vendor",
    "conglomerate",
    "chipmaker",
    "corporation",
    "startup",
    "provider",
    "supplier",
    "business",
];

static DESCRIPTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b[Tt]he\s+((?:[A-Za-z][\w-]*\s+){{0,2}}?)({})\b)",
        DESCRIPTOR_HEADS.join("|")
    ))
    .expect("descriptor pattern")
});

static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b(?:[Ii]ts|[Ii]t|[Ii]tself|[Tt]heir|[Tt]hey)\b)")
        .expect("pronoun pattern")
});

static DIVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:(?:'s|’s)\s+((?:[A-Z][\w&-]*\s+){1,4})(division|unit|arm|subsidiary|business|operations|branch)\b)")
        .expect("division pattern")
});

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:[A-Z](?:[A-Z.'-]|’)+(?:\s[A-Z](?:[A-Z.'-]|’)+){0,3}(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?(?:,\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.?\s+\d{1,2})?(?:\s+\([A-Za-z]+\))?\s*(?:-{1,2}|–|—)\s)")
        .expect("dateline pattern")
});

/// The length of a wire dateline ("DALLAS, March 23 - ", "MEDFORD, N.J.,
/// MARCH 26 - ", the month in any case) at the start of
/// a text, or 0.
pub(crate) fn dateline_len(text: &str) -> usize {
    DATELINE.find(text).map_or(0, |m| m.end())
}

/// A raw name found by the capitalized-run rules.
struct RawName {
    span: Range<usize>,
    text: String,
    possessive: bool,
    sentence: usize,
}

/// The lower-case words of a document.
type WordsSeen<'a> =
    HashSet<&'a str, std::hash::BuildHasherDefault<crate::text::Fnv>>;

/// Finds the entities of a document and resolves descriptors and short
/// forms to them.
///
/// # Example
///
/// ```
/// use dealline::{entity::extract_entities, text::split_sentences};
/// let body = "Acme hired Jane Roe. The Finnish company said Roe starts soon.";
/// let ents = extract_entities(body, &split_sentences(body));
/// let names: Vec<_> = ents.mentions.iter().map(|m| ents.entity(m).name.as_str()).collect();
/// assert_eq!(names, ["Acme", "Jane Roe", "Acme", "Jane Roe"]);
/// ```
pub fn extract_entities(body: &str, sentences: &[Sentence]) -> Entities {
    let words: WordsSeen<'_> = body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let mut raw = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        find_names(body, s, si, &words, &mut raw);
    }
    let mut ents = Entities::default();
    classify(body, &raw, &mut ents);
    link_acronyms(body, &mut ents);
    add_descriptors(body, sentences, &mut ents);
    add_plurals(body, sentences, &mut ents);
    add_pronouns(body, sentences, &mut ents);
    ents.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    ents
}

fn find_names(
    body: &str,
    s: &Sentence,
    si: usize,
    lower_words: &WordsSeen<'_>,
    out: &mut Vec<RawName>,
) {
    let text = s.text(body);
    // A wire dateline ("DALLAS, March 23 -", "SAN DIEGO --") names where
    // the story was filed, not who acts in it; an all-capitals headline
    // has no reliable name boundaries.
    let skip_to = s.span.start + DATELINE.find(text).map_or(0, |m| m.end());
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    if letters >= 12 && upper * 10 >= letters * 8 {
        return;
    }
    let toks = tokenize(text, s.span.start);
    let mut i = 0;
    while i < toks.len() {
        if toks[i].start < skip_to {
            i += 1;
            continue;
        }
        // A ticker mark in angle brackets ("<TXN>") repeats the name
        // before it.
        if body[..toks[i].start].ends_with('<')
            && body[toks[i].end..].starts_with('>')
            && !toks[i].text.chars().any(char::is_lowercase)
        {
            i += 1;
            continue;
        }
        // "General" is a title ("General Counsel", "Attorney General")
        // except at the head of a name ("General Widget").
        let name_head = toks[i].text == "General"
            && toks.get(i + 1).is_some_and(|n| {
                is_cap(n.text)
                    && !NOT_NAMES.contains(&n.text)
                    && body[toks[i].end..n.start] == *" "
            });
        if !is_cap(toks[i].text)
            || (NOT_NAMES.contains(&toks[i].text) && !name_head)
            || is_nationality(toks[i].text)
        {
            i += 1;
            continue;
        }
        // Grow the run.
        let mut j = i;
        let mut last_cap = i;
        while j + 1 < toks.len() && !toks[j].possessive {
            let gap = &body[toks[j].end..toks[j + 1].start];
            let next = toks[j + 1].text;
            let joined = gap == " "
                || gap.is_empty()
                || (gap == ", " && SUFFIXES.contains(&next));
            if !joined {
                break;
            }
            if is_cap(next) && !NOT_NAMES.contains(&next)
                || SUFFIXES.contains(&next)
            {
                j += 1;
                last_cap = j;
            } else if matches!(
                next,
                "and" | "of" | "&" | "for" | "de" | "du" | "von" | "van"
            ) && j + 2 < toks.len()
                && is_cap(toks[j + 2].text)
                && body[toks[j + 1].end..toks[j + 2].start] == *" "
            {
                j += 1;
            } else {
                break;
            }
        }
        let mut run: Vec<&Token<'_>> = toks[i..=last_cap].iter().collect();
        // "and"/"of" inside need an organization head at the end, else
        // split at the first connector ("Acme and Umbrella").
        let has_conn =
            run.iter().any(|t| matches!(t.text, "and" | "&" | "of" | "for"));
        if has_conn && !run.last().is_some_and(|t| ORG_HEADS.contains(&t.text))
        {
            let cut = run
                .iter()
                .position(|t| matches!(t.text, "and" | "of" | "for"))
                .unwrap_or(run.len());
            if cut < run.len() {
                run.truncate(cut);
            }
        }
        let consumed = i + run.len().max(1);
        // Leading nationality words are descriptors, not names: "Finnish
        // company Acme" is handled by apposition.
        let first = run[0];
        let last = run[run.len() - 1];
        let name_text = &body[first.start..last.end];
        let sentence_initial = first.start == s.span.start
            || body[s.span.start..first.start]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty();
        let single_common = run.len() == 1
            && sentence_initial
            && lower_words.contains(first.text.to_lowercase().as_str());
        let is_year_like = name_text.chars().all(|c| c.is_ascii_digit());
        if !single_common && !is_year_like {
            out.push(RawName {
                span: first.start..last.end,
                text: name_text.trim_end_matches(',').to_string(),
                possessive: last.possessive,
                sentence: si,
            });
        }
        i = consumed.max(i + 1);
    }
}

fn word_before(body: &str, pos: usize) -> String {
    body[..pos]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

fn classify(body: &str, raw: &[RawName], ents: &mut Entities) {
    // First pass: decide each distinct name's kind from all its contexts.
    let person_cue = |r: &RawName| -> bool {
        let before = word_before(body, r.span.start);
        let after = body[r.span.end..]
            .trim_start_matches(['’', '\'', 's'])
            .trim_start();
        let after_l = after.to_lowercase();
        let tokens = r.text.split_whitespace().count();
        let looks_personal = (2..=3).contains(&tokens)
            && r.text.split_whitespace().all(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.all(|c| {
                        c.is_lowercase() || c == '.' || c == '-' || c == '\''
                    })
            })
            && !r
                .text
                .split_whitespace()
                .any(|w| ORG_HEADS.contains(&w) || SUFFIXES.contains(&w));
        let honorific = matches!(
            before.as_str(),
            "mr" | "ms" | "mrs" | "dr" | "sir" | "judge"
        );
        let title_before = TITLES.contains(&before.as_str());
        let title_after = after.starts_with(',')
            && after_l[1..]
                .trim_start()
                .trim_start_matches("the ")
                .trim_start_matches("its ")
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    TITLES.contains(
                        &w.trim_matches(|c: char| !c.is_alphanumeric()),
                    )
                });
        // What people do that organizations do not.
        const PERSON_PREDICATES: &[&str] = &[
            "said",
            "says",
            "told",
            "who ",
            "had held",
            "has held",
            "held ",
            "had served",
            "has served",
            "served as",
            "serves as",
            "was named",
            "has been named",
            "resigned",
            "stepped down",
            "steps down",
            "will step down",
            "retired",
            "became ",
            "joined ",
            "was appointed",
            "has been appointed",
            "will become",
            "replaces",
            "succeeds",
        ];
        let verb_cue =
            matches!(
                before.as_str(),
                "hired"
                    | "hires"
                    | "appointed"
                    | "appoints"
                    | "named"
                    | "names"
                    | "tapped"
                    | "promoted"
                    | "elected"
                    | "replace"
                    | "replaces"
                    | "succeed"
                    | "succeeds"
            ) || PERSON_PREDICATES.iter().any(|p| after_l.starts_with(p));
        honorific
            || (looks_personal && (title_before || title_after || verb_cue))
    };
    let stripped: Vec<String> =
        raw.iter().map(|r| strip_suffix(&r.text)).collect();
    let mut kinds: HashMap<&str, PartyKind> = HashMap::new();
    for (r, name) in raw.iter().zip(&stripped) {
        let kind = if is_place(name) {
            PartyKind::Place
        } else if person_cue(r) {
            PartyKind::Person
        } else {
            PartyKind::Org
        };
        kinds
            .entry(name.as_str())
            .and_modify(|k| {
                if kind == PartyKind::Person {
                    *k = PartyKind::Person;
                }
            })
            .or_insert(kind);
    }
    for (r, name) in raw.iter().zip(&stripped) {
        let name = name.clone();
        let kind = kinds.get(name.as_str()).copied().unwrap_or(PartyKind::Org);
        // A single word that is the last name of a known person is that
        // person ("Doran" after "Jane Doran").
        let (entity, mkind) = if !name.contains(' ') {
            let full = ents.entities.iter().position(|e| {
                e.kind == PartyKind::Person
                    && e.name.rsplit(' ').next() == Some(name.as_str())
                    && e.name != name
            });
            match full {
                Some(idx) => (idx, MentionKind::Short),
                None => (intern(ents, &name, kind), MentionKind::Name),
            }
        } else {
            (intern(ents, &name, kind), MentionKind::Name)
        };
        ents.mentions.push(Mention {
            span: r.span.clone(),
            entity,
            kind: mkind,
            sentence: r.sentence,
            possessive: r.possessive,
            preceded_by: word_before(body, r.span.start),
        });
        // Nationality from the name ("Japan Widget") or an adjective before
        // it ("Finnish company Acme", "China's Globex").
        if ents.entities[entity].nationality.is_none() {
            let nat = name
                .split(' ')
                .find_map(nationality_of_place)
                .or_else(|| adjective_before(body, r.span.start));
            if let Some(n) = nat {
                if ents.entities[entity].kind == PartyKind::Org {
                    ents.entities[entity].nationality = Some(n.to_string());
                }
            }
        }
    }
}

/// "Finnish telecom company Acme", "China's Globex": a nationality given
/// right before a name.
fn adjective_before(body: &str, pos: usize) -> Option<&'static str> {
    // Only descriptor nouns may stand between the adjective and the name.
    const MODIFIERS: &[&str] = &[
        "company",
        "firm",
        "maker",
        "giant",
        "telecom",
        "telecoms",
        "handset",
        "smartphone",
        "phone",
        "chipmaker",
        "chip",
        "carrier",
        "operator",
        "group",
        "rival",
        "conglomerate",
        "startup",
        "equipment",
        "network",
        "networks",
        "tech",
        "technology",
        "internet",
        "e-commerce",
        "bank",
        "lender",
        "insurer",
        "automaker",
        "car",
        "manufacturer",
        "drugmaker",
        "pharmaceutical",
        "retailer",
        "vendor",
        "provider",
        "supplier",
        "electronics",
        "software",
        "state-owned",
        "peer",
        "partner",
        "the",
        "a",
    ];
    let before = &body[..pos];
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    for w in &words {
        let w = w.trim_matches(|c: char| {
            !c.is_alphanumeric() && c != '’' && c != '\'' && c != '-'
        });
        if let Some((_, adj)) = COUNTRIES.iter().find(|(_, a)| *a == w) {
            return Some(adj);
        }
        let stem = w.trim_end_matches("’s").trim_end_matches("'s");
        if stem != w {
            return nationality_of_place(stem);
        }
        if !MODIFIERS.contains(&w) {
            break;
        }
    }
    None
}

fn strip_suffix(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1
        && words.last().is_some_and(|w| {
            SUFFIXES.contains(&w.trim_end_matches(','))
                && !ORG_HEADS.contains(w)
        })
    {
        words.pop();
    }
    words.join(" ").trim_end_matches(',').to_string()
}

fn intern(ents: &mut Entities, name: &str, kind: PartyKind) -> usize {
    if let Some(i) = ents.entities.iter().position(|e| e.name == name) {
        return i;
    }
    ents.entities.push(Entity {
        name: name.to_string(),
        kind,
        nationality: None,
    });
    ents.entities.len() - 1
}

/// Resolves "the Chinese company", "the company's North America division".
fn add_descriptors(body: &str, sentences: &[Sentence], ents: &mut Entities) {
    let mut bound: Vec<(String, usize)> = Vec::new(); // (nationality, entity)
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text(body);
        for c in DESCRIPTOR.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            let span = s.span.start + m.start()..s.span.start + m.end();
            let modifiers: Vec<&str> = c[1].split_whitespace().collect();
            if modifiers.iter().any(|w| {
                matches!(
                    *w,
                    "same"
                        | "other"
                        | "first"
                        | "new"
                        | "two"
                        | "three"
                        | "joint"
                )
            }) {
                continue;
            }
            let nationality = modifiers
                .iter()
                .find(|w| is_nationality(w))
                .map(|w| w.to_string());
            // Overlaps a name already? ("The Walt Disney Company") A
            // capitalized modifier named nowhere else ("the iPhone maker",
            // "the Springfield company") is part of the descriptor instead.
            let overlapping: Vec<usize> = ents
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, x)| {
                    x.span.start < span.end && span.start < x.span.end
                })
                .map(|(i, _)| i)
                .collect();
            if !overlapping.is_empty() {
                let head_start =
                    s.span.start + c.get(2).expect("head").start();
                // Every mention of it modifies a descriptor's head.
                let modifies = |y: &Mention| {
                    let after = body[y.span.end..].trim_start();
                    DESCRIPTOR_HEADS.iter().any(|h| {
                        after.strip_prefix(h).is_some_and(|r| {
                            !r.starts_with(|c: char| c.is_alphanumeric())
                        })
                    })
                };
                let modifier_only = overlapping.iter().all(|&i| {
                    let x = &ents.mentions[i];
                    x.span.end <= head_start
                        && ents
                            .mentions
                            .iter()
                            .filter(|y| y.entity == x.entity)
                            .all(modifies)
                });
                if !modifier_only {
                    continue;
                }
                for &i in overlapping.iter().rev() {
                    ents.mentions.remove(i);
                }
            }
            let is_subject = body[s.span.start..span.start]
                .trim()
                .trim_end_matches(',')
                .split_whitespace()
                .all(|w| {
                    !w.chars().next().is_some_and(char::is_alphabetic)
                        || w.ends_with(',')
                })
                || body[s.span.start..span.start].trim().is_empty();
            let later_in_sentence: Vec<usize> = ents
                .mentions
                .iter()
                .filter(|x| x.sentence == si && x.span.start > span.end)
                .map(|x| x.entity)
                .collect();
            let prev_subject =
                sentences[..si].iter().rposition(|_| true).and_then(|p| {
                    ents.mentions
                        .iter()
                        .find(|x| {
                            x.sentence == p
                                && ents.entities[x.entity].kind
                                    == PartyKind::Org
                        })
                        .map(|x| x.entity)
                });
            // Candidates: organizations mentioned before, most recent first.
            let mut cands: Vec<usize> = Vec::new();
            for x in
                ents.mentions.iter().filter(|x| x.span.end <= span.start).rev()
            {
                if ents.entities[x.entity].kind == PartyKind::Org
                    && !cands.contains(&x.entity)
                {
                    cands.push(x.entity);
                }
            }
            let mut scored: Vec<(i32, usize, usize)> = cands
                .iter()
                .enumerate()
                .map(|(rank, &e)| {
                    let ent = &ents.entities[e];
                    let mut score = 0;
                    if let Some(n) = &nationality {
                        match &ent.nationality {
                            Some(have) if have == n => score += 10,
                            Some(_) => score -= 20,
                            None => {}
                        }
                        if bound.iter().any(|(bn, be)| *be == e && bn != n) {
                            score -= 20;
                        }
                        if bound.iter().any(|(bn, be)| bn == n && *be != e) {
                            score -= 5;
                        }
                    }
                    if is_subject && later_in_sentence.contains(&e) {
                        score -= 15; // the subject cannot be a name it governs
                    }
                    if is_subject
                        && prev_subject == Some(e)
                        && nationality.is_none()
                    {
                        score += 3;
                    }
                    (score, rank, e)
                })
                .collect();
            scored.sort_by_key(|&(score, rank, _)| {
                (std::cmp::Reverse(score), rank)
            });
            let Some(&(score, _, e)) = scored.first() else { continue };
            if score < -10 {
                continue;
            }
            if let Some(n) = &nationality {
                if !bound.iter().any(|(bn, be)| bn == n && *be == e) {
                    bound.push((n.clone(), e));
                }
                if ents.entities[e].nationality.is_none() {
                    ents.entities[e].nationality = Some(n.clone());
                }
            }
            let rest = &text[m.end()..];
            let (entity, span, possessive) = match DIVISION.captures(rest) {
                Some(d) => {
                    let unit = d[1].trim();
                    let name = format!("{} {}", ents.entities[e].name, unit);
                    let end = span.end + d.get(0).expect("group 0").end();
                    // Drop the plain-name mention of the unit ("North America").
                    let uspan = span.end..end;
                    ents.mentions.retain(|x| {
                        !(x.span.start >= uspan.start
                            && x.span.end <= uspan.end)
                    });
                    (
                        intern(ents, &name, PartyKind::Org),
                        span.start..end,
                        false,
                    )
                }
                None => {
                    (e, span, rest.starts_with("'s") || rest.starts_with("’s"))
                }
            };
            ents.mentions.push(Mention {
                span: span.clone(),
                entity,
                kind: MentionKind::Descriptor,
                sentence: si,
                possessive,
                preceded_by: word_before(body, span.start),
            });
            ents.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        }
    }
}

static PLURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b(?:[Tt]he\s+two\s+(?:[\w-]+\s+)?(?:companies|firms|sides|parties|groups|giants|rivals)|[Tt]he\s+pair|[Bb]oth\s+(?:companies|firms|sides|parties)|[Tt]he\s+(?:companies|parties))\b)")
        .expect("plural pattern")
});

/// "US International Trade Commission (ITC)": the acronym in brackets
/// after a name, when its letters are the name's initials in order, stands
/// for that name wherever it is used.
fn link_acronyms(body: &str, ents: &mut Entities) {
    let mut links: Vec<(usize, usize)> = Vec::new(); // (acronym, full)
    for (i, m) in ents.mentions.iter().enumerate() {
        let name = &ents.entities[m.entity].name;
        let is_acronym = (2..=6).contains(&name.len())
            && name.chars().all(|c| c.is_ascii_uppercase());
        if !is_acronym || !body[..m.span.start].ends_with('(') {
            continue;
        }
        let before = body[..m.span.start - 1].trim_end();
        let Some(full) = ents.mentions[..i]
            .iter()
            .rev()
            .find(|x| x.span.end == before.len())
        else {
            continue;
        };
        let full_name = &ents.entities[full.entity].name;
        let initials: Vec<char> = full_name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(char::is_ascii_uppercase)
            .collect();
        let mut letters = name.chars();
        let mut want = letters.next();
        for c in &initials {
            if Some(*c) == want {
                want = letters.next();
            }
        }
        if want.is_none() && full.entity != m.entity {
            links.push((m.entity, full.entity));
        }
    }
    for (acronym, full) in links {
        for m in ents.mentions.iter_mut() {
            if m.entity == acronym {
                m.entity = full;
                m.kind = MentionKind::Short;
            }
        }
    }
}

/// Resolves "the two companies", "the pair", "both companies" to the two
/// organizations named last before them: one mention of each, sharing
/// the span.
fn add_plurals(body: &str, sentences: &[Sentence], ents: &mut Entities) {
    let mut extra = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text(body);
        for m in PLURAL.find_iter(text) {
            let span = s.span.start + m.start()..s.span.start + m.end();
            // The organizations named most so far, the recent first.
            let mut cands: Vec<(usize, usize, usize)> = Vec::new();
            // "The two companies" are businesses, not the court or agency
            // that handles their case.
            let business = !m.as_str().to_lowercase().contains("parties")
                && !m.as_str().to_lowercase().contains("sides");
            let agency = |name: &str| {
                name.rsplit(' ').next().is_some_and(|w| {
                    matches!(
                        w,
                        "Commission"
                            | "Court"
                            | "Office"
                            | "Agency"
                            | "Authority"
                            | "Ministry"
                            | "Department"
                            | "Tribunal"
                            | "Bureau"
                            | "Council"
                            | "Administration"
                    )
                })
            };
            for x in ents.mentions.iter().filter(|x| {
                x.span.end <= span.start
                    && ents.entities[x.entity].kind == PartyKind::Org
                    && !(business && agency(&ents.entities[x.entity].name))
            }) {
                match cands.iter_mut().find(|c| c.0 == x.entity) {
                    Some(c) => {
                        c.1 += 1;
                        c.2 = x.span.start;
                    }
                    None => cands.push((x.entity, 1, x.span.start)),
                }
            }
            cands.sort_by_key(|&(_, n, at)| {
                (std::cmp::Reverse(n), std::cmp::Reverse(at))
            });
            if cands.len() < 2 {
                continue;
            }
            let mut two = vec![cands[0].0, cands[1].0];
            two.sort_unstable();
            let rest = &body[span.end..];
            let possessive = rest.starts_with('\'') || rest.starts_with('’');
            for e in two {
                extra.push(Mention {
                    span: span.clone(),
                    entity: e,
                    kind: MentionKind::Descriptor,
                    sentence: si,
                    possessive,
                    preceded_by: word_before(body, span.start),
                });
            }
        }
    }
    ents.mentions.extend(extra);
    ents.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Resolves "it", "its", "they" to the nearest organization before them.
fn add_pronouns(body: &str, sentences: &[Sentence], ents: &mut Entities) {
    let mut extra = Vec::new();
    // The first mention of each sentence: its subject, most often.
    let mut first: Vec<Option<Range<usize>>> = vec![None; sentences.len()];
    for m in &ents.mentions {
        if let Some(f) = first.get_mut(m.sentence) {
            if f.is_none() {
                *f = Some(m.span.clone());
            }
        }
    }
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text(body);
        for m in PRONOUN.find_iter(text) {
            let span = s.span.start + m.start()..s.span.start + m.end();
            // Mentions are sorted: only those of this sentence and the two
            // before it can be the antecedent.
            let from = ents.mentions.partition_point(|x| {
                x.sentence + 2 < si && x.span.start < span.start
            });
            let to =
                ents.mentions.partition_point(|x| x.span.start < span.start);
            let prev = ents.mentions[from..to.max(from)]
                .iter()
                .filter(|x| {
                    x.span.end <= span.start
                        && ents.entities[x.entity].kind == PartyKind::Org
                })
                .filter(|x| x.sentence + 2 >= si)
                .max_by_key(|x| {
                    // Prefer subjects of their sentence, then recency.
                    let subj = first[x.sentence].as_ref() == Some(&x.span);
                    (x.sentence == si || subj, x.span.start)
                });
            if let Some(p) = prev {
                let lower = m.as_str().to_lowercase();
                extra.push(Mention {
                    span: span.clone(),
                    entity: p.entity,
                    kind: MentionKind::Pronoun,
                    sentence: si,
                    possessive: lower == "its" || lower == "their",
                    preceded_by: word_before(body, span.start),
                });
            }
        }
    }
    ents.mentions.extend(extra);
}

/// A name reduced for comparison across documents: lower case, without a
/// leading "the", trailing corporate suffixes ("Inc.", "AG") or
/// punctuation, so "Globex Corp." and "Globex" compare equal.
pub(crate) fn name_key(name: &str) -> String {
    let mut words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1
        && words.last().is_some_and(|w| {
            SUFFIXES.contains(w) || SUFFIXES.contains(&w.trim_end_matches('.'))
        })
    {
        words.pop();
    }
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        words.remove(0);
    }
    words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn names(body: &str) -> Vec<(String, PartyKind, MentionKind)> {
        let e = extract_entities(body, &split_sentences(body));
        e.mentions
            .iter()
            .filter(|m| m.kind != MentionKind::Pronoun)
            .map(|m| (e.entity(m).name.clone(), e.entity(m).kind, m.kind))
            .collect()
    }

    #[test]
    fn ok_datelines_with_either_apostrophe() {
        for body in [
            "COEUR D'ALENE, Idaho, March 24 - Hecla Mining Co agreed.",
            "COEUR D\u{2019}ALENE, Idaho, March 24 - Hecla Mining Co agreed.",
        ] {
            assert_eq!(&body[dateline_len(body)..], "Hecla Mining Co agreed.");
        }
    }

    #[test]
    fn ok_capitalized_runs_and_connectors() {
        let n = names("Acme and Globex met the China Beida Post and Telecommunication Economy Research Center in Shanghai.");
        let got: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, ["Acme", "Globex", "China Beida Post and Telecommunication Economy Research Center", "Shanghai"]);
        assert_eq!(n[3].1, PartyKind::Place);
    }

    #[test]
    fn ok_people_from_context() {
        let n = names("Acme Corp. hired Jane Doran to be its new president. Doran said so.");
        assert_eq!(n[0].0, "Acme");
        assert_eq!(
            (n[1].0.as_str(), n[1].1),
            ("Jane Doran", PartyKind::Person)
        );
        assert_eq!(
            (n[2].0.as_str(), n[2].2),
            ("Jane Doran", MentionKind::Short)
        );
    }

    #[test]
    fn ok_descriptors_resolve_by_constraints() {
        let body = "Acme announced a deal with handset maker Globex. The Chinese company will license Acme's patents and buy gear from the Finnish company.";
        let n = names(body);
        let got: Vec<(&str, MentionKind)> =
            n.iter().map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(
            got,
            [
                ("Acme", MentionKind::Name),
                ("Globex", MentionKind::Name),
                ("Globex", MentionKind::Descriptor),
                ("Acme", MentionKind::Name),
                ("Acme", MentionKind::Descriptor),
            ]
        );
    }

    #[test]
    fn ok_descriptor_with_division() {
        let body = "Doran worked at Initech since 2004 and led the company's North America division.";
        let n = names(body);
        assert!(
            n.iter().any(|x| x.0 == "Initech North America"
                && x.2 == MentionKind::Descriptor),
            "{n:?}"
        );
        assert!(!n.iter().any(|x| x.0 == "North America"));
    }

    #[test]
    fn ok_sentence_initial_common_words_are_not_names() {
        let n = names("Many firms grew. Learn more. Some many learn.");
        assert!(n.is_empty(), "{n:?}");
    }
}

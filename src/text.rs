//! Body text into paragraphs and sentences, each a byte span of the body.
//!
//! This module owns sentence boundaries: abbreviations such as "Inc.",
//! "U.S." and "Mr." and initials such as "J. R." do not end a sentence. It
//! does not decide what is boilerplate (that is [`crate::input`]).

use std::ops::Range;

/// The largest character boundary at or below byte `i` (clamped to the
/// text), so a byte window can be cut anywhere without splitting a
/// character.
pub(crate) fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The last `n` bytes of `s` (fewer, to start on a character).
pub(crate) fn tail(s: &str, n: usize) -> &str {
    let mut from = s.len().saturating_sub(n);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    &s[from..]
}

/// A sentence: a byte span of the body and the paragraph it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the body text; `body[span]` is the sentence.
    pub span: Range<usize>,
    /// Zero-based index of the paragraph holding the sentence.
    pub paragraph: usize,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.span.clone()]
    }
}

/// Words that end in a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen",
    "gov", "sen", "rep", "rev", "hon", "capt", "col", "lt", "sgt", "inc",
    "corp", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vs", "v", "etc",
    "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "u.s", "u.k",
    "u.n", "e.u", "a.m", "p.m", "d.c", "u.s.a", "ph.d", "cf", "al", "ave",
    "blvd", "rd",
];

/// Corporate abbreviations after which a sentence may still end when a
/// typical sentence opener follows ("... Globex Inc. The company ...").
const CORPORATE: &[&str] = &["inc", "corp", "co", "ltd", "llc", "plc", "bros"];

/// Capitalized words that usually open a sentence.
const OPENERS: &[&str] = &[
    "The", "It", "He", "She", "They", "We", "I", "In", "On", "At", "A", "An",
    "This", "That", "These", "Those", "But", "And", "However", "Its", "His",
    "Her", "Their", "Our", "As", "After", "Before", "When", "While", "Under",
    "Last", "Earlier", "Later",
];

/// Splits `body` into paragraphs (separated by line breaks) and sentences.
///
/// # Example
///
/// ```
/// use dealline::text::split_sentences;
/// let body = "Acme Inc. hired Mr. Smith. He starts in May.\nNew paragraph.";
/// let s = split_sentences(body);
/// assert_eq!(s.len(), 3);
/// assert_eq!(s[0].text(body), "Acme Inc. hired Mr. Smith.");
/// assert_eq!(s[2].paragraph, 1);
/// ```
pub fn split_sentences(body: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() {
            continue;
        }
        split_paragraph(
            body,
            start,
            start + trimmed.len(),
            paragraph,
            &mut out,
        );
        paragraph += 1;
    }
    out
}

fn split_paragraph(
    body: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let bytes = body.as_bytes();
    let mut sent_start = start;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Swallow repeated marks and closing quotes or brackets.
            let mut j = i + 1;
            while j < end {
                let rest = &body[j..end];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(
                    c,
                    '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’'
                ) {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            if j >= end {
                break;
            }
            let next_is_space = body[j..end].starts_with(char::is_whitespace);
            if next_is_space && is_boundary(body, sent_start, i, j, end) {
                push(body, sent_start, j, paragraph, out);
                sent_start = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push(body, sent_start, end, paragraph, out);
}

/// Decides whether the period at `dot` (marks end at `after`) ends a sentence.
fn is_boundary(
    body: &str,
    sent_start: usize,
    dot: usize,
    after: usize,
    end: usize,
) -> bool {
    let rest = body[after..end].trim_start();
    let next = rest.chars().next().unwrap_or(' ');
    let next_word: &str = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    // Lower-case continuation: "... Inc. said", "e.g. the".
    if next.is_lowercase() {
        return false;
    }
    if body.as_bytes()[dot] != b'.' {
        return true;
    }
    let word_start = body[sent_start..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map(|p| {
            let c = body[sent_start + p..].chars().next();
            sent_start + p + c.map_or(1, char::len_utf8)
        })
        .unwrap_or(sent_start);
    let word = &body[word_start..dot];
    let lower = word.to_ascii_lowercase();
    // Initials: "J. R. Smith".
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if CORPORATE.contains(&lower.as_str()) {
        return OPENERS.contains(&next_word);
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "U.S. The ..." is rare next to "U.S. Court"; keep the abbreviation.
        return false;
    }
    // Dotted acronyms not in the list ("N.Y.").
    if lower.len() >= 3
        && lower.contains('.')
        && lower.chars().all(|c| c.is_alphabetic() || c == '.')
    {
        return OPENERS.contains(&next_word);
    }
    true
}

fn push(
    body: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let slice = &body[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if s < e {
        out.push(Sentence { span: s..e, paragraph });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        split_sentences(body).iter().map(|s| s.text(body)).collect()
    }

    #[test]
    fn ok_abbreviations_do_not_split() {
        assert_eq!(
            texts("Acme Inc. sued Globex Corp. in the U.S. District Court. It won."),
            ["Acme Inc. sued Globex Corp. in the U.S. District Court.", "It won."]
        );
        assert_eq!(
            texts("Mr. Lee met Dr. J. R. Smith on Jan. 5. Then he left."),
            ["Mr. Lee met Dr. J. R. Smith on Jan. 5.", "Then he left."]
        );
    }

    #[test]
    fn ok_corporate_suffix_can_end_a_sentence() {
        assert_eq!(
            texts("It signed with Initech Inc. The deal is big."),
            ["It signed with Initech Inc.", "The deal is big."]
        );
    }

    #[test]
    fn ok_quotes_and_paragraphs() {
        let body =
            "“We are delighted,” he said. “It works.” More.\n\nNext one!";
        let s = split_sentences(body);
        assert_eq!(
            s.iter().map(|x| x.text(body)).collect::<Vec<_>>(),
            [
                "“We are delighted,” he said.",
                "“It works.”",
                "More.",
                "Next one!"
            ]
        );
        assert_eq!(s[3].paragraph, 1);
        assert!(s.iter().all(|x| body.is_char_boundary(x.span.start)));
    }

    #[test]
    fn ok_decimal_numbers_stay_whole() {
        assert_eq!(
            texts("It paid $2.5 billion. Done."),
            ["It paid $2.5 billion.", "Done."]
        );
    }
}

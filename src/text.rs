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

/// The last word of `s`: the ASCII letters after its last other
/// character, lower-cased ("on the" gives "the"; "on the " gives "").
pub(crate) fn last_word(s: &str) -> String {
    s.rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The first word of `s` after any leading spaces: its ASCII letters,
/// lower-cased (" Account surplus" gives "account"; ", then" gives "").
pub(crate) fn next_word(s: &str) -> String {
    s.trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Whether any word of `s` (a run of ASCII letters) is one of `words`
/// (lower case), whatever its case: "Payable May 1" has "payable".
pub(crate) fn has_any_word(s: &str, words: &[&str]) -> bool {
    // (Split as bytes: a byte beyond ASCII is no letter, as its char is
    // not. Asked of whole documents, where a split by chars was slow.)
    s.as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes())))
}

/// Where `word` stands in `s` as a whole word (no letter or digit on
/// either side): "2001" in "in 2001," but not in "20012".
pub(crate) fn whole_word_at<'a>(
    s: &'a str,
    word: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    s.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        let before = s[..i].chars().next_back();
        let after = s[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `s` with its line breaks and tabs as spaces, byte for byte, so a
/// hard-wrapped sentence ("said on March 3,\n1987") reads as one line
/// with every offset unchanged.
pub(crate) fn flat_breaks(s: &str) -> std::borrow::Cow<'_, str> {
    let breaks = |b: &u8| matches!(b, b'\n' | b'\r' | b'\t');
    if !s.as_bytes().iter().any(breaks) {
        return s.into();
    }
    let flat: Vec<u8> =
        s.bytes().map(|b| if breaks(&b) { b' ' } else { b }).collect();
    // ASCII replaced by ASCII: still UTF-8.
    String::from_utf8(flat).map_or_else(|_| s.into(), Into::into)
}

/// `s` with its control characters (all but tab, line feed and carriage
/// return: form feeds, escapes, C1 controls) as ASCII spaces, byte for
/// byte, so every offset into `s` holds. No XML or HTML output may carry
/// them, and no reader sees anything in them.
pub(crate) fn without_controls(s: &str) -> std::borrow::Cow<'_, str> {
    let control = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    // (C0 controls and DEL are single bytes; C1 controls start with 0xC2.)
    let maybe = s.bytes().any(|b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
            || b == 0x7F
            || b == 0xC2
    });
    if !maybe || !s.chars().any(control) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if control(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// A text as it reads on a page: each Unicode space (no-break, thin,
/// narrow no-break, ideographic …) written as one ASCII space, each CRLF
/// line end as LF, and the invisible soft hyphens, zero-width spaces,
/// word joiners and byte-order marks left out; with the way between its
/// offsets and the original's. Scraped pages write "July 14" or "10 a.m."
/// with no-break spaces and "Mon&shy;day" with a soft hyphen, and files
/// from Windows end their lines with CRLF; the temporal layer and the
/// events read them as plain text and report offsets into the original.
pub(crate) struct PlainText {
    /// The text as it reads.
    pub(crate) text: String,
    /// For each replacement: its offset in `text`, its offset in the
    /// original, the bytes saved up to and including it, and whether it
    /// was left out (rather than replaced by a character).
    at: Vec<(usize, usize, usize, bool)>,
}

impl PlainText {
    /// `None` when `s` has nothing to replace (most texts).
    pub(crate) fn of(s: &str) -> Option<PlainText> {
        let bytes = s.as_bytes();
        // The bytes of the original at `i` to replace, and by what.
        let replaced = |i: usize| -> Option<(usize, &'static str)> {
            let next = |k: usize| bytes.get(i + k).copied();
            match (bytes[i], next(1), next(2)) {
                (b'\r', Some(b'\n'), _) => Some((2, "\n")),
                // U+00A0; U+00AD, the soft hyphen
                (0xC2, Some(0xA0), _) => Some((2, " ")),
                (0xC2, Some(0xAD), _) => Some((2, "")),
                // U+2000..U+200A, U+202F, U+205F; U+200B, U+2060
                (0xE2, Some(0x80), Some(0x80..=0x8A | 0xAF))
                | (0xE2, Some(0x81), Some(0x9F)) => Some((3, " ")),
                (0xE2, Some(0x80), Some(0x8B))
                | (0xE2, Some(0x81), Some(0xA0)) => Some((3, "")),
                // U+3000
                (0xE3, Some(0x80), Some(0x80)) => Some((3, " ")),
                // U+FEFF
                (0xEF, Some(0xBB), Some(0xBF)) => Some((3, "")),
                _ => None,
            }
        };
        // Most texts have none, and copy nothing.
        let first = [
            memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes)
                .find(|&i| replaced(i).is_some()),
            memchr::memchr2_iter(b'\r', 0xEF, bytes)
                .find(|&i| replaced(i).is_some()),
        ]
        .into_iter()
        .flatten()
        .min()?;
        let mut text = String::with_capacity(s.len());
        let mut at = Vec::new();
        let mut saved = 0;
        let mut from = 0;
        let mut i = first;
        while i < bytes.len() {
            let Some((width, by)) = replaced(i) else {
                i += 1;
                continue;
            };
            text.push_str(&s[from..i]);
            saved += width - by.len();
            at.push((text.len(), i, saved, by.is_empty()));
            text.push_str(by);
            i += width;
            from = i;
        }
        text.push_str(&s[from..]);
        Some(PlainText { text, at })
    }

    /// The bytes saved before the `k`th replacement.
    fn saved_before(&self, k: usize) -> usize {
        k.checked_sub(1).map_or(0, |k| self.at[k].2)
    }

    /// The offset in the original of `plain`, an offset in [`Self::text`]
    /// where something ends: after a replaced space, after the whole
    /// original one; before a character left out.
    pub(crate) fn original(&self, plain: usize) -> usize {
        plain + self.saved_before(self.at.partition_point(|a| a.0 < plain))
    }

    /// [`Self::original`] where something starts: after the characters
    /// left out there.
    pub(crate) fn original_start(&self, plain: usize) -> usize {
        let mut k = self.at.partition_point(|a| a.0 < plain);
        while self.at.get(k).is_some_and(|a| a.0 == plain && a.3) {
            k += 1;
        }
        plain + self.saved_before(k)
    }

    /// The offset in [`Self::text`] of `original`, an offset on a
    /// character boundary of the original.
    pub(crate) fn plain(&self, original: usize) -> usize {
        original
            - self.saved_before(self.at.partition_point(|a| a.1 < original))
    }
}

/// Whether a line stops where no sentence or heading can: after a comma or
/// a word that needs one after it ("agreed on", "the end of the").
fn dangles(line: &str) -> bool {
    const BEFORE_MORE: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "to",
        "with", "and", "or", "that", "its", "their", "his", "her",
    ];
    line.ends_with(',')
        || line
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| BEFORE_MORE.contains(&w))
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
    "blvd", "rd", "vol", "vols", "pp", "para",
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

/// Splits `body` into paragraphs ([`paragraphs`]) and sentences.
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
    for (i, p) in paragraphs(body).into_iter().enumerate() {
        split_paragraph(body, p.start, p.end, i, &mut out);
    }
    out
}

/// The paragraphs of `text`, each the byte range from its first line's
/// first character to its last line's last.
///
/// A line break ends a paragraph, except where the text is hard-wrapped:
/// wire copy marks paragraphs by indentation and plain text by blank lines;
/// in wrapped text without either, a line that stops mid-sentence goes on
/// into the next; and a line that stops mid-sentence before a lower-case
/// continuation, or after a comma or a word such as "of" or "the", is
/// always joined to it. Text with one paragraph a line (what
/// [`crate::input`] makes of a page) keeps its lines but for those last
/// joins.
///
/// ```
/// use dealline::text::paragraphs;
/// let text = "  Acme said on March 3,\n1987 that it would buy Globex.\n  It paid\ncash.\n  Globex agreed.\n";
/// let p: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(
///     p,
///     ["Acme said on March 3,\n1987 that it would buy Globex.", "It paid\ncash.", "Globex agreed."]
/// );
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    // Each line's span without its line break and surrounding blanks.
    let mut lines: Vec<(Range<usize>, bool)> = Vec::with_capacity(
        memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1,
    );
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let body = raw.trim_end();
        let lead = body.len() - body.trim_start().len();
        let indented = body.starts_with([' ', '\t']);
        lines.push((start + lead..start + body.len(), indented));
    }
    let blank = |r: &Range<usize>| r.is_empty();
    let nonempty = lines.iter().filter(|(r, _)| !blank(r)).count();
    let indented = lines.iter().filter(|(r, ind)| !blank(r) && *ind).count();
    let by_indent =
        nonempty >= 4 && indented * 5 >= nonempty && indented < nonempty;
    let ends_sentence = |r: &Range<usize>| {
        text[r.clone()].ends_with(['.', '!', '?', ':', '"', '”', ')', ';'])
    };
    // Blank-line blocks whose lines mostly stop mid-sentence are wrapped.
    let width = lines.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
    let mut wrapped_lines = 0;
    let mut full_lines = 0;
    let mut continued = 0;
    let mut multi = 0;
    for w in lines.windows(2) {
        if !blank(&w[0].0) && !blank(&w[1].0) {
            multi += 1;
            if !ends_sentence(&w[0].0) {
                wrapped_lines += 1;
                if w[0].0.len() * 3 >= width * 2 {
                    full_lines += 1;
                }
                if text[w[0].0.clone()].ends_with(',')
                    || text[w[1].0.clone()].starts_with(char::is_lowercase)
                {
                    continued += 1;
                }
            }
        }
    }
    let wrapped = multi >= 3 && wrapped_lines * 2 >= multi;
    let by_blank = wrapped && lines.iter().any(|(r, _)| blank(r));
    // Without blank lines, only prose filled to a margin is wrapped: most
    // lines that stop mid-sentence run near the longest, none is long, and
    // many go on in lower case or after a comma. (A page's list items and
    // a table's rows stop mid-sentence too, but at every length, or before
    // a capital.)
    let wrapped = wrapped
        && width <= 100
        && full_lines * 3 >= wrapped_lines * 2
        && continued * 3 >= wrapped_lines;
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open = false;
    for (r, indented) in &lines {
        if blank(r) {
            open = false;
            continue;
        }
        let prev = out.last().cloned().unwrap_or(0..0);
        let prev_is_heading = !out.is_empty()
            && !text[prev.clone()].chars().any(char::is_lowercase);
        let starts_para = prev_is_heading
            || if by_indent {
                *indented
            } else if by_blank {
                false
            } else {
                // Wrapped without blank lines: only a line that ends a
                // sentence may end a paragraph ("on March 3,\n1987").
                let lower = text[r.clone()].starts_with(char::is_lowercase);
                if wrapped {
                    ends_sentence(&prev) && !lower
                } else {
                    (ends_sentence(&prev) || !lower) && !dangles(&text[prev])
                }
            };
        match out.last_mut() {
            Some(last) if open && !starts_para => last.end = r.end,
            _ => {
                out.push(r.clone());
                open = true;
            }
        }
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
    // Jump from mark to mark: most bytes are none.
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..end]) {
        i += k;
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
    // "Jan. 30-Feb. 2", "Mon.-Fri.", "ex-Gov. Smith": the abbreviation is
    // the last part of a joined word.
    let word = word.rsplit(['-', '–', '—', '/']).next().unwrap_or(word);
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

/// FNV-1a: a fast hash for short words (a document's, or a fixed
/// lexicon's looked up with them: no attacker-chosen keys are inserted,
/// so SipHash's cost buys nothing).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_controls_become_spaces_byte_for_byte() {
        let s = "July 14,\u{c}\u{b}2017\u{1}\tand\u{85}\u{1b} x\r\n";
        let w = without_controls(s);
        assert_eq!(w, "July 14,  2017 \tand    x\r\n");
        assert_eq!(w.len(), s.len());
        assert!(matches!(
            without_controls("café\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn ok_plain_text_reads_as_a_page_and_maps_back() {
        assert!(PlainText::of("July 14, 2017 — ‘quoted’").is_none());
        let s = "On July\u{a0}14,\u{202f}2017 at 10\u{2009}a.m.";
        let p = PlainText::of(s).unwrap();
        assert_eq!(p.text, "On July 14, 2017 at 10 a.m.");
        for (word, plain_at) in
            [("July", 3), ("14", 8), ("2017", 12), ("a.m.", 23)]
        {
            let o = p.original(plain_at);
            assert!(s[o..].starts_with(word), "{word}");
            assert_eq!(p.plain(o), plain_at);
        }
        assert_eq!(p.original(p.text.len()), s.len());
        assert_eq!(p.plain(s.len()), p.text.len());
        // CRLF line ends read as LF.
        let s = "Acme\r\nsigned on\u{a0}July 14.\r\n";
        let p = PlainText::of(s).unwrap();
        assert_eq!(p.text, "Acme\nsigned on July 14.\n");
        assert_eq!(&s[p.original(5)..p.original(15)], "signed on\u{a0}");
        assert_eq!(p.original(p.text.len()), s.len());
        assert!(PlainText::of("a\rb\nc").is_none());
        // Invisible characters are left out; a span after one starts after
        // it, a span before one ends before it.
        let s = "\u{feff}Acme said on Mon\u{ad}day\u{200b} it signed.";
        let p = PlainText::of(s).unwrap();
        assert_eq!(p.text, "Acme said on Monday it signed.");
        assert_eq!(&s[p.original_start(0)..p.original(4)], "Acme");
        assert_eq!(&s[p.original_start(13)..p.original(19)], "Mon\u{ad}day");
        assert_eq!(&s[p.original_start(19)..p.original(30)], " it signed.");
        assert_eq!(p.plain(p.original_start(13)), 13);
    }

    #[test]
    fn ok_words_found_whole_and_in_any_case() {
        assert!(has_any_word("Notes Payable May 1", &["payable"]));
        assert!(!has_any_word("unpayable", &["payable"]));
        // A letter beyond ASCII ends a word, as any other mark does.
        assert!(has_any_word("café—PAYABLE», due", &["payable"]));
        assert!(has_any_word("Zürich", &["rich"]));
        assert!(!has_any_word("payable's", &["payables"]));
        let at: Vec<usize> =
            whole_word_at("in 2001, not 20012 or 2001a; 2001", "2001")
                .collect();
        assert_eq!(at, [3, 29]);
    }

    fn texts(body: &str) -> Vec<&str> {
        split_sentences(body).iter().map(|s| s.text(body)).collect()
    }

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn ok_hard_wrapped_prose_is_one_paragraph() {
        // Filled to a margin, no blank lines, no indentation.
        let text = "Acme Inc said on Tuesday that it would take over the\nsemiconductor unit of Globex Corp for 40 mln dlrs, and that\nit expected to close the deal on March 3,\n1988, after a review by the regulators in Bonn and Paris.\nGlobex said it would use the money to cut its debt.\n";
        assert_eq!(
            paras(text),
            [
                "Acme Inc said on Tuesday that it would take over the\nsemiconductor unit of Globex Corp for 40 mln dlrs, and that\nit expected to close the deal on March 3,\n1988, after a review by the regulators in Bonn and Paris.",
                "Globex said it would use the money to cut its debt."
            ]
        );
        let s = split_sentences(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].paragraph, 1);
        // Blank lines between wrapped blocks, Windows line ends.
        let text = "Acme said it would buy\r\nGlobex for cash, and\r\nthat the deal would close\r\nsoon.\r\n\r\nGlobex agreed.\r\n";
        assert_eq!(
            paras(text),
            [
                "Acme said it would buy\r\nGlobex for cash, and\r\nthat the deal would close\r\nsoon.",
                "Globex agreed."
            ]
        );
    }

    #[test]
    fn ok_tables_lists_and_one_paragraph_a_line_stay_apart() {
        // Rows of a table stop mid-sentence before a capital.
        let table = "Shr 3.85 dlrs vs 3.40 dlrs\nNet 4,100,000 vs 3,600,000\nRevs 51.2 mln vs 47.9 mln\nAvg shrs 3,400,000 vs 3,400,000\n";
        assert_eq!(paras(table).len(), 4);
        // A page's list items, at every length.
        let list = "What changed\nFaster start-up on older phones and tablets of every kind\nDark mode\nNew settings for the notifications you get about orders\n";
        assert_eq!(paras(list).len(), 4);
        // A body with one paragraph a line keeps its lines.
        let body = "Acme bought Globex on Monday.\nThe deal closes in May.\nGlobex makes chips.\n";
        assert_eq!(paras(body).len(), 3);
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
        // The abbreviation at the end of a joined word.
        assert_eq!(
            texts("It met Jan. 30-Feb. 2, 2016 in Rome. The first Sino-U.S. Joint venture. Open Mon.-Fri. From 9 a.m."),
            [
                "It met Jan. 30-Feb. 2, 2016 in Rome.",
                "The first Sino-U.S. Joint venture.",
                "Open Mon.-Fri. From 9 a.m."
            ]
        );
        assert_eq!(
            texts("He saw the U.S.-Japan. Then left."),
            ["He saw the U.S.-Japan.", "Then left."]
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

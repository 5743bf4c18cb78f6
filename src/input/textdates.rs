//! Dates a page shows its reader: the visible text of an HTML page (no
//! scripts, styles or markup) and the full dates in it, each with the
//! byline word in front of it ("Published", "Updated", "By ...").
//!
//! This module reads raw HTML with a linear scanner (no DOM) and finds
//! dates by their years, so a page costs one pass over its markup and a
//! look around each year in its text. It does not decide which date is
//! the publication date; [`super::pagedate`] does.

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::date::PartialDate;
use crate::text::floor_char as floor;

/// What the words just before a date say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// "Published", "Posted on", "originally created", "Erstellt am", ...
    Published,
    /// "Updated", "Last modified", "Aktualisiert", ...
    Updated,
    /// A byline: "By Jo Smith | April 13, 2020".
    Byline,
    /// Nothing: a date in running text, a list, a caption.
    None,
}

/// A full date in a page's visible text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TextDate {
    /// Byte offset in the visible text (text order).
    pub at: usize,
    /// The day.
    pub date: PartialDate,
    /// The word in front of it.
    pub cue: Cue,
    /// The time of day shown after it (24-hour), if any.
    pub time: Option<(u32, u32)>,
    /// The words around it, for the evidence.
    pub snippet: String,
}

/// Elements whose content is never shown as text.
const HIDDEN: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"iframe",
    b"textarea",
    b"select",
    b"object",
];

/// Elements that start a new line of text.
const BLOCK: &[&[u8]] = &[
    b"p",
    b"div",
    b"br",
    b"li",
    b"ul",
    b"ol",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"aside",
    b"nav",
    b"main",
    b"blockquote",
    b"tr",
    b"td",
    b"th",
    b"table",
    b"dd",
    b"dt",
    b"pre",
    b"hr",
    b"figure",
    b"figcaption",
    b"title",
    b"form",
];

/// The visible text of `html` from byte `from` on: one block a line,
/// whitespace collapsed, entities decoded. Linear in the page size;
/// unclosed or broken markup ends the text, never the program.
pub(crate) fn visible_text(html: &str, from: usize) -> String {
    let b = html.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(html.len() / 8);
    let mut i = from.min(b.len());
    while i < b.len() {
        let Some(p) = memchr::memchr(b'<', &b[i..]) else {
            push_text(&mut out, &html[i..]);
            break;
        };
        if p > 0 {
            push_text(&mut out, &html[i..i + p]);
        }
        i += p;
        if b[i..].starts_with(b"<!--") {
            i = memchr::memmem::find(&b[i..], b"-->")
                .map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let closing = b.get(i + 1) == Some(&b'/');
        let ns = i + 1 + usize::from(closing);
        let ne = ns
            + b[ns..]
                .iter()
                .take(16)
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        if ne == ns {
            // A lone "<" in text.
            out.push(b'<');
            i += 1;
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', &b[ne..]) else { break };
        let end = ne + gt + 1;
        // Lower-case the name once (names are short), then compare.
        let mut lower = [0u8; 16];
        let len = (ne - ns).min(16);
        for (d, s) in lower.iter_mut().zip(&b[ns..ns + len]) {
            *d = s.to_ascii_lowercase();
        }
        let name = &lower[..len];
        let is = |list: &[&[u8]]| list.contains(&name);
        if !closing && is(HIDDEN) && b[end - 2] != b'/' {
            i = find_close(b, end, name);
            continue;
        }
        let sep = if is(BLOCK) { b'\n' } else { b' ' };
        if let Some(&l) = out.last() {
            if sep == b'\n' {
                if l == b' ' {
                    out.pop();
                }
                if out.last() != Some(&b'\n') {
                    out.push(b'\n');
                }
            } else if l != b' ' && l != b'\n' {
                out.push(b' ');
            }
        }
        i = end;
    }
    String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The byte after the `>` of `</name`, searching from `from`; the end of
/// the page when it is never closed.
fn find_close(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(p) = memchr::memmem::find(&b[i..], b"</") {
        let at = i + p + 2;
        if b.len() >= at + name.len()
            && b[at..at + name.len()].eq_ignore_ascii_case(name)
        {
            return memchr::memchr(b'>', &b[at..])
                .map_or(b.len(), |g| at + g + 1);
        }
        i = at;
    }
    b.len()
}

/// Appends a run of text, ASCII whitespace collapsed and entities
/// decoded. (No-break spaces stay: the date reader splits words at any
/// Unicode space.)
fn push_text(out: &mut Vec<u8>, s: &str) {
    let decoded;
    let s = if s.contains('&') {
        decoded = super::html::decode_entities(s);
        decoded.as_str()
    } else {
        s
    };
    // Every run of white space becomes one space.
    out.reserve(s.len());
    let mut space = false;
    for &c in s.as_bytes() {
        if c.is_ascii_whitespace() {
            space = true;
            continue;
        }
        if space {
            if out.last().is_some_and(|l| *l != b' ' && *l != b'\n') {
                out.push(b' ');
            }
            space = false;
        }
        out.push(c);
    }
    if space && out.last().is_some_and(|l| *l != b' ' && *l != b'\n') {
        out.push(b' ');
    }
}

/// Whether numeric dates with slashes put the day first on a page in
/// language `lang` (`en-GB`, `fr`, ...): everywhere but in US English.
pub(crate) fn day_first(lang: Option<&str>) -> bool {
    let Some(l) = lang else { return false };
    let l = l.trim().to_ascii_lowercase().replace('_', "-");
    !(l.is_empty() || l == "en" || l.starts_with("en-us"))
}

/// The page's language: `<html lang>` or `xml:lang`.
pub(crate) fn page_lang(html: &str) -> Option<String> {
    let b = html.as_bytes();
    let head = &b[..b.len().min(8192)];
    let at = memchr::memmem::find(head, b"<html")
        .or_else(|| memchr::memmem::find(head, b"<HTML"))?;
    let end = memchr::memchr(b'>', &b[at..])? + at;
    let attrs = super::pagedate::attributes(html.get(at..=end)?);
    attrs
        .iter()
        .find(|(k, _)| k == "lang")
        .or_else(|| attrs.iter().find(|(k, _)| k == "xml:lang"))
        .map(|(_, v)| v.clone())
}

/// Every full date (day, month, year) in `text`, in text order: numeric
/// (`2019-04-28`, `28.04.2019`, `04/28/2019`, `2023年11月7日`) and
/// written in English, German, French, Spanish, Portuguese, Italian,
/// Dutch, Scandinavian, Polish, Czech, Russian, Turkish or Finnish.
/// `day_first` reads `03/04/2019` as 3 April.
pub(crate) fn find_dates(text: &str, day_first: bool) -> Vec<TextDate> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = memchr::memchr2(b'1', b'2', &b[i..]) {
        let at = i + p;
        i = at + 1;
        if at + 4 > b.len() || !b[at..at + 4].iter().all(u8::is_ascii_digit) {
            continue;
        }
        if at > 0 && b[at - 1].is_ascii_digit() {
            continue;
        }
        if b.get(at + 4).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let y: i32 = text[at..at + 4].parse().unwrap_or(0);
        if !(1990..2100).contains(&y) {
            continue;
        }
        i = at + 4;
        let Some((start, end, date)) = date_around(text, at, y, day_first)
        else {
            continue;
        };
        if out.last().is_some_and(|d: &TextDate| d.at == start) {
            continue;
        }
        i = i.max(end);
        out.push(TextDate {
            at: start,
            date,
            cue: cue_before(text, start),
            time: time_after(text, end),
            snippet: snippet(text, start, end),
        });
        if out.len() >= 400 {
            break;
        }
    }
    out
}

/// The date whose year starts at `at`: (start, end, date).
fn date_around(
    text: &str,
    at: usize,
    y: i32,
    day_first: bool,
) -> Option<(usize, usize, PartialDate)> {
    let b = text.as_bytes();
    let full = |m: u32, d: u32| {
        NaiveDate::from_ymd_opt(y, m, d).map(|_| PartialDate {
            year: y,
            month: Some(m),
            day: Some(d),
        })
    };
    let num_at = |from: usize| -> Option<(u32, usize)> {
        let n = b[from.min(b.len())..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n == 0 || n > 2 {
            return None;
        }
        Some((text[from..from + n].parse().ok()?, from + n))
    };
    // 2019-04-28, 2019/04/28, 2019.04.28
    if let Some(&sep) =
        b.get(at + 4).filter(|c| matches!(c, b'-' | b'/' | b'.'))
    {
        if let Some((m, e)) = num_at(at + 5) {
            if b.get(e) == Some(&sep) {
                if let Some((d, e2)) = num_at(e + 1) {
                    if let Some(pd) = full(m, d) {
                        return Some((at, e2, pd));
                    }
                }
            }
        }
    }
    // 2023年11月7日, 2023년 11월 7일
    for (yk, mk) in [("年", "月"), ("년", "월")] {
        if text[at + 4..].starts_with(yk) {
            let r = at + 4 + yk.len();
            let r = r + text[r..].len() - text[r..].trim_start().len();
            if let Some((m, e)) = num_at(r) {
                if text[e..].starts_with(mk) {
                    let r = e + mk.len();
                    let r = r + text[r..].len() - text[r..].trim_start().len();
                    if let Some((d, e2)) = num_at(r) {
                        if let Some(pd) = full(m, d) {
                            return Some((at, e2, pd));
                        }
                    }
                }
            }
        }
    }
    // 28.04.2019, 04/28/2019, 28-04-2019
    if at >= 4 {
        let sep = b[at - 1];
        if matches!(sep, b'.' | b'/' | b'-') {
            let mut j = at - 1;
            let n2 = b[..j]
                .iter()
                .rev()
                .take(3)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if (1..=2).contains(&n2) && j > n2 && b[j - n2 - 1] == sep {
                let second: u32 = text[j - n2..j].parse().ok()?;
                j -= n2 + 1;
                let n1 = b[..j]
                    .iter()
                    .rev()
                    .take(3)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if (1..=2).contains(&n1)
                    && (j == n1 || !b[j - n1 - 1].is_ascii_digit())
                {
                    let first: u32 = text[j - n1..j].parse().ok()?;
                    let (m, d) = if sep == b'/' && !day_first && first <= 12
                        || second > 12
                    {
                        (first, second)
                    } else {
                        (second, first)
                    };
                    if let Some(pd) = full(m, d) {
                        return Some((j - n1, at + 4, pd));
                    }
                }
            }
        }
    }
    // Written dates: up to 48 bytes before the year.
    let lo = floor(text, at.saturating_sub(48));
    let before = &text[lo..at];
    let toks: Vec<(usize, &str)> =
        tokens(before).into_iter().rev().take(5).collect();
    let day = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches('.');
        let w = ["st", "nd", "rd", "th", "er", "e"]
            .iter()
            .find_map(|s| {
                w.strip_suffix(s).filter(|r| {
                    !r.is_empty() && r.bytes().all(|c| c.is_ascii_digit())
                })
            })
            .unwrap_or(w);
        (!w.is_empty()
            && w.len() <= 2
            && w.bytes().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
    };
    let filler = |w: &str| {
        matches!(
            w,
            "de" | "del" | "of" | "den" | "le" | "el" | "a" | "am" | "um"
        )
    };
    // Skip fillers ("de") right before the year.
    let mut k = 0;
    while toks.get(k).is_some_and(|(_, w)| filler(&w.to_lowercase())) {
        k += 1;
    }
    let (_, w0) = *toks.get(k)?;
    if let Some(m) = super::pagedate::month_word(w0) {
        // 28 April 2019, 28. Januar 2022, 28 de abril de 2019
        let mut k2 = k + 1;
        while toks.get(k2).is_some_and(|(_, w)| filler(&w.to_lowercase())) {
            k2 += 1;
        }
        if let Some((p1, w1)) = toks.get(k2) {
            if let Some(d) = day(w1) {
                return full(m, d).map(|pd| (lo + p1, at + 4, pd));
            }
        }
        return None;
    }
    if let Some(d) = day(w0) {
        // April 28, 2019
        if let Some((p1, w1)) = toks.get(k + 1) {
            if let Some(m) = super::pagedate::month_word(w1) {
                return full(m, d).map(|pd| (lo + p1, at + 4, pd));
            }
        }
    }
    None
}

/// Words with their offsets, split at spaces, commas and bars.
fn tokens(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let sep = c.is_whitespace()
            || matches!(
                c,
                ',' | '|' | '/' | '(' | ')' | '·' | '•' | '-' | '–' | '—'
            );
        match (sep, start) {
            (true, Some(s0)) => {
                out.push((s0, &s[s0..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s0) = start {
        out.push((s0, &s[s0..]));
    }
    out
}

const PUBLISHED_CUES: &[&str] = &[
    "published",
    "posted",
    "originally",
    "created",
    "erstellt",
    "veröffentlicht",
    "publié",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "publikováno",
    "opublikowano",
    "publicerad",
    "опубликовано",
    "yayınlanma",
    "julkaistu",
];

const UPDATED_CUES: &[&str] = &[
    "updated",
    "modified",
    "aktualisiert",
    "geändert",
    "mis à jour",
    "actualizado",
    "atualizado",
    "aggiornato",
    "bijgewerkt",
    "aktualizováno",
    "zaktualizowano",
    "uppdaterad",
    "обновлено",
    "güncellenme",
    "päivitetty",
];

fn cue_automaton() -> &'static aho_corasick::AhoCorasick {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(
                PUBLISHED_CUES
                    .iter()
                    .chain(UPDATED_CUES)
                    .chain(&[" by ", "|by ", "by:"]),
            )
            .expect("valid patterns")
    })
}

/// The nearest cue in the 64 bytes of the same line before `at`.
fn cue_before(text: &str, at: usize) -> Cue {
    let lo = floor(text, at.saturating_sub(64));
    let win = &text[lo..at];
    let win = win.rsplit('\n').next().unwrap_or(win);
    let mut best = (0usize, Cue::None);
    let window = format!(" {win}");
    for m in cue_automaton().find_overlapping_iter(&window) {
        let i = m.pattern().as_usize();
        let cue = if i < PUBLISHED_CUES.len() {
            Cue::Published
        } else if i < PUBLISHED_CUES.len() + UPDATED_CUES.len() {
            Cue::Updated
        } else {
            Cue::Byline
        };
        if m.end() >= best.0 {
            best = (m.end(), cue);
        }
    }
    // Another date between the cue and this one takes the cue.
    if best.1 != Cue::None
        && window[best.0..].bytes().filter(u8::is_ascii_digit).count() >= 4
    {
        let tail = &window[best.0..];
        if tail.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4) {
            return Cue::None;
        }
    }
    best.1
}

/// "12:25 PM", "at 3:33 pm", "15:30" within 16 bytes after a date.
fn time_after(text: &str, end: usize) -> Option<(u32, u32)> {
    let hi = floor(text, (end + 16).min(text.len()));
    let win = &text[end..hi];
    let colon = win.find(':')?;
    // The hour's digits: after the last other character, whatever its
    // width ("\u{2009}12:25").
    let h_start = win[..colon]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let h: u32 = win[h_start..colon].parse().ok()?;
    let rest = &text[end + colon + 1..];
    let m: u32 = rest.get(..2)?.parse().ok()?;
    let after = rest[2..].trim_start().to_ascii_lowercase();
    let pm = after.starts_with("pm") || after.starts_with("p.m");
    let am = after.starts_with("am") || after.starts_with("a.m");
    let h = match (h, am, pm) {
        (12, true, _) => 0,
        (h, _, true) if h < 12 => h + 12,
        (h, _, _) => h,
    };
    (h < 24 && m < 60).then_some((h, m))
}

fn snippet(text: &str, start: usize, end: usize) -> String {
    let lo = floor(text, start.saturating_sub(40));
    let lo = text[lo..start].rfind('\n').map_or(lo, |p| lo + p + 1);
    let hi = floor(text, (end + 20).min(text.len()));
    let hi = text[end..hi].find('\n').map_or(hi, |p| end + p);
    text[lo..hi].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, day_first: bool) -> Vec<(String, Cue)> {
        find_dates(text, day_first)
            .into_iter()
            .map(|d| (d.date.value(), d.cue))
            .collect()
    }

    #[test]
    fn ok_visible_text_skips_scripts_and_markup() {
        let t = visible_text(
            "<html><head><title>T</title></head><body><script>var d='2019-01-01';</script><!-- 2018-01-01 --><p>By <b>Jo</b> &amp; Al</p><div>Posted <span>May 6</span>, 2019</div></body></html>",
            0,
        );
        assert_eq!(t, "T\nBy Jo & Al\nPosted May 6 , 2019\n");
    }

    #[test]
    fn ok_numeric_dates_and_language_order() {
        assert_eq!(
            dates("am 29.12.2010, 13:36", false),
            vec![("2010-12-29".into(), Cue::None)]
        );
        assert_eq!(
            dates("Updated: 2023-11-07 15:30", false),
            vec![("2023-11-07".into(), Cue::Updated)]
        );
        assert_eq!(dates("02/10/2020", true)[0].0, "2020-10-02");
        assert_eq!(dates("02/10/2020", false)[0].0, "2020-02-10");
        assert_eq!(dates("11/28/2020", true)[0].0, "2020-11-28");
        assert_eq!(dates("2023年11月7日", false)[0].0, "2023-11-07");
        assert!(dates("Version 3.0 of 2019", false).is_empty());
    }

    #[test]
    fn ok_written_dates_in_several_languages() {
        for (s, want) in [
            ("Posted on September 21, 2020 by Adi", "2020-09-21"),
            ("Thu 3 Jan 2019 02.00 EST", "2019-01-03"),
            ("28. Januar 2022", "2022-01-28"),
            ("le 3 mars 2021", "2021-03-03"),
            ("5 de junio de 2019", "2019-06-05"),
            ("12 października 2021", "2021-10-12"),
            ("7 listopadu 2023", "2023-11-07"),
            ("3 ноября 2023", "2023-11-03"),
            ("3rd Nov 2023, 08:08 GMT", "2023-11-03"),
            ("Blog entry | 28 April, 2017", "2017-04-28"),
        ] {
            assert_eq!(
                dates(s, false).first().map(|d| d.0.clone()),
                Some(want.into()),
                "{s}"
            );
        }
    }

    #[test]
    fn ok_cues_name_the_date() {
        let d = dates(
            "Last updated 04 Jun 2020, originally created 17 Jun 2019",
            false,
        );
        assert_eq!(
            d,
            vec![
                ("2020-06-04".into(), Cue::Updated),
                ("2019-06-17".into(), Cue::Published)
            ]
        );
        assert_eq!(
            dates("| By | Cara Stiles | April 13, 2020", false)[0].1,
            Cue::Byline
        );
        assert_eq!(
            dates(
                "Published 3rd Nov 2023, 08:08 GMT Updated 3rd Nov 2023",
                false
            )[1]
            .1,
            Cue::Updated
        );
        assert_eq!(
            dates("Rates fell in March 2020 and on May 6, 2021", false)[0].1,
            Cue::None
        );
    }

    #[test]
    fn ok_time_after_a_date() {
        let d = find_dates("January 19, 2020 /  12:25 PM / Updated", false);
        assert_eq!(d[0].time, Some((12, 25)));
        let d = find_dates("November 8, 2023, 11:15 PM", false);
        assert_eq!(d[0].time, Some((23, 15)));
        assert_eq!(
            find_dates("Thu 3 Jan 2019 02.00 EST", false)[0].time,
            None
        );
        // A thin space before the hour is no place to cut.
        let d = find_dates("January 19, 2020 /\u{2009}12:25\u{2009}PM", false);
        assert_eq!(d[0].time, Some((12, 25)));
    }

    #[test]
    fn ok_lang_attribute() {
        assert_eq!(
            page_lang(r#"<html xml:lang="en-GB" dir="ltr">"#).as_deref(),
            Some("en-GB")
        );
        assert!(day_first(Some("en-GB")));
        assert!(day_first(Some("de")));
        assert!(!day_first(Some("en-US")));
        assert!(!day_first(Some("en")));
        assert!(!day_first(None));
    }
}

//! TimeML: reading a `.tml` document (its TEXT, its DCT and any TIMEX3
//! annotations in it) and writing tagged text as TimeML that the
//! TempEval-3 toolkit reads.
//!
//! A small hand-written reader: TimeML documents are flat (tags never nest
//! inside TIMEX3), so a linear tag scanner is enough and never recurses.

use std::ops::Range;

use super::{Tagged, TimexType};

/// A TIMEX3 annotation found in a TimeML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte range in [`TimemlDoc::text`].
    pub span: Range<usize>,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TIMEX3 value.
    pub value: String,
    /// The TIMEX3 `mod`, if any.
    pub modifier: Option<String>,
}

/// A TimeML document: the plain text of its TEXT element, with every
/// annotation removed, and what it said about time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlDoc {
    /// The DOCID, when present.
    pub id: Option<String>,
    /// The value of the creation-time TIMEX3 (`functionInDocument=
    /// "CREATION_TIME"`), when present.
    pub dct: Option<String>,
    /// The TITLE, when present.
    pub title: Option<String>,
    /// The TEXT element's text, tags removed and entities decoded.
    pub text: String,
    /// TIMEX3 annotations inside TEXT.
    pub timexes: Vec<GoldTimex>,
    /// The day a wire slug line anywhere in the file says the story was
    /// filed ([`super::filed_on`]), when it has one.
    pub filed: Option<chrono::NaiveDate>,
}

/// Whether a text looks like a TimeML document.
pub fn looks_like_timeml(text: &str) -> bool {
    let head = &text[..crate::text::floor_char(text, 2000)];
    head.contains("<TimeML")
        || (head.contains("<DOCID>") && text.contains("<TEXT>"))
}

/// Reads a TimeML document.
///
/// # Errors
///
/// A message saying what is missing or malformed (no TEXT element, a tag
/// left open).
///
/// # Example
///
/// ```
/// let tml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
/// <TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; more.</TEXT></TimeML>"#;
/// let doc = dealline::timex::timeml::parse(tml)?;
/// assert_eq!(doc.dct.as_deref(), Some("1998-08-07"));
/// assert_eq!(doc.text, "Bombs exploded Friday & more.");
/// assert_eq!(&doc.text[doc.timexes[0].span.clone()], "Friday");
/// # Ok::<(), String>(())
/// ```
pub fn parse(xml: &str) -> Result<TimemlDoc, String> {
    let dct = find_element(xml, "DCT").and_then(|dct| {
        let open = dct.find("<TIMEX3")?;
        let end = dct[open..].find('>')? + open;
        attr(&dct[open..end], "value")
    });
    let id = find_element(xml, "DOCID").map(|s| decode(s.trim()));
    let title = find_element(xml, "TITLE")
        .map(|s| decode(&strip_tags(s)).trim().to_string());
    let start =
        xml.find("<TEXT>").ok_or("expected a <TEXT> element, found none")? + 6;
    let end = xml[start..]
        .find("</TEXT>")
        .ok_or("expected </TEXT>, found the end of the file")?
        + start;
    let inner = &xml[start..end];
    let mut text = String::with_capacity(inner.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String, Option<String>)> = None;
    let mut i = 0;
    while i < inner.len() {
        let rest = &inner[i..];
        if rest.starts_with('<') {
            let close =
                rest.find('>').ok_or("a tag inside TEXT is never closed")?;
            let tag = &rest[1..close];
            if tag.starts_with("TIMEX3") {
                let kind = attr(tag, "type").unwrap_or_default();
                let value = attr(tag, "value").unwrap_or_default();
                let modifier = attr(tag, "mod");
                if tag.ends_with('/') {
                    // An empty (non-consuming) TIMEX3 has no extent.
                } else {
                    open = Some((text.len(), kind, value, modifier));
                }
            } else if tag.starts_with("/TIMEX3") {
                if let Some((s, kind, value, modifier)) = open.take() {
                    timexes.push(GoldTimex {
                        span: s..text.len(),
                        kind,
                        value,
                        modifier,
                    });
                }
            }
            i += close + 1;
        } else {
            let next = rest.find('<').unwrap_or(rest.len());
            text.push_str(&decode(&rest[..next]));
            i += next;
        }
    }
    let filed = super::filed_on(xml);
    Ok(TimemlDoc { id, dct, title, text, timexes, filed })
}

fn find_element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let s = xml.find(&open)? + open.len();
    let e = xml[s..].find(&close)? + s;
    Some(&xml[s..e])
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let s = tag.find(&key)? + key.len();
    let e = tag[s..].find('"')? + s;
    Some(decode(&tag[s..e]))
}

fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn escape_attr(s: &str) -> String {
    escape(s).replace('"', "&quot;")
}

/// Writes a text and its temporal expressions as a TimeML document, with
/// the DCT as `t0` (`functionInDocument="CREATION_TIME"`).
pub fn write(
    doc_id: &str,
    dct: Option<&str>,
    text: &str,
    tags: &[Tagged],
) -> String {
    let mut out = String::from("<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
    out.push_str(&format!("<DOCID>{}</DOCID>\n\n", escape(doc_id)));
    if let Some(d) = dct {
        out.push_str(&format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{0}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{0}</TIMEX3></DCT>\n\n",
            escape_attr(d)
        ));
    }
    out.push_str("<TEXT>");
    let mut at = 0;
    for (n, t) in tags.iter().enumerate() {
        let span = &t.timex.span;
        if span.start < at {
            continue;
        }
        out.push_str(&escape(&text[at..span.start]));
        let kind = match t.timex.kind {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        let relative = !matches!(
            t.resolved.as_ref().map(|r| &r.anchor),
            Some(super::Anchor::Absolute)
        );
        let modifier = t
            .modifier(text)
            .map(|m| format!(" mod=\"{m}\""))
            .unwrap_or_default();
        out.push_str(&format!(
            "<TIMEX3 tid=\"t{}\" type=\"{kind}\" value=\"{}\"{modifier} temporalFunction=\"{relative}\" functionInDocument=\"NONE\">{}</TIMEX3>",
            n + 1,
            escape_attr(&t.value),
            escape(&text[span.clone()])
        ));
        at = span.end;
    }
    out.push_str(&escape(&text[at..]));
    out.push_str("</TEXT>\n\n</TimeML>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;
    use crate::text::split_sentences;
    use crate::timex::{dct_from, tag_document};

    #[test]
    fn ok_round_trip() {
        let text =
            "Acme & Co sued on June 28. Two days later, it settled <quietly>.";
        let dct = dct_from(&PartialDate::parse("2017-07-05").unwrap());
        let tags = tag_document(text, &split_sentences(text), Some(&dct));
        let xml = write("d1", Some("2017-07-05"), text, &tags);
        let back = parse(&xml).unwrap();
        assert_eq!(back.text, text);
        assert_eq!(back.dct.as_deref(), Some("2017-07-05"));
        assert_eq!(back.id.as_deref(), Some("d1"));
        assert_eq!(back.timexes.len(), tags.len());
        for (g, t) in back.timexes.iter().zip(&tags) {
            assert_eq!(g.span, t.timex.span);
            assert_eq!(g.value, t.value);
        }
    }

    #[test]
    fn ok_sniffing_stops_on_a_character() {
        // A two-byte letter straddling the 2000-byte mark of the sniffed
        // head.
        let text = format!("{}é and more.", "a".repeat(1999));
        assert!(!looks_like_timeml(&text));
    }

    #[test]
    fn err_no_text() {
        assert!(parse("<TimeML><DCT></DCT></TimeML>")
            .unwrap_err()
            .contains("TEXT"));
    }
}

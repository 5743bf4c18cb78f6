//! Markdown articles: YAML (`---`) or TOML (`+++`) front matter giving
//! `title`, `date` and `url`, and the text of the document (through
//! `pulldown-cmark`), one block a line.
//!
//! Code blocks, images and HTML blocks are not story text and are left
//! out; link text is kept, link targets are not.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{published, Document};
use crate::timeline::Basis;

/// Reads a Markdown article.
pub(crate) fn parse(id: &str, text: &str) -> Document {
    let (front, rest) = split_front_matter(text);
    let mut title = None;
    let mut date = None;
    let mut url = None;
    for line in front.lines() {
        let Some((k, v)) = line.split_once([':', '=']) else { continue };
        let v = v.trim().trim_matches(['"', '\'']).trim().to_string();
        match k.trim().to_ascii_lowercase().as_str() {
            "title" => title = Some(v),
            "date" | "published" | "pubdate" | "publishdate"
            | "date_published" => {
                date.get_or_insert(v);
            }
            "url" | "canonical" | "canonical_url" | "permalink" => {
                url = Some(v)
            }
            _ => {}
        }
    }
    let (plain, heading) = to_text(rest);
    let mut d = Document::from_text(id, &plain);
    if title.is_some() {
        d.set_title(title);
    } else if heading.is_some() {
        d.set_title(heading);
    }
    d.url = url;
    if let Some(v) = date {
        match super::pagedate::parse_date_text(&v) {
            Some(pd) => {
                d.published =
                    published::from_metadata(&pd, Basis::FrontMatter, &v)
            }
            None => {
                d.notes.push(format!("front matter date {v:?} is not a date"))
            }
        }
    }
    if d.published.basis == Basis::None {
        if let Some(p) = d.url.as_deref().and_then(published::from_url) {
            d.published = p;
        }
    }
    d
}

/// The text of a Markdown document, one block a line, and its first
/// level-one heading.
fn to_text(md: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut heading = None;
    let mut in_h1: Option<String> = None;
    let mut skip = 0usize;
    for ev in Parser::new(md) {
        match ev {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => {
                skip = skip.saturating_sub(1)
            }
            Event::Start(Tag::Heading {
                level: pulldown_cmark::HeadingLevel::H1,
                ..
            }) if heading.is_none() => in_h1 = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = in_h1.take() {
                    heading = Some(h.trim().to_string());
                }
                out.push('\n');
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => out.push('\n'),
            Event::Text(t) | Event::Code(t) if skip == 0 => {
                if let Some(h) = &mut in_h1 {
                    h.push_str(&t);
                }
                out.push_str(&t);
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    let text = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    (text + "\n", heading)
}

fn split_front_matter(text: &str) -> (&str, &str) {
    let text = text.trim_start_matches('\u{FEFF}');
    for fence in ["---", "+++"] {
        if let Some(rest) = text.strip_prefix(fence) {
            let rest = rest
                .trim_start_matches('\r')
                .strip_prefix('\n')
                .unwrap_or(rest);
            if let Some(end) = rest.find(&format!("\n{fence}")) {
                let body = &rest[end + 1 + fence.len()..];
                return (&rest[..end], body);
            }
        }
    }
    ("", text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_yaml_front_matter() {
        let d = parse("n", "---\ntitle: \"Deal\"\ndate: 2019-04-28T10:00:00+02:00\nurl: https://x.example/deal\n---\n# Deal\n\nAcme bought **Rival**.\nIt paid [cash](https://x.example).\n\n```\ncode 2001\n```\n");
        assert_eq!(d.title.as_deref(), Some("Deal"));
        assert_eq!(d.published.value.as_deref(), Some("2019-04-28"));
        assert_eq!(d.published.basis, Basis::FrontMatter);
        assert_eq!(d.url.as_deref(), Some("https://x.example/deal"));
        assert!(d.body.contains("Acme bought Rival. It paid cash."));
        assert!(!d.body.contains("2001"));
    }

    #[test]
    fn ok_toml_front_matter_partial_date() {
        let d = parse(
            "n",
            "+++\ntitle = 'Suit'\ndate = \"2016-03\"\n+++\nAcme sued Globex.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Suit"));
        assert_eq!(d.published.value.as_deref(), Some("2016-03"));
        assert_eq!(d.published.precision, crate::date::Precision::Month);
    }

    #[test]
    fn ok_heading_is_the_title_without_front_matter() {
        let d = parse("n", "# Acme buys Rival\n\nAcme bought Rival.\n");
        assert_eq!(d.title.as_deref(), Some("Acme buys Rival"));
        assert_eq!(d.published.basis, Basis::None);
    }
}

//! HTML pages: the article's main text (Readability, through
//! `dom_smoothie`), its title and canonical URL, and the dates in its
//! markup ([`super::pagedate`]).
//!
//! Figures and their captions, bylines, navigation, asides, share bars
//! and related-story boxes are kept out of the body, so their dates never
//! become events. Pages nested too deeply for a tree are read with a
//! linear tag scanner instead ([`strip_tags`]), which never recurses.

use dom_smoothie::{Config, Readability};

use super::pagedate::{self, PageDates};

/// Text and title of a page, as the tag scanner reads them.
pub(crate) struct Page {
    pub text: String,
    pub title: Option<String>,
}

/// What a page holds for dealline.
pub(crate) struct HtmlPage {
    /// The main text, one block a line.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The canonical URL, when the page gives one.
    pub url: Option<String>,
    /// The byline Readability found (kept out of the body).
    pub byline: Option<String>,
    /// The dates in the markup.
    pub dates: PageDates,
    /// Notes for the user (a fallback taken, ...).
    pub notes: Vec<String>,
}

/// Markup nested deeper than this is read with the tag scanner: a tree
/// that deep is not an article, and tree algorithms would recurse.
const MAX_DEPTH: usize = 512;

/// Reads a page: main text, title, canonical URL and dates. `url` is the
/// page's address when known from elsewhere.
pub(crate) fn read(html: &str, url: Option<&str>) -> HtmlPage {
    let dates = pagedate::scan(html, url);
    let mut notes = Vec::new();
    let depth = max_depth(html);
    let canonical = dates.canonical.clone().or(url.map(str::to_string));
    if depth > MAX_DEPTH {
        notes.push(format!(
            "markup nested {depth} deep; read with the simple tag scanner"
        ));
        let p = strip_tags(html);
        return HtmlPage {
            text: p.text,
            title: p.title,
            url: canonical,
            byline: None,
            dates,
            notes,
        };
    }
    let cfg = Config { max_elements_to_parse: 200_000, ..Config::default() };
    let parsed = Readability::new(html, None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok());
    match parsed {
        Some(article) if !article.text_content.trim().is_empty() => {
            let body = strip_tags(&article.content);
            let title = Some(article.title.to_string())
                .filter(|t| !t.trim().is_empty())
                .or(body.title);
            HtmlPage {
                text: body.text,
                title,
                url: canonical.or(article.url),
                byline: article.byline,
                dates,
                notes,
            }
        }
        _ => {
            notes.push(
                "no article found by the main-text extractor; read all \
                 visible text"
                    .into(),
            );
            let p = strip_tags(html);
            HtmlPage {
                text: p.text,
                title: p.title,
                url: canonical,
                byline: None,
                dates,
                notes,
            }
        }
    }
}

/// The deepest nesting of elements, counted cheaply (void elements and
/// mismatched tags make it an estimate).
fn max_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        i += p + 1;
        match b.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name: Vec<u8> = b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .map(u8::to_ascii_lowercase)
                    .collect();
                if !VOID.contains(&name.as_slice()) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input",
    b"link", b"meta", b"source", b"track", b"wbr", b"p", b"li", b"option",
    b"td", b"tr", b"th", b"dt", b"dd",
];

/// Class or id words of boxes that are not the story.
const SKIP_MARKS: &[&str] = &[
    "caption",
    "byline",
    "related",
    "share",
    "social",
    "newsletter",
    "promo",
    "recommend",
    "credit",
    "advert",
    "sidebar",
    "breadcrumb",
    "comment",
];

const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "template",
    "iframe",
    "button",
    "select",
    "figcaption",
    "figure",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "main",
    "blockquote",
    "tr",
    "table",
    "dd",
    "dt",
    "pre",
    "hr",
];

/// A linear tag scanner: the page's visible text, one block a line,
/// without scripts, styles, navigation, headers, footers, asides, figures
/// and boxes marked as captions, bylines or related stories.
pub(crate) fn strip_tags(html: &str) -> Page {
    let mut out = String::new();
    let mut title = None;
    let mut h1 = None;
    let mut skip_depth: Vec<String> = Vec::new();
    // A box skipped for its class: its tag name and open count.
    let mut skip_box: Option<(String, usize)> = None;
    let mut i = 0;
    let bytes = html.as_bytes();
    let mut cur_text_start: Option<(String, usize)> = None;
    while i < html.len() {
        if bytes[i] == b'<' {
            let Some(close) = html[i..].find('>') else { break };
            let tag = &html[i + 1..i + close];
            i += close + 1;
            if tag.starts_with('!') || tag.starts_with('?') {
                continue;
            }
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if let Some((n, open)) = &mut skip_box {
                if *n == name && !tag.ends_with('/') {
                    if closing {
                        *open -= 1;
                        if *open == 0 {
                            skip_box = None;
                            out.push('\n');
                        }
                    } else {
                        *open += 1;
                    }
                }
                continue;
            }
            if !closing
                && !tag.ends_with('/')
                && !matches!(
                    name.as_str(),
                    "p" | "li"
                        | "br"
                        | "img"
                        | "body"
                        | "html"
                        | "main"
                        | "article"
                )
                && skip_depth.is_empty()
                && marked_box(tag)
            {
                skip_box = Some((name, 1));
                continue;
            }
            if SKIP.contains(&name.as_str()) && !tag.ends_with('/') {
                if closing {
                    if let Some(pos) =
                        skip_depth.iter().rposition(|n| *n == name)
                    {
                        skip_depth.truncate(pos);
                    }
                } else {
                    skip_depth.push(name.clone());
                }
                continue;
            }
            if name == "title" || name == "h1" {
                if closing {
                    if let Some((n, start)) = cur_text_start.take() {
                        let t = decode_entities(&out[start..])
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ");
                        if n == "title" {
                            out.truncate(start);
                            title.get_or_insert(t);
                        } else {
                            h1.get_or_insert(t);
                        }
                    }
                } else {
                    cur_text_start = Some((name.clone(), out.len()));
                }
            }
            if BLOCK.contains(&name.as_str()) || name == "title" {
                out.push('\n');
            }
            continue;
        }
        let next = html[i..].find('<').map_or(html.len(), |p| i + p);
        if skip_depth.is_empty() && skip_box.is_none() {
            out.push_str(&html[i..next]);
        }
        i = next;
    }
    let text: String = decode_entities(&out)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Page { text, title: h1.or(title) }
}

/// Whether a tag's class or id marks a box that is not the story.
fn marked_box(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    let mut marks = String::new();
    for a in ["class=", "id="] {
        if let Some(p) = lower.find(a) {
            let v = &lower[p + a.len()..];
            let v = v.trim_start_matches(['"', '\'']);
            let end = v.find(['"', '\'', '>']).unwrap_or(v.len());
            marks.push_str(&v[..end]);
            marks.push(' ');
        }
    }
    !marks.is_empty() && SKIP_MARKS.iter().any(|m| marks.contains(m))
}

/// Decodes HTML character references (the common named ones and all
/// numeric ones).
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|&b| b == b';');
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..end];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            "rsquo" => Some('’'),
            "lsquo" => Some('‘'),
            "rdquo" => Some('”'),
            "ldquo" => Some('“'),
            "mdash" => Some('—'),
            "ndash" => Some('–'),
            "hellip" => Some('…'),
            "copy" => Some('©'),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => {
                ent[1..].parse().ok().and_then(char::from_u32)
            }
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_story_text_without_chrome() {
        let p = strip_tags("<html><head><title>T &amp; C</title><style>p{}</style></head><body><nav>Home News</nav><h1>Acme buys Rival</h1><p>Acme bought <b>Rival</b> on Monday.</p><footer>© 2024</footer></body></html>");
        assert_eq!(p.title.as_deref(), Some("Acme buys Rival"));
        assert_eq!(p.text, "Acme buys Rival\nAcme bought Rival on Monday.");
    }

    #[test]
    fn ok_deep_nesting_is_linear() {
        let html =
            "<div>".repeat(100_000) + "Text." + &"</div>".repeat(100_000);
        assert_eq!(strip_tags(&html).text, "Text.");
        let p = read(&html, None);
        assert_eq!(p.text, "Text.");
        assert!(p.notes[0].contains("nested"));
    }
}

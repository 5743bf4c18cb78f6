//! A minimal HTML reader: the page's visible story text, one block a line,
//! without scripts, styles, navigation, headers, footers and asides.
//!
//! Deliberately simple: a tag scanner, not a full parser, so deep or broken
//! markup costs linear time and never recursion.

/// Text and title of a page.
pub(crate) struct Page {
    pub text: String,
    pub title: Option<String>,
}

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

pub(crate) fn to_text(html: &str) -> Page {
    let mut out = String::new();
    let mut title = None;
    let mut h1 = None;
    let mut skip_depth: Vec<String> = Vec::new();
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
                        let t = decode(&out[start..])
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
        if skip_depth.is_empty() {
            out.push_str(&html[i..next]);
        }
        i = next;
    }
    let text: String = decode(&out)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Page { text, title: h1.or(title) }
}

fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[..rest.len().min(12)].find(';');
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
        let p = to_text("<html><head><title>T &amp; C</title><style>p{}</style></head><body><nav>Home News</nav><h1>Acme buys Rival</h1><p>Acme bought <b>Rival</b> on Monday.</p><footer>© 2024</footer></body></html>");
        assert_eq!(p.title.as_deref(), Some("Acme buys Rival"));
        assert_eq!(p.text, "Acme buys Rival\nAcme bought Rival on Monday.");
    }

    #[test]
    fn ok_deep_nesting_is_linear() {
        let html =
            "<div>".repeat(100_000) + "Text." + &"</div>".repeat(100_000);
        assert_eq!(to_text(&html).text, "Text.");
    }
}

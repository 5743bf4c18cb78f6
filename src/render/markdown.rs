//! A Markdown (CommonMark) timeline for READMEs, wikis and mdBook: a
//! heading, one section per year, a list item per event with its date
//! label, type, summary, parties, amount and evidence, then the undated
//! events and the sources. Text from the data is escaped so it can never
//! become markup or a link.

use std::fmt::Write as _;

use chrono::Datelike;

use crate::event::{Event, Role};
use crate::render::html::{intro, page_title};
use crate::render::when::TimeView;
use crate::render::RenderOptions;
use crate::timeline::{DocumentInfo, Timeline};

/// The Markdown timeline.
pub(crate) fn render(timeline: &Timeline, opts: &RenderOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", esc(&page_title(timeline, opts)));
    let i = intro(timeline);
    let mut line = i.lead.clone();
    if let Some(span) = &i.span {
        match &span.end {
            Some(end) => {
                let _ = write!(
                    line,
                    ", from {} to {}",
                    span.start.label, end.label
                );
            }
            None => {
                let _ = write!(line, ", {}", span.start.label);
            }
        }
    }
    line.push_str(&i.tail);
    let _ = writeln!(out, "{}.\n", esc(&line));

    let mut year = None;
    for e in timeline.dated() {
        let y = e.date.as_ref().map(|d| d.start.year());
        if y != year {
            year = y;
            let _ = writeln!(out, "## {}\n", y.unwrap_or_default());
        }
        item(&mut out, timeline, e);
    }
    if timeline.undated().next().is_some() {
        out.push_str("## Undated events\n\n");
        out.push_str("The source text gives no date for these events.\n\n");
        for e in timeline.undated() {
            item(&mut out, timeline, e);
        }
    }
    if !timeline.documents.is_empty() {
        out.push_str("## Sources\n\n");
        for d in &timeline.documents {
            let _ = write!(
                out,
                "- *{}* (`{}`)",
                esc(doc_name(d)),
                d.id.replace('`', "'")
            );
            if let Some(p) = d.published.value.as_deref() {
                let _ = write!(
                    out,
                    ", published {}",
                    esc(&TimeView::published(p).label)
                );
            }
            out.push('\n');
        }
    }
    out
}

fn doc_name(d: &DocumentInfo) -> &str {
    d.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or(&d.id)
}

fn item(out: &mut String, timeline: &Timeline, e: &Event) {
    out.push_str("- ");
    if let Some(d) = &e.date {
        let _ = write!(out, "**{}**", esc(&d.display));
        if d.approximate {
            out.push_str(" (approximate)");
        }
        out.push_str(" — ");
    }
    let _ = writeln!(out, "*{}:* {}", esc(e.kind.label()), esc(&e.summary));
    if !e.parties.is_empty() {
        let parties: Vec<String> = e
            .parties
            .iter()
            .map(|p| {
                if p.role == Role::Actor {
                    esc(&p.name)
                } else {
                    format!("{} ({})", esc(&p.name), p.role.as_str())
                }
            })
            .collect();
        let _ = writeln!(out, "\n  Parties: {}.", parties.join(", "));
    }
    if let Some(a) = &e.amount {
        let _ = writeln!(out, "\n  Amount: {}.", esc(&a.text));
    }
    for s in &e.sources {
        let doc = timeline.documents.iter().find(|d| d.id == s.doc);
        let _ = writeln!(out, "\n  > {}", esc(&s.sentence));
        let name = doc.map_or(s.doc.as_str(), doc_name);
        let _ = write!(out, "  > — *{}*", esc(name));
        if let Some(p) = doc.and_then(|d| d.published.value.as_deref()) {
            let _ = write!(
                out,
                ", published {}",
                esc(&TimeView::published(p).label)
            );
        }
        if let Some(d) = e.date_reported_by(&s.doc) {
            let _ = write!(out, "; this source dates it {}", esc(&d.display));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// Backslash-escapes the ASCII punctuation CommonMark could read as
/// markup, folds line breaks into spaces, and escapes a leading list or
/// heading marker (`-`, `+`, `1.`) so a value can start a line safely.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
            | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn ok_markdown_escapes() {
        assert_eq!(
            esc("a *b* [c](d) <e> & `f`"),
            "a \\*b\\* \\[c\\](d) \\<e\\> \\& \\`f\\`"
        );
        assert_eq!(esc("x\ny"), "x y");
        assert_eq!(esc("2017. Then"), "2017\\. Then");
        assert_eq!(esc("- x"), "\\- x");
    }
}

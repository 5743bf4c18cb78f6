//! Inputs: files, directories, stdin and JSON lines become [`Document`]s —
//! an id, a title, the story's body text with the page chrome removed, and
//! its publication date with where that date came from.
//!
//! This is the only module that touches the file system. It does not find
//! events; dates in the body are only read to infer a missing publication
//! date ([`published`]).

mod chrome;
mod html;
pub mod published;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::date::PartialDate;
use crate::error::{Error, Result};
use crate::timeline::{Basis, DocumentInfo, Published};

/// An article ready for extraction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// A stable id: the file stem, or the JSON-lines `id`.
    pub id: String,
    /// Where it was read from (`-` for stdin).
    pub path: Option<String>,
    /// The headline, when found.
    pub title: Option<String>,
    /// The story's text, one paragraph a line, chrome removed. Source
    /// offsets in events are byte offsets into this text.
    pub body: String,
    /// The publication date and its basis.
    pub published: Published,
    /// How many paragraphs of page chrome were dropped.
    pub dropped_paragraphs: usize,
}

impl Document {
    /// Builds a document from plain text, removing page chrome.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = dealline::Document::from_text("acme", "Acme bought Rival on Monday.\n© 2024 News\n");
    /// assert_eq!(doc.body, "Acme bought Rival on Monday.\n");
    /// ```
    pub fn from_text(id: &str, text: &str) -> Document {
        let c = chrome::clean(text);
        Document {
            id: id.to_string(),
            path: None,
            title: c.title,
            body: c.body,
            published: Published::unknown(),
            dropped_paragraphs: c.dropped_paragraphs,
        }
    }

    /// The document as listed in a timeline.
    pub fn info(&self) -> DocumentInfo {
        DocumentInfo {
            id: self.id.clone(),
            path: self.path.clone(),
            title: self.title.clone(),
            published: self.published.clone(),
        }
    }
}

/// How inputs are read.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InputOptions {
    /// A publication date that overrides every other (`--published`).
    pub published: Option<PartialDate>,
}

impl InputOptions {
    /// Options with a publication date given by the user.
    pub fn with_published(published: Option<PartialDate>) -> InputOptions {
        InputOptions { published }
    }
}

/// File extensions read when walking a directory.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson",
];

/// Reads every input: files, directories (walked in name order) and `-`
/// for stdin.
///
/// # Errors
///
/// [`Error::Read`] for a missing or unreadable path and [`Error::Input`]
/// for an empty file, a file that is not UTF-8 text, bad JSON lines, or a
/// directory holding no articles.
pub fn load(inputs: &[PathBuf], opts: &InputOptions) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|source| {
                Error::Read { path: input.clone(), source }
            })?;
            docs.extend(parse_bytes(input, &buf, None)?);
            continue;
        }
        let meta = fs::metadata(input)
            .map_err(|source| Error::Read { path: input.clone(), source })?;
        if meta.is_dir() {
            let files = walk(input)?;
            if files.is_empty() {
                return Err(Error::Input {
                    path: input.clone(),
                    why: format!(
                        "directory holds no articles (expected files ending in .{})",
                        ARTICLE_EXTENSIONS.join(", .")
                    ),
                });
            }
            for f in files {
                docs.extend(read_file(&f)?);
            }
        } else {
            docs.extend(read_file(input)?);
        }
    }
    disambiguate_ids(&mut docs);
    for d in &mut docs {
        if let Some(p) = &opts.published {
            d.published = published::from_flag(p);
        }
        if d.published.basis == Basis::None {
            d.published = published::infer(&d.body);
        }
    }
    Ok(docs)
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(d) = stack.pop() {
        let canon = fs::canonicalize(&d)
            .map_err(|source| Error::Read { path: d.clone(), source })?;
        if !seen.insert(canon) {
            continue; // a symlink loop
        }
        let mut entries: Vec<PathBuf> = fs::read_dir(&d)
            .map_err(|source| Error::Read { path: d.clone(), source })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            })
            .collect();
        entries.sort();
        let mut subdirs = Vec::new();
        for p in entries {
            if p.is_dir() {
                subdirs.push(p);
            } else if has_article_extension(&p) {
                out.push(p);
            }
        }
        for s in subdirs.into_iter().rev() {
            stack.push(s);
        }
    }
    out.sort();
    Ok(out)
}

fn has_article_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
    })
}

fn read_file(path: &Path) -> Result<Vec<Document>> {
    let bytes = fs::read(path)
        .map_err(|source| Error::Read { path: path.to_path_buf(), source })?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("document")
        .to_string();
    parse_bytes(path, &bytes, Some(stem))
}

fn parse_bytes(
    path: &Path,
    bytes: &[u8],
    stem: Option<String>,
) -> Result<Vec<Document>> {
    let bad = |why: String| Error::Input { path: path.to_path_buf(), why };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(bad("file is empty".into()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(bad("not a text file (it contains NUL bytes)".into()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        bad(format!(
            "not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    let id = stem.unwrap_or_else(|| "stdin".to_string());
    let display = path.display().to_string();
    let ext =
        path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let trimmed = text.trim_start();
    let kind = match ext.as_deref() {
        Some("jsonl" | "ndjson") => Kind::JsonLines,
        Some("html" | "htm" | "xhtml") => Kind::Html,
        Some("md" | "markdown") => Kind::Markdown,
        _ if trimmed.starts_with('{') && trimmed.contains("\"id\"") => {
            Kind::JsonLines
        }
        _ if trimmed.len() > 5
            && trimmed[..5].eq_ignore_ascii_case("<!doc")
            || trimmed.starts_with("<html")
            || trimmed.starts_with("<HTML") =>
        {
            Kind::Html
        }
        _ if trimmed.starts_with("---\n") || trimmed.starts_with("+++\n") => {
            Kind::Markdown
        }
        _ => Kind::Text,
    };
    let mut docs = match kind {
        Kind::JsonLines => parse_json_lines(path, text)?,
        Kind::Html => {
            let page = html::to_text(text);
            let mut d = Document::from_text(&id, &page.text);
            if page.title.is_some() {
                d.title = page.title;
            }
            vec![d]
        }
        Kind::Markdown => vec![parse_markdown(&id, text)],
        Kind::Text => vec![Document::from_text(&id, text)],
    };
    for d in &mut docs {
        if d.path.is_none() {
            d.path = Some(display.clone());
        }
        if d.body.trim().is_empty() {
            return Err(bad(format!("document {:?} has no story text left after removing page chrome", d.id)));
        }
    }
    Ok(docs)
}

enum Kind {
    Text,
    Html,
    Markdown,
    JsonLines,
}

#[derive(Deserialize)]
struct JsonLine {
    id: serde_json::Value,
    text: Option<String>,
    html: Option<String>,
    published: Option<String>,
    date: Option<String>,
    title: Option<String>,
}

fn parse_json_lines(path: &Path, text: &str) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |why: String| Error::Input {
            path: path.to_path_buf(),
            why: format!("line {}: {why}", n + 1),
        };
        let j: JsonLine = serde_json::from_str(line)
            .map_err(|e| bad(format!("not a JSON document: {e}")))?;
        let id = match &j.id {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(x) => x.to_string(),
            _ => {
                return Err(bad("\"id\" must be a string or a number".into()))
            }
        };
        let mut d = match (&j.text, &j.html) {
            (Some(t), _) => Document::from_text(&id, t),
            (None, Some(h)) => {
                let page = html::to_text(h);
                let mut d = Document::from_text(&id, &page.text);
                d.title = page.title;
                d
            }
            _ => {
                return Err(
                    bad("expected a \"text\" or \"html\" field".into()),
                )
            }
        };
        if j.title.is_some() {
            d.title = j.title.clone();
        }
        if let Some(p) = j.published.as_ref().or(j.date.as_ref()) {
            if let Some(pd) = published::parse_loose(p) {
                d.published =
                    published::from_metadata(&pd, Basis::FrontMatter, p);
            }
        }
        docs.push(d);
    }
    if docs.is_empty() {
        return Err(Error::Input {
            path: path.to_path_buf(),
            why: "no JSON lines in file".into(),
        });
    }
    Ok(docs)
}

/// Markdown with optional YAML (`---`) or TOML (`+++`) front matter giving
/// `title` and `date`.
fn parse_markdown(id: &str, text: &str) -> Document {
    let (front, rest) = split_front_matter(text);
    let mut title = None;
    let mut date = None;
    for line in front.lines() {
        let Some((k, v)) = line.split_once([':', '=']) else { continue };
        let v = v.trim().trim_matches(['"', '\'']).to_string();
        match k.trim() {
            "title" => title = Some(v),
            "date" | "published" | "pubDate" => date = Some(v),
            _ => {}
        }
    }
    let plain: String = rest
        .lines()
        .map(|l| {
            let l = l
                .trim_start_matches('#')
                .trim_start_matches(['>', '*', '-'])
                .trim();
            l.replace("**", "").replace("__", "")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut d = Document::from_text(id, &plain);
    if title.is_some() {
        d.title = title;
    }
    if let Some(v) = date {
        if let Some(pd) = published::parse_loose(&v) {
            d.published =
                published::from_metadata(&pd, Basis::FrontMatter, &v);
        }
    }
    d
}

fn split_front_matter(text: &str) -> (&str, &str) {
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

/// Two inputs with the same file stem get ids from their paths instead.
fn disambiguate_ids(docs: &mut [Document]) {
    let mut counts = std::collections::BTreeMap::new();
    for d in docs.iter() {
        *counts.entry(d.id.clone()).or_insert(0) += 1;
    }
    for d in docs.iter_mut() {
        if counts[&d.id] > 1 {
            if let Some(p) = &d.path {
                let stemless = Path::new(p).with_extension("");
                let id: String = stemless
                    .to_string_lossy()
                    .trim_start_matches("./")
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() || c == '-' || c == '_' {
                            c
                        } else {
                            '-'
                        }
                    })
                    .collect();
                if !id.is_empty() {
                    d.id = format!("{id}-{}", d.id);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_markdown_front_matter() {
        let d = parse_markdown("n", "---\ntitle: \"Deal\"\ndate: 2019-04-28\n---\n# Deal\n\nAcme bought Rival.\nIt paid cash.\n");
        assert_eq!(d.title.as_deref(), Some("Deal"));
        assert_eq!(d.published.value.as_deref(), Some("2019-04-28"));
        assert_eq!(d.published.basis, Basis::FrontMatter);
        assert!(d.body.contains("Acme bought Rival."));
    }

    #[test]
    fn ok_json_lines() {
        let docs = parse_json_lines(Path::new("x.jsonl"), "{\"id\":\"a\",\"text\":\"Acme bought Rival.\",\"published\":\"2017-07\"}\n\n{\"id\":7,\"text\":\"B sued C.\"}\n").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].published.value.as_deref(), Some("2017-07"));
        assert_eq!(docs[1].id, "7");
    }

    #[test]
    fn err_json_lines_name_the_line() {
        let e = parse_json_lines(
            Path::new("x.jsonl"),
            "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\"}\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("x.jsonl: line 2"), "{e}");
    }

    #[test]
    fn err_empty_and_binary() {
        assert!(parse_bytes(Path::new("e.txt"), b"  \n", None)
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(parse_bytes(Path::new("b.txt"), b"ab\0cd", None)
            .unwrap_err()
            .to_string()
            .contains("NUL"));
        assert!(parse_bytes(Path::new("u.txt"), b"ab\xffcd", None)
            .unwrap_err()
            .to_string()
            .contains("UTF-8"));
    }
}

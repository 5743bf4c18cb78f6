//! Inputs: files, directories, stdin and JSON lines become [`Document`]s —
//! an id, a title, the story's body text with the page chrome removed, and
//! its publication date with where that date came from.
//!
//! This is the only module that touches the file system. It does not find
//! events; dates in the body are only read to infer a missing publication
//! date ([`published`]).

mod chrome;
mod encoding;
mod html;
mod markdown;
mod pagedate;
pub mod published;
mod textdates;

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::date::PartialDate;
use crate::error::{Error, Result};
use crate::text::floor_char as floor;
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
    /// The page's address: an HTML page's canonical URL, a JSON line's or
    /// front matter's `url`.
    pub url: Option<String>,
    /// Notes on how the document was read (encoding guessed, bytes
    /// replaced, a fallback reader used, candidate dates rejected).
    pub notes: Vec<String>,
    /// The day a wire slug line outside the body says the story was filed
    /// (a TimeML file's header). A slug line in the body is read from the
    /// body itself; see [`crate::timex::filed_on`].
    pub filed: Option<chrono::NaiveDate>,
    /// What the inference of its date found in each sentence, for the
    /// tagging to reuse.
    pub(crate) scans: crate::timex::SentenceScans,
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
        // The body is rewritten (chrome out, one paragraph a line), so it
        // is read as a page shows it from the start: no-break spaces, soft
        // hyphens and CRLF line ends then do not sway what is chrome.
        let plain = crate::text::PlainText::of(text);
        let text = plain.as_ref().map_or(text, |p| p.text.as_str());
        let text = crate::text::without_controls(text);
        let c = chrome::clean(&text);
        // A date line above the story ("Friday, June 7, 2019") is the
        // page's date.
        let published = c
            .date_line
            .as_deref()
            .and_then(|l| Some((l, pagedate::standalone_date(l)?)))
            .map_or_else(Published::unknown, |(l, d)| {
                published::from_metadata(
                    &d,
                    Basis::Dateline,
                    &format!("date line: \"{l}\""),
                )
            });
        Document {
            id: id.to_string(),
            path: None,
            title: c.title,
            body: c.body,
            published,
            dropped_paragraphs: c.dropped_paragraphs,
            url: None,
            notes: Vec::new(),
            filed: None,
            scans: Default::default(),
        }
    }

    /// Builds a document from text kept as given: no chrome removal and
    /// no reflow, so offsets point into the input. (Control characters
    /// other than tab and line ends read as spaces, byte for byte.)
    pub fn verbatim(id: &str, text: &str) -> Document {
        Document {
            id: id.to_string(),
            path: None,
            title: None,
            body: crate::text::without_controls(text).into_owned(),
            published: Published::unknown(),
            dropped_paragraphs: 0,
            url: None,
            notes: Vec::new(),
            filed: None,
            scans: Default::default(),
        }
    }

    /// Builds a document from a TimeML file: its TEXT element verbatim
    /// (annotations removed), its TITLE, and its creation time (DCT) as
    /// the publication date.
    ///
    /// # Errors
    ///
    /// A message when the file has no TEXT element.
    pub fn from_timeml(
        id: &str,
        xml: &str,
    ) -> std::result::Result<Document, String> {
        let t = crate::timex::timeml::parse(xml)?;
        let mut d = Document::verbatim(id, &t.text);
        d.set_title(t.title);
        d.filed = t.filed;
        if let Some(v) = &t.dct {
            match published::parse_loose(v) {
                Some(p) => {
                    d.published = published::from_metadata(
                        &p,
                        Basis::FrontMatter,
                        &format!("TimeML DCT {v}"),
                    )
                }
                None => d.notes.push(format!(
                    "TimeML DCT value {v:?} is not a date; dated from the text instead"
                )),
            }
        }
        Ok(d)
    }

    /// Builds a document from an HTML page: its main text, title,
    /// canonical URL and the publication date its markup gives (meta
    /// tags, JSON-LD, `<time>`, bylines, the URL path). `url` is the
    /// page's address when known from elsewhere.
    ///
    /// # Example
    ///
    /// ```
    /// let page = r#"<html><head><title>Acme buys Rival</title>
    /// <meta property="article:published_time" content="2019-04-28T10:00:00Z"></head>
    /// <body><article><p>Acme bought Rival on Monday, the company said.</p></article></body></html>"#;
    /// let doc = dealline::Document::from_html("acme", page, None);
    /// assert_eq!(doc.published.value.as_deref(), Some("2019-04-28"));
    /// assert!(doc.body.contains("Acme bought Rival on Monday"));
    /// ```
    pub fn from_html(id: &str, page: &str, url: Option<&str>) -> Document {
        let p = html::read(page, url);
        let mut d = Document::from_text(id, &p.text);
        if p.title.is_some() {
            d.set_title(p.title);
        }
        d.url = p.url;
        d.notes = p.notes;
        d.published = published::from_page(&p.dates, p.byline.as_deref());
        if d.published.basis == Basis::None {
            let text = html::strip_tags(page).text;
            if let Some(pd) = published::from_page_text(&text, &p.dates)
                .or_else(|| published::from_frequent(&p.dates))
            {
                d.published = pd;
            }
        }
        for r in &p.dates.rejected {
            d.notes.push(format!("publication date candidate rejected: {r}"));
        }
        d
    }

    /// Sets the headline, its control characters as spaces (as the body's).
    fn set_title(&mut self, title: Option<String>) {
        self.title =
            title.map(|t| crate::text::without_controls(&t).into_owned());
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
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct InputOptions {
    /// A publication date that overrides every other (`--published`).
    pub published: Option<PartialDate>,
    /// The largest single document (a file, or one JSON line) read, in
    /// bytes; larger ones are reported as failures. JSON-lines files of
    /// any size are streamed.
    pub max_document_bytes: usize,
    /// Documents handed over at a time by [`stream`] (and parsed in
    /// parallel).
    pub batch: usize,
    /// Keep plain text exactly as given (no chrome removal, no reflow), so
    /// byte offsets point into the input itself; `dealline timex` sets it.
    pub keep_text: bool,
}

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions {
            published: None,
            max_document_bytes: 64 << 20,
            batch: 256,
            keep_text: false,
        }
    }
}

impl InputOptions {
    /// Options with a publication date given by the user.
    pub fn with_published(published: Option<PartialDate>) -> InputOptions {
        InputOptions { published, ..InputOptions::default() }
    }
}

/// What happened while reading, besides the documents: inputs that
/// failed (the run went on without them) and notes on inputs that were
/// skipped or read with repairs.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Report {
    /// Inputs, or lines of a JSON-lines input, that could not be read.
    pub failures: Vec<Error>,
    /// `(path, note)`: files skipped while walking a directory, encodings
    /// guessed, undecodable bytes replaced.
    pub notes: Vec<(String, String)>,
}

/// File extensions read when walking a directory.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl",
    "ndjson", "tml",
];

/// Reads every input: files, directories (walked in name order) and `-`
/// for stdin.
///
/// # Errors
///
/// The first failure, when any input fails: [`Error::Read`] for a
/// missing or unreadable path and [`Error::Input`] for an empty or binary
/// file, a bad JSON line, or a directory holding no articles. Use
/// [`load_all`] to keep going past failures.
pub fn load(inputs: &[PathBuf], opts: &InputOptions) -> Result<Vec<Document>> {
    let (docs, report) = load_all(inputs, opts);
    match report.failures.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(docs),
    }
}

/// Reads every input, going on past failures, which are listed in the
/// [`Report`] with the notes.
///
/// # Example
///
/// ```
/// let (docs, report) = dealline::input::load_all(
///     &["no-such-file.txt".into()],
///     &Default::default(),
/// );
/// assert!(docs.is_empty());
/// assert!(report.failures[0].to_string().contains("no-such-file.txt"));
/// ```
pub fn load_all(
    inputs: &[PathBuf],
    opts: &InputOptions,
) -> (Vec<Document>, Report) {
    let mut docs = Vec::new();
    let report = stream(inputs, opts, |batch| docs.extend(batch));
    (docs, report)
}

/// One input to read.
enum Source {
    Stdin,
    File { path: PathBuf, id: String },
}

/// Reads every input and hands the documents to `sink` in batches, in
/// input order. Files and JSON lines are parsed in parallel a batch at a
/// time, and JSON-lines input is read line by line, so memory stays flat
/// however large the corpus; failures do not stop the run.
pub fn stream(
    inputs: &[PathBuf],
    opts: &InputOptions,
    mut sink: impl FnMut(Vec<Document>),
) -> Report {
    let mut report = Report::default();
    let sources = expand(inputs, &mut report);
    let mut pending: Vec<(PathBuf, String)> = Vec::new();
    let flush = |pending: &mut Vec<(PathBuf, String)>,
                 report: &mut Report,
                 sink: &mut dyn FnMut(Vec<Document>)| {
        if pending.is_empty() {
            return;
        }
        let results: Vec<Result<Vec<Document>>> =
            pending.par_iter().map(|(p, id)| read_file(p, id, opts)).collect();
        pending.clear();
        let mut docs = Vec::new();
        for r in results {
            match r {
                Ok(ds) => docs.extend(ds),
                Err(e) => report.failures.push(e),
            }
        }
        take_notes(&docs, report);
        sink(docs);
    };
    for s in sources {
        match s {
            Source::Stdin => {
                flush(&mut pending, &mut report, &mut sink);
                let stdin = std::io::stdin();
                read_stream(
                    Path::new("-"),
                    "stdin",
                    stdin.lock(),
                    opts,
                    &mut report,
                    &mut sink,
                );
            }
            Source::File { path, id } => {
                if is_json_lines_path(&path) {
                    flush(&mut pending, &mut report, &mut sink);
                    match fs::File::open(&path) {
                        Ok(f) => read_stream(
                            &path,
                            &id,
                            BufReader::with_capacity(1 << 16, f),
                            opts,
                            &mut report,
                            &mut sink,
                        ),
                        Err(source) => {
                            report.failures.push(Error::Read { path, source })
                        }
                    }
                } else {
                    pending.push((path, id));
                    if pending.len() >= opts.batch.max(1) {
                        flush(&mut pending, &mut report, &mut sink);
                    }
                }
            }
        }
    }
    flush(&mut pending, &mut report, &mut sink);
    report
}

fn take_notes(docs: &[Document], report: &mut Report) {
    for d in docs {
        for n in &d.notes {
            report.notes.push((
                d.path.clone().unwrap_or_else(|| d.id.clone()),
                n.clone(),
            ));
        }
    }
}

/// Inputs to sources: directories walked, ids from file stems (made
/// unique from the path when two files share a stem).
fn expand(inputs: &[PathBuf], report: &mut Report) -> Vec<Source> {
    let mut files: Vec<Option<PathBuf>> = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(None);
            continue;
        }
        match fs::metadata(input) {
            Err(source) => report
                .failures
                .push(Error::Read { path: input.clone(), source }),
            Ok(m) if m.is_dir() => {
                let found = walk(input, report);
                if found.is_empty() {
                    report.failures.push(Error::Input {
                        path: input.clone(),
                        why: format!(
                            "directory holds no articles (expected files \
                             ending in .{})",
                            ARTICLE_EXTENSIONS.join(", .")
                        ),
                    });
                }
                files.extend(found.into_iter().map(Some));
            }
            Ok(_) => files.push(Some(input.clone())),
        }
    }
    let stem = |p: &Path| {
        p.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("document")
            .to_string()
    };
    let mut counts = std::collections::BTreeMap::new();
    for p in files.iter().flatten() {
        *counts.entry(stem(p)).or_insert(0usize) += 1;
    }
    files
        .into_iter()
        .map(|f| match f {
            None => Source::Stdin,
            Some(path) => {
                let s = stem(&path);
                let id = if counts[&s] > 1 { path_id(&path, &s) } else { s };
                Source::File { path, id }
            }
        })
        .collect()
}

/// An id from a path, for files that share a stem.
fn path_id(path: &Path, stem: &str) -> String {
    let stemless = path.with_extension("");
    let id: String =
        stemless
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
    if id.is_empty() {
        stem.to_string()
    } else {
        format!("{id}-{stem}")
    }
}

fn walk(dir: &Path, report: &mut Report) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(d) = stack.pop() {
        let canon = match fs::canonicalize(&d) {
            Ok(c) => c,
            Err(source) => {
                report.failures.push(Error::Read { path: d, source });
                continue;
            }
        };
        if !seen.insert(canon) {
            report.notes.push((
                d.display().to_string(),
                "skipped: a directory already walked (symlink loop)".into(),
            ));
            continue;
        }
        let entries = match fs::read_dir(&d) {
            Ok(e) => e,
            Err(source) => {
                report.failures.push(Error::Read { path: d, source });
                continue;
            }
        };
        let mut entries: Vec<PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        let mut subdirs = Vec::new();
        let mut hidden = 0;
        for p in entries {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') {
                hidden += 1;
                continue;
            }
            match fs::metadata(&p) {
                Err(source) => {
                    report.failures.push(Error::Read { path: p, source })
                }
                Ok(m) if m.is_dir() => subdirs.push(p),
                Ok(_) if has_article_extension(&p) => {
                    if is_project_doc(&p) {
                        report.notes.push((
                            p.display().to_string(),
                            "skipped: project documentation, not an \
                             article (name the file to read it)"
                                .into(),
                        ));
                    } else if looks_binary_file(&p) {
                        report.notes.push((
                            p.display().to_string(),
                            "skipped: a binary file".into(),
                        ));
                    } else {
                        out.push(p);
                    }
                }
                Ok(_) => {}
            }
        }
        if hidden > 0 {
            report.notes.push((
                d.display().to_string(),
                format!("skipped {hidden} hidden file(s)"),
            ));
        }
        for s in subdirs.into_iter().rev() {
            stack.push(s);
        }
    }
    out.sort();
    out
}

/// A folder's own documentation rather than an article: `README`,
/// `LICENSE`, `CHANGELOG` and the like, or a Markdown file named in
/// capitals with an underscore (`ANNOTATION_GUIDELINES.md`). Skipped when
/// a directory is walked; read when named.
fn is_project_doc(p: &Path) -> bool {
    const NAMES: &[&str] = &[
        "README",
        "LICENSE",
        "LICENCE",
        "COPYING",
        "CHANGELOG",
        "CHANGES",
        "CONTRIBUTING",
        "AUTHORS",
        "NOTICE",
        "SECURITY",
        "CODE_OF_CONDUCT",
    ];
    let Some(stem) = p.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    let capitals = stem.chars().any(|c| c.is_ascii_uppercase())
        && !stem.chars().any(|c| c.is_lowercase());
    let markdown = p
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "md" | "markdown"));
    NAMES.contains(&stem.to_ascii_uppercase().as_str())
        || (capitals && markdown && stem.contains('_'))
}

/// A file whose first bytes hold NULs (and no UTF-16 byte-order mark) or
/// a known binary signature.
fn looks_binary_file(p: &Path) -> bool {
    let mut head = [0u8; 1024];
    let n = fs::File::open(p).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
    looks_binary(&head[..n])
}

fn looks_binary(head: &[u8]) -> bool {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return false;
    }
    let signatures: &[&[u8]] = &[
        b"%PDF",
        b"\x89PNG",
        b"GIF8",
        b"\xFF\xD8\xFF",
        b"PK\x03\x04",
        b"\x1F\x8B",
        b"\x7FELF",
        b"BZh",
        b"\xFD7zXZ",
    ];
    if signatures.iter().any(|s| head.starts_with(s)) {
        return true;
    }
    let head = &head[..head.len().min(1024)];
    let nul = head.iter().filter(|b| **b == 0).count();
    // UTF-16 without a BOM has NULs in every other byte; other NULs mean
    // binary.
    nul > 0 && !(nul * 3 >= head.len() && encoding_even_odd(head))
}

fn encoding_even_odd(head: &[u8]) -> bool {
    let even = head.iter().step_by(2).filter(|b| **b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    even == 0 || odd == 0
}

fn has_article_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
    })
}

fn is_json_lines_path(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(e.to_ascii_lowercase().as_str(), "jsonl" | "ndjson")
    })
}

fn read_file(
    path: &Path,
    id: &str,
    opts: &InputOptions,
) -> Result<Vec<Document>> {
    let err = |source| Error::Read { path: path.to_path_buf(), source };
    let f = fs::File::open(path).map_err(err)?;
    let len = f.metadata().map_err(err)?.len();
    if len > opts.max_document_bytes as u64 {
        return Err(too_large(path, len as usize, opts));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    f.take(opts.max_document_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(err)?;
    if bytes.len() > opts.max_document_bytes {
        return Err(too_large(path, bytes.len(), opts));
    }
    parse_bytes(path, &bytes, id, opts)
}

fn too_large(path: &Path, len: usize, opts: &InputOptions) -> Error {
    Error::Input {
        path: path.to_path_buf(),
        why: format!(
            "too large for one article ({} MiB; the limit is {} MiB — \
             split it, or give a corpus as JSON lines)",
            len >> 20,
            opts.max_document_bytes >> 20
        ),
    }
}

/// What kind of input a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Html,
    Markdown,
    JsonLines,
    TimeMl,
}

/// The kind of an input, from its extension, else its first bytes.
fn detect(path: &Path, head: &str) -> Kind {
    let ext =
        path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl" | "ndjson") => return Kind::JsonLines,
        Some("html" | "htm" | "xhtml") => return Kind::Html,
        Some("md" | "markdown") => return Kind::Markdown,
        Some("tml") => return Kind::TimeMl,
        _ => {}
    }
    if crate::timex::timeml::looks_like_timeml(head) {
        return Kind::TimeMl;
    }
    let t = head.trim_start_matches('\u{FEFF}').trim_start();
    let lower: String =
        t.chars().take(512).collect::<String>().to_ascii_lowercase();
    if t.starts_with('{') && lower.contains("\"id\"") {
        Kind::JsonLines
    } else if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
        || lower.starts_with("<head")
        || lower.starts_with("<meta")
        || lower.starts_with("<!--") && lower.contains("<html")
    {
        Kind::Html
    } else if t.starts_with("---\n")
        || t.starts_with("---\r\n")
        || t.starts_with("+++\n")
        || t.starts_with("+++\r\n")
        || t.starts_with("# ")
    {
        Kind::Markdown
    } else {
        Kind::Text
    }
}

fn parse_bytes(
    path: &Path,
    bytes: &[u8],
    id: &str,
    opts: &InputOptions,
) -> Result<Vec<Document>> {
    let bad = |why: String| Error::Input { path: path.to_path_buf(), why };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(bad("file is empty".into()));
    }
    if looks_binary(&bytes[..bytes.len().min(1024)]) {
        return Err(bad(
            "not a text file (it holds NUL bytes or a binary signature)"
                .into(),
        ));
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
    let sniff_html = detect(path, &head) == Kind::Html
        || head.to_ascii_lowercase().contains("<meta");
    let decoded = encoding::decode(bytes, sniff_html);
    let text = decoded.text;
    if text.contains('\0') {
        return Err(bad("not a text file (it holds NUL characters)".into()));
    }
    let display = path.display().to_string();
    let mut docs = match detect(path, &text[..floor(&text, 2048)]) {
        Kind::JsonLines => {
            let mut report = Report::default();
            let mut docs = Vec::new();
            read_stream(
                path,
                id,
                text.as_bytes(),
                opts,
                &mut report,
                &mut |b| docs.extend(b),
            );
            if let Some(e) = report.failures.into_iter().next() {
                return Err(e);
            }
            docs
        }
        Kind::Html => vec![Document::from_html(id, &text, None)],
        Kind::Markdown => vec![markdown::parse(id, &text)],
        Kind::Text if opts.keep_text => vec![Document::verbatim(id, &text)],
        Kind::Text => vec![Document::from_text(id, &text)],
        Kind::TimeMl => vec![Document::from_timeml(id, &text).map_err(bad)?],
    };
    for d in &mut docs {
        if d.path.is_none() {
            d.path = Some(display.clone());
        }
        if let Some(n) = &decoded.note {
            d.notes.insert(0, n.clone());
        }
        if d.body.trim().is_empty() {
            return Err(bad(format!(
                "document {:?} has no story text left after removing page \
                 chrome",
                d.id
            )));
        }
        finish(d, opts);
    }
    Ok(docs)
}

/// Applies `--published`, else looks for a dateline, else infers the
/// date from the story.
fn finish(d: &mut Document, opts: &InputOptions) {
    if let Some(p) = &opts.published {
        d.published = published::from_flag(p);
    }
    if d.published.basis == Basis::None {
        let (p, scans) = published::from_body_scanned(&d.body);
        d.published = p;
        d.scans = scans;
    }
}

/// Reads input that may be JSON lines, one line at a time, a batch of
/// lines parsed in parallel. Text that is not JSON lines (stdin holding
/// one article) is read whole.
fn read_stream(
    path: &Path,
    id: &str,
    mut r: impl BufRead,
    opts: &InputOptions,
    report: &mut Report,
    sink: &mut dyn FnMut(Vec<Document>),
) {
    let head = match r.fill_buf() {
        Ok(h) => h,
        Err(source) => {
            report
                .failures
                .push(Error::Read { path: path.to_path_buf(), source });
            return;
        }
    };
    let head_text = String::from_utf8_lossy(&head[..head.len().min(2048)]);
    if detect(path, &head_text) != Kind::JsonLines {
        let mut bytes = Vec::new();
        let limit = opts.max_document_bytes as u64 + 1;
        if let Err(source) = r.take(limit).read_to_end(&mut bytes) {
            report
                .failures
                .push(Error::Read { path: path.to_path_buf(), source });
            return;
        }
        if bytes.len() > opts.max_document_bytes {
            report.failures.push(too_large(path, bytes.len(), opts));
            return;
        }
        match parse_bytes(path, &bytes, id, opts) {
            Ok(docs) => {
                take_notes(&docs, report);
                sink(docs);
            }
            Err(e) => report.failures.push(e),
        }
        return;
    }
    let display = path.display().to_string();
    let mut lines: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut n = 0;
    let mut any = false;
    loop {
        n += 1;
        let mut line = Vec::new();
        match read_line_capped(&mut r, &mut line, opts.max_document_bytes) {
            Ok(None) => break,
            Ok(Some(true)) => {
                report.failures.push(Error::Input {
                    path: path.to_path_buf(),
                    why: format!(
                        "line {n}: longer than {} MiB; skipped",
                        opts.max_document_bytes >> 20
                    ),
                });
                any = true;
                continue;
            }
            Ok(Some(false)) => {}
            Err(source) => {
                report
                    .failures
                    .push(Error::Read { path: path.to_path_buf(), source });
                break;
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        any = true;
        lines.push((n, line));
        if lines.len() >= opts.batch.max(1) {
            json_batch(path, &display, &mut lines, opts, report, sink);
        }
    }
    json_batch(path, &display, &mut lines, opts, report, sink);
    if !any {
        report.failures.push(Error::Input {
            path: path.to_path_buf(),
            why: "no JSON lines in file".into(),
        });
    }
}

/// Reads one line into `buf`, keeping at most `cap` bytes. `None` at the
/// end of input; `Some(true)` when the line was longer than `cap` (the
/// rest was consumed and dropped).
fn read_line_capped(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<Option<bool>> {
    let mut read_any = false;
    let mut over = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(read_any.then_some(over));
        }
        read_any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !over {
            if buf.len() + take > cap {
                over = true;
                buf.clear();
                buf.shrink_to_fit();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(take);
        if done {
            return Ok(Some(over));
        }
    }
}

fn json_batch(
    path: &Path,
    display: &str,
    lines: &mut Vec<(usize, Vec<u8>)>,
    opts: &InputOptions,
    report: &mut Report,
    sink: &mut dyn FnMut(Vec<Document>),
) {
    if lines.is_empty() {
        return;
    }
    let results: Vec<Result<Document>> = lines
        .par_iter()
        .map(|(n, l)| {
            let mut d = parse_json_line(path, *n, l, opts.keep_text)?;
            d.path = Some(display.to_string());
            finish(&mut d, opts);
            Ok(d)
        })
        .collect();
    lines.clear();
    let mut docs = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => report.failures.push(e),
        }
    }
    take_notes(&docs, report);
    sink(docs);
}

#[derive(Deserialize)]
struct JsonLine {
    id: serde_json::Value,
    text: Option<String>,
    html: Option<String>,
    published: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// One JSON line as a document; with `keep_text` its `text` is kept as
/// given (offsets then point into the field itself).
fn parse_json_line(
    path: &Path,
    n: usize,
    line: &[u8],
    keep_text: bool,
) -> Result<Document> {
    let bad = |why: String| Error::Input {
        path: path.to_path_buf(),
        why: format!("line {n}: {why}"),
    };
    let decoded;
    let line = match std::str::from_utf8(line) {
        Ok(s) => s,
        Err(_) => {
            decoded = String::from_utf8_lossy(line).into_owned();
            &decoded
        }
    };
    let j: JsonLine = serde_json::from_str(line)
        .map_err(|e| bad(format!("not a JSON document: {e}")))?;
    let id = match &j.id {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(x) => x.to_string(),
        _ => return Err(bad("\"id\" must be a string or a number".into())),
    };
    let mut d = match (&j.text, &j.html) {
        (Some(t), _) if keep_text => Document::verbatim(&id, t),
        (Some(t), _) => Document::from_text(&id, t),
        (None, Some(h)) => Document::from_html(&id, h, j.url.as_deref()),
        _ => return Err(bad("expected a \"text\" or \"html\" field".into())),
    };
    if j.title.is_some() {
        d.set_title(j.title.clone());
    }
    if j.url.is_some() {
        d.url = j.url.clone();
    }
    if let Some(p) = j.published.as_ref().or(j.date.as_ref()) {
        match published::parse_loose(p) {
            Some(pd) => {
                d.published =
                    published::from_metadata(&pd, Basis::FrontMatter, p)
            }
            None => d.notes.push(format!(
                "line {n}: \"published\" {p:?} is not a date; ignored"
            )),
        }
    }
    if d.published.basis == Basis::None {
        if let Some(u) = &d.url {
            if let Some(p) = published::from_url(u) {
                d.published = p;
            }
        }
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, bytes: &[u8]) -> Result<Vec<Document>> {
        parse_bytes(Path::new(name), bytes, "t", &InputOptions::default())
    }

    #[test]
    fn ok_json_lines() {
        let docs = parse("x.jsonl", b"{\"id\":\"a\",\"text\":\"Acme bought Rival.\",\"published\":\"2017-07\"}\n\n{\"id\":7,\"text\":\"B sued C.\"}\n").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].published.value.as_deref(), Some("2017-07"));
        assert_eq!(docs[0].published.basis, Basis::FrontMatter);
        assert_eq!(docs[1].id, "7");
    }

    #[test]
    fn ok_json_lines_url_and_html() {
        let docs = parse("x.jsonl", b"{\"id\":\"a\",\"html\":\"<p>Acme bought Rival, the company said on Monday.</p>\",\"url\":\"https://n.example/2019/04/28/acme\"}\n").unwrap();
        assert_eq!(
            docs[0].url.as_deref(),
            Some("https://n.example/2019/04/28/acme")
        );
        assert_eq!(docs[0].published.value.as_deref(), Some("2019-04-28"));
        assert_eq!(docs[0].published.basis, Basis::HtmlMeta);
    }

    #[test]
    fn err_json_lines_name_the_line() {
        let e = parse(
            "x.jsonl",
            b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\"}\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("x.jsonl: line 2"), "{e}");
    }

    #[test]
    fn ok_json_line_longer_than_the_cap_is_skipped() {
        let opts =
            InputOptions { max_document_bytes: 64, ..InputOptions::default() };
        let long =
            format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "a".repeat(500));
        let input = format!(
            "{long}{{\"id\":\"ok\",\"text\":\"Acme sued Globex.\"}}\n"
        );
        let mut report = Report::default();
        let mut docs = Vec::new();
        read_stream(
            Path::new("c.jsonl"),
            "c",
            input.as_bytes(),
            &opts,
            &mut report,
            &mut |b| docs.extend(b),
        );
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "ok");
        assert!(report.failures[0]
            .to_string()
            .contains("line 1: longer than"));
    }

    #[test]
    fn ok_json_lines_keep_input_order_across_batches() {
        let opts = InputOptions { batch: 3, ..InputOptions::default() };
        let input: String = (0..10)
            .map(|i| {
                format!("{{\"id\":\"d{i}\",\"text\":\"Acme sued Globex.\"}}\n")
            })
            .collect();
        let mut report = Report::default();
        let mut ids = Vec::new();
        read_stream(
            Path::new("-"),
            "stdin",
            input.as_bytes(),
            &opts,
            &mut report,
            &mut |b| ids.extend(b.into_iter().map(|d| d.id)),
        );
        let want: Vec<String> = (0..10).map(|i| format!("d{i}")).collect();
        assert_eq!(ids, want);
    }

    #[test]
    fn err_empty_and_binary() {
        assert!(parse("e.txt", b"  \n")
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(parse("b.txt", b"ab\0cd")
            .unwrap_err()
            .to_string()
            .contains("NUL"));
        assert!(parse("p.txt", b"%PDF-1.4 ...")
            .unwrap_err()
            .to_string()
            .contains("binary"));
    }

    #[test]
    fn ok_invalid_utf8_is_decoded_with_a_note() {
        let d = &parse("u.txt", b"Caf\xe9 Corp. sued Globex.\n").unwrap()[0];
        assert!(d.body.starts_with("Café Corp."), "{}", d.body);
        assert!(d.notes[0].contains("not valid UTF-8"), "{:?}", d.notes);
    }

    #[test]
    fn ok_utf16_file() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Acme Corp. sued Globex Inc. on Monday.\n".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        let d = &parse("w.txt", &b).unwrap()[0];
        assert_eq!(d.body, "Acme Corp. sued Globex Inc. on Monday.\n");
    }

    #[test]
    fn ok_windows_1252_page() {
        let page = b"<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\xe9 deal</title></head><body><article><p>Caf\xe9 Corp. agreed to buy Globex Inc., the companies said on Monday in M\xfcnchen.</p></article></body></html>";
        let d = &parse("page.html", page).unwrap()[0];
        assert!(d.body.contains("Café Corp. agreed"), "{}", d.body);
        assert!(d.body.contains("München"));
        assert!(d.notes.is_empty(), "{:?}", d.notes);
    }

    #[test]
    fn ok_format_detection() {
        let k = |name: &str, text: &str| detect(Path::new(name), text);
        assert_eq!(k("a.html", "plain"), Kind::Html);
        assert_eq!(k("a.md", "plain"), Kind::Markdown);
        assert_eq!(k("a.jsonl", "plain"), Kind::JsonLines);
        assert_eq!(k("-", "<!DOCTYPE html><html>"), Kind::Html);
        assert_eq!(k("a.txt", "  <html lang=en>"), Kind::Html);
        assert_eq!(k("-", "{\"id\": 1, \"text\": \"x\"}"), Kind::JsonLines);
        assert_eq!(k("-", "---\ntitle: x\n---\nBody"), Kind::Markdown);
        assert_eq!(k("-", "+++\ntitle = 'x'\n+++\nBody"), Kind::Markdown);
        assert_eq!(k("-", "Acme sued Globex."), Kind::Text);
    }

    #[test]
    fn ok_same_stem_ids_made_unique() {
        let d = tempfile::tempdir().unwrap();
        for sub in ["a", "b"] {
            fs::create_dir(d.path().join(sub)).unwrap();
            fs::write(
                d.path().join(sub).join("story.txt"),
                "Acme sued Globex.\n",
            )
            .unwrap();
        }
        let (docs, report) =
            load_all(&[d.path().to_path_buf()], &InputOptions::default());
        assert!(report.failures.is_empty());
        assert_eq!(docs.len(), 2);
        assert_ne!(docs[0].id, docs[1].id);
        assert!(
            docs[0].id.ends_with("a-story-story")
                || docs[0].id.contains("-a-"),
            "{}",
            docs[0].id
        );
    }
}

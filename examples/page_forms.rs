//! Reads a JSON-lines corpus as web pages and Windows files write it, and
//! checks that the temporal layer tags it as the original.
//!
//! ```sh
//! cargo run --release --example page_forms -- ../shared/corpus/bulk.jsonl [--show 5]
//! ```
//!
//! Each form rewrites every line's `text`: typographic apostrophes for
//! `'`, no-break spaces between words, CRLF line ends, soft hyphens inside
//! long words (and a byte-order mark in front), two spaces after each
//! sentence. Every rewritten corpus is read as the command line reads it
//! (`input::load`), tagged, and compared with the original document by
//! document: the same publication date, and the same expressions, with the
//! same words (read back to plain text), type, value and `mod`. Prints the
//! differences of each form, the first `--show` of them in full, and exits
//! 1 when there is any.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "support/args.rs"]
mod args;

use dealline::input::{self, Document, InputOptions};
use dealline::timex;
use rayon::prelude::*;

/// A way pages write text, as a rewrite of a story's text.
struct Form {
    name: &'static str,
    rewrite: fn(&str) -> String,
}

const FORMS: [Form; 5] = [
    Form { name: "typographic apostrophes", rewrite: apostrophes },
    Form { name: "no-break spaces between words", rewrite: no_break_spaces },
    Form { name: "CRLF line ends", rewrite: crlf },
    Form { name: "soft hyphens and a byte-order mark", rewrite: soft_hyphens },
    Form { name: "two spaces after a sentence", rewrite: two_spaces },
];

fn apostrophes(t: &str) -> String {
    t.replace('\'', "\u{2019}")
}

fn no_break_spaces(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| !c.is_whitespace());
    (0..chars.len())
        .map(|i| {
            let inner =
                i > 0 && word(chars.get(i - 1)) && word(chars.get(i + 1));
            if chars[i] == ' ' && inner {
                '\u{a0}'
            } else {
                chars[i]
            }
        })
        .collect()
}

fn crlf(t: &str) -> String {
    t.replace('\n', "\r\n")
}

/// A soft hyphen after the third letter of each word of six letters or
/// more in lower case past its first (as a page's hyphenation hints), and
/// a byte-order mark first.
fn soft_hyphens(t: &str) -> String {
    let mut out = String::from("\u{feff}");
    for w in t.split_inclusive(|c: char| !c.is_ascii_alphabetic()) {
        let letters = w.bytes().take_while(u8::is_ascii_alphabetic).count();
        if letters >= 6
            && w[1..letters].bytes().all(|b| b.is_ascii_lowercase())
        {
            out.push_str(&w[..3]);
            out.push('\u{ad}');
            out.push_str(&w[3..]);
        } else {
            out.push_str(w);
        }
    }
    out
}

fn two_spaces(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + t.len() / 50);
    let mut prev = ' ';
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        let opens =
            chars.peek().is_some_and(|n| n.is_uppercase() || *n == '"');
        if c == ' ' && matches!(prev, '.' | '!' | '?' | '"') && opens {
            out.push(' ');
        }
        prev = c;
    }
    out
}

/// The words of an expression as plain text: what the forms change read
/// back.
fn plain(words: &str) -> String {
    words
        .replace('\u{2019}', "'")
        .replace(['\u{ad}', '\u{feff}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the temporal layer makes of a document, in plain words.
fn reading(doc: &Document) -> (Option<String>, Vec<String>) {
    let tags = timex::tag(doc);
    let found = tags
        .iter()
        .map(|t| {
            let words = plain(&doc.body[t.timex.span.clone()]);
            let m = t.modifier(&doc.body).unwrap_or("-");
            format!("{words}|{:?}|{}|{m}", t.timex.kind, t.value)
        })
        .collect();
    (doc.published.value.clone(), found)
}

fn load(path: &Path) -> Vec<Document> {
    let (docs, report) =
        input::load_all(&[path.to_path_buf()], &InputOptions::default());
    if let Some(e) = report.failures.first() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
    docs
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let show = args::flag(&argv, "--show").map_or(5, |n| n as usize);
    let path = PathBuf::from(args::corpus_path(&argv));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: {}: {e}", path.display());
        std::process::exit(2)
    });
    let original: Vec<_> = load(&path).par_iter().map(reading).collect();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut failed = false;
    for form in &FORMS {
        let rewritten: String = data
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = match serde_json::from_str(l) {
                    Ok(v) => v,
                    Err(_) => return format!("{l}\n"),
                };
                if let Some(t) = v["text"].as_str() {
                    v["text"] = (form.rewrite)(t).into();
                }
                format!("{v}\n")
            })
            .collect();
        let file = dir.path().join("corpus.jsonl");
        std::fs::write(&file, rewritten)
            .expect("the rewritten corpus is written");
        let read: Vec<_> = load(&file).par_iter().map(reading).collect();
        let mut docs = 0;
        let mut shown = 0;
        for (i, (a, b)) in original.iter().zip(&read).enumerate() {
            if a == b {
                continue;
            }
            docs += 1;
            if shown < show {
                shown += 1;
                let only = |x: &Vec<String>, y: &Vec<String>| -> Vec<String> {
                    x.iter().filter(|e| !y.contains(e)).cloned().collect()
                };
                println!(
                    "  line {}: dct {:?} -> {:?}; only in the original {:?}; only rewritten {:?}",
                    i + 1,
                    a.0,
                    b.0,
                    only(&a.1, &b.1),
                    only(&b.1, &a.1)
                );
            }
        }
        println!(
            "{}: {docs} of {} documents read differently",
            form.name,
            original.len()
        );
        failed |= docs > 0;
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

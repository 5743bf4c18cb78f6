//! Issue 5 from the command line: every kind of input, and every kind of
//! bad input — a clear message naming the file, the other inputs still
//! processed, failures listed at the end, exit code 2, never a panic.

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cmd() -> Command {
    let mut c = Command::cargo_bin("dealline").unwrap();
    c.current_dir(root().join("fixtures"));
    for (k, _) in std::env::vars() {
        if k.starts_with("DEALLINE") || k == "SOURCE_DATE_EPOCH" {
            c.env_remove(k);
        }
    }
    c.timeout(std::time::Duration::from_secs(120));
    c
}

fn extract(c: &mut Command) -> serde_json::Value {
    let out = c.assert().get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap()
}

const STORY: &str =
    "Acme Corp. sued Globex Inc. on Monday, the company said.\n";

#[test]
fn ok_html_page_with_meta_date() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("page.html");
    fs::write(&f, "<!DOCTYPE html><html><head><title>Acme sues Globex</title><meta property=\"article:published_time\" content=\"2019-04-28T10:00:00Z\"><link rel=\"canonical\" href=\"https://news.example/acme\"></head><body><nav>Home World Business</nav><article><h1>Acme sues Globex</h1><p>Acme Corp. sued Globex Inc. on Monday, the company said.</p><figure><img src=x.png><figcaption>Acme's offices, pictured on 3 March 2010.</figcaption></figure></article><footer>© 2024 Example News</footer></body></html>").unwrap();
    let v = extract(cmd().arg("extract").arg(&f));
    let doc = &v["documents"][0];
    assert_eq!(doc["title"], "Acme sues Globex");
    assert_eq!(doc["published"]["value"], "2019-04-28");
    assert_eq!(doc["published"]["basis"], "html-meta");
    let events = v["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["type"] == "lawsuit"));
    assert!(events.iter().all(|e| !e["sources"][0]["sentence"]
        .as_str()
        .unwrap()
        .contains("2010")));
}

#[test]
fn ok_stdin_json_lines() {
    let input = "{\"id\":\"a\",\"text\":\"Acme Corp. sued Globex Inc. today.\",\"published\":\"2016-03-04\"}\n{\"id\":\"b\",\"html\":\"<p>Initech Inc. sued Hooli Corp. today, it said.</p>\",\"url\":\"https://n.example/2018/05/06/suit\"}\n";
    let v = extract(cmd().args(["extract", "-"]).write_stdin(input));
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["published"]["basis"], "front-matter");
    assert_eq!(docs[1]["published"]["value"], "2018-05-06");
}

#[test]
fn err_binary_file_named_and_exit_2() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("image.txt");
    fs::write(&f, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    cmd().arg("build").arg(&f).assert().code(2).stderr(
        predicate::str::contains("image.txt")
            .and(predicate::str::contains("not a text file")),
    );
}

#[test]
fn ok_directory_skips_hidden_and_binary_with_a_note() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("a.txt"), STORY).unwrap();
    fs::write(d.path().join(".hidden.txt"), STORY).unwrap();
    fs::write(d.path().join("b.txt"), b"\0\x01\x02binary").unwrap();
    // The folder's own documentation is not an article.
    fs::write(d.path().join("README.md"), STORY).unwrap();
    fs::write(d.path().join("CODING_RULES.md"), STORY).unwrap();
    let out = cmd().arg("extract").arg(d.path()).assert().success();
    let o = out.get_output();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("hidden"), "{stderr}");
    assert!(stderr.contains("b.txt") && stderr.contains("binary"), "{stderr}");
    assert!(
        stderr.contains("README.md") && stderr.contains("CODING_RULES.md"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
    // Named, it is read.
    let named = d.path().join("README.md");
    let out = cmd().arg("extract").arg(&named).assert().success();
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn err_directory_run_where_one_file_fails() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("a.txt"), STORY).unwrap();
    fs::write(d.path().join("b.txt"), "   \n").unwrap();
    fs::write(
        d.path().join("c.md"),
        "---\ndate: 2016-03-04\n---\nInitech Inc. sued Hooli Corp. today.\n",
    )
    .unwrap();
    let out = cmd().arg("extract").arg(d.path()).assert().code(2);
    let o = out.get_output();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("b.txt: file is empty"), "{stderr}");
    assert!(stderr.contains("1 input(s) failed"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "c"]);
}

#[test]
fn err_many_inputs_missing_one_lists_it_at_the_end() {
    let d = tempfile::tempdir().unwrap();
    let a = d.path().join("a.txt");
    fs::write(&a, STORY).unwrap();
    let out = cmd()
        .arg("extract")
        .arg(&a)
        .arg("missing.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.txt: cannot read"));
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn err_huge_single_line() {
    // Over the per-document limit: refused quickly, by name, no panic.
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("huge.txt");
    let line = "word ".repeat(14 << 20); // 70 MiB, one line
    fs::write(&f, line).unwrap();
    cmd().arg("extract").arg(&f).assert().code(2).stderr(
        predicate::str::contains("huge.txt")
            .and(predicate::str::contains("too large")),
    );
}

#[test]
fn ok_html_nested_100000_deep() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("deep.html");
    let html = format!(
        "<html><body>{}<p>Acme Corp. sued Globex Inc. on Monday.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    fs::write(&f, html).unwrap();
    cmd()
        .arg("extract")
        .arg(&f)
        .assert()
        .success()
        .stderr(predicate::str::contains("nested"))
        .stdout(predicate::str::contains("lawsuit"));
}

#[cfg(unix)]
#[test]
fn err_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("secret.txt");
    fs::write(&f, STORY).unwrap();
    fs::set_permissions(&f, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&f).is_ok() {
        // Running as root: permissions do not stop reading. A directory
        // where a file is expected fails the same way.
        fs::set_permissions(&f, fs::Permissions::from_mode(0o644)).unwrap();
        let dir = d.path().join("not-a-file.txt");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("x.bin"), b"\0").unwrap();
        cmd()
            .arg("extract")
            .arg(&dir)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not-a-file.txt"));
        return;
    }
    cmd().arg("extract").arg(&f).assert().code(2).stderr(
        predicate::str::contains("secret.txt")
            .and(predicate::str::contains("cannot read")),
    );
}

#[cfg(unix)]
#[test]
fn err_symlink_loops() {
    let d = tempfile::tempdir().unwrap();
    // A file link that points at itself, through another.
    std::os::unix::fs::symlink(d.path().join("b.txt"), d.path().join("a.txt"))
        .unwrap();
    std::os::unix::fs::symlink(d.path().join("a.txt"), d.path().join("b.txt"))
        .unwrap();
    cmd()
        .arg("extract")
        .arg(d.path().join("a.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a.txt"));
    // A directory link back to its parent: walked once, with a note.
    let e = tempfile::tempdir().unwrap();
    fs::write(e.path().join("story.txt"), STORY).unwrap();
    std::os::unix::fs::symlink(e.path(), e.path().join("loop")).unwrap();
    let out = cmd().arg("extract").arg(e.path()).assert().success();
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn ok_utf16_and_windows_1252_files() {
    let d = tempfile::tempdir().unwrap();
    let mut b = vec![0xFF, 0xFE];
    for u in STORY.encode_utf16() {
        b.extend(u.to_le_bytes());
    }
    fs::write(d.path().join("u16.txt"), b).unwrap();
    fs::write(d.path().join("w.html"), b"<html><head><meta charset=windows-1252></head><body><p>Caf\xe9 Corp. sued Globex Inc. on Monday, it said.</p></body></html>").unwrap();
    let v = extract(cmd().arg("extract").arg(d.path()));
    let events = v["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["sources"][0]["sentence"]
        .as_str()
        .unwrap()
        .contains("Café Corp.")));
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
}

/// Every space of a story swapped for a multi-byte one (no-break,
/// ideographic, thin): nothing may cut inside them.
#[test]
fn ok_multibyte_spaces_everywhere() {
    let d = tempfile::tempdir().unwrap();
    for (i, space) in
        ["\u{a0}", "\u{3000}\u{3000}", "\u{2009}"].iter().enumerate()
    {
        let long = format!("{}\n\n{}", STORY, STORY.repeat(60));
        fs::write(
            d.path().join(format!("s{i}.txt")),
            long.replace(' ', space),
        )
        .unwrap();
    }
    let v = extract(cmd().arg("extract").arg(d.path()));
    assert_eq!(v["documents"].as_array().unwrap().len(), 3);
}

#[test]
fn ok_verbose_reports_chrome_and_basis() {
    cmd()
        .args(["extract", "-v", "nokia-xiaomi-2017.txt"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("paragraphs of page chrome dropped")
                .and(predicate::str::contains("(text")),
        );
}

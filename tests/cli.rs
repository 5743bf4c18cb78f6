//! The command line: subcommands, stdin, exit codes and bad input.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, run from `fixtures/` with no stray environment.
fn cmd() -> Command {
    let mut c = Command::cargo_bin("dealline").unwrap();
    c.current_dir(root().join("fixtures"));
    for (k, _) in std::env::vars() {
        if k.starts_with("DEALLINE") || k == "SOURCE_DATE_EPOCH" {
            c.env_remove(k);
        }
    }
    c.env("TZ", "Pacific/Kiritimati");
    c
}

/// Runs the binary with `args` on `stdin`; it must succeed. Its stdout.
fn out_of(args: &[&str], stdin: impl Into<Vec<u8>>) -> Vec<u8> {
    cmd()
        .args(args)
        .write_stdin(stdin.into())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

/// [`out_of`] as JSON.
fn json_of(args: &[&str], stdin: impl Into<Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(&out_of(args, stdin)).unwrap()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn only_file(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn cli_definition_is_valid() {
    // clap's own consistency checks, through the help of every subcommand.
    for sub in ["build", "extract", "render", "merge", "timex"] {
        cmd()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
    cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
}

#[test]
fn build_writes_a_page() {
    let d = tmp();
    let out = d.path().join("timeline.html");
    cmd()
        .args(["build", "nokia-xiaomi-2017.txt", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let html = fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>")
            || html.starts_with("<!doctype html>")
    );
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("class=\"dealline-event"));
    assert!(html.contains("early July 2017"));
    assert!(html.contains("29 June 2017"));
    assert!(!html.contains("<script") || html.contains("application/ld+json"));
    assert_eq!(
        only_file(d.path()),
        ["timeline.html"],
        "no temporary files left"
    );
}

#[test]
fn extract_with_published_and_stdin() {
    let story =
        fs::read_to_string(root().join("fixtures/nokia-xiaomi-2017.txt"))
            .unwrap();
    let v = json_of(&["extract", "-", "--published", "2017-07-05"], story);
    assert_eq!(v["schema"], "dealline/1");
    assert_eq!(v["documents"][0]["id"], "stdin");
    assert_eq!(v["documents"][0]["path"], "-");
    assert_eq!(v["documents"][0]["published"]["basis"], "flag");
    let events = v["events"].as_array().unwrap();
    assert!(events
        .iter()
        .any(|e| e["type"] == "cross_license"
            && e["date"]["value"] == "2017-07-05"));
}

#[test]
fn extract_render_round_trip() {
    let d = tmp();
    let json = d.path().join("events.json");
    cmd()
        .args(["extract", "nokia-xiaomi-2017.txt", "-o"])
        .arg(&json)
        .assert()
        .success();
    let page = d.path().join("page.html");
    cmd().arg("render").arg(&json).arg("-o").arg(&page).assert().success();
    let direct = cmd()
        .args(["build", "nokia-xiaomi-2017.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        fs::read(&page).unwrap(),
        direct,
        "render of extract equals build"
    );
    cmd()
        .arg("render")
        .arg(&json)
        .args(["--format", "json"])
        .assert()
        .success()
        .stdout(fs::read_to_string(&json).unwrap());
}

#[test]
fn merge_is_order_independent() {
    let d = tmp();
    let a = d.path().join("a.json");
    let b = d.path().join("b.json");
    fs::write(
        d.path().join("b.txt"),
        "On March 3, 2016, Acme Corp. sued Globex Inc. in Delaware.\n",
    )
    .unwrap();
    cmd()
        .args(["extract", "nokia-xiaomi-2017.txt", "-o"])
        .arg(&a)
        .assert()
        .success();
    cmd()
        .arg("extract")
        .arg(d.path().join("b.txt"))
        .arg("-o")
        .arg(&b)
        .assert()
        .success();
    let ab = cmd()
        .arg("merge")
        .arg(&a)
        .arg(&b)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let ba = cmd()
        .arg("merge")
        .arg(&b)
        .arg(&a)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(ab, ba);
    let v: serde_json::Value = serde_json::from_slice(&ab).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn merge_of_two_reports_is_dealline_2_and_renders() {
    let d = tmp();
    let texts = [
        ("a", "On May 2, 2016, Acme Corp. sued Globex Inc. in Delaware.\n"),
        ("b", "Acme sued Globex in May 2016, the companies said.\n"),
    ];
    for (id, text) in texts {
        fs::write(d.path().join(format!("{id}.txt")), text).unwrap();
        cmd()
            .arg("extract")
            .arg(d.path().join(format!("{id}.txt")))
            .arg("-o")
            .arg(d.path().join(format!("{id}.json")))
            .assert()
            .success();
        let one: serde_json::Value = serde_json::from_slice(
            &fs::read(d.path().join(format!("{id}.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(one["schema"], "dealline/1");
    }
    let merged = d.path().join("merged.json");
    cmd()
        .arg("merge")
        .arg(d.path().join("a.json"))
        .arg(d.path().join("b.json"))
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    let v: serde_json::Value =
        serde_json::from_slice(&fs::read(&merged).unwrap()).unwrap();
    assert_eq!(v["schema"], "dealline/2");
    assert_eq!(v["events"].as_array().unwrap().len(), 1);
    assert_eq!(v["events"][0]["reports"].as_array().unwrap().len(), 2);
    // The same as one build over both articles.
    let built = cmd()
        .arg("build")
        .arg(d.path().join("a.txt"))
        .arg(d.path().join("b.txt"))
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(built, fs::read(&merged).unwrap());
    let page = cmd()
        .arg("render")
        .arg(&merged)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains("this source dates it May 2016"), "{page}");
}

#[test]
fn same_output_whatever_the_time_zone() {
    let a = cmd()
        .args(["extract", "nokia-xiaomi-2017.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let b = cmd()
        .env("TZ", "America/Los_Angeles")
        .env("LC_ALL", "de_DE.UTF-8")
        .args(["extract", "nokia-xiaomi-2017.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(a, b);
}

#[test]
fn require_events_exits_1_when_none() {
    let d = tmp();
    let f = d.path().join("quiet.txt");
    fs::write(&f, "The weather was pleasant and nothing happened.\n").unwrap();
    cmd().arg("extract").arg(&f).arg("--require-events").assert().code(1);
    cmd().arg("extract").arg(&f).assert().success();
}

#[test]
fn err_missing_file() {
    cmd().args(["build", "no-such-file.txt"]).assert().code(2).stderr(
        predicate::str::contains("no-such-file.txt")
            .and(predicate::str::contains("cannot read")),
    );
}

#[test]
fn err_directory_without_articles() {
    let d = tmp();
    fs::write(d.path().join("notes.json"), "{}").unwrap();
    cmd()
        .arg("build")
        .arg(d.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("directory holds no articles"));
}

#[test]
fn ok_directory_of_articles() {
    let d = tmp();
    fs::copy(
        root().join("fixtures/nokia-xiaomi-2017.txt"),
        d.path().join("a.txt"),
    )
    .unwrap();
    fs::write(d.path().join("b.md"), "---\ntitle: Suit\ndate: 2016-03-04\n---\nAcme Corp. sued Globex Inc. today.\n").unwrap();
    let v = json_of(&["extract", d.path().to_str().unwrap()], "");
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    assert_eq!(v["documents"][1]["published"]["basis"], "front-matter");
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "lawsuit"
                && e["date"]["value"] == "2016-03-04")
    );
}

#[test]
fn err_empty_file() {
    let d = tmp();
    let f = d.path().join("empty.txt");
    fs::write(&f, "").unwrap();
    cmd().arg("build").arg(&f).assert().code(2).stderr(
        predicate::str::contains("empty.txt")
            .and(predicate::str::contains("empty")),
    );
}

#[test]
fn ok_invalid_utf8_is_decoded_with_a_note() {
    // Issue 5: undecodable text is read with a warning, not refused.
    let d = tmp();
    let f = d.path().join("latin1.txt");
    fs::write(&f, b"Caf\xe9 Corp. sued Globex.\n").unwrap();
    cmd().arg("extract").arg(&f).assert().success().stderr(
        predicate::str::contains("latin1.txt")
            .and(predicate::str::contains("not valid UTF-8")),
    );
}

#[test]
fn err_bad_published() {
    for bad in ["2017-13", "July 2017", "17", "2017-02-30"] {
        cmd()
            .args(["build", "nokia-xiaomi-2017.txt", "--published", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(bad));
    }
}

#[test]
fn err_unwritable_output_leaves_nothing() {
    let d = tmp();
    let blocker = d.path().join("file");
    fs::write(&blocker, "x").unwrap();
    let out = blocker.join("timeline.html"); // parent is a file
    cmd()
        .args(["build", "nokia-xiaomi-2017.txt", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("timeline.html"));
    assert_eq!(only_file(d.path()), ["file"]);
    let missing = d.path().join("no/such/dir/t.html");
    cmd()
        .args(["build", "nokia-xiaomi-2017.txt", "-o"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("t.html"));
}

#[test]
fn err_failed_run_keeps_the_old_output() {
    let d = tmp();
    let out = d.path().join("timeline.html");
    fs::write(&out, "previous page").unwrap();
    cmd().args(["build", "missing.txt", "-o"]).arg(&out).assert().code(2);
    assert_eq!(fs::read_to_string(&out).unwrap(), "previous page");
}

#[test]
fn err_output_over_input_refused() {
    let d = tmp();
    let f = d.path().join("story.txt");
    fs::copy(root().join("fixtures/nokia-xiaomi-2017.txt"), &f).unwrap();
    let before = fs::read(&f).unwrap();
    cmd()
        .arg("build")
        .arg(&f)
        .arg("-o")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("overwrite an input"));
    assert_eq!(fs::read(&f).unwrap(), before);
}

#[test]
fn err_render_bad_json() {
    let d = tmp();
    let f = d.path().join("bad.json");
    fs::write(&f, "{\"schema\": \"dealline/1\"").unwrap();
    cmd()
        .arg("render")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.json"));
}

#[test]
fn timex_json_lines() {
    let v = json_of(&["timex", "-", "--dct", "2017-07-05"], "On June 29, Acme formed a unit. A few days later, it signed a deal.\n");
    assert_eq!(v["dct"], "2017-07-05");
    assert_eq!(v["timexes"][0]["value"], "2017-06-29");
    assert_eq!(v["timexes"][0]["type"], "DATE");
    assert_eq!(v["timexes"][1]["text"], "A few days later");
}

/// Documents are tagged in parallel: the lines keep the input order, and
/// the output is the same byte for byte on one thread or many.
#[test]
fn timex_lines_keep_input_order_on_any_thread_count() {
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&format!(
            "{{\"id\":\"d{i}\",\"date\":\"2017-07-05\",\"text\":\"Acme signed a deal on June {}. It sold a unit {} days later.\"}}\n",
            1 + i % 28,
            2 + i % 5
        ));
    }
    let run = |threads: &str| {
        cmd()
            .args(["timex", "-"])
            .env("RAYON_NUM_THREADS", threads)
            .write_stdin(input.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    let ids: Vec<String> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = (0..40).map(|i| format!("d{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn timex_of_a_rerun_speaks_from_its_filing_day() {
    let d = tmp();
    let tml = d.path().join("rerun.tml");
    fs::write(
        &tml,
        r#"<?xml version="1.0" ?>
<TimeML><DOCID>rerun</DOCID>
NEWS STORY  2017-03-09 15:05
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-03-16" temporalFunction="false" functionInDocument="CREATION_TIME">2017-03-16</TIMEX3></DCT>
<TEXT>The Globex board met Wednesday.</TEXT></TimeML>"#,
    )
    .unwrap();
    let out = cmd()
        .arg("timex")
        .arg(&tml)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    // The DCT stays the file's; "Wednesday" is the one before the filing.
    assert_eq!(v["dct"], "2017-03-16");
    assert_eq!(v["timexes"][0]["value"], "2017-03-08");
}

#[test]
fn timex_reads_timeml_and_writes_timeml() {
    let d = tmp();
    let tml = d.path().join("wsj_0001.tml");
    fs::write(
        &tml,
        r#"<?xml version="1.0" ?>
<TimeML><DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TEXT>Pierre Vinken will join the board <TIMEX3 tid="t1" type="DATE" value="1989-11-29">Nov. 29</TIMEX3>. Profit rose &amp; sales fell last year.</TEXT></TimeML>"#,
    )
    .unwrap();
    let out = cmd()
        .arg("timex")
        .arg(&tml)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["dct"], "1989-10-26");
    assert_eq!(v["timexes"][0]["text"], "Nov. 29");
    assert_eq!(v["timexes"][0]["value"], "1989-11-29");
    assert_eq!(v["timexes"][1]["value"], "1988");
    // Offsets point into the TEXT element as read (entities decoded).
    let start = v["timexes"][0]["start"].as_u64().unwrap() as usize;
    assert_eq!(start, "Pierre Vinken will join the board ".len());
    // --dct overrides the file's DCT.
    let out = cmd()
        .arg("timex")
        .arg(&tml)
        .args(["--dct", "1990-01-01"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["timexes"][1]["value"], "1989");
    // TimeML out, read back by the library's reader.
    let xml = cmd()
        .arg("timex")
        .arg(&tml)
        .args(["--format", "timeml"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let xml = String::from_utf8(xml).unwrap();
    assert!(xml.contains(r#"functionInDocument="CREATION_TIME""#));
    let back = dealline::timex::timeml::parse(&xml).unwrap();
    assert_eq!(back.dct.as_deref(), Some("1989-10-26"));
    assert_eq!(back.text, "Pierre Vinken will join the board Nov. 29. Profit rose & sales fell last year.");
    assert_eq!(back.timexes.len(), 2);
    assert_eq!(back.timexes[0].value, "1989-11-29");
}

#[test]
fn timex_says_when_a_timeml_dct_is_no_date() {
    let d = tmp();
    let tml = d.path().join("odd.tml");
    fs::write(
        &tml,
        r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1989-13-45" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Profit fell in 1988.</TEXT></TimeML>"#,
    )
    .unwrap();
    let out = cmd()
        .arg("timex")
        .arg(&tml)
        .assert()
        .success()
        .stderr(predicate::str::contains("odd.tml"))
        .stderr(predicate::str::contains(
            r#"TimeML DCT value "1989-13-45" is not a date"#,
        ))
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    // Still tagged; the year stands on its own.
    assert_eq!(v["timexes"][0]["value"], "1988");
}

#[test]
fn timex_keeps_plain_text_offsets() {
    let text = "Home News Sports\nOn June 29, Acme formed a unit.\n";
    let v = json_of(&["timex", "-", "--dct", "2017-07-05"], text);
    let s = v["timexes"][0]["start"].as_u64().unwrap() as usize;
    let e = v["timexes"][0]["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[s..e], "June 29");
}

#[test]
fn timex_offsets_point_into_a_json_lines_text_field() {
    // Wire copy as a corpus keeps it: hard-wrapped, paragraphs indented.
    let text = "BONN, May 4 - Acme AG said it agreed on\nApril 28, 1988 to buy Globex\n    The deal closes in\nJune, Acme said.\n";
    let line = serde_json::json!({"id": "w1", "published": "1988-05-04", "text": text});
    let v = json_of(&["timex", "-"], format!("{line}\n"));
    let got: Vec<(String, String)> = v["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let s = t["start"].as_u64().unwrap() as usize;
            let e = t["end"].as_u64().unwrap() as usize;
            assert_eq!(text[s..e], *t["text"].as_str().unwrap());
            (text[s..e].to_string(), t["value"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("May 4".to_string(), "1988-05-04".to_string()),
            ("April 28, 1988".into(), "1988-04-28".into()),
            ("June".into(), "1988-06".into()),
        ]
    );
}

#[test]
fn err_timeml_of_several_documents_needs_a_directory() {
    let d = tmp();
    fs::write(d.path().join("a.txt"), "It rose in 2004.\n").unwrap();
    fs::write(d.path().join("b.txt"), "It fell in 2005.\n").unwrap();
    cmd()
        .arg("timex")
        .arg(d.path())
        .args(["--format", "timeml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("-o DIR"));
    let out = tmp();
    cmd()
        .arg("timex")
        .arg(d.path())
        .args(["--format", "timeml", "-o"])
        .arg(out.path())
        .assert()
        .success();
    assert_eq!(only_file(out.path()), ["a.tml", "b.tml"]);
}

/// Control characters (a wire copy's form feed, a stray escape) read as
/// spaces byte for byte: offsets still point into the input, and the
/// TimeML and HTML written carry none (XML forbids them).
#[test]
fn control_characters_read_as_spaces() {
    let text = "Acme Corp signed a patent\u{c}license with Globex Inc on June 29, 2017.\u{c}\u{b}It closed on\u{1} July 3.\u{1b}\n";
    let v = json_of(&["timex", "--dct", "2017-07-05", "-"], text);
    let t = &v["timexes"][1];
    let (s, e) = (
        t["start"].as_u64().unwrap() as usize,
        t["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "July 3");
    let control = |b: &u8| {
        (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || *b == 0x7f
    };
    for args in [
        &["timex", "--format", "timeml", "--dct", "2017-07-05", "-"][..],
        &["build", "--format", "html", "--published", "2017-07-05", "-"][..],
    ] {
        let out = out_of(args, text);
        assert!(!out.iter().any(control), "{args:?}");
        assert!(String::from_utf8_lossy(&out).contains("June 29"), "{args:?}");
    }
}

//! The `dealline` command: parse flags, call the library, write output.

mod cli;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use cli::{Cli, Command, FormatArg, InputArgs, OutArgs, PublishArgs};
use dealline::input::{self, InputOptions};
use dealline::render::{self, Format, RenderOptions};
use dealline::timeline::Timeline;
use dealline::{Document, PartialDate};

/// What a successful run reports.
enum Outcome {
    Done,
    NoEvents,
    /// Output was written, but this many inputs failed (listed above).
    InputsFailed(usize),
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::NoEvents) => {
            eprintln!("dealline: no events found");
            ExitCode::from(1)
        }
        Ok(Outcome::InputsFailed(n)) => {
            eprintln!(
                "dealline: {n} input(s) failed (listed above); the others \
                 were processed"
            );
            ExitCode::from(2)
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Build(a) => {
            let (timeline, failed) = load(&a.input, &a.out)?;
            publish(&timeline, &a.publish, &a.out, &a.input.inputs)?;
            Ok(outcome(&timeline, a.input.require_events, failed))
        }
        Command::Extract(a) => {
            let (timeline, failed) = load(&a.input, &a.out)?;
            write_output(&a.out, &a.input.inputs, &timeline.to_json())?;
            Ok(outcome(&timeline, a.input.require_events, failed))
        }
        Command::Render(a) => {
            let timeline = read_timeline(&a.events)?;
            let inputs = std::slice::from_ref(&a.events);
            publish(&timeline, &a.publish, &a.out, inputs)?;
            Ok(Outcome::Done)
        }
        Command::Merge(a) => {
            let parts = a
                .events
                .iter()
                .map(|p| read_timeline(p))
                .collect::<Result<Vec<_>>>()?;
            let merged = dealline::timeline::merge(parts);
            write_output(&a.out, &a.events, &merged.to_json())?;
            Ok(Outcome::Done)
        }
        Command::Schema(a) => {
            write_output(&a.out, &[], dealline::schema::JSON_SCHEMA)?;
            Ok(Outcome::Done)
        }
        Command::Timex(a) => {
            let dct = a.dct.as_deref().map(parse_date).transpose()?;
            let inputs = if a.inputs.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                a.inputs.clone()
            };
            let mut opts = InputOptions::with_published(dct);
            opts.keep_text = true;
            let failed = match a.format {
                cli::TimexFormat::Json => {
                    // A batch of documents is tagged in parallel; the lines
                    // keep the input order.
                    use rayon::prelude::*;
                    check_output(&a.out, &inputs)?;
                    let mut out = String::new();
                    let mut read = 0;
                    let report = input::stream(&inputs, &opts, |batch| {
                        read += batch.len();
                        let lines: Vec<String> = batch
                            .par_iter()
                            .map(dealline::timex::to_json_line)
                            .collect();
                        for line in lines {
                            out.push_str(&line);
                            out.push('\n');
                        }
                    });
                    let failed = report_inputs(&report, read == 0)?;
                    write_output(&a.out, &inputs, &out)?;
                    failed
                }
                cli::TimexFormat::Timeml => {
                    let (docs, report) = input::load_all(&inputs, &opts);
                    let failed = report_inputs(&report, docs.is_empty())?;
                    let dir = a.out.output.as_ref().filter(|o| o.is_dir());
                    match (dir, docs.as_slice()) {
                        (Some(dir), _) => {
                            for d in &docs {
                                let out = OutArgs {
                                    output: Some(dir.join(format!("{}.tml", d.id))),
                                };
                                write_output(&out, &inputs, &dealline::timex::to_timeml(d))?;
                            }
                        }
                        (None, [d]) => {
                            write_output(&a.out, &inputs, &dealline::timex::to_timeml(d))?
                        }
                        (None, _) => bail!(
                            "TimeML holds one document a file: with {} documents, \
                             give -o DIR",
                            docs.len()
                        ),
                    }
                    failed
                }
            };
            Ok(if failed > 0 {
                Outcome::InputsFailed(failed)
            } else {
                Outcome::Done
            })
        }
    }
}

fn format(f: FormatArg) -> Format {
    match f {
        FormatArg::Html => Format::Html,
        FormatArg::Fragment => Format::Fragment,
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Timelinejs => Format::TimelineJs,
        FormatArg::Ics => Format::Ics,
        FormatArg::Csv => Format::Csv,
        FormatArg::Md => Format::Markdown,
        FormatArg::Timeml => Format::TimeMl,
    }
}

/// Renders a timeline as asked and writes it, with its stylesheet when
/// `--css-out` is given. `SOURCE_DATE_EPOCH` (reproducible builds) is read
/// here, never in the library.
fn publish(
    timeline: &Timeline,
    p: &PublishArgs,
    out: &OutArgs,
    inputs: &[PathBuf],
) -> Result<()> {
    let format = format(p.format);
    let mut opts = RenderOptions::default();
    opts.title = p.title.clone();
    opts.heading_level = Some(p.heading_level);
    opts.id_prefix = Some(p.id_prefix.clone());
    opts.source_date_epoch = source_date_epoch()?;
    if let Some(css) = &p.css_out {
        if !matches!(format, Format::Html | Format::Fragment) {
            bail!("--css-out applies to --format html and fragment only");
        }
        if format == Format::Html {
            opts.stylesheet_href =
                Some(relative_href(out.output.as_deref(), css)?);
        }
        let css_out = OutArgs { output: Some(css.clone()) };
        check_output(&css_out, inputs)?;
        if out.output.as_ref().is_some_and(|o| o == css) {
            bail!("{}: --css-out names the output file", css.display());
        }
        let text = render::render(timeline, format, &opts)?;
        write_output(&css_out, inputs, &render::stylesheet(format))?;
        write_output(out, inputs, &text)?;
    } else {
        let text = render::render(timeline, format, &opts)?;
        write_output(out, inputs, &text)?;
    }
    Ok(())
}

/// `SOURCE_DATE_EPOCH` as seconds, when set.
fn source_date_epoch() -> Result<Option<i64>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => {
            let s = v.trim().parse::<i64>().with_context(|| {
                format!("SOURCE_DATE_EPOCH: expected seconds since 1970, found {v:?}")
            })?;
            Ok(Some(s))
        }
        _ => Ok(None),
    }
}

/// The URL of `css` relative to the directory of `output` (or the current
/// directory when writing to stdout), with `/` separators and the
/// characters URLs reserve percent-encoded.
fn relative_href(output: Option<&Path>, css: &Path) -> Result<String> {
    let dir = match output.and_then(Path::parent) {
        Some(p) if !p.as_os_str().is_empty() => std::path::absolute(p)?,
        _ => std::env::current_dir()?,
    };
    let css = std::path::absolute(css)?;
    let (from, to): (Vec<_>, Vec<_>) =
        (dir.components().collect(), css.components().collect());
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    for c in &to[common..] {
        parts.push(c.as_os_str().to_string_lossy().into_owned());
    }
    let mut href = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            href.push('/');
        }
        for b in part.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b) {
                href.push(b as char);
            } else {
                href.push_str(&format!("%{b:02X}"));
            }
        }
    }
    Ok(href)
}

fn outcome(t: &Timeline, require: bool, failed: usize) -> Outcome {
    if failed > 0 {
        Outcome::InputsFailed(failed)
    } else if require && t.events.is_empty() {
        Outcome::NoEvents
    } else {
        Outcome::Done
    }
}

fn parse_date(s: &str) -> Result<PartialDate> {
    Ok(PartialDate::parse(s)?)
}

/// Reads the inputs as a stream, extracting each batch of documents in
/// parallel (output order does not depend on it: the timeline sorts), and
/// returns the timeline with the number of inputs that failed.
fn load(a: &InputArgs, out: &OutArgs) -> Result<(Timeline, usize)> {
    use rayon::prelude::*;
    let published = a.published.as_deref().map(parse_date).transpose()?;
    let inputs = if a.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        a.inputs.clone()
    };
    check_output(out, &inputs)?;
    let opts = InputOptions::with_published(published);
    let mut infos = Vec::new();
    let mut events = Vec::new();
    let report = input::stream(&inputs, &opts, |batch| {
        if a.verbose {
            for d in &batch {
                verbose(d);
            }
        }
        let found: Vec<_> = batch.par_iter().map(dealline::extract).collect();
        infos.extend(batch.iter().map(Document::info));
        events.extend(found.into_iter().flatten());
    });
    let failed = report_inputs(&report, infos.is_empty())?;
    let events = dealline::timeline::merge_events(events);
    Ok((Timeline::new(infos, events), failed))
}

fn verbose(d: &Document) {
    eprintln!(
        "dealline: read {} ({}): {} bytes of story, {} paragraphs of page \
         chrome dropped, published {} ({}{})",
        d.id,
        d.path.as_deref().unwrap_or("-"),
        d.body.len(),
        d.dropped_paragraphs,
        d.published.value.as_deref().unwrap_or("unknown"),
        serde_json::to_value(d.published.basis)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        d.published
            .evidence
            .as_deref()
            .map(|e| format!(": {e}"))
            .unwrap_or_default(),
    );
}

/// Prints notes and failures (at the end of the run); an error when
/// nothing at all could be read.
fn report_inputs(report: &input::Report, nothing: bool) -> Result<usize> {
    for (path, note) in &report.notes {
        eprintln!("dealline: note: {path}: {note}");
    }
    for f in &report.failures {
        eprintln!("error: {f}");
    }
    let n = report.failures.len();
    if nothing && n > 0 {
        bail!("no input could be read ({n} failed)");
    }
    Ok(n)
}

fn read_timeline(path: &Path) -> Result<Timeline> {
    let text = if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .context("reading stdin")?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|source| {
            dealline::Error::Read { path: path.to_path_buf(), source }
        })?
    };
    Ok(Timeline::from_json(path, &text)?)
}

/// Refuses an output path that is one of the inputs, before any work.
fn check_output(out: &OutArgs, inputs: &[PathBuf]) -> Result<()> {
    let Some(o) = &out.output else { return Ok(()) };
    if let Ok(oc) = std::fs::canonicalize(o) {
        for i in inputs {
            if std::fs::canonicalize(i).is_ok_and(|ic| ic == oc) {
                bail!("{}: refusing to overwrite an input file", o.display());
            }
        }
    }
    Ok(())
}

/// Writes to stdout, or atomically to a file: a temporary file in the same
/// directory, renamed over the target only when complete.
fn write_output(out: &OutArgs, inputs: &[PathBuf], text: &str) -> Result<()> {
    let Some(path) = &out.output else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
        return Ok(());
    };
    check_output(out, inputs)?;
    let err = |source: std::io::Error| dealline::Error::Write {
        path: path.clone(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        bail!("{}: is a directory, expected a file name", path.display());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".dealline-")
        .tempfile_in(&dir)
        .map_err(err)?;
    tmp.write_all(text.as_bytes()).map_err(err)?;
    // Temporary files are private; a page is for sharing. Keep the mode of
    // a file being replaced, else use the usual rw-r--r--.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        super::Cli::command().debug_assert();
    }
}

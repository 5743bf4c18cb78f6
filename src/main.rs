//! The `dealline` command: parse flags, call the library, write output.

mod cli;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use cli::{Cli, Command, FormatArg, InputArgs, OutArgs};
use dealline::input::{self, InputOptions};
use dealline::render::{self, Format, RenderOptions};
use dealline::timeline::Timeline;
use dealline::{Document, PartialDate};

/// What a successful run reports.
enum Outcome {
    Done,
    NoEvents,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::NoEvents) => {
            eprintln!("dealline: no events found");
            ExitCode::from(1)
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
            let docs = load(&a.input, &a.out)?;
            let timeline = dealline::build(&docs);
            let mut opts = RenderOptions::default();
            opts.title = a.title.clone();
            let text = render::render(&timeline, format(a.format), &opts)?;
            write_output(&a.out, &a.input.inputs, &text)?;
            Ok(outcome(&timeline, a.input.require_events))
        }
        Command::Extract(a) => {
            let docs = load(&a.input, &a.out)?;
            let timeline = dealline::build(&docs);
            write_output(&a.out, &a.input.inputs, &timeline.to_json())?;
            Ok(outcome(&timeline, a.input.require_events))
        }
        Command::Render(a) => {
            let timeline = read_timeline(&a.events)?;
            let mut opts = RenderOptions::default();
            opts.title = a.title.clone();
            let text = render::render(&timeline, format(a.format), &opts)?;
            write_output(&a.out, std::slice::from_ref(&a.events), &text)?;
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
        Command::Timex(a) => {
            let dct = a.dct.as_deref().map(parse_date).transpose()?;
            let inputs = if a.inputs.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                a.inputs.clone()
            };
            let docs =
                input::load(&inputs, &InputOptions::with_published(dct))?;
            let mut out = String::new();
            for d in &docs {
                out.push_str(&dealline::timex::to_json_line(d));
                out.push('\n');
            }
            write_output(&a.out, &inputs, &out)?;
            Ok(Outcome::Done)
        }
    }
}

fn format(f: FormatArg) -> Format {
    match f {
        FormatArg::Html => Format::Html,
        FormatArg::Json => Format::Json,
    }
}

fn outcome(t: &Timeline, require: bool) -> Outcome {
    if require && t.events.is_empty() {
        Outcome::NoEvents
    } else {
        Outcome::Done
    }
}

fn parse_date(s: &str) -> Result<PartialDate> {
    Ok(PartialDate::parse(s)?)
}

fn load(a: &InputArgs, out: &OutArgs) -> Result<Vec<Document>> {
    let published = a.published.as_deref().map(parse_date).transpose()?;
    let inputs = if a.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        a.inputs.clone()
    };
    check_output(out, &inputs)?;
    let docs = input::load(&inputs, &InputOptions::with_published(published))?;
    if a.verbose {
        for d in &docs {
            eprintln!(
                "dealline: read {} ({}): {} bytes of story, {} paragraphs of page chrome dropped, published {} ({})",
                d.id,
                d.path.as_deref().unwrap_or("-"),
                d.body.len(),
                d.dropped_paragraphs,
                d.published.value.as_deref().unwrap_or("unknown"),
                serde_json::to_value(d.published.basis).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(),
            );
        }
    }
    Ok(docs)
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

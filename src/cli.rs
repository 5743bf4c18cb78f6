//! Command-line flags (clap derive). Declared only from `main.rs`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn news articles into a timeline of dated corporate events.
///
/// dealline reads articles (plain text, scraped pages, HTML, Markdown, JSON
/// lines), finds licences, joint ventures, supply deals, acquisitions,
/// appointments, lawsuits and settlements, dates each one as precisely as the
/// text allows — and no more — and publishes the timeline as a static HTML
/// page or as JSON (schema dealline/1).
#[derive(Debug, Parser)]
#[command(
    name = "dealline",
    version,
    about,
    long_about,
    propagate_version = true
)]
#[command(
    after_help = "Examples:\n  dealline build story.txt -o timeline.html\n  dealline extract story.txt --published 2019-03-20 > events.json\n  dealline render events.json -o timeline.html\n\nExit codes: 0 success; 1 no events found where --require-events was given; 2 usage or input error."
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Articles -> timeline page (the main job).
    ///
    /// Reads every INPUT, extracts its events and writes one timeline,
    /// as an HTML page by default.
    Build(BuildArgs),
    /// Articles -> events JSON (schema dealline/1).
    Extract(ExtractArgs),
    /// Events JSON (possibly edited by hand) -> page or JSON.
    Render(RenderArgs),
    /// Several events JSON files -> one timeline JSON.
    Merge(MergeArgs),
    /// Temporal expressions only, as JSON with byte offsets.
    Timex(TimexArgs),
    /// Print the JSON Schema of dealline/1 and dealline/2 (the JSON that
    /// extract, build and merge write and render reads).
    Schema(SchemaArgs),
}

/// Where articles come from and when they were published.
#[derive(Debug, Args)]
pub(crate) struct InputArgs {
    /// Article files, directories (walked in name order) or - for stdin.
    /// With none, stdin is read.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Publication date of the articles: YYYY, YYYY-MM or YYYY-MM-DD.
    /// Relative dates ("last week", "a few days later") resolve against it.
    /// Without it, the date is taken from the articles' metadata or
    /// inferred from the dates the story mentions.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Exit with code 1 when no event is found.
    #[arg(long)]
    pub require_events: bool,
    /// Report what was read and what page chrome was dropped, on stderr.
    #[arg(short, long)]
    pub verbose: bool,
}

/// Output file.
#[derive(Debug, Args)]
pub(crate) struct OutArgs {
    /// Write to FILE instead of stdout. The file is written atomically: a
    /// failed run never leaves a partial file behind.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    /// One self-contained HTML page.
    Html,
    /// An HTML fragment to embed in a page: one <section class="dealline">.
    Fragment,
    /// JSON, schema dealline/1 (dealline/2 when an event is merged from
    /// several documents).
    Json,
    /// JSON lines: {"schema", "event", "documents"} for each event.
    Jsonl,
    /// TimelineJS3 JSON (dated events).
    Timelinejs,
    /// iCalendar: an all-day event per dated event.
    Ics,
    /// CSV, one row per event.
    Csv,
    /// A Markdown timeline.
    Md,
    /// TimeML: the evidence sentences with their dates as TIMEX3.
    Timeml,
}

/// How a timeline is published (build and render).
#[derive(Debug, Args)]
pub(crate) struct PublishArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Html)]
    pub format: FormatArg,
    /// Title of the page (default: the article's headline, or "Timeline").
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// html, fragment: write the stylesheet to FILE and link it (relative
    /// to the output file) instead of inlining it, for pages under a strict
    /// Content Security Policy and for the fragment's stylesheet.
    #[arg(long, value_name = "FILE")]
    pub css_out: Option<PathBuf>,
    /// fragment: level of the fragment's heading, 1 to 4; sections and
    /// events take the next two levels.
    #[arg(long, value_name = "N", default_value_t = 2,
          value_parser = clap::value_parser!(u8).range(1..=4))]
    pub heading_level: u8,
    /// html, fragment: prefix of every id, so several timelines can share
    /// a page.
    #[arg(long, value_name = "PREFIX", default_value = "dealline-")]
    pub id_prefix: String,
}

#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Debug, Args)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub publish: PublishArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Debug, Args)]
pub(crate) struct RenderArgs {
    /// A timeline JSON file written by extract, build or merge (- for stdin).
    #[arg(value_name = "EVENTS.json")]
    pub events: PathBuf,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub publish: PublishArgs,
}

#[derive(Debug, Args)]
pub(crate) struct MergeArgs {
    /// Timeline JSON files to merge.
    #[arg(value_name = "EVENTS.json", required = true)]
    pub events: Vec<PathBuf>,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Debug, Args)]
pub(crate) struct TimexArgs {
    /// Article files, directories or - for stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The document creation time to resolve against: YYYY, YYYY-MM or
    /// YYYY-MM-DD (default: a TimeML file's DCT, else the publication date
    /// found or inferred).
    #[arg(long, value_name = "DATE")]
    pub dct: Option<String>,
    /// Output format: one JSON line a document, or TimeML (with several
    /// documents, -o must name a directory: one FILE.tml each).
    #[arg(short, long, value_enum, default_value_t = TimexFormat::Json)]
    pub format: TimexFormat,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TimexFormat {
    /// `{"doc", "dct", "timexes": [...]}` a line, offsets into the input.
    Json,
    /// TimeML with TIMEX3 tags and the DCT as t0, for TempEval-3 tools.
    Timeml,
}

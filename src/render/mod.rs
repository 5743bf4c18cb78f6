//! Rendering a timeline: one self-contained HTML page, or `dealline/1` JSON.
//!
//! This module owns presentation only: the page's markup (askama templates
//! in `templates/`), its stylesheet and the machine-readable `<time
//! datetime>` values. It takes the [`Timeline`] as it is — order, labels
//! (`date.display`) and grouping into dated and undated events come from
//! upstream — and never invents a date for an undated event. Output is
//! deterministic: no clock, no randomness, no hash-map order.

mod html;
mod when;

use crate::error::Result;
use crate::timeline::Timeline;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// One self-contained HTML page: styles inlined, no scripts, no external
    /// requests.
    Html,
    /// Schema `dealline/1` JSON.
    Json,
}

/// Options that change what is rendered.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The page title; when absent, the title of the only document, else
    /// "Timeline".
    pub title: Option<String>,
}

/// Renders a timeline in a format.
///
/// # Errors
///
/// [`crate::Error::Render`] when a template fails.
///
/// # Example
///
/// ```
/// use dealline::render::{render, Format, RenderOptions};
/// use dealline::timeline::Timeline;
///
/// let timeline = Timeline::new(vec![], vec![]);
/// let page = render(&timeline, Format::Html, &RenderOptions::default())?;
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains("<h1 class=\"dealline-title\">Timeline</h1>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(
    timeline: &Timeline,
    format: Format,
    opts: &RenderOptions,
) -> Result<String> {
    match format {
        Format::Json => Ok(timeline.to_json()),
        Format::Html => html::render_page(timeline, opts),
    }
}

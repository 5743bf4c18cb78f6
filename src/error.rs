//! The library's one error type.

use std::path::PathBuf;

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the library.
///
/// Messages are lower case, name the file when there is one, and say what
/// was expected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The input that failed.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The input is not usable as an article (empty, not text, ...).
    #[error("{path}: {why}")]
    Input {
        /// The input that failed (`-` for stdin).
        path: PathBuf,
        /// What is wrong with it.
        why: String,
    },
    /// A date given by the user is not valid.
    #[error("invalid date {text:?}: {why}")]
    BadDate {
        /// The text given.
        text: String,
        /// What is wrong with it.
        why: String,
    },
    /// A timeline JSON file does not follow schema `dealline/1` or
    /// `dealline/2`.
    #[error("{path}: not a dealline timeline: {why}")]
    Schema {
        /// The file that failed.
        path: PathBuf,
        /// What is wrong with it.
        why: String,
    },
    /// A template failed to render.
    #[error("failed to render template {name}: {source}")]
    Render {
        /// The template's name.
        name: &'static str,
        /// What askama said.
        #[source]
        source: askama::Error,
    },
    /// The output could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The output path.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
}

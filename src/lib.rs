//! dealline
#![allow(missing_docs)]
pub mod date;
pub mod error;
pub mod text;
pub mod timex;
pub use date::{PartialDate, Precision, Span};
pub use error::{Error, Result};

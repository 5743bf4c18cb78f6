//! Events: typed corporate events with their parties, date, summary,
//! amount and the sentence that reports them.
//!
//! Triggers come from general lexicons of English business news
//! ([`lexicon`](self)); modality ("may", "plans to", "in talks") and deal nouns
//! without a verb of agreeing keep talk from becoming events. This module
//! does not merge events across documents; that is [`crate::timeline`].

pub mod eval;
mod extract;
mod lexicon;
mod model;

pub use extract::{extract_events, may_have_events};
pub use model::{
    Amount, Event, EventDate, EventType, Party, PartyKind, Role, Source,
};

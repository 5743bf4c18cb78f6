//! dealline turns news articles into a timeline of dated corporate events —
//! patent licences and cross-licences, renewals, joint ventures, new
//! business units, supply deals, partnerships, acquisitions, appointments,
//! lawsuits, rulings and settlements — with every date honest about its
//! precision and every event traceable to the sentence that reports it.
//!
//! # Brief overview
//!
//! The pipeline has one module a stage; stages talk only through types:
//!
//! - [`input`]: files, directories, stdin, JSON lines → [`Document`] (body
//!   text with page chrome removed, publication date with its basis).
//! - [`text`]: body → paragraphs and [`text::Sentence`]s with byte spans.
//! - [`timex`]: sentences → temporal expressions, normalized to TIMEX3
//!   values and day intervals against the publication date and the
//!   narrative's last date.
//! - [`entity`]: organizations, people and places; descriptors such as
//!   "the Finnish company" resolved to names.
//! - [`event`]: typed [`Event`]s with parties, date, summary and evidence.
//! - [`timeline`]: events from many documents → one ordered [`Timeline`]
//!   (schema `dealline/1`; `dealline/2` when an event is merged from several
//!   documents).
//! - [`render`]: timeline → HTML page or JSON.
//!
//! The library never reads the clock: relative dates resolve against a
//! document's publication date, and output is byte-identical for the same
//! input.
//!
//! # Example
//!
//! ```
//! use dealline::{Document, PartialDate};
//!
//! let mut doc = Document::from_text(
//!     "acme",
//!     "On March 14, Acme created a new business unit.\nAcme will license Globex's patents.\n",
//! );
//! doc.published = dealline::input::published::from_flag(&PartialDate::parse("2019-03-20")?);
//! let timeline = dealline::build(&[doc]);
//! assert_eq!(timeline.events.len(), 2);
//! assert_eq!(timeline.events[0].date.as_ref().unwrap().display, "14 March 2019");
//! assert_eq!(timeline.events[1].kind, dealline::EventType::License);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

pub mod date;
pub mod entity;
pub mod error;
pub mod event;
pub mod input;
pub mod render;
pub mod schema;
pub mod text;
pub mod timeline;
pub mod timex;

pub use date::{PartialDate, Precision, Span};
pub use error::{Error, Result};
pub use event::{Event, EventType};
pub use input::Document;
pub use timeline::Timeline;

/// Extracts the events of one document, dated against its publication date.
pub fn extract(doc: &Document) -> Vec<Event> {
    // A page's no-break and thin spaces ("Acme\u{a0}Corp", "July\u{a0}14")
    // read as plain ones and CRLF line ends as LF ([`text::PlainText`]);
    // the sources cite the body as written.
    if let Some(plain) = text::PlainText::of(&doc.body) {
        let read = Document {
            body: plain.text.clone(),
            scans: Default::default(),
            ..doc.clone()
        };
        let mut events = extract(&read);
        for s in events.iter_mut().flat_map(|e| &mut e.sources) {
            s.start = plain.original_start(s.start);
            s.end = plain.original(s.end);
            s.sentence = doc.body[s.start..s.end].to_string();
        }
        return events;
    }
    // Most stories of a news corpus report no deal at all: one pass of
    // the trigger set spares them the rest of the pipeline.
    if !event::may_have_events(&doc.body) {
        return Vec::new();
    }
    let sentences = text::split_sentences(&doc.body);
    let dct = input::published::dct(&doc.published);
    let tags = timex::tag_sentences(doc, &sentences, dct.as_ref());
    let ents = entity::extract_entities(&doc.body, &sentences);
    event::extract_events(
        &doc.id,
        &doc.body,
        &sentences,
        &tags,
        &ents,
        dct.as_ref(),
    )
}

/// Extracts every document and orders the events into one timeline, with
/// reports of the same event in several sentences or documents merged into
/// one event citing every source ([`timeline::merge_events`]).
pub fn build(docs: &[Document]) -> Timeline {
    let mut events = Vec::new();
    for d in docs {
        events.extend(extract(d));
    }
    Timeline::new(
        docs.iter().map(Document::info).collect(),
        timeline::merge_events(events),
    )
}

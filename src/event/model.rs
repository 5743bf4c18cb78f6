//! The event types of schema `dealline/1`.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::Precision;

/// What kind of corporate event happened.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventType {
    /// A patent or technology licence.
    License,
    /// A cross-licence: each side licenses the other.
    CrossLicense,
    /// A licence renewed or extended.
    LicenseRenewal,
    /// A joint venture formed.
    JointVenture,
    /// A business unit, division or subsidiary created.
    BusinessUnit,
    /// A deal to supply, provide or buy equipment or services.
    SupplyDeal,
    /// A partnership or collaboration.
    Partnership,
    /// A company, business or assets acquired.
    Acquisition,
    /// A business sold or divested.
    Divestiture,
    /// An investment in a company.
    Investment,
    /// A person hired, appointed or named to a post.
    Appointment,
    /// A person leaving a post.
    Departure,
    /// A lawsuit, complaint or arbitration filed.
    Lawsuit,
    /// A court or agency ruling.
    Ruling,
    /// A dispute settled.
    Settlement,
    /// A product launched or approved.
    Product,
    /// Anything else worth a place on the timeline.
    Other,
}

impl EventType {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::License => "license",
            EventType::CrossLicense => "cross_license",
            EventType::LicenseRenewal => "license_renewal",
            EventType::JointVenture => "joint_venture",
            EventType::BusinessUnit => "business_unit",
            EventType::SupplyDeal => "supply_deal",
            EventType::Partnership => "partnership",
            EventType::Acquisition => "acquisition",
            EventType::Divestiture => "divestiture",
            EventType::Investment => "investment",
            EventType::Appointment => "appointment",
            EventType::Departure => "departure",
            EventType::Lawsuit => "lawsuit",
            EventType::Ruling => "ruling",
            EventType::Settlement => "settlement",
            EventType::Product => "product",
            EventType::Other => "other",
        }
    }

    /// A label for people ("cross-licence", "joint venture").
    pub fn label(self) -> &'static str {
        match self {
            EventType::License => "Licence",
            EventType::CrossLicense => "Cross-licence",
            EventType::LicenseRenewal => "Licence renewal",
            EventType::JointVenture => "Joint venture",
            EventType::BusinessUnit => "New business unit",
            EventType::SupplyDeal => "Supply deal",
            EventType::Partnership => "Partnership",
            EventType::Acquisition => "Acquisition",
            EventType::Divestiture => "Divestiture",
            EventType::Investment => "Investment",
            EventType::Appointment => "Appointment",
            EventType::Departure => "Departure",
            EventType::Lawsuit => "Lawsuit",
            EventType::Ruling => "Ruling",
            EventType::Settlement => "Settlement",
            EventType::Product => "Product",
            EventType::Other => "Other",
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What sort of party takes part.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum PartyKind {
    /// A company, agency, court or other organization.
    Org,
    /// A person.
    Person,
    /// A city, country or region.
    Place,
}

/// The part a party plays in an event.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// Grants a licence.
    Licensor,
    /// Takes a licence.
    Licensee,
    /// Buys.
    Buyer,
    /// Sells or supplies.
    Seller,
    /// Acquires a company or assets.
    Acquirer,
    /// Is acquired.
    Target,
    /// One of equal partners.
    Partner,
    /// Employs the person appointed or leaving.
    Employer,
    /// The person appointed or leaving.
    Hire,
    /// Brings a case.
    Plaintiff,
    /// Defends a case.
    Defendant,
    /// Acts, with no more specific role.
    Actor,
}

impl Role {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Licensor => "licensor",
            Role::Licensee => "licensee",
            Role::Buyer => "buyer",
            Role::Seller => "seller",
            Role::Acquirer => "acquirer",
            Role::Target => "target",
            Role::Partner => "partner",
            Role::Employer => "employer",
            Role::Hire => "hire",
            Role::Plaintiff => "plaintiff",
            Role::Defendant => "defendant",
            Role::Actor => "actor",
        }
    }
}

/// A party to an event.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Party {
    /// The name, as the text spells it, descriptors resolved
    /// ("the Finnish company" becomes the company's name).
    pub name: String,
    /// Organization, person or place.
    pub kind: PartyKind,
    /// The party's part in the event.
    pub role: Role,
}

/// A sum of money named with an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// The words in the source ("$2 billion", "an undisclosed sum").
    pub text: String,
    /// The sum in units of the currency, when the text gives one.
    pub value: Option<f64>,
    /// ISO 4217 code, when known.
    pub currency: Option<String>,
}

/// Where an event is reported: the sentence and its byte offsets.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Source {
    /// The document's id.
    pub doc: String,
    /// The evidence sentence, verbatim.
    pub sentence: String,
    /// Byte offset of the sentence in the document's body text.
    pub start: usize,
    /// Byte offset of the sentence's end (exclusive).
    pub end: usize,
}

/// An event's date: an interval with precision, uncertainty and a label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The words in the source, or null when the date came from the DCT.
    pub text: Option<String>,
    /// TIMEX3-style value.
    pub value: String,
    /// First plausible day.
    pub start: NaiveDate,
    /// Last plausible day (inclusive).
    pub end: NaiveDate,
    /// Granularity of the value.
    pub precision: Precision,
    /// True when the source hedges.
    pub approximate: bool,
    /// What it was resolved against: `absolute`, `dct`, `timex` or
    /// `event:<id>`.
    pub anchor: String,
    /// The human label renderers show.
    pub display: String,
}

/// A dated corporate event, as serialized in schema `dealline/1` (and
/// `dealline/2`, which adds [`reports`](Event::reports)).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable, content-derived id (`e-` and eight hex digits).
    pub id: String,
    /// The event type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// A one-line summary.
    pub summary: String,
    /// The date, or `None` when the text gives none.
    pub date: Option<EventDate>,
    /// Who took part.
    pub parties: Vec<Party>,
    /// The sum named, if any.
    pub amount: Option<Amount>,
    /// Every sentence that reports the event.
    pub sources: Vec<Source>,
    /// How sure the extractor is, from 0 to 1.
    pub confidence: f64,
    /// For an event merged from several documents: each document's own
    /// report of it (its date, parties and summary as that document alone
    /// gives them), in canonical order, so disagreements between sources
    /// stay on record. Empty — and absent from the JSON — for an event
    /// reported by one document. Serialized only in schema `dealline/2`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<Event>,
}

impl Event {
    /// The date `doc` gives this event, when the event is merged from
    /// several documents and that document dates it differently from the
    /// date the event shows: a disagreement between sources, for renderers
    /// to show beside that source. `None` otherwise.
    pub fn date_reported_by(&self, doc: &str) -> Option<&EventDate> {
        let report = self
            .reports
            .iter()
            .find(|r| r.sources.iter().any(|s| s.doc == doc))?;
        let date = report.date.as_ref()?;
        let shown = self.date.as_ref().map(|d| d.display.as_str());
        (shown != Some(date.display.as_str())).then_some(date)
    }
}

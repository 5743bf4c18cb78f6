//! The JSON Schema (draft 2020-12) of `dealline/1` and `dealline/2`, the
//! format `extract`, `build --format json` and `merge` write and `render`
//! reads; its `$defs/line` describes one line of `--format jsonl`.
//! `dealline/2` is `dealline/1` plus `reports` on events merged from
//! several documents, and a timeline declares it only when it holds one
//! ([`crate::timeline::schema_for`]).
//!
//! The schema is written by hand next to this file (`schema.json`) and
//! checked against the serializer by tests, so it documents the contract
//! rather than whatever the types happen to derive.

/// The JSON Schema of `dealline/1` and `dealline/2`, as printed by
/// `dealline schema`.
///
/// # Example
///
/// ```
/// let schema: serde_json::Value =
///     serde_json::from_str(dealline::schema::JSON_SCHEMA)?;
/// assert_eq!(schema["properties"]["schema"]["enum"][0], "dealline/1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const JSON_SCHEMA: &str = include_str!("schema.json");

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::JSON_SCHEMA;
    use crate::event::EventType;

    fn schema() -> Value {
        serde_json::from_str(JSON_SCHEMA).unwrap()
    }

    #[test]
    fn ok_schema_is_json_with_every_def() {
        let s = schema();
        for def in [
            "document",
            "published",
            "event",
            "event_date",
            "party",
            "amount",
            "source",
            "report",
            "line",
        ] {
            assert!(s["$defs"][def].is_object(), "missing $defs/{def}");
        }
    }

    #[test]
    fn ok_schema_lists_every_event_type() {
        use EventType::*;
        let all = [
            License,
            CrossLicense,
            LicenseRenewal,
            JointVenture,
            BusinessUnit,
            SupplyDeal,
            Partnership,
            Acquisition,
            Divestiture,
            Investment,
            Appointment,
            Departure,
            Lawsuit,
            Ruling,
            Settlement,
            Product,
            Other,
        ];
        let want: BTreeSet<&str> = all.iter().map(|t| t.as_str()).collect();
        let got: BTreeSet<String> = schema()["$defs"]["event"]["properties"]
            ["type"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            got.iter().map(String::as_str).collect::<BTreeSet<_>>(),
            want
        );
    }
}

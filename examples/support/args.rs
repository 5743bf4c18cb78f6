//! Command-line reading shared by the throughput examples.

/// The number after `name` ("--runs 3"), if given.
pub(crate) fn flag(args: &[String], name: &str) -> Option<f64> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse::<f64>().ok())
}

/// The corpus to read: the first argument when it is a path, else
/// `../shared/corpus/bulk.jsonl`.
pub(crate) fn corpus_path(args: &[String]) -> String {
    args.iter()
        .find(|a| !a.starts_with("--"))
        .filter(|a| a.parse::<f64>().is_err())
        .cloned()
        .unwrap_or_else(|| "../shared/corpus/bulk.jsonl".into())
}

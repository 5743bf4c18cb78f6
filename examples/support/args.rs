//! Command-line reading shared by the throughput examples.

/// The number after `name` ("--runs 3"), if given.
pub(crate) fn flag(args: &[String], name: &str) -> Option<f64> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse::<f64>().ok())
}

/// The corpus to read: the first argument that is neither a flag nor a
/// flag's value (every flag of these examples takes one), wherever it
/// stands ("--runs 3 bulk.jsonl"); else `../shared/corpus/bulk.jsonl`.
pub(crate) fn corpus_path(args: &[String]) -> String {
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        if a.starts_with("--") {
            rest.next();
        } else {
            return a.clone();
        }
    }
    "../shared/corpus/bulk.jsonl".into()
}

//! TempEval-3 Task A scoring: temporal expressions found by the tagger
//! against TIMEX3 annotations.
//!
//! Strict matches need the same extent, relaxed ones an overlap, paired one
//! to one. Type and value accuracy are measured over the relaxed matches,
//! and value F1 is relaxed F1 times value accuracy, as in the toolkit.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::timeml::TimemlDoc;
use super::{tag_filed, Tagged, TimexType};
use crate::date::PartialDate;
use crate::text::split_sentences;

/// Counts for one slice of the data (all, or one TIMEX3 type).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Expressions in the gold annotation.
    pub gold: usize,
    /// Expressions the tagger found.
    pub system: usize,
    /// Pairs with the same extent.
    pub strict: usize,
    /// Pairs with overlapping extents.
    pub relaxed: usize,
    /// Relaxed pairs with the same type.
    pub type_ok: usize,
    /// Relaxed pairs with the same value.
    pub value_ok: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Counts {
    /// Strict precision, recall and F1, in percent.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        let (p, r) =
            (ratio(self.strict, self.system), ratio(self.strict, self.gold));
        (100.0 * p, 100.0 * r, 100.0 * f1(p, r))
    }

    /// Relaxed precision, recall and F1, in percent.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        let (p, r) =
            (ratio(self.relaxed, self.system), ratio(self.relaxed, self.gold));
        (100.0 * p, 100.0 * r, 100.0 * f1(p, r))
    }

    /// Type accuracy over relaxed matches, in percent.
    pub fn type_accuracy(&self) -> f64 {
        100.0 * ratio(self.type_ok, self.relaxed)
    }

    /// Value accuracy over relaxed matches, in percent.
    pub fn value_accuracy(&self) -> f64 {
        100.0 * ratio(self.value_ok, self.relaxed)
    }

    /// Value F1 = relaxed F1 × value accuracy, in percent.
    pub fn value_f1(&self) -> f64 {
        self.relaxed_prf().2 * ratio(self.value_ok, self.relaxed)
    }

    /// Type F1 = relaxed F1 × type accuracy, in percent.
    pub fn type_f1(&self) -> f64 {
        self.relaxed_prf().2 * ratio(self.type_ok, self.relaxed)
    }

    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.type_ok += o.type_ok;
        self.value_ok += o.value_ok;
    }
}

/// One disagreement with the gold annotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mistake {
    /// The document.
    pub doc: String,
    /// `missed`, `spurious`, `extent`, `type` or `value`.
    pub what: &'static str,
    /// The gold text and attributes, if any.
    pub gold: Option<String>,
    /// The system's text and attributes, if any.
    pub system: Option<String>,
    /// A few words around it.
    pub context: String,
}

/// Scores for a set of documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Bytes of text tagged.
    pub bytes: usize,
    /// All expressions.
    pub all: Counts,
    /// By gold type (system-only expressions counted under their own type).
    pub by_type: BTreeMap<String, Counts>,
    /// Every disagreement, in document order.
    pub mistakes: Vec<Mistake>,
}

fn type_name(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Tags each document against its own DCT and scores it.
pub fn evaluate(docs: &[(String, TimemlDoc)]) -> Report {
    let mut report = Report::default();
    for (name, doc) in docs {
        let dct = doc
            .dct
            .as_deref()
            .and_then(|d| PartialDate::parse(d.get(..10).unwrap_or(d)).ok())
            .map(|p| super::dct_from(&p));
        let sentences = split_sentences(&doc.text);
        let tags = tag_filed(&doc.text, &sentences, dct.as_ref(), doc.filed);
        score_document(&mut report, name, doc, &tags);
        report.documents += 1;
        report.bytes += doc.text.len();
    }
    report
}

fn describe(
    text: &str,
    span: &std::ops::Range<usize>,
    kind: &str,
    value: &str,
) -> String {
    format!("{:?} {kind} {value}", &text[span.clone()])
}

fn context(text: &str, span: &std::ops::Range<usize>) -> String {
    let mut s = span.start.saturating_sub(60);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (span.end + 60).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    text[s..e].split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_document(
    report: &mut Report,
    name: &str,
    doc: &TimemlDoc,
    tags: &[Tagged],
) {
    let text = &doc.text;
    let mut used = vec![false; tags.len()];
    for g in &doc.timexes {
        let c = report.by_type.entry(g.kind.clone()).or_default();
        c.gold += 1;
        // Prefer an exact extent, then the largest overlap.
        let best = tags
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                !used[*i]
                    && t.timex.span.start < g.span.end
                    && g.span.start < t.timex.span.end
            })
            .max_by_key(|(_, t)| {
                let exact = t.timex.span == g.span;
                let overlap = t.timex.span.end.min(g.span.end)
                    - t.timex.span.start.max(g.span.start);
                (exact, overlap)
            })
            .map(|(i, _)| i);
        let Some(i) = best else {
            report.mistakes.push(Mistake {
                doc: name.to_string(),
                what: "missed",
                gold: Some(describe(text, &g.span, &g.kind, &g.value)),
                system: None,
                context: context(text, &g.span),
            });
            continue;
        };
        used[i] = true;
        let t = &tags[i];
        let kind = type_name(t.timex.kind);
        c.system += 1;
        c.relaxed += 1;
        let strict = t.timex.span == g.span;
        c.strict += usize::from(strict);
        c.type_ok += usize::from(kind == g.kind);
        c.value_ok += usize::from(t.value == g.value);
        let what = if t.value != g.value {
            Some("value")
        } else if kind != g.kind {
            Some("type")
        } else if !strict {
            Some("extent")
        } else {
            None
        };
        if let Some(what) = what {
            report.mistakes.push(Mistake {
                doc: name.to_string(),
                what,
                gold: Some(describe(text, &g.span, &g.kind, &g.value)),
                system: Some(describe(text, &t.timex.span, kind, &t.value)),
                context: context(text, &g.span),
            });
        }
    }
    for (i, t) in tags.iter().enumerate() {
        if used[i] {
            continue;
        }
        let kind = type_name(t.timex.kind);
        report.by_type.entry(kind.to_string()).or_default().system += 1;
        report.mistakes.push(Mistake {
            doc: name.to_string(),
            what: "spurious",
            gold: None,
            system: Some(describe(text, &t.timex.span, kind, &t.value)),
            context: context(text, &t.timex.span),
        });
    }
    report.all =
        report.by_type.values().fold(Counts::default(), |mut a, c| {
            a.add(c);
            a
        });
}

impl Report {
    /// The report as a table, with the first `errors` mistakes.
    pub fn render(&self, errors: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{} documents, {} bytes of text",
            self.documents, self.bytes
        );
        let _ = writeln!(
            s,
            "{:<9} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} | {:>6}",
            "type", "gold", "sys", "str.P", "str.R", "str.F1", "rel.P", "rel.R", "rel.F1", "typeA", "valA", "val.F1"
        );
        let mut row = |name: &str, c: &Counts| {
            let (sp, sr, sf) = c.strict_prf();
            let (rp, rr, rf) = c.relaxed_prf();
            let _ = writeln!(
                s,
                "{name:<9} {:>5} {:>5} | {sp:>6.2} {sr:>6.2} {sf:>6.2} | {rp:>6.2} {rr:>6.2} {rf:>6.2} | {:>6.2} {:>6.2} | {:>6.2}",
                c.gold,
                c.system,
                c.type_accuracy(),
                c.value_accuracy(),
                c.value_f1()
            );
        };
        for (k, c) in &self.by_type {
            row(k, c);
        }
        row("ALL", &self.all);
        if errors > 0 && !self.mistakes.is_empty() {
            let _ = writeln!(
                s,
                "\nfirst {} of {} mistakes:",
                errors.min(self.mistakes.len()),
                self.mistakes.len()
            );
            for m in self.mistakes.iter().take(errors) {
                let _ = writeln!(
                    s,
                    "{:<8} {}: gold {} | system {} | …{}…",
                    m.what,
                    m.doc,
                    m.gold.as_deref().unwrap_or("-"),
                    m.system.as_deref().unwrap_or("-"),
                    m.context
                );
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::timeml::parse;

    #[test]
    fn ok_scores_a_small_document() {
        let tml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of growth, said the <TIMEX3 tid="t3" type="DATE" value="1998-Q2">second quarter</TIMEX3> report.</TEXT></TimeML>"#;
        let doc = parse(tml).unwrap();
        let r = evaluate(&[("d".into(), doc)]);
        assert_eq!(r.all.gold, 3);
        assert!(r.all.relaxed >= 2, "{}", r.render(10));
        assert!(r.all.value_ok >= 2, "{}", r.render(10));
        assert!(r.all.value_f1() <= r.all.relaxed_prf().2);
    }
}

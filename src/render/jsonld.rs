//! The page's JSON-LD: a schema.org `ItemList` of `Event`s, each pointing
//! to the `NewsArticle`s that report it, all identified by their ids in
//! the page (`#dealline-...`).
//!
//! Built from the page's view models so the JSON-LD and the visible page
//! always agree on ids and dates. Dates are the page's valid `datetime`
//! values, never TIMEX values such as `PAST_REF`.

use serde_json::{json, Map, Value};

use crate::render::html::{EventView, TimelineView};

/// The JSON-LD data block, escaped so it can sit inside `<script>`.
pub(crate) fn page_data(v: &TimelineView<'_>) -> String {
    let events =
        v.years.iter().flat_map(|y| y.events.iter()).chain(&v.undated);
    let items: Vec<Value> = events
        .enumerate()
        .map(|(i, e)| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "item": event(e),
            })
        })
        .collect();
    let mut graph = vec![json!({
        "@type": "ItemList",
        "name": v.title,
        "numberOfItems": items.len(),
        "itemListOrder": "https://schema.org/ItemListOrderAscending",
        "itemListElement": items,
    })];
    for doc in &v.documents {
        let mut a = Map::new();
        a.insert("@type".into(), "NewsArticle".into());
        a.insert("@id".into(), format!("#{}", doc.anchor).into());
        a.insert("headline".into(), doc.name.into());
        a.insert("identifier".into(), doc.id.into());
        if let Some(dt) =
            doc.published.as_ref().and_then(|p| p.datetime.as_ref())
        {
            a.insert("datePublished".into(), dt.as_str().into());
        }
        graph.push(Value::Object(a));
    }
    let data = json!({"@context": "https://schema.org", "@graph": graph});
    escape_script(&serde_json::to_string(&data).expect("JSON-LD serializes"))
}

fn event(e: &EventView<'_>) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), "Event".into());
    m.insert("@id".into(), format!("#{}", e.anchor).into());
    m.insert("name".into(), e.summary.into());
    m.insert(
        "description".into(),
        format!("{}: {}", e.type_label, e.summary).into(),
    );
    if let Some(w) = &e.when {
        let start = w.datetime.as_ref().or_else(|| {
            w.range.as_ref().and_then(|r| r.start.datetime.as_ref())
        });
        let end = w.range.as_ref().and_then(|r| r.end.datetime.as_ref());
        if let Some(s) = start {
            m.insert("startDate".into(), s.as_str().into());
        }
        if let Some(end) = end {
            m.insert("endDate".into(), end.as_str().into());
        }
    }
    let about: Vec<Value> = e
        .parties
        .iter()
        .map(|p| {
            let kind = match p.kind_class {
                "person" => "Person",
                "place" => "Place",
                _ => "Organization",
            };
            json!({"@type": kind, "name": p.name})
        })
        .collect();
    if !about.is_empty() {
        m.insert("about".into(), about.into());
    }
    let mut sources: Vec<Value> = Vec::new();
    for s in &e.sources {
        if let Some(a) = &s.doc_anchor {
            let r = json!({"@id": format!("#{a}")});
            if !sources.contains(&r) {
                sources.push(r);
            }
        }
    }
    if !sources.is_empty() {
        m.insert("subjectOf".into(), sources.into());
    }
    Value::Object(m)
}

/// Makes JSON safe inside `<script>`: no `<`, `>` or `&` can end the
/// element or open a comment.
fn escape_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::escape_script;

    #[test]
    fn ok_script_escape() {
        assert_eq!(
            escape_script(r#"{"a":"</script><!-- & "}"#),
            r#"{"a":"\u003c/script\u003e\u003c!-- \u0026 "}"#
        );
    }
}

//! The W3C Web Annotation export, for annotation tools: a JSON-LD
//! `AnnotationCollection` with an `Annotation` for every mark.

use super::{MarkView, ordered};
use crate::marks::mark::Mark;
use crate::output::json::to_string_pretty as inert_json;
use serde_json::{Value, json};

/// A W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/,
/// JSON-LD with the `anno.jsonld` context): every mark an `Annotation` in
/// one `AnnotationPage`.
///
/// - `motivation`: `commenting` when there is a note, `tagging` when there
///   is only a label, `highlighting` when there is neither.
/// - `body`: a `TextualBody` with purpose `tagging` for the label and one with
///   purpose `commenting` for the note (omitted when empty).
/// - `target`: `source` is `source_iri(mark)`; the selectors are
///   alternatives: a `TextQuoteSelector` (the robust one), a
///   `TextPositionSelector` in code points of the reading text brief shows,
///   and a `DataPositionSelector` in bytes of the original file.
pub fn w3c(views: &[MarkView], source_iri: impl Fn(&Mark) -> String) -> String {
    let items: Vec<Value> = ordered(views)
        .into_iter()
        .map(|v| {
            let m = v.mark;
            let mut body = Vec::new();
            if !m.label.is_empty() {
                body.push(json!({
                    "type": "TextualBody",
                    "purpose": "tagging",
                    "value": m.label,
                }));
            }
            if !m.note.is_empty() {
                body.push(json!({
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": m.note,
                    "format": "text/plain",
                }));
            }
            let motivation = if !m.note.is_empty() {
                "commenting"
            } else if !m.label.is_empty() {
                "tagging"
            } else {
                "highlighting"
            };
            let mut a = json!({
                "id": format!("urn:brief:mark:{}", m.id),
                "type": "Annotation",
                "motivation": motivation,
                "created": m.created,
                "modified": m.modified,
                "creator": {"type": "Person", "name": m.reviewer},
                "target": {
                    "source": source_iri(m),
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": m.quote.exact,
                            "prefix": m.quote.prefix,
                            "suffix": m.quote.suffix,
                        },
                        {
                            "type": "TextPositionSelector",
                            "start": m.position.start,
                            "end": m.position.end,
                        },
                        {
                            "type": "DataPositionSelector",
                            "start": m.raw.start,
                            "end": m.raw.end,
                        },
                    ],
                },
            });
            if !body.is_empty() {
                a["body"] = Value::Array(body);
            }
            a
        })
        .collect();
    let doc = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:brief:marks",
        "type": "AnnotationCollection",
        "label": "brief review marks",
        "total": items.len(),
        "first": {
            "id": "urn:brief:marks:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    let mut s = inert_json(&doc).unwrap_or_default();
    s.push('\n');
    s
}

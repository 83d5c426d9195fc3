//! A template as data: Meta's create body (`name`, `language`, `category`,
//! `parameter_format`, `components`, …) kept as JSON, so a file from Meta's
//! docs works as it is and fields this tool does not know pass through.
//! What this module adds is a stable form (keys in a fixed order, no
//! server-only fields) for files and for comparing local with remote.

use serde_json::{Map, Value};

/// Top-level keys of a template, in the order files list them.
const TOP_ORDER: &[&str] = &[
    "name",
    "language",
    "category",
    "sub_category",
    "parameter_format",
    "message_send_ttl_seconds",
    "cta_url_link_tracking_opted_out",
    "components",
];

/// Keys inside a component or a button, in the order files list them.
const INNER_ORDER: &[&str] = &[
    "type",
    "format",
    "text",
    "add_security_recommendation",
    "code_expiration_minutes",
    "media_file",
    "url",
    "phone_number",
    "otp_type",
    "autofill_text",
    "package_name",
    "signature_hash",
    "zero_tap_terms_accepted",
    "supported_apps",
    "flow_id",
    "flow_action",
    "navigate_screen",
    "example",
    "buttons",
    "cards",
];

const EXAMPLE_ORDER: &[&str] = &[
    "header_text",
    "header_text_named_params",
    "header_handle",
    "body_text",
    "body_text_named_params",
];

/// What Meta reports about a template but does not take in a create or
/// edit body.
pub const SERVER_ONLY: &[&str] = &[
    "id",
    "status",
    "quality_score",
    "rejected_reason",
    "previous_category",
    "correct_category",
    "last_updated_time",
    "library_template_name",
];

/// The key naming a local media file for a media header. The tool's own:
/// it is replaced by an uploaded handle before anything is sent.
pub const MEDIA_FILE: &str = "media_file";

pub const MEDIA_FORMATS: &[&str] = &["IMAGE", "VIDEO", "DOCUMENT"];

fn ordered(map: &Map<String, Value>, order: &[&str], inner: fn(&str, &Value) -> Value) -> Value {
    let mut out = Map::new();
    for key in order {
        if let Some(v) = map.get(*key) {
            out.insert((*key).to_string(), inner(key, v));
        }
    }
    let mut rest: Vec<(&String, &Value)> = map
        .iter()
        .filter(|(k, _)| !order.contains(&k.as_str()))
        .collect();
    rest.sort_by(|a, b| a.0.cmp(b.0));
    for (k, v) in rest {
        out.insert(k.clone(), inner(k, v));
    }
    Value::Object(out)
}

fn inner_value(key: &str, v: &Value) -> Value {
    match (key, v) {
        ("example", Value::Object(m)) => ordered(m, EXAMPLE_ORDER, |_, v| v.clone()),
        (_, Value::Array(items)) => Value::Array(
            items
                .iter()
                .map(|i| match i {
                    Value::Object(m) => ordered(m, INNER_ORDER, inner_value),
                    other => other.clone(),
                })
                .collect(),
        ),
        (_, Value::Object(m)) => ordered(m, INNER_ORDER, inner_value),
        _ => v.clone(),
    }
}

/// The stable form: server-only fields dropped, keys in a fixed order.
/// Values are kept exactly as written.
pub fn canonical(template: &Value) -> Value {
    let Value::Object(map) = template else {
        return template.clone();
    };
    let kept: Map<String, Value> = map
        .iter()
        .filter(|(k, _)| !SERVER_ONLY.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    ordered(&kept, TOP_ORDER, inner_value)
}

/// The form used to decide whether two templates differ: the stable form
/// with enum values upper-cased, the default `parameter_format` made
/// explicit, and media header samples left out (an uploaded handle and the
/// sample URL Meta reports for it are never equal).
pub fn comparable(template: &Value) -> Value {
    let mut v = canonical(template);
    if let Value::Object(m) = &mut v {
        for key in ["category", "parameter_format", "sub_category"] {
            upper(m, key);
        }
        m.entry("parameter_format")
            .or_insert_with(|| Value::String("POSITIONAL".into()));
        if let Some(Value::Array(components)) = m.get_mut("components") {
            for c in components.iter_mut() {
                let Value::Object(c) = c else { continue };
                upper(c, "type");
                upper(c, "format");
                if is_media_header(c) {
                    c.remove("example");
                    c.remove(MEDIA_FILE);
                }
                if let Some(Value::Array(buttons)) = c.get_mut("buttons") {
                    for b in buttons.iter_mut() {
                        if let Value::Object(b) = b {
                            upper(b, "type");
                            upper(b, "otp_type");
                        }
                    }
                }
            }
        }
    }
    v
}

fn upper(m: &mut Map<String, Value>, key: &str) {
    if let Some(Value::String(s)) = m.get_mut(key) {
        *s = s.to_ascii_uppercase();
    }
}

pub fn is_media_header(c: &Map<String, Value>) -> bool {
    let is = |k: &str, want: &[&str]| {
        c.get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| want.iter().any(|w| s.eq_ignore_ascii_case(w)))
    };
    is("type", &["HEADER"]) && is("format", MEDIA_FORMATS)
}

/// A string field of a template.
pub fn text<'a>(template: &'a Value, key: &str) -> Option<&'a str> {
    template.get(key).and_then(Value::as_str)
}

/// The components of a template (empty when missing or malformed).
pub fn components(template: &Value) -> &[Value] {
    template
        .get("components")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// The first component of a type (`HEADER`, `BODY`, …).
pub fn component<'a>(template: &'a Value, kind: &str) -> Option<&'a Value> {
    components(template).iter().find(|c| {
        c.get("type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.eq_ignore_ascii_case(kind))
    })
}

/// `name` + `language`: what identifies one template at Meta.
pub fn key(template: &Value) -> (String, String) {
    (
        text(template, "name").unwrap_or_default().to_string(),
        text(template, "language").unwrap_or_default().to_string(),
    )
}

/// The quality Meta reports: a plain string, or an object with a `score`
/// (the shape is UNCONFIRMED in Meta's reference; both are read).
pub fn quality(template: &Value) -> Option<String> {
    match template.get("quality_score")? {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => m.get("score").and_then(Value::as_str).map(String::from),
        _ => None,
    }
}

/// A template's line in a list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Summary {
    pub name: String,
    pub language: String,
    pub category: Option<String>,
    pub previous_category: Option<String>,
    pub status: Option<String>,
    pub quality: Option<String>,
    pub id: String,
    pub last_updated_time: Option<String>,
    pub rejected_reason: Option<String>,
}

impl Summary {
    pub fn of(t: &Value) -> Summary {
        let s = |k: &str| text(t, k).map(String::from);
        // Meta sends `2026-10-01T09:00:00+0000`; RFC 3339 and epoch
        // seconds are read too. Kept as RFC 3339 UTC.
        let updated = match t.get("last_updated_time") {
            Some(Value::String(s)) => Some(
                chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%z")
                    .or_else(|_| chrono::DateTime::parse_from_rfc3339(s))
                    .map(|t| crate::clock::rfc3339(t.with_timezone(&chrono::Utc)))
                    .unwrap_or_else(|_| s.clone()),
            ),
            Some(Value::Number(n)) => n
                .as_i64()
                .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
                .map(crate::clock::rfc3339),
            _ => None,
        };
        Summary {
            name: s("name").unwrap_or_default(),
            language: s("language").unwrap_or_default(),
            category: s("category"),
            previous_category: s("previous_category"),
            status: s("status"),
            quality: quality(t),
            id: match t.get("id") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Number(n)) => n.to_string(),
                _ => String::new(),
            },
            last_updated_time: updated,
            rejected_reason: s("rejected_reason").filter(|r| r != "NONE"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_stable_form_orders_keys_and_drops_server_fields() {
        let t = json!({
            "id": "1", "status": "APPROVED", "components": [
                {"text": "Hi {{1}}", "example": {"body_text": [["Ann"]]}, "type": "BODY"}
            ],
            "category": "UTILITY", "language": "en_US", "name": "hello", "zz_new": true
        });
        let c = canonical(&t);
        let keys: Vec<&String> = c.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["name", "language", "category", "components", "zz_new"]
        );
        let body: Vec<&String> = c["components"][0].as_object().unwrap().keys().collect();
        assert_eq!(body, ["type", "text", "example"]);
    }

    #[test]
    fn comparison_ignores_case_defaults_and_media_samples() {
        let local = json!({"name": "a", "language": "en", "category": "utility",
            "components": [{"type": "HEADER", "format": "IMAGE", "media_file": "x.png"},
                           {"type": "BODY", "text": "Hi"}]});
        let remote = json!({"name": "a", "language": "en", "category": "UTILITY",
            "parameter_format": "POSITIONAL", "status": "APPROVED", "id": "9",
            "components": [{"type": "HEADER", "format": "IMAGE",
                            "example": {"header_handle": ["https://scontent.example/1.png"]}},
                           {"type": "BODY", "text": "Hi"}]});
        assert_eq!(comparable(&local), comparable(&remote));
        let changed = json!({"name": "a", "language": "en", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Hello"}]});
        assert_ne!(comparable(&changed), comparable(&remote));
    }

    #[test]
    fn quality_is_read_as_a_string_or_an_object() {
        assert_eq!(
            quality(&json!({"quality_score": "GREEN"})).as_deref(),
            Some("GREEN")
        );
        assert_eq!(
            quality(&json!({"quality_score": {"score": "RED", "date": 1}})).as_deref(),
            Some("RED")
        );
        assert_eq!(quality(&json!({})), None);
    }
}

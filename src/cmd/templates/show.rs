//! `templates show`: a template as a person reads it.

use serde_json::Value;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::templates as api;
use crate::output::table::paint;
use crate::output::{Body, Report, Style};
use crate::templates::definition::{self, Summary};
use crate::templates::placeholders;

pub async fn show(ctx: &Context, name: &str, language: Option<&str>) -> Result<Report> {
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    let mut found = api::by_name(client, waba, name).await?;
    if found.is_empty() {
        return Err(
            Error::usage(format!("WABA {waba} has no template named `{name}`"))
                .with_hint("`waba templates list --name PART` finds names"),
        );
    }
    if let Some(lang) = language {
        let languages: Vec<String> = found.iter().map(|t| definition::key(t).1).collect();
        found.retain(|t| definition::text(t, "language") == Some(lang));
        if found.is_empty() {
            return Err(Error::usage(format!(
                "`{name}` has no {lang} translation; it has {}",
                languages.join(", ")
            ))
            .with_hint("pass one of those to --language, or leave it out to see them all"));
        }
    }
    let color = ctx.printer.color;
    let text = found
        .iter()
        .map(|t| render(t, color))
        .collect::<Vec<_>>()
        .join("\n");
    let json = if language.is_some() {
        found.into_iter().next().unwrap_or(Value::Null)
    } else {
        Value::Array(found)
    };
    Ok(Report::new(Body::Text(text), json))
}

/// Placeholders highlighted in a text.
fn highlight(text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let scan = placeholders::scan(text);
    let mut out = String::new();
    let mut from = 0;
    for p in &scan.placeholders {
        out.push_str(&text[from..p.start]);
        out.push_str(&paint(&p.raw, Style::Warn, true));
        from = p.end;
    }
    out.push_str(&text[from..]);
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn examples(c: &Value) -> Vec<String> {
    let Some(e) = c.get("example") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
    };
    if let Some(h) = e.get("header_text") {
        for (i, v) in strings(h).iter().enumerate() {
            out.push(format!("{{{{{}}}}} = {v}", i + 1));
        }
    }
    if let Some(rows) = e.get("body_text").and_then(Value::as_array)
        && let Some(first) = rows.first()
    {
        for (i, v) in strings(first).iter().enumerate() {
            out.push(format!("{{{{{}}}}} = {v}", i + 1));
        }
    }
    for key in ["header_text_named_params", "body_text_named_params"] {
        for p in e.get(key).and_then(Value::as_array).into_iter().flatten() {
            if let (Some(n), Some(v)) = (
                p.get("param_name").and_then(Value::as_str),
                p.get("example").and_then(Value::as_str),
            ) {
                out.push(format!("{{{{{n}}}}} = {v}"));
            }
        }
    }
    if let Some(h) = e.get("header_handle") {
        for v in strings(h) {
            out.push(format!("sample: {v}"));
        }
    }
    out
}

pub fn render(t: &Value, color: bool) -> String {
    let s = Summary::of(t);
    let mut out = Vec::new();
    let mut head = vec![
        s.name.clone(),
        s.language.clone(),
        s.category.clone().unwrap_or_else(|| "?".into()),
    ];
    if let Some(p) = &s.previous_category {
        head.push(format!("was {p}"));
    }
    head.push(s.status.clone().unwrap_or_else(|| "?".into()));
    if let Some(q) = &s.quality {
        head.push(format!("quality {q}"));
    }
    head.push(format!("id {}", s.id));
    out.push(paint(&head.join(" · "), Style::Header, color));
    if let Some(r) = &s.rejected_reason {
        out.push(paint(&format!("Rejected: {r}"), Style::Bad, color));
    }
    if let Some(u) = &s.last_updated_time {
        out.push(format!("Updated {u}"));
    }
    for c in definition::components(t) {
        let kind = c
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_ascii_uppercase();
        let text = c.get("text").and_then(Value::as_str);
        match kind.as_str() {
            "HEADER" => {
                let format = c.get("format").and_then(Value::as_str).unwrap_or("TEXT");
                out.push(format!("HEADER ({format})"));
                if let Some(text) = text {
                    out.push(indent(&highlight(text, color)));
                }
                if let Some(f) = c.get(definition::MEDIA_FILE).and_then(Value::as_str) {
                    out.push(indent(&format!("file: {f}")));
                }
            }
            "BUTTONS" => {
                out.push("BUTTONS".to_string());
                for b in c
                    .get("buttons")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    out.push(indent(&button(b, color)));
                }
            }
            other => {
                out.push(other.to_string());
                if let Some(text) = text {
                    out.push(indent(&highlight(text, color)));
                }
                let mut extras = Vec::new();
                if c.get("add_security_recommendation") == Some(&Value::Bool(true)) {
                    extras.push("with Meta's security recommendation".to_string());
                }
                if let Some(m) = c.get("code_expiration_minutes").and_then(Value::as_u64) {
                    extras.push(format!("code expires in {m} minutes"));
                }
                if !extras.is_empty() {
                    out.push(indent(&extras.join("; ")));
                }
            }
        }
        for e in examples(c) {
            out.push(indent(&paint(&format!("example {e}"), Style::Dim, color)));
        }
    }
    out.join("\n") + "\n"
}

fn button(b: &Value, color: bool) -> String {
    let s = |k: &str| b.get(k).and_then(Value::as_str);
    let kind = s("type").unwrap_or("?").to_ascii_uppercase();
    let label = s("text").unwrap_or("");
    let mut line = format!("[{kind}] {label}");
    if let Some(url) = s("url") {
        line.push_str(&format!(" → {}", highlight(url, color)));
    }
    if let Some(p) = s("phone_number") {
        line.push_str(&format!(" → {p}"));
    }
    if let Some(o) = s("otp_type") {
        line.push_str(&format!(" ({o})"));
    }
    match b.get("example") {
        Some(Value::String(e)) => line.push_str(&format!(" (example {e})")),
        Some(Value::Array(a)) => {
            if let Some(e) = a.first().and_then(Value::as_str) {
                line.push_str(&format!(" (example {e})"));
            }
        }
        _ => {}
    }
    line.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn renders_every_part_with_examples() {
        let t = json!({"name": "order", "language": "en_US", "category": "UTILITY",
        "previous_category": "TRANSACTIONAL", "status": "REJECTED", "rejected_reason": "INVALID_FORMAT",
        "id": "7", "components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["https://x/1.png"]}},
            {"type": "BODY", "text": "Hi {{1}}, order\nready.", "example": {"body_text": [["Ann"]]}},
            {"type": "FOOTER", "text": "Thanks"},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://x/{{1}}", "example": ["https://x/A"]}]}
        ]});
        let out = render(&t, false);
        assert!(
            out.starts_with("order · en_US · UTILITY · was TRANSACTIONAL · REJECTED · id 7\n"),
            "{out}"
        );
        assert!(out.contains("Rejected: INVALID_FORMAT"));
        assert!(out.contains("HEADER (IMAGE)\n    example sample: https://x/1.png"));
        assert!(out.contains("BODY\n    Hi {{1}}, order\n    ready.\n    example {{1}} = Ann"));
        assert!(out.contains("[URL] Track → https://x/{{1}} (example https://x/A)"));
        let colored = render(&t, true);
        assert!(colored.contains("\x1b[33m{{1}}\x1b[0m"));
    }
}

//! Message templates: `GET/POST/DELETE /{waba}/message_templates`,
//! `POST /{template}` (edit), and Meta's Resumable Upload API for media
//! header samples (graph-api.md §3.1).

use std::path::Path;

use reqwest::Method;
use serde_json::{Value, json};

use super::client::{Body, Client, Request, Sent};
use crate::error::{Error, Result};

/// The largest page asked for.
pub const PAGE_MAX: u32 = 100;

/// Fields for a list: no components, so a page stays small.
const SUMMARY_FIELDS: &[&str] = &[
    "name",
    "language",
    "category",
    "previous_category",
    "status",
    "id",
];

/// Fields that complete a template for `show`, `pull` and `push`.
const DEFINITION_FIELDS: &[&str] = &[
    "components",
    "parameter_format",
    "sub_category",
    "message_send_ttl_seconds",
];

/// Fields third-party code reads but Meta's reference notes do not confirm
/// (graph-api.md §3.1: quality_score's shape and rejected_reason are
/// UNCONFIRMED; last_updated_time is not in the notes). They are asked for,
/// and if Meta says a field does not exist, the list is asked again without
/// them rather than failing.
const UNCONFIRMED_FIELDS: &[&str] = &["quality_score", "rejected_reason", "last_updated_time"];

/// Filters of a list, as Meta's edge takes them.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<String>,
    pub category: Option<String>,
    pub language: Option<String>,
    pub name: Option<String>,
}

fn fields(definitions: bool, unconfirmed: bool) -> String {
    let mut f: Vec<&str> = SUMMARY_FIELDS.to_vec();
    if definitions {
        f.extend_from_slice(DEFINITION_FIELDS);
    }
    if unconfirmed {
        f.extend_from_slice(UNCONFIRMED_FIELDS);
    }
    f.join(",")
}

fn list_request(waba: &str, filter: &Filter, fields: String) -> Request {
    let mut req = Request::get(format!("{waba}/message_templates")).query("fields", fields);
    for (key, value) in [
        ("status", &filter.status),
        ("category", &filter.category),
        ("language", &filter.language),
        ("name", &filter.name),
    ] {
        if let Some(v) = value {
            req = req.query(key, v.clone());
        }
    }
    req
}

fn is_unknown_field(e: &Error) -> bool {
    e.graph.as_ref().is_some_and(|g| {
        g.code == Some(100)
            && g.message
                .as_deref()
                .is_some_and(|m| m.contains("nonexisting field"))
    })
}

/// Walks the WABA's templates page by page. `definitions` adds the
/// components and what else a file holds.
pub async fn each_page(
    client: &Client,
    waba: &str,
    filter: &Filter,
    definitions: bool,
    mut f: impl FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let full = list_request(waba, filter, fields(definitions, true));
    let mut delivered = false;
    let first = client
        .each_page(full, PAGE_MAX, |page| {
            delivered = true;
            f(page)
        })
        .await;
    match first {
        Err(e) if !delivered && is_unknown_field(&e) => {
            let plain = list_request(waba, filter, fields(definitions, false));
            client.each_page(plain, PAGE_MAX, f).await
        }
        other => other,
    }
}

/// Every template (with its definition), collected.
pub async fn all(client: &Client, waba: &str, filter: &Filter) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    each_page(client, waba, filter, true, |page| {
        out.extend(page);
        Ok(())
    })
    .await?;
    Ok(out)
}

/// The templates with exactly this name, one per language. Meta's `name`
/// filter may match more than the exact name, so the answer is filtered.
pub async fn by_name(client: &Client, waba: &str, name: &str) -> Result<Vec<Value>> {
    let filter = Filter {
        name: Some(name.to_string()),
        ..Filter::default()
    };
    let mut found = all(client, waba, &filter).await?;
    found.retain(|t| t.get("name").and_then(Value::as_str) == Some(name));
    found.sort_by(|a, b| {
        let l = |t: &Value| {
            t.get("language")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        l(a).cmp(&l(b))
    });
    Ok(found)
}

/// `POST /{waba}/message_templates` with Meta's create body.
pub async fn create(client: &Client, waba: &str, body: &Value) -> Result<Sent> {
    client
        .mutate(Request::post(
            format!("{waba}/message_templates"),
            Body::Json(body.clone()),
        ))
        .await
}

/// `POST /{template_id}`: components (replaced wholesale), and the
/// category when it changes.
pub async fn edit(client: &Client, template_id: &str, body: &Value) -> Result<Sent> {
    client
        .mutate(Request::post(template_id, Body::Json(body.clone())))
        .await
}

/// Deletes every language of a name, or with `id` only that one.
pub async fn delete(client: &Client, waba: &str, name: &str, id: Option<&str>) -> Result<Sent> {
    let mut req = Request::get(format!("{waba}/message_templates"))
        .with_method(Method::DELETE)
        .query("name", name);
    if let Some(id) = id {
        req = req.query("hsm_id", id);
    }
    client.mutate(req).await
}

/// MIME types Meta's upload API takes for template samples.
pub fn media_type(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "mp4" => "video/mp4",
        "pdf" => "application/pdf",
        _ => return None,
    })
}

/// Uploads a sample file with Meta's Resumable Upload API and returns its
/// handle: `POST /{app_id}/uploads` opens a session, `POST /{session}`
/// with the bytes (token in an `OAuth` Authorization header, `file_offset`
/// as a header, as Meta documents) returns `{"h": handle}`.
pub async fn upload(client: &Client, app_id: &str, path: &Path) -> Result<String> {
    let shown = path.display();
    let Some(mime) = media_type(path) else {
        return Err(
            Error::usage(format!("{shown}: Meta takes JPEG, PNG, MP4 or PDF samples"))
                .with_hint("convert the file, or give an uploaded handle in example.header_handle"),
        );
    };
    let data = std::fs::read(path).map_err(|e| Error::io("cannot read", path, e))?;
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("sample")
        .to_string();
    let session = Request::post(format!("{app_id}/uploads"), Body::None)
        .query("file_name", file_name)
        .query("file_length", data.len().to_string())
        .query("file_type", mime);
    let Sent::Done(opened) = client.mutate(session).await? else {
        return Ok("<handle after upload>".to_string());
    };
    let Some(session_id) = opened.get("id").and_then(Value::as_str) else {
        return Err(Error::new(
            crate::error::Kind::Rejected,
            format!("Meta opened no upload session for {shown}: {opened}"),
        ));
    };
    let send = Request::post(
        session_id,
        Body::Bytes {
            content_type: mime.to_string(),
            data,
        },
    )
    .header("file_offset", "0")
    .with_oauth_scheme();
    let Sent::Done(done) = client.mutate(send).await? else {
        return Ok("<handle after upload>".to_string());
    };
    done.get("h")
        .and_then(Value::as_str)
        .map(String::from)
        .ok_or_else(|| {
            Error::new(
                crate::error::Kind::Rejected,
                format!("Meta returned no handle for {shown}: {done}"),
            )
        })
}

/// The body of an edit: what Meta lets change (graph-api.md §3.2).
pub fn edit_body(template: &Value, with_category: bool) -> Value {
    let mut body = json!({});
    if with_category && let Some(c) = template.get("category") {
        body["category"] = c.clone();
    }
    for key in ["components", "message_send_ttl_seconds"] {
        if let Some(v) = template.get(key) {
            body[key] = v.clone();
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_ask_for_summaries_and_pulls_for_definitions() {
        assert!(!fields(false, true).contains("components"));
        assert!(fields(true, true).contains("components"));
        assert!(fields(false, true).contains("quality_score"));
        assert!(!fields(false, false).contains("quality_score"));
    }

    #[test]
    fn edits_send_only_what_meta_lets_change() {
        let t = json!({"name": "n", "language": "en", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "x"}]});
        assert_eq!(
            edit_body(&t, false),
            json!({"components": [{"type": "BODY", "text": "x"}]})
        );
        assert_eq!(edit_body(&t, true)["category"], "UTILITY");
    }
}

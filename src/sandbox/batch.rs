//! Batch requests as Meta's "Batch Requests" guide describes them: `POST /`
//! with a `batch` form field holding a JSON list of `{method,
//! relative_url, body}`, at most 50, and a top-level `access_token` that
//! items without their own use. The answer is a list in request order:
//! `{code, headers, body}` with the body a JSON string, or `null` for an
//! item Meta did not finish. Each item is its own call (its own faults,
//! injections and usage), and its failure leaves the others alone.

use serde_json::{Map, Value, json};

use super::wire::{Call, Reply, error, token_required};

/// Meta refuses more items than this in one batch.
pub const MAX_ITEMS: usize = 50;

/// One item as the dispatcher answered it; `None` is an item that never
/// finished.
pub struct Answered {
    pub reply: Reply,
    /// The `X-Business-Use-Case-Usage` value for the item's WABA.
    pub usage: Value,
}

/// A batch call, answered by running each item through `each`. Returns the
/// reply and the usage of every WABA the items concerned (for the outer
/// header).
pub fn handle(
    call: &Call,
    trace: &str,
    mut each: impl FnMut(&Call) -> Option<Answered>,
) -> (Reply, Map<String, Value>) {
    let mut usage = Map::new();
    let bad = |message: &str| {
        (
            error(400, 100, None, "OAuthException", message, trace),
            Map::new(),
        )
    };
    let Some(items) = call
        .param("batch")
        .and_then(|b| serde_json::from_str::<Value>(b).ok())
        .and_then(|b| b.as_array().cloned())
    else {
        return bad("(#100) The parameter batch must be a JSON list of requests");
    };
    if items.len() > MAX_ITEMS {
        // The text a test double of Meta's answer uses (UNCONFIRMED).
        return (
            error(
                400,
                1,
                None,
                "GraphBatchException",
                "Too many requests in batch message. Maximum batch size is 50",
                trace,
            ),
            Map::new(),
        );
    }
    if call.token.as_deref().is_none_or(str::is_empty) {
        // Required even when every item brings its own.
        return (token_required(trace), Map::new());
    }
    let headers = call.param("include_headers") != Some("false");
    let version = call.segments.first().copied().unwrap_or("v25.0");
    let mut answers = Vec::with_capacity(items.len());
    for item in &items {
        let method = item
            .get("method")
            .and_then(Value::as_str)
            .unwrap_or("GET")
            .to_ascii_uppercase();
        let Some(relative) = item.get("relative_url").and_then(Value::as_str) else {
            answers.push(answer(
                &error(
                    400,
                    100,
                    None,
                    "OAuthException",
                    "(#100) Missing relative_url",
                    trace,
                ),
                None,
                headers,
            ));
            continue;
        };
        let (path, query) = relative.split_once('?').unwrap_or((relative, ""));
        let query: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        let form: Vec<(String, String)> = item
            .get("body")
            .and_then(Value::as_str)
            .map(|b| {
                url::form_urlencoded::parse(b.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        // An item may name its version; otherwise the batch's applies.
        if !segments
            .first()
            .is_some_and(|s| s.starts_with('v') && s[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            segments.insert(0, version);
        }
        let own = query
            .iter()
            .chain(form.iter())
            .find(|(k, _)| k == "access_token")
            .map(|(_, v)| v.clone());
        let sub = Call {
            method: &method,
            segments,
            query,
            form,
            json: None,
            token: own.or_else(|| call.token.clone()),
            max_page: call.max_page,
            headers: Vec::new(),
            body_len: 0,
        };
        match each(&sub) {
            None => answers.push(Value::Null),
            Some(a) => {
                if let Some(m) = a.usage.as_object() {
                    usage.extend(m.iter().map(|(k, v)| (k.clone(), v.clone())));
                }
                answers.push(answer(&a.reply, Some(&a.usage), headers));
            }
        }
    }
    (Reply::ok(Value::Array(answers)), usage)
}

/// One item's element of the answer.
fn answer(reply: &Reply, usage: Option<&Value>, headers: bool) -> Value {
    let mut out = json!({"code": reply.status, "body": reply.body.to_string()});
    if headers {
        let mut h =
            vec![json!({"name": "Content-Type", "value": "text/javascript; charset=UTF-8"})];
        if let Some(u) = usage {
            h.push(json!({"name": "X-Business-Use-Case-Usage", "value": u.to_string()}));
        }
        out["headers"] = Value::Array(h);
    }
    out
}

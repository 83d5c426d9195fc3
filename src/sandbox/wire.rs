//! Requests and answers as the emulated endpoints see them, apart from
//! the HTTP library: a parsed call, a reply, Meta's error envelope and
//! paging.

use serde_json::{Value, json};

/// One parsed request, independent of the HTTP library.
pub struct Call<'a> {
    pub method: &'a str,
    pub segments: Vec<&'a str>,
    pub query: Vec<(String, String)>,
    pub form: Vec<(String, String)>,
    pub json: Option<Value>,
    pub token: Option<String>,
    /// `sandbox serve --max-page`: answer with at most this many items.
    pub max_page: Option<usize>,
    /// Request headers, names lower-case.
    pub headers: Vec<(String, String)>,
    /// The size of the request body in bytes.
    pub body_len: usize,
}

impl Call<'_> {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .chain(self.form.iter())
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .or_else(|| self.json.as_ref()?.get(key)?.as_str())
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub struct Reply {
    pub status: u16,
    pub body: Value,
    /// The WABA the call concerned, for the usage header.
    pub waba: Option<String>,
}

impl Reply {
    pub fn ok(body: Value) -> Reply {
        Reply {
            status: 200,
            body,
            waba: None,
        }
    }
}

/// A Graph error envelope.
pub fn error(
    status: u16,
    code: i64,
    subcode: Option<i64>,
    kind: &str,
    message: &str,
    trace: &str,
) -> Reply {
    let mut e = json!({"message": message, "type": kind, "code": code, "fbtrace_id": trace});
    if let Some(s) = subcode {
        e["error_subcode"] = json!(s);
    }
    Reply {
        status,
        body: json!({ "error": e }),
        waba: None,
    }
}

/// Meta's answer to a call without an access token.
pub fn token_required(trace: &str) -> Reply {
    error(
        400,
        104,
        None,
        "OAuthException",
        "An access token is required to request this resource.",
        trace,
    )
}

pub fn unknown_object(id: &str, method: &str, trace: &str) -> Reply {
    let verb = if method == "GET" { "get" } else { "post" };
    error(
        400,
        100,
        Some(33),
        "GraphMethodException",
        &format!(
            "Unsupported {verb} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api"
        ),
        trace,
    )
}

pub fn invalid_param(message: &str, trace: &str) -> Reply {
    error(
        400,
        100,
        None,
        "OAuthException",
        &format!("(#100) {message}"),
        trace,
    )
}

/// Meta's documented page sizes for this edge.
const DEFAULT_PAGE: usize = 25;
const MAX_PAGE: usize = 100;

/// One page of an edge's items, with Meta's `limit`, `after` cursor and
/// `paging` object.
pub fn page<T>(
    items: &[T],
    waba: &str,
    edge: &str,
    call: &Call,
    trace: &str,
    render: impl Fn(&T) -> Result<Value, Reply>,
) -> Reply {
    let limit = match call.param("limit") {
        None => DEFAULT_PAGE,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if n > 0 => n.min(MAX_PAGE),
            _ => return invalid_param("Param limit must be a positive integer", trace),
        },
    };
    let limit = limit.min(call.max_page.unwrap_or(usize::MAX).max(1));
    let start = match call.param("after") {
        None => 0,
        Some(c) => match decode_cursor(c) {
            Some(n) => n,
            None => return invalid_param("Invalid after cursor", trace),
        },
    };
    let mut data = Vec::new();
    for item in items.iter().skip(start).take(limit) {
        match render(item) {
            Ok(v) => data.push(v),
            Err(e) => return e,
        }
    }
    let end = start + data.len();
    let mut paging =
        json!({"cursors": {"before": encode_cursor(start), "after": encode_cursor(end)}});
    if end < items.len() {
        // Like Meta, `next` names graph.facebook.com and echoes the token:
        // a client must not follow it blindly.
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &call.query {
            if !["limit", "after", "access_token"].contains(&k.as_str()) {
                q.append_pair(k, v);
            }
        }
        q.append_pair("limit", &limit.to_string());
        q.append_pair("after", &encode_cursor(end));
        q.append_pair("access_token", call.token.as_deref().unwrap_or(""));
        let version = call.segments.first().copied().unwrap_or("v25.0");
        paging["next"] = json!(format!(
            "https://graph.facebook.com/{version}/{waba}/{edge}?{}",
            q.finish()
        ));
    }
    if data.is_empty() {
        paging = json!({"cursors": {}});
    }
    Reply {
        status: 200,
        body: json!({"data": data, "paging": paging}),
        waba: Some(waba.to_string()),
    }
}

pub fn encode_cursor(n: usize) -> String {
    format!("QVFI{:08x}", n ^ 0x5a5a_5a5a)
}

fn decode_cursor(c: &str) -> Option<usize> {
    let hex = c.strip_prefix("QVFI")?;
    usize::from_str_radix(hex, 16).ok().map(|n| n ^ 0x5a5a_5a5a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip() {
        for n in [0, 1, 99, 12345] {
            assert_eq!(decode_cursor(&encode_cursor(n)), Some(n));
        }
        assert_eq!(decode_cursor("garbage"), None);
    }
}

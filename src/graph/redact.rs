//! Secrets never leave the process in readable form: not in `--verbose`
//! traces, `--dry-run` output, errors, or the sandbox's request log.

use url::Url;

pub const REDACTED: &str = "[redacted]";

/// Query parameters that carry credentials in Graph URLs. A `paging.next`
/// URL echoes `access_token`; `debug_token` takes the token as `input_token`.
const SECRET_PARAMS: [&str; 4] = [
    "access_token",
    "input_token",
    "appsecret_proof",
    "client_secret",
];

pub fn is_secret_param(name: &str) -> bool {
    SECRET_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name))
}

/// The URL with secret query values replaced, for display.
pub fn url(u: &Url) -> String {
    rewrite_query(u, |_| Some(REDACTED.to_string())).to_string()
}

/// The URL with secret query parameters removed, for sending: the token
/// goes in a header, never back out in a query string.
pub fn without_secrets(u: &Url) -> Url {
    rewrite_query(u, |_| None)
}

/// Rewrites the value of every secret parameter with `f` (None drops it).
fn rewrite_query(u: &Url, f: impl Fn(&str) -> Option<String>) -> Url {
    if u.query().is_none() {
        return u.clone();
    }
    let pairs: Vec<(String, String)> = u
        .query_pairs()
        .filter_map(|(k, v)| {
            let v = if is_secret_param(&k) {
                f(&v)?
            } else {
                v.into_owned()
            };
            Some((k.into_owned(), v))
        })
        .collect();
    let mut out = u.clone();
    out.set_query(None);
    if !pairs.is_empty() {
        out.query_pairs_mut().extend_pairs(pairs);
    }
    out
}

/// A header value as it may be shown.
pub fn header(name: &str, value: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower == "authorization" || lower == "proxy-authorization" {
        match value.split_once(' ') {
            Some((scheme, _)) => format!("{scheme} {REDACTED}"),
            None => REDACTED.to_string(),
        }
    } else if lower == "cookie" || lower == "set-cookie" {
        REDACTED.to_string()
    } else {
        value.to_string()
    }
}

/// Keys whose values are secrets inside request bodies.
const SECRET_FIELDS: [&str; 5] = [
    "pin",
    "password",
    "access_token",
    "input_token",
    "verify_token",
];

pub fn is_secret_field(k: &str) -> bool {
    SECRET_FIELDS.iter().any(|s| s.eq_ignore_ascii_case(k))
}

/// A JSON body with the values of secret keys replaced, at any depth.
pub fn json(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let v = if is_secret_field(k) {
                        Value::String(REDACTED.into())
                    } else {
                        json(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(json).collect()),
        other => other.clone(),
    }
}

/// Form pairs with the values of secret keys replaced.
pub fn form(pairs: &[(String, String)]) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        let v = if is_secret_field(k) { REDACTED } else { v };
        ser.append_pair(k, v);
    }
    ser.finish()
}

/// Free text (a response body, an error message) with every known secret and
/// every `access_token=…`-style parameter value replaced.
pub fn text(s: &str, secrets: &[&str]) -> String {
    let mut out = s.to_string();
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        out = out.replace(secret, REDACTED);
    }
    for param in SECRET_PARAMS {
        out = redact_param_values(&out, param);
    }
    out
}

/// Replaces the value after `param=` up to the next `&`, quote, whitespace or
/// backslash (JSON-escaped URLs).
fn redact_param_values(s: &str, param: &str) -> String {
    let needle = format!("{param}=");
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(&needle) {
        let (head, tail) = rest.split_at(i + needle.len());
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '&' || c == '"' || c == '\'' || c == '\\' || c.is_whitespace())
            .unwrap_or(tail.len());
        if end > 0 && &tail[..end] != REDACTED {
            out.push_str(REDACTED);
        } else {
            out.push_str(&tail[..end]);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_token_values_only() {
        let u = Url::parse(
            "https://graph.facebook.com/v25.0/1/phone_numbers?limit=2&access_token=EAAsecret&after=QVF",
        )
        .unwrap();
        let shown = url(&u);
        assert!(!shown.contains("EAAsecret"), "{shown}");
        assert!(shown.contains("limit=2"));
        assert!(shown.contains("after=QVF"));
        assert!(shown.contains("access_token=%5Bredacted%5D") || shown.contains("[redacted]"));
    }

    #[test]
    fn bodies_hide_pins() {
        let v = json(&serde_json::json!({"messaging_product":"whatsapp","pin":"123456"}));
        assert_eq!(v["pin"], "[redacted]");
        assert_eq!(v["messaging_product"], "whatsapp");
        let f = form(&[("pin".into(), "123456".into()), ("cc".into(), "34".into())]);
        assert_eq!(f, "pin=%5Bredacted%5D&cc=34");
    }

    #[test]
    fn authorization_keeps_only_its_scheme() {
        assert_eq!(
            header("Authorization", "Bearer EAAsecret"),
            "Bearer [redacted]"
        );
        assert_eq!(
            header("content-type", "application/json"),
            "application/json"
        );
    }

    #[test]
    fn text_redacts_known_secrets_and_token_params() {
        let body = r#"{"paging":{"next":"https:\/\/graph.facebook.com\/v25.0\/1\/phone_numbers?access_token=EAAother&after=X"}} EAAsecret"#;
        let shown = text(body, &["EAAsecret"]);
        assert!(!shown.contains("EAAsecret"));
        assert!(!shown.contains("EAAother"));
        assert!(shown.contains("after=X"));
    }
}

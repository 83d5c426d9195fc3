//! `waba api`: a raw Graph call with the profile's token, paging, retries,
//! redaction and dry-run, for anything the tool has no command for yet;
//! shaped after `gh api` (placeholders, `-H`, `--input`, `-i`, `--jq`).

use std::path::PathBuf;

use clap::Args;
use reqwest::Method;
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::client::{Body as ReqBody, Request};
use crate::output::{Body, Report};

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// Path under the versioned Graph URL, for example `{waba-id}/phone_numbers`
    pub path: String,
    /// HTTP method [default: GET, or POST with --input]
    #[arg(short = 'X', long, value_parser = ["GET", "POST", "DELETE"], ignore_case = true)]
    pub method: Option<String>,
    /// A parameter key=value (query for GET and DELETE, form body for POST); repeatable
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// A request header `Key: value`; repeatable (the token is the profile's)
    #[arg(short = 'H', long = "header", value_name = "KEY:VALUE")]
    pub headers: Vec<String>,
    /// Send this file's JSON as the body (`-` for standard input); -F fields
    /// then go in the query string
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// The number `{phone-number-id}` stands for: an id, or a number of the WABA
    #[arg(long, value_name = "NUMBER")]
    pub phone: Option<String>,
    /// Show the HTTP status and the answer's headers before its body
    #[arg(short = 'i', long, conflicts_with = "paginate")]
    pub include: bool,
    /// Follow paging and print every item of the edge as one JSON array
    #[arg(long)]
    pub paginate: bool,
}

/// What a path's `{placeholders}` may name.
const PLACEHOLDERS: [&str; 3] = ["waba-id", "business-id", "phone-number-id"];

pub async fn run(ctx: &Context, args: &ApiArgs) -> Result<Report> {
    // Everything the flags say is checked before any call is made.
    let method = match (&args.method, &args.input) {
        (Some(m), _) => Method::from_bytes(m.to_ascii_uppercase().as_bytes())
            .map_err(|_| Error::usage(format!("unknown method `{m}`")))?,
        (None, Some(_)) => Method::POST,
        (None, None) => Method::GET,
    };
    let mut pairs = Vec::new();
    for f in &args.fields {
        let Some((k, v)) = f.split_once('=') else {
            return Err(Error::usage(format!("`{f}` is not KEY=VALUE"))
                .with_hint("for example -F fields=name,currency"));
        };
        pairs.push((k.to_string(), v.to_string()));
    }
    let headers = args
        .headers
        .iter()
        .map(|h| header(h))
        .collect::<Result<Vec<_>>>()?;
    let input = match &args.input {
        Some(file) if method == Method::POST => Some(read_input(file)?),
        Some(_) => {
            return Err(Error::usage("--input sends a body, which only POST takes")
                .with_hint("drop -X, or make it -X POST"));
        }
        None => None,
    };
    let raw = args.path.trim_start_matches('/');
    if raw.is_empty() || raw.contains("://") {
        return Err(
            Error::usage(format!("`{}` is not a Graph path", args.path)).with_hint(
                "give the path under the versioned URL, for example 102290129340398/phone_numbers",
            ),
        );
    }
    let named = placeholders(raw)?;
    if named.iter().any(|p| p == "phone-number-id") && args.phone.is_none() {
        return Err(
            Error::usage("the path names {phone-number-id}, and no --phone says which").with_hint(
                "add --phone with an id or a number of the WABA, e.g. --phone '+34 612 34 56 78'",
            ),
        );
    }
    let mut path = raw.to_string();
    for name in &named {
        let value = match name.as_str() {
            "waba-id" => ctx.waba_id()?.to_string(),
            "business-id" => business(ctx)?,
            _ => {
                let phone = args.phone.as_deref().unwrap_or_default();
                let client = ctx.graph().await?;
                crate::numbers::resolve(client, ctx.waba_id()?, phone)
                    .await?
                    .0
            }
        };
        path = path.replace(&format!("{{{name}}}"), &value);
    }
    let client = ctx.graph().await?;
    let mut req = match (&method, input) {
        (&Method::POST, Some(body)) => {
            let mut r = Request::post(&path, ReqBody::Json(body));
            for (k, v) in pairs {
                r = r.query(&k, v);
            }
            r
        }
        (&Method::POST, None) => Request::post(&path, ReqBody::Form(pairs)),
        _ => {
            let mut r = Request::get(&path).with_method(method.clone());
            for (k, v) in pairs {
                r = r.query(&k, v);
            }
            r
        }
    };
    for (k, v) in headers {
        req = req.header(&k, v);
    }
    if method != Method::GET {
        ctx.confirm(&format!("{method} {path}")).await?;
        if client.is_dry_run() {
            return Ok(super::common::dry_run(client.prepare(&req)?));
        }
    }
    if args.paginate && method == Method::GET {
        let items = Value::Array(client.get_all(req, 100).await?);
        let text = serde_json::to_string_pretty(&items).unwrap_or_default();
        return Ok(Report::new(Body::Text(text), items));
    }
    let resp = client.send(&req).await?;
    let pretty = serde_json::to_string_pretty(&resp.body).unwrap_or_default();
    if !args.include {
        return Ok(Report::new(Body::Text(pretty), resp.body));
    }
    let mut text = format!("HTTP {}\n", resp.status);
    for (k, v) in &resp.headers {
        text.push_str(&format!("{k}: {v}\n"));
    }
    text.push('\n');
    text.push_str(&pretty);
    let headers: serde_json::Map<String, Value> = resp
        .headers
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    let json = json!({"status": resp.status, "headers": headers, "body": resp.body});
    Ok(Report::new(Body::Text(text), json))
}

/// The `{names}` in a path, each known. Only the part before `?`: a
/// query's braces are Graph's field expansion (`phone_numbers{id}`).
fn placeholders(path: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = path.split('?').next().unwrap_or_default();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(
                Error::usage(format!("`{{{name}}}` is not a placeholder waba knows")).with_hint(
                    format!(
                        "use {}",
                        PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
                    ),
                ),
            );
        }
        if !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
        rest = &rest[open + close + 1..];
    }
    Ok(out)
}

/// The business `{business-id}` stands for: the profile's, or under
/// `--sandbox` the sandbox's.
fn business(ctx: &Context) -> Result<String> {
    if let Some(b) = &ctx.settings.business {
        return Ok(b.value.clone());
    }
    if ctx.settings.sandbox {
        return Ok(crate::sandbox::ids::DEMO_BUSINESS.to_string());
    }
    Err(
        Error::usage("the path names {business-id}, and no business is set")
            .with_hint("save one in the profile: `waba profile set NAME business ID`"),
    )
}

/// `Key: value` (or `Key:value`). The token is the profile's: a header
/// that would replace it, or the transport's own, is refused.
fn header(h: &str) -> Result<(String, String)> {
    let bad = || {
        Error::usage(format!("`{h}` is not a header KEY:VALUE"))
            .with_hint("for example -H 'Accept-Language: en_US'")
    };
    let (k, v) = h.split_once(':').ok_or_else(bad)?;
    let (k, v) = (k.trim(), v.trim());
    if k.is_empty() || reqwest::header::HeaderName::from_bytes(k.as_bytes()).is_err() {
        return Err(bad());
    }
    if reqwest::header::HeaderValue::from_str(v).is_err() {
        return Err(bad());
    }
    let lower = k.to_ascii_lowercase();
    if [
        "authorization",
        "host",
        "content-length",
        "transfer-encoding",
    ]
    .contains(&lower.as_str())
    {
        return Err(Error::usage(format!("-H {k} is set by waba itself"))
            .with_hint("the token comes from the profile (`waba auth login`) or WABA_TOKEN"));
    }
    Ok((k.to_string(), v.to_string()))
}

/// The JSON body of `--input`: a file, or standard input for `-`.
fn read_input(file: &std::path::Path) -> Result<Value> {
    let text = if file.as_os_str() == "-" {
        use std::io::Read;
        let mut s = String::new();
        std::io::stdin()
            .take(16 << 20)
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("cannot read standard input: {e}")))?;
        s
    } else {
        crate::config::atomic::read_capped(file, 16 << 20).map_err(|e| e.into_error(file))?
    };
    serde_json::from_str(&text).map_err(|e| {
        Error::usage(format!("{} is not JSON: {e}", file.display()))
            .with_hint("--input takes the request body as one JSON value")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_named_and_expansion_braces_left_alone() {
        assert_eq!(
            placeholders("{waba-id}/phone_numbers").unwrap(),
            ["waba-id"]
        );
        assert!(
            placeholders(
                "{business-id}/owned_whatsapp_business_accounts?fields=phone_numbers{id,status}"
            )
            .unwrap()
                == ["business-id"]
        );
        assert!(placeholders("{waba_id}/x").is_err());
        let e = placeholders("{wabaid-x}/x").unwrap_err();
        assert!(e.message.contains("{wabaid-x}"), "{}", e.message);
        assert!(e.hint.unwrap().contains("{phone-number-id}"));
    }

    #[test]
    fn headers_are_key_value_and_never_the_token() {
        assert_eq!(
            header("Accept-Language: en_US").unwrap(),
            ("Accept-Language".into(), "en_US".into())
        );
        assert!(header("no colon").is_err());
        let e = header("Authorization: Bearer x").unwrap_err();
        assert_eq!(e.kind, crate::error::Kind::Usage);
        assert!(!e.message.contains("Bearer x"));
    }
}

//! `waba api`: a raw Graph call with the profile's token, paging, retries,
//! redaction and dry-run, for anything the tool has no command for yet.

use reqwest::Method;
use serde_json::Value;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::client::{Body as ReqBody, Request, Sent};
use crate::output::{Body, Report};
use clap::Args;

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// Path under the versioned Graph URL, for example `{waba-id}/phone_numbers`
    pub path: String,
    /// HTTP method
    #[arg(short = 'X', long, default_value = "GET", value_parser = ["GET", "POST", "DELETE"], ignore_case = true)]
    pub method: String,
    /// A parameter key=value (query for GET and DELETE, form body for POST); repeatable
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// Follow paging and print every item of the edge as one JSON array
    #[arg(long)]
    pub paginate: bool,
}

pub async fn run(ctx: &Context, args: &ApiArgs) -> Result<Report> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| Error::usage(format!("unknown method `{}`", args.method)))?;
    let mut pairs = Vec::new();
    for f in &args.fields {
        let Some((k, v)) = f.split_once('=') else {
            return Err(Error::usage(format!("`{f}` is not KEY=VALUE"))
                .with_hint("for example -F fields=name,currency"));
        };
        pairs.push((k.to_string(), v.to_string()));
    }
    let path = args.path.trim_start_matches('/');
    if path.is_empty() || path.contains("://") {
        return Err(
            Error::usage(format!("`{}` is not a Graph path", args.path)).with_hint(
                "give the path under the versioned URL, for example 102290129340398/phone_numbers",
            ),
        );
    }
    let client = ctx.graph().await?;
    let mut req = if method == Method::POST {
        Request::post(path, ReqBody::Form(pairs))
    } else {
        let mut r = Request::get(path).with_method(method.clone());
        for (k, v) in pairs {
            r = r.query(&k, v);
        }
        r
    };
    if method != Method::GET {
        ctx.confirm(&format!("{method} {path}")).await?;
    }
    let value = if method == Method::GET {
        if args.paginate {
            Value::Array(client.get_all(req, 100).await?)
        } else {
            client.get(req).await?
        }
    } else {
        req.safe = false;
        match client.mutate(req).await? {
            Sent::Done(v) => v,
            Sent::DryRun(p) => return Ok(super::common::dry_run(p)),
        }
    };
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    Ok(Report::new(Body::Text(text), value))
}

//! Sending template changes for a session: each recorded before it goes
//! (so a lost answer still counts against Meta's limits) and its outcome
//! after; a media header's sample uploaded on the way.

use std::path::Path;

use serde_json::{Value, json};

use super::definition::{self, MEDIA_FILE, SERVER_ONLY};
use super::file::base_dir;
use super::limits::{self, Change, Record};
use super::plan::{Action, Entry};
use crate::error::{Error, Result};
use crate::graph::Client;
use crate::graph::client::Sent;
use crate::graph::templates as api;
use crate::session::Session;

/// Sends a change recorded before it goes (so a lost answer still counts
/// against Meta's limits) and its outcome after. Under `--dry-run` nothing
/// is recorded.
pub async fn tracked<F>(ctx: &Session, record: Record<'_>, send: F) -> Result<Sent>
where
    F: Future<Output = Result<Sent>>,
{
    if ctx.flags.dry_run {
        return send.await;
    }
    let store = ctx.store().await?;
    let id = limits::record(store, &record, ctx.clock.now()).await?;
    let result = send.await;
    let (outcome, created) = match &result {
        Ok(Sent::Done(v)) => ("ok".to_string(), v.get("id").and_then(Value::as_str)),
        Ok(Sent::DryRun(_)) => ("dry-run".to_string(), None),
        Err(e) => match e.graph.as_ref().and_then(|g| g.code) {
            Some(code) => (format!("error {code}"), None),
            None => ("unknown".to_string(), None),
        },
    };
    limits::outcome(store, &id, &outcome, created).await?;
    result
}

/// The body to send: server-only fields dropped, and a media header's
/// `media_file` uploaded and replaced by its handle.
pub async fn prepare(
    ctx: &Session,
    client: &Client,
    template: &Value,
    base: &Path,
) -> Result<Value> {
    let mut body = definition::canonical(template);
    if let Value::Object(m) = &mut body {
        for key in SERVER_ONLY {
            m.remove(*key);
        }
    }
    let Some(components) = body.get_mut("components").and_then(Value::as_array_mut) else {
        return Ok(body);
    };
    for c in components.iter_mut() {
        let Some(file) = c.get(MEDIA_FILE).and_then(Value::as_str).map(String::from) else {
            continue;
        };
        let name = definition::text(template, "name").unwrap_or("?");
        let Some(app) = &ctx.settings.app_id else {
            return Err(Error::usage(format!(
                "template {name} names a media sample ({file}), and uploading it needs the Meta app id of the token"
            ))
            .with_hint("add it with `waba profile add NAME --app-id ID --waba …`, or set WABA_APP_ID; or give an uploaded handle in example.header_handle"));
        };
        let path = super::media::resolve(name, base, &file)?;
        let handle = api::upload(client, &app.value, &path).await?;
        if let Value::Object(m) = c {
            m.remove(MEDIA_FILE);
            m.insert("example".into(), json!({ "header_handle": [handle] }));
        }
    }
    Ok(body)
}

/// Refuses a creation past Meta's 100 per hour (by the tool's own count).
pub async fn creation_budget(ctx: &Session, waba: &str) -> Result<limits::Creations> {
    let store = ctx.store().await?;
    limits::creations(store, waba, ctx.clock.now()).await
}

/// Sends one change of a plan; what happened, in a few words.
pub async fn apply_one(ctx: &Session, client: &Client, waba: &str, e: &Entry) -> Result<String> {
    let base = e.file.as_deref().map(base_dir).unwrap_or(Path::new("."));
    match e.action {
        Action::Create => {
            let template = e
                .template
                .as_ref()
                .ok_or_else(|| Error::internal("no template"))?;
            let body = prepare(ctx, client, template, base).await?;
            let r = Record {
                waba,
                template_id: None,
                name: &e.name,
                language: &e.language,
                change: Change::Create,
                actor: &ctx.actor,
            };
            match tracked(ctx, r, api::create(client, waba, &body)).await? {
                Sent::Done(v) => Ok(format!(
                    "created, id {}, {}",
                    v.get("id").and_then(Value::as_str).unwrap_or("?"),
                    v.get("status").and_then(Value::as_str).unwrap_or("PENDING")
                )),
                Sent::DryRun(_) => Ok("dry run".into()),
            }
        }
        Action::Edit => {
            let template = e
                .template
                .as_ref()
                .ok_or_else(|| Error::internal("no template"))?;
            let id =
                e.id.as_deref()
                    .ok_or_else(|| Error::internal("no template id"))?;
            let prepared = prepare(ctx, client, template, base).await?;
            let body = api::edit_body(&prepared, e.category_changed);
            let r = Record {
                waba,
                template_id: Some(id),
                name: &e.name,
                language: &e.language,
                change: Change::Edit,
                actor: &ctx.actor,
            };
            tracked(ctx, r, api::edit(client, id, &body)).await?;
            Ok("edited; Meta reviews it again".into())
        }
        Action::Delete => {
            let id =
                e.id.as_deref()
                    .ok_or_else(|| Error::internal("no template id"))?;
            let r = Record {
                waba,
                template_id: Some(id),
                name: &e.name,
                language: &e.language,
                change: Change::Delete,
                actor: &ctx.actor,
            };
            tracked(ctx, r, api::delete(client, waba, &e.name, Some(id))).await?;
            Ok("deleted".into())
        }
        _ => Ok(String::new()),
    }
}

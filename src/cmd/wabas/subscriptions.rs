//! `wabas subscriptions show | subscribe | unsubscribe`: which apps get a
//! WABA's webhooks. The migration preflight's "Webhooks subscribed" check
//! points here.

use serde_json::json;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::client::Sent;
use crate::graph::subscriptions::{self, App};
use crate::output::{Body, Cell, Column, Report, Style};
use crate::secret::Secret;
use clap::{Args, Subcommand};

pub const SUBSCRIPTIONS_HELP: &str = "\
Examples:
  waba wabas subscriptions                # the same as `show`
  waba --waba 102290129340398 wabas subscriptions subscribe --yes
  WABA_VERIFY_TOKEN=… waba wabas subscriptions subscribe --callback-url https://hooks.example.com/wa
  waba wabas subscriptions unsubscribe

Meta sends a WABA's webhooks (messages, statuses, template and number
updates) only to apps subscribed to it, and refuses to migrate a number into
a WABA without one. Subscribing subscribes the app the token belongs to;
--callback-url overrides that app's callback URL for this WABA only, and
needs the verify token Meta echoes to it in WABA_VERIFY_TOKEN (never a flag,
so that it stays out of shell history).

Under --sandbox, the sandbox calls the callback with its webhooks (signed
with `sandbox-app-secret`); it may be plain http on this machine, e.g.
`waba --sandbox webhooks serve --port 8080` at http://127.0.0.1:8080/.";

#[derive(Debug, Args)]
pub struct SubscriptionsArgs {
    #[command(subcommand)]
    pub command: Option<SubscriptionsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCommand {
    /// The apps subscribed to the WABA's webhooks
    #[command(
        after_help = "Examples:\n  waba wabas subscriptions show\n  waba --sandbox wabas subscriptions show --output json"
    )]
    Show,
    /// Subscribe the token's app to the WABA's webhooks
    #[command(after_help = SUBSCRIPTIONS_HELP)]
    Subscribe {
        /// Send this WABA's webhooks to this https URL instead of the app's
        #[arg(long, value_name = "URL")]
        callback_url: Option<String>,
    },
    /// Unsubscribe the token's app from the WABA's webhooks
    #[command(
        after_help = "Examples:\n  waba wabas subscriptions unsubscribe --yes\n\nThe app stops receiving this WABA's webhooks, and numbers can no longer be\nmigrated into it until an app subscribes again."
    )]
    Unsubscribe,
}

pub async fn run(ctx: &Context, command: Option<&SubscriptionsCommand>) -> Result<Report> {
    match command {
        None | Some(SubscriptionsCommand::Show) => show(ctx).await,
        Some(SubscriptionsCommand::Subscribe { callback_url }) => {
            subscribe(ctx, callback_url.as_deref()).await
        }
        Some(SubscriptionsCommand::Unsubscribe) => unsubscribe(ctx).await,
    }
}

async fn show(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    let apps = subscriptions::list(ctx.graph().await?, waba).await?;
    Ok(table(waba, &apps))
}

fn table(waba: &str, apps: &[App]) -> Report {
    let rows = apps
        .iter()
        .map(|a| {
            vec![
                Cell::opt(a.id.as_deref()),
                Cell::opt(a.name.as_deref()),
                match &a.override_callback_uri {
                    Some(u) => Cell::plain(u),
                    None => Cell::styled("the app's", Style::Dim),
                },
            ]
        })
        .collect();
    let mut report = Report::new(
        Body::Table {
            columns: vec![
                Column::new("APP"),
                Column::new("NAME"),
                Column::new("CALLBACK").flex(),
            ],
            rows,
        },
        json!({"waba_id": waba, "apps": apps}),
    )
    .with_heading(format!("WABA {waba} · webhook subscriptions"));
    if apps.is_empty() {
        report = report.with_note(format!(
            "no app is subscribed: Meta sends WABA {waba}'s webhooks nowhere and refuses to migrate numbers into it; fix: `waba --waba {waba} wabas subscriptions subscribe`"
        ));
    }
    report
}

/// An https URL, for Meta calls nothing else; a Graph server on this
/// machine (the sandbox) may also call plain http on this machine.
fn callback(url: &str, local_graph: bool) -> Result<String> {
    let bad = |why: &str| {
        Error::usage(format!("--callback-url `{url}` {why}")).with_hint(
            "pass the https URL of your webhook endpoint, e.g. https://hooks.example.com/whatsapp",
        )
    };
    let parsed = url::Url::parse(url).map_err(|e| bad(&format!("is not a URL: {e}")))?;
    let local_http =
        local_graph && parsed.scheme() == "http" && crate::config::settings::is_loopback(&parsed);
    if parsed.scheme() != "https" && !local_http {
        return Err(bad("is not https: Meta calls only https endpoints"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad("has no host"));
    }
    Ok(parsed.to_string())
}

async fn subscribe(ctx: &Context, callback_url: Option<&str>) -> Result<Report> {
    // Input first: a bad URL or a missing token asks nothing of Meta.
    let override_to = match callback_url {
        None => None,
        Some(u) => {
            let local_graph = ctx.settings.sandbox
                || crate::config::settings::is_loopback(&ctx.settings.graph_url.value);
            let u = callback(u, local_graph)?;
            // The sandbox's own token when none is set, as `--sandbox
            // webhooks serve` expects it.
            let sandbox_token = ctx
                .settings
                .sandbox
                .then(|| crate::sandbox::callbacks::VERIFY_TOKEN.to_string());
            let token = std::env::var("WABA_VERIFY_TOKEN")
                .ok()
                .filter(|t| !t.trim().is_empty())
                .or(sandbox_token)
                .ok_or_else(|| {
                    Error::usage("--callback-url needs the verify token Meta echoes to it")
                        .with_hint("set WABA_VERIFY_TOKEN to the token your endpoint expects")
                })?;
            Some((u, Secret::new(token)))
        }
    };
    let waba = ctx.waba_id()?;
    let to = match &override_to {
        Some((u, _)) => format!(" with the callback {u}"),
        None => String::new(),
    };
    ctx.confirm(&format!(
        "Subscribe this token's app to WABA {waba}'s webhooks{to}?"
    ))
    .await?;
    let client = ctx.graph().await?;
    let sent = subscriptions::subscribe(
        client,
        waba,
        override_to.as_ref().map(|(u, t)| (u.as_str(), t)),
    )
    .await?;
    if let Sent::DryRun(p) = sent {
        return Ok(crate::cmd::common::dry_run(p));
    }
    let apps = subscriptions::list(client, waba).await?;
    Ok(table(waba, &apps).with_heading(format!(
        "Subscribed: WABA {waba}'s webhooks go to the app{to}"
    )))
}

async fn unsubscribe(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    ctx.confirm(&format!(
        "Unsubscribe this token's app from WABA {waba}'s webhooks? It stops receiving them, and numbers cannot be migrated into the WABA without a subscribed app"
    ))
    .await?;
    let client = ctx.graph().await?;
    if let Sent::DryRun(p) = subscriptions::unsubscribe(client, waba).await? {
        return Ok(crate::cmd::common::dry_run(p));
    }
    let apps = subscriptions::list(client, waba).await?;
    Ok(table(waba, &apps).with_heading(format!(
        "Unsubscribed the app from WABA {waba}'s webhooks; still subscribed:"
    )))
}

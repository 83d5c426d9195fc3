//! Balance alerts: `alerts show / enable / disable / test`. Evaluating the
//! rule (a message queued to every target once per crossing below the
//! threshold, and when an auto-recharge is declined) is
//! `billing::crossings`; delivering the queue is `notify::deliver`.

use serde_json::json;

use crate::billing::money;
use crate::billing::policy::{self, Alerts, Rule, Target};
use crate::cmd::common::may;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::notify::deliver::send;
use crate::notify::{Message, queue};
use crate::output::{Body, Cell, Column, Report, Style};
use crate::store::access::Need;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// The WABA's alert rule, its targets, and what waits to be delivered
    #[command(
        after_help = "Examples:\n  waba alerts show\n  waba --sandbox alerts show --output json"
    )]
    Show,
    /// Notify TARGETs when the balance falls below a threshold
    #[command(
        after_help = "Examples:\n  waba alerts enable --below 100 --notify ops@example.com\n  waba alerts enable --below 100 --notify ops@example.com --notify https://hooks.slack.com/services/T000/B000/XXXX\n  waba alerts enable --below 100 --notify oncall@example.com --add\n\nThe targets given replace the WABA's current ones (the question says\nwhich), unless --add keeps them.\n\nTARGET is an email address (sent through the profile's smtp_* settings) or\nan https URL, which gets a JSON POST with a Slack-compatible `text`. Each\nalert fires once per fall below the threshold, and again only after the\nbalance has been back at or above it; a declined auto-recharge alerts too.\nA message that cannot be delivered is kept and tried again on the next run.\nWebhook URLs are credentials: waba shows only their host and last four\ncharacters."
    )]
    Enable {
        /// Alert when the balance is below this (strictly)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        below: String,
        /// An email address or https URL; repeat for several
        #[arg(long = "notify", value_name = "TARGET", required = true)]
        notify: Vec<String>,
        /// Keep the current targets and add these (else they are replaced)
        #[arg(long)]
        add: bool,
    },
    /// Stop alerting
    #[command(after_help = "Examples:\n  waba alerts disable")]
    Disable,
    /// Send a test message to every target now, and report each
    #[command(
        after_help = "Examples:\n  waba alerts test\n  waba --sandbox alerts test && waba sandbox outbox"
    )]
    Test,
}

pub async fn run(ctx: &Context, command: &AlertsCommand) -> Result<Report> {
    match command {
        AlertsCommand::Show => show(ctx).await,
        AlertsCommand::Enable { below, notify, add } => enable(ctx, below, notify, *add).await,
        AlertsCommand::Disable => disable(ctx).await,
        AlertsCommand::Test => test(ctx).await,
    }
}

async fn enable(ctx: &Context, below: &str, notify: &[String], add: bool) -> Result<Report> {
    // Input first: a bad value changes nothing, not even the store.
    let below = policy::parse_threshold(below)?;
    let mut given: Vec<Target> = Vec::new();
    for t in notify {
        let t = Target::parse(t)?;
        if !given.contains(&t) {
            given.push(t);
        }
    }
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("change its alerts")).await?;
    let cur = crate::billing::accounts::of(ctx, waba).await?.currency;
    let store = ctx.store().await?;
    let current = policy::alerts(store, waba)
        .await?
        .filter(|a| a.enabled && !a.targets.is_empty());
    // --add keeps the current targets; otherwise they are replaced, and
    // the question says which.
    let mut targets = match (&current, add) {
        (Some(a), true) => a.targets.clone(),
        _ => Vec::new(),
    };
    for t in given {
        if !targets.contains(&t) {
            targets.push(t);
        }
    }
    let shown: Vec<String> = targets.iter().map(Target::redacted).collect();
    let what = format!(
        "notify {} when WABA {waba}'s balance is below {}",
        shown.join(", "),
        money::show(below, &cur)
    );
    if ctx.flags.dry_run {
        return Ok(Report::message(format!("dry run: would {what}")));
    }
    let replaces = match (&current, add) {
        (Some(a), false) => {
            let old: Vec<String> = a.targets.iter().map(Target::redacted).collect();
            format!(
                " This replaces the alerts below {} to {} (--add keeps them).",
                money::show(a.below, &cur),
                old.join(", ")
            )
        }
        _ => String::new(),
    };
    ctx.confirm(&format!("Alerts: {what}?{replaces}")).await?;
    let rule = Alerts {
        below,
        targets,
        enabled: true,
        set_at: ctx.clock.now(),
        actor: ctx.actor.clone(),
    };
    policy::set_alerts(store, waba, &rule).await?;
    let mut report = Report::new(
        Body::Text(format!("Alerts enabled: {what}.")),
        json!({"waba_id": waba, "currency": cur, "alerts": rule}),
    )
    .with_note("`waba alerts test` sends a test message to each target now");
    if !replaces.is_empty() {
        report = report.with_note(replaces.trim().to_string());
    }
    Ok(report)
}

async fn disable(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("change its alerts")).await?;
    let store = ctx.store().await?;
    let Some(mut rule) = policy::alerts(store, waba).await?.filter(|a| a.enabled) else {
        return Ok(Report::message(format!(
            "Alerts are not enabled for WABA {waba}; nothing to do."
        )));
    };
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would disable the alerts of WABA {waba}"
        )));
    }
    ctx.confirm(&format!(
        "Disable the balance alerts of WABA {waba}? Nobody is told when it runs low"
    ))
    .await?;
    rule.enabled = false;
    rule.set_at = ctx.clock.now();
    rule.actor = ctx.actor.clone();
    policy::set_alerts(store, waba, &rule).await?;
    Ok(Report::new(
        Body::Text(format!("Alerts disabled for WABA {waba}.")),
        json!({"waba_id": waba, "alerts": rule}),
    ))
}

/// The rule of a WABA, or a usage error saying how to set one.
async fn rule_of(ctx: &Context, waba: &str) -> Result<Alerts> {
    policy::alerts(ctx.store().await?, waba)
        .await?
        .ok_or_else(|| {
            Error::usage(format!("no alerts are set for WABA {waba}")).with_hint(
                "enable them with `waba alerts enable --below AMOUNT --notify ops@example.com`",
            )
        })
}

async fn show(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("see its alert targets")).await?;
    let rule = rule_of(ctx, waba).await?;
    let store = ctx.store().await?;
    let cur = crate::billing::accounts::of(ctx, waba).await?.currency;
    let crossing = policy::crossing(store, waba, Rule::Alert).await?;
    let pending = queue::pending(store, waba).await?;
    let last = queue::last_delivered(store, waba).await?;
    let state = super::common::state_cell(rule.enabled, &crossing);
    let targets: Vec<String> = rule.targets.iter().map(Target::redacted).collect();
    let fields = vec![
        ("State".to_string(), state),
        ("Below".into(), Cell::plain(money::show(rule.below, &cur))),
        ("Notify".into(), Cell::plain(targets.join(", "))),
        (
            "Set".into(),
            Cell::plain(format!(
                "{} by {}",
                crate::clock::rfc3339(rule.set_at),
                rule.actor
            )),
        ),
        (
            "Waiting".into(),
            if pending.is_empty() {
                Cell::styled("none", Style::Dim)
            } else {
                Cell::styled(
                    format!("{} (tried again on the next run)", pending.len()),
                    Style::Warn,
                )
            },
        ),
        (
            "Last delivered".into(),
            Cell::opt(last.map(crate::clock::rfc3339).as_deref()),
        ),
    ];
    Ok(Report::new(
        Body::Fields(fields),
        json!({
            "waba_id": waba, "currency": cur, "alerts": rule,
            "armed": crossing.armed,
            "fired_at": crossing.crossed_at.filter(|_| !crossing.armed).map(crate::clock::rfc3339),
            "waiting": pending.iter().map(|p| json!({
                "target": p.target, "event": p.message.event,
                "attempts": p.attempts, "last_error": p.last_error,
            })).collect::<Vec<_>>(),
            "last_delivered": last.map(crate::clock::rfc3339),
        }),
    )
    .with_heading(format!("WABA {waba} · balance alerts")))
}

/// Sends a test message to every target now, and reports each.
async fn test(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("send its alerts")).await?;
    let rule = rule_of(ctx, waba).await?;
    let cur = crate::billing::accounts::of(ctx, waba).await?.currency;
    let text = format!(
        "Test of the balance alerts of WABA {waba}: they notify here when its balance falls below {}.",
        money::show(rule.below, &cur)
    );
    let m = Message {
        event: "test".into(),
        subject: format!("waba: test alert for WABA {waba}"),
        body: json!({
            "event": "test", "waba_id": waba, "currency": cur,
            "threshold": money::plain(rule.below), "text": text,
        }),
        text,
    };
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would send a test message to {} target(s)",
            rule.targets.len()
        )));
    }
    let sink = ctx.notifier()?;
    let mut rows = Vec::new();
    let mut results = Vec::new();
    let mut failed = 0;
    for t in &rule.targets {
        let (result, tries) = send(ctx, &sink, t, &m).await;
        let cell = match &result {
            Ok(()) => Cell::styled("delivered", Style::Good),
            Err(e) => {
                failed += 1;
                Cell::styled(format!("failed: {}", e.message), Style::Bad)
            }
        };
        rows.push(vec![
            Cell::plain(t.redacted()),
            Cell::plain(t.kind()),
            cell,
            Cell::plain(tries.to_string()),
        ]);
        results.push(json!({
            "target": t, "kind": t.kind(), "delivered": result.is_ok(),
            "error": result.as_ref().err().map(|e| e.message.clone()), "tries": tries,
        }));
    }
    let report = Report::new(
        Body::Table {
            columns: vec![
                Column::new("TARGET").flex(),
                Column::new("KIND"),
                Column::new("RESULT").flex(),
                Column::new("TRIES"),
            ],
            rows,
        },
        json!({"waba_id": waba, "results": results}),
    );
    if failed > 0 {
        ctx.printer.print(&report)?;
        return Err(Error::new(
            Kind::Unavailable,
            format!(
                "{failed} of {} target(s) could not be reached",
                rule.targets.len()
            ),
        )
        .with_hint("check the address or URL, and for email the profile's smtp_* settings"));
    }
    Ok(report)
}

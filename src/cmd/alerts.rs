//! Balance alerts: `alerts show / enable / disable / test`, and what
//! evaluating them does (`cmd::policy`): a message queued to every target
//! once per crossing below the threshold, and when an auto-recharge is
//! declined; then every queued message delivered, or kept for a later run.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::json;

use super::balance::{account, numbers_of};
use super::books::Books;
use super::policy::Applied;
use crate::billing::money;
use crate::billing::policy::{self, Alerts, Rule, Target};
use crate::cli::AlertsCommand;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::notify::{Message, Sink, queue};
use crate::output::{Body, Cell, Column, Report, Style};

/// Tries per delivery within one run; what still fails waits for the next.
const TRIES: u32 = 3;

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
    let cur = account(ctx, waba).await?.currency;
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
    let rule = rule_of(ctx, waba).await?;
    let store = ctx.store().await?;
    let cur = account(ctx, waba).await?.currency;
    let crossing = policy::crossing(store, waba, Rule::Alert).await?;
    let pending = queue::pending(store, waba).await?;
    let last = queue::last_delivered(store, waba).await?;
    let state = super::policy::state_cell(rule.enabled, &crossing);
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
    let rule = rule_of(ctx, waba).await?;
    let cur = account(ctx, waba).await?.currency;
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

/// Delivers one message, trying again with backoff; the number of tries.
async fn send(ctx: &Context, sink: &Sink, t: &Target, m: &Message) -> (Result<()>, u32) {
    let mut tries = 0;
    loop {
        tries += 1;
        match sink.send(t, m, ctx.clock.now()).await {
            Ok(()) => return (Ok(()), tries),
            Err(e) if tries >= TRIES => return (Err(e), tries),
            Err(_) => tokio::time::sleep(ctx.settings.net.backoff(tries - 1)).await,
        }
    }
}

/// Evaluates the alert rule of `books` against the balance before any
/// recharge this run made, and queues what it fires.
pub async fn step(
    ctx: &Context,
    books: &Books,
    a: &Alerts,
    before: Decimal,
    applied: &mut Applied,
) -> Result<()> {
    let store = ctx.store().await?;
    let waba = &books.waba;
    let cur = &books.currency;
    let now = ctx.clock.now();
    let mut queued = Vec::new();
    if before >= a.below {
        policy::rearm(store, waba, Rule::Alert).await?;
    } else if ctx.flags.dry_run {
        if policy::crossing(store, waba, Rule::Alert).await?.armed {
            applied.notes.push(format!(
                "dry run: the balance is below {}: would alert {} target(s)",
                money::show(a.below, cur),
                a.targets.len()
            ));
        }
    } else if policy::cross(store, waba, Rule::Alert, None, now).await? {
        queued.push("balance_low");
    }
    if applied
        .recharged
        .as_ref()
        .is_some_and(|r| r.declined.is_some())
    {
        queued.push("recharge_failed");
    }
    if queued.is_empty() {
        return Ok(());
    }
    let numbers: Vec<String> = numbers_of(ctx, waba)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.display_phone_number.unwrap_or(p.id))
        .collect();
    let b = books.balance(applied.low_below);
    for event in queued {
        let m = message(event, books, a, before, &b, &numbers, applied, now);
        for t in &a.targets {
            queue::enqueue(store.writer(), waba, t, &m, now).await?;
        }
    }
    Ok(())
}

/// The words of an alert, for email and webhook alike.
#[allow(clippy::too_many_arguments)]
fn message(
    event: &str,
    books: &Books,
    a: &Alerts,
    before: Decimal,
    now_balance: &crate::billing::balance::Balance,
    numbers: &[String],
    applied: &Applied,
    at: DateTime<Utc>,
) -> Message {
    let waba = &books.waba;
    let cur = &books.currency;
    let show = |d: Decimal| money::show(d, cur);
    let recharge = applied.recharged.as_ref();
    let (subject, text) = match event {
        "recharge_failed" => {
            let r = recharge.expect("a declined recharge");
            (
                format!("waba: auto-recharge failed for WABA {waba}"),
                format!(
                    "Auto-recharge of {} for WABA {waba} was declined: {}. The balance is {} ({}). It is not tried again until the balance is back at or above {}: set another card with `waba --waba {waba} payment set`, or top up with `waba --waba {waba} topup AMOUNT`.",
                    show(r.amount),
                    r.declined.as_deref().unwrap_or("declined"),
                    show(now_balance.balance),
                    now_balance.status.as_str(),
                    show(a.below)
                ),
            )
        }
        _ => {
            let after = match recharge {
                Some(r) if r.declined.is_none() => format!(
                    " Auto-recharge topped up {}: the balance is now {}.",
                    show(r.amount),
                    show(now_balance.balance)
                ),
                Some(_) => " Auto-recharge was declined.".to_string(),
                None => format!(" Top it up with `waba --waba {waba} topup AMOUNT`."),
            };
            (
                format!(
                    "waba: WABA {waba} balance {} is below {}",
                    show(before),
                    show(a.below)
                ),
                format!(
                    "The balance of WABA {waba} is {}, below the alert threshold of {}. Numbers sharing it: {}.{after}",
                    show(before),
                    show(a.below),
                    if numbers.is_empty() {
                        "unknown".to_string()
                    } else {
                        numbers.join(", ")
                    }
                ),
            )
        }
    };
    let body = json!({
        "event": event,
        "waba_id": waba,
        "currency": cur,
        "balance": money::plain(now_balance.balance),
        "balance_at_crossing": money::plain(before),
        "threshold": money::plain(a.below),
        "status": now_balance.status,
        "numbers": numbers,
        "recharge": recharge.map(|r| json!({
            "amount": money::plain(r.amount),
            "succeeded": r.declined.is_none(),
            "declined_reason": r.declined,
        })),
        "at": crate::clock::rfc3339(at),
        "text": text,
    });
    Message {
        event: event.to_string(),
        subject,
        text,
        body,
    }
}

/// Delivers a WABA's queued messages; what fails stays queued for the next
/// run, with why.
pub async fn deliver(ctx: &Context, waba: &str, notes: &mut Vec<String>) -> Result<()> {
    let store = ctx.store().await?;
    let pending = queue::pending(store, waba).await?;
    if pending.is_empty() {
        return Ok(());
    }
    let sink = ctx.notifier()?;
    for p in pending {
        if !queue::claim(store, &p.id, ctx.clock.now()).await? {
            continue;
        }
        let (result, tries) = send(ctx, &sink, &p.target, &p.message).await;
        let attempts = p.attempts + i64::from(tries);
        let now = ctx.clock.now();
        match result {
            Ok(()) => {
                queue::delivered(store, &p.id, attempts, now).await?;
                notes.push(format!(
                    "alert `{}` sent to {}",
                    p.message.event,
                    p.target.redacted()
                ));
            }
            Err(e) => {
                queue::failed(store, &p.id, attempts, &e.message, now).await?;
                notes.push(format!(
                    "alert `{}` to {} not delivered ({}); kept for the next run",
                    p.message.event,
                    p.target.redacted(),
                    e.message
                ));
            }
        }
    }
    Ok(())
}

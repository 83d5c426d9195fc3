//! Evaluating a WABA's auto-recharge and alert rules against its balance,
//! whenever a command computes that balance. Each rule fires once per
//! crossing below its threshold (the rules and crossings as stored are in
//! `billing::policy`), and is armed again once the balance is back at or
//! above it: a recharge is made exactly once, an alert queued for every
//! target, and the queue delivered.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::accounts::{self, card_of};
use super::balance::Balance;
use super::books::{self, Books, Sync};
use super::ledger;
use super::money;
use super::policy::{self, Alerts, Recharge, Rule};
use super::topup::{self, Outcome, Request, SETTLE_AFTER, Trigger};
use crate::error::Result;
use crate::notify::{Message, queue};
use crate::session::Session;

/// What evaluating the rules did, for the command's report.
#[derive(Debug, Default)]
pub struct Applied {
    /// The low-balance threshold in force.
    pub low_below: Option<Decimal>,
    /// The recharge of the current crossing was declined, with the bank's
    /// reason: `balance --check` exits 7 until the balance is back above.
    pub declined: Option<String>,
    /// What this run's auto-recharge did, for the alert's words.
    pub recharged: Option<Recharged>,
    /// Lines for stderr: what was charged, sent, or would be.
    pub notes: Vec<String>,
}

/// An auto-recharge this run made.
#[derive(Debug, Clone)]
pub struct Recharged {
    pub amount: Decimal,
    /// The bank's reason, when it was declined.
    pub declined: Option<String>,
}

impl Applied {
    /// The notes as progress lines, for commands whose report is about
    /// something else.
    pub fn announce(&self, ctx: &Session) {
        for n in &self.notes {
            ctx.notes.step(n);
        }
    }
}

/// Reads a WABA's books (see `books::load`), applies its rules, and
/// records the status that follows for the warning other commands print.
/// Every command that computes a balance goes through here.
pub async fn load(
    ctx: &Session,
    waba: &str,
    from: Option<NaiveDate>,
    how: Sync,
) -> Result<(Books, Applied)> {
    settle(ctx, books::load(ctx, waba, from, how).await?).await
}

/// Applies a WABA's rules to its books (read by `books::load` or
/// `books::load_each`), and records the status that follows.
pub async fn settle(ctx: &Session, mut books: Books) -> Result<(Books, Applied)> {
    let applied = apply(ctx, &mut books).await?;
    let b = books.balance(applied.low_below);
    // A WABA whose ledger has not opened has no status to remember.
    if b.opened_at.is_some() && !ctx.flags.dry_run {
        accounts::set_status(ctx.store().await?, &books.waba, b.status.as_str()).await?;
    }
    Ok((books, applied))
}

/// The balance now: top-ups left open settled, spend synced (or, when
/// Meta cannot be reached, as last synced), the status recorded for the
/// warning other commands print.
pub async fn current(ctx: &Session, waba: &str) -> Result<Balance> {
    let (books, applied) = load(ctx, waba, None, Sync::Lenient).await?;
    applied.announce(ctx);
    Ok(books.balance(applied.low_below))
}

/// Applies the rules to `books` (whose ledger is re-read after a
/// recharge). Under `--dry-run` nothing is charged or sent.
async fn apply(ctx: &Session, books: &mut Books) -> Result<Applied> {
    let store = ctx.store().await?;
    let recharge = policy::recharge(store, &books.waba).await?;
    if !books.bills {
        // A viewer sees the threshold, not the targets, and its reads
        // fire nothing: the rules are a billing login's to act on.
        let alert = policy::alert_threshold(store, &books.waba).await?;
        return Ok(Applied {
            low_below: alert.or_else(|| recharge.filter(|r| r.enabled).map(|r| r.below)),
            ..Applied::default()
        });
    }
    let alerts = policy::alerts(store, &books.waba).await?;
    let mut applied = Applied {
        low_below: policy::low_below(recharge.as_ref(), alerts.as_ref()),
        ..Applied::default()
    };
    let before = books.balance(applied.low_below).balance;
    if let Some(r) = recharge.filter(|r| r.enabled) {
        recharge_step(ctx, books, &r, before, &mut applied).await?;
    }
    if let Some(a) = alerts.filter(|a| a.enabled) {
        alert_step(ctx, books, &a, before, &mut applied).await?;
    }
    if !ctx.flags.dry_run {
        crate::notify::deliver::run(ctx, &books.waba, &mut applied.notes).await?;
    }
    Ok(applied)
}

async fn recharge_step(
    ctx: &Session,
    books: &mut Books,
    r: &Recharge,
    balance: Decimal,
    applied: &mut Applied,
) -> Result<()> {
    let store = ctx.store().await?;
    let waba = books.waba.clone();
    let cur = books.currency.clone();
    if balance >= r.below {
        policy::rearm(store, &waba, Rule::Recharge).await?;
        return Ok(());
    }
    if ctx.flags.dry_run {
        applied.notes.push(format!(
            "dry run: the balance is below {}: auto-recharge would top up {}",
            money::show(r.below, &cur),
            money::show(r.amount, &cur)
        ));
        return Ok(());
    }
    let now = ctx.clock.now();
    let c = policy::crossing(store, &waba, Rule::Recharge).await?;
    // The top-up this firing makes, named before it is made: the crossing
    // knows its recharge even when the run dies before recording it.
    let id = topup::new_id(now);
    let fire = match c.crossed_at.filter(|_| !c.armed) {
        None => policy::cross(store, &waba, Rule::Recharge, Some(&id), now).await?,
        Some(at) => {
            let made = match &c.topup_id {
                Some(t) => topup::get(store, t).await?,
                None => None,
            };
            match made {
                // Fired, then cut off before its top-up was recorded, or a
                // top-up that charged nothing failed: tried again, at most
                // once every SETTLE_AFTER.
                None if now - at > SETTLE_AFTER => {
                    policy::reclaim(store, &waba, Rule::Recharge, &c, Some(&id), now).await?
                }
                // A top-up that ended having charged nothing (its create
                // failed, or a later run closed it: abandoned before its
                // intent was recorded, or canceled unconfirmed) leaves the
                // crossing to recharge: once SETTLE_AFTER has passed since
                // it began, however recently it was closed.
                Some(t)
                    if matches!(t.status.as_str(), "failed" | "canceled" | "abandoned")
                        && now - t.created_at > SETTLE_AFTER =>
                {
                    policy::reclaim(store, &waba, Rule::Recharge, &c, Some(&id), now).await?
                }
                Some(t) if t.status == "declined" || t.status == "requires_action" => {
                    applied.declined = Some(t.detail.unwrap_or_else(|| "declined".into()));
                    false
                }
                _ => false,
            }
        }
    };
    if !fire {
        return Ok(());
    }
    crate::stop::point("recharge:fired")?;
    let outcome = async {
        let rules = ctx.billing()?.topup;
        let charge = rules.charge(r.amount, &cur)?;
        let card = card_of(ctx, &waba).await?;
        let who = ctx.who();
        topup::run_as(
            store,
            ctx.stripe().await?,
            &id,
            &Request {
                waba: &waba,
                charge,
                currency: &cur,
                customer: &card.customer,
                card: &card.card,
                trigger: Trigger::Auto,
                who: &who,
            },
            now,
        )
        .await
    }
    .await;
    let shown = money::show(r.amount, &cur);
    match outcome {
        Ok((id, Outcome::Succeeded { .. })) => {
            books.entries = ledger::entries(store, &waba).await?;
            applied.recharged = Some(Recharged {
                amount: r.amount,
                declined: None,
            });
            applied.notes.push(format!(
                "auto-recharge: the balance was {}, below {}: topped up {shown} (top-up {id})",
                money::show(balance, &cur),
                money::show(r.below, &cur)
            ));
        }
        Ok((id, Outcome::Declined(f) | Outcome::NeedsCardholder(f))) => {
            applied.notes.push(format!(
                "auto-recharge of {shown} declined: {} (top-up {id}); it is not tried again until the balance is back above {}",
                f.reason(),
                money::show(r.below, &cur)
            ));
            applied.declined = Some(f.reason());
            applied.recharged = Some(Recharged {
                amount: r.amount,
                declined: Some(f.reason()),
            });
        }
        Ok((id, Outcome::Unknown(why))) => applied.notes.push(format!(
            "auto-recharge of {shown}: the outcome of top-up {id} is not known yet ({why}); the next run settles it"
        )),
        Err(e) => applied.notes.push(format!(
            "auto-recharge of {shown} could not start: {}; it is tried again after {} minutes",
            e.message,
            SETTLE_AFTER.num_minutes()
        )),
    }
    Ok(())
}

/// Evaluates the alert rule of `books` against the balance before any
/// recharge this run made, and queues what it fires.
async fn alert_step(
    ctx: &Session,
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
    let numbers: Vec<String> = accounts::numbers_of(ctx, waba)
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

//! `balance`, `balance adjust`, and what other money commands share: the
//! WABA's billing account (its currency) and its current balance.

use rust_decimal::Decimal;
use serde_json::json;

use crate::billing::accounts::{self, Account};
use crate::billing::balance::{Balance, Status};
use crate::billing::ledger::{self, Kind};
use crate::billing::money::{self, parse_amount};
use crate::billing::topup;
use crate::cli::{BalanceArgs, BalanceCommand};
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::{Body, Cell, Report, Style};

pub async fn run(ctx: &Context, args: &BalanceArgs) -> Result<Report> {
    match &args.command {
        Some(BalanceCommand::Adjust {
            credit,
            debit,
            reason,
        }) => adjust(ctx, credit.as_deref(), debit.as_deref(), reason).await,
        None => show(ctx, args.check).await,
    }
}

/// The WABA's billing account: its currency comes from Meta once, then
/// from the store.
pub async fn account(ctx: &Context, waba: &str) -> Result<Account> {
    let store = ctx.store().await?;
    if let Some(a) = accounts::get(store, waba).await? {
        return Ok(a);
    }
    let w = crate::graph::waba::get(ctx.graph().await?, waba).await?;
    let Some(currency) = w.currency.filter(|c| c.len() == 3) else {
        return Err(Error::new(
            ErrorKind::Rejected,
            format!("Meta gives no currency for WABA {waba}"),
        )
        .with_hint(
            "a WABA's currency is set when its payment method is added in Meta Business Suite",
        ));
    };
    let a = Account {
        waba_id: waba.to_string(),
        currency: currency.to_ascii_uppercase(),
        timezone_id: w.timezone_id,
        status: None,
    };
    accounts::put(store, &a, ctx.clock.now()).await?;
    Ok(a)
}

/// The balance now, after settling top-ups left without an outcome.
pub async fn current(ctx: &Context, waba: &str) -> Result<Balance> {
    let store = ctx.store().await?;
    // The processor is only asked (and its key only needed) when a top-up
    // is left open.
    let open = topup::open(store, waba).await?;
    if !open.is_empty() {
        topup::settle_open(
            store,
            ctx.stripe().await?,
            &open,
            &ctx.actor,
            ctx.clock.now(),
        )
        .await?;
    }
    let entries = ledger::entries(store, waba).await?;
    // Spend sync and low-balance thresholds come with their own commands;
    // until a WABA has them, spend is nothing and no threshold applies.
    let b = Balance::of(&entries, Decimal::ZERO, None);
    accounts::set_status(store, waba, b.status.as_str()).await?;
    Ok(b)
}

fn status_cell(s: Status) -> Cell {
    let style = match s {
        Status::Active => Style::Good,
        Status::Low => Style::Warn,
        Status::Exhausted => Style::Bad,
    };
    Cell::styled(s.as_str(), style)
}

async fn show(ctx: &Context, check: bool) -> Result<Report> {
    let waba = ctx.waba_id()?;
    let acct = account(ctx, waba).await?;
    let b = current(ctx, waba).await?;
    let cur = &acct.currency;
    let fields = vec![
        (
            "Balance".into(),
            Cell::styled(money::show(b.balance, cur), Style::Header),
        ),
        ("Status".into(), status_cell(b.status)),
        ("Credits".into(), Cell::plain(money::show(b.credits, cur))),
        ("Debits".into(), Cell::plain(money::show(b.debits, cur))),
        ("Spend".into(), Cell::plain(money::show(b.spend, cur))),
        (
            "Ledger opened".into(),
            Cell::opt(b.opened_at.map(crate::clock::rfc3339).as_deref()),
        ),
    ];
    let json = json!({
        "waba_id": waba,
        "currency": cur,
        "balance": money::plain(b.balance),
        "status": b.status,
        "credits": money::plain(b.credits),
        "debits": money::plain(b.debits),
        "spend": money::plain(b.spend),
        "opened_at": b.opened_at.map(crate::clock::rfc3339),
    });
    let mut report = Report::new(Body::Fields(fields), json)
        .with_heading(format!("WABA {waba} · balance in {cur}"));
    if b.opened_at.is_none() {
        report = report.with_note(
            "no ledger yet: record the opening balance with `waba balance adjust --credit AMOUNT --reason \"opening balance\"`, or `waba topup AMOUNT`",
        );
    }
    if b.status == Status::Exhausted && b.opened_at.is_some() {
        report = report.with_note(
            "the balance is exhausted: Meta blocks paid messages, and a negative balance suspends every channel of the WABA until a top-up covers it",
        );
    }
    if check {
        let kind = match b.status {
            Status::Low => Some(ErrorKind::BalanceLow),
            Status::Exhausted => Some(ErrorKind::BalanceExhausted),
            Status::Active => None,
        };
        if let Some(kind) = kind {
            ctx.printer.print(&report)?;
            return Err(Error::new(
                kind,
                format!(
                    "WABA {waba} balance is {}: {}",
                    b.status.as_str(),
                    money::show(b.balance, cur)
                ),
            )
            .with_hint("top it up with `waba topup AMOUNT`"));
        }
    }
    Ok(report)
}

async fn adjust(
    ctx: &Context,
    credit: Option<&str>,
    debit: Option<&str>,
    reason: &str,
) -> Result<Report> {
    // Input first: a bad amount or reason changes nothing, not even the store.
    let (amount, word) = match (credit, debit) {
        (Some(c), None) => (parse_amount("the credit", c)?, "credit"),
        (None, Some(d)) => (-parse_amount("the debit", d)?, "debit"),
        _ => return Err(Error::usage("give either --credit or --debit")),
    };
    if amount.is_zero() {
        return Err(Error::usage(format!("a {word} of zero changes nothing"))
            .with_hint("give an amount above 0"));
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::usage("--reason is empty")
            .with_hint("say why, e.g. --reason \"opening balance\"; it is kept with the record"));
    }
    let waba = ctx.waba_id()?;
    let acct = account(ctx, waba).await?;
    let cur = &acct.currency;
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would record a {word} of {} on WABA {waba} ({reason})",
            money::show(amount.abs(), cur)
        )));
    }
    ctx.confirm(&format!(
        "Record a {word} of {} on WABA {waba}?",
        money::show(amount.abs(), cur)
    ))
    .await?;
    let store = ctx.store().await?;
    ledger::append(
        store,
        waba,
        Kind::Adjustment,
        amount,
        cur,
        None,
        Some(reason),
        &ctx.who(),
        ctx.clock.now(),
    )
    .await?;
    let b = current(ctx, waba).await?;
    Ok(Report::new(
        Body::Text(format!(
            "Recorded a {word} of {} on WABA {waba}. Balance: {} ({})",
            money::show(amount.abs(), cur),
            money::show(b.balance, cur),
            b.status.as_str()
        )),
        json!({
            "waba_id": waba, "currency": cur, "kind": "adjustment",
            "amount": money::plain(amount), "reason": reason,
            "balance": money::plain(b.balance), "status": b.status,
        }),
    ))
}

//! `balance`, `balance adjust`, and what other money commands share: the
//! WABA's billing account (its currency) and its current balance.

mod all;

use serde_json::json;

use crate::billing::books::{Figures, Sync};
use crate::billing::crossings;

use crate::billing::accounts::{self};
use crate::billing::balance::Status;
use crate::billing::ledger::{self, Kind};
use crate::billing::money::{self, parse_amount};
use crate::billing::spend::Sum;
use crate::cmd::common::may;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::{Body, Cell, Report, Style};
use crate::store::access::Need;
use clap::{Args, Subcommand};

pub const BALANCE_HELP: &str = "\
Examples:
  waba --sandbox balance
  waba balance --check                 # cron: exit 8 when low, 9 when exhausted
  waba balance --all                   # every WABA of every profile, worst first
  waba balance --all --check --jobs 2  # cron over a fleet, 100 WABAs at a time
  waba balance adjust --credit 250 --reason \"opening balance\"
  waba balance adjust --debit 12.40 --reason \"October reconciliation\"

Meta keeps no prepaid balance: this is waba's own ledger (top-ups and
adjustments) less the spend recorded for the WABA. The status is
`exhausted` at or below zero, `low` below the low-balance threshold, else
`active`.

--all reads every WABA of every profile: a profile's own WABA, and the
WABAs its business owns or serves as a partner. Each WABA appears once,
with totals per currency; WABAs without a ledger yet are listed as `no
ledger` and left out of the totals and of --check. With --check it exits 9
when any WABA is exhausted, else 8 when any is low; a WABA that cannot be
read fails the run after the table is printed.";

#[derive(Debug, Args)]
pub struct BalanceArgs {
    #[command(subcommand)]
    pub command: Option<BalanceCommand>,
    /// Exit 8 when the balance is low, 9 when exhausted (for cron)
    #[arg(long)]
    pub check: bool,
    /// Answer from the spend already synced: no call to Meta (with --all,
    /// a business's WABAs are still listed)
    #[arg(long)]
    pub no_sync: bool,
    /// Every WABA of every profile (or of --profile's), in one table
    #[arg(long)]
    pub all: bool,
    /// With --all: how many batch requests to Meta at once, each reading
    /// up to 50 WABAs' spend
    #[arg(long, value_name = "N", default_value_t = 4, requires = "all",
          value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

#[derive(Debug, Subcommand)]
pub enum BalanceCommand {
    /// Record a credit or a debit: an opening balance, a reconciliation
    #[command(
        after_help = "Examples:\n  waba balance adjust --credit 250 --reason \"opening balance\"\n  waba balance adjust --debit 12.40 --reason \"October reconciliation\" --yes\n\nThe record is appended to the ledger with who made it; a correction is\nanother adjustment, never an edit."
    )]
    #[command(group(clap::ArgGroup::new("direction").required(true).args(["credit", "debit"])))]
    Adjust {
        /// Add this amount to the balance
        #[arg(long, value_name = "AMOUNT")]
        credit: Option<String>,
        /// Take this amount from the balance
        #[arg(long, value_name = "AMOUNT")]
        debit: Option<String>,
        /// Why: kept with the record
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
}

pub async fn run(ctx: &Context, args: &BalanceArgs) -> Result<Report> {
    match &args.command {
        Some(BalanceCommand::Adjust {
            credit,
            debit,
            reason,
        }) => adjust(ctx, credit.as_deref(), debit.as_deref(), reason).await,
        None if args.all => all::run(ctx, sync_of(args), args.check, usize::from(args.jobs)).await,
        None => show(ctx, args).await,
    }
}

/// `--no-sync` reads no spend from Meta; else a failed sync gives the
/// figures of the last one, marked stale (`--check` judges on them and says
/// so), or, with none ever made, the error.
pub fn sync_of(args: &BalanceArgs) -> Sync {
    if args.no_sync { Sync::Skip } else { Sync::Try }
}

async fn show(ctx: &Context, args: &BalanceArgs) -> Result<Report> {
    let waba = ctx.waba_id()?;
    let how = sync_of(args);
    // The numbers sharing the balance are asked for alongside the sync.
    let numbers = async {
        if how == Sync::Skip {
            None
        } else {
            accounts::numbers_of(ctx, waba).await
        }
    };
    let (loaded, numbers) = tokio::join!(crossings::load(ctx, waba, None, how), numbers);
    let (books, applied) = loaded?;
    let fig = Figures::of(&books, applied.low_below);
    let b = &fig.balance;
    let cur = &books.currency;
    let (today, month) = (fig.today, fig.month);
    let (spend_today, spend_month, f) = (&fig.spend_today, &fig.spend_month, &fig.forecast);
    let forecast_text = match (b.status, f.runs_out_on) {
        (Status::Exhausted, _) => "exhausted now".to_string(),
        (_, Some(day)) => format!(
            "runs out around {day} ({} days) at {}/day",
            (day - today).num_days(),
            money::show(f.per_day, cur)
        ),
        (_, None) => "no spend in the last 7 days".to_string(),
    };
    let zone = books.zone();
    let mut fields = vec![
        (
            "Balance".into(),
            Cell::styled(money::show(b.balance, cur), Style::Header),
        ),
        ("Status".into(), crate::cmd::common::status_cell(b.status)),
        (
            "Low below".into(),
            Cell::plain(applied.low_below.map_or_else(
                || "none set (`waba alerts enable` or `waba autorecharge enable`)".to_string(),
                |t| money::show(t, cur),
            )),
        ),
        (
            format!("Spend today ({today})"),
            Cell::plain(money::show(spend_today.amount, cur)),
        ),
        (
            format!("Spend this month ({})", month.format("%Y-%m")),
            Cell::plain(money::show(spend_month.amount, cur)),
        ),
        ("Forecast".into(), Cell::plain(&forecast_text)),
        (
            "Credits − debits".into(),
            Cell::plain(format!(
                "{} − {}",
                money::show(b.credits, cur),
                money::show(b.debits, cur)
            )),
        ),
        (
            "Spend since opened".into(),
            Cell::plain(money::show(b.spend, cur)),
        ),
        (
            "Ledger opened".into(),
            Cell::opt(b.opened_at.map(crate::clock::rfc3339).as_deref()),
        ),
        (
            "Last sync".into(),
            match (&books.stale, books.synced_at) {
                (Some(_), Some(at)) => Cell::styled(
                    format!(
                        "{} (stale: this run could not read Meta)",
                        crate::clock::rfc3339(at)
                    ),
                    Style::Warn,
                ),
                (_, at) => Cell::opt(at.map(crate::clock::rfc3339).as_deref()),
            },
        ),
        (
            "Days in".into(),
            Cell::plain(format!("Meta's buckets, {zone}")),
        ),
    ];
    if let Some(n) = &numbers {
        let list: Vec<String> = n
            .iter()
            .map(|p| {
                p.display_phone_number
                    .clone()
                    .unwrap_or_else(|| p.id.clone())
            })
            .collect();
        fields.push((
            format!("Numbers sharing it ({})", list.len()),
            Cell::plain(list.join(", ")),
        ));
    }
    let charged = Sum::of(books.charged());
    let json = json!({
        "waba_id": waba,
        "currency": cur,
        "balance": money::plain(b.balance),
        "status": b.status,
        "low_below": applied.low_below.map(money::plain),
        "recharge_declined": applied.declined,
        "credits": money::plain(b.credits),
        "debits": money::plain(b.debits),
        "spend": money::plain(b.spend),
        "spend_today": money::plain(spend_today.amount),
        "spend_month": money::plain(spend_month.amount),
        "forecast": {
            "per_day": money::plain(f.per_day),
            "runs_out_on": f.runs_out_on.map(|d| d.to_string()),
        },
        "opened_at": b.opened_at.map(crate::clock::rfc3339),
        "last_sync": books.synced_at.map(crate::clock::rfc3339),
        "synced": books.synced,
        "as_of": books.synced_at.map(crate::clock::rfc3339),
        "time_zone": zone,
        "today": today.to_string(),
        "unpriced_messages": charged.unpriced,
        "numbers": numbers.as_ref().map(|n| n.iter().map(|p| json!({
            "id": p.id, "phone_number": p.e164(), "display_phone_number": p.display_phone_number,
        })).collect::<Vec<_>>()),
    });
    let mut report = Report::new(Body::Fields(fields), json)
        .with_heading(format!("WABA {waba} · balance in {cur}"));
    for n in &applied.notes {
        report = report.with_note(n);
    }
    if b.opened_at.is_none() {
        report = report.with_note(
            "no ledger yet: record the opening balance with `waba balance adjust --credit AMOUNT --reason \"opening balance\"`, or `waba topup AMOUNT`",
        );
    }
    if let Some(note) = charged.unpriced_note(cur) {
        report = report.with_note(note);
    }
    if b.status == Status::Exhausted && b.opened_at.is_some() {
        report = report.with_note(
            "the balance is exhausted: Meta blocks paid messages, and a negative balance suspends every channel of the WABA until a top-up covers it",
        );
    }
    if args.check {
        if let Some(why) = &applied.declined {
            ctx.printer.print(&report)?;
            return Err(Error::new(
                ErrorKind::Payment,
                format!("WABA {waba}'s auto-recharge was declined: {why}"),
            )
            .with_hint("set another card with `waba payment set`, or top up with `waba topup AMOUNT`; auto-recharge fires again once the balance is back above its threshold"));
        }
        let kind = match b.status {
            Status::Low => Some(ErrorKind::BalanceLow),
            Status::Exhausted => Some(ErrorKind::BalanceExhausted),
            Status::Active => None,
        };
        let stale = books.stale.as_ref().map(|_| {
            format!(
                " (judged on the figures as of {}: Meta's spend could not be read)",
                books
                    .synced_at
                    .map(crate::clock::rfc3339)
                    .unwrap_or_default()
            )
        });
        if let Some(kind) = kind {
            ctx.printer.print(&report)?;
            return Err(Error::new(
                kind,
                format!(
                    "WABA {waba} balance is {}: {}{}",
                    b.status.as_str(),
                    money::show(b.balance, cur),
                    stale.unwrap_or_default()
                ),
            )
            .with_hint("top it up with `waba topup AMOUNT`"));
        }
        if let Some(s) = stale {
            ctx.printer.warn(&format!("balance --check passed{s}"));
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
    may(ctx, waba, Need::Bill("adjust its balance")).await?;
    let acct = accounts::of(ctx, waba).await?;
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
    let b = crossings::current(ctx, waba).await?;
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

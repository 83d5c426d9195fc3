//! `topup AMOUNT`, `topup history`, `topup receipt ID`.

use serde_json::json;

use crate::billing::accounts;
use crate::billing::accounts::card_of;
use crate::billing::crossings::current;
use crate::billing::money::{self, parse_amount};
use crate::billing::topup::{self, Outcome, Request, Trigger};
use crate::cmd::common::may;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::output::{Body, Cell, Column, Report, Style};
use crate::store::access::Need;
use clap::{Args, Subcommand};

pub const TOPUP_HELP: &str = "\
Examples:
  waba --sandbox topup 100             # 100.00 + 5.50 fee = 105.50 charged
  waba topup 49.90 --yes               # no prompt, for scripts
  waba topup history
  waba topup receipt tu_18f2c3a4b5c6d7e8f9a0

AMOUNT is credited to the balance; a processing fee of 5.5% (rounded half-up
to cents) is added to the charge. From 10 to 2,000 per top-up, at most two
decimals. The card is the WABA's (`waba payment set`), charged off-session.
A top-up cut off mid-way is settled from the card processor on the next run,
never charged twice.";

#[derive(Debug, Args)]
pub struct TopupArgs {
    #[command(subcommand)]
    pub command: Option<TopupCommand>,
    /// The amount to credit, in the WABA's currency (e.g. 100 or 49.90)
    #[arg(value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TopupCommand {
    /// Past top-ups of the WABA, newest first, with their receipts
    #[command(
        after_help = "Examples:\n  waba topup history\n  waba topup history --output csv > topups.csv\n\nA top-up left without an outcome (a run cut off mid-way) is settled from\nthe card processor first."
    )]
    History,
    /// A printable receipt of one top-up
    #[command(
        after_help = "Examples:\n  waba topup receipt tu_18f2c3a4b5c6d7e8f9a0\n  waba topup receipt tu_18f2c3a4b5c6d7e8f9a0 --output json"
    )]
    Receipt {
        /// The top-up id (`tu_…`), as `topup history` shows it
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::topups))]
        id: String,
    },
}

pub async fn run(ctx: &Context, args: &TopupArgs) -> Result<Report> {
    match (&args.command, &args.amount) {
        (Some(TopupCommand::History), _) => history(ctx).await,
        (Some(TopupCommand::Receipt { id }), _) => receipt(ctx, id).await,
        (None, Some(amount)) => charge(ctx, amount).await,
        (None, None) => Err(
            Error::usage("give the amount to top up, e.g. `waba topup 100`")
                .with_hint("`waba topup history` lists past top-ups"),
        ),
    }
}

async fn charge(ctx: &Context, amount: &str) -> Result<Report> {
    // Input first: a bad amount changes nothing, not even the store.
    let rules = ctx.billing()?.topup;
    let amount = parse_amount("the amount", amount)?;
    rules.charge(amount, "")?;
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("top it up")).await?;
    let acct = accounts::of(ctx, waba).await?;
    let cur = acct.currency.as_str();
    let price = rules.charge(amount, cur)?;
    let card = card_of(ctx, waba).await?;
    let stripe = ctx.stripe().await?;
    // Settle what an earlier run left open before charging again.
    let before = current(ctx, waba).await?;
    let label = stripe
        .card(&card.card)
        .await
        .map_or_else(|_| card.card.clone(), |c| c.label());
    let summary = Report::new(
        Body::Fields(vec![
            ("WABA".into(), Cell::plain(waba)),
            ("Amount".into(), Cell::plain(money::show(price.amount, cur))),
            (
                format!("Fee ({}%)", rules.fee_percent.normalize()),
                Cell::plain(money::show(price.fee, cur)),
            ),
            (
                "Total charged".into(),
                Cell::styled(money::show(price.total, cur), Style::Header),
            ),
            (
                "Card".into(),
                Cell::plain(format!("{label} of {}", card.customer)),
            ),
            (
                "Balance now".into(),
                Cell::plain(money::show(before.balance, cur)),
            ),
        ]),
        json!(null),
    );
    if ctx.flags.dry_run {
        let json = json!({
            "dry_run": true, "waba_id": waba, "currency": cur,
            "amount": money::plain(price.amount), "fee": money::plain(price.fee),
            "total": money::plain(price.total), "customer": card.customer, "card": card.card,
        });
        return Ok(summary
            .with_json(json)
            .with_note("dry run: nothing was charged"));
    }
    ctx.printer.show(&summary);
    ctx.confirm(&format!(
        "Charge {} to {label}?",
        money::show(price.total, cur)
    ))
    .await?;
    let who = ctx.who();
    let (id, outcome) = topup::run(
        ctx.store().await?,
        stripe,
        &Request {
            waba,
            charge: price,
            currency: cur,
            customer: &card.customer,
            card: &card.card,
            trigger: Trigger::Manual,
            who: &who,
        },
        ctx.clock.now(),
    )
    .await?;
    match outcome {
        Outcome::Succeeded { receipt_url } => {
            let after = current(ctx, waba).await?;
            let text = format!(
                "Topped up WABA {waba}: {} credited, {} charged to {label}.\nBalance: {} ({})\nTop-up {id}{}",
                money::show(price.amount, cur),
                money::show(price.total, cur),
                money::show(after.balance, cur),
                after.status.as_str(),
                receipt_url
                    .as_deref()
                    .map(|u| format!(" · receipt {u}"))
                    .unwrap_or_default()
            );
            Ok(Report::new(
                Body::Text(text),
                json!({
                    "id": id, "waba_id": waba, "status": "succeeded", "currency": cur,
                    "amount": money::plain(price.amount), "fee": money::plain(price.fee),
                    "total": money::plain(price.total), "receipt_url": receipt_url,
                    "balance": money::plain(after.balance), "balance_status": after.status,
                }),
            ))
        }
        Outcome::Declined(f) => Err(Error::new(
            Kind::Payment,
            format!("the card was declined: {}", f.reason()),
        )
        .with_hint(format!(
            "nothing was charged (top-up {id}); use another card with `waba payment set`, or ask the cardholder's bank"
        ))),
        Outcome::NeedsCardholder(f) => Err(Error::new(
            Kind::Payment,
            format!("the bank asks the cardholder to authenticate this charge: {}", f.reason()),
        )
        .with_hint(format!(
            "nothing was charged (top-up {id}); the cardholder must approve a payment with this card once while present (for example in Stripe's customer portal), or set another card with `waba payment set`"
        ))),
        Outcome::Unknown(why) => Err(Error::new(
            Kind::Unavailable,
            format!("the outcome of top-up {id} is not known yet: {why}"),
        )
        .with_hint("do not top up again: `waba topup history` settles it from the card processor and shows whether it was charged")),
    }
}

async fn history(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    let store = ctx.store().await?;
    // Settles open top-ups first, so the list says how each ended.
    current(ctx, waba).await?;
    let rows = topup::list(store, Some(waba)).await?;
    let columns = vec![
        Column::new("ID"),
        Column::new("DATE"),
        Column::new("AMOUNT"),
        Column::new("FEE"),
        Column::new("TOTAL"),
        Column::new("STATUS"),
        Column::new("BY").optional(),
        Column::new("RECEIPT").flex().optional(),
    ];
    let table = rows
        .iter()
        .map(|t| {
            vec![
                Cell::plain(&t.id),
                Cell::plain(t.created_at.format("%Y-%m-%d %H:%M").to_string()),
                Cell::plain(money::show(t.amount, &t.currency)),
                Cell::plain(money::show(t.fee, &t.currency)),
                Cell::plain(money::show(t.total, &t.currency)),
                status_cell(&t.status),
                Cell::plain({
                    let who = if t.trigger == "auto" {
                        "auto-recharge".to_string()
                    } else {
                        t.actor.clone()
                    };
                    // The server's word beside the declared actor.
                    match &t.db_user {
                        Some(login) => format!("{who} (login {login})"),
                        None => who,
                    }
                }),
                Cell::opt(t.receipt_url.as_deref()),
            ]
        })
        .collect();
    // Amounts are stored with two decimals, so they serialize as `"105.50"`.
    let json = json!(rows);
    let mut report = Report::new(
        Body::Table {
            columns,
            rows: table,
        },
        json,
    )
    .with_heading(format!("WABA {waba} · {} top-up(s)", rows.len()));
    if rows.is_empty() {
        report = report.with_note("no top-ups yet; `waba topup AMOUNT` makes one");
    }
    Ok(report)
}

fn status_cell(s: &str) -> Cell {
    let style = match s {
        "succeeded" => Style::Good,
        "pending" | "intent" | "requires_action" => Style::Warn,
        "declined" | "failed" => Style::Bad,
        _ => Style::Dim,
    };
    Cell::styled(s, style)
}

async fn receipt(ctx: &Context, id: &str) -> Result<Report> {
    let store = ctx.store().await?;
    let all = topup::list(store, None).await?;
    let Some(t) = all.into_iter().find(|t| t.id == id) else {
        return Err(Error::usage(format!("no top-up `{id}` in the ledger"))
            .with_hint("`waba topup history` lists the top-ups and their ids"));
    };
    let cur = &t.currency;
    let fields = vec![
        (
            "Receipt for top-up".into(),
            Cell::styled(&t.id, Style::Header),
        ),
        ("WABA".into(), Cell::plain(&t.waba_id)),
        (
            "Date (UTC)".into(),
            Cell::plain(t.created_at.format("%Y-%m-%d %H:%M:%S").to_string()),
        ),
        (
            "Credited to balance".into(),
            Cell::plain(money::show(t.amount, cur)),
        ),
        (
            "Processing fee".into(),
            Cell::plain(money::show(t.fee, cur)),
        ),
        (
            "Total charged".into(),
            Cell::styled(money::show(t.total, cur), Style::Header),
        ),
        (
            "Card".into(),
            Cell::plain(format!("{} of {}", t.card, t.customer)),
        ),
        ("Payment".into(), Cell::opt(t.intent_id.as_deref())),
        ("Status".into(), status_cell(&t.status)),
        (
            "Processor receipt".into(),
            Cell::opt(t.receipt_url.as_deref()),
        ),
        ("Made by".into(), Cell::plain(&t.actor)),
    ];
    let json = json!(t);
    let mut report = Report::new(Body::Fields(fields), json);
    if t.status != "succeeded" {
        report = report.with_note(format!(
            "this top-up is {}: nothing was credited{}",
            t.status,
            t.detail
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default()
        ));
    }
    Ok(report)
}

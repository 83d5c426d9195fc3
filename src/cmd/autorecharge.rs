//! `autorecharge show / enable / disable`: the rule that tops a WABA up by
//! card when its balance falls below a threshold. Evaluated by
//! `billing::crossings` whenever a command computes the balance.

use serde_json::json;

use crate::billing::accounts::{self, card_of};
use crate::billing::money::{self, parse_amount};
use crate::billing::policy::{self, Recharge, Rule};
use crate::billing::topup;
use crate::cmd::common::may;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Report};
use crate::store::access::Need;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AutorechargeCommand {
    /// The WABA's auto-recharge rule, its state, and its last recharge
    #[command(
        after_help = "Examples:\n  waba autorecharge show\n  waba --sandbox autorecharge show --output json"
    )]
    Show,
    /// Recharge AMOUNT whenever the balance falls below a threshold
    #[command(
        after_help = "Examples:\n  waba autorecharge enable --below 50 --amount 200\n  waba autorecharge enable --below 50 --amount 200 --yes    # in a script\n\nEnabling is your consent: from then on the WABA's card is charged without\na prompt (also under --no-input), once each time the balance falls below\nthe threshold. It fires again only after the balance has been back at or\nabove it. The amount follows the top-up limits and fee. A declined\nrecharge is not retried until then; `balance --check` exits 7 meanwhile.\nRules are kept in the state store: a team sharing it shares them."
    )]
    Enable {
        /// Recharge when the balance is below this (strictly)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        below: String,
        /// How much to credit each time (the fee is added to the charge)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: String,
    },
    /// Stop recharging automatically
    #[command(after_help = "Examples:\n  waba autorecharge disable")]
    Disable,
}

pub async fn run(ctx: &Context, command: &AutorechargeCommand) -> Result<Report> {
    match command {
        AutorechargeCommand::Show => show(ctx).await,
        AutorechargeCommand::Enable { below, amount } => enable(ctx, below, amount).await,
        AutorechargeCommand::Disable => disable(ctx).await,
    }
}

async fn enable(ctx: &Context, below: &str, amount: &str) -> Result<Report> {
    // Input first: a bad value changes nothing, not even the store.
    let below = policy::parse_threshold(below)?;
    let rules = ctx.billing()?.topup;
    let amount = parse_amount("the amount", amount)?;
    rules.charge(amount, "")?;
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("change its auto-recharge")).await?;
    let cur = accounts::of(ctx, waba).await?.currency;
    let price = rules.charge(amount, &cur)?;
    let card = card_of(ctx, waba).await?;
    let what = format!(
        "when WABA {waba}'s balance is below {}, charge {} ({} + {} fee) to card {} of {} without asking",
        money::show(below, &cur),
        money::show(price.total, &cur),
        money::show(price.amount, &cur),
        money::show(price.fee, &cur),
        card.card,
        card.customer
    );
    // The balance as the store has it (no sync, no rule applied): a
    // recharge that cannot lift it to the threshold fires once and leaves
    // the WABA low until someone tops up.
    let books =
        crate::billing::books::load(ctx, waba, None, crate::billing::books::Sync::Skip).await?;
    let balance = books.balance(None).balance;
    if balance + amount < below {
        ctx.printer.warn(&format!(
            "the balance is {}: one recharge of {} leaves it at {}, still below {}; it fires once per crossing, so top up the rest with `waba topup`",
            money::show(balance, &cur),
            money::show(amount, &cur),
            money::show(balance + amount, &cur),
            money::show(below, &cur)
        ));
    }
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would enable auto-recharge: {what}"
        )));
    }
    ctx.confirm(&format!("Enable auto-recharge: {what}?"))
        .await?;
    let rule = Recharge {
        below,
        amount,
        enabled: true,
        set_at: ctx.clock.now(),
        actor: ctx.actor.clone(),
    };
    policy::set_recharge(ctx.store().await?, waba, &rule).await?;
    Ok(Report::new(
        Body::Text(format!("Auto-recharge enabled: {what}.")),
        json!({"waba_id": waba, "currency": cur, "auto_recharge": rule,
               "fee": money::plain(price.fee), "total": money::plain(price.total)}),
    )
    .with_note("it is checked whenever the balance is: `waba balance` (or `balance --check` from cron), usage, invoices, top-ups"))
}

async fn disable(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("change its auto-recharge")).await?;
    let store = ctx.store().await?;
    let Some(mut rule) = policy::recharge(store, waba).await?.filter(|r| r.enabled) else {
        return Ok(Report::message(format!(
            "Auto-recharge is not enabled for WABA {waba}; nothing to do."
        )));
    };
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would disable auto-recharge for WABA {waba}"
        )));
    }
    ctx.confirm(&format!(
        "Disable auto-recharge for WABA {waba}? Its balance may then run out"
    ))
    .await?;
    rule.enabled = false;
    rule.set_at = ctx.clock.now();
    rule.actor = ctx.actor.clone();
    policy::set_recharge(store, waba, &rule).await?;
    Ok(Report::new(
        Body::Text(format!("Auto-recharge disabled for WABA {waba}.")),
        json!({"waba_id": waba, "auto_recharge": rule}),
    ))
}

async fn show(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    let store = ctx.store().await?;
    let Some(rule) = policy::recharge(store, waba).await? else {
        return Err(
            Error::usage(format!("no auto-recharge is set for WABA {waba}")).with_hint(
                "enable it with `waba autorecharge enable --below AMOUNT --amount AMOUNT`",
            ),
        );
    };
    let cur = accounts::of(ctx, waba).await?.currency;
    let price = ctx.billing()?.topup.charge(rule.amount, &cur)?;
    let crossing = policy::crossing(store, waba, Rule::Recharge).await?;
    let last = topup::list(store, Some(waba))
        .await?
        .into_iter()
        .find(|t| t.trigger == "auto");
    let state = super::common::state_cell(rule.enabled, &crossing);
    let fields = vec![
        ("State".to_string(), state),
        ("Below".into(), Cell::plain(money::show(rule.below, &cur))),
        ("Amount".into(), Cell::plain(money::show(rule.amount, &cur))),
        (
            "Charged each time".into(),
            Cell::plain(format!(
                "{} (fee {})",
                money::show(price.total, &cur),
                money::show(price.fee, &cur)
            )),
        ),
        (
            "Set".into(),
            Cell::plain(format!(
                "{} by {}",
                crate::clock::rfc3339(rule.set_at),
                rule.actor
            )),
        ),
        (
            "Last recharge".into(),
            Cell::opt(
                last.as_ref()
                    .map(|t| {
                        format!(
                            "{} {} ({})",
                            t.id,
                            t.status,
                            crate::clock::rfc3339(t.created_at)
                        )
                    })
                    .as_deref(),
            ),
        ),
    ];
    Ok(Report::new(
        Body::Fields(fields),
        json!({
            "waba_id": waba, "currency": cur, "auto_recharge": rule,
            "armed": crossing.armed,
            "fired_at": crossing.crossed_at.filter(|_| !crossing.armed).map(crate::clock::rfc3339),
            "fee": money::plain(price.fee), "total": money::plain(price.total),
            "last_recharge": last,
        }),
    )
    .with_heading(format!("WABA {waba} · auto-recharge")))
}

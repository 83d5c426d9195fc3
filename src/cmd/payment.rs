//! `payment set` / `payment show`: the Stripe customer and card charged for
//! a WABA's top-ups. Each WABA may have its own.

use serde_json::json;

use crate::billing::accounts::{self, PaymentCard};
use crate::cmd::common::may;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Report};
use crate::store::access::Need;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PaymentCommand {
    /// Set the Stripe customer and card charged for this WABA's top-ups
    #[command(
        after_help = "Examples:\n  waba payment set --customer cus_Q1w2E3r4 --card pm_1Nq2W3e4R5t6\n  waba --sandbox payment set --customer cus_sandbox_demo --card pm_card_visa_chargeDeclinedInsufficientFunds\n\nThe card must be saved on the customer in Stripe. Each WABA may have its own card."
    )]
    Set {
        /// The Stripe customer (`cus_…`)
        #[arg(long, value_name = "ID")]
        customer: String,
        /// The saved card, a PaymentMethod (`pm_…`) of that customer
        #[arg(long, value_name = "ID")]
        card: String,
    },
    /// The customer and card charged for this WABA's top-ups
    #[command(
        after_help = "Examples:\n  waba payment show\n  waba --sandbox payment show --output json"
    )]
    Show,
}

pub async fn run(ctx: &Context, command: &PaymentCommand) -> Result<Report> {
    match command {
        PaymentCommand::Set { customer, card } => set(ctx, customer, card).await,
        PaymentCommand::Show => show(ctx).await,
    }
}

fn check_id(what: &str, flag: &str, prefix: &str, id: &str) -> Result<()> {
    let ok = id.starts_with(prefix)
        && id.len() > prefix.len()
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(
            Error::usage(format!("`{id}` is not a Stripe {what} id")).with_hint(format!(
                "{flag} takes an id that starts with `{prefix}`, as Stripe's dashboard shows it"
            )),
        )
    }
}

async fn set(ctx: &Context, customer: &str, card: &str) -> Result<Report> {
    check_id("customer", "--customer", "cus_", customer)?;
    check_id("card (PaymentMethod)", "--card", "pm_", card)?;
    let waba = ctx.waba_id()?;
    may(ctx, waba, Need::Bill("set the card it is charged to")).await?;
    let stripe = ctx.stripe().await?;
    stripe.customer(customer).await?;
    let found = stripe.card(card).await?;
    if let Some(other) = found.customer.as_deref().filter(|c| *c != customer) {
        return Err(Error::usage(format!(
            "card {card} belongs to customer {other}, not {customer}"
        ))
        .with_hint("give the customer the card is saved on"));
    }
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would charge WABA {waba}'s top-ups to {} of {customer}",
            found.label()
        )));
    }
    let store = ctx.store().await?;
    let replaces = match accounts::card(store, waba).await? {
        Some(old) if old.card != card || old.customer != customer => {
            format!(" It replaces {} of {}.", old.card, old.customer)
        }
        _ => String::new(),
    };
    ctx.confirm(&format!(
        "Charge WABA {waba}'s top-ups and auto-recharges to {} of {customer}?{replaces}",
        found.label()
    ))
    .await?;
    let c = PaymentCard {
        waba_id: waba.to_string(),
        customer: customer.to_string(),
        card: card.to_string(),
        set_at: ctx.clock.now(),
        set_by: ctx.actor.clone(),
    };
    accounts::set_card(store, &c).await?;
    Ok(Report::new(
        Body::Text(format!(
            "WABA {waba}: top-ups are charged to {} of customer {customer}",
            found.label()
        )),
        json!({"waba_id": waba, "customer": customer, "card": card, "brand": found.brand, "last4": found.last4}),
    ))
}

async fn show(ctx: &Context) -> Result<Report> {
    let waba = ctx.waba_id()?;
    let c = accounts::card_of(ctx, waba).await?;
    let found = ctx.stripe().await?.card(&c.card).await.ok();
    let label = found.as_ref().map_or_else(|| c.card.clone(), |f| f.label());
    Ok(Report::new(
        Body::Fields(vec![
            ("WABA".into(), Cell::plain(waba)),
            ("Customer".into(), Cell::plain(&c.customer)),
            ("Card".into(), Cell::plain(label)),
            (
                "Set".into(),
                Cell::plain(format!(
                    "{} by {}",
                    crate::clock::rfc3339(c.set_at),
                    c.set_by
                )),
            ),
        ]),
        json!({
            "waba_id": waba, "customer": c.customer, "card": c.card,
            "brand": found.as_ref().and_then(|f| f.brand.clone()),
            "last4": found.as_ref().and_then(|f| f.last4.clone()),
            "set_at": crate::clock::rfc3339(c.set_at), "set_by": c.set_by,
        }),
    ))
}

//! `wabas list`: the WABAs a profile reaches, with how many numbers each
//! has, so that ids need not be copied out of Business Manager.

pub mod subscriptions;

use serde_json::json;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::fleet;
use crate::graph::waba::{self, Waba};
use crate::output::{Body, Cell, Column, Report, Style};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum WabasCommand {
    /// Name, currency, review status and number count of each WABA
    #[command(
        after_help = "Examples:\n  waba wabas list                         # the profile's business, or its WABA\n  waba wabas list --business 123456789012345\n  waba --sandbox wabas list --output json\n\nA business lists the WABAs it owns and those shared with it as a partner\n(owned_whatsapp_business_accounts, client_whatsapp_business_accounts).\n`waba profile add NAME --business ID` makes a profile that covers them all,\nfor `balance --all`."
    )]
    #[command(visible_alias = "ls")]
    List {
        /// A business portfolio id [default: the profile's business]
        #[arg(long, value_name = "ID")]
        business: Option<String>,
        /// How many WABAs' numbers to count at once
        #[arg(long, value_name = "N", default_value_t = 64,
              value_parser = clap::value_parser!(u16).range(1..=1024))]
        jobs: u16,
    },

    /// The apps subscribed to the WABA's webhooks; subscribe or unsubscribe
    #[command(after_help = subscriptions::SUBSCRIPTIONS_HELP, args_conflicts_with_subcommands = true)]
    Subscriptions(subscriptions::SubscriptionsArgs),
}

pub async fn run(ctx: &Context, command: &WabasCommand) -> Result<Report> {
    match command {
        WabasCommand::List { business, jobs } => {
            list(ctx, business.as_deref(), usize::from(*jobs)).await
        }
        WabasCommand::Subscriptions(args) => subscriptions::run(ctx, args.command.as_ref()).await,
    }
}

async fn list(ctx: &Context, business: Option<&str>, jobs: usize) -> Result<Report> {
    let businesses: Vec<String> = match business {
        Some(b) => {
            crate::config::settings::check_id(
                "business id",
                b,
                &crate::config::Source::Flag("--business"),
            )?;
            vec![b.to_string()]
        }
        None if ctx.settings.sandbox => vec![
            crate::sandbox::ids::DEMO_BUSINESS.to_string(),
            crate::sandbox::ids::OTHER_BUSINESS.to_string(),
        ],
        None => ctx
            .settings
            .business
            .iter()
            .map(|b| b.value.clone())
            .collect(),
    };
    let client = ctx.graph().await?;
    let mut found: Vec<Waba> = Vec::new();
    for b in &businesses {
        found.extend(waba::of_business_with_numbers(client, b).await?);
    }
    let mut heading = format!("business {}", businesses.join(", "));
    if businesses.is_empty() {
        // Without a business: the WABAs the token's granular scopes name
        // (a system user's or an Embedded Signup token), else the profile's.
        let (token, _) = ctx.token()?;
        let info = crate::graph::token::debug(client, &token).await?;
        let named: Vec<String> = info
            .targets
            .iter()
            .filter(|(scope, _)| scope == "whatsapp_business_management")
            .flat_map(|(_, ids)| ids.iter().cloned())
            .collect();
        if named.is_empty() {
            let id = ctx.waba_id().map_err(|_| {
                Error::usage("no business to list, and the token's scopes name no WABA").with_hint(
                    "pass --business ID, or make a profile with `waba profile add NAME --business ID`",
                )
            })?;
            heading = "the profile's WABA".into();
            found.push(waba::get(client, id).await?);
        } else {
            heading = "the token's granular scopes".into();
            let read = fleet::bounded(
                named,
                jobs,
                |id| async move { waba::get(client, &id).await },
            )
            .await;
            for w in read {
                found.push(w?);
            }
        }
    }
    // A WABA two businesses (or scopes) reach is listed once, where first seen.
    let mut seen = std::collections::HashSet::new();
    found.retain(|w| seen.insert(w.id.clone()));
    // Listed by a business, each WABA came with its numbers; one named by
    // scopes is asked.
    let counts = fleet::bounded(found.iter().collect(), jobs, |w: &Waba| async move {
        match &w.numbers {
            Some(n) => Some(n.len()),
            None => crate::graph::phone_numbers::list(client, &w.id)
                .await
                .map(|n| n.len())
                .ok(),
        }
    })
    .await;
    let rows = found
        .iter()
        .zip(&counts)
        .map(|(w, n)| {
            vec![
                Cell::plain(&w.id),
                Cell::opt(w.name.as_deref()),
                Cell::opt(w.currency.as_deref()),
                Cell::opt_styled(
                    w.account_review_status.as_deref(),
                    match w.account_review_status.as_deref() {
                        Some("APPROVED") => Style::Good,
                        Some("REJECTED") => Style::Bad,
                        _ => Style::Warn,
                    },
                ),
                Cell::opt(n.map(|n| n.to_string()).as_deref()),
            ]
        })
        .collect();
    let json = json!(
        found
            .iter()
            .zip(&counts)
            .map(|(w, n)| json!({
                "waba_id": w.id, "name": w.name, "currency": w.currency,
                "timezone_id": w.timezone_id, "review_status": w.account_review_status,
                "numbers": n,
            }))
            .collect::<Vec<_>>()
    );
    let mut report = Report::new(
        Body::Table {
            columns: vec![
                Column::new("WABA"),
                Column::new("NAME"),
                Column::new("CURRENCY"),
                Column::new("REVIEW"),
                Column::new("NUMBERS"),
            ],
            rows,
        },
        json,
    )
    .with_heading(format!("{} WABA(s) of {heading}", found.len()));
    if counts.iter().any(Option::is_none) {
        report = report.with_note("a `-` under NUMBERS: Meta did not list that WABA's numbers");
    }
    Ok(report)
}

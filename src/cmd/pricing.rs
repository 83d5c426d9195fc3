//! `pricing show | estimate | import`: the dated rate card.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use crate::billing::accounts;
use crate::billing::money;
use crate::billing::rates::{self, CATEGORIES, Card, Rate};
use crate::clock::parse_day;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Column, Report, Style};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PricingCommand {
    /// The pricing rules and the rates in force on a day
    #[command(
        after_help = "Examples:\n  waba pricing show\n  waba pricing show --country ES --at 2026-10-01\n  waba --sandbox pricing show --output json\n\nNo rate of Meta's is built in: Meta publishes its rate cards as files\nbehind its pricing page. Import yours with `waba pricing import FILE`."
    )]
    Show {
        /// Only this market (ISO 3166 code, e.g. ES)
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// The day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        at: Option<String>,
    },
    /// What sending some messages would cost
    #[command(
        after_help = "Examples:\n  waba pricing estimate --country ES --category marketing --messages 1000\n  waba pricing estimate --country MX --category utility --messages 5000 --currency USD\n\nThe rate is the one in force on the day (--at), plus the markup of\n[billing] in config.toml."
    )]
    Estimate {
        /// The recipients' market (ISO 3166 code, e.g. ES)
        #[arg(long, value_name = "CC")]
        country: String,
        /// marketing, utility, authentication, authentication_international or service
        #[arg(long, value_name = "CATEGORY")]
        category: String,
        /// How many delivered messages
        #[arg(long, value_name = "N")]
        messages: String,
        /// The day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        at: Option<String>,
        /// The currency [default: the WABA's]
        #[arg(long, value_name = "CODE")]
        currency: Option<String>,
    },
    /// Load rates from a CSV file (the format is in the README)
    #[command(
        after_help = "Examples:\n  waba pricing import rates-2026-10.csv\n  waba pricing import rates.csv --dry-run\n\nThe file: a header `country,category,currency,rate,effective_from[,tier][,source]`,\nthen one rate per line, e.g. `ES,marketing,EUR,0.0509,2026-10-01,,Meta rate card`.\nOne currency per file; a card in another currency than the WABA's needs a\nconversion under [billing.conversion] in config.toml. A bad line fails the\nwhole file and nothing is stored."
    )]
    Import {
        /// The CSV file
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
    },
}

pub async fn run(ctx: &Context, c: &PricingCommand) -> Result<Report> {
    match c {
        PricingCommand::Show { country, at } => show(ctx, country.as_deref(), at.as_deref()).await,
        PricingCommand::Estimate {
            country,
            category,
            messages,
            at,
            currency,
        } => {
            estimate(
                ctx,
                country,
                category,
                messages,
                at.as_deref(),
                currency.as_deref(),
            )
            .await
        }
        PricingCommand::Import { file } => import(ctx, file).await,
    }
}

fn country_arg(s: &str) -> Result<String> {
    let c = s.trim().to_ascii_uppercase();
    if rates::is_code(&c, 2) {
        Ok(c)
    } else {
        Err(
            Error::usage(format!("country `{s}` is not a 2-letter code"))
                .with_hint("use the recipients' ISO 3166 code, e.g. ES, US or IN"),
        )
    }
}

fn day_arg(ctx: &Context, at: Option<&str>) -> Result<NaiveDate> {
    at.map(|s| parse_day("--at", s))
        .transpose()
        .map(|d| d.unwrap_or_else(|| ctx.clock.now().date_naive()))
}

/// The pricing rule in force on a day, in words.
fn rule_on(day: NaiveDate) -> &'static str {
    rates::periods()
        .into_iter()
        .rev()
        .find(|(from, _, _)| *from <= day.to_string().as_str())
        .map_or("before Meta's dated pricing rules", |(_, _, what)| what)
}

/// The rates in force on `day`: for each market, category, tier and
/// currency, the latest that took effect on or before it.
fn in_force(card: &Card, day: NaiveDate, country: Option<&str>) -> Vec<Rate> {
    let mut latest: BTreeMap<(String, String, String, String), Rate> = BTreeMap::new();
    for r in card.rates.iter().filter(|r| r.effective_from <= day) {
        if country.is_some_and(|c| r.country != c && r.country != "*") {
            continue;
        }
        let key = (
            r.currency.clone(),
            r.country.clone(),
            r.category.clone(),
            r.tier.clone(),
        );
        if latest
            .get(&key)
            .is_none_or(|o| o.effective_from < r.effective_from)
        {
            latest.insert(key, r.clone());
        }
    }
    latest.into_values().collect()
}

async fn show(ctx: &Context, country: Option<&str>, at: Option<&str>) -> Result<Report> {
    let country = country.map(country_arg).transpose()?;
    let day = day_arg(ctx, at)?;
    let card = ctx.card().await?;
    // The selected WABA's currency only, when one is selected.
    let currency = match ctx.settings.waba.as_ref() {
        Some(w) => Some(accounts::of(ctx, &w.value).await?.currency),
        None => None,
    };
    let mut rates = in_force(card, day, country.as_deref());
    if let Some(c) = &currency
        && rates.iter().any(|r| &r.currency == c)
    {
        rates.retain(|r| &r.currency == c);
    }
    let rows = rates
        .iter()
        .map(|r| {
            vec![
                Cell::plain(&r.country),
                Cell::plain(&r.category),
                Cell::opt(Some(r.tier.as_str()).filter(|t| !t.is_empty())),
                Cell::plain(r.rate.normalize().to_string()),
                Cell::plain(&r.currency),
                Cell::plain(r.effective_from.to_string()),
                Cell::styled(&r.source, Style::Dim),
            ]
        })
        .collect();
    let json = json!({
        "at": day.to_string(),
        "rule": rule_on(day),
        "markup_percent": card.markup_percent.normalize().to_string(),
        "rates": rates,
        "periods": rates::periods().iter().map(|(f, u, w)| json!({
            "from": f, "until": (!u.is_empty()).then_some(u), "rule": w,
        })).collect::<Vec<_>>(),
    });
    let mut report = Report::new(
        Body::Table {
            columns: vec![
                Column::new("COUNTRY"),
                Column::new("CATEGORY"),
                Column::new("TIER").optional(),
                Column::new("RATE"),
                Column::new("CURRENCY").context(),
                Column::new("SINCE"),
                Column::new("SOURCE").flex(),
            ],
            rows,
        },
        json,
    )
    .with_csv_rows("rates")
    .with_heading(format!("Pricing on {day}: {}", rule_on(day)));
    if !card.markup_percent.is_zero() {
        report = report.with_heading(format!(
            "Markup: {}% on rate-card spend and estimates",
            card.markup_percent.normalize()
        ));
    }
    if rates.is_empty() {
        report = report.with_note(
            "no rates known for this day: Meta's rate cards are not built in (Meta publishes them as files behind its pricing page); import yours with `waba pricing import FILE`",
        );
    }
    Ok(report)
}

async fn estimate(
    ctx: &Context,
    country: &str,
    category: &str,
    messages: &str,
    at: Option<&str>,
    currency: Option<&str>,
) -> Result<Report> {
    let country = country_arg(country)?;
    let category = category.trim().to_ascii_lowercase();
    if !CATEGORIES.contains(&category.as_str()) {
        return Err(
            Error::usage(format!("category `{category}` is not one Meta prices"))
                .with_hint(format!("use one of {}", CATEGORIES.join(", "))),
        );
    }
    let n: u64 = messages
        .trim()
        .parse()
        .ok()
        .filter(|n| *n > 0 && !messages.trim().starts_with('+'))
        .ok_or_else(|| {
            Error::usage(format!(
                "--messages `{messages}` is not a whole number above 0"
            ))
            .with_hint("give the number of delivered messages, e.g. --messages 1000")
        })?;
    let day = day_arg(ctx, at)?;
    let card = ctx.card().await?;
    let currency = match currency {
        Some(c) => {
            let c = c.trim().to_ascii_uppercase();
            if !rates::is_code(&c, 3) {
                return Err(
                    Error::usage(format!("currency `{c}` is not a 3-letter code"))
                        .with_hint("use ISO 4217 codes such as EUR or USD"),
                );
            }
            c
        }
        None => match ctx.settings.waba.as_ref() {
            Some(w) => accounts::of(ctx, &w.value).await?.currency,
            None => match card.currencies().as_slice() {
                [one] => one.clone(),
                _ => {
                    return Err(Error::usage("which currency?").with_hint(
                        "pass --currency CODE, or select a WABA (--waba) to use its currency",
                    ));
                }
            },
        },
    };
    // Regular messages of this category: is it charged at all that day?
    if !rates::charged(day, &category, "REGULAR") {
        return Ok(Report::message(format!(
            "{n} {category} message(s) to {country} on {day} cost nothing: {}",
            rule_on(day)
        ))
        .with_json(json!({
            "country": country, "category": category, "messages": n, "at": day.to_string(),
            "currency": currency, "estimate": "0.00", "charged": false,
        })));
    }
    let Some(found) = card.find(day, &country, &category, "", &currency) else {
        return Err(Error::usage(format!(
            "no {currency} rate is known for {category} messages to {country} on {day}"
        ))
        .with_hint("import a rate card with `waba pricing import FILE` (the README shows the format); a card in another currency needs a conversion under [billing.conversion]"));
    };
    let base = found.rate * Decimal::from(n);
    let total = card.marked_up(base);
    let mut fields = vec![
        (
            "Messages".into(),
            Cell::plain(format!("{n} {category} to {country}")),
        ),
        (
            "Rate".into(),
            Cell::plain(format!(
                "{} {currency} per message, since {}",
                found.rate.normalize(),
                found.from.effective_from
            )),
        ),
        (
            "Source".into(),
            Cell::styled(&found.from.source, Style::Dim),
        ),
    ];
    if let Some(by) = found.converted_by {
        fields.push((
            "Converted".into(),
            Cell::plain(format!(
                "from {} at {} ([billing.conversion])",
                found.from.currency,
                by.normalize()
            )),
        ));
    }
    if !card.markup_percent.is_zero() {
        fields.push((
            format!("Markup ({}%)", card.markup_percent.normalize()),
            Cell::plain(money::show(total - base, &currency)),
        ));
    }
    fields.push((
        "Estimate".into(),
        Cell::styled(money::show(total, &currency), Style::Header),
    ));
    Ok(Report::new(
        Body::Fields(fields),
        json!({
            "country": country, "category": category, "messages": n, "at": day.to_string(),
            "currency": currency, "rate": found.rate.normalize().to_string(),
            "rate_from": found.from.effective_from.to_string(), "source": found.from.source,
            "markup_percent": card.markup_percent.normalize().to_string(),
            "estimate": money::plain(total), "charged": true,
        }),
    ))
}

async fn import(ctx: &Context, file: &std::path::Path) -> Result<Report> {
    // A rate card is a few thousand rows; 16 MiB is far past one.
    let text = crate::config::atomic::read_capped(file, 16 << 20).map_err(|e| match e {
        crate::config::atomic::Capped::Io(e) => {
            Error::usage(format!("cannot read {}: {e}", file.display()))
                .with_hint("give the path of a rate-card CSV file")
        }
        other => other.into_error(file),
    })?;
    let name = file.display().to_string();
    let rates = rates::parse_csv(&name, &text)?;
    let currency = rates[0].currency.clone();
    let rules = ctx.billing()?;
    if let Some(w) = ctx.settings.waba.as_ref() {
        let acct = accounts::of(ctx, &w.value).await?;
        if acct.currency != currency
            && !rules
                .conversions
                .contains_key(&(currency.clone(), acct.currency.clone()))
        {
            return Err(Error::usage(format!(
                "{name} is in {currency}, WABA {} is billed in {}",
                w.value, acct.currency
            ))
            .with_hint(format!(
                "import a {} card, or set the rate under [billing.conversion] in config.toml, e.g. {currency}-{} = \"0.92\"",
                acct.currency, acct.currency
            )));
        }
    }
    let first = rates
        .iter()
        .map(|r| r.effective_from)
        .min()
        .unwrap_or_default();
    let last = rates
        .iter()
        .map(|r| r.effective_from)
        .max()
        .unwrap_or_default();
    let what = format!(
        "{} rate(s) in {currency} effective from {first}{}",
        rates.len(),
        if first == last {
            String::new()
        } else {
            format!(" to {last}")
        }
    );
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would import {what} from {name}"
        )));
    }
    ctx.confirm(&format!(
        "Import {what} from {name}? Spend without Meta's cost is priced with them"
    ))
    .await?;
    rates::import(ctx.store().await?, &rates, &ctx.actor, ctx.clock.now()).await?;
    Ok(
        Report::message(format!("Imported {what} from {name}.")).with_json(json!({
            "imported": rates.len(), "currency": currency, "file": name,
            "effective_from": first.to_string(), "effective_to": last.to_string(),
        })),
    )
}

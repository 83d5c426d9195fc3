//! `invoices`: the monthly statement of a WABA's balance (opening balance,
//! top-ups, adjustments, spend by category and country, closing balance),
//! or one line per month since the ledger opened.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde_json::json;

use crate::billing::books::{self, Books, Sync};
use crate::billing::crossings;
use crate::billing::ledger::{Entry, Kind};
use crate::billing::money;
use crate::billing::spend::{Priced, Sum};
use crate::billing::sync::midnight;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Column, Report, Style};
use clap::Args;

pub const INVOICES_HELP: &str = "\
Examples:
  waba invoices                 # one line per month since the ledger opened
  waba invoices 2026-11         # the statement of November 2026
  waba invoices 2026-11 --output csv > statement-2026-11.csv

closing = opening + top-ups + adjustments − spend. Spend counts from the
moment the ledger opened, as the balance does; months are Meta's buckets.";

#[derive(Debug, Args)]
pub struct InvoicesArgs {
    /// The month, YYYY-MM; without it, a summary of every month
    #[arg(value_name = "MONTH")]
    pub month: Option<String>,
    /// Answer from the spend already synced: no call to Meta
    #[arg(long)]
    pub no_sync: bool,
}

pub async fn run(ctx: &Context, args: &InvoicesArgs) -> Result<Report> {
    let month = args.month.as_deref().map(parse_month).transpose()?;
    if let Some(m) = month
        && m > ctx.clock.now().date_naive()
    {
        return Err(Error::usage(format!("{} has not begun", m.format("%Y-%m")))
            .with_hint("statements cover this month and the months before"));
    }
    let waba = ctx.waba_id()?;
    let how = if args.no_sync { Sync::Skip } else { Sync::Try };
    let (b, applied) = crossings::load(ctx, waba, month, how).await?;
    applied.announce(ctx);
    if b.opened_at().is_none() {
        return Ok(Report::new(
            Body::Empty,
            json!({"waba_id": waba, "currency": b.currency, "months": []}),
        )
        .with_note("no ledger yet, so no statement: `waba topup AMOUNT` or `waba balance adjust --credit AMOUNT --reason \"opening balance\"` opens it"));
    }
    Ok(match month {
        Some(m) => statement(&b, m),
        None => summary(&b),
    })
}

/// `2026-11` → 2026-11-01.
fn parse_month(s: &str) -> Result<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(&format!("{t}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| t.len() == 7)
        .ok_or_else(|| {
            Error::usage(format!("`{t}` is not a month"))
                .with_hint("write the month as YYYY-MM, e.g. 2026-11")
        })
}

/// One month's figures.
struct Month<'a> {
    start: NaiveDate,
    opening: Decimal,
    movements: Vec<&'a Entry>,
    spend: Vec<&'a Priced>,
    closing: Decimal,
}

impl Month<'_> {
    fn sum(&self, keep: impl Fn(Kind) -> bool) -> Decimal {
        self.movements
            .iter()
            .filter(|e| keep(e.kind))
            .map(|e| e.amount)
            .sum()
    }

    fn topups(&self) -> Decimal {
        self.sum(|k| k != Kind::Adjustment)
    }

    fn adjustments(&self) -> Decimal {
        self.sum(|k| k == Kind::Adjustment)
    }

    fn spent(&self) -> Decimal {
        Sum::of(self.spend.iter().copied()).amount
    }
}

fn month_of<'a>(b: &'a Books, start: NaiveDate) -> Month<'a> {
    let next = start + Months::new(1);
    let (from_ts, to_ts) = (midnight(start, b.offset), midnight(next, b.offset));
    let at = |e: &Entry| e.at.timestamp();
    let before: Decimal = b
        .entries
        .iter()
        .filter(|e| at(e) < from_ts)
        .map(|e| e.amount)
        .sum();
    let spent_before = Sum::of(b.charged().filter(|p| p.day < start)).amount;
    let movements: Vec<&Entry> = b
        .entries
        .iter()
        .filter(|e| at(e) >= from_ts && at(e) < to_ts)
        .collect();
    let spend: Vec<&Priced> = b
        .charged()
        .filter(|p| p.day >= start && p.day < next)
        .collect();
    let mut m = Month {
        start,
        opening: before - spent_before,
        movements,
        spend,
        closing: Decimal::ZERO,
    };
    m.closing = m.opening + m.topups() + m.adjustments() - m.spent();
    m
}

fn summary(b: &Books) -> Report {
    let cur = &b.currency;
    let opened = books::local_day(b.opened_at().unwrap_or(b.now), b.offset);
    let mut start = opened.with_day(1).unwrap_or(opened);
    let last = b.today().with_day(1).unwrap_or(start);
    let mut months = Vec::new();
    while start <= last {
        months.push(month_of(b, start));
        start = start + Months::new(1);
    }
    let rows = months
        .iter()
        .rev()
        .map(|m| {
            vec![
                Cell::plain(m.start.format("%Y-%m").to_string()),
                Cell::plain(money::plain(m.opening)),
                Cell::plain(money::plain(m.topups())),
                Cell::plain(money::plain(m.adjustments())),
                Cell::plain(money::plain(m.spent())),
                Cell::styled(money::plain(m.closing), Style::Header),
            ]
        })
        .collect();
    let json = json!({
        "waba_id": b.waba, "currency": cur, "time_zone": b.zone(),
        "synced": b.synced, "as_of": b.synced_at.map(crate::clock::rfc3339),
        "months": months.iter().rev().map(|m| json!({
            "month": m.start.format("%Y-%m").to_string(),
            "opening": money::plain(m.opening),
            "topups": money::plain(m.topups()),
            "adjustments": money::plain(m.adjustments()),
            "spend": money::plain(m.spent()),
            "closing": money::plain(m.closing),
        })).collect::<Vec<_>>(),
    });
    Report::new(
        Body::Table {
            columns: [
                "MONTH",
                "OPENING",
                "TOP-UPS",
                "ADJUSTMENTS",
                "SPEND",
                "CLOSING",
            ]
            .iter()
            .map(|c| Column::new(c))
            .collect(),
            rows,
        },
        json,
    )
    .with_csv_rows("months")
    .with_heading(format!(
        "WABA {} · statements in {cur} · months in {}",
        b.waba,
        b.zone()
    ))
    .with_note("`waba invoices YYYY-MM` shows one month in full")
}

fn statement(b: &Books, start: NaiveDate) -> Report {
    let cur = &b.currency;
    let m = month_of(b, start);
    let label = start.format("%Y-%m").to_string();
    let mut by_category: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut by_country: BTreeMap<String, Decimal> = BTreeMap::new();
    for p in &m.spend {
        let name = |s: &str| {
            if s.is_empty() {
                "-".to_string()
            } else {
                s.to_string()
            }
        };
        *by_category.entry(name(&p.point.category)).or_default() += p.amount;
        *by_country.entry(name(&p.point.country)).or_default() += p.amount;
    }
    // Each line of the statement: the table's row and, in JSON and CSV,
    // `{section, item, amount}`.
    let row = |section: &str, item: String, amount: Decimal, style: Style| {
        (section.to_string(), item, amount, style)
    };
    let mut rows = vec![row(
        "opening balance",
        format!("{start} 00:00 {}", b.zone()),
        m.opening,
        Style::Header,
    )];
    for e in &m.movements {
        let (section, item) = match e.kind {
            Kind::Adjustment => ("adjustment", e.reason.clone().unwrap_or_default()),
            k => (
                if k == Kind::Recharge {
                    "auto-recharge"
                } else {
                    "top-up"
                },
                e.reference.clone().unwrap_or_else(|| e.id.clone()),
            ),
        };
        rows.push(row(
            section,
            format!("{} {item}", e.at.format("%Y-%m-%d")),
            e.amount,
            Style::Plain,
        ));
    }
    // Each breakdown's lines add up to the month's spend to the cent.
    let share = |m_: &mut BTreeMap<String, Decimal>| {
        let exact: Vec<Decimal> = m_.values().copied().collect();
        for (v, shown) in m_.values_mut().zip(money::allocate(&exact, m.spent())) {
            *v = shown;
        }
    };
    share(&mut by_category);
    share(&mut by_country);
    for (cat, amount) in &by_category {
        rows.push(row("spend · category", cat.clone(), -*amount, Style::Plain));
    }
    for (country, amount) in &by_country {
        rows.push(row(
            "spend · country",
            country.clone(),
            -*amount,
            Style::Dim,
        ));
    }
    rows.push(row("spend", "total".into(), -m.spent(), Style::Plain));
    rows.push(row(
        "closing balance",
        format!("{} 00:00 {}", start + Months::new(1), b.zone()),
        m.closing,
        Style::Header,
    ));
    let money_map = |m: &BTreeMap<String, Decimal>| -> serde_json::Map<String, serde_json::Value> {
        m.iter()
            .map(|(k, v)| (k.clone(), json!(money::plain(*v))))
            .collect()
    };
    let json = json!({
        "waba_id": b.waba, "currency": cur, "month": label, "time_zone": b.zone(),
        "synced": b.synced, "as_of": b.synced_at.map(crate::clock::rfc3339),
        "opening": money::plain(m.opening),
        "movements": m.movements.iter().map(|e| json!({
            "id": e.id, "kind": e.kind, "amount": money::plain(e.amount),
            "reference": e.reference, "reason": e.reason,
            "actor": e.actor, "db_user": e.db_user,
            "at": crate::clock::rfc3339(e.at),
        })).collect::<Vec<_>>(),
        "topups": money::plain(m.topups()),
        "adjustments": money::plain(m.adjustments()),
        "spend": {
            "total": money::plain(m.spent()),
            "by_category": money_map(&by_category),
            "by_country": money_map(&by_country),
        },
        "closing": money::plain(m.closing),
        "lines": rows.iter().map(|(section, item, amount, _)| json!({
            "section": section, "item": item, "amount": money::plain(*amount),
        })).collect::<Vec<_>>(),
    });
    let rows = rows
        .into_iter()
        .map(|(section, item, amount, style)| {
            vec![
                Cell::styled(section, style),
                Cell::plain(item),
                Cell::styled(money::plain(amount), style),
            ]
        })
        .collect();
    let mut report = Report::new(
        Body::Table {
            columns: vec![
                Column::new("SECTION"),
                Column::new("ITEM").flex(),
                Column::new(&format!("AMOUNT ({cur})")),
            ],
            rows,
        },
        json,
    )
    .with_csv_rows("lines")
    .with_heading(format!("WABA {} · statement for {label}", b.waba));
    let opened = books::local_day(b.opened_at().unwrap_or(b.now), b.offset);
    if opened > start && opened.with_day(1) == Some(start) {
        report = report.with_note(format!(
            "the ledger opened on {opened}: spend before it is not on this statement"
        ));
    }
    if start == b.today().with_day(1).unwrap_or(start) {
        report = report.with_note("this month is not over: the closing balance is the balance now");
    }
    report
}

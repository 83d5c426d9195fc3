//! `usage`: spend and messages over a period, by day, category, country or
//! phone number, with a bar per day in a terminal.

use std::collections::BTreeMap;

use chrono::Duration;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::json;

use crate::billing::books::{self, Sync};
use crate::billing::crossings;
use crate::billing::money;
use crate::billing::spend::{How, Priced, Sum};
use crate::clock::parse_day;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Column, Format, Report, Style};
use clap::{Args, ValueEnum};

pub const USAGE_HELP: &str = "\
Examples:
  waba usage                                   # the last 30 days, by day, with a bar chart
  waba usage --from 2026-11-01 --by category
  waba usage --by country --output csv > spend.csv

Spend is Meta's COST where Meta gives it; for a WABA on a partner's credit
line (no COST) it is the delivered volume at the rate in force that day
(`waba pricing show`). Days are Meta's daily buckets, in the time zone the
report states. Meta keeps one year of analytics.";

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// First day, YYYY-MM-DD [default: 29 days before today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// One row per day, category, country or phone number
    #[arg(long, value_enum, default_value_t = UsageBy::Day)]
    pub by: UsageBy,
    /// Answer from the spend already synced: no call to Meta
    #[arg(long)]
    pub no_sync: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UsageBy {
    Day,
    Category,
    Country,
    Phone,
}

#[derive(Default)]
struct Line {
    messages: i64,
    free: i64,
    spend: Decimal,
}

pub async fn run(ctx: &Context, args: &UsageArgs) -> Result<Report> {
    // Dates are checked before anything is read or synced.
    let from = args
        .from
        .as_deref()
        .map(|s| parse_day("--from", s))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|s| parse_day("--to", s))
        .transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(Error::usage(format!("--from {f} is after --to {t}"))
            .with_hint("give the first day with --from and the last with --to"));
    }
    let waba = ctx.waba_id()?;
    let how = if args.no_sync { Sync::Skip } else { Sync::Try };
    let provisional = from.unwrap_or_else(|| ctx.clock.now().date_naive() - Duration::days(29));
    let (b, applied) = crossings::load(ctx, waba, Some(provisional), how).await?;
    applied.announce(ctx);
    let today = b.today();
    let to = to.unwrap_or(today);
    let from = from.unwrap_or(today - Duration::days(29));
    let rows: Vec<&Priced> = b
        .priced
        .iter()
        .filter(|p| p.day >= from && p.day <= to)
        .collect();
    let key = |p: &Priced| -> String {
        match args.by {
            UsageBy::Day => p.day.to_string(),
            UsageBy::Category => or_dash(&p.point.category),
            UsageBy::Country => or_dash(&p.point.country),
            UsageBy::Phone => match p.point.phone.as_str() {
                "" => "-".into(),
                d => format!("+{d}"),
            },
        }
    };
    let mut lines: BTreeMap<String, Line> = BTreeMap::new();
    if args.by == UsageBy::Day {
        // Every day of the period has a line, quiet days too.
        let mut d = from;
        while d <= to && d <= today {
            lines.entry(d.to_string()).or_default();
            d += Duration::days(1);
        }
    }
    for p in &rows {
        let l = lines.entry(key(p)).or_default();
        l.messages += p.point.volume;
        l.spend += p.amount;
        if p.how == How::Free {
            l.free += p.point.volume;
        }
    }
    let mut ordered: Vec<(String, Line)> = lines.into_iter().collect();
    if args.by != UsageBy::Day {
        ordered.sort_by(|a, b| b.1.spend.cmp(&a.1.spend).then(a.0.cmp(&b.0)));
    }
    let total = Sum::of(rows.iter().copied());
    // What each line shows: a day's spend in cents (as every report counts
    // it); other breakdowns share the total out so their lines add up to it.
    let exact: Vec<Decimal> = ordered.iter().map(|(_, l)| l.spend).collect();
    for ((_, l), shown) in ordered
        .iter_mut()
        .zip(money::allocate(&exact, total.amount))
    {
        l.spend = shown;
    }
    let cur = &b.currency;
    let title = match args.by {
        UsageBy::Day => "DAY",
        UsageBy::Category => "CATEGORY",
        UsageBy::Country => "COUNTRY",
        UsageBy::Phone => "PHONE",
    };
    let chart = args.by == UsageBy::Day && ctx.printer.format == Format::Table;
    let mut columns = vec![
        Column::new(title),
        Column::new("MESSAGES"),
        Column::new("FREE"),
        Column::new("SPEND"),
    ];
    if chart {
        columns.push(Column::new("").flex());
    }
    let widest = ordered
        .iter()
        .map(|(_, l)| l.spend)
        .max()
        .unwrap_or_default();
    let bar_room = ctx
        .printer
        .width
        .map_or(40, |w| w.saturating_sub(50).clamp(10, 60));
    let mut table: Vec<Vec<Cell>> = ordered
        .iter()
        .map(|(k, l)| {
            let mut row = vec![
                Cell::plain(k),
                Cell::plain(l.messages.to_string()),
                Cell::styled(l.free.to_string(), Style::Dim),
                Cell::plain(money::plain(l.spend)),
            ];
            if chart {
                row.push(Cell::styled(bar(l.spend, widest, bar_room), Style::Good));
            }
            row
        })
        .collect();
    if ctx.printer.format == Format::Table {
        let mut row = vec![
            Cell::styled("total", Style::Header),
            Cell::styled(total.messages.to_string(), Style::Header),
            Cell::plain(""),
            Cell::styled(money::plain(total.amount), Style::Header),
        ];
        if chart {
            row.push(Cell::plain(""));
        }
        table.push(row);
    }
    let by = format!("{:?}", args.by).to_lowercase();
    let json = json!({
        "waba_id": waba,
        "currency": cur,
        "time_zone": b.zone(),
        "synced": b.synced,
        "as_of": b.synced_at.map(crate::clock::rfc3339),
        "from": from.to_string(),
        "to": to.to_string(),
        "by": by,
        "rows": ordered.iter().map(|(k, l)| json!({
            by.as_str(): k, "messages": l.messages, "free_messages": l.free,
            "spend": money::plain(l.spend),
        })).collect::<Vec<_>>(),
        "total": {"messages": total.messages, "spend": money::plain(total.amount)},
        "unpriced_messages": total.unpriced,
    });
    let mut report = Report::new(
        Body::Table {
            columns,
            rows: table,
        },
        json,
    )
    .with_csv_rows("rows")
    .with_heading(format!(
        "WABA {waba} · spend {from} to {to} · {cur} · days in {}",
        b.zone()
    ));
    let floor = today - Duration::days(crate::billing::sync::LOOKBACK_DAYS - 1);
    if from < floor {
        report = report.with_note(format!(
            "Meta keeps one year of analytics: before {floor} only spend synced earlier is shown"
        ));
    }
    if let Some(opened) = b.opened_at() {
        let opened_day = books::local_day(opened, b.offset);
        if from < opened_day {
            report = report.with_note(format!(
                "the ledger opened on {opened_day}: spend before it is shown here but not charged to the balance"
            ));
        }
    }
    if let Some(note) = total.unpriced_note(cur) {
        report = report.with_note(note);
    }
    Ok(report)
}

fn or_dash(s: &str) -> String {
    if s.is_empty() { "-".into() } else { s.into() }
}

/// A bar `room` cells wide at `max`, in eighths of a cell.
fn bar(value: Decimal, max: Decimal, room: usize) -> String {
    if max <= Decimal::ZERO || value <= Decimal::ZERO {
        return String::new();
    }
    let eighths = (value / max * Decimal::from(room * 8))
        .round()
        .to_usize()
        .unwrap_or(0)
        .max(1);
    let mut s = "█".repeat(eighths / 8);
    const PART: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PART[eighths % 8]);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value() {
        assert_eq!(bar(Decimal::from(10), Decimal::from(10), 4), "████");
        assert_eq!(bar(Decimal::from(5), Decimal::from(10), 4), "██");
        assert_eq!(bar(Decimal::from(8), Decimal::from(16), 2), "█");
        assert_eq!(bar(Decimal::from(3), Decimal::from(16), 2), "▍");
        assert_eq!(bar(Decimal::ZERO, Decimal::from(10), 4), "");
        // Anything spent shows at least a sliver.
        assert_eq!(bar(Decimal::new(1, 2), Decimal::from(1000), 4), "▏");
    }
}

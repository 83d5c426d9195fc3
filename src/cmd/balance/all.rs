//! `balance --all`: every WABA of every profile in one table, worst first,
//! with totals per currency. WABAs are read in groups of 50 (one batch
//! request each), `--jobs` groups at a time.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::billing::balance::Status;
use futures_util::future::join_all;

use crate::billing::books::{self, Books, Figures, Sync};
use crate::billing::crossings;
use crate::billing::money;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::fleet::{self, Reach, counted};
use crate::graph::batch::MAX_ITEMS;
use crate::graph::waba::{self, Waba};
use crate::output::{Body, Cell, Column, Format, Report, Style};
use crate::session::Session;

/// One WABA's line: its figures, or why they could not be read.
struct Line {
    profile: String,
    waba: String,
    name: Option<String>,
    read: Result<Read>,
}

struct Read {
    name: Option<String>,
    low_below: Option<Decimal>,
    /// The current crossing's auto-recharge was declined, and why.
    declined: Option<String>,
    /// What the WABA's rules did on this read.
    notes: Vec<String>,
    currency: String,
    figures: Figures,
    synced_at: Option<DateTime<Utc>>,
    /// This run brought spend up to date from Meta; else figures are as
    /// of `synced_at`.
    synced: bool,
    zone: String,
    numbers: Option<usize>,
}

/// Where a line sorts: what needs attention first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Failed,
    Exhausted,
    Low,
    Active,
    NoLedger,
}

impl Line {
    fn rank(&self) -> Rank {
        match &self.read {
            Err(_) => Rank::Failed,
            Ok(r) if r.figures.balance.opened_at.is_none() => Rank::NoLedger,
            Ok(r) => match r.figures.balance.status {
                Status::Exhausted => Rank::Exhausted,
                Status::Low => Rank::Low,
                Status::Active => Rank::Active,
            },
        }
    }
}

/// `balance --all`: every WABA of the fleet, in groups of 50 whose spend
/// comes in one batch request, `jobs` groups at a time; with `check`, the
/// run fails when any is low or exhausted.
pub async fn run(ctx: &Context, how: Sync, check: bool, jobs: usize) -> Result<Report> {
    let mut scope = fleet::scope(ctx).await?;
    let bar = ctx.printer.growing("WABAs");
    let progress = &bar;
    let (read, listed) = fleet::in_groups(
        ctx,
        &scope,
        MAX_ITEMS,
        jobs,
        |r, session, group| async move {
            progress.grow(group.len());
            let reads = read_group(session, &group, how).await;
            group
                .iter()
                .zip(reads)
                .map(|(w, read)| {
                    progress.inc();
                    Line {
                        profile: r.profile.clone(),
                        waba: w.id.clone(),
                        name: read
                            .as_ref()
                            .ok()
                            .and_then(|r| r.name.clone())
                            .or_else(|| w.name.clone()),
                        read,
                    }
                })
                .collect::<Vec<_>>()
        },
    )
    .await;
    drop(bar);
    scope.absorb(listed);
    let reaches = scope.reaches;
    let mut lines: Vec<Line> = read.into_iter().flatten().collect();
    // A profile that could not be read, or listed, is a line of its own.
    for r in reaches.iter().filter(|r| r.error.is_some()) {
        let e = r.error.as_ref().expect("filtered");
        lines.push(Line {
            profile: r.profile.clone(),
            waba: "-".into(),
            name: None,
            read: Err(e.shared()),
        });
    }
    lines.sort_by(|a, b| {
        (a.rank(), &a.profile, &a.name, &a.waba).cmp(&(b.rank(), &b.profile, &b.name, &b.waba))
    });
    let report = report(ctx, &reaches, &lines);
    match verdict(&lines, check) {
        Some(e) => {
            ctx.printer.print(&report)?;
            Err(e)
        }
        None => Ok(report),
    }
}

/// The WABAs of one group, one answer each, in order: their books read
/// together (spend in one batch request), then each one's rules applied.
async fn read_group(ctx: &Session, group: &[Waba], how: Sync) -> Vec<Result<Read>> {
    // What the listing said of each WABA is kept first.
    let kept = join_all(
        group
            .iter()
            .map(|w| crate::billing::accounts::of_listed(ctx, &w.id, Some(w))),
    )
    .await;
    let ids: Vec<&str> = group
        .iter()
        .zip(&kept)
        .filter(|(_, k)| k.is_ok())
        .map(|(w, _)| w.id.as_str())
        .collect();
    let mut books = books::load_each(ctx, &ids, how, 1).await.into_iter();
    let each = group.iter().zip(kept).map(|(w, kept)| {
        let books = kept.map(|_| books.next().expect("one answer per WABA asked"));
        async move { read(ctx, w, how, books?).await }
    });
    join_all(each).await
}

async fn read(ctx: &Session, w: &Waba, how: Sync, books: Result<Books>) -> Result<Read> {
    let numbers = async {
        if how == Sync::Skip {
            None
        } else if let Some(listed) = &w.numbers {
            // The fleet listing brought them (field expansion).
            Some(listed.clone())
        } else {
            crate::billing::accounts::numbers_of(ctx, &w.id).await
        }
    };
    // A profile's own WABA was not listed: its name is asked for alongside.
    let name = async {
        match &w.name {
            None if how != Sync::Skip => match ctx.graph().await {
                Ok(client) => waba::get(client, &w.id).await.ok().and_then(|x| x.name),
                Err(_) => None,
            },
            known => known.clone(),
        }
    };
    let settled = async { crossings::settle(ctx, books?).await };
    let (settled, numbers, name) = tokio::join!(settled, numbers, name);
    let (books, applied) = settled?;
    let figures = Figures::of(&books, applied.low_below);
    Ok(Read {
        name,
        low_below: applied.low_below,
        declined: applied.declined,
        notes: applied.notes,
        zone: books.zone(),
        synced_at: books.synced_at,
        synced: books.synced,
        currency: books.currency,
        numbers: numbers.map(|n| n.len()),
        figures,
    })
}

/// The exit: with `--check`, 9 when any WABA is exhausted, else 8 when any
/// is low; then any WABA that could not be read fails the run.
fn verdict(lines: &[Line], check: bool) -> Option<Error> {
    let count = |rank| lines.iter().filter(|l| l.rank() == rank).count();
    if check {
        let declined = lines
            .iter()
            .filter(|l| l.read.as_ref().is_ok_and(|r| r.declined.is_some()))
            .count();
        if declined > 0 {
            return Some(
                Error::new(
                    Kind::Payment,
                    format!("{} with a declined auto-recharge", counted(declined, "WABA")),
                )
                .with_hint("set another card with `waba --waba ID payment set`, or top up with `waba --waba ID topup AMOUNT`"),
            );
        }
        for (rank, kind, what) in [
            (
                Rank::Exhausted,
                Kind::BalanceExhausted,
                "an exhausted balance",
            ),
            (Rank::Low, Kind::BalanceLow, "a low balance"),
        ] {
            let n = count(rank);
            if n > 0 {
                return Some(
                    Error::new(kind, format!("{} with {what}", counted(n, "WABA")))
                        .with_hint("top them up with `waba --waba ID topup AMOUNT`"),
                );
            }
        }
    }
    fleet::unreadable(
        lines
            .iter()
            .map(|l| (l.waba.as_str(), l.read.as_ref().err())),
    )
}

/// Totals of one currency, of the WABAs read.
#[derive(Default)]
struct Total {
    wabas: usize,
    /// Of those, the WABAs whose ledger has opened: the balance is theirs.
    with_ledger: usize,
    balance: Decimal,
    spend_today: Decimal,
    spend_month: Decimal,
    low: usize,
    exhausted: usize,
}

fn totals(lines: &[Line]) -> BTreeMap<&str, Total> {
    let mut out: BTreeMap<&str, Total> = BTreeMap::new();
    for l in lines {
        let Ok(r) = &l.read else { continue };
        let t = out.entry(r.currency.as_str()).or_default();
        t.wabas += 1;
        t.spend_today += r.figures.spend_today.amount;
        t.spend_month += r.figures.spend_month.amount;
        match l.rank() {
            Rank::Exhausted => t.exhausted += 1,
            Rank::Low => t.low += 1,
            _ => {}
        }
        // A WABA whose ledger has not opened has no balance to add.
        if l.rank() != Rank::NoLedger {
            t.with_ledger += 1;
            t.balance += r.figures.balance.balance;
        }
    }
    out
}

fn report(ctx: &Context, reaches: &[Reach], lines: &[Line]) -> Report {
    let totals = totals(lines);
    let (columns, mut rows) = table(lines);
    if ctx.printer.format == Format::Table {
        for (cur, t) in &totals {
            // No profile: a total is every profile's, and the profile
            // column may then be said once above the table.
            rows.push(vec![
                Cell::plain(""),
                Cell::styled(format!("total {cur}"), Style::Header),
                Cell::styled(counted(t.wabas, "WABA"), Style::Header),
                if t.with_ledger == 0 {
                    Cell::styled("-", Style::Dim)
                } else {
                    Cell::styled(money::show(t.balance, cur), Style::Header)
                },
                Cell::plain(format!("{} low, {} exhausted", t.low, t.exhausted)),
                Cell::plain(money::show(t.spend_today, cur)),
                Cell::plain(money::show(t.spend_month, cur)),
                Cell::plain(""),
                Cell::plain(""),
            ]);
        }
    }
    let json = json!({
        "wabas": lines.iter().map(line_json).collect::<Vec<_>>(),
        "totals": totals.iter().map(|(cur, t)| json!({
            "currency": cur,
            "wabas": t.wabas,
            "with_ledger": t.with_ledger,
            "balance": (t.with_ledger > 0).then(|| money::plain(t.balance)),
            "spend_today": money::plain(t.spend_today),
            "spend_month": money::plain(t.spend_month),
            "low": t.low,
            "exhausted": t.exhausted,
        })).collect::<Vec<_>>(),
        "failed": lines.iter().filter(|l| l.read.is_err()).count(),
    });
    let wabas = lines.iter().filter(|l| l.waba != "-").count();
    let mut report = Report::new(Body::Table { columns, rows }, json)
        .with_csv_rows("wabas")
        .with_heading(format!(
            "{} of {} · worst first · days in each WABA's Meta buckets",
            counted(wabas, "WABA"),
            counted(reaches.len(), "profile"),
        ));
    let no_ledger = lines.iter().filter(|l| l.rank() == Rank::NoLedger).count();
    if no_ledger > 0 {
        report = report.with_note(format!(
            "{} without a ledger yet, left out of the totals and --check; open one with `waba --waba ID balance adjust --credit AMOUNT --reason \"opening balance\"`",
            counted(no_ledger, "WABA")
        ));
    }
    for l in lines {
        if let Ok(r) = &l.read {
            for n in &r.notes {
                report = report.with_note(format!("WABA {}: {n}", l.waba));
            }
        }
        if let Err(e) = &l.read {
            let what = if l.waba == "-" {
                format!("profile {}", l.profile)
            } else {
                format!("WABA {}", l.waba)
            };
            report = report.with_note(format!("{what}: {}", e.message));
        }
    }
    report
}

/// For people: amounts with their currency, the columns that fit.
fn table(lines: &[Line]) -> (Vec<Column>, Vec<Vec<Cell>>) {
    let columns = vec![
        Column::new("PROFILE").optional().context(),
        Column::new("WABA"),
        Column::new("NAME").optional(),
        Column::new("BALANCE"),
        Column::new("STATUS"),
        Column::new("TODAY").optional(),
        Column::new("MONTH").optional(),
        Column::new("RUNS OUT").optional(),
        Column::new("NUMBERS").optional(),
    ];
    (columns, lines.iter().map(row).collect())
}

fn row(l: &Line) -> Vec<Cell> {
    let head = [
        Cell::plain(&l.profile),
        Cell::plain(&l.waba),
        Cell::opt(l.name.as_deref()),
    ];
    let rest = match &l.read {
        Err(_) => vec![
            Cell::styled("-", Style::Dim),
            Cell::styled("error", Style::Bad),
            Cell::styled("-", Style::Dim),
            Cell::styled("-", Style::Dim),
            Cell::styled("-", Style::Dim),
            Cell::styled("-", Style::Dim),
        ],
        Ok(r) => {
            let f = &r.figures;
            let cur = &r.currency;
            let (balance, status, runs_out) = if l.rank() == Rank::NoLedger {
                (
                    Cell::styled("-", Style::Dim),
                    Cell::styled("no ledger", Style::Dim),
                    Cell::styled("-", Style::Dim),
                )
            } else {
                let runs_out = match (f.balance.status, f.forecast.runs_out_on) {
                    (Status::Exhausted, _) => Cell::styled("now", Style::Bad),
                    (_, Some(day)) => Cell::plain(day.to_string()),
                    (_, None) => Cell::styled("-", Style::Dim),
                };
                (
                    Cell::plain(money::show(f.balance.balance, cur)),
                    crate::cmd::common::status_cell(f.balance.status),
                    runs_out,
                )
            };
            vec![
                balance,
                status,
                Cell::plain(money::show(f.spend_today.amount, cur)),
                Cell::plain(money::show(f.spend_month.amount, cur)),
                runs_out,
                Cell::opt(r.numbers.map(|n| n.to_string()).as_deref()),
            ]
        }
    };
    head.into_iter().chain(rest).collect()
}

fn line_json(l: &Line) -> Value {
    let mut v = json!({
        "profile": l.profile,
        "waba_id": (l.waba != "-").then_some(&l.waba),
        "name": l.name,
    });
    let extra = match &l.read {
        Err(e) => json!({
            "status": "error",
            "error": {"kind": e.kind.name(), "message": e.message},
        }),
        Ok(r) => {
            let f = &r.figures;
            let opened = f.balance.opened_at.is_some();
            json!({
                "currency": r.currency,
                "balance": opened.then(|| money::plain(f.balance.balance)),
                "status": if opened { f.balance.status.as_str() } else { "no_ledger" },
                "spend_today": money::plain(f.spend_today.amount),
                "spend_month": money::plain(f.spend_month.amount),
                "forecast": {
                    "per_day": money::plain(f.forecast.per_day),
                    "runs_out_on": f.forecast.runs_out_on.map(|d| d.to_string()),
                },
                "low_below": r.low_below.map(money::plain),
                "recharge_declined": r.declined,
                "today": f.today.to_string(),
                "last_sync": r.synced_at.map(crate::clock::rfc3339),
                "synced": r.synced,
                "as_of": r.synced_at.map(crate::clock::rfc3339),
                "time_zone": r.zone,
                "numbers": r.numbers,
            })
        }
    };
    if let (Value::Object(a), Value::Object(b)) = (&mut v, extra) {
        a.extend(b);
    }
    v
}

//! `numbers health [--all] [--check]`: every number in scope, worst first,
//! and what changed since the last run. A change for the worse notifies the
//! WABA's alert targets once, through the balance alerts' queue.

use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::fleet::{self, counted};
use crate::health::Level;
use crate::health::watch::{Seen, Watched, described, watch, watch_listed};
use crate::output::{Body, Cell, Column, Report, Style};
use clap::Args;

pub const NUMBERS_HEALTH_HELP: &str = "\
Examples:
  waba numbers health                     # the WABA's numbers
  waba numbers health --all               # every number of every profile
  waba numbers health --all --check -q    # in cron: exit 10 when one is unhealthy
  waba --sandbox numbers health --all --output json

Worst first: blocked, then limited, disconnected or flagged, RED, YELLOW.
--check exits 10 when any number is BLOCKED (cannot send), RED, or
disconnected, banned or restricted; else 0 (an unreadable WABA exits with its
error's code). Each run remembers every number's state; when one changes for
the worse (quality dropped, messaging limit changed, status or sending health
worse), the WABA's alert targets (`waba alerts enable`) get one message,
once, however many runs see it. The first run only records.";

#[derive(Debug, Args)]
pub struct HealthArgs {
    /// Every number of every WABA of every profile (or of --profile's)
    #[arg(long)]
    pub all: bool,
    /// Exit 10 when a number is blocked, RED or disconnected (for cron)
    #[arg(long)]
    pub check: bool,
    /// With --all: how many WABAs to read at once
    #[arg(long, value_name = "N", default_value_t = 64, requires = "all",
          value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub jobs: u16,
}

/// One WABA: its numbers, or why they could not be read.
struct Line {
    profile: Option<String>,
    waba: String,
    read: Result<Watched>,
}

pub async fn run(ctx: &Context, args: &HealthArgs) -> Result<Report> {
    let jobs = usize::from(args.jobs);
    let mut lines: Vec<Line> = Vec::new();
    if args.all {
        // Each WABA is read as the listings bring it: the first page's
        // while the next is fetched.
        let mut scope = fleet::scope(ctx).await?;
        let bar = ctx.printer.growing("WABAs");
        let progress = &bar;
        let (read, listed) =
            fleet::in_groups(ctx, &scope, 1, jobs, |r, session, group| async move {
                progress.grow(group.len());
                let mut out = Vec::with_capacity(group.len());
                for w in group {
                    let read = watch_listed(session, &w.id, w.numbers.as_deref()).await;
                    progress.inc();
                    out.push(Line {
                        profile: Some(r.profile.clone()),
                        waba: w.id,
                        read,
                    });
                }
                out
            })
            .await;
        drop(bar);
        scope.absorb(listed);
        let reaches = scope.reaches;
        lines = read.into_iter().flatten().collect();
        // Read as they came; shown in a fixed order.
        lines.sort_by(|a, b| (&a.profile, &a.waba).cmp(&(&b.profile, &b.waba)));
        for r in &reaches {
            if let Some(e) = &r.error {
                lines.push(Line {
                    profile: Some(r.profile.clone()),
                    waba: "-".into(),
                    read: Err(e.shared()),
                });
            }
        }
    } else {
        let waba = ctx.waba_id()?;
        let read = watch(ctx, waba).await;
        // One WABA: its failure is the run's.
        lines.push(Line {
            profile: None,
            waba: waba.to_string(),
            read: Ok(read?),
        });
    }
    let order = worst_first(&lines);
    let report = report(ctx, &lines, &order, args.all);
    match verdict(&lines, &order, args.check) {
        Some(e) => {
            ctx.printer.print(&report)?;
            Err(e)
        }
        None => Ok(report),
    }
}

/// The exit: with `--check`, 10 when any number is critical; then any
/// WABA that could not be read fails the run.
fn verdict(lines: &[Line], order: &[(&Line, &Seen)], check: bool) -> Option<Error> {
    if check {
        let critical: Vec<&Seen> = order
            .iter()
            .filter(|(_, s)| s.now.level() == Level::Critical)
            .map(|(_, s)| *s)
            .collect();
        if let Some(first) = critical.first() {
            return Some(
                Error::new(
                    Kind::Unhealthy,
                    format!(
                        "{} blocked, RED or disconnected; the worst: {}: {}",
                        counted(critical.len(), "number"),
                        first.number.label(),
                        first.now.problems().join(", ")
                    ),
                )
                .with_hint("see why with `waba numbers show ID`; quality and limits recover in WhatsApp Manager"),
            );
        }
    }
    fleet::unreadable(
        lines
            .iter()
            .map(|l| (l.waba.as_str(), l.read.as_ref().err())),
    )
}

/// Every number read, with its line (profile and WABA), worst first.
fn worst_first(lines: &[Line]) -> Vec<(&Line, &Seen)> {
    let mut all: Vec<(&Line, &Seen)> = lines
        .iter()
        .filter_map(|l| Some((l, l.read.as_ref().ok()?)))
        .flat_map(|(l, w)| w.numbers.iter().map(move |s| (l, s)))
        .collect();
    // Stable: equally bad numbers keep their WABA's and Meta's order.
    all.sort_by_key(|(_, s)| std::cmp::Reverse(s.now.badness()));
    all
}

fn report(ctx: &Context, lines: &[Line], order: &[(&Line, &Seen)], all: bool) -> Report {
    let mut columns = Vec::new();
    if all {
        columns.push(Column::new("PROFILE").optional().context());
        columns.push(Column::new("WABA"));
    }
    columns.extend([
        Column::new("NUMBER"),
        Column::new("HEALTH"),
        Column::new("SEND"),
        Column::new("STATUS"),
        Column::new("QUALITY"),
        Column::new("LIMIT").optional(),
    ]);
    // What changed since the last run, when anything did.
    let changed = order.iter().any(|(_, s)| !s.changes.is_empty());
    if changed {
        columns.push(Column::new("CHANGED").flex());
    }
    columns.extend([Column::new("WHY").flex(), Column::new("NAME").optional()]);
    let mut rows = Vec::new();
    let mut items = Vec::new();
    let mut counts = [0usize; 3];
    for &(l, s) in order {
        let n = &s.number;
        let level = s.now.level();
        counts[level as usize] += 1;
        // Meta's reasons, the number's own without its entity type; else
        // what the fields say.
        let why = crate::health::reasons(n.health_status.as_ref(), false)
            .into_iter()
            .map(|r| {
                r.strip_prefix("PHONE_NUMBER ")
                    .map(str::to_string)
                    .unwrap_or(r)
            })
            .next()
            .or_else(|| {
                let p = s.now.problems();
                (!p.is_empty()).then(|| p.join(", "))
            });
        let mut row = Vec::new();
        if all {
            row.push(Cell::opt(l.profile.as_deref()));
            row.push(Cell::plain(&l.waba));
        }
        row.extend([
            Cell::opt(n.display_phone_number.as_deref()),
            level_cell(level),
            crate::cmd::common::send_cell(s.now.can_send.as_deref()),
            Cell::opt(s.now.status.as_deref()),
            crate::cmd::common::quality_cell(s.now.quality.as_deref()),
            Cell::opt(s.now.limit.as_deref()),
        ]);
        if changed {
            row.push(if s.changes.is_empty() {
                Cell::styled("-", Style::Dim)
            } else {
                Cell::styled(described(&s.changes), Style::Warn)
            });
        }
        row.extend([
            Cell::opt(why.as_deref()),
            Cell::opt(n.verified_name.as_deref()),
        ]);
        rows.push(row);
        items.push(json!({
            "profile": l.profile,
            "waba_id": l.waba,
            "id": n.id,
            "phone_number": n.e164(),
        "display_phone_number": n.display_phone_number,
            "verified_name": n.verified_name,
            "level": level,
            "problems": s.now.problems(),
            "status": n.status,
            "quality_rating": n.quality_rating,
            "messaging_limit": n.messaging_limit,
            "name_status": n.name_status,
            "can_send_message": s.now.can_send,
            "health_status": n.health_status,
            "changes": s.changes,
        }));
    }
    let failed: Vec<Value> = lines
        .iter()
        .filter_map(|l| {
            let e = l.read.as_ref().err()?;
            Some(json!({
                "profile": l.profile,
                "waba_id": (l.waba != "-").then_some(&l.waba),
                "error": {"kind": e.kind.name(), "message": e.message},
            }))
        })
        .collect();
    let [ok, warning, critical] = counts;
    let wabas = lines.iter().filter(|l| l.waba != "-").count();
    let json = json!({
        "numbers": items,
        "totals": {"critical": critical, "warning": warning, "ok": ok},
        "failed": failed,
    });
    let scope = if all {
        format!(
            "{} of {}",
            counted(ok + warning + critical, "number"),
            counted(wabas, "WABA")
        )
    } else {
        format!(
            "WABA {} · {}",
            lines[0].waba,
            counted(ok + warning + critical, "number")
        )
    };
    let mut report = Report::new(Body::Table { columns, rows }, json)
        .with_csv_rows("numbers")
        .with_heading(format!(
            "{scope} · worst first · {critical} critical, {warning} warning, {ok} ok"
        ));
    let mut first_run = 0;
    for l in lines {
        match &l.read {
            Ok(w) => {
                first_run += w.numbers.iter().filter(|s| s.first).count();
                if w.untold > 0 {
                    report = report.with_note(format!(
                        "WABA {}: {} changed for the worse, and the WABA has no alert targets; add some with `waba --waba {} alerts enable`",
                        l.waba,
                        counted(w.untold, "number"),
                        l.waba
                    ));
                }
                for n in &w.notes {
                    report = report.with_note(format!("WABA {}: {n}", l.waba));
                }
            }
            Err(e) => {
                let what = match (&l.profile, l.waba.as_str()) {
                    (Some(p), "-") => format!("profile {p}"),
                    _ => format!("WABA {}", l.waba),
                };
                report = report.with_note(format!("{what}: {}", e.message));
            }
        }
    }
    let queued: usize = lines
        .iter()
        .filter_map(|l| l.read.as_ref().ok())
        .map(|w| w.queued)
        .sum();
    if queued > 0 {
        report = report.with_note(format!(
            "{} queued for the alert targets",
            counted(queued, "message")
        ));
    }
    if first_run > 0 {
        report = report.with_note(format!(
            "{} seen for the first time: {} recorded, and later runs report what changes",
            counted(first_run, "number"),
            if ctx.flags.dry_run {
                "not"
            } else {
                "their state is"
            }
        ));
    }
    report
}

fn level_cell(l: Level) -> Cell {
    let style = match l {
        Level::Ok => Style::Good,
        Level::Warning => Style::Warn,
        Level::Critical => Style::Bad,
    };
    Cell::styled(l.as_str(), style)
}

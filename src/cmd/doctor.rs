//! `waba doctor`: one table that says what works and what to fix.

use clap::Args;
use serde_json::json;

use crate::context::Context;
use crate::doctor::{self, Status};
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Column, Report, Style};

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Exit non-zero (with the first failed check's code) when a check fails
    #[arg(long)]
    pub check: bool,
}

pub async fn run(ctx: &Context, args: &DoctorArgs) -> Result<Report> {
    let lines = doctor::run(ctx).await;
    let failed: Vec<&doctor::Line> = lines.iter().filter(|l| l.status == Status::Fail).collect();
    let rows = lines
        .iter()
        .map(|l| {
            let status = match l.status {
                Status::Ok => Cell::styled("ok", Style::Good),
                Status::Warn => Cell::styled("warn", Style::Warn),
                Status::Fail => Cell::styled("fail", Style::Bad),
                Status::Skip => Cell::styled("skip", Style::Dim),
            };
            vec![
                Cell::plain(l.check),
                status,
                Cell::plain(&l.detail),
                Cell::opt(l.fix.as_deref()),
            ]
        })
        .collect();
    let columns = vec![
        Column::new("CHECK"),
        Column::new("STATUS"),
        Column::new("DETAIL").flex(),
        Column::new("FIX").flex(),
    ];
    let report = Report::new(
        Body::Table { columns, rows },
        json!({"ok": failed.is_empty(), "checks": lines}),
    );
    match failed.first() {
        Some(first) if args.check => {
            ctx.printer.print(&report)?;
            Err(Error::new(
                first.kind,
                format!(
                    "{} check(s) failed; the first: {}: {}",
                    failed.len(),
                    first.check,
                    first.detail
                ),
            )
            .with_hint(first.fix.clone().unwrap_or_else(|| "see the table".into())))
        }
        _ => Ok(report),
    }
}

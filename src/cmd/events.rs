//! `waba events`: the webhook events `webhooks serve` kept, newest last;
//! `--follow` prints them as they arrive, as `tail -f` does.

use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::Args;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Column, Format, Report, stream_line, write_stdout};
use crate::webhooks::events;

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Only events received after this time (RFC 3339) or day (YYYY-MM-DD)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// At most this many of the newest
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub limit: i64,
    /// Keep printing events as they arrive (Ctrl-C to stop)
    #[arg(long)]
    pub follow: bool,
}

pub async fn run(ctx: &Context, args: &EventsArgs) -> Result<Report> {
    let since = match &args.since {
        None => None,
        Some(s) => Some(when(s)?),
    };
    // Every WABA's, unless one is named by flag or environment.
    let waba = ctx.raw.waba.as_ref().map(|w| w.value.clone());
    let store = ctx.store().await?;
    let found = events::since(store, waba.as_deref(), since, args.limit).await?;
    if !args.follow {
        let rows = found
            .iter()
            .map(|e| {
                vec![
                    Cell::plain(crate::clock::rfc3339(e.received_at)),
                    Cell::plain(&e.waba_id),
                    Cell::plain(&e.field),
                    Cell::plain(events::what(e)),
                ]
            })
            .collect();
        let columns = vec![
            Column::new("RECEIVED"),
            Column::new("WABA"),
            Column::new("FIELD").optional(),
            Column::new("EVENT").flex(),
        ];
        return Ok(Report::new(
            Body::Table { columns, rows },
            serde_json::to_value(&found).unwrap_or_default(),
        ));
    }
    let json = ctx.printer.format == Format::Json;
    let mut last = since;
    let mut seen: Vec<String> = Vec::new();
    let mut batch = found;
    loop {
        let mut text = String::new();
        for e in batch.iter().filter(|e| !seen.contains(&e.key)) {
            text.push_str(&stream_line(&events::line(e, json)));
            last = Some(last.map_or(e.received_at, |l| l.max(e.received_at)));
        }
        // Events of the same second as the last one are asked for again;
        // their keys keep them from printing twice.
        seen = batch.iter().map(|e| e.key.clone()).collect();
        write_stdout(&text)?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let from = last.map(|l| l - chrono::Duration::seconds(1));
        batch = events::since(store, waba.as_deref(), from, 100_000).await?;
    }
}

fn when(s: &str) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let day = crate::clock::parse_day("--since", s).map_err(|_| {
        Error::usage(format!("--since `{s}` is neither a time nor a day"))
            .with_hint("for example --since 2026-11-21 or --since 2026-11-21T09:00:00Z")
    })?;
    Ok(day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

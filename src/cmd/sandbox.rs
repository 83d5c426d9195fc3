//! `sandbox serve` and `sandbox reset`.

use std::time::Duration;

use crate::cli::ServeArgs;
use crate::context::Context;
use crate::error::Result;
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::output::{Body, Cell, Column, Report, Style, write_stdout};
use crate::sandbox;
use crate::sandbox::world::SentCode;

pub async fn serve(ctx: &Context, args: &ServeArgs) -> Result<Report> {
    let opts = sandbox::Options {
        latency: Duration::from_millis(args.latency_ms),
        fail_rate: args.fail_rate,
        fail_first: args.fail_first,
        drop_rate: args.drop_rate,
        drop_first: args.drop_first,
        throttle_after: args.throttle_after,
        max_page: args.max_page.map(|n| n as usize),
        wabas: args.wabas,
        templates: args.templates,
        seed: args.seed,
        inject: args.inject.clone(),
    };
    let running = sandbox::start(&ctx.paths.sandbox_dir(), args.port, opts, ctx.clock).await?;
    // Scripts read the URL from the first line of stdout.
    write_stdout(&format!("{}\n", running.url()))?;
    if !ctx.flags.quiet {
        eprintln!(
            "waba sandbox listening on {} (state in {}); default WABA {}; Ctrl-C to stop",
            running.url(),
            ctx.paths.sandbox_dir().display(),
            sandbox::ids::DEFAULT_WABA
        );
    }
    running.wait().await;
    Ok(Report::new(Body::Empty, Value::Null))
}

pub fn reset(ctx: &Context) -> Result<Report> {
    let dir = ctx.paths.sandbox_dir();
    let removed = sandbox::reset(&dir)?;
    Ok(Report::message(if removed {
        format!(
            "Sandbox reset: removed {}; the demo business is back as it was",
            dir.display()
        )
    } else {
        "The sandbox was already fresh".to_string()
    }))
}

pub fn inbox(ctx: &Context) -> Result<Report> {
    let now = ctx.clock.now();
    let codes = sandbox::inbox(&ctx.paths.sandbox_dir())?;
    let columns = vec![
        Column::new("SENT"),
        Column::new("NUMBER"),
        Column::new("PHONE ID"),
        Column::new("METHOD"),
        Column::new("CODE"),
        Column::new("EXPIRES"),
        Column::new("STATE"),
    ];
    let state = |c: &SentCode| {
        if c.used {
            Cell::styled("used", Style::Dim)
        } else if c.expires_at <= now {
            Cell::styled("expired", Style::Bad)
        } else {
            Cell::styled("valid", Style::Good)
        }
    };
    let rows = codes
        .iter()
        .map(|c| {
            vec![
                Cell::plain(rfc3339(c.sent_at)),
                Cell::plain(&c.number),
                Cell::plain(&c.phone_id),
                Cell::plain(&c.method),
                Cell::plain(&c.code),
                Cell::plain(rfc3339(c.expires_at)),
                state(c),
            ]
        })
        .collect();
    let json = Value::Array(
        codes
            .iter()
            .map(|c| {
                json!({
                    "sent_at": rfc3339(c.sent_at), "number": c.number, "phone_number_id": c.phone_id,
                    "method": c.method, "language": c.language, "code": c.code,
                    "expires_at": rfc3339(c.expires_at), "state": state(c).text,
                })
            })
            .collect(),
    );
    let mut r = Report::new(Body::Table { columns, rows }, json);
    if codes.is_empty() {
        r = r.with_note("No codes yet: `waba --sandbox request-code PHONE` sends one");
    }
    Ok(r)
}

/// `sandbox outbox`: the alerts the sandbox "delivered". Webhook URLs are
/// shown as everywhere else: host and last four characters.
pub fn outbox(ctx: &Context) -> Result<Report> {
    let sent = sandbox::outbox(&ctx.paths.sandbox_dir())?;
    let shown = |to: &str| {
        crate::billing::policy::Target::parse(to)
            .map(|t| t.redacted())
            .unwrap_or_else(|_| to.to_string())
    };
    let columns = vec![
        Column::new("SENT"),
        Column::new("KIND"),
        Column::new("TO"),
        Column::new("SUBJECT").flex(),
    ];
    let rows = sent
        .iter()
        .map(|d| {
            vec![
                Cell::plain(rfc3339(d.at)),
                Cell::plain(&d.kind),
                Cell::plain(shown(&d.to)),
                Cell::plain(&d.subject),
            ]
        })
        .collect();
    let json = Value::Array(
        sent.iter()
            .map(|d| {
                json!({
                    "sent_at": rfc3339(d.at), "kind": d.kind, "to": shown(&d.to),
                    "subject": d.subject, "text": d.text, "body": d.body,
                })
            })
            .collect(),
    );
    let mut r = Report::new(Body::Table { columns, rows }, json);
    if sent.is_empty() {
        r = r.with_note(
            "Nothing delivered yet: `waba --sandbox alerts enable --below AMOUNT --notify ops@example.com`, then `waba --sandbox balance`",
        );
    }
    Ok(r)
}

//! `sandbox serve` and `sandbox reset`.

use std::time::Duration;

use crate::context::Context;
use crate::error::Result;
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::output::{Body, Cell, Column, Report, Style, write_stdout};
use crate::sandbox;
use crate::sandbox::world::SentCode;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Run the sandbox as a server; its URL is the first line on stdout
    #[command(after_help = "\
Examples:
  waba sandbox serve --port 8080
  waba sandbox serve --port 0 --latency-ms 50 --fail-rate 0.1
  WABA_TOKEN=anything waba --graph-url http://127.0.0.1:8080 --waba 100000000000001 numbers list

Any token is accepted except `expired` (Meta's error 190) and `limited` (no
whatsapp_business_management scope). GET /__sandbox/requests lists the
requests received, secrets redacted. While it runs, time passes as in
Meta's world: template reviews end and numbers' quality changes without a
call, and the webhooks they cause go to subscribed callbacks on this
machine, retried until one answers 200.")]
    Serve(ServeArgs),

    /// Forget everything the sandbox did: back to the demo business
    #[command(after_help = "Examples:\n  waba sandbox reset")]
    Reset,

    /// The verification codes the sandbox has "sent" by SMS or voice call
    #[command(after_help = "\
Examples:
  waba sandbox inbox
  waba sandbox inbox --output json | jq -r '.[-1].code'

Codes expire 10 minutes after they are sent, as Meta's typically do.")]
    Inbox,

    /// The alert emails and webhook calls the sandbox has "delivered"
    #[command(after_help = "\
Examples:
  waba --sandbox alerts enable --below 500 --notify ops@example.com --notify https://hooks.example.com/T1
  waba --sandbox balance
  waba sandbox outbox
  waba sandbox outbox --output json | jq -r '.[-1].text'

Under --sandbox, alerts go here instead of to a mail server or a URL.")]
    Outbox,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port on 127.0.0.1 (0 = any free port)
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Delay every answer by this many milliseconds
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Share of requests answered with a transient error 500 (0 to 1)
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = rate)]
    pub fail_rate: f64,
    /// Answer the first N requests with a transient error 500
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub fail_first: u64,
    /// Share of connections closed without an answer (0 to 1)
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = rate)]
    pub drop_rate: f64,
    /// Close the first N connections without an answer
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub drop_first: u64,
    /// Throttle every call about a WABA after its first N (Graph code 80007)
    #[arg(long, value_name = "N")]
    pub throttle_after: Option<u64>,
    /// Put at most N items on a page, whatever `limit` asks
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_page: Option<u32>,
    /// Seed N extra fleet WABAs (two numbers each)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub wabas: u32,
    /// Fill the default WABA with generated templates up to N in all
    #[arg(long, default_value_t = 0, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=6000))]
    pub templates: u32,
    /// Seed for random faults
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Make the first call to STEP fail with a Graph error CODE[/SUBCODE],
    /// or `lost` (done, but the answer is lost), or `hang` (done, the answer
    /// held for two minutes); steps: add, request_code, verify_code,
    /// register, deregister, set_pin, get, template_create, template_delete,
    /// upload, charge. Repeatable
    #[arg(long, value_name = "STEP=WHAT", value_parser = crate::sandbox::inject::Injection::parse)]
    pub inject: Vec<crate::sandbox::inject::Injection>,
}

fn rate(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err("a rate is a number from 0 to 1, for example 0.25".into()),
    }
}

pub async fn run(ctx: &Context, command: &SandboxCommand) -> Result<Report> {
    match command {
        SandboxCommand::Serve(args) => serve(ctx, args).await,
        SandboxCommand::Reset => reset(ctx),
        SandboxCommand::Inbox => inbox(ctx),
        SandboxCommand::Outbox => outbox(ctx),
    }
}

async fn serve(ctx: &Context, args: &ServeArgs) -> Result<Report> {
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
    running.keep_time();
    running.wait().await;
    Ok(Report::new(Body::Empty, Value::Null))
}

fn reset(ctx: &Context) -> Result<Report> {
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

fn inbox(ctx: &Context) -> Result<Report> {
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
fn outbox(ctx: &Context) -> Result<Report> {
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

//! `numbers list` and `numbers show`.

pub mod health;

use serde_json::{Value, json};

use super::common::{pick_number, quality_cell, send_cell};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::graph::fields::is;
use crate::graph::phone_numbers::{self, PhoneNumber};
use crate::graph::waba;
use crate::numbers::target;
use crate::output::{Body, Cell, Column, Report, Style};
use crate::phone::Number;
use clap::Subcommand;

pub const NUMBERS_ADD_HELP: &str = "\
Examples:
  waba numbers add '+34 612 345 679' --name \"Demo Retail Madrid\"
  waba --sandbox numbers add 34612345679 --name \"Demo Retail Madrid\" --yes

For a number new to WhatsApp Business: to move a number from another WABA or
provider, use `waba migrate-number`. The name is checked first against the
display-name rules Meta publishes that can be checked here: at least 3 and at
most 75 characters, no emoji, symbols, web addresses, extra punctuation,
uneven spacing or capitals (refused); generic terms, a person's full name or
Meta's brands (warned, since only Meta's review decides). Then the number
needs a code, verification and registration:
  waba request-code ID; waba verify-code ID --code CODE; waba register ID";

#[derive(Debug, Subcommand)]
pub enum NumbersCommand {
    /// List the WABA's phone numbers
    #[command(after_help = "\
Examples:
  waba numbers list
  waba --sandbox numbers list --output json
  waba numbers list --output csv > numbers.csv

Columns: display number, id, verified name, status, quality rating, display
name status, code verification status, messaging limit, throughput, platform.")]
    #[command(visible_alias = "ls")]
    List,

    /// Show one number in detail, with two-step verification and health
    #[command(after_help = "\
Examples:
  waba numbers show 106540352242922
  waba numbers show '+34 612 34 56 78'
  waba --sandbox numbers show 34612345678

PHONE is a phone-number id, or a number in international form resolved
through the WABA's numbers. A `+` or separators mean a number; bare digits are
tried as an id first, then as a number.")]
    Show {
        /// Phone-number id or international number
        /// Asked for, among the WABA's numbers, at a terminal when left out
        phone: Option<String>,
    },

    /// Add a brand-new number to the WABA under a display name
    #[command(after_help = NUMBERS_ADD_HELP)]
    Add {
        /// The number, in international form (+34 612 345 678)
        number: String,
        /// The display name customers see; Meta reviews it
        #[arg(long, value_name = "NAME")]
        name: String,
        /// The name is written exactly as the business brands itself:
        /// Meta's formatting rules (capitals, punctuation) become warnings
        #[arg(long)]
        as_branded: bool,
    },

    /// Status, quality, limit and sending health of every number, worst first
    #[command(after_help = health::NUMBERS_HEALTH_HELP)]
    Health(health::HealthArgs),
}

pub async fn run(ctx: &Context, command: &NumbersCommand) -> Result<Report> {
    match command {
        NumbersCommand::List => list(ctx).await,
        NumbersCommand::Show { phone } => show(ctx, phone.as_deref()).await,
        NumbersCommand::Add {
            number,
            name,
            as_branded,
        } => add(ctx, number, name, *as_branded).await,
        NumbersCommand::Health(args) => health::run(ctx, args).await,
    }
}

async fn list(ctx: &Context) -> Result<Report> {
    let client = ctx.graph().await?;
    let id = ctx.waba_id()?;
    let (waba, numbers) = tokio::try_join!(waba::get(client, id), phone_numbers::list(client, id))?;
    let columns = vec![
        Column::new("NUMBER"),
        Column::new("ID"),
        Column::new("NAME"),
        Column::new("STATUS"),
        Column::new("QUALITY").spare(),
        Column::new("NAME STATUS").optional(),
        Column::new("CODE").optional(),
        Column::new("LIMIT").spare(),
        Column::new("THROUGHPUT").optional().context(),
        Column::new("PLATFORM").optional().context(),
    ];
    let rows = numbers
        .iter()
        .map(|n| {
            vec![
                Cell::opt(n.display_phone_number.as_deref()),
                Cell::plain(&n.id),
                Cell::opt(n.verified_name.as_deref()),
                status_cell(n.status.as_deref()),
                quality_cell(n.quality_rating.as_deref()),
                Cell::opt(n.name_status.as_deref()),
                code_cell(n.code_verification_status.as_deref()),
                Cell::opt(n.messaging_limit.as_deref()),
                Cell::opt(n.throughput.as_deref()),
                Cell::opt(n.platform_type.as_deref()),
            ]
        })
        .collect();
    let json = Value::Array(numbers.iter().map(list_json).collect());
    let mut report = Report::new(Body::Table { columns, rows }, json).with_heading(heading(&waba));
    if numbers.is_empty() {
        report = report.with_note(format!(
            "WABA {} has no phone numbers yet; add one with the Graph API or `waba migrate-number`",
            waba.id
        ));
    }
    Ok(report)
}

fn heading(w: &waba::Waba) -> String {
    let mut parts = vec![format!("WABA {}", w.id)];
    if let Some(n) = &w.name {
        parts.push(n.clone());
    }
    if let Some(b) = &w.owner_business_name {
        parts.push(format!("business {b}"));
    }
    parts.push(format!(
        "review {}",
        w.account_review_status.as_deref().unwrap_or("unknown")
    ));
    parts.push(format!(
        "business verification {}",
        w.business_verification_status
            .as_deref()
            .unwrap_or("unknown")
    ));
    parts.join(" · ")
}

fn list_json(n: &PhoneNumber) -> Value {
    json!({
        "id": n.id,
        "phone_number": n.e164(),
        "display_phone_number": n.display_phone_number,
        "verified_name": n.verified_name,
        "status": n.status,
        "quality_rating": n.quality_rating,
        "name_status": n.name_status,
        "code_verification_status": n.code_verification_status,
        "messaging_limit": n.messaging_limit,
        "throughput": n.throughput,
        "platform_type": n.platform_type,
        "account_mode": n.account_mode,
    })
}

fn status_cell(s: Option<&str>) -> Cell {
    let style = match s.map(str::to_ascii_uppercase).as_deref() {
        Some("CONNECTED") => Style::Good,
        Some("FLAGGED" | "RESTRICTED" | "RATE_LIMITED" | "PENDING") => Style::Warn,
        Some("DISCONNECTED" | "BANNED" | "BLOCKED" | "DELETED") => Style::Bad,
        _ => Style::Plain,
    };
    Cell::opt_styled(s, style)
}

fn code_cell(s: Option<&str>) -> Cell {
    let style = if is(s, "EXPIRED") {
        Style::Bad
    } else {
        Style::Plain
    };
    Cell::opt_styled(s, style)
}

async fn show(ctx: &Context, phone: Option<&str>) -> Result<Report> {
    let phone = pick_number(ctx, phone).await?;
    let n = target(ctx, &phone).await?.number;
    let two_step = match n.is_pin_enabled {
        Some(true) => Cell::styled(
            "on (turn it off in WhatsApp Manager before a migration)",
            Style::Warn,
        ),
        Some(false) => Cell::styled("off", Style::Good),
        None => Cell::opt(None),
    };
    let (health, health_detail) = health(n.health_status.as_ref());
    let mut fields = vec![
        (
            "Number".to_string(),
            Cell::opt(n.display_phone_number.as_deref()),
        ),
        ("ID".to_string(), Cell::plain(&n.id)),
        (
            "Verified name".to_string(),
            Cell::opt(n.verified_name.as_deref()),
        ),
        ("Status".to_string(), status_cell(n.status.as_deref())),
        (
            "Quality".to_string(),
            quality_cell(n.quality_rating.as_deref()),
        ),
        (
            "Name status".to_string(),
            Cell::opt(n.name_status.as_deref()),
        ),
    ];
    if let Some(s) = n
        .new_name_status
        .as_deref()
        .filter(|s| !is(Some(s), "NONE"))
    {
        fields.push(("New name status".to_string(), Cell::plain(s)));
    }
    fields.extend([
        (
            "Code verification".to_string(),
            code_cell(n.code_verification_status.as_deref()),
        ),
        (
            "Messaging limit".to_string(),
            Cell::opt(n.messaging_limit.as_deref()),
        ),
        ("Throughput".to_string(), Cell::opt(n.throughput.as_deref())),
        (
            "Platform".to_string(),
            Cell::opt(n.platform_type.as_deref()),
        ),
        (
            "Account mode".to_string(),
            Cell::opt(n.account_mode.as_deref()),
        ),
        ("Two-step verification".to_string(), two_step),
        ("Health".to_string(), health),
    ]);
    for line in health_detail {
        fields.push((String::new(), Cell::styled(line, Style::Dim)));
    }
    let json = serde_json::to_value(&n).unwrap_or(Value::Null);
    Ok(Report::new(Body::Fields(fields), json))
}

/// The health summary and one line per entity with a problem.
fn health(h: Option<&Value>) -> (Cell, Vec<String>) {
    let Some(h) = h else {
        return (Cell::opt(None), Vec::new());
    };
    let can = h.get("can_send_message").and_then(Value::as_str);
    (
        send_cell(Some(can.unwrap_or("unknown"))),
        crate::health::reasons(Some(h), true),
    )
}

/// `numbers add NUMBER --name NAME`: a brand-new number, its name checked
/// first; what is refused changes nothing anywhere.
async fn add(ctx: &Context, number: &str, name: &str, as_branded: bool) -> Result<Report> {
    use crate::display_name::{self, Severity};
    let number = Number::parse(number)?;
    let name = name.trim();
    let findings = display_name::check(name, as_branded);
    let refused: Vec<&str> = findings
        .iter()
        .filter(|f| f.severity == Severity::Refused)
        .map(|f| f.problem.as_str())
        .collect();
    if !refused.is_empty() {
        return Err(Error::usage(format!(
            "the display name \"{name}\" breaks Meta's rules: {}",
            refused.join("; ")
        ))
        .with_hint(
            "choose a name as the business writes it (e.g. \"Acme Retail\"); if the brand really is written that way, add --as-branded",
        ));
    }
    for f in findings.iter().filter(|f| f.severity == Severity::Warned) {
        ctx.printer.warn(&format!(
            "the display name \"{name}\": {}; Meta's review may decline it",
            f.problem
        ));
    }
    let client = ctx.graph().await?;
    let waba_id = ctx.waba_id()?;
    let numbers = phone_numbers::list(client, waba_id).await?;
    if let Some(n) = numbers.iter().find(|n| n.digits() == number.digits()) {
        return Err(Error::usage(format!(
            "{number} is already a number of WABA {waba_id} (id {})",
            n.id
        ))
        .with_hint(format!(
            "continue with `waba request-code {}`, or see it with `waba numbers show {}`",
            n.id, n.id
        )));
    }
    ctx.confirm(&format!(
        "Add {number} to WABA {waba_id} with the display name \"{name}\"?"
    ))
    .await?;
    let sent = {
        let _s = ctx.printer.spinner("Adding the number…");
        crate::graph::registration::add(client, waba_id, &number, name).await?
    };
    let body = match sent {
        crate::graph::client::Sent::DryRun(p) => return Ok(super::common::dry_run(p)),
        crate::graph::client::Sent::Done(body) => body,
    };
    let id = crate::graph::registration::added_id(&body)
        .ok_or_else(|| Error::new(Kind::Rejected, "Meta's answer carries no phone-number id"))?;
    let next = [
        format!("waba request-code {id}"),
        format!("waba verify-code {id} --code CODE"),
        format!("waba register {id}"),
    ];
    Ok(Report::new(
        Body::Text(format!(
            "Added {number} to WABA {waba_id} as \"{name}\" (id {id}); Meta reviews the display name.\nNext, prove the number is yours and register it:\n  {}",
            next.join("\n  ")
        )),
        json!({
            "phone_number_id": id, "display_phone_number": number.to_string(),
            "verified_name": name, "waba_id": waba_id,
            "warnings": findings.iter().map(|f| f.problem.clone()).collect::<Vec<_>>(),
            "next": next,
        }),
    ))
}

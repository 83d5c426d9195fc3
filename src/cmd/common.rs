//! What several commands share: the dry-run report; cells for the states
//! of Meta's numbers and of the balance and its rules; the code and PIN
//! as a person gives them.

use crate::billing::balance::Status;
use crate::billing::policy::Crossing;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::migration::answers;
use crate::output::{Body, Cell, Report, Style};
use crate::secret::Secret;
use crate::session::Session;
use crate::store::access::Need;

/// Value parsers for the flags that take a code, a language or a region.
pub fn six_digits(s: &str) -> Result<String, String> {
    crate::migration::answers::code(s).map_err(|e| e.message)
}

pub fn locale(s: &str) -> Result<String, String> {
    crate::migration::answers::language(s).map_err(|e| e.message)
}

pub fn region(s: &str) -> Result<String, String> {
    crate::migration::answers::region(s).map_err(|e| e.message)
}

/// What `--dry-run` shows instead of sending a change.
pub fn dry_run(p: crate::graph::client::Prepared) -> Report {
    Report::new(
        Body::Text(p.to_string()),
        serde_json::json!({"dry_run": true, "request": p}),
    )
}

/// A balance status, coloured.
pub fn status_cell(s: Status) -> Cell {
    let style = match s {
        Status::Active => Style::Good,
        Status::Low => Style::Warn,
        Status::Exhausted => Style::Bad,
    };
    Cell::styled(s.as_str(), style)
}

/// A rule's state as `show` puts it: disabled, armed, or fired and waiting
/// for the balance to come back.
pub fn state_cell(enabled: bool, c: &Crossing) -> Cell {
    match (enabled, c.armed, c.crossed_at) {
        (false, _, _) => Cell::styled("disabled", Style::Dim),
        (true, false, Some(at)) => Cell::styled(
            format!(
                "fired at {} (armed again once the balance is back at or above the threshold)",
                crate::clock::rfc3339(at)
            ),
            Style::Warn,
        ),
        _ => Cell::styled("armed", Style::Good),
    }
}

pub fn quality_cell(s: Option<&str>) -> Cell {
    let style = match s.map(str::to_ascii_uppercase).as_deref() {
        Some("GREEN") => Style::Good,
        Some("YELLOW") => Style::Warn,
        Some("RED") => Style::Bad,
        _ => Style::Plain,
    };
    Cell::opt_styled(s, style)
}

/// `can_send_message`: AVAILABLE, LIMITED or BLOCKED.
pub fn send_cell(s: Option<&str>) -> Cell {
    let style = match s.map(str::to_ascii_uppercase).as_deref() {
        Some("AVAILABLE") => Style::Good,
        Some("LIMITED") => Style::Warn,
        Some("BLOCKED") => Style::Bad,
        _ => Style::Plain,
    };
    Cell::opt_styled(s, style)
}

/// The PIN from `--pin`/`WABA_PIN`, or asked for (hidden; twice when it sets
/// a new one).
pub async fn pin(ctx: &Context, given: Option<&str>, sets_new: bool) -> Result<Secret> {
    if let Some(p) = given {
        return answers::pin(p);
    }
    if !ctx.can_prompt() {
        return Err(Error::usage("the two-step verification PIN is missing")
            .with_hint("pass --pin 6-DIGITS, or set WABA_PIN"));
    }
    let question = if sets_new {
        "New two-step verification PIN (6 digits, hidden): "
    } else {
        "Current two-step verification PIN (6 digits, hidden): "
    };
    loop {
        let first = ctx.ask_secret(question).await?;
        let pin = match answers::pin(&first) {
            Ok(p) => p,
            Err(e) => {
                ctx.printer.step(&e.message);
                continue;
            }
        };
        if !sets_new {
            return Ok(pin);
        }
        let again = ctx.ask_secret("Same PIN again: ").await?;
        if again.trim() == pin.expose() {
            return Ok(pin);
        }
        ctx.printer.step("The two PINs differ; once more.");
    }
}

/// The code from `--code`, or asked for.
pub async fn code(ctx: &Context, given: Option<&str>) -> Result<String> {
    if let Some(c) = given {
        return answers::code(c);
    }
    if !ctx.can_prompt() {
        return Err(
            Error::usage("the verification code is missing").with_hint("pass --code 6-DIGITS")
        );
    }
    loop {
        let answer = ctx.ask("Verification code (6 digits): ").await?;
        match answers::code(&answer) {
            Ok(c) => return Ok(c),
            Err(e) => ctx.printer.step(&e.message),
        }
    }
}

/// In `--sandbox` mode, where the code "went": the sandbox's inbox.
pub fn sandbox_code(ctx: &Session, phone_id: &str) -> Option<String> {
    if !ctx.settings.sandbox {
        return None;
    }
    let inbox = crate::sandbox::inbox(&ctx.paths.sandbox_dir()).ok()?;
    inbox
        .iter()
        .rev()
        .find(|c| c.phone_id == phone_id)
        .map(|c| c.code.clone())
}

/// Refuses what this session's database login may not do with `waba`
/// (a team store's roles; exit 3), before a card is charged or Meta is
/// called.
pub async fn may(ctx: &Session, waba: &str, need: Need) -> Result<()> {
    crate::store::access::may(ctx.store().await?, waba, need).await
}

/// The number a command acts on: the one given, or, at a terminal, one
/// picked from the WABA's numbers; without a terminal a missing one is a
/// usage error.
pub async fn pick_number(ctx: &Context, given: Option<&str>) -> Result<String> {
    if let Some(p) = given {
        return Ok(p.to_string());
    }
    if !ctx.can_prompt() {
        return Err(Error::usage("which number? PHONE is missing")
            .with_hint("pass a phone-number id or a number like +34 612 345 678 (`waba numbers list` shows them)"));
    }
    let numbers = crate::graph::phone_numbers::list(ctx.graph().await?, ctx.waba_id()?).await?;
    if numbers.is_empty() {
        return Err(Error::usage("the WABA has no phone numbers to pick from"));
    }
    let items: Vec<String> = numbers
        .iter()
        .map(|n| {
            format!(
                "{}  {}  {}",
                n.display_phone_number.as_deref().unwrap_or("?"),
                n.verified_name.as_deref().unwrap_or(""),
                n.id
            )
        })
        .collect();
    let i = ctx.choose("Which number", &items, 0).await?;
    Ok(numbers[i].id.clone())
}

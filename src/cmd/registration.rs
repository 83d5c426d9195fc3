//! The single registration steps: `request-code`, `verify-code`,
//! `register`, `deregister`, `set-pin`. The migration wizard uses the same
//! pieces (answers, counted calls, the sandbox's code hint).

use serde_json::json;

use super::numbers;
use crate::cli::{PhoneArgs, RegisterArgs, RequestCodeArgs, SetPinArgs, VerifyCodeArgs};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::graph::client::Sent;
use crate::graph::registration::{self as api};
use crate::migration::answers;
use crate::migration::limits::{self, Call};
use crate::output::Report;
use crate::secret::Secret;

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
async fn code(ctx: &Context, given: Option<&str>) -> Result<String> {
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
pub fn sandbox_code(ctx: &Context, phone_id: &str) -> Option<String> {
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

/// A register or deregister call, counted against Meta's 10-per-72-hours
/// limit: refused locally when the tool's own count is spent, recorded
/// before it is sent (a lost answer still counts), and its outcome after.
pub async fn counted<F>(
    ctx: &Context,
    key: &str,
    phone_id: &str,
    call: Call,
    send: F,
) -> Result<Sent>
where
    F: Future<Output = Result<Sent>>,
{
    let store = ctx.store().await?;
    let now = ctx.clock.now();
    let budget = limits::budget(store, key, call, now).await?;
    if budget.left == 0 {
        return Err(Error::new(
            Kind::RateLimited,
            format!(
                "{} has been called {} times for this number in the last {} h; Meta refuses the next one (133016) and blocks the number for 72 h",
                call.as_str(),
                budget.used,
                limits::WINDOW_HOURS
            ),
        )
        .with_hint(budget.describe()));
    }
    if ctx.flags.dry_run {
        return send.await;
    }
    let id = limits::record(store, key, phone_id, call, &ctx.actor, now).await?;
    let result = send.await;
    let outcome = match &result {
        Ok(_) => "ok".to_string(),
        Err(e) => match e.graph.as_ref().and_then(|g| g.code) {
            Some(code) => format!("error {code}"),
            None => "unknown".to_string(),
        },
    };
    limits::outcome(store, &id, &outcome).await?;
    result.map_err(|mut e| {
        if e.graph.as_ref().and_then(|g| g.code) == Some(133016) {
            let until = crate::clock::rfc3339(now + chrono::Duration::hours(limits::WINDOW_HOURS));
            e.hint = Some(format!(
                "{} is limited to 10 calls per number per 72 h and Meta has blocked this number; the next attempt is possible after {until}",
                call.as_str()
            ));
        }
        e
    })
}

/// The report for a step: a sentence, or the request `--dry-run` held back.
fn done(sent: Sent, text: String, json: serde_json::Value) -> Report {
    match sent {
        Sent::DryRun(p) => super::common::dry_run(p),
        Sent::Done(_) => Report::message(text).with_json(json),
    }
}

pub async fn request_code(ctx: &Context, args: &RequestCodeArgs) -> Result<Report> {
    let t = numbers::target(ctx, &args.phone).await?;
    ctx.confirm(&format!(
        "Send a verification code {} to {}?",
        args.code_method.describe(),
        t.label()
    ))
    .await?;
    let client = ctx.graph().await?;
    let sent = {
        let _s = ctx.printer.spinner("Requesting a code…");
        api::request_code(client, &t.id, args.code_method, &args.language).await?
    };
    let mut report = done(
        sent,
        format!(
            "Meta is sending a verification code {} to {}; relay it with `waba verify-code {} --code CODE`",
            args.code_method.describe(),
            t.label(),
            t.id
        ),
        json!({"success": true, "phone_number_id": t.id, "code_method": args.code_method.as_meta(), "language": args.language}),
    );
    if let Some(c) = sandbox_code(ctx, &t.id) {
        report = report.with_note(format!(
            "sandbox: the code is {c} (see `waba sandbox inbox`)"
        ));
    }
    Ok(report)
}

pub async fn verify_code(ctx: &Context, args: &VerifyCodeArgs) -> Result<Report> {
    // Checked before any call.
    if let Some(c) = &args.code {
        answers::code(c)?;
    }
    let t = numbers::target(ctx, &args.phone).await?;
    let code = code(ctx, args.code.as_deref()).await?;
    // A code typed at the prompt is the consent; one given as a flag is
    // confirmed like every other change (`--yes` in scripts).
    if args.code.is_some() {
        ctx.confirm(&format!(
            "Verify {} with the code given? A wrong code counts against Meta's attempts",
            t.label()
        ))
        .await?;
    }
    let client = ctx.graph().await?;
    let sent = {
        let _s = ctx.printer.spinner("Verifying…");
        api::verify_code(client, &t.id, &code).await?
    };
    Ok(done(
        sent,
        format!(
            "Verified {}: the number can now be registered with `waba register {}`",
            t.label(),
            t.id
        ),
        json!({"success": true, "phone_number_id": t.id}),
    ))
}

pub async fn register(ctx: &Context, args: &RegisterArgs) -> Result<Report> {
    let given = args.pin.as_deref().map(answers::pin).transpose()?;
    let t = numbers::target(ctx, &args.phone).await?;
    let pin = match given {
        Some(p) => p,
        None => pin(ctx, None, t.number.is_pin_enabled != Some(true)).await?,
    };
    let region = args
        .region
        .as_deref()
        .map(|r| format!(" with local storage in {r}"))
        .unwrap_or_default();
    ctx.confirm(&format!("Register {} for Cloud API{region}?", t.label()))
        .await?;
    let client = ctx.graph().await?;
    let sent = counted(ctx, &t.count_key(), &t.id, Call::Register, async {
        let _s = ctx.printer.spinner("Registering…");
        api::register(client, &t.id, &pin, args.region.as_deref()).await
    })
    .await?;
    Ok(done(
        sent,
        format!("Registered {} for Cloud API{region}", t.label()),
        json!({"success": true, "phone_number_id": t.id, "data_localization_region": args.region}),
    ))
}

pub async fn deregister(ctx: &Context, args: &PhoneArgs) -> Result<Report> {
    let t = numbers::target(ctx, &args.phone).await?;
    ctx.confirm(&format!(
        "Deregister {} from Cloud API? It stops sending and receiving messages until registered again",
        t.label()
    ))
    .await?;
    let client = ctx.graph().await?;
    let sent = counted(ctx, &t.count_key(), &t.id, Call::Deregister, async {
        let _s = ctx.printer.spinner("Deregistering…");
        api::deregister(client, &t.id).await
    })
    .await?;
    Ok(done(
        sent,
        format!(
            "Deregistered {}; it stays in the WABA and can be registered again",
            t.label()
        ),
        json!({"success": true, "phone_number_id": t.id}),
    ))
}

pub async fn set_pin(ctx: &Context, args: &SetPinArgs) -> Result<Report> {
    let given = args.pin.as_deref().map(answers::pin).transpose()?;
    let t = numbers::target(ctx, &args.phone).await?;
    let pin = match given {
        Some(p) => p,
        None => pin(ctx, None, true).await?,
    };
    ctx.confirm(&format!(
        "Set a new two-step verification PIN on {}?",
        t.label()
    ))
    .await?;
    let client = ctx.graph().await?;
    let sent = {
        let _s = ctx.printer.spinner("Setting the PIN…");
        api::set_pin(client, &t.id, &pin).await?
    };
    Ok(done(
        sent,
        format!("Two-step verification PIN set on {}", t.label()),
        json!({"success": true, "phone_number_id": t.id}),
    ))
}

//! The single registration steps: `request-code`, `verify-code`,
//! `register`, `deregister`, `set-pin`. The migration wizard uses the same
//! pieces (answers, counted calls, the sandbox's code hint).

use serde_json::json;

use super::common::{code, locale, pick_number, pin, region, sandbox_code, six_digits};
use crate::context::Context;
use crate::error::Result;
use crate::graph::client::Sent;
use crate::graph::registration::CodeMethod;
use crate::graph::registration::{self as api};
use crate::migration::answers;
use crate::migration::limits::Call;
use crate::migration::limits::counted;
use crate::numbers;
use crate::output::Report;
use clap::Args;

#[derive(Debug, Args)]
pub struct PhoneArgs {
    /// Phone-number id or international number of the WABA
    /// Asked for, among the WABA's numbers, at a terminal when left out
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::numbers))]
    pub phone: Option<String>,
}

#[derive(Debug, Args)]
pub struct RequestCodeArgs {
    /// Phone-number id or international number of the WABA
    /// Asked for, among the WABA's numbers, at a terminal when left out
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::numbers))]
    pub phone: Option<String>,
    /// How Meta sends the code
    #[arg(long, value_enum, default_value_t = CodeMethod::Sms, value_name = "METHOD")]
    pub code_method: CodeMethod,
    /// Language of the code message, like en_US
    #[arg(long, default_value = "en_US", value_parser = locale)]
    pub language: String,
}

#[derive(Debug, Args)]
pub struct VerifyCodeArgs {
    /// Phone-number id or international number of the WABA
    /// Asked for, among the WABA's numbers, at a terminal when left out
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::numbers))]
    pub phone: Option<String>,
    /// The 6-digit code (asked for when missing)
    #[arg(long, value_parser = six_digits)]
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Phone-number id or international number of the WABA
    /// Asked for, among the WABA's numbers, at a terminal when left out
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::numbers))]
    pub phone: Option<String>,
    /// The two-step verification PIN, 6 digits (asked for, hidden, when missing)
    #[arg(long, env = "WABA_PIN", hide_env_values = true)]
    pub pin: Option<String>,
    /// Turn on local storage in this region (data_localization_region)
    #[arg(long, value_name = "REGION", value_parser = region)]
    pub region: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetPinArgs {
    /// Phone-number id or international number of the WABA
    /// Asked for, among the WABA's numbers, at a terminal when left out
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::numbers))]
    pub phone: Option<String>,
    /// The new PIN, 6 digits (asked for twice, hidden, when missing)
    #[arg(long, env = "WABA_PIN", hide_env_values = true)]
    pub pin: Option<String>,
}

/// The report for a step: a sentence, or the request `--dry-run` held back.
fn done(sent: Sent, text: String, json: serde_json::Value) -> Report {
    match sent {
        Sent::DryRun(p) => super::common::dry_run(p),
        Sent::Done(_) => Report::message(text).with_json(json),
    }
}

pub async fn request_code(ctx: &Context, args: &RequestCodeArgs) -> Result<Report> {
    let t = numbers::target(ctx, &pick_number(ctx, args.phone.as_deref()).await?).await?;
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
    let t = numbers::target(ctx, &pick_number(ctx, args.phone.as_deref()).await?).await?;
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
    let t = numbers::target(ctx, &pick_number(ctx, args.phone.as_deref()).await?).await?;
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
    let t = numbers::target(ctx, &pick_number(ctx, args.phone.as_deref()).await?).await?;
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
    let t = numbers::target(ctx, &pick_number(ctx, args.phone.as_deref()).await?).await?;
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

//! `migrate-number`: the wizard that drives the migration state machine
//! (`migration::state`) against Meta and the person at the terminal, or a
//! script's flags. Progress is saved after every step; a re-run continues
//! from the saved step and never adds the number twice.

use serde_json::{Value, json};

use super::common::{self as steps, locale, region, sandbox_code, six_digits};
use crate::clock::rfc3339;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::graph::client::Sent;
use crate::graph::fields::is;
use crate::graph::phone_numbers::{self, PhoneNumber};
use crate::graph::registration::{self as api, CodeMethod};
use crate::graph::waba;
use crate::migration::answers;
use crate::migration::limits::counted;
use crate::migration::limits::{self, Call};
use crate::migration::preflight::{self, Check, Facts, Outcome, Source};
use crate::migration::saved;
use crate::migration::state::{Action, Progress, Step};
use crate::output::{Body, Cell, Column, Report, Style};
use crate::phone::Number;
use crate::secret::Secret;
use clap::Args;

pub const MIGRATE_HELP: &str = "\
Examples:
  In a terminal, guided (asks before each step that cannot be undone):
    waba migrate-number '+52 55 1234 5678' --from-waba 100000000000002

  Unattended, in two phases (CI): send the code, then finish with it:
    waba migrate-number +525512345678 --from-waba 100000000000002 --yes
    waba migrate-number +525512345678 --status --output json   # step: awaiting_code
    WABA_PIN=246810 waba migrate-number +525512345678 --code 123456 --yes

  Rehearse it offline first:
    waba --sandbox migrate-number '+52 55 1234 5678' --from-waba 100000000000002

Steps: preflight checks, add the number with migrate_phone_number=true,
request a code, verify it, register with the two-step PIN, read the number
back. Progress is saved after every step: running the same command again
continues where it stopped, and never adds the number twice. Without a
terminal, nothing is asked: changes need --yes, and without --code the run
stops once the code is sent (exit 0).";

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The number to move, in international form (+52 55 1234 5678)
    pub number: String,
    /// The WABA the number is in now, for the preflight checks
    #[arg(long, value_name = "ID")]
    pub from_waba: Option<String>,
    /// How Meta sends the code [default: sms, or what the saved progress used]
    #[arg(long, value_enum, value_name = "METHOD")]
    pub code_method: Option<CodeMethod>,
    /// Language of the code message, like en_US
    #[arg(long, default_value = "en_US", value_parser = locale)]
    pub language: String,
    /// The 6-digit code the phone received
    #[arg(long, value_parser = six_digits)]
    pub code: Option<String>,
    /// The two-step verification PIN to register with (6 digits)
    #[arg(long, env = "WABA_PIN", hide_env_values = true)]
    pub pin: Option<String>,
    /// Turn on local storage in this region when registering
    #[arg(long, value_name = "REGION", value_parser = region)]
    pub region: Option<String>,
    /// Confirm that two-step verification is off on the source number (when waba cannot read it)
    #[arg(long)]
    pub two_step_disabled: bool,
    /// Show the saved progress and change nothing
    #[arg(long, conflicts_with = "abort")]
    pub status: bool,
    /// Forget the saved progress (nothing at Meta is undone)
    #[arg(long)]
    pub abort: bool,
}

/// What a step asks of the loop.
enum Flow {
    Continue,
    /// Stop here with this report (waiting for a code, a dry run).
    Stop(Report),
}

struct Wizard<'a> {
    ctx: &'a Context,
    number: Number,
    waba_id: String,
    source_waba: Option<String>,
    language: String,
    method: CodeMethod,
    /// `--code-method` was given: no need to ask how to send the code.
    method_given: bool,
    region: Option<String>,
    /// `--code`, usable only for a code sent before this run.
    code: Option<String>,
    pin: Option<Secret>,
    two_step_confirmed: bool,
    progress: Option<Progress>,
    /// A code was sent during this run: any `--code` predates it.
    fresh_code: bool,
    /// The pending code was mentioned already.
    announced: bool,
    checks: Vec<Check>,
    /// The destination's listing of the number, once preflight looked.
    in_dest: Option<Option<PhoneNumber>>,
    readback: Option<PhoneNumber>,
}

pub async fn run(ctx: &Context, args: &MigrateArgs) -> Result<Report> {
    let number = Number::parse(&args.number)?;
    // Answers are checked before any call.
    let pin = args.pin.as_deref().map(answers::pin).transpose()?;
    let waba_id = ctx.waba_id()?.to_string();
    if let Some(src) = &args.from_waba {
        crate::config::settings::check_id(
            "source WABA",
            src,
            &crate::config::Source::Flag("--from-waba"),
        )?;
        if *src == waba_id {
            return Err(Error::usage(format!(
                "--from-waba {src} is the destination WABA itself"
            ))
            .with_hint("--from-waba names the WABA the number is in now; --waba (or the profile) the one it moves to"));
        }
    }
    let store = ctx.store().await?;
    let progress = saved::load(store, &waba_id, &number.digits()).await?;
    if args.status {
        return Ok(status(&number, &waba_id, progress.as_ref()));
    }
    if args.abort {
        let removed = saved::forget(store, &waba_id, &number.digits()).await?;
        let text = if removed {
            format!(
                "Forgot the migration of {number} into WABA {waba_id}. Nothing at Meta is undone: if the number was added or registered, it stays so (`waba numbers list`)."
            )
        } else {
            format!("No migration of {number} into WABA {waba_id} was saved; nothing to forget")
        };
        return Ok(Report::message(text).with_json(
            json!({"forgotten": removed, "waba_id": waba_id, "number": number.digits()}),
        ));
    }
    unattended_inputs(ctx, args, pin.is_some(), progress.as_ref())?;
    let method = args
        .code_method
        .or(progress.as_ref().map(|p| p.code_method))
        .unwrap_or(CodeMethod::Sms);
    let mut w = Wizard {
        ctx,
        waba_id,
        source_waba: progress
            .as_ref()
            .and_then(|p| p.source_waba.clone())
            .or_else(|| args.from_waba.clone()),
        language: progress
            .as_ref()
            .map(|p| p.language.clone())
            .filter(|_| args.language == "en_US")
            .unwrap_or_else(|| args.language.clone()),
        method,
        method_given: args.code_method.is_some(),
        region: args.region.clone(),
        code: args.code.clone(),
        pin,
        two_step_confirmed: args.two_step_disabled,
        progress,
        fresh_code: false,
        announced: false,
        checks: Vec::new(),
        in_dest: None,
        readback: None,
        number,
    };
    w.run().await
}

/// A run that cannot prompt must be given, before its first request,
/// everything it will need: a run that verifies a code goes on to register,
/// which needs the PIN and `--yes`; finding either missing after the code
/// was spent would cost the operator a new code.
fn unattended_inputs(
    ctx: &Context,
    args: &MigrateArgs,
    has_pin: bool,
    progress: Option<&crate::migration::state::Progress>,
) -> Result<()> {
    if ctx.can_prompt() || ctx.flags.dry_run {
        return Ok(());
    }
    let step = progress.map(|p| p.step);
    let registers = args.code.is_some() || matches!(step, Some(Step::Verified | Step::Registering));
    if !registers {
        return Ok(());
    }
    let why = if args.code.is_some() {
        "this run verifies the code, then registers the number"
    } else {
        "this run registers the number"
    };
    if !has_pin {
        return Err(Error::usage(format!(
            "the two-step verification PIN is missing: {why}, which needs it"
        ))
        .with_hint(
            "pass --pin 6-DIGITS or set WABA_PIN; nothing was sent and the code is still good",
        ));
    }
    if !ctx.flags.yes {
        return Err(Error::usage(format!("{why}, and needs confirmation"))
            .with_hint("pass --yes; nothing was sent and the code is still good"));
    }
    Ok(())
}

impl Wizard<'_> {
    async fn run(&mut self) -> Result<Report> {
        let ctx = self.ctx;
        match &self.progress {
            None => {}
            Some(p) if p.step == Step::Completed => {}
            Some(p) => ctx.printer.step(&format!(
                "Resuming the migration of {} into WABA {}: step {}, started {}",
                self.number,
                self.waba_id,
                p.step.as_str(),
                rfc3339(p.started_at)
            )),
        }
        if self
            .progress
            .as_ref()
            .is_none_or(|p| p.step == Step::Adding)
        {
            self.preflight().await?;
        }
        loop {
            let next = self
                .progress
                .as_ref()
                .map_or(Action::Add { may_exist: false }, Progress::next);
            let flow = match next {
                Action::Add { may_exist } => self.add(may_exist).await?,
                Action::RequestCode => self.request_code().await?,
                Action::VerifyCode => self.verify().await?,
                Action::Register { may_be_done } => self.register(may_be_done).await?,
                Action::Confirm => self.confirm().await?,
                Action::Done => return Ok(self.report()),
            };
            if let Flow::Stop(r) = flow {
                return Ok(r);
            }
        }
    }

    fn progress(&mut self) -> &mut Progress {
        self.progress.get_or_insert_with(|| {
            Progress::start(
                &self.waba_id,
                &self.number,
                self.method,
                &self.language,
                self.source_waba.as_deref(),
                self.ctx.clock.now(),
            )
        })
    }

    fn phone_id(&self) -> Result<String> {
        self.progress
            .as_ref()
            .and_then(|p| p.phone_number_id.clone())
            .ok_or_else(|| Error::internal("the saved migration has no phone-number id"))
    }

    /// Saves the progress (not under `--dry-run`: nothing happened).
    async fn save(&self) -> Result<()> {
        if self.ctx.flags.dry_run {
            return Ok(());
        }
        if let Some(p) = &self.progress {
            saved::save(self.ctx.store().await?, p).await?;
        }
        Ok(())
    }

    /// Records a failure on the saved progress and hands the error back.
    async fn failed(&mut self, e: Error) -> Error {
        let now = self.ctx.clock.now();
        if let Some(p) = self.progress.as_mut() {
            p.failed(&e.message, now);
        }
        match self.save().await {
            Ok(()) => e,
            Err(save) => save,
        }
    }

    async fn preflight(&mut self) -> Result<()> {
        let ctx = self.ctx;
        let client = ctx.graph().await?;
        let digits = self.number.digits();
        let (dest, apps, dest_numbers, source) = {
            let _s = ctx.printer.spinner("Checking the prerequisites…");
            tokio::try_join!(
                waba::get(client, &self.waba_id),
                crate::graph::subscriptions::list(client, &self.waba_id),
                phone_numbers::list(client, &self.waba_id),
                self.source(),
            )?
        };
        let found = dest_numbers.into_iter().find(|n| n.digits() == digits);
        self.in_dest = Some(found.clone());
        let store = ctx.store().await?;
        let now = ctx.clock.now();
        let mut facts = Facts {
            dest,
            dest_apps: apps,
            in_dest: found,
            resuming: self.progress.is_some(),
            source,
            two_step_confirmed: self.two_step_confirmed,
            register: limits::budget(store, &digits, Call::Register, now).await?,
            deregister: limits::budget(store, &digits, Call::Deregister, now).await?,
        };
        let mut checks = preflight::checks(&facts);
        let two_step_unknown = checks
            .iter()
            .any(|c| c.name == preflight::TWO_STEP && c.outcome == Outcome::Unknown);
        let others_fail = checks.iter().any(|c| c.outcome == Outcome::Fail);
        if two_step_unknown && !others_fail {
            show_checklist(ctx, &self.heading(&facts), &checks);
            if !ctx.can_prompt() {
                return Err(Error::usage(format!(
                    "cannot read whether two-step verification is on for {}",
                    self.number
                ))
                .with_hint("turn it off on the source number in WhatsApp Manager, then confirm with --two-step-disabled (or pass --from-waba ID if this token can read the source WABA)"));
            }
            let q = format!(
                "waba cannot read the source number. Is two-step verification turned off for {} (WhatsApp Manager → Phone numbers → Two-step verification)?",
                self.number
            );
            if !ctx.ask_yes(&q).await? {
                return Err(Error::new(
                    Kind::Rejected,
                    format!("two-step verification must be off for {} before it can move", self.number),
                )
                .with_hint("the source WABA's owner turns it off in WhatsApp Manager (Meta has no API for it); then run this again"));
            }
            facts.two_step_confirmed = true;
            self.two_step_confirmed = true;
            checks = preflight::checks(&facts);
            ctx.printer.step(&format!(
                "✔ {}: confirmed by the operator",
                preflight::TWO_STEP
            ));
        } else {
            show_checklist(ctx, &self.heading(&facts), &checks);
        }
        let failed: Vec<&Check> = checks
            .iter()
            .filter(|c| c.outcome == Outcome::Fail)
            .collect();
        self.checks = checks.clone();
        if let Some(first) = failed.first() {
            let names: Vec<&str> = failed.iter().map(|c| c.name).collect();
            let only_limits = failed.iter().all(|c| c.name.ends_with("attempts"));
            let kind = if only_limits {
                Kind::RateLimited
            } else {
                Kind::Rejected
            };
            let mut e = Error::new(
                kind,
                format!(
                    "preflight failed: {} ({})",
                    names.join(", ").to_lowercase(),
                    first.detail
                ),
            );
            e.hint = first.fix.clone();
            return Err(e);
        }
        Ok(())
    }

    fn heading(&self, f: &Facts) -> String {
        let name = f
            .dest
            .name
            .as_deref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        format!("Moving {} into WABA {}{name}", self.number, self.waba_id)
    }

    /// What the token can see of the source WABA and the number in it.
    async fn source(&self) -> Result<Source> {
        let Some(src) = &self.source_waba else {
            return Ok(Source::NotGiven);
        };
        let client = self.ctx.graph().await?;
        let unreadable = |e: Error| -> Result<Source> {
            match e.kind {
                Kind::Auth | Kind::Rejected => Ok(Source::Unreadable {
                    waba: src.clone(),
                    why: e.message,
                }),
                _ => Err(e),
            }
        };
        let (w, numbers) =
            match tokio::try_join!(waba::get(client, src), phone_numbers::list(client, src)) {
                Ok(x) => x,
                Err(e) => return unreadable(e),
            };
        let Some(found) = numbers
            .into_iter()
            .find(|n| n.digits() == self.number.digits())
        else {
            return Ok(Source::Read {
                waba: w,
                number: None,
            });
        };
        let number = match phone_numbers::get_number(client, &found.id).await {
            Ok(n) => n,
            Err(e) if matches!(e.kind, Kind::Auth | Kind::Rejected) => found,
            Err(e) => return Err(e),
        };
        Ok(Source::Read {
            waba: w,
            number: Some(Box::new(number)),
        })
    }

    async fn add(&mut self, may_exist: bool) -> Result<Flow> {
        let ctx = self.ctx;
        let client = ctx.graph().await?;
        let now = ctx.clock.now();
        if may_exist {
            // An earlier add may have landed with its answer lost: look first.
            let found = match self.in_dest.take() {
                Some(looked) => looked,
                None => phone_numbers::list(client, &self.waba_id)
                    .await?
                    .into_iter()
                    .find(|n| n.digits() == self.number.digits()),
            };
            if let Some(n) = found {
                self.progress().added(&n.id, now);
                self.save().await?;
                ctx.printer.step(&format!(
                    "✔ The earlier add went through: {} is in WABA {} as id {}",
                    self.number, self.waba_id, n.id
                ));
                return Ok(Flow::Continue);
            }
        }
        ctx.confirm(&format!(
            "Add {} to WABA {} as a migrating number? This cannot be undone",
            self.number, self.waba_id
        ))
        .await?;
        // Saved before the call: if the answer is lost, the next run looks
        // for the number instead of adding it again.
        let p = self.progress();
        p.step = Step::Adding;
        p.updated_at = now;
        self.save().await?;
        let sent = {
            let _s = ctx.printer.spinner("Adding the number…");
            api::add_migrating(client, &self.waba_id, &self.number).await
        };
        match sent {
            Ok(Sent::DryRun(p)) => Ok(Flow::Stop(dry_run(p))),
            Ok(Sent::Done(body)) => {
                let Some(id) = api::added_id(&body) else {
                    return Err(self
                        .failed(Error::new(
                            Kind::Rejected,
                            "Meta's answer to the add carries no phone-number id",
                        ))
                        .await);
                };
                self.progress().added(&id, now);
                self.save().await?;
                ctx.printer.step(&format!(
                    "✔ Added {} to WABA {} (phone-number id {id})",
                    self.number, self.waba_id
                ));
                Ok(Flow::Continue)
            }
            Err(e) => Err(self.failed(e).await),
        }
    }

    async fn request_code(&mut self) -> Result<Flow> {
        let ctx = self.ctx;
        let id = self.phone_id()?;
        if ctx.can_prompt() && !ctx.flags.yes && !ctx.flags.dry_run && !self.method_given {
            // At a terminal: how to send it is part of the question.
            let items = [
                "Yes, by SMS".to_string(),
                "Yes, by voice call".to_string(),
                "No, stop here".to_string(),
            ];
            let default = usize::from(self.method == CodeMethod::Voice);
            let q = format!(
                "Send a verification code to {}? Whoever holds that phone relays it to you",
                self.number
            );
            match ctx.choose(&q, &items, default).await? {
                0 => self.method = CodeMethod::Sms,
                1 => self.method = CodeMethod::Voice,
                _ => return Err(Error::new(Kind::Interrupted, "cancelled")),
            }
        } else {
            ctx.confirm(&format!(
                "Send a verification code {} to {}? Whoever holds that phone relays it to you",
                self.method.describe(),
                self.number
            ))
            .await?;
        }
        let sent = {
            let _s = ctx.printer.spinner("Requesting a code…");
            api::request_code(ctx.graph().await?, &id, self.method, &self.language).await
        };
        match sent {
            Ok(Sent::DryRun(p)) => Ok(Flow::Stop(dry_run(p))),
            Ok(Sent::Done(_)) => {
                let now = ctx.clock.now();
                let method = self.method;
                self.progress().code_sent(method, now);
                self.save().await?;
                self.fresh_code = true;
                ctx.printer.step(&format!(
                    "✔ Code sent {} to {} at {} (valid for about 10 minutes)",
                    method.describe(),
                    self.number,
                    rfc3339(now)
                ));
                self.sandbox_hint(&id);
                Ok(Flow::Continue)
            }
            Err(e) => Err(self.failed(e).await),
        }
    }

    fn sandbox_hint(&self, id: &str) {
        if let Some(c) = sandbox_code(self.ctx, id) {
            self.ctx.printer.step(&format!(
                "  sandbox: the code is {c} (also in `waba sandbox inbox`)"
            ));
        }
    }

    async fn verify(&mut self) -> Result<Flow> {
        let ctx = self.ctx;
        let id = self.phone_id()?;
        let code = match self.code.take() {
            Some(c) if !self.fresh_code => c,
            given => {
                if !ctx.can_prompt() {
                    if given.is_some() {
                        ctx.printer.warn("--code was not used: a new code was just sent; run again with that one");
                    }
                    return Ok(Flow::Stop(self.report()));
                }
                if !self.fresh_code
                    && !self.announced
                    && let Some(at) = self.progress.as_ref().and_then(|p| p.code_requested_at)
                {
                    ctx.printer.step(&format!(
                        "A code was sent {} to {} at {}",
                        self.method.describe(),
                        self.number,
                        rfc3339(at)
                    ));
                    self.sandbox_hint(&id);
                }
                self.announced = true;
                match self.ask_code().await? {
                    Answer::Code(c) => c,
                    Answer::Resend(m) => {
                        self.method = m;
                        return self.request_code().await;
                    }
                }
            }
        };
        let sent = {
            let _s = ctx.printer.spinner("Verifying the code…");
            api::verify_code(ctx.graph().await?, &id, &code).await
        };
        let now = ctx.clock.now();
        match sent {
            Ok(Sent::DryRun(p)) => Ok(Flow::Stop(dry_run(p))),
            Ok(Sent::Done(_)) => {
                self.progress().verified(now);
                self.save().await?;
                ctx.printer
                    .step(&format!("✔ Ownership of {} confirmed", self.number));
                Ok(Flow::Continue)
            }
            Err(e) if e.graph.as_ref().and_then(|g| g.code) == Some(136025) => {
                self.fresh_code = false;
                // Meta says which: the number reads EXPIRED once its code lapsed.
                let expired = phone_numbers::get_number(ctx.graph().await?, &id)
                    .await
                    .is_ok_and(|n| is(n.code_verification_status.as_deref(), "EXPIRED"));
                if expired {
                    self.progress().code_expired(now);
                    self.save().await?;
                    if !ctx.can_prompt() {
                        return Err(Error::new(Kind::Rejected, format!("the verification code for {} expired", self.number))
                            .with_hint(format!("request a new one: `waba migrate-number {} --yes`, then finish with its --code", self.number)));
                    }
                    ctx.printer.step("The code expired before it was verified.");
                    return Ok(Flow::Continue);
                }
                self.progress().code_rejected(&e.message, now);
                self.save().await?;
                if !ctx.can_prompt() {
                    return Err(e);
                }
                ctx.printer.step(&format!(
                    "✘ Meta did not accept that code. Type it again, or `{}` to get a new code {}.",
                    self.method.other().as_meta().to_lowercase(),
                    self.method.other().describe()
                ));
                Ok(Flow::Continue)
            }
            Err(e) => Err(self.failed(e).await),
        }
    }

    async fn ask_code(&self) -> Result<Answer> {
        let q = "Verification code (6 digits), or `sms`/`voice` for a new one: ";
        loop {
            let a = self.ctx.ask(q).await?;
            match a.to_ascii_lowercase().as_str() {
                "sms" => return Ok(Answer::Resend(CodeMethod::Sms)),
                "voice" => return Ok(Answer::Resend(CodeMethod::Voice)),
                _ => match answers::code(&a) {
                    Ok(c) => return Ok(Answer::Code(c)),
                    Err(e) => self.ctx.printer.step(&e.message),
                },
            }
        }
    }

    async fn read_back(&mut self) -> Result<PhoneNumber> {
        let id = self.phone_id()?;
        let n = {
            let _s = self.ctx.printer.spinner("Reading the number back…");
            phone_numbers::get_number(self.ctx.graph().await?, &id).await?
        };
        self.readback = Some(n.clone());
        Ok(n)
    }

    async fn register(&mut self, may_be_done: bool) -> Result<Flow> {
        let ctx = self.ctx;
        let id = self.phone_id()?;
        let now = ctx.clock.now();
        // The number is read first only when its state matters: an earlier
        // register may have landed, or the PIN prompt depends on it.
        let current = if may_be_done || self.pin.is_none() {
            Some(self.read_back().await?)
        } else {
            None
        };
        if let Some(n) = current.as_ref().filter(|_| may_be_done)
            && is(n.platform_type.as_deref(), "CLOUD_API")
            && is(n.status.as_deref(), "CONNECTED")
        {
            self.progress().registered(now);
            self.save().await?;
            ctx.printer.step("✔ The earlier register went through");
            return Ok(Flow::Continue);
        }
        let pin = match self.pin.take() {
            Some(p) => p,
            None => {
                let pin_on = current.and_then(|n| n.is_pin_enabled) == Some(true);
                steps::pin(ctx, None, !pin_on).await?
            }
        };
        let key = self.number.digits();
        let budget = limits::budget(ctx.store().await?, &key, Call::Register, now).await?;
        let region = self
            .region
            .as_deref()
            .map(|r| format!(" with local storage in {r}"))
            .unwrap_or_default();
        ctx.confirm(&format!(
            "Register {} on Cloud API in WABA {}{region}? This completes the move ({} of 10 register attempts left in 72 h)",
            self.number, self.waba_id, budget.left
        ))
        .await?;
        if !ctx.flags.dry_run {
            self.progress().registering(now);
            self.save().await?;
        }
        let client = ctx.graph().await?;
        let sent = counted(ctx, &key, &id, Call::Register, async {
            let _s = ctx.printer.spinner("Registering…");
            api::register(client, &id, &pin, self.region.as_deref()).await
        })
        .await;
        match sent {
            Ok(Sent::DryRun(p)) => Ok(Flow::Stop(dry_run(p))),
            Ok(Sent::Done(_)) => {
                self.progress().registered(ctx.clock.now());
                self.save().await?;
                ctx.printer
                    .step(&format!("✔ Registered {} on Cloud API", self.number));
                Ok(Flow::Continue)
            }
            // Meta answered no: nothing changed there, so register again later.
            Err(e) if e.graph.is_some() || e.kind == Kind::RateLimited => {
                self.progress().register_refused(&e.message, now);
                self.save().await?;
                Err(e)
            }
            Err(e) => Err(self.failed(e).await),
        }
    }

    async fn confirm(&mut self) -> Result<Flow> {
        let n = self.read_back().await?;
        let now = self.ctx.clock.now();
        self.progress().completed(now);
        self.save().await?;
        let ok =
            is(n.status.as_deref(), "CONNECTED") && is(n.platform_type.as_deref(), "CLOUD_API");
        self.ctx.printer.step(&if ok {
            format!("✔ {} is on Cloud API in WABA {}", self.number, self.waba_id)
        } else {
            format!(
                "! {} reads status {}, platform {}: Meta may take a few minutes to show it connected",
                self.number,
                n.status.as_deref().unwrap_or("unknown"),
                n.platform_type.as_deref().unwrap_or("unknown")
            )
        });
        Ok(Flow::Continue)
    }

    fn report(&self) -> Report {
        let mut r = progress_report(
            &self.number,
            &self.waba_id,
            self.progress.as_ref(),
            self.readback.as_ref(),
        );
        if !self.checks.is_empty() {
            r.json["preflight"] = json!(self.checks);
        }
        r
    }
}

enum Answer {
    Code(String),
    Resend(CodeMethod),
}

fn dry_run(p: crate::graph::client::Prepared) -> Report {
    super::common::dry_run(p)
        .with_note("dry run: nothing was sent; the steps after this one depend on Meta's answer")
}

fn checklist(heading: &str, checks: &[Check]) -> Report {
    let rows = checks
        .iter()
        .map(|c| {
            let (text, style) = match c.outcome {
                Outcome::Pass => ("ok", Style::Good),
                Outcome::Fail => ("FAILED", Style::Bad),
                Outcome::Unknown => ("unknown", Style::Warn),
            };
            vec![
                Cell::plain(c.name),
                Cell::styled(text, style),
                Cell::plain(&c.detail),
            ]
        })
        .collect();
    let columns = vec![
        Column::new("CHECK"),
        Column::new("RESULT"),
        Column::new("DETAIL").flex(),
    ];
    Report::new(Body::Table { columns, rows }, json!(checks)).with_heading(heading)
}

/// Shows the checklist, then what to do about each check that did not pass.
fn show_checklist(ctx: &Context, heading: &str, checks: &[Check]) {
    ctx.printer.show(&checklist(heading, checks));
    for c in checks.iter().filter(|c| c.outcome != Outcome::Pass) {
        if let Some(f) = &c.fix {
            ctx.printer.step(&format!("  {}: {f}", c.name));
        }
    }
}

fn status(number: &Number, waba_id: &str, p: Option<&Progress>) -> Report {
    progress_report(number, waba_id, p, None)
}

fn progress_report(
    number: &Number,
    waba_id: &str,
    p: Option<&Progress>,
    n: Option<&PhoneNumber>,
) -> Report {
    let Some(p) = p else {
        return Report::message(format!(
            "No migration of {number} into WABA {waba_id} is in progress"
        ))
        .with_json(json!({"step": "not_started", "waba_id": waba_id, "number": number.digits()}));
    };
    let mut json = serde_json::to_value(p).unwrap_or(Value::Null);
    json["next"] = json!(p.next_hint());
    let t = |x: Option<chrono::DateTime<chrono::Utc>>| Cell::opt(x.map(rfc3339).as_deref());
    let step_style = match p.step {
        Step::Completed => Style::Good,
        Step::AwaitingCode | Step::Verified | Step::Registered => Style::Warn,
        _ => Style::Plain,
    };
    let mut fields = vec![
        ("Number".to_string(), Cell::plain(number.to_string())),
        ("Destination WABA".to_string(), Cell::plain(waba_id)),
        (
            "Source WABA".to_string(),
            Cell::opt(p.source_waba.as_deref()),
        ),
        (
            "Phone-number id".to_string(),
            Cell::opt(p.phone_number_id.as_deref()),
        ),
        (
            "Step".to_string(),
            Cell::styled(p.step.as_str(), step_style),
        ),
        (
            "Code method".to_string(),
            Cell::plain(p.code_method.as_meta()),
        ),
        (
            "Codes requested".to_string(),
            Cell::plain(p.code_requests.to_string()),
        ),
        (
            "Verify attempts".to_string(),
            Cell::plain(p.verify_attempts.to_string()),
        ),
        (
            "Register attempts".to_string(),
            Cell::plain(p.register_attempts.to_string()),
        ),
        ("Started".to_string(), t(Some(p.started_at))),
        ("Code requested".to_string(), t(p.code_requested_at)),
        ("Verified".to_string(), t(p.verified_at)),
        ("Registered".to_string(), t(p.registered_at)),
        ("Completed".to_string(), t(p.completed_at)),
    ];
    if let Some(e) = &p.last_error {
        fields.push(("Last error".to_string(), Cell::styled(e, Style::Bad)));
    }
    if let Some(n) = n {
        json["phone_number"] = serde_json::to_value(n).unwrap_or(Value::Null);
        fields.extend([
            ("Status".to_string(), Cell::opt(n.status.as_deref())),
            (
                "Code verification".to_string(),
                Cell::opt(n.code_verification_status.as_deref()),
            ),
            (
                "Platform".to_string(),
                Cell::opt(n.platform_type.as_deref()),
            ),
        ]);
    }
    let mut r = Report::new(Body::Fields(fields), json);
    if p.step != Step::Completed {
        r = r.with_note(format!("next: {}", p.next_hint()));
    }
    r
}

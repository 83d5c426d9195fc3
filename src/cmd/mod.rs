//! One module per command. Each takes typed arguments and the context, calls
//! the domain and adapters, and returns a report; none prints.

pub mod alerts;
pub mod api;
pub mod assets;
pub mod auth;
pub mod autorecharge;
pub mod balance;
pub mod common;
pub mod doctor;
pub mod events;
pub mod invoices;
pub mod metrics;
pub mod migrate;
pub mod numbers;
pub mod payment;
pub mod pricing;
pub mod profile;
pub mod registration;
pub mod sandbox;
pub mod store;
pub mod templates;
pub mod topup;
pub mod usage;
pub mod wabas;
pub mod webhooks;

use self::profile::ProfileCommand;
use self::sandbox::SandboxCommand;
use crate::cli::Command;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Body, Report};

/// The commands whose answer is a list or a report of rows: the ones CSV
/// serves. Any other refuses `-o csv` (or `WABA_OUTPUT=csv`) before it does
/// anything; a profile's CSV default gives way to a table there.
pub fn serves_csv(command: &Command) -> bool {
    use self::numbers::NumbersCommand as N;
    use self::pricing::PricingCommand as P;
    use self::templates::TemplatesCommand as T;
    use self::topup::TopupCommand;
    use self::wabas::WabasCommand as W;
    use SandboxCommand as S;
    match command {
        Command::Numbers(N::List | N::Health(_)) => true,
        Command::Templates(T::List(_) | T::Lint { .. }) => true,
        Command::Topup(a) => matches!(a.command, Some(TopupCommand::History)),
        Command::Balance(a) => a.all && a.command.is_none(),
        Command::Usage(_) | Command::Invoices(_) => true,
        Command::Wabas(W::List { .. }) => true,
        Command::Pricing(P::Show { .. }) => true,
        Command::Profile(ProfileCommand::List) => true,
        Command::Sandbox(S::Inbox | S::Outbox) => true,
        Command::Store(self::store::StoreCommand::Access) => true,
        _ => false,
    }
}

pub async fn run(ctx: &Context, command: &Command) -> Result<Report> {
    if ctx.printer.format == crate::output::Format::Csv && !serves_csv(command) {
        return Err(crate::error::Error::usage(format!(
            "`waba {}` has no CSV form",
            ctx.command
        ))
        .with_hint("use -o table or -o json; CSV is for lists and reports (numbers list, templates list, topup history, usage, invoices, balance --all, …)"));
    }
    if acts_on_a_wabas_money_elsewhere(command) {
        warn_if_short(ctx).await;
    }
    match command {
        Command::Auth(c) => auth::run(ctx, c).await,
        Command::Profile(c) => profile::run(ctx, c).await,
        Command::Numbers(c) => numbers::run(ctx, c).await,
        Command::Templates(t) => templates::run(ctx, t).await,
        Command::MigrateNumber(args) => migrate::run(ctx, args).await,
        Command::RequestCode(args) => registration::request_code(ctx, args).await,
        Command::VerifyCode(args) => registration::verify_code(ctx, args).await,
        Command::Register(args) => registration::register(ctx, args).await,
        Command::Deregister(args) => registration::deregister(ctx, args).await,
        Command::SetPin(args) => registration::set_pin(ctx, args).await,
        Command::Balance(args) => balance::run(ctx, args).await,
        Command::Topup(args) => topup::run(ctx, args).await,
        Command::Payment(c) => payment::run(ctx, c).await,
        Command::Autorecharge(c) => autorecharge::run(ctx, c).await,
        Command::Alerts(c) => alerts::run(ctx, c).await,
        Command::Wabas(c) => wabas::run(ctx, c).await,
        Command::Usage(args) => usage::run(ctx, args).await,
        Command::Invoices(args) => invoices::run(ctx, args).await,
        Command::Pricing(c) => pricing::run(ctx, c).await,
        Command::Store(c) => store::run(ctx, c).await,
        Command::Sandbox(c) => sandbox::run(ctx, c).await,
        Command::Api(args) => api::run(ctx, args).await,
        Command::Doctor(args) => doctor::run(ctx, args).await,
        Command::Webhooks(command) => webhooks::run(ctx, command).await,
        Command::Events(args) => events::run(ctx, args).await,
        Command::Metrics(args) => metrics::run(ctx, args).await,
        Command::Completions { shell } => Ok(assets::completions(*shell)),
        Command::GenerateAssets { dir } => {
            let files = assets::generate(dir)?;
            Ok(Report::new(
                Body::Text(files.join("\n")),
                serde_json::json!(files),
            ))
        }
    }
}

/// Commands that act on a WABA but do not show its balance themselves:
/// they warn when it was last seen low or exhausted.
fn acts_on_a_wabas_money_elsewhere(c: &Command) -> bool {
    !matches!(
        c,
        Command::Balance(_)
            | Command::Topup(_)
            | Command::Autorecharge(_)
            | Command::Alerts(_)
            | Command::Auth(_)
            | Command::Profile(_)
            | Command::Store(_)
            | Command::Sandbox(_)
            | Command::Pricing(_)
            | Command::Completions { .. }
            | Command::GenerateAssets { .. }
    )
}

/// One line on stderr when the WABA's balance was last seen low or
/// exhausted. Reads the store only if it exists: never creates it, never
/// calls Meta, and says nothing when anything is missing.
async fn warn_if_short(ctx: &Context) {
    let Ok(waba) = ctx.waba_id() else { return };
    let path = if ctx.settings.sandbox {
        ctx.paths.sandbox_dir().join("state.db")
    } else {
        ctx.paths.store_file()
    };
    let shared = matches!(ctx.store_url(), Ok(Some(_)));
    if !shared && !path.exists() {
        return;
    }
    let Ok(store) = ctx.store().await else { return };
    let Ok(Some(a)) = crate::billing::accounts::get(store, waba).await else {
        return;
    };
    if let Some(status @ ("low" | "exhausted")) = a.status.as_deref() {
        ctx.printer.warn(&format!(
            "WABA {waba}'s balance was {status} when last checked; see `waba balance`, top it up with `waba topup AMOUNT`"
        ));
    }
}

//! The command line: global options and the tree of commands. Each
//! command's own flags stand beside its code in `cmd`. Parsing only;
//! nothing here touches the network, the disk or the terminal.

use clap::builder::FalseyValueParser;
use clap::{ArgAction, Args, Parser, Subcommand};

use crate::cmd::alerts::AlertsCommand;
use crate::cmd::api::ApiArgs;
use crate::cmd::auth::AuthCommand;
use crate::cmd::autorecharge::AutorechargeCommand;
use crate::cmd::balance::{BALANCE_HELP, BalanceArgs};
use crate::cmd::invoices::{INVOICES_HELP, InvoicesArgs};
use crate::cmd::migrate::{MIGRATE_HELP, MigrateArgs};
use crate::cmd::numbers::NumbersCommand;
use crate::cmd::payment::PaymentCommand;
use crate::cmd::pricing::PricingCommand;
use crate::cmd::profile::ProfileCommand;
use crate::cmd::registration::{
    PhoneArgs, RegisterArgs, RequestCodeArgs, SetPinArgs, VerifyCodeArgs,
};
use crate::cmd::sandbox::SandboxCommand;
use crate::cmd::store::StoreCommand;
use crate::cmd::templates::TemplatesCommand;
use crate::cmd::topup::{TOPUP_HELP, TopupArgs};
use crate::cmd::usage::{USAGE_HELP, UsageArgs};
use crate::cmd::wabas::WabasCommand;
use crate::output::Format;

const ABOUT: &str = "Operate WhatsApp Business Accounts on Meta's Cloud API";

const LONG_ABOUT: &str = "\
Operate WhatsApp Business Accounts (WABAs) on Meta's Cloud API from a terminal
or a script: phone numbers, number migration, message templates (linted, and
kept as code), tokens and profiles, and an offline sandbox that needs no Meta
account.";

const EXAMPLES: &str = "\
Examples:
  Try it without a Meta account (the built-in sandbox):
    waba --sandbox numbers list

  Set up a profile for a real WABA and store its token:
    waba profile add prod --waba 102290129340398 --use
    waba auth login --with-token < token.txt
    waba auth status

  Scripts: JSON output, never a prompt:
    waba numbers list --output json --no-input

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 auth, 4 rejected by Meta,
5 network/unavailable, 6 rate-limited, 7 payment, 8 balance low,
9 balance exhausted, 10 a number unhealthy, 130 interrupted.";

/// The top-level commands under headings, as `waba --help` lists them.
/// Every visible command is in one group (a test holds it).
pub const GROUPS: [(&str, &[&str]); 6] = [
    (
        "Money",
        &[
            "balance",
            "topup",
            "payment",
            "autorecharge",
            "alerts",
            "usage",
            "invoices",
            "pricing",
        ],
    ),
    (
        "Numbers and migration",
        &[
            "numbers",
            "migrate-number",
            "request-code",
            "verify-code",
            "register",
            "deregister",
            "set-pin",
        ],
    ),
    ("Templates", &["templates"]),
    ("Fleet", &["wabas", "webhooks", "events", "metrics"]),
    (
        "Setup",
        &["profile", "auth", "doctor", "store", "api", "completions"],
    ),
    ("Sandbox", &["sandbox"]),
];

/// The command tree with the top-level commands grouped under headings.
pub fn command() -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    let width = GROUPS
        .iter()
        .flat_map(|(_, names)| names.iter())
        .map(|n| n.len())
        .max()
        .unwrap_or(0);
    let mut groups = String::new();
    for (heading, names) in GROUPS {
        groups.push_str(&format!("{heading}:\n"));
        for name in names {
            let about = cmd
                .find_subcommand(name)
                .and_then(|c| c.get_about())
                .map(|a| a.to_string())
                .unwrap_or_default();
            groups.push_str(&format!("  {name:<width$}  {about}\n"));
        }
        groups.push('\n');
    }
    cmd.help_template(format!(
        "{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{groups}Options:\n{{options}}{{after-help}}"
    ))
}

/// Words people type for a command waba names otherwise.
pub fn meant(word: &str) -> Option<&'static str> {
    Some(match word {
        "status" | "whoami" => "waba auth status",
        "login" => "waba auth login",
        "logout" => "waba auth logout",
        "version" => "waba --version",
        "ls" | "list" => "waba numbers list, or waba templates list",
        "config" | "profiles" => "waba profile list",
        _ => return None,
    })
}

#[derive(Debug, Parser)]
#[command(
    name = "waba",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = EXAMPLES,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (see `waba profile list`)
    #[arg(long, global = true, env = "WABA_PROFILE", value_name = "NAME",
          add = clap_complete::ArgValueCompleter::new(crate::complete::profiles))]
    pub profile: Option<String>,

    /// WABA id to act on
    #[arg(long, global = true, env = "WABA_ID", value_name = "ID",
          add = clap_complete::ArgValueCompleter::new(crate::complete::wabas))]
    pub waba: Option<String>,

    /// Graph API version [default: v25.0]
    #[arg(long, global = true, env = "WABA_API_VERSION", value_name = "VERSION")]
    pub api_version: Option<String>,

    /// Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback
    #[arg(long, global = true, env = "WABA_GRAPH_URL", value_name = "URL")]
    pub graph_url: Option<String>,

    /// Run against the built-in offline sandbox (no Meta account needed)
    #[arg(long, global = true, env = "WABA_SANDBOX", action = ArgAction::SetTrue, value_parser = FalseyValueParser::new())]
    pub sandbox: bool,

    /// Output format [default: table]
    #[arg(
        short,
        long,
        global = true,
        env = "WABA_OUTPUT",
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<Format>,

    /// Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)
    #[arg(long, global = true, env = "WABA_NO_INPUT", action = ArgAction::SetTrue, value_parser = FalseyValueParser::new())]
    pub no_input: bool,

    /// Answer yes to confirmations (needed with --no-input for changes)
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Print the HTTP request a change would send, secrets redacted, and send nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Trace HTTP requests and responses on stderr, secrets redacted
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Print only results: no notes, warnings or progress
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Filter the JSON output with a jq expression; each result on a line,
    /// strings plain (for example --jq '.wabas[].waba_id')
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store, inspect and remove a profile's access token
    #[command(subcommand)]
    Auth(AuthCommand),

    /// Named profiles: a WABA, an API version, a Graph URL, output defaults
    #[command(subcommand)]
    Profile(ProfileCommand),

    /// Phone numbers: list, show, add, and the health of every number
    #[command(subcommand)]
    Numbers(NumbersCommand),

    /// Message templates: list, show, create, edit, delete, lint, and keep them as code
    #[command(subcommand)]
    Templates(TemplatesCommand),

    /// Move a number from another WABA to this one on Cloud API: the guided, resumable wizard
    #[command(after_help = MIGRATE_HELP)]
    MigrateNumber(MigrateArgs),

    /// Ask Meta to send a 6-digit verification code to a number (SMS or voice call)
    #[command(after_help = "\
Examples:
  waba request-code 106540352242922
  waba request-code '+34 612 34 56 78' --code-method voice --language es_ES
  waba --sandbox request-code 200000000000014 --yes

PHONE is a phone-number id, or a number in international form resolved
through the WABA's numbers. The code goes to the phone; relay it with
`waba verify-code`. In the sandbox, `waba sandbox inbox` shows it.")]
    RequestCode(RequestCodeArgs),

    /// Confirm ownership of a number with the code Meta sent to it
    #[command(after_help = "\
Examples:
  waba verify-code 106540352242922 --code 123456
  waba verify-code '+34 612 34 56 78'              # asks for the code

A code is exactly 6 digits and, as far as Meta documents, valid for about 10
minutes; when it expired, request a new one with `waba request-code`.")]
    VerifyCode(VerifyCodeArgs),

    /// Register a verified number for Cloud API messaging, with its two-step PIN
    #[command(after_help = "\
Examples:
  waba register 106540352242922                     # asks for the PIN, hidden
  WABA_PIN=246810 waba register 106540352242922 --yes
  waba register 106540352242922 --pin 246810 --region CH --yes

If two-step verification is on, the PIN is the current one; if not, it becomes
the new PIN. --region turns on local storage in that region (AU ID IN JP SG KR
DE CH GB BR BH ZA AE CA). Meta allows 10 register calls per number per 72 h;
waba counts its own calls and refuses before the limit.")]
    Register(RegisterArgs),

    /// Deregister a number from Cloud API (it stays in the WABA)
    #[command(after_help = "\
Examples:
  waba deregister 106540352242922
  waba deregister '+34 612 34 56 78' --yes

Meta allows 10 deregister calls per number per 72 h; waba counts its own calls.
Deregistering does not delete the number or its history, and turns off local
storage.")]
    Deregister(PhoneArgs),

    /// Set a number's two-step verification PIN
    #[command(after_help = "\
Examples:
  waba set-pin 106540352242922                      # asks twice, hidden
  WABA_PIN=246810 waba set-pin 106540352242922 --yes

Meta has no API to turn two-step verification off: that is done in WhatsApp
Manager (Phone numbers → Two-step verification → Turn off).")]
    SetPin(SetPinArgs),

    /// The WABA's prepaid balance: what is left, its status and forecast; adjust it
    #[command(after_help = BALANCE_HELP, args_conflicts_with_subcommands = true)]
    Balance(BalanceArgs),

    /// Top up the WABA's balance by card; its history and receipts
    #[command(after_help = TOPUP_HELP, args_conflicts_with_subcommands = true)]
    Topup(TopupArgs),

    /// The card charged for the WABA's top-ups (a Stripe customer and card)
    #[command(subcommand)]
    Payment(PaymentCommand),

    /// The WABAs a profile reaches, and the apps subscribed to their webhooks
    #[command(subcommand)]
    Wabas(WabasCommand),

    /// Top the balance up by card, without asking, when it falls below a threshold
    #[command(subcommand)]
    Autorecharge(AutorechargeCommand),

    /// Email or webhook alerts when the balance falls below a threshold
    #[command(subcommand)]
    Alerts(AlertsCommand),

    /// Spend by day, category, country or phone, from Meta's analytics
    #[command(after_help = USAGE_HELP)]
    Usage(UsageArgs),

    /// Monthly statements: opening balance, top-ups, spend, closing balance
    #[command(after_help = INVOICES_HELP)]
    Invoices(InvoicesArgs),

    /// The dated rate card: show it, estimate a send, import rates
    #[command(subcommand)]
    Pricing(PricingCommand),

    /// The local state store (ledger, counters, progress)
    #[command(subcommand)]
    Store(StoreCommand),

    /// The offline sandbox: serve it to scripts, or reset it
    #[command(subcommand)]
    Sandbox(SandboxCommand),

    /// Receive Meta's webhooks (template, number and account events)
    #[command(subcommand)]
    Webhooks(crate::cmd::webhooks::WebhooksCommand),

    /// The webhook events received, newest last; --follow streams them
    #[command(after_help = "\
Examples:
  waba events
  waba --waba 102290129340398 events --since 2026-11-21
  waba events --follow -o json | jq .field")]
    Events(crate::cmd::events::EventsArgs),

    /// The fleet's state for Prometheus: balances, numbers, events
    #[command(after_help = "\
Examples:
  waba metrics > /var/lib/node_exporter/textfile/waba.prom
  waba metrics --listen 127.0.0.1:9464     # GET /metrics for a scrape

Read from the state store (what the last balance, numbers health and
webhooks serve kept): a scrape never calls Meta. Run `balance --all` and
`numbers health --all` from cron to keep it fresh.")]
    Metrics(crate::cmd::metrics::MetricsArgs),

    /// Check what works and what to fix: config, token, WABA, webhooks, store, keys, clock
    #[command(after_help = "\
Examples:
  waba doctor
  waba doctor --check -o json     # in CI: exit non-zero when a check fails

Each failed line names the command that fixes it. Nothing is charged, sent
or changed: the card processor's key is looked for, not used.")]
    Doctor(crate::cmd::doctor::DoctorArgs),

    /// Make a raw Graph API call with the profile's token (like `gh api`)
    #[command(after_help = "\
Examples:
  waba api {waba-id} -F fields=name,currency --jq .currency
  waba api {waba-id}/phone_numbers --paginate
  waba api {phone-number-id} --phone '+34 612 34 56 78' -i
  waba api {waba-id}/message_templates --input template.json
  waba --dry-run api -X POST 106540352242922 -F pin=123456

Paths are relative to {graph-url}/{api-version}/. {waba-id} and
{business-id} come from the profile, {phone-number-id} from --phone. GET
is the default (POST with --input); -F with -X POST sends the fields as a
form. Only GET is retried on failures.")]
    Api(ApiArgs),

    /// Print a shell completion script
    #[command(after_help = "\
Examples:
  waba completions bash > ~/.local/share/bash-completion/completions/waba
  waba completions zsh > ~/.zfunc/_waba
  waba completions fish > ~/.config/fish/completions/waba.fish")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Regenerate completions/ and man/ (for maintainers)
    #[command(hide = true)]
    GenerateAssets {
        /// Directory to write completions/ and man/ into
        #[arg(long, default_value = ".")]
        dir: std::path::PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
        command().debug_assert();
    }

    #[test]
    fn every_visible_command_is_under_one_heading() {
        let listed: Vec<&str> = GROUPS.iter().flat_map(|(_, n)| n.iter().copied()).collect();
        for sub in Cli::command()
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
        {
            let n = listed.iter().filter(|l| **l == sub.get_name()).count();
            assert_eq!(n, 1, "`{}` is under {n} headings", sub.get_name());
        }
        assert_eq!(
            listed.len(),
            Cli::command()
                .get_subcommands()
                .filter(|s| !s.is_hide_set())
                .count()
        );
        let help = command().render_help().to_string();
        assert!(help.contains("Money:\n  balance"), "{help}");
    }

    #[test]
    fn every_visible_command_has_an_example() {
        fn walk(cmd: &clap::Command, path: &str) {
            for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
                let name = format!("{path} {}", sub.get_name());
                if sub.has_subcommands() {
                    walk(sub, &name);
                } else {
                    let help = sub
                        .get_after_help()
                        .map(|h| h.to_string())
                        .unwrap_or_default();
                    assert!(help.contains("Examples:"), "`{name}` has no worked example");
                }
            }
        }
        walk(&Cli::command(), "waba");
    }
}

//! The command line: global options and one enum of commands. Parsing only;
//! nothing here touches the network, the disk or the terminal.

use clap::builder::FalseyValueParser;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::graph::registration::CodeMethod;
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
    #[arg(long, global = true, env = "WABA_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// WABA id to act on
    #[arg(long, global = true, env = "WABA_ID", value_name = "ID")]
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

    /// Make a raw Graph API call with the profile's token (like `gh api`)
    #[command(after_help = "\
Examples:
  waba api 102290129340398 -F fields=name,currency
  waba api 102290129340398/phone_numbers --paginate
  waba --dry-run api -X POST 106540352242922 -F pin=123456

Paths are relative to {graph-url}/{api-version}/. GET is the default; -F with
-X POST sends the fields as a form. Only GET is retried on failures.")]
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

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store an access token for the profile (hidden prompt, or --with-token from stdin)
    #[command(after_help = "\
Examples:
  waba auth login                              # prompts, input hidden
  waba auth login --with-token < token.txt     # scripts
  pass show meta/token | waba --profile prod auth login --with-token

The token is saved in credentials.toml (mode 0600), never in config.toml.
WABA_TOKEN, when set, overrides any stored token.")]
    Login {
        /// Read the token from standard input instead of prompting
        #[arg(long)]
        with_token: bool,
    },

    /// Inspect the token with Meta's debug_token: validity, expiry, scopes, WABAs
    #[command(after_help = "\
Examples:
  waba auth status
  waba --sandbox auth status
  waba auth status --output json | jq .missing")]
    Status,

    /// Remove the profile's stored token
    #[command(after_help = "\
Examples:
  waba auth logout
  waba --profile staging auth logout")]
    Logout,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Create a profile from --waba, --api-version and --graph-url
    #[command(after_help = "\
Examples:
  waba profile add prod --waba 102290129340398 --use
  waba profile add partner --business 2729063490586005 --api-version v24.0
  waba profile add local --graph-url http://127.0.0.1:8080 --waba 100000000000001")]
    Add {
        /// Profile name (letters, digits, - and _)
        name: String,
        /// Business portfolio id whose WABAs the profile covers
        #[arg(long, value_name = "ID")]
        business: Option<String>,
        /// The Meta app id of the token, for uploading template media samples
        #[arg(long, value_name = "ID")]
        app_id: Option<String>,
        /// Make it the default profile
        #[arg(long = "use")]
        make_default: bool,
        /// The output format the profile's commands use by default (the
        /// global --output formats this command's own answer only)
        #[arg(long, value_enum, value_name = "FORMAT")]
        default_output: Option<crate::output::Format>,
    },

    /// List profiles
    #[command(after_help = "Examples:\n  waba profile list\n  waba profile list --output json")]
    List,

    /// Make a profile the default
    #[command(after_help = "Examples:\n  waba profile use prod")]
    Use { name: String },

    /// Show the settings in effect and where each one comes from
    #[command(after_help = "\
Examples:
  waba profile show
  WABA_API_VERSION=v24.0 waba profile show prod    # shows `env WABA_API_VERSION`")]
    Show { name: Option<String> },

    /// Change one setting of a profile, keeping its token
    #[command(after_help = "\
Examples:
  waba profile set prod waba 102290129340398
  waba profile set prod api_version v24.0
  waba profile set prod output json
  waba profile set prod graph_url --unset

KEY is one of waba, business, api_version, graph_url, output, app_id. The
value is checked as `profile add` checks it; the token stays as it is.")]
    Set {
        /// The profile
        name: String,
        /// waba, business, api_version, graph_url, output or app_id
        #[arg(value_parser = crate::config::file::PROFILE_KEYS)]
        key: String,
        /// The new value
        #[arg(required_unless_present = "unset")]
        value: Option<String>,
        /// Remove the setting instead
        #[arg(long, conflicts_with = "value")]
        unset: bool,
    },

    /// Remove a profile and its stored token (asks first)
    #[command(
        after_help = "Examples:\n  waba profile remove staging\n  waba profile remove staging --yes"
    )]
    Remove { name: String },
}

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
        phone: String,
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
    #[command(after_help = NUMBERS_HEALTH_HELP)]
    Health(HealthArgs),
}

const NUMBERS_ADD_HELP: &str = "\
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

const NUMBERS_HEALTH_HELP: &str = "\
Examples:
  waba numbers health                     # the WABA's numbers
  waba numbers health --all               # every number of every profile
  waba numbers health --all --check -q    # in cron: exit 10 when one is unhealthy
  waba --sandbox numbers health --all --output json

Worst first: blocked, then limited, disconnected or flagged, RED, YELLOW.
--check exits 10 when any number is BLOCKED (cannot send), RED, or
disconnected, banned or restricted; else 0 (an unreadable WABA exits with its
error's code). Each run remembers every number's state; when one changes for
the worse (quality dropped, messaging limit changed, status or sending health
worse), the WABA's alert targets (`waba alerts enable`) get one message,
once, however many runs see it. The first run only records.";

#[derive(Debug, Args)]
pub struct HealthArgs {
    /// Every number of every WABA of every profile (or of --profile's)
    #[arg(long)]
    pub all: bool,
    /// Exit 10 when a number is blocked, RED or disconnected (for cron)
    #[arg(long)]
    pub check: bool,
    /// With --all: how many WABAs to read at once
    #[arg(long, value_name = "N", default_value_t = 64, requires = "all",
          value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub jobs: u16,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the WABA's templates, every page
    #[command(after_help = "\
Examples:
  waba templates list
  waba templates list --status rejected
  waba --sandbox templates list --category marketing --language en_US
  waba templates list --output json | jq -r '.[] | select(.status==\"PAUSED\") | .name'

Columns: name, language, category, status, quality, id, last update. A
category Meta moved a template out of shows as `UTILITY (was TRANSACTIONAL)`.")]
    List(ListArgs),

    /// Show a template's header, body, footer and buttons (every language, or one)
    #[command(after_help = "\
Examples:
  waba templates show order_confirmation
  waba templates show order_confirmation --language es_ES
  waba templates show order_confirmation --language es_ES --output json

Placeholders are highlighted and listed with their examples. --output json
prints Meta's template objects as they are (an object with --language, a
list without).")]
    Show {
        /// Template name
        name: String,
        /// Only this language, like en_US
        #[arg(long)]
        language: Option<String>,
    },

    /// Create a template from a file (Meta's create body), or a text one from flags
    #[command(after_help = "\
Examples:
  waba templates create --file templates/order_update.en_US.yaml
  waba templates create --name order_update --language en_US --category utility \\
    --body 'Hi {{1}}, your order {{2}} has shipped and arrives this week.' \\
    --example Ana --example A-1042
  waba --dry-run templates create --file order_update.json

The file is the JSON body Meta documents for creating a template (name,
language, category, parameter_format, components), as JSON or YAML. It is
linted first; errors stop the run (exit 2) before anything is sent. A media
header names its sample with `media_file: banner.png` (relative to the file);
it is uploaded with Meta's Resumable Upload API, which needs the profile's
app id (`waba profile add NAME --app-id ID`, or WABA_APP_ID). Meta allows 100
creations per WABA per hour; review takes up to 24 hours.")]
    Create(CreateArgs),

    /// Replace a template's components (and a rejected or paused one's category) from a file
    #[command(after_help = "\
Examples:
  waba templates edit order_update --file templates/order_update.en_US.yaml
  waba templates edit order_update --file order_update.en_US.yaml --yes

The file's language picks which translation changes. Meta lets an approved
template be edited once per 24 hours and 10 times per 30 days, never its
category; rejected and paused templates can be edited freely. waba counts its
own edits and refuses before Meta would.")]
    Edit {
        /// Template name (must match the file's name)
        name: String,
        /// The template file (YAML or JSON)
        #[arg(long, value_name = "FILE")]
        file: std::path::PathBuf,
        /// Send even if lint finds errors (Meta will judge)
        #[arg(long)]
        no_lint: bool,
    },

    /// Delete a template: every language of a name, or one with --id
    #[command(after_help = "\
Examples:
  waba templates delete spring_sale
  waba templates delete spring_sale --id 800000000000010 --yes

Meta blocks the name of a deleted approved template for 30 days: it cannot
be created again (in that language) until then. Disabled templates cannot be
deleted.")]
    Delete {
        /// Template name
        name: String,
        /// Delete only the template with this id (one language)
        #[arg(long, value_name = "ID")]
        id: Option<String>,
    },

    /// Check template files against Meta's rules, without sending anything
    #[command(after_help = "\
Examples:
  waba templates lint templates/
  waba templates lint order_update.en_US.yaml promo.json
  waba templates lint templates/ --output json

Checks the name, category, language, one header/body/footer, text lengths
(header 60, body 1,024, footer 60), placeholders ({{1}}… in order, or
lowercase names), an example for each, no body starting or ending with a
placeholder, placeholder density, button counts, kinds and lengths, and
authentication templates. Exit 2 when any error is found.")]
    Lint {
        /// Template files, or directories of them
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::path::PathBuf>,
    },

    /// Write every template to DIR, one file per name and language
    #[command(after_help = "\
Examples:
  waba templates pull templates/
  waba templates pull templates/ --format json
  waba --sandbox templates pull /tmp/demo-templates

Files are named <name>.<language>.yaml, in a stable form: keys in a fixed
order, no server-only fields (id, status, quality). Pulling twice changes
nothing. Templates being deleted are left out. A local file that differs
from the WABA's version (an edit not pushed yet) is kept: the pull lists
those files and exits 2, unless --force replaces them.")]
    Pull {
        /// Directory to write to (created if missing)
        dir: std::path::PathBuf,
        /// File format
        #[arg(long, value_enum, default_value = "yaml")]
        format: crate::templates::file::FileFormat,
        /// Replace local files that differ from the WABA's version
        #[arg(long)]
        force: bool,
    },

    /// Make the WABA match DIR: show the plan, then create and edit
    #[command(after_help = "\
Examples:
  waba templates push templates/                  # shows the plan, asks
  waba templates push templates/ --yes            # CI
  waba --dry-run templates push templates/        # the plan only
  waba templates push templates/ --prune --yes    # also delete what DIR lacks

The plan lists each template as create, edit, unchanged, only remote, delete
(with --prune) or refused: a change Meta's limits would refuse (the category
of an approved template, more than 1 edit in 24 h or 10 in 30 days, over 100
creations in an hour). Every file is linted first; any error stops the push
before anything is sent.")]
    Push {
        /// Directory of template files
        dir: std::path::PathBuf,
        /// Delete templates that are at Meta but not in DIR
        #[arg(long)]
        prune: bool,
    },

    /// Copy templates to another WABA (all approved ones, or those named)
    #[command(after_help = "\
Examples:
  waba templates copy --to-waba 100000000000002
  waba templates copy --to-waba 100000000000002 order_confirmation hello_world --yes

Approved templates are created in the other WABA under the same name and
language; ones it already has are skipped. Media headers need their sample
uploaded again: pull, add media_file, and push to the other WABA instead.")]
    Copy {
        /// The WABA to copy to
        #[arg(long, value_name = "ID")]
        to_waba: String,
        /// Template names (default: every approved template)
        names: Vec<String>,
    },
}

/// Template statuses as Meta documents them (graph-api.md §3.1), and
/// ARCHIVED, which its status webhook reports.
const TEMPLATE_STATUSES: [&str; 10] = [
    "APPROVED",
    "PENDING",
    "REJECTED",
    "PAUSED",
    "DISABLED",
    "IN_APPEAL",
    "PENDING_DELETION",
    "DELETED",
    "LIMIT_EXCEEDED",
    "ARCHIVED",
];

const TEMPLATE_CATEGORIES: [&str; 3] = ["MARKETING", "UTILITY", "AUTHENTICATION"];

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status
    #[arg(long, ignore_case = true, value_parser = TEMPLATE_STATUSES)]
    pub status: Option<String>,
    /// Only this category
    #[arg(long, ignore_case = true, value_parser = TEMPLATE_CATEGORIES)]
    pub category: Option<String>,
    /// Only this language, like en_US
    #[arg(long)]
    pub language: Option<String>,
    /// Only names containing this
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The template file (YAML or JSON)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "body"])]
    pub file: Option<std::path::PathBuf>,
    /// Template name (lowercase letters, digits and _)
    #[arg(long, requires_all = ["language", "category", "body"])]
    pub name: Option<String>,
    /// Language code, like en_US
    #[arg(long)]
    pub language: Option<String>,
    /// marketing, utility or authentication
    #[arg(long)]
    pub category: Option<String>,
    /// Header text (at most one placeholder)
    #[arg(long)]
    pub header: Option<String>,
    /// Body text, with {{1}}, {{2}}… placeholders
    #[arg(long)]
    pub body: Option<String>,
    /// Footer text
    #[arg(long)]
    pub footer: Option<String>,
    /// An example value for the next body placeholder; repeat in order
    #[arg(long = "example", value_name = "VALUE")]
    pub examples: Vec<String>,
    /// An example value for the header placeholder
    #[arg(long, value_name = "VALUE")]
    pub header_example: Option<String>,
    /// Send even if lint finds errors (Meta will judge)
    #[arg(long)]
    pub no_lint: bool,
}

const BALANCE_HELP: &str = "\
Examples:
  waba --sandbox balance
  waba balance --check                 # cron: exit 8 when low, 9 when exhausted
  waba balance --all                   # every WABA of every profile, worst first
  waba balance --all --check --jobs 16 # cron over a fleet, 16 WABAs at a time
  waba balance adjust --credit 250 --reason \"opening balance\"
  waba balance adjust --debit 12.40 --reason \"October reconciliation\"

Meta keeps no prepaid balance: this is waba's own ledger (top-ups and
adjustments) less the spend recorded for the WABA. The status is
`exhausted` at or below zero, `low` below the low-balance threshold, else
`active`.

--all reads every WABA of every profile: a profile's own WABA, and the
WABAs its business owns or serves as a partner. Each WABA appears once,
with totals per currency; WABAs without a ledger yet are listed as `no
ledger` and left out of the totals and of --check. With --check it exits 9
when any WABA is exhausted, else 8 when any is low; a WABA that cannot be
read fails the run after the table is printed.";

const TOPUP_HELP: &str = "\
Examples:
  waba --sandbox topup 100             # 100.00 + 5.50 fee = 105.50 charged
  waba topup 49.90 --yes               # no prompt, for scripts
  waba topup history
  waba topup receipt tu_18f2c3a4b5c6d7e8f9a0

AMOUNT is credited to the balance; a processing fee of 5.5% (rounded half-up
to cents) is added to the charge. From 10 to 2,000 per top-up, at most two
decimals. The card is the WABA's (`waba payment set`), charged off-session.
A top-up cut off mid-way is settled from the card processor on the next run,
never charged twice.";

#[derive(Debug, Args)]
pub struct BalanceArgs {
    #[command(subcommand)]
    pub command: Option<BalanceCommand>,
    /// Exit 8 when the balance is low, 9 when exhausted (for cron)
    #[arg(long)]
    pub check: bool,
    /// Answer from the spend already synced: no call to Meta (with --all,
    /// a business's WABAs are still listed)
    #[arg(long)]
    pub no_sync: bool,
    /// Every WABA of every profile (or of --profile's), in one table
    #[arg(long)]
    pub all: bool,
    /// With --all: how many WABAs to read at once
    #[arg(long, value_name = "N", default_value_t = 64, requires = "all",
          value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub jobs: u16,
}

#[derive(Debug, Subcommand)]
pub enum BalanceCommand {
    /// Record a credit or a debit: an opening balance, a reconciliation
    #[command(
        after_help = "Examples:\n  waba balance adjust --credit 250 --reason \"opening balance\"\n  waba balance adjust --debit 12.40 --reason \"October reconciliation\" --yes\n\nThe record is appended to the ledger with who made it; a correction is\nanother adjustment, never an edit."
    )]
    #[command(group(clap::ArgGroup::new("direction").required(true).args(["credit", "debit"])))]
    Adjust {
        /// Add this amount to the balance
        #[arg(long, value_name = "AMOUNT")]
        credit: Option<String>,
        /// Take this amount from the balance
        #[arg(long, value_name = "AMOUNT")]
        debit: Option<String>,
        /// Why: kept with the record
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
}

#[derive(Debug, Args)]
pub struct TopupArgs {
    #[command(subcommand)]
    pub command: Option<TopupCommand>,
    /// The amount to credit, in the WABA's currency (e.g. 100 or 49.90)
    #[arg(value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TopupCommand {
    /// Past top-ups of the WABA, newest first, with their receipts
    #[command(
        after_help = "Examples:\n  waba topup history\n  waba topup history --output csv > topups.csv\n\nA top-up left without an outcome (a run cut off mid-way) is settled from\nthe card processor first."
    )]
    History,
    /// A printable receipt of one top-up
    #[command(
        after_help = "Examples:\n  waba topup receipt tu_18f2c3a4b5c6d7e8f9a0\n  waba topup receipt tu_18f2c3a4b5c6d7e8f9a0 --output json"
    )]
    Receipt {
        /// The top-up id (`tu_…`), as `topup history` shows it
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PaymentCommand {
    /// Set the Stripe customer and card charged for this WABA's top-ups
    #[command(
        after_help = "Examples:\n  waba payment set --customer cus_Q1w2E3r4 --card pm_1Nq2W3e4R5t6\n  waba --sandbox payment set --customer cus_sandbox_demo --card pm_card_visa_chargeDeclinedInsufficientFunds\n\nThe card must be saved on the customer in Stripe. Each WABA may have its own card."
    )]
    Set {
        /// The Stripe customer (`cus_…`)
        #[arg(long, value_name = "ID")]
        customer: String,
        /// The saved card, a PaymentMethod (`pm_…`) of that customer
        #[arg(long, value_name = "ID")]
        card: String,
    },
    /// The customer and card charged for this WABA's top-ups
    #[command(
        after_help = "Examples:\n  waba payment show\n  waba --sandbox payment show --output json"
    )]
    Show,
}

#[derive(Debug, Subcommand)]
pub enum AutorechargeCommand {
    /// The WABA's auto-recharge rule, its state, and its last recharge
    #[command(
        after_help = "Examples:\n  waba autorecharge show\n  waba --sandbox autorecharge show --output json"
    )]
    Show,
    /// Recharge AMOUNT whenever the balance falls below a threshold
    #[command(
        after_help = "Examples:\n  waba autorecharge enable --below 50 --amount 200\n  waba autorecharge enable --below 50 --amount 200 --yes    # in a script\n\nEnabling is your consent: from then on the WABA's card is charged without\na prompt (also under --no-input), once each time the balance falls below\nthe threshold. It fires again only after the balance has been back at or\nabove it. The amount follows the top-up limits and fee. A declined\nrecharge is not retried until then; `balance --check` exits 7 meanwhile.\nRules are kept in the state store: a team sharing it shares them."
    )]
    Enable {
        /// Recharge when the balance is below this (strictly)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        below: String,
        /// How much to credit each time (the fee is added to the charge)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        amount: String,
    },
    /// Stop recharging automatically
    #[command(after_help = "Examples:\n  waba autorecharge disable")]
    Disable,
}

#[derive(Debug, Subcommand)]
pub enum WabasCommand {
    /// Name, currency, review status and number count of each WABA
    #[command(
        after_help = "Examples:\n  waba wabas list                         # the profile's business, or its WABA\n  waba wabas list --business 123456789012345\n  waba --sandbox wabas list --output json\n\nA business lists the WABAs it owns and those shared with it as a partner\n(owned_whatsapp_business_accounts, client_whatsapp_business_accounts).\n`waba profile add NAME --business ID` makes a profile that covers them all,\nfor `balance --all`."
    )]
    List {
        /// A business portfolio id [default: the profile's business]
        #[arg(long, value_name = "ID")]
        business: Option<String>,
        /// How many WABAs' numbers to count at once
        #[arg(long, value_name = "N", default_value_t = 64,
              value_parser = clap::value_parser!(u16).range(1..=1024))]
        jobs: u16,
    },

    /// The apps subscribed to the WABA's webhooks; subscribe or unsubscribe
    #[command(after_help = SUBSCRIPTIONS_HELP, args_conflicts_with_subcommands = true)]
    Subscriptions(SubscriptionsArgs),
}

const SUBSCRIPTIONS_HELP: &str = "\
Examples:
  waba wabas subscriptions                # the same as `show`
  waba --waba 102290129340398 wabas subscriptions subscribe --yes
  WABA_VERIFY_TOKEN=… waba wabas subscriptions subscribe --callback-url https://hooks.example.com/wa
  waba wabas subscriptions unsubscribe

Meta sends a WABA's webhooks (messages, statuses, template and number
updates) only to apps subscribed to it, and refuses to migrate a number into
a WABA without one. Subscribing subscribes the app the token belongs to;
--callback-url overrides that app's callback URL for this WABA only, and
needs the verify token Meta echoes to it in WABA_VERIFY_TOKEN (never a flag,
so that it stays out of shell history).";

#[derive(Debug, Args)]
pub struct SubscriptionsArgs {
    #[command(subcommand)]
    pub command: Option<SubscriptionsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCommand {
    /// The apps subscribed to the WABA's webhooks
    #[command(
        after_help = "Examples:\n  waba wabas subscriptions show\n  waba --sandbox wabas subscriptions show --output json"
    )]
    Show,
    /// Subscribe the token's app to the WABA's webhooks
    #[command(after_help = SUBSCRIPTIONS_HELP)]
    Subscribe {
        /// Send this WABA's webhooks to this https URL instead of the app's
        #[arg(long, value_name = "URL")]
        callback_url: Option<String>,
    },
    /// Unsubscribe the token's app from the WABA's webhooks
    #[command(
        after_help = "Examples:\n  waba wabas subscriptions unsubscribe --yes\n\nThe app stops receiving this WABA's webhooks, and numbers can no longer be\nmigrated into it until an app subscribes again."
    )]
    Unsubscribe,
}

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// The WABA's alert rule, its targets, and what waits to be delivered
    #[command(
        after_help = "Examples:\n  waba alerts show\n  waba --sandbox alerts show --output json"
    )]
    Show,
    /// Notify TARGETs when the balance falls below a threshold
    #[command(
        after_help = "Examples:\n  waba alerts enable --below 100 --notify ops@example.com\n  waba alerts enable --below 100 --notify ops@example.com --notify https://hooks.slack.com/services/T000/B000/XXXX\n  waba alerts enable --below 100 --notify oncall@example.com --add\n\nThe targets given replace the WABA's current ones (the question says\nwhich), unless --add keeps them.\n\nTARGET is an email address (sent through the profile's smtp_* settings) or\nan https URL, which gets a JSON POST with a Slack-compatible `text`. Each\nalert fires once per fall below the threshold, and again only after the\nbalance has been back at or above it; a declined auto-recharge alerts too.\nA message that cannot be delivered is kept and tried again on the next run.\nWebhook URLs are credentials: waba shows only their host and last four\ncharacters."
    )]
    Enable {
        /// Alert when the balance is below this (strictly)
        #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
        below: String,
        /// An email address or https URL; repeat for several
        #[arg(long = "notify", value_name = "TARGET", required = true)]
        notify: Vec<String>,
        /// Keep the current targets and add these (else they are replaced)
        #[arg(long)]
        add: bool,
    },
    /// Stop alerting
    #[command(after_help = "Examples:\n  waba alerts disable")]
    Disable,
    /// Send a test message to every target now, and report each
    #[command(
        after_help = "Examples:\n  waba alerts test\n  waba --sandbox alerts test && waba sandbox outbox"
    )]
    Test,
}

const USAGE_HELP: &str = "\
Examples:
  waba usage                                   # the last 30 days, by day, with a bar chart
  waba usage --from 2026-11-01 --by category
  waba usage --by country --output csv > spend.csv

Spend is Meta's COST where Meta gives it; for a WABA on a partner's credit
line (no COST) it is the delivered volume at the rate in force that day
(`waba pricing show`). Days are Meta's daily buckets, in the time zone the
report states. Meta keeps one year of analytics.";

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// First day, YYYY-MM-DD [default: 29 days before today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// One row per day, category, country or phone number
    #[arg(long, value_enum, default_value_t = UsageBy::Day)]
    pub by: UsageBy,
    /// Answer from the spend already synced: no call to Meta
    #[arg(long)]
    pub no_sync: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UsageBy {
    Day,
    Category,
    Country,
    Phone,
}

const INVOICES_HELP: &str = "\
Examples:
  waba invoices                 # one line per month since the ledger opened
  waba invoices 2026-11         # the statement of November 2026
  waba invoices 2026-11 --output csv > statement-2026-11.csv

closing = opening + top-ups + adjustments − spend. Spend counts from the
moment the ledger opened, as the balance does; months are Meta's buckets.";

#[derive(Debug, Args)]
pub struct InvoicesArgs {
    /// The month, YYYY-MM; without it, a summary of every month
    #[arg(value_name = "MONTH")]
    pub month: Option<String>,
    /// Answer from the spend already synced: no call to Meta
    #[arg(long)]
    pub no_sync: bool,
}

#[derive(Debug, Subcommand)]
pub enum PricingCommand {
    /// The pricing rules and the rates in force on a day
    #[command(
        after_help = "Examples:\n  waba pricing show\n  waba pricing show --country ES --at 2026-10-01\n  waba --sandbox pricing show --output json\n\nNo rate of Meta's is built in: Meta publishes its rate cards as files\nbehind its pricing page. Import yours with `waba pricing import FILE`."
    )]
    Show {
        /// Only this market (ISO 3166 code, e.g. ES)
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// The day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        at: Option<String>,
    },
    /// What sending some messages would cost
    #[command(
        after_help = "Examples:\n  waba pricing estimate --country ES --category marketing --messages 1000\n  waba pricing estimate --country MX --category utility --messages 5000 --currency USD\n\nThe rate is the one in force on the day (--at), plus the markup of\n[billing] in config.toml."
    )]
    Estimate {
        /// The recipients' market (ISO 3166 code, e.g. ES)
        #[arg(long, value_name = "CC")]
        country: String,
        /// marketing, utility, authentication, authentication_international or service
        #[arg(long, value_name = "CATEGORY")]
        category: String,
        /// How many delivered messages
        #[arg(long, value_name = "N")]
        messages: String,
        /// The day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        at: Option<String>,
        /// The currency [default: the WABA's]
        #[arg(long, value_name = "CODE")]
        currency: Option<String>,
    },
    /// Load rates from a CSV file (the format is in the README)
    #[command(
        after_help = "Examples:\n  waba pricing import rates-2026-10.csv\n  waba pricing import rates.csv --dry-run\n\nThe file: a header `country,category,currency,rate,effective_from[,tier][,source]`,\nthen one rate per line, e.g. `ES,marketing,EUR,0.0509,2026-10-01,,Meta rate card`.\nOne currency per file; a card in another currency than the WABA's needs a\nconversion under [billing.conversion] in config.toml. A bad line fails the\nwhole file and nothing is stored."
    )]
    Import {
        /// The CSV file
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Backend, location, schema version and row counts
    #[command(
        after_help = "Examples:\n  waba store status\n  waba --sandbox store status --output json"
    )]
    Status,
    /// Write every row of the store to FILE (JSON, mode 0600)
    #[command(
        after_help = "Examples:\n  waba store export team.json                          # from the SQLite file\n  WABA_STORE_URL=postgres://… waba store import team.json\n\nThe file holds the whole ledger, the rules and their alert targets (a\nwebhook URL is a credential): keep it like credentials.toml."
    )]
    Export {
        /// Where to write; an existing file is replaced
        file: std::path::PathBuf,
    },
    /// Load an export into this store, which must be empty
    #[command(
        after_help = "Examples:\n  WABA_STORE_URL=postgres://waba:…@db:5432/waba waba store import team.json --yes\n\nEvery row is written in one transaction, then the row counts and each\nWABA's ledger total are compared with the file. A store that already holds\nrows is refused, so nothing is doubled; the schema versions must match."
    )]
    Import {
        /// A file written by `waba store export`
        file: std::path::PathBuf,
    },
}

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
requests received, secrets redacted.")]
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
    /// Throttle every request after the first N (Graph code 80007)
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

const MIGRATE_HELP: &str = "\
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

#[derive(Debug, Args)]
pub struct PhoneArgs {
    /// Phone-number id or international number of the WABA
    pub phone: String,
}

#[derive(Debug, Args)]
pub struct RequestCodeArgs {
    /// Phone-number id or international number of the WABA
    pub phone: String,
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
    pub phone: String,
    /// The 6-digit code (asked for when missing)
    #[arg(long, value_parser = six_digits)]
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Phone-number id or international number of the WABA
    pub phone: String,
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
    pub phone: String,
    /// The new PIN, 6 digits (asked for twice, hidden, when missing)
    #[arg(long, env = "WABA_PIN", hide_env_values = true)]
    pub pin: Option<String>,
}

fn six_digits(s: &str) -> Result<String, String> {
    crate::migration::answers::code(s).map_err(|e| e.message)
}

fn locale(s: &str) -> Result<String, String> {
    crate::migration::answers::language(s).map_err(|e| e.message)
}

fn region(s: &str) -> Result<String, String> {
    crate::migration::answers::region(s).map_err(|e| e.message)
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// Path under the versioned Graph URL, for example `{waba-id}/phone_numbers`
    pub path: String,
    /// HTTP method
    #[arg(short = 'X', long, default_value = "GET", value_parser = ["GET", "POST", "DELETE"], ignore_case = true)]
    pub method: String,
    /// A parameter key=value (query for GET and DELETE, form body for POST); repeatable
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// Follow paging and print every item of the edge as one JSON array
    #[arg(long)]
    pub paginate: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
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

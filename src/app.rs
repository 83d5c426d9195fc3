//! From argv to an exit code: parse, build the context, run the command,
//! print its report or its error. The environment is read here and only
//! here; everything below receives values.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches};

use crate::cli::{Cli, Command};
use crate::clock::Clock;
use crate::config::settings::Raw;
use crate::config::{Paths, Settings, Source, Sourced, file};
use crate::context::{Context, Flags};
use crate::error::{Error, Kind, Result};
use crate::output::{Format, Printer};
use crate::prompt::Terminal;
use crate::secret::Secret;

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn truthy(name: &str) -> bool {
    env(name).is_some_and(|v| {
        !matches!(
            v.to_ascii_lowercase().as_str(),
            "0" | "false" | "no" | "off"
        )
    })
}

fn sourced(
    m: &ArgMatches,
    id: &str,
    flag: &'static str,
    var: &'static str,
) -> Option<Sourced<String>> {
    let v = m.get_one::<String>(id)?.clone();
    let source = match m.value_source(id) {
        Some(ValueSource::EnvVariable) => Source::Env(var),
        _ => Source::Flag(flag),
    };
    Some(Sourced::new(v, source))
}

fn raw_settings(cli: &Cli, m: &ArgMatches) -> Raw {
    Raw {
        profile: sourced(m, "profile", "--profile", "WABA_PROFILE"),
        waba: sourced(m, "waba", "--waba", "WABA_ID"),
        api_version: sourced(m, "api_version", "--api-version", "WABA_API_VERSION"),
        graph_url: sourced(m, "graph_url", "--graph-url", "WABA_GRAPH_URL"),
        output: cli.global.output.map(|o| {
            let src = match m.value_source("output") {
                Some(ValueSource::EnvVariable) => Source::Env("WABA_OUTPUT"),
                _ => Source::Flag("--output"),
            };
            Sourced::new(o, src)
        }),
        sandbox: cli.global.sandbox,
    }
}

/// Table width and colour, decided once.
fn printer(format: Format, quiet: bool, verbose: bool) -> Printer {
    let tty = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color =
        !no_color && (truthy("CLICOLOR_FORCE") || (tty && env("TERM").as_deref() != Some("dumb")));
    let width = env("COLUMNS")
        .and_then(|c| c.parse::<usize>().ok())
        .filter(|w| *w > 0)
        .or_else(|| {
            tty.then(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize))
                .flatten()
        });
    Printer {
        format,
        color,
        width,
        quiet,
        stderr_tty: std::io::stderr().is_terminal(),
        verbose,
        jq: None,
    }
}

pub fn main() -> ExitCode {
    // The shell asking for completions (`WABA_COMPLETE=bash waba -- …`):
    // answered from the config and what commands saw, then exit.
    clap_complete::CompleteEnv::with_factory(crate::cli::command)
        .var(crate::cmd::assets::COMPLETE_VAR)
        .complete();
    let matches = match crate::cli::command().try_get_matches() {
        Ok(m) => m,
        // --help and --version exit 0; every parse error is a usage error.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => return usage_error(&e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return usage_error(&e),
    };
    // Until settings are known, errors print as the flags asked.
    let early = printer(
        cli.global.output.unwrap_or(Format::Table),
        cli.global.quiet,
        cli.global.verbose,
    );
    let ctx = match build(&cli, &matches) {
        Ok(c) => c,
        Err(e) => return finish(&early, Err(e)),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            return finish(
                &early,
                Err(Error::internal(format!(
                    "cannot start the async runtime: {e}"
                ))),
            );
        }
    };
    let result = runtime.block_on(async {
        let result = tokio::select! {
            r = crate::cmd::run(&ctx, &cli.command) => r,
            _ = tokio::signal::ctrl_c() => {
                crate::prompt::restore_terminal();
                return Err(Error::new(Kind::Interrupted, "interrupted"));
            }
        };
        ctx.settle_sandbox().await;
        result
    });
    // Ctrl-C (as a signal, or read as a key at a prompt): the wizard
    // saves its progress, so say how to go on.
    let result = result.map_err(|e| {
        if e.kind == Kind::Interrupted && e.hint.is_none() && ctx.command == "migrate-number" {
            e.with_hint("progress is saved after every step: the same `waba migrate-number …` continues where it stopped")
        } else {
            e
        }
    });
    let result = result.and_then(|report| {
        // What a listing showed is kept for shell completion.
        let waba = ctx.settings.waba.as_ref().map(|w| w.value.as_str());
        crate::complete::learn(&ctx.paths, &ctx.command, waba, &report.json);
        ctx.printer.print(&report)
    });
    let code = finish(&ctx.printer, result);
    // Do not wait for an in-process sandbox or store pool to wind down.
    runtime.shutdown_background();
    code
}

/// A flag or value clap refused: its own text on a terminal, or under
/// `-o json` / `WABA_OUTPUT=json` the same `{"error": …}` object as every
/// other error.
fn usage_error(e: &clap::Error) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.as_str();
        match a {
            "-o" | "--output" => args.get(i + 1).map(String::as_str),
            _ => a
                .strip_prefix("--output=")
                .or_else(|| a.strip_prefix("-o="))
                .or_else(|| a.strip_prefix("-o").filter(|v| !v.is_empty())),
        }
    });
    let json = flag
        .map(str::to_string)
        .or_else(|| env("WABA_OUTPUT"))
        .is_some_and(|f| f.eq_ignore_ascii_case("json"));
    // A word people type for something waba names otherwise gets the
    // command it means, not clap's nearest spelling.
    if e.kind() == clap::error::ErrorKind::InvalidSubcommand
        && let Some(clap::error::ContextValue::String(word)) =
            e.get(clap::error::ContextKind::InvalidSubcommand)
        && let Some(meant) = crate::cli::meant(word)
    {
        let err = Error::usage(format!("`{word}` is not a waba command")).with_hint(format!(
            "did you mean `{meant}`? `waba --help` lists every command"
        ));
        let format = if json { Format::Json } else { Format::Table };
        return finish(&printer(format, false, false), Err(err));
    }
    if !json {
        let _ = e.print();
        return ExitCode::from(Kind::Usage.exit_code());
    }
    let text = e.render().to_string();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let message = lines
        .next()
        .unwrap_or("invalid arguments")
        .trim_start_matches("error: ")
        .to_string();
    // What follows the message up to the usage block: possible values, tips.
    let hint: Vec<&str> = lines
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .collect();
    let mut err = Error::usage(message);
    if !hint.is_empty() {
        err = err.with_hint(hint.join(" "));
    }
    finish(&printer(Format::Json, false, false), Err(err))
}

fn finish(printer: &Printer, result: Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.broken_pipe => ExitCode::SUCCESS,
        Err(e) => {
            printer.error(&e);
            ExitCode::from(e.exit_code())
        }
    }
}

/// Who is running the tool, for the records it keeps.
fn actor() -> String {
    if let Some(a) = env("WABA_ACTOR") {
        return a;
    }
    let user = env("USER")
        .or_else(|| env("LOGNAME"))
        .unwrap_or_else(|| "unknown".into());
    let mut buf = [0u8; 256];
    // SAFETY: gethostname writes at most buf.len() bytes into buf.
    let host = if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0 {
        let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        "localhost".into()
    };
    format!("{user}@{host}")
}

fn build(cli: &Cli, matches: &ArgMatches) -> Result<Context> {
    let g = &cli.global;
    let paths = Paths::resolve(env("WABA_HOME").as_deref().map(std::path::Path::new))?;
    let raw = raw_settings(cli, matches);
    // The sandbox has its own profile: a broken config does not stop it.
    let uses_config = !raw.sandbox || matches!(cli.command, Command::Profile(_));
    // `doctor` is what one runs when the config is broken: it starts
    // without it and says what is wrong on its own line.
    let doctor = matches!(cli.command, Command::Doctor(_));
    let config = if uses_config {
        match file::load(&paths.config_file()) {
            Err(_) if doctor => file::Config::default(),
            loaded => loaded?,
        }
    } else {
        // Only the billing rules apply to the sandbox, so a rehearsal uses
        // the operator's fee and limits; a file that does not load is
        // ignored there.
        file::Config {
            billing: file::load(&paths.config_file())
                .map(|c| c.billing)
                .unwrap_or_default(),
            ..file::Config::default()
        }
    };
    let settings = match Settings::resolve(raw.clone(), &config, &env) {
        Err(_) if doctor => {
            let mut bare = raw.clone();
            bare.profile = None;
            Settings::resolve(bare, &file::Config::default(), &env)?
        }
        resolved => resolved?,
    };
    // Commands that create or repair profiles, or use none, run with a
    // profile name that is not (yet) in the config.
    let makes_profiles = matches!(
        cli.command,
        Command::Profile(_)
            | Command::Auth(crate::cmd::auth::AuthCommand::Login { .. })
            | Command::Completions { .. }
            | Command::GenerateAssets { .. }
            | Command::Sandbox(_)
    );
    if !makes_profiles && !doctor {
        settings.require_known_profile(&config)?;
    }
    let clock = Clock::from_env(env("WABA_NOW").as_deref())?;
    let no_input = g.no_input || truthy("CI") || !std::io::stdin().is_terminal();
    let flags = Flags {
        yes: g.yes,
        dry_run: g.dry_run,
        verbose: g.verbose,
        quiet: g.quiet,
        no_input,
    };
    // A profile's default format applies where it can; asked for by flag
    // or environment, a format the command lacks is an error (cmd::run).
    let format = match settings.output.source {
        Source::Profile(_)
            if settings.output.value == Format::Csv && !crate::cmd::serves_csv(&cli.command) =>
        {
            Format::Table
        }
        _ => settings.output.value,
    };
    let mut printer = printer(format, g.quiet, g.verbose);
    if let Some(expr) = &g.jq {
        // A filter over JSON: checked before anything runs, and the output
        // is JSON whatever the profile's default.
        if printer.format != Format::Json
            && !matches!(settings.output.source, Source::Profile(_) | Source::Default)
        {
            return Err(Error::usage(format!(
                "--jq filters JSON output, and the output asked for is {}",
                printer.format.name()
            ))
            .with_hint("drop -o (or WABA_OUTPUT), or make it -o json"));
        }
        printer.jq = Some(crate::output::jq::Jq::new(expr)?);
        printer.format = Format::Json;
    }
    let sandbox = raw.sandbox;
    Ok(Context::new(
        raw,
        settings,
        config,
        paths,
        clock,
        printer,
        flags,
        env("WABA_TOKEN").map(|t| token_secret(t.trim(), sandbox)),
        actor(),
        command_path(matches),
        crate::context::StripeEnv {
            key: env("STRIPE_SECRET_KEY").map(|k| Secret::new(k.trim())),
            base: env("STRIPE_API_BASE"),
        },
        Arc::new(Terminal),
    )
    .with_smtp_password(env("WABA_SMTP_PASSWORD").map(Secret::new))
    .with_store_url(env("WABA_STORE_URL").map(|u| Secret::new(u.trim()))))
}

/// WABA_TOKEN as a secret, unless it is one of the sandbox's documented
/// tokens, which are public words and would be scrubbed from every
/// message that uses them ("Session has expired").
fn token_secret(token: &str, sandbox: bool) -> Secret {
    if sandbox && crate::sandbox::graph::FIXTURE_TOKENS.contains(&token) {
        Secret::public(token)
    } else {
        Secret::new(token)
    }
}

/// `balance adjust`, `topup`: the subcommands named, for the records kept.
/// Arguments are left out: they may hold amounts or ids, never needed to
/// know which command made a record.
fn command_path(matches: &ArgMatches) -> String {
    let mut names = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        names.push(name.to_string());
        m = sub;
    }
    names.join(" ")
}

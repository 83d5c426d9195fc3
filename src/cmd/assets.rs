//! Shell completions and man pages, generated from the command tree. The
//! committed copies under completions/ and man/ are checked by a test.
//!
//! A completion script registers the binary as its own completer
//! (clap_complete's `CompleteEnv`): on TAB the shell runs `waba` with
//! `WABA_COMPLETE` set, and `crate::complete` answers from the config and
//! what commands saw.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output::{Body, Report};

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The variable that asks the binary for completions instead of a run.
pub const COMPLETE_VAR: &str = "WABA_COMPLETE";

/// The script that registers `waba` as its own completer in `shell`.
pub fn completion(shell: Shell) -> String {
    use clap_complete::env::EnvCompleter;
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::PowerShell => &clap_complete::env::Powershell,
        _ => &clap_complete::env::Elvish,
    };
    let mut buf = Vec::new();
    let _ = completer.write_registration(COMPLETE_VAR, "waba", "waba", "waba", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn completions(shell: Shell) -> Report {
    Report::new(Body::Text(completion(shell)), serde_json::Value::Null)
}

/// Writes `completions/` and `man/` under `dir`; returns the files written.
pub fn generate(dir: &Path) -> Result<Vec<String>> {
    let comp = dir.join("completions");
    let man = dir.join("man");
    for d in [&comp, &man] {
        std::fs::create_dir_all(d).map_err(|e| Error::io("cannot create", d, e))?;
    }
    let mut written = Vec::new();
    for shell in SHELLS {
        let path = comp.join(clap_complete::Generator::file_name(&shell, "waba"));
        std::fs::write(&path, completion(shell))
            .map_err(|e| Error::io("cannot write completions into", &comp, e))?;
        written.push(path.display().to_string());
    }
    let mut cmd = Cli::command();
    cmd.build();
    write_man(&cmd, "waba", &man, &mut written)?;
    Ok(written)
}

/// The variables waba reads, for the man page's ENVIRONMENT (the README's
/// table says the same; a test holds them together).
pub const ENVIRONMENT: [(&str, &str); 24] = [
    (
        "WABA_HOME",
        "keep config, credentials, state and the sandbox in this directory",
    ),
    ("WABA_PROFILE", "the profile to use, as --profile"),
    ("WABA_ID", "the WABA to act on, as --waba"),
    (
        "WABA_API_VERSION",
        "the Graph API version, as --api-version",
    ),
    ("WABA_GRAPH_URL", "the Graph API base URL, as --graph-url"),
    ("WABA_OUTPUT", "table, json or csv, as --output"),
    (
        "WABA_SANDBOX",
        "1: run against the built-in sandbox, as --sandbox",
    ),
    ("WABA_NO_INPUT", "1: never prompt, as --no-input"),
    (
        "WABA_TOKEN",
        "the access token; overrides the profile's stored token",
    ),
    (
        "WABA_PIN",
        "the two-step verification PIN for register, set-pin and migrate-number",
    ),
    (
        "WABA_VERIFY_TOKEN",
        "the verify token for wabas subscriptions subscribe --callback-url",
    ),
    (
        "WABA_ACTOR",
        "who is recorded as making ledger rows and other records (default user@host)",
    ),
    (
        "WABA_APP_ID",
        "the Meta app id of the token, for uploading template media samples",
    ),
    (
        "WABA_STORE_URL",
        "a shared PostgreSQL store (postgres://user:password@host/db)",
    ),
    (
        "WABA_SMTP_PASSWORD",
        "the mail server's password for email alerts",
    ),
    (
        "WABA_NOW",
        "a fixed now (RFC 3339) for the sandbox and the CLI",
    ),
    (
        "WABA_APP_SECRET",
        "the Meta app's secret, which webhooks serve checks X-Hub-Signature-256 with",
    ),
    (
        "WABA_COMPLETE",
        "set by the completion scripts: waba answers the shell's TAB (bash, zsh, fish) instead of running",
    ),
    ("STRIPE_SECRET_KEY", "the card processor's secret key"),
    (
        "STRIPE_API_BASE",
        "the card processor's API base URL (plain http only to loopback)",
    ),
    (
        "WABA_RETRIES",
        "retries for requests safe to repeat (default 3)",
    ),
    (
        "WABA_DEADLINE_MS",
        "the most one request may take, retries included (120000)",
    ),
    ("NO_COLOR", "no colour; CLICOLOR_FORCE forces it"),
    ("COLUMNS", "the table width; CI: never prompt"),
];

const EXIT_STATUS: [(&str, &str); 12] = [
    ("0", "ok"),
    ("1", "an unexpected failure"),
    (
        "2",
        "usage: a bad flag, value, file or setting; nothing was changed",
    ),
    (
        "3",
        "auth: no token, an expired one, a missing permission or database role",
    ),
    ("4", "rejected by Meta"),
    ("5", "the network, Meta or the card processor unavailable"),
    ("6", "rate-limited; try again later"),
    ("7", "payment: a card declined"),
    ("8", "balance low (balance --check)"),
    ("9", "balance exhausted (balance --check)"),
    ("10", "a number unhealthy (numbers health --check)"),
    ("130", "interrupted"),
];

const FILES: [(&str, &str); 4] = [
    (
        "~/.config/waba/config.toml",
        "profiles and settings (or $WABA_HOME/config.toml)",
    ),
    (
        "~/.config/waba/credentials.toml",
        "tokens and keys, mode 0600",
    ),
    (
        "~/.config/waba/state.db",
        "the state store (SQLite): ledger, rules, progress",
    ),
    (
        "~/.config/waba/sandbox/",
        "the offline sandbox's world and its own store",
    ),
];

/// Text for roff: a backslash and a leading dot or quote would be read as
/// requests.
fn roff_text(s: &str) -> String {
    s.lines()
        .map(|l| {
            let l = l.replace('\\', "\\e");
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn tagged(heading: &str, entries: &[(&str, &str)]) -> String {
    let mut out = format!(".SH \"{heading}\"\n");
    for (tag, text) in entries {
        out.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff_text(tag),
            roff_text(text)
        ));
    }
    out
}

fn write_man(cmd: &clap::Command, name: &str, dir: &Path, written: &mut Vec<String>) -> Result<()> {
    if cmd.is_hide_set() {
        return Ok(());
    }
    // No `help` subcommand on the page: there is no waba-help(1).
    let page = cmd
        .clone()
        .name(name.to_string())
        .disable_help_subcommand(true);
    let man = clap_mangen::Man::new(page.clone());
    let mut buf = Vec::new();
    let rendered = (|| -> std::io::Result<()> {
        man.render_title(&mut buf)?;
        man.render_name_section(&mut buf)?;
        man.render_synopsis_section(&mut buf)?;
        man.render_description_section(&mut buf)?;
        if page.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut buf)?;
        }
        if page
            .get_subcommands()
            .any(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            man.render_subcommands_section(&mut buf)?;
        }
        Ok(())
    })();
    rendered.map_err(|e| Error::internal(format!("man page for {name}: {e}")))?;
    let mut text = String::from_utf8_lossy(&buf).into_owned();
    // Examples as written: no filling, no justifying.
    if let Some(after) = page.get_after_help() {
        text.push_str(&format!(
            ".SH EXAMPLES\n.nf\n{}\n.fi\n",
            roff_text(&after.to_string())
        ));
    }
    if name == "waba" {
        text.push_str(&tagged("ENVIRONMENT", &ENVIRONMENT));
        text.push_str(&tagged("EXIT STATUS", &EXIT_STATUS));
        text.push_str(&tagged("FILES", &FILES));
    }
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, text.as_bytes()).map_err(|e| Error::io("cannot write", &path, e))?;
    written.push(path.display().to_string());
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_readme_names_every_variable_the_man_page_does() {
        let readme = include_str!("../../README.md");
        let table = &readme[readme.find("## Environment variables").unwrap()..];
        for (var, _) in super::ENVIRONMENT {
            assert!(
                table.contains(&format!("`{var}")),
                "{var} is not in the README's table"
            );
        }
    }

    #[test]
    fn roff_requests_in_text_are_escaped() {
        assert_eq!(super::roff_text(".x\\y\n'z"), "\\&.x\\ey\n\\&'z");
    }
}

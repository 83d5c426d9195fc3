//! `auth login`, `auth status`, `auth logout`.

use std::io::Read;

use chrono::{TimeZone, Utc};
use serde_json::json;

use crate::clock::rfc3339;
use crate::config::{credentials, file};
use crate::context::{Context, TokenOrigin};
use crate::error::{Error, Result};
use crate::graph::token::{self, TokenInfo};
use crate::output::{Body, Cell, Report, Style};
use crate::secret::Secret;
use clap::Subcommand;

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

/// Command families and the permissions each needs (graph-api.md §1.2, §7).
const FAMILIES: &[(&str, &[&str])] = &[
    (
        "numbers, templates, usage and balance sync",
        &["whatsapp_business_management"],
    ),
    (
        "migration and registration (request-code, verify-code, register, set-pin)",
        &[
            "whatsapp_business_management",
            "whatsapp_business_messaging",
        ],
    ),
    (
        "business-wide WABA discovery and credit lines",
        &["business_management"],
    ),
];

/// The profile a token is stored under: the selected one, else `default`
/// (created on the spot, like a first `gh auth login`).
fn target_profile(ctx: &Context) -> Result<(String, bool)> {
    if ctx.settings.sandbox {
        return Err(
            Error::usage("the sandbox accepts any token and stores none")
                .with_hint("drop --sandbox, or set WABA_TOKEN for a sandbox run"),
        );
    }
    match ctx.profile_name() {
        Some(p) => Ok((p.to_string(), !ctx.config.profiles.contains_key(p))),
        None => Ok((
            "default".to_string(),
            !ctx.config.profiles.contains_key("default"),
        )),
    }
}

pub async fn run(ctx: &Context, command: &AuthCommand) -> Result<Report> {
    match command {
        AuthCommand::Login { with_token } => login(ctx, *with_token).await,
        AuthCommand::Status => status(ctx).await,
        AuthCommand::Logout => logout(ctx).await,
    }
}

async fn login(ctx: &Context, with_token: bool) -> Result<Report> {
    let (profile, create) = target_profile(ctx)?;
    let raw = if with_token {
        let mut s = String::new();
        // A token is a few hundred bytes; an endless stdin ends here.
        std::io::stdin()
            .take(64 << 10)
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("cannot read the token from stdin: {e}")))?;
        if s.len() >= 64 << 10 {
            return Err(
                Error::usage("stdin holds more than 64 KiB: that is not a token").with_hint(
                    "pipe in the token alone: `waba auth login --with-token < token.txt`",
                ),
            );
        }
        s
    } else if ctx.can_prompt() {
        ctx.ask_secret(&format!(
            "Access token for profile {profile} (input hidden): "
        ))
        .await?
    } else {
        return Err(Error::usage("no terminal to ask for the token")
            .with_hint("pipe it in: `waba auth login --with-token < token.txt`"));
    };
    let token = raw.trim();
    if token.is_empty() {
        return Err(Error::usage("the token is empty")
            .with_hint("paste the access token from Meta's Business Manager or App Dashboard"));
    }
    if token.chars().any(|c| c.is_whitespace() || c.is_control()) || token.len() < 10 {
        return Err(Error::usage(
            "that does not look like an access token (it has spaces or is too short)",
        )
        .with_hint("copy the whole token, without the `Bearer ` prefix"));
    }
    if create {
        file::edit(
            &ctx.paths.config_file(),
            &ctx.paths.lock_file(),
            |config, doc| {
                crate::config::file::insert_profile(
                    doc,
                    &ctx.paths.config_file(),
                    &profile,
                    &file::Profile::default(),
                )?;
                if config.default_profile.is_none() {
                    doc["default_profile"] = toml_edit::value(profile.as_str());
                }
                Ok(())
            },
        )?;
    }
    let path = ctx.paths.credentials_file();
    credentials::set_token(
        &path,
        &ctx.paths.lock_file(),
        &profile,
        Some(&Secret::new(token)),
    )?;
    let mut report = Report::message(format!(
        "Saved the token for profile {profile} in {}",
        path.display()
    ))
    .with_note("Check it with `waba auth status`.");
    if create {
        report = report.with_note(format!(
            "Created profile {profile}; set its WABA with `waba profile add` or --waba."
        ));
    }
    if ctx.env_token.is_some() {
        report = report.with_note("Note: WABA_TOKEN is set and overrides the stored token.");
    }
    Ok(report)
}

async fn logout(ctx: &Context) -> Result<Report> {
    let (profile, _) = target_profile(ctx)?;
    ctx.confirm(&format!("Remove the stored token of profile {profile}?"))
        .await?;
    let path = ctx.paths.credentials_file();
    let had = credentials::set_token(&path, &ctx.paths.lock_file(), &profile, None)?;
    let mut report = if had {
        Report::message(format!("Removed the token of profile {profile}"))
    } else {
        Report::message(format!("Profile {profile} had no stored token"))
    };
    if ctx.env_token.is_some() {
        report = report.with_note("WABA_TOKEN is still set in the environment and will be used.");
    }
    Ok(report)
}

fn when(ts: Option<i64>) -> (Option<String>, String) {
    match ts {
        None => (None, "unknown".into()),
        Some(0) => (None, "never".into()),
        Some(t) => match Utc.timestamp_opt(t, 0).single() {
            Some(d) => (Some(rfc3339(d)), rfc3339(d)),
            None => (None, "unknown".into()),
        },
    }
}

async fn status(ctx: &Context) -> Result<Report> {
    let (secret, origin) = ctx.token()?;
    let client = ctx.graph().await?;
    let info: TokenInfo = token::debug(client, &secret).await?;
    if !info.is_valid {
        return Err(Error::auth(format!("the token from {origin} is not valid"))
            .with_hint("get a new token and run `waba auth login`"));
    }
    let now = ctx.clock.now().timestamp();
    let (expires_json, expires_text) = when(info.expires_at);
    let expires_text = match info.expires_at {
        Some(t) if t > 0 => {
            let days = (t - now) / 86_400;
            if t <= now {
                format!("{expires_text} (expired)")
            } else {
                format!("{expires_text} (in {days} days)")
            }
        }
        _ => expires_text,
    };
    let (data_json, data_text) = when(info.data_access_expires_at);
    let missing: Vec<(&str, Vec<&str>)> = FAMILIES
        .iter()
        .filter_map(|(family, need)| {
            let lacking: Vec<&str> = need
                .iter()
                .copied()
                .filter(|s| !info.has_scope(s))
                .collect();
            (!lacking.is_empty()).then_some((*family, lacking))
        })
        .collect();
    let management: Vec<String> = info
        .targets
        .iter()
        .filter(|(s, _)| s == "whatsapp_business_management")
        .flat_map(|(_, ids)| ids.clone())
        .collect();
    let wabas_text = if !management.is_empty() {
        management.join(", ")
    } else if info.target_ids().is_empty() {
        "not limited by granular scopes (every WABA assigned to the token's user)".into()
    } else {
        "none with whatsapp_business_management".into()
    };
    let source_json = match &origin {
        TokenOrigin::Env => json!({"kind": "env", "variable": "WABA_TOKEN"}),
        TokenOrigin::File { path, profile } => {
            json!({"kind": "file", "path": path, "profile": profile})
        }
        TokenOrigin::Sandbox => json!({"kind": "sandbox"}),
    };
    let mut fields = vec![
        ("Token".to_string(), Cell::styled("valid", Style::Good)),
        ("Source".to_string(), Cell::plain(origin.to_string())),
        ("Type".to_string(), Cell::opt(info.token_type.as_deref())),
        (
            "App".to_string(),
            Cell::plain(format!(
                "{} ({})",
                info.application.as_deref().unwrap_or("?"),
                info.app_id.as_deref().unwrap_or("?")
            )),
        ),
        ("Expires".to_string(), Cell::plain(expires_text)),
        ("Data access until".to_string(), Cell::plain(data_text)),
        ("Scopes".to_string(), Cell::plain(info.scopes.join(", "))),
        ("WABAs".to_string(), Cell::plain(wabas_text)),
    ];
    if missing.is_empty() {
        fields.push((
            "Missing".to_string(),
            Cell::styled("nothing: every command family is covered", Style::Good),
        ));
    }
    for (family, lacking) in &missing {
        fields.push((
            "Missing".to_string(),
            Cell::styled(
                format!("{family}: needs {}", lacking.join(", ")),
                Style::Warn,
            ),
        ));
    }
    let json = json!({
        "valid": info.is_valid,
        "source": source_json,
        "type": info.token_type,
        "application": info.application,
        "app_id": info.app_id,
        "expires_at": expires_json,
        "never_expires": info.expires_at == Some(0),
        "data_access_expires_at": data_json,
        "scopes": info.scopes,
        "waba_ids": management,
        "target_ids": info.target_ids(),
        "missing": missing.iter().map(|(f, s)| json!({"commands": f, "scopes": s})).collect::<Vec<_>>(),
    });
    Ok(Report::new(Body::Fields(fields), json))
}

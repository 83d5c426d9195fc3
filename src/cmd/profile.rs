//! `profile add/list/use/show/remove`.

use serde_json::{Value, json};
use toml_edit::{DocumentMut, Item, value};

use crate::config::file::{self, PROFILE_KEYS, Profile};
use crate::config::settings::{check_id, parse_graph_url};
use crate::config::{Settings, Source, Sourced, credentials};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::ApiVersion;
use crate::output::{Body, Cell, Column, Format, Report, Style};
use clap::Subcommand;

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
    #[command(visible_alias = "ls")]
    List,

    /// Make a profile the default
    #[command(after_help = "Examples:\n  waba profile use prod")]
    Use {
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::profiles))]
        name: String,
    },

    /// Show the settings in effect and where each one comes from
    #[command(after_help = "\
Examples:
  waba profile show
  WABA_API_VERSION=v24.0 waba profile show prod    # shows `env WABA_API_VERSION`")]
    Show {
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::profiles))]
        name: Option<String>,
    },

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
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::profiles))]
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
    Remove {
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::profiles))]
        name: String,
    },
}

fn check_name(name: &str) -> Result<()> {
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(
            Error::usage(format!("invalid profile name `{name}`")).with_hint(
                "use letters, digits, - and _ (at most 64), for example prod or eu-staging",
            ),
        );
    }
    if name == "sandbox" {
        return Err(Error::usage("`sandbox` is the built-in sandbox profile")
            .with_hint("pick another name, or use --sandbox"));
    }
    Ok(())
}

fn flag_value(s: &Option<crate::config::Sourced<String>>) -> Option<String> {
    s.as_ref()
        .filter(|v| matches!(v.source, Source::Flag(_)))
        .map(|v| v.value.clone())
}

pub async fn run(ctx: &Context, command: &ProfileCommand) -> Result<Report> {
    match command {
        ProfileCommand::Add {
            name,
            business,
            app_id,
            make_default,
            default_output,
        } => add(
            ctx,
            name,
            business.clone(),
            app_id.clone(),
            *make_default,
            *default_output,
            &ctx.raw,
        ),
        ProfileCommand::Set {
            name,
            key,
            value,
            unset,
        } => set(ctx, name, key, value.as_deref().filter(|_| !*unset)),
        ProfileCommand::List => list(ctx),
        ProfileCommand::Use { name } => use_profile(ctx, name),
        ProfileCommand::Show { name } => show(ctx, name.as_deref()),
        ProfileCommand::Remove { name } => remove(ctx, name).await,
    }
}

fn add(
    ctx: &Context,
    name: &str,
    business: Option<String>,
    app_id: Option<String>,
    make_default: bool,
    default_output: Option<Format>,
    raw: &crate::config::settings::Raw,
) -> Result<Report> {
    check_name(name)?;
    let flag = |key: &str, v: Option<String>, source: &'static str| {
        v.map(|v| checked(key, &v, &Source::Flag(source)))
            .transpose()
    };
    let app_id = flag("app_id", app_id, "--app-id")?;
    let profile = Profile {
        api_version: flag("api_version", flag_value(&raw.api_version), "--api-version")?,
        graph_url: flag("graph_url", flag_value(&raw.graph_url), "--graph-url")?,
        waba: flag("waba", flag_value(&raw.waba), "--waba")?,
        business: flag("business", business, "--business")?,
        // `--output` formats this command's answer; only
        // `--default-output` is kept in the profile.
        output: default_output.map(|f| format_name(f).to_string()),
        app_id,
        smtp: None,
        store_url: None,
    };
    let path = ctx.paths.config_file();
    file::edit(&path, &ctx.paths.lock_file(), |config, doc| {
        if config.profiles.contains_key(name) {
            return Err(
                Error::usage(format!("profile `{name}` already exists")).with_hint(format!(
                    "remove it first (`waba profile remove {name}`) or pick another name"
                )),
            );
        }
        file::insert_profile(doc, &path, name, &profile)?;
        if make_default || config.default_profile.is_none() {
            doc["default_profile"] = value(name);
        }
        Ok(())
    })?;
    let mut report = Report::message(format!("Added profile {name} to {}", path.display()));
    if profile.waba.is_none() && profile.business.is_none() {
        report = report
            .with_note("It has no WABA yet: pass --waba ID to commands, or re-add it with --waba.");
    }
    Ok(report.with_note(format!(
        "Store its token with `waba --profile {name} auth login`."
    )))
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Table => "table",
        Format::Json => "json",
        Format::Csv => "csv",
    }
}

fn list(ctx: &Context) -> Result<Report> {
    let path = ctx.paths.credentials_file();
    let mut rows = Vec::new();
    let mut items = Vec::new();
    for (name, p) in &ctx.config.profiles {
        let active = ctx.config.default_profile.as_deref() == Some(name.as_str());
        let token = credentials::token(&path, name)?.is_some();
        rows.push(vec![
            Cell::styled(if active { "*" } else { "" }, Style::Good),
            Cell::plain(name),
            Cell::opt(p.waba.as_deref()),
            Cell::opt(p.business.as_deref()),
            Cell::opt(p.api_version.as_deref()),
            Cell::opt(p.graph_url.as_deref()),
            Cell::plain(if token { "stored" } else { "none" }),
        ]);
        items.push(json!({
            "name": name, "default": active, "waba": p.waba, "business": p.business,
            "api_version": p.api_version, "graph_url": p.graph_url, "output": p.output, "token_stored": token,
        }));
    }
    let columns = vec![
        Column::new(""),
        Column::new("NAME"),
        Column::new("WABA"),
        Column::new("BUSINESS").optional(),
        Column::new("API"),
        Column::new("GRAPH URL").flex(),
        Column::new("TOKEN"),
    ];
    let mut report = Report::new(Body::Table { columns, rows }, Value::Array(items));
    if ctx.config.profiles.is_empty() {
        report = report.with_note("No profiles yet: `waba profile add NAME --waba ID --use`.");
    }
    Ok(report)
}

/// Edits the config under its lock, for an existing profile only.
fn edit_existing(
    ctx: &Context,
    name: &str,
    f: impl FnOnce(&file::Config, &mut DocumentMut) -> Result<()>,
) -> Result<()> {
    file::edit(
        &ctx.paths.config_file(),
        &ctx.paths.lock_file(),
        |config, doc| {
            if !config.profiles.contains_key(name) {
                return Err(unknown(name, config));
            }
            f(config, doc)
        },
    )
}

/// A profile setting checked, in the form it is stored; `source` names
/// where it came from in the error.
fn checked(key: &str, v: &str, source: &Source) -> Result<String> {
    Ok(match key {
        "waba" => {
            check_id("WABA id", v, source)?;
            v.to_string()
        }
        "business" => {
            check_id("business id", v, source)?;
            v.to_string()
        }
        "app_id" => {
            check_id("app id", v, source)?;
            v.to_string()
        }
        "api_version" => v.parse::<ApiVersion>()?.to_string(),
        "graph_url" => parse_graph_url(v)?
            .as_str()
            .trim_end_matches('/')
            .to_string(),
        "output" => format_name(v.parse::<Format>()?).to_string(),
        other => {
            return Err(Error::usage(format!("`{other}` is not a profile setting"))
                .with_hint(format!("use one of {}", PROFILE_KEYS.join(", "))));
        }
    })
}

/// `profile set NAME KEY VALUE` (or `--unset`): one setting changed, the
/// rest of the file and the token left as they are.
fn set(ctx: &Context, name: &str, key: &str, new: Option<&str>) -> Result<Report> {
    let stored = new
        .map(|v| checked(key, v.trim(), &Source::Flag("profile set")))
        .transpose()?;
    edit_existing(ctx, name, |_, doc| {
        let t = file::profiles_table(doc, &ctx.paths.config_file())?
            .get_mut(name)
            .and_then(Item::as_table_like_mut)
            .ok_or_else(|| Error::usage(format!("profile `{name}` is not a table")))?;
        match &stored {
            Some(v) => {
                t.insert(key, value(v.as_str()));
            }
            None => {
                t.remove(key);
            }
        }
        Ok(())
    })?;
    let text = match &stored {
        Some(v) => format!("Profile {name}: {key} = {v}"),
        None => format!("Profile {name}: {key} removed"),
    };
    Ok(Report::message(text).with_json(json!({"profile": name, "key": key, "value": stored})))
}

fn use_profile(ctx: &Context, name: &str) -> Result<Report> {
    edit_existing(ctx, name, |_, doc| {
        doc["default_profile"] = value(name);
        Ok(())
    })?;
    Ok(Report::message(format!("Default profile is now {name}")))
}

pub fn unknown(name: &str, config: &file::Config) -> Error {
    crate::config::settings::unknown_profile(name, config)
}

fn show(ctx: &Context, name: Option<&str>) -> Result<Report> {
    let s = &ctx.settings;
    if let Some(n) = name
        && !ctx.config.profiles.contains_key(n)
        && !(ctx.settings.sandbox && n == "sandbox")
    {
        return Err(unknown(n, &ctx.config));
    }
    // `show NAME` shows that profile with the current flags and env on top.
    let shown;
    let s = match name {
        Some(n) if Some(n) != ctx.profile_name() => {
            shown = reresolve(ctx, n)?;
            &shown
        }
        _ => s,
    };
    if let Some(p) = &s.profile
        && !s.sandbox
        && s.profile_data.is_none()
    {
        return Err(unknown(&p.value, &ctx.config));
    }
    let mut fields = Vec::new();
    let mut obj = serde_json::Map::new();
    let mut put = |key: &str, v: Option<String>, src: Option<&Source>| {
        let text = match (&v, src) {
            (Some(v), Some(src)) => format!("{v}  ({src})"),
            _ => "-".to_string(),
        };
        fields.push((key.to_string(), Cell::plain(text)));
        obj.insert(
            key.to_string(),
            json!({"value": v, "source": src.map(|s| s.to_string())}),
        );
    };
    put(
        "profile",
        s.profile.as_ref().map(|p| p.value.clone()),
        s.profile.as_ref().map(|p| &p.source),
    );
    put(
        "waba",
        s.waba.as_ref().map(|w| w.value.clone()),
        s.waba.as_ref().map(|w| &w.source),
    );
    put(
        "business",
        s.business.as_ref().map(|w| w.value.clone()),
        s.business.as_ref().map(|w| &w.source),
    );
    put(
        "api_version",
        Some(s.api_version.value.to_string()),
        Some(&s.api_version.source),
    );
    put(
        "graph_url",
        Some(s.graph_url.value.as_str().trim_end_matches('/').to_string()),
        Some(&s.graph_url.source),
    );
    put(
        "output",
        Some(format_name(s.output.value).to_string()),
        Some(&s.output.source),
    );
    let token = if ctx.env_token.is_some() {
        ("set (redacted)".to_string(), "env WABA_TOKEN".to_string())
    } else if s.sandbox {
        ("built in".to_string(), "sandbox".to_string())
    } else {
        match &s.profile {
            Some(p) => match credentials::token(&ctx.paths.credentials_file(), &p.value)? {
                Some(t) => (
                    format!("stored {}", t.describe()),
                    ctx.paths.credentials_file().display().to_string(),
                ),
                None => ("none".to_string(), "run `waba auth login`".to_string()),
            },
            None => ("none".to_string(), "no profile".to_string()),
        }
    };
    fields.push((
        "token".to_string(),
        Cell::plain(format!("{}  ({})", token.0, token.1)),
    ));
    obj.insert(
        "token".to_string(),
        json!({"value": token.0, "source": token.1}),
    );
    Ok(Report::new(Body::Fields(fields), Value::Object(obj)))
}

async fn remove(ctx: &Context, name: &str) -> Result<Report> {
    if !ctx.config.profiles.contains_key(name) {
        return Err(unknown(name, &ctx.config));
    }
    ctx.confirm(&format!(
        "Remove profile {name} and its stored token? This cannot be undone"
    ))
    .await?;
    edit_existing(ctx, name, |config, doc| {
        if let Some(t) = doc.get_mut("profiles").and_then(Item::as_table_mut) {
            t.remove(name);
        }
        if config.default_profile.as_deref() == Some(name) {
            doc.remove("default_profile");
        }
        Ok(())
    })?;
    let had_token =
        credentials::remove_profile(&ctx.paths.credentials_file(), &ctx.paths.lock_file(), name)?;
    let mut msg = format!("Removed profile {name}");
    if had_token {
        msg.push_str(" and its stored token");
    }
    Ok(Report::message(msg))
}

/// The settings as they would be with another profile selected (for
/// `profile show NAME`); flags and environment still win.
pub fn reresolve(ctx: &Context, name: &str) -> Result<Settings> {
    let mut raw = ctx.raw.clone();
    raw.profile = Some(Sourced::new(
        name.to_string(),
        Source::Flag("profile show NAME"),
    ));
    let mut s = Settings::resolve(raw, &ctx.config, &|_| None)?;
    s.net = ctx.settings.net.clone();
    Ok(s)
}

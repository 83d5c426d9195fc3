//! Every setting with where it came from: flag > environment > profile >
//! default. `profile show` and `auth status` print the source.

use std::fmt;
use std::time::Duration;

use url::Url;

use super::file::{Config, Profile};
use crate::error::{Error, Result};
use crate::graph::{ApiVersion, NetConfig, version};
use crate::output::format::Format;

pub const DEFAULT_GRAPH_URL: &str = "https://graph.facebook.com";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    Sandbox,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::Profile(p) => write!(f, "profile {p}"),
            Source::Sandbox => f.write_str("sandbox"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    pub fn new(value: T, source: Source) -> Self {
        Sourced { value, source }
    }
}

/// What the command line and the environment said, before any profile.
#[derive(Debug, Clone, Default)]
pub struct Raw {
    pub profile: Option<Sourced<String>>,
    pub waba: Option<Sourced<String>>,
    pub api_version: Option<Sourced<String>>,
    pub graph_url: Option<Sourced<String>>,
    pub output: Option<Sourced<Format>>,
    pub sandbox: bool,
}

/// Resolved settings. The token is resolved separately and lazily: reading
/// the credentials file is only done by commands that call Meta.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Option<Sourced<String>>,
    /// The selected profile's contents, when it exists in the config.
    pub profile_data: Option<Profile>,
    pub waba: Option<Sourced<String>>,
    pub business: Option<Sourced<String>>,
    pub api_version: Sourced<ApiVersion>,
    pub graph_url: Sourced<Url>,
    pub output: Sourced<Format>,
    pub sandbox: bool,
    pub net: NetConfig,
    /// The Meta app to upload media samples to (`WABA_APP_ID` or the profile).
    pub app_id: Option<Sourced<String>>,
}

impl Settings {
    /// The settings of the profile `name`, as a command over many profiles
    /// (`flag`, such as `--all`) resolves each: flags and environment
    /// still win, except the WABA they select.
    pub fn of_profile(
        raw: &Raw,
        config: &Config,
        name: &str,
        flag: &'static str,
    ) -> Result<Settings> {
        let mut raw = raw.clone();
        raw.profile = Some(Sourced::new(name.to_string(), Source::Flag(flag)));
        raw.waba = None;
        Settings::resolve(raw, config, &|_| None)
    }

    pub fn resolve(
        raw: Raw,
        config: &Config,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Settings> {
        if raw.sandbox
            && let Some(g) = &raw.graph_url
        {
            return Err(Error::usage(format!(
                "--sandbox and --graph-url cannot be used together (graph URL from {})",
                g.source
            ))
            .with_hint("drop one: the sandbox runs its own Graph API emulator"));
        }
        let profile = if raw.sandbox {
            Some(Sourced::new("sandbox".to_string(), Source::Sandbox))
        } else {
            raw.profile.clone().or_else(|| {
                config
                    .default_profile
                    .clone()
                    .map(|p| Sourced::new(p, Source::Default))
            })
        };
        let profile_data = match &profile {
            Some(p) if !raw.sandbox => config.profiles.get(&p.value).cloned(),
            _ => None,
        };
        let from_profile = |key: &str| -> Option<Sourced<String>> {
            let name = profile.as_ref()?.value.clone();
            let value = profile_data.as_ref()?.get(key)?.to_string();
            Some(Sourced::new(value, Source::Profile(name)))
        };

        let api_version = match raw
            .api_version
            .clone()
            .or_else(|| from_profile("api_version"))
        {
            Some(s) => Sourced::new(s.value.parse::<ApiVersion>()?, s.source),
            None => Sourced::new(version::DEFAULT, Source::Default),
        };
        let graph_url = match raw.graph_url.clone().or_else(|| from_profile("graph_url")) {
            Some(s) => Sourced::new(parse_graph_url(&s.value)?, s.source),
            None => Sourced::new(
                Url::parse(DEFAULT_GRAPH_URL).expect("valid"),
                Source::Default,
            ),
        };
        let output = match raw.output.clone() {
            Some(o) => o,
            None => match from_profile("output") {
                Some(s) => Sourced::new(s.value.parse::<Format>()?, s.source),
                None => Sourced::new(Format::Table, Source::Default),
            },
        };
        let (waba, business) = if raw.sandbox {
            let waba = raw.waba.clone().unwrap_or_else(|| {
                Sourced::new(
                    crate::sandbox::ids::DEFAULT_WABA.to_string(),
                    Source::Sandbox,
                )
            });
            (Some(waba), None)
        } else {
            (
                raw.waba.clone().or_else(|| from_profile("waba")),
                from_profile("business"),
            )
        };
        if let Some(w) = &waba {
            check_id("WABA id", &w.value, &w.source)?;
        }
        let app_id = if raw.sandbox {
            Some(Sourced::new(
                crate::sandbox::ids::SANDBOX_APP_ID.to_string(),
                Source::Sandbox,
            ))
        } else {
            env("WABA_APP_ID")
                .filter(|v| !v.is_empty())
                .map(|v| Sourced::new(v, Source::Env("WABA_APP_ID")))
                .or_else(|| from_profile("app_id"))
        };
        if let Some(a) = &app_id {
            check_id("app id", &a.value, &a.source)?;
        }
        Ok(Settings {
            profile,
            profile_data,
            waba,
            business,
            api_version,
            graph_url,
            output,
            sandbox: raw.sandbox,
            net: net_config(env)?,
            app_id,
        })
    }
}

/// An error for a profile that is not in the config, naming those that are.
pub fn unknown_profile(name: &str, config: &Config) -> Error {
    let names: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
    let hint = if names.is_empty() {
        "there are no profiles yet: `waba profile add NAME --waba ID`".to_string()
    } else {
        format!("known profiles: {}", names.join(", "))
    };
    Error::usage(format!("no profile named `{name}`")).with_hint(hint)
}

impl Settings {
    /// A profile named by `--profile`, `WABA_PROFILE` or `default_profile`
    /// must exist: a typo never falls back to the defaults (and so never
    /// sends a token from the environment to another Graph URL).
    pub fn require_known_profile(&self, config: &Config) -> Result<()> {
        match &self.profile {
            Some(p) if !self.sandbox && self.profile_data.is_none() => {
                let from = match &p.source {
                    Source::Default => "default_profile in config.toml".to_string(),
                    other => other.to_string(),
                };
                let e = unknown_profile(&p.value, config);
                Err(Error {
                    message: format!("{} (from {from})", e.message),
                    ..e
                })
            }
            _ => Ok(()),
        }
    }
}

/// Ids are digits; anything else is a typo worth catching before Meta does.
pub fn check_id(what: &str, id: &str, source: &Source) -> Result<()> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(
            Error::usage(format!("{what} `{id}` (from {source}) is not a numeric id"))
                .with_hint("Meta ids are digits only, for example 102290129340398"),
        );
    }
    Ok(())
}

/// `https://…`, or plain `http://` to a loopback address only.
pub fn parse_graph_url(s: &str) -> Result<Url> {
    parse_service_url(
        "Graph URL",
        s,
        "use https://graph.facebook.com, or http://127.0.0.1:PORT for a local sandbox",
    )
}

/// The card processor's API base (`STRIPE_API_BASE`): the same rules.
pub fn parse_processor_url(s: &str) -> Result<Url> {
    parse_service_url(
        "card processor URL",
        s,
        "use https://api.stripe.com, or http://127.0.0.1:PORT for a local fake",
    )
}

/// https, or plain http to loopback only; no credentials, query or fragment.
fn parse_service_url(what: &str, s: &str, hint: &str) -> Result<Url> {
    let bad = |why: &str| Error::usage(format!("invalid {what} `{s}`: {why}")).with_hint(hint);
    let url = Url::parse(s.trim()).map_err(|e| bad(&e.to_string()))?;
    if url.query().is_some()
        || url.fragment().is_some()
        || !url.username().is_empty()
        || url.password().is_some()
    {
        return Err(bad("it must not carry credentials, a query or a fragment"));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(bad(
            "plain http is allowed only to loopback (127.0.0.1, ::1, localhost)",
        )),
        _ => Err(bad("the scheme must be https")),
    }
}

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Timeouts, retries and pacing; environment only, so tests can make fault
/// paths fast without touching anyone's config.
fn net_config(env: &dyn Fn(&str) -> Option<String>) -> Result<NetConfig> {
    let mut net = NetConfig::default();
    let millis = |name: &'static str| -> Result<Option<Duration>> {
        match env(name) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse::<u64>()
                .map(|n| Some(Duration::from_millis(n)))
                .map_err(|_| {
                    Error::usage(format!(
                        "{name}=`{v}` is not a whole number of milliseconds"
                    ))
                }),
        }
    };
    if let Some(d) = millis("WABA_CONNECT_TIMEOUT_MS")? {
        net.connect_timeout = d;
    }
    if let Some(d) = millis("WABA_TIMEOUT_MS")? {
        net.read_timeout = d;
    }
    if let Some(d) = millis("WABA_RETRY_BASE_MS")? {
        net.backoff_base = d;
    }
    if let Some(d) = millis("WABA_DEADLINE_MS")? {
        net.deadline = d;
    }
    if let Some(d) = millis("WABA_PACE_MAX_MS")? {
        net.pace_max = d;
    }
    if let Some(v) = env("WABA_RETRIES") {
        net.retries = v
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= 10)
            .ok_or_else(|| {
                Error::usage(format!("WABA_RETRIES=`{v}` must be a number from 0 to 10"))
            })?;
    }
    Ok(net)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        toml::from_str(
            "default_profile = \"prod\"\n[profiles.prod]\nwaba = \"111\"\napi_version = \"v23.0\"\noutput = \"json\"\n[profiles.eu]\nwaba = \"222\"\n",
        )
        .unwrap()
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn flag_beats_env_beats_profile_beats_default() {
        let s = Settings::resolve(Raw::default(), &config(), &no_env).unwrap();
        assert_eq!(s.waba.as_ref().unwrap().value, "111");
        assert_eq!(s.waba.unwrap().source, Source::Profile("prod".into()));
        assert_eq!(s.api_version.value.to_string(), "v23.0");
        assert_eq!(s.output.value, Format::Json);
        assert_eq!(s.graph_url.source, Source::Default);

        let raw = Raw {
            waba: Some(Sourced::new("333".into(), Source::Env("WABA_ID"))),
            api_version: Some(Sourced::new("v25.0".into(), Source::Flag("--api-version"))),
            ..Raw::default()
        };
        let s = Settings::resolve(raw, &config(), &no_env).unwrap();
        assert_eq!(s.waba.unwrap().source, Source::Env("WABA_ID"));
        assert_eq!(s.api_version.source, Source::Flag("--api-version"));
    }

    #[test]
    fn the_profile_flag_selects_another_profile() {
        let raw = Raw {
            profile: Some(Sourced::new("eu".into(), Source::Flag("--profile"))),
            ..Raw::default()
        };
        let s = Settings::resolve(raw, &config(), &no_env).unwrap();
        assert_eq!(s.waba.unwrap().value, "222");
        assert_eq!(s.api_version.source, Source::Default);
    }

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(parse_graph_url("http://127.0.0.1:8080").is_ok());
        assert!(parse_graph_url("http://[::1]:8080").is_ok());
        assert!(parse_graph_url("http://localhost:1").is_ok());
        assert!(parse_graph_url("https://graph.facebook.com").is_ok());
        assert!(parse_graph_url("http://graph.facebook.com").is_err());
        assert!(parse_graph_url("http://10.0.0.1").is_err());
        assert!(parse_graph_url("https://graph.facebook.com/?access_token=x").is_err());
        assert!(parse_graph_url("ftp://x").is_err());
    }

    #[test]
    fn sandbox_and_graph_url_conflict() {
        let raw = Raw {
            sandbox: true,
            graph_url: Some(Sourced::new(
                "http://127.0.0.1:1".into(),
                Source::Flag("--graph-url"),
            )),
            ..Raw::default()
        };
        assert_eq!(
            Settings::resolve(raw, &config(), &no_env).unwrap_err().kind,
            crate::error::Kind::Usage
        );
    }

    #[test]
    fn bad_env_knobs_are_usage_errors() {
        let env = |k: &str| (k == "WABA_RETRIES").then(|| "many".to_string());
        assert!(Settings::resolve(Raw::default(), &config(), &env).is_err());
    }
}

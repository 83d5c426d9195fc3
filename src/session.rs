//! What a run holds for the services beneath the commands: settings with
//! their sources, the clock, the global switches, where notes go, and
//! adapters built lazily on first use (the Graph client, the in-process
//! sandbox, the card processor, the state store), so that startup does no
//! network or disk work beyond reading the config. `Context` adds the
//! printer and the prompter for commands.

use std::sync::Arc;

use tokio::sync::OnceCell;

use crate::clock::Clock;
use crate::config::file::Config;
use crate::config::{Paths, Settings, credentials};
use crate::error::{Error, Result};
use crate::graph::client::TraceSink;
use crate::graph::{Client, ClientConfig};
use crate::payments::stripe::Stripe;
use crate::sandbox;
use crate::secret::Secret;
use crate::store::Store;

/// Global switches that are not settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flags {
    pub yes: bool,
    pub dry_run: bool,
    pub verbose: bool,
    pub quiet: bool,
    /// No prompt may be shown (flag, env, CI, or stdin not a terminal).
    pub no_input: bool,
}

/// Where the token in use came from.
#[derive(Debug, Clone, PartialEq)]
pub enum TokenOrigin {
    Env,
    File { path: String, profile: String },
    Sandbox,
}

impl std::fmt::Display for TokenOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenOrigin::Env => f.write_str("env WABA_TOKEN"),
            TokenOrigin::File { path, profile } => write!(f, "{path} (profile {profile})"),
            TokenOrigin::Sandbox => f.write_str("sandbox (built in)"),
        }
    }
}

/// The card processor's secret key and API base from the environment
/// (`STRIPE_SECRET_KEY`, `STRIPE_API_BASE`).
#[derive(Debug, Clone, Default)]
pub struct StripeEnv {
    pub key: Option<Secret>,
    pub base: Option<String>,
}

/// The token the sandbox accepts when none is given.
pub const SANDBOX_TOKEN: &str = "sandbox-demo-token";

/// Where a service's notes go: warnings, and lines of progress for runs
/// whose report is about something else. The printer takes them in a
/// command run; services never write to stdout or stderr themselves.
pub trait Notes: Send + Sync {
    fn warn(&self, line: &str);
    fn step(&self, line: &str);
}

pub struct Session {
    /// What flags and environment said, for re-resolving another profile.
    pub raw: crate::config::settings::Raw,
    pub settings: Settings,
    pub config: Config,
    pub paths: Paths,
    pub clock: Clock,
    pub flags: Flags,
    pub env_token: Option<Secret>,
    /// Who runs the tool, for the records it keeps: `WABA_ACTOR`, or user@host.
    pub actor: String,
    /// The command being run (`topup`, `balance adjust`), for records.
    pub command: String,
    pub stripe_env: StripeEnv,
    /// The mail server's password from `WABA_SMTP_PASSWORD`.
    pub smtp_password_env: Option<Secret>,
    /// A shared store's URL from `WABA_STORE_URL`.
    pub store_url_env: Option<Secret>,
    pub notes: Arc<dyn Notes>,
    trace: Option<TraceSink>,
    waiting: Option<crate::graph::client::WaitSink>,
    graph: OnceCell<Arc<Client>>,
    stripe: OnceCell<Stripe>,
    sandbox: OnceCell<sandbox::Running>,
    store: OnceCell<Store>,
    card: OnceCell<crate::billing::rates::Card>,
}

impl Session {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        raw: crate::config::settings::Raw,
        settings: Settings,
        config: Config,
        paths: Paths,
        clock: Clock,
        flags: Flags,
        env_token: Option<Secret>,
        actor: String,
        command: String,
        stripe_env: StripeEnv,
        notes: Arc<dyn Notes>,
        trace: Option<TraceSink>,
    ) -> Session {
        Session {
            raw,
            settings,
            config,
            paths,
            clock,
            flags,
            env_token,
            actor,
            command,
            stripe_env,
            smtp_password_env: None,
            store_url_env: None,
            notes,
            trace,
            waiting: None,
            graph: OnceCell::new(),
            stripe: OnceCell::new(),
            sandbox: OnceCell::new(),
            store: OnceCell::new(),
            card: OnceCell::new(),
        }
    }

    /// Shows waits (throttling, retries) where the caller wants them.
    pub fn with_waiting(mut self, waiting: Option<crate::graph::client::WaitSink>) -> Session {
        self.waiting = waiting;
        self
    }

    /// The same run with another profile's settings (for `--all`): its own
    /// Graph client and card processor, the state store shared.
    pub fn with_settings(&self, settings: Settings) -> Session {
        Session {
            raw: self.raw.clone(),
            settings,
            config: self.config.clone(),
            paths: self.paths.clone(),
            clock: self.clock,
            flags: self.flags,
            env_token: self.env_token.clone(),
            actor: self.actor.clone(),
            command: self.command.clone(),
            stripe_env: self.stripe_env.clone(),
            smtp_password_env: self.smtp_password_env.clone(),
            store_url_env: self.store_url_env.clone(),
            notes: self.notes.clone(),
            trace: self.trace.clone(),
            waiting: self.waiting.clone(),
            graph: OnceCell::new(),
            stripe: OnceCell::new(),
            sandbox: OnceCell::new(),
            store: OnceCell::new_with(self.store.get().cloned()),
            card: OnceCell::new(),
        }
    }

    /// The selected profile's name, when there is one.
    pub fn profile_name(&self) -> Option<&str> {
        self.settings.profile.as_ref().map(|p| p.value.as_str())
    }

    /// The token to send, and where it came from.
    pub fn token(&self) -> Result<(Secret, TokenOrigin)> {
        if let Some(t) = &self.env_token {
            return Ok((t.clone(), TokenOrigin::Env));
        }
        if self.settings.sandbox {
            return Ok((Secret::new(SANDBOX_TOKEN), TokenOrigin::Sandbox));
        }
        let Some(profile) = self.profile_name() else {
            return Err(Error::auth("no access token: no profile is selected and WABA_TOKEN is not set")
                .with_hint("create one with `waba profile add NAME --waba ID --use` and `waba auth login`, or try `waba --sandbox …` without a Meta account"));
        };
        let path = self.paths.credentials_file();
        if credentials::too_open(&path) {
            self.notes.warn(&format!(
                "{} is readable by other users; run `chmod 600 {}`",
                path.display(),
                path.display()
            ));
        }
        match credentials::token(&path, profile)? {
            Some(t) => Ok((
                t,
                TokenOrigin::File {
                    path: path.display().to_string(),
                    profile: profile.to_string(),
                },
            )),
            None => Err(
                Error::auth(format!("no access token for profile `{profile}`")).with_hint(format!(
                    "run `waba --profile {profile} auth login`, or set WABA_TOKEN"
                )),
            ),
        }
    }

    /// The WABA to act on.
    pub fn waba_id(&self) -> Result<&str> {
        match &self.settings.waba {
            Some(w) => Ok(&w.value),
            None => Err(Error::usage("no WABA selected").with_hint(
                "pass --waba ID, set WABA_ID, or save one in a profile: `waba profile add NAME --waba ID --use`",
            )),
        }
    }

    /// The Graph client, built on first use (starting the in-process sandbox
    /// under `--sandbox`).
    pub async fn graph(&self) -> Result<&Client> {
        let client = self
            .graph
            .get_or_try_init(|| async {
                let (token, _) = self.token()?;
                let base = if self.settings.sandbox {
                    self.sandbox_url().await?
                } else {
                    self.settings.graph_url.value.clone()
                };
                Client::new(ClientConfig {
                    base,
                    version: self.settings.api_version.value,
                    token: Some(token),
                    net: self.settings.net.clone(),
                    trace: self.trace(),
                    waiting: self.waiting.clone(),
                    dry_run: self.flags.dry_run,
                })
                .map(Arc::new)
            })
            .await?;
        Ok(client)
    }

    /// Where `--verbose` lines go, when they are asked for.
    fn trace(&self) -> Option<TraceSink> {
        self.trace.clone()
    }

    /// Sends the webhooks the in-process sandbox owes (a review that
    /// ended during this run), so that they do not wait for the next run.
    pub async fn settle_sandbox(&self) {
        if let Some(running) = self.sandbox.get() {
            running.flush().await;
        }
    }

    /// The in-process sandbox's URL, starting it on first use.
    async fn sandbox_url(&self) -> Result<url::Url> {
        let running = self
            .sandbox
            .get_or_try_init(|| async {
                sandbox::start(
                    &self.paths.sandbox_dir(),
                    0,
                    sandbox::Options::default(),
                    self.clock,
                )
                .await
            })
            .await?;
        url::Url::parse(&running.url()).map_err(|e| Error::internal(e.to_string()))
    }

    /// The card processor: the sandbox's under `--sandbox`, else Stripe (or
    /// a fake) with the key from STRIPE_SECRET_KEY or credentials.toml.
    pub async fn stripe(&self) -> Result<&Stripe> {
        self.stripe
            .get_or_try_init(|| async {
                let (base, key) = if self.settings.sandbox {
                    (
                        self.sandbox_url().await?,
                        Secret::new(sandbox::payments::SECRET_KEY),
                    )
                } else {
                    let (file_key, file_base) =
                        credentials::stripe(&self.paths.credentials_file())?;
                    let key = self.stripe_env.key.clone().or(file_key).ok_or_else(|| {
                        Error::auth("no card processor key: STRIPE_SECRET_KEY is not set")
                            .with_hint("set STRIPE_SECRET_KEY, or `secret_key` under [stripe] in credentials.toml (mode 0600); try `waba --sandbox topup` without one")
                    })?;
                    let base = self
                        .stripe_env
                        .base
                        .clone()
                        .or(file_base)
                        .unwrap_or_else(|| crate::payments::stripe::DEFAULT_BASE.into());
                    (crate::config::settings::parse_processor_url(&base)?, key)
                };
                Stripe::new(base, key, self.settings.net.clone(), self.trace())
            })
            .await
    }

    /// Where alerts go: the sandbox's outbox under `--sandbox`, else the
    /// network.
    pub fn notifier(&self) -> Result<crate::notify::Sink> {
        if self.settings.sandbox {
            return Ok(crate::notify::Sink::Sandbox(self.paths.sandbox_dir()));
        }
        let mail = match self
            .settings
            .profile_data
            .as_ref()
            .and_then(|p| p.smtp.as_ref())
        {
            None => None,
            Some(smtp) => {
                let password = match (&self.smtp_password_env, self.profile_name()) {
                    (Some(p), _) => Some(p.clone()),
                    (None, Some(profile)) => {
                        credentials::smtp_password(&self.paths.credentials_file(), profile)?
                    }
                    (None, None) => None,
                };
                Some(Box::new(crate::notify::email::Mailer::new(smtp, password)?))
            }
        };
        Ok(crate::notify::Sink::Live {
            http: self.settings.net.http_client()?,
            mail,
        })
    }

    /// `[billing]` from config.toml, checked.
    pub fn billing(&self) -> Result<crate::billing::rules::Rules> {
        crate::billing::rules::from_config(&self.config.billing, &self.paths.config_file())
    }

    /// The rate card: rates imported into the store, the sandbox's own
    /// under `--sandbox`, with the configured markup and conversions. Read
    /// once a run: `balance --all` prices hundreds of WABAs with it.
    pub async fn card(&self) -> Result<&crate::billing::rates::Card> {
        self.card
            .get_or_try_init(|| async {
                let rules = self.billing()?;
                let mut rates = crate::billing::rates::imported(self.store().await?).await?;
                if self.settings.sandbox {
                    rates.extend(crate::billing::rates::sandbox());
                }
                Ok(crate::billing::rates::Card {
                    rates,
                    conversions: rules.conversions,
                    markup_percent: rules.markup_percent,
                })
            })
            .await
    }

    /// Who makes a record: the actor, the profile, the command.
    pub fn who(&self) -> crate::billing::ledger::Who {
        crate::billing::ledger::Who {
            actor: self.actor.clone(),
            profile: self.profile_name().map(String::from),
            command: self.command.clone(),
        }
    }

    /// The state store, opened (and migrated) on first use. The sandbox has
    /// its own, so nothing it does touches a real ledger.
    pub async fn store(&self) -> Result<&Store> {
        self.store
            .get_or_try_init(|| async {
                if self.settings.sandbox {
                    let path = self.paths.sandbox_dir().join("state.db");
                    return Store::open_sqlite(&path, &self.clock).await;
                }
                match self.store_url()? {
                    Some(url) => Store::open_postgres(&url, &self.clock).await,
                    None => Store::open_sqlite(&self.paths.store_file(), &self.clock).await,
                }
            })
            .await
    }

    /// The shared store's URL, when there is one: `WABA_STORE_URL`, else
    /// `store_url` under the profile in credentials.toml (it may carry a
    /// password), else the profile's `store_url` in config.toml, which may
    /// not. None: the SQLite file.
    pub fn store_url(&self) -> Result<Option<Secret>> {
        if self.settings.sandbox {
            return Ok(None);
        }
        if let Some(u) = &self.store_url_env {
            return Ok(Some(u.clone()));
        }
        if let Some(p) = self.profile_name()
            && let Some(u) = credentials::store_url(&self.paths.credentials_file(), p)?
        {
            return Ok(Some(u));
        }
        let in_config = self
            .settings
            .profile_data
            .as_ref()
            .and_then(|p| p.store_url.as_deref());
        match in_config {
            None => Ok(None),
            Some(u) => {
                let parsed = url::Url::parse(u).ok();
                if parsed.as_ref().is_some_and(crate::store::has_password) {
                    return Err(Error::usage(
                        "store_url in config.toml carries a password",
                    )
                    .with_hint("move it to store_url under the profile in credentials.toml (mode 0600), or to WABA_STORE_URL; config.toml keeps only a URL without one"));
                }
                Ok(Some(Secret::new(u)))
            }
        }
    }
}

//! What a command may use: the run's session (settings, clock, adapters;
//! see `session`), and the printer and prompter, which only commands use.

use std::ops::Deref;
use std::sync::Arc;

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::prompt::Prompter;
use crate::session::Session;
pub use crate::session::{Flags, SANDBOX_TOKEN, StripeEnv, TokenOrigin};

pub struct Context {
    session: Session,
    pub printer: Printer,
    prompter: Arc<dyn Prompter>,
}

impl Deref for Context {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.session
    }
}

impl crate::session::Notes for Printer {
    fn warn(&self, line: &str) {
        Printer::warn(self, line);
    }
    fn step(&self, line: &str) {
        Printer::step(self, line);
    }
}

impl Context {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        raw: crate::config::settings::Raw,
        settings: Settings,
        config: crate::config::file::Config,
        paths: crate::config::Paths,
        clock: crate::clock::Clock,
        printer: Printer,
        flags: Flags,
        env_token: Option<crate::secret::Secret>,
        actor: String,
        command: String,
        stripe_env: StripeEnv,
        prompter: Arc<dyn Prompter>,
    ) -> Context {
        // `--verbose` lines go to stderr.
        let trace = flags
            .verbose
            .then(|| Arc::new(crate::output::write_stderr) as crate::graph::client::TraceSink);
        // A spinner says why the run waits, on a terminal only.
        let waiting = printer.draws_progress().then(|| {
            Arc::new(|reason: &str| {
                Box::new(crate::output::progress::Progress::spinner(reason))
                    as Box<dyn std::any::Any + Send>
            }) as crate::graph::client::WaitSink
        });
        let session = Session::new(
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
            Arc::new(printer.clone()),
            trace,
        )
        .with_waiting(waiting);
        Context {
            session,
            printer,
            prompter,
        }
    }

    pub fn with_smtp_password(mut self, password: Option<crate::secret::Secret>) -> Context {
        self.session.smtp_password_env = password;
        self
    }

    pub fn with_store_url(mut self, url: Option<crate::secret::Secret>) -> Context {
        self.session.store_url_env = url;
        self
    }

    /// The session alone, for services.
    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn can_prompt(&self) -> bool {
        !self.flags.no_input
    }

    /// Runs a prompt off the async thread, so that Ctrl-C still ends the
    /// run while a person is being asked.
    async fn prompt<T: Send + 'static>(
        &self,
        f: impl FnOnce(&dyn Prompter) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let p = self.prompter.clone();
        tokio::task::spawn_blocking(move || f(p.as_ref()))
            .await
            .map_err(|e| Error::internal(format!("prompt: {e}")))?
    }

    /// A visible answer. Callers check `can_prompt` first.
    pub async fn ask(&self, question: &str) -> Result<String> {
        let q = question.to_string();
        self.prompt(move |p| p.input(&q)).await
    }

    /// A hidden answer. Callers check `can_prompt` first.
    pub async fn ask_secret(&self, question: &str) -> Result<String> {
        let q = question.to_string();
        self.prompt(move |p| p.secret(&q)).await
    }

    /// One of `items`; its index. Callers check `can_prompt` first.
    pub async fn choose(&self, question: &str, items: &[String], default: usize) -> Result<usize> {
        let q = question.to_string();
        let items = items.to_vec();
        self.prompt(move |p| p.select(&q, &items, default)).await
    }

    /// One of many `items`, narrowed by typing; its index. Callers check
    /// `can_prompt` first.
    pub async fn choose_filtered(&self, question: &str, items: &[String]) -> Result<usize> {
        let q = question.to_string();
        let items = items.to_vec();
        self.prompt(move |p| p.filter(&q, &items)).await
    }

    /// Yes or no. Callers check `can_prompt` first.
    pub async fn ask_yes(&self, question: &str) -> Result<bool> {
        let q = question.to_string();
        self.prompt(move |p| p.confirm(&q)).await
    }

    /// Asks before a change; `--yes` answers for the user, and without a
    /// terminal the change needs `--yes`.
    pub async fn confirm(&self, question: &str) -> Result<()> {
        if self.flags.yes || self.flags.dry_run {
            return Ok(());
        }
        if !self.can_prompt() {
            return Err(Error::usage(format!("{question} needs confirmation"))
                .with_hint("pass --yes to confirm without a prompt"));
        }
        if self.ask_yes(question).await? {
            Ok(())
        } else {
            Err(Error::new(crate::error::Kind::Interrupted, "cancelled"))
        }
    }
}

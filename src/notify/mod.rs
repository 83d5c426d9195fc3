//! Alert delivery: email over SMTP and webhooks, or, under `--sandbox`,
//! the sandbox's outbox; and the queue that keeps what could not be
//! delivered yet for a later run.

pub mod deliver;
pub mod email;
mod message;
pub mod queue;
mod webhook;

use std::path::PathBuf;

use chrono::{DateTime, Utc};

pub use message::Message;

use crate::billing::policy::Target;
use crate::error::{Error, Kind, Result};

/// Where messages go.
pub enum Sink {
    /// The sandbox in this directory records them.
    Sandbox(PathBuf),
    /// The network; email through the profile's mail server, if it has one.
    Live {
        http: reqwest::Client,
        mail: Option<Box<email::Mailer>>,
    },
}

impl Sink {
    /// Delivers `m` to `target`, once. Errors never carry a webhook's URL.
    pub async fn send(&self, target: &Target, m: &Message, now: DateTime<Utc>) -> Result<()> {
        match self {
            Sink::Sandbox(dir) => crate::sandbox::deliver(
                dir,
                crate::sandbox::world::Delivery {
                    at: now,
                    kind: target.kind().to_string(),
                    to: target.secret_form(),
                    subject: m.subject.clone(),
                    text: m.text.clone(),
                    body: m.body.clone(),
                },
            ),
            Sink::Live { http, mail } => match (target, mail) {
                (Target::Webhook(url), _) => webhook::post(http, url, &m.body).await,
                (Target::Email(to), Some(mail)) => mail.send(to, m).await,
                (Target::Email(_), None) => Err(Error::new(
                    Kind::Unavailable,
                    "no mail server is configured for email alerts",
                )
                .with_hint(
                    "add [profiles.NAME.smtp] with host and from to config.toml (see the README)",
                )),
            },
        }
    }
}

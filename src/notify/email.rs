//! Email delivery over SMTP (lettre, rustls with ring): STARTTLS by
//! default, TLS from the first byte with `security = "tls"`, and plain
//! SMTP only to a loopback server (a local relay or a test sink).

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::message::Message;
use crate::config::file::Smtp;
use crate::error::{Error, Kind, Result};
use crate::secret::Secret;

/// One email, from connecting to the server's last answer.
const SEND_DEADLINE: Duration = Duration::from_secs(60);

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// A mailer for the profile's `[smtp]` settings, checked.
    pub fn new(smtp: &Smtp, password: Option<Secret>) -> Result<Mailer> {
        let bad = |what: String| {
            Error::usage(format!("[smtp] in config.toml: {what}"))
                .with_hint("set host, from, and optionally port, security (starttls, tls or none) and username")
        };
        let from: Mailbox = smtp
            .from
            .parse()
            .map_err(|_| bad(format!("from `{}` is not an email address", smtp.from)))?;
        let host = smtp.host.trim();
        if host.is_empty() {
            return Err(bad("host is empty".into()));
        }
        crate::tls::install_crypto_provider();
        let tls = || {
            TlsParameters::new_rustls(host.to_string())
                .map_err(|e| bad(format!("TLS for {host}: {e}")))
        };
        let security = smtp.security.as_deref().unwrap_or("starttls");
        let (tls, default_port) = match security {
            "starttls" => (Tls::Required(tls()?), 587),
            "tls" => (Tls::Wrapper(tls()?), 465),
            "none" if matches!(host, "127.0.0.1" | "localhost" | "::1") => (Tls::None, 25),
            "none" => {
                return Err(bad(format!(
                    "security = \"none\" sends the password in clear; it is allowed to a loopback host only, not {host}"
                )));
            }
            other => {
                return Err(bad(format!(
                    "security `{other}` is not starttls, tls or none"
                )));
            }
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(smtp.port.unwrap_or(default_port))
            .tls(tls)
            .timeout(Some(Duration::from_secs(20)));
        if let Some(user) = &smtp.username {
            let Some(password) = password else {
                return Err(Error::auth(format!(
                    "no password for the mail server's user {user}"
                ))
                .with_hint("set WABA_SMTP_PASSWORD, or smtp_password under the profile in credentials.toml (mode 0600)"));
            };
            // A server may echo the AUTH line in its refusal.
            crate::secret::remember_login(user, &password);
            builder = builder.credentials(Credentials::new(
                user.clone(),
                password.expose().to_string(),
            ));
        }
        Ok(Mailer {
            transport: builder.build(),
            from,
        })
    }

    pub async fn send(&self, to: &str, m: &Message) -> Result<()> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| Error::usage(format!("`{to}` is not an email address")))?;
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&m.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(m.text.clone())
            .map_err(|e| Error::internal(format!("cannot build the email: {e}")))?;
        // lettre's timeout is per command; a server that drips its answers
        // is cut off here, for the whole conversation.
        match tokio::time::timeout(SEND_DEADLINE, self.transport.send(email)).await {
            Ok(sent) => sent.map(|_| ()).map_err(|e| {
                Error::new(
                    Kind::Unavailable,
                    format!("the mail server refused or could not be reached: {e}"),
                )
            }),
            Err(_) => Err(Error::new(
                Kind::Unavailable,
                format!(
                    "the mail server did not finish within {} s",
                    SEND_DEADLINE.as_secs()
                ),
            )),
        }
    }
}

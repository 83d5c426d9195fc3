//! One error type for the whole tool. Its kind decides the exit code, and this
//! file holds the only map from kinds to codes (README "Exit codes").

use std::fmt;

use serde::Serialize;

/// The `error` object of a Graph response, read tolerantly: every field is
/// optional and unknown fields are ignored. It is read and explained in
/// `graph::error`; it lives here because an `Error` carries it.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct GraphError {
    pub http_status: u16,
    pub code: Option<i64>,
    pub subcode: Option<i64>,
    #[serde(rename = "type")]
    pub error_type: Option<String>,
    pub message: Option<String>,
    pub user_title: Option<String>,
    pub user_msg: Option<String>,
    pub details: Option<String>,
    pub fbtrace_id: Option<String>,
    pub is_transient: Option<bool>,
}

/// What went wrong, as far as a script calling `waba` needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A bug or an environment problem the tool did not foresee.
    Internal,
    /// Bad flags, bad input, a broken config file.
    Usage,
    /// No token, an expired token, a missing permission.
    Auth,
    /// Meta answered and said no.
    Rejected,
    /// Meta could not be reached, or kept failing, after retries.
    Unavailable,
    /// Meta kept throttling after retries, or a documented hard limit was hit.
    RateLimited,
    /// The card processor declined or failed.
    Payment,
    /// `balance --check`: below the low-balance threshold.
    BalanceLow,
    /// `balance --check`: at or below zero.
    BalanceExhausted,
    /// `numbers health --check`: a number is blocked, RED or disconnected.
    Unhealthy,
    /// Ctrl-C, or a prompt cancelled.
    Interrupted,
}

impl Kind {
    /// The only mapping from error kinds to process exit codes.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::Auth => 3,
            Kind::Rejected => 4,
            Kind::Unavailable => 5,
            Kind::RateLimited => 6,
            Kind::Payment => 7,
            Kind::BalanceLow => 8,
            Kind::BalanceExhausted => 9,
            Kind::Unhealthy => 10,
            Kind::Interrupted => 130,
        }
    }

    /// The `kind` field of a JSON error.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Internal => "internal",
            Kind::Usage => "usage",
            Kind::Auth => "auth",
            Kind::Rejected => "rejected",
            Kind::Unavailable => "unavailable",
            Kind::RateLimited => "rate_limited",
            Kind::Payment => "payment",
            Kind::BalanceLow => "balance_low",
            Kind::BalanceExhausted => "balance_exhausted",
            Kind::Unhealthy => "unhealthy",
            Kind::Interrupted => "interrupted",
        }
    }
}

/// An error with a kind, a one-line message, and what to do next.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// Present when Meta's Graph API produced the error.
    pub graph: Option<Box<GraphError>>,
    /// stdout was closed by the reader (`waba … | head`): exit 0 quietly.
    pub broken_pipe: bool,
    /// What lay under it, as cargo keeps it: the error line stays one
    /// line, and `-v` prints the chain.
    pub cause: Option<anyhow::Error>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            graph: None,
            broken_pipe: false,
            cause: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(Kind::Usage, message)
    }

    /// The same error for another of the things it failed (each WABA of a
    /// batch, each WABA of a profile that could not be read): kind,
    /// message, hint and Meta's error; the cause stays with the first.
    pub fn shared(&self) -> Self {
        Error {
            hint: self.hint.clone(),
            graph: self.graph.clone(),
            ..Error::new(self.kind, self.message.clone())
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(Kind::Internal, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Error::new(Kind::Auth, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Keeps the underlying error for `-v`.
    pub fn with_cause(mut self, cause: impl Into<anyhow::Error>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    /// The underlying errors, outermost first.
    pub fn causes(&self) -> Vec<String> {
        self.cause
            .iter()
            .flat_map(|c| c.chain().map(|e| e.to_string()))
            .collect()
    }

    pub fn broken_pipe(mut self) -> Self {
        self.broken_pipe = true;
        self
    }

    /// An I/O failure on a file the user may need to look at.
    pub fn io(what: &str, path: &std::path::Path, err: std::io::Error) -> Self {
        let message = format!("{what} {}: {err}", path.display());
        Error::internal(message.clone())
            .with_cause(anyhow::Error::new(err).context(format!("{what} {}", path.display())))
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        // PostgreSQL's insufficient_privilege: a team store's roles or its
        // row-level policies said no. The login's business, not a bug.
        if let Some(db) = err.as_database_error()
            && db.code().as_deref() == Some("42501")
        {
            let message = format!("the state store refused: {}", db.message());
            return Error::new(Kind::Auth, message)
            .with_hint("your database login's role does not cover this; `waba store access` shows its grants, and an admin can run `waba store grant`");
        }
        Error::internal(format!("state store: {err}"))
            .with_cause(anyhow::Error::new(err).context("a state store query"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_documented_table() {
        let table = [
            (Kind::Internal, 1),
            (Kind::Usage, 2),
            (Kind::Auth, 3),
            (Kind::Rejected, 4),
            (Kind::Unavailable, 5),
            (Kind::RateLimited, 6),
            (Kind::Payment, 7),
            (Kind::BalanceLow, 8),
            (Kind::BalanceExhausted, 9),
            (Kind::Unhealthy, 10),
            (Kind::Interrupted, 130),
        ];
        for (kind, code) in table {
            assert_eq!(kind.exit_code(), code, "{kind:?}");
        }
    }
}

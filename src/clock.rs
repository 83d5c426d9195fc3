//! "Now", injected: `WABA_NOW` (RFC 3339) fixes it for the sandbox and the
//! CLI alike, so tests and demos are reproducible.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    fixed: Option<DateTime<Utc>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock { fixed: Some(at) }
    }

    /// From the value of `WABA_NOW`, if set.
    pub fn from_env(value: Option<&str>) -> Result<Clock> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(Clock::system()),
            Some(v) => DateTime::parse_from_rfc3339(v)
                .map(|t| Clock::fixed(t.with_timezone(&Utc)))
                .map_err(|e| {
                    Error::usage(format!("WABA_NOW=`{v}` is not an RFC 3339 time: {e}"))
                        .with_hint("for example WABA_NOW=2026-11-21T09:00:00Z")
                }),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.fixed.unwrap_or_else(Utc::now)
    }
}

/// Timestamps in output: RFC 3339, UTC, whole seconds.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `#[serde(serialize_with = "…")]` for a timestamp as `rfc3339` writes it.
pub fn serialize_rfc3339<S: serde::Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rfc3339(*t))
}

/// The same for an optional timestamp (`null` when absent).
pub fn serialize_opt_rfc3339<S: serde::Serializer>(
    t: &Option<DateTime<Utc>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => serialize_rfc3339(t, s),
        None => s.serialize_none(),
    }
}

/// A day as a person writes it: YYYY-MM-DD, nothing else.
pub fn parse_day(what: &str, s: &str) -> crate::error::Result<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .filter(|_| t.len() == 10)
        .ok_or_else(|| {
            crate::error::Error::usage(format!("{what} `{t}` is not a date"))
                .with_hint("write days as YYYY-MM-DD, e.g. 2026-11-01")
        })
}

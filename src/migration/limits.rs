//! Meta allows 10 register and 10 deregister calls per number in any 72
//! hours; the 11th is refused (133016) and blocks the number for 72 hours.
//! The tool records each call before sending it, so that a call whose
//! answer was lost still counts, and refuses locally rather than burn the
//! last attempts blindly.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::Row;

use crate::clock::{rfc3339, serialize_opt_rfc3339};
use crate::error::{Error, Kind, Result};
use crate::graph::client::Sent;
use crate::session::Session;
use crate::store::Store;

pub use crate::graph::registration::{CALLS_PER_WINDOW, WINDOW_HOURS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Register,
    Deregister,
}

impl Call {
    pub fn as_str(self) -> &'static str {
        match self {
            Call::Register => "register",
            Call::Deregister => "deregister",
        }
    }
}

/// What is left of a number's budget for one kind of call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Budget {
    pub used: usize,
    pub left: usize,
    /// When the oldest counted call leaves the window (a slot frees up).
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub frees_at: Option<DateTime<Utc>>,
}

impl Budget {
    /// The budget given the times of earlier calls.
    pub fn from_calls(times: &[DateTime<Utc>], now: DateTime<Utc>) -> Budget {
        let since = now - Duration::hours(WINDOW_HOURS);
        let mut recent: Vec<DateTime<Utc>> = times.iter().copied().filter(|t| *t > since).collect();
        recent.sort();
        let used = recent.len();
        Budget {
            used,
            left: CALLS_PER_WINDOW.saturating_sub(used),
            frees_at: recent.first().map(|t| *t + Duration::hours(WINDOW_HOURS)),
        }
    }

    /// "7 of 10 left in 72 h".
    pub fn describe(&self) -> String {
        let mut s = format!(
            "{} of {CALLS_PER_WINDOW} left in {WINDOW_HOURS} h",
            self.left
        );
        if self.left == 0
            && let Some(t) = self.frees_at
        {
            s.push_str(&format!("; the next is possible after {}", rfc3339(t)));
        }
        s
    }
}

/// The tool's own count of calls for a number (all its digits).
pub async fn budget(store: &Store, number: &str, call: Call, now: DateTime<Utc>) -> Result<Budget> {
    let since = rfc3339(now - Duration::hours(WINDOW_HOURS));
    let rows = sqlx::query(
        "SELECT called_at FROM registration_calls WHERE number = $1 AND action = $2 AND called_at > $3",
    )
    .bind(number)
    .bind(call.as_str())
    .bind(since)
    .fetch_all(store.pool())
    .await?;
    let times: Vec<DateTime<Utc>> = rows
        .iter()
        .filter_map(|r| r.try_get::<String, _>("called_at").ok())
        .filter_map(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map(|t| t.with_timezone(&Utc))
        .collect();
    Ok(Budget::from_calls(&times, now))
}

/// Records a call about to be sent; returns its id for the outcome.
pub async fn record(
    store: &Store,
    number: &str,
    phone_number_id: &str,
    call: Call,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    let id = format!(
        "{}-{:016x}",
        now.timestamp_millis(),
        crate::billing::ledger::unique_bits()
    );
    sqlx::query(
        "INSERT INTO registration_calls (id, number, phone_number_id, action, called_at, outcome, actor)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(number)
    .bind(phone_number_id)
    .bind(call.as_str())
    .bind(rfc3339(now))
    .bind("sent")
    .bind(actor)
    .execute(store.writer())
    .await?;
    Ok(id)
}

/// Records how a call ended: `ok`, or the Graph code that refused it.
pub async fn outcome(store: &Store, id: &str, outcome: &str) -> Result<()> {
    sqlx::query("UPDATE registration_calls SET outcome = $1 WHERE id = $2")
        .bind(outcome)
        .bind(id)
        .execute(store.writer())
        .await?;
    Ok(())
}

/// A register or deregister call, counted against Meta's 10-per-72-hours
/// limit: refused locally when the tool's own count is spent, recorded
/// before it is sent (a lost answer still counts), and its outcome after.
pub async fn counted<F>(
    ctx: &Session,
    key: &str,
    phone_id: &str,
    call: Call,
    send: F,
) -> Result<Sent>
where
    F: Future<Output = Result<Sent>>,
{
    let store = ctx.store().await?;
    let now = ctx.clock.now();
    let budget = budget(store, key, call, now).await?;
    if budget.left == 0 {
        return Err(Error::new(
            Kind::RateLimited,
            format!(
                "{} has been called {} times for this number in the last {} h; Meta refuses the next one (133016) and blocks the number for 72 h",
                call.as_str(),
                budget.used,
                WINDOW_HOURS
            ),
        )
        .with_hint(budget.describe()));
    }
    if ctx.flags.dry_run {
        return send.await;
    }
    let id = record(store, key, phone_id, call, &ctx.actor, now).await?;
    let result = send.await;
    let said = match &result {
        Ok(_) => "ok".to_string(),
        Err(e) => match e.graph.as_ref().and_then(|g| g.code) {
            Some(code) => format!("error {code}"),
            None => "unknown".to_string(),
        },
    };
    outcome(store, &id, &said).await?;
    result.map_err(|mut e| {
        if e.graph.as_ref().and_then(|g| g.code) == Some(133016) {
            let until = crate::clock::rfc3339(now + chrono::Duration::hours(WINDOW_HOURS));
            e.hint = Some(format!(
                "{} is limited to 10 calls per number per 72 h and Meta has blocked this number; the next attempt is possible after {until}",
                call.as_str()
            ));
        }
        e
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn counts_only_the_last_72_hours() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        let old = now - Duration::hours(73);
        let recent: Vec<_> = (0..9).map(|i| now - Duration::hours(i * 5)).collect();
        let mut times = recent.clone();
        times.push(old);
        let b = Budget::from_calls(&times, now);
        assert_eq!((b.used, b.left), (9, 1));
        assert_eq!(
            b.frees_at,
            Some(now - Duration::hours(40) + Duration::hours(72))
        );
        times.push(now);
        let full = Budget::from_calls(&times, now);
        assert_eq!(full.left, 0);
        assert!(
            full.describe()
                .contains("the next is possible after 2026-11-22T20:00:00Z")
        );
        assert_eq!(
            Budget::from_calls(&[], now).describe(),
            "10 of 10 left in 72 h"
        );
    }
}

//! Notifications waiting to be delivered, in the state store. A message is
//! queued once per target when its rule fires, and stays until delivered:
//! a target that cannot be reached now is tried again on a later run.

use chrono::{DateTime, Duration, Utc};
use sqlx::Row;

use super::message::Message;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::billing::ledger::time;
use crate::billing::policy::Target;
use crate::clock::rfc3339;
use crate::error::{Error, Result};
use crate::store::Store;

/// A delivery in the hands of one run is left to it for this long; then
/// another run may take it over (the first one died).
pub const CLAIM_FOR: Duration = Duration::minutes(2);

#[derive(Debug, Clone)]
pub struct Pending {
    pub id: String,
    pub target: Target,
    pub message: Message,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// Queues `m` for `target`, through `exec`: the store's writer, or a
/// transaction that records what made the message due.
pub async fn enqueue<'e, E>(
    exec: E,
    waba: &str,
    target: &Target,
    m: &Message,
    now: DateTime<Utc>,
) -> Result<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let payload = serde_json::to_string(m).map_err(|e| Error::internal(e.to_string()))?;
    sqlx::query(
        "INSERT INTO notifications (id, waba_id, target, event, subject, payload, created_at, attempts, next_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $7)",
    )
    .bind(next_id(now))
    .bind(waba)
    .bind(target.secret_form())
    .bind(&m.event)
    .bind(&m.subject)
    .bind(payload)
    .bind(rfc3339(now))
    .execute(exec)
    .await?;
    Ok(())
}

/// Ids sort in the order one process queued them, even within one
/// millisecond: the time, a counter, then randomness against other
/// processes.
fn next_id(now: DateTime<Utc>) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!(
        "nt_{:x}{:04x}{:08x}",
        now.timestamp_millis(),
        n & 0xffff,
        crate::billing::ledger::unique_bits() as u32
    )
}

/// The WABAs with notifications not yet delivered.
pub async fn wabas_waiting(store: &Store) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT DISTINCT waba_id FROM notifications WHERE delivered_at IS NULL ORDER BY waba_id",
    )
    .fetch_all(store.pool())
    .await?;
    rows.iter().map(|r| Ok(r.try_get("waba_id")?)).collect()
}

/// A WABA's notifications not yet delivered, oldest first.
pub async fn pending(store: &Store, waba: &str) -> Result<Vec<Pending>> {
    let rows = sqlx::query(
        "SELECT id, target, payload, attempts, last_error FROM notifications
         WHERE waba_id = $1 AND delivered_at IS NULL ORDER BY created_at, id",
    )
    .bind(waba)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let payload: String = r.try_get("payload")?;
            Ok(Pending {
                id: r.try_get("id")?,
                target: Target::parse(&r.try_get::<String, _>("target")?)?,
                message: serde_json::from_str(&payload)
                    .map_err(|e| Error::internal(format!("a queued notification: {e}")))?,
                attempts: r.try_get("attempts")?,
                last_error: r.try_get::<Option<String>, _>("last_error")?,
            })
        })
        .collect()
}

/// Takes a notification for delivery: true for the one run that may send
/// it now.
pub async fn claim(store: &Store, id: &str, now: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE notifications SET claimed_at = $2
         WHERE id = $1 AND delivered_at IS NULL AND (claimed_at IS NULL OR claimed_at < $3)",
    )
    .bind(id)
    .bind(rfc3339(now))
    .bind(rfc3339(now - CLAIM_FOR))
    .execute(store.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delivered(store: &Store, id: &str, attempts: i64, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "UPDATE notifications SET delivered_at = $2, attempts = $3, claimed_at = NULL, last_error = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(rfc3339(now))
    .bind(attempts)
    .execute(store.writer())
    .await?;
    Ok(())
}

/// Gives a notification back for a later run, with why it failed.
pub async fn failed(
    store: &Store,
    id: &str,
    attempts: i64,
    error: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "UPDATE notifications SET attempts = $2, last_error = $3, next_at = $4, claimed_at = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(attempts)
    // A server's refusal may echo a credential; the store keeps none.
    .bind(crate::secret::scrub(error))
    .bind(rfc3339(now))
    .execute(store.writer())
    .await?;
    Ok(())
}

/// When the last notification of a WABA was delivered, if ever.
pub async fn last_delivered(store: &Store, waba: &str) -> Result<Option<DateTime<Utc>>> {
    let row = sqlx::query("SELECT MAX(delivered_at) AS at FROM notifications WHERE waba_id = $1")
        .bind(waba)
        .fetch_one(store.pool())
        .await?;
    row.try_get::<Option<String>, _>("at")?
        .map(|t| time(&t))
        .transpose()
}

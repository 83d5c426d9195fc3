//! Each number's last seen health, in the state store. A change moves a
//! row from one fingerprint to the next with a conditional UPDATE, in the
//! same transaction as the notifications it queues: of every run that sees
//! one change, exactly one notifies, and a run cut off mid-way queues
//! nothing without also leaving the old state for the next run.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::Snapshot;
use crate::billing::policy::Target;
use crate::clock::rfc3339;
use crate::error::{Error, Result};
use crate::notify::{Message, queue};
use crate::store::{Store, dialect};

/// What the store remembers of a WABA's numbers: phone id → snapshot.
pub async fn known(store: &Store, waba: &str) -> Result<HashMap<String, Snapshot>> {
    let rows = sqlx::query("SELECT phone_id, snapshot FROM number_states WHERE waba_id = $1")
        .bind(waba)
        .fetch_all(store.pool())
        .await?;
    rows.iter()
        .map(|r| {
            let snapshot: String = r.try_get("snapshot")?;
            Ok((
                r.try_get("phone_id")?,
                serde_json::from_str(&snapshot)
                    .map_err(|e| Error::internal(format!("a stored number state: {e}")))?,
            ))
        })
        .collect()
}

/// A number seen for the first time: its state becomes the baseline.
pub struct First<'a> {
    pub phone_id: &'a str,
    pub display: Option<&'a str>,
    pub snapshot: &'a Snapshot,
}

/// Records first sightings, all in one statement; a number another run
/// recorded meanwhile keeps that run's row.
pub async fn remember(
    store: &Store,
    waba: &str,
    first: &[First<'_>],
    now: DateTime<Utc>,
) -> Result<()> {
    if first.is_empty() {
        return Ok(());
    }
    // Built from a row count only: placeholders, never values.
    let sql = format!(
        "INSERT INTO number_states (phone_id, waba_id, display, snapshot, fingerprint, seen_at) VALUES {} ON CONFLICT (phone_id) DO NOTHING",
        dialect::values_sql(store.backend(), first.len(), 6)
    );
    let at = rfc3339(now);
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for f in first {
        q = q
            .bind(f.phone_id)
            .bind(waba)
            .bind(f.display)
            .bind(encode(f.snapshot)?)
            .bind(f.snapshot.fingerprint())
            .bind(at.clone());
    }
    q.execute(store.writer()).await?;
    Ok(())
}

/// Moves a number from `old` to `new` and queues `messages` with it, in
/// one transaction. False when another run moved it first: that run owns
/// the change and its notifications.
pub async fn advance(
    store: &Store,
    waba: &str,
    phone_id: &str,
    old: &Snapshot,
    new: &Snapshot,
    messages: &[(Target, Message)],
    now: DateTime<Utc>,
) -> Result<bool> {
    let mut tx = store.writer().begin().await?;
    let moved = sqlx::query(
        "UPDATE number_states SET waba_id = $1, snapshot = $2, fingerprint = $3, seen_at = $4
         WHERE phone_id = $5 AND fingerprint = $6",
    )
    .bind(waba)
    .bind(encode(new)?)
    .bind(new.fingerprint())
    .bind(rfc3339(now))
    .bind(phone_id)
    .bind(old.fingerprint())
    .execute(&mut *tx)
    .await?;
    if moved.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    for (target, m) in messages {
        queue::enqueue(&mut *tx, waba, target, m, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}

fn encode(s: &Snapshot) -> Result<String> {
    serde_json::to_string(s).map_err(|e| Error::internal(e.to_string()))
}

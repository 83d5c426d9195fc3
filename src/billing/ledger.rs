//! The ledger: money movements the tool makes or records (top-ups,
//! auto-recharges, adjustments), appended and never edited. Each row says
//! who made it, under which profile, with which command.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::Row;

use crate::clock::rfc3339;
use crate::error::{Error, Result};
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Topup,
    Recharge,
    Adjustment,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Topup => "topup",
            Kind::Recharge => "recharge",
            Kind::Adjustment => "adjustment",
        }
    }

    fn parse(s: &str) -> Kind {
        match s {
            "topup" => Kind::Topup,
            "recharge" => Kind::Recharge,
            _ => Kind::Adjustment,
        }
    }
}

/// Who makes a record: the actor, the profile, the command.
#[derive(Debug, Clone)]
pub struct Who {
    pub actor: String,
    pub profile: Option<String>,
    pub command: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub waba_id: String,
    pub kind: Kind,
    /// Signed: a credit is positive, a debit negative.
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub currency: String,
    pub reference: Option<String>,
    pub reason: Option<String>,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub at: DateTime<Utc>,
    pub actor: String,
    pub profile: Option<String>,
    pub command: String,
    /// The database login that wrote the row, as the server recorded it
    /// (a team store's; none in a SQLite file).
    pub db_user: Option<String>,
}

/// A new id: time-ordered, unique across processes.
pub fn new_id(prefix: &str, now: DateTime<Utc>) -> String {
    format!(
        "{prefix}_{:x}{:012x}",
        now.timestamp_millis(),
        unique_bits() >> 16
    )
}

/// Bits no other call, in this process or another, gets: hashed with keys
/// the OS's randomness seeds once per process (std's `RandomState`), over
/// the process id and a counter. A fixed clock (`WABA_NOW`) leaves the
/// time part of every id equal, and fastrand's seed (the time and the
/// thread) can be too when processes start together: twenty concurrent
/// top-ups once drew the same id.
pub fn unique_bits() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

/// Appends a movement. A second credit with the same reference (one
/// top-up) is not recorded again: the answer is then `false`.
#[allow(clippy::too_many_arguments)]
pub async fn append(
    store: &Store,
    waba: &str,
    kind: Kind,
    amount: Decimal,
    currency: &str,
    reference: Option<&str>,
    reason: Option<&str>,
    who: &Who,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO ledger (id, waba_id, kind, amount, currency, reference, reason, at, actor, profile, command)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING",
    )
    .bind(new_id("le", now))
    .bind(waba)
    .bind(kind.as_str())
    .bind(super::money::plain(amount))
    .bind(currency)
    .bind(reference)
    .bind(reason)
    .bind(rfc3339(now))
    .bind(&who.actor)
    .bind(who.profile.as_deref())
    .bind(&who.command)
    .execute(store.writer())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Every movement of a WABA, oldest first.
pub async fn entries(store: &Store, waba: &str) -> Result<Vec<Entry>> {
    let rows = sqlx::query(
        "SELECT id, waba_id, kind, amount, currency, reference, reason, at, actor, profile, command, db_user
         FROM ledger WHERE waba_id = $1 ORDER BY at, id",
    )
    .bind(waba)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let text = |k: &str| r.try_get::<String, _>(k);
            let opt = |k: &str| r.try_get::<Option<String>, _>(k).ok().flatten();
            Ok(Entry {
                id: text("id")?,
                waba_id: text("waba_id")?,
                kind: Kind::parse(&text("kind")?),
                amount: decimal(&text("amount")?)?,
                currency: text("currency")?,
                reference: opt("reference"),
                reason: opt("reason"),
                at: time(&text("at")?)?,
                actor: text("actor")?,
                profile: opt("profile"),
                command: text("command")?,
                db_user: opt("db_user"),
            })
        })
        .collect()
}

/// A stored decimal; anything else means the store was edited by hand.
pub fn decimal(s: &str) -> Result<Decimal> {
    // Strict: a shared store's rows may come from another client; `5_5`,
    // `+5`, `1e3` are not amounts waba writes.
    super::money::parse_stored(s).ok_or_else(|| {
        Error::internal(format!(
            "the state store holds `{s}` where an amount belongs"
        ))
    })
}

/// A stored RFC 3339 time.
pub fn time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::internal(format!("the state store holds `{s}` where a time belongs")))
}

/// The sum of a WABA's movements and when its ledger opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub credits: Decimal,
    pub debits: Decimal,
    pub opened_at: Option<DateTime<Utc>>,
}

impl Totals {
    pub fn of(entries: &[Entry]) -> Totals {
        let mut t = Totals {
            credits: Decimal::ZERO,
            debits: Decimal::ZERO,
            opened_at: entries.iter().map(|e| e.at).min(),
        };
        for e in entries {
            if e.amount.is_sign_negative() {
                t.debits -= e.amount;
            } else {
                t.credits += e.amount;
            }
        }
        t
    }

    pub fn net(&self) -> Decimal {
        self.credits - self.debits
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_made_at_one_instant_are_all_different() {
        // A fixed clock makes the time part equal: the rest must differ.
        let now = chrono::DateTime::from_timestamp(1_795_262_400, 0).unwrap();
        let ids: std::collections::HashSet<String> =
            (0..10_000).map(|_| super::new_id("tu", now)).collect();
        assert_eq!(ids.len(), 10_000);
    }
}

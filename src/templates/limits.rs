//! Meta's template limits the tool keeps count of itself (graph-api.md
//! §3.2): 100 creations per WABA per hour, and for an approved template 1
//! edit per 24 hours and 10 per 30 days. Each change is recorded before it
//! is sent, so a change whose answer was lost still counts, and its outcome
//! after. Only the tool's own changes are counted: edits made elsewhere are
//! invisible to it, and Meta remains the judge.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::Row;

use crate::clock::{rfc3339, serialize_opt_rfc3339};
use crate::error::Result;
use crate::store::Store;

pub const CREATIONS_PER_HOUR: usize = 100;
pub const EDITS_PER_DAY: usize = 1;
pub const EDITS_PER_30_DAYS: usize = 10;
/// A deleted approved template's name cannot be used again for 30 days.
pub const NAME_LOCK_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Create,
    Edit,
    Delete,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Create => "create",
            Change::Edit => "edit",
            Change::Delete => "delete",
        }
    }
}

/// What is left of the creations allowed this hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Creations {
    pub used: usize,
    pub left: usize,
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub frees_at: Option<DateTime<Utc>>,
}

impl Creations {
    pub fn from_times(times: &[DateTime<Utc>], now: DateTime<Utc>) -> Creations {
        let since = now - Duration::hours(1);
        let mut recent: Vec<_> = times.iter().copied().filter(|t| *t > since).collect();
        recent.sort();
        Creations {
            used: recent.len(),
            left: CREATIONS_PER_HOUR.saturating_sub(recent.len()),
            frees_at: recent.first().map(|t| *t + Duration::hours(1)),
        }
    }
}

/// Whether an approved template may be edited now, and if not, when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Edits {
    pub last_day: usize,
    pub last_30_days: usize,
    /// When the next edit is possible, if it is not now.
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub next_at: Option<DateTime<Utc>>,
}

impl Edits {
    pub fn from_times(times: &[DateTime<Utc>], now: DateTime<Utc>) -> Edits {
        let day = now - Duration::days(1);
        let month = now - Duration::days(30);
        let mut recent: Vec<_> = times.iter().copied().filter(|t| *t > month).collect();
        recent.sort();
        let last_day: Vec<_> = recent.iter().copied().filter(|t| *t > day).collect();
        let mut next_at = None;
        if last_day.len() >= EDITS_PER_DAY {
            next_at = last_day.first().map(|t| *t + Duration::days(1));
        }
        if recent.len() >= EDITS_PER_30_DAYS {
            let frees = recent[recent.len() - EDITS_PER_30_DAYS] + Duration::days(30);
            next_at = Some(next_at.map_or(frees, |n: DateTime<Utc>| n.max(frees)));
        }
        Edits {
            last_day: last_day.len(),
            last_30_days: recent.len(),
            next_at,
        }
    }

    pub fn allowed(&self) -> bool {
        self.next_at.is_none()
    }

    /// Why an edit is refused, for a plan or an error.
    pub fn refusal(&self) -> Option<String> {
        let at = self.next_at?;
        let which = if self.last_30_days >= EDITS_PER_30_DAYS {
            format!("{EDITS_PER_30_DAYS} edits in 30 days")
        } else {
            format!("{EDITS_PER_DAY} edit per 24 h")
        };
        Some(format!(
            "an approved template allows {which}; the next edit is possible after {}",
            rfc3339(at)
        ))
    }
}

async fn times(store: &Store, sql: &'static str, binds: &[&str]) -> Result<Vec<DateTime<Utc>>> {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(b.to_string());
    }
    let rows = q.fetch_all(store.pool()).await?;
    Ok(rows
        .iter()
        .filter_map(|r| r.try_get::<String, _>("at").ok())
        .filter_map(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map(|t| t.with_timezone(&Utc))
        .collect())
}

/// Creations in the last hour for a WABA. A creation Meta refused with an
/// error did not create anything and is not counted; one whose answer was
/// lost is.
pub async fn creations(store: &Store, waba: &str, now: DateTime<Utc>) -> Result<Creations> {
    let since = rfc3339(now - Duration::hours(1));
    let t = times(
        store,
        "SELECT at FROM template_changes WHERE waba_id = $1 AND action = 'create' AND at > $2 AND outcome NOT LIKE 'error%'",
        &[waba, &since],
    )
    .await?;
    Ok(Creations::from_times(&t, now))
}

/// Edits of one template in the last 30 days.
pub async fn edits(store: &Store, template_id: &str, now: DateTime<Utc>) -> Result<Edits> {
    let since = rfc3339(now - Duration::days(30));
    let t = times(
        store,
        "SELECT at FROM template_changes WHERE template_id = $1 AND action = 'edit' AND at > $2 AND outcome NOT LIKE 'error%'",
        &[template_id, &since],
    )
    .await?;
    Ok(Edits::from_times(&t, now))
}

/// One change about to be sent.
pub struct Record<'a> {
    pub waba: &'a str,
    pub template_id: Option<&'a str>,
    pub name: &'a str,
    pub language: &'a str,
    pub change: Change,
    pub actor: &'a str,
}

/// Records a change before it is sent; returns its id for the outcome.
pub async fn record(store: &Store, r: &Record<'_>, now: DateTime<Utc>) -> Result<String> {
    let id = format!(
        "{}-{:016x}",
        now.timestamp_millis(),
        crate::billing::ledger::unique_bits()
    );
    sqlx::query(
        "INSERT INTO template_changes (id, waba_id, template_id, name, language, action, at, outcome, actor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(r.waba)
    .bind(r.template_id.unwrap_or(""))
    .bind(r.name)
    .bind(r.language)
    .bind(r.change.as_str())
    .bind(rfc3339(now))
    .bind("sent")
    .bind(r.actor)
    .execute(store.writer())
    .await?;
    Ok(id)
}

/// Records how a change ended: `ok`, `error CODE`, or `unknown` (no answer).
pub async fn outcome(
    store: &Store,
    id: &str,
    outcome: &str,
    template_id: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "UPDATE template_changes SET outcome = $1, template_id = COALESCE(NULLIF($2, ''), template_id) WHERE id = $3",
    )
    .bind(outcome)
    .bind(template_id.unwrap_or(""))
    .bind(id)
    .execute(store.writer())
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
    }

    #[test]
    fn creations_count_the_last_hour() {
        let mut times: Vec<_> = (0..99).map(|i| now() - Duration::seconds(i * 30)).collect();
        times.push(now() - Duration::minutes(61));
        let c = Creations::from_times(&times, now());
        assert_eq!((c.used, c.left), (99, 1));
        times.push(now());
        let c = Creations::from_times(&times, now());
        assert_eq!(c.left, 0);
        assert_eq!(
            c.frees_at,
            Some(now() - Duration::seconds(98 * 30) + Duration::hours(1))
        );
    }

    #[test]
    fn one_edit_per_day_and_ten_per_thirty_days() {
        assert!(Edits::from_times(&[], now()).allowed());
        let yesterday = now() - Duration::hours(23);
        let e = Edits::from_times(&[yesterday], now());
        assert_eq!(e.next_at, Some(yesterday + Duration::days(1)));
        assert!(e.refusal().unwrap().contains("1 edit per 24 h"));
        let ten: Vec<_> = (1..=10).map(|d| now() - Duration::days(d * 2)).collect();
        let e = Edits::from_times(&ten, now());
        assert!(!e.allowed());
        assert_eq!(
            e.next_at,
            Some(now() - Duration::days(20) + Duration::days(30))
        );
        assert!(e.refusal().unwrap().contains("10 edits in 30 days"));
        let nine = &ten[..9];
        assert!(Edits::from_times(nine, now()).allowed());
    }
}

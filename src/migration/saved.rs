//! Migration progress in the state store: one row per (WABA, number),
//! written after every step so that a re-run continues where one stopped.

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::state::{Progress, Step};
use crate::clock::rfc3339;
use crate::error::{Error, Result};
use crate::graph::registration::CodeMethod;
use crate::store::Store;

const COLUMNS: &str = "waba_id, number, cc, national, phone_number_id, source_waba, step, code_method, language, code_requests, verify_attempts, register_attempts, started_at, updated_at, code_requested_at, verified_at, registered_at, completed_at, last_error";

pub async fn load(store: &Store, waba_id: &str, number: &str) -> Result<Option<Progress>> {
    let sql = format!("SELECT {COLUMNS} FROM number_migrations WHERE waba_id = $1 AND number = $2");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(waba_id)
        .bind(number)
        .fetch_optional(store.pool())
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Inserts or replaces the row for this migration.
pub async fn save(store: &Store, p: &Progress) -> Result<()> {
    let sql = format!(
        "INSERT INTO number_migrations ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
         ON CONFLICT (waba_id, number) DO UPDATE SET
           phone_number_id = excluded.phone_number_id, source_waba = excluded.source_waba,
           step = excluded.step, code_method = excluded.code_method, language = excluded.language,
           code_requests = excluded.code_requests, verify_attempts = excluded.verify_attempts,
           register_attempts = excluded.register_attempts, updated_at = excluded.updated_at,
           code_requested_at = excluded.code_requested_at, verified_at = excluded.verified_at,
           registered_at = excluded.registered_at, completed_at = excluded.completed_at,
           last_error = excluded.last_error"
    );
    let opt = |t: Option<DateTime<Utc>>| t.map(rfc3339);
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(&p.waba_id)
        .bind(&p.number)
        .bind(&p.cc)
        .bind(&p.national)
        .bind(p.phone_number_id.clone())
        .bind(p.source_waba.clone())
        .bind(p.step.as_str())
        .bind(p.code_method.as_meta())
        .bind(&p.language)
        .bind(p.code_requests)
        .bind(p.verify_attempts)
        .bind(p.register_attempts)
        .bind(rfc3339(p.started_at))
        .bind(rfc3339(p.updated_at))
        .bind(opt(p.code_requested_at))
        .bind(opt(p.verified_at))
        .bind(opt(p.registered_at))
        .bind(opt(p.completed_at))
        // Meta's words may echo what was sent; the store keeps no secret.
        .bind(p.last_error.as_deref().map(crate::secret::scrub))
        .execute(store.writer())
        .await?;
    Ok(())
}

/// Forgets a migration. Returns whether there was one.
pub async fn forget(store: &Store, waba_id: &str, number: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM number_migrations WHERE waba_id = $1 AND number = $2")
        .bind(waba_id)
        .bind(number)
        .execute(store.writer())
        .await?;
    Ok(done.rows_affected() > 0)
}

fn corrupt(what: &str) -> Error {
    Error::internal(format!(
        "the state store holds an unreadable migration ({what})"
    ))
    .with_hint("forget it with `waba migrate-number NUMBER --abort` and start again")
}

fn time(row: &AnyRow, col: &str) -> Result<Option<DateTime<Utc>>> {
    let v: Option<String> = row.try_get(col)?;
    v.map(|s| {
        DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| corrupt(col))
    })
    .transpose()
}

fn from_row(row: &AnyRow) -> Result<Progress> {
    let step: String = row.try_get("step")?;
    let method: String = row.try_get("code_method")?;
    Ok(Progress {
        waba_id: row.try_get("waba_id")?,
        number: row.try_get("number")?,
        cc: row.try_get("cc")?,
        national: row.try_get("national")?,
        phone_number_id: row.try_get("phone_number_id")?,
        source_waba: row.try_get("source_waba")?,
        step: Step::parse(&step).ok_or_else(|| corrupt("step"))?,
        code_method: CodeMethod::parse_meta(&method).ok_or_else(|| corrupt("code_method"))?,
        language: row.try_get("language")?,
        code_requests: row.try_get("code_requests")?,
        verify_attempts: row.try_get("verify_attempts")?,
        register_attempts: row.try_get("register_attempts")?,
        started_at: time(row, "started_at")?.ok_or_else(|| corrupt("started_at"))?,
        updated_at: time(row, "updated_at")?.ok_or_else(|| corrupt("updated_at"))?,
        code_requested_at: time(row, "code_requested_at")?,
        verified_at: time(row, "verified_at")?,
        registered_at: time(row, "registered_at")?,
        completed_at: time(row, "completed_at")?,
        last_error: row.try_get("last_error")?,
    })
}

//! The templates of a WABA as the last listing showed them, kept in the
//! store for `metrics` (counts by status and category).

use chrono::{DateTime, Utc};

use super::definition::Summary;
use crate::clock::rfc3339;
use crate::error::Result;
use crate::store::{Store, dialect};

/// Rows per upsert: 7 parameters each.
const ROWS: usize = 100;

/// Records what a listing showed. A whole listing replaces what was kept
/// of the WABA; a filtered one updates the templates it showed.
pub async fn remember(
    store: &Store,
    waba: &str,
    seen: &[Summary],
    whole: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let at = rfc3339(now);
    // A listing may show one template twice (pages that overlap): one
    // statement may not write a row twice, so the last copy is kept.
    let mut unique: Vec<&Summary> = Vec::with_capacity(seen.len());
    let mut at_index = std::collections::HashMap::new();
    for s in seen {
        match at_index.get(&s.id) {
            Some(&i) => unique[i] = s,
            None => {
                at_index.insert(&s.id, unique.len());
                unique.push(s);
            }
        }
    }
    let mut tx = store.writer().begin().await?;
    if whole {
        sqlx::query("DELETE FROM template_states WHERE waba_id = $1")
            .bind(waba)
            .execute(&mut *tx)
            .await?;
    }
    for chunk in unique.chunks(ROWS) {
        // Built from a row count only: placeholders, never values.
        let sql = format!(
            "INSERT INTO template_states (template_id, waba_id, name, language, status, category, seen_at)
             VALUES {} ON CONFLICT (template_id) DO UPDATE SET waba_id = excluded.waba_id,
               name = excluded.name, language = excluded.language, status = excluded.status,
               category = excluded.category, seen_at = excluded.seen_at",
            dialect::values_sql(store.backend(), chunk.len(), 7)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for s in chunk {
            q = q
                .bind(&s.id)
                .bind(waba)
                .bind(&s.name)
                .bind(&s.language)
                .bind(&s.status)
                .bind(&s.category)
                .bind(&at);
        }
        q.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

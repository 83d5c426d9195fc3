//! Where SQLite and PostgreSQL really differ, and nowhere else: the tables
//! a database lists, the lock that lets one process migrate at a time, how
//! a query returns many rows as one JSON text, and bind placeholders in
//! statements built from a row count.

use sqlx::AnyConnection;

use crate::error::Result;
use serde::Serialize;

/// Which database the store is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The store's tables, one `name` column.
pub fn tables_sql(b: Backend) -> &'static str {
    match b {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
        }
    }
}

/// The columns of table `$1`, in order: `name` and its declared `kind`.
pub fn columns_sql(b: Backend) -> &'static str {
    match b {
        Backend::Sqlite => "SELECT name, type AS kind FROM pragma_table_info($1) ORDER BY cid",
        Backend::Postgres => {
            "SELECT column_name::text AS name, data_type::text AS kind FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position"
        }
    }
}

/// An arbitrary key for the advisory lock held while migrating.
const MIGRATION_LOCK: i64 = 0x7761_6261_5f6d_6967; // "waba_mig"

/// Takes the lock that serialises migrations across processes and
/// machines. SQLite needs none: its migrations are transactions on one
/// file, serialised by SQLite itself.
pub async fn lock_migrations(b: Backend, conn: &mut AnyConnection) -> Result<()> {
    if b == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn unlock_migrations(b: Backend, conn: &mut AnyConnection) -> Result<()> {
    if b == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A column to sort by, and whether it holds text.
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    Number(&'a str),
    Text(&'a str),
}

/// A query returning one TEXT column: a JSON array with one array per row
/// of `table` that `filter` selects, holding `columns`, sorted `by`. Text
/// sorts bytewise on both (PostgreSQL's default collation would not).
pub fn json_rows_sql(b: Backend, table: &str, columns: &[&str], filter: &str, by: &[By]) -> String {
    let cols = columns.join(", ");
    let order: Vec<String> = by
        .iter()
        .map(|c| match (b, c) {
            (_, By::Number(n)) => n.to_string(),
            (Backend::Sqlite, By::Text(t)) => t.to_string(),
            (Backend::Postgres, By::Text(t)) => format!("{t} COLLATE \"C\""),
        })
        .collect();
    let order = order.join(", ");
    match b {
        Backend::Sqlite => format!(
            "SELECT json_group_array(json_array({cols})) FROM
               (SELECT * FROM {table} WHERE {filter} ORDER BY {order})"
        ),
        Backend::Postgres => format!(
            "SELECT COALESCE(json_agg(json_build_array({cols}) ORDER BY {order})::text, '[]')
             FROM {table} WHERE {filter}"
        ),
    }
}

/// The `i`th (from 1) bind placeholder of a statement built at run time.
/// SQLite binds `?` in order, where a numbered `$N` costs a scan of every
/// parameter name per parameter; PostgreSQL takes only `$N`.
pub fn placeholder(b: Backend, i: usize) -> String {
    match b {
        Backend::Sqlite => "?".to_string(),
        Backend::Postgres => format!("${i}"),
    }
}

/// `(?, ?), (?, ?)`: the VALUES of a `rows`-row insert of `cols` columns,
/// numbered across the statement.
pub fn values_sql(b: Backend, rows: usize, cols: usize) -> String {
    (0..rows)
        .map(|r| {
            let params: Vec<String> = (1..=cols).map(|i| placeholder(b, r * cols + i)).collect();
            format!("({})", params.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

//! `store export` / `store import`: every row of every table, as one JSON
//! document, to move a team from the SQLite file to PostgreSQL. An import
//! goes into an empty store of the same schema: every cell is checked
//! before anything is written, then the rows go in one transaction that
//! commits only when its row counts and ledger totals match the file.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::Row;

use super::dialect::{self, By};
use super::{Backend, Store};
use crate::error::{Error, Result};

/// What an export file says it is.
pub const FORMAT: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub struct Export {
    pub waba_store_export: u32,
    pub schema_version: i64,
    pub exported_at: String,
    pub tables: BTreeMap<String, Table>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// A column and whether it holds integers (else text).
#[derive(Debug, Clone, PartialEq)]
struct Column {
    name: String,
    integer: bool,
}

async fn columns(store: &Store, table: &str) -> Result<Vec<Column>> {
    let rows = sqlx::query(dialect::columns_sql(store.backend()))
        .bind(table)
        .fetch_all(store.pool())
        .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            Ok(Column {
                name: r.try_get("name")?,
                integer: kind.to_ascii_lowercase().contains("int"),
            })
        })
        .collect()
}

/// The tables an export carries: not a team store's grants, which name
/// the logins of one database server (set them up again with `store
/// grant` where the store moves).
async fn table_names(store: &Store) -> Result<Vec<String>> {
    let names: Vec<String> = sqlx::query(dialect::tables_sql(store.backend()))
        .fetch_all(store.pool())
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>("name"))
        .collect::<std::result::Result<_, _>>()?;
    Ok(names.into_iter().filter(|n| n != "store_access").collect())
}

/// Every row of every table.
pub async fn export(store: &Store, exported_at: &str) -> Result<Export> {
    let status = store.status().await?;
    let mut tables = BTreeMap::new();
    for name in table_names(store).await? {
        let cols = columns(store, &name).await?;
        let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
        let by: Vec<By> = cols
            .iter()
            .map(|c| {
                if c.integer {
                    By::Number(&c.name)
                } else {
                    By::Text(&c.name)
                }
            })
            .collect();
        // Names come from the database's own catalogue, not from input.
        let sql = dialect::json_rows_sql(store.backend(), &name, &names, "1 = 1", &by);
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_one(store.pool())
            .await?;
        let rows: Vec<Vec<Value>> = serde_json::from_str(&row.try_get::<String, _>(0)?)
            .map_err(|e| Error::internal(format!("the rows of {name}: {e}")))?;
        tables.insert(
            name.clone(),
            Table {
                columns: names.iter().map(|s| s.to_string()).collect(),
                rows,
            },
        );
    }
    Ok(Export {
        waba_store_export: FORMAT,
        schema_version: status.schema_version,
        exported_at: exported_at.to_string(),
        tables,
    })
}

/// Reads an export file's text, checking its shape.
pub fn parse(text: &str) -> Result<Export> {
    let e: Export = serde_json::from_str(text).map_err(|e| {
        Error::usage(format!("not a waba store export: {e}"))
            .with_hint("give a file written by `waba store export FILE`")
    })?;
    if e.waba_store_export != FORMAT {
        return Err(Error::usage(format!(
            "the export is in format {}, this waba reads format {FORMAT}",
            e.waba_store_export
        ))
        .with_hint("import it with the waba version that exported it"));
    }
    for (name, t) in &e.tables {
        if let Some(bad) = t.rows.iter().position(|r| r.len() != t.columns.len()) {
            return Err(Error::usage(format!(
                "the export's table {name} has a row ({}) whose cells do not match its columns",
                bad + 1
            ))
            .with_hint("the file was changed after export; export again"));
        }
        for (i, row) in t.rows.iter().enumerate() {
            for (column, cell) in t.columns.iter().zip(row) {
                check_cell(name, column, cell).map_err(|why| {
                    Error::usage(format!(
                        "the export's {name}.{column} in row {} holds {}: {why}",
                        i + 1,
                        shown(cell)
                    ))
                    .with_hint("the file was changed after export; export again")
                })?;
            }
        }
    }
    Ok(e)
}

/// Columns that hold money (or a rate) as decimal text.
const MONEY: [(&str, &str); 9] = [
    ("ledger", "amount"),
    ("topups", "amount"),
    ("topups", "fee"),
    ("topups", "total"),
    ("autorecharge", "below"),
    ("autorecharge", "amount"),
    ("alerts", "below"),
    ("spend", "cost"),
    ("rates", "rate"),
];

/// A cell as it may be quoted in an error: short (the printer escapes
/// what it must).
fn shown(v: &Value) -> String {
    let text = v.to_string();
    let cut: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        format!("{cut}…")
    } else {
        cut
    }
}

/// What a cell must be, beyond its column's type (checked when bound):
/// money through the strict parser, times as RFC 3339, alert targets as
/// targets `alerts enable` would take.
fn check_cell(table: &str, column: &str, v: &Value) -> std::result::Result<(), String> {
    let Some(text) = v.as_str() else {
        return Ok(());
    };
    if MONEY.contains(&(table, column)) && crate::billing::money::parse_stored(text).is_none() {
        return Err("not a plain decimal amount".into());
    }
    if (column == "at" || column.ends_with("_at"))
        && chrono::DateTime::parse_from_rfc3339(text).is_err()
    {
        return Err("not an RFC 3339 time".into());
    }
    if (table, column) == ("alerts", "targets") {
        let list: Vec<String> =
            serde_json::from_str(text).map_err(|_| "not a list of targets".to_string())?;
        for t in &list {
            crate::billing::policy::Target::parse(t).map_err(|e| e.message)?;
        }
    }
    Ok(())
}

/// What an import checked and wrote.
#[derive(Debug, Serialize)]
pub struct Imported {
    /// Rows per table, in the file and in the store afterwards.
    pub tables: Vec<(String, usize, i64)>,
    /// Ledger sums per WABA and currency, in the file and in the store.
    pub ledger: Vec<(String, String, Decimal, Decimal)>,
}

/// The tables an import writes: all but the migrations' own record.
fn data_tables(e: &Export) -> impl Iterator<Item = (&String, &Table)> {
    e.tables.iter().filter(|(n, _)| *n != "schema_migrations")
}

/// Checks that `e` fits `store` and that the store holds no data yet.
pub async fn check(store: &Store, e: &Export) -> Result<()> {
    let status = store.status().await?;
    if e.schema_version != status.schema_version {
        return Err(Error::usage(format!(
            "the export is of schema version {}, this store is at {}",
            e.schema_version, status.schema_version
        ))
        .with_hint("export and import with the same waba version"));
    }
    for (name, t) in data_tables(e) {
        let cols: Vec<String> = columns(store, name)
            .await?
            .into_iter()
            .map(|c| c.name)
            .collect();
        if cols != t.columns {
            return Err(Error::usage(format!(
                "the export's table {name} does not match this store's"
            ))
            .with_hint("export and import with the same waba version"));
        }
    }
    let busy: Vec<String> = status
        .tables
        .iter()
        .filter(|(n, rows)| {
            !matches!(n.as_str(), "schema_migrations" | "store_access") && *rows > 0
        })
        .map(|(n, rows)| format!("{n} ({rows})"))
        .collect();
    if !busy.is_empty() {
        return Err(
            Error::usage(format!("the store already holds rows: {}", busy.join(", ")))
                .with_hint("import into an empty store, so that no row is doubled"),
        );
    }
    Ok(())
}

/// Writes every row of `e` in one transaction, and commits only once its
/// counts and ledger totals match the file.
pub async fn import(store: &Store, e: &Export) -> Result<Imported> {
    check(store, e).await?;
    let mut tx = store.writer().begin().await?;
    for (name, t) in data_tables(e) {
        let cols = columns(store, name).await?;
        let per_statement = (900 / cols.len().max(1)).max(1);
        for chunk in t.rows.chunks(per_statement) {
            let mut n = 0;
            let values: Vec<String> = chunk
                .iter()
                .map(|_| {
                    let ps: Vec<String> = cols
                        .iter()
                        .map(|_| {
                            n += 1;
                            dialect::placeholder(store.backend(), n)
                        })
                        .collect();
                    format!("({})", ps.join(", "))
                })
                .collect();
            let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
            // Names from the database's catalogue; values are bound.
            let sql = format!(
                "INSERT INTO {name} ({}) VALUES {}",
                names.join(", "),
                values.join(", ")
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for row in chunk {
                for (c, v) in cols.iter().zip(row) {
                    q = bind(q, c, v, name)?;
                }
            }
            q.execute(&mut *tx).await?;
        }
    }
    // Counted and summed inside the transaction: a mismatch rolls every
    // row back, and the store stays empty and usable.
    let mut stored = BTreeMap::new();
    for (name, _) in data_tables(e) {
        let n: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n FROM {name}"
        )))
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
        stored.insert(name.clone(), n);
    }
    let mut sums: BTreeMap<(String, String), Decimal> = BTreeMap::new();
    if e.tables.contains_key("ledger") {
        for r in sqlx::query("SELECT waba_id, currency, amount FROM ledger")
            .fetch_all(&mut *tx)
            .await?
        {
            let amount = crate::billing::ledger::decimal(&r.try_get::<String, _>("amount")?)?;
            *sums
                .entry((r.try_get("waba_id")?, r.try_get("currency")?))
                .or_default() += amount;
        }
    }
    let imported = compare(e, &stored, &sums)?;
    tx.commit().await?;
    Ok(imported)
}

fn bind<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    c: &Column,
    v: &Value,
    table: &str,
) -> Result<sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>> {
    let wrong = || {
        Error::usage(format!(
            "the export's {table}.{} holds {v}, not what the column takes",
            c.name
        ))
        .with_hint("the file was changed after export; export again")
    };
    Ok(match (c.integer, v) {
        (true, Value::Null) => q.bind(None::<i64>),
        (true, Value::Number(n)) => q.bind(n.as_i64().ok_or_else(wrong)?),
        (false, Value::Null) => q.bind(None::<String>),
        (false, Value::String(s)) => q.bind(s.clone()),
        _ => return Err(wrong()),
    })
}

/// Ledger sums per (WABA, currency) of an export's rows.
fn ledger_sums(e: &Export) -> Result<BTreeMap<(String, String), Decimal>> {
    let mut sums = BTreeMap::new();
    let Some(t) = e.tables.get("ledger") else {
        return Ok(sums);
    };
    let at = |c: &str| t.columns.iter().position(|x| x == c);
    let (Some(w), Some(a), Some(cur)) = (at("waba_id"), at("amount"), at("currency")) else {
        return Ok(sums);
    };
    for r in &t.rows {
        let text = |i: usize| r[i].as_str().unwrap_or_default().to_string();
        let amount = crate::billing::ledger::decimal(&text(a))?;
        *sums.entry((text(w), text(cur))).or_default() += amount;
    }
    Ok(sums)
}

/// The file against what the transaction holds: rows per table, ledger
/// sums per WABA and currency.
fn compare(
    e: &Export,
    stored: &BTreeMap<String, i64>,
    have: &BTreeMap<(String, String), Decimal>,
) -> Result<Imported> {
    let mut tables = Vec::new();
    let mut mismatch = Vec::new();
    for (name, t) in data_tables(e) {
        let n = stored.get(name).copied().unwrap_or(0);
        if n != t.rows.len() as i64 {
            mismatch.push(format!("{name}: {} in the file, {n} stored", t.rows.len()));
        }
        tables.push((name.clone(), t.rows.len(), n));
    }
    let mut ledger = Vec::new();
    for ((waba, cur), sum) in &ledger_sums(e)? {
        let got = have
            .get(&(waba.clone(), cur.clone()))
            .copied()
            .unwrap_or_default();
        if got != *sum {
            mismatch.push(format!(
                "ledger of WABA {waba}: {sum} {cur} in the file, {got} stored"
            ));
        }
        ledger.push((waba.clone(), cur.clone(), *sum, got));
    }
    if !mismatch.is_empty() {
        return Err(Error::internal(format!(
            "the import does not match the file, and nothing was written: {}",
            mismatch.join("; ")
        )));
    }
    Ok(Imported { tables, ledger })
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

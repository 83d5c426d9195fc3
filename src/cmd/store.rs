//! `store status`, `store export FILE`, `store import FILE`.

use serde_json::json;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Report};
use crate::store::transfer;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Backend, location, schema version and row counts
    #[command(
        after_help = "Examples:\n  waba store status\n  waba --sandbox store status --output json"
    )]
    Status,
    /// Write every row of the store to FILE (JSON, mode 0600)
    #[command(
        after_help = "Examples:\n  waba store export team.json                          # from the SQLite file\n  WABA_STORE_URL=postgres://… waba store import team.json\n\nThe file holds the whole ledger, the rules and their alert targets (a\nwebhook URL is a credential): keep it like credentials.toml."
    )]
    Export {
        /// Where to write; an existing file is replaced
        file: std::path::PathBuf,
    },
    /// Load an export into this store, which must be empty
    #[command(
        after_help = "Examples:\n  WABA_STORE_URL=postgres://waba:…@db:5432/waba waba store import team.json --yes\n\nEvery row is written in one transaction, then the row counts and each\nWABA's ledger total are compared with the file. A store that already holds\nrows is refused, so nothing is doubled; the schema versions must match."
    )]
    Import {
        /// A file written by `waba store export`
        file: std::path::PathBuf,
    },
}

pub async fn run(ctx: &Context, command: &StoreCommand) -> Result<Report> {
    match command {
        StoreCommand::Status => status(ctx).await,
        StoreCommand::Export { file } => export(ctx, file).await,
        StoreCommand::Import { file } => import(ctx, file).await,
    }
}

async fn status(ctx: &Context) -> Result<Report> {
    let st = ctx.store().await?.status().await?;
    let mut fields = vec![
        (
            "Backend".to_string(),
            Cell::plain(format!("{:?}", st.backend).to_lowercase()),
        ),
        ("Location".to_string(), Cell::plain(&st.location)),
        (
            "Schema version".to_string(),
            Cell::plain(format!(
                "{} (latest {})",
                st.schema_version, st.latest_version
            )),
        ),
    ];
    for (table, rows) in &st.tables {
        fields.push((format!("Rows in {table}"), Cell::plain(rows.to_string())));
    }
    let json = json!({
        "backend": st.backend,
        "location": st.location,
        "schema_version": st.schema_version,
        "latest_version": st.latest_version,
        "tables": st.tables.iter().map(|(t, n)| json!({"name": t, "rows": n})).collect::<Vec<_>>(),
    });
    Ok(Report::new(Body::Fields(fields), json))
}

async fn export(ctx: &Context, file: &std::path::Path) -> Result<Report> {
    let store = ctx.store().await?;
    let e = transfer::export(store, &crate::clock::rfc3339(ctx.clock.now())).await?;
    let rows: usize = e.tables.values().map(|t| t.rows.len()).sum();
    let text = serde_json::to_string_pretty(&e).map_err(|e| Error::internal(e.to_string()))?;
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would write {rows} rows of {} tables to {}",
            e.tables.len(),
            file.display()
        )));
    }
    // It holds alert targets, which may be webhook URLs: credentials.
    crate::config::atomic::write(file, &text, true)?;
    Ok(Report::new(
        Body::Text(format!(
            "Exported {rows} rows of {} tables (schema {}) from {} to {}",
            e.tables.len(),
            e.schema_version,
            store.backend().name(),
            file.display()
        )),
        json!({"file": file, "rows": rows, "schema_version": e.schema_version,
               "tables": e.tables.iter().map(|(n, t)| json!({"name": n, "rows": t.rows.len()})).collect::<Vec<_>>()}),
    ))
}

async fn import(ctx: &Context, file: &std::path::Path) -> Result<Report> {
    // The file first: a bad one changes nothing, not even the store.
    // An export of a large team store is big, but not endless.
    let text = crate::config::atomic::read_capped(file, 1 << 30).map_err(|e| e.into_error(file))?;
    let e = transfer::parse(&text)?;
    let store = ctx.store().await?;
    transfer::check(store, &e).await?;
    let rows: usize = e.tables.values().map(|t| t.rows.len()).sum();
    let whither = store.status().await?.location;
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would import {rows} rows into {whither}"
        )));
    }
    ctx.confirm(&format!("Import {rows} rows into {whither}?"))
        .await?;
    let done = transfer::import(store, &e).await?;
    let mut fields: Vec<(String, Cell)> = done
        .tables
        .iter()
        .filter(|(_, n, _)| *n > 0)
        .map(|(t, n, _)| (format!("Rows in {t}"), Cell::plain(n.to_string())))
        .collect();
    for (waba, cur, sum, _) in &done.ledger {
        fields.push((
            format!("Ledger of WABA {waba}"),
            Cell::plain(crate::billing::money::show(*sum, cur)),
        ));
    }
    Ok(Report::new(
        Body::Fields(fields),
        json!({
            "into": whither,
            "tables": done.tables.iter().map(|(t, n, have)| json!({"name": t, "rows": n, "stored": have})).collect::<Vec<_>>(),
            "ledger": done.ledger.iter().map(|(w, c, s, have)| json!({
                "waba_id": w, "currency": c,
                "total": crate::billing::money::plain(*s), "stored": crate::billing::money::plain(*have),
            })).collect::<Vec<_>>(),
        }),
    )
    .with_heading(format!("Imported {rows} rows into {whither}; counts and ledger totals match the file")))
}

//! `store status`, `store export FILE`, `store import FILE`, and a team
//! store's roles: `store roles init`, `store grant`, `store revoke`,
//! `store access`.

use serde_json::json;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Cell, Column, Report};
use crate::store::access::{self, Role};
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
    /// A team store's roles in PostgreSQL (see `store grant`)
    #[command(subcommand)]
    Roles(RolesCommand),
    /// Let a database login see, or also charge, some WABAs (or all)
    #[command(
        after_help = "Examples:\n  waba store grant ana --role viewer 102290129340398 --yes\n  waba store grant ops-billing --role billing 102290129340398 103377226655443 --yes\n  waba store grant lead --role admin --yes\n\nThe login must exist (CREATE ROLE ana LOGIN PASSWORD '…'). Without WABA ids the\ngrant covers every WABA. viewer reads balances, spend, statements and\nrules but no alert targets; billing also tops up, adjusts, sets cards,\nauto-recharge and alerts; admin does everything, for every WABA, and\ngrants. The database enforces it: a login can run any client."
    )]
    Grant {
        /// The database login (a PostgreSQL role with LOGIN)
        login: String,
        /// What it may do
        #[arg(long, value_enum)]
        role: Role,
        /// The WABAs it covers; none means every WABA
        #[arg(value_name = "WABA_ID")]
        wabas: Vec<String>,
    },
    /// Take back a login's grants: on some WABAs, or all and its roles
    #[command(
        after_help = "Examples:\n  waba store revoke ana 102290129340398 --yes\n  waba store revoke ana --yes                   # every WABA, and its roles"
    )]
    Revoke {
        /// The database login
        login: String,
        /// The WABAs to take back; none means everything
        #[arg(value_name = "WABA_ID")]
        wabas: Vec<String>,
    },
    /// Who may do what on which WABA (an admin sees every login)
    #[command(after_help = "Examples:\n  waba store access\n  waba store access -o json")]
    Access,
}

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// Create the viewer, billing and admin roles, their privileges and the
    /// row-level policies; run by the database owner, again at will
    #[command(
        after_help = "Examples:\n  WABA_STORE_URL=postgres://owner:…@db:5432/waba waba store roles init --yes"
    )]
    Init,
}

pub async fn run(ctx: &Context, command: &StoreCommand) -> Result<Report> {
    match command {
        StoreCommand::Status => status(ctx).await,
        StoreCommand::Export { file } => export(ctx, file).await,
        StoreCommand::Import { file } => import(ctx, file).await,
        StoreCommand::Roles(RolesCommand::Init) => roles_init(ctx).await,
        StoreCommand::Grant { login, role, wabas } => grant(ctx, login, *role, wabas).await,
        StoreCommand::Revoke { login, wabas } => revoke(ctx, login, wabas).await,
        StoreCommand::Access => list_access(ctx).await,
    }
}

async fn roles_init(ctx: &Context) -> Result<Report> {
    let store = ctx.store().await?;
    access::init_needs_postgres(store)?;
    if ctx.flags.dry_run {
        return Ok(Report::message(
            "dry run: would create the roles waba_viewer, waba_billing and waba_admin, their privileges and the row-level policies",
        ));
    }
    ctx.confirm("Create or update the store's roles, privileges and row-level policies?")
        .await?;
    let n = access::init(store).await?;
    Ok(Report::new(
        Body::Text(format!(
            "Roles ready: waba_viewer, waba_billing, waba_admin ({n} statements). Grant logins with `waba store grant LOGIN --role viewer|billing|admin [WABA_ID …]`."
        )),
        json!({"roles": ["waba_viewer", "waba_billing", "waba_admin"], "statements": n}),
    ))
}

async fn grant(ctx: &Context, login: &str, role: Role, wabas: &[String]) -> Result<Report> {
    let store = ctx.store().await?;
    access::init_needs_postgres(store)?;
    let scope = if wabas.is_empty() || role == Role::Admin {
        "every WABA".to_string()
    } else {
        format!("WABA {}", wabas.join(", "))
    };
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would grant {login} the {} role on {scope}",
            role.as_str()
        )));
    }
    ctx.confirm(&format!(
        "Grant {login} the {} role on {scope}?",
        role.as_str()
    ))
    .await?;
    access::grant(
        store,
        login,
        role,
        wabas,
        &crate::clock::rfc3339(ctx.clock.now()),
    )
    .await?;
    Ok(Report::new(
        Body::Text(format!("{login} is {} on {scope}", role.as_str())),
        json!({"login": login, "role": role, "wabas": if wabas.is_empty() || role == Role::Admin { vec!["*".to_string()] } else { wabas.to_vec() }}),
    ))
}

async fn revoke(ctx: &Context, login: &str, wabas: &[String]) -> Result<Report> {
    let store = ctx.store().await?;
    access::init_needs_postgres(store)?;
    let scope = if wabas.is_empty() {
        "every grant and role".to_string()
    } else {
        format!("WABA {}", wabas.join(", "))
    };
    if ctx.flags.dry_run {
        return Ok(Report::message(format!(
            "dry run: would take back {scope} from {login}"
        )));
    }
    ctx.confirm(&format!("Take back {scope} from {login}?"))
        .await?;
    let n = access::revoke(store, login, wabas).await?;
    Ok(Report::new(
        Body::Text(format!("Took back {scope} from {login} ({n} grant(s))")),
        json!({"login": login, "removed": n}),
    ))
}

async fn list_access(ctx: &Context) -> Result<Report> {
    let store = ctx.store().await?;
    let grants = access::list(store).await?;
    let rows = grants
        .iter()
        .map(|g| {
            vec![
                Cell::plain(&g.login),
                Cell::plain(&g.role),
                Cell::plain(if g.waba_id == "*" {
                    "every WABA"
                } else {
                    &g.waba_id
                }),
                Cell::plain(&g.granted_at),
                Cell::plain(&g.granted_by),
            ]
        })
        .collect();
    let columns = ["LOGIN", "ROLE", "WABA", "GRANTED", "BY"]
        .iter()
        .map(|c| Column::new(c))
        .collect();
    Ok(Report::new(
        Body::Table { columns, rows },
        serde_json::to_value(&grants).map_err(|e| Error::internal(e.to_string()))?,
    ))
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

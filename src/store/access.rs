//! Who may see, charge and credit which WABA in a shared PostgreSQL store,
//! enforced by the database: three group roles with least privilege on the
//! tables, row-level security that hides and protects other WABAs' rows,
//! and `store_access` naming each login's WABAs. waba checks the same
//! rules first (`may`), so that a refused command stops before a card is
//! charged or Meta is called; the database refuses whatever gets past.
//!
//! The SQLite file is one person's (mode 0600): it has no roles.

use serde::Serialize;
use sqlx::Row;

use super::{Backend, Store};
use crate::error::{Error, Kind, Result};

/// What a login may do with a WABA, each level including the ones before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Balances, spend, statements, top-up history, numbers and rules
    /// (not alert targets); writes only what a read records: synced
    /// spend, the WABA's currency and status, numbers' health.
    Viewer,
    /// Also top-ups, adjustments, cards, auto-recharge and alert rules,
    /// template and registration records.
    Billing,
    /// Everything, for every WABA, and grants.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Billing => "billing",
            Role::Admin => "admin",
        }
    }

    fn group(self) -> String {
        format!("waba_{}", self.as_str())
    }
}

/// Tables readable by every role, and which role may write them.
const TABLES: [(&str, Option<Role>); 19] = [
    ("schema_migrations", None),
    ("ledger", Some(Role::Billing)),
    ("topups", Some(Role::Billing)),
    ("topup_events", Some(Role::Billing)),
    ("payment_cards", Some(Role::Billing)),
    ("wabas", Some(Role::Viewer)),
    ("spend", Some(Role::Viewer)),
    ("spend_sync", Some(Role::Viewer)),
    ("rates", Some(Role::Admin)),
    ("autorecharge", Some(Role::Billing)),
    ("alerts", Some(Role::Billing)),
    ("crossings", Some(Role::Billing)),
    ("notifications", Some(Role::Billing)),
    ("number_states", Some(Role::Viewer)),
    ("number_migrations", Some(Role::Billing)),
    ("registration_calls", Some(Role::Billing)),
    ("template_changes", Some(Role::Billing)),
    ("webhook_events", Some(Role::Viewer)),
    ("template_states", Some(Role::Viewer)),
];

/// The columns of `alerts` a viewer may read: not `targets`, which holds
/// webhook URLs (credentials) and addresses.
const ALERT_COLUMNS: &str = "waba_id, below, enabled, set_at, actor, db_user";

/// The statements of `store roles init`, in order. Each can run again.
fn init_sql(schema: &str) -> Vec<String> {
    let mut out = Vec::new();
    for role in [Role::Viewer, Role::Billing, Role::Admin] {
        out.push(format!(
            "DO $d$ BEGIN CREATE ROLE {} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $d$",
            role.group()
        ));
    }
    out.push("GRANT waba_viewer TO waba_billing".into());
    out.push("GRANT waba_billing TO waba_admin".into());
    out.push(
        "CREATE TABLE IF NOT EXISTS store_access (
            login TEXT NOT NULL,
            waba_id TEXT NOT NULL,
            role TEXT NOT NULL,
            granted_at TEXT NOT NULL,
            db_user TEXT NOT NULL DEFAULT session_user,
            PRIMARY KEY (login, waba_id)
        )"
        .into(),
    );
    // Whether the session's login may act on `waba` at `need`: admins
    // always; others by a row for that WABA or for every one (`*`). It
    // reads store_access as its owner, whatever the caller may read.
    out.push(format!(
        "CREATE OR REPLACE FUNCTION waba_can(waba TEXT, need TEXT) RETURNS boolean
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $f$
             SELECT pg_has_role(session_user, 'waba_admin', 'MEMBER')
                 OR EXISTS (
                     SELECT 1 FROM store_access a
                     WHERE a.login = session_user::text
                       AND (a.waba_id = waba OR a.waba_id = '*')
                       AND (need = 'viewer'
                            OR (need = 'billing' AND a.role IN ('billing', 'admin'))
                            OR (need = 'admin' AND a.role = 'admin'))
                 )
         $f$"
    ));
    out.push("REVOKE ALL ON FUNCTION waba_can(TEXT, TEXT) FROM PUBLIC".into());
    out.push(
        "GRANT EXECUTE ON FUNCTION waba_can(TEXT, TEXT) TO waba_viewer, waba_billing, waba_admin"
            .into(),
    );
    out.push(format!("GRANT USAGE ON SCHEMA {schema} TO waba_viewer"));
    for (table, writer) in TABLES {
        out.push(format!(
            "REVOKE ALL ON {table} FROM PUBLIC, waba_viewer, waba_billing, waba_admin"
        ));
        if table == "alerts" {
            out.push(format!(
                "GRANT SELECT ({ALERT_COLUMNS}) ON alerts TO waba_viewer"
            ));
            out.push("GRANT SELECT ON alerts TO waba_billing".into());
        } else if table == "notifications" {
            // A message's target and text are the alert's: billing's.
            out.push("GRANT SELECT ON notifications TO waba_billing".into());
        } else {
            out.push(format!("GRANT SELECT ON {table} TO waba_viewer"));
        }
        let Some(writer) = writer else { continue };
        // The ledger and a top-up's steps are appended, never changed.
        let rights = match table {
            "ledger" | "topup_events" => "INSERT",
            "topups" => "INSERT",
            _ => "INSERT, UPDATE, DELETE",
        };
        out.push(format!("GRANT {rights} ON {table} TO {}", writer.group()));
    }
    out.push("GRANT SELECT ON store_access TO waba_viewer".into());
    out.push("GRANT INSERT, UPDATE, DELETE ON store_access TO waba_admin".into());
    // Row-level security: rows of a WABA the login may not see are not
    // there for it; rows it may not change cannot be written.
    for (table, writer) in TABLES {
        let Some(writer) = writer else { continue };
        if matches!(writer, Role::Admin) || table == "registration_calls" {
            continue;
        }
        let waba = if table == "topup_events" {
            "(SELECT t.waba_id FROM topups t WHERE t.id = topup_id)"
        } else {
            "waba_id"
        };
        let w = writer.as_str();
        out.push(format!("ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"));
        for (name, clause) in [
            (
                "waba_read",
                format!("FOR SELECT USING (waba_can({waba}, 'viewer'))"),
            ),
            (
                "waba_insert",
                format!("FOR INSERT WITH CHECK (waba_can({waba}, '{w}'))"),
            ),
            (
                "waba_update",
                format!(
                    "FOR UPDATE USING (waba_can({waba}, '{w}')) WITH CHECK (waba_can({waba}, '{w}'))"
                ),
            ),
            (
                "waba_delete",
                format!("FOR DELETE USING (waba_can({waba}, '{w}'))"),
            ),
        ] {
            out.push(format!("DROP POLICY IF EXISTS {name} ON {table}"));
            out.push(format!("CREATE POLICY {name} ON {table} {clause}"));
        }
    }
    out.push("ALTER TABLE store_access ENABLE ROW LEVEL SECURITY".into());
    out.push("DROP POLICY IF EXISTS own_rows ON store_access".into());
    out.push(
        "CREATE POLICY own_rows ON store_access FOR SELECT
         USING (login = session_user::text OR pg_has_role(session_user, 'waba_admin', 'MEMBER'))"
            .into(),
    );
    out.push("DROP POLICY IF EXISTS admin_rows ON store_access".into());
    out.push(
        "CREATE POLICY admin_rows ON store_access FOR ALL
         USING (pg_has_role(session_user, 'waba_admin', 'MEMBER'))
         WITH CHECK (pg_has_role(session_user, 'waba_admin', 'MEMBER'))"
            .into(),
    );
    out
}

/// The roles commands refuse a SQLite store before they ask anything.
pub fn init_needs_postgres(store: &Store) -> Result<()> {
    postgres_only(store, "roles")
}

fn postgres_only(store: &Store, what: &str) -> Result<()> {
    match store.backend() {
        Backend::Postgres => Ok(()),
        Backend::Sqlite => Err(Error::usage(format!(
            "{what} needs a shared PostgreSQL store: this store is a SQLite file, its owner's alone (mode 0600)"
        ))
        .with_hint("point WABA_STORE_URL (or store_url) at a PostgreSQL database; see the README's \"Team store\"")),
    }
}

/// `store roles init`: the group roles, their privileges, the policies.
/// Run by the database owner; running it again changes nothing.
pub async fn init(store: &Store) -> Result<usize> {
    postgres_only(store, "`store roles init`")?;
    let schema: String = sqlx::query("SELECT current_schema()::text AS s")
        .fetch_one(store.writer())
        .await?
        .try_get("s")?;
    let statements = init_sql(&quote_ident(&schema));
    let mut tx = store.writer().begin().await?;
    for s in &statements {
        // Built from this file's constants and a quoted schema name.
        sqlx::query(sqlx::AssertSqlSafe(s.as_str())).execute(&mut *tx).await.map_err(|e| {
            Error::new(
                Kind::Auth,
                format!("cannot set up the roles: {}", database_message(&e)),
            )
            .with_hint("run `waba store roles init` as the database's owner (the login that created the store's tables)")
        })?;
    }
    tx.commit().await?;
    Ok(statements.len())
}

/// One row of `store access`.
#[derive(Debug, Serialize)]
pub struct Grant {
    pub login: String,
    pub waba_id: String,
    pub role: String,
    pub granted_at: String,
    pub granted_by: String,
}

/// `store grant LOGIN --role R [WABA_ID …]`: the group role, and one row
/// per WABA (`*` for every WABA). Granting again replaces the role.
pub async fn grant(
    store: &Store,
    login: &str,
    role: Role,
    wabas: &[String],
    at: &str,
) -> Result<()> {
    postgres_only(store, "`store grant`")?;
    check_login(login)?;
    let everything = ["*".to_string()];
    let wabas = if wabas.is_empty() || role == Role::Admin {
        &everything[..]
    } else {
        wabas
    };
    let mut tx = store.writer().begin().await?;
    let option = if role == Role::Admin {
        " WITH ADMIN OPTION"
    } else {
        ""
    };
    for r in [Role::Viewer, Role::Billing, Role::Admin] {
        if r <= role {
            // The login is checked and quoted.
            let sql = format!("GRANT {} TO {}{option}", r.group(), quote_ident(login));
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await
                .map_err(|e| refused("grant", &e))?;
        }
    }
    for w in wabas {
        sqlx::query(
            "INSERT INTO store_access (login, waba_id, role, granted_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (login, waba_id) DO UPDATE SET role = EXCLUDED.role, granted_at = EXCLUDED.granted_at, db_user = session_user",
        )
        .bind(login)
        .bind(w)
        .bind(role.as_str())
        .bind(at)
        .execute(&mut *tx)
        .await
        .map_err(|e| refused("grant", &e))?;
    }
    tx.commit().await?;
    Ok(())
}

/// `store revoke LOGIN [WABA_ID …]`: those WABAs, or every grant and
/// the group roles.
pub async fn revoke(store: &Store, login: &str, wabas: &[String]) -> Result<u64> {
    postgres_only(store, "`store revoke`")?;
    check_login(login)?;
    let mut tx = store.writer().begin().await?;
    let removed = if wabas.is_empty() {
        let n = sqlx::query("DELETE FROM store_access WHERE login = $1")
            .bind(login)
            .execute(&mut *tx)
            .await
            .map_err(|e| refused("revoke", &e))?
            .rows_affected();
        for r in [Role::Admin, Role::Billing, Role::Viewer] {
            let sql = format!("REVOKE {} FROM {}", r.group(), quote_ident(login));
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await
                .map_err(|e| refused("revoke", &e))?;
        }
        n
    } else {
        let mut n = 0;
        for w in wabas {
            n += sqlx::query("DELETE FROM store_access WHERE login = $1 AND waba_id = $2")
                .bind(login)
                .bind(w)
                .execute(&mut *tx)
                .await
                .map_err(|e| refused("revoke", &e))?
                .rows_affected();
        }
        n
    };
    tx.commit().await?;
    Ok(removed)
}

/// `store access`: who may do what; a login that is not an admin sees
/// its own rows.
pub async fn list(store: &Store) -> Result<Vec<Grant>> {
    postgres_only(store, "`store access`")?;
    let rows = sqlx::query(
        "SELECT login, waba_id, role, granted_at, db_user FROM store_access ORDER BY login, waba_id",
    )
    .fetch_all(store.pool())
    .await
    .map_err(|e| match e.as_database_error().and_then(|d| d.code()) {
        Some(c) if c == "42P01" => Error::usage("no roles are set up in this store")
            .with_hint("a database owner runs `waba store roles init` first"),
        _ => e.into(),
    })?;
    rows.iter()
        .map(|r| {
            Ok(Grant {
                login: r.try_get("login")?,
                waba_id: r.try_get("waba_id")?,
                role: r.try_get("role")?,
                granted_at: r.try_get("granted_at")?,
                granted_by: r.try_get("db_user")?,
            })
        })
        .collect()
}

/// What this session's login may do with one WABA.
#[derive(Debug, Clone)]
pub struct Standing {
    /// The database login, where the store has logins.
    pub login: Option<String>,
    pub reads: bool,
    pub bills: bool,
}

impl Standing {
    fn everything() -> Standing {
        Standing {
            login: None,
            reads: true,
            bills: true,
        }
    }

    /// `Ok` when the login may do what `need` says; else the refusal,
    /// exit 3, naming the grant that would allow it.
    pub fn check(&self, waba: &str, need: Need) -> Result<()> {
        let login = self.login.as_deref().unwrap_or("?");
        let grant = |role: &str| {
            format!("an admin can run `waba store grant {login} --role {role} {waba}`")
        };
        if !self.reads {
            let role = match need {
                Need::Read => "viewer",
                Need::Bill(_) => "billing",
            };
            return Err(Error::new(
                Kind::Auth,
                format!("your database login {login} may not read WABA {waba}"),
            )
            .with_hint(grant(role)));
        }
        match need {
            Need::Bill(action) if !self.bills => Err(Error::new(
                Kind::Auth,
                format!("your database login {login} reads WABA {waba} but may not {action}"),
            )
            .with_hint(grant("billing"))),
            _ => Ok(()),
        }
    }
}

/// Where this session's login stands with `waba`: everything on SQLite,
/// for the tables' owner or a superuser, and where no roles are set up;
/// else as `store_access` says (the same function the policies use).
pub async fn standing(store: &Store, waba: &str) -> Result<Standing> {
    if store.backend() == Backend::Sqlite {
        return Ok(Standing::everything());
    }
    let row = sqlx::query(
        "SELECT session_user::text AS login,
                to_regprocedure('waba_can(text,text)') IS NOT NULL AS roles,
                (SELECT tableowner::text FROM pg_tables
                 WHERE schemaname = current_schema() AND tablename = 'ledger') AS owner,
                (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS superuser",
    )
    .fetch_one(store.pool())
    .await?;
    let login: String = row.try_get("login")?;
    let roles: bool = row.try_get("roles")?;
    let owner: Option<String> = row.try_get("owner")?;
    let superuser = row
        .try_get::<Option<bool>, _>("superuser")?
        .unwrap_or(false);
    if !roles || superuser || owner.as_deref() == Some(login.as_str()) {
        return Ok(Standing {
            login: Some(login),
            ..Standing::everything()
        });
    }
    let row =
        sqlx::query("SELECT waba_can($1, 'viewer') AS reads, waba_can($1, 'billing') AS bills")
            .bind(waba.to_string())
            .fetch_one(store.pool())
            .await?;
    Ok(Standing {
        login: Some(login),
        reads: row.try_get("reads")?,
        bills: row.try_get("bills")?,
    })
}

/// What a command needs, for the refusal's words.
#[derive(Debug, Clone, Copy)]
pub enum Need {
    Read,
    /// Money and rules: the action, as a sentence says it ("top it up").
    Bill(&'static str),
}

/// Refuses, before anything is done, what this login may not do with
/// `waba` (exit 3); the database refuses whatever gets past.
pub async fn may(store: &Store, waba: &str, need: Need) -> Result<()> {
    standing(store, waba).await?.check(waba, need)
}

/// A login name as PostgreSQL writes them, or a usage error: it is put
/// into GRANT statements, so nothing else gets through.
fn check_login(login: &str) -> Result<()> {
    let ok = !login.is_empty()
        && login.len() <= 63
        && login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' || c == '@');
    if ok {
        Ok(())
    } else {
        Err(
            Error::usage(format!("`{login}` is not a database login name"))
                .with_hint("letters, digits, `_`, `-`, `.` and `@`, at most 63 characters"),
        )
    }
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn database_message(e: &sqlx::Error) -> String {
    e.as_database_error()
        .map(|d| d.message().to_string())
        .unwrap_or_else(|| e.to_string())
}

fn refused(what: &str, e: &sqlx::Error) -> Error {
    let code = e
        .as_database_error()
        .and_then(|d| d.code())
        .map(|c| c.to_string());
    match code.as_deref() {
        Some("42P01") => Error::usage("no roles are set up in this store")
            .with_hint("a database owner runs `waba store roles init` first"),
        Some("42704") => Error::usage(format!("cannot {what}: {}", database_message(e)))
            .with_hint("create the login first (CREATE ROLE name LOGIN PASSWORD …), then grant it"),
        _ => Error::new(
            Kind::Auth,
            format!("cannot {what}: {}", database_message(e)),
        )
        .with_hint("grants are made by the database owner or a login granted `--role admin`"),
    }
}

//! The state store: an embedded SQLite database by default, PostgreSQL for
//! a team. Every query goes through sqlx's `Any` driver with `$1`
//! placeholders, which both accept, so one code path serves both; the few
//! real differences live in `dialect`.

pub mod access;
pub mod dialect;
pub mod migrations;
pub mod transfer;

use std::path::Path;

use serde::Serialize;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};

use crate::clock::{Clock, rfc3339};
use crate::error::{Error, Result};
use crate::secret::Secret;
pub use dialect::Backend;

/// Cloning shares the pool.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    writer: AnyPool,
    backend: Backend,
    /// The file, or the URL with its password redacted.
    location: String,
}

#[derive(Debug, Serialize)]
pub struct Status {
    pub backend: Backend,
    pub location: String,
    pub schema_version: i64,
    pub latest_version: i64,
    pub tables: Vec<(String, i64)>,
}

impl Store {
    /// Opens (creating if needed) the SQLite store at `path` and brings its
    /// schema up to date.
    pub async fn open_sqlite(path: &Path, clock: &Clock) -> Result<Store> {
        install_default_drivers();
        // The ledger and alert targets are no one else's to read.
        if let Some(dir) = path.parent() {
            crate::config::atomic::private_dir(dir)?;
        }
        crate::config::atomic::private_file(path)?;
        let url = url::Url::from_file_path(path).map_err(|_| {
            Error::usage(format!("the store path {} is not absolute", path.display()))
        })?;
        let url = format!("sqlite://{}?mode=rwc", url.path());
        let cannot = |e: sqlx::Error| {
            Error::internal(format!(
                "cannot open the state store {}: {e}",
                path.display()
            ))
        };
        // One connection writes. SQLite takes one writer at a time, and
        // writers of one process that race for it sleep in SQLite's busy
        // handler (1 to 100 ms a try): `balance --all` over 200 WABAs spent
        // over a second there. Queued here instead, they wait no longer than
        // the write before them. Other processes still meet the busy handler.
        // A local file needs no liveness check before each use (sqlx pings
        // by default: a round trip to the connection's thread per query).
        let writer = AnyPoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .connect(&url)
            .await
            .map_err(cannot)?;
        sqlx::query("PRAGMA journal_mode=WAL")
            .execute(&writer)
            .await
            .ok();
        // Readers do not block the writer, nor it them (WAL).
        let pool = AnyPoolOptions::new()
            .max_connections(4)
            .test_before_acquire(false)
            .connect_lazy(&url)
            .map_err(cannot)?;
        let store = Store {
            pool,
            writer,
            backend: Backend::Sqlite,
            location: path.display().to_string(),
        };
        // One process migrates at a time (cron starting fifty on a new
        // machine): the others wait here, then find the schema current.
        // PostgreSQL's advisory lock does the same in `migrate`.
        let mut lock_path = path.as_os_str().to_owned();
        lock_path.push(".lock");
        let _migrating = crate::config::atomic::lock(Path::new(&lock_path))?;
        store.migrate(clock).await?;
        Ok(store)
    }

    /// Opens the PostgreSQL store at `url` (`postgres://user:pass@host/db`)
    /// and brings its schema up to date. The URL is a secret: errors and
    /// `store status` show it with the password redacted.
    pub async fn open_postgres(url: &Secret, clock: &Clock) -> Result<Store> {
        install_default_drivers();
        let shown = redacted_url(url.expose())?;
        let cannot = |e: sqlx::Error| {
            let why = e.to_string().replace(url.expose(), &shown);
            Error::new(
                crate::error::Kind::Unavailable,
                format!("cannot open the state store {shown}: {why}"),
            )
            .with_hint("check the URL (WABA_STORE_URL or store_url in credentials.toml) and that the server accepts connections")
        };
        // One direct connection first: a server that refuses, or a wrong
        // password, is said at once and in its own words, where the pool
        // would retry until its timeout and then say only that it timed out.
        let direct = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            <sqlx::AnyConnection as sqlx::Connection>::connect(url.expose()),
        )
        .await;
        match direct {
            Ok(Ok(c)) => {
                let _ = sqlx::Connection::close(c).await;
            }
            Ok(Err(why)) => return Err(cannot(why)),
            Err(_) => {
                return Err(Error::new(
                    crate::error::Kind::Unavailable,
                    format!("cannot open the state store {shown}: no answer within 10 s"),
                )
                .with_hint("check the host and port, and that the server accepts connections"));
            }
        }
        // PostgreSQL takes concurrent writers itself: one pool serves both.
        let pool = AnyPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .connect(url.expose())
            .await
            .map_err(cannot)?;
        let store = Store {
            writer: pool.clone(),
            pool,
            backend: Backend::Postgres,
            location: shown,
        };
        store.migrate(clock).await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// For reads.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// For anything that writes, and transactions: one connection, so that
    /// this process's writes queue rather than contend. A transaction holds
    /// it: nothing inside one may ask for it again.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// Applies every migration newer than the store's schema, one process
    /// at a time. A store newer than this binary is refused rather than
    /// misread.
    async fn migrate(&self, clock: &Clock) -> Result<()> {
        let mut conn = self.writer.acquire().await?;
        dialect::lock_migrations(self.backend, &mut conn).await?;
        let done = self.migrate_locked(&mut conn, clock).await;
        dialect::unlock_migrations(self.backend, &mut conn).await?;
        done
    }

    async fn migrate_locked(&self, conn: &mut sqlx::AnyConnection, clock: &Clock) -> Result<()> {
        let current = schema_version(conn).await?;
        if current > migrations::latest() {
            return Err(Error::usage(format!(
                "the state store {} has schema version {current}, newer than this waba understands ({})",
                self.location,
                migrations::latest()
            ))
            .with_hint("upgrade waba"));
        }
        for m in migrations::MIGRATIONS
            .iter()
            .filter(|m| m.version > current)
        {
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            let own = match self.backend {
                Backend::Sqlite => m.sqlite,
                Backend::Postgres => m.postgres,
            };
            for stmt in m.sql.iter().chain(own) {
                sqlx::query(*stmt).execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(m.version)
            .bind(m.name)
            .bind(rfc3339(clock.now()))
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    pub async fn status(&self) -> Result<Status> {
        let names = sqlx::query(dialect::tables_sql(self.backend))
            .fetch_all(&self.pool)
            .await?;
        let mut tables = Vec::new();
        for row in names {
            let name: String = row.try_get("name")?;
            // Table names come from the schema, not from input.
            let count: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) AS n FROM {name}"
            )))
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
            tables.push((name, count));
        }
        Ok(Status {
            backend: self.backend,
            location: self.location.clone(),
            schema_version: schema_version(&mut *self.pool.acquire().await?).await?,
            latest_version: migrations::latest(),
            tables,
        })
    }
}

/// The schema version a database is at: 0 before the first migration.
async fn schema_version(conn: &mut sqlx::AnyConnection) -> Result<i64> {
    let exists = sqlx::query("SELECT COUNT(*) AS n FROM schema_migrations")
        .fetch_one(&mut *conn)
        .await;
    if exists.is_err() {
        return Ok(0);
    }
    let row = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get::<i64, _>("v")?)
}

/// `postgres://user:***@host/db`: what may be shown of a store URL.
pub fn redacted_url(url: &str) -> Result<String> {
    let mut u = url::Url::parse(url).map_err(|_| {
        Error::usage("the store URL is not a URL")
            .with_hint("write it as postgres://USER:PASSWORD@HOST:5432/DATABASE")
    })?;
    if !matches!(u.scheme(), "postgres" | "postgresql") {
        return Err(Error::usage(format!(
            "the store URL's scheme `{}` is not postgres",
            u.scheme()
        ))
        .with_hint("write it as postgres://USER:PASSWORD@HOST:5432/DATABASE; without one, the store is SQLite"));
    }
    if u.password().is_some() {
        let _ = u.set_password(Some("***"));
    }
    if has_query_password(&u) {
        let pairs: Vec<(String, String)> = u
            .query_pairs()
            .map(|(k, v)| {
                let v = if is_password_key(&k) {
                    "***".to_string()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        u.query_pairs_mut().clear().extend_pairs(pairs);
    }
    Ok(u.to_string())
}

/// `password` and `sslpassword`: the query keys libpq and sqlx read a
/// password from.
fn is_password_key(k: &str) -> bool {
    k.eq_ignore_ascii_case("password") || k.eq_ignore_ascii_case("sslpassword")
}

/// A URL that carries a password in either form, `user:pass@` or
/// `?password=`.
pub fn has_password(u: &url::Url) -> bool {
    u.password().is_some() || has_query_password(u)
}

fn has_query_password(u: &url::Url) -> bool {
    u.query_pairs().any(|(k, _)| is_password_key(&k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_url_password_is_redacted_in_every_form() {
        let shown = redacted_url("postgres://ops:s3cretPW@db:5432/waba").unwrap();
        assert_eq!(shown, "postgres://ops:***@db:5432/waba");
        let shown =
            redacted_url("postgres://db/waba?user=ops&password=s3cretPW&sslmode=require").unwrap();
        assert!(!shown.contains("s3cretPW"), "{shown}");
        assert!(shown.contains("password=***") || shown.contains("password=%2A%2A%2A"));
        assert!(shown.contains("sslmode=require"), "{shown}");
        let u = url::Url::parse("postgres://db/waba?PassWord=x").unwrap();
        assert!(has_password(&u));
        assert!(!has_password(
            &url::Url::parse("postgres://ops@db/waba").unwrap()
        ));
    }
}

//! The state store: an embedded SQLite database by default. Every query goes
//! through sqlx's `Any` driver with `$1` placeholders, which both SQLite and
//! PostgreSQL accept, so one code path serves both backends.

pub mod migrations;

use std::path::{Path, PathBuf};

use serde::Serialize;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};

use crate::clock::{Clock, rfc3339};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
}

/// Cloning shares the pool.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    writer: AnyPool,
    backend: Backend,
    location: PathBuf,
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
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, e))?;
        }
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
            location: path.to_path_buf(),
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

    async fn schema_version(&self) -> Result<i64> {
        let exists = sqlx::query("SELECT 1 FROM schema_migrations LIMIT 1")
            .fetch_optional(&self.writer)
            .await;
        if exists.is_err() {
            return Ok(0);
        }
        let row = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")
            .fetch_one(&self.writer)
            .await?;
        Ok(row.try_get::<i64, _>("v")?)
    }

    /// Applies every migration newer than the store's schema. A store newer
    /// than this binary is refused rather than misread.
    async fn migrate(&self, clock: &Clock) -> Result<()> {
        let current = self.schema_version().await?;
        if current > migrations::latest() {
            return Err(Error::usage(format!(
                "the state store {} has schema version {current}, newer than this waba understands ({})",
                self.location.display(),
                migrations::latest()
            ))
            .with_hint("upgrade waba"));
        }
        for m in migrations::MIGRATIONS
            .iter()
            .filter(|m| m.version > current)
        {
            let mut tx = self.writer.begin().await?;
            for stmt in m.sql {
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
        let names = sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
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
            location: self.location.display().to_string(),
            schema_version: self.schema_version().await?,
            latest_version: migrations::latest(),
            tables,
        })
    }
}

//! Versioned schema migrations, applied in order, each once, each in its own
//! transaction. SQL here must run unchanged on SQLite and PostgreSQL: plain
//! types (TEXT, BIGINT), no AUTOINCREMENT, money as TEXT decimals.

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static [&'static str],
}

pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "schema_migrations",
    sql: &["CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )"],
}];

pub fn latest() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

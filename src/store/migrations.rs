//! Versioned schema migrations, applied in order, each once, each in its own
//! transaction. SQL here must run unchanged on SQLite and PostgreSQL: plain
//! types (TEXT, BIGINT), no AUTOINCREMENT, money as TEXT decimals.

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static [&'static str],
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "schema_migrations",
        sql: &["CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )"],
    },
    Migration {
        version: 2,
        name: "number migration progress and register/deregister calls",
        sql: &[
            // One row per number being moved into a WABA; timestamps are
            // RFC 3339 UTC text, so they compare as strings.
            "CREATE TABLE number_migrations (
                waba_id TEXT NOT NULL,
                number TEXT NOT NULL,
                cc TEXT NOT NULL,
                national TEXT NOT NULL,
                phone_number_id TEXT,
                source_waba TEXT,
                step TEXT NOT NULL,
                code_method TEXT NOT NULL,
                language TEXT NOT NULL,
                code_requests BIGINT NOT NULL,
                verify_attempts BIGINT NOT NULL,
                register_attempts BIGINT NOT NULL,
                started_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                code_requested_at TEXT,
                verified_at TEXT,
                registered_at TEXT,
                completed_at TEXT,
                last_error TEXT,
                PRIMARY KEY (waba_id, number)
            )",
            // Every register and deregister request the tool sends, recorded
            // before it is sent: Meta allows 10 of each per number per 72 h.
            "CREATE TABLE registration_calls (
                id TEXT PRIMARY KEY,
                number TEXT NOT NULL,
                phone_number_id TEXT NOT NULL,
                action TEXT NOT NULL,
                called_at TEXT NOT NULL,
                outcome TEXT NOT NULL,
                actor TEXT NOT NULL
            )",
            "CREATE INDEX registration_calls_by_number
                ON registration_calls (number, action, called_at)",
        ],
    },
    Migration {
        version: 3,
        name: "template changes, for Meta's creation and edit limits",
        sql: &[
            // Every template create, edit and delete the tool sends, recorded
            // before it is sent; the outcome is filled in after.
            "CREATE TABLE template_changes (
                id TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                template_id TEXT NOT NULL,
                name TEXT NOT NULL,
                language TEXT NOT NULL,
                action TEXT NOT NULL,
                at TEXT NOT NULL,
                outcome TEXT NOT NULL,
                actor TEXT NOT NULL
            )",
            "CREATE INDEX template_changes_by_waba ON template_changes (waba_id, action, at)",
            "CREATE INDEX template_changes_by_template ON template_changes (template_id, action, at)",
        ],
    },
];

pub fn latest() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

//! Versioned schema migrations, applied in order, each once, each in its own
//! transaction. `sql` must run unchanged on SQLite and PostgreSQL: plain
//! types (TEXT, BIGINT), no AUTOINCREMENT, money as TEXT decimals. What
//! only one backend can say (triggers) is in `sqlite` and `postgres`,
//! applied after `sql` on that backend.

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static [&'static str],
    pub sqlite: &'static [&'static str],
    pub postgres: &'static [&'static str],
}

/// The tables whose rows say who made them: each gets `db_user`, the
/// database login that wrote the row (PostgreSQL's `session_user`).
pub const AUDITED: [&str; 8] = [
    "ledger",
    "topups",
    "topup_events",
    "payment_cards",
    "autorecharge",
    "alerts",
    "registration_calls",
    "template_changes",
];

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "schema_migrations",
        sql: &["CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )"],
        sqlite: &[],
        postgres: &[],
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
        sqlite: &[],
        postgres: &[],
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
        sqlite: &[],
        postgres: &[],
    },
    Migration {
        version: 4,
        name: "ledger, top-ups and the card of each WABA",
        sql: &[
            // Money movements, appended and never updated: a correction is a
            // new row. Amounts are signed TEXT decimals (credit > 0). A
            // top-up's credit carries its id as `reference`, UNIQUE, so one
            // top-up can never be credited twice.
            "CREATE TABLE ledger (
                id TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                amount TEXT NOT NULL,
                currency TEXT NOT NULL,
                reference TEXT UNIQUE,
                reason TEXT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                profile TEXT,
                command TEXT NOT NULL
            )",
            "CREATE INDEX ledger_by_waba ON ledger (waba_id, at)",
            // A top-up as asked for; what happened to it is in topup_events.
            "CREATE TABLE topups (
                id TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                amount TEXT NOT NULL,
                fee TEXT NOT NULL,
                total TEXT NOT NULL,
                currency TEXT NOT NULL,
                customer TEXT NOT NULL,
                card TEXT NOT NULL,
                trigger TEXT NOT NULL,
                created_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                profile TEXT,
                command TEXT NOT NULL
            )",
            "CREATE INDEX topups_by_waba ON topups (waba_id, created_at)",
            // Each step of a top-up, appended: pending, intent (with the
            // processor's id), then succeeded / declined / failed /
            // requires_action / canceled.
            "CREATE TABLE topup_events (
                topup_id TEXT NOT NULL,
                seq BIGINT NOT NULL,
                status TEXT NOT NULL,
                intent_id TEXT,
                detail TEXT,
                receipt_url TEXT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                PRIMARY KEY (topup_id, seq)
            )",
            // The card charged for each WABA's top-ups (a billing rule, not
            // a money movement: replaced when set again).
            "CREATE TABLE payment_cards (
                waba_id TEXT PRIMARY KEY,
                customer TEXT NOT NULL,
                card TEXT NOT NULL,
                set_at TEXT NOT NULL,
                actor TEXT NOT NULL
            )",
            // What the tool knows of each WABA from Meta: its currency and
            // time zone, and the last known balance status for warnings.
            "CREATE TABLE wabas (
                waba_id TEXT PRIMARY KEY,
                currency TEXT NOT NULL,
                timezone_id TEXT,
                status TEXT,
                checked_at TEXT NOT NULL
            )",
        ],
        sqlite: &[],
        postgres: &[],
    },
    Migration {
        version: 5,
        name: "synced spend, its watermarks, and imported rate cards",
        sql: &[
            // A copy of Meta's analytics, one row per bucket and dimension
            // set. Not a ledger: re-reading a period replaces its rows.
            // `cost` is Meta's COST when it gave one (TEXT decimal).
            "CREATE TABLE spend (
                waba_id TEXT NOT NULL,
                start_ts BIGINT NOT NULL,
                end_ts BIGINT NOT NULL,
                phone TEXT NOT NULL,
                country TEXT NOT NULL,
                category TEXT NOT NULL,
                pricing_type TEXT NOT NULL,
                tier TEXT NOT NULL,
                volume BIGINT NOT NULL,
                cost TEXT,
                source TEXT NOT NULL,
                synced_at TEXT NOT NULL,
                PRIMARY KEY (waba_id, start_ts, phone, country, category, pricing_type, tier)
            )",
            // How far each WABA's spend has been read: [from_ts, through_ts).
            "CREATE TABLE spend_sync (
                waba_id TEXT PRIMARY KEY,
                from_ts BIGINT NOT NULL,
                through_ts BIGINT NOT NULL,
                synced_at TEXT NOT NULL
            )",
            // Rates the operator imported (`pricing import`), dated; tier
            // '' applies to every tier, country '*' to every other market.
            "CREATE TABLE rates (
                country TEXT NOT NULL,
                category TEXT NOT NULL,
                tier TEXT NOT NULL,
                currency TEXT NOT NULL,
                effective_from TEXT NOT NULL,
                rate TEXT NOT NULL,
                source TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                PRIMARY KEY (country, category, tier, currency, effective_from)
            )",
        ],
        sqlite: &[],
        postgres: &[],
    },
    Migration {
        version: 6,
        name: "auto-recharge and alert rules, their crossings, and notifications to deliver",
        sql: &[
            // One rule of each kind per WABA; `enable` again replaces it.
            // Amounts are TEXT decimals in the WABA's currency.
            "CREATE TABLE autorecharge (
                waba_id TEXT PRIMARY KEY,
                below TEXT NOT NULL,
                amount TEXT NOT NULL,
                enabled BIGINT NOT NULL,
                set_at TEXT NOT NULL,
                actor TEXT NOT NULL
            )",
            // `targets`: a JSON list of email addresses and webhook URLs.
            "CREATE TABLE alerts (
                waba_id TEXT PRIMARY KEY,
                below TEXT NOT NULL,
                targets TEXT NOT NULL,
                enabled BIGINT NOT NULL,
                set_at TEXT NOT NULL,
                actor TEXT NOT NULL
            )",
            // Whether a rule may fire (armed) or has fired for the current
            // crossing below its threshold. Firing is a conditional UPDATE
            // of `armed` from 1 to 0: of every process that evaluates at
            // the same moment, one changes the row, and only it acts.
            // `topup_id` names the recharge the firing reserved, before
            // it is made.
            "CREATE TABLE crossings (
                waba_id TEXT NOT NULL,
                rule TEXT NOT NULL,
                armed BIGINT NOT NULL,
                crossed_at TEXT,
                seq BIGINT NOT NULL,
                topup_id TEXT,
                PRIMARY KEY (waba_id, rule)
            )",
            // Messages to deliver, kept until delivered: a target that
            // cannot be reached now is tried again on a later run.
            "CREATE TABLE notifications (
                id TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                target TEXT NOT NULL,
                event TEXT NOT NULL,
                subject TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at TEXT NOT NULL,
                attempts BIGINT NOT NULL,
                next_at TEXT NOT NULL,
                claimed_at TEXT,
                delivered_at TEXT,
                last_error TEXT
            )",
        ],
        sqlite: &[],
        postgres: &[],
    },
    Migration {
        version: 7,
        name: "the last seen health of every number, for notifications on change",
        sql: &[
            // `fingerprint` joins the fields compared between runs; moving
            // a row from one fingerprint to the next is a conditional
            // UPDATE, so of two runs that see one change, one notifies.
            "CREATE TABLE number_states (
                phone_id TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                display TEXT,
                snapshot TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                seen_at TEXT NOT NULL
            )",
            "CREATE INDEX number_states_waba ON number_states (waba_id)",
        ],
        sqlite: &[],
        postgres: &[],
    },
    Migration {
        version: 8,
        name: "an append-only ledger, and the database login of every record",
        sql: &[
            "ALTER TABLE ledger ADD COLUMN db_user TEXT",
            "ALTER TABLE topups ADD COLUMN db_user TEXT",
            "ALTER TABLE topup_events ADD COLUMN db_user TEXT",
            "ALTER TABLE payment_cards ADD COLUMN db_user TEXT",
            "ALTER TABLE autorecharge ADD COLUMN db_user TEXT",
            "ALTER TABLE alerts ADD COLUMN db_user TEXT",
            "ALTER TABLE registration_calls ADD COLUMN db_user TEXT",
            "ALTER TABLE template_changes ADD COLUMN db_user TEXT",
        ],
        // The SQLite file is one person's (mode 0600): no logins to stamp,
        // but the ledger stays append-only there too.
        sqlite: &[
            "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
             BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: a correction is a new row'); END",
            "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
             BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: a correction is a new row'); END",
        ],
        postgres: &[
            // For every login, the table owner included: only the owner
            // could drop the trigger, and that is a visible act.
            "CREATE OR REPLACE FUNCTION waba_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
             BEGIN
                 RAISE EXCEPTION 'the ledger is append-only: a correction is a new row'
                     USING ERRCODE = 'insufficient_privilege';
             END
             $f$",
            "CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger
             FOR EACH ROW EXECUTE FUNCTION waba_append_only()",
            "CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger
             FOR EACH STATEMENT EXECUTE FUNCTION waba_append_only()",
            // The login is the server's word, not the client's: whatever a
            // row says, it is stamped with session_user. Only the tables'
            // owner (who runs `store import`) keeps the login a row came
            // with, so that moving a store keeps its history.
            "CREATE OR REPLACE FUNCTION waba_stamp_login() RETURNS trigger LANGUAGE plpgsql AS $f$
             BEGIN
                 IF NEW.db_user IS NULL OR session_user::text <> (
                     SELECT tableowner::text FROM pg_tables
                     WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME
                 ) THEN
                     NEW.db_user := session_user;
                 END IF;
                 RETURN NEW;
             END
             $f$",
            "CREATE TRIGGER ledger_login BEFORE INSERT ON ledger FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER topups_login BEFORE INSERT ON topups FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER topup_events_login BEFORE INSERT ON topup_events FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER payment_cards_login BEFORE INSERT OR UPDATE ON payment_cards FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER autorecharge_login BEFORE INSERT OR UPDATE ON autorecharge FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER alerts_login BEFORE INSERT OR UPDATE ON alerts FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER registration_calls_login BEFORE INSERT ON registration_calls FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
            "CREATE TRIGGER template_changes_login BEFORE INSERT ON template_changes FOR EACH ROW EXECUTE FUNCTION waba_stamp_login()",
        ],
    },
    Migration {
        version: 9,
        name: "the webhook events Meta sent, each kept once",
        sql: &[
            // `key` is the event's identity (WABA, field, time and a hash
            // of its value): Meta's retries of one event insert nothing.
            "CREATE TABLE webhook_events (
                key TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                field TEXT NOT NULL,
                event_time BIGINT,
                received_at TEXT NOT NULL,
                value TEXT NOT NULL
            )",
            "CREATE INDEX webhook_events_received ON webhook_events (received_at)",
        ],
        sqlite: &[],
        postgres: &[],
    },
    Migration {
        version: 10,
        name: "the templates as the last whole listing showed them, for metrics",
        sql: &[
            "CREATE TABLE template_states (
                template_id TEXT PRIMARY KEY,
                waba_id TEXT NOT NULL,
                name TEXT NOT NULL,
                language TEXT NOT NULL,
                status TEXT,
                category TEXT,
                seen_at TEXT NOT NULL
            )",
            "CREATE INDEX template_states_waba ON template_states (waba_id)",
        ],
        sqlite: &[],
        postgres: &[],
    },
];

pub fn latest() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

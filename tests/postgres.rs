//! The state store on PostgreSQL: the same migrations and queries as on
//! SQLite, and the store's guarantees held by the database across
//! connections. `WABA_TEST_POSTGRES` names a server the tests may create
//! databases on (`.ci/run` starts one); without it they are skipped, except
//! in CI, where that is a failure.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use waba::billing::ledger::{self, Kind, Who};
use waba::billing::policy::{self, Rule};
use waba::clock::Clock;
use waba::secret::Secret;
use waba::store::{Backend, Store};

/// A fresh database on the test server, as a URL; `None` when there is no
/// server to use.
pub fn fresh_database() -> Option<String> {
    let server = std::env::var("WABA_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty());
    let Some(server) = server else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the PostgreSQL tests: set WABA_TEST_POSTGRES (see .ci/run)"
        );
        eprintln!("skipped: WABA_TEST_POSTGRES is not set (see .ci/run)");
        return None;
    };
    let name = format!("waba_test_{:016x}", fastrand::u64(..));
    runtime().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&server)
            .await
            .unwrap_or_else(|e| panic!("cannot reach WABA_TEST_POSTGRES: {e}"));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut c)
            .await
            .unwrap();
    });
    let mut url = url::Url::parse(&server).unwrap();
    url.set_path(&format!("/{name}"));
    Some(url.to_string())
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

fn who() -> Who {
    Who {
        actor: "test@host".into(),
        profile: None,
        command: "test".into(),
    }
}

#[test]
fn migrations_apply_once_even_from_concurrent_openers() {
    let Some(url) = fresh_database() else { return };
    runtime().block_on(async {
        let clock = Clock::fixed(at("2026-11-21T12:00:00Z"));
        let url = Secret::new(url);
        let opened =
            futures_util::future::join_all((0..4).map(|_| Store::open_postgres(&url, &clock)))
                .await;
        for s in &opened {
            assert!(s.is_ok(), "{:?}", s.as_ref().err());
        }
        let store = opened.into_iter().next().unwrap().unwrap();
        assert_eq!(store.backend(), Backend::Postgres);
        let status = store.status().await.unwrap();
        assert_eq!(status.schema_version, waba::store::migrations::latest());
        // The same tables as SQLite's.
        let dir = tempfile::tempdir().unwrap();
        let lite = Store::open_sqlite(&dir.path().join("s.db"), &clock)
            .await
            .unwrap();
        let names = |s: &waba::store::Status| -> Vec<String> {
            s.tables.iter().map(|(n, _)| n.clone()).collect()
        };
        assert_eq!(names(&status), names(&lite.status().await.unwrap()));
        let migrations = status
            .tables
            .iter()
            .find(|(n, _)| n == "schema_migrations")
            .unwrap()
            .1;
        assert_eq!(migrations, waba::store::migrations::latest());
    });
}

#[test]
fn the_ledger_and_crossings_hold_their_guarantees_across_connections() {
    let Some(url) = fresh_database() else { return };
    runtime().block_on(async {
        let now = at("2026-11-21T12:00:00Z");
        let clock = Clock::fixed(now);
        let url = Secret::new(url);
        // Separate stores: separate pools, as separate machines would have.
        let stores: Vec<Store> =
            futures_util::future::join_all((0..10).map(|_| Store::open_postgres(&url, &clock)))
                .await
                .into_iter()
                .map(Result::unwrap)
                .collect();
        let amount = Decimal::new(10_050, 2);
        let who = who();
        // One top-up credited by ten settlers: one row.
        let credited = futures_util::future::join_all(stores.iter().map(|s| {
            ledger::append(
                s,
                "1",
                Kind::Topup,
                amount,
                "EUR",
                Some("tu_1"),
                None,
                &who,
                now,
            )
        }))
        .await;
        assert_eq!(credited.iter().filter(|r| matches!(r, Ok(true))).count(), 1);
        let entries = ledger::entries(&stores[0], "1").await.unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].amount, amount);
        // Ten evaluators at one crossing: one fires.
        let fired = futures_util::future::join_all(
            stores
                .iter()
                .map(|s| policy::cross(s, "1", Rule::Recharge, Some("tu_2"), now)),
        )
        .await;
        assert_eq!(fired.iter().filter(|r| matches!(r, Ok(true))).count(), 1);
        let c = policy::crossing(&stores[3], "1", Rule::Recharge)
            .await
            .unwrap();
        assert!(!c.armed);
        assert_eq!(c.topup_id.as_deref(), Some("tu_2"));
        assert!(
            policy::rearm(&stores[5], "1", Rule::Recharge)
                .await
                .unwrap()
        );
        assert!(
            !policy::rearm(&stores[6], "1", Rule::Recharge)
                .await
                .unwrap()
        );
    });
}

#[test]
fn two_homes_on_one_postgres_url_share_balance_history_and_rules() {
    use crate::harness::Env;
    let Some(url) = fresh_database() else { return };
    const NOW: &str = "2026-11-21T12:00:00Z";
    let (alice, bob) = (
        Env::new().set("WABA_NOW", NOW).set("WABA_STORE_URL", &url),
        Env::new().set("WABA_NOW", NOW).set("WABA_STORE_URL", &url),
    );
    let server = alice.serve_at(&[], Some(NOW));
    let run = |env: &Env, args: &[&str]| env.paying(&server, args);
    let card = [
        "payment",
        "set",
        "--customer",
        "cus_sandbox_demo",
        "--card",
        "pm_card_visa",
        "--yes",
    ];
    run(&alice, &card).ok();
    run(&alice, &["topup", "100", "--yes"]).ok();
    let rule = [
        "autorecharge",
        "enable",
        "--below",
        "20",
        "--amount",
        "50",
        "--yes",
    ];
    run(&alice, &rule).ok();
    let a = run(&alice, &["balance", "-o", "json"]).ok().json();
    let b = run(&bob, &["balance", "-o", "json", "--no-sync"])
        .ok()
        .json();
    assert_eq!(a["balance"], b["balance"]);
    assert_eq!(b["credits"], "100.00");
    let h = run(&bob, &["topup", "history", "-o", "json"]).ok().json();
    assert_eq!(h.as_array().unwrap().len(), 1);
    let r = run(&bob, &["autorecharge", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(r["auto_recharge"]["below"], "20.00");
    // Neither home has a SQLite file: the store is the server's.
    assert!(!alice.path("state.db").exists() && !bob.path("state.db").exists());
    let status = run(&bob, &["store", "status", "-o", "json"]).ok().json();
    assert_eq!(status["backend"], "postgres");
}

/// A home on a fresh PostgreSQL database, a served sandbox, and a card.
fn team_home(now: &str) -> Option<(crate::harness::Env, crate::harness::Server)> {
    let url = fresh_database()?;
    let env = crate::harness::Env::new()
        .set("WABA_NOW", now)
        .set("WABA_STORE_URL", &url);
    let server = env.serve_at(&[], Some(now));
    let out = spawn(&env, &server, &crate::harness::DEMO_CARD)
        .wait_with_output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some((env, server))
}

fn spawn(
    env: &crate::harness::Env,
    server: &crate::harness::Server,
    args: &[&str],
) -> std::process::Child {
    let mut full = vec![
        "--graph-url",
        server.url.as_str(),
        "--waba",
        crate::harness::DEMO_WABA,
    ];
    full.extend_from_slice(args);
    env.cmd(&full)
        .env("WABA_TOKEN", crate::harness::TOKEN)
        .env("STRIPE_API_BASE", &server.url)
        .env("STRIPE_SECRET_KEY", "sk_test_team")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Runs `n` copies of a command at once; their exit codes.
fn all_at_once(
    env: &crate::harness::Env,
    server: &crate::harness::Server,
    n: usize,
    args: &[&str],
) -> Vec<i32> {
    let children: Vec<_> = (0..n).map(|_| spawn(env, server, args)).collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect()
}

#[test]
fn fifty_concurrent_topups_on_postgres_make_fifty_credits() {
    const NOW: &str = "2026-11-21T12:00:00Z";
    let Some((env, server)) = team_home(NOW) else {
        return;
    };
    let codes = all_at_once(&env, &server, 50, &["topup", "10.05", "--yes"]);
    assert!(codes.iter().all(|c| *c == 0), "{codes:?}");
    let out = spawn(&env, &server, &["balance", "-o", "json", "--no-sync"])
        .wait_with_output()
        .unwrap();
    let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(b["credits"], "502.50");
    assert_eq!(server.requests_to("POST", "/confirm").len(), 50);
}

#[test]
fn twenty_concurrent_checks_on_postgres_recharge_once() {
    const NOW: &str = "2026-11-21T12:00:00Z";
    let Some((env, server)) = team_home(NOW) else {
        return;
    };
    let setup = [
        vec!["topup", "100", "--yes"],
        vec![
            "autorecharge",
            "enable",
            "--below",
            "200",
            "--amount",
            "50",
            "--yes",
        ],
    ];
    for args in setup {
        let out = spawn(&env, &server, &args).wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let codes = all_at_once(&env, &server, 20, &["balance", "--check"]);
    assert!(codes.iter().all(|c| *c == 8), "{codes:?}");
    assert_eq!(
        server.requests_to("POST", "/confirm").len(),
        2,
        "one top-up, one recharge"
    );
}

#[test]
fn a_store_moves_to_postgres_without_losing_or_doubling_a_row() {
    use crate::harness::Env;
    const NOW: &str = "2026-11-21T12:00:00Z";
    let Some(url) = fresh_database() else { return };
    let (from, team) = (
        Env::new().set("WABA_NOW", NOW),
        Env::new().set("WABA_NOW", NOW).set("WABA_STORE_URL", &url),
    );
    let server = from.serve_at(&[], Some(NOW));
    let run = |env: &Env, args: &[&str]| env.paying(&server, args);
    for args in [
        crate::harness::DEMO_CARD.to_vec(),
        vec!["topup", "100", "--yes"],
        vec!["topup", "20", "--yes"],
        vec![
            "balance", "adjust", "--debit", "5", "--reason", "test", "--yes",
        ],
        vec![
            "autorecharge",
            "enable",
            "--below",
            "20",
            "--amount",
            "50",
            "--yes",
        ],
        vec![
            "alerts",
            "enable",
            "--below",
            "30",
            "--notify",
            "ops@example.com",
            "--yes",
        ],
    ] {
        run(&from, &args).ok();
    }
    let file = from.path("team.json");
    let f = file.to_str().unwrap();
    let out = run(&from, &["store", "export", f, "-o", "json"])
        .ok()
        .json();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let rows = out["rows"].as_u64().unwrap();

    // A broken file changes nothing.
    let broken = from.path("broken.json");
    std::fs::write(&broken, "{\"waba_store_export\": 1, \"tables\": 3}").unwrap();
    let out = run(
        &team,
        &["store", "import", broken.to_str().unwrap(), "--yes"],
    )
    .code(2);
    assert!(
        out.stderr.contains("not a waba store export"),
        "{}",
        out.stderr
    );
    let empty = run(&team, &["store", "status", "-o", "json"]).ok().json();
    let stored = crate::harness::stored_rows;
    assert_eq!(stored(&empty), 0);

    let imported = run(&team, &["store", "import", f, "--yes", "-o", "json"])
        .ok()
        .json();
    let ledger = &imported["ledger"][0];
    assert_eq!(
        (&ledger["total"], &ledger["stored"]),
        (&"115.00".into(), &"115.00".into())
    );
    let after = run(&team, &["store", "status", "-o", "json"]).ok().json();
    // schema_migrations is the target's own, not imported.
    let migrations = waba::store::migrations::latest() as u64;
    assert_eq!(stored(&after), rows - migrations);

    // The same books on the other side.
    for args in [
        vec!["balance", "--no-sync", "-o", "json"],
        vec!["topup", "history", "-o", "json"],
        vec!["autorecharge", "show", "-o", "json"],
        vec!["alerts", "show", "-o", "json"],
    ] {
        // A SQLite file has no logins: its rows get the importing one.
        let logins_aside = |mut v: serde_json::Value| {
            for row in v.as_array_mut().into_iter().flatten() {
                if let Some(o) = row.as_object_mut() {
                    o.remove("db_user");
                }
            }
            v
        };
        let a = logins_aside(run(&from, &args).ok().json());
        let b = logins_aside(run(&team, &args).ok().json());
        assert_eq!(a, b, "{args:?}");
    }
    // Again: refused, nothing doubled.
    let out = run(&team, &["store", "import", f, "--yes"]).code(2);
    assert!(out.stderr.contains("already holds rows"), "{}", out.stderr);
    let again = run(&team, &["store", "status", "-o", "json"]).ok().json();
    assert_eq!(stored(&again), stored(&after));
}

#[test]
fn a_profile_may_name_the_store_in_config_toml_but_never_its_password() {
    let Some(url) = fresh_database() else { return };
    let env = crate::harness::Env::new();
    let write = |store_url: &str| {
        std::fs::write(
            env.path("config.toml"),
            format!("default_profile = \"team\"\n\n[profiles.team]\nwaba = \"100000000000001\"\nstore_url = \"{store_url}\"\n"),
        )
        .unwrap();
    };
    write(&url);
    let s = env.run_with(
        &["store", "status", "-o", "json"],
        &[("WABA_STORE_URL", "")],
        None,
    );
    let s = s.ok().json();
    assert_eq!(s["backend"], "postgres");
    let mut with_password = url::Url::parse(&url).unwrap();
    with_password.set_password(Some("pa55word")).unwrap();
    write(with_password.as_str());
    let out = env
        .run_with(&["store", "status"], &[("WABA_STORE_URL", "")], None)
        .code(2);
    assert!(out.stderr.contains("carries a password"), "{}", out.stderr);
    assert!(!out.stderr.contains("pa55word") && !out.stdout.contains("pa55word"));
}

//! `balance` with sync for a WABA whose ledger opened a year ago, on SQLite
//! and on PostgreSQL: the latency of one run (median and p95 of 30) and the
//! throughput of 8 running at once. The store holds a year of daily buckets
//! (20 a day); each run re-reads the last two days from the sandbox (no
//! added latency), prices the year and writes what changed.
//!
//!     WABA_TEST_POSTGRES=postgres://USER@127.0.0.1:PORT/postgres cargo bench --bench store
//!
//! Without WABA_TEST_POSTGRES only SQLite is measured.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use waba::billing::ledger::{self, Kind, Who};
use waba::billing::spend;
use waba::clock::Clock;
use waba::graph::analytics::{Point, Source};
use waba::secret::Secret;
use waba::store::Store;

const BIN: &str = env!("CARGO_BIN_EXE_waba");
const NOW: &str = "2026-11-21T12:00:00Z";
const WABA: &str = "100000000000001";
/// The demo WABA's buckets start at local midnight, UTC+01:00.
const OFFSET: i64 = 3600;
const DAY: i64 = 86_400;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A year of buckets and a ledger opened a year ago.
async fn seed(store: &Store, now: DateTime<Utc>) {
    let who = Who {
        actor: "bench".into(),
        profile: None,
        command: "bench".into(),
    };
    let opened = now - chrono::Duration::days(365);
    ledger::append(
        store,
        WABA,
        Kind::Adjustment,
        Decimal::new(10_000_000, 2),
        "EUR",
        None,
        Some("opening balance"),
        &who,
        opened,
    )
    .await
    .unwrap();
    let today = (now.timestamp() + OFFSET).div_euclid(DAY) * DAY - OFFSET;
    let from = today - 365 * DAY;
    let mut points = Vec::new();
    for d in 0..365 {
        let start = from + d * DAY;
        for (i, (country, category)) in [
            ("ES", "marketing"),
            ("ES", "utility"),
            ("ES", "authentication"),
            ("ES", "service"),
            ("FR", "marketing"),
            ("FR", "utility"),
            ("DE", "marketing"),
            ("DE", "utility"),
            ("IT", "marketing"),
            ("IT", "service"),
        ]
        .iter()
        .enumerate()
        {
            for phone in ["34612345678", "34622112233"] {
                points.push((
                    Source::Pricing,
                    Point {
                        start,
                        end: start + DAY,
                        phone: phone.into(),
                        country: (*country).into(),
                        category: (*category).into(),
                        pricing_type: "REGULAR".into(),
                        tier: String::new(),
                        volume: 10 + i as i64,
                        cost: Some(Decimal::new(50 + i as i64, 2)),
                    },
                ));
            }
        }
    }
    spend::replace(store, WABA, from, today, &points, now)
        .await
        .unwrap();
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn measure(name: &str, home: &std::path::Path, url: &str, store_url: Option<&str>) {
    let cmd = || {
        let mut c = Command::new(BIN);
        c.args(["--graph-url", url, "--waba", WABA, "balance", "-q"])
            .env_clear()
            .env("WABA_HOME", home)
            .env("WABA_NOW", NOW)
            .env("WABA_TOKEN", "bench-token")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(u) = store_url {
            c.env("WABA_STORE_URL", u);
        }
        c
    };
    // The first run caches the WABA's currency and syncs.
    assert!(cmd().status().unwrap().success(), "waba balance failed");
    let mut runs: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            assert!(cmd().status().unwrap().success());
            t.elapsed()
        })
        .collect();
    runs.sort();
    let total = 40;
    let t = Instant::now();
    let mut done = 0;
    while done < total {
        let batch: Vec<_> = (0..8.min(total - done))
            .map(|_| cmd().spawn().unwrap())
            .collect();
        done += batch.len();
        for mut c in batch {
            assert!(c.wait().unwrap().success());
        }
    }
    let per_second = total as f64 / t.elapsed().as_secs_f64();
    println!(
        "{name:<10} balance with sync, a year of data: median {:>6.1} ms  p95 {:>6.1} ms  ·  8 at once: {per_second:>5.1} runs/s",
        percentile(&runs, 0.5).as_secs_f64() * 1000.0,
        percentile(&runs, 0.95).as_secs_f64() * 1000.0,
    );
}

fn main() {
    let root = tempfile::tempdir().unwrap();
    let now = DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
    let clock = Clock::fixed(now);
    let mut server = Command::new(BIN);
    server
        .args(["sandbox", "serve", "--port", "0"])
        .env_clear()
        .env("WABA_HOME", root.path().join("server"))
        .env("WABA_NOW", NOW);
    let (mut server, url) = common::serve(server);

    let lite = root.path().join("sqlite");
    runtime().block_on(async {
        let store = Store::open_sqlite(&lite.join("state.db"), &clock)
            .await
            .unwrap();
        seed(&store, now).await;
    });
    println!("7,300 buckets of spend (365 days × 20), the ledger opened a year ago\n");
    measure("sqlite", &lite, &url, None);

    match std::env::var("WABA_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
    {
        None => println!("postgres   skipped: WABA_TEST_POSTGRES is not set"),
        Some(server_url) => {
            let name = format!("waba_bench_{:08x}", fastrand::u32(..));
            let db = runtime().block_on(async {
                use sqlx::Connection;
                let mut c = sqlx::PgConnection::connect(&server_url).await.unwrap();
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut c)
                    .await
                    .unwrap();
                let mut u = url::Url::parse(&server_url).unwrap();
                u.set_path(&format!("/{name}"));
                let store = Store::open_postgres(&Secret::new(u.to_string()), &clock)
                    .await
                    .unwrap();
                seed(&store, now).await;
                u.to_string()
            });
            let home = root.path().join("postgres");
            std::fs::create_dir_all(&home).unwrap();
            measure("postgres", &home, &url, Some(&db));
        }
    }
    let _ = server.kill();
    let _ = server.wait();
}

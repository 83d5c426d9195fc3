//! Spend end to end: synced from the sandbox's analytics, priced by COST or
//! by an imported rate card, and the balance, usage, statements and
//! top-up history telling one story to the cent.

use serde_json::Value;

use crate::harness::{Env, Server, TOKEN, cents};

const NOW: &str = "2026-11-21T12:00:00Z";
const CREDIT_LINE_WABA: &str = "100000000000002";

fn env() -> Env {
    Env::new().set("WABA_NOW", NOW).set("COLUMNS", "200")
}

fn against(env: &Env, server: &Server, waba: &str, args: &[&str]) -> crate::harness::Out {
    let mut full = vec!["--graph-url", server.url.as_str(), "--waba", waba];
    full.extend_from_slice(args);
    env.run_with(&full, &[("WABA_TOKEN", TOKEN)], None)
}

#[test]
fn topup_balance_usage_invoices_and_history_agree_to_the_cent() {
    let env = env();
    env.run(&["--sandbox", "topup", "100", "--yes"]).ok();
    let b = env.run(&["--sandbox", "balance", "-o", "json"]).ok().json();
    assert_eq!(b["currency"], "EUR");
    assert_eq!(b["time_zone"], "UTC+01:00");
    assert_eq!(cents(&b["credits"]), 10_000);
    let spend = cents(&b["spend"]);
    assert!(spend > 0, "the sandbox sends messages every day: {b}");
    assert_eq!(cents(&b["balance"]), 10_000 - spend);
    // The ledger opened today: today's spend is what it has been charged.
    assert_eq!(cents(&b["spend_today"]), spend);

    let u = env
        .run(&["--sandbox", "usage", "--from", "2026-11-21", "-o", "json"])
        .ok()
        .json();
    assert_eq!(cents(&u["total"]["spend"]), spend);
    let month = env
        .run(&[
            "--sandbox",
            "usage",
            "--from",
            "2026-11-01",
            "--by",
            "category",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(cents(&month["total"]["spend"]), cents(&b["spend_month"]));
    let lines: i64 = month["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| cents(&r["spend"]))
        .sum();
    assert_eq!(lines, cents(&month["total"]["spend"]), "lines add up");

    let inv = env
        .run(&["--sandbox", "invoices", "2026-11", "-o", "json"])
        .ok()
        .json();
    assert_eq!(cents(&inv["opening"]), 0);
    assert_eq!(cents(&inv["topups"]), 10_000);
    assert_eq!(cents(&inv["spend"]["total"]), spend);
    assert_eq!(cents(&inv["closing"]), cents(&b["balance"]));
    for breakdown in ["by_category", "by_country"] {
        let sum: i64 = inv["spend"][breakdown]
            .as_object()
            .unwrap()
            .values()
            .map(cents)
            .sum();
        assert_eq!(sum, spend, "{breakdown} adds up");
    }
    let h = env
        .run(&["--sandbox", "topup", "history", "-o", "json"])
        .ok()
        .json();
    assert_eq!(cents(&h[0]["amount"]), 10_000);
    assert_eq!(cents(&h[0]["total"]), 10_550);

    // The table says the same, and where days begin.
    let t = env.run(&["--sandbox", "balance"]).ok();
    assert!(t.stdout.contains("UTC+01:00"), "{}", t.stdout);
    assert!(t.stdout.contains("runs out around"), "{}", t.stdout);
    assert!(t.stdout.contains("+34 612 34 56 78"), "{}", t.stdout);
}

#[test]
fn a_second_sync_changes_nothing_and_rereads_only_the_last_days() {
    let env = env();
    let server = env.serve_at(&[], Some(NOW));
    let waba = "100000000000001";
    let first = against(
        &env,
        &server,
        waba,
        &["usage", "--from", "2026-10-01", "-o", "json"],
    )
    .ok();
    let reads = |s: &Server| -> Vec<Value> {
        s.requests()
            .into_iter()
            .filter(|r| r.to_string().contains("pricing_analytics"))
            .collect()
    };
    assert_eq!(reads(&server).len(), 1);
    let second = against(
        &env,
        &server,
        waba,
        &["usage", "--from", "2026-10-01", "-o", "json"],
    )
    .ok();
    assert_eq!(first.json(), second.json(), "sync twice changes nothing");
    let r = reads(&server);
    assert_eq!(r.len(), 2);
    // The second read starts two days before the last one ended.
    let start: i64 = r[1]
        .to_string()
        .split("start(")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .and_then(|s| s.parse().ok())
        .unwrap();
    let now = 1_795_262_400;
    assert!(start > now - 4 * 86_400 && start < now - 86_400, "{start}");
    // --no-sync answers from the store without calling Meta.
    let third = against(
        &env,
        &server,
        waba,
        &["usage", "--from", "2026-10-01", "--no-sync", "-o", "json"],
    )
    .ok();
    // The same figures; only the second says they were not brought up to
    // date by this run.
    let (mut a, mut b) = (first.json(), third.json());
    assert_eq!((&a["synced"], &b["synced"]), (&true.into(), &false.into()));
    a["synced"] = serde_json::Value::Null;
    b["synced"] = serde_json::Value::Null;
    assert_eq!(a, b);
    assert_eq!(reads(&server).len(), 2);
}

#[test]
fn a_credit_line_waba_is_priced_by_the_imported_rate_card() {
    let env = env();
    let server = env.serve_at(&[], Some(NOW));
    // Outside --sandbox no rate is built in: the spend is unpriced, and said so.
    let out = against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &["usage", "--from", "2026-11-01"],
    )
    .ok();
    assert!(out.stderr.contains("pricing import"), "{}", out.stderr);
    let before = against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &["usage", "--from", "2026-11-01", "--no-sync", "-o", "json"],
    )
    .ok()
    .json();
    assert_eq!(cents(&before["total"]["spend"]), 0);
    assert!(before["unpriced_messages"].as_i64().unwrap() > 0);

    // A flat card: every charged message costs 0.01 USD, plus 10 % markup.
    let card = flat_card(&env);
    std::fs::write(env.path("config.toml"), "[billing]\nmarkup_percent = 10\n").unwrap();
    let imported = against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &["pricing", "import", card.to_str().unwrap(), "--yes"],
    )
    .ok();
    assert!(
        imported.stdout.contains("Imported 4 rate(s) in USD"),
        "{}",
        imported.stdout
    );
    let after = against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &["usage", "--from", "2026-11-01", "--no-sync", "-o", "json"],
    )
    .ok()
    .json();
    assert_eq!(after["unpriced_messages"], 0);
    // By hand: each day, (messages − free) × 0.01 × 1.1, rounded to cents.
    for row in after["rows"].as_array().unwrap() {
        let charged = row["messages"].as_i64().unwrap() - row["free_messages"].as_i64().unwrap();
        let expected = (charged * 11 + 5) / 10; // 0.011 per message, half-up, in cents
        assert_eq!(cents(&row["spend"]), expected, "{row}");
    }
    let est = against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &[
            "pricing",
            "estimate",
            "--country",
            "MX",
            "--category",
            "marketing",
            "--messages",
            "1000",
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(est["estimate"], "11.00");
}

#[test]
fn a_rate_card_in_another_currency_needs_a_conversion() {
    let env = env();
    let card = env.path("usd.csv");
    std::fs::write(
        &card,
        "country,category,currency,rate,effective_from\nDE,marketing,USD,0.06,2025-07-01\n",
    )
    .unwrap();
    let file = card.to_str().unwrap();
    // The demo WABA is billed in EUR.
    let out = env
        .run(&["--sandbox", "pricing", "import", file, "--yes"])
        .code(2);
    assert!(
        out.stderr
            .contains("is in USD, WABA 100000000000001 is billed in EUR"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("[billing.conversion]"),
        "{}",
        out.stderr
    );
    std::fs::write(
        env.path("config.toml"),
        "[billing.conversion]\nUSD-EUR = \"0.5\"\n",
    )
    .unwrap();
    env.run(&["--sandbox", "pricing", "import", file, "--yes"])
        .ok();
    // The imported DE rate (0.06 USD × 0.5) wins over the sandbox's `*` one.
    let est = env
        .run(&[
            "--sandbox",
            "pricing",
            "estimate",
            "--country",
            "DE",
            "--category",
            "marketing",
            "--messages",
            "100",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(est["currency"], "EUR");
    assert_eq!(est["estimate"], "3.00", "{est}");
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = env();
    let bad_csv = env.path("bad.csv");
    std::fs::write(
        &bad_csv,
        "country,category,currency,rate,effective_from\nES,marketing,EUR,0.05,2025-07-01\nFR,marketing,EUR,1e3,2025-07-01\n",
    )
    .unwrap();
    let out = env
        .run(&[
            "--sandbox",
            "pricing",
            "import",
            bad_csv.to_str().unwrap(),
            "--yes",
        ])
        .code(2);
    assert!(out.stderr.contains("line 3: rate `1e3`"), "{}", out.stderr);
    let shown = env
        .run(&[
            "--sandbox",
            "pricing",
            "show",
            "--country",
            "ES",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert!(
        shown["rates"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["rate"] != "0.05"),
        "nothing of a bad file is stored: {shown}"
    );
    for (args, needle) in [
        (vec!["usage", "--from", "2026-13-01"], "not a date"),
        (
            vec!["usage", "--from", "2026-11-10", "--to", "2026-11-01"],
            "is after",
        ),
        (vec!["invoices", "2026-13"], "not a month"),
        (vec!["invoices", "2027-01"], "has not begun"),
        (
            vec![
                "pricing",
                "estimate",
                "--country",
                "ESP",
                "--category",
                "marketing",
                "--messages",
                "10",
            ],
            "2-letter",
        ),
        (
            vec![
                "pricing",
                "estimate",
                "--country",
                "ES",
                "--category",
                "promo",
                "--messages",
                "10",
            ],
            "not one Meta prices",
        ),
        (
            vec![
                "pricing",
                "estimate",
                "--country",
                "ES",
                "--category",
                "marketing",
                "--messages",
                "1e3",
            ],
            "whole number",
        ),
    ] {
        let mut full = vec!["--sandbox"];
        full.extend(args);
        let out = env.run(&full).code(2);
        assert!(out.stderr.contains(needle), "{full:?}: {}", out.stderr);
    }
    std::fs::write(
        env.path("config.toml"),
        "[billing]\nfee_percent = \"abc\"\n",
    )
    .unwrap();
    let out = env.run(&["--sandbox", "topup", "100", "--yes"]).code(2);
    assert!(
        out.stderr.contains("[billing] fee_percent"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_configured_fee_and_limits_apply_to_topups() {
    let env = env();
    std::fs::write(
        env.path("config.toml"),
        "[billing]\ntopup_min = 5\ntopup_max = 50\nfee_percent = \"2.9\"\n",
    )
    .unwrap();
    let out = env.run(&["--sandbox", "topup", "5", "--yes"]).ok();
    assert!(out.stdout.contains("5.15 EUR charged"), "{}", out.stdout);
    let over = env.run(&["--sandbox", "topup", "50.01", "--yes"]).code(2);
    assert!(
        over.stderr.contains("maximum top-up of 50.00"),
        "{}",
        over.stderr
    );
}

#[test]
fn other_commands_warn_when_the_balance_was_last_seen_exhausted() {
    let env = env();
    let quiet = env.run(&["--sandbox", "numbers", "list"]).ok();
    assert!(
        !quiet.stderr.contains("balance was"),
        "no ledger, no warning: {}",
        quiet.stderr
    );
    env.run(&[
        "--sandbox",
        "balance",
        "adjust",
        "--credit",
        "1",
        "--reason",
        "opening",
        "--yes",
    ])
    .ok();
    // 1.00 EUR is less than the day's spend so far: exhausted.
    env.run(&["--sandbox", "balance", "--check"]).code(9);
    let out = env.run(&["--sandbox", "numbers", "list"]).ok();
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.contains("balance was exhausted"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    let q = env.run(&["--sandbox", "-q", "numbers", "list"]).ok();
    assert!(!q.stderr.contains("balance was"), "{}", q.stderr);
    let topped = env.run(&["--sandbox", "topup", "100", "--yes"]).ok();
    assert!(topped.stdout.contains("(active)"), "{}", topped.stdout);
    let after = env.run(&["--sandbox", "numbers", "list"]).ok();
    assert!(!after.stderr.contains("balance was"), "{}", after.stderr);
}

/// The value of one series of `waba metrics`.
fn metric(env: &Env, series: &str) -> Option<f64> {
    let out = env.run(&["metrics"]).ok().stdout;
    out.lines()
        .find_map(|l| l.strip_prefix(series)?.trim().parse().ok())
}

#[test]
fn metrics_say_how_many_charged_messages_the_balance_counts_at_zero() {
    let env = env();
    let server = env.serve_at(&[], Some(NOW));
    against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &[
            "balance",
            "adjust",
            "--credit",
            "100",
            "--reason",
            "opening balance",
            "--yes",
        ],
    )
    .ok();
    let series = format!("waba_spend_unpriced_messages{{waba_id=\"{CREDIT_LINE_WABA}\"}}");
    let missing = metric(&env, &series).expect("the unpriced series");
    assert!(
        missing > 0.0,
        "no rate is known outside --sandbox: {missing}"
    );
    let balance = format!("waba_balance{{waba_id=\"{CREDIT_LINE_WABA}\",currency=\"USD\"}}");
    assert_eq!(metric(&env, &balance), Some(100.0), "counted at zero");

    let card = flat_card(&env);
    against(
        &env,
        &server,
        CREDIT_LINE_WABA,
        &["pricing", "import", card.to_str().unwrap(), "--yes"],
    )
    .ok();
    assert_eq!(metric(&env, &series), Some(0.0));
    assert!(metric(&env, &balance).unwrap() < 100.0);
}

/// A rate card file in this home: every charged message 0.01 USD.
fn flat_card(env: &Env) -> std::path::PathBuf {
    let card = env.path("card.csv");
    let mut text = String::from("country,category,currency,rate,effective_from,source\n");
    for cat in ["marketing", "utility", "authentication", "service"] {
        text.push_str(&format!("*,{cat},USD,0.01,2025-07-01,test card\n"));
    }
    std::fs::write(&card, text).unwrap();
    card
}

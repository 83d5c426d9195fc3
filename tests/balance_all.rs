//! `balance --all`: every WABA of every profile, one table, worst first,
//! totals per currency, and an exit code cron can act on.

use serde_json::Value;

use crate::harness::{Env, TOKEN, cents};

const NOW: &str = "2026-11-21T12:00:00Z";
const EUR_WABA: &str = "100000000000001";
const USD_WABA: &str = "100000000000002";
const GBP_WABA: &str = "100000000000003";
const FLEET: &str = "900000000000003";

fn env() -> Env {
    Env::new().set("WABA_NOW", NOW).set("COLUMNS", "200")
}

fn ids(all: &Value) -> Vec<&str> {
    all["wabas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["waba_id"].as_str().unwrap_or("-"))
        .collect()
}

fn total<'a>(all: &'a Value, currency: &str) -> &'a Value {
    all["totals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["currency"] == currency)
        .unwrap_or_else(|| panic!("no {currency} total in {all}"))
}

#[test]
fn every_sandbox_waba_in_one_table_worst_first_with_totals_per_currency() {
    let env = env();
    env.run(&["--sandbox", "topup", "100", "--yes"]).ok();
    let debit = [
        "--sandbox",
        "--waba",
        GBP_WABA,
        "balance",
        "adjust",
        "--debit",
        "5",
        "--reason",
        "test",
        "--yes",
    ];
    env.run(&debit).ok();

    let all = env
        .run(&["--sandbox", "balance", "--all", "-o", "json"])
        .ok()
        .json();
    // Exhausted first, then active, then the WABA without a ledger.
    assert_eq!(ids(&all), [GBP_WABA, EUR_WABA, USD_WABA]);
    let w = all["wabas"].as_array().unwrap();
    assert_eq!(w[0]["status"], "exhausted");
    assert_eq!(w[1]["status"], "active");
    assert_eq!(w[2]["status"], "no_ledger");
    assert_eq!(w[2]["balance"], Value::Null);
    assert_eq!(w[0]["numbers"], 1);
    assert_eq!(w[1]["name"], "Demo Retail EU");

    // Each line says what `balance` says of its WABA alone, to the cent.
    for (line, waba) in w.iter().zip([GBP_WABA, EUR_WABA]) {
        let one = env
            .run(&[
                "--sandbox",
                "--waba",
                waba,
                "balance",
                "--no-sync",
                "-o",
                "json",
            ])
            .ok()
            .json();
        for field in ["balance", "spend_today", "spend_month"] {
            assert_eq!(line[field], one[field], "{field} of {waba}");
        }
        assert_eq!(line["currency"], one["currency"]);
    }
    let eur = total(&all, "EUR");
    assert_eq!(cents(&eur["balance"]), cents(&w[1]["balance"]));
    assert_eq!(eur["wabas"], 1);
    let gbp = total(&all, "GBP");
    assert!(cents(&gbp["balance"]) < -500, "{gbp}");
    assert_eq!(gbp["exhausted"], 1);
    // No USD WABA has a ledger: there is no USD balance to add up.
    assert_eq!(total(&all, "USD")["balance"], Value::Null);
    assert_eq!(all["failed"], 0);

    let table = env.run(&["--sandbox", "balance", "--all"]).ok();
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[0].starts_with("3 WABAs of 1 profile"),
        "{}",
        table.stdout
    );
    // One profile: said once above the table, not on every row.
    assert!(lines[0].ends_with("· profile sandbox"), "{}", table.stdout);
    assert!(lines[2].starts_with("WABA"), "{}", table.stdout);
    assert!(lines[3].contains(GBP_WABA) && lines[3].contains("exhausted"));
    assert!(lines[5].contains(USD_WABA) && lines[5].contains("no ledger"));
    for cur in ["EUR", "GBP", "USD"] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("total") && l.contains(cur)),
            "a {cur} total: {}",
            table.stdout
        );
    }
    assert!(table.stderr.contains("1 WABA without a ledger yet"));

    // CSV for spreadsheets: the JSON rows, plain amounts beside their
    // currency, no totals.
    let csv = env
        .run(&["--sandbox", "balance", "--all", "-o", "csv"])
        .ok()
        .stdout;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "failed,profile,waba_id,name,currency,balance,status,spend_today,spend_month,forecast.per_day,forecast.runs_out_on,low_below,recharge_declined,today,last_sync,synced,as_of,time_zone,numbers"
    );
    assert_eq!(rows.len(), 4, "{csv}");
    let eur_balance = w[1]["balance"].as_str().unwrap();
    assert!(
        rows[2].starts_with(&format!(
            "0,sandbox,{EUR_WABA},Demo Retail EU,EUR,{eur_balance},active,"
        )),
        "{csv}"
    );

    // Cron: the table, and exit 9 while any WABA is exhausted.
    let check = env
        .run(&["--sandbox", "balance", "--all", "--check"])
        .code(9);
    assert!(check.stdout.contains(GBP_WABA));
    assert!(check.stderr.contains("1 WABA with an exhausted balance"));
    let credit = [
        "--sandbox",
        "--waba",
        GBP_WABA,
        "balance",
        "adjust",
        "--credit",
        "500",
        "--reason",
        "test",
        "--yes",
    ];
    env.run(&credit).ok();
    env.run(&["--sandbox", "balance", "--all", "--check"]).ok();
}

#[test]
fn profiles_businesses_and_failures_each_get_their_line() {
    let env = env();
    let server = env.serve_at(&["--wabas", "3"], Some(NOW));
    let url = &server.url;
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.down]\nwaba = \"{GBP_WABA}\"\ngraph_url = \"http://127.0.0.1:9\"\n\n\
             [profiles.eu]\nwaba = \"{EUR_WABA}\"\ngraph_url = \"{url}\"\n\n\
             [profiles.fleet]\nbusiness = \"{FLEET}\"\ngraph_url = \"{url}\"\n\n\
             [profiles.gone]\nbusiness = \"900000000000099\"\ngraph_url = \"{url}\"\n\n\
             [profiles.one]\nwaba = \"300000000000002\"\ngraph_url = \"{url}\"\n"
        ),
    )
    .unwrap();
    let token = [("WABA_TOKEN", TOKEN)];
    let out = env.run_with(&["balance", "--all", "-o", "json"], &token, None);
    // The profile that cannot be reached fails the run, after the others.
    assert_eq!(out.code, 5, "stderr: {}", out.stderr);
    let all = out.json();
    assert_eq!(
        ids(&all),
        [
            GBP_WABA,
            "-",
            EUR_WABA,
            "300000000000001",
            "300000000000002",
            "300000000000003"
        ],
        "failures first; a WABA two profiles reach appears once"
    );
    let mut w = all["wabas"].as_array().unwrap().clone();
    assert_eq!(w[0]["profile"], "down");
    assert_eq!(w[0]["status"], "error");
    assert_eq!(w[0]["error"]["kind"], "unavailable");
    // A business that cannot be listed is a line of its own.
    let gone = w.remove(1);
    assert_eq!(gone["profile"], "gone");
    assert_eq!(gone["waba_id"], Value::Null);
    assert_eq!(gone["error"]["kind"], "rejected");
    // A profile's own WABA is named too, though no business listed it.
    assert_eq!(w[1]["profile"], "eu");
    assert_eq!(w[1]["name"], "Demo Retail EU");
    assert!(w[2..].iter().all(|l| l["profile"] == "fleet"));
    assert!(w[1..].iter().all(|l| l["status"] == "no_ledger"));
    assert_eq!(w[2]["numbers"], 2);
    assert_eq!(w[2]["name"], "Fleet Client 0001");
    assert_eq!(all["failed"], 2);
    assert!(
        out.stderr
            .contains("could not read 1 WABA of 5 and 1 profile"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(TOKEN) && !out.stdout.contains(TOKEN));

    // In CSV the header holds every row's keys: the failed lines' errors,
    // which come first, and the figures of those read.
    let csv = env.run_with(&["balance", "--all", "-o", "csv"], &token, None);
    assert_eq!(csv.code, 5);
    let head: Vec<&str> = csv.stdout.lines().next().unwrap().split(',').collect();
    assert!(head.contains(&"forecast.per_day"), "{head:?}");
    let col = head.iter().position(|h| *h == "error.kind").unwrap();
    let down = csv.stdout.lines().find(|l| l.contains(",down,")).unwrap();
    assert_eq!(
        down.split(',').nth(col),
        Some("unavailable"),
        "{}",
        csv.stdout
    );

    // --profile narrows --all to one profile; the business is listed once
    // and each of its WABAs read once, whatever --jobs says.
    let fleet_all = |flags: &[&str]| {
        let mut args = vec!["--profile", "fleet", "balance", "--all", "-o", "json"];
        args.extend_from_slice(flags);
        env.run_with(&args, &token, None).ok().json()
    };
    let before = server.requests().len();
    let fleet = fleet_all(&["--jobs", "1"]);
    assert_eq!(
        ids(&fleet),
        ["300000000000001", "300000000000002", "300000000000003"]
    );
    let asked: Vec<Value> = server.requests().split_off(before);
    let listings = asked
        .iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .unwrap()
                .ends_with("/owned_whatsapp_business_accounts")
        })
        .count();
    assert_eq!(listings, 1);
    // The numbers came with the listing (field expansion): no read per WABA.
    let numbers = asked
        .iter()
        .filter(|r| r["path"].as_str().unwrap().ends_with("/phone_numbers"))
        .count();
    assert_eq!(numbers, 0);
    let again = fleet_all(&[]);
    assert_eq!(ids(&again), ids(&fleet));

    // --no-sync answers from the store: the business is listed, no WABA
    // is asked about.
    let before = server.requests().len();
    let quiet = fleet_all(&["--no-sync"]);
    assert_eq!(ids(&quiet), ids(&fleet));
    let asked = server.requests().split_off(before);
    assert!(
        asked.iter().all(|r| r["path"]
            .as_str()
            .unwrap()
            .contains("whatsapp_business_accounts")),
        "{asked:?}"
    );
}

#[test]
fn bad_all_and_jobs_flags_are_usage_errors() {
    let env = env();
    for (args, says) in [
        (vec!["--sandbox", "balance", "--jobs", "4"], "--all"),
        (vec!["--sandbox", "balance", "--all", "--jobs", "0"], "0"),
        (vec!["--sandbox", "balance", "--all", "--jobs", "x"], "x"),
        (
            vec!["--sandbox", "--waba", EUR_WABA, "balance", "--all"],
            "drop --waba",
        ),
        (
            vec!["--profile", "nope", "balance", "--all"],
            "no profile named `nope`",
        ),
        (vec!["balance", "--all"], "no profile"),
    ] {
        let out = env.run(&args).code(2);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    assert!(!env.path("state.db").exists(), "nothing written");
}

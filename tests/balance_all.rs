//! `balance --all`: every WABA of every profile, one table, worst first,
//! totals per currency, and an exit code cron can act on.

use serde_json::Value;

use crate::harness::{Env, Server, TOKEN, cents};

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

/// A profile `fleet` for the served sandbox's fleet business.
fn fleet_profile(env: &Env, server: &Server) {
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.fleet]\nbusiness = \"{FLEET}\"\ngraph_url = \"{}\"\n",
            server.url
        ),
    )
    .unwrap();
}

/// The items of each batch request the server received, in order.
fn batches(server: &Server) -> Vec<Vec<Value>> {
    let log = server.requests();
    log.iter()
        .filter(|r| r["path"] == "/v25.0/")
        .map(|b| {
            log.iter()
                .filter(|i| i["batch"] == b["seq"])
                .cloned()
                .collect()
        })
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
    // By default the three WABAs' spend comes in one batch request.
    let before = server.requests().len();
    let again = fleet_all(&[]);
    assert_eq!(ids(&again), ids(&fleet));
    let asked: Vec<Value> = server.requests().split_off(before);
    let sent: Vec<&Value> = asked.iter().filter(|r| r["batch"].is_null()).collect();
    assert_eq!(
        sent.len(),
        3,
        "owned and client listings, a batch: {sent:?}"
    );
    assert_eq!(
        (&sent[2]["method"], &sent[2]["path"]),
        (&"POST".into(), &"/v25.0/".into())
    );
    let items: Vec<&Value> = asked
        .iter()
        .filter(|r| r["batch"] == sent[2]["seq"])
        .collect();
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(|i| {
        i["query"][0][1]
            .as_str()
            .unwrap()
            .starts_with("pricing_analytics.")
    }));

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

/// Over 60 WABAs the spend comes in two batch requests (Meta takes 50
/// items at most). An item that fails the way a retry can help (a 5xx,
/// `null`) is sent again without the others; one that fails for good is its WABA's line
/// alone, never retried, and the other WABAs are read.
#[test]
fn a_fleets_spend_comes_in_batches_and_a_failed_item_fails_alone() {
    let run = |inject: &str| {
        let env = env();
        let server = env.serve_at(&["--wabas", "60", "--inject", inject], Some(NOW));
        fleet_profile(&env, &server);
        let out = env.run_with(
            &["-v", "balance", "--all", "-o", "json"],
            &[("WABA_TOKEN", TOKEN)],
            None,
        );
        assert!(!out.stderr.contains(TOKEN) && !out.stdout.contains(TOKEN));
        assert!(
            out.stderr.contains("access_token=[redacted]"),
            "{}",
            out.stderr
        );
        let batches = batches(&server);
        // The first two batches go out together; they may arrive either way.
        let mut sizes: Vec<usize> = batches.iter().map(Vec::len).collect();
        sizes[..2].sort_unstable();
        (out, batches, sizes)
    };

    // A transient error (code 2) on the first item: it alone is sent again.
    let (out, batches, sizes) = run("analytics=2");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json()["wabas"].as_array().unwrap().len(), 60);
    assert_eq!(sizes, [10, 50, 1], "{batches:?}");
    let failed = batches[..2]
        .concat()
        .into_iter()
        .find(|i| i["status"].as_u64().unwrap() >= 500)
        .unwrap();
    assert_eq!(batches[2][0]["path"], failed["path"]);
    assert_eq!(batches[2][0]["status"], 200);

    // An item Meta did not finish comes back `null`: it is sent again.
    let (out, batches, sizes) = run("analytics=lost");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(sizes, [10, 50, 1], "{batches:?}");

    // A permission error (code 200): that WABA's line, the 59 others read.
    let (out, batches, sizes) = run("analytics=200");
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert_eq!(sizes, [10, 50], "not retried: {batches:?}");
    let all = out.json();
    let w = all["wabas"].as_array().unwrap();
    assert_eq!(w.len(), 60);
    assert_eq!(w[0]["status"], "error");
    assert_eq!(w[0]["error"]["kind"], "auth");
    assert!(w[1..].iter().all(|l| l["status"] == "no_ledger"));
}

/// Meta's usage header is per WABA, and so is the pacing: a WABA at its
/// limit is throttled alone, its item is sent again after a pause (never
/// the others'), and when the limit holds, it is that WABA's line alone.
#[test]
fn a_waba_at_its_limit_slows_and_fails_alone() {
    let env = env();
    let server = env.serve_at(&["--wabas", "60", "--throttle-after", "3"], Some(NOW));
    fleet_profile(&env, &server);
    // Someone else's calls used up WABA 7's budget.
    let hot = "300000000000007";
    for _ in 0..3 {
        crate::harness::http_get(&format!(
            "{}/v25.0/{hot}?fields=id&access_token=other",
            server.url
        ));
    }
    let out = env.run_with(
        &["-v", "balance", "--all", "-o", "json"],
        &[
            ("WABA_TOKEN", TOKEN),
            ("WABA_PACE_MAX_MS", "100"),
            ("WABA_RETRY_BASE_MS", "10"),
        ],
        None,
    );
    assert_eq!(out.code, 6, "{}", out.stderr);
    let all = out.json();
    let w = all["wabas"].as_array().unwrap();
    assert_eq!(w.len(), 60);
    assert_eq!(w[0]["waba_id"], hot);
    assert_eq!(w[0]["error"]["kind"], "rate_limited");
    assert!(w[1..].iter().all(|l| l["status"] == "no_ledger"));
    // Its item alone went again, each time after a pause for its usage.
    let sizes: Vec<usize> = batches(&server).iter().map(Vec::len).collect();
    assert_eq!(&sizes[2..], [1, 1, 1], "{sizes:?}");
    let pauses = out.stderr.matches("* pausing").count();
    assert_eq!(pauses, 3, "{}", out.stderr);
}

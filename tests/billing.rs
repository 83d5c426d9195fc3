//! Money end to end: top-ups by card through the sandbox's processor (and
//! the same client against a served sandbox), declines, a charge whose
//! answer is lost or whose run is killed, concurrent top-ups, balance
//! adjustments and `--check`.

use std::time::{Duration, Instant};

use crate::harness::{Env, Server};

const NOW: &str = "2026-11-21T09:00:00Z";

fn env() -> Env {
    Env::new().set("WABA_NOW", NOW).set("COLUMNS", "200")
}

/// Runs against a served sandbox, its card processor included.
fn pay(env: &Env, server: &Server, args: &[&str]) -> crate::harness::Out {
    env.against_with(
        server,
        args,
        &[
            ("STRIPE_API_BASE", server.url.as_str()),
            ("STRIPE_SECRET_KEY", "sk_test_billing"),
        ],
    )
}

/// `pay` for another WABA than the demo one.
fn pay_for(env: &Env, server: &Server, waba: &str, args: &[&str]) -> crate::harness::Out {
    let mut full = vec!["--graph-url", server.url.as_str(), "--waba", waba];
    full.extend_from_slice(args);
    env.run_with(
        &full,
        &[
            ("WABA_TOKEN", crate::harness::TOKEN),
            ("STRIPE_API_BASE", server.url.as_str()),
            ("STRIPE_SECRET_KEY", "sk_test_billing"),
        ],
        None,
    )
}

/// Outside `--sandbox` there is no demo card: set the sandbox's test card.
fn set_card(env: &Env, server: &Server, card: &str) {
    pay(
        env,
        server,
        &[
            "payment",
            "set",
            "--customer",
            "cus_sandbox_demo",
            "--card",
            card,
            "--yes",
        ],
    )
    .ok();
}

/// What the ledger holds (credits − debits), after checking that the
/// balance is that minus the spend synced from Meta, to the cent.
fn balance(env: &Env, server: Option<&Server>) -> String {
    let out = match server {
        Some(s) => pay(env, s, &["balance", "-o", "json"]),
        None => env.run(&["--sandbox", "balance", "-o", "json"]),
    };
    let v = out.ok().json();
    let cents = |k: &str| crate::harness::cents(&v[k]);
    let net = cents("credits") - cents("debits");
    assert_eq!(cents("balance"), net - cents("spend"), "{v}");
    format!("{}.{:02}", net / 100, net % 100)
}

#[test]
fn topup_then_balance_history_and_receipt_agree() {
    let env = env();
    let out = env.run(&["--sandbox", "topup", "100", "--yes"]).ok();
    assert!(
        out.stdout
            .contains("100.00 EUR credited, 105.50 EUR charged"),
        "{}",
        out.stdout
    );
    assert_eq!(balance(&env, None), "100.00");
    let history = env
        .run(&["--sandbox", "topup", "history", "-o", "json"])
        .ok()
        .json();
    let t = &history[0];
    assert_eq!(
        (
            t["amount"].as_str(),
            t["fee"].as_str(),
            t["total"].as_str(),
            t["status"].as_str()
        ),
        (
            Some("100.00"),
            Some("5.50"),
            Some("105.50"),
            Some("succeeded")
        )
    );
    assert_eq!(t["currency"], "EUR");
    assert!(t["receipt_url"].as_str().unwrap().starts_with("https://"));
    let id = t["id"].as_str().unwrap();
    let receipt = env.run(&["--sandbox", "topup", "receipt", id]).ok();
    for line in [
        "Credited to balance  100.00 EUR",
        "Processing fee       5.50 EUR",
        "Total charged        105.50 EUR",
    ] {
        assert!(receipt.stdout.contains(line), "{line}\n{}", receipt.stdout);
    }
    // The limits are inclusive, and the fee rounds half-up.
    let top = env
        .run(&["--sandbox", "topup", "2000", "--yes", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        (top["fee"].as_str(), top["total"].as_str()),
        (Some("110.00"), Some("2110.00"))
    );
    let eleven = env
        .run(&["--sandbox", "topup", "11", "--yes", "-o", "json"])
        .ok()
        .json();
    assert_eq!(eleven["total"], "11.61");
    assert_eq!(balance(&env, None), "2111.00");
    let unknown = env
        .run(&["--sandbox", "topup", "receipt", "tu_nope"])
        .code(2);
    assert!(unknown.stderr.contains("no top-up `tu_nope`"));
}

#[test]
fn bad_amounts_are_usage_errors_and_change_nothing() {
    let env = env();
    for (amount, says) in [
        ("9.99", "below the minimum top-up of 10.00"),
        ("2000.01", "above the maximum top-up of 2,000.00"),
        ("1e3", "not a plain decimal number"),
        ("-5", "is negative"),
        ("12.345", "has 3 decimals"),
        ("10 USD", "not a plain decimal number"),
        ("", "is empty"),
    ] {
        let out = env.run(&["--sandbox", "topup", amount, "--yes"]).code(2);
        assert!(out.stderr.contains(says), "{amount}: {}", out.stderr);
        assert_eq!(
            out.stderr
                .lines()
                .filter(|l| l.starts_with("error:"))
                .count(),
            1
        );
    }
    let left: Vec<_> = std::fs::read_dir(env.home.path()).unwrap().collect();
    assert!(left.is_empty(), "bad input wrote {left:?}");
    // Without a terminal, a charge needs --yes, and nothing is charged.
    let out = env.run(&["--sandbox", "topup", "100"]).code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert_eq!(balance(&env, None), "0.00");
}

#[test]
fn declines_exit_7_with_the_reason_and_credit_nothing() {
    let env = env();
    let use_card = |card: &str| {
        env.run(&[
            "--sandbox",
            "payment",
            "set",
            "--customer",
            "cus_sandbox_demo",
            "--card",
            card,
            "--yes",
        ])
        .ok();
    };
    use_card("pm_card_visa_chargeDeclinedInsufficientFunds");
    let out = env.run(&["--sandbox", "topup", "50", "--yes"]).code(7);
    assert!(out.stderr.contains("insufficient funds"), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was charged"));
    use_card("pm_card_authenticationRequired");
    let out = env.run(&["--sandbox", "topup", "50", "--yes"]).code(7);
    assert!(out.stderr.contains("authenticate"), "{}", out.stderr);
    assert_eq!(balance(&env, None), "0.00");
    let history = env
        .run(&["--sandbox", "topup", "history", "-o", "json"])
        .ok()
        .json();
    let mut statuses: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["status"].as_str().unwrap())
        .collect();
    statuses.sort();
    assert_eq!(statuses, ["declined", "requires_action"]);
    // Ids that are not Stripe's are refused before anything is asked.
    let bad = env
        .run(&[
            "--sandbox",
            "payment",
            "set",
            "--customer",
            "alice",
            "--card",
            "pm_card_visa",
            "--yes",
        ])
        .code(2);
    assert!(bad.stderr.contains("not a Stripe customer id"));
    let missing = env
        .run(&[
            "--sandbox",
            "payment",
            "set",
            "--customer",
            "cus_nobody",
            "--card",
            "pm_card_visa",
            "--yes",
        ])
        .code(7);
    assert!(
        missing.stderr.contains("No such customer"),
        "{}",
        missing.stderr
    );
}

#[test]
fn each_waba_has_its_own_card() {
    let env = env();
    let server = env.serve(&[]);
    pay_for(
        &env,
        &server,
        "100000000000002",
        &[
            "payment",
            "set",
            "--customer",
            "cus_sandbox_other",
            "--card",
            "pm_card_mastercard",
            "--yes",
        ],
    )
    .ok();
    set_card(&env, &server, "pm_card_visa");
    pay(&env, &server, &["topup", "10", "--yes"]).ok();
    pay_for(&env, &server, "100000000000002", &["topup", "10", "--yes"]).ok();
    let creates = server.requests_to("POST", "/v1/payment_intents");
    let bodies: Vec<&str> = creates
        .iter()
        .map(|r| r["body"].as_str().unwrap())
        .collect();
    assert!(
        bodies[0].contains("payment_method=pm_card_visa"),
        "{bodies:?}"
    );
    assert!(
        bodies[1].contains("payment_method=pm_card_mastercard"),
        "{bodies:?}"
    );
    assert!(bodies[1].contains("customer=cus_sandbox_other"));
    // The secret key never reaches the request log's bodies or the output.
    assert!(!bodies.iter().any(|b| b.contains("sk_test_billing")));
}

#[test]
fn a_charge_whose_answer_is_lost_is_settled_not_repeated() {
    let env = env();
    let server = env.serve(&["--inject", "charge=lost"]);
    set_card(&env, &server, "pm_card_visa");
    let out = pay(&env, &server, &["-v", "topup", "100", "--yes"]).ok();
    assert!(out.stdout.contains("105.50 EUR charged"), "{}", out.stdout);
    assert!(out.stderr.contains("/confirm"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("sk_test_billing"),
        "the key leaked: {}",
        out.stderr
    );
    assert_eq!(server.requests_to("POST", "/confirm").len(), 1);
    assert_eq!(balance(&env, Some(&server)), "100.00");
}

#[test]
fn a_topup_killed_after_the_charge_is_settled_by_the_next_run() {
    let env = env();
    let server = env.serve(&["--inject", "charge=hang"]);
    set_card(&env, &server, "pm_card_visa");
    let mut child = env
        .cmd(&[
            "--graph-url",
            &server.url,
            "--waba",
            crate::harness::DEMO_WABA,
            "topup",
            "100",
            "--yes",
        ])
        .env("WABA_TOKEN", crate::harness::TOKEN)
        .env("STRIPE_API_BASE", &server.url)
        .env("STRIPE_SECRET_KEY", "sk_test_billing")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The sandbox logs the confirmation once it has charged the card.
    let start = Instant::now();
    while server.requests_to("POST", "/confirm").is_empty() {
        assert!(start.elapsed() < Duration::from_secs(20), "no charge seen");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let history = pay(&env, &server, &["topup", "history", "-o", "json"])
        .ok()
        .json();
    assert_eq!(history.as_array().unwrap().len(), 1);
    assert_eq!(history[0]["status"], "succeeded", "{history}");
    assert_eq!(balance(&env, Some(&server)), "100.00");
    assert_eq!(
        server.requests_to("POST", "/confirm").len(),
        1,
        "charged once"
    );
    assert_eq!(server.requests_to("POST", "/v1/payment_intents").len(), 1);
}

#[test]
fn twenty_concurrent_topups_make_twenty_credits() {
    let env = env();
    let server = env.serve(&[]);
    set_card(&env, &server, "pm_card_visa");
    let children: Vec<_> = (0..20)
        .map(|_| {
            env.cmd(&[
                "--graph-url",
                &server.url,
                "--waba",
                crate::harness::DEMO_WABA,
                "topup",
                "10.05",
                "--yes",
            ])
            .env("WABA_TOKEN", crate::harness::TOKEN)
            .env("STRIPE_API_BASE", &server.url)
            .env("STRIPE_SECRET_KEY", "sk_test_billing")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(balance(&env, Some(&server)), "201.00");
    let history = pay(&env, &server, &["topup", "history", "-o", "json"])
        .ok()
        .json();
    let h = history.as_array().unwrap();
    assert_eq!(h.len(), 20);
    assert!(
        h.iter()
            .all(|t| t["status"] == "succeeded" && t["total"] == "10.60")
    );
    assert_eq!(server.requests_to("POST", "/confirm").len(), 20);
}

#[test]
fn adjustments_open_the_ledger_and_check_exits_9_when_exhausted() {
    let env = env();
    let fresh = env.run(&["--sandbox", "balance"]).ok();
    assert!(fresh.stderr.contains("no ledger yet"), "{}", fresh.stderr);
    env.run(&[
        "--sandbox",
        "balance",
        "adjust",
        "--credit",
        "25",
        "--reason",
        "opening balance",
        "--yes",
    ])
    .ok();
    assert_eq!(balance(&env, None), "25.00");
    env.run(&["--sandbox", "balance", "--check"]).ok();
    env.run(&[
        "--sandbox",
        "balance",
        "adjust",
        "--debit",
        "25.00",
        "--reason",
        "reconciliation",
        "--yes",
    ])
    .ok();
    let out = env.run(&["--sandbox", "balance", "--check"]).code(9);
    assert!(out.stderr.contains("exhausted"), "{}", out.stderr);
    let bad = env
        .run(&[
            "--sandbox",
            "balance",
            "adjust",
            "--credit",
            "1e3",
            "--reason",
            "x",
            "--yes",
        ])
        .code(2);
    assert!(bad.stderr.contains("not a plain decimal"));
    let no_reason = env
        .run(&[
            "--sandbox",
            "balance",
            "adjust",
            "--credit",
            "5",
            "--reason",
            " ",
            "--yes",
        ])
        .code(2);
    assert!(no_reason.stderr.contains("--reason is empty"));
}

/// A request to localstripe: HTTP/1.1 over loopback, form body, key as
/// basic auth, as Stripe's own clients send it.
fn stripe_http(port: u16, method: &str, path: &str, form: &str) -> serde_json::Value {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer sk_test_local\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let body = resp.split_once("\r\n\r\n").map(|x| x.1).unwrap_or("");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("localstripe answered {e}: {resp}"))
}

/// Starts localstripe (PyPI) on a free loopback port, if it is installed:
/// `WABA_LOCALSTRIPE` names the executable (`.ci/run` installs it). Without
/// it the test is skipped, except in CI, where that is a failure.
fn localstripe() -> Option<(std::process::Child, u16)> {
    let exe = std::env::var("WABA_LOCALSTRIPE")
        .ok()
        .filter(|e| !e.is_empty());
    let Some(exe) = exe else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the localstripe tests: set WABA_LOCALSTRIPE (see .ci/run)"
        );
        eprintln!("skipped: WABA_LOCALSTRIPE is not set (see .ci/run)");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = std::process::Command::new(&exe)
        .args(["--port", &port.to_string(), "--from-scratch"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {exe}: {e}"));
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "localstripe did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Some((child, port))
}

#[test]
fn localstripe_charges_the_saved_card_once_and_declines_a_failing_one() {
    let Some((mut ls, port)) = localstripe() else {
        return;
    };
    let env = env();
    let server = env.serve(&[]);
    let base = format!("http://127.0.0.1:{port}");
    let run = |args: &[&str]| {
        env.against_with(
            &server,
            args,
            &[
                ("STRIPE_API_BASE", base.as_str()),
                ("STRIPE_SECRET_KEY", "sk_test_local"),
            ],
        )
    };
    let customer = stripe_http(port, "POST", "/v1/customers", "name=Demo+Retail")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let card = |number: &str| {
        let pm = stripe_http(
            port,
            "POST",
            "/v1/payment_methods",
            &format!("type=card&card[number]={number}&card[exp_month]=12&card[exp_year]=2034&card[cvc]=123"),
        )["id"]
            .as_str()
            .unwrap()
            .to_string();
        stripe_http(
            port,
            "POST",
            &format!("/v1/payment_methods/{pm}/attach"),
            &format!("customer={customer}"),
        );
        pm
    };
    let good = card("4242424242424242");
    // Attaching succeeds; charging fails (Stripe's documented test card).
    let failing = card("4000000000000341");
    run(&[
        "payment",
        "set",
        "--customer",
        &customer,
        "--card",
        &good,
        "--yes",
    ])
    .ok();
    let out = run(&["topup", "100", "--yes"]).ok();
    assert!(out.stdout.contains("105.50 EUR charged"), "{}", out.stdout);
    let charges = stripe_http(port, "GET", "/v1/charges", "");
    let charges: Vec<_> = charges["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["customer"] == customer.as_str())
        .collect();
    assert_eq!(charges.len(), 1, "one charge: {charges:?}");
    assert_eq!(
        (
            charges[0]["amount"].as_i64(),
            charges[0]["currency"].as_str()
        ),
        (Some(10550), Some("eur"))
    );
    run(&[
        "payment",
        "set",
        "--customer",
        &customer,
        "--card",
        &failing,
        "--yes",
    ])
    .ok();
    let declined = run(&["topup", "50", "--yes"]).code(7);
    assert!(declined.stderr.contains("declined"), "{}", declined.stderr);
    // Only the first top-up was credited; the spend synced from the
    // sandbox's analytics comes off it.
    let b = run(&["balance", "-o", "json"]).ok().json();
    assert_eq!(b["credits"], "100.00");
    assert_eq!(
        crate::harness::cents(&b["balance"]),
        10_000 - crate::harness::cents(&b["spend"]),
        "{b}"
    );
    let _ = ls.kill();
    let _ = ls.wait();
}

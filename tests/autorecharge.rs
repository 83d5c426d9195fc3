//! Auto-recharge: once per crossing below the threshold, whoever evaluates
//! it and however many at once; armed again above it; a declined recharge
//! is not retried and makes `balance --check` exit 7.

use std::process::Stdio;

use serde_json::Value;

use crate::harness::{DEMO_WABA, Env, Out, Server, TOKEN};

const NOW: &str = "2026-11-21T12:00:00Z";

fn env() -> Env {
    Env::new().set("WABA_NOW", NOW).set("COLUMNS", "200")
}

/// Runs against a served sandbox, its card processor included.
fn run(env: &Env, server: &Server, args: &[&str]) -> Out {
    run_at(env, server, NOW, args)
}

fn run_at(env: &Env, server: &Server, now: &str, args: &[&str]) -> Out {
    let mut full = vec!["--graph-url", server.url.as_str(), "--waba", DEMO_WABA];
    full.extend_from_slice(args);
    env.run_with(
        &full,
        &[
            ("WABA_TOKEN", TOKEN),
            ("WABA_NOW", now),
            ("STRIPE_API_BASE", server.url.as_str()),
            ("STRIPE_SECRET_KEY", "sk_test_recharge"),
        ],
        None,
    )
}

/// A served sandbox, a card, 100.00 topped up, and auto-recharge of 50.00
/// below 200.00: the balance (100 less today's spend) is below it.
fn set_up(card: &str) -> (Env, Server) {
    let env = env();
    let server = env.serve_at(&[], Some(NOW));
    let set_card = |card: &str| {
        let args = [
            "payment",
            "set",
            "--customer",
            "cus_sandbox_demo",
            "--card",
            card,
            "--yes",
        ];
        run(&env, &server, &args).ok();
    };
    set_card("pm_card_visa");
    run(&env, &server, &["topup", "100", "--yes"]).ok();
    set_card(card);
    let enable = [
        "autorecharge",
        "enable",
        "--below",
        "200",
        "--amount",
        "50",
        "--yes",
    ];
    run(&env, &server, &enable).ok();
    (env, server)
}

fn confirms(server: &Server) -> usize {
    server.requests_to("POST", "/confirm").len()
}

fn auto_topups(env: &Env, server: &Server) -> Vec<Value> {
    let h = run(env, server, &["topup", "history", "-o", "json"])
        .ok()
        .json();
    h.as_array()
        .unwrap()
        .iter()
        .filter(|t| t["trigger"] == "auto")
        .cloned()
        .collect()
}

#[test]
fn a_crossing_recharges_once_and_the_rule_rearms_above_the_threshold() {
    let (env, server) = set_up("pm_card_visa");
    assert_eq!(confirms(&server), 1, "enabling charges nothing");

    let dry = run(&env, &server, &["balance", "--dry-run"]).ok();
    assert!(dry.stderr.contains("auto-recharge would top up 50.00 EUR"));
    assert_eq!(confirms(&server), 1, "a dry run charges nothing");

    let b = run(&env, &server, &["balance", "-o", "json"]).ok().json();
    assert_eq!(b["credits"], "150.00");
    assert_eq!(b["low_below"], "200.00");
    assert_eq!(b["status"], "low");
    assert_eq!(b["recharge_declined"], Value::Null);
    assert_eq!(confirms(&server), 2);
    let auto = auto_topups(&env, &server);
    assert_eq!(auto.len(), 1);
    assert_eq!(
        (&auto[0]["amount"], &auto[0]["total"]),
        (&"50.00".into(), &"52.75".into())
    );

    // Still below, already fired: nothing more, whichever command looks.
    run(&env, &server, &["balance", "--check"]).code(8);
    run(&env, &server, &["usage", "-o", "json"]).ok();
    run(&env, &server, &["invoices", "-o", "json"]).ok();
    assert_eq!(confirms(&server), 2);
    let shown = run(&env, &server, &["autorecharge", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["armed"], false);

    // A top-up lifts it above 200: armed again; a debit crosses again.
    run(&env, &server, &["topup", "100", "--yes"]).ok();
    let shown = run(&env, &server, &["autorecharge", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["armed"], true);
    let debit = [
        "balance", "adjust", "--debit", "100", "--reason", "test", "--yes",
    ];
    let out = run(&env, &server, &debit).ok();
    assert!(out.stderr.contains("auto-recharge"), "{}", out.stderr);
    assert_eq!(auto_topups(&env, &server).len(), 2);
    assert_eq!(confirms(&server), 4);
}

#[test]
fn ten_concurrent_checks_at_the_crossing_recharge_once() {
    let (env, server) = set_up("pm_card_visa");
    let children: Vec<_> = (0..10)
        .map(|_| {
            env.cmd(&[
                "--graph-url",
                &server.url,
                "--waba",
                DEMO_WABA,
                "balance",
                "--check",
            ])
            .env("WABA_TOKEN", TOKEN)
            .env("STRIPE_API_BASE", &server.url)
            .env("STRIPE_SECRET_KEY", "sk_test_recharge")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        // Every run reports the balance after the one recharge: still low.
        assert_eq!(
            out.status.code(),
            Some(8),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(auto_topups(&env, &server).len(), 1);
    assert_eq!(confirms(&server), 2, "one manual top-up, one recharge");
    let b = run(&env, &server, &["balance", "-o", "json"]).ok().json();
    assert_eq!(b["credits"], "150.00");
}

#[test]
fn a_declined_recharge_exits_7_and_waits_for_the_next_crossing() {
    let (env, server) = set_up("pm_card_visa_chargeDeclined");
    let out = run(&env, &server, &["balance", "--check"]).code(7);
    assert!(
        out.stderr.contains("auto-recharge was declined"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("Balance"), "the report comes first");
    assert_eq!(confirms(&server), 2);
    let auto = auto_topups(&env, &server);
    assert_eq!(auto.len(), 1);
    assert_eq!(auto[0]["status"], "declined");

    // Not retried: the next runs say so, and charge nothing.
    run(&env, &server, &["balance", "--check"]).code(7);
    let b = run(&env, &server, &["balance", "-o", "json"]).ok().json();
    assert!(
        b["recharge_declined"]
            .as_str()
            .unwrap()
            .contains("declined")
    );
    // Across the fleet too: a declined recharge outranks a low balance.
    let all = env.run_with(
        &["--graph-url", &server.url, "balance", "--all", "--check"],
        &[
            ("WABA_ID", DEMO_WABA),
            ("WABA_TOKEN", TOKEN),
            ("STRIPE_API_BASE", server.url.as_str()),
            ("STRIPE_SECRET_KEY", "sk_test_recharge"),
        ],
        None,
    );
    let all = all.code(7);
    assert!(all.stderr.contains("1 WABA with a declined auto-recharge"));
    assert_eq!(confirms(&server), 2);

    // A working card, and the balance back above: the next crossing
    // recharges again.
    let args = [
        "payment",
        "set",
        "--customer",
        "cus_sandbox_demo",
        "--card",
        "pm_card_visa",
        "--yes",
    ];
    run(&env, &server, &args).ok();
    let credit = [
        "balance", "adjust", "--credit", "150", "--reason", "test", "--yes",
    ];
    run(&env, &server, &credit).ok();
    let debit = [
        "balance", "adjust", "--debit", "150", "--reason", "test", "--yes",
    ];
    run(&env, &server, &debit).ok();
    assert_eq!(confirms(&server), 3);
    run(&env, &server, &["balance", "--check"]).code(8);
}

#[test]
fn a_recharge_cut_off_before_its_top_up_is_made_by_a_run_five_minutes_later() {
    let (env, server) = set_up("pm_card_visa");
    // A run that fired the rule and died before recording its top-up.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let at = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
        let store = env.store(&waba::clock::Clock::fixed(at)).await;
        let rule = waba::billing::policy::Rule::Recharge;
        assert!(
            waba::billing::policy::cross(&store, DEMO_WABA, rule, Some("tu_lost"), at)
                .await
                .unwrap()
        );
    });
    run(&env, &server, &["balance"]).ok();
    assert_eq!(
        confirms(&server),
        1,
        "it may still be in progress elsewhere"
    );
    run_at(&env, &server, "2026-11-21T12:06:00Z", &["balance"]).ok();
    assert_eq!(confirms(&server), 2);
    assert_eq!(auto_topups(&env, &server).len(), 1);
    run_at(&env, &server, "2026-11-21T12:20:00Z", &["balance"]).ok();
    assert_eq!(confirms(&server), 2, "made once");
}

#[test]
fn bad_rules_are_refused_and_change_nothing() {
    let env = env();
    for (args, says) in [
        (vec!["--below", "0", "--amount", "50"], "threshold is zero"),
        (vec!["--below", "-5", "--amount", "50"], "negative"),
        (
            vec!["--below", "1e3", "--amount", "50"],
            "not a plain decimal",
        ),
        (vec!["--below", "50", "--amount", "9.99"], "10"),
        (vec!["--below", "50", "--amount", "2000.01"], "2,000"),
        (vec!["--below", "50", "--amount", "12.345"], "decimals"),
    ] {
        let mut full = vec!["--sandbox", "autorecharge", "enable", "--yes"];
        full.extend(args.iter().copied());
        let out = env.run(&full).code(2);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    // Consent is asked for: without a terminal, only --yes gives it.
    let out = env
        .run(&[
            "--sandbox",
            "autorecharge",
            "enable",
            "--below",
            "50",
            "--amount",
            "50",
        ])
        .code(2);
    assert!(out.stderr.contains("--yes"));
    let out = env.run(&["--sandbox", "autorecharge", "show"]).code(2);
    assert!(
        out.stderr.contains("no auto-recharge is set"),
        "{}",
        out.stderr
    );
}

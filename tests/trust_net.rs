//! Hostile servers on the network side: redirects are not followed, a
//! dripping answer ends at the deadline, a flood is cut off, and an echoed
//! secret never reaches the output.

use std::time::{Duration, Instant};

use crate::harness::{DEMO_CARD, Env, Out, Server, TOKEN};
use crate::hostile::{Act, Hostile};

const STRIPE_KEY: &str = "sk_test_hostileKEY4242";

fn graph(env: &Env, url: &str, args: &[&str]) -> Out {
    let mut full = vec!["--graph-url", url, "--waba", crate::harness::DEMO_WABA];
    full.extend_from_slice(args);
    env.run_with(&full, &[("WABA_TOKEN", TOKEN)], None)
}

fn no_secret(out: &Out, secrets: &[&str]) {
    for s in secrets {
        assert!(
            !out.stdout.contains(s) && !out.stderr.contains(s),
            "{s} leaked\nstdout:\n{}\nstderr:\n{}",
            out.stdout,
            out.stderr
        );
    }
}

/// The demo card, set through the sandbox's own card processor.
fn set_card(env: &Env, sandbox: &Server) {
    env.against_with(
        sandbox,
        &DEMO_CARD,
        &[
            ("STRIPE_API_BASE", sandbox.url.as_str()),
            ("STRIPE_SECRET_KEY", STRIPE_KEY),
        ],
    )
    .ok();
}

#[test]
fn a_graph_redirect_is_an_error_naming_its_host_and_is_never_followed() {
    let env = Env::new();
    let elsewhere = Hostile::json(200, "{}");
    let to = format!("{}/v25.0/debug_token?input_token=x", elsewhere.url);
    let server = Hostile::start(Act::Redirect(to));
    let out = graph(&env, &server.url, &["auth", "status"]).code(5);
    let port = elsewhere.url.rsplit(':').next().unwrap();
    assert!(
        out.stderr
            .contains(&format!("redirect to http://127.0.0.1:{port}")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("follows no redirects"),
        "{}",
        out.stderr
    );
    assert_eq!(server.hits(), 1, "a redirect is not retried");
    assert_eq!(elsewhere.hits(), 0, "the redirect was followed");
    no_secret(&out, &[TOKEN]);

    // Not even to plain http on another host.
    let server = Hostile::start(Act::Redirect("http://graph.example.net/v25.0/me".into()));
    let out = graph(&env, &server.url, &["numbers", "list"]).code(5);
    assert!(
        out.stderr.contains("redirect to http://graph.example.net"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_card_processor_redirect_charges_nothing_and_credits_nothing() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let sandbox = env.serve(&[]);
    let elsewhere = Hostile::json(200, r#"{"id":"pi_1","status":"succeeded"}"#);
    let stripe = Hostile::start(Act::Redirect(format!(
        "{}/v1/payment_intents",
        elsewhere.url
    )));
    let vars = [
        ("STRIPE_API_BASE", stripe.url.as_str()),
        ("STRIPE_SECRET_KEY", STRIPE_KEY),
    ];
    env.against_with(&sandbox, &DEMO_CARD, &vars).code(5);
    assert_eq!(stripe.hits(), 1, "a redirected read is not retried");
    set_card(&env, &sandbox);
    let out = env
        .against_with(&sandbox, &["topup", "100", "--yes"], &vars)
        .code(5);
    assert!(
        out.stderr.contains("follows no redirects"),
        "{}",
        out.stderr
    );
    assert_eq!(elsewhere.hits(), 0, "the redirect was followed");
    no_secret(&out, &[STRIPE_KEY, TOKEN]);
    let history = env
        .against_with(&sandbox, &["topup", "history", "-o", "json"], &vars)
        .ok()
        .json();
    assert_eq!(history[0]["status"], "failed", "{history}");
    let balance = env
        .against_with(&sandbox, &["balance", "--no-sync", "-o", "json"], &vars)
        .ok()
        .json();
    assert_eq!(balance["credits"], "0.00", "{balance}");
}

#[test]
fn a_dripping_server_ends_the_command_at_the_deadline() {
    let env = Env::new()
        .set("WABA_TIMEOUT_MS", "5000")
        .set("WABA_DEADLINE_MS", "1500");
    let server = Hostile::start(Act::Drip(Duration::from_millis(200)));
    let started = Instant::now();
    let out = graph(&env, &server.url, &["numbers", "list"]).code(5);
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(4000),
        "took {took:?}: the deadline did not hold\n{}",
        out.stderr
    );
    assert!(out.stderr.contains("timed out"), "{}", out.stderr);
}

#[test]
fn an_answer_past_64_mib_is_cut_off() {
    let env = Env::new();
    for announced in [Some(1u64 << 30), None] {
        let server = Hostile::start(Act::Flood(announced));
        let started = Instant::now();
        let out = graph(&env, &server.url, &["numbers", "list"]).code(5);
        assert!(
            out.stderr.contains("larger than 64 MiB"),
            "{announced:?}: {}",
            out.stderr
        );
        assert!(started.elapsed() < Duration::from_secs(20));
        let mut asked = server.requests();
        asked.sort();
        let mut once = asked.clone();
        once.dedup();
        assert_eq!(asked, once, "a flood is not asked for again");
    }
}

#[test]
fn a_graph_server_echoing_the_token_cannot_make_waba_print_it() {
    let env = Env::new();
    let server = Hostile::json(
        400,
        r#"{"error":{"message":"Bad token {auth}; you sent: {request}","type":"OAuthException","code":100,"error_user_msg":"token {auth}","fbtrace_id":"T"}}"#,
    );
    for args in [
        vec!["numbers", "list"],
        vec!["numbers", "list", "-o", "json"],
        vec!["-v", "numbers", "list"],
    ] {
        let out = graph(&env, &server.url, &args).code(4);
        assert!(out.stderr.contains("Bad token"), "{}", out.stderr);
        assert!(out.stderr.contains("[redacted]"), "{}", out.stderr);
        no_secret(&out, &[TOKEN]);
    }
}

#[test]
fn a_card_processor_echoing_the_key_cannot_make_waba_print_or_store_it() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let sandbox = env.serve(&[]);
    set_card(&env, &sandbox);
    let stripe = Hostile::json(
        400,
        r#"{"error":{"type":"invalid_request_error","message":"Invalid API Key provided: {auth}"}}"#,
    );
    let vars = [
        ("STRIPE_API_BASE", stripe.url.as_str()),
        ("STRIPE_SECRET_KEY", STRIPE_KEY),
    ];
    for args in [
        vec!["topup", "100", "--yes"],
        vec!["topup", "100", "--yes", "-o", "json"],
    ] {
        let out = env.against_with(&sandbox, &args, &vars).code(7);
        assert!(out.stderr.contains("Invalid API Key"), "{}", out.stderr);
        no_secret(&out, &[STRIPE_KEY]);
    }
    let history = env
        .against_with(&sandbox, &["topup", "history", "-o", "json"], &vars)
        .ok();
    assert!(
        history.stdout.contains("Invalid API Key"),
        "{}",
        history.stdout
    );
    no_secret(&history, &[STRIPE_KEY]);
}

#[test]
fn a_dripping_card_processor_ends_the_topup_within_its_deadlines() {
    let env = Env::new()
        .set("WABA_NOW", "2026-11-21T09:00:00Z")
        .set("WABA_TIMEOUT_MS", "5000")
        .set("WABA_DEADLINE_MS", "1500");
    let sandbox = env.serve(&[]);
    set_card(&env, &sandbox);
    let stripe = Hostile::start(Act::Drip(Duration::from_millis(200)));
    let vars = [
        ("STRIPE_API_BASE", stripe.url.as_str()),
        ("STRIPE_SECRET_KEY", STRIPE_KEY),
    ];
    let started = Instant::now();
    let out = env
        .against_with(&sandbox, &["topup", "100", "--yes"], &vars)
        .code(5);
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(8),
        "took {took:?}\n{}",
        out.stderr
    );
    no_secret(&out, &[STRIPE_KEY, TOKEN]);
    let balance = env
        .against_with(&sandbox, &["balance", "--no-sync", "-o", "json"], &vars)
        .ok()
        .json();
    assert_eq!(balance["credits"], "0.00", "{balance}");
}

/// A listing whose expanded numbers say "more at" another host: that URL
/// (which would carry the token) is never requested; the rest is read from
/// the WABA's own edge on the configured server, and the run ends.
#[test]
fn a_nested_next_page_elsewhere_is_never_followed() {
    let elsewhere = Hostile::json(200, r#"{"data":[]}"#);
    let body = format!(
        r#"{{"data":[{{"id":"100000000000001","name":"Lure","currency":"EUR",
            "phone_numbers":{{"data":[{{"id":"200000000000011","display_phone_number":"+34 612 34 56 78"}}],
            "paging":{{"next":"{}/v25.0/100000000000001/phone_numbers?access_token={TOKEN}"}}}}}}],
          "paging":{{"cursors":{{}}}}}}"#,
        elsewhere.url
    );
    let server = Hostile::json(200, &body);
    let env = Env::new();
    let started = Instant::now();
    let out = env.run_with(
        &[
            "--graph-url",
            &server.url,
            "wabas",
            "list",
            "--business",
            "123456789012345",
        ],
        &[("WABA_TOKEN", TOKEN)],
        None,
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(elsewhere.hits(), 0, "the nested next URL was followed");
    assert!(
        server
            .requests()
            .iter()
            .any(|r| r.starts_with("GET /v25.0/100000000000001/phone_numbers")),
        "{:?}",
        server.requests()
    );
    no_secret(&out, &[TOKEN]);
}

#[test]
fn a_list_without_end_stops_at_a_thousand_pages() {
    let server = Hostile::start(Act::Endless);
    let env = Env::new();
    let started = Instant::now();
    let out = graph(&env, &server.url, &["templates", "list"]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert!(out.stderr.contains("1,000 pages"), "{}", out.stderr);
    assert!(started.elapsed() < Duration::from_secs(60));
    let pages = server.hits();
    assert!((1000..=1001).contains(&pages), "{pages} requests");
}

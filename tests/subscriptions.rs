//! `wabas subscriptions`: the apps that get a WABA's webhooks, and the
//! migration preflight's failed check fixed with one command.

use crate::harness::{DEMO_WABA, Env, Out, Server};

const ELIGIBLE: &str = "+52 55 1234 5678";
const SOURCE: &str = "100000000000002";
const VERIFY: &str = "vt-s3cret-echo";

fn webhook_check(out: &Out) -> String {
    out.stderr
        .lines()
        .find_map(|l| l.strip_prefix("Webhooks subscribed"))
        .unwrap_or_else(|| panic!("no webhook check:\n{}", out.stderr))
        .trim()
        .to_string()
}

fn preflight(env: &Env, server: &Server) -> Out {
    env.against(
        server,
        &[
            "migrate-number",
            ELIGIBLE,
            "--from-waba",
            SOURCE,
            "--dry-run",
        ],
    )
}

#[test]
fn show_unsubscribe_and_subscribe_fix_the_migration_preflight() {
    let env = Env::new();
    let server = env.serve(&[]);
    let v = env
        .against(&server, &["wabas", "subscriptions", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["waba_id"], DEMO_WABA);
    assert_eq!(v["apps"][0]["id"], "500000000000001");
    assert_eq!(v["apps"][0]["name"], "waba sandbox");
    let table = env
        .against(&server, &["wabas", "subscriptions", "show"])
        .ok();
    assert!(table.stdout.contains("waba sandbox"), "{}", table.stdout);
    assert!(table.stdout.contains("the app's"));

    // Unsubscribing changes something at Meta: it needs --yes.
    env.against(&server, &["wabas", "subscriptions", "unsubscribe"])
        .code(2);
    let out = env
        .against(&server, &["wabas", "subscriptions", "unsubscribe", "--yes"])
        .ok();
    assert!(
        out.stderr.contains("no app is subscribed"),
        "{}",
        out.stderr
    );
    assert_eq!(server.requests_to("DELETE", "/subscribed_apps").len(), 1);

    let failed = preflight(&env, &server);
    let check = webhook_check(&failed);
    assert!(check.starts_with("FAILED"), "{check}");
    let fix = format!("waba --waba {DEMO_WABA} wabas subscriptions subscribe");
    assert!(failed.stderr.contains(&fix), "{}", failed.stderr);

    // The fix, as printed (the harness passes --waba itself).
    let out = env
        .against(&server, &["wabas", "subscriptions", "subscribe", "--yes"])
        .ok();
    assert!(out.stdout.contains("waba sandbox"), "{}", out.stdout);
    assert!(webhook_check(&preflight(&env, &server)).starts_with("ok"));
}

#[test]
fn a_callback_override_needs_https_and_a_verify_token_that_is_never_shown() {
    let env = Env::new();
    let server = env.serve(&[]);
    let sub = |extra: &[&str], vars: &[(&str, &str)]| {
        let mut args = vec!["wabas", "subscriptions", "subscribe", "--yes"];
        args.extend_from_slice(extra);
        env.against_with(&server, &args, vars)
    };
    let out = sub(
        &["--callback-url", "http://hooks.example.com/wa"],
        &[("WABA_VERIFY_TOKEN", VERIFY)],
    )
    .code(2);
    assert!(out.stderr.contains("not https"), "{}", out.stderr);
    sub(
        &["--callback-url", "not a url"],
        &[("WABA_VERIFY_TOKEN", VERIFY)],
    )
    .code(2);
    let out = sub(&["--callback-url", "https://hooks.example.com/wa"], &[]).code(2);
    assert!(out.stderr.contains("WABA_VERIFY_TOKEN"), "{}", out.stderr);
    assert!(server.requests_to("POST", "/subscribed_apps").is_empty());

    let url = ["--callback-url", "https://hooks.example.com/wa"];
    let token = [("WABA_VERIFY_TOKEN", VERIFY)];
    let dry = env
        .against_with(
            &server,
            &[
                "--dry-run",
                "-v",
                "wabas",
                "subscriptions",
                "subscribe",
                url[0],
                url[1],
            ],
            &token,
        )
        .ok();
    assert!(
        dry.stdout.contains(r#""verify_token": "[redacted]""#),
        "{}",
        dry.stdout
    );
    assert!(server.requests_to("POST", "/subscribed_apps").is_empty());

    let mut args = url.to_vec();
    args.extend(["-v", "-o", "json"]);
    let out = sub(&args, &token).ok();
    let v = out.json();
    assert_eq!(
        v["apps"][0]["override_callback_uri"],
        "https://hooks.example.com/wa"
    );
    for text in [&dry.stdout, &dry.stderr, &out.stdout, &out.stderr] {
        assert!(!text.contains(VERIFY), "the verify token leaked:\n{text}");
    }
    // Meta received it.
    let sent = server.requests_to("POST", "/subscribed_apps");
    assert_eq!(sent.len(), 1);
    let shown = env.against(&server, &["wabas", "subscriptions"]).ok();
    assert!(shown.stdout.contains("https://hooks.example.com/wa"));
}

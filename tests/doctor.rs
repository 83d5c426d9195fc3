//! `waba doctor`: each line passing, and failing the way it fails for a
//! user, with the command that fixes it; `--check` exits with the first
//! failure's code.

use serde_json::Value;

use crate::harness::{Env, TOKEN};
use crate::hostile::{Act, Hostile};

fn doctor(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> (i32, Value, String) {
    let mut all = args.to_vec();
    all.extend(["doctor", "--check", "-o", "json"]);
    let out = env.run_with(&all, vars, None);
    assert!(!out.stdout.contains(TOKEN) && !out.stderr.contains(TOKEN));
    (out.code, out.json(), out.stderr)
}

fn line<'a>(v: &'a Value, check: &str) -> &'a Value {
    v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["check"] == check)
        .unwrap_or_else(|| panic!("no {check} line in {v}"))
}

#[test]
fn in_the_sandbox_every_line_passes_in_order() {
    let env = Env::new();
    let (code, v, _) = doctor(&env, &["--sandbox"], &[]);
    assert_eq!(code, 0);
    assert_eq!(v["ok"], true);
    let order: Vec<&str> = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["check"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        [
            "config",
            "profiles",
            "token",
            "waba",
            "webhooks",
            "store",
            "card processor",
            "mail server",
            "webhook secrets",
            "clock"
        ]
    );
    for check in [
        "token",
        "waba",
        "webhooks",
        "store",
        "card processor",
        "clock",
    ] {
        assert_eq!(line(&v, check)["status"], "ok", "{check}: {v}");
    }
    assert!(
        line(&v, "waba")["detail"]
            .as_str()
            .unwrap()
            .contains("review APPROVED")
    );
    assert!(
        line(&v, "store")["detail"]
            .as_str()
            .unwrap()
            .contains("schema")
    );
    // The table says the same to a person.
    let table = env.run(&["--sandbox", "doctor"]).ok();
    assert!(table.stdout.starts_with("CHECK"), "{}", table.stdout);
}

#[test]
fn a_broken_config_or_profile_is_its_own_line() {
    let env = Env::new();
    std::fs::write(env.path("config.toml"), "[profiles.eu\nwaba = 1\n").unwrap();
    let (code, v, stderr) = doctor(&env, &[], &[]);
    assert_eq!(code, 2, "{stderr}");
    let config = line(&v, "config");
    assert_eq!(config["status"], "fail");
    assert!(
        config["detail"].as_str().unwrap().contains("line 1"),
        "{config}"
    );
    // The lines after it still ran.
    assert_eq!(line(&v, "store")["status"], "ok");
    std::fs::write(
        env.path("config.toml"),
        "default_profile = \"eu\"\n[profiles.eu]\nwaba = \"12x\"\n",
    )
    .unwrap();
    let (code, v, _) = doctor(&env, &[], &[]);
    assert_eq!(code, 2);
    let profiles = line(&v, "profiles");
    assert_eq!(profiles["status"], "fail");
    assert_eq!(
        profiles["fix"],
        "waba profile set eu KEY VALUE (or --unset)"
    );
}

#[test]
fn an_expired_token_fails_and_what_needs_it_is_skipped() {
    let env = Env::new();
    let server = env.serve(&[]);
    let graph = ["--graph-url", &server.url, "--waba", "100000000000001"];
    let (code, v, _) = doctor(&env, &graph, &[("WABA_TOKEN", "expired")]);
    assert_eq!(code, 3);
    assert_eq!(line(&v, "token")["status"], "fail");
    assert_eq!(line(&v, "waba")["status"], "skip");
    assert_eq!(line(&v, "webhooks")["status"], "skip");
    // Without any token: the fix is to log in.
    let (code, v, _) = doctor(&env, &graph, &[]);
    assert_eq!(code, 3);
    assert_eq!(line(&v, "token")["fix"], "waba auth login");
}

#[test]
fn unsubscribed_webhooks_an_unreachable_mail_server_and_store() {
    let env = Env::new();
    let server = env.serve(&[]);
    let graph = ["--graph-url", &server.url, "--waba", "100000000000001"];
    let token = [("WABA_TOKEN", TOKEN)];
    env.against(&server, &["wabas", "subscriptions", "unsubscribe", "--yes"])
        .ok();
    let (code, v, _) = doctor(&env, &graph, &token);
    assert_eq!(code, 4);
    let hooks = line(&v, "webhooks");
    assert_eq!(hooks["status"], "fail");
    assert_eq!(hooks["fix"], "waba wabas subscriptions subscribe");
    // No key for the card processor: a warning, not a failure.
    assert_eq!(line(&v, "card processor")["status"], "warn");
    env.against(&server, &["wabas", "subscriptions", "subscribe", "--yes"])
        .ok();

    // A mail server that does not answer (a closed port on loopback).
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.ops]\nwaba = \"100000000000001\"\ngraph_url = \"{}\"\n\n\
             [profiles.ops.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\nfrom = \"waba@example.com\"\n",
            server.url
        ),
    )
    .unwrap();
    let (code, v, _) = doctor(&env, &["--profile", "ops"], &token);
    assert_eq!(code, 5, "{v}");
    assert_eq!(line(&v, "mail server")["status"], "fail");
    assert_eq!(line(&v, "webhooks")["status"], "ok");

    // A team store that cannot be reached: its password never shown.
    let url = format!("postgres://waba:s3cret-pw@127.0.0.1:{port}/waba");
    let (code, v, _) = doctor(
        &env,
        &graph,
        &[("WABA_TOKEN", TOKEN), ("WABA_STORE_URL", &url)],
    );
    assert_eq!(code, 5);
    let store = line(&v, "store");
    assert_eq!(store["status"], "fail");
    assert!(!v.to_string().contains("s3cret-pw"), "{v}");
}

#[test]
fn a_clock_far_from_metas_fails() {
    // A server whose every answer is a valid token, an approved WABA, and
    // a Date from 2020.
    let server = Hostile::start(Act::Answer {
        status: 200,
        headers: vec![
            ("Content-Type".into(), "application/json".into()),
            ("Date".into(), "Wed, 01 Jan 2020 00:00:00 GMT".into()),
        ],
        body: r#"{"data": {"is_valid": true, "type": "SYSTEM_USER", "expires_at": 0,
                  "scopes": ["whatsapp_business_management"]},
                  "id": "100000000000001", "name": "Demo", "account_review_status": "APPROVED"}"#
            .into(),
    });
    let env = Env::new();
    let (code, v, _) = doctor(
        &env,
        &["--graph-url", &server.url, "--waba", "100000000000001"],
        &[("WABA_TOKEN", TOKEN)],
    );
    assert_ne!(code, 0);
    let clock = line(&v, "clock");
    assert_eq!(clock["status"], "fail", "{v}");
    assert!(clock["fix"].as_str().unwrap().contains("NTP"));
}

//! The Graph client's network behaviour: paging, retries, redaction.

use crate::harness::{Env, TOKEN};

#[test]
fn pagination_follows_every_page_without_sending_the_token_elsewhere() {
    let env = Env::new();
    let server = env.serve(&["--max-page", "2"]);
    let out = env
        .against(&server, &["numbers", "list", "-o", "json"])
        .ok();
    let v = out.json();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 5, "{ids:?}");
    let pages = server.requests_to("GET", "/phone_numbers");
    assert_eq!(pages.len(), 3);
    for (i, p) in pages.iter().enumerate() {
        let q = p["query"].as_array().unwrap();
        let has = |k: &str| q.iter().any(|kv| kv[0] == k);
        assert!(has("limit"), "page {i} asks for the largest page");
        assert!(q.iter().any(|kv| kv[0] == "limit" && kv[1] == "100"));
        assert_eq!(has("after"), i > 0, "page {i}");
        assert!(!has("access_token"), "the token is sent as a header only");
    }
}

#[test]
fn a_retry_after_transient_failures_succeeds() {
    let env = Env::new();
    let server = env.serve(&["--fail-first", "2"]);
    env.against(&server, &["numbers", "show", "200000000000011"])
        .ok();
    assert!(
        server
            .requests()
            .iter()
            .filter(|r| r["status"] == 500)
            .count()
            == 2
    );
}

#[test]
fn a_dropped_connection_is_retried_for_reads() {
    let env = Env::new();
    let server = env.serve(&["--drop-first", "1"]);
    env.against(&server, &["numbers", "show", "200000000000011"])
        .ok();
}

#[test]
fn a_change_is_never_sent_twice() {
    let env = Env::new();
    let server = env.serve(&["--fail-first", "1"]);
    let out = env
        .against(
            &server,
            &[
                "--yes",
                "api",
                "-X",
                "POST",
                "200000000000011",
                "-F",
                "pin=123456",
            ],
        )
        .code(5);
    assert!(!out.stderr.contains("attempts"), "{}", out.stderr);
    assert_eq!(server.requests_to("POST", "/200000000000011").len(), 1);
}

#[test]
fn verbose_traces_redact_the_token_everywhere() {
    let env = Env::new();
    let server = env.serve(&["--max-page", "2"]);
    let out = env.against(&server, &["-v", "numbers", "list"]).ok();
    assert!(
        out.stderr.contains("> GET http://127.0.0.1"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Authorization: Bearer [redacted]"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("x-business-use-case-usage"),
        "{}",
        out.stderr
    );
    // The sandbox's `next` URL echoes the token, as Meta's does.
    assert!(
        out.stderr.contains("access_token=[redacted]"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains(TOKEN),
        "the token leaked into the trace"
    );
    assert!(!out.stdout.contains(TOKEN));
}

#[test]
fn auth_status_redacts_the_input_token_in_traces() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = env.against(&server, &["-v", "auth", "status"]).ok();
    assert!(
        out.stderr.contains("input_token=%5Bredacted%5D")
            || out.stderr.contains("input_token=[redacted]"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(TOKEN) && !out.stdout.contains(TOKEN));
}

#[test]
fn dry_run_prints_the_request_redacted_and_sends_nothing() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = env
        .against(
            &server,
            &[
                "--dry-run",
                "api",
                "-X",
                "POST",
                "200000000000011",
                "-F",
                "pin=654321",
            ],
        )
        .ok();
    assert!(
        out.stdout.contains("POST http://127.0.0.1"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("/v25.0/200000000000011"));
    assert!(out.stdout.contains("Authorization: Bearer [redacted]"));
    assert!(out.stdout.contains("pin=%5Bredacted%5D"), "{}", out.stdout);
    assert!(!out.stdout.contains(TOKEN) && !out.stderr.contains(TOKEN));
    assert!(!out.stdout.contains("654321"), "the PIN is a secret too");
    assert!(
        server.requests_to("POST", "").is_empty(),
        "dry-run sent a request"
    );
}

#[test]
fn near_the_rate_limit_the_client_slows_down() {
    let env = Env::new();
    // Usage is reported as (n+1)/6 of the limit: the sixth call follows 83 %.
    let server = env.serve(&["--throttle-after", "6", "--max-page", "1"]);
    let args = [
        "--graph-url",
        &server.url,
        "--waba",
        "100000000000001",
        "-v",
        "numbers",
        "list",
    ];
    let out = env
        .run_with(&args, &[("WABA_TOKEN", "x-token-123")], None)
        .ok();
    assert!(out.stderr.contains("* pausing"), "{}", out.stderr);
}

//! Every documented exit code a foundation command can produce.

use crate::harness::{DEMO_WABA, Env};

#[test]
fn no_token_is_an_auth_error_with_a_hint() {
    let env = Env::new();
    let out = env.run(&["--waba", DEMO_WABA, "numbers", "list"]).code(3);
    assert!(out.stderr.contains("no access token"), "{}", out.stderr);
    assert!(
        out.stderr.contains("hint:") && out.stderr.contains("auth login"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_expired_token_is_an_auth_error() {
    let env = Env::new();
    let out = env
        .run_with(
            &["--sandbox", "numbers", "list"],
            &[("WABA_TOKEN", "expired")],
            None,
        )
        .code(3);
    assert!(out.stderr.contains("code 190"), "{}", out.stderr);
    assert!(out.stderr.contains("waba auth login"), "{}", out.stderr);
}

#[test]
fn a_token_without_the_management_scope_is_an_auth_error() {
    let env = Env::new();
    let out = env
        .run_with(
            &["--sandbox", "numbers", "list"],
            &[("WABA_TOKEN", "limited")],
            None,
        )
        .code(3);
    assert!(out.stderr.contains("code 200"), "{}", out.stderr);
}

#[test]
fn an_unknown_id_is_rejected_by_meta() {
    let env = Env::new();
    let out = env
        .run(&["--sandbox", "--waba", "123123", "numbers", "list"])
        .code(4);
    assert!(
        out.stderr.contains("code 100, subcode 33"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
}

#[test]
fn json_errors_go_to_stderr_as_one_object() {
    let env = Env::new();
    let out = env
        .run(&[
            "--sandbox",
            "--waba",
            "123123",
            "numbers",
            "list",
            "-o",
            "json",
        ])
        .code(4);
    assert!(out.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_str(out.stderr.trim()).expect("JSON on stderr");
    assert_eq!(v["error"]["kind"], "rejected");
    assert_eq!(v["error"]["graph"]["code"], 100);
    assert_eq!(v["error"]["graph"]["subcode"], 33);
    assert!(v["error"]["graph"]["fbtrace_id"].is_string());
    assert!(v["error"]["hint"].is_string());
}

#[test]
fn a_server_that_is_down_is_unavailable() {
    let env = Env::new();
    // Bind and drop to find a closed loopback port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let out = env
        .run_with(
            &["--graph-url", &url, "--waba", DEMO_WABA, "numbers", "list"],
            &[("WABA_TOKEN", "t0k3n-abcdef")],
            None,
        )
        .code(5);
    assert!(out.stderr.contains("could not connect"), "{}", out.stderr);
    assert!(out.stderr.contains("after 4 attempts"), "{}", out.stderr);
}

#[test]
fn throttling_past_the_retries_exits_6() {
    let env = Env::new();
    let server = env.serve(&["--throttle-after", "0"]);
    let out = env
        .against(&server, &["numbers", "show", "200000000000011"])
        .code(6);
    assert!(out.stderr.contains("code 80007"), "{}", out.stderr);
    assert!(out.stderr.contains("after 4 attempts"), "{}", out.stderr);
    assert_eq!(
        server.requests_to("GET", "/200000000000011").len(),
        4,
        "first try plus three retries"
    );
}

#[test]
fn bad_flags_and_bad_settings_are_usage_errors() {
    let env = Env::new();
    env.run(&["numbers", "list", "--bogus"]).code(2);
    env.run(&["frobnicate"]).code(2);
    let out = env
        .run(&[
            "--sandbox",
            "--graph-url",
            "http://127.0.0.1:9",
            "numbers",
            "list",
        ])
        .code(2);
    assert!(out.stderr.contains("cannot be used together"));
    let out = env
        .run(&[
            "--graph-url",
            "http://example.com",
            "--waba",
            "1",
            "numbers",
            "list",
        ])
        .code(2);
    assert!(out.stderr.contains("only to loopback"), "{}", out.stderr);
    let out = env
        .run(&["--sandbox", "--api-version", "latest", "numbers", "list"])
        .code(2);
    assert!(out.stderr.contains("--api-version v25.0"), "{}", out.stderr);
    let out = env
        .run(&["--sandbox", "--waba", "12ab", "numbers", "list"])
        .code(2);
    assert!(out.stderr.contains("not a numeric id"), "{}", out.stderr);
    let out = env
        .run_with(
            &["--sandbox", "numbers", "list"],
            &[("WABA_NOW", "yesterday")],
            None,
        )
        .code(2);
    assert!(out.stderr.contains("WABA_NOW"), "{}", out.stderr);
}

#[test]
fn help_and_version_exit_0() {
    let env = Env::new();
    let out = env.run(&["--version"]).ok();
    assert!(out.stdout.starts_with("waba "));
    let out = env.run(&["numbers", "show", "--help"]).ok();
    assert!(out.stdout.contains("Examples:"));
}

#[test]
fn changes_need_yes_without_a_terminal() {
    let env = Env::new();
    let out = env
        .run(&[
            "--sandbox",
            "api",
            "-X",
            "POST",
            "200000000000011",
            "-F",
            "pin=123456",
        ])
        .code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
}

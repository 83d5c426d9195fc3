//! The single steps: request-code, verify-code, register, deregister,
//! set-pin; the register/deregister budgets; every migration error code
//! mapped to its exit code and advice.

use crate::harness::{Env, Server};

/// A connected demo number without two-step verification.
const PLAIN: &str = "200000000000011";
/// A connected demo number with two-step verification on (PIN 246810).
const WITH_PIN: &str = "200000000000013";
/// A pending demo number, not verified yet.
const PENDING: &str = "200000000000014";

fn yes(env: &Env, server: &Server, args: &[&str]) -> crate::harness::Out {
    let mut full = vec!["--yes"];
    full.extend_from_slice(args);
    env.against(server, &full)
}

#[test]
fn a_new_number_is_verified_and_registered_step_by_step() {
    let env = Env::new();
    let server = env.serve(&[]);
    // Registering before verifying: Meta's 133006.
    let out = yes(&env, &server, &["register", PENDING, "--pin", "135790"]).code(4);
    assert!(
        out.stderr.contains("prove ownership again"),
        "{}",
        out.stderr
    );

    let out = yes(
        &env,
        &server,
        &[
            "request-code",
            "+49 1512 3456789",
            "--code-method",
            "voice",
            "--language",
            "de_DE",
        ],
    )
    .ok();
    assert!(out.stdout.contains("by voice call"), "{}", out.stdout);
    let req = server.requests_to("POST", &format!("/{PENDING}/request_code"));
    assert_eq!(
        req[0]["body"], "code_method=VOICE&language=de_DE",
        "the number was resolved to its id"
    );
    let code = server.code_for(PENDING);
    yes(
        &env,
        &server,
        &["verify-code", PENDING, "--code", "000000", "--yes"],
    )
    .code(4);
    let out = env
        .against(&server, &["verify-code", PENDING, "--code", &code, "--yes"])
        .ok();
    assert!(out.stdout.contains("Verified"), "{}", out.stdout);
    let out = yes(
        &env,
        &server,
        &["register", PENDING, "--pin", "135790", "--region", "ch"],
    )
    .ok();
    assert!(out.stdout.contains("local storage in CH"), "{}", out.stdout);
    let reg = server.requests_to("POST", &format!("/{PENDING}/register"));
    let body: serde_json::Value =
        serde_json::from_str(reg.last().unwrap()["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["data_localization_region"], "CH");
    assert_eq!(body["messaging_product"], "whatsapp");
    let shown = env
        .against(&server, &["numbers", "show", PENDING, "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["status"], "CONNECTED");
    assert_eq!(shown["is_pin_enabled"], true);
}

#[test]
fn the_pin_must_match_when_two_step_verification_is_on() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = yes(&env, &server, &["register", WITH_PIN, "--pin", "000000"]).code(4);
    assert!(out.stderr.contains("PIN does not match"), "{}", out.stderr);
    assert!(out.stderr.contains("code 133005"), "{}", out.stderr);
    assert!(!out.stderr.contains("000000"), "the PIN is never shown");
    env.against_with(
        &server,
        &["--yes", "register", WITH_PIN],
        &[("WABA_PIN", "246810")],
    )
    .ok();
    // set-pin changes it; the old one no longer works.
    yes(&env, &server, &["set-pin", WITH_PIN, "--pin", "112233"]).ok();
    let set = server.requests_to("POST", &format!("/{WITH_PIN}"));
    assert_eq!(set[0]["body"], r#"{"pin":"[redacted]"}"#);
    yes(&env, &server, &["register", WITH_PIN, "--pin", "246810"]).code(4);
    yes(&env, &server, &["register", WITH_PIN, "--pin", "112233"]).ok();
}

#[test]
fn register_and_deregister_have_ten_calls_per_72_hours_each() {
    let env = Env::new();
    let server = env.serve(&[]);
    for i in 0..10 {
        let out = yes(&env, &server, &["register", PLAIN, "--pin", "135790"]);
        assert_eq!(out.code, 0, "call {}: {}", i + 1, out.stderr);
    }
    // The tool's own count refuses the 11th without sending it.
    let out = yes(&env, &server, &["register", PLAIN, "--pin", "135790"]).code(6);
    assert!(out.stderr.contains("10 times"), "{}", out.stderr);
    assert!(
        out.stderr.contains("next is possible after"),
        "{}",
        out.stderr
    );
    assert_eq!(
        server
            .requests_to("POST", &format!("/{PLAIN}/register"))
            .len(),
        10
    );
    // Another machine, without the tool's records: Meta's own 133016.
    let other = Env::new();
    let out = yes(&other, &server, &["register", PLAIN, "--pin", "135790"]).code(6);
    assert!(out.stderr.contains("code 133016"), "{}", out.stderr);
    assert!(out.stderr.contains("blocked this number"), "{}", out.stderr);
    // Deregister has a budget of its own.
    yes(&env, &server, &["deregister", PLAIN]).ok();
    let shown = env
        .against(&server, &["numbers", "show", PLAIN, "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["status"], "DISCONNECTED");
}

#[test]
fn every_migration_error_is_explained_with_its_exit_code() {
    // Each injected error fires once, in order, on its step.
    let cases: &[(&str, &str, i32, &str)] = &[
        (
            "request_code",
            "136024/2388091",
            4,
            "could not send the verification code",
        ),
        (
            "request_code",
            "100/2388091",
            4,
            "no ownership verification",
        ),
        ("request_code", "2494100", 5, "maintenance mode"),
        (
            "verify_code",
            "136025/2388093",
            4,
            "did not accept the verification code",
        ),
        ("verify_code", "100/2388093", 4, "no ownership verification"),
        ("register", "133005", 4, "PIN does not match"),
        ("register", "133006", 4, "prove ownership again"),
        ("register", "133008", 4, "too many wrong PIN guesses"),
        ("register", "133009", 4, "came too fast"),
        ("register", "133010", 4, "not registered on Cloud API"),
        ("register", "133015", 4, "about 5 minutes"),
        ("register", "133016", 6, "next attempt is possible after"),
        ("register", "131031", 4, "locked"),
        ("register", "100/2388001", 4, "two causes"),
        ("deregister", "100/2388103", 4, "documented causes"),
        (
            "deregister",
            "100/2388012",
            4,
            "already in the destination WABA",
        ),
    ];
    let mut flags = Vec::new();
    for (step, what, _, _) in cases {
        flags.push("--inject".to_string());
        flags.push(format!("{step}={what}"));
    }
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let env = Env::new();
    let server = env.serve(&flags);
    for (step, what, code, advice) in cases {
        let args: Vec<&str> = match *step {
            "request_code" => vec!["request-code", PLAIN],
            "verify_code" => vec!["verify-code", PLAIN, "--code", "123456", "--yes"],
            "register" => vec!["register", PLAIN, "--pin", "135790"],
            _ => vec!["deregister", PLAIN],
        };
        let mut full = vec!["--yes", "-o", "json"];
        full.extend(args);
        let out = env.against(&server, &full).code(*code);
        let e: serde_json::Value = serde_json::from_str(out.stderr.trim())
            .unwrap_or_else(|_| panic!("{step}={what}: {}", out.stderr));
        let hint = e["error"]["hint"].as_str().unwrap_or_default();
        assert!(hint.contains(advice), "{step}={what}: {hint}");
        let c: i64 = what.split('/').next().unwrap().parse().unwrap();
        assert_eq!(e["error"]["graph"]["code"], c, "{step}={what}");
        assert!(
            e["error"]["graph"]["fbtrace_id"].is_string(),
            "{step}={what}"
        );
        assert!(
            e["error"]["message"]
                .as_str()
                .unwrap()
                .starts_with("Meta: "),
            "Meta's own words: {}",
            e["error"]["message"]
        );
    }
}

#[test]
fn single_steps_check_their_input_and_ask_before_changing() {
    let env = Env::new();
    let server = env.serve(&[]);
    for (args, expected) in [
        (
            &["verify-code", PLAIN, "--code", "12345", "--yes"][..],
            "exactly 6 digits",
        ),
        (
            &["register", PLAIN, "--pin", "1234567"][..],
            "exactly 6 digits",
        ),
        (
            &["set-pin", PLAIN, "--pin", "abcdef"][..],
            "other than digits",
        ),
        (
            &["register", PLAIN, "--pin", "135790", "--region", "XX"][..],
            "AU ID IN",
        ),
        (
            &["request-code", PLAIN, "--language", "english"][..],
            "like en_US",
        ),
        (&["request-code", "+34 000"][..], "not a valid phone number"),
    ] {
        let out = yes(&env, &server, args).code(2);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
    }
    assert!(
        server.requests_to("POST", "").is_empty(),
        "no change was sent"
    );
    // Without a terminal: --yes, --pin and --code are named when missing.
    let out = env.against(&server, &["deregister", PLAIN]).code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    let out = yes(&env, &server, &["register", PLAIN]).code(2);
    assert!(out.stderr.contains("--pin"), "{}", out.stderr);
    let out = yes(&env, &server, &["verify-code", PLAIN, "--yes"]).code(2);
    assert!(out.stderr.contains("--code"), "{}", out.stderr);
    assert!(server.requests_to("POST", "").is_empty());
    // An unknown number lists the WABA's numbers.
    let out = yes(&env, &server, &["deregister", "+34 699 999 999"]).code(2);
    assert!(out.stderr.contains("its numbers:"), "{}", out.stderr);
}

#[test]
fn dry_run_shows_register_without_the_pin_and_sends_nothing() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = env
        .against(
            &server,
            &["--dry-run", "register", PLAIN, "--pin", "135790"],
        )
        .ok();
    assert!(
        out.stdout
            .contains(&format!("POST {}/v25.0/{PLAIN}/register", server.url)),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\"pin\": \"[redacted]\""),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("135790"));
    assert!(server.requests_to("POST", "").is_empty());
}

#[test]
fn sandbox_mode_shows_the_code_and_the_inbox() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let out = env
        .run(&["--sandbox", "--yes", "request-code", PENDING])
        .ok();
    let code = out
        .stderr
        .split("the code is ")
        .nth(1)
        .and_then(|s| s.get(..6))
        .unwrap_or_else(|| panic!("{}", out.stderr))
        .to_string();
    let inbox = env.run(&["--sandbox", "sandbox", "inbox"]).ok();
    assert!(inbox.stdout.contains(&code), "{}", inbox.stdout);
    assert!(inbox.stdout.contains("+49 1512 3456789"));
    assert!(
        inbox.stdout.contains("2026-11-21T09:10:00Z"),
        "expires in 10 minutes"
    );
    assert!(inbox.stdout.contains("valid"));
    env.run(&[
        "--sandbox",
        "verify-code",
        PENDING,
        "--code",
        &code,
        "--yes",
    ])
    .ok();
    let inbox = env
        .run(&["--sandbox", "sandbox", "inbox", "-o", "json"])
        .ok()
        .json();
    assert_eq!(inbox[0]["state"], "used");
}

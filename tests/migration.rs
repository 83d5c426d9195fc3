//! `migrate-number` unattended: the two-phase CI flow, the exact requests it
//! sends, resuming after a failure at every step, and Meta's refusals.

use serde_json::Value;

use crate::harness::{DEMO_WABA, Env, Out, Server};

/// The demo number that can move into the demo WABA, and where it is now.
const ELIGIBLE: &str = "+52 55 1234 5678";
const SOURCE: &str = "100000000000002";
/// The id the sandbox gives the first number added to a WABA.
const ADDED: &str = "200000000000101";
const PIN: &str = "135790";

fn phase1(env: &Env, server: &Server) -> Out {
    env.against(
        server,
        &["migrate-number", ELIGIBLE, "--from-waba", SOURCE, "--yes"],
    )
}

fn phase2(env: &Env, server: &Server, code: &str) -> Out {
    env.against_with(
        server,
        &["migrate-number", ELIGIBLE, "--code", code, "--yes"],
        &[("WABA_PIN", PIN)],
    )
}

fn step(env: &Env, server: &Server) -> Value {
    let v = env
        .against(
            server,
            &["migrate-number", ELIGIBLE, "--status", "-o", "json"],
        )
        .ok()
        .json();
    v["step"].clone()
}

/// The RESULT column of a preflight check, as printed on stderr.
fn check(out: &Out, name: &str) -> String {
    out.stderr
        .lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no check {name}:\n{}", out.stderr))
        .to_string()
}

fn form(r: &Value) -> Vec<(String, String)> {
    url::form_urlencoded::parse(r["body"].as_str().unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn two_phase_ci_flow_sends_exactly_the_documented_parameters() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = phase1(&env, &server).ok();
    assert_eq!(check(&out, "Two-step verification off"), "ok");
    assert_eq!(step(&env, &server), "awaiting_code");
    let code = server.code_for(ADDED);
    let done = env
        .against_with(
            &server,
            &[
                "migrate-number",
                ELIGIBLE,
                "--code",
                &code,
                "--yes",
                "-o",
                "json",
            ],
            &[("WABA_PIN", PIN)],
        )
        .ok()
        .json();
    assert_eq!(done["step"], "completed");
    assert_eq!(done["phone_number"]["status"], "CONNECTED");
    assert_eq!(done["phone_number"]["platform_type"], "CLOUD_API");
    assert_eq!(done["phone_number_id"], ADDED);

    let add = server.requests_to("POST", &format!("/{DEMO_WABA}/phone_numbers"));
    assert_eq!(add.len(), 1);
    assert_eq!(
        form(&add[0]),
        pairs(&[
            ("cc", "52"),
            ("phone_number", "5512345678"),
            ("migrate_phone_number", "true")
        ])
    );
    let req = server.requests_to("POST", &format!("/{ADDED}/request_code"));
    assert_eq!(
        form(&req[0]),
        pairs(&[("code_method", "SMS"), ("language", "en_US")])
    );
    let ver = server.requests_to("POST", &format!("/{ADDED}/verify_code"));
    assert_eq!(form(&ver[0]), pairs(&[("code", &code)]));
    let reg = server.requests_to("POST", &format!("/{ADDED}/register"));
    let body: Value = serde_json::from_str(reg[0]["body"].as_str().unwrap()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"messaging_product": "whatsapp", "pin": "[redacted]"}),
        "the PIN is sent, and never shown"
    );
    assert!(server.requests().iter().all(|r| r["authorized"] == true));

    // The number moved: it left the source WABA.
    let src = env
        .run_with(
            &[
                "--graph-url",
                &server.url,
                "--waba",
                SOURCE,
                "numbers",
                "list",
                "-o",
                "json",
            ],
            &[("WABA_TOKEN", "t")],
            None,
        )
        .ok()
        .json();
    assert!(
        src.as_array()
            .unwrap()
            .iter()
            .all(|n| n["display_phone_number"] != ELIGIBLE)
    );
    // Re-running a finished migration changes nothing.
    let before = server.requests().len();
    let again = phase1(&env, &server).ok();
    assert!(again.stdout.contains("completed"), "{}", again.stdout);
    assert_eq!(server.requests().len(), before);
}

#[test]
fn numbers_from_many_countries_are_split_into_cc_and_phone_number() {
    let env = Env::new();
    for (number, cc, national) in [
        ("+44 7911 123456", "44", "7911123456"),
        ("+39 06 6982 1234", "39", "0669821234"),
        ("+1 (650) 253-0000", "1", "6502530000"),
        ("919876543210", "91", "9876543210"),
        ("+55 11 91234-5678", "55", "11912345678"),
        ("+971 50 123 4567", "971", "501234567"),
    ] {
        let v = env
            .run(&[
                "--sandbox",
                "--dry-run",
                "-o",
                "json",
                "migrate-number",
                number,
                "--two-step-disabled",
            ])
            .ok()
            .json();
        assert_eq!(v["dry_run"], true, "{number}");
        let body = v["request"]["body"].as_str().unwrap();
        assert_eq!(
            body,
            format!("cc={cc}&phone_number={national}&migrate_phone_number=true"),
            "{number}"
        );
    }
    let status = env
        .run(&[
            "--sandbox",
            "migrate-number",
            "+44 7911 123456",
            "--status",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(status["step"], "not_started", "a dry run saves nothing");
}

#[test]
fn resumes_after_a_lost_add_without_adding_twice() {
    let env = Env::new();
    let server = env.serve(&["--inject", "add=lost"]);
    let out = phase1(&env, &server).code(5);
    assert!(out.stderr.contains("502"), "{}", out.stderr);
    assert_eq!(step(&env, &server), "adding");
    let out = phase1(&env, &server).ok();
    assert!(
        out.stderr.contains("The earlier add went through"),
        "{}",
        out.stderr
    );
    assert_eq!(step(&env, &server), "awaiting_code");
    assert_eq!(
        server
            .requests_to("POST", &format!("/{DEMO_WABA}/phone_numbers"))
            .len(),
        1,
        "the add is made once"
    );
    let code = server.code_for(ADDED);
    phase2(&env, &server, &code).ok();
    assert_eq!(step(&env, &server), "completed");
}

#[test]
fn resumes_after_a_failure_at_every_later_step() {
    let env = Env::new();
    let server = env.serve(&[
        "--inject",
        "request_code=136024/2388091",
        "--inject",
        "verify_code=2494100",
        "--inject",
        "register=133015",
        "--inject",
        "register=lost",
    ]);
    // request_code refused: the number stays added, the error explained.
    let out = phase1(&env, &server).code(4);
    assert!(
        out.stderr.contains("could not send the verification code"),
        "{}",
        out.stderr
    );
    assert_eq!(step(&env, &server), "added");
    phase1(&env, &server).ok();
    assert_eq!(step(&env, &server), "awaiting_code");
    let code = server.code_for(ADDED);

    // verify_code in maintenance: still waiting for the same code.
    let out = phase2(&env, &server, &code).code(5);
    assert!(out.stderr.contains("maintenance"), "{}", out.stderr);
    assert_eq!(step(&env, &server), "awaiting_code");

    // register refused (133015): verified, register again later.
    let out = phase2(&env, &server, &code).code(4);
    assert!(out.stderr.contains("about 5 minutes"), "{}", out.stderr);
    assert_eq!(step(&env, &server), "verified");

    // register's answer lost: the next run reads the number back first.
    let out = phase2(&env, &server, &code).code(5);
    assert!(out.stderr.contains("502"), "{}", out.stderr);
    assert_eq!(step(&env, &server), "registering");
    let out = phase2(&env, &server, &code).ok();
    assert!(
        out.stderr.contains("The earlier register went through"),
        "{}",
        out.stderr
    );
    assert_eq!(step(&env, &server), "completed");

    let count = |suffix: &str| server.requests_to("POST", suffix).len();
    assert_eq!(count(&format!("/{DEMO_WABA}/phone_numbers")), 1);
    assert_eq!(count("/request_code"), 2);
    assert_eq!(count("/verify_code"), 2);
    assert_eq!(count("/register"), 2, "no register after the lost one");
    let calls = env
        .against(&server, &["store", "status", "-o", "json"])
        .ok()
        .json();
    let rows = calls["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "registration_calls")
        .unwrap()["rows"]
        .clone();
    assert_eq!(rows, 2, "both register calls are counted, the lost one too");
}

#[test]
fn unattended_runs_need_yes_and_every_answer_as_a_flag() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = env
        .against(
            &server,
            &["migrate-number", ELIGIBLE, "--from-waba", SOURCE],
        )
        .code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(server.requests_to("POST", "").is_empty(), "nothing changed");

    // The source cannot be read: two-step verification must be confirmed.
    let out = env
        .against(&server, &["migrate-number", ELIGIBLE, "--yes"])
        .code(2);
    assert!(out.stderr.contains("--two-step-disabled"), "{}", out.stderr);
    assert!(server.requests_to("POST", "").is_empty());

    phase1(&env, &server).ok();
    let code = server.code_for(ADDED);
    let out = env
        .against(
            &server,
            &["migrate-number", ELIGIBLE, "--code", &code, "--yes"],
        )
        .code(2);
    assert!(out.stderr.contains("--pin"), "{}", out.stderr);
    // Checked before the code was spent: it is still good for phase two.
    assert_eq!(step(&env, &server), "awaiting_code");
    assert!(server.requests_to("POST", "/verify_code").is_empty());
    let out = env
        .against_with(
            &server,
            &["migrate-number", ELIGIBLE, "--code", &code],
            &[("WABA_PIN", "135790")],
        )
        .code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(server.requests_to("POST", "/verify_code").is_empty());
    phase2(&env, &server, &code).ok();
}

#[test]
fn bad_answers_are_refused_before_anything_happens() {
    let env = Env::new();
    let server = env.serve(&[]);
    let cases: [(&[&str], &str); 6] = [
        (&["--code", "12345"], "exactly 6 digits"),
        (&["--code", "1e3456"], "exactly 6 digits"),
        (&["--pin", "12345"], "exactly 6 digits"),
        (&["--language", "en"], "like en_US"),
        (&["--region", "FR"], "AU ID IN"),
        (&["--code-method", "fax"], "sms"),
    ];
    for (flags, expected) in cases {
        let mut args = vec!["migrate-number", ELIGIBLE, "--yes"];
        args.extend_from_slice(flags);
        let out = env.against(&server, &args).code(2);
        assert!(out.stderr.contains(expected), "{flags:?}: {}", out.stderr);
        assert!(
            !out.stderr.contains("12345") || flags[0] != "--pin",
            "a PIN is never echoed"
        );
    }
    let out = env
        .against(&server, &["migrate-number", "+34 12", "--yes"])
        .code(2);
    assert!(
        out.stderr.contains("is not a valid phone number"),
        "{}",
        out.stderr
    );
    assert!(server.requests().is_empty(), "no call was made");
    assert!(!env.path("state.db").exists(), "nothing written");
}

#[test]
fn a_wrong_code_and_an_expired_code_unattended() {
    let env = Env::new();
    let run = |t: &str, extra: &[&str]| {
        let mut args = vec!["--sandbox", "migrate-number", ELIGIBLE, "--yes"];
        args.extend_from_slice(extra);
        env.run_with(&args, &[("WABA_NOW", t), ("WABA_PIN", PIN)], None)
    };
    run("2026-11-21T09:00:00Z", &["--from-waba", SOURCE]).ok();
    let out = run("2026-11-21T09:01:00Z", &["--code", "000000"]).code(4);
    assert!(
        out.stderr.contains("did not accept the verification code"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("code 136025"), "{}", out.stderr);
    assert!(out.stderr.contains("fbtrace_id"), "{}", out.stderr);

    let inbox = env
        .run(&["--sandbox", "sandbox", "inbox", "-o", "json"])
        .ok()
        .json();
    let first = inbox[0]["code"].as_str().unwrap().to_string();
    // Eleven minutes later the code has lapsed.
    let out = run("2026-11-21T09:11:00Z", &["--code", &first]).code(4);
    assert!(out.stderr.contains("expired"), "{}", out.stderr);
    let st = env
        .run_with(
            &[
                "--sandbox",
                "migrate-number",
                ELIGIBLE,
                "--status",
                "-o",
                "json",
            ],
            &[("WABA_NOW", "2026-11-21T09:11:00Z")],
            None,
        )
        .ok()
        .json();
    assert_eq!(st["step"], "code_expired");
    assert_eq!(st["verify_attempts"], 2);
    // A new code, then the migration completes with it.
    run("2026-11-21T09:12:00Z", &[]).ok();
    let inbox = env
        .run(&["--sandbox", "sandbox", "inbox", "-o", "json"])
        .ok()
        .json();
    let second = inbox[1]["code"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    let done = run("2026-11-21T09:13:00Z", &["--code", &second, "-o", "json"])
        .ok()
        .json();
    assert_eq!(done["step"], "completed");
    assert_eq!(done["code_requests"], 2);
}

#[test]
fn meta_refuses_what_preflight_could_not_see() {
    let env = Env::new();
    let server = env.serve(&[]);
    // Two-step verification on (the source is not named, so the operator's
    // word is all the tool has): Meta refuses with 2388001. A number of
    // another business: 2388103.
    for (number, meta_words, advice) in [
        (
            "+55 11 91234 5678",
            "Two-step authentication must be disabled",
            "two causes",
        ),
        (
            "+44 7911 123456",
            "belongs to a different Business Manager account",
            "subcode 2388103",
        ),
    ] {
        let out = env
            .against(
                &server,
                &["migrate-number", number, "--two-step-disabled", "--yes"],
            )
            .code(4);
        assert!(out.stderr.contains(meta_words), "{}", out.stderr);
        assert!(out.stderr.contains(advice), "{}", out.stderr);
    }
    // Already present: Meta's 2388012, straight from the API.
    let out = env
        .against(
            &server,
            &[
                "--yes",
                "api",
                "-X",
                "POST",
                &format!("{DEMO_WABA}/phone_numbers"),
                "-F",
                "cc=34",
                "-F",
                "phone_number=612345678",
                "-F",
                "migrate_phone_number=true",
            ],
        )
        .code(4);
    assert!(
        out.stderr.contains("already in the destination WABA"),
        "{}",
        out.stderr
    );
}

#[test]
fn preflight_stops_before_any_change() {
    let env = Env::new();
    let server = env.serve(&[]);
    // Readable source with two-step verification on.
    let out = env
        .against(
            &server,
            &[
                "migrate-number",
                "+55 11 91234 5678",
                "--from-waba",
                SOURCE,
                "--yes",
            ],
        )
        .code(4);
    assert_eq!(check(&out, "Two-step verification off"), "FAILED");
    assert!(out.stderr.contains("WhatsApp Manager"), "{}", out.stderr);
    // Another business's WABA as the source.
    let out = env
        .against(
            &server,
            &[
                "migrate-number",
                "+44 7911 123456",
                "--from-waba",
                "100000000000003",
                "--yes",
            ],
        )
        .code(4);
    assert_eq!(check(&out, "Same business"), "FAILED");
    // Already in the destination.
    let out = env
        .against(&server, &["migrate-number", "+34 612 34 56 78", "--yes"])
        .code(4);
    assert_eq!(check(&out, "Not in destination yet"), "FAILED");
    // No webhooks subscribed on the destination.
    env.against(
        &server,
        &[
            "--yes",
            "api",
            "-X",
            "DELETE",
            &format!("{DEMO_WABA}/subscribed_apps"),
        ],
    )
    .ok();
    let out = phase1(&env, &server).code(4);
    assert_eq!(check(&out, "Webhooks subscribed"), "FAILED");
    assert!(
        server
            .requests_to("POST", "")
            .iter()
            .all(|r| !r["path"].as_str().unwrap().ends_with("/phone_numbers")),
        "no add was attempted"
    );
}

#[test]
fn status_and_abort() {
    let env = Env::new();
    let server = env.serve(&[]);
    phase1(&env, &server).ok();
    let table = env
        .against(&server, &["migrate-number", ELIGIBLE, "--status"])
        .ok();
    assert!(table.stdout.contains("awaiting_code"), "{}", table.stdout);
    assert!(table.stderr.contains("next: when the code arrives"));
    let out = env
        .against(&server, &["migrate-number", ELIGIBLE, "--abort"])
        .ok();
    assert!(
        out.stdout.contains("Nothing at Meta is undone"),
        "{}",
        out.stdout
    );
    assert_eq!(step(&env, &server), "not_started");
}

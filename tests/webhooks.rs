//! `waba webhooks serve` and `waba events`: Meta's handshake, signatures
//! checked before anything is parsed, each event kept once, a burst, a
//! SIGTERM mid-burst, and `events --follow`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::harness::{BIN, Env};

const SECRET: &str = "app-s3cret-value";
const VERIFY: &str = "verify-t0ken-value";
const WABA: &str = "102290129340398";

pub struct Receiver {
    child: Child,
    pub url: String,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn receive(env: &Env) -> Receiver {
    receive_with(
        env,
        &["webhooks", "serve", "--port", "0"],
        &[("WABA_APP_SECRET", SECRET), ("WABA_VERIFY_TOKEN", VERIFY)],
    )
}

pub fn receive_with(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> Receiver {
    let mut cmd = env.cmd(args);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let mut child = cmd
        // What it prints is not read here: a full pipe would stall it.
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start webhooks serve");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches(';')
        .to_string();
    Receiver { child, url }
}

fn sign(body: &str, secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body.as_bytes());
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

/// One HTTP call; the status and body (status 0: no server there).
fn call(url: &str, method: &str, path: &str, body: &str, signature: Option<&str>) -> (u16, String) {
    let host = url.trim_start_matches("http://");
    let Ok(mut s) = TcpStream::connect(host) else {
        return (0, String::new());
    };
    let sig = signature
        .map(|v| format!("X-Hub-Signature-256: {v}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\n{sig}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .ok();
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    let status = resp
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (
        status,
        resp.split_once("\r\n\r\n")
            .map(|x| x.1.to_string())
            .unwrap_or_default(),
    )
}

fn envelope(field: &str, value: Value, time: i64) -> String {
    json!({"object": "whatsapp_business_account", "entry": [
        {"id": WABA, "time": time, "changes": [{"field": field, "value": value}]}
    ]})
    .to_string()
}

fn events(env: &Env) -> Vec<Value> {
    env.run(&["events", "--limit", "5000", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .cloned()
        .unwrap()
}

#[test]
fn the_handshake_and_signatures_guard_the_door() {
    let env = Env::new();
    let r = receive(&env);
    let ok = format!("/?hub.mode=subscribe&hub.verify_token={VERIFY}&hub.challenge=1158201444");
    assert_eq!(
        call(&r.url, "GET", &ok, "", None),
        (200, "1158201444".into())
    );
    let wrong = "/?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1";
    assert_eq!(call(&r.url, "GET", wrong, "", None).0, 403);
    let body = envelope("account_review_update", json!({"decision": "APPROVED"}), 1);
    // Unsigned, signed with another secret, or signed over another body.
    assert_eq!(call(&r.url, "POST", "/", &body, None).0, 401);
    assert_eq!(
        call(&r.url, "POST", "/", &body, Some(&sign(&body, "other"))).0,
        401
    );
    assert_eq!(
        call(&r.url, "POST", "/", &body, Some(&sign("{}", SECRET))).0,
        401
    );
    assert!(events(&env).is_empty(), "nothing unsigned is kept");
    // Signed but not JSON, or larger than Meta ever sends (3 MB): refused,
    // nothing kept, and the server goes on.
    let junk = "{\"entry\": [";
    assert_eq!(
        call(&r.url, "POST", "/", junk, Some(&sign(junk, SECRET))).0,
        400
    );
    let big = format!("{{\"x\": \"{}\"}}", "a".repeat(5 << 20));
    assert_eq!(
        call(&r.url, "POST", "/", &big, Some(&sign(&big, SECRET))).0,
        413
    );
    assert!(events(&env).is_empty());
    // Signed: kept, and Meta's retry of it adds nothing.
    for _ in 0..3 {
        assert_eq!(
            call(&r.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
            200
        );
    }
    let kept = events(&env);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0]["waba_id"], WABA);
}

#[test]
fn every_management_field_reads_as_a_line_and_unknown_ones_are_kept() {
    let env = Env::new();
    let r = receive(&env);
    // Values as Meta's reference pages show them.
    let cases = [
        (
            "message_template_status_update",
            json!({"event": "REJECTED", "message_template_id": 1689556908129835u64,
            "message_template_name": "spring_sale", "message_template_language": "en_US", "reason": "INVALID_FORMAT"}),
            "template spring_sale en_US REJECTED: INVALID_FORMAT",
        ),
        (
            "message_template_quality_update",
            json!({"previous_quality_score": "GREEN", "new_quality_score": "YELLOW",
            "message_template_id": 806312974732579u64, "message_template_name": "welcome_template", "message_template_language": "en-US"}),
            "template welcome_template en_US quality GREEN → YELLOW",
        ),
        (
            "template_category_update",
            json!({"message_template_id": 278077987957091u64, "message_template_name": "welcome_template",
            "message_template_language": "en-US", "previous_category": "UTILITY", "new_category": "MARKETING"}),
            "template welcome_template en_US category UTILITY → MARKETING",
        ),
        (
            "phone_number_quality_update",
            json!({"display_phone_number": "15550783881", "event": "THROUGHPUT_UPGRADE",
            "current_limit": "TIER_UNLIMITED", "max_daily_conversations_per_business": "TIER_UNLIMITED"}),
            "number 15550783881 THROUGHPUT_UPGRADE (limit TIER_UNLIMITED)",
        ),
        (
            "phone_number_name_update",
            json!({"display_phone_number": "15550783881", "decision": "APPROVED",
            "requested_verified_name": "Lucky Shrub", "rejection_reason": null}),
            "number 15550783881 name Lucky Shrub APPROVED",
        ),
        (
            "account_update",
            json!({"event": "DISABLED_UPDATE", "ban_info": {"waba_ban_state": "REINSTATE"}}),
            "account update DISABLED_UPDATE",
        ),
        (
            "account_review_update",
            json!({"decision": "APPROVED"}),
            "account review update APPROVED",
        ),
        (
            "business_capability_update",
            json!({"max_daily_conversation_per_phone": 1000}),
            "business capability update",
        ),
        (
            "some_future_field",
            json!({"x": 1}),
            "some_future_field (kept as it came)",
        ),
    ];
    for (i, (field, value, _)) in cases.iter().enumerate() {
        let body = envelope(field, value.clone(), 1_739_321_024 + i as i64);
        assert_eq!(
            call(&r.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
            200,
            "{field}"
        );
    }
    let out = env.run(&["events", "--limit", "100"]).ok();
    for (field, _, line) in &cases {
        assert!(out.stdout.contains(line), "{field}: {line}\n{}", out.stdout);
    }
    // Those of one second are listed in the order Meta says they happened.
    let times: Vec<i64> = events(&env)
        .iter()
        .map(|e| e["time"].as_i64().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
    // `--waba` narrows to one WABA's events; `--since` to later ones.
    let none = env
        .run(&["--waba", "100000000000009", "events", "-o", "json"])
        .ok()
        .json();
    assert_eq!(none.as_array().unwrap().len(), 0);
    let later = env
        .run(&["events", "--since", "2100-01-01", "-o", "json"])
        .ok()
        .json();
    assert_eq!(later.as_array().unwrap().len(), 0);
    env.run(&["events", "--since", "yesterday"]).code(2);
}

#[test]
fn a_burst_is_kept_whole_and_sigterm_loses_no_accepted_event() {
    let env = Env::new();
    let r = receive(&env);
    let url = r.url.clone();
    // 1,000 events from 8 senders at once.
    let senders: Vec<_> = (0..8)
        .map(|t| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut ok = 0;
                for i in 0..125 {
                    let body = envelope(
                        "message_template_quality_update",
                        json!({"message_template_name": format!("t{t}_{i}"), "new_quality_score": "RED"}),
                        1_739_000_000 + i,
                    );
                    if call(&url, "POST", "/", &body, Some(&sign(&body, SECRET))).0 == 200 {
                        ok += 1;
                    }
                }
                ok
            })
        })
        .collect();
    let ok: usize = senders.into_iter().map(|s| s.join().unwrap()).sum();
    assert_eq!(ok, 1000);
    assert_eq!(events(&env).len(), 1000);

    // SIGTERM while calls arrive: every call answered 200 is kept.
    let (status, answered) = stopped_mid_stream(r, "-TERM");
    assert!(status.success(), "{status:?}");
    assert!(answered > 0);
    assert!(kept_updates(&env) >= answered);
}

#[test]
fn a_server_killed_mid_stream_has_kept_every_event_it_answered() {
    let env = Env::new();
    let r = receive(&env);
    let (status, answered) = stopped_mid_stream(r, "-KILL");
    assert!(!status.success(), "{status:?}");
    assert!(answered > 0);
    // Each 200 came after the event was stored: none is lost.
    assert!(kept_updates(&env) >= answered);
}

/// Signs and posts events to `r` from another thread until it is gone,
/// sending it `signal` 300 ms in; how it ended and how many calls got 200.
fn stopped_mid_stream(mut r: Receiver, signal: &str) -> (std::process::ExitStatus, usize) {
    let url = r.url.clone();
    let sender = std::thread::spawn(move || {
        let mut answered = 0;
        for i in 0..2000 {
            let body = envelope(
                "account_update",
                json!({"event": format!("E{i}")}),
                1_800_000_000 + i,
            );
            match call(&url, "POST", "/", &body, Some(&sign(&body, SECRET))).0 {
                200 => answered += 1,
                // Gone: the server has stopped.
                0 => break,
                _ => {}
            }
        }
        answered
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    let pid = r.child.id().to_string();
    Command::new("kill").args([signal, &pid]).status().unwrap();
    let status = r.child.wait().unwrap();
    (status, sender.join().unwrap())
}

/// How many `account_update` events the store kept.
fn kept_updates(env: &Env) -> usize {
    events(env)
        .iter()
        .filter(|e| e["field"] == "account_update")
        .count()
}

#[test]
fn follow_prints_events_as_they_arrive() {
    let env = Env::new();
    let r = receive(&env);
    let mut follow = env
        .cmd(&["events", "--follow"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(follow.stdout.take().unwrap());
    std::thread::sleep(std::time::Duration::from_millis(300));
    let body = envelope(
        "phone_number_name_update",
        json!({"display_phone_number": "15550783881",
        "decision": "REJECTED", "requested_verified_name": "Shrub"}),
        5,
    );
    assert_eq!(
        call(&r.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
        200
    );
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(
        line.contains("number 15550783881 name Shrub REJECTED"),
        "{line}"
    );
    // A name with a terminal escape and a line break cannot clear the
    // screen or fake a second event: both are shown escaped, on one line.
    let body = envelope(
        "phone_number_name_update",
        json!({"display_phone_number": "15550783881", "decision": "APPROVED",
        "requested_verified_name": "Shrub\u{1b}[2J\n2026-01-01T00:00:00Z  WABA 1: fake"}),
        6,
    );
    assert_eq!(
        call(&r.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
        200
    );
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(
        !line.contains('\u{1b}')
            && line.contains("\\u{1b}[2J\\u{a}2026")
            && line.ends_with("APPROVED\n"),
        "{line:?}"
    );
    let _ = follow.kill();
    let _ = follow.wait();
}

#[test]
fn the_secrets_come_from_the_environment_or_credentials_never_a_flag() {
    let env = Env::new();
    let out = env.run(&["webhooks", "serve", "--port", "0"]).code(2);
    assert!(out.stderr.contains("WABA_APP_SECRET"), "{}", out.stderr);
    let out = env
        .run_with(
            &["webhooks", "serve", "--port", "0"],
            &[("WABA_APP_SECRET", SECRET)],
            None,
        )
        .code(2);
    assert!(out.stderr.contains("WABA_VERIFY_TOKEN"), "{}", out.stderr);
    assert!(!out.stderr.contains(SECRET));
    env.run(&["webhooks", "serve", "--app-secret", SECRET])
        .code(2);
    let _ = BIN;
}

#[test]
fn each_new_event_is_told_to_the_alert_targets_once() {
    let env = Env::new();
    let server = env.serve(&[]);
    let hook = crate::hostile::Hostile::json(200, "{}");
    let target = format!("{}/alerts", hook.url);
    alert_to(&env, &server, &target);
    let r = receive(&env);
    let waba = "100000000000001";
    let body = json!({"object": "whatsapp_business_account", "entry": [
        {"id": waba, "time": 1739321024, "changes": [{"field": "message_template_status_update",
         "value": {"event": "REJECTED", "message_template_name": "spring_sale",
                   "message_template_language": "en_US", "reason": "INVALID_FORMAT"}}]}]})
    .to_string();
    // Meta's first try and two retries.
    for _ in 0..3 {
        assert_eq!(
            call(&r.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
            200
        );
    }
    arrived(|| hook.hits() > 0);
    let sent = hook.requests();
    assert_eq!(sent.len(), 1, "told once: {sent:?}");
    assert!(
        sent[0].contains("template spring_sale en_US REJECTED: INVALID_FORMAT"),
        "{}",
        sent[0]
    );
    assert!(!sent[0].contains(SECRET));
}

/// promtool, from `.ci/run` (Debian's prometheus package) or the PATH.
fn promtool() -> Option<String> {
    let exe = std::env::var("WABA_PROMTOOL")
        .ok()
        .filter(|e| !e.is_empty())
        .or_else(|| {
            Command::new("promtool")
                .arg("--version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|_| "promtool".to_string())
        });
    if exe.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must check the metrics with promtool: set WABA_PROMTOOL (see .ci/run)"
        );
        eprintln!("skipped promtool: WABA_PROMTOOL is not set and promtool is not on PATH");
    }
    exe
}

#[test]
fn metrics_say_the_fleets_state_and_promtool_accepts_them() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T12:00:00Z");
    env.run(&["--sandbox", "topup", "50", "--yes"]).ok();
    let all = env
        .run(&["--sandbox", "balance", "--all", "-o", "json"])
        .ok()
        .json();
    env.run(&["--sandbox", "numbers", "health"]).ok();
    let listed = env
        .run(&["--sandbox", "templates", "list", "-o", "json"])
        .ok()
        .json();
    let approved_marketing = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] == "APPROVED" && t["category"] == "MARKETING")
        .count();
    assert!(approved_marketing > 0);
    let out = env.run(&["--sandbox", "metrics"]).ok();
    let text = out.stdout;
    let eu = crate::harness::waba_line(&all, "100000000000001");
    let balance: f64 = eu["balance"].as_str().unwrap().parse().unwrap();
    assert!(
        text.contains(&format!(
            "waba_balance{{waba_id=\"100000000000001\",currency=\"EUR\"}} {balance}"
        )),
        "{text}"
    );
    assert!(
        text.contains("waba_balance_status{waba_id=\"100000000000002\",status=\"no_ledger\"} 1")
    );
    assert!(text.contains("# TYPE waba_webhook_events_total counter"));
    assert!(
        text.contains(&format!(
            "waba_templates{{waba_id=\"100000000000001\",status=\"APPROVED\",category=\"MARKETING\"}} {approved_marketing}"
        )),
        "{text}"
    );
    let red = text
        .lines()
        .find(|l| l.starts_with("waba_number_info") && l.contains("quality_rating=\"RED\""));
    assert!(red.is_some(), "{text}");
    assert!(
        text.contains("waba_spend_sync_age_seconds{waba_id=\"100000000000001\"} 0"),
        "{text}"
    );
    if let Some(exe) = promtool() {
        let mut check = Command::new(exe)
            .args(["check", "metrics"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        check
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let done = check.wait_with_output().unwrap();
        assert!(
            done.status.success(),
            "promtool: {}{}",
            String::from_utf8_lossy(&done.stdout),
            String::from_utf8_lossy(&done.stderr)
        );
    }
}

#[test]
fn metrics_count_the_events_received_and_serve_a_scrape() {
    let env = Env::new();
    let r = receive(&env);
    for i in 0..3 {
        let body = envelope(
            "account_review_update",
            json!({"decision": format!("D{i}")}),
            i,
        );
        assert_eq!(
            call(&r.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
            200
        );
    }
    let out = env.run(&["metrics"]).ok();
    assert!(
        out.stdout.contains(&format!(
            "waba_webhook_events_total{{waba_id=\"{WABA}\",field=\"account_review_update\"}} 3"
        )),
        "{}",
        out.stdout
    );
    // Served: GET /metrics answers the same text.
    let (mut served, addr, line) = serve_metrics(&env);
    let (status, body) = call(&format!("http://{addr}"), "GET", "/metrics", "", None);
    let _ = served.kill();
    let _ = served.wait();
    assert_eq!(status, 200, "{line}");
    assert!(body.contains("waba_webhook_events_total"), "{body}");
}

/// Polls `--sandbox events` until `want` of them came, or 20 s passed.
fn sandbox_events(env: &Env, want: usize) -> Vec<Value> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let got = env
            .run(&["--sandbox", "events", "-o", "json"])
            .ok()
            .json()
            .as_array()
            .cloned()
            .unwrap();
        if got.len() >= want || std::time::Instant::now() > deadline {
            return got;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

const T0: &str = "2026-11-21T09:00:00Z";

/// `--sandbox wabas subscriptions subscribe --callback-url HOOK` at T0.
fn subscribe(env: &Env, hook: &str, vars: &[(&str, &str)]) -> crate::harness::Out {
    let mut all = vec![("WABA_NOW", T0)];
    all.extend_from_slice(vars);
    let args = [
        "--sandbox",
        "wabas",
        "subscriptions",
        "subscribe",
        "--callback-url",
        hook,
        "--yes",
    ];
    env.run_with(&args, &all, None)
}

/// A utility template created at T0: its review ends a minute later.
fn create_template(env: &Env, name: &str) {
    let args = [
        "--sandbox",
        "templates",
        "create",
        "--name",
        name,
        "--language",
        "en_US",
        "--category",
        "utility",
        "--body",
        "Your order {{1}} has shipped",
        "--example",
        "A-1",
        "--yes",
    ];
    env.run_with(&args, &[("WABA_NOW", T0)], None).ok();
}

#[test]
fn the_sandbox_calls_a_subscribed_callback_signed_and_the_loop_closes_offline() {
    let env = Env::new();
    let at = |now: &str, args: &[&str]| env.run_with(args, &[("WABA_NOW", now)], None);
    let r = receive_with(
        &env,
        &["--sandbox", "webhooks", "serve", "--port", "0"],
        &[],
    );
    let hook = format!("{}/meta", r.url);
    // The handshake comes first: a verify token the endpoint does not
    // know leaves the WABA without the callback.
    let refused = subscribe(&env, &hook, &[("WABA_VERIFY_TOKEN", "not-the-token")]);
    assert_eq!(refused.code, 4, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("could not be verified")
            && !refused.stderr.contains("not-the-token"),
        "{}",
        refused.stderr
    );
    let shown = at(T0, &["--sandbox", "wabas", "subscriptions", "-o", "json"]).ok();
    assert!(!shown.stdout.contains(&r.url), "{}", shown.stdout);
    subscribe(&env, &hook, &[]).ok();

    // A template is approved a minute after it was created; the run that
    // sees it sends the webhook before it ends.
    create_template(&env, "loop_check");
    assert!(
        sandbox_events(&env, 0).is_empty(),
        "nothing before the review ends"
    );
    at(
        "2026-11-21T09:02:00Z",
        &["--sandbox", "templates", "list", "-q"],
    )
    .ok();
    let got = sandbox_events(&env, 1);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["field"], "message_template_status_update");
    assert_eq!(got[0]["waba_id"], "100000000000001");
    assert_eq!(got[0]["value"]["event"], "APPROVED");
    assert_eq!(got[0]["value"]["message_template_name"], "loop_check");
    let line = env.run(&["--sandbox", "events"]).ok().stdout;
    assert!(
        line.contains("template loop_check en_US APPROVED"),
        "{line}"
    );

    // A day in, the French number's quality drops: Meta's
    // phone_number_quality_update, FLAGGED.
    at(
        "2026-11-22T09:30:00Z",
        &["--sandbox", "numbers", "list", "-q"],
    )
    .ok();
    let got = sandbox_events(&env, 2);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1]["field"], "phone_number_quality_update");
    assert_eq!(got[1]["value"]["display_phone_number"], "33612345678");
    assert_eq!(got[1]["value"]["event"], "FLAGGED");
    // Seen again later, nothing new is sent.
    at(
        "2026-11-22T10:00:00Z",
        &["--sandbox", "numbers", "list", "-q"],
    )
    .ok();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(sandbox_events(&env, 3).len(), 2);
}

#[test]
fn the_sandbox_retries_a_callback_that_refuses_until_one_takes_it_without_any_call() {
    let env = Env::new();
    // The served sandbox's clock is past the review: it ends the review
    // on its own and sends the webhook, with no command run.
    let _server = crate::harness::serve_in(&env.path(""), &[], Some("2026-11-21T09:02:00Z"));
    // An endpoint that knows the verify token but not the sandbox app's
    // secret: it passes the handshake and answers 401 to every call.
    let wrong = receive_with(
        &env,
        &["webhooks", "serve", "--port", "0"],
        &[("WABA_APP_SECRET", SECRET), ("WABA_VERIFY_TOKEN", VERIFY)],
    );
    subscribe(
        &env,
        &format!("{}/meta", wrong.url),
        &[("WABA_VERIFY_TOKEN", VERIFY)],
    )
    .ok();
    create_template(&env, "retry_check");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(events(&env).is_empty(), "refused: nothing kept");
    let port = wrong.url.rsplit(':').next().unwrap().to_string();
    drop(wrong);
    let _right = receive_with(
        &env,
        &["--sandbox", "webhooks", "serve", "--port", &port],
        &[("WABA_VERIFY_TOKEN", VERIFY)],
    );
    let got = sandbox_events(&env, 1);
    assert_eq!(got.len(), 1, "delivered on a retry: {got:?}");
    assert_eq!(got[0]["value"]["message_template_name"], "retry_check");
    assert_eq!(got[0]["value"]["event"], "APPROVED");
    // Delivered once: no further call repeats it.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert_eq!(sandbox_events(&env, 2).len(), 1);
}

#[test]
fn a_callback_off_this_machine_is_never_called_but_kept_in_the_outbox() {
    let env = Env::new();
    subscribe(&env, "https://hooks.example.com/wa", &[]).ok();
    env.run_with(
        &["--sandbox", "numbers", "list", "-q"],
        &[("WABA_NOW", "2026-11-22T09:30:00Z")],
        None,
    )
    .ok();
    let out = env
        .run(&["--sandbox", "sandbox", "outbox", "-o", "json"])
        .ok()
        .json();
    let sent = out.as_array().unwrap();
    assert_eq!(sent.len(), 1, "{out}");
    assert_eq!(sent[0]["kind"], "webhook");
    let body = &sent[0]["body"];
    assert_eq!(body["object"], "whatsapp_business_account");
    assert_eq!(
        body["entry"][0]["changes"][0]["field"],
        "phone_number_quality_update"
    );
    // Plain http is for this machine only, and only with a local Graph.
    let out = env
        .run_with(
            &[
                "wabas",
                "subscriptions",
                "subscribe",
                "--callback-url",
                "http://127.0.0.1:9/meta",
                "--yes",
            ],
            &[
                ("WABA_TOKEN", "t"),
                ("WABA_ID", "1"),
                ("WABA_VERIFY_TOKEN", VERIFY),
            ],
            None,
        )
        .code(2);
    assert!(out.stderr.contains("is not https"), "{}", out.stderr);
}

/// A connection that sends `head` and then one byte a second, until the
/// server answers or hangs up; what it got, and when.
fn drip(url: &str, head: &'static str) -> std::thread::JoinHandle<(String, std::time::Duration)> {
    let host = url.trim_start_matches("http://").to_string();
    std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let mut s = TcpStream::connect(&host).unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(1)))
            .unwrap();
        s.write_all(head.as_bytes()).unwrap();
        let mut got = Vec::new();
        while started.elapsed() < std::time::Duration::from_secs(30) {
            let mut buf = [0u8; 256];
            match s.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(_) if got.is_empty() => {}
                Err(_) => break,
            }
            if s.write_all(b"a").is_err() {
                break;
            }
        }
        (
            String::from_utf8_lossy(&got).into_owned(),
            started.elapsed(),
        )
    })
}

#[test]
fn a_caller_that_drips_its_request_is_cut_off_and_holds_no_one_up() {
    let env = Env::new();
    let r = receive(&env);
    let head = drip(&r.url, "POST / HTTP/1.1\r\nHost: x\r\nContent-Le");
    let body = drip(
        &r.url,
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{",
    );
    // Meanwhile Meta's calls are answered as ever.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let event = envelope("account_review_update", json!({"decision": "APPROVED"}), 1);
    let (status, _) = call(&r.url, "POST", "/", &event, Some(&sign(&event, SECRET)));
    assert_eq!(status, 200);
    let (got, took) = head.join().unwrap();
    assert!(
        took.as_secs() < 9,
        "a dripping head is cut off: {took:?} {got:?}"
    );
    let (got, took) = body.join().unwrap();
    assert!(got.starts_with("HTTP/1.1 408"), "{got:?}");
    assert!(took.as_secs() < 14, "{took:?}");
    assert_eq!(events(&env).len(), 1);
}

#[test]
fn sigterm_stops_the_servers_within_seconds_whatever_callers_hold_open() {
    let env = Env::new();
    let mut r = receive(&env);
    let _a = drip(
        &r.url,
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9999\r\n\r\n",
    );
    let _b = drip(&r.url, "PO");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let started = std::time::Instant::now();
    let pid = r.child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let status = r.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(started.elapsed().as_secs() < 8, "{:?}", started.elapsed());

    // `metrics --listen` too.
    let (mut served, addr, _) = serve_metrics(&env);
    let _c = drip(&format!("http://{addr}"), "GET /metr");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let started = std::time::Instant::now();
    Command::new("kill")
        .args(["-TERM", &served.id().to_string()])
        .status()
        .unwrap();
    let status = served.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(started.elapsed().as_secs() < 8, "{:?}", started.elapsed());
}

/// `metrics --listen` on a free port: the child, its address, and the
/// line it printed once listening.
fn serve_metrics(env: &Env) -> (Child, String, String) {
    let (served, addr, line, _) = serve_metrics_on(env, "127.0.0.1");
    (served, addr, line)
}

/// `serve_metrics` on `host`, with the rest of what it prints on stderr.
fn serve_metrics_on(
    env: &Env,
    host: &str,
) -> (Child, String, String, BufReader<std::process::ChildStderr>) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("{host}:{port}");
    let mut served = env
        .cmd(&["metrics", "--listen", &addr])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(served.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    (served, addr, line, err)
}

/// A callback that passes Meta's handshake, then never answers a call;
/// its URL, and how many calls it got.
fn silent_callback() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::Ordering::SeqCst;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/meta", listener.local_addr().unwrap());
    let posts = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = posts.clone();
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(conn.try_clone().unwrap());
                let mut head = Vec::new();
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    head.push(line);
                }
                let first = head.first().cloned().unwrap_or_default();
                if first.starts_with("GET") {
                    let challenge = first
                        .split("hub.challenge=")
                        .nth(1)
                        .and_then(|r| r.split(['&', ' ']).next())
                        .unwrap_or("")
                        .to_string();
                    let _ = write!(
                        conn,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{challenge}",
                        challenge.len()
                    );
                } else {
                    seen.fetch_add(1, SeqCst);
                    std::thread::sleep(std::time::Duration::from_secs(30));
                }
            });
        }
    });
    (url, posts)
}

#[test]
fn a_callback_that_never_answers_holds_a_run_up_3_s_at_most_and_loses_nothing() {
    let env = Env::new();
    let (url, posts) = silent_callback();
    subscribe(&env, &url, &[]).ok();
    create_template(&env, "slow_check");
    let started = std::time::Instant::now();
    env.run_with(
        &[
            "--sandbox",
            "templates",
            "show",
            "slow_check",
            "--language",
            "en_US",
        ],
        &[("WABA_NOW", "2026-11-21T09:02:00Z")],
        None,
    )
    .ok();
    let took = started.elapsed();
    assert!(took.as_millis() < 4500, "{took:?}");
    assert_eq!(posts.load(std::sync::atomic::Ordering::SeqCst), 1);
    // Still waiting for its callback, to be sent again.
    let world: Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("sandbox/world.json")).unwrap())
            .unwrap();
    let waiting = world["callbacks"].as_array().unwrap();
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0]["value"]["message_template_name"], "slow_check");
}

/// An alert target that refuses its first `refusals` calls (503), then
/// takes every call; each call's request, as text.
fn flaky_target(refusals: usize) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/alerts", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut head = String::new();
            let mut len = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
                head.push_str(&line);
            }
            let mut body = vec![0; len];
            let _ = reader.read_exact(&mut body);
            let n = {
                let mut log = log.lock().unwrap();
                log.push(head + &String::from_utf8_lossy(&body));
                log.len()
            };
            let status = if n <= refusals { "503 Busy" } else { "200 OK" };
            let _ = write!(
                conn,
                "HTTP/1.1 {status}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
            );
        }
    });
    (url, seen)
}

#[test]
fn an_alert_a_target_refused_goes_out_when_the_server_starts_again() {
    let env = Env::new();
    let server = env.serve(&[]);
    // One delivery is three tries: all three refused.
    let (target, calls) = flaky_target(3);
    alert_to(&env, &server, &target);
    let mut first = receive(&env);
    let body = json!({"object": "whatsapp_business_account", "entry": [
        {"id": "100000000000001", "time": 1739321024, "changes": [{"field": "account_review_update",
         "value": {"decision": "REJECTED"}}]}]})
    .to_string();
    assert_eq!(
        call(&first.url, "POST", "/", &body, Some(&sign(&body, SECRET))).0,
        200
    );
    arrived(|| calls.lock().unwrap().len() >= 3);
    assert_eq!(calls.lock().unwrap().len(), 3, "refused three times");
    Command::new("kill")
        .args(["-TERM", &first.child.id().to_string()])
        .status()
        .unwrap();
    first.child.wait().unwrap();

    // No new event: the queued alert goes out as the next server starts.
    let _second = receive(&env);
    arrived(|| calls.lock().unwrap().len() >= 4);
    let calls = calls.lock().unwrap();
    assert_eq!(calls.len(), 4, "delivered once more, and only once");
    assert!(
        calls[3].contains("account review update REJECTED"),
        "{}",
        calls[3]
    );
}

#[test]
fn metrics_served_beyond_this_machine_warn_that_a_scrape_reads_every_balance() {
    let env = Env::new();
    let (mut open, _, _, mut err) = serve_metrics_on(&env, "0.0.0.0");
    let mut warning = String::new();
    err.read_line(&mut warning).unwrap();
    let _ = open.kill();
    let _ = open.wait();
    assert!(
        warning.starts_with("warning:") && warning.contains("reads every WABA's balance"),
        "{warning}"
    );
    // On loopback: nothing more than the address.
    let (mut local, _, _, mut err) = serve_metrics_on(&env, "127.0.0.1");
    Command::new("kill")
        .args(["-TERM", &local.id().to_string()])
        .status()
        .unwrap();
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    local.wait().unwrap();
    assert!(!rest.contains("warning"), "{rest}");
}

#[test]
fn two_servers_on_one_store_given_the_same_event_at_once_keep_and_tell_it_once() {
    let env = Env::new();
    let server = env.serve(&[]);
    let hook = crate::hostile::Hostile::json(200, "{}");
    let target = format!("{}/alerts", hook.url);
    alert_to(&env, &server, &target);
    // Two receivers behind one load balancer, and Meta's retries landing
    // on both at the same moment.
    let (a, b) = (receive(&env), receive(&env));
    let body = json!({"object": "whatsapp_business_account", "entry": [
        {"id": "100000000000001", "time": 1739321099, "changes": [{"field": "account_update",
         "value": {"event": "ACCOUNT_RESTRICTION"}}]}]})
    .to_string();
    let senders: Vec<_> = (0..8)
        .map(|i| {
            let url = if i % 2 == 0 {
                a.url.clone()
            } else {
                b.url.clone()
            };
            let body = body.clone();
            std::thread::spawn(move || call(&url, "POST", "/", &body, Some(&sign(&body, SECRET))).0)
        })
        .collect();
    for s in senders {
        assert_eq!(s.join().unwrap(), 200);
    }
    assert_eq!(kept_updates(&env), 1);
    arrived(|| hook.hits() > 0);
    assert_eq!(hook.hits(), 1, "told once: {:?}", hook.requests());
}

/// The demo WABA's alerts go to `target`, whatever its balance.
fn alert_to(env: &Env, server: &crate::harness::Server, target: &str) {
    env.against(
        server,
        &[
            "alerts", "enable", "--below", "10", "--notify", target, "--yes",
        ],
    )
    .ok();
}

/// Waits up to 10 s for `done`, then half a second more, so that a call
/// that should not come has had the time to.
fn arrived(done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !done() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
}

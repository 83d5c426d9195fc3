//! `numbers health`: every number worst first, `--check` for cron, and one
//! notification per change for the worse, however many runs see it. The
//! sandbox's French number drops to RED a day after the sandbox starts,
//! has its limit lowered two days later, and recovers after a week.

use serde_json::Value;

use crate::harness::{DEMO_WABA, Env, Out, TOKEN, serve_in};
use crate::sinks::{HttpSink, SmtpSink};

const T0: &str = "2026-11-21T09:00:00Z";
const DAY1: &str = "2026-11-22T10:00:00Z";
const DAY1_LATER: &str = "2026-11-22T18:00:00Z";
const DAY4: &str = "2026-11-25T10:00:00Z";
const DAY8: &str = "2026-11-29T10:00:00Z";
const FRANCE: &str = "200000000000013";

fn at(env: &Env, now: &str, args: &[&str]) -> Out {
    let mut full = vec!["--sandbox"];
    full.extend_from_slice(args);
    env.run_with(&full, &[("WABA_NOW", now)], None)
}

fn ids(v: &Value) -> Vec<&str> {
    v["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect()
}

fn outbox(env: &Env) -> Vec<Value> {
    env.run(&["sandbox", "outbox", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn numbers_come_worst_first_and_check_exits_10() {
    let env = Env::new().set("COLUMNS", "200");
    let v = at(&env, T0, &["numbers", "health", "-o", "json"])
        .ok()
        .json();
    // Disconnected, then pending (cannot send), then RED, YELLOW, GREEN.
    assert_eq!(
        ids(&v),
        [
            "200000000000015",
            "200000000000014",
            "200000000000012",
            FRANCE,
            "200000000000011"
        ]
    );
    let levels: Vec<&str> = v["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["level"].as_str().unwrap())
        .collect();
    assert_eq!(
        levels,
        ["critical", "critical", "critical", "warning", "ok"]
    );
    assert_eq!(
        v["totals"],
        serde_json::json!({"critical": 3, "warning": 1, "ok": 1})
    );
    let red = &v["numbers"][2];
    assert_eq!(red["health_status"]["can_send_message"], "LIMITED");
    assert_eq!(
        red["health_status"]["entities"][0]["errors"][0]["error_code"],
        141010
    );
    assert_eq!(
        red["problems"],
        serde_json::json!(["sending limited", "status FLAGGED", "quality RED"])
    );

    // The table still prints before the exit code says "unhealthy".
    let out = at(&env, T0, &["numbers", "health", "--check"]).code(10);
    let first = out.stdout.lines().nth(3).unwrap();
    assert!(first.starts_with("+39 312 345 6789"), "{}", out.stdout);
    assert!(first.contains("critical") && first.contains("DISCONNECTED"));
    assert!(
        out.stderr
            .contains("3 numbers blocked, RED or disconnected; the worst: +39 312 345 6789"),
        "{}",
        out.stderr
    );
    // A WABA whose numbers are all well passes.
    at(
        &env,
        T0,
        &["--waba", "100000000000002", "numbers", "health", "--check"],
    )
    .ok();

    // Every WABA the sandbox's businesses reach, each number once.
    let all = at(&env, T0, &["numbers", "health", "--all", "-o", "json"])
        .ok()
        .json();
    assert_eq!(ids(&all).len(), 8);
    assert_eq!(all["numbers"][0]["waba_id"], DEMO_WABA);
    assert_eq!(all["numbers"][7]["level"], "ok");
    let csv = at(&env, T0, &["numbers", "health", "--all", "-o", "csv"]).ok();
    assert!(
        csv.stdout.starts_with(
            "profile,waba_id,id,phone_number,display_phone_number,verified_name,level"
        ),
        "{}",
        csv.stdout
    );
    assert_eq!(csv.stdout.lines().count(), 9);
}

#[test]
fn a_change_for_the_worse_notifies_once_and_a_recovery_only_records() {
    let env = Env::new().set("COLUMNS", "200");
    // The first run records; nothing to compare with yet.
    let first = at(&env, T0, &["numbers", "health"]).ok();
    assert!(
        first
            .stderr
            .contains("5 numbers seen for the first time: their state is recorded"),
        "{}",
        first.stderr
    );
    at(
        &env,
        T0,
        &[
            "alerts",
            "enable",
            "--below",
            "10",
            "--notify",
            "ops@example.com",
            "--notify",
            "https://hooks.example.com/services/T0/B0/XYZW",
            "--yes",
        ],
    )
    .ok();
    assert!(outbox(&env).is_empty());

    // A day later the French number is RED and limited.
    let out = at(&env, DAY1, &["numbers", "health"]).ok();
    let line = out
        .stdout
        .lines()
        .find(|l| l.starts_with("+33 6 12 34 56 78"))
        .unwrap();
    assert!(
        line.contains("sending AVAILABLE → LIMITED; quality YELLOW → RED"),
        "{line}"
    );
    assert!(out.stderr.contains("2 messages queued"), "{}", out.stderr);
    let sent = outbox(&env);
    assert_eq!(sent.len(), 2);
    let kinds: Vec<&str> = sent.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["email", "webhook"]);
    assert!(
        sent[0]["subject"]
            .as_str()
            .unwrap()
            .contains("+33 6 12 34 56 78 of WABA 100000000000001: sending AVAILABLE → LIMITED, quality YELLOW → RED"),
        "{}",
        sent[0]["subject"]
    );
    let body = &sent[1]["body"];
    assert_eq!(body["event"], "number_health");
    assert_eq!(body["phone_number_id"], FRANCE);
    assert_eq!(body["quality_rating"], "RED");
    assert_eq!(body["level"], "critical");
    assert_eq!(body["changes"][1]["from"], "YELLOW");
    assert!(
        body["text"]
            .as_str()
            .unwrap()
            .contains("numbers show 200000000000013")
    );

    // Later runs that day see the same state: nothing more is sent.
    for _ in 0..2 {
        let again = at(&env, DAY1_LATER, &["numbers", "health"]).ok();
        assert!(!again.stdout.contains("CHANGED"), "{}", again.stdout);
    }
    assert_eq!(outbox(&env).len(), 2);

    // Meta lowers the limit: one more message per target.
    let out = at(&env, DAY4, &["numbers", "health", "-o", "json"]).ok();
    let france = &out.json()["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == FRANCE)
        .cloned()
        .unwrap();
    assert_eq!(france["changes"][0]["field"], "limit");
    assert_eq!(france["changes"][0]["to"], "TIER_2K");
    let sent = outbox(&env);
    assert_eq!(sent.len(), 4);
    assert!(
        sent[3]["subject"]
            .as_str()
            .unwrap()
            .ends_with("limit TIER_10K → TIER_2K")
    );

    // It recovers: recorded and shown, but nobody is woken for it.
    let out = at(&env, DAY8, &["numbers", "health"]).ok();
    assert!(out.stdout.contains("quality RED → GREEN"), "{}", out.stdout);
    assert_eq!(outbox(&env).len(), 4);
}

#[test]
fn concurrent_runs_at_a_change_notify_once() {
    let env = Env::new();
    at(&env, T0, &["numbers", "health"]).ok();
    at(
        &env,
        T0,
        &[
            "alerts",
            "enable",
            "--below",
            "10",
            "--notify",
            "ops@example.com",
            "--yes",
        ],
    )
    .ok();
    let runs: Vec<std::process::Child> = (0..8)
        .map(|_| {
            env.cmd(&["--sandbox", "numbers", "health", "-o", "json"])
                .env("WABA_NOW", DAY1)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for r in runs {
        let out = r.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let sent = outbox(&env);
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_eq!(sent[0]["body"]["phone_number_id"], FRANCE);
}

#[test]
fn email_and_webhook_targets_get_the_change_and_a_failed_one_waits() {
    let env = Env::new();
    let home = tempfile::tempdir().unwrap();
    let smtp = SmtpSink::start();
    let hook = HttpSink::start(3);
    let configure = |url: &str| {
        std::fs::write(
            env.path("config.toml"),
            format!(
                "default_profile = \"ops\"\n\n[profiles.ops]\nwaba = \"{DEMO_WABA}\"\ngraph_url = \"{url}\"\n\n\
                 [profiles.ops.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\nfrom = \"waba@example.com\"\n",
                smtp.port
            ),
        )
        .unwrap();
    };
    let run = |now: &str, args: &[&str]| {
        env.run_with(args, &[("WABA_TOKEN", TOKEN), ("WABA_NOW", now)], None)
    };
    let server = serve_in(home.path(), &[], Some(T0));
    configure(&server.url);
    run(T0, &["numbers", "health"]).ok();
    run(
        T0,
        &[
            "alerts",
            "enable",
            "--below",
            "10",
            "--notify",
            "ops@example.com",
            "--notify",
            &hook.url,
            "--yes",
        ],
    )
    .ok();
    drop(server);

    // The served sandbox, a day on: the same world, its clock later.
    let server = serve_in(home.path(), &[], Some(DAY1));
    configure(&server.url);
    let out = run(DAY1, &["numbers", "health"]).ok();
    assert!(
        out.stderr
            .contains("alert `number_health` sent to ops@example.com"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("not delivered") && out.stderr.contains("kept for the next run"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(TOKEN) && !out.stdout.contains(TOKEN));
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("Subject: waba: +33 6 12 34 56 78 of WABA 100000000000001"));
    assert!(hook.received().is_empty());

    // The next run has nothing new to say, and delivers what waited.
    let out = run(DAY1_LATER, &["numbers", "health"]).ok();
    assert!(out.stderr.contains("alert `number_health` sent to"));
    let hooks = hook.received();
    assert_eq!(hooks.len(), 1);
    assert_eq!(hooks[0]["event"], "number_health");
    assert_eq!(hooks[0]["phone_number_id"], FRANCE);
    assert_eq!(smtp.mails().len(), 1, "the email is not sent twice");
}

#[test]
fn bad_scopes_and_flags_exit_2_and_meta_errors_keep_their_codes() {
    let env = Env::new();
    let out = env
        .run(&["--sandbox", "numbers", "health", "--jobs", "4"])
        .code(2);
    assert!(out.stderr.contains("--all"), "{}", out.stderr);
    env.run(&["--sandbox", "numbers", "health", "--all", "--jobs", "0"])
        .code(2);
    let out = env
        .run(&[
            "--sandbox",
            "--waba",
            DEMO_WABA,
            "numbers",
            "health",
            "--all",
        ])
        .code(2);
    assert!(out.stderr.contains("drop --waba"), "{}", out.stderr);
    // An unknown WABA is Meta's "does not exist"; an expired token, auth.
    env.run(&[
        "--sandbox",
        "--waba",
        "100000000000099",
        "numbers",
        "health",
    ])
    .code(4);
    env.run_with(
        &["--sandbox", "numbers", "health"],
        &[("WABA_TOKEN", "expired")],
        None,
    )
    .code(3);
}

#[test]
fn every_profile_is_covered_and_an_unreachable_one_fails_the_run_after_the_table() {
    let env = Env::new().set("COLUMNS", "200");
    let server = env.serve(&["--wabas", "3"]);
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.down]\nwaba = \"{DEMO_WABA}\"\ngraph_url = \"http://127.0.0.1:9\"\n\n\
             [profiles.fleet]\nbusiness = \"900000000000003\"\ngraph_url = \"{}\"\n",
            server.url
        ),
    )
    .unwrap();
    let out = env
        .run_with(
            &["numbers", "health", "--all", "--jobs", "2", "-o", "json"],
            &[("WABA_TOKEN", TOKEN)],
            None,
        )
        .code(5);
    let v = out.json();
    // The fleet's 3 WABAs, 2 numbers each; the unreachable WABA apart.
    assert_eq!(ids(&v).len(), 6);
    assert!(
        v["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["profile"] == "fleet")
    );
    assert_eq!(v["failed"][0]["profile"], "down");
    assert_eq!(v["failed"][0]["waba_id"], DEMO_WABA);
    assert_eq!(v["failed"][0]["error"]["kind"], "unavailable");
    assert!(
        out.stderr.contains("could not read 1 WABA of 4"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(TOKEN) && !out.stdout.contains(TOKEN));
    // The fleet's numbers and their health come with the business's
    // listing (field expansion), not from a read per WABA.
    assert!(server.requests_to("GET", "/phone_numbers").is_empty());
    let listing = server.requests_to("GET", "/owned_whatsapp_business_accounts");
    let fields = listing[0]["query"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q[0] == "fields")
        .and_then(|q| q[1].as_str())
        .unwrap()
        .to_string();
    assert!(
        fields.contains("phone_numbers.limit(100){") && fields.contains(",health_status}"),
        "{fields}"
    );
}

//! Balance alerts: email through a loopback SMTP server and webhooks to a
//! loopback HTTP server, once per crossing, kept and delivered later when a
//! target fails, "auto-recharge failed" on a decline; and the sandbox's
//! outbox.

use std::process::Stdio;

use serde_json::Value;

use crate::harness::{DEMO_WABA, Env, Out, Server, TOKEN};
use crate::sinks::{HttpSink, SmtpSink};

const NOW: &str = "2026-11-21T12:00:00Z";

struct Setup {
    env: Env,
    server: Server,
    smtp: SmtpSink,
    hook: HttpSink,
}

impl Setup {
    /// A served sandbox, a profile `ops` on it with a loopback mail server,
    /// a card, and 100.00 topped up (less today's spend: 96.26 EUR; the
    /// in-window messages Meta labels FREE_CUSTOMER_SERVICE cost nothing).
    fn new(hook_fails_first: usize) -> Setup {
        let env = Env::new().set("WABA_NOW", NOW).set("COLUMNS", "200");
        let server = env.serve_at(&[], Some(NOW));
        let smtp = SmtpSink::start();
        let hook = HttpSink::start(hook_fails_first);
        std::fs::write(
            env.path("config.toml"),
            format!(
                "default_profile = \"ops\"\n\n[profiles.ops]\nwaba = \"{DEMO_WABA}\"\ngraph_url = \"{}\"\n\n\
                 [profiles.ops.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\nfrom = \"waba@example.com\"\n",
                server.url, smtp.port
            ),
        )
        .unwrap();
        let s = Setup {
            env,
            server,
            smtp,
            hook,
        };
        s.run(&crate::harness::DEMO_CARD).ok();
        s.run(&["topup", "100", "--yes"]).ok();
        s
    }

    fn cmd(&self, args: &[&str]) -> std::process::Command {
        let mut c = self.env.cmd(args);
        c.env("WABA_TOKEN", TOKEN)
            .env("STRIPE_API_BASE", &self.server.url)
            .env("STRIPE_SECRET_KEY", "sk_test_alerts");
        c
    }

    fn run(&self, args: &[&str]) -> Out {
        self.env.run_with(
            args,
            &[
                ("WABA_TOKEN", TOKEN),
                ("STRIPE_API_BASE", self.server.url.as_str()),
                ("STRIPE_SECRET_KEY", "sk_test_alerts"),
            ],
            None,
        )
    }

    fn alerts_below(&self, below: &str) {
        let args = [
            "alerts",
            "enable",
            "--below",
            below,
            "--notify",
            "ops@example.com",
            "--notify",
            &self.hook.url,
            "--yes",
        ];
        let out = self.run(&args).ok();
        assert!(!out.stdout.contains("s3cr3t"), "{}", out.stdout);
    }

    fn events(&self) -> Vec<String> {
        self.hook
            .received()
            .iter()
            .map(|b| b["event"].as_str().unwrap_or("").to_string())
            .collect()
    }
}

#[test]
fn a_crossing_sends_one_email_and_one_webhook_and_rearms_above() {
    let s = Setup::new(0);
    s.alerts_below("150");
    assert!(s.smtp.mails().is_empty() && s.hook.received().is_empty());

    let out = s.run(&["balance"]).ok();
    assert!(
        out.stderr
            .contains("alert `balance_low` sent to ops@example.com")
    );
    assert!(!out.stderr.contains("s3cr3t"), "{}", out.stderr);
    let mails = s.smtp.mails();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0]
            .contains("Subject: waba: WABA 100000000000001 balance 96.26 EUR is below 150.00 EUR"),
        "{}",
        mails[0]
    );
    assert!(mails[0].contains("To: ops@example.com"));
    let hooks = s.hook.received();
    assert_eq!(hooks.len(), 1);
    let h = &hooks[0];
    assert_eq!(h["event"], "balance_low");
    assert_eq!(
        (
            &h["waba_id"],
            &h["currency"],
            &h["balance"],
            &h["threshold"],
            &h["status"]
        ),
        (
            &DEMO_WABA.into(),
            &"EUR".into(),
            &"96.26".into(),
            &"150.00".into(),
            &"low".into()
        )
    );
    assert_eq!(h["numbers"].as_array().unwrap().len(), 5);
    assert!(
        h["text"]
            .as_str()
            .unwrap()
            .contains("below the alert threshold of 150.00 EUR")
    );

    // Still below: no second alert, whichever command computes the balance.
    s.run(&["balance", "--check"]).code(8);
    s.run(&["usage", "-o", "json"]).ok();
    assert_eq!((s.smtp.mails().len(), s.hook.received().len()), (1, 1));

    // Back above (a top-up), then below again (a debit): a new crossing.
    s.run(&["topup", "100", "--yes"]).ok();
    let shown = s.run(&["alerts", "show", "-o", "json"]).ok().json();
    assert_eq!(shown["armed"], true);
    assert!(!shown.to_string().contains("s3cr3t"), "{shown}");
    let debit = [
        "balance", "adjust", "--debit", "100", "--reason", "test", "--yes",
    ];
    s.run(&debit).ok();
    assert_eq!((s.smtp.mails().len(), s.hook.received().len()), (2, 2));
}

#[test]
fn a_failing_webhook_is_kept_and_delivered_on_the_next_run() {
    // Three 500s: every try of the first run fails.
    let s = Setup::new(3);
    s.alerts_below("150");
    let out = s.run(&["balance"]).ok();
    assert!(
        out.stderr
            .contains("not delivered (the webhook answered HTTP 500); kept for the next run"),
        "{}",
        out.stderr
    );
    assert_eq!(s.smtp.mails().len(), 1, "the email went");
    assert_eq!((s.hook.answered_500(), s.hook.received().len()), (3, 0));
    let shown = s.run(&["alerts", "show", "-o", "json"]).ok().json();
    assert_eq!(shown["waiting"].as_array().unwrap().len(), 1);
    assert_eq!(shown["waiting"][0]["attempts"], 3);

    let out = s.run(&["balance"]).ok();
    assert!(
        out.stderr
            .contains("alert `balance_low` sent to http://127.0.0.1")
    );
    assert_eq!(s.events(), ["balance_low"]);
    assert_eq!(s.smtp.mails().len(), 1, "not sent twice");
    let shown = s.run(&["alerts", "show", "-o", "json"]).ok().json();
    assert_eq!(shown["waiting"], Value::Array(vec![]));
    s.run(&["balance"]).ok();
    assert_eq!(s.hook.received().len(), 1);
}

#[test]
fn ten_concurrent_checks_at_the_crossing_make_one_recharge_and_one_alert() {
    let s = Setup::new(0);
    let enable = [
        "autorecharge",
        "enable",
        "--below",
        "200",
        "--amount",
        "50",
        "--yes",
    ];
    s.run(&enable).ok();
    s.alerts_below("200");
    let children: Vec<_> = (0..10)
        .map(|_| {
            s.cmd(&["balance", "--check"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(8),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(s.server.requests_to("POST", "/confirm").len(), 2);
    assert_eq!(s.events(), ["balance_low"]);
    assert_eq!(s.smtp.mails().len(), 1);
}

#[test]
fn a_declined_recharge_alerts_the_recipients() {
    let s = Setup::new(0);
    s.run(&[
        "payment",
        "set",
        "--customer",
        "cus_sandbox_demo",
        "--card",
        "pm_card_visa_chargeDeclinedInsufficientFunds",
        "--yes",
    ])
    .ok();
    let enable = [
        "autorecharge",
        "enable",
        "--below",
        "200",
        "--amount",
        "50",
        "--yes",
    ];
    s.run(&enable).ok();
    s.alerts_below("200");
    s.run(&["balance", "--check"]).code(7);
    let mut events = s.events();
    events.sort();
    assert_eq!(events, ["balance_low", "recharge_failed"]);
    let hooks = s.hook.received();
    let failed = hooks
        .iter()
        .find(|h| h["event"] == "recharge_failed")
        .unwrap();
    assert!(
        failed["text"].as_str().unwrap().contains("insufficient"),
        "{failed}"
    );
    let mails = s.smtp.mails();
    assert_eq!(mails.len(), 2);
    assert!(
        mails
            .iter()
            .any(|m| m.contains("Subject: waba: auto-recharge failed for WABA 100000000000001"))
    );
    // Not retried, not alerted again.
    s.run(&["balance", "--check"]).code(7);
    assert_eq!(s.hook.received().len(), 2);
}

#[test]
fn alerts_test_reports_each_target() {
    let s = Setup::new(0);
    let args = [
        "alerts",
        "enable",
        "--below",
        "10",
        "--notify",
        "ops@example.com",
        "--notify",
        &s.hook.url,
        "--notify",
        "http://127.0.0.1:9/nobody-listens",
        "--yes",
    ];
    s.run(&args).ok();
    let out = s.run(&["alerts", "test", "-o", "json"]).code(5);
    let results = out.json()["results"].as_array().unwrap().clone();
    let delivered: Vec<bool> = results.iter().map(|r| r["delivered"] == true).collect();
    assert_eq!(delivered, [true, true, false]);
    assert_eq!(results[2]["tries"], 3);
    assert_eq!(s.events(), ["test"]);
    assert_eq!(s.smtp.mails().len(), 1);
    assert!(out.stderr.contains("1 of 3 target(s) could not be reached"));
    assert!(!out.stdout.contains("s3cr3t") && !out.stderr.contains("s3cr3t"));

    // A mail server that would take the password in clear is refused
    // before anything is sent.
    let config = std::fs::read_to_string(s.env.path("config.toml")).unwrap();
    let remote = config.replace("host = \"127.0.0.1\"", "host = \"mail.example.com\"");
    std::fs::write(s.env.path("config.toml"), remote).unwrap();
    let out = s.run(&["alerts", "test"]).code(2);
    assert!(
        out.stderr.contains("allowed to a loopback host only"),
        "{}",
        out.stderr
    );
    assert_eq!(s.events(), ["test"]);
}

#[test]
fn bad_targets_and_thresholds_are_refused_and_change_nothing() {
    let env = Env::new().set("WABA_NOW", NOW);
    for (args, says) in [
        (
            vec!["--below", "50", "--notify", "ops"],
            "neither an email address nor an https URL",
        ),
        (
            vec!["--below", "50", "--notify", "ops@localhost"],
            "neither",
        ),
        (
            vec!["--below", "50", "--notify", "http://hooks.example.com/x"],
            "is not https",
        ),
        (
            vec!["--below", "0", "--notify", "ops@example.com"],
            "threshold is zero",
        ),
        (
            vec!["--below", "5e1", "--notify", "ops@example.com"],
            "not a plain decimal",
        ),
        (vec!["--below", "50"], "--notify"),
    ] {
        let mut full = vec!["--sandbox", "alerts", "enable", "--yes"];
        full.extend(args.iter().copied());
        let out = env.run(&full).code(2);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    let out = env.run(&["--sandbox", "alerts", "show"]).code(2);
    assert!(out.stderr.contains("no alerts are set"));
}

#[test]
fn the_mail_servers_password_comes_from_the_environment_or_the_credentials_file() {
    let s = Setup::new(0);
    let config = std::fs::read_to_string(s.env.path("config.toml")).unwrap();
    let with_user = config.replace(
        "from = \"waba@example.com\"",
        "from = \"waba@example.com\"\nusername = \"alerts@example.com\"",
    );
    std::fs::write(s.env.path("config.toml"), with_user).unwrap();
    let enable = [
        "alerts",
        "enable",
        "--below",
        "10",
        "--notify",
        "ops@example.com",
        "--yes",
    ];
    s.run(&enable).ok();
    // No password anywhere: refused before connecting, as an auth error.
    let out = s.run(&["alerts", "test"]).code(3);
    assert!(out.stderr.contains("WABA_SMTP_PASSWORD"), "{}", out.stderr);

    let creds = s.env.path("credentials.toml");
    std::fs::write(&creds, "[profiles.ops]\nsmtp_password = \"file-pa55\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = s.run(&["alerts", "test"]).ok();
    let out_env = s
        .env
        .run_with(
            &["alerts", "test"],
            &[("WABA_TOKEN", TOKEN), ("WABA_SMTP_PASSWORD", "env-pa55")],
            None,
        )
        .ok();
    let login = |p: &str| crate::sinks::base64(format!("\0alerts@example.com\0{p}").as_bytes());
    assert_eq!(s.smtp.logins(), [login("file-pa55"), login("env-pa55")]);
    for o in [&out, &out_env] {
        assert!(!o.stdout.contains("pa55") && !o.stderr.contains("pa55"));
    }
    assert_eq!(s.smtp.mails().len(), 2);
}

#[test]
fn in_the_sandbox_a_crossing_leaves_one_recharge_one_email_and_one_webhook() {
    let env = Env::new().set("WABA_NOW", NOW);
    let w = |args: &[&str]| {
        let mut full = vec!["--sandbox"];
        full.extend_from_slice(args);
        env.run(&full).ok()
    };
    w(&["topup", "100", "--yes"]);
    w(&[
        "autorecharge",
        "enable",
        "--below",
        "200",
        "--amount",
        "50",
        "--yes",
    ]);
    w(&[
        "alerts",
        "enable",
        "--below",
        "200",
        "--notify",
        "ops@example.com",
        "--notify",
        "https://hooks.example.com/services/T1/B2/secretXYZW",
        "--yes",
    ]);
    w(&["balance"]);
    w(&["balance"]);
    let outbox = env.run(&["sandbox", "outbox", "-o", "json"]).ok().json();
    let kinds: Vec<&str> = outbox
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["email", "webhook"]);
    assert_eq!(outbox[1]["to"], "https://hooks.example.com/…XYZW");
    assert_eq!(outbox[1]["body"]["recharge"]["succeeded"], true);
    let history = w(&["topup", "history", "-o", "json"]).json();
    let autos = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["trigger"] == "auto")
        .count();
    assert_eq!(autos, 1);
}

//! Secrets and profiles: a mail server that echoes the login, a store URL's
//! password in either form, and a profile typo that would otherwise send
//! the environment's token to the default Graph URL.

use crate::harness::{DEMO_WABA, Env, TOKEN};
use crate::hostile::{EchoingSmtp, Hostile};

#[test]
fn an_unknown_profile_is_a_usage_error_before_any_request() {
    let env = Env::new();
    let graph = Hostile::json(200, "{}");
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.staging]\nwaba = \"{DEMO_WABA}\"\ngraph_url = \"{}\"\n[profiles.prod]\nwaba = \"1\"\n",
            graph.url
        ),
    )
    .unwrap();
    let from_flag = env
        .run_with(
            &["--profile", "stagin", "numbers", "list"],
            &[("WABA_TOKEN", TOKEN), ("WABA_GRAPH_URL", &graph.url)],
            None,
        )
        .code(2);
    assert!(
        from_flag
            .stderr
            .contains("no profile named `stagin` (from flag --profile)"),
        "{}",
        from_flag.stderr
    );
    assert!(
        from_flag.stderr.contains("known profiles: prod, staging"),
        "{}",
        from_flag.stderr
    );
    let from_env = env
        .run_with(
            &["balance"],
            &[("WABA_TOKEN", TOKEN), ("WABA_PROFILE", "prdo")],
            None,
        )
        .code(2);
    assert!(
        from_env.stderr.contains("(from env WABA_PROFILE)"),
        "{}",
        from_env.stderr
    );
    std::fs::write(
        env.path("config.toml"),
        "default_profile = \"gone\"\n[profiles.prod]\nwaba = \"1\"\n",
    )
    .unwrap();
    let from_default = env
        .run_with(
            &["-o", "json", "wabas", "list"],
            &[("WABA_TOKEN", TOKEN)],
            None,
        )
        .code(2);
    let e: serde_json::Value = serde_json::from_str(&from_default.stderr).unwrap();
    assert_eq!(e["error"]["kind"], "usage");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("default_profile in config.toml"),
        "{e}"
    );
    assert_eq!(graph.hits(), 0, "a request went out");
    // The profile commands still work, to repair it.
    env.run(&["profile", "use", "prod"]).ok();
    env.run(&["profile", "list"]).ok();
}

#[test]
fn a_mail_server_echoing_the_login_cannot_make_waba_print_or_store_it() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let server = env.serve(&[]);
    let smtp = EchoingSmtp::start();
    let password = "smtpPASSw0rd-echo";
    std::fs::write(
        env.path("config.toml"),
        format!(
            "default_profile = \"ops\"\n[profiles.ops]\nwaba = \"{DEMO_WABA}\"\ngraph_url = \"{}\"\n\
             [profiles.ops.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\nusername = \"mailer\"\nfrom = \"waba@example.com\"\n",
            server.url, smtp.port
        ),
    )
    .unwrap();
    let vars = [("WABA_TOKEN", TOKEN), ("WABA_SMTP_PASSWORD", password)];
    let run = |args: &[&str]| env.run_with(args, &vars, None);
    run(&[
        "balance", "adjust", "--credit", "100", "--reason", "opening", "--yes",
    ])
    .ok();
    run(&[
        "alerts",
        "enable",
        "--below",
        "500",
        "--notify",
        "ops@example.com",
        "--yes",
    ])
    .ok();
    let auth_line = crate::sinks::base64(format!("\0mailer\0{password}").as_bytes());
    let leaks = |text: &str| {
        for secret in [password, auth_line.as_str(), TOKEN] {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
    };
    for args in [vec!["alerts", "test"], vec!["alerts", "test", "-o", "json"]] {
        let out = run(&args).code(5);
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(all.contains("535"), "the refusal is shown: {all}");
        leaks(&all);
    }
    // The crossing queues an alert whose delivery fails: the store keeps
    // why, without the secret.
    let out = run(&["balance", "--no-sync"]).ok();
    leaks(&format!("{}{}", out.stdout, out.stderr));
    let dump = env.path("dump.json");
    run(&["store", "export", dump.to_str().unwrap()]).ok();
    let text = std::fs::read_to_string(dump).unwrap();
    assert!(text.contains("535"), "the failure is kept: {text}");
    leaks(&text);
}

#[test]
fn a_pin_echoed_by_a_server_is_scrubbed() {
    let env = Env::new();
    let server = Hostile::json(
        400,
        r#"{"error":{"message":"Invalid parameter; you sent {request}","type":"OAuthException","code":100}}"#,
    );
    let out = env
        .run_with(
            &[
                "--graph-url",
                &server.url,
                "--yes",
                "api",
                "-X",
                "POST",
                "200000000000011",
                "-F",
                "pin=864209",
            ],
            &[("WABA_TOKEN", TOKEN)],
            None,
        )
        .code(4);
    assert!(out.stderr.contains("you sent POST"), "{}", out.stderr);
    assert!(
        server.requests()[0].contains("pin=864209"),
        "the PIN was sent"
    );
    assert!(!out.stderr.contains("864209"), "{}", out.stderr);
    assert!(!out.stderr.contains(TOKEN), "{}", out.stderr);
}

#[test]
fn a_store_url_password_never_shows_in_either_form() {
    let env = Env::new();
    // The `user:pass@` form is covered by the store's unit test; each try
    // here waits out the pool's 10 s for a server that is not there.
    let url = "postgres://waba@127.0.0.1:1/team?password=hunter2SECRET";
    let out = env
        .run_with(&["store", "status"], &[("WABA_STORE_URL", url)], None)
        .code(5);
    assert!(out.stderr.contains("127.0.0.1:1"), "{}", out.stderr);
    assert!(
        out.stderr.contains("Connection refused"),
        "the cause is said: {}",
        out.stderr
    );
    assert!(!out.stderr.contains("hunter2SECRET"), "{}", out.stderr);
}

#[test]
fn a_webhook_redirect_is_not_followed() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let server = env.serve(&[]);
    let elsewhere = Hostile::json(200, "{}");
    let hook = Hostile::start(crate::hostile::Act::Redirect(format!(
        "{}/hook",
        elsewhere.url
    )));
    let run = |args: &[&str]| env.against(&server, args);
    run(&[
        "alerts",
        "enable",
        "--below",
        "50",
        "--notify",
        &format!("{}/T000/secretHOOKpath", hook.url),
        "--yes",
    ])
    .ok();
    let out = run(&["alerts", "test"]).code(5);
    assert!(out.stdout.contains("HTTP 302"), "{}", out.stdout);
    assert!(!out.stdout.contains("secretHOOKpath"), "{}", out.stdout);
    assert!(hook.hits() >= 1);
    assert_eq!(elsewhere.hits(), 0, "the redirect was followed");
}

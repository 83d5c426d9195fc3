//! The contract every command keeps: a value outside Meta's enumerations is
//! a usage error listing the valid ones, and usage errors take the same
//! JSON shape as every other error when JSON is asked for.

use crate::harness::Env;

#[test]
fn an_enumerated_filter_refuses_a_typo_and_lists_the_valid_values() {
    let env = Env::new();
    for (flag, typo) in [("--status", "approvd"), ("--category", "utilty")] {
        let out = env
            .run(&["--sandbox", "templates", "list", flag, typo])
            .code(2);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
        assert!(out.stderr.contains("possible values"), "{}", out.stderr);
    }
    let out = env
        .run(&["--sandbox", "templates", "list", "--status", "approvd"])
        .code(2);
    assert!(
        out.stderr.contains("APPROVED, PENDING, REJECTED"),
        "{}",
        out.stderr
    );
    // Matching stays case-insensitive.
    let all = env
        .run(&["--sandbox", "templates", "list", "-o", "json"])
        .ok()
        .json();
    let approved = env
        .run(&[
            "--sandbox",
            "templates",
            "list",
            "--status",
            "Approved",
            "--category",
            "utility",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let want = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] == "APPROVED" && t["category"] == "UTILITY")
        .count();
    assert!(want > 0);
    assert_eq!(approved.as_array().unwrap().len(), want, "{approved}");
}

#[test]
fn usage_errors_honour_json_output() {
    let env = Env::new();
    for (args, env_json, says) in [
        (
            vec!["-o", "json", "balanse"],
            false,
            "unrecognized subcommand 'balanse'",
        ),
        (
            vec!["--output=json", "topup", "--bogus"],
            false,
            "unexpected argument '--bogus'",
        ),
        (
            vec!["-ojson", "templates", "list", "--status", "approvd"],
            false,
            "invalid value 'approvd'",
        ),
        (
            vec!["numbers", "lisst"],
            true,
            "unrecognized subcommand 'lisst'",
        ),
    ] {
        let vars: &[(&str, &str)] = if env_json {
            &[("WABA_OUTPUT", "json")]
        } else {
            &[]
        };
        let out = env.run_with(&args, vars, None).code(2);
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
        let e: serde_json::Value = serde_json::from_str(out.stderr.trim())
            .unwrap_or_else(|_| panic!("{args:?}: not one JSON object: {}", out.stderr));
        assert_eq!(e["error"]["kind"], "usage", "{e}");
        assert!(
            e["error"]["message"].as_str().unwrap().contains(says),
            "{args:?}: {e}"
        );
    }
    // Without JSON, clap's own words, and help still exits 0.
    let out = env.run(&["balanse"]).code(2);
    assert!(
        out.stderr.starts_with("error: unrecognized subcommand"),
        "{}",
        out.stderr
    );
    env.run(&["-o", "json", "--help"]).ok();
}

/// Every command that changes something at Meta, in money or in
/// credentials: under --no-input and without --yes it exits 2 naming
/// --yes, and changes nothing (no request that changes, no row, no file).
#[test]
fn every_change_needs_yes_without_a_terminal() {
    use crate::harness::{DEMO_CARD, stored_rows};
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let server = env.serve(&[]);
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.spare]\nwaba = \"{}\"\ngraph_url = \"{}\"\n",
            crate::harness::DEMO_WABA,
            server.url
        ),
    )
    .unwrap();
    std::fs::write(
        env.path("credentials.toml"),
        "[profiles.spare]\ntoken = \"EAAspareTOKEN123\"\n",
    )
    .unwrap();
    let rates = env.path("rates.csv");
    std::fs::write(
        &rates,
        "country,category,currency,rate,effective_from\nES,marketing,EUR,0.05,2025-07-01\n",
    )
    .unwrap();
    // What the commands below would change: a card, the two rules.
    for args in [
        DEMO_CARD.to_vec(),
        vec![
            "balance", "adjust", "--credit", "100", "--reason", "opening", "--yes",
        ],
        vec![
            "autorecharge",
            "enable",
            "--below",
            "5",
            "--amount",
            "100",
            "--yes",
        ],
        vec![
            "alerts",
            "enable",
            "--below",
            "5",
            "--notify",
            "ops@example.com",
            "--yes",
        ],
    ] {
        env.paying(&server, &args).ok();
    }
    let changes = || {
        server
            .requests()
            .iter()
            .filter(|r| {
                r["method"] != "GET" && !r["path"].as_str().unwrap_or("").starts_with("/__")
            })
            .count()
    };
    let rows = || {
        stored_rows(
            &env.paying(&server, &["store", "status", "-o", "json"])
                .ok()
                .json(),
        )
    };
    let config = || {
        std::fs::read_to_string(env.path("config.toml")).unwrap()
            + &std::fs::read_to_string(env.path("credentials.toml")).unwrap()
    };
    let (changes0, rows0, config0) = (changes(), rows(), config());
    let table: Vec<Vec<&str>> = vec![
        vec!["topup", "100"],
        vec![
            "payment",
            "set",
            "--customer",
            "cus_sandbox_demo",
            "--card",
            "pm_card_mastercard",
        ],
        vec!["autorecharge", "enable", "--below", "50", "--amount", "100"],
        vec!["autorecharge", "disable"],
        vec![
            "alerts",
            "enable",
            "--below",
            "50",
            "--notify",
            "ops@example.com",
        ],
        vec!["alerts", "disable"],
        vec!["balance", "adjust", "--credit", "10", "--reason", "test"],
        vec!["pricing", "import", rates.to_str().unwrap()],
        vec![
            "templates",
            "create",
            "--name",
            "contract_test",
            "--language",
            "en_US",
            "--category",
            "utility",
            "--body",
            "Your order {{1}} has shipped.",
            "--example",
            "A-1",
        ],
        vec!["templates", "delete", "hello_world"],
        vec!["request-code", "200000000000014"],
        vec!["verify-code", "200000000000014", "--code", "123456"],
        vec!["register", "200000000000011", "--pin", "123456"],
        vec!["deregister", "200000000000011"],
        vec!["set-pin", "200000000000011", "--pin", "123456"],
        vec![
            "numbers",
            "add",
            "+34 612 34 56 79",
            "--name",
            "Demo Retail Madrid",
        ],
        vec!["wabas", "subscriptions", "unsubscribe"],
        vec!["api", "-X", "POST", "200000000000011", "-F", "x=y"],
        vec!["profile", "remove", "spare"],
        vec!["--profile", "spare", "auth", "logout"],
    ];
    for args in &table {
        let out = env.paying(&server, args);
        assert_eq!(out.code, 2, "{args:?}\n{}", out.stderr);
        assert!(out.stderr.contains("--yes"), "{args:?}: {}", out.stderr);
        assert_eq!(
            changes(),
            changes0,
            "{args:?} sent a change: {:?}",
            server
                .requests()
                .iter()
                .filter(|r| r["method"] != "GET")
                .map(|r| r["path"].clone())
                .collect::<Vec<_>>()
        );
        assert_eq!(rows(), rows0, "{args:?} wrote a row");
        assert_eq!(config(), config0, "{args:?} changed a file");
    }
}

#[test]
fn a_profile_changes_one_setting_and_keeps_its_token() {
    let env = Env::new();
    env.run(&["profile", "add", "prod", "--waba", "111111", "-o", "json"])
        .ok();
    let config = std::fs::read_to_string(env.path("config.toml")).unwrap();
    assert!(!config.contains("output"), "-o was stored: {config}");
    env.run_with(
        &["--profile", "prod", "auth", "login", "--with-token"],
        &[],
        Some("EAAkeptTOKEN12345\n"),
    )
    .ok();
    env.run(&["profile", "set", "prod", "waba", "222222"]).ok();
    env.run(&["profile", "set", "prod", "api_version", "v24.0"])
        .ok();
    let before = std::fs::read_to_string(env.path("config.toml")).unwrap();
    for bad in [
        vec!["profile", "set", "prod", "waba", "12x"],
        vec!["profile", "set", "prod", "graph_url", "http://example.com"],
        vec!["profile", "set", "prod", "colour", "red"],
        vec!["profile", "set", "nope", "waba", "1"],
    ] {
        env.run(&bad).code(2);
    }
    assert_eq!(
        std::fs::read_to_string(env.path("config.toml")).unwrap(),
        before,
        "a refused set changed the file"
    );
    let show = env.run(&["profile", "show", "-o", "json"]).ok().json();
    assert_eq!(show["waba"]["value"], "222222");
    assert_eq!(show["api_version"]["value"], "v24.0");
    let credentials = std::fs::read_to_string(env.path("credentials.toml")).unwrap();
    assert!(
        credentials.contains("[profiles.prod]") && credentials.contains("EAAkeptTOKEN12345"),
        "the token is still the profile's"
    );
    env.run(&["profile", "set", "prod", "api_version", "--unset"])
        .ok();
    env.run(&["profile", "add", "ci", "--default-output", "json"])
        .ok();
    let config = std::fs::read_to_string(env.path("config.toml")).unwrap();
    assert!(!config.contains("v24.0"), "{config}");
    assert!(config.contains("output = \"json\""), "{config}");
}

#[test]
fn alerts_say_what_they_replace_and_add_keeps_the_targets() {
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut full = vec!["--sandbox"];
        full.extend_from_slice(args);
        env.run(&full)
    };
    run(&[
        "alerts",
        "enable",
        "--below",
        "50",
        "--notify",
        "a@example.com",
        "--yes",
    ])
    .ok();
    let out = run(&[
        "alerts",
        "enable",
        "--below",
        "60",
        "--notify",
        "b@example.com",
        "--add",
        "--yes",
    ])
    .ok();
    assert!(!out.stderr.contains("replaces"), "{}", out.stderr);
    let v = run(&["alerts", "show", "-o", "json"]).ok().json();
    assert_eq!(
        v["alerts"]["targets"],
        serde_json::json!(["a@example.com", "b@example.com"])
    );
    assert_eq!(v["alerts"]["below"], "60.00");
    let out = run(&[
        "alerts",
        "enable",
        "--below",
        "50",
        "--notify",
        "c@example.com",
        "--yes",
    ])
    .ok();
    assert!(
        out.stderr
            .contains("replaces the alerts below 60.00 EUR to a@example.com, b@example.com"),
        "{}",
        out.stderr
    );
    let v = run(&["alerts", "show", "-o", "json"]).ok().json();
    assert_eq!(v["alerts"]["targets"], serde_json::json!(["c@example.com"]));
}

#[test]
fn autorecharge_warns_when_one_recharge_cannot_reach_the_threshold() {
    let env = Env::new();
    let out = env
        .run(&[
            "--sandbox",
            "autorecharge",
            "enable",
            "--below",
            "500",
            "--amount",
            "100",
            "--yes",
        ])
        .ok();
    assert!(
        out.stderr
            .contains("one recharge of 100.00 EUR leaves it at 100.00 EUR, still below 500.00 EUR"),
        "{}",
        out.stderr
    );
    let out = env
        .run(&[
            "--sandbox",
            "autorecharge",
            "enable",
            "--below",
            "50",
            "--amount",
            "100",
            "--yes",
        ])
        .ok();
    assert!(!out.stderr.contains("still below"), "{}", out.stderr);
}

#[test]
fn pull_keeps_a_local_edit_unless_forced() {
    let env = Env::new();
    let dir = env.path("templates");
    let d = dir.to_str().unwrap();
    env.run(&["--sandbox", "templates", "pull", d]).ok();
    let file = dir.join("hello_world.en_US.yaml");
    let edited = std::fs::read_to_string(&file)
        .unwrap()
        .replace("category: MARKETING", "category: UTILITY");
    std::fs::write(&file, &edited).unwrap();
    let out = env
        .run(&["--sandbox", "templates", "pull", d, "-o", "json"])
        .code(2);
    let v = out.json();
    assert_eq!(
        v["kept"],
        serde_json::json!([file.to_str().unwrap()]),
        "{v}"
    );
    assert_eq!(v["written"], serde_json::json!([]), "{v}");
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        edited,
        "the edit was lost"
    );
    env.run(&["--sandbox", "templates", "pull", d, "--force"])
        .ok();
    assert_ne!(std::fs::read_to_string(&file).unwrap(), edited);
    env.run(&["--sandbox", "templates", "pull", d]).ok();
}

#[test]
fn a_format_a_command_cannot_produce_is_refused_before_it_acts() {
    let env = Env::new();
    for args in [
        vec!["templates", "show", "hello_world"],
        vec!["migrate-number", "+34 612 34 56 78", "--status"],
        vec!["api", "100000000000001"],
        vec!["topup", "100", "--yes"],
    ] {
        let mut full = vec!["--sandbox", "-o", "csv"];
        full.extend_from_slice(&args);
        let out = env.run(&full).code(2);
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
        assert!(
            out.stderr.contains("has no CSV form") && out.stderr.contains("-o table or -o json"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let history = env
        .run(&["--sandbox", "topup", "history", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        history.as_array().map(Vec::len),
        Some(0),
        "a top-up was made"
    );
    // A profile's CSV default gives way to a table where CSV has no form.
    std::fs::write(
        env.path("config.toml"),
        "default_profile = \"ci\"\n[profiles.ci]\noutput = \"csv\"\n",
    )
    .unwrap();
    let list = env.run(&["--profile", "ci", "profile", "list"]).ok();
    assert!(
        list.stdout.starts_with("name,default,waba"),
        "{}",
        list.stdout
    );
    let show = env.run(&["--profile", "ci", "profile", "show"]).ok();
    assert!(show.stdout.contains("profile"), "{}", show.stdout);
}

#[test]
fn lint_agrees_with_what_meta_approved_until_it_changes() {
    let env = Env::new();
    // An APPROVED template that breaks a rule Meta introduced later: the
    // body ends with a placeholder.
    let body = serde_json::json!({"data": [{
        "id": "801", "name": "legacy_notice", "language": "en_US", "status": "APPROVED",
        "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Your code is {{1}}",
                        "example": {"body_text": [["A1"]]}}],
    }]});
    let server = crate::hostile::Hostile::json(200, &body.to_string());
    let dir = env.path("templates");
    let d = dir.to_str().unwrap();
    env.run_with(
        &[
            "--graph-url",
            &server.url,
            "--waba",
            crate::harness::DEMO_WABA,
            "templates",
            "pull",
            d,
        ],
        &[("WABA_TOKEN", crate::harness::TOKEN)],
        None,
    )
    .ok();
    let out = env.run(&["templates", "lint", d]).ok();
    assert!(
        out.stdout.contains("warning")
            && out
                .stdout
                .contains("Meta approved this template as it stands"),
        "{}",
        out.stdout
    );
    // Changed, it is judged as new: an error, and push would refuse it.
    let file = dir.join("legacy_notice.en_US.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Your code is", "Your new code is")).unwrap();
    let out = env.run(&["templates", "lint", d]).code(2);
    assert!(out.stdout.contains("error"), "{}", out.stdout);
    assert!(
        out.stdout.contains("starts-or-ends-with-variable"),
        "{}",
        out.stdout
    );
    // A new template with the same body is an error too.
    std::fs::write(&file, text.replace("legacy_notice", "new_notice")).unwrap();
    env.run(&["templates", "lint", d]).code(2);
}

/// Walks a JSON value for a key, everywhere.
fn keys_named(v: &serde_json::Value, name: &str, at: &str, found: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if k == name {
                    found.push(format!("{at}.{k}"));
                }
                keys_named(x, name, &format!("{at}.{k}"), found);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                keys_named(x, name, &format!("{at}[{i}]"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn json_names_a_waba_waba_id_everywhere() {
    let env = Env::new();
    let dir = env.path("t");
    let d = dir.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["balance"],
        vec!["balance", "--all"],
        vec!["numbers", "list"],
        vec!["numbers", "health"],
        vec!["templates", "list"],
        vec!["templates", "pull", d],
        vec!["--dry-run", "templates", "push", d],
        vec!["topup", "100", "--yes"],
        vec!["topup", "history"],
        vec!["usage"],
        vec!["invoices"],
        vec!["wabas", "list"],
        vec![
            "alerts",
            "enable",
            "--below",
            "5",
            "--notify",
            "ops@example.com",
            "--yes",
        ],
        vec!["alerts", "show"],
        vec![
            "autorecharge",
            "enable",
            "--below",
            "5",
            "--amount",
            "100",
            "--yes",
        ],
        vec!["autorecharge", "show"],
        vec!["payment", "show"],
        vec!["migrate-number", "+34 612 34 56 78", "--status"],
    ];
    for args in commands {
        let mut full = vec!["--sandbox", "-o", "json"];
        full.extend_from_slice(&args);
        let out = env.run(&full).ok();
        let v = out.json();
        let mut found = Vec::new();
        keys_named(&v, "waba", "", &mut found);
        assert!(found.is_empty(), "{args:?} names a WABA `waba`: {found:?}");
    }
}

#[test]
fn phone_numbers_are_e164_beside_their_display_form() {
    let env = Env::new();
    for args in [
        vec!["numbers", "list"],
        vec!["numbers", "health"],
        vec!["numbers", "show", "200000000000011"],
    ] {
        let mut full = vec!["--sandbox", "-o", "json"];
        full.extend_from_slice(&args);
        let v = env.run(&full).ok().json();
        let rows: Vec<&serde_json::Value> = match &v {
            serde_json::Value::Array(a) => a.iter().collect(),
            o if o.get("numbers").is_some() => o["numbers"].as_array().unwrap().iter().collect(),
            o => vec![o],
        };
        assert!(!rows.is_empty(), "{args:?}: {v}");
        for n in rows {
            let display = n["display_phone_number"].as_str().unwrap();
            let e164 = n["phone_number"]
                .as_str()
                .unwrap_or_else(|| panic!("{args:?}: {n}"));
            let digits: String = display.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(e164, format!("+{digits}"), "{args:?}");
        }
    }
}

/// A JSON row's keys as CSV heads them: nested objects' keys joined with a
/// dot, every row's keys in the order first seen.
fn csv_keys(rows: &[serde_json::Value]) -> Vec<String> {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<String>) {
        match v.as_object() {
            Some(m) => {
                for (k, v) in m {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, out);
                }
            }
            None if !out.contains(&prefix.to_string()) => out.push(prefix.to_string()),
            None => {}
        }
    }
    let mut keys = Vec::new();
    for r in rows {
        walk("", r, &mut keys);
    }
    keys
}

#[test]
fn a_reports_csv_is_its_rows_led_by_its_own_fields() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    // A ledger, so that there are statements.
    env.run(&[
        "--sandbox",
        "balance",
        "adjust",
        "--credit",
        "10",
        "--reason",
        "opening",
        "--yes",
    ])
    .ok();
    for (args, key) in [
        (vec!["usage"], "rows"),
        (vec!["numbers", "health"], "numbers"),
        (vec!["pricing", "show"], "rates"),
        (vec!["invoices"], "months"),
        (vec!["invoices", "2026-11"], "lines"),
        (vec!["balance", "--all"], "wabas"),
    ] {
        let run = |format: &str| {
            let mut full = vec!["--sandbox", "-o", format];
            full.extend_from_slice(&args);
            env.run(&full).ok().stdout
        };
        let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
        let csv = run("csv");
        let lead: serde_json::Map<_, _> = json
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, v)| !v.is_array() && !v.is_object())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let rows: Vec<serde_json::Value> = json[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let mut m = lead.clone();
                m.extend(r.as_object().unwrap().clone());
                serde_json::Value::Object(m)
            })
            .collect();
        assert_eq!(
            csv.lines().next().unwrap(),
            csv_keys(&rows).join(","),
            "{args:?}"
        );
        assert_eq!(csv.lines().count(), rows.len() + 1, "{args:?}");
    }
}

#[test]
fn csv_headers_are_the_json_keys() {
    let env = Env::new();
    env.run(&["--sandbox", "topup", "100", "--yes"]).ok();
    for args in [
        vec!["numbers", "list"],
        vec!["templates", "list"],
        vec!["topup", "history"],
        vec!["wabas", "list"],
        vec!["sandbox", "inbox"],
    ] {
        let run = |format: &str| {
            let mut full = vec!["--sandbox", "-o", format];
            full.extend_from_slice(&args);
            env.run(&full).ok().stdout
        };
        let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
        let csv = run("csv");
        let Some(first) = json.as_array().and_then(|a| a.first()) else {
            assert_eq!(csv, "", "{args:?}: an empty list has an empty CSV");
            continue;
        };
        let keys = csv_keys(std::slice::from_ref(first));
        assert_eq!(csv.lines().next().unwrap(), keys.join(","), "{args:?}");
        assert_eq!(
            csv.lines().count(),
            json.as_array().unwrap().len() + 1,
            "{args:?}"
        );
    }
}

#[test]
fn the_words_people_type_point_to_the_command_they_mean() {
    let env = Env::new();
    for (word, meant) in [
        ("status", "waba auth status"),
        ("version", "waba --version"),
        ("login", "waba auth login"),
    ] {
        let out = env.run(&[word]);
        assert_eq!(out.code, 2, "{word}: {}", out.stderr);
        assert!(
            out.stderr.contains(&format!("did you mean `{meant}`")),
            "{word}: {}",
            out.stderr
        );
        let json = env.run(&[word, "-o", "json"]);
        let v: serde_json::Value = serde_json::from_str(&json.stderr).unwrap();
        assert_eq!(v["error"]["kind"], "usage", "{}", json.stderr);
    }
    // `ls` is `list` wherever there is a list.
    let ls = env.run(&["--sandbox", "numbers", "ls", "-o", "json"]).ok();
    let list = env
        .run(&["--sandbox", "numbers", "list", "-o", "json"])
        .ok();
    assert_eq!(ls.stdout, list.stdout);
    // The help groups the commands under headings.
    let help = env.run(&["--help"]).ok().stdout;
    for heading in [
        "Money:",
        "Numbers and migration:",
        "Templates:",
        "Fleet:",
        "Setup:",
        "Sandbox:",
    ] {
        assert!(help.contains(heading), "{heading} missing:\n{help}");
    }
}

#[test]
fn an_error_is_one_line_and_verbose_shows_what_lay_under_it() {
    let env = Env::new().set("WABA_STORE_URL", "");
    std::fs::write(env.path("state.db"), "not a database at all").unwrap();
    let plain = env.run(&["store", "status"]);
    assert_eq!(plain.code, 1, "{}", plain.stderr);
    assert_eq!(plain.stderr.lines().count(), 1, "{}", plain.stderr);
    assert!(!plain.stderr.contains("caused by"));
    let verbose = env.run(&["-v", "store", "status"]);
    assert!(
        verbose.stderr.contains("caused by:") && verbose.stderr.contains("file is not a database"),
        "{}",
        verbose.stderr
    );
    let json = env.run(&["-v", "-o", "json", "store", "status"]);
    let v: serde_json::Value = serde_json::from_str(&json.stderr).unwrap();
    assert!(
        v["error"]["causes"]
            .as_array()
            .is_some_and(|c| !c.is_empty()),
        "{v}"
    );
}

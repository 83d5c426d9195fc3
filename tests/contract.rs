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

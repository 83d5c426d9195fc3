//! `--jq EXPR` on every command's JSON output, as `gh --jq`: each result on
//! its own line, strings plain; a broken filter stops the run before it
//! acts.

use crate::harness::Env;

fn env() -> Env {
    Env::new().set("WABA_NOW", "2026-11-21T12:00:00Z")
}

#[test]
fn a_filter_selects_from_any_commands_json() {
    let env = env();
    env.run(&["--sandbox", "topup", "100", "--yes"]).ok();
    let out = env
        .run(&[
            "--sandbox",
            "balance",
            "--all",
            "--jq",
            r#".wabas[] | select(.status == "no_ledger") | .waba_id"#,
        ])
        .ok();
    assert_eq!(out.stdout, "100000000000002\n100000000000003\n");
    // Objects and numbers print as one line of JSON each.
    let out = env
        .run(&[
            "--sandbox",
            "numbers",
            "list",
            "--jq",
            r#".[] | select(.status == "CONNECTED") | {id, quality_rating}"#,
        ])
        .ok();
    assert_eq!(
        out.stdout,
        "{\"id\":\"200000000000011\",\"quality_rating\":\"GREEN\"}\n\
         {\"id\":\"200000000000013\",\"quality_rating\":\"YELLOW\"}\n"
    );
    // A list written row by row is filtered whole.
    let all = env
        .run(&["--sandbox", "templates", "list", "-o", "json"])
        .ok()
        .json();
    let out = env
        .run(&["--sandbox", "templates", "list", "--jq", "length"])
        .ok();
    assert_eq!(out.stdout.trim(), all.as_array().unwrap().len().to_string());
    // A profile's default format gives way; the output is JSON.
    std::fs::write(
        env.path("config.toml"),
        "default_profile = \"ci\"\n[profiles.ci]\noutput = \"csv\"\n",
    )
    .unwrap();
    let out = env
        .run(&["--profile", "ci", "profile", "list", "--jq", ".[].name"])
        .ok();
    assert_eq!(out.stdout, "ci\n");
}

#[test]
fn a_broken_filter_stops_the_run_before_it_acts() {
    let env = env();
    let before = env.run(&["--sandbox", "balance", "-o", "json"]).ok().json();
    for (args, says) in [
        (vec!["--jq", ".wabas["], "does not parse"),
        (vec!["--jq", "nosuch(1)"], "nosuch/1"),
        (vec!["-o", "csv", "--jq", "."], "--jq filters JSON output"),
    ] {
        let mut all = vec!["--sandbox", "topup", "100", "--yes"];
        all.extend(args);
        let out = env.run(&all).code(2);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
        assert!(out.stderr.contains(says), "{}", out.stderr);
        // A line, not a JSON error object: the user asked for a filter.
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    }
    let after = env.run(&["--sandbox", "balance", "-o", "json"]).ok().json();
    assert_eq!(before["balance"], after["balance"], "nothing was charged");
    // A filter that fails on the data says so in one line, exit 2.
    let out = env
        .run(&["--sandbox", "numbers", "list", "--jq", ".numbers"])
        .code(2);
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
}

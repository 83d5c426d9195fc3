//! Shell completion that knows the fleet: the shell runs `waba` with
//! `WABA_COMPLETE=SHELL` and the words typed so far; waba answers from the
//! config and what listing commands saw, never from Meta, and never with an
//! error on screen.

use crate::harness::Env;

/// The candidates `shell` gets for the last word of `words` (after `waba`).
fn complete(env: &Env, shell: &str, words: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "waba"];
    args.extend_from_slice(words);
    let index = words.len().to_string();
    let out = env.run_with(
        &args,
        &[("WABA_COMPLETE", shell), ("_CLAP_COMPLETE_INDEX", &index)],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.is_empty(),
        "nothing on screen but candidates: {}",
        out.stderr
    );
    out.stdout.lines().map(str::to_string).collect()
}

/// The values alone (fish: `value<TAB>help`, zsh: `value:help`).
fn values(lines: &[String]) -> Vec<&str> {
    lines
        .iter()
        .map(|l| l.split(['\t', ':']).next().unwrap_or_default())
        .collect()
}

fn env() -> Env {
    let env = Env::new().set("WABA_NOW", "2026-11-21T12:00:00Z");
    std::fs::write(
        env.path("config.toml"),
        "[profiles.eu]\nwaba = \"100000000000001\"\n\n[profiles.fleet]\nbusiness = \"900000000000003\"\n",
    )
    .unwrap();
    env
}

#[test]
fn profiles_and_wabas_with_their_last_balance() {
    let env = env();
    // Before any listing: the profiles, and the WABA they name.
    for shell in ["bash", "zsh", "fish"] {
        let got = complete(&env, shell, &["--profile", ""]);
        assert_eq!(values(&got), ["eu", "fleet"], "{shell}");
    }
    let fish = complete(&env, "fish", &["--profile", "f"]);
    assert_eq!(fish, ["fleet\tbusiness 900000000000003"]);
    assert_eq!(complete(&env, "fish", &["--waba", ""]), ["100000000000001"]);
    // After a balance over the fleet: every WABA, its name, balance, status.
    env.run(&["--sandbox", "topup", "25", "--yes"]).ok();
    let all = env
        .run(&["--sandbox", "balance", "--all", "-o", "json"])
        .ok()
        .json();
    let eu = crate::harness::waba_line(&all, "100000000000001");
    let fish = complete(&env, "fish", &["--waba", ""]);
    assert_eq!(fish.len(), 3, "{fish:?}");
    assert_eq!(
        fish[0],
        format!(
            "100000000000001\tDemo Retail EU · {} EUR · {}",
            eu["balance"].as_str().unwrap(),
            eu["status"].as_str().unwrap()
        )
    );
    let zsh = complete(&env, "zsh", &["--waba", "1000000000000"]);
    assert!(
        zsh[1].starts_with("100000000000002:Demo Retail LatAm"),
        "{zsh:?}"
    );
    // `profile use` and friends take existing names.
    assert_eq!(
        values(&complete(&env, "bash", &["profile", "use", "e"])),
        ["eu"]
    );
}

#[test]
fn templates_numbers_topups_and_enumerated_values_of_the_named_waba() {
    let env = env();
    env.run(&["--sandbox", "templates", "list"]).ok();
    env.run(&["--sandbox", "numbers", "list"]).ok();
    let topup = env
        .run(&["--sandbox", "topup", "25", "--yes", "-o", "json"])
        .ok()
        .json();
    let names = complete(&env, "fish", &["--sandbox", "templates", "show", "appo"]);
    assert_eq!(names, ["appointment_reminder\tde, en_US"]);
    let langs = complete(
        &env,
        "fish",
        &[
            "--sandbox",
            "templates",
            "show",
            "hello_world",
            "--language",
            "e",
        ],
    );
    assert!(values(&langs).contains(&"en_US"), "{langs:?}");
    let numbers = complete(&env, "fish", &["--sandbox", "request-code", "+33"]);
    assert_eq!(numbers, ["+33612345678\t200000000000013"]);
    let ids = complete(&env, "fish", &["--sandbox", "deregister", "2000000000000"]);
    assert!(
        ids.contains(&"200000000000011\t+34612345678".to_string()),
        "{ids:?}"
    );
    let receipts = complete(&env, "fish", &["--sandbox", "topup", "receipt", "tu_"]);
    assert_eq!(
        receipts,
        [format!(
            "{}\t25.00 EUR succeeded",
            topup["id"].as_str().unwrap()
        )]
    );
    // Another WABA named on the line has none of these.
    let other = complete(
        &env,
        "fish",
        &["--waba", "100000000000002", "templates", "show", "appo"],
    );
    assert!(other.is_empty(), "{other:?}");
    // Enumerated flags offer their values, not file names.
    let status = complete(&env, "bash", &["templates", "list", "--status", "AP"]);
    assert_eq!(status, ["APPROVED"]);
    let format = complete(&env, "bash", &["--output", ""]);
    assert_eq!(format, ["table", "json", "csv"]);
}

#[test]
fn a_missing_or_broken_cache_gives_no_candidates_and_no_error() {
    let env = env();
    assert!(complete(&env, "fish", &["--sandbox", "templates", "show", "a"]).is_empty());
    std::fs::write(env.path("completion.json"), "{not json").unwrap();
    assert!(complete(&env, "fish", &["--sandbox", "templates", "show", "a"]).is_empty());
    // A broken config too: no candidates, nothing on screen.
    std::fs::write(env.path("config.toml"), "[profiles.eu\n").unwrap();
    assert!(complete(&env, "bash", &["--profile", ""]).is_empty());
}

#[test]
fn the_scripts_register_waba_as_its_own_completer() {
    let env = Env::new();
    for (shell, says) in [
        ("bash", "WABA_COMPLETE=\"bash\""),
        ("zsh", "WABA_COMPLETE=\"zsh\""),
        ("fish", "WABA_COMPLETE=fish waba -- "),
    ] {
        let out = env.run(&["completions", shell]).ok();
        assert!(out.stdout.contains(says), "{shell}: {}", out.stdout);
        // The same script as the shell's own request for it.
        let asked = env.run_with(&[], &[("WABA_COMPLETE", shell)], None);
        assert_eq!(
            asked
                .stdout
                .replace(&crate::harness::BIN.to_string(), "waba"),
            out.stdout,
            "{shell}"
        );
    }
}

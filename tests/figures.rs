//! Figures are facts or errors: when Meta refuses the spend read, a WABA
//! never synced gets Meta's error, not zeros; one synced before gets the
//! figures of that sync, marked stale, and `--check` says what it judged.

use crate::harness::{Env, TOKEN, serve_in};

const T0: &str = "2026-11-21T09:00:00Z";
const T1: &str = "2026-11-22T09:00:00Z";
/// Meta's answer for a spend read it refuses (error 100, subcode 4182001).
const REFUSED: &str = "analytics=100/4182001";

/// Flags that make the sandbox refuse the spend reads of `runs` commands:
/// each run asks twice (with the TIER breakdown, then without).
fn refusing(runs: usize) -> Vec<&'static str> {
    (0..runs * 2).flat_map(|_| ["--inject", REFUSED]).collect()
}

fn run(env: &Env, url: &str, now: &str, args: &[&str]) -> crate::harness::Out {
    let mut full = vec!["--graph-url", url, "--waba", crate::harness::DEMO_WABA];
    full.extend_from_slice(args);
    env.run_with(&full, &[("WABA_TOKEN", TOKEN), ("WABA_NOW", now)], None)
}

#[test]
fn a_refused_spend_read_with_nothing_synced_is_an_error_not_zeros() {
    let env = Env::new();
    let home = tempfile::tempdir().unwrap();
    let server = serve_in(home.path(), &refusing(3), Some(T0));
    for args in [
        vec!["balance", "-o", "json"],
        vec!["usage", "-o", "json"],
        vec!["invoices", "-o", "json"],
    ] {
        let out = run(&env, &server.url, T0, &args);
        assert_eq!(out.code, 4, "{args:?}: {}{}", out.stdout, out.stderr);
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed figures: {}",
            out.stdout
        );
        let e: serde_json::Value = serde_json::from_str(out.stderr.trim()).unwrap();
        let message = e["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("none was ever synced"),
            "{args:?}: {message}"
        );
        assert!(message.contains("subcode 4182001"), "{args:?}: {message}");
    }
}

#[test]
fn a_refused_spend_read_after_a_sync_gives_the_last_figures_marked_stale() {
    let env = Env::new();
    let home = tempfile::tempdir().unwrap();
    {
        let server = serve_in(home.path(), &[], Some(T0));
        run(
            &env,
            &server.url,
            T0,
            &[
                "balance", "adjust", "--credit", "1000", "--reason", "opening", "--yes",
            ],
        )
        .ok();
        let v = run(&env, &server.url, T0, &["balance", "-o", "json"])
            .ok()
            .json();
        assert_eq!(v["synced"], true, "{v}");
        assert_eq!(v["as_of"], T0, "{v}");
    }
    let server = serve_in(home.path(), &refusing(3), Some(T1));
    let out = run(&env, &server.url, T1, &["balance", "-o", "json"]).ok();
    let v = out.json();
    assert_eq!(
        (&v["synced"], &v["as_of"]),
        (&false.into(), &T0.into()),
        "{v}"
    );
    assert!(
        out.stderr
            .contains("the figures are as of the last sync, 2026-11-21T09:00:00Z"),
        "{}",
        out.stderr
    );
    let table = run(&env, &server.url, T1, &["balance"]).ok();
    assert!(
        table
            .stdout
            .contains("(stale: this run could not read Meta)"),
        "{}",
        table.stdout
    );
    let check = run(&env, &server.url, T1, &["balance", "--check"]).ok();
    assert!(
        check
            .stderr
            .contains("balance --check passed (judged on the figures as of 2026-11-21T09:00:00Z"),
        "{}",
        check.stderr
    );
    // Once Meta answers again, the figures are current.
    let v = run(&env, &server.url, T1, &["usage", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["synced"], true, "{v}");
}

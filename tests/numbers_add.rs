//! `numbers add`: a brand-new number under a display name checked against
//! Meta's rules first, then the code, verification and registration it
//! points to.

use crate::harness::{Env, Out};

fn sandbox(env: &Env, args: &[&str]) -> Out {
    let mut full = vec!["--sandbox"];
    full.extend_from_slice(args);
    env.run(&full)
}

fn count(env: &Env) -> usize {
    sandbox(env, &["numbers", "list", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn a_new_number_is_added_then_verified_and_registered() {
    let env = Env::new();
    let v = sandbox(
        &env,
        &[
            "numbers",
            "add",
            "+34 612 345 679",
            "--name",
            "Demo Retail Madrid",
            "--yes",
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    let id = v["phone_number_id"].as_str().unwrap().to_string();
    assert_eq!(v["verified_name"], "Demo Retail Madrid");
    assert_eq!(v["next"][0], format!("waba request-code {id}"));
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0);
    let shown = sandbox(&env, &["numbers", "show", &id, "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["verified_name"], "Demo Retail Madrid");
    assert_eq!(shown["status"], "PENDING");
    assert_eq!(shown["name_status"], "PENDING_REVIEW");
    assert_eq!(count(&env), 6);

    // The steps it points to work on it.
    sandbox(&env, &["request-code", &id, "--yes"]).ok();
    let inbox = sandbox(&env, &["sandbox", "inbox", "-o", "json"])
        .ok()
        .json();
    let code = inbox[0]["code"].as_str().unwrap().to_string();
    sandbox(&env, &["verify-code", &id, "--code", &code, "--yes"]).ok();
    sandbox(&env, &["register", &id, "--pin", "135790", "--yes"]).ok();
    let shown = sandbox(&env, &["numbers", "show", &id, "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["status"], "CONNECTED");
    assert_eq!(shown["code_verification_status"], "VERIFIED");
}

#[test]
fn names_breaking_metas_rules_are_refused_and_nothing_is_sent() {
    let env = Env::new();
    for (name, says) in [
        ("AB", "at least 3"),
        ("Pizza 🍕 Roma", "emoji"),
        ("Best Deals!!", "`!`"),
        ("Acme  Retail", "spacing"),
        ("www.acme.com", "web address"),
        ("ACME RETAIL", "capitals"),
        ("Acme™ Retail", "symbol"),
    ] {
        let out = sandbox(
            &env,
            &["numbers", "add", "+34 612 345 679", "--name", name, "--yes"],
        )
        .code(2);
        assert!(out.stderr.contains(says), "{name}: {}", out.stderr);
        assert_eq!(out.stderr.lines().count(), 2, "one error, one hint");
        assert!(out.stderr.contains("--as-branded"));
    }
    assert_eq!(count(&env), 5, "nothing was added");

    // A brand written that way goes through, warned.
    let out = sandbox(
        &env,
        &[
            "numbers",
            "add",
            "+34 612 345 679",
            "--name",
            "Yahoo! Retail",
            "--as-branded",
            "--yes",
        ],
    )
    .ok();
    assert!(out.stderr.contains("warning:"), "{}", out.stderr);
    // Emoji stay refused, branded or not.
    sandbox(
        &env,
        &[
            "numbers",
            "add",
            "+34 612 345 670",
            "--name",
            "Pizza 🍕",
            "--as-branded",
            "--yes",
        ],
    )
    .code(2);
}

#[test]
fn generic_and_personal_names_are_warned_about_but_sent() {
    let env = Env::new();
    let out = sandbox(
        &env,
        &[
            "numbers",
            "add",
            "+34 612 345 679",
            "--name",
            "Customer Support",
            "--yes",
        ],
    )
    .ok();
    assert!(out.stderr.contains("generic term"), "{}", out.stderr);
    let out = sandbox(
        &env,
        &[
            "numbers",
            "add",
            "+34 612 345 670",
            "--name",
            "Maria Lopez",
            "--yes",
        ],
    )
    .ok();
    assert!(out.stderr.contains("person's full name"), "{}", out.stderr);
    assert_eq!(count(&env), 7);
}

#[test]
fn bad_numbers_known_numbers_and_unconfirmed_adds_change_nothing() {
    let env = Env::new();
    let add = |number: &str, extra: &[&str]| {
        let mut args = vec!["numbers", "add", number, "--name", "Demo Retail Norte"];
        args.extend_from_slice(extra);
        sandbox(&env, &args)
    };
    let out = add("+34 12", &["--yes"]).code(2);
    assert!(
        out.stderr.contains("not a valid phone number"),
        "{}",
        out.stderr
    );
    let out = add("+34 612 34 56 78", &["--yes"]).code(2);
    assert!(
        out.stderr
            .contains("already a number of WABA 100000000000001 (id 200000000000011)"),
        "{}",
        out.stderr
    );
    // Without a terminal and without --yes: nothing is sent.
    let out = add("+34 612 345 671", &[]).code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    // A dry run shows the request and sends nothing.
    let out = add("+34 612 345 671", &["--dry-run"]).ok();
    assert!(out.stdout.contains("POST "), "{}", out.stdout);
    assert!(out.stdout.contains("verified_name=Demo+Retail+Norte"));
    assert!(out.stdout.contains("cc=34&phone_number=612345671"));
    assert_eq!(count(&env), 5);
    // A number another WABA holds is Meta's to refuse.
    add("+44 7911 123456", &["--yes"]).code(4);
    assert_eq!(count(&env), 5);
}

//! Profiles, credentials and the config file.

use crate::harness::{Env, read};

#[test]
fn profiles_can_be_added_listed_used_shown_and_removed() {
    let env = Env::new();
    env.run(&[
        "profile",
        "add",
        "prod",
        "--waba",
        "111111",
        "--api-version",
        "v24.0",
        "--use",
    ])
    .ok();
    env.run(&["profile", "add", "eu", "--waba", "222222", "-o", "json"])
        .ok();
    let list = env.run(&["profile", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["eu", "prod"]);
    assert_eq!(list[1]["default"], true);
    assert_eq!(list[1]["api_version"], "v24.0");

    let show = env.run(&["profile", "show", "-o", "json"]).ok().json();
    assert_eq!(show["waba"]["value"], "111111");
    assert_eq!(show["waba"]["source"], "profile prod");
    assert_eq!(show["graph_url"]["source"], "default");

    env.run(&["profile", "use", "eu"]).ok();
    let show = env.run(&["profile", "show", "-o", "json"]).ok().json();
    assert_eq!(show["waba"]["value"], "222222");
    assert_eq!(show["output"]["value"], "json");

    env.run(&["profile", "remove", "eu", "--yes"]).ok();
    let out = env.run(&["profile", "use", "eu"]).code(2);
    assert!(
        out.stderr.contains("known profiles: prod"),
        "{}",
        out.stderr
    );
}

#[test]
fn show_names_the_source_of_every_value() {
    let env = Env::new();
    env.run(&[
        "profile",
        "add",
        "prod",
        "--waba",
        "111111",
        "--api-version",
        "v24.0",
    ])
    .ok();
    let out = env
        .run_with(
            &["profile", "show", "--graph-url", "http://127.0.0.1:8080"],
            &[
                ("WABA_API_VERSION", "v23.0"),
                ("WABA_TOKEN", "EAAenvtoken99"),
            ],
            None,
        )
        .ok();
    assert!(
        out.stdout.contains("v23.0  (env WABA_API_VERSION)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("http://127.0.0.1:8080  (flag --graph-url)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("111111  (profile prod)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("table  (default)"), "{}", out.stdout);
    assert!(out.stdout.contains("(env WABA_TOKEN)"), "{}", out.stdout);
    assert!(!out.stdout.contains("EAAenvtoken99"));
}

#[test]
fn bad_profile_input_changes_nothing() {
    let env = Env::new();
    env.run(&["profile", "add", "prod", "--waba", "111111"])
        .ok();
    let before = read(&env.path("config.toml"));
    env.run(&["profile", "add", "prod", "--waba", "3"]).code(2);
    env.run(&["profile", "add", "bad name"]).code(2);
    env.run(&["profile", "add", "x", "--waba", "12a"]).code(2);
    env.run(&["profile", "add", "x", "--graph-url", "http://example.com"])
        .code(2);
    assert_eq!(read(&env.path("config.toml")), before);
}

#[test]
fn a_corrupt_config_is_reported_by_line_and_never_rewritten() {
    let env = Env::new();
    let path = env.path("config.toml");
    let broken = "# my settings\ndefault_profile = \"prod\"\n[profiles.prod]\nwaba = 1234\n";
    std::fs::write(&path, broken).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    for args in [
        vec!["numbers", "list"],
        vec!["profile", "add", "other", "--waba", "1"],
        vec!["profile", "use", "prod"],
        vec!["auth", "logout", "--yes"],
    ] {
        let out = env
            .run_with(&args, &[], Some("EAAtoken-from-stdin"))
            .code(2);
        assert!(
            out.stderr.contains(&format!("{}, line 4", path.display())),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("hint:"), "{}", out.stderr);
        assert_eq!(
            out.stderr.lines().count(),
            2,
            "one line and a hint: {}",
            out.stderr
        );
    }
    assert_eq!(read(&path), broken);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    // The sandbox has its own profile and still works.
    env.run(&["--sandbox", "numbers", "list"]).ok();
}

#[test]
fn login_stores_the_token_privately_and_never_prints_it() {
    let env = Env::new();
    env.run(&[
        "profile",
        "add",
        "prod",
        "--waba",
        "100000000000001",
        "--use",
    ])
    .ok();
    let token = "EAAsecretLoginToken42";
    let out = env
        .run_with(
            &["auth", "login", "--with-token"],
            &[],
            Some(&format!("{token}\n")),
        )
        .ok();
    assert!(out.stdout.contains("Saved the token for profile prod"));
    let creds = env.path("credentials.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(read(&creds).contains(token));
    assert!(
        !read(&env.path("config.toml")).contains(token),
        "never in config.toml"
    );
    let show = env.run(&["profile", "show"]).ok();
    assert!(!show.stdout.contains(token), "{}", show.stdout);
    assert!(
        show.stdout.contains("[redacted, 21 characters]"),
        "{}",
        show.stdout
    );

    // Without a terminal, login needs --with-token.
    let out = env.run(&["auth", "login"]).code(2);
    assert!(out.stderr.contains("--with-token"), "{}", out.stderr);
    let out = env
        .run_with(&["auth", "login", "--with-token"], &[], Some("  \n"))
        .code(2);
    assert!(out.stderr.contains("empty"));

    env.run(&["auth", "logout", "--yes"]).ok();
    assert!(!read(&creds).contains(token));
    let out = env.run(&["numbers", "list"]).code(3);
    assert!(
        out.stderr.contains("no access token for profile `prod`"),
        "{}",
        out.stderr
    );
}

#[test]
fn login_creates_a_default_profile_when_there_is_none() {
    let env = Env::new();
    env.run_with(
        &["auth", "login", "--with-token"],
        &[],
        Some("EAAfirstTimeToken"),
    )
    .ok();
    let list = env.run(&["profile", "list", "-o", "json"]).ok().json();
    assert_eq!(list[0]["name"], "default");
    assert_eq!(list[0]["token_stored"], true);
}

#[test]
fn auth_status_reports_the_token_from_the_file_or_the_env() {
    let env = Env::new();
    let server = env.serve(&[]);
    env.run(&[
        "profile",
        "add",
        "prod",
        "--waba",
        "100000000000001",
        "--graph-url",
        &server.url,
        "--use",
    ])
    .ok();
    env.run_with(
        &["auth", "login", "--with-token"],
        &[],
        Some("EAAfileToken123"),
    )
    .ok();
    let v = env.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["valid"], true);
    assert_eq!(v["source"]["kind"], "file");
    assert_eq!(v["source"]["profile"], "prod");
    assert_eq!(v["waba_ids"][0], "100000000000001");
    assert_eq!(v["missing"].as_array().unwrap().len(), 0);
    let env = env.set("WABA_TOKEN", "limited");
    let v = env.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["source"]["kind"], "env");
    let missing = v["missing"].as_array().unwrap();
    assert_eq!(missing.len(), 3, "{missing:?}");
    assert_eq!(missing[0]["scopes"][0], "whatsapp_business_management");
}

#[test]
fn auth_status_in_the_sandbox_shows_expiry_by_the_fixed_clock() {
    let env = Env::new();
    let out = env
        .run_with(
            &["--sandbox", "auth", "status"],
            &[("WABA_NOW", "2026-11-21T09:00:00Z")],
            None,
        )
        .ok();
    assert!(
        out.stdout.contains("2027-01-20T09:00:00Z (in 60 days)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("sandbox (built in)"));
}

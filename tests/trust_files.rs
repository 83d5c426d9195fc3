//! Files and what comes from outside: broken numbers in config, names from a
//! server that would leave their directory, endless input files, control
//! characters in what is printed, a tampered export, file modes, and fifty
//! processes starting at once on a fresh home.

use std::process::Stdio;

use crate::harness::{DEMO_CARD, DEMO_WABA, Env, TOKEN, stored_rows};
use crate::hostile::Hostile;

fn graph(env: &Env, url: &str, args: &[&str]) -> crate::harness::Out {
    let mut full = vec!["--graph-url", url, "--waba", DEMO_WABA];
    full.extend_from_slice(args);
    env.run_with(&full, &[("WABA_TOKEN", TOKEN)], None)
}

#[test]
fn numbers_in_config_go_through_the_strict_parser() {
    let env = Env::new();
    for (line, key) in [
        ("fee_percent = \"5_5\"", "fee_percent"),
        ("fee_percent = \"+5.5\"", "fee_percent"),
        ("fee_percent = 1e1", "fee_percent"),
        ("topup_max = 2_000", "topup_max"),
    ] {
        std::fs::write(env.path("config.toml"), format!("[billing]\n{line}\n")).unwrap();
        let out = env.run(&["--sandbox", "topup", "100", "--yes"]).code(2);
        let first = out.stderr.lines().next().unwrap_or_default();
        assert!(
            first.contains(&format!("[billing] {key} =")) && first.contains("config.toml"),
            "{line}: {}",
            out.stderr
        );
    }
    std::fs::write(env.path("config.toml"), "[billing]\nfee_percent = 2.9\n").unwrap();
    let v = env
        .run(&["--sandbox", "topup", "100", "--dry-run", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["fee"], "2.90", "{v}");
    let history = env
        .run(&["--sandbox", "topup", "history", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        history.as_array().map(Vec::len),
        Some(0),
        "nothing was charged"
    );
}

#[test]
fn template_names_from_a_server_never_leave_the_pull_directory() {
    let env = Env::new();
    for (name, language) in [
        ("../../escaped", "en_US"),
        ("/tmp/absolute", "en_US"),
        ("ok_name", "en/../../x"),
        ("dot.dot", "en_US"),
    ] {
        let body = serde_json::json!({"data": [{
            "id": "1", "name": name, "language": language, "status": "APPROVED",
            "category": "UTILITY", "components": [{"type": "BODY", "text": "Hello"}],
        }]});
        let server = Hostile::json(200, &body.to_string());
        let dir = env.path("pulled/inner");
        let out = graph(
            &env,
            &server.url,
            &["templates", "pull", dir.to_str().unwrap()],
        )
        .code(4);
        assert!(
            out.stderr.contains("cannot be a file name"),
            "{name}: {}",
            out.stderr
        );
        let mut found = Vec::new();
        for e in walk(env.home.path()) {
            let n = e.file_name().unwrap().to_string_lossy().to_string();
            if n.contains("escaped")
                || n.contains("absolute")
                || n.contains("ok_name")
                || n.contains("dot")
            {
                found.push(e);
            }
        }
        assert!(found.is_empty(), "{name}: written {found:?}");
    }
    assert!(!std::path::Path::new("/tmp/absolute.en_US.yaml").exists());
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn endless_and_oversized_input_files_end_with_an_error() {
    let env = Env::new();
    let out = env.run(&["templates", "lint", "/dev/zero"]).code(2);
    assert!(out.stdout.contains("larger than 4 MiB"), "{}", out.stdout);
    let out = env
        .run(&["pricing", "import", "/dev/zero", "--yes"])
        .code(2);
    assert!(out.stderr.contains("larger than 16 MiB"), "{}", out.stderr);
    let out = env.run(&["store", "import", "/dev/zero", "--yes"]).code(2);
    assert!(
        out.stderr.contains("is not UTF-8") || out.stderr.contains("larger"),
        "{}",
        out.stderr
    );
    let mut child = env
        .cmd(&["auth", "login", "--with-token"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2));
    assert!(!env.path("credentials.toml").exists(), "a token was saved");
}

#[test]
fn control_characters_from_a_server_are_printed_escaped() {
    let env = Env::new().set("COLUMNS", "200");
    let body = serde_json::json!({
        "id": DEMO_WABA, "name": "Evil\u{1b}]0;pwned\u{7}", "currency": "EUR",
        "data": [{
            "id": "200000000000099", "display_phone_number": "+34 600 000 000",
            "verified_name": "Bad\u{1b}[2J\rName", "status": "CONNECTED",
            "quality_rating": "GREEN",
        }],
    });
    let server = Hostile::json(200, &body.to_string());
    for format in ["table", "csv"] {
        let out = graph(&env, &server.url, &["numbers", "list", "-o", format]).ok();
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(
            !all.contains('\u{1b}') && !all.contains('\r') && !all.contains('\u{7}'),
            "{format}: {all:?}"
        );
        assert!(all.contains("Bad\\u{1b}[2J\\u{d}Name"), "{format}: {all}");
    }
    // JSON keeps the value exact: JSON escapes it itself.
    let v = graph(&env, &server.url, &["numbers", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v[0]["verified_name"], "Bad\u{1b}[2J\rName");
}

#[test]
fn a_tampered_export_is_refused_whole_and_the_store_stays_usable() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let server = env.serve(&[]);
    env.against(
        &server,
        &[
            "balance", "adjust", "--credit", "40", "--reason", "opening", "--yes",
        ],
    )
    .ok();
    env.paying(&server, &DEMO_CARD).ok();
    env.paying(
        &server,
        &[
            "autorecharge",
            "enable",
            "--below",
            "20",
            "--amount",
            "50",
            "--yes",
        ],
    )
    .ok();
    let file = env.path("export.json");
    env.against(&server, &["store", "export", file.to_str().unwrap()])
        .ok();
    let good = std::fs::read_to_string(&file).unwrap();
    let target = Env::new();
    let stored = |e: &Env| stored_rows(&e.run(&["store", "status", "-o", "json"]).ok().json());
    let export: serde_json::Value = serde_json::from_str(&good).unwrap();
    for (table, column, to) in [
        ("ledger", "amount", "4e1"),
        ("ledger", "amount", "+40.00"),
        ("autorecharge", "amount", "5_0.00"),
        ("ledger", "at", "yesterday"),
        ("spend_sync", "synced_at", "2026-13-01"),
    ] {
        let mut v = export.clone();
        let t = &mut v["tables"][table];
        let i = t["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == column)
            .unwrap();
        t["rows"][0][i] = to.into();
        let bad = env.path("bad.json");
        std::fs::write(&bad, v.to_string()).unwrap();
        let out = target
            .run(&["store", "import", bad.to_str().unwrap(), "--yes"])
            .code(2);
        assert!(
            out.stderr.contains(&format!("{table}.{column} in row 1")),
            "{to}: {}",
            out.stderr
        );
        assert_eq!(stored(&target), 0, "{to}: rows were written");
    }
    target
        .run(&["store", "import", file.to_str().unwrap(), "--yes"])
        .ok();
    assert!(stored(&target) > 0);
}

#[test]
fn the_store_and_the_sandbox_are_private_files() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.run(&["--sandbox", "balance"]).ok();
    env.run(&["store", "status"]).ok();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let sandbox = env.path("sandbox");
    assert_eq!(mode(&sandbox), 0o700);
    for f in ["world.json", "state.db", "state.db-wal", "state.db-shm"] {
        let p = sandbox.join(f);
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{f}");
        }
    }
    assert!(sandbox.join("state.db").exists());
    if env.backend() == "sqlite" {
        assert_eq!(mode(&env.path("state.db")), 0o600);
    }
}

#[test]
fn fifty_processes_at_once_on_a_fresh_home_all_succeed() {
    let env = Env::new();
    let children: Vec<_> = (0..50)
        .map(|_| {
            env.cmd(&["store", "status", "-o", "json"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut failed = Vec::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        if !out.status.success() {
            failed.push(String::from_utf8_lossy(&out.stderr).into_owned());
        }
    }
    assert!(
        failed.is_empty(),
        "{} failed: {:?}",
        failed.len(),
        failed.first()
    );
    let s = env.run(&["store", "status", "-o", "json"]).ok().json();
    assert_eq!(s["schema_version"], s["latest_version"], "{s}");
}

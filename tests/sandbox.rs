//! The built-in sandbox, as a newcomer meets it.

use serde_json::{Value, json};

use crate::harness::{DEMO_WABA, Env, http_post_form};

#[test]
fn numbers_list_shows_the_demo_numbers_in_every_state() {
    let env = Env::new();
    let out = env.run(&["--sandbox", "numbers", "list"]).ok();
    assert!(
        out.stdout
            .starts_with(&format!("WABA {DEMO_WABA} · Demo Retail EU")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("review APPROVED"));
    assert!(out.stdout.contains("business verification verified"));
    for s in [
        "CONNECTED",
        "FLAGGED",
        "PENDING",
        "DISCONNECTED",
        "GREEN",
        "RED",
        "YELLOW",
        "EXPIRED",
        "NOT_VERIFIED",
    ] {
        assert!(out.stdout.contains(s), "missing {s}:\n{}", out.stdout);
    }
    assert!(
        !out.stdout.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn numbers_list_as_json_and_csv() {
    let env = Env::new();
    let v = env
        .run(&["--sandbox", "numbers", "list", "--output", "json"])
        .ok()
        .json();
    let items = v.as_array().expect("a JSON array");
    assert_eq!(items.len(), 5);
    assert_eq!(items[0]["display_phone_number"], "+34 612 34 56 78");
    assert_eq!(items[0]["messaging_limit"], "TIER_10K");
    assert_eq!(items[4]["code_verification_status"], "EXPIRED");
    let csv = env
        .run(&["--sandbox", "numbers", "list", "-o", "csv"])
        .ok()
        .stdout;
    let mut lines = csv.lines();
    assert!(
        lines.next().unwrap().starts_with(
            "id,phone_number,display_phone_number,verified_name,status,quality_rating"
        )
    );
    assert_eq!(lines.count(), 5);
}

#[test]
fn tables_fit_the_terminal_width() {
    let env = Env::new();
    let out = env
        .run_with(
            &["--sandbox", "numbers", "list"],
            &[("COLUMNS", "80")],
            None,
        )
        .ok();
    for line in out.stdout.lines().skip(2) {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert!(out.stdout.contains("200000000000014"), "ids are never cut");
}

#[test]
fn other_wabas_are_reachable_with_waba() {
    let env = Env::new();
    let out = env
        .run(&["--sandbox", "--waba", "100000000000003", "numbers", "list"])
        .ok();
    assert!(out.stdout.contains("Northwind"));
    assert!(out.stdout.contains("+44 7911 123456"));
}

#[test]
fn numbers_show_resolves_ids_and_numbers() {
    let env = Env::new();
    for phone in ["200000000000013", "+33 6 12 34 56 78", "33612345678"] {
        let out = env.run(&["--sandbox", "numbers", "show", phone]).ok();
        assert!(
            out.stdout.contains("Demo Retail France"),
            "{phone}: {}",
            out.stdout
        );
        assert!(
            out.stdout.contains("Two-step verification  on"),
            "{}",
            out.stdout
        );
    }
    let v = env
        .run(&[
            "--sandbox",
            "numbers",
            "show",
            "200000000000015",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["id"], "200000000000015");
    assert_eq!(v["is_pin_enabled"], false);
    assert_eq!(v["health_status"]["can_send_message"], "BLOCKED");
}

#[test]
fn an_unknown_number_lists_the_wabas_numbers() {
    let env = Env::new();
    let out = env
        .run(&["--sandbox", "numbers", "show", "+34 699 99 99 99"])
        .code(2);
    assert!(
        out.stderr.contains("is not a number of WABA"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("+34 612 34 56 78 (200000000000011)"),
        "{}",
        out.stderr
    );
    let out = env
        .run(&["--sandbox", "numbers", "show", "+34 612 34 56 7x"])
        .code(2);
    assert!(
        out.stderr
            .contains("not a valid phone number: unexpected character `x`"),
        "{}",
        out.stderr
    );
}

#[test]
fn state_persists_between_invocations_until_reset() {
    let env = Env::new();
    env.run(&[
        "--sandbox",
        "--yes",
        "api",
        "-X",
        "POST",
        "200000000000011",
        "-F",
        "pin=123456",
    ])
    .ok();
    let v = env
        .run(&[
            "--sandbox",
            "numbers",
            "show",
            "200000000000011",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["is_pin_enabled"], true);
    let out = env.run(&["sandbox", "reset"]).ok();
    assert!(out.stdout.contains("Sandbox reset"));
    let v = env
        .run(&[
            "--sandbox",
            "numbers",
            "show",
            "200000000000011",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["is_pin_enabled"], false);
}

#[test]
fn serve_prints_its_url_first_and_answers_like_graph() {
    let env = Env::new();
    let server = env.serve(&[]);
    let out = env
        .against(&server, &["numbers", "list", "-o", "json"])
        .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 5);
    let reqs = server.requests();
    assert!(reqs.iter().all(|r| r["authorized"] == true));
    assert!(
        reqs.iter()
            .any(|r| r["path"] == "/v25.0/100000000000001/phone_numbers")
    );
}

#[test]
fn serve_seeds_a_fleet() {
    let env = Env::new();
    let server = env.serve(&["--wabas", "3"]);
    let mut args = vec![
        "--graph-url",
        server.url.as_str(),
        "--waba",
        "300000000000003",
        "numbers",
        "list",
    ];
    args.extend(["-o", "json"]);
    let out = env.run_with(&args, &[("WABA_TOKEN", "x")], None).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 2);
}

#[test]
fn store_status_shows_backend_path_and_schema() {
    let env = Env::new();
    let out = env.run(&["--sandbox", "store", "status"]).ok();
    assert!(out.stdout.contains("sqlite"));
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("Schema version") && l.ends_with(" 10 (latest 10)")),
        "{}",
        out.stdout
    );
    let v = env.run(&["store", "status", "-o", "json"]).ok().json();
    assert_eq!(v["backend"], env.backend());
    assert_eq!(v["schema_version"], 10);
    let tables: Vec<&str> = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(tables.contains(&"number_migrations") && tables.contains(&"registration_calls"));
    if env.backend() == "sqlite" {
        assert!(v["location"].as_str().unwrap().ends_with("state.db"));
        assert!(env.path("state.db").exists());
    } else {
        assert!(v["location"].as_str().unwrap().starts_with("postgres://"));
        assert!(!env.path("state.db").exists());
    }
    assert!(
        env.path("sandbox/state.db").exists(),
        "the sandbox has its own store"
    );
}

/// Field expansion as Meta documents it: each WABA of a business's listing
/// carries its numbers as `{data, paging}`, `.limit(N)` pages them, and
/// `next` is a URL on the WABA's own edge.
#[test]
fn a_listing_expands_each_wabas_numbers_with_their_own_paging() {
    let env = Env::new();
    let v = env
        .run(&[
            "--sandbox",
            "api",
            "900000000000001/owned_whatsapp_business_accounts",
            "-F",
            "fields=id,name,phone_numbers.limit(2){id,status,health_status}",
        ])
        .ok()
        .json();
    let demo = &v["data"][0];
    assert_eq!(demo["id"], "100000000000001");
    let numbers = &demo["phone_numbers"];
    assert_eq!(numbers["data"].as_array().unwrap().len(), 2, "{numbers}");
    assert!(numbers["data"][0]["health_status"].is_object(), "{numbers}");
    assert!(numbers["data"][0].get("display_phone_number").is_none());
    let next = numbers["paging"]["next"].as_str().unwrap();
    assert!(next.contains("/100000000000001/phone_numbers?"), "{next}");
    // An unknown nested field is Meta's error, as at the top level.
    let bad = env.run(&[
        "--sandbox",
        "api",
        "900000000000001/owned_whatsapp_business_accounts",
        "-F",
        "fields=id,phone_numbers{nonsense}",
    ]);
    assert_eq!(bad.code, 4, "{}", bad.stderr);
}

/// Batch requests as Meta's guide describes them: one answer per item, in
/// order, each with its own code, headers and a JSON string body; an
/// item's error leaves the others alone; each item is a call of its own in
/// the log; more than 50 items, or no top-level token, is refused whole.
#[test]
fn a_batch_answers_each_item_on_its_own_and_refuses_more_than_50() {
    let env = Env::new();
    let server = env.serve(&[]);
    let url = format!("{}/v25.0/", server.url);
    let item = |relative: &str| json!({"method": "GET", "relative_url": relative});
    let batch = json!([
        item(&format!("{DEMO_WABA}?fields=id,name")),
        item("999?fields=id"),
        item(&format!("{DEMO_WABA}/phone_numbers?limit=1")),
    ])
    .to_string();
    let token = [("access_token", "sandbox-demo-token")];
    let (status, v) = http_post_form(&url, &[token[0], ("batch", &batch)]);
    assert_eq!(status, 200, "{v}");
    let answers = v.as_array().unwrap();
    assert_eq!(answers.len(), 3);
    let body =
        |i: usize| -> Value { serde_json::from_str(answers[i]["body"].as_str().unwrap()).unwrap() };
    assert_eq!(answers[0]["code"], 200);
    assert_eq!(body(0)["name"], "Demo Retail EU");
    let usage = answers[0]["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == "X-Business-Use-Case-Usage")
        .expect("the item says its WABA's usage");
    assert!(usage["value"].as_str().unwrap().contains(DEMO_WABA));
    assert_eq!(answers[1]["code"], 400);
    assert_eq!(body(1)["error"]["code"], 100);
    assert_eq!(answers[2]["code"], 200);
    assert_eq!(body(2)["data"].as_array().unwrap().len(), 1);

    // One HTTP request, its items logged each with the batch's seq.
    let log = server.requests();
    let outer = log.iter().find(|r| r["method"] == "POST").unwrap();
    assert_eq!(outer["path"], "/v25.0/");
    assert!(
        !outer["body"]
            .as_str()
            .unwrap()
            .contains("sandbox-demo-token")
    );
    let items: Vec<&Value> = log.iter().filter(|r| r["batch"] == outer["seq"]).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[1]["path"], "/v25.0/999");

    // Without headers when asked so.
    let (_, v) = http_post_form(
        &url,
        &[token[0], ("batch", &batch), ("include_headers", "false")],
    );
    assert!(v[0].get("headers").is_none(), "{v}");

    // 51 items, or no top-level token: the whole batch is refused.
    let many = Value::Array((0..51).map(|_| item(DEMO_WABA)).collect()).to_string();
    let (status, v) = http_post_form(&url, &[token[0], ("batch", &many)]);
    assert_eq!(status, 400);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Maximum batch size is 50"),
        "{v}"
    );
    let (status, v) = http_post_form(&url, &[("batch", &batch)]);
    assert_eq!((status, v["error"]["code"].clone()), (400, json!(104)));
}

/// A fleet's world is larger than the 1 MiB waba reads of a file a person
/// writes: the sandbox still serves it again after a restart.
#[test]
fn a_large_fleet_world_is_served_again_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let first = crate::harness::serve_in(home.path(), &["--wabas", "400"], None);
    drop(first);
    let world = home.path().join("sandbox/world.json");
    assert!(std::fs::metadata(&world).unwrap().len() > 1 << 20);
    let again = crate::harness::serve_in(home.path(), &["--wabas", "400"], None);
    let v = crate::harness::http_get(&format!(
        "{}/v25.0/300000000000400?fields=id,name&access_token=t",
        again.url
    ));
    assert_eq!(v["name"], "Fleet Client 0400", "{v}");
}

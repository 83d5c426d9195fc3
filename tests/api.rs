//! `waba api` at `gh api`'s level: placeholders from the profile, `-H`,
//! `--input`, `-i`, `--paginate` and `--jq`; every flag checked before a
//! call is made.

use serde_json::Value;

use crate::harness::{DEMO_WABA, Env, TOKEN};

#[test]
fn placeholders_come_from_the_profile_and_phone() {
    let env = Env::new();
    let out = env
        .run(&[
            "--sandbox",
            "api",
            "{waba-id}",
            "-F",
            "fields=id,name",
            "--jq",
            ".name",
        ])
        .ok();
    assert_eq!(out.stdout, "Demo Retail EU\n");
    let out = env
        .run(&[
            "--sandbox",
            "api",
            "{business-id}/owned_whatsapp_business_accounts",
            "-F",
            "fields=id,phone_numbers.limit(1){id}",
            "--jq",
            ".data[0].id",
        ])
        .ok();
    assert_eq!(out.stdout, format!("{DEMO_WABA}\n"));
    // {phone-number-id} is the number --phone names, written any way.
    let out = env
        .run(&[
            "--sandbox",
            "api",
            "{phone-number-id}",
            "--phone",
            "+33 6 12 34 56 78",
            "-F",
            "fields=id",
            "--jq",
            ".id",
        ])
        .ok();
    assert_eq!(out.stdout, "200000000000013\n");
    for (args, says) in [
        (vec!["{phone-number-id}"], "no --phone"),
        (vec!["{waba_id}/x"], "{waba_id}"),
        (vec!["{wabaid-x}"], "{wabaid-x}"),
    ] {
        let mut all = vec!["--sandbox", "api"];
        all.extend(args);
        let out = env.run(&all).code(2);
        assert!(out.stderr.contains(says), "{}", out.stderr);
    }
}

#[test]
fn headers_input_and_include_reach_the_server_and_its_answer() {
    let env = Env::new();
    let server = env.serve(&[]);
    let tpl = env.path("tpl.json");
    std::fs::write(
        &tpl,
        r#"{"name": "api_input_test", "language": "en_US", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Your order {{1}} has shipped today",
                            "example": {"body_text": [["A1"]]}}]}"#,
    )
    .unwrap();
    let tpl = tpl.to_str().unwrap();
    // --input is a JSON body, and makes the call a POST.
    let out = env.against(
        &server,
        &[
            "-v",
            "api",
            "{waba-id}/message_templates",
            "--input",
            tpl,
            "-H",
            "X-Trace-Tag: ops-42",
            "--yes",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json()["status"], "PENDING");
    assert!(
        out.stderr.contains("> X-Trace-Tag: ops-42"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains(TOKEN));
    let posted = server.requests_to("POST", "/message_templates");
    assert_eq!(posted.len(), 1);
    assert!(
        posted[0]["body"]
            .as_str()
            .unwrap()
            .contains("api_input_test")
    );

    // -i: the status and headers before the body; as JSON, all three.
    let out = env.against(&server, &["api", "-i", "{waba-id}", "-F", "fields=id"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("HTTP 200\n"), "{}", out.stdout);
    assert!(out.stdout.contains("x-fb-trace-id: "), "{}", out.stdout);
    let out = env.against(
        &server,
        &["api", "-i", "{waba-id}", "-F", "fields=id", "-o", "json"],
    );
    let v: Value = out.json();
    assert_eq!(v["status"], 200);
    assert_eq!(v["body"]["id"], DEMO_WABA);
    assert!(v["headers"]["x-business-use-case-usage"].is_string());
}

#[test]
fn a_bad_flag_makes_no_call() {
    let env = Env::new();
    let server = env.serve(&[]);
    std::fs::write(env.path("broken.json"), "{\"name\": ").unwrap();
    let broken = env.path("broken.json");
    let broken = broken.to_str().unwrap();
    for (args, says) in [
        (
            vec!["{waba-id}/message_templates", "--input", broken, "--yes"],
            "is not JSON",
        ),
        (
            vec!["{waba-id}", "-X", "GET", "--input", broken],
            "only POST",
        ),
        (
            vec!["{waba-id}", "-H", "Authorization: Bearer stolen"],
            "set by waba itself",
        ),
        (vec!["{waba-id}", "-H", "no-colon"], "KEY:VALUE"),
        (
            vec!["{waba-id}", "-H", "X-Tag: a\r\nX-Injected: 1"],
            "KEY:VALUE",
        ),
        (vec!["{waba-id}", "-i", "--paginate"], "cannot be used with"),
    ] {
        let mut all = vec!["api"];
        all.extend(args);
        let out = env.against(&server, &all);
        assert_eq!(out.code, 2, "{all:?}: {}", out.stderr);
        assert!(out.stderr.contains(says), "{all:?}: {}", out.stderr);
        assert!(!out.stderr.contains("stolen"), "{}", out.stderr);
    }
    assert!(server.requests().is_empty(), "no call was made");
}

//! Templates end to end against the sandbox: list and show, create with
//! lint first, Meta's errors and limits, delete, and templates as code
//! (pull, edit a file, push plan, apply).

use std::fs;

use serde_json::Value;

use crate::harness::{DEMO_WABA, Env};

const NOW: &str = "2026-11-21T09:00:00Z";

fn env() -> Env {
    Env::new().set("WABA_NOW", NOW).set("COLUMNS", "200")
}

#[test]
fn list_shows_every_status_and_category_and_filters() {
    let env = env();
    let all = env
        .run(&["--sandbox", "templates", "list", "-o", "json"])
        .ok()
        .json();
    let all = all.as_array().unwrap();
    assert!(all.len() >= 28, "{}", all.len());
    let has = |k: &str, v: &str| all.iter().any(|t| t[k] == v);
    for s in [
        "APPROVED",
        "PENDING",
        "REJECTED",
        "PAUSED",
        "DISABLED",
        "IN_APPEAL",
        "PENDING_DELETION",
        "LIMIT_EXCEEDED",
    ] {
        assert!(has("status", s), "no {s} template");
    }
    for c in ["MARKETING", "UTILITY", "AUTHENTICATION"] {
        assert!(has("category", c), "no {c} template");
    }
    let rejected = env
        .run(&[
            "--sandbox",
            "templates",
            "list",
            "--status",
            "rejected",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert!(
        rejected
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["status"] == "REJECTED")
    );
    assert!(rejected[0]["rejected_reason"].is_string());
    let table = env.run(&["--sandbox", "templates", "list"]).ok();
    assert!(
        table.stdout.contains("UTILITY (was TRANSACTIONAL)"),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stderr
            .contains("rejected: `waba templates show NAME`")
    );
    // The seeded PENDING templates were last updated on 1 October.
    assert!(
        table
            .stderr
            .contains("2 pending for more than 24 hours (newsletter_signup, payment_due)"),
        "{}",
        table.stderr
    );
    let fresh = env.run_with(
        &["--sandbox", "templates", "list"],
        &[("WABA_NOW", "2026-10-01T12:00:00Z")],
        None,
    );
    assert!(!fresh.ok().stderr.contains("pending for more than"));
}

#[test]
fn list_reads_every_page_and_streams_json_and_csv() {
    let env = env();
    let server = env.serve(&["--templates", "450"]);
    let json = env
        .against(&server, &["templates", "list", "-o", "json"])
        .ok()
        .json();
    let json = json.as_array().unwrap();
    assert_eq!(json.len(), 450);
    let mut ids: Vec<&str> = json.iter().map(|t| t["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 450, "a page was read twice");
    let pages = server.requests_to("GET", "/message_templates").len();
    assert_eq!(pages, 5, "450 templates are 5 pages of 100");
    let csv = env
        .against(&server, &["templates", "list", "-o", "csv"])
        .ok();
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "name,language,category,previous_category,status,quality,id,last_updated_time,rejected_reason"
    );
    assert_eq!(lines.len(), 451);
    let none = env
        .against(
            &server,
            &[
                "templates",
                "list",
                "--name",
                "nothing_like_this",
                "-o",
                "csv",
            ],
        )
        .ok();
    assert_eq!(none.stdout, "", "an empty list has no keys to head its CSV");
}

#[test]
fn show_renders_components_and_gives_metas_json() {
    let env = env();
    let out = env
        .run(&[
            "--sandbox",
            "templates",
            "show",
            "spring_sale",
            "--language",
            "en_US",
        ])
        .ok();
    assert!(out.stdout.contains("HEADER (IMAGE)"), "{}", out.stdout);
    assert!(
        out.stdout.contains("[COPY_CODE]  (example SPRING20)")
            || out.stdout.contains("[COPY_CODE] (example SPRING20)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("example {{1}} = Ana"));
    let v = env
        .run(&[
            "--sandbox",
            "templates",
            "show",
            "spring_sale",
            "--language",
            "en_US",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["components"][0]["format"], "IMAGE");
    let both = env
        .run(&[
            "--sandbox",
            "templates",
            "show",
            "order_confirmation",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(both.as_array().unwrap().len(), 3);
    let missing = env
        .run(&[
            "--sandbox",
            "templates",
            "show",
            "order_confirmation",
            "--language",
            "fr",
        ])
        .code(2);
    assert!(
        missing
            .stderr
            .contains("has no fr translation; it has en_US, es_ES, pt_BR"),
        "{}",
        missing.stderr
    );
}

#[test]
fn create_lints_first_and_sends_nothing_on_errors() {
    let env = env();
    let server = env.serve(&[]);
    let out = env
        .against(
            &server,
            &[
                "templates",
                "create",
                "--name",
                "Bad-Name",
                "--language",
                "en_US",
                "--category",
                "utility",
                "--body",
                "{{1}} ships {{2}}",
                "--yes",
            ],
        )
        .code(2);
    assert!(
        out.stdout
            .contains("template name: `Bad-Name` may hold only lowercase"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("[starts-or-ends-with-variable]"));
    assert!(server.requests_to("POST", "/message_templates").is_empty());
}

#[test]
fn create_sends_metas_body_and_a_duplicate_gets_2388024() {
    let env = env();
    let server = env.serve(&[]);
    let args = [
        "templates",
        "create",
        "--name",
        "order_shipped",
        "--language",
        "en_US",
        "--category",
        "utility",
        "--body",
        "Hi {{1}}, your order {{2}} has shipped and arrives this week.",
        "--example",
        "Ana",
        "--example",
        "A-1",
        "-o",
        "json",
        "--yes",
    ];
    let v = env.against(&server, &args).ok().json();
    assert_eq!(v["status"], "PENDING");
    let sent = server.requests_to("POST", "/message_templates");
    let body: Value = serde_json::from_str(sent[0]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["components"][0]["example"]["body_text"][0][1], "A-1");
    // The same name and language again: Meta's 2388024, with advice.
    let dup = env.against(&server, &args).code(4);
    assert!(dup.stderr.contains("subcode 2388024"), "{}", dup.stderr);
    assert!(dup.stderr.contains("edit it (`waba templates edit`)"));
}

#[test]
fn review_approves_a_minute_later_or_rejects_with_a_reason() {
    // The in-process sandbox runs on the command's clock, so time passes
    // between commands through WABA_NOW.
    let env = env();
    let create = |name: &str, body: &str| {
        env.run(&[
            "--sandbox",
            "templates",
            "create",
            "--name",
            name,
            "--language",
            "en_US",
            "--category",
            "utility",
            "--body",
            body,
            "--yes",
        ])
        .ok();
    };
    create(
        "parcel_ready",
        "Your parcel is ready for pickup at our Madrid store today.",
    );
    create(
        "big_sale",
        "Our big sale starts today with 20% off every order in store.",
    );
    let status = |name: &str, now: &str| -> Value {
        env.run_with(
            &[
                "--sandbox",
                "templates",
                "show",
                name,
                "--language",
                "en_US",
                "-o",
                "json",
            ],
            &[("WABA_NOW", now)],
            None,
        )
        .ok()
        .json()
    };
    assert_eq!(
        status("parcel_ready", "2026-11-21T09:00:30Z")["status"],
        "PENDING"
    );
    let later = "2026-11-21T09:01:00Z";
    assert_eq!(status("parcel_ready", later)["status"], "APPROVED");
    let v = status("big_sale", later);
    assert_eq!(v["status"], "REJECTED");
    assert_eq!(v["rejected_reason"], "INCORRECT_CATEGORY");
    let shown = env
        .run_with(
            &["--sandbox", "templates", "show", "big_sale"],
            &[("WABA_NOW", later)],
            None,
        )
        .ok();
    assert!(
        shown.stdout.contains("Rejected: INCORRECT_CATEGORY"),
        "{}",
        shown.stdout
    );
}

#[test]
fn an_approved_template_is_edited_at_most_once_a_day() {
    let env = env();
    let dir = env.path("t");
    let d = dir.to_str().unwrap();
    let at = |now: &str, args: &[&str]| {
        let mut full = vec!["--sandbox"];
        full.extend_from_slice(args);
        env.run_with(&full, &[("WABA_NOW", now)], None)
    };
    at(NOW, &["templates", "pull", d]).ok();
    let file = dir.join("order_confirmation.en_US.yaml");
    let edit = |from: &str, to: &str| {
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.contains(from));
        fs::write(&file, text.replace(from, to)).unwrap();
    };
    edit("as soon as it ships", "the moment it ships");
    at(NOW, &["templates", "push", d, "--yes"]).ok();
    // Under review: Meta does not edit a PENDING template.
    edit("the moment it ships", "when it ships");
    let out = at("2026-11-21T09:00:30Z", &["templates", "push", d, "--yes"]).code(4);
    assert!(
        out.stderr.contains("a PENDING template cannot be edited"),
        "{}",
        out.stderr
    );
    // Approved again, but edited less than 24 h ago: refused before sending.
    let out = at("2026-11-21T12:00:00Z", &["templates", "push", d, "--yes"]).code(6);
    assert!(
        out.stderr
            .contains("1 edit per 24 h; the next edit is possible after 2026-11-22T09:00:00Z"),
        "{}",
        out.stderr
    );
    // The next day it goes through.
    at("2026-11-22T09:00:01Z", &["templates", "push", d, "--yes"]).ok();
    let v = at(
        "2026-11-22T09:00:01Z",
        &[
            "templates",
            "show",
            "order_confirmation",
            "--language",
            "en_US",
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    assert!(
        v["components"][1]["text"]
            .as_str()
            .unwrap()
            .contains("when it ships")
    );
}

#[test]
fn delete_warns_then_blocks_the_name_and_unknown_names_fail() {
    let env = env();
    let server = env.serve(&[]);
    let out = env
        .against(
            &server,
            &["templates", "delete", "return_received", "--no-input"],
        )
        .code(2);
    assert!(
        out.stderr
            .contains("blocks the name `return_received` for 30 days"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("return_received pt_BR (APPROVED"));
    assert!(
        server
            .requests_to("DELETE", "/message_templates")
            .is_empty()
    );
    env.against(
        &server,
        &["templates", "delete", "return_received", "--yes"],
    )
    .ok();
    let deleted = server.requests_to("DELETE", "/message_templates");
    assert_eq!(deleted.len(), 1);
    assert!(deleted[0]["query"].to_string().contains("return_received"));
    // Re-creating the name within 30 days: Meta refuses.
    let again = env
        .against(
            &server,
            &[
                "templates",
                "create",
                "--name",
                "return_received",
                "--language",
                "en_US",
                "--category",
                "utility",
                "--body",
                "We received your return and will refund your card within a week.",
                "--yes",
            ],
        )
        .code(4);
    assert!(again.stderr.contains("subcode 2388023"), "{}", again.stderr);
    assert!(again.stderr.contains("30 days"));
    // Deleting by id removes one language only.
    env.against(
        &server,
        &[
            "templates",
            "delete",
            "order_confirmation",
            "--id",
            "800000000000004",
            "--yes",
        ],
    )
    .ok();
    let left = env
        .against(
            &server,
            &["templates", "show", "order_confirmation", "-o", "json"],
        )
        .ok()
        .json();
    assert_eq!(left.as_array().unwrap().len(), 2);
    // Meta's answer for a name it does not know, through the raw API.
    let unknown = env
        .against(
            &server,
            &[
                "api",
                "-X",
                "DELETE",
                &format!("{DEMO_WABA}/message_templates"),
                "-F",
                "name=no_such_template",
                "--yes",
            ],
        )
        .code(4);
    assert!(
        unknown.stderr.contains("subcode 2593002"),
        "{}",
        unknown.stderr
    );
    assert!(unknown.stderr.contains("no template has that name"));
}

#[test]
fn pull_edit_push_plan_and_apply() {
    let env = env();
    let server = env.serve(&[]);
    let dir = env.path("templates");
    let d = dir.to_str().unwrap();
    env.against(&server, &["templates", "pull", d]).ok();
    let file = dir.join("order_confirmation.en_US.yaml");
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("name: order_confirmation\nlanguage: en_US\ncategory: UTILITY\n"),
        "{text}"
    );
    assert!(
        !text.contains("APPROVED") && !text.contains("800000000000002"),
        "no server fields: {text}"
    );
    // A second pull changes nothing.
    let again = env
        .against(&server, &["templates", "pull", d, "-o", "json"])
        .ok()
        .json();
    assert_eq!(again["written"].as_array().unwrap().len(), 0);
    // Edit one, change a category, add one, remove one.
    fs::write(
        &file,
        text.replace("as soon as it ships", "the moment it ships"),
    )
    .unwrap();
    let pay = dir.join("payment_due.en_US.yaml");
    fs::write(
        &pay,
        fs::read_to_string(&pay)
            .unwrap()
            .replace("category: UTILITY", "category: MARKETING"),
    )
    .unwrap();
    fs::write(
        dir.join("welcome_gift.en_US.json"),
        r#"{"name": "welcome_gift", "language": "en_US", "category": "MARKETING",
            "components": [{"type": "BODY", "text": "Welcome {{1}}! A small gift waits for you in your first order.", "example": {"body_text": [["Ana"]]}}]}"#,
    )
    .unwrap();
    fs::remove_file(dir.join("hello_world.en_US.yaml")).unwrap();
    let plan = env
        .against(
            &server,
            &["--dry-run", "templates", "push", d, "-o", "json"],
        )
        .ok()
        .json();
    let action = |name: &str, lang: &str| -> String {
        plan["plan"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name && e["language"] == lang)
            .map(|e| e["action"].as_str().unwrap().to_string())
            .unwrap_or_default()
    };
    assert_eq!(action("order_confirmation", "en_US"), "edit");
    assert_eq!(action("order_confirmation", "es_ES"), "unchanged");
    assert_eq!(action("payment_due", "en_US"), "refused");
    assert_eq!(action("welcome_gift", "en_US"), "create");
    assert_eq!(action("hello_world", "en_US"), "only_remote");
    assert!(
        server.requests_to("POST", "/message_templates").is_empty(),
        "dry run sends nothing"
    );
    // Apply: the refused category change makes the run exit 4, the rest is applied.
    let out = env
        .against(&server, &["templates", "push", d, "--yes"])
        .code(4);
    assert!(
        out.stdout.contains("2 change(s) applied, 0 failed"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains("category of an approved template cannot be changed"),
        "{}",
        out.stderr
    );
    assert_eq!(server.requests_to("POST", "/message_templates").len(), 1);
    assert_eq!(server.requests_to("POST", "/800000000000002").len(), 1);
    // Put the category back; the directory now matches, except hello_world.
    fs::write(
        &pay,
        fs::read_to_string(&pay)
            .unwrap()
            .replace("category: MARKETING", "category: UTILITY"),
    )
    .unwrap();
    let plan = env
        .against(&server, &["templates", "push", d, "-o", "json"])
        .ok()
        .json();
    let changes = plan["plan"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| ["create", "edit", "delete"].contains(&e["action"].as_str().unwrap()))
        .count();
    assert_eq!(changes, 0, "{plan}");
    // --prune deletes what the directory lacks.
    env.against(&server, &["templates", "push", d, "--prune", "--yes"])
        .ok();
    let gone = env
        .against(
            &server,
            &["templates", "list", "--name", "hello_world", "-o", "json"],
        )
        .ok()
        .json();
    assert_eq!(gone.as_array().unwrap().len(), 0);
}

#[test]
fn a_create_whose_answer_was_lost_is_not_sent_twice() {
    let env = env();
    let server = env.serve(&["--inject", "template_create=lost"]);
    let dir = env.path("templates");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("welcome_gift.en_US.json"),
        r#"{"name": "welcome_gift", "language": "en_US", "category": "MARKETING",
            "components": [{"type": "BODY", "text": "Welcome {{1}}! A small gift waits for you in your first order.", "example": {"body_text": [["Ana"]]}}]}"#,
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let first = env.against(&server, &["templates", "push", d, "--yes"]);
    assert_ne!(first.code, 0, "the answer was lost: {}", first.stdout);
    assert!(
        first.stdout.contains("0 change(s) applied, 1 failed"),
        "{}",
        first.stdout
    );
    // Meta did create it; the next push sees it and sends nothing.
    let again = env
        .against(&server, &["templates", "push", d, "--yes", "-o", "json"])
        .ok()
        .json();
    let entry = again["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "welcome_gift")
        .unwrap()
        .clone();
    assert_eq!(entry["action"], "unchanged", "{again}");
    assert_eq!(server.requests_to("POST", "/message_templates").len(), 1);
}

#[test]
fn push_stops_on_a_broken_file_or_a_lint_error_before_sending() {
    let env = env();
    let server = env.serve(&[]);
    let dir = env.path("t");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("broken.en_US.yaml"), "name: [unclosed\n").unwrap();
    let out = env
        .against(
            &server,
            &["templates", "push", dir.to_str().unwrap(), "--yes"],
        )
        .code(2);
    assert!(
        out.stdout
            .contains("broken.en_US.yaml: error: template : not valid YAML"),
        "{}",
        out.stdout
    );
    fs::write(
        dir.join("broken.en_US.yaml"),
        "name: too_long\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n- type: FOOTER\n  text: x\n",
    )
    .unwrap();
    let out = env
        .against(
            &server,
            &["templates", "push", dir.to_str().unwrap(), "--yes"],
        )
        .code(2);
    assert!(out.stdout.contains("[body-missing]"), "{}", out.stdout);
    assert!(server.requests_to("POST", "/message_templates").is_empty());
}

#[test]
fn lint_reports_file_component_field_and_exits_2() {
    let env = env();
    let dir = env.path("lint");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("good.en_US.yaml"),
        "name: good\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n- type: BODY\n  text: Your parcel is on its way to you today.\n",
    )
    .unwrap();
    env.run(&["templates", "lint", dir.to_str().unwrap()]).ok();
    fs::write(
        dir.join("bad.json"),
        r#"{"name": "bad", "language": "en_US", "category": "UTILITY", "components": [
            {"type": "BODY", "text": "Hello there, your parcel is on its way to you today."},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://x.example/{{1}}"}]}]}"#,
    )
    .unwrap();
    let out = env
        .run(&["templates", "lint", dir.to_str().unwrap()])
        .code(2);
    assert!(
        out.stdout
            .contains("bad.json: error: button 1 (URL) example: a URL with {{1}} needs an example"),
        "{}",
        out.stdout
    );
    let v = env
        .run(&["templates", "lint", dir.to_str().unwrap(), "-o", "json"])
        .code(2)
        .json();
    assert_eq!(v[0]["rule"], "url-button");
    assert_eq!(v[0]["component"], "button 1 (URL)");
    assert_eq!(v[0]["field"], "example");
}

#[test]
fn media_headers_upload_their_sample_or_say_what_is_missing() {
    let env = env();
    let server = env.serve(&[]);
    let dir = env.path("media");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("banner.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let file = dir.join("promo.en_US.yaml");
    fs::write(
        &file,
        "name: promo\nlanguage: en_US\ncategory: MARKETING\ncomponents:\n- type: HEADER\n  format: IMAGE\n  media_file: banner.png\n- type: BODY\n  text: Our new collection is here, come and see it in store this week.\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let out = env
        .against(&server, &["templates", "create", "--file", f, "--yes"])
        .code(2);
    assert!(
        out.stderr.contains("needs the Meta app id"),
        "{}",
        out.stderr
    );
    env.against_with(
        &server,
        &["templates", "create", "--file", f, "--yes"],
        &[("WABA_APP_ID", "500000000000001")],
    )
    .ok();
    let session = server.requests_to("POST", "/500000000000001/uploads");
    assert_eq!(session.len(), 1);
    assert!(session[0]["query"].to_string().contains("image/png"));
    let create = server.requests_to("POST", "/message_templates");
    let body: Value = serde_json::from_str(create[0]["body"].as_str().unwrap()).unwrap();
    let handle = body["components"][0]["example"]["header_handle"][0]
        .as_str()
        .unwrap();
    assert!(handle.starts_with("4::image_png:"), "{handle}");
    assert!(body["components"][0].get("media_file").is_none());
}

#[test]
fn copy_creates_approved_templates_in_another_waba() {
    let env = env();
    let server = env.serve(&[]);
    let out = env
        .against(
            &server,
            &[
                "templates",
                "copy",
                "--to-waba",
                "100000000000002",
                "order_confirmation",
                "return_received",
                "--yes",
            ],
        )
        .ok();
    assert!(
        out.stdout.contains("change(s) applied, 0 failed"),
        "{}",
        out.stdout
    );
    let v = env
        .run_with(
            &[
                "--graph-url",
                &server.url,
                "--waba",
                "100000000000002",
                "templates",
                "list",
                "-o",
                "json",
            ],
            &[("WABA_TOKEN", "x")],
            None,
        )
        .ok()
        .json();
    let names: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            format!(
                "{}.{}",
                t["name"].as_str().unwrap(),
                t["language"].as_str().unwrap()
            )
        })
        .collect();
    for n in [
        "order_confirmation.en_US",
        "order_confirmation.es_ES",
        "return_received.pt_BR",
        "order_confirmation.es_MX",
    ] {
        assert!(names.contains(&n.to_string()), "{names:?}");
    }
}

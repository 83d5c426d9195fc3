//! `wabas list`: the WABAs a profile reaches, from a business's owned and
//! client WABAs, with their number counts.

use crate::harness::{Env, TOKEN};

#[test]
fn the_sandbox_businesses_and_one_business_are_listed_with_their_numbers() {
    let env = Env::new();
    let all = env
        .run(&["--sandbox", "wabas", "list", "-o", "json"])
        .ok()
        .json();
    let got: Vec<(&str, i64)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["waba_id"].as_str().unwrap(),
                w["numbers"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("100000000000001", 5),
            ("100000000000002", 2),
            ("100000000000003", 1)
        ]
    );
    assert_eq!(all[0]["review_status"], "APPROVED");
    let one = env
        .run(&[
            "--sandbox",
            "wabas",
            "list",
            "--business",
            "900000000000002",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["name"], "Northwind Support");
    // Demo Retail Group owns two WABAs and serves Northwind's as a partner.
    let partner = env
        .run(&[
            "--sandbox",
            "wabas",
            "list",
            "--business",
            "900000000000001",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let names: Vec<&str> = partner
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Demo Retail EU", "Demo Retail LatAm", "Northwind Support"]
    );
    let out = env
        .run(&["--sandbox", "wabas", "list", "--business", "12ab"])
        .code(2);
    assert!(out.stderr.contains("not a numeric id"));
    let out = env
        .run(&[
            "--sandbox",
            "wabas",
            "list",
            "--business",
            "900000000000099",
        ])
        .code(4);
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
}

#[test]
fn a_business_profile_reaches_its_fleet_and_a_waba_profile_its_waba() {
    let env = Env::new();
    let server = env.serve(&["--wabas", "3"]);
    std::fs::write(
        env.path("config.toml"),
        format!(
            "[profiles.fleet]\nbusiness = \"900000000000003\"\ngraph_url = \"{0}\"\n\n\
             [profiles.one]\nwaba = \"100000000000002\"\ngraph_url = \"{0}\"\n",
            server.url
        ),
    )
    .unwrap();
    let token = [("WABA_TOKEN", TOKEN)];
    let before = server.requests().len();
    let fleet = env
        .run_with(
            &["--profile", "fleet", "wabas", "list", "-o", "json"],
            &token,
            None,
        )
        .ok()
        .json();
    let fleet = fleet.as_array().unwrap();
    assert_eq!(fleet.len(), 3);
    assert!(fleet.iter().all(|w| w["numbers"] == 2));
    // The business's two listings carry the WABAs and their numbers:
    // nothing is asked per WABA.
    let asked = server.requests().split_off(before);
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert_eq!(fleet[0]["name"], "Fleet Client 0001");
    // Without a business: the WABAs the token's granular scopes name.
    let scoped = env
        .run_with(
            &["--profile", "one", "wabas", "list", "-o", "json"],
            &token,
            None,
        )
        .ok()
        .json();
    let ids: Vec<&str> = scoped
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["waba_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["100000000000001", "100000000000002", "100000000000003"]
    );
    assert_eq!(server.requests_to("GET", "/debug_token").len(), 1);
    // A token whose scopes name no WABA: the profile's own.
    let one = env
        .run_with(
            &["--profile", "one", "wabas", "list", "-o", "json"],
            &[("WABA_TOKEN", "system-user")],
            None,
        )
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["waba_id"], "100000000000002");
    assert_eq!(one[0]["numbers"], 2);
    // One listing of the business.
    let listings = server
        .requests_to("GET", "/owned_whatsapp_business_accounts")
        .len();
    assert_eq!(listings, 1);
}

//! Tables as a terminal of 60, 80 and 200 columns shows them, snapshot by
//! snapshot (`tests/snapshots/`), so that a layout change is a reviewed
//! diff. Ids and names are never cut; what does not fit is left out.

use crate::harness::Env;

const NOW: &str = "2026-11-21T09:00:00Z";

fn shown(env: &Env, columns: usize, args: &[&str]) -> String {
    let mut full = vec!["--sandbox"];
    full.extend_from_slice(args);
    let out = env
        .run_with(&full, &[("COLUMNS", &columns.to_string())], None)
        .ok();
    out.stdout
}

#[test]
fn tables_fit_60_80_and_200_columns() {
    let env = Env::new().set("WABA_NOW", NOW);
    env.run(&[
        "--sandbox",
        "balance",
        "adjust",
        "--credit",
        "100",
        "--reason",
        "opening balance",
        "--yes",
    ])
    .ok();
    let cases: [(&str, &[&str]); 6] = [
        ("numbers_list", &["numbers", "list"]),
        ("templates_list", &["templates", "list"]),
        ("balance_all", &["balance", "--all"]),
        ("numbers_health", &["numbers", "health"]),
        ("usage_by_category", &["usage", "--by", "category"]),
        ("invoices", &["invoices"]),
    ];
    for (name, args) in cases {
        for width in [60, 80, 200] {
            let text = shown(&env, width, args);
            // The line above the table fits, whatever the table needs.
            let heading = text.lines().next().unwrap_or("");
            assert!(
                heading.chars().count() <= width,
                "{name} at {width}: {heading}"
            );
            insta::assert_snapshot!(format!("{name}_{width}"), text);
        }
    }
}

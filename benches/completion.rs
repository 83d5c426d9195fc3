//! Shell completion against a large fleet: 50 profiles, 2,000 WABAs seen
//! (with their names, balances and statuses) and 6,000 templates on the
//! current WABA, as `balance --all` and `templates list` leave them. Each
//! case is one whole process, as the shell runs it on TAB; the target is
//! under 50 ms.
//!
//!     cargo bench --bench completion

use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_waba");
const CURRENT: &str = "300000000000001";

fn main() {
    let home = std::env::temp_dir().join(format!("waba-bench-completion-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let mut config = String::from("default_profile = \"p00\"\n");
    for i in 0..50 {
        let waba = 300_000_000_000_001u64 + i;
        config.push_str(&format!("\n[profiles.p{i:02}]\nwaba = \"{waba}\"\n"));
    }
    std::fs::write(home.join("config.toml"), config).unwrap();
    let mut wabas = serde_json::Map::new();
    for i in 0..2000u64 {
        wabas.insert(
            (300_000_000_000_001u64 + i).to_string(),
            serde_json::json!({"name": format!("Fleet Client {:04}", i + 1),
                               "balance": format!("{}.{:02} EUR", i % 500, i % 100),
                               "status": if i % 7 == 0 { "low" } else { "active" }}),
        );
    }
    let mut templates: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for i in 0..3000 {
        templates.insert(format!("campaign_{i:04}"), vec!["en_US", "es_ES"]);
    }
    let cache = serde_json::json!({
        "wabas": wabas,
        "templates": {CURRENT: templates},
    });
    std::fs::write(home.join("completion.json"), cache.to_string()).unwrap();

    println!("completion, one process per TAB: 50 profiles, 2,000 WABAs, 6,000 templates");
    for (label, words) in [
        ("--profile <TAB> (50)", vec!["--profile", ""]),
        ("--waba <TAB> (2,000, described)", vec!["--waba", ""]),
        (
            "templates show <TAB> (3,000 names)",
            vec!["templates", "show", ""],
        ),
        (
            "templates show campaign_12<TAB>",
            vec!["templates", "show", "campaign_12"],
        ),
    ] {
        let mut times: Vec<Duration> = (0..31)
            .map(|_| {
                let t = Instant::now();
                let out = Command::new(BIN)
                    .arg("--")
                    .arg("waba")
                    .args(&words)
                    .env_clear()
                    .env("WABA_HOME", &home)
                    .env("WABA_COMPLETE", "fish")
                    .output()
                    .expect("run waba");
                let d = t.elapsed();
                assert!(out.status.success() && !out.stdout.is_empty(), "{label}");
                d
            })
            .collect();
        times.sort();
        println!(
            "  {label:<36} median {:>6.2} ms   max {:>6.2} ms",
            times[15].as_secs_f64() * 1000.0,
            times[30].as_secs_f64() * 1000.0
        );
    }
    let _ = std::fs::remove_dir_all(&home);
}

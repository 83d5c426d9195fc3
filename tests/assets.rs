//! The committed completions/ and man/ must be what the code generates.
//! Regenerate with: WABA_UPDATE_ASSETS=1 cargo test assets

use std::collections::BTreeMap;
use std::path::Path;

use crate::harness::Env;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for sub in ["completions", "man"] {
        for e in std::fs::read_dir(dir.join(sub))
            .into_iter()
            .flatten()
            .flatten()
        {
            out.insert(
                format!("{sub}/{}", e.file_name().to_string_lossy()),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    out
}

#[test]
fn committed_completions_and_man_pages_are_current() {
    let env = Env::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("WABA_UPDATE_ASSETS").is_some() {
        env.run(&["generate-assets", "--dir", repo.to_str().unwrap()])
            .ok();
    }
    let fresh = env.path("gen");
    env.run(&["generate-assets", "--dir", fresh.to_str().unwrap()])
        .ok();
    let want = files(&fresh);
    let have = files(repo);
    assert!(want.len() > 10, "generated only {:?}", want.keys());
    let stale: Vec<&String> = want
        .keys()
        .filter(|k| have.get(*k) != want.get(*k))
        .collect();
    let extra: Vec<&String> = have.keys().filter(|k| !want.contains_key(*k)).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "completions/ or man/ are out of date (stale {stale:?}, extra {extra:?}); run: WABA_UPDATE_ASSETS=1 cargo test assets"
    );
}

#[test]
fn completions_print_for_every_shell() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        // Each registers waba as its own completer (tests/completion.rs
        // asks it for candidates).
        let out = env.run(&["completions", shell]).ok();
        assert!(out.stdout.contains("WABA_COMPLETE"), "{shell}");
    }
    env.run(&["completions", "tcsh"]).code(2);
}

//! Startup and `numbers list` timings of the release binary, as users feel
//! them: whole processes, medians over repeated runs.
//!
//!     cargo bench --bench startup
//!
//! Prints one line per case: median, p95, min over N runs.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_waba");

fn time(n: usize, mut cmd: impl FnMut() -> Command) -> Vec<Duration> {
    // One warm-up run fills the page cache.
    let _ = cmd().output();
    let mut v: Vec<Duration> = (0..n)
        .map(|_| {
            let mut c = cmd();
            c.stdout(Stdio::null()).stderr(Stdio::null());
            let t = Instant::now();
            let status = c.status().expect("run waba");
            let d = t.elapsed();
            assert!(status.success(), "benchmark command failed: {status}");
            d
        })
        .collect();
    v.sort();
    v
}

fn report(name: &str, v: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = v[v.len() / 2];
    let p95 = v[(v.len() * 95 / 100).min(v.len() - 1)];
    println!(
        "{name:<44} median {:>7.2} ms   p95 {:>7.2} ms   min {:>7.2} ms   (n={})",
        ms(median),
        ms(p95),
        ms(v[0]),
        v.len()
    );
}

fn main() {
    let home = tempfile_dir();
    let base = |args: &[&str]| {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("WABA_HOME", &home)
            .env("PATH", "/usr/bin:/bin");
        c
    };
    report("waba --version", &time(200, || base(&["--version"])));
    report("waba --help", &time(100, || base(&["--help"])));
    report(
        "waba --sandbox numbers list (in-process)",
        &time(50, || base(&["--sandbox", "numbers", "list"])),
    );

    // Parses a phone number (one country code's metadata, split at build
    // time) and reads the state store: what every migration step pays first.
    report(
        "waba --sandbox --dry-run request-code N",
        &time(50, || {
            base(&["--sandbox", "--dry-run", "request-code", "+34 612 34 56 78"])
        }),
    );
    report(
        "waba --sandbox migrate-number N --status",
        &time(50, || {
            base(&[
                "--sandbox",
                "migrate-number",
                "+52 55 1234 5678",
                "--status",
            ])
        }),
    );
    report(
        "waba --sandbox --dry-run migrate-number N (preflight, 5 GETs)",
        &time(30, || {
            base(&[
                "--sandbox",
                "--dry-run",
                "migrate-number",
                "+52 55 1234 5678",
                "--from-waba",
                "100000000000002",
            ])
        }),
    );

    let (mut server, url) = common::serve(base(&["sandbox", "serve", "--port", "0"]));
    report(
        "waba numbers list (sandbox server)",
        &time(50, || {
            let mut c = base(&[
                "--graph-url",
                &url,
                "--waba",
                "100000000000001",
                "numbers",
                "list",
            ]);
            c.env("WABA_TOKEN", "bench-token");
            c
        }),
    );
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&home);
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("waba-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

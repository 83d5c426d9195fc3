//! Listing and pulling thousands of templates across pages, against the
//! sandbox with 50 ms of latency per request: wall time and the peak memory
//! (max RSS) of the `waba` process, for 600 and 6,000 templates. As JSON
//! and for `pull`, memory should stay flat as the count grows tenfold: one
//! page of Meta's answer is held at a time and each row is written as it
//! arrives. A table must see every row to size its columns, so it keeps
//! their cells (a few hundred bytes a row).
//!
//!     cargo bench --bench templates

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_waba");

/// Runs a command to the end; returns its wall time and max RSS in MiB.
fn measure(mut c: Command) -> (Duration, f64) {
    c.stdout(Stdio::null()).stderr(Stdio::null());
    let t = Instant::now();
    // Reaped by wait4 below, which also reports the child's resource use.
    #[allow(clippy::zombie_processes)]
    let child = c.spawn().expect("run waba");
    let mut status = 0;
    // SAFETY: plain wait4 on our own child; rusage is written by the kernel.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let d = t.elapsed();
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "waba failed: {status}"
    );
    (d, usage.ru_maxrss as f64 / 1024.0)
}

fn main() {
    let root = std::env::temp_dir().join(format!("waba-bench-templates-{}", std::process::id()));
    for n in [600u32, 6000] {
        let home = root.join(format!("h{n}"));
        std::fs::create_dir_all(&home).unwrap();
        let base = |args: &[&str]| {
            let mut c = Command::new(BIN);
            c.args(args)
                .env_clear()
                .env("WABA_HOME", &home)
                .env("PATH", "/usr/bin:/bin");
            c
        };
        let n_s = n.to_string();
        let (mut server, url) = common::serve(base(&[
            "sandbox",
            "serve",
            "--port",
            "0",
            "--latency-ms",
            "50",
            "--templates",
            &n_s,
        ]));
        let client = |args: &[&str]| {
            let mut full = vec!["--graph-url", url.as_str(), "--waba", "100000000000001"];
            full.extend_from_slice(args);
            let mut c = base(&full);
            c.env("WABA_TOKEN", "bench-token");
            c
        };
        let pages = n.div_ceil(100);
        for (name, args) in [
            (
                "templates list -o json",
                vec!["templates", "list", "-o", "json"],
            ),
            ("templates list (table)", vec!["templates", "list"]),
        ] {
            let runs: Vec<(Duration, f64)> = (0..3).map(|_| measure(client(&args))).collect();
            let best = runs.iter().map(|r| r.0).min().unwrap();
            let rss = runs.iter().map(|r| r.1).fold(0.0, f64::max);
            println!(
                "{n:>5} templates, {pages:>2} pages: {name:<24} {:>8.0} ms  peak RSS {rss:>6.1} MiB",
                best.as_secs_f64() * 1000.0
            );
        }
        let dir = home.join("pulled");
        let d = dir.to_str().unwrap().to_string();
        let (t, rss) = measure(client(&["templates", "pull", &d]));
        println!(
            "{n:>5} templates, {pages:>2} pages: {:<24} {:>8.0} ms  peak RSS {rss:>6.1} MiB",
            "templates pull DIR",
            t.as_secs_f64() * 1000.0
        );
        let _ = server.kill();
        let _ = server.wait();
    }
    let _ = std::fs::remove_dir_all(&root);
}

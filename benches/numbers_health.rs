//! `numbers health --all` over 200 WABAs (400 numbers) against the sandbox
//! with 50 ms of latency per request (`sandbox serve --wabas 200
//! --latency-ms 50`), for --jobs 1, 8, 32 and 64 (the default), next to
//! one WABA's `numbers health` on the same server.
//!
//! Three kinds of run: the first (every number's state recorded), a
//! steady one (nothing changed: what cron sees most days), and one five
//! days later, when the sandbox's fleet timelines have turned 47 numbers
//! RED or disconnected and each change is recorded.
//!
//!     cargo bench --bench numbers_health

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_waba");
const WABAS: u32 = 200;
const FLEET_BUSINESS: &str = "900000000000003";
const ONE_WABA: &str = "300000000000001";
const T0: &str = "2026-11-21T09:00:00Z";
const LATER: &str = "2026-11-26T09:00:00Z";

struct Bench {
    root: PathBuf,
    now: &'static str,
    server: Option<Child>,
}

impl Bench {
    /// (Re)starts the sandbox at `now`, on the same world, and points the
    /// profiles at it.
    fn start(&mut self, now: &'static str) {
        self.stop();
        self.now = now;
        let mut cmd = Command::new(BIN);
        cmd.args(["sandbox", "serve", "--port", "0", "--latency-ms", "50"])
            .args(["--wabas", &WABAS.to_string()])
            .env_clear()
            .env("WABA_HOME", self.root.join("server"))
            .env("WABA_NOW", now);
        let (server, url) = common::serve(cmd);
        common::write_profiles(
            &[self.root.join("all"), self.root.join("one")],
            &url,
            FLEET_BUSINESS,
            ONE_WABA,
        );
        self.server = Some(server);
    }

    fn stop(&mut self) {
        if let Some(mut s) = self.server.take() {
            let _ = s.kill();
            let _ = s.wait();
        }
    }

    /// Wall time of one run, and its JSON totals; the run must succeed.
    fn run(&self, home: &str, args: &[&str]) -> (Duration, serde_json::Value) {
        let t = Instant::now();
        let out = Command::new(BIN)
            .args(args)
            .args(["-o", "json"])
            .env_clear()
            .env("WABA_HOME", self.root.join(home))
            .env("WABA_NOW", self.now)
            .env("WABA_TOKEN", "bench-token")
            .env("PATH", "/usr/bin:/bin")
            .output()
            .expect("run waba");
        let d = t.elapsed();
        assert!(
            out.status.success(),
            "waba {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        (d, v["totals"].clone())
    }

    fn median(&self, runs: usize, home: &str, args: &[&str]) -> Duration {
        let mut times: Vec<Duration> = (0..runs).map(|_| self.run(home, args).0).collect();
        times.sort();
        times[runs / 2]
    }
}

impl Drop for Bench {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let root = std::env::temp_dir().join(format!("waba-bench-health-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let mut b = Bench {
        root,
        now: T0,
        server: None,
    };
    b.start(T0);
    let fleet = ["--profile", "fleet", "numbers", "health", "--all"];
    println!("numbers health over {WABAS} WABAs (2 numbers each), 50 ms per request");

    let (first, totals) = b.run("all", &fleet);
    println!(
        "  first run, every state recorded: {:>8.1} ms  ({totals})",
        ms(first)
    );
    let (one_first, _) = b.run("one", &["--profile", "one", "numbers", "health"]);
    let one = b.median(9, "one", &["--profile", "one", "numbers", "health"]);
    println!(
        "  one WABA: {:>8.1} ms median of 9 (first run {:.1} ms)",
        ms(one),
        ms(one_first)
    );
    for jobs in [1u32, 8, 32] {
        let j = jobs.to_string();
        let mut args = fleet.to_vec();
        args.extend(["--jobs", &j]);
        let runs = if jobs == 1 { 1 } else { 5 };
        let t = b.median(runs, "all", &args);
        println!(
            "  --all --jobs {jobs:<3}{:>10.1} ms  ({:.1}x one WABA)",
            ms(t),
            ms(t) / ms(one)
        );
    }
    let t = b.median(9, "all", &fleet);
    println!(
        "  --all (jobs 64, default): {:>7.1} ms median of 9  ({:.1}x one WABA)",
        ms(t),
        ms(t) / ms(one)
    );

    // Five days on: the fleet's timelines have applied.
    b.start(LATER);
    let (changed, totals) = b.run("all", &fleet);
    println!(
        "  five days later, changes recorded: {:>6.1} ms  ({totals})",
        ms(changed)
    );
    let t = b.median(5, "all", &fleet);
    println!("  and steady again: {:>8.1} ms median of 5", ms(t));
}

//! `balance --all` over 200 WABAs against the sandbox with 50 ms of latency
//! per request (`sandbox serve --wabas 200 --latency-ms 50`), for --jobs 1,
//! 8, 32 and 64 (the default), next to one WABA's `balance` on the same
//! server. The target: the default within 5× of one WABA.
//!
//! A run is what cron sees: the store already holds the month, and an hour
//! has passed, so today's buckets have grown and are rewritten. The server
//! is restarted an hour later before each such run (its clock is fixed by
//! WABA_NOW, as the client's is). The first run of all, on an empty store,
//! is shown apart.
//!
//!     cargo bench --bench balance_all

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_waba");
const WABAS: u32 = 200;
const FLEET_BUSINESS: &str = "900000000000003";
const ONE_WABA: &str = "300000000000001";

struct Bench {
    root: PathBuf,
    hour: u32,
    server: Option<Child>,
}

impl Bench {
    fn now(&self) -> String {
        // 2026-11-21 from 00:00 UTC on; past 23:00 the day would turn.
        assert!(self.hour < 24, "too many runs for one day");
        format!("2026-11-21T{:02}:30:00Z", self.hour)
    }

    /// Starts the sandbox an hour after the last start, and points both
    /// clients' profiles at it.
    fn next_hour(&mut self) {
        self.stop();
        self.hour += 1;
        let mut cmd = Command::new(BIN);
        cmd.args(["sandbox", "serve", "--port", "0", "--latency-ms", "50"])
            .args(["--wabas", &WABAS.to_string()])
            .env_clear()
            .env("WABA_HOME", self.root.join("server"))
            .env("WABA_NOW", self.now());
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

    fn waba(&self, home: &str, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("WABA_HOME", self.root.join(home))
            .env("WABA_NOW", self.now())
            .env("WABA_TOKEN", "bench-token")
            .env("PATH", "/usr/bin:/bin");
        c
    }

    /// Wall time of one run, which must succeed.
    fn time(&self, home: &str, args: &[&str]) -> Duration {
        let t = Instant::now();
        let out = self.waba(home, args).output().expect("run waba");
        let d = t.elapsed();
        assert!(
            out.status.success(),
            "waba {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        d
    }

    /// The best of `runs` cron-like runs (each an hour after the last).
    fn best(&mut self, runs: usize, home: &str, args: &[&str]) -> Duration {
        (0..runs)
            .map(|_| {
                self.next_hour();
                self.time(home, args)
            })
            .min()
            .unwrap()
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

fn clear(dir: &Path) {
    for f in ["state.db", "state.db-wal", "state.db-shm"] {
        let _ = std::fs::remove_file(dir.join(f));
    }
}

fn main() {
    let root = std::env::temp_dir().join(format!("waba-bench-balance-{}", std::process::id()));
    let mut b = Bench {
        root,
        hour: 0,
        server: None,
    };
    let all = ["balance", "--all", "-q"];
    let one = ["--profile", "one", "balance", "-q"];

    // First runs, on empty stores: the month is read for every WABA.
    b.next_hour();
    let cold_one = b.time("one", &one);
    let cold_all = b.time("all", &all);
    let mut listed = b.waba("all", &["balance", "--all", "--no-sync", "-o", "json"]);
    let out = listed.stdout(Stdio::piped()).output().unwrap();
    let json = String::from_utf8_lossy(&out.stdout);
    let read = json.matches("\"waba_id\"").count();
    assert_eq!(read, WABAS as usize, "every fleet WABA is read");

    let one_warm = b.best(3, "one", &one);
    println!(
        "balance over {WABAS} WABAs, 50 ms a request (sandbox serve --wabas {WABAS} --latency-ms 50)\n"
    );
    println!(
        "{:<28} {:>9.0} ms   (first run: {:.0} ms)",
        "one WABA: balance",
        ms(one_warm),
        ms(cold_one)
    );
    for jobs in [1usize, 8, 32, 64] {
        let j = jobs.to_string();
        let runs = if jobs == 1 { 1 } else { 3 };
        let t = if jobs == 64 {
            b.best(runs, "all", &all)
        } else {
            b.best(runs, "all", &["balance", "--all", "--jobs", &j, "-q"])
        };
        let label = if jobs == 64 {
            "--all (default --jobs 64)".to_string()
        } else {
            format!("--all --jobs {jobs}")
        };
        println!(
            "{label:<28} {:>9.0} ms   {:>5.1}× one WABA",
            ms(t),
            t.as_secs_f64() / one_warm.as_secs_f64()
        );
    }
    println!(
        "{:<28} {:>9.0} ms   {:>5.1}× one WABA's first run",
        "--all, first run",
        ms(cold_all),
        cold_all.as_secs_f64() / cold_one.as_secs_f64()
    );
    clear(&b.root.join("all"));
}

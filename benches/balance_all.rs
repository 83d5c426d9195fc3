//! `balance --all` against the sandbox with 50 ms of latency per request
//! (`sandbox serve --wabas N --latency-ms 50`), next to one WABA's
//! `balance` on the same server: over 200 WABAs for --jobs 1, 2 and 4
//! (the default; batch requests at once), and over 2,000 WABAs, with the HTTP requests each run
//! made (counted by the sandbox; a batch request counts once) and its
//! peak resident memory.
//!
//! A run is what cron sees: the store already holds the month, and an hour
//! has passed, so today's buckets have grown and are rewritten. The server
//! is restarted an hour later before each such run (its clock is fixed by
//! WABA_NOW, as the client's is). The first run of all, on an empty store,
//! is shown apart.
//!
//!     cargo bench --bench balance_all

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::Duration;

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_waba");
const FLEET_BUSINESS: &str = "900000000000003";
const ONE_WABA: &str = "300000000000001";

struct Bench {
    root: PathBuf,
    wabas: u32,
    hour: u32,
    server: Option<(Child, String)>,
}

/// One run: wall time, peak resident memory (KiB), HTTP requests made.
struct Run {
    wall: Duration,
    peak_kib: u64,
    requests: usize,
}

impl Bench {
    fn new(wabas: u32) -> Bench {
        let root =
            std::env::temp_dir().join(format!("waba-bench-balance-{}-{wabas}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        Bench {
            root,
            wabas,
            hour: 0,
            server: None,
        }
    }

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
            .args(["--wabas", &self.wabas.to_string()])
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
        self.server = Some((server, url));
    }

    fn stop(&mut self) {
        if let Some((mut s, _)) = self.server.take() {
            let _ = s.kill();
            let _ = s.wait();
        }
    }

    /// One run on the current server, which must succeed.
    fn run(&self, home: &str, args: &[&str]) -> Run {
        let url = &self.server.as_ref().expect("a server").1;
        common::clear_requests(url);
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("WABA_HOME", self.root.join(home))
            .env("WABA_NOW", self.now())
            .env("WABA_TOKEN", "bench-token")
            .env("PATH", "/usr/bin:/bin");
        let (wall, peak_kib, out) = common::measured(c);
        assert!(
            out.status.success(),
            "waba {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Run {
            wall,
            peak_kib,
            requests: common::requests(url),
        }
    }

    /// The fastest of `runs` cron-like runs (each an hour after the last).
    fn best(&mut self, runs: usize, home: &str, args: &[&str]) -> Run {
        (0..runs)
            .map(|_| {
                self.next_hour();
                self.run(home, args)
            })
            .min_by_key(|r| r.wall)
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

fn line(label: &str, r: &Run, one: &Run) {
    println!(
        "{label:<30} {:>8.0} ms {:>6.1}× one WABA {:>5} requests {:>7.1} MiB peak",
        ms(r.wall),
        r.wall.as_secs_f64() / one.wall.as_secs_f64(),
        r.requests,
        r.peak_kib as f64 / 1024.0
    );
}

const ALL: [&str; 4] = ["--profile", "fleet", "balance", "--all"];
const ONE: [&str; 3] = ["--profile", "one", "balance"];

fn main() {
    let all = [&ALL[..], &["-q"]].concat();
    let one = [&ONE[..], &["-q"]].concat();

    let mut b = Bench::new(200);
    println!("balance, 50 ms a request (sandbox serve --wabas N --latency-ms 50)\n");
    // First runs, on empty stores: the month is read for every WABA.
    b.next_hour();
    let cold_one = b.run("one", &one);
    let cold_all = b.run("all", &all);
    let one_warm = b.best(3, "one", &one);
    line("one WABA: balance", &one_warm, &one_warm);
    for jobs in ["1", "2"] {
        let r = b.best(3, "all", &[&all[..], &["--jobs", jobs]].concat());
        line(&format!("200 WABAs: --all --jobs {jobs}"), &r, &one_warm);
    }
    let r = b.best(3, "all", &all);
    line("200 WABAs: --all (--jobs 4)", &r, &one_warm);
    line("200 WABAs: --all, first run", &cold_all, &cold_one);
    drop(b);

    let mut b = Bench::new(2000);
    b.next_hour();
    let cold_one = b.run("one", &one);
    let cold_all = b.run("all", &all);
    let one_warm = b.best(3, "one", &one);
    let r = b.best(2, "all", &all);
    line("2000 WABAs: --all", &r, &one_warm);
    line("2000 WABAs: --all, first run", &cold_all, &cold_one);
}

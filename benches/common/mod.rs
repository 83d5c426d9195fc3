//! What the benchmarks share: starting `waba sandbox serve`, and the
//! profiles that point at it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// Spawns `cmd` (a `sandbox serve --port 0 …`) and returns it with the URL
/// it prints on its first line.
pub fn serve(mut cmd: Command) -> (Child, String) {
    let mut server = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the sandbox");
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (server, line.trim().to_string())
}

/// Writes, into each of `homes`, a config with two profiles on `url`:
/// `fleet` (the business `business`) and `one` (the WABA `waba`).
// Each benchmark is its own crate; not all of them use this.
#[allow(dead_code)]
pub fn write_profiles(homes: &[std::path::PathBuf], url: &str, business: &str, waba: &str) {
    let config = format!(
        "[profiles.fleet]\nbusiness = \"{business}\"\ngraph_url = \"{url}\"\n\n\
         [profiles.one]\nwaba = \"{waba}\"\ngraph_url = \"{url}\"\n"
    );
    for dir in homes {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("config.toml"), &config).unwrap();
    }
}

/// How many HTTP requests the sandbox at `url` has answered (a batch
/// request counts once, however many items it carries).
#[allow(dead_code)]
pub fn requests(url: &str) -> usize {
    let log: serde_json::Value =
        serde_json::from_str(&http(url, "GET", "/__sandbox/requests")).expect("the request log");
    log.as_array()
        .map(|a| a.iter().filter(|r| r["batch"].is_null()).count())
        .unwrap_or(0)
}

/// Empties the sandbox's request log.
#[allow(dead_code)]
pub fn clear_requests(url: &str) {
    http(url, "DELETE", "/__sandbox/requests");
}

fn http(url: &str, method: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let host = url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(host)
        .unwrap_or_else(|e| panic!("connect to the sandbox at {url:?}: {e}"));
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    resp.split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default()
}

/// Runs `cmd` to its end: its wall time, its peak resident memory in KiB
/// (the kernel's high-water mark, read while it runs), and its output.
#[allow(dead_code)]
pub fn measured(mut cmd: Command) -> (std::time::Duration, u64, std::process::Output) {
    let t = std::time::Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run waba");
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    // The output is read on threads so that a full pipe cannot stall it.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let o = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut b).ok();
        b
    });
    let e = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut b).ok();
        b
    });
    let code = loop {
        if let Ok(text) = std::fs::read_to_string(&status)
            && let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        {
            peak = peak.max(kb);
        }
        if let Some(code) = child.try_wait().unwrap() {
            break code;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    let elapsed = t.elapsed();
    let output = std::process::Output {
        status: code,
        stdout: o.join().unwrap(),
        stderr: e.join().unwrap(),
    };
    (elapsed, peak, output)
}

//! Shared test helpers: a temporary WABA_HOME with a cleared environment,
//! the real binary, and a sandbox server on 127.0.0.1 with its request log.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_waba");
pub const DEMO_WABA: &str = "100000000000001";
pub const TOKEN: &str = "EAAtestSECRETtoken123";
/// `payment set` with the sandbox's test customer and card.
pub const DEMO_CARD: [&str; 7] = [
    "payment",
    "set",
    "--customer",
    "cus_sandbox_demo",
    "--card",
    "pm_card_visa",
    "--yes",
];

pub struct Env {
    pub home: tempfile::TempDir,
    vars: Vec<(String, String)>,
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Out {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl Env {
    pub fn new() -> Env {
        let mut vars: Vec<(String, String)> = vec![
            // Fast fault paths: tiny backoff, short timeouts, no pacing sleeps.
            ("WABA_RETRY_BASE_MS".into(), "5".into()),
            ("WABA_CONNECT_TIMEOUT_MS".into(), "2000".into()),
            ("WABA_TIMEOUT_MS".into(), "5000".into()),
            ("WABA_PACE_MAX_MS".into(), "5".into()),
        ];
        // The whole suite again on PostgreSQL: each home its own database.
        if std::env::var("WABA_TEST_STORE").as_deref() == Ok("postgres") {
            let url = crate::postgres::fresh_database()
                .expect("WABA_TEST_STORE=postgres needs WABA_TEST_POSTGRES");
            vars.push(("WABA_STORE_URL".into(), url));
        }
        Env {
            home: tempfile::tempdir().expect("temp dir"),
            vars,
        }
    }

    /// A variable this home's commands get.
    pub fn var(&self, k: &str) -> Option<&str> {
        self.vars
            .iter()
            .rev()
            .find(|(name, _)| name == k)
            .map(|(_, v)| v.as_str())
    }

    /// The store this home's commands use (outside `--sandbox`): the
    /// PostgreSQL database of `WABA_STORE_URL`, or the SQLite file.
    pub async fn store(&self, clock: &waba::clock::Clock) -> waba::store::Store {
        match self.var("WABA_STORE_URL") {
            Some(url) => waba::store::Store::open_postgres(&waba::secret::Secret::new(url), clock)
                .await
                .unwrap(),
            None => waba::store::Store::open_sqlite(&self.path("state.db"), clock)
                .await
                .unwrap(),
        }
    }

    /// `sqlite` or `postgres`: what `store status` reports outside the sandbox.
    pub fn backend(&self) -> &'static str {
        if self.var("WABA_STORE_URL").is_some() {
            "postgres"
        } else {
            "sqlite"
        }
    }

    pub fn set(mut self, k: &str, v: &str) -> Env {
        self.vars.push((k.into(), v.into()));
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("WABA_HOME", self.home.path())
            .env("PATH", std::env::var("PATH").unwrap_or_default());
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_with(args, &[], None)
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Out {
        let mut c = self.cmd(args);
        for (k, v) in env {
            c.env(k, v);
        }
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn waba");
        let mut pipe = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            // The child may exit (on an error) before it reads its input.
            if let Err(e) = pipe.write_all(s.as_bytes()) {
                assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
            }
        }
        drop(pipe);
        let out: Output = child.wait_with_output().unwrap();
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs a command against a served sandbox, with the test token.
    pub fn against(&self, server: &Server, args: &[&str]) -> Out {
        self.against_with(server, args, &[])
    }

    /// `against`, with extra environment variables.
    pub fn against_with(&self, server: &Server, args: &[&str], env: &[(&str, &str)]) -> Out {
        let mut full = vec!["--graph-url", &server.url, "--waba", DEMO_WABA];
        full.extend_from_slice(args);
        let mut vars = vec![("WABA_TOKEN", TOKEN)];
        vars.extend_from_slice(env);
        self.run_with(&full, &vars, None)
    }

    /// Runs a command against a served sandbox whose card processor it
    /// uses too (`STRIPE_API_BASE` is the sandbox).
    pub fn paying(&self, server: &Server, args: &[&str]) -> Out {
        self.against_with(
            server,
            args,
            &[
                ("STRIPE_API_BASE", server.url.as_str()),
                ("STRIPE_SECRET_KEY", "sk_test_harness"),
            ],
        )
    }

    /// Starts `waba sandbox serve` with the given flags in its own home.
    pub fn serve(&self, flags: &[&str]) -> Server {
        self.serve_at(flags, None)
    }

    /// A served sandbox whose clock is fixed at `now` (`WABA_NOW`).
    pub fn serve_at(&self, flags: &[&str], now: Option<&str>) -> Server {
        let home = tempfile::tempdir().unwrap();
        let mut server = serve_in(home.path(), flags, now);
        server._home = Some(home);
        server
    }
}

/// A served sandbox keeping its state in `home`: a server started again
/// there, at a later `now`, goes on with the same world.
pub fn serve_in(home: &Path, flags: &[&str], now: Option<&str>) -> Server {
    {
        let mut args = vec!["sandbox", "serve", "--port", "0"];
        args.extend_from_slice(flags);
        let mut cmd = Command::new(BIN);
        cmd.args(&args).env_clear().env("WABA_HOME", home);
        if let Some(now) = now {
            cmd.env("WABA_NOW", now);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the sandbox");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "first line of `sandbox serve`: {url:?}"
        );
        Server {
            child,
            url,
            _home: None,
        }
    }
}

pub struct Server {
    child: Child,
    pub url: String,
    _home: Option<tempfile::TempDir>,
}

impl Server {
    /// The requests the sandbox received, as it recorded them.
    pub fn requests(&self) -> Vec<Value> {
        let v = http_get(&format!("{}/__sandbox/requests", self.url));
        v.as_array().cloned().unwrap_or_default()
    }

    /// The newest verification code the sandbox "sent" to a phone-number id.
    pub fn code_for(&self, phone_id: &str) -> String {
        let inbox = http_get(&format!("{}/__sandbox/inbox", self.url));
        inbox
            .as_array()
            .unwrap()
            .iter()
            .rev()
            .find(|c| c["phone_id"] == phone_id)
            .and_then(|c| c["code"].as_str())
            .unwrap_or_else(|| panic!("no code for {phone_id} in {inbox}"))
            .to_string()
    }

    /// Requests whose path ends with `suffix`.
    pub fn requests_to(&self, method: &str, suffix: &str) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r["method"] == method && r["path"].as_str().unwrap_or("").ends_with(suffix))
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A minimal HTTP/1.1 GET over loopback, for the sandbox's control endpoint.
pub fn http_get(url: &str) -> Value {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut s = TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let body = resp.split_once("\r\n\r\n").map(|x| x.1).unwrap_or("");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("control endpoint answered {e}: {resp}"))
}

/// A minimal HTTP/1.1 form POST over loopback: the status and the JSON
/// answer, for calling the sandbox as a client other than waba would.
pub fn http_post_form(url: &str, pairs: &[(&str, &str)]) -> (u16, Value) {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    let mut s = TcpStream::connect(host).unwrap();
    write!(
        s,
        "POST /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let status = resp
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = resp.split_once("\r\n\r\n").map(|x| x.1).unwrap_or("");
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// The line of WABA `id` in `balance --all -o json`.
pub fn waba_line<'a>(all: &'a Value, id: &str) -> &'a Value {
    all["wabas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["waba_id"] == id)
        .unwrap_or_else(|| panic!("no line for WABA {id} in {all}"))
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Rows a store holds besides its migrations' record, from `store status
/// -o json`.
pub fn stored_rows(status: &Value) -> u64 {
    status["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["name"] != "schema_migrations")
        .map(|t| t["rows"].as_u64().unwrap())
        .sum()
}

/// An amount as JSON carries it, `"-12.34"`, in cents: -1234.
pub fn cents(v: &Value) -> i64 {
    let s = v.as_str().unwrap_or_else(|| panic!("not an amount: {v}"));
    let (i, f) = s.trim_start_matches('-').split_once('.').unwrap();
    let c = i.parse::<i64>().unwrap() * 100 + f.parse::<i64>().unwrap();
    if s.starts_with('-') { -c } else { c }
}

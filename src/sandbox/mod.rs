//! The offline sandbox: an emulator of the Graph API endpoints waba uses,
//! seeded with a demo business, persisted between runs, with fault injection
//! and a request log for tests. `--sandbox` runs it in-process on a loopback
//! port; `waba sandbox serve` runs it as a server for scripts.

mod batch;
pub mod callbacks;
pub mod demo_templates;
mod disk;
pub mod drift;
pub mod errors;
pub mod graph;
pub mod ids;
pub mod inject;
pub mod payments;
pub mod registration;
pub mod seed;
pub mod templates;
pub mod traffic;
pub mod wire;
pub mod world;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Value, json};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::graph::redact;

/// How long `--inject STEP=hang` holds an answer.
const HANG_SECONDS: u64 = 120;

/// Fault injection and fleet size for `sandbox serve`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub latency: Duration,
    /// Share of requests answered with a transient 500 (0.0–1.0).
    pub fail_rate: f64,
    /// The first N requests are answered with a transient 500.
    pub fail_first: u64,
    /// Share of connections closed without an answer.
    pub drop_rate: f64,
    /// The first N connections are closed without an answer.
    pub drop_first: u64,
    /// After N calls about one WABA (or other node), every further call
    /// about it is throttled (code 80007): Meta's limits count calls per
    /// WABA.
    pub throttle_after: Option<u64>,
    /// Pages hold at most this many items, whatever `limit` asks.
    pub max_page: Option<usize>,
    /// Extra fleet WABAs to seed.
    pub wabas: u32,
    /// Fill the default WABA up to this many templates.
    pub templates: u32,
    /// Seed for the random faults, so a run can be repeated.
    pub seed: u64,
    /// One-shot failures for named steps.
    pub inject: Vec<inject::Injection>,
}

/// One request as the sandbox saw it, secrets redacted.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    pub seq: u64,
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<String>,
    pub authorized: bool,
    pub status: u16,
    /// For an item of a batch request: the batch's own seq.
    pub batch: Option<u64>,
}

struct Shared {
    store: Mutex<disk::Store>,
    opts: Options,
    clock: Clock,
    requests: AtomicU64,
    rng: Mutex<fastrand::Rng>,
    log: Mutex<Vec<Recorded>>,
    /// Calls answered per node (the first path segment after the
    /// version), for `--throttle-after` and the usage header.
    calls: Mutex<std::collections::HashMap<String, u64>>,
    /// Injections not yet fired.
    pending: Mutex<Vec<inject::Injection>>,
}

/// A running sandbox.
pub struct Running {
    pub addr: SocketAddr,
    task: Option<tokio::task::JoinHandle<()>>,
    shared: Arc<Shared>,
}

impl Running {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Sends the webhooks that are due, once, for a run about to end: for
    /// 3 s at most. What a slow callback did not take is sent again later
    /// (its lease runs out).
    pub async fn flush(&self) {
        let _ = tokio::time::timeout(SETTLE_WITHIN, flush(&self.shared)).await;
    }

    /// Keeps the world going without calls, as Meta's does: reviews end
    /// and numbers change on time, and webhooks go out and are retried.
    /// For `sandbox serve`.
    pub fn keep_time(&self) {
        let sh = self.shared.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(TICK).await;
                let clock = sh.clock;
                let _ = lock(&sh.store).with(|w| {
                    let changed = graph::pass_time(w, &clock);
                    ((), changed)
                });
                flush(&sh).await;
            }
        });
    }

    /// Serves until the process ends.
    pub async fn wait(mut self) {
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(t) = &self.task {
            t.abort();
        }
    }
}

/// Starts the emulator on `127.0.0.1:port` (0 = any free port).
pub async fn start(dir: &Path, port: u16, opts: Options, clock: Clock) -> Result<Running> {
    let store = disk::Store::open(dir, opts.wabas, opts.templates)?;
    let listener = TcpListener::bind(("127.0.0.1", port)).await.map_err(|e| {
        Error::usage(format!("cannot listen on 127.0.0.1:{port}: {e}"))
            .with_hint("pick another --port, or 0 for any free port")
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::internal(format!("sandbox address: {e}")))?;
    let shared = Arc::new(Shared {
        store: Mutex::new(store),
        rng: Mutex::new(fastrand::Rng::with_seed(opts.seed)),
        pending: Mutex::new(opts.inject.clone()),
        opts,
        clock,
        requests: AtomicU64::new(0),
        log: Mutex::new(Vec::new()),
        calls: Mutex::new(std::collections::HashMap::new()),
    });
    let app = Router::new().fallback(handle).with_state(shared.clone());
    let task = tokio::spawn(accept_loop(listener, app, shared.clone()));
    Ok(Running {
        addr,
        task: Some(task),
        shared,
    })
}

/// How often `keep_time` looks at the world.
const TICK: Duration = Duration::from_millis(250);
/// How long a run about to end waits for its webhooks to go out.
const SETTLE_WITHIN: Duration = Duration::from_secs(3);

fn lock(store: &Mutex<disk::Store>) -> std::sync::MutexGuard<'_, disk::Store> {
    match store.lock() {
        Ok(s) => s,
        Err(p) => p.into_inner(),
    }
}

/// Sends the webhooks due now and records how each went. The world is not
/// held while they are sent.
async fn flush(sh: &Shared) {
    let now = chrono::Utc::now();
    let Ok(taken) = lock(&sh.store).with(|w| callbacks::take_due(w, now)) else {
        return;
    };
    if taken.is_empty() {
        return;
    }
    let Ok(http) = callbacks::http() else {
        return;
    };
    let (delivered, failed) = callbacks::send(&http, &taken).await;
    let _ = lock(&sh.store).with(|w| {
        callbacks::settle(w, &delivered, &failed, chrono::Utc::now());
        ((), true)
    });
}

async fn accept_loop(listener: TcpListener, app: Router, shared: Arc<Shared>) {
    let connections = AtomicU64::new(0);
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            continue;
        };
        let n = connections.fetch_add(1, Ordering::SeqCst);
        let drop_it = n < shared.opts.drop_first
            || (shared.opts.drop_rate > 0.0
                && shared
                    .rng
                    .lock()
                    .map(|mut r| r.f64() < shared.opts.drop_rate)
                    .unwrap_or(false));
        if drop_it {
            // Read the request, then hang up without a word.
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf).await;
            });
            continue;
        }
        let svc = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, svc)
                .await;
        });
    }
}

fn trace_id(seq: u64) -> String {
    format!("Sbx{:08X}", seq.wrapping_mul(2654435761) & 0xffff_ffff)
}

async fn handle(State(sh): State<Arc<Shared>>, req: Request) -> Response {
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let query: Vec<(String, String)> = req
        .uri()
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    if path == "/__sandbox/requests" {
        return control_requests(&sh, &method);
    }
    if path == "/__sandbox/inbox" {
        return control_inbox(&sh);
    }
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
                .or_else(|| v.strip_prefix("OAuth "))
        })
        .map(str::to_string);
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let headers: Vec<(String, String)> = req
        .headers()
        .iter()
        .filter(|(k, _)| *k != header::AUTHORIZATION)
        .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect();
    // Large enough for a 16 MB video sample.
    let bytes = to_bytes(req.into_body(), 32 << 20)
        .await
        .unwrap_or_default();
    let binary = !content_type.starts_with("application/json")
        && !content_type.starts_with("application/x-www-form-urlencoded")
        && !bytes.is_empty();
    let text = String::from_utf8_lossy(&bytes).to_string();
    let (form, json_body) = if content_type.starts_with("application/json") {
        (Vec::new(), serde_json::from_str::<Value>(&text).ok())
    } else if binary {
        (Vec::new(), None)
    } else {
        (
            url::form_urlencoded::parse(&bytes).into_owned().collect(),
            None,
        )
    };
    // The log shows which parameters came, never a PIN's value.
    let shown_body = match &json_body {
        Some(v) => redact::json(v).to_string(),
        None if binary => format!("<{} bytes>", bytes.len()),
        None if !form.is_empty() => redact::form(&form),
        None => text.clone(),
    };
    let token = bearer.or_else(|| {
        query
            .iter()
            .chain(form.iter())
            .find(|(k, _)| k == "access_token")
            .map(|(_, v)| v.clone())
    });
    let seq = sh.requests.fetch_add(1, Ordering::SeqCst);
    let trace = trace_id(seq);
    if !sh.opts.latency.is_zero() {
        tokio::time::sleep(sh.opts.latency).await;
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let is_batch =
        method == "POST" && segments.len() <= 1 && form.iter().any(|(k, _)| k == "batch");
    let call = wire::Call {
        method: &method,
        segments,
        query: query.clone(),
        form,
        json: json_body,
        token: token.clone(),
        max_page: sh.opts.max_page,
        headers,
        body_len: bytes.len(),
    };
    let (reply, fault, usage) = if is_batch {
        // Each item is a call of its own, logged with the batch's seq.
        let (reply, usage) = batch::handle(&call, &trace, |item| {
            let n = sh.requests.fetch_add(1, Ordering::SeqCst);
            let (reply, fault) = answer(&sh, item, n, &trace_id(n));
            let recorded = Recorded {
                seq: n,
                method: item.method.to_string(),
                path: format!("/{}", item.segments.join("/")),
                query: shown_query(&item.query),
                body: None,
                authorized: item.token.is_some(),
                status: reply.status,
                batch: Some(seq),
            };
            if let Ok(mut log) = sh.log.lock() {
                log.push(recorded);
            }
            let usage = usage_of(&sh, item, &reply);
            (fault == Fault::None).then_some(batch::Answered { reply, usage })
        });
        (reply, Fault::None, Value::Object(usage))
    } else if let Some(refused) = verify_callback(&call, &trace).await {
        let usage = usage_of(&sh, &call, &refused);
        (refused, Fault::None, usage)
    } else {
        let (reply, fault) = answer(&sh, &call, seq, &trace);
        let usage = usage_of(&sh, &call, &reply);
        (reply, fault, usage)
    };

    let status = if fault == Fault::Lost {
        502
    } else {
        reply.status
    };
    let secrets: Vec<&str> = token.iter().map(String::as_str).collect();
    let recorded = Recorded {
        seq,
        method: method.clone(),
        path: path.clone(),
        query: shown_query(&query),
        body: (!text.is_empty()).then(|| redact::text(&shown_body, &secrets)),
        authorized: token.is_some(),
        status,
        batch: None,
    };
    if let Ok(mut log) = sh.log.lock() {
        log.push(recorded);
    }
    if fault == Fault::Hang {
        // Done; the answer comes much later, if the client still waits.
        tokio::time::sleep(Duration::from_secs(HANG_SECONDS)).await;
    }
    if fault == Fault::Lost {
        // Done, but the answer never arrives: a proxy's error page instead.
        return (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body>502 Bad Gateway</body></html>",
        )
            .into_response();
    }

    let mut resp = (
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        axum::Json(reply.body),
    )
        .into_response();
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&usage.to_string()) {
        h.insert("x-business-use-case-usage", v);
    }
    if let Ok(v) = HeaderValue::from_str(&trace) {
        h.insert("x-fb-trace-id", v);
    }
    if reply.status == 401 {
        h.insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static(
                "OAuth \"Facebook Platform\" \"invalid_token\" \"Error validating access token\"",
            ),
        );
    }
    resp
}

/// A subscription to a callback on this machine: Meta's handshake first,
/// and the subscription refused (code 100) when the callback fails it.
async fn verify_callback(call: &wire::Call<'_>, trace: &str) -> Option<wire::Reply> {
    let subscribing = call.method == "POST"
        && call.segments.len() == 3
        && call.segments[2] == "subscribed_apps"
        && call.token.as_deref().is_some_and(|t| !t.is_empty());
    let uri = call.param("override_callback_uri")?;
    let token = call.param("verify_token")?;
    if !subscribing || !callbacks::calls(uri) || token.is_empty() {
        return None;
    }
    let why = callbacks::verify(uri, token).await.err()?;
    Some(wire::invalid_param(
        &format!("The callback URL could not be verified: {why}"),
        trace,
    ))
}

/// What happened to a call's answer besides its reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    /// Done, and the answer lost on the way (a proxy's 502).
    Lost,
    /// Done, and the answer held back for a long while.
    Hang,
}

/// One call: the faults the options and injections ask for, else the
/// emulated endpoint's answer.
fn answer(sh: &Shared, call: &wire::Call, seq: u64, trace: &str) -> (wire::Reply, Fault) {
    let random_fail = sh.opts.fail_rate > 0.0
        && sh
            .rng
            .lock()
            .map(|mut r| r.f64() < sh.opts.fail_rate)
            .unwrap_or(false);
    let before = counted_call(sh, call);
    let throttled = sh.opts.throttle_after.is_some_and(|t| before >= t);
    let injected = call
        .segments
        .split_first()
        .and_then(|(_, rest)| {
            let fields = call.param("fields").unwrap_or("");
            inject::step_of(call.method, rest, fields)
        })
        .and_then(|step| {
            let mut pending = sh.pending.lock().ok()?;
            let at = pending.iter().position(|i| i.step == step)?;
            Some(pending.remove(at).what)
        });
    if let Some(inject::What::Error { code, subcode }) = injected {
        return (errors::meta(code, subcode, None, trace), Fault::None);
    }
    if seq < sh.opts.fail_first || random_fail {
        let mut r = wire::error(
            500,
            2,
            None,
            "OAuthException",
            "An unexpected error has occurred. Please retry your request later.",
            trace,
        );
        r.body["error"]["is_transient"] = json!(true);
        return (r, Fault::None);
    }
    if throttled {
        let r = wire::error(
            429,
            80007,
            None,
            "OAuthException",
            "(#80007) There have been too many calls to this WhatsApp Business account. Wait a bit and try again.",
            trace,
        );
        return (r, Fault::None);
    }
    let fault = match injected {
        Some(inject::What::Lost) => Fault::Lost,
        Some(inject::What::Hang) => Fault::Hang,
        _ => Fault::None,
    };
    let mut store = lock(&sh.store);
    let payments = call.segments.first() == Some(&"v1");
    let now = sh.clock.now();
    let reply = match store.with(|w| {
        if payments {
            payments::handle(w, call, now.timestamp())
        } else {
            graph::handle(w, call, &sh.clock, trace)
        }
    }) {
        Ok(r) => r,
        Err(e) => wire::error(
            500,
            1,
            None,
            "OAuthException",
            &format!("sandbox state: {}", e.message),
            trace,
        ),
    };
    (reply, fault)
}

/// The node a call is about: the first path segment after the version.
fn node_of<'a>(call: &wire::Call<'a>) -> &'a str {
    call.segments.get(1).copied().unwrap_or("")
}

/// Counts a call about its node; returns how many came before it.
fn counted_call(sh: &Shared, call: &wire::Call) -> u64 {
    let Ok(mut calls) = sh.calls.lock() else {
        return 0;
    };
    let n = calls.entry(node_of(call).to_string()).or_default();
    *n += 1;
    *n - 1
}

/// The `X-Business-Use-Case-Usage` value for one call: its node's share
/// of the limit `--throttle-after` sets, keyed by the WABA it concerned.
fn usage_of(sh: &Shared, call: &wire::Call, reply: &wire::Reply) -> Value {
    let calls = sh
        .calls
        .lock()
        .map(|c| c.get(node_of(call)).copied().unwrap_or(0))
        .unwrap_or(0);
    let usage_pct = match sh.opts.throttle_after {
        Some(t) if t > 0 => (calls * 100 / t).min(100),
        Some(_) => 100,
        None => 1,
    };
    let usage_key = reply
        .waba
        .clone()
        .unwrap_or_else(|| node_of(call).to_string());
    json!({ usage_key: [{
        "type": "whatsapp_business_management", "call_count": usage_pct, "total_cputime": 1,
        "total_time": 1, "estimated_time_to_regain_access": 0
    }]})
}

fn shown_query(query: &[(String, String)]) -> Vec<(String, String)> {
    query
        .iter()
        .map(|(k, v)| {
            let v = if redact::is_secret_param(k) {
                redact::REDACTED.to_string()
            } else {
                v.clone()
            };
            (k.clone(), v)
        })
        .collect()
}

fn control_requests(sh: &Shared, method: &str) -> Response {
    let Ok(mut log) = sh.log.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if method == "DELETE" {
        log.clear();
        return axum::Json(json!({"success": true})).into_response();
    }
    axum::Json(json!(*log)).into_response()
}

fn control_inbox(sh: &Shared) -> Response {
    match lock(&sh.store).with(|w| (w.inbox.clone(), false)) {
        Ok(inbox) => axum::Json(json!(inbox)).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.message).into_response(),
    }
}

/// The verification codes the sandbox in `dir` has "sent", oldest first.
pub fn inbox(dir: &Path) -> Result<Vec<world::SentCode>> {
    let mut store = disk::Store::open(dir, 0, 0)?;
    store.with(|w| (w.inbox.clone(), false))
}

/// The emails and webhook calls the sandbox in `dir` has "delivered",
/// oldest first.
pub fn outbox(dir: &Path) -> Result<Vec<world::Delivery>> {
    let mut store = disk::Store::open(dir, 0, 0)?;
    store.with(|w| (w.outbox.clone(), false))
}

/// Records a delivery in the outbox of the sandbox in `dir`.
pub fn deliver(dir: &Path, d: world::Delivery) -> Result<()> {
    let mut store = disk::Store::open(dir, 0, 0)?;
    store.with(|w| {
        w.outbox.push(d);
        ((), true)
    })
}

/// Removes the sandbox's world and its state store.
pub fn reset(dir: &Path) -> Result<bool> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io("cannot remove", dir, e)),
    }
}

//! The HTTP side of the Graph client: one request in, one parsed response or
//! typed error out, with retries, pacing, tracing and dry-run.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use reqwest::Method;
use serde_json::Value;
use url::Url;

use super::error::{Class, GraphError};
use super::redact;
use super::usage::{Seen, Usage};
use super::version::ApiVersion;
use crate::error::{Error, Kind, Result};
use crate::secret::Secret;

/// Where `--verbose` lines go. Injected so that the client never prints.
pub type TraceSink = Arc<dyn Fn(&str) + Send + Sync>;

/// Where a wait is shown (a spinner on a terminal): called with the reason
/// before the wait; what it returns is dropped after.
pub type WaitSink = Arc<dyn Fn(&str) -> Box<dyn std::any::Any + Send> + Send + Sync>;

/// Knobs that tests turn down so fault tests run in milliseconds.
#[derive(Debug, Clone)]
pub struct NetConfig {
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    /// Retries after the first attempt, for requests that are safe to repeat.
    pub retries: u32,
    pub backoff_base: Duration,
    pub backoff_max: Duration,
    /// The longest pause taken when Meta reports usage near its limits.
    pub pace_max: Duration,
    /// How long one request may take in all: connecting, headers, the
    /// whole body, and any retries. A server that drips its answer ends the
    /// command here instead of hanging a cron job.
    pub deadline: Duration,
    /// The largest answer read; a longer one is an error, not a full memory.
    pub max_body: usize,
}

/// The most pages one list walk reads.
const MAX_PAGES: usize = 1000;

/// 64 MiB: far above any Graph or card-processor answer waba reads.
pub const MAX_BODY: usize = 64 << 20;

impl Default for NetConfig {
    fn default() -> Self {
        NetConfig {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(60),
            retries: 3,
            backoff_base: Duration::from_millis(500),
            backoff_max: Duration::from_secs(20),
            pace_max: Duration::from_secs(5),
            deadline: Duration::from_secs(120),
            max_body: MAX_BODY,
        }
    }
}

impl NetConfig {
    /// An HTTP client with these timeouts and waba's user agent; the Graph
    /// client, the card processor's and webhook delivery share this. It
    /// follows no redirect: a 3xx could carry the token, or a charge, to
    /// another host.
    pub fn http_client(&self) -> Result<reqwest::Client> {
        crate::tls::install_crypto_provider();
        reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .read_timeout(self.read_timeout)
            .timeout(self.deadline)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("waba/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::internal(format!("cannot build the HTTP client: {e}")))
    }

    /// Exponential backoff with jitter: a random delay in [d/2, d], where d
    /// doubles from the base up to the cap.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .backoff_base
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.backoff_max);
        let half = exp / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// For a 3xx answer: where it pointed (scheme, host and port only: the rest
/// may hold a token), for an error that says no redirect is followed.
pub fn redirect_to(resp: &reqwest::Response) -> Option<String> {
    if !resp.status().is_redirection() {
        return None;
    }
    let location = resp
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|l| resp.url().join(l).ok());
    Some(match location {
        Some(u) => {
            let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
            format!(
                "HTTP {} redirect to {}://{}{port}",
                resp.status().as_u16(),
                u.scheme(),
                u.host_str().unwrap_or("?")
            )
        }
        None => format!("HTTP {} redirect", resp.status().as_u16()),
    })
}

/// Why a body was not read whole.
pub enum BodyError {
    TooLarge(usize),
    Network(reqwest::Error),
}

impl BodyError {
    pub fn why(&self) -> String {
        match self {
            BodyError::TooLarge(cap) => format!(
                "the answer is larger than {} MiB; stopped reading it",
                cap >> 20
            ),
            BodyError::Network(e) => network_why(e),
        }
    }
}

/// The body as text, read up to `cap` bytes: a server that announces or
/// sends more is cut off, not buffered.
pub async fn read_body(mut resp: reqwest::Response, cap: usize) -> Result<String, BodyError> {
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return Err(BodyError::TooLarge(cap));
    }
    // Chunks are kept as they came and joined once: a buffer grown by
    // doubling would hold twice the cap before refusing it.
    let (mut chunks, mut len) = (Vec::new(), 0usize);
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Network)? {
        len += chunk.len();
        if len > cap {
            return Err(BodyError::TooLarge(cap));
        }
        chunks.push(chunk);
    }
    let mut buf = Vec::with_capacity(len);
    for c in &chunks {
        buf.extend_from_slice(c);
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// Why a request got no answer: the kind of failure, then each cause. Not
/// reqwest's Display, which carries the URL (and so, for Graph, maybe a
/// token).
pub fn network_why(e: &reqwest::Error) -> String {
    let mut why = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        "connection dropped".to_string()
    };
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        why = format!("{why}: {s}");
        src = s.source();
    }
    why
}

pub struct ClientConfig {
    pub base: Url,
    pub version: ApiVersion,
    pub token: Option<Secret>,
    pub net: NetConfig,
    pub trace: Option<TraceSink>,
    pub waiting: Option<WaitSink>,
    pub dry_run: bool,
}

#[derive(Debug, Clone)]
pub enum Body {
    None,
    Json(Value),
    Form(Vec<(String, String)>),
    /// Raw bytes (a file upload), shown in traces by size only.
    Bytes {
        content_type: String,
        data: Vec<u8>,
    },
}

/// A request relative to `{base}/{version}/`.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    target: Target,
    pub query: Vec<(String, String)>,
    pub body: Body,
    /// Safe to send twice: retried on transient failures.
    pub safe: bool,
    /// Extra headers (never secrets: those are added when sending).
    pub headers: Vec<(String, String)>,
    /// Send the token as `Authorization: OAuth …`, as Meta's upload
    /// endpoint documents, rather than `Bearer …`.
    pub oauth_scheme: bool,
    /// Send the token as the form's `access_token`, as Meta documents it
    /// for batch requests (whether a batch accepts the header instead is
    /// UNCONFIRMED). The form is the body, never the URL, so it stays out
    /// of logs; traces redact it.
    token_in_form: bool,
    /// The nodes a batch's items are about, whose usage paces it.
    about: Vec<String>,
}

#[derive(Debug, Clone)]
enum Target {
    Path(String),
    /// A `paging.next` URL on the configured host.
    Absolute(Url),
}

impl Request {
    pub fn get(path: impl Into<String>) -> Self {
        Request {
            method: Method::GET,
            target: Target::Path(path.into()),
            query: Vec::new(),
            body: Body::None,
            safe: true,
            headers: Vec::new(),
            oauth_scheme: false,
            token_in_form: false,
            about: Vec::new(),
        }
    }

    /// A change at Meta: never retried, printed instead of sent under `--dry-run`.
    pub fn post(path: impl Into<String>, body: Body) -> Self {
        Request {
            method: Method::POST,
            target: Target::Path(path.into()),
            query: Vec::new(),
            body,
            safe: false,
            headers: Vec::new(),
            oauth_scheme: false,
            token_in_form: false,
            about: Vec::new(),
        }
    }

    pub fn header(mut self, key: &str, value: impl Into<String>) -> Self {
        self.headers.push((key.to_string(), value.into()));
        self
    }

    pub fn with_oauth_scheme(mut self) -> Self {
        self.oauth_scheme = true;
        self
    }

    pub fn with_method(mut self, method: Method) -> Self {
        self.safe = method == Method::GET;
        self.method = method;
        self
    }

    pub fn query(mut self, key: &str, value: impl Into<String>) -> Self {
        self.query.push((key.to_string(), value.into()));
        self
    }

    pub fn is_mutation(&self) -> bool {
        self.method != Method::GET
    }

    /// A batch of reads (`POST /` with `batch`, see `batch.rs`): safe to
    /// send again, since every item is a GET.
    pub(super) fn batch(items: String, about: Vec<String>) -> Self {
        let mut r = Request::post(
            "",
            Body::Form(vec![
                ("batch".into(), items),
                ("include_headers".into(), "true".into()),
            ]),
        );
        r.safe = true;
        r.token_in_form = true;
        r.about = about;
        r
    }

    /// Path and query without the host and version: a batch item's
    /// `relative_url`. Only for requests made with `get`/`post`.
    pub(super) fn relative_url(&self) -> Option<String> {
        let Target::Path(p) = &self.target else {
            return None;
        };
        let mut out = p.trim_start_matches('/').to_string();
        if !self.query.is_empty() {
            let q = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&self.query)
                .finish();
            out.push('?');
            out.push_str(&q);
        }
        Some(out)
    }

    /// The Graph node the request is about: the first segment of its path
    /// after the version (a WABA, a business, a phone number).
    pub(super) fn node(&self) -> String {
        let path = match &self.target {
            Target::Path(p) => p.trim_start_matches('/').to_string(),
            Target::Absolute(u) => u
                .path()
                .trim_start_matches('/')
                .split_once('/')
                .map(|(_, rest)| rest.to_string())
                .unwrap_or_default(),
        };
        path.split(['/', '?']).next().unwrap_or("").to_string()
    }

    /// The nodes whose usage paces this request.
    fn nodes(&self) -> Vec<String> {
        if self.about.is_empty() {
            vec![self.node()]
        } else {
            self.about.clone()
        }
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Value,
    /// The answer's headers, as they may be shown (`api -i`).
    pub headers: Vec<(String, String)>,
}

/// A mutation as it would have been sent, secrets redacted.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Prepared {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

impl std::fmt::Display for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} {}", self.method, self.url)?;
        for (k, v) in &self.headers {
            writeln!(f, "{k}: {v}")?;
        }
        if let Some(b) = &self.body {
            writeln!(f)?;
            writeln!(f, "{b}")?;
        }
        Ok(())
    }
}

/// What a mutation did.
#[derive(Debug)]
pub enum Sent {
    Done(Value),
    DryRun(Prepared),
}

pub struct Client {
    http: reqwest::Client,
    base: Url,
    version: ApiVersion,
    token: Option<Secret>,
    net: NetConfig,
    trace: Option<TraceSink>,
    waiting: Option<WaitSink>,
    dry_run: bool,
    usage: Mutex<Seen>,
}

impl Client {
    pub fn new(cfg: ClientConfig) -> Result<Client> {
        let http = cfg.net.http_client()?;
        Ok(Client {
            http,
            base: cfg.base,
            version: cfg.version,
            token: cfg.token,
            net: cfg.net,
            trace: cfg.trace,
            waiting: cfg.waiting,
            dry_run: cfg.dry_run,
            usage: Mutex::new(Seen::default()),
        })
    }

    pub fn version(&self) -> ApiVersion {
        self.version
    }

    pub fn is_dry_run(&self) -> bool {
        self.dry_run
    }

    fn secrets(&self) -> Vec<&str> {
        self.token.iter().map(Secret::expose).collect()
    }

    fn url_for(&self, req: &Request) -> Result<Url> {
        let mut url = match &req.target {
            Target::Absolute(u) => u.clone(),
            Target::Path(path) => {
                let base = self.base.as_str().trim_end_matches('/');
                let path = path.trim_start_matches('/');
                Url::parse(&format!("{base}/{}/{path}", self.version))
                    .map_err(|e| Error::usage(format!("cannot build a URL for `{path}`: {e}")))?
            }
        };
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&req.query);
        }
        Ok(url)
    }

    /// Prepares a mutation for display without sending it.
    pub fn prepare(&self, req: &Request) -> Result<Prepared> {
        let url = self.url_for(req)?;
        let mut headers = Vec::new();
        if let Some(t) = self.token.as_ref().filter(|_| !req.token_in_form) {
            let scheme = if req.oauth_scheme { "OAuth" } else { "Bearer" };
            headers.push((
                "Authorization".to_string(),
                redact::header("Authorization", &format!("{scheme} {}", t.expose())),
            ));
        }
        headers.extend(req.headers.iter().cloned());
        let body = match &req.body {
            Body::None => None,
            Body::Json(v) => {
                headers.push(("Content-Type".into(), "application/json".into()));
                Some(serde_json::to_string_pretty(&redact::json(v)).unwrap_or_default())
            }
            Body::Form(pairs) => {
                headers.push((
                    "Content-Type".into(),
                    "application/x-www-form-urlencoded".into(),
                ));
                Some(redact::form(&self.form_of(req, pairs)))
            }
            Body::Bytes { content_type, data } => {
                headers.push(("Content-Type".into(), content_type.clone()));
                Some(format!("<{} bytes>", data.len()))
            }
        };
        Ok(Prepared {
            method: req.method.to_string(),
            url: redact::url(&url),
            headers,
            body: body.map(|b| redact::text(&b, &self.secrets())),
        })
    }

    /// Sends a mutation, or under `--dry-run` returns what would be sent.
    pub async fn mutate(&self, req: Request) -> Result<Sent> {
        if self.dry_run && req.is_mutation() {
            return Ok(Sent::DryRun(self.prepare(&req)?));
        }
        Ok(Sent::Done(self.send(&req).await?.body))
    }

    pub async fn get(&self, req: Request) -> Result<Value> {
        Ok(self.send(&req).await?.body)
    }

    pub async fn send(&self, req: &Request) -> Result<Response> {
        let url = self.url_for(req)?;
        let give_up = Instant::now() + self.net.deadline;
        remember_fields(&req.body);
        let mut attempt: u32 = 0;
        loop {
            self.pace(&req.nodes()).await;
            let left = give_up.saturating_duration_since(Instant::now());
            let outcome = self.attempt(req, &url, left).await;
            let failure = match outcome {
                Ok(resp) => return Ok(resp),
                Err(f) => f,
            };
            let retryable = req.safe && failure.class != Class::Permanent;
            if !retryable || attempt >= self.net.retries {
                return Err(failure.into_error(attempt + 1, &url));
            }
            let regain = self.worst(&req.nodes()).regain_minutes;
            if failure.class == Class::Throttled && regain > 0 {
                // Meta says access returns in minutes: a quick retry cannot help.
                return Err(failure.into_error(attempt + 1, &url).with_hint(format!(
                    "Meta expects access to return in about {regain} minute(s); try again then"
                )));
            }
            let delay = self.backoff(attempt);
            if Instant::now() + delay >= give_up {
                // Retries share the request's deadline.
                return Err(failure.into_error(attempt + 1, &url).with_hint(format!(
                    "no complete answer within {} s; check the network and --graph-url",
                    self.net.deadline.as_secs_f32()
                )));
            }
            self.trace_line(&format!(
                "* retrying in {} ms (attempt {} of {}): {}",
                delay.as_millis(),
                attempt + 2,
                self.net.retries + 1,
                failure.short
            ));
            let reason = if failure.class == Class::Throttled {
                "throttled by Meta".to_string()
            } else {
                format!("no answer from Meta ({})", failure.short)
            };
            let _shown = self.waiting.as_ref().map(|w| {
                w(&format!(
                    "{reason}, retrying in {} s",
                    delay.as_secs_f32().ceil() as u64
                ))
            });
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        self.net.backoff(attempt)
    }

    /// What Meta last reported about calls on `node`.
    pub(super) fn usage_for(&self, node: &str) -> Usage {
        self.usage
            .lock()
            .map(|u| u.governing(node))
            .unwrap_or_default()
    }

    /// Takes in usage headers read from a batch item's answer.
    pub(super) fn observe_usage(&self, buc: Option<&str>, app: Option<&str>) {
        if let Ok(mut u) = self.usage.lock() {
            u.observe(buc, app);
        }
    }

    pub(super) fn net(&self) -> &NetConfig {
        &self.net
    }

    /// The usage of whichever of `nodes` is nearest its limit.
    fn worst(&self, nodes: &[String]) -> Usage {
        nodes
            .iter()
            .map(|n| self.usage_for(n))
            .fold(Usage::default(), Usage::max)
    }

    /// Waits before a call about `nodes` as long as the nearest of them
    /// to its limit requires.
    async fn pace(&self, nodes: &[String]) {
        let usage = self.worst(nodes);
        let pause = usage.pause(self.net.pace_max);
        if !pause.is_zero() {
            self.trace_line(&format!(
                "* pausing {} ms: Meta reports {:.0}% of a rate limit used",
                pause.as_millis(),
                usage.percent
            ));
            tokio::time::sleep(pause).await;
        }
    }

    async fn attempt(&self, req: &Request, url: &Url, left: Duration) -> Result<Response, Failure> {
        let mut builder = self
            .http
            .request(req.method.clone(), url.clone())
            .timeout(left.max(Duration::from_millis(1)));
        if let Some(t) = self.token.as_ref().filter(|_| !req.token_in_form) {
            builder = if req.oauth_scheme {
                builder.header("Authorization", format!("OAuth {}", t.expose()))
            } else {
                builder.bearer_auth(t.expose())
            };
        }
        for (k, v) in &req.headers {
            builder = builder.header(k, v);
        }
        builder = match &req.body {
            Body::None => builder,
            Body::Json(v) => builder.json(v),
            Body::Form(pairs) => builder.form(&self.form_of(req, pairs)),
            Body::Bytes { content_type, data } => builder
                .header("Content-Type", content_type)
                .body(data.clone()),
        };
        if self.trace.is_some() {
            let p = self
                .prepare(req)
                .map_err(|e| Failure::permanent(e.message))?;
            let mut s = format!("> {} {}", p.method, p.url);
            for (k, v) in &p.headers {
                let _ = write!(s, "\n> {k}: {v}");
            }
            if let Some(b) = &p.body {
                let _ = write!(s, "\n> {b}");
            }
            self.trace_line(&s);
        }
        let started = Instant::now();
        let resp = builder.send().await.map_err(|e| self.network_failure(&e))?;
        if let Some(to) = redirect_to(&resp) {
            return Err(Failure::unusable(format!(
                "{to}; waba follows no redirects"
            )));
        }
        let status = resp.status();
        let headers = resp.headers().clone();
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        self.observe_usage(header("x-business-use-case-usage"), header("x-app-usage"));
        let text = match read_body(resp, self.net.max_body).await {
            Ok(t) => t,
            Err(BodyError::Network(e)) => return Err(self.network_failure(&e)),
            Err(too_large) => return Err(Failure::unusable(too_large.why())),
        };
        if self.trace.is_some() {
            let mut s = format!("< {} ({} ms)", status, started.elapsed().as_millis());
            for name in [
                "x-business-use-case-usage",
                "x-app-usage",
                "x-fb-trace-id",
                "facebook-api-version",
            ] {
                if let Some(v) = header(name) {
                    let _ = write!(s, "\n< {name}: {v}");
                }
            }
            let shown: String = text.chars().take(4000).collect();
            let _ = write!(s, "\n< {}", redact::text(&shown, &self.secrets()));
            self.trace_line(&s);
        }
        let body: Option<Value> = serde_json::from_str(&text).ok();
        let graph_error = body
            .as_ref()
            .and_then(|b| GraphError::from_body(status.as_u16(), b));
        match (graph_error, body) {
            (Some(g), _) => Err(Failure::graph(g)),
            (None, Some(body)) if status.is_success() => Ok(Response {
                status: status.as_u16(),
                body,
                headers: headers
                    .iter()
                    .filter_map(|(k, v)| {
                        let v = v.to_str().ok()?;
                        Some((k.to_string(), redact::header(k.as_str(), v)))
                    })
                    .collect(),
            }),
            (None, _) => {
                let class = if status.is_server_error() || status.as_u16() == 429 {
                    Class::Transient
                } else {
                    Class::Permanent
                };
                let what = if status.is_success() {
                    "a response that is not JSON".to_string()
                } else {
                    format!("HTTP {status} without a Graph error body")
                };
                Err(Failure {
                    class,
                    short: what.clone(),
                    graph: None,
                    kind: if class == Class::Transient {
                        Kind::Unavailable
                    } else {
                        Kind::Rejected
                    },
                })
            }
        }
    }

    /// A form's pairs as sent: with the token, when the request carries
    /// it there.
    fn form_of(&self, req: &Request, pairs: &[(String, String)]) -> Vec<(String, String)> {
        let mut pairs = pairs.to_vec();
        if req.token_in_form
            && let Some(t) = &self.token
        {
            pairs.push(("access_token".into(), t.expose().to_string()));
        }
        pairs
    }

    fn network_failure(&self, e: &reqwest::Error) -> Failure {
        let why = network_why(e);
        Failure {
            class: Class::Transient,
            short: redact::text(&why, &self.secrets()),
            graph: None,
            kind: Kind::Unavailable,
        }
    }

    fn trace_line(&self, line: &str) {
        if let Some(t) = &self.trace {
            t(line);
        }
    }

    /// Every item of a paged edge, collected.
    pub async fn get_all(&self, first: Request, page_size: u32) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        self.each_page(first, page_size, |page| {
            items.extend(page);
            Ok(())
        })
        .await?;
        Ok(items)
    }

    /// Walks a paged edge, handing each page's items to `f` as it arrives,
    /// so that only one page is held at a time (see `pages`).
    pub async fn each_page(
        &self,
        first: Request,
        page_size: u32,
        mut f: impl FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()> {
        let mut pages = std::pin::pin!(self.pages(first, page_size));
        while let Some(page) = pages.next().await {
            f(page?)?;
        }
        Ok(())
    }

    /// The pages of a paged edge as they arrive. Follows `paging.next`
    /// until it is absent; a `next` that points at another host is never
    /// requested (it may carry the token and is not where the token may
    /// go): the walk continues from `paging.cursors.after` against the
    /// configured URL instead. Ends after the first error.
    pub fn pages(
        &self,
        first: Request,
        page_size: u32,
    ) -> impl futures_util::Stream<Item = Result<Vec<Value>>> + '_ {
        let first = first.query("limit", page_size.to_string());
        let start = (Some(first.clone()), HashSet::new());
        futures_util::stream::unfold(start, move |(req, mut seen)| {
            let first = first.clone();
            async move {
                let req = req?;
                match self.page(&first, req, &mut seen).await {
                    Ok((items, next)) => Some((Ok(items), (next, seen))),
                    Err(e) => Some((Err(e), (None, seen))),
                }
            }
        })
    }

    /// One page: its items, and the request for the next one.
    async fn page(
        &self,
        first: &Request,
        req: Request,
        seen: &mut HashSet<String>,
    ) -> Result<(Vec<Value>, Option<Request>)> {
        let mut body = self.get(req).await?;
        let items = match body.get_mut("data").map(Value::take) {
            Some(Value::Array(data)) => data,
            Some(Value::Null) | None => Vec::new(),
            Some(_) => {
                return Err(Error::new(
                    Kind::Rejected,
                    "Meta answered with a `data` field that is not a list",
                ));
            }
        };
        let paging = body.get("paging");
        let Some(next) = paging.and_then(|p| p.get("next")).and_then(Value::as_str) else {
            return Ok((items, None));
        };
        let after = paging
            .and_then(|p| p.get("cursors"))
            .and_then(|c| c.get("after"))
            .and_then(Value::as_str);
        let key = after
            .map(str::to_string)
            .unwrap_or_else(|| next.to_string());
        if !seen.insert(key) {
            return Err(Error::new(
                Kind::Rejected,
                "Meta returned the same page cursor twice; stopping to avoid a loop",
            ));
        }
        // Far above any real list (2,000 WABAs are 20 pages, a WABA's
        // templates at most 60): a server whose cursors never end is
        // misbehaving, and the walk must end anyway.
        if seen.len() >= MAX_PAGES {
            return Err(Error::new(
                Kind::Rejected,
                "stopped after 1,000 pages of one list: more than any account holds, so the server is not answering as Meta does",
            ));
        }
        let next = match Url::parse(next) {
            Ok(u) if same_origin(&u, &self.base) => {
                let mut r = first.clone();
                r.query.clear();
                r.target = Target::Absolute(redact::without_secrets(&u));
                r
            }
            _ => {
                let Some(after) = after else {
                    return Err(Error::new(
                        Kind::Rejected,
                        "Meta's next page is on another host and has no `after` cursor",
                    ));
                };
                first.clone().query("after", after)
            }
        };
        Ok((items, Some(next)))
    }
}

/// Remembers the values of a body's secret fields (a PIN, a verify
/// token), so that a server echoing them back is scrubbed too.
fn remember_fields(body: &Body) {
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    match v.as_str() {
                        Some(s) if redact::is_secret_field(k) => crate::secret::remember(s),
                        _ => walk(v),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(walk),
            _ => {}
        }
    }
    match body {
        Body::Json(v) => walk(v),
        Body::Form(pairs) => pairs
            .iter()
            .filter(|(k, _)| redact::is_secret_field(k))
            .for_each(|(_, v)| crate::secret::remember(v)),
        Body::None | Body::Bytes { .. } => {}
    }
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// One failed attempt, before deciding whether to retry.
struct Failure {
    class: Class,
    short: String,
    graph: Option<GraphError>,
    kind: Kind,
}

impl Failure {
    fn graph(g: GraphError) -> Failure {
        Failure {
            class: g.class(),
            short: format!(
                "HTTP {}, code {}",
                g.http_status,
                g.code.map(|c| c.to_string()).unwrap_or_else(|| "?".into())
            ),
            kind: g.kind(),
            graph: Some(g),
        }
    }

    /// An answer waba will not use (a redirect, a flood): not retried,
    /// and no answer from Meta.
    fn unusable(short: String) -> Failure {
        Failure {
            class: Class::Permanent,
            short,
            graph: None,
            kind: Kind::Unavailable,
        }
    }

    fn permanent(msg: String) -> Failure {
        Failure {
            class: Class::Permanent,
            short: msg,
            graph: None,
            kind: Kind::Internal,
        }
    }

    fn into_error(self, attempts: u32, url: &Url) -> Error {
        let tries = if attempts > 1 {
            format!(" after {attempts} attempts")
        } else {
            String::new()
        };
        match self.graph {
            Some(g) => {
                let mut e = g.into_error();
                if attempts > 1 {
                    e.message.push_str(&tries);
                }
                e
            }
            None => {
                let host = format!("{}://{}", url.scheme(), url.host_str().unwrap_or_default())
                    + &url.port().map(|p| format!(":{p}")).unwrap_or_default();
                // A redirect or a flood is the server's doing, not the
                // network's: the URL is what to check.
                let hint = match self.kind {
                    Kind::Unavailable if self.class != Class::Permanent => {
                        "check the network and --graph-url; Meta's platform status is at metastatus.com"
                    }
                    _ => "check --graph-url: it should point at Meta's Graph API or the sandbox",
                };
                Error::new(self.kind, format!("{host}: {}{tries}", self.short)).with_hint(hint)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_urls_lose_their_tokens() {
        let u = Url::parse("https://h/v25.0/1/x?access_token=SECRET&after=A&limit=100").unwrap();
        let s = redact::without_secrets(&u).to_string();
        assert!(!s.contains("SECRET"));
        assert!(s.contains("after=A") && s.contains("limit=100"));
    }

    #[test]
    fn origins_compare_scheme_host_and_port() {
        let a = Url::parse("https://graph.facebook.com/v25.0/x").unwrap();
        assert!(same_origin(
            &a,
            &Url::parse("https://graph.facebook.com").unwrap()
        ));
        assert!(!same_origin(
            &a,
            &Url::parse("http://127.0.0.1:8080").unwrap()
        ));
        assert!(!same_origin(
            &a,
            &Url::parse("https://graph.facebook.com:444").unwrap()
        ));
    }
}

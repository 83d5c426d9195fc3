//! The HTTP side of `webhooks serve`: Meta's handshake (GET) and event
//! calls (POST). A POST's signature is checked over the raw bytes before
//! anything is parsed; its events are kept in the store before the 200,
//! so an answered call is never lost, and a call Meta retries is kept once.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::{mpsc, oneshot};

use super::events::{self, Event};
use super::signature;
use crate::error::{Error, Result};
use crate::secret::Secret;

/// What the handshake and the signature are checked with.
pub struct Secrets {
    pub app_secret: Secret,
    pub verify_token: Secret,
}

impl Secrets {
    /// The environment's (`WABA_APP_SECRET`, `WABA_VERIFY_TOKEN`), else
    /// `[webhooks]` in credentials.toml; never a flag. Under `--sandbox`
    /// the app secret is the sandbox app's, the one its webhooks are
    /// signed with, and the verify token defaults to the sandbox's.
    pub fn find(paths: &crate::config::Paths, sandbox: bool) -> Result<Secrets> {
        let (file_secret, file_token) =
            crate::config::credentials::webhooks(&paths.credentials_file())?;
        let env = |k: &str| {
            std::env::var(k)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .map(|v| Secret::new(v.trim()))
        };
        let missing = |what: &str, var: &str, key: &str| {
            Error::usage(format!("no {what}: {var} is not set")).with_hint(format!(
                "set {var}, or `{key}` under [webhooks] in credentials.toml (mode 0600)"
            ))
        };
        if sandbox {
            use crate::sandbox::callbacks::{APP_SECRET, VERIFY_TOKEN};
            return Ok(Secrets {
                app_secret: Secret::new(APP_SECRET),
                verify_token: env("WABA_VERIFY_TOKEN")
                    .or(file_token)
                    .unwrap_or_else(|| Secret::new(VERIFY_TOKEN)),
            });
        }
        Ok(Secrets {
            app_secret: env("WABA_APP_SECRET")
                .or(file_secret)
                .ok_or_else(|| missing("app secret", "WABA_APP_SECRET", "app_secret"))?,
            verify_token: env("WABA_VERIFY_TOKEN")
                .or(file_token)
                .ok_or_else(|| missing("verify token", "WABA_VERIFY_TOKEN", "verify_token"))?,
        })
    }
}

/// Meta's calls are at most 3 MB (its webhooks overview).
const MAX_BODY: usize = 4 << 20;

/// A verified call's events, for the keeper; it answers what was new.
pub type Work = (Vec<Event>, oneshot::Sender<Result<Vec<Event>>>);

struct Shared {
    secrets: Secrets,
    work: mpsc::Sender<Work>,
    clock: crate::clock::Clock,
}

/// Serves on `listener` until `stop` resolves, handing each verified
/// call's events to `work` and answering once they are kept. Calls in
/// flight when `stop` comes are finished first (for a few seconds).
pub async fn serve(
    listener: tokio::net::TcpListener,
    secrets: Secrets,
    clock: crate::clock::Clock,
    work: mpsc::Sender<Work>,
    stop: impl std::future::Future<Output = ()>,
) -> Result<()> {
    let shared = Arc::new(Shared {
        secrets,
        work,
        clock,
    });
    let app = Router::new().fallback(handle).with_state(shared);
    crate::listener::serve(listener, app, MAX_BODY, stop).await;
    Ok(())
}

pub async fn bind(addr: SocketAddr) -> Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        Error::usage(format!("cannot listen on {addr}: {e}"))
            .with_hint("pick another --port, or 0 for any free port")
    })
}

async fn handle(
    State(sh): State<Arc<Shared>>,
    method: axum::http::Method,
    Query(query): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let param = |k: &str| {
        query
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    match method.as_str() {
        "GET" => match signature::handshake(
            param("hub.mode"),
            param("hub.verify_token"),
            param("hub.challenge"),
            &sh.secrets.verify_token,
        ) {
            Some(challenge) => (StatusCode::OK, challenge.to_string()).into_response(),
            None => StatusCode::FORBIDDEN.into_response(),
        },
        "POST" => {
            let sig = headers
                .get("x-hub-signature-256")
                .and_then(|v| v.to_str().ok());
            // The signature first: nothing unsigned is parsed or stored.
            if !signature::valid(sig, &body, &sh.secrets.app_secret) {
                return StatusCode::UNAUTHORIZED.into_response();
            }
            let Ok(json) = serde_json::from_slice::<serde_json::Value>(&body) else {
                return StatusCode::BAD_REQUEST.into_response();
            };
            let found = events::read(&json, sh.clock.now());
            let (tx, rx) = oneshot::channel();
            if sh.work.send((found, tx)).await.is_err() {
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
            match rx.await {
                Ok(Ok(_)) => StatusCode::OK.into_response(),
                // Not kept: Meta will try again.
                _ => StatusCode::SERVICE_UNAVAILABLE.into_response(),
            }
        }
        _ => StatusCode::METHOD_NOT_ALLOWED.into_response(),
    }
}

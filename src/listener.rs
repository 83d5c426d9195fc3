//! The HTTP servers waba runs for others to call (`webhooks serve`,
//! `metrics --listen`). A caller that drips its request is cut off, and a
//! stop waits for the calls in flight only so long: neither a slow client
//! nor a hostile one can hold a connection, a task, or the stop.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// A request's head must arrive within this.
const HEAD_WITHIN: Duration = Duration::from_secs(5);
/// Its body too, counted from when the head arrived.
const BODY_WITHIN: Duration = Duration::from_secs(10);
/// On a stop, calls in flight get this long to finish.
const DRAIN_WITHIN: Duration = Duration::from_secs(5);
/// Connections open at once; more wait in the kernel's backlog.
const MAX_CONNECTIONS: usize = 512;

/// Serves `app` on `listener` until `stop` resolves, reading each body
/// whole (at most `max_body` bytes) before `app` sees it.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    max_body: usize,
    stop: impl Future<Output = ()>,
) {
    let app = app.layer(middleware::from_fn(move |req, next| {
        whole_body(req, next, max_body)
    }));
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(stop);
    loop {
        while connections.try_join_next().is_some() {}
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => p,
            () = &mut stop => break,
        };
        let Ok(permit) = permit else { break };
        let accepted = tokio::select! {
            a = listener.accept() => a,
            () = &mut stop => break,
        };
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors, say: try again shortly, not at once.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(HEAD_WITHIN);
        let conn =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let watched = graceful.watch(conn);
        connections.spawn(async move {
            let _ = watched.await;
            drop(permit);
        });
    }
    // A call that will not finish is dropped: its caller gets no answer and
    // tries again (Meta does), which keeping each event once makes safe.
    // Dropping it also lets go of `app`, and of what the caller waits on.
    let _ = tokio::time::timeout(DRAIN_WITHIN, graceful.shutdown()).await;
    connections.shutdown().await;
}

/// Reads the body within `BODY_WITHIN` and `max_body` bytes: 408 or 413
/// otherwise, before any handler runs.
async fn whole_body(req: Request, next: Next, max_body: usize) -> Response {
    let (parts, body) = req.into_parts();
    match tokio::time::timeout(BODY_WITHIN, axum::body::to_bytes(body, max_body)).await {
        Ok(Ok(bytes)) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Ok(Err(_)) => StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}

/// Resolves on SIGTERM (systemd's stop) or Ctrl-C.
pub async fn stopped() {
    #[cfg(unix)]
    {
        if let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

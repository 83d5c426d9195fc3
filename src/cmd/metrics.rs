//! `waba metrics`: the fleet's state for Prometheus, printed (for
//! node_exporter's textfile collector) or served (`--listen`).

use std::net::SocketAddr;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use clap::Args;
use tokio::sync::{mpsc, oneshot};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Report};

#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// Serve them on this address (`GET /metrics`) instead of printing them
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
}

pub async fn run(ctx: &Context, args: &MetricsArgs) -> Result<Report> {
    let Some(addr) = args.listen else {
        let text = crate::metrics::gather(ctx).await?;
        return Ok(Report::new(
            Body::Text(text.trim_end().to_string()),
            serde_json::Value::Null,
        ));
    };
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        Error::usage(format!("cannot listen on {addr}: {e}"))
            .with_hint("pick another address or port")
    })?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::internal(format!("the metrics server's address: {e}")))?;
    ctx.notes.step(&format!(
        "serving http://{bound}/metrics; Ctrl-C or SIGTERM to stop"
    ));
    if !bound.ip().is_loopback() {
        // No authentication: whoever reaches the port reads the balances.
        ctx.notes.warn(&format!(
            "{bound} is reachable from other machines, and a scrape needs no password: anyone who reaches it reads every WABA's balance; prefer 127.0.0.1 behind your Prometheus, or a firewall"
        ));
    }
    // Each scrape asks this loop, which reads the store with the session.
    let (tx, mut rx) = mpsc::channel::<oneshot::Sender<Result<String>>>(16);
    let app = Router::new()
        .route("/metrics", axum::routing::get(scrape))
        .with_state(tx);
    let server = crate::listener::serve(listener, app, 0, crate::listener::stopped());
    let gatherer = async {
        while let Some(reply) = rx.recv().await {
            let _ = reply.send(crate::metrics::gather(ctx).await);
        }
    };
    // The server ends on SIGTERM; the gatherer when its last sender goes.
    let ((), ()) = tokio::join!(server, gatherer);
    Ok(Report::new(Body::Written, serde_json::Value::Null))
}

async fn scrape(
    State(tx): State<mpsc::Sender<oneshot::Sender<Result<String>>>>,
) -> axum::response::Response {
    let (reply, answer) = oneshot::channel();
    if tx.send(reply).await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    match answer.await {
        Ok(Ok(text)) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

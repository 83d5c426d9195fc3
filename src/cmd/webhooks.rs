//! `webhooks serve`: receive Meta's webhook calls for the WABAs' management
//! events, keep each event once, and print it as it comes.

use std::net::{IpAddr, SocketAddr};

use clap::{Args, Subcommand};
use tokio::sync::mpsc;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Body, Format, Report, stream_line, write_stdout};
use crate::webhooks::{events, serve};

#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Receive Meta's webhook calls: handshake, signature, each event kept once
    #[command(after_help = "\
Examples:
  WABA_APP_SECRET=… WABA_VERIFY_TOKEN=… waba webhooks serve --port 8080
  waba webhooks serve --listen 0.0.0.0 --port 8443 -o json    # one JSON event a line

Meta's callback URL must be https: put the server behind a TLS proxy. The
app secret (X-Hub-Signature-256) and the verify token come from
WABA_APP_SECRET and WABA_VERIFY_TOKEN, or [webhooks] app_secret and
verify_token in credentials.toml; never from a flag. A call whose signature
does not match is answered 401 and nothing is kept; each event is stored
before the 200, once (Meta's retries add nothing). A caller slower than
5 s for a request's head or 10 s for its body is cut off. SIGTERM stops it
after the calls in flight (5 s at most).

Under --sandbox it checks the sandbox app's signature (`sandbox-app-secret`)
and the verify token defaults to `sandbox-verify-token`: subscribe a WABA
to it with `waba --sandbox wabas subscriptions subscribe --callback-url
http://127.0.0.1:8080/`.")]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port, printed)
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub listen: IpAddr,
}

pub async fn run(ctx: &Context, command: &WebhooksCommand) -> Result<Report> {
    match command {
        WebhooksCommand::Serve(args) => serve_calls(ctx, args).await,
    }
}

async fn serve_calls(ctx: &Context, args: &ServeArgs) -> Result<Report> {
    let secrets = serve::Secrets::find(&ctx.paths, ctx.settings.sandbox)?;
    // The store opens before the port does: a call is never answered by a
    // server that cannot keep it.
    let store = ctx.store().await?;
    let listener = serve::bind(SocketAddr::new(args.listen, args.port)).await?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::internal(format!("the webhook server's address: {e}")))?;
    ctx.notes.step(&format!(
        "listening on http://{addr}; Ctrl-C or SIGTERM to stop"
    ));
    let (tx, mut rx) = mpsc::channel::<serve::Work>(256);
    let server = serve::serve(listener, secrets, ctx.clock, tx, crate::listener::stopped());
    let json = ctx.printer.format == Format::Json;
    // Kept events are told to the alert targets apart from keeping, so
    // that a slow mail server never holds up Meta's calls.
    let (tell, mut told) = mpsc::unbounded_channel::<String>();
    let keeper = async move {
        let mut kept = 0usize;
        while let Some((found, reply)) = rx.recv().await {
            let result = events::keep(store, &found).await;
            if let Ok(new) = &result {
                kept += new.len();
                let mut wabas: Vec<&str> = new.iter().map(|e| e.waba_id.as_str()).collect();
                wabas.dedup();
                for w in wabas {
                    let _ = tell.send(w.to_string());
                }
                let text: String = new
                    .iter()
                    .map(|e| stream_line(&events::line(e, json)))
                    .collect();
                let _ = write_stdout(&text);
            }
            let _ = reply.send(result);
        }
        kept
    };
    // Alerts a target did not take (or a killed run left queued) are
    // tried again at the start and every minute, not only when the same
    // WABA's next event comes.
    let deliverer = async {
        let mut sweep = tokio::time::interval(RETRY_EVERY);
        loop {
            let wabas = tokio::select! {
                told = told.recv() => match told {
                    Some(waba) => vec![waba],
                    None => break,
                },
                _ = sweep.tick() => match crate::notify::queue::wabas_waiting(store).await {
                    Ok(w) => w,
                    Err(e) => {
                        ctx.notes.warn(&format!("queued alerts not read: {}", e.message));
                        Vec::new()
                    }
                },
            };
            for waba in wabas {
                deliver(ctx, &waba).await;
            }
        }
    };
    let (served, kept, ()) = tokio::join!(server, keeper, deliverer);
    served?;
    ctx.notes
        .step(&format!("stopped; {kept} new event(s) kept"));
    Ok(Report::new(Body::Written, serde_json::Value::Null))
}

/// How often queued alerts are tried again while the server runs.
const RETRY_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Delivers a WABA's queued alerts, saying what went out and what did not.
async fn deliver(ctx: &Context, waba: &str) {
    let mut notes = Vec::new();
    if let Err(e) = crate::notify::deliver::run(ctx, waba, &mut notes).await {
        ctx.notes
            .warn(&format!("WABA {waba}: alerts not delivered: {}", e.message));
    }
    for n in notes {
        ctx.notes.step(&format!("WABA {waba}: {n}"));
    }
}

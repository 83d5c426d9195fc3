//! Delivering a WABA's queued alerts: each message tried a few times with
//! backoff; what still fails stays queued, with why, for the next run.

use super::queue;
use super::{Message, Sink};
use crate::billing::policy::Target;
use crate::error::Result;
use crate::session::Session;

/// Tries per delivery within one run; what still fails waits for the next.
const TRIES: u32 = 3;

/// Delivers a WABA's queued messages; what fails stays queued for the next
/// run, with why.
pub async fn run(ctx: &Session, waba: &str, notes: &mut Vec<String>) -> Result<()> {
    let store = ctx.store().await?;
    let pending = queue::pending(store, waba).await?;
    if pending.is_empty() {
        return Ok(());
    }
    let sink = ctx.notifier()?;
    for p in pending {
        if !queue::claim(store, &p.id, ctx.clock.now()).await? {
            continue;
        }
        let (result, tries) = send(ctx, &sink, &p.target, &p.message).await;
        let attempts = p.attempts + i64::from(tries);
        let now = ctx.clock.now();
        match result {
            Ok(()) => {
                queue::delivered(store, &p.id, attempts, now).await?;
                notes.push(format!(
                    "alert `{}` sent to {}",
                    p.message.event,
                    p.target.redacted()
                ));
            }
            Err(e) => {
                queue::failed(store, &p.id, attempts, &e.message, now).await?;
                notes.push(format!(
                    "alert `{}` to {} not delivered ({}); kept for the next run",
                    p.message.event,
                    p.target.redacted(),
                    e.message
                ));
            }
        }
    }
    Ok(())
}

/// Delivers one message, trying again with backoff; the number of tries.
pub async fn send(ctx: &Session, sink: &Sink, t: &Target, m: &Message) -> (Result<()>, u32) {
    let mut tries = 0;
    loop {
        tries += 1;
        match sink.send(t, m, ctx.clock.now()).await {
            Ok(()) => return (Ok(()), tries),
            Err(e) if tries >= TRIES => return (Err(e), tries),
            Err(_) => tokio::time::sleep(ctx.settings.net.backoff(tries - 1)).await,
        }
    }
}

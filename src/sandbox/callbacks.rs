//! The sandbox's webhooks. When its world changes as Meta's would (a
//! template's review ends, a number's quality or messaging limit moves),
//! it calls the callback a WABA subscribed with `override_callback_uri`,
//! signed with the sandbox app's secret, and retries until it gets a 200,
//! as Meta does (its webhooks overview: "at once, then less often").
//!
//! Meta sends template and account fields to the app's callback from the
//! App Dashboard, not the WABA's override (reference notes, §5). The
//! sandbox has no dashboard, so the override stands in for it.
//!
//! Nothing leaves the machine: a loopback callback is called; any other is
//! recorded in the outbox (`waba sandbox outbox`) instead.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::world::{Delivery, Pending, World};
use crate::secret::Secret;

/// The secret the sandbox app signs its webhooks with
/// (`X-Hub-Signature-256`). Public on purpose: it signs only the sandbox's.
pub const APP_SECRET: &str = "sandbox-app-secret";
/// The verify token `--sandbox` runs subscribe and serve with when none is
/// set.
pub const VERIFY_TOKEN: &str = "sandbox-verify-token";

/// At most this many events in one call (Meta's "Create a webhook
/// endpoint": up to 1,000 updates a call).
const PER_CALL: usize = 1000;
/// Meta gives up on a callback after 7 days.
const GIVE_UP: chrono::Duration = chrono::Duration::days(7);
/// How long a taken event is kept from other senders while it is sent.
const LEASE: chrono::Duration = chrono::Duration::seconds(30);
/// The longest wait between two tries.
const MAX_WAIT_SECONDS: i64 = 600;

/// Whether the sandbox calls `url` itself: loopback only.
pub fn calls(url: &str) -> bool {
    let Ok(u) = url::Url::parse(url) else {
        return false;
    };
    crate::config::settings::is_loopback(&u) && matches!(u.scheme(), "http" | "https")
}

/// The callback WABA `waba` subscribed, if any.
fn callback_of(world: &World, waba: &str) -> Option<String> {
    let node = world.waba(waba)?;
    node.subscribed_apps()
        .iter()
        .find_map(|a| a.get("override_callback_uri")?.as_str().map(str::to_string))
}

/// Meta's envelope for these events.
fn envelope(events: &[&Pending]) -> Value {
    let entry: Vec<Value> = events
        .iter()
        .map(|e| {
            json!({
                "id": e.waba,
                "time": e.time,
                "changes": [{"field": e.field, "value": e.value}],
            })
        })
        .collect();
    json!({"object": "whatsapp_business_account", "entry": entry})
}

/// Queues an event of WABA `waba` for its callback; a WABA without one
/// gets nothing, as the sandbox app has no other.
pub fn queue(world: &mut World, waba: &str, at: DateTime<Utc>, field: &str, value: Value) {
    let Some(to) = callback_of(world, waba) else {
        return;
    };
    let now = Utc::now();
    world.last_callback += 1;
    let pending = Pending {
        id: world.last_callback,
        to,
        waba: waba.to_string(),
        time: at.timestamp(),
        field: field.to_string(),
        value,
        tries: 0,
        queued: now,
        due: now,
    };
    if calls(&pending.to) {
        world.callbacks.push(pending);
    } else {
        world.outbox.push(Delivery {
            at,
            kind: "webhook".into(),
            to: pending.to.clone(),
            subject: format!("{} of WABA {waba}", pending.field),
            text: String::new(),
            body: envelope(&[&pending]),
        });
    }
}

/// Takes the events due at `now`, leased so that another sandbox on the
/// same directory does not send them too; true when any was taken.
pub fn take_due(world: &mut World, now: DateTime<Utc>) -> (Vec<Pending>, bool) {
    let mut taken = Vec::new();
    for p in world.callbacks.iter_mut().filter(|p| p.due <= now) {
        p.due = now + LEASE;
        taken.push(p.clone());
    }
    let changed = !taken.is_empty();
    (taken, changed)
}

/// Records how a send went: delivered events leave the queue, the others
/// wait longer each time, and are dropped after Meta's 7 days.
pub fn settle(world: &mut World, delivered: &[u64], failed: &[u64], now: DateTime<Utc>) {
    world.callbacks.retain_mut(|p| {
        if delivered.contains(&p.id) {
            return false;
        }
        if failed.contains(&p.id) {
            p.tries += 1;
            let wait = 1i64 << p.tries.min(10);
            p.due = now + chrono::Duration::seconds(wait.min(MAX_WAIT_SECONDS));
        }
        now - p.queued < GIVE_UP
    });
}

/// An HTTP client for the sandbox's calls out: short timeouts, as a
/// callback on this machine answers at once or not at all.
pub fn http() -> crate::error::Result<reqwest::Client> {
    crate::graph::client::NetConfig {
        connect_timeout: Duration::from_secs(2),
        read_timeout: Duration::from_secs(3),
        deadline: Duration::from_secs(5),
        ..Default::default()
    }
    .http_client()
}

/// Sends `taken`, one signed call per callback and up to 1,000 events a
/// call, the callbacks side by side (one that hangs holds up no other);
/// answers which ids were delivered (a 200) and which failed.
pub async fn send(http: &reqwest::Client, taken: &[Pending]) -> (Vec<u64>, Vec<u64>) {
    let secret = Secret::new(APP_SECRET);
    let mut to: Vec<&str> = taken.iter().map(|p| p.to.as_str()).collect();
    to.sort_unstable();
    to.dedup();
    let calls: Vec<(&str, Vec<&Pending>)> = to
        .into_iter()
        .flat_map(|url| {
            let mine: Vec<&Pending> = taken.iter().filter(|p| p.to == url).collect();
            mine.chunks(PER_CALL)
                .map(|c| (url, c.to_vec()))
                .collect::<Vec<_>>()
        })
        .collect();
    let sent = futures_util::future::join_all(calls.into_iter().map(|(url, chunk)| {
        let body = envelope(&chunk).to_string();
        let signature = crate::webhooks::signature::sign(body.as_bytes(), &secret);
        let ids: Vec<u64> = chunk.iter().map(|p| p.id).collect();
        async move {
            let ok = http
                .post(url)
                .header("content-type", "application/json")
                .header("x-hub-signature-256", signature)
                .body(body)
                .send()
                .await
                .is_ok_and(|r| r.status() == reqwest::StatusCode::OK);
            (ids, ok)
        }
    }))
    .await;
    let (mut delivered, mut failed) = (Vec::new(), Vec::new());
    for (ids, ok) in sent {
        if ok {
            delivered.extend(ids);
        } else {
            failed.extend(ids);
        }
    }
    (delivered, failed)
}

/// Meta's handshake before it calls a new callback (for an override,
/// UNCONFIRMED; checking it fails safe): a GET with `hub.mode=subscribe`,
/// a challenge and the verify token, answered 200 with the challenge.
pub async fn verify(url: &str, verify_token: &str) -> Result<(), String> {
    let http = http().map_err(|e| e.message)?;
    let challenge = fastrand::u64(1_000_000_000..10_000_000_000).to_string();
    let resp = http
        .get(url)
        .query(&[
            ("hub.mode", "subscribe"),
            ("hub.challenge", challenge.as_str()),
            ("hub.verify_token", verify_token),
        ])
        .send()
        .await
        .map_err(|e| format!("the callback did not answer ({})", without_url(&e)))?;
    let status = resp.status();
    let body = resp.text().await.unwrap_or_default();
    if status == reqwest::StatusCode::OK && body == challenge {
        Ok(())
    } else if status == reqwest::StatusCode::OK {
        Err("the callback did not echo the challenge".into())
    } else {
        Err(format!(
            "the callback answered {} to the verification request",
            status.as_u16()
        ))
    }
}

/// Why a call failed, at its root ("Connection refused"), without the
/// URL, whose query holds the verify token.
fn without_url(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return "no answer within 5 s".into();
    }
    let mut root: &dyn std::error::Error = e;
    while let Some(inner) = root.source() {
        root = inner;
    }
    let text = root.to_string();
    match e.url() {
        Some(u) => text.replace(u.as_str(), "the callback"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subscribed(w: &mut World, waba: &str, to: &str) {
        let mut app = super::super::ids::SANDBOX_APP.clone();
        app["override_callback_uri"] = json!(to);
        w.waba_mut(waba)
            .unwrap()
            .hidden
            .insert("subscribed_apps".into(), json!([app]));
    }

    #[test]
    fn only_loopback_callbacks_are_called_and_others_go_to_the_outbox() {
        assert!(calls("http://127.0.0.1:8080/hook"));
        assert!(calls("https://localhost/hook"));
        assert!(calls("http://[::1]:9/"));
        assert!(!calls("https://hooks.example.com/wa"));
        assert!(!calls("http://10.0.0.1/"));
        let mut w = super::super::seed::demo();
        let waba = super::super::ids::DEFAULT_WABA;
        let at: DateTime<Utc> = "2026-11-21T09:00:00Z".parse().unwrap();
        queue(&mut w, waba, at, "account_update", json!({"event": "X"}));
        assert!(w.callbacks.is_empty() && w.outbox.is_empty(), "no callback");
        subscribed(&mut w, waba, "https://hooks.example.com/wa");
        queue(&mut w, waba, at, "account_update", json!({"event": "X"}));
        assert!(w.callbacks.is_empty());
        assert_eq!(w.outbox[0].body["entry"][0]["id"], waba);
        subscribed(&mut w, waba, "http://127.0.0.1:9/hook");
        queue(&mut w, waba, at, "account_update", json!({"event": "X"}));
        assert_eq!(w.callbacks.len(), 1);
        assert_eq!(w.callbacks[0].time, at.timestamp());
    }

    #[test]
    fn a_taken_event_is_leased_then_retried_later_each_time_and_dropped_after_7_days() {
        let mut w = super::super::seed::demo();
        let waba = super::super::ids::DEFAULT_WABA;
        subscribed(&mut w, waba, "http://127.0.0.1:9/hook");
        let at = Utc::now();
        queue(&mut w, waba, at, "account_update", json!({}));
        let now = Utc::now();
        let (taken, changed) = take_due(&mut w, now);
        assert!(changed && taken.len() == 1);
        assert!(take_due(&mut w, now).0.is_empty(), "leased");
        settle(&mut w, &[], &[taken[0].id], now);
        assert_eq!(w.callbacks[0].due, now + chrono::Duration::seconds(2));
        settle(&mut w, &[], &[taken[0].id], now);
        assert_eq!(w.callbacks[0].due, now + chrono::Duration::seconds(4));
        settle(&mut w, &[], &[], now + chrono::Duration::days(8));
        assert!(w.callbacks.is_empty(), "given up after 7 days");
        queue(&mut w, waba, at, "account_update", json!({}));
        let id = w.callbacks[0].id;
        settle(&mut w, &[id], &[], now);
        assert!(w.callbacks.is_empty(), "delivered");
    }
}

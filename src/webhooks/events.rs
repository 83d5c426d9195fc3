//! Webhook events: read out of Meta's envelope, kept once each in the
//! store, and said in a line.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::billing::policy::{self, Target};
use crate::clock::rfc3339;
use crate::error::{Error, Result};
use crate::notify::Message;
use crate::notify::queue;
use crate::store::Store;

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// The event's identity: its WABA, field, time and value, hashed.
    pub key: String,
    pub waba_id: String,
    pub field: String,
    /// When Meta says it happened (Unix seconds), when it says.
    pub time: Option<i64>,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub received_at: DateTime<Utc>,
    pub value: Value,
}

/// The events of one body Meta posted: every change of every entry.
/// `entry.id` is the WABA, but for some `account_update` events Meta's
/// examples name a partner's business there and the WABA in
/// `value.waba_info.waba_id`, which then wins. A field waba does not know
/// is kept as it came.
pub fn read(body: &Value, now: DateTime<Utc>) -> Vec<Event> {
    let mut out = Vec::new();
    for entry in body["entry"].as_array().into_iter().flatten() {
        let entry_id = match &entry["id"] {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => continue,
        };
        let time = entry["time"].as_i64();
        for change in entry["changes"].as_array().into_iter().flatten() {
            let Some(field) = change["field"].as_str() else {
                continue;
            };
            let value = change["value"].clone();
            let waba_id = value["waba_info"]["waba_id"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| entry_id.clone());
            let mut h = Sha256::new();
            h.update(waba_id.as_bytes());
            h.update(b"\0");
            h.update(field.as_bytes());
            h.update(b"\0");
            h.update(time.unwrap_or(0).to_string().as_bytes());
            h.update(b"\0");
            h.update(value.to_string().as_bytes());
            let key: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
            out.push(Event {
                key,
                waba_id,
                field: field.to_string(),
                time,
                received_at: now,
                value,
            });
        }
    }
    out
}

/// Keeps the events not kept before; returns those that are new. Meta
/// retries a call it got no 200 for: the same event is stored once. A new
/// event of a field waba knows is queued, in the same transaction, for the
/// alert targets of its WABA: each is told once, whatever the retries.
pub async fn keep(store: &Store, events: &[Event]) -> Result<Vec<Event>> {
    // The targets of each WABA, read before the transaction.
    let mut targets: BTreeMap<&str, Vec<Target>> = BTreeMap::new();
    for e in events {
        if !targets.contains_key(e.waba_id.as_str()) {
            let t = policy::alerts(store, &e.waba_id)
                .await?
                .filter(|a| a.enabled)
                .map(|a| a.targets)
                .unwrap_or_default();
            targets.insert(&e.waba_id, t);
        }
    }
    let mut tx = store.writer().begin().await?;
    let mut new = Vec::new();
    for e in events {
        let done = sqlx::query(
            "INSERT INTO webhook_events (key, waba_id, field, event_time, received_at, value)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING",
        )
        .bind(&e.key)
        .bind(&e.waba_id)
        .bind(&e.field)
        .bind(e.time)
        .bind(rfc3339(e.received_at))
        .bind(e.value.to_string())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            continue;
        }
        if known(&e.field) {
            let m = message(e);
            for t in targets.get(e.waba_id.as_str()).into_iter().flatten() {
                queue::enqueue(&mut *tx, &e.waba_id, t, &m, e.received_at).await?;
            }
        }
        new.push(e.clone());
    }
    tx.commit().await?;
    Ok(new)
}

/// The management fields waba reads (and tells the alert targets of).
const FIELDS: [&str; 8] = [
    "message_template_status_update",
    "message_template_quality_update",
    "template_category_update",
    "phone_number_quality_update",
    "phone_number_name_update",
    "account_update",
    "account_review_update",
    "business_capability_update",
];

fn known(field: &str) -> bool {
    FIELDS.contains(&field)
}

/// The notification of an event, for email and webhook targets alike.
fn message(e: &Event) -> Message {
    let line = summary(e);
    let subject = format!("waba: {line}");
    Message {
        event: e.field.clone(),
        subject: subject.clone(),
        text: format!(
            "{line}\n\nReceived {} from Meta's webhooks.",
            rfc3339(e.received_at)
        ),
        body: serde_json::json!({
            "text": subject,
            "event": e.field,
            "waba_id": e.waba_id,
            "value": e.value,
            "received_at": rfc3339(e.received_at),
        }),
    }
}

/// Events received after `after` (oldest first, and those of one second
/// in the order Meta says they happened), of one WABA or all, at most
/// `limit` of the newest.
pub async fn since(
    store: &Store,
    waba: Option<&str>,
    after: Option<DateTime<Utc>>,
    limit: i64,
) -> Result<Vec<Event>> {
    let rows = sqlx::query(
        "SELECT key, waba_id, field, event_time, received_at, value FROM webhook_events
         WHERE ($1 = '' OR waba_id = $1) AND received_at > $2
         ORDER BY received_at DESC, COALESCE(event_time, 0) DESC, key DESC LIMIT $3",
    )
    .bind(waba.unwrap_or(""))
    .bind(after.map(rfc3339).unwrap_or_default())
    .bind(limit)
    .fetch_all(store.pool())
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let value: String = r.try_get("value")?;
        let at: String = r.try_get("received_at")?;
        out.push(Event {
            key: r.try_get("key")?,
            waba_id: r.try_get("waba_id")?,
            field: r.try_get("field")?,
            time: r.try_get("event_time")?,
            received_at: DateTime::parse_from_rfc3339(&at)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| Error::internal(format!("a stored webhook event's time `{at}`")))?,
            value: serde_json::from_str(&value)
                .map_err(|e| Error::internal(format!("a stored webhook event: {e}")))?,
        });
    }
    out.reverse();
    Ok(out)
}

/// The event as `webhooks serve` and `events --follow` print it: its
/// time and summary, or one line of JSON.
pub fn line(e: &Event, json: bool) -> String {
    if json {
        format!("{}\n", serde_json::to_string(e).unwrap_or_default())
    } else {
        format!("{}  {}\n", rfc3339(e.received_at), summary(e))
    }
}

/// The event in a line, as a person reads it.
pub fn summary(e: &Event) -> String {
    format!("WABA {}: {}", e.waba_id, what(e))
}

/// What happened, without the WABA (the table has a column for it).
pub fn what(e: &Event) -> String {
    let v = &e.value;
    let s = |k: &str| match &v[k] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    // Webhooks write a template's language `en-US`; waba writes `en_US`.
    let lang = || s("message_template_language").replace('-', "_");
    let text = match e.field.as_str() {
        "message_template_status_update" => {
            let reason = s("reason");
            let why = if reason.is_empty() || reason == "NONE" {
                String::new()
            } else {
                format!(": {reason}")
            };
            format!(
                "template {} {} {}{why}",
                s("message_template_name"),
                lang(),
                s("event")
            )
        }
        "message_template_quality_update" => format!(
            "template {} {} quality {} → {}",
            s("message_template_name"),
            lang(),
            s("previous_quality_score"),
            s("new_quality_score")
        ),
        "template_category_update" => format!(
            "template {} {} category {} → {}",
            s("message_template_name"),
            lang(),
            if s("previous_category").is_empty() {
                s("correct_category")
            } else {
                s("previous_category")
            },
            s("new_category")
        ),
        "phone_number_quality_update" => {
            // `current_limit` is marked as removed in February 2026; the
            // portfolio's limit is what remains.
            let limit = match s("current_limit") {
                l if l.is_empty() => s("max_daily_conversations_per_business"),
                l => l,
            };
            let was = match s("old_limit") {
                l if l.is_empty() => String::new(),
                l => format!(", was {l}"),
            };
            format!(
                "number {} {} (limit {limit}{was})",
                s("display_phone_number"),
                s("event"),
            )
        }
        "phone_number_name_update" => format!(
            "number {} name {} {}",
            s("display_phone_number"),
            s("requested_verified_name"),
            s("decision")
        ),
        "account_update" | "account_review_update" | "business_capability_update" => {
            let what = [s("event"), s("decision")]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            format!("{} {what}", e.field.replace('_', " "))
        }
        other => format!("{other} (kept as it came)"),
    };
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_change_of_each_entry_is_an_event_and_the_same_one_hashes_alike() {
        let now: DateTime<Utc> = "2026-11-21T12:00:00Z".parse().unwrap();
        let body = json!({"object": "whatsapp_business_account", "entry": [
            {"id": "102290129340398", "time": 1739321024, "changes": [
                {"field": "message_template_status_update", "value": {
                    "event": "REJECTED", "message_template_id": 1689556908129835u64,
                    "message_template_name": "spring_sale", "message_template_language": "en_US",
                    "reason": "INVALID_FORMAT"}},
                {"field": "account_review_update", "value": {"decision": "APPROVED"}}]},
            {"id": "999", "time": 1739321025, "changes": [
                {"field": "account_update", "value": {"event": "PARTNER_ADDED",
                    "waba_info": {"waba_id": "102290129340398", "owner_business_id": "1"}}}]}
        ]});
        let events = read(&body, now);
        assert_eq!(events.len(), 3);
        assert_eq!(
            summary(&events[0]),
            "WABA 102290129340398: template spring_sale en_US REJECTED: INVALID_FORMAT"
        );
        assert_eq!(events[2].waba_id, "102290129340398", "waba_info wins");
        let again = read(&body, now + chrono::Duration::hours(1));
        assert_eq!(events[0].key, again[0].key, "a retry is the same event");
        assert_ne!(events[0].key, events[1].key);
    }
}

//! Watching a WABA's numbers: read them with their health, compare each
//! with the last run's state, record what changed, and queue one message
//! to the WABA's alert targets for a change for the worse; then deliver
//! what waits.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::state::{self, First};
use super::{Change, Snapshot, changes};
use crate::billing::policy::{self, Target};
use crate::error::Result;
use crate::fleet::counted;
use crate::graph::phone_numbers::{self, PhoneNumber};
use crate::notify::Message;
use crate::session::Session;

#[derive(Default)]
pub struct Watched {
    pub numbers: Vec<Seen>,
    /// Messages queued by this run.
    pub queued: usize,
    /// Changes worth a message, for a WABA with no alert targets.
    pub untold: usize,
    /// What delivery did.
    pub notes: Vec<String>,
}

pub struct Seen {
    pub number: PhoneNumber,
    pub now: Snapshot,
    /// Since the last run.
    pub changes: Vec<Change>,
    /// Not seen by an earlier run: this run recorded its baseline.
    pub first: bool,
}

/// Reads a WABA's numbers, compares them with the last run's, and records
/// and queues what changed; then delivers what waits.
pub async fn watch(ctx: &Session, waba: &str) -> Result<Watched> {
    watch_listed(ctx, waba, None).await
}

/// `watch`, with the numbers a fleet listing already read (field
/// expansion), so that no call is made for them.
pub async fn watch_listed(
    ctx: &Session,
    waba: &str,
    listed: Option<&[phone_numbers::PhoneNumber]>,
) -> Result<Watched> {
    let numbers = match listed {
        Some(n) => n.to_vec(),
        None => phone_numbers::list_with_health(ctx.graph().await?, waba).await?,
    };
    let store = ctx.store().await?;
    let known = state::known(store, waba).await?;
    let now = ctx.clock.now();
    let mut out = Watched::default();
    let seen: Vec<Seen> = numbers
        .into_iter()
        .map(|number| {
            let snap = Snapshot::of(&number);
            let old = known.get(&number.id);
            Seen {
                changes: old.map(|old| changes(old, &snap)).unwrap_or_default(),
                first: old.is_none(),
                number,
                now: snap,
            }
        })
        .collect();
    if !ctx.flags.dry_run {
        let first: Vec<First> = seen
            .iter()
            .filter(|s| s.first)
            .map(|s| First {
                phone_id: &s.number.id,
                display: s.number.display_phone_number.as_deref(),
                snapshot: &s.now,
            })
            .collect();
        state::remember(store, waba, &first, now).await?;
    }
    // A team store's viewer records the numbers' states; telling the
    // alert targets (credentials it may not read) is a billing login's.
    let rule = if crate::store::access::standing(store, waba).await?.bills {
        policy::alerts(store, waba).await?.filter(|a| a.enabled)
    } else {
        None
    };
    let targets: &[Target] = rule.as_ref().map_or(&[], |a| &a.targets);
    for s in seen.iter().filter(|s| !s.changes.is_empty()) {
        let tell = s.changes.iter().any(|c| c.notify);
        if ctx.flags.dry_run {
            if tell {
                out.notes.push(format!(
                    "dry run: {} changed ({}): would notify {}",
                    s.number.label(),
                    described(&s.changes),
                    counted(targets.len(), "target")
                ));
            }
            continue;
        }
        let messages: Vec<(Target, Message)> = if tell {
            let m = message(waba, s, now);
            targets.iter().map(|t| (t.clone(), m.clone())).collect()
        } else {
            Vec::new()
        };
        let old = &known[&s.number.id];
        if state::advance(store, waba, &s.number.id, old, &s.now, &messages, now).await? && tell {
            out.queued += messages.len();
            if targets.is_empty() {
                out.untold += 1;
            }
        }
    }
    if rule.is_some() && !ctx.flags.dry_run {
        crate::notify::deliver::run(ctx, waba, &mut out.notes).await?;
    }
    out.numbers = seen;
    Ok(out)
}

pub fn described(c: &[Change]) -> String {
    c.iter()
        .map(Change::describe)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The words of a health notification, for email and webhook alike.
fn message(waba: &str, s: &Seen, at: DateTime<Utc>) -> Message {
    let n = &s.number;
    let worse: Vec<&Change> = s.changes.iter().filter(|c| c.notify).collect();
    let headline = worse
        .iter()
        .map(|c| c.describe())
        .collect::<Vec<_>>()
        .join(", ");
    let problems = s.now.problems();
    let state = if problems.is_empty() {
        "It can send normally.".to_string()
    } else {
        format!(
            "It is now {}: {}.",
            s.now.level().as_str(),
            problems.join(", ")
        )
    };
    let text = format!(
        "Number {}{} of WABA {waba} changed: {}. {state} See `waba --waba {waba} numbers show {}`.",
        n.label(),
        n.verified_name
            .as_deref()
            .map(|v| format!(" \"{v}\""))
            .unwrap_or_default(),
        described(&s.changes),
        n.id
    );
    let body = json!({
        "event": "number_health",
        "waba_id": waba,
        "phone_number_id": n.id,
        "phone_number": n.e164(),
        "display_phone_number": n.display_phone_number,
        "verified_name": n.verified_name,
        "level": s.now.level(),
        "changes": s.changes,
        "status": s.now.status,
        "quality_rating": s.now.quality,
        "messaging_limit": s.now.limit,
        "can_send_message": s.now.can_send,
        "problems": problems,
        "at": crate::clock::rfc3339(at),
        "text": text,
    });
    Message {
        event: "number_health".into(),
        subject: format!(
            "waba: {} of WABA {waba}: {headline}",
            n.display_phone_number.as_deref().unwrap_or(&n.id)
        ),
        text,
        body,
    }
}

//! A top-up, in an order that survives being killed at any point and can
//! never charge twice:
//!
//! 1. the top-up is recorded as `pending`;
//! 2. an intent is created, unconfirmed, with the top-up id in its metadata
//!    (an unconfirmed intent charges nothing);
//! 3. its `pi_…` id is recorded (`intent`);
//! 4. it is confirmed, once;
//! 5. the outcome is recorded, and a success credits the ledger with the
//!    top-up id as a unique reference.
//!
//! A later run settles a top-up left `pending` or `intent` by retrieving its
//! intent, never by charging again: only an intent whose id is recorded is
//! ever confirmed, and only by the run that recorded it.

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::Row;

use super::ledger::{self, Kind, Who};
use super::money::{self, Charge};
use crate::clock::rfc3339;
use crate::error::Result;
use crate::payments::stripe::{Confirmed, NewIntent, Stripe};
use crate::payments::{Failure, Status};
use crate::stop;
use crate::store::Store;

/// A top-up older than this, still without an outcome, is settled by the
/// next run; a younger one may still be in the hands of another process.
pub const SETTLE_AFTER: Duration = Duration::minutes(5);

/// What started a top-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    Manual,
    Auto,
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::Manual => "manual",
            Trigger::Auto => "auto",
        }
    }
}

/// One top-up to make.
pub struct Request<'a> {
    pub waba: &'a str,
    pub charge: Charge,
    pub currency: &'a str,
    pub customer: &'a str,
    pub card: &'a str,
    pub trigger: Trigger,
    pub who: &'a Who,
}

/// How a top-up ended, as far as this run knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Succeeded {
        receipt_url: Option<String>,
    },
    Declined(Failure),
    /// The bank wants the cardholder (3-D Secure); nothing was charged.
    NeedsCardholder(Failure),
    /// The answer was lost; the next run settles it from the processor.
    Unknown(String),
}

/// A new top-up id.
pub fn new_id(now: DateTime<Utc>) -> String {
    ledger::new_id("tu", now)
}

/// Makes a top-up; returns its id and outcome. An error before the intent
/// is confirmed means nothing was charged.
pub async fn run(
    store: &Store,
    stripe: &Stripe,
    req: &Request<'_>,
    now: DateTime<Utc>,
) -> Result<(String, Outcome)> {
    run_as(store, stripe, &new_id(now), req, now).await
}

/// `run`, under an id reserved beforehand (an auto-recharge's, named by
/// the crossing that fired it).
pub async fn run_as(
    store: &Store,
    stripe: &Stripe,
    id: &str,
    req: &Request<'_>,
    now: DateTime<Utc>,
) -> Result<(String, Outcome)> {
    let id = id.to_string();
    sqlx::query(
        "INSERT INTO topups (id, waba_id, amount, fee, total, currency, customer, card, trigger, created_at, actor, profile, command)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(&id)
    .bind(req.waba)
    .bind(money::plain(req.charge.amount))
    .bind(money::plain(req.charge.fee))
    .bind(money::plain(req.charge.total))
    .bind(req.currency)
    .bind(req.customer)
    .bind(req.card)
    .bind(req.trigger.as_str())
    .bind(rfc3339(now))
    .bind(&req.who.actor)
    .bind(req.who.profile.as_deref())
    .bind(&req.who.command)
    .execute(store.writer())
    .await?;
    stop::point("topup:reserved")?;
    event(store, &id, "pending", None, None, None, &req.who.actor, now).await?;
    stop::point("topup:pending")?;

    let created = stripe
        .create_intent(&NewIntent {
            amount_minor: money::minor_units(req.charge.total)?,
            currency: req.currency,
            customer: req.customer,
            card: req.card,
            topup_id: &id,
            waba_id: req.waba,
        })
        .await;
    let intent = match created {
        Ok(i) => i,
        Err(e) => {
            event(
                store,
                &id,
                "failed",
                None,
                Some(&e.message),
                None,
                &req.who.actor,
                now,
            )
            .await?;
            return Err(e);
        }
    };
    stop::point("topup:created")?;
    event(
        store,
        &id,
        "intent",
        Some(&intent.id),
        None,
        None,
        &req.who.actor,
        now,
    )
    .await?;
    stop::point("topup:recorded")?;

    let outcome = match stripe.confirm(&intent.id).await {
        Ok(Confirmed::Intent(i)) => record(store, stripe, &id, &i, req, now).await?,
        Ok(Confirmed::Declined(f)) => {
            Some(declined(store, &id, &intent.id, f, &req.who.actor, now).await?)
        }
        // Lost on the way back: ask what became of it.
        Err(e) => match stripe.retrieve(&intent.id).await {
            Ok(i) => record(store, stripe, &id, &i, req, now).await?,
            Err(_) => Some(Outcome::Unknown(e.message)),
        },
    };
    Ok((
        id,
        outcome.unwrap_or_else(|| {
            Outcome::Unknown("the card processor is still processing the charge".into())
        }),
    ))
}

/// Records what the confirmed intent says. When the card was charged and
/// the record cannot be written (a full disk, a store gone away), the error
/// says so, names the top-up, and says that the next run records it from
/// the card processor.
async fn record(
    store: &Store,
    stripe: &Stripe,
    id: &str,
    intent: &crate::payments::Intent,
    req: &Request<'_>,
    now: DateTime<Utc>,
) -> Result<Option<Outcome>> {
    let recorded = async {
        stop::point("topup:confirmed")?;
        settle(store, stripe, id, intent, &req.who.actor, now).await
    }
    .await;
    recorded.map_err(|e| {
        if intent.status != Status::Succeeded {
            return e;
        }
        crate::error::Error::new(
            e.kind,
            format!(
                "the card was charged {} {} for top-up {id}, but recording it failed: {}",
                money::plain(req.charge.total),
                req.currency,
                e.message
            ),
        )
        .with_hint(format!(
            "do not top up again: the next run (`waba balance` or `waba topup history`) records top-up {id} from the card processor once the store can be written"
        ))
    })
}

/// Records what an intent says; `None` when it has no outcome yet.
async fn settle(
    store: &Store,
    stripe: &Stripe,
    id: &str,
    intent: &crate::payments::Intent,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Option<Outcome>> {
    match &intent.status {
        Status::Succeeded => {
            let receipt = match &intent.charge {
                Some(c) => stripe.receipt_url(c).await,
                None => None,
            };
            succeeded(store, id, &intent.id, receipt.as_deref(), actor, now).await?;
            Ok(Some(Outcome::Succeeded {
                receipt_url: receipt,
            }))
        }
        Status::RequiresPaymentMethod => {
            let f = intent.failure.clone().unwrap_or(Failure {
                code: None,
                decline_code: None,
                message: "the card was declined".into(),
            });
            declined(store, id, &intent.id, f, actor, now)
                .await
                .map(Some)
        }
        Status::RequiresAction => {
            let f = Failure {
                code: Some("authentication_required".into()),
                decline_code: None,
                message: "the bank asks the cardholder to authenticate this charge".into(),
            };
            event(
                store,
                id,
                "requires_action",
                Some(&intent.id),
                Some(&f.message),
                None,
                actor,
                now,
            )
            .await?;
            Ok(Some(Outcome::NeedsCardholder(f)))
        }
        Status::Canceled => {
            event(
                store,
                id,
                "canceled",
                Some(&intent.id),
                Some("canceled at the card processor; nothing was charged"),
                None,
                actor,
                now,
            )
            .await?;
            Ok(Some(Outcome::Declined(Failure {
                code: Some("canceled".into()),
                decline_code: None,
                message: "the payment was canceled; nothing was charged".into(),
            })))
        }
        _ => Ok(None),
    }
}

async fn succeeded(
    store: &Store,
    id: &str,
    intent: &str,
    receipt: Option<&str>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = sqlx::query(
        "SELECT waba_id, amount, currency, trigger, profile, command FROM topups WHERE id = $1",
    )
    .bind(id)
    .fetch_one(store.pool())
    .await?;
    let trigger: String = row.try_get("trigger")?;
    let kind = if trigger == "auto" {
        Kind::Recharge
    } else {
        Kind::Topup
    };
    let who = Who {
        actor: actor.to_string(),
        profile: row.try_get::<Option<String>, _>("profile").ok().flatten(),
        command: row.try_get("command")?,
    };
    // Credit first: if the run dies before the event, the next one finds
    // the intent succeeded and the credit already there (unique reference).
    stop::point("topup:crediting")?;
    ledger::append(
        store,
        &row.try_get::<String, _>("waba_id")?,
        kind,
        ledger::decimal(&row.try_get::<String, _>("amount")?)?,
        &row.try_get::<String, _>("currency")?,
        Some(id),
        None,
        &who,
        now,
    )
    .await?;
    stop::point("topup:credited")?;
    event(
        store,
        id,
        "succeeded",
        Some(intent),
        None,
        receipt,
        actor,
        now,
    )
    .await
}

async fn declined(
    store: &Store,
    id: &str,
    intent: &str,
    f: Failure,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    let status = if f.needs_cardholder() {
        "requires_action"
    } else {
        "declined"
    };
    event(
        store,
        id,
        status,
        Some(intent),
        Some(&f.reason()),
        None,
        actor,
        now,
    )
    .await?;
    Ok(if f.needs_cardholder() {
        Outcome::NeedsCardholder(f)
    } else {
        Outcome::Declined(f)
    })
}

/// Appends a step. Two runs settling the same top-up at once may both try;
/// the second's step is dropped (same sequence number), which is harmless
/// because both saw the same intent.
#[allow(clippy::too_many_arguments)]
async fn event(
    store: &Store,
    id: &str,
    status: &str,
    intent: Option<&str>,
    detail: Option<&str>,
    receipt: Option<&str>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO topup_events (topup_id, seq, status, intent_id, detail, receipt_url, at, actor)
         SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6, $7 FROM topup_events WHERE topup_id = $1
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(status)
    .bind(intent)
    // The processor's words may echo what was sent; the store keeps none.
    .bind(detail.map(crate::secret::scrub))
    .bind(receipt)
    .bind(rfc3339(now))
    .bind(actor)
    .execute(store.writer())
    .await?;
    Ok(())
}

/// A top-up with its latest state, for history and receipts.
#[derive(Debug, Clone, Serialize)]
pub struct Topup {
    pub id: String,
    pub waba_id: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub fee: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub total: Decimal,
    pub currency: String,
    pub status: String,
    pub trigger: String,
    pub card: String,
    pub customer: String,
    pub intent_id: Option<String>,
    pub receipt_url: Option<String>,
    pub detail: Option<String>,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub created_at: DateTime<Utc>,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub updated_at: DateTime<Utc>,
    /// Who says they made it (`WABA_ACTOR`, or user@host).
    pub actor: String,
    /// The database login that made it, as the server recorded it (a
    /// team store's; none in a SQLite file).
    pub db_user: Option<String>,
}

/// The top-ups of a WABA (or of every WABA), newest first.
pub async fn list(store: &Store, waba: Option<&str>) -> Result<Vec<Topup>> {
    select(store, waba.unwrap_or(""), "").await
}

/// One top-up, by id.
pub async fn get(store: &Store, id: &str) -> Result<Option<Topup>> {
    Ok(select(store, "", id).await?.into_iter().next())
}

/// Top-ups of `waba` ('' for all) with id `id` ('' for any).
async fn select(store: &Store, waba: &str, id: &str) -> Result<Vec<Topup>> {
    let rows = sqlx::query(
        "SELECT t.id, t.waba_id, t.amount, t.fee, t.total, t.currency, t.trigger, t.card, t.customer,
                t.created_at, t.actor, t.db_user, e.status, e.at AS updated_at,
                (SELECT MAX(intent_id) FROM topup_events x WHERE x.topup_id = t.id) AS intent_id,
                (SELECT MAX(receipt_url) FROM topup_events x WHERE x.topup_id = t.id) AS receipt_url,
                e.detail
         FROM topups t
         JOIN topup_events e ON e.topup_id = t.id
          AND e.seq = (SELECT MAX(seq) FROM topup_events m WHERE m.topup_id = t.id)
         WHERE ($1 = '' OR t.waba_id = $1) AND ($2 = '' OR t.id = $2)
         ORDER BY t.created_at DESC, t.id DESC",
    )
    .bind(waba)
    .bind(id)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let text = |k: &str| r.try_get::<String, _>(k);
            let opt = |k: &str| r.try_get::<Option<String>, _>(k).ok().flatten();
            Ok(Topup {
                id: text("id")?,
                waba_id: text("waba_id")?,
                amount: ledger::decimal(&text("amount")?)?,
                fee: ledger::decimal(&text("fee")?)?,
                total: ledger::decimal(&text("total")?)?,
                currency: text("currency")?,
                status: text("status")?,
                trigger: text("trigger")?,
                card: text("card")?,
                customer: text("customer")?,
                intent_id: opt("intent_id"),
                receipt_url: opt("receipt_url"),
                detail: opt("detail"),
                created_at: ledger::time(&text("created_at")?)?,
                updated_at: ledger::time(&text("updated_at")?)?,
                actor: text("actor")?,
                db_user: opt("db_user"),
            })
        })
        .collect()
}

/// What settling found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Settled {
    pub credited: usize,
    pub closed: usize,
    pub open: usize,
}

/// A WABA's top-ups left without an outcome (`pending` or `intent`).
pub async fn open(store: &Store, waba: &str) -> Result<Vec<Topup>> {
    Ok(list(store, Some(waba))
        .await?
        .into_iter()
        .filter(|t| t.status == "pending" || t.status == "intent")
        .collect())
}

/// Settles top-ups left without an outcome (a run killed or cut off
/// mid-way; see `open`) from what the processor says of their intents.
/// Nothing is ever confirmed here: an intent never confirmed is canceled
/// once it is old enough that no other run can still be confirming it.
pub async fn settle_open(
    store: &Store,
    stripe: &Stripe,
    open: &[Topup],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Settled> {
    let mut s = Settled::default();
    for t in open {
        let stale = now - t.updated_at > SETTLE_AFTER;
        let intent = match &t.intent_id {
            Some(id) => Some(stripe.retrieve(id).await?),
            None => None,
        };
        let unconfirmed = intent
            .as_ref()
            .is_none_or(|i| i.status == Status::RequiresConfirmation);
        if unconfirmed {
            if !stale {
                s.open += 1;
                continue;
            }
            let (status, detail) = match &t.intent_id {
                Some(id) => {
                    let _ = stripe.cancel(id).await;
                    (
                        "canceled",
                        "stopped before the charge was confirmed; nothing was charged",
                    )
                }
                None => (
                    "abandoned",
                    "stopped before a payment intent was recorded; nothing was charged",
                ),
            };
            event(
                store,
                &t.id,
                status,
                t.intent_id.as_deref(),
                Some(detail),
                None,
                actor,
                now,
            )
            .await?;
            s.closed += 1;
            continue;
        }
        let Some(intent) = intent else { continue };
        match settle(store, stripe, &t.id, &intent, actor, now).await? {
            Some(Outcome::Succeeded { .. }) => s.credited += 1,
            Some(_) => s.closed += 1,
            None => s.open += 1,
        }
    }
    Ok(s)
}

//! What the store keeps per WABA for billing: its currency (from Meta, read
//! once), the last balance status it was seen in, and the card its top-ups
//! are charged to; and reading them for a session: the account from Meta
//! on first use, the card, the numbers sharing the balance.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::Row;

use super::ledger::time;
use crate::clock::rfc3339;
use crate::error::Result;
use crate::error::{Error, Kind as ErrorKind};
use crate::graph::phone_numbers::PhoneNumber;
use crate::graph::waba::Waba;
use crate::session::Session;
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub waba_id: String,
    pub currency: String,
    pub timezone_id: Option<String>,
    /// The status the balance was last seen in (`active`, `low`, `exhausted`).
    pub status: Option<String>,
}

pub async fn get(store: &Store, waba: &str) -> Result<Option<Account>> {
    let row =
        sqlx::query("SELECT waba_id, currency, timezone_id, status FROM wabas WHERE waba_id = $1")
            .bind(waba)
            .fetch_optional(store.pool())
            .await?;
    row.map(|r| {
        Ok(Account {
            waba_id: r.try_get("waba_id")?,
            currency: r.try_get("currency")?,
            timezone_id: r.try_get::<Option<String>, _>("timezone_id").ok().flatten(),
            status: r.try_get::<Option<String>, _>("status").ok().flatten(),
        })
    })
    .transpose()
}

/// Remembers a WABA's currency and time zone as Meta gave them.
pub async fn put(store: &Store, a: &Account, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO wabas (waba_id, currency, timezone_id, status, checked_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (waba_id) DO UPDATE SET currency = $2, timezone_id = $3, checked_at = $5",
    )
    .bind(&a.waba_id)
    .bind(&a.currency)
    .bind(a.timezone_id.as_deref())
    .bind(a.status.as_deref())
    .bind(rfc3339(now))
    .execute(store.writer())
    .await?;
    Ok(())
}

/// Records the status a balance was seen in, for the warning other
/// commands print.
pub async fn set_status(store: &Store, waba: &str, status: &str) -> Result<()> {
    sqlx::query("UPDATE wabas SET status = $1 WHERE waba_id = $2")
        .bind(status)
        .bind(waba)
        .execute(store.writer())
        .await?;
    Ok(())
}

/// The card a WABA's top-ups are charged to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentCard {
    pub waba_id: String,
    pub customer: String,
    pub card: String,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub set_at: DateTime<Utc>,
    pub set_by: String,
}

pub async fn card(store: &Store, waba: &str) -> Result<Option<PaymentCard>> {
    let row = sqlx::query(
        "SELECT waba_id, customer, card, set_at, actor FROM payment_cards WHERE waba_id = $1",
    )
    .bind(waba)
    .fetch_optional(store.pool())
    .await?;
    row.map(|r| {
        Ok(PaymentCard {
            waba_id: r.try_get("waba_id")?,
            customer: r.try_get("customer")?,
            card: r.try_get("card")?,
            set_at: time(&r.try_get::<String, _>("set_at")?)?,
            set_by: r.try_get("actor")?,
        })
    })
    .transpose()
}

pub async fn set_card(store: &Store, c: &PaymentCard) -> Result<()> {
    sqlx::query(
        "INSERT INTO payment_cards (waba_id, customer, card, set_at, actor) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (waba_id) DO UPDATE SET customer = $2, card = $3, set_at = $4, actor = $5",
    )
    .bind(&c.waba_id)
    .bind(&c.customer)
    .bind(&c.card)
    .bind(rfc3339(c.set_at))
    .bind(&c.set_by)
    .execute(store.writer())
    .await?;
    Ok(())
}

/// The WABA's billing account: its currency comes from Meta once, then
/// from the store.
pub async fn of(ctx: &Session, waba: &str) -> Result<Account> {
    of_listed(ctx, waba, None).await
}

/// `of`, taking the currency from a listing of WABAs when it has one
/// (`balance --all`), so that no call is made for it.
pub async fn of_listed(ctx: &Session, waba: &str, listed: Option<&Waba>) -> Result<Account> {
    let store = ctx.store().await?;
    if let Some(a) = get(store, waba).await? {
        return Ok(a);
    }
    let w = match listed.filter(|w| w.currency.is_some()) {
        Some(w) => w.clone(),
        None => crate::graph::waba::get(ctx.graph().await?, waba).await?,
    };
    let Some(currency) = w.currency.filter(|c| c.len() == 3) else {
        return Err(Error::new(
            ErrorKind::Rejected,
            format!("Meta gives no currency for WABA {waba}"),
        )
        .with_hint(
            "a WABA's currency is set when its payment method is added in Meta Business Suite",
        ));
    };
    let a = Account {
        waba_id: waba.to_string(),
        currency: currency.to_ascii_uppercase(),
        timezone_id: w.timezone_id,
        status: None,
    };
    put(store, &a, ctx.clock.now()).await?;
    Ok(a)
}

/// The numbers sharing the balance; none when Meta cannot say.
pub async fn numbers_of(ctx: &Session, waba: &str) -> Option<Vec<PhoneNumber>> {
    let client = ctx.graph().await.ok()?;
    crate::graph::phone_numbers::list(client, waba).await.ok()
}

/// The card of a WABA; in the sandbox, the demo card until one is set.
pub async fn card_of(ctx: &Session, waba: &str) -> Result<PaymentCard> {
    if let Some(c) = card(ctx.store().await?, waba).await? {
        return Ok(c);
    }
    if ctx.settings.sandbox {
        return Ok(PaymentCard {
            waba_id: waba.to_string(),
            customer: crate::sandbox::payments::CUSTOMERS[0].to_string(),
            card: crate::sandbox::payments::DEMO_CARD.to_string(),
            set_at: ctx.clock.now(),
            set_by: "sandbox (demo card)".into(),
        });
    }
    Err(Error::usage(format!("no card is set for WABA {waba}"))
        .with_hint("set one with `waba payment set --customer cus_… --card pm_…`"))
}

//! The WhatsApp Business Account node.

use futures_util::StreamExt;
use serde::Serialize;
use serde_json::Value;

use super::client::{Client, Request};
use super::fields::text;
use crate::error::Result;

const FIELDS: &str = "id,name,currency,timezone_id,account_review_status,business_verification_status,owner_business_info,primary_funding_id";

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Waba {
    pub id: String,
    pub name: Option<String>,
    pub currency: Option<String>,
    pub timezone_id: Option<String>,
    pub account_review_status: Option<String>,
    pub business_verification_status: Option<String>,
    pub owner_business_id: Option<String>,
    pub owner_business_name: Option<String>,
    /// Set when the WABA has a payment method (a credit line) attached.
    pub primary_funding_id: Option<String>,
    /// Its numbers with their health, when a fleet listing expanded them
    /// (every one: a WABA with more than a page was read in full).
    #[serde(skip)]
    pub numbers: Option<Vec<super::phone_numbers::PhoneNumber>>,
}

impl Waba {
    pub fn from_value(v: &Value, fallback_id: &str) -> Waba {
        let owner = v.get("owner_business_info");
        Waba {
            id: text(v, "id").unwrap_or_else(|| fallback_id.to_string()),
            name: text(v, "name"),
            currency: text(v, "currency"),
            timezone_id: text(v, "timezone_id"),
            account_review_status: text(v, "account_review_status"),
            business_verification_status: text(v, "business_verification_status"),
            owner_business_id: owner.and_then(|o| text(o, "id")),
            owner_business_name: owner.and_then(|o| text(o, "name")),
            primary_funding_id: text(v, "primary_funding_id"),
            numbers: None,
        }
    }
}

pub async fn get(client: &Client, waba_id: &str) -> Result<Waba> {
    let v = client
        .get(Request::get(waba_id).query("fields", FIELDS))
        .await?;
    Ok(Waba::from_value(&v, waba_id))
}

/// What a listing of a business's WABAs asks for: enough to name each and
/// to open its books without another call.
const LIST_FIELDS: &str = "id,name,currency,timezone_id,account_review_status";

/// The WABAs a business reaches, those it owns then those shared with it
/// (a solution provider's clients), each once, with their numbers and the
/// numbers' health (see `pages_of_business`).
pub async fn of_business_with_numbers(client: &Client, business: &str) -> Result<Vec<Waba>> {
    let all = |e| async move {
        let mut out = Vec::new();
        let mut pages = std::pin::pin!(edge_pages(client, business, e));
        while let Some(page) = pages.next().await {
            out.extend(page?);
        }
        Ok::<_, crate::error::Error>(out)
    };
    let (owned, shared) = tokio::try_join!(all(OWNED), all(SHARED))?;
    let mut seen = std::collections::HashSet::new();
    Ok(owned
        .into_iter()
        .chain(shared)
        .filter(|w| seen.insert(w.id.clone()))
        .collect())
}

/// The pages of a business's owned and client WABAs as they arrive (the
/// two edges read side by side), with their numbers and the numbers'
/// health by field expansion: one paged read of each edge for the whole
/// fleet, instead of one read of `phone_numbers` per WABA. A WABA both
/// owned and shared may come twice.
pub fn pages_of_business<'a>(
    client: &'a Client,
    business: &'a str,
) -> impl futures_util::Stream<Item = Result<Vec<Waba>>> + 'a {
    futures_util::stream::select(
        edge_pages(client, business, OWNED),
        edge_pages(client, business, SHARED),
    )
}

const OWNED: &str = "owned_whatsapp_business_accounts";
const SHARED: &str = "client_whatsapp_business_accounts";

/// One edge's pages of WABAs. A WABA with more numbers than one nested
/// page has the rest read from its own edge. Ends after an error.
fn edge_pages<'a>(
    client: &'a Client,
    business: &'a str,
    edge: &'a str,
) -> impl futures_util::Stream<Item = Result<Vec<Waba>>> + 'a {
    let fields = format!(
        "{LIST_FIELDS},phone_numbers.limit({PAGE_MAX}){{{},health_status}}",
        super::phone_numbers::fields(client.version(), false)
    );
    let req = Request::get(format!("{business}/{edge}")).query("fields", fields);
    client.pages(req, PAGE_MAX).then(move |page| async move {
        let mut out = Vec::new();
        for v in page? {
            let mut w = Waba::from_value(&v, "");
            if w.id.is_empty() {
                continue;
            }
            let nested = &v["phone_numbers"];
            let more = nested["paging"].get("next").is_some();
            w.numbers = if more {
                Some(super::phone_numbers::list_with_health(client, &w.id).await?)
            } else {
                nested["data"].as_array().map(|items| {
                    items
                        .iter()
                        .filter_map(super::phone_numbers::PhoneNumber::from_value)
                        .collect()
                })
            };
            out.push(w);
        }
        Ok(out)
    })
}

/// Graph's page size ceiling for these edges.
const PAGE_MAX: u32 = 100;

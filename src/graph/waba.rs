//! The WhatsApp Business Account node.

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
/// numbers' health by field expansion: one paged read of each edge for the
/// whole fleet, instead of one read of `phone_numbers` per WABA. A WABA with more numbers than one
/// nested page has the rest read from its own edge.
pub async fn of_business_with_numbers(client: &Client, business: &str) -> Result<Vec<Waba>> {
    let fields = format!(
        "{LIST_FIELDS},phone_numbers.limit({PAGE_MAX}){{{},health_status}}",
        super::phone_numbers::fields(client.version(), false)
    );
    let edge = |e: &str| {
        client.get_all(
            Request::get(format!("{business}/{e}")).query("fields", fields.as_str()),
            PAGE_MAX,
        )
    };
    let (owned, shared) = tokio::try_join!(
        edge("owned_whatsapp_business_accounts"),
        edge("client_whatsapp_business_accounts")
    )?;
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for v in owned.iter().chain(&shared) {
        let mut w = Waba::from_value(v, "");
        if w.id.is_empty() || !seen.insert(w.id.clone()) {
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
}

/// Graph's page size ceiling for these edges.
const PAGE_MAX: u32 = 100;

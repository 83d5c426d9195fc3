//! Phone numbers of a WABA: `GET /{waba}/phone_numbers` and `GET /{phone}`.

use serde::Serialize;
use serde_json::Value;

use super::client::{Client, Request};
use super::fields::{boolean, text};
use super::version::ApiVersion;
use crate::error::{Error, Kind, Result};

/// Meta's documented maximum page size for this edge.
pub const PAGE_MAX: u32 = 100;

const LIST_FIELDS: &[&str] = &[
    "id",
    "display_phone_number",
    "verified_name",
    "status",
    "quality_rating",
    "name_status",
    "code_verification_status",
    "messaging_limit_tier",
    "throughput",
    "platform_type",
    "account_mode",
    "is_official_business_account",
];

const DETAIL_FIELDS: &[&str] = &[
    "new_name_status",
    "new_display_name",
    "is_pin_enabled",
    "health_status",
    "country_code",
    "country_dial_code",
    "last_onboarded_time",
];

/// The fields to ask for. `whatsapp_business_manager_messaging_limit` is an
/// error before v24.0, so it is requested only from then on.
pub fn fields(version: ApiVersion, detail: bool) -> String {
    let mut f: Vec<&str> = LIST_FIELDS.to_vec();
    if version.has_portfolio_messaging_limit() {
        f.push("whatsapp_business_manager_messaging_limit");
    }
    if detail {
        f.extend_from_slice(DETAIL_FIELDS);
    }
    f.join(",")
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PhoneNumber {
    pub id: String,
    /// E.164 (`+34612345678`), beside Meta's display form.
    pub phone_number: Option<String>,
    pub display_phone_number: Option<String>,
    pub verified_name: Option<String>,
    pub status: Option<String>,
    pub quality_rating: Option<String>,
    pub name_status: Option<String>,
    pub new_name_status: Option<String>,
    pub code_verification_status: Option<String>,
    /// The portfolio limit (v24.0+), else the per-number tier.
    pub messaging_limit: Option<String>,
    pub throughput: Option<String>,
    pub platform_type: Option<String>,
    pub account_mode: Option<String>,
    pub is_official_business_account: Option<bool>,
    pub is_pin_enabled: Option<bool>,
    pub health_status: Option<Value>,
}

/// A number in E.164 (`+34612345678`) from Meta's display form, which
/// carries the country code: the form scripts compare.
fn e164(display: &str) -> Option<String> {
    let digits: String = display.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| format!("+{digits}"))
}

impl PhoneNumber {
    /// Reads one phone-number object; `None` when it has no id.
    pub fn from_value(v: &Value) -> Option<PhoneNumber> {
        let throughput = match v.get("throughput") {
            Some(Value::Object(_)) => v.get("throughput").and_then(|t| text(t, "level")),
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        let display = text(v, "display_phone_number");
        Some(PhoneNumber {
            id: text(v, "id")?,
            phone_number: display.as_deref().and_then(e164),
            display_phone_number: display,
            verified_name: text(v, "verified_name"),
            status: text(v, "status"),
            quality_rating: text(v, "quality_rating"),
            name_status: text(v, "name_status"),
            new_name_status: text(v, "new_name_status"),
            code_verification_status: text(v, "code_verification_status"),
            messaging_limit: text(v, "whatsapp_business_manager_messaging_limit")
                .or_else(|| text(v, "messaging_limit_tier")),
            throughput,
            platform_type: text(v, "platform_type"),
            account_mode: text(v, "account_mode"),
            is_official_business_account: boolean(v, "is_official_business_account"),
            is_pin_enabled: boolean(v, "is_pin_enabled"),
            health_status: v.get("health_status").filter(|h| h.is_object()).cloned(),
        })
    }

    /// The number in E.164, for JSON.
    pub fn e164(&self) -> Option<String> {
        self.phone_number.clone()
    }

    /// "+34 612 34 56 78 (id 2000…)", for messages about the number.
    pub fn label(&self) -> String {
        match &self.display_phone_number {
            Some(d) => format!("{d} (id {})", self.id),
            None => format!("id {}", self.id),
        }
    }

    /// The digits of the display number, for matching what a user typed.
    pub fn digits(&self) -> String {
        self.display_phone_number
            .as_deref()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    }
}

pub async fn list(client: &Client, waba_id: &str) -> Result<Vec<PhoneNumber>> {
    let req = Request::get(format!("{waba_id}/phone_numbers"))
        .query("fields", fields(client.version(), false));
    let items = client.get_all(req, PAGE_MAX).await?;
    Ok(items.iter().filter_map(PhoneNumber::from_value).collect())
}

/// The WABA's numbers with their `health_status`: one paged read per
/// WABA rather than one per number.
pub async fn list_with_health(client: &Client, waba_id: &str) -> Result<Vec<PhoneNumber>> {
    let req = Request::get(format!("{waba_id}/phone_numbers")).query(
        "fields",
        format!("{},health_status", fields(client.version(), false)),
    );
    let items = client.get_all(req, PAGE_MAX).await?;
    Ok(items.iter().filter_map(PhoneNumber::from_value).collect())
}

/// One phone-number object read as a `PhoneNumber`; an answer without an id
/// is Meta's mistake, not ours.
pub fn parse(v: &Value) -> Result<PhoneNumber> {
    PhoneNumber::from_value(v)
        .ok_or_else(|| Error::new(Kind::Rejected, "Meta's answer carries no phone-number id"))
}

/// `get`, read as a `PhoneNumber`.
pub async fn get_number(client: &Client, phone_id: &str) -> Result<PhoneNumber> {
    parse(&get(client, phone_id).await?)
}

pub async fn get(client: &Client, phone_id: &str) -> Result<Value> {
    client
        .get(Request::get(phone_id).query("fields", fields(client.version(), true)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn asks_for_the_portfolio_limit_only_from_v24() {
        let v23: ApiVersion = "v23.0".parse().unwrap();
        let v25: ApiVersion = "v25.0".parse().unwrap();
        assert!(!fields(v23, false).contains("whatsapp_business_manager_messaging_limit"));
        assert!(fields(v25, false).contains("whatsapp_business_manager_messaging_limit"));
        assert!(fields(v25, true).contains("is_pin_enabled"));
    }

    #[test]
    fn prefers_the_portfolio_limit_and_reads_throughput_objects() {
        let p = PhoneNumber::from_value(&json!({
            "id": "1", "messaging_limit_tier": "TIER_1K",
            "whatsapp_business_manager_messaging_limit": "TIER_2K",
            "throughput": {"level": "STANDARD"}, "status": "SOMETHING_NEW"
        }))
        .unwrap();
        assert_eq!(p.messaging_limit.as_deref(), Some("TIER_2K"));
        assert_eq!(p.throughput.as_deref(), Some("STANDARD"));
        assert_eq!(p.status.as_deref(), Some("SOMETHING_NEW"));
        let old =
            PhoneNumber::from_value(&json!({"id": 7, "messaging_limit_tier": "TIER_250"})).unwrap();
        assert_eq!(old.id, "7");
        assert_eq!(old.messaging_limit.as_deref(), Some("TIER_250"));
    }
}

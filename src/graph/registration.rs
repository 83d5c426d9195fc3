//! Adding, verifying and registering phone numbers (graph-api.md §1.2),
//! and the apps subscribed to a WABA's webhooks. Each call carries exactly
//! Meta's documented parameters; every one is a mutation, so none is retried
//! and each is printed instead of sent under `--dry-run`.

use serde_json::{Value, json};

use super::client::{Body, Client, Request, Sent};
use super::fields::text;
use crate::error::Result;
use crate::phone::Number;
use crate::secret::Secret;

/// Meta's `data_localization_region` values (graph-api.md §1.2).
pub const REGIONS: [&str; 14] = [
    "AU", "ID", "IN", "JP", "SG", "KR", "DE", "CH", "GB", "BR", "BH", "ZA", "AE", "CA",
];

/// Meta allows this many register calls, and as many deregister calls, per
/// number in any window of `WINDOW_HOURS` (graph-api.md §1.2).
pub const CALLS_PER_WINDOW: usize = 10;
pub const WINDOW_HOURS: i64 = 72;

/// How Meta delivers a verification code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CodeMethod {
    Sms,
    Voice,
}

impl CodeMethod {
    /// As Meta spells it in `code_method`.
    pub fn as_meta(self) -> &'static str {
        match self {
            CodeMethod::Sms => "SMS",
            CodeMethod::Voice => "VOICE",
        }
    }

    pub fn parse_meta(s: &str) -> Option<CodeMethod> {
        match s.to_ascii_uppercase().as_str() {
            "SMS" => Some(CodeMethod::Sms),
            "VOICE" => Some(CodeMethod::Voice),
            _ => None,
        }
    }

    pub fn other(self) -> CodeMethod {
        match self {
            CodeMethod::Sms => CodeMethod::Voice,
            CodeMethod::Voice => CodeMethod::Sms,
        }
    }

    /// For sentences: "by SMS", "by voice call".
    pub fn describe(self) -> &'static str {
        match self {
            CodeMethod::Sms => "by SMS",
            CodeMethod::Voice => "by voice call",
        }
    }
}

fn form(pairs: &[(&str, &str)]) -> Body {
    Body::Form(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

/// `POST /{waba}/phone_numbers` with `migrate_phone_number=true`: starts
/// moving `number` into the WABA. Returns the new phone-number id.
pub async fn add_migrating(client: &Client, waba_id: &str, number: &Number) -> Result<Sent> {
    add_number(client, waba_id, number, ("migrate_phone_number", "true")).await
}

/// `POST /{waba}/phone_numbers` without the migration flag: adds a new
/// number under a display name. Returns the new phone-number id.
pub async fn add(client: &Client, waba_id: &str, number: &Number, name: &str) -> Result<Sent> {
    add_number(client, waba_id, number, ("verified_name", name)).await
}

/// The number as Meta wants it (`cc` and `phone_number` apart), and one
/// more parameter.
async fn add_number(
    client: &Client,
    waba_id: &str,
    number: &Number,
    extra: (&str, &str),
) -> Result<Sent> {
    let cc = number.country_code().to_string();
    let req = Request::post(
        format!("{waba_id}/phone_numbers"),
        form(&[("cc", &cc), ("phone_number", number.national()), extra]),
    );
    client.mutate(req).await
}

/// The id in an add answer.
pub fn added_id(body: &Value) -> Option<String> {
    text(body, "id")
}

/// `POST /{phone}/request_code`.
pub async fn request_code(
    client: &Client,
    phone_id: &str,
    method: CodeMethod,
    language: &str,
) -> Result<Sent> {
    let req = Request::post(
        format!("{phone_id}/request_code"),
        form(&[("code_method", method.as_meta()), ("language", language)]),
    );
    client.mutate(req).await
}

/// `POST /{phone}/verify_code`.
pub async fn verify_code(client: &Client, phone_id: &str, code: &str) -> Result<Sent> {
    let req = Request::post(format!("{phone_id}/verify_code"), form(&[("code", code)]));
    client.mutate(req).await
}

/// `POST /{phone}/register`, a JSON body as Meta documents it.
pub async fn register(
    client: &Client,
    phone_id: &str,
    pin: &Secret,
    region: Option<&str>,
) -> Result<Sent> {
    let mut body = json!({"messaging_product": "whatsapp", "pin": pin.expose()});
    if let Some(r) = region {
        body["data_localization_region"] = json!(r);
    }
    client
        .mutate(Request::post(
            format!("{phone_id}/register"),
            Body::Json(body),
        ))
        .await
}

/// `POST /{phone}/deregister`: no parameters.
pub async fn deregister(client: &Client, phone_id: &str) -> Result<Sent> {
    client
        .mutate(Request::post(format!("{phone_id}/deregister"), Body::None))
        .await
}

/// `POST /{phone}` with the two-step verification PIN.
pub async fn set_pin(client: &Client, phone_id: &str, pin: &Secret) -> Result<Sent> {
    client
        .mutate(Request::post(
            phone_id.to_string(),
            Body::Json(json!({"pin": pin.expose()})),
        ))
        .await
}

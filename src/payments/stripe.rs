//! Stripe's REST API over reqwest: form-encoded requests, the secret key as
//! a bearer token (never traced), errors read from Stripe's envelope.
//!
//! Only GETs are retried. Creating an intent is not retried either: an
//! intent left unconfirmed charges nothing, but one is enough. Confirming is
//! never repeated blindly; when its answer is lost the intent is retrieved
//! to learn what happened.

use reqwest::Method;
use serde_json::Value;
use url::Url;

use super::{Card, Failure, Intent, Status};
use crate::error::{Error, Kind, Result};
use crate::graph::client::{BodyError, NetConfig, TraceSink, network_why, read_body, redirect_to};
use crate::secret::Secret;

pub const DEFAULT_BASE: &str = "https://api.stripe.com";

pub struct Stripe {
    http: reqwest::Client,
    base: Url,
    key: Secret,
    net: NetConfig,
    trace: Option<TraceSink>,
}

/// What a confirmation came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    /// The processor answered with the intent (succeeded, needs action, …).
    Intent(Intent),
    /// The card was declined.
    Declined(Failure),
}

/// An intent to create: unconfirmed, for a saved customer and card.
pub struct NewIntent<'a> {
    pub amount_minor: i64,
    pub currency: &'a str,
    pub customer: &'a str,
    pub card: &'a str,
    pub topup_id: &'a str,
    pub waba_id: &'a str,
}

/// A failed call: an error for the user, and the processor's decline when
/// it was one.
struct CallError {
    error: Error,
    failure: Option<Failure>,
    status: Option<u16>,
}

impl Stripe {
    pub fn new(base: Url, key: Secret, net: NetConfig, trace: Option<TraceSink>) -> Result<Stripe> {
        let http = net.http_client()?;
        Ok(Stripe {
            http,
            base,
            key,
            net,
            trace,
        })
    }

    /// No `description`: localstripe refuses it, and the metadata says what
    /// the charge is for.
    pub async fn create_intent(&self, n: &NewIntent<'_>) -> Result<Intent> {
        let form = vec![
            ("amount", n.amount_minor.to_string()),
            ("currency", n.currency.to_ascii_lowercase()),
            ("customer", n.customer.to_string()),
            ("payment_method", n.card.to_string()),
            ("metadata[topup_id]", n.topup_id.to_string()),
            ("metadata[waba_id]", n.waba_id.to_string()),
        ];
        let key = format!("waba-topup-{}", n.topup_id);
        let v = self
            .call(Method::POST, "v1/payment_intents", &form, Some(&key))
            .await
            .map_err(|e| e.error)?;
        intent(&v)
    }

    /// Confirms an intent off-session: the cardholder is not there.
    pub async fn confirm(&self, id: &str) -> Result<Confirmed> {
        let path = format!("v1/payment_intents/{id}/confirm");
        let mut r = self
            .call(Method::POST, &path, &[("off_session", "true".into())], None)
            .await;
        // localstripe takes no parameters on confirm and refuses them before
        // doing anything, so asking again without is safe.
        if let Err(e) = &r
            && e.status == Some(400)
            && e.error.message.contains("Unexpected off_session")
        {
            r = self.call(Method::POST, &path, &[], None).await;
        }
        match r {
            Ok(v) => Ok(Confirmed::Intent(intent(&v)?)),
            Err(CallError {
                failure: Some(f), ..
            }) => Ok(Confirmed::Declined(f)),
            Err(e) => Err(e.error),
        }
    }

    pub async fn retrieve(&self, id: &str) -> Result<Intent> {
        let v = self.get(&format!("v1/payment_intents/{id}")).await?;
        intent(&v)
    }

    pub async fn cancel(&self, id: &str) -> Result<Intent> {
        let v = self
            .call(
                Method::POST,
                &format!("v1/payment_intents/{id}/cancel"),
                &[],
                None,
            )
            .await
            .map_err(|e| e.error)?;
        intent(&v)
    }

    /// The receipt page of a charge, when the processor has one.
    pub async fn receipt_url(&self, charge: &str) -> Option<String> {
        let v = self.get(&format!("v1/charges/{charge}")).await.ok()?;
        v.get("receipt_url")?.as_str().map(String::from)
    }

    /// Checks that a customer exists.
    pub async fn customer(&self, id: &str) -> Result<()> {
        self.get(&format!("v1/customers/{id}")).await.map(|_| ())
    }

    pub async fn card(&self, id: &str) -> Result<Card> {
        let v = self.get(&format!("v1/payment_methods/{id}")).await?;
        let card = v.get("card");
        let s = |v: Option<&Value>, k: &str| {
            v.and_then(|v| v.get(k))
                .and_then(Value::as_str)
                .map(String::from)
        };
        Ok(Card {
            id: s(Some(&v), "id").unwrap_or_else(|| id.to_string()),
            brand: s(card, "brand"),
            last4: s(card, "last4"),
            customer: s(Some(&v), "customer"),
        })
    }

    /// A GET, retried on network errors and 5xx with backoff, within one
    /// deadline for all its tries (as the Graph client's requests).
    async fn get(&self, path: &str) -> Result<Value> {
        let give_up = std::time::Instant::now() + self.net.deadline;
        let mut attempt = 0;
        loop {
            let delay = self.net.backoff(attempt);
            match self.call(Method::GET, path, &[], None).await {
                Ok(v) => return Ok(v),
                Err(e)
                    if attempt < self.net.retries
                        && e.failure.is_none()
                        && e.status.is_none_or(|s| s >= 500)
                        && std::time::Instant::now() + delay < give_up =>
                {
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                Err(e) => return Err(e.error),
            }
        }
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        form: &[(&str, String)],
        idempotency_key: Option<&str>,
    ) -> std::result::Result<Value, CallError> {
        let url = self.base.join(path).map_err(|e| CallError {
            error: Error::internal(format!("bad processor URL: {e}")),
            failure: None,
            status: None,
        })?;
        let mut req = self
            .http
            .request(method.clone(), url.clone())
            .bearer_auth(self.key.expose());
        if !form.is_empty() {
            req = req.form(form);
        }
        if let Some(k) = idempotency_key {
            req = req.header("Idempotency-Key", k);
        }
        if let Some(t) = &self.trace {
            // Parameters are ids and amounts; the key is in a header, never shown.
            let shown: Vec<String> = form.iter().map(|(k, v)| format!("{k}={v}")).collect();
            t(&format!("> {method} {url} {}", shown.join("&")));
        }
        let resp = req.send().await.map_err(|e| CallError {
            error: Error::new(
                Kind::Unavailable,
                format!(
                    "cannot reach the card processor at {}: {}",
                    self.base,
                    network_why(&e)
                ),
            )
            .with_hint(
                "check the network and STRIPE_API_BASE; Stripe's status is at status.stripe.com",
            ),
            failure: None,
            status: None,
        })?;
        let status = resp.status().as_u16();
        if let Some(to) = redirect_to(&resp) {
            // Not retried: the same request gets the same redirect.
            return Err(CallError {
                error: Error::new(
                    Kind::Unavailable,
                    format!(
                        "the card processor at {} answered with an {to}; waba follows no redirects",
                        self.base
                    ),
                )
                .with_hint(
                    "check STRIPE_API_BASE: it should be https://api.stripe.com or a local fake",
                ),
                failure: None,
                status: Some(status),
            });
        }
        let text = match read_body(resp, self.net.max_body).await {
            Ok(t) => t,
            Err(e) => {
                // A dropped body may be retried (a GET); an oversized one not.
                let status = matches!(e, BodyError::TooLarge(_)).then_some(status);
                return Err(CallError {
                    error: Error::new(
                        Kind::Unavailable,
                        format!(
                            "the card processor's answer was not read whole: {}",
                            e.why()
                        ),
                    ),
                    failure: None,
                    status,
                });
            }
        };
        if let Some(t) = &self.trace {
            t(&format!("< {status} ({} bytes)", text.len()));
        }
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if (200..300).contains(&status) {
            return Ok(body);
        }
        Err(stripe_error(status, &body, &self.base))
    }
}

/// Stripe's error envelope: `{"error": {"type", "code", "decline_code", "message"}}`.
fn stripe_error(status: u16, body: &Value, base: &Url) -> CallError {
    let e = body.get("error");
    let s = |k: &str| {
        e.and_then(|e| e.get(k))
            .and_then(Value::as_str)
            .map(String::from)
    };
    let message = s("message").unwrap_or_else(|| format!("HTTP {status} from {base}"));
    let kind = s("type").unwrap_or_default();
    let failure = (status == 402 || kind == "card_error").then(|| Failure {
        code: s("code"),
        decline_code: s("decline_code"),
        message: message.clone(),
    });
    let error = match status {
        401 => Error::new(Kind::Auth, format!("the card processor refused the secret key: {message}"))
            .with_hint("set STRIPE_SECRET_KEY, or `[stripe] secret_key` in credentials.toml, to a valid secret key (sk_…)"),
        404 => Error::new(Kind::Payment, format!("the card processor has no such object: {message}"))
            .with_hint("check the ids with `waba payment show`; set them with `waba payment set`"),
        402 => Error::new(Kind::Payment, format!("the card was declined: {message}")),
        429 | 500.. => Error::new(Kind::Unavailable, format!("the card processor failed (HTTP {status}): {message}"))
            .with_hint("try again later"),
        _ => Error::new(Kind::Payment, format!("the card processor refused the request (HTTP {status}): {message}")),
    };
    CallError {
        error,
        failure,
        status: Some(status),
    }
}

/// A PaymentIntent object.
fn intent(v: &Value) -> Result<Intent> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(String::from);
    let id = s(v, "id").ok_or_else(|| {
        Error::new(
            Kind::Payment,
            "the card processor's answer holds no intent id",
        )
    })?;
    let failure = v
        .get("last_payment_error")
        .filter(|e| e.is_object())
        .map(|e| Failure {
            code: s(e, "code"),
            decline_code: s(e, "decline_code"),
            message: s(e, "message").unwrap_or_else(|| "declined".into()),
        });
    let charge = match v.get("latest_charge") {
        Some(Value::String(c)) => Some(c.clone()),
        Some(o @ Value::Object(_)) => s(o, "id"),
        _ => None,
    };
    Ok(Intent {
        id,
        status: Status::parse(&s(v, "status").unwrap_or_default()),
        amount: v.get("amount").and_then(Value::as_i64).unwrap_or(0),
        currency: s(v, "currency").unwrap_or_default().to_ascii_uppercase(),
        topup_id: v
            .get("metadata")
            .and_then(|m| m.get("topup_id"))
            .and_then(Value::as_str)
            .map(String::from),
        failure,
        charge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_intents_and_declines() {
        let i = intent(&json!({
            "id": "pi_1", "status": "requires_payment_method", "amount": 10550, "currency": "eur",
            "metadata": {"topup_id": "tu_1"},
            "last_payment_error": {"code": "card_declined", "decline_code": "insufficient_funds", "message": "Your card has insufficient funds."},
            "latest_charge": "ch_1"
        }))
        .unwrap();
        assert_eq!(i.status, Status::RequiresPaymentMethod);
        assert_eq!((i.amount, i.currency.as_str()), (10550, "EUR"));
        assert_eq!(i.topup_id.as_deref(), Some("tu_1"));
        assert_eq!(
            i.failure.unwrap().reason(),
            "Your card has insufficient funds. (insufficient_funds)"
        );
        let base = Url::parse("http://127.0.0.1:1").unwrap();
        let e = stripe_error(
            402,
            &json!({"error": {"type": "card_error", "code": "authentication_required", "message": "This transaction requires authentication."}}),
            &base,
        );
        assert!(e.failure.unwrap().needs_cardholder());
        assert_eq!(e.error.kind.exit_code(), 7);
        let auth = stripe_error(
            401,
            &json!({"error": {"message": "Invalid API Key provided: sk_test_****1234"}}),
            &base,
        );
        assert_eq!(auth.error.kind.exit_code(), 3);
    }
}

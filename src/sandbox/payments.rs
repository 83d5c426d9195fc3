//! The sandbox's card processor: the part of Stripe's API that waba uses
//! (customers, payment methods, PaymentIntents, charges), at `/v1/…`, with
//! Stripe's documented test cards:
//!
//! | payment method                                 | confirm off-session          |
//! |------------------------------------------------|------------------------------|
//! | `pm_card_visa`, `pm_card_mastercard`           | succeeds                     |
//! | `pm_card_visa_chargeDeclined`                  | declined, `generic_decline`  |
//! | `pm_card_visa_chargeDeclinedInsufficientFunds` | declined, `insufficient_funds` |
//! | `pm_card_authenticationRequired`               | declined, `authentication_required` |
//!
//! It honours no `Idempotency-Key`, like localstripe, so nothing in waba may
//! depend on one.

use serde_json::{Value, json};

use super::wire::{Call, Reply};
use super::world::{Intent, World};

/// The customers the sandbox knows; the first is every demo WABA's.
pub const CUSTOMERS: [&str; 2] = ["cus_sandbox_demo", "cus_sandbox_other"];
/// The secret key the in-process sandbox uses; any `sk_test_…` is accepted.
pub const SECRET_KEY: &str = "sk_test_sandbox";
/// The card every demo WABA starts with.
pub const DEMO_CARD: &str = "pm_card_visa";

impl Intent {
    fn json(&self) -> Value {
        json!({
            "id": self.id, "object": "payment_intent", "amount": self.amount,
            "currency": self.currency, "customer": self.customer,
            "payment_method": self.payment_method, "description": self.description,
            "metadata": self.metadata, "status": self.status,
            "last_payment_error": self.last_payment_error,
            "latest_charge": self.latest_charge, "created": self.created,
            "livemode": false,
        })
    }
}

/// (brand, last4, outcome) of a test card; `None` for unknown ids.
fn test_card(id: &str) -> Option<(&'static str, &'static str, Outcome)> {
    Some(match id {
        "pm_card_visa" => ("visa", "4242", Outcome::Succeeds),
        "pm_card_mastercard" => ("mastercard", "4444", Outcome::Succeeds),
        "pm_card_visa_chargeDeclined" => (
            "visa",
            "0002",
            Outcome::Declines("generic_decline", "Your card was declined."),
        ),
        "pm_card_visa_chargeDeclinedInsufficientFunds" => (
            "visa",
            "9995",
            Outcome::Declines("insufficient_funds", "Your card has insufficient funds."),
        ),
        "pm_card_authenticationRequired" => ("visa", "3184", Outcome::NeedsAuthentication),
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy)]
enum Outcome {
    Succeeds,
    Declines(&'static str, &'static str),
    NeedsAuthentication,
}

fn stripe_error(status: u16, kind: &str, code: Option<&str>, message: &str) -> Reply {
    Reply {
        status,
        body: json!({"error": {"type": kind, "code": code, "message": message}}),
        waba: None,
    }
}

fn missing(what: &str, id: &str) -> Reply {
    stripe_error(
        404,
        "invalid_request_error",
        Some("resource_missing"),
        &format!("No such {what}: '{id}'"),
    )
}

/// Handles `/v1/…`; the bool says whether the world changed.
pub fn handle(world: &mut World, call: &Call, now: i64) -> (Reply, bool) {
    match call.token.as_deref() {
        Some(k) if k.starts_with("sk_test_") => {}
        _ => {
            return (
                stripe_error(
                    401,
                    "invalid_request_error",
                    None,
                    "Invalid API Key provided; the sandbox takes any sk_test_… key",
                ),
                false,
            );
        }
    }
    let rest = &call.segments[1..];
    match (call.method, rest) {
        ("GET", ["customers", id]) => {
            if CUSTOMERS.contains(id) {
                (
                    Reply::ok(
                        json!({"id": id, "object": "customer", "name": "Sandbox demo customer"}),
                    ),
                    false,
                )
            } else {
                (missing("customer", id), false)
            }
        }
        ("GET", ["payment_methods", id]) => match test_card(id) {
            Some((brand, last4, _)) => (
                Reply::ok(json!({
                    "id": id, "object": "payment_method", "type": "card", "customer": null,
                    "card": {"brand": brand, "last4": last4, "exp_month": 12, "exp_year": 2034}
                })),
                false,
            ),
            None => (missing("payment_method", id), false),
        },
        ("POST", ["payment_intents"]) => create(world, call, now),
        ("GET", ["payment_intents", id]) => match world.intents.iter().find(|i| i.id == *id) {
            Some(i) => (Reply::ok(i.json()), false),
            None => (missing("payment_intent", id), false),
        },
        ("POST", ["payment_intents", id, "confirm"]) => confirm(world, call, id),
        ("POST", ["payment_intents", id, "cancel"]) => {
            let Some(i) = world.intents.iter_mut().find(|i| i.id == *id) else {
                return (missing("payment_intent", id), false);
            };
            if i.status == "succeeded" || i.status == "canceled" {
                return (unexpected_state(i), false);
            }
            i.status = "canceled".into();
            (Reply::ok(i.json()), true)
        }
        ("GET", ["charges", id]) => match world
            .intents
            .iter()
            .find(|i| i.latest_charge.as_deref() == Some(id))
        {
            Some(i) => (
                Reply::ok(json!({
                    "id": id, "object": "charge", "amount": i.amount, "currency": i.currency,
                    "payment_intent": i.id, "paid": i.status == "succeeded",
                    "receipt_url": format!("https://pay.sandbox.invalid/receipts/{id}"),
                })),
                false,
            ),
            None => (missing("charge", id), false),
        },
        _ => (
            stripe_error(
                404,
                "invalid_request_error",
                None,
                &format!(
                    "Unrecognized request URL ({} /{})",
                    call.method,
                    call.segments.join("/")
                ),
            ),
            false,
        ),
    }
}

fn unexpected_state(i: &Intent) -> Reply {
    stripe_error(
        400,
        "invalid_request_error",
        Some("payment_intent_unexpected_state"),
        &format!(
            "This PaymentIntent's status is {}, which does not allow this action.",
            i.status
        ),
    )
}

fn create(world: &mut World, call: &Call, now: i64) -> (Reply, bool) {
    let p = |k: &str| {
        call.form
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let Some(amount) = p("amount")
        .and_then(|a| a.parse::<i64>().ok())
        .filter(|a| *a > 0)
    else {
        return (
            stripe_error(
                400,
                "invalid_request_error",
                Some("parameter_invalid_integer"),
                "Invalid positive integer: amount",
            ),
            false,
        );
    };
    let Some(currency) = p("currency").filter(|c| c.len() == 3) else {
        return (
            stripe_error(
                400,
                "invalid_request_error",
                Some("parameter_missing"),
                "Missing required param: currency.",
            ),
            false,
        );
    };
    let customer = p("customer").unwrap_or_default();
    if !CUSTOMERS.contains(&customer.as_str()) {
        return (missing("customer", &customer), false);
    }
    let pm = p("payment_method").unwrap_or_default();
    if test_card(&pm).is_none() {
        return (missing("payment_method", &pm), false);
    }
    let mut metadata = serde_json::Map::new();
    for (k, v) in &call.form {
        if let Some(key) = k
            .strip_prefix("metadata[")
            .and_then(|k| k.strip_suffix(']'))
        {
            metadata.insert(key.to_string(), json!(v));
        }
    }
    world.last_intent += 1;
    let intent = Intent {
        id: format!("pi_sbx_{:08}", world.last_intent),
        amount,
        currency,
        customer,
        payment_method: pm,
        description: p("description"),
        metadata,
        status: "requires_confirmation".into(),
        last_payment_error: None,
        latest_charge: None,
        created: now,
    };
    let body = intent.json();
    world.intents.push(intent);
    (Reply::ok(body), true)
}

fn confirm(world: &mut World, call: &Call, id: &str) -> (Reply, bool) {
    let off_session = call
        .form
        .iter()
        .any(|(k, v)| k == "off_session" && v == "true");
    let next_charge = world
        .intents
        .iter()
        .filter(|i| i.latest_charge.is_some())
        .count()
        + 1;
    let Some(i) = world.intents.iter_mut().find(|i| i.id == id) else {
        return (missing("payment_intent", id), false);
    };
    if i.status != "requires_confirmation" {
        return (unexpected_state(i), false);
    }
    let outcome = test_card(&i.payment_method).map(|(_, _, o)| o);
    let charge = format!("ch_sbx_{next_charge:08}");
    let decline = |i: &mut Intent, code: &str, decline_code: &str, message: &str| {
        let err = json!({"type": "card_error", "code": code, "decline_code": decline_code, "message": message, "charge": charge});
        i.status = "requires_payment_method".into();
        i.latest_charge = Some(charge.clone());
        i.last_payment_error = Some(err.clone());
        let mut body = json!({"error": err});
        body["error"]["payment_intent"] = i.json();
        Reply {
            status: 402,
            body,
            waba: None,
        }
    };
    let reply = match outcome {
        Some(Outcome::Succeeds) => {
            i.status = "succeeded".into();
            i.latest_charge = Some(charge.clone());
            Reply::ok(i.json())
        }
        Some(Outcome::Declines(code, message)) => decline(i, "card_declined", code, message),
        Some(Outcome::NeedsAuthentication) if off_session => decline(
            i,
            "authentication_required",
            "authentication_required",
            "Your card was declined. This transaction requires authentication.",
        ),
        Some(Outcome::NeedsAuthentication) => {
            i.status = "requires_action".into();
            Reply::ok(i.json())
        }
        None => return (missing("payment_method", &i.payment_method.clone()), false),
    };
    (reply, true)
}

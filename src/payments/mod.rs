//! The card processor: Stripe's PaymentIntents API, spoken to Stripe itself,
//! to `localstripe` in tests, or to the sandbox's own processor. One client
//! for all three; nothing here depends on a processor honouring
//! `Idempotency-Key` or searching intents, since localstripe does neither.

pub mod stripe;

use serde::Serialize;

/// What the processor says of one PaymentIntent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Intent {
    pub id: String,
    pub status: Status,
    /// Minor units (cents).
    pub amount: i64,
    pub currency: String,
    /// The top-up the intent was made for (from its metadata).
    pub topup_id: Option<String>,
    pub failure: Option<Failure>,
    /// The charge, once there is one; its receipt is looked up from it.
    pub charge: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    RequiresConfirmation,
    RequiresPaymentMethod,
    RequiresAction,
    Processing,
    Succeeded,
    Canceled,
    Other(String),
}

impl Status {
    pub fn parse(s: &str) -> Status {
        match s {
            "requires_confirmation" => Status::RequiresConfirmation,
            "requires_payment_method" => Status::RequiresPaymentMethod,
            "requires_action" => Status::RequiresAction,
            "processing" => Status::Processing,
            "succeeded" => Status::Succeeded,
            "canceled" => Status::Canceled,
            other => Status::Other(other.to_string()),
        }
    }
}

/// Why a charge failed, as the processor puts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub code: Option<String>,
    pub decline_code: Option<String>,
    pub message: String,
}

impl Failure {
    /// The processor's reason in one line: message and code.
    pub fn reason(&self) -> String {
        match (&self.decline_code, &self.code) {
            (Some(d), _) => format!("{} ({d})", self.message),
            (None, Some(c)) => format!("{} ({c})", self.message),
            _ => self.message.clone(),
        }
    }

    /// The card needs its holder (3-D Secure): charging it again off-session
    /// will not help.
    pub fn needs_cardholder(&self) -> bool {
        [&self.code, &self.decline_code]
            .iter()
            .any(|c| c.as_deref() == Some("authentication_required"))
    }
}

/// A card as the processor describes it, for confirmations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    pub id: String,
    pub brand: Option<String>,
    pub last4: Option<String>,
    pub customer: Option<String>,
}

impl Card {
    /// `visa •••• 4242 (pm_…)`.
    pub fn label(&self) -> String {
        match (&self.brand, &self.last4) {
            (Some(b), Some(l)) => format!("{b} •••• {l} ({})", self.id),
            _ => self.id.clone(),
        }
    }
}

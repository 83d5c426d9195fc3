//! The sandbox's persisted state: what Meta would hold. Kept as JSON in the
//! sandbox directory and reloaded when another process changed it, so a
//! `sandbox serve` and in-process runs tell one coherent story.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Business {
    pub id: String,
    pub name: String,
    pub verification_status: String,
    /// WABAs of other businesses this one serves as a partner
    /// (`client_whatsapp_business_accounts`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clients: Vec<String>,
}

/// A Graph node: its id, the node it belongs to, and its fields as Meta
/// would return them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub parent: String,
    pub fields: Map<String, Value>,
    /// What Meta knows but never returns as a field: a number's PIN, the
    /// number it is migrating from, a WABA's subscribed apps.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub hidden: Map<String, Value>,
}

impl Node {
    pub fn new(id: &str, parent: &str, fields: Map<String, Value>) -> Node {
        Node {
            id: id.to_string(),
            parent: parent.to_string(),
            fields,
            hidden: Map::new(),
        }
    }

    pub fn field(&self, key: &str) -> Option<&str> {
        self.fields.get(key).and_then(Value::as_str)
    }

    pub fn secret(&self, key: &str) -> Option<&str> {
        self.hidden.get(key).and_then(Value::as_str)
    }

    /// A WABA's subscribed apps, each with its callback override if any.
    pub fn subscribed_apps(&self) -> Vec<Value> {
        self.hidden
            .get("subscribed_apps")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    }

    /// The digits of a phone node's display number.
    pub fn digits(&self) -> String {
        self.field("display_phone_number")
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    }
}

/// A verification code the sandbox "sent": `waba sandbox inbox` shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SentCode {
    pub phone_id: String,
    pub number: String,
    pub method: String,
    pub language: String,
    pub code: String,
    pub sent_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used: bool,
}

/// An email or webhook call the sandbox "delivered": `waba sandbox outbox`
/// shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Delivery {
    pub at: DateTime<Utc>,
    /// `email` or `webhook`.
    pub kind: String,
    /// The address or URL, in full: the sandbox's own record.
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The JSON body a webhook received.
    pub body: serde_json::Value,
}

/// One register or deregister request, for Meta's 10-per-72-hours limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RegistrationCall {
    pub number: String,
    pub action: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    pub schema: u32,
    pub businesses: Vec<Business>,
    pub wabas: Vec<Node>,
    pub phones: Vec<Node>,
    pub inbox: Vec<SentCode>,
    pub registrations: Vec<RegistrationCall>,
    /// The last phone-number id handed out to an added number.
    pub last_phone_id: u64,
    /// Message templates of every WABA (`parent` is the WABA).
    pub templates: Vec<Node>,
    /// Template creations and edits, for Meta's limits.
    pub template_events: Vec<Event>,
    /// Names of deleted approved templates, blocked for 30 days.
    pub locked_names: Vec<Locked>,
    /// Sessions of the Resumable Upload API.
    pub uploads: Vec<Upload>,
    pub last_template_id: u64,
    /// The card processor's PaymentIntents (`/v1/payment_intents`).
    #[serde(default)]
    pub intents: Vec<Intent>,
    #[serde(default)]
    pub last_intent: u64,
    /// Alerts delivered to the sandbox instead of a mail server or a URL.
    #[serde(default)]
    pub outbox: Vec<Delivery>,
    /// When the sandbox first answered a call: numbers' timelines count
    /// from here (`drift`).
    #[serde(default)]
    pub started_at: Option<DateTime<Utc>>,
    /// Webhook events waiting for their callback (`callbacks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub callbacks: Vec<Pending>,
    #[serde(default)]
    pub last_callback: u64,
    /// When the next timeline step falls due (`None` inside: no step
    /// left), once known: every call asks, and a fleet has thousands of
    /// numbers. Not stored: worked out again after a load.
    #[serde(skip)]
    pub next_step: Option<Option<DateTime<Utc>>>,
}

impl World {
    pub const SCHEMA: u32 = 3;

    pub fn waba(&self, id: &str) -> Option<&Node> {
        self.wabas.iter().find(|n| n.id == id)
    }

    pub fn phone(&self, id: &str) -> Option<&Node> {
        self.phones.iter().find(|n| n.id == id)
    }

    pub fn phone_mut(&mut self, id: &str) -> Option<&mut Node> {
        self.phones.iter_mut().find(|n| n.id == id)
    }

    pub fn waba_mut(&mut self, id: &str) -> Option<&mut Node> {
        self.wabas.iter_mut().find(|n| n.id == id)
    }

    /// The phone node with these digits, in any WABA.
    pub fn phone_by_digits(&self, digits: &str) -> Option<&Node> {
        self.phones.iter().find(|p| p.digits() == digits)
    }

    pub fn business(&self, id: &str) -> Option<&Business> {
        self.businesses.iter().find(|b| b.id == id)
    }

    pub fn phones_of<'a>(&'a self, waba: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.phones.iter().filter(move |p| p.parent == waba)
    }
}

/// A webhook event waiting for its callback (`callbacks`). `due` and `queued` are wall time,
/// not the sandbox clock: retries go on under a fixed `WABA_NOW`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pending {
    pub id: u64,
    pub to: String,
    pub waba: String,
    /// `entry.time`: when it happened, on the sandbox clock (Unix seconds).
    pub time: i64,
    pub field: String,
    pub value: Value,
    pub tries: u32,
    pub queued: DateTime<Utc>,
    pub due: DateTime<Utc>,
}

/// One template creation or edit, for the limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub waba: String,
    pub template_id: String,
    pub kind: String,
    pub at: DateTime<Utc>,
}

/// A name+language that cannot be used again until `until`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Locked {
    pub waba: String,
    pub name: String,
    pub language: String,
    pub until: DateTime<Utc>,
}

/// An upload session of the Resumable Upload API.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Upload {
    pub id: String,
    pub file_type: String,
    pub length: u64,
    pub handle: Option<String>,
}

/// A PaymentIntent of the sandbox's card processor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Intent {
    pub id: String,
    pub amount: i64,
    pub currency: String,
    pub customer: String,
    pub payment_method: String,
    pub description: Option<String>,
    pub metadata: serde_json::Map<String, Value>,
    pub status: String,
    pub last_payment_error: Option<Value>,
    pub latest_charge: Option<String>,
    pub created: i64,
}

//! The sandbox's persisted state: what Meta would hold. Kept as JSON in the
//! sandbox directory and reloaded when another process changed it, so a
//! `sandbox serve` and in-process runs tell one coherent story.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::config::atomic;
use crate::error::{Error, Result};

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
    pub template_events: Vec<super::templates::Event>,
    /// Names of deleted approved templates, blocked for 30 days.
    pub locked_names: Vec<super::templates::Locked>,
    /// Sessions of the Resumable Upload API.
    pub uploads: Vec<super::templates::Upload>,
    pub last_template_id: u64,
    /// The card processor's PaymentIntents (`/v1/payment_intents`).
    #[serde(default)]
    pub intents: Vec<super::payments::Intent>,
    #[serde(default)]
    pub last_intent: u64,
    /// Alerts delivered to the sandbox instead of a mail server or a URL.
    #[serde(default)]
    pub outbox: Vec<Delivery>,
    /// When the sandbox first answered a call: numbers' timelines count
    /// from here (`drift`).
    #[serde(default)]
    pub started_at: Option<DateTime<Utc>>,
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

/// The world on disk, with the stamp of the copy in memory.
pub struct Store {
    dir: PathBuf,
    world: World,
    stamp: Option<(SystemTime, u64)>,
}

impl Store {
    /// Opens the sandbox directory, seeding it on first use, growing the
    /// fleet to `fleet` WABAs and the default WABA to `templates` templates.
    pub fn open(dir: &Path, fleet: u32, templates: u32) -> Result<Store> {
        // Its outbox holds alert targets, its store a ledger: private.
        atomic::private_dir(dir)?;
        let _lock = atomic::lock(&dir.join(".lock"))?;
        let path = dir.join("world.json");
        let mut world = match atomic::read_optional(&path)? {
            Some(text) => match serde_json::from_str::<World>(&text) {
                Ok(w) if w.schema == World::SCHEMA => w,
                _ => {
                    return Err(Error::usage(format!(
                        "the sandbox state {} is unreadable",
                        path.display()
                    ))
                    .with_hint("run `waba sandbox reset` to start the sandbox afresh"));
                }
            },
            None => super::seed::demo(),
        };
        let before = (world.wabas.len(), world.templates.len());
        super::seed::grow_fleet(&mut world, fleet);
        super::seed::grow_templates(&mut world, templates);
        let mut store = Store {
            dir: dir.to_path_buf(),
            world,
            stamp: None,
        };
        let after = (store.world.wabas.len(), store.world.templates.len());
        if store.stamp_now().is_none() || after != before {
            store.save_locked()?;
        }
        store.stamp = store.stamp_now();
        Ok(store)
    }

    fn path(&self) -> PathBuf {
        self.dir.join("world.json")
    }

    fn stamp_now(&self) -> Option<(SystemTime, u64)> {
        let m = fs::metadata(self.path()).ok()?;
        Some((m.modified().ok()?, m.len()))
    }

    fn refresh(&mut self) -> Result<()> {
        let now = self.stamp_now();
        if now != self.stamp
            && let Some(text) = atomic::read_optional(&self.path())?
            && let Ok(w) = serde_json::from_str::<World>(&text)
        {
            self.world = w;
            self.stamp = now;
        }
        Ok(())
    }

    fn save_locked(&mut self) -> Result<()> {
        let text = serde_json::to_string_pretty(&self.world)
            .map_err(|e| Error::internal(format!("cannot encode the sandbox state: {e}")))?;
        atomic::write(&self.path(), &text, true)?;
        self.stamp = self.stamp_now();
        Ok(())
    }

    /// Runs `f` on the current world; saves it when `f` says it changed it.
    pub fn with<T>(&mut self, f: impl FnOnce(&mut World) -> (T, bool)) -> Result<T> {
        let _lock = atomic::lock(&self.dir.join(".lock"))?;
        self.refresh()?;
        let (out, changed) = f(&mut self.world);
        if changed {
            self.save_locked()?;
        }
        Ok(out)
    }
}

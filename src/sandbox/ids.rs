//! The demo business's fixed ids, which docs, tests and the CLI name.

use serde_json::{Value, json};

/// The WABA commands use under `--sandbox` when no `--waba` is given.
pub const DEFAULT_WABA: &str = "100000000000001";
pub const SECOND_WABA: &str = "100000000000002";
pub const OTHER_BUSINESS_WABA: &str = "100000000000003";
pub const DEMO_BUSINESS: &str = "900000000000001";
pub const OTHER_BUSINESS: &str = "900000000000002";
pub const FLEET_BUSINESS: &str = "900000000000003";

/// The sandbox's Meta app: its id takes uploads (Resumable Upload API).
pub const SANDBOX_APP_ID: &str = "500000000000001";

/// The app every seeded WABA has subscribed to its webhooks.
pub static SANDBOX_APP: std::sync::LazyLock<Value> = std::sync::LazyLock::new(
    || json!({"id": "500000000000001", "name": "waba sandbox", "link": "https://www.facebook.com/games/?app_id=500000000000001"}),
);

/// The two-step verification PIN of the seeded numbers that have one.
pub const SEEDED_PIN: &str = "246810";

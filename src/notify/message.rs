//! A notification, as every kind of target receives it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One notification, as every kind of target receives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// `balance_low`, `recharge_failed` or `test`.
    pub event: String,
    pub subject: String,
    /// Plain text: the email's body, and the webhook's `text` (which
    /// Slack-compatible hooks show).
    pub text: String,
    /// The webhook's JSON body (`text` included).
    pub body: Value,
}

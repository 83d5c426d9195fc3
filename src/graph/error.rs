//! Meta's Graph error envelope as a typed error, and what the tool knows about
//! each code: how it maps to an exit code, whether it is worth retrying, and a
//! one-line hint. Keyed on `code` first; `error_subcode` only adds detail,
//! because the same subcode means different things under different codes
//! (2388091 under 136024 vs. elsewhere; see graph-api.md §1.3).

use serde_json::Value;

pub use crate::error::GraphError;
use crate::error::{Error, Kind};

/// Every throttling code Meta documents (graph-api.md §1.3, §7), and
/// whether a safe request may retry it after a pause. All of them exit 6
/// once retries are spent; this table is the one place that decides it.
const THROTTLING: [(i64, bool); 7] = [
    // The app's Graph call rate limit.
    (4, true),
    // The WABA's rate limit, and the Business Management API's
    // business-use-case limit.
    (80007, true),
    (80008, true),
    // Cloud API throughput.
    (130429, true),
    // Spam rate limit and the business-consumer pair rate limit: a quick
    // retry only adds to the count.
    (131048, false),
    (131056, false),
    // Register and deregister: 10 per number per 72 h; Meta blocks 72 h.
    (133016, false),
];

/// Whether `code` is a throttling code, and whether it may be retried.
fn throttling(code: i64) -> Option<bool> {
    THROTTLING
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, retry)| *retry)
}

/// How the client should treat an error before mapping it to an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Retry (if the request is safe), then exit 6.
    Throttled,
    /// Retry (if the request is safe), then exit 5.
    Transient,
    /// Do not retry.
    Permanent,
}

impl GraphError {
    /// Parses an error body. Returns `None` when the body carries no `error`
    /// object (an HTML error page from a proxy, say).
    pub fn from_body(http_status: u16, body: &Value) -> Option<GraphError> {
        let e = body.get("error")?;
        if !e.is_object() {
            return None;
        }
        let text = |key: &str| -> Option<String> {
            match e.get(key)? {
                Value::String(s) if !s.is_empty() => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }
        };
        let int = |key: &str| -> Option<i64> {
            match e.get(key)? {
                Value::Number(n) => n.as_i64(),
                Value::String(s) => s.trim().parse().ok(),
                _ => None,
            }
        };
        let details = e
            .get("error_data")
            .and_then(|d| match d {
                Value::Object(m) => m.get("details").and_then(Value::as_str).map(String::from),
                Value::String(s) => Some(s.clone()),
                _ => None,
            })
            .filter(|s| !s.is_empty());
        Some(GraphError {
            http_status,
            code: int("code"),
            subcode: int("error_subcode"),
            error_type: text("type"),
            message: text("message"),
            user_title: text("error_user_title"),
            user_msg: text("error_user_msg"),
            details,
            fbtrace_id: text("fbtrace_id"),
            is_transient: e.get("is_transient").and_then(Value::as_bool),
        })
    }

    pub fn class(&self) -> Class {
        match self.code {
            Some(c) if throttling(c) == Some(true) => Class::Throttled,
            Some(c) if throttling(c) == Some(false) => Class::Permanent,
            // Unknown error, service unavailable, server temporarily
            // unavailable, maintenance mode.
            Some(1 | 2 | 131000 | 133004 | 131057 | 2494100) => Class::Transient,
            _ if self.http_status >= 500 => Class::Transient,
            _ if self.is_transient == Some(true) => Class::Transient,
            _ => Class::Permanent,
        }
    }

    /// The exit-code kind of this error once retries (if any) are spent.
    pub fn kind(&self) -> Kind {
        match self.class() {
            Class::Throttled => return Kind::RateLimited,
            Class::Transient => return Kind::Unavailable,
            Class::Permanent => {}
        }
        match self.code {
            Some(c) if throttling(c).is_some() => Kind::RateLimited,
            Some(0 | 10 | 102 | 190 | 200..=299) => Kind::Auth,
            _ if self.http_status == 401 => Kind::Auth,
            _ => Kind::Rejected,
        }
    }

    /// The tool's advice for codes it knows. Keyed on `code`; the subcode
    /// is read only where the code itself is generic (100), because the
    /// migration errors (2388xxx) arrive both as codes and as subcodes of
    /// 100, while under 136024/136025 the same subcodes mean something else.
    pub fn hint(&self) -> Option<String> {
        let code = self.code?;
        let advice = match (code, self.subcode) {
            (100, Some(sub)) if (2388000..2389000).contains(&sub) || sub == 2593002 => advice(sub),
            (100, Some(33)) => Some(
                "the id does not exist or this token cannot see it: check the id (`waba numbers list`) and the token's WABAs (`waba auth status`)",
            ),
            _ => advice(code),
        };
        advice.map(str::to_string)
    }

    /// One line: Meta's own words, code and trace id.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let text = self
            .user_title
            .as_deref()
            .map(|t| match &self.user_msg {
                Some(m) => format!("{t}: {m}"),
                None => t.to_string(),
            })
            .or_else(|| self.message.clone())
            .unwrap_or_else(|| format!("HTTP {}", self.http_status));
        s.push_str("Meta: ");
        s.push_str(&text);
        if self.user_title.is_some()
            && let Some(m) = &self.message
        {
            s.push_str(&format!(" ({m})"));
        }
        if let Some(d) = &self.details {
            s.push_str(&format!(" — {d}"));
        }
        let mut tags = Vec::new();
        if let Some(c) = self.code {
            tags.push(format!("code {c}"));
        }
        if let Some(c) = self.subcode {
            tags.push(format!("subcode {c}"));
        }
        if let Some(t) = &self.fbtrace_id {
            tags.push(format!("fbtrace_id {t}"));
        }
        if !tags.is_empty() {
            s.push_str(&format!(" [{}]", tags.join(", ")));
        }
        s
    }

    pub fn into_error(self) -> Error {
        let mut err = Error::new(self.kind(), self.summary());
        err.hint = self.hint();
        err.graph = Some(Box::new(self));
        err
    }
}

/// What happened and what to do, per code (graph-api.md §1.3 and §7).
fn advice(code: i64) -> Option<&'static str> {
    Some(match code {
        190 => {
            "the access token is invalid or expired: run `waba auth login` for this profile, or set WABA_TOKEN"
        }
        102 | 0 => "the session is not valid: log in again with `waba auth login`",
        10 | 200..=299 => {
            "the token lacks a permission for this: `waba auth status` lists its scopes; it needs whatsapp_business_management"
        }
        4 => "the app reached its Graph call rate limit: wait a few minutes and try again",
        80007 => {
            "this WABA reached its rate limit (200 calls/hour by default): wait, or spread calls out"
        }
        130429 => "Cloud API throughput reached: slow down and retry later",
        80008 => {
            "the business reached its WhatsApp Business Management API rate limit: wait, or spread calls out (`--jobs` lower for fleet commands)"
        }
        131048 => {
            "Meta's spam rate limit: messages from this number were limited; wait before sending more"
        }
        131056 => {
            "too many messages to the same user in a short time (pair rate limit): wait before sending to that user again"
        }
        133016 => {
            "register and deregister are each limited to 10 calls per number per 72 h, and Meta now blocks the number for 72 h: the next attempt is possible 72 h after this one"
        }
        100 => "Meta rejected a parameter: check the values passed (see the message above)",
        2500 => "the request path is not a Graph endpoint: check --graph-url and --api-version",
        2635 => {
            "this Graph API version is no longer served: pass a newer --api-version (default v25.0)"
        }
        136024 => {
            "Meta could not send the verification code; nothing changed: wait a while before requesting again, or try --code-method voice"
        }
        136025 => {
            "Meta did not accept the verification code: check the 6 digits; a code older than about 10 minutes has expired, so request a new one"
        }
        133005 => {
            "the two-step verification PIN does not match the number's current PIN: use the current one, or set a new one with `waba set-pin`"
        }
        133006 => {
            "the number must prove ownership again before it can be registered: request and verify a code (`waba request-code`, `waba verify-code`), then register"
        }
        133008 => {
            "too many wrong PIN guesses: Meta blocks PIN attempts for a while; wait for the time given in the details, then retry with the right PIN"
        }
        133009 => {
            "PIN attempts came too fast: wait for the time given in the details before trying again"
        }
        133010 => {
            "the number is not registered on Cloud API: register it first with `waba register`"
        }
        133015 => {
            "the number was deleted recently: Meta asks to wait about 5 minutes before registering it"
        }
        133000 => "a previous deregistration did not complete: deregister again before registering",
        131031 => {
            "the business account is locked (a policy lock, or data that did not match, such as a wrong two-step PIN): check the number's health with `waba numbers show` and the account in WhatsApp Manager"
        }
        131042 => {
            "there is a payment problem with the WABA: check its payment method in Business Manager"
        }
        131057 | 2494100 => {
            "the account is in maintenance mode; nothing changed: try again in a few minutes"
        }
        2388001 => {
            "a migration prerequisite is not met, and Meta documents two causes: two-step verification is still on for the number (the source WABA's owner turns it off in WhatsApp Manager; there is no API for it), or ownership was not confirmed before registering (request and verify a code first); Meta's words above say which"
        }
        2388012 => {
            "the number is already in the destination WABA: there is nothing to add; see `waba numbers list`, and finish an earlier migration by running `waba migrate-number` again"
        }
        2388091 | 2388093 => {
            "Meta offers no ownership verification for this number: it is not being migrated, so add and register it the normal way"
        }
        2388103 => {
            "Meta refused the migration; its documented causes are: no app subscribed to the destination WABA's webhooks, a number that can be added directly, no approved display name, a source or destination WABA not approved, no payment method, a number of another business, or a pending \"messaging for\" request; Meta's words above say which"
        }
        2388019 => {
            "the WABA reached its template limit (250, or 6,000 once the business is verified and a number has an approved display name; each language counts): delete unused templates first"
        }
        2388023 => {
            "this name and language belonged to a deleted template: Meta blocks it for 30 days after deletion; use a new name"
        }
        2388024 => {
            "a template with this name already exists in this language: edit it (`waba templates edit`), or pick another name"
        }
        2388040 => {
            "a field is over Meta's length limit (header 60, body 1,024, footer 60, button label 25): `waba templates lint FILE` shows which"
        }
        2388047 => {
            "the header is malformed (one per template, at most one placeholder, text headers 60 characters): `waba templates lint FILE`"
        }
        2388072 | 2388073 => {
            "the body or footer is malformed: `waba templates lint FILE` names the problem"
        }
        2388293 => {
            "too many placeholders for the length of the text: add fixed words around them, or use fewer placeholders"
        }
        2388299 => {
            "the body starts or ends with a placeholder: put fixed text before the first and after the last"
        }
        2593002 => {
            "no template has that name in this WABA: `waba templates list --name PART` shows what exists"
        }
        368 => {
            "the account is temporarily blocked for a policy violation: see Business Support Home"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(status: u16, v: Value) -> GraphError {
        GraphError::from_body(status, &v).expect("an error envelope")
    }

    #[test]
    fn reads_every_documented_field() {
        let e = parse(
            400,
            json!({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
                "error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},
                "error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam","is_transient":true,"extra":1}}),
        );
        assert_eq!(e.code, Some(130429));
        assert_eq!(e.subcode, Some(2494055));
        assert_eq!(e.error_type.as_deref(), Some("OAuthException"));
        assert_eq!(
            e.details.as_deref(),
            Some("Cloud API message throughput has been reached.")
        );
        assert_eq!(e.fbtrace_id.as_deref(), Some("Az8or2yhqkZfEZ-_4Qn_Bam"));
        assert_eq!(e.is_transient, Some(true));
        assert_eq!(e.class(), Class::Throttled);
        assert_eq!(e.kind(), Kind::RateLimited);
    }

    #[test]
    fn maps_codes_to_exit_kinds() {
        let kind = |status: u16, code: i64| parse(status, json!({"error":{"code":code}})).kind();
        assert_eq!(kind(401, 190), Kind::Auth);
        assert_eq!(kind(403, 10), Kind::Auth);
        assert_eq!(kind(403, 200), Kind::Auth);
        assert_eq!(kind(403, 299), Kind::Auth);
        assert_eq!(kind(400, 100), Kind::Rejected);
        assert_eq!(kind(400, 133016), Kind::RateLimited);
        assert_eq!(kind(400, 80007), Kind::RateLimited);
        assert_eq!(kind(400, 4), Kind::RateLimited);
        assert_eq!(kind(500, 131000), Kind::Unavailable);
        assert_eq!(kind(503, 133004), Kind::Unavailable);
        assert_eq!(kind(400, 136025), Kind::Rejected);
    }

    #[test]
    fn every_documented_throttling_code_exits_6_with_advice() {
        for (code, retried) in [
            (4, true),
            (80007, true),
            (80008, true),
            (130429, true),
            (131048, false),
            (131056, false),
            (133016, false),
        ] {
            let e = parse(400, json!({"error":{"code":code}}));
            assert_eq!(e.kind(), Kind::RateLimited, "{code}");
            assert_eq!(e.kind().exit_code(), 6, "{code}");
            assert_eq!(e.class() == Class::Throttled, retried, "{code}");
            assert!(e.hint().is_some(), "{code} has no advice");
        }
    }

    #[test]
    fn the_same_subcode_gets_advice_from_its_code() {
        let req = parse(
            400,
            json!({"error":{"code":136024,"error_subcode":2388091,"error_user_title":"Não foi possível enviar o código","error_user_msg":"Tente novamente depois de um tempo."}}),
        );
        let ver = parse(
            400,
            json!({"error":{"code":136025,"error_subcode":2388093}}),
        );
        assert!(req.hint().unwrap().contains("could not send"));
        assert!(ver.hint().unwrap().contains("did not accept"));
        assert!(!req.hint().unwrap().contains("ownership"));
        let summary = req.summary();
        assert!(summary.contains("Não foi possível enviar o código: Tente novamente"));
        assert!(summary.contains("code 136024, subcode 2388091"));
    }

    #[test]
    fn every_migration_code_has_advice_and_an_exit_kind() {
        let codes = [
            2388001, 2388012, 2388091, 2388093, 2388103, 2494100, 136024, 136025, 133005, 133006,
            133008, 133009, 133010, 133015, 133016, 131031,
        ];
        for code in codes {
            let e = parse(400, json!({"error":{"code":code}}));
            assert!(e.hint().is_some(), "{code} has no advice");
            let expected = match code {
                133016 => Kind::RateLimited,
                2494100 => Kind::Unavailable,
                _ => Kind::Rejected,
            };
            assert_eq!(e.kind(), expected, "{code}");
        }
    }

    #[test]
    fn migration_subcodes_of_code_100_get_migration_advice() {
        let e = parse(400, json!({"error":{"code":100,"error_subcode":2388103}}));
        assert!(e.hint().unwrap().contains("documented causes"));
        let two = parse(400, json!({"error":{"code":100,"error_subcode":2388001}}));
        assert!(two.hint().unwrap().contains("two causes"));
        let plain = parse(400, json!({"error":{"code":100,"error_subcode":1234}}));
        assert!(plain.hint().unwrap().contains("rejected a parameter"));
    }

    #[test]
    fn a_body_without_an_error_object_is_not_a_graph_error() {
        assert!(GraphError::from_body(502, &json!({"data": []})).is_none());
        assert!(GraphError::from_body(502, &json!({"error": "bad gateway"})).is_none());
    }
}

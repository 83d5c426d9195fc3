//! The error envelopes the sandbox answers with, worded as Meta words them
//! (graph-api.md §1.3 and §7). Used by the emulated endpoints and by
//! `sandbox serve --inject`.

use serde_json::json;

use super::wire::Reply;

/// Meta's HTTP status and title for a code.
fn title(code: i64) -> (u16, &'static str) {
    match code {
        1 => (500, "An unknown error occurred"),
        2 => (503, "Service temporarily unavailable"),
        4 => (429, "Application request limit reached"),
        100 => (400, "Invalid parameter"),
        131000 => (500, "Something went wrong"),
        131031 => (403, "Business Account locked"),
        133000 => (500, "Incomplete Deregistration"),
        133004 => (503, "Server Temporarily Unavailable"),
        133005 => (400, "Two step verification PIN Mismatch"),
        133006 => (400, "Phone number re-verification needed"),
        133008 => (400, "Too Many two step verification PIN Guesses"),
        133009 => (400, "Two step verification PIN Guessed Too Fast"),
        133010 => (400, "Phone number Not Registered"),
        133015 => (
            400,
            "Please wait a few minutes before attempting to register this phone number",
        ),
        133016 => (400, "Account register deregister rate limit exceeded"),
        136024 => (400, "Request code error"),
        136025 => (400, "Verify code error"),
        200000 => (400, "Cannot add phone number to WhatsApp Business Account"),
        2494100 => (503, "Account is in maintenance mode"),
        80007 => (429, "Rate limit issues"),
        130429 => (429, "Rate limit hit"),
        _ => (400, "An error occurred"),
    }
}

/// What Meta tells the user for the migration errors, which come as
/// subcodes (or codes: both arrive in the wild).
fn migration_words(code: i64) -> Option<(&'static str, &'static str)> {
    Some(match code {
        2388001 => (
            "Two-step verification is on",
            "Two-step authentication must be disabled for this phone number.",
        ),
        2388012 => (
            "Number already added",
            "The phone number you are trying to migrate is already present in your WhatsApp account.",
        ),
        2388091 | 2388093 => (
            "Not available",
            "Phone ownership verification APIs are not available for this use case.",
        ),
        2388103 => (
            "Migration not possible",
            "Error migrating the phone number.",
        ),
        _ => return None,
    })
}

/// A Graph error for `code` (and `subcode`), with Meta's title, and the
/// user-facing title and message when given.
pub fn meta(code: i64, subcode: Option<i64>, user: Option<(&str, &str)>, trace: &str) -> Reply {
    let (status, title) = title(code);
    let message = if code == 100 || code < 1000 {
        format!("(#{code}) {title}")
    } else {
        title.to_string()
    };
    let mut e =
        json!({"message": message, "type": "OAuthException", "code": code, "fbtrace_id": trace});
    if let Some(s) = subcode {
        e["error_subcode"] = json!(s);
    }
    let user = user.or_else(|| migration_words(subcode.unwrap_or(code)));
    if let Some((t, m)) = user {
        e["error_user_title"] = json!(t);
        e["error_user_msg"] = json!(m);
    }
    if matches!(code, 1 | 2 | 131000 | 133004 | 2494100) {
        e["is_transient"] = json!(true);
    }
    Reply {
        status,
        body: json!({ "error": e }),
        waba: None,
    }
}

/// A migration error as the sandbox sends it: code 100 with the 2388xxx
/// subcode, the way public client code reads them.
pub fn migration(subcode: i64, title: &str, message: &str, trace: &str) -> Reply {
    meta(100, Some(subcode), Some((title, message)), trace)
}

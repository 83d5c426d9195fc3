//! Adding, verifying and registering numbers, as Meta documents them
//! (graph-api.md §1): migration from another WABA of the same business,
//! verification codes that expire after 10 minutes, two-step verification
//! PINs, and the 10-per-72-hours register and deregister limits.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use super::errors::{meta, migration};
use super::wire::{Call, Reply, invalid_param, unknown_object};
use super::world::{Node, RegistrationCall, SentCode, World};
use crate::clock::Clock;
use crate::graph::registration::{CALLS_PER_WINDOW, REGIONS, WINDOW_HOURS};
use crate::migration::answers;
use crate::phone::Number;

/// How long a verification code stays valid.
pub const CODE_TTL_MINUTES: i64 = 10;

type Outcome = (Reply, bool);

fn success() -> Reply {
    Reply {
        status: 200,
        body: json!({"success": true}),
        waba: None,
    }
}

fn is_six_digits(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit())
}

/// `POST /{waba}/phone_numbers`: add a number, or start migrating one with
/// `migrate_phone_number=true`.
pub fn add_number(world: &mut World, waba_id: &str, call: &Call, trace: &str) -> Outcome {
    let Some(dest) = world.waba(waba_id).cloned() else {
        return (unknown_object(waba_id, "POST", trace), false);
    };
    let (Some(cc), Some(national)) = (call.param("cc"), call.param("phone_number")) else {
        return (
            invalid_param("The parameters cc and phone_number are required", trace),
            false,
        );
    };
    let number = match Number::parse(&format!("+{cc}{national}")) {
        Ok(n) if n.national() == national && n.country_code().to_string() == cc => n,
        _ => {
            return (
                invalid_param(
                    &format!(
                        "Param phone_number `{national}` with cc `{cc}` is not a valid phone number; phone_number is the number without the country code"
                    ),
                    trace,
                ),
                false,
            );
        }
    };
    let digits = number.digits();
    let migrate = call.param("migrate_phone_number") == Some("true");
    let existing = world.phone_by_digits(&digits).cloned();
    if !migrate {
        if existing.is_some() {
            return (meta(200000, None, None, trace), false);
        }
        let Some(name) = call.param("verified_name").filter(|n| n.len() >= 2) else {
            return (
                invalid_param("The parameter verified_name is required", trace),
                false,
            );
        };
        let id = new_phone(world, waba_id, &number, name, "PENDING_REVIEW", None);
        return (Reply::ok(json!({ "id": id })), true);
    }
    let Some(source) = existing else {
        return (
            migration(
                2388103,
                "Not a migration",
                "This phone number is eligible to be added directly, and does not need to use phone migration APIs.",
                trace,
            ),
            false,
        );
    };
    if source.parent == waba_id {
        return (
            migration(
                2388012,
                "Number already added",
                "The phone number you are trying to migrate is already present in your WhatsApp account.",
                trace,
            ),
            false,
        );
    }
    let same_business = world.waba(&source.parent).map(|w| w.parent.as_str()) == Some(&dest.parent);
    let refusal = if !same_business {
        Some("This phone number belongs to a different Business Manager account.")
    } else if !dest
        .field("account_review_status")
        .is_some_and(|s| s.eq_ignore_ascii_case("APPROVED"))
    {
        Some("Your WhatsApp account must be approved.")
    } else if dest.field("primary_funding_id").is_none() {
        Some("Your WhatsApp account has no payment account.")
    } else if dest.subscribed_apps().is_empty() {
        Some("Webhooks have not been set up for the destination WhatsApp Business account.")
    } else if !source
        .field("name_status")
        .is_some_and(|s| s.eq_ignore_ascii_case("APPROVED"))
        || source
            .field("new_name_status")
            .is_some_and(|s| s.eq_ignore_ascii_case("PENDING_REVIEW"))
    {
        Some(
            "The business phone number must have an approved display name and no pending display name change.",
        )
    } else {
        None
    };
    if let Some(why) = refusal {
        return (
            migration(2388103, "Migration not possible", why, trace),
            false,
        );
    }
    if source.fields.get("is_pin_enabled") == Some(&json!(true)) {
        return (
            migration(
                2388001,
                "Two-step verification is on",
                "Two-step authentication must be disabled for this phone number.",
                trace,
            ),
            false,
        );
    }
    let name = source
        .field("verified_name")
        .unwrap_or("Migrated number")
        .to_string();
    let id = new_phone(world, waba_id, &number, &name, "APPROVED", Some(&source));
    (Reply::ok(json!({ "id": id })), true)
}

fn new_phone(
    world: &mut World,
    waba_id: &str,
    number: &Number,
    name: &str,
    name_status: &str,
    source: Option<&Node>,
) -> String {
    world.last_phone_id += 1;
    let id = world.last_phone_id.to_string();
    let copied = |key: &str, default: Value| {
        source
            .and_then(|s| s.fields.get(key).cloned())
            .unwrap_or(default)
    };
    let display = copied("display_phone_number", json!(number.to_string()));
    let limit = copied(
        "whatsapp_business_manager_messaging_limit",
        json!("TIER_250"),
    );
    let fields = json!({
        "id": id,
        "display_phone_number": display,
        "verified_name": name,
        "status": "PENDING",
        "quality_rating": copied("quality_rating", json!("UNKNOWN")),
        "name_status": name_status,
        "new_name_status": "NONE",
        "code_verification_status": "NOT_VERIFIED",
        "messaging_limit_tier": copied("messaging_limit_tier", json!("TIER_250")),
        "whatsapp_business_manager_messaging_limit": limit,
        "throughput": {"level": "STANDARD"},
        "platform_type": "NOT_APPLICABLE",
        "account_mode": "LIVE",
        "is_official_business_account": false,
        "is_pin_enabled": false,
        "health_status": super::drift::health(&id, "BLOCKED", Some(super::drift::not_registered())),
        "country_dial_code": number.country_code().to_string(),
    });
    let mut node = Node::new(
        &id,
        waba_id,
        fields.as_object().cloned().unwrap_or_default(),
    );
    if let Some(s) = source {
        node.hidden.insert("migrating_from".into(), json!(s.id));
    }
    world.phones.push(node);
    id
}

/// `GET|POST|DELETE /{waba}/subscribed_apps`. The calling app is always
/// the sandbox's; a POST may override its callback URL for this WABA,
/// with the verify token Meta would echo to it.
pub fn subscriptions(
    world: &mut World,
    waba_id: &str,
    method: &str,
    call: &Call,
    trace: &str,
) -> Outcome {
    let Some(waba) = world.waba_mut(waba_id) else {
        return (unknown_object(waba_id, method, trace), false);
    };
    match method {
        "GET" => {
            let data: Vec<Value> = waba
                .subscribed_apps()
                .into_iter()
                .map(|a| {
                    let mut entry = json!({ "whatsapp_business_api_data": a });
                    if let Some(uri) = a.get("override_callback_uri") {
                        entry["override_callback_uri"] = uri.clone();
                        entry["whatsapp_business_api_data"]
                            .as_object_mut()
                            .map(|m| m.remove("override_callback_uri"));
                    }
                    entry
                })
                .collect();
            let mut r = Reply::ok(json!({ "data": data }));
            r.waba = Some(waba_id.to_string());
            (r, false)
        }
        "POST" => {
            let mut app = super::ids::SANDBOX_APP.clone();
            match (
                call.param("override_callback_uri"),
                call.param("verify_token"),
            ) {
                // Meta's override page: https, at most 200 characters. A
                // callback on this machine may be plain http: the sandbox
                // calls nothing else.
                (Some(uri), Some(t))
                    if (uri.starts_with("https://") || super::callbacks::calls(uri))
                        && uri.len() <= 200
                        && !t.is_empty() =>
                {
                    app["override_callback_uri"] = json!(uri);
                }
                (Some(_), _) => {
                    return (
                        invalid_param(
                            "override_callback_uri must be an https URL of at most 200 characters, sent with a verify_token",
                            trace,
                        ),
                        false,
                    );
                }
                _ => {}
            }
            waba.hidden.insert("subscribed_apps".into(), json!([app]));
            (success(), true)
        }
        _ => {
            waba.hidden.insert("subscribed_apps".into(), json!([]));
            (success(), true)
        }
    }
}

/// `POST /{phone}/request_code`: "sends" a code to the sandbox inbox.
pub fn request_code(
    world: &mut World,
    id: &str,
    call: &Call,
    clock: &Clock,
    trace: &str,
) -> Outcome {
    let Some(phone) = world.phone(id).cloned() else {
        return (unknown_object(id, "POST", trace), false);
    };
    let method = match call.param("code_method") {
        Some(m @ ("SMS" | "VOICE")) => m.to_string(),
        _ => {
            return (
                invalid_param("Param code_method must be one of {SMS, VOICE}", trace),
                false,
            );
        }
    };
    let language = match call.param("language") {
        Some(l) if answers::language(l).is_ok() => l.to_string(),
        _ => {
            return (
                invalid_param("Param language must be a locale such as en_US", trace),
                false,
            );
        }
    };
    let now = clock.now();
    let sent = world.inbox.iter().filter(|c| c.phone_id == id).count();
    let code = code_for(id, sent);
    world.inbox.push(SentCode {
        phone_id: id.to_string(),
        number: phone
            .field("display_phone_number")
            .unwrap_or(id)
            .to_string(),
        method,
        language,
        code,
        sent_at: now,
        expires_at: now + Duration::minutes(CODE_TTL_MINUTES),
        used: false,
    });
    if let Some(p) = world.phone_mut(id)
        && p.field("code_verification_status") == Some("EXPIRED")
    {
        p.fields
            .insert("code_verification_status".into(), json!("NOT_VERIFIED"));
    }
    (success(), true)
}

/// A deterministic 6-digit code per number and request, so demos repeat.
fn code_for(id: &str, n: usize) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes().chain(n.to_le_bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    format!("{:06}", h % 1_000_000)
}

/// The newest code sent to a number.
pub fn latest_code<'a>(world: &'a World, phone_id: &str) -> Option<&'a SentCode> {
    world.inbox.iter().rev().find(|c| c.phone_id == phone_id)
}

/// Marks numbers whose newest code lapsed unused as `EXPIRED`, as Meta
/// reports them. Returns whether anything changed.
pub fn expire_codes(world: &mut World, now: DateTime<Utc>) -> bool {
    // From the codes sent, not the numbers: every call asks, and a fleet
    // has thousands of numbers but few codes out.
    let lapsed: Vec<String> = world
        .inbox
        .iter()
        .filter(|c| !c.used && c.expires_at <= now)
        .map(|c| c.phone_id.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|id| latest_code(world, id).is_some_and(|c| !c.used && c.expires_at <= now))
        .filter(|id| {
            world
                .phone(id)
                .is_some_and(|p| p.field("code_verification_status") == Some("NOT_VERIFIED"))
        })
        .collect();
    for id in &lapsed {
        if let Some(p) = world.phone_mut(id) {
            p.fields
                .insert("code_verification_status".into(), json!("EXPIRED"));
        }
    }
    !lapsed.is_empty()
}

/// `POST /{phone}/verify_code`.
pub fn verify_code(
    world: &mut World,
    id: &str,
    call: &Call,
    clock: &Clock,
    trace: &str,
) -> Outcome {
    if world.phone(id).is_none() {
        return (unknown_object(id, "POST", trace), false);
    }
    let Some(given) = call.param("code") else {
        return (
            invalid_param("The parameter code is required", trace),
            false,
        );
    };
    let now = clock.now();
    let wrong = || {
        meta(
            136025,
            Some(2388093),
            Some(("Couldn't verify code", "The code entered is incorrect.")),
            trace,
        )
    };
    let Some(latest) = latest_code(world, id).cloned() else {
        return (wrong(), false);
    };
    if latest.used || latest.expires_at <= now {
        let changed = expire_codes(world, now);
        return (
            meta(
                136025,
                Some(2388093),
                Some((
                    "Couldn't verify code",
                    "The code has expired. Request a new code.",
                )),
                trace,
            ),
            changed,
        );
    }
    if given != latest.code {
        return (wrong(), false);
    }
    if let Some(c) = world.inbox.iter_mut().rev().find(|c| c.phone_id == id) {
        c.used = true;
    }
    if let Some(p) = world.phone_mut(id) {
        p.fields
            .insert("code_verification_status".into(), json!("VERIFIED"));
    }
    (success(), true)
}

/// Meta's limit: the 11th call in 72 hours is refused with 133016 and the
/// number is blocked for 72 hours.
fn over_limit(
    world: &mut World,
    phone: &Node,
    action: &str,
    now: DateTime<Utc>,
    trace: &str,
) -> Option<Reply> {
    let digits = phone.digits();
    let key = format!("{action}_blocked_until");
    let blocked = phone
        .secret(&key)
        .and_then(|t| t.parse::<DateTime<Utc>>().ok())
        .is_some_and(|until| now < until);
    let since = now - Duration::hours(WINDOW_HOURS);
    let recent = world
        .registrations
        .iter()
        .filter(|r| r.number == digits && r.action == action && r.at > since)
        .count();
    if blocked || recent >= CALLS_PER_WINDOW {
        if !blocked && let Some(p) = world.phone_mut(&phone.id) {
            p.hidden.insert(
                key,
                json!((now + Duration::hours(WINDOW_HOURS)).to_rfc3339()),
            );
        }
        return Some(meta(
            133016,
            None,
            Some((
                "Too many attempts",
                "Registration or Deregistration failed because there were too many attempts for this phone number in a short period of time",
            )),
            trace,
        ));
    }
    world.registrations.push(RegistrationCall {
        number: digits,
        action: action.to_string(),
        at: now,
    });
    None
}

fn registered(phone: &Node) -> bool {
    matches!(
        phone
            .field("status")
            .map(str::to_ascii_uppercase)
            .as_deref(),
        Some("CONNECTED" | "FLAGGED" | "RESTRICTED")
    )
}

/// `POST /{phone}/register` (JSON or form body).
pub fn register(world: &mut World, id: &str, call: &Call, clock: &Clock, trace: &str) -> Outcome {
    let Some(phone) = world.phone(id).cloned() else {
        return (unknown_object(id, "POST", trace), false);
    };
    if call.param("messaging_product") != Some("whatsapp") {
        return (
            invalid_param("Param messaging_product must be whatsapp", trace),
            false,
        );
    }
    let Some(pin) = call.param("pin").filter(|p| is_six_digits(p)) else {
        return (
            invalid_param("Param pin must be a 6-digit number", trace),
            false,
        );
    };
    let region = call.param("data_localization_region");
    if let Some(r) = region
        && !REGIONS.contains(&r)
    {
        return (
            invalid_param(
                "Param data_localization_region is not a supported region",
                trace,
            ),
            false,
        );
    }
    let now = clock.now();
    if let Some(refused) = over_limit(world, &phone, "register", now, trace) {
        return (refused, true);
    }
    let verified = phone.field("code_verification_status") == Some("VERIFIED");
    if phone.hidden.contains_key("migrating_from") && !verified {
        return (
            migration(
                2388001,
                "Ownership not confirmed",
                "Certificate can be downloaded only after confirming ownership of a phone number that is being migrated.",
                trace,
            ),
            true,
        );
    }
    if !verified {
        return (meta(133006, None, None, trace), true);
    }
    let pin_on = phone.fields.get("is_pin_enabled") == Some(&json!(true));
    if pin_on && phone.secret("pin").is_some_and(|p| p != pin) {
        return (meta(133005, None, None, trace), true);
    }
    let source = phone.secret("migrating_from").map(str::to_string);
    if let Some(p) = world.phone_mut(id) {
        p.hidden.insert("pin".into(), json!(pin));
        p.hidden.remove("migrating_from");
        match region {
            Some(r) => p.hidden.insert("data_localization_region".into(), json!(r)),
            None => p.hidden.remove("data_localization_region"),
        };
        for (k, v) in [
            ("is_pin_enabled", json!(true)),
            ("status", json!("CONNECTED")),
            ("platform_type", json!("CLOUD_API")),
            (
                "last_onboarded_time",
                json!(now.format("%Y-%m-%dT%H:%M:%S+0000").to_string()),
            ),
            (
                "health_status",
                json!({"can_send_message": "AVAILABLE", "entities": [
                {"entity_type": "PHONE_NUMBER", "id": id, "can_send_message": "AVAILABLE"}]}),
            ),
        ] {
            p.fields.insert(k.into(), v);
        }
    }
    // A completed migration moves the number: the source WABA loses it.
    if let Some(src) = source {
        world.phones.retain(|p| p.id != src);
    }
    (success(), true)
}

/// `POST /{phone}/deregister`.
pub fn deregister(world: &mut World, id: &str, clock: &Clock, trace: &str) -> Outcome {
    let Some(phone) = world.phone(id).cloned() else {
        return (unknown_object(id, "POST", trace), false);
    };
    if let Some(refused) = over_limit(world, &phone, "deregister", clock.now(), trace) {
        return (refused, true);
    }
    if !registered(&phone) {
        return (
            meta(
                100,
                Some(2207051),
                Some((
                    "Not registered",
                    "Phone number not registered on the WhatsApp Business Platform.",
                )),
                trace,
            ),
            true,
        );
    }
    if let Some(p) = world.phone_mut(id) {
        p.fields.insert("status".into(), json!("DISCONNECTED"));
        p.fields
            .insert("platform_type".into(), json!("NOT_APPLICABLE"));
        p.hidden.remove("data_localization_region");
    }
    (success(), true)
}

/// `POST /{phone}` with `pin`: sets the two-step verification PIN.
pub fn set_pin(world: &mut World, id: &str, call: &Call, trace: &str) -> Outcome {
    let Some(phone) = world.phone(id).cloned() else {
        return (unknown_object(id, "POST", trace), false);
    };
    let Some(pin) = call.param("pin") else {
        return (invalid_param("The parameter pin is required", trace), false);
    };
    if !is_six_digits(pin) {
        return (
            invalid_param("Param pin must be a 6-digit number", trace),
            false,
        );
    }
    if !registered(&phone) {
        return (meta(133010, None, None, trace), false);
    }
    if let Some(p) = world.phone_mut(id) {
        p.fields.insert("is_pin_enabled".into(), json!(true));
        p.hidden.insert("pin".into(), json!(pin));
    }
    (success(), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_differ_per_request() {
        let a = code_for("200000000000101", 0);
        let b = code_for("200000000000101", 1);
        assert!(is_six_digits(&a) && is_six_digits(&b));
        assert_ne!(a, b);
    }
}

//! The Graph API as the sandbox answers it: the same paths, fields, paging
//! and error envelopes as Meta documents.

use chrono::Duration;
use serde_json::{Map, Value, json};

use super::registration;
use super::wire::{Call, Reply, error, invalid_param, page, unknown_object};
use super::world::{Node, World};
use crate::clock::Clock;

/// Special tokens documented in the README.
pub const EXPIRED_TOKEN: &str = "expired";
pub const LIMITED_TOKEN: &str = "limited";
/// A system user's token: full scopes, but granular scopes that name no
/// WABA (as Meta's own example shows), so nothing can be listed from it.
pub const SYSTEM_TOKEN: &str = "system-user";
pub const FIXTURE_TOKENS: [&str; 3] = [EXPIRED_TOKEN, LIMITED_TOKEN, SYSTEM_TOKEN];

pub fn handle(world: &mut World, call: &Call, clock: &Clock, trace: &str) -> (Reply, bool) {
    let Some((version, rest)) = call.segments.split_first() else {
        return (
            error(
                400,
                2500,
                None,
                "OAuthException",
                "Unknown path components: /",
                trace,
            ),
            false,
        );
    };
    let Some(major) = version
        .strip_prefix('v')
        .and_then(|v| v.split('.').next())
        .and_then(|m| m.parse::<u32>().ok())
    else {
        return (
            error(
                400,
                2500,
                None,
                "OAuthException",
                &format!("Unknown path components: /{version}"),
                trace,
            ),
            false,
        );
    };
    let token = match call.token.as_deref() {
        None | Some("") => return (super::wire::token_required(trace), false),
        Some(t) => t,
    };
    if token == EXPIRED_TOKEN {
        let when = (clock.now() - Duration::days(1)).format("%A, %d-%b-%y %H:%M:%S UTC");
        return (
            error(
                401,
                190,
                Some(463),
                "OAuthException",
                &format!(
                    "Error validating access token: Session has expired on {when}. The current time is {}.",
                    clock.now().format("%A, %d-%b-%y %H:%M:%S UTC")
                ),
                trace,
            ),
            false,
        );
    }
    let passed = pass_time(world, clock);
    let (reply, changed) = route(world, call, rest, major, token, clock, trace);
    (reply, changed || passed)
}

/// What the clock does on its own: codes expire, reviews end, numbers
/// change. True when the world changed.
pub fn pass_time(world: &mut World, clock: &Clock) -> bool {
    let expired = registration::expire_codes(world, clock.now());
    let reviewed = super::templates::review(world, clock.now());
    let drifted = super::drift::advance(world, clock.now());
    expired || reviewed || drifted
}

#[allow(clippy::too_many_arguments)]
fn route(
    world: &mut World,
    call: &Call,
    rest: &[&str],
    major: u32,
    token: &str,
    clock: &Clock,
    trace: &str,
) -> (Reply, bool) {
    use super::templates as t;
    use registration as r;
    match (call.method, rest) {
        ("GET", ["debug_token"]) => (debug_token(world, call, token, clock), false),
        (_, [node, ..]) if token == LIMITED_TOKEN => {
            let _ = node;
            (
                error(
                    403,
                    200,
                    None,
                    "OAuthException",
                    "(#200) Permissions error: the token lacks whatsapp_business_management",
                    trace,
                ),
                false,
            )
        }
        ("GET", [node]) if super::traffic::asks(call) => (
            super::traffic::analytics(world, node, call, clock, trace),
            false,
        ),
        ("GET", [node]) => (get_node(world, node, call, major, trace), false),
        ("GET", [business, "owned_whatsapp_business_accounts"]) => {
            (owned_wabas(world, business, call, major, trace), false)
        }
        ("GET", [business, "client_whatsapp_business_accounts"]) => {
            (client_wabas(world, business, call, major, trace), false)
        }
        ("GET", [waba, "phone_numbers"]) => {
            (list_phone_numbers(world, waba, call, major, trace), false)
        }
        ("GET", [waba, "message_templates"]) => (t::list(world, waba, call, trace), false),
        ("POST", [waba, "message_templates"]) => t::create(world, waba, call, clock, trace),
        ("DELETE", [waba, "message_templates"]) => t::delete(world, waba, call, clock, trace),
        ("POST", [app, "uploads"]) => t::open_upload(world, app, call, trace),
        ("POST", [node]) if node.starts_with("upload:") => {
            t::finish_upload(world, node, call, trace)
        }
        ("POST", [node]) if world.templates.iter().any(|x| x.id == *node) => {
            t::edit(world, node, call, clock, trace)
        }
        ("POST", [waba, "phone_numbers"]) => r::add_number(world, waba, call, trace),
        ("POST", [phone, "request_code"]) => r::request_code(world, phone, call, clock, trace),
        ("POST", [phone, "verify_code"]) => r::verify_code(world, phone, call, clock, trace),
        ("POST", [phone, "register"]) => r::register(world, phone, call, clock, trace),
        ("POST", [phone, "deregister"]) => r::deregister(world, phone, clock, trace),
        (method, [waba, "subscribed_apps"]) => r::subscriptions(world, waba, method, call, trace),
        ("POST", [node]) => r::set_pin(world, node, call, trace),
        _ => (
            error(
                400,
                2500,
                None,
                "OAuthException",
                &format!("Unknown path components: /{}", rest.join("/")),
                trace,
            ),
            false,
        ),
    }
}

fn debug_token(world: &World, call: &Call, token: &str, clock: &Clock) -> Reply {
    let input = call.param("input_token").unwrap_or(token);
    let now = clock.now().timestamp();
    let management: Vec<&str> = world
        .wabas
        .iter()
        .filter(|w| w.parent == super::ids::DEMO_BUSINESS || w.parent == super::ids::OTHER_BUSINESS)
        .map(|w| w.id.as_str())
        .collect();
    let businesses: Vec<&str> = world.businesses.iter().map(|b| b.id.as_str()).collect();
    let (scopes, granular) = if input == SYSTEM_TOKEN {
        (
            json!([
                "whatsapp_business_management",
                "whatsapp_business_messaging"
            ]),
            json!([{"scope": "whatsapp_business_management"}, {"scope": "whatsapp_business_messaging"}]),
        )
    } else if input == LIMITED_TOKEN {
        (
            json!(["whatsapp_business_messaging"]),
            json!([{"scope": "whatsapp_business_messaging", "target_ids": management}]),
        )
    } else {
        (
            json!([
                "whatsapp_business_management",
                "whatsapp_business_messaging",
                "business_management"
            ]),
            json!([
                {"scope": "whatsapp_business_management", "target_ids": management},
                {"scope": "whatsapp_business_messaging", "target_ids": management},
                {"scope": "business_management", "target_ids": businesses},
            ]),
        )
    };
    Reply::ok(json!({"data": {
        "app_id": "500000000000001",
        "type": "USER",
        "application": "waba sandbox",
        "data_access_expires_at": now + 90 * 86_400,
        "expires_at": now + 60 * 86_400,
        "is_valid": input != EXPIRED_TOKEN,
        "issued_at": now - 86_400,
        "scopes": scopes,
        "granular_scopes": granular,
        "user_id": "600000000000001",
    }}))
}

/// Fields that exist only from some API version on.
fn field_since(name: &str) -> u32 {
    match name {
        "whatsapp_business_manager_messaging_limit" => 24,
        _ => 0,
    }
}

/// Renders the requested fields of a node, or Meta's error for a field it
/// does not have (at this API version).
fn pick(
    node: &Node,
    requested: Option<&str>,
    defaults: &[&str],
    node_type: &str,
    major: u32,
    trace: &str,
) -> Result<Value, Reply> {
    let wanted: Vec<String> = match requested {
        Some(f) if !f.trim().is_empty() => top_level(f)
            .into_iter()
            .map(|s| s.trim().split(['.', '{']).next().unwrap_or("").to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        _ => defaults.iter().map(|s| s.to_string()).collect(),
    };
    let mut out = Map::new();
    for name in &wanted {
        let known = node.fields.contains_key(name) || EXTRA_FIELDS.contains(&name.as_str());
        if !known || major < field_since(name) {
            return Err(invalid_param(
                &format!("Tried accessing nonexisting field ({name}) on node type ({node_type})"),
                trace,
            ));
        }
        if let Some(v) = node.fields.get(name) {
            out.insert(name.clone(), v.clone());
        }
    }
    out.insert("id".into(), json!(node.id));
    Ok(Value::Object(out))
}

/// Real fields (graph-api.md §2) that a node may lack: asking for them is
/// no error, they are simply left out of the answer.
const EXTRA_FIELDS: &[&str] = &[
    "certificate",
    "username",
    "is_on_biz_app",
    "new_display_name",
    "country_code",
    "search_visibility",
    "last_onboarded_time",
    "country_dial_code",
    "new_name_status",
    "is_pin_enabled",
    "health_status",
    "throughput",
    "platform_type",
    "account_mode",
    "primary_funding_id",
    "purchase_order_number",
];

fn get_node(world: &mut World, id: &str, call: &Call, major: u32, trace: &str) -> Reply {
    let fields = call.param("fields");
    if let Some(w) = world.waba(id) {
        let mut node = w.clone();
        if let Some(b) = world.business(&w.parent) {
            node.fields.insert(
                "owner_business_info".into(),
                json!({"name": b.name, "id": b.id}),
            );
        }
        let defaults = ["id", "name", "timezone_id", "message_template_namespace"];
        return match pick(
            &node,
            fields,
            &defaults,
            "WhatsAppBusinessAccount",
            major,
            trace,
        ) {
            Ok(v) => Reply {
                status: 200,
                body: v,
                waba: Some(id.to_string()),
            },
            Err(e) => e,
        };
    }
    if let Some(p) = world.phone(id) {
        let defaults = [
            "id",
            "display_phone_number",
            "verified_name",
            "quality_rating",
        ];
        return match pick(
            p,
            fields,
            &defaults,
            "WhatsAppBusinessPhoneNumber",
            major,
            trace,
        ) {
            Ok(v) => Reply {
                status: 200,
                body: v,
                waba: Some(p.parent.clone()),
            },
            Err(e) => e,
        };
    }
    if let Some(t) = world.templates.iter().find(|t| t.id == id) {
        return match super::templates::render(t, fields, trace) {
            Ok(v) => Reply {
                status: 200,
                body: v,
                waba: Some(t.parent.clone()),
            },
            Err(e) => e,
        };
    }
    if let Some(b) = world.business(id) {
        return Reply::ok(
            json!({"id": b.id, "name": b.name, "verification_status": b.verification_status}),
        );
    }
    unknown_object(id, "GET", trace)
}

fn list_phone_numbers(world: &World, waba: &str, call: &Call, major: u32, trace: &str) -> Reply {
    if world.waba(waba).is_none() {
        return unknown_object(waba, "GET", trace);
    }
    let phones: Vec<&Node> = world.phones_of(waba).collect();
    page(&phones, waba, "phone_numbers", call, trace, |p| {
        phone(p, call.param("fields"), major, trace)
    })
}

/// A phone-number node with the fields asked for, on its own edge or
/// expanded in a listing.
fn phone(p: &Node, fields: Option<&str>, major: u32, trace: &str) -> Result<Value, Reply> {
    pick(
        p,
        fields,
        &[
            "id",
            "display_phone_number",
            "verified_name",
            "quality_rating",
        ],
        "WhatsAppBusinessPhoneNumber",
        major,
        trace,
    )
}

/// The WABAs shared with a business: none in the sandbox's seed.
/// The WABAs of other businesses a business serves as a partner.
fn client_wabas(world: &World, business: &str, call: &Call, major: u32, trace: &str) -> Reply {
    let Some(b) = world.business(business) else {
        return unknown_object(business, "GET", trace);
    };
    let clients: Vec<&Node> = world
        .wabas
        .iter()
        .filter(|w| b.clients.contains(&w.id))
        .collect();
    wabas_page(
        world,
        &clients,
        business,
        "client_whatsapp_business_accounts",
        call,
        major,
        trace,
    )
}

/// The WABAs a business owns, paged like every Graph edge.
fn owned_wabas(world: &World, business: &str, call: &Call, major: u32, trace: &str) -> Reply {
    if world.business(business).is_none() {
        return unknown_object(business, "GET", trace);
    }
    let wabas: Vec<&Node> = world
        .wabas
        .iter()
        .filter(|w| w.parent == business)
        .collect();
    wabas_page(
        world,
        &wabas,
        business,
        "owned_whatsapp_business_accounts",
        call,
        major,
        trace,
    )
}

/// A `fields` list split at its top-level commas: `a,b{c,d},e.limit(2)`
/// is `a`, `b{c,d}`, `e.limit(2)`.
fn top_level(fields: &str) -> Vec<&str> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (i, c) in fields.char_indices() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&fields[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&fields[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// An expanded edge as written in `fields`: `phone_numbers.limit(2){a,b}`
/// gives its limit and its own fields.
struct Expanded<'a> {
    limit: Option<usize>,
    fields: Option<&'a str>,
}

fn expanded<'a>(item: &'a str, edge: &str) -> Option<Expanded<'a>> {
    let rest = item.strip_prefix(edge)?;
    if !(rest.is_empty() || rest.starts_with('.') || rest.starts_with('{')) {
        return None;
    }
    let fields = rest
        .find('{')
        .and_then(|open| rest.rfind('}').map(|close| &rest[open + 1..close]));
    let limit = rest
        .split(".limit(")
        .nth(1)
        .and_then(|l| l.split(')').next())
        .and_then(|n| n.trim().parse().ok());
    Some(Expanded { limit, fields })
}

/// Meta's default and largest page of an expanded edge.
const NESTED_PAGE: usize = 25;

fn wabas_page(
    world: &World,
    wabas: &[&Node],
    business: &str,
    edge: &str,
    call: &Call,
    major: u32,
    trace: &str,
) -> Reply {
    let requested = call.param("fields");
    let items = requested.map(top_level).unwrap_or_default();
    // A WABA's numbers, expanded in the listing (field expansion): each
    // WABA carries its own `{data, paging}`, and `next` is a URL on the
    // WABA's own edge.
    let numbers = items.iter().find_map(|i| expanded(i, "phone_numbers"));
    let own: Option<String> = requested.map(|_| {
        items
            .iter()
            .filter(|i| expanded(i, "phone_numbers").is_none())
            .copied()
            .collect::<Vec<_>>()
            .join(",")
    });
    page(wabas, business, edge, call, trace, |w| {
        let mut v = pick(
            w,
            own.as_deref().filter(|f| !f.is_empty()),
            &["id", "name", "currency", "timezone_id"],
            "WhatsAppBusinessAccount",
            major,
            trace,
        )?;
        if let Some(n) = &numbers {
            v["phone_numbers"] = expanded_numbers(world, w, n, call, major, trace)?;
        }
        Ok(v)
    })
}

/// A WABA's numbers as an expanded edge: the first page, with cursors and,
/// when there are more, `next` on `/{waba}/phone_numbers`.
fn expanded_numbers(
    world: &World,
    waba: &Node,
    n: &Expanded,
    call: &Call,
    major: u32,
    trace: &str,
) -> Result<Value, Reply> {
    let limit = n.limit.unwrap_or(NESTED_PAGE).clamp(1, 100);
    let phones: Vec<&Node> = world.phones_of(&waba.id).collect();
    let mut data = Vec::new();
    for p in phones.iter().take(limit) {
        data.push(phone(p, n.fields, major, trace)?);
    }
    let mut paging = json!({"cursors": {
        "before": super::wire::encode_cursor(0),
        "after": super::wire::encode_cursor(data.len()),
    }});
    if phones.len() > limit {
        let version = call.segments.first().copied().unwrap_or("v25.0");
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        if let Some(f) = n.fields {
            q.append_pair("fields", f);
        }
        q.append_pair("limit", &limit.to_string());
        q.append_pair("after", &super::wire::encode_cursor(limit));
        q.append_pair("access_token", call.token.as_deref().unwrap_or(""));
        paging["next"] = json!(format!(
            "https://graph.facebook.com/{version}/{}/phone_numbers?{}",
            waba.id,
            q.finish()
        ));
    }
    if data.is_empty() {
        paging = json!({"cursors": {}});
    }
    Ok(json!({"data": data, "paging": paging}))
}

//! A WABA's message templates as Meta keeps them (graph-api.md §3): a
//! deterministic review (PENDING for a minute of the sandbox's clock, then
//! APPROVED, or REJECTED with a reason), the count limits (250 / 6,000,
//! 2388019), 100 creations per hour, the edit limits of approved templates,
//! duplicate name+language (2388024), a deleted approved name locked for 30
//! days, and 2593002 for deleting an unknown name. Media samples come
//! through the Resumable Upload API emulated here too.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Map, Value, json};

use super::errors::meta;
use super::ids::SANDBOX_APP_ID;
use super::wire::{Call, Reply, invalid_param, unknown_object};
use super::world::{Event, Locked, Node, Upload, World};
use crate::clock::{Clock, rfc3339};
use crate::templates::definition::{self, SERVER_ONLY};
use crate::templates::limits::{CREATIONS_PER_HOUR, Edits, NAME_LOCK_DAYS};
use crate::templates::lint::{self, Severity};

type Outcome = (Reply, bool);

/// How long the sandbox's review takes, on its clock.
pub const REVIEW_SECONDS: i64 = 60;
pub const LIMIT_UNVERIFIED: usize = 250;
pub const LIMIT_VERIFIED: usize = 6000;

/// Words that make a UTILITY or AUTHENTICATION template read as marketing:
/// the sandbox rejects those with INCORRECT_CATEGORY.
const PROMOTIONAL: &[&str] = &["% off", "discount", "sale", "promo", "offer", "coupon"];

fn success() -> Reply {
    Reply::ok(json!({"success": true}))
}

fn error(code: i64, subcode: Option<i64>, title: &str, message: &str, trace: &str) -> Reply {
    meta(code, subcode, Some((title, message)), trace)
}

fn status_of(t: &Node) -> String {
    t.field("status").unwrap_or("").to_ascii_uppercase()
}

/// Templates that still exist (a deleted one is gone from the WABA).
fn live<'a>(world: &'a World, waba: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
    world.templates.iter().filter(move |t| t.parent == waba)
}

/// 6,000 when the business is verified and a number has an approved display
/// name; 250 otherwise.
fn count_limit(world: &World, waba: &Node) -> usize {
    let verified = world
        .business(&waba.parent)
        .is_some_and(|b| b.verification_status == "verified");
    let approved_name = world
        .phones_of(&waba.id)
        .any(|p| p.field("name_status") == Some("APPROVED"));
    if verified && approved_name {
        LIMIT_VERIFIED
    } else {
        LIMIT_UNVERIFIED
    }
}

/// Finishes the reviews whose time has come. Returns whether any did.
pub fn review(world: &mut World, now: DateTime<Utc>) -> bool {
    let mut decided = Vec::new();
    for t in world.templates.iter_mut() {
        // Every call and `sandbox serve`'s clock ask: the cheap test first.
        let Some(at) = t
            .secret("review_at")
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        else {
            continue;
        };
        if status_of(t) != "PENDING" {
            continue;
        }
        if at.with_timezone(&Utc) > now {
            continue;
        }
        let verdict = t.secret("verdict").unwrap_or("APPROVED").to_string();
        let (status, reason) = verdict.split_once(':').unwrap_or((&verdict, "NONE"));
        t.fields.insert("status".into(), json!(status));
        t.fields.insert("rejected_reason".into(), json!(reason));
        if status == "APPROVED" {
            t.fields
                .insert("quality_score".into(), json!({"score": "UNKNOWN"}));
        }
        t.fields.insert(
            "last_updated_time".into(),
            json!(graph_time(at.with_timezone(&Utc))),
        );
        t.hidden.remove("review_at");
        t.hidden.remove("verdict");
        decided.push((t.parent.clone(), at.with_timezone(&Utc), status_update(t)));
    }
    let changed = !decided.is_empty();
    for (waba, at, value) in decided {
        super::callbacks::queue(world, &waba, at, "message_template_status_update", value);
    }
    changed
}

/// The `message_template_status_update` value for a template's status, in
/// the shape of Meta's reference example: numeric id, `en-US` language.
fn status_update(t: &Node) -> Value {
    let id: Value =
        t.id.parse::<u64>()
            .map_or_else(|_| json!(t.id), |n| json!(n));
    json!({
        "event": status_of(t),
        "message_template_id": id,
        "message_template_name": t.field("name").unwrap_or_default(),
        "message_template_language": t.field("language").unwrap_or_default().replace('_', "-"),
        "reason": t.field("rejected_reason").unwrap_or("NONE"),
        "message_template_category": t.field("category").unwrap_or_default(),
    })
}

/// Meta's time format for node fields: `2026-11-21T09:00:00+0000`.
pub fn graph_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S+0000").to_string()
}

/// What the review will decide: rules that Meta checks at review time give
/// INVALID_FORMAT, marketing words in a non-marketing template give
/// INCORRECT_CATEGORY.
fn verdict(template: &Value) -> String {
    let problems = lint::check(template);
    if problems
        .iter()
        .any(|p| p.severity == Severity::Error && lint::meta_subcode(p.rule).is_none())
    {
        return "REJECTED:INVALID_FORMAT".into();
    }
    let category = definition::text(template, "category")
        .unwrap_or("")
        .to_ascii_uppercase();
    let words: String = definition::components(template)
        .iter()
        .filter_map(|c| c.get("text").and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if category != "MARKETING" && PROMOTIONAL.iter().any(|w| words.contains(w)) {
        return "REJECTED:INCORRECT_CATEGORY".into();
    }
    "APPROVED".into()
}

/// The first rule Meta checks on submission, as its error.
fn submission_error(template: &Value, trace: &str) -> Option<Reply> {
    let p = lint::check(template)
        .into_iter()
        .find(|p| p.severity == Severity::Error && lint::meta_subcode(p.rule).is_some())?;
    let sub = lint::meta_subcode(p.rule)?;
    let title = match sub {
        2388040 => "Field is over the character limit",
        2388047 => "Invalid header format",
        2388072 => "Invalid body format",
        2388073 => "Invalid footer format",
        2388293 => "Too many variables for the message length",
        2388299 => "Variables can't be at the start or end of the template",
        _ => "Invalid parameter",
    };
    Some(error(
        100,
        Some(sub),
        title,
        &format!("{} {}: {}", p.component, p.field, p.message),
        trace,
    ))
}

fn event_count(world: &World, f: impl Fn(&Event) -> bool) -> Vec<DateTime<Utc>> {
    world
        .template_events
        .iter()
        .filter(|e| f(e))
        .map(|e| e.at)
        .collect()
}

/// `POST /{waba}/message_templates`.
pub fn create(
    world: &mut World,
    waba_id: &str,
    call: &Call,
    clock: &Clock,
    trace: &str,
) -> Outcome {
    let Some(waba) = world.waba(waba_id).cloned() else {
        return (unknown_object(waba_id, "POST", trace), false);
    };
    let Some(body) = call.json.clone().filter(Value::is_object) else {
        return (
            invalid_param(
                "The body must be a JSON object with name, language, category and components",
                trace,
            ),
            false,
        );
    };
    for key in ["name", "language", "category", "components"] {
        if body.get(key).is_none() {
            return (
                invalid_param(&format!("The parameter {key} is required."), trace),
                false,
            );
        }
    }
    if let Some(reply) = submission_error(&body, trace) {
        return (reply, false);
    }
    let now = clock.now();
    let (name, language) = definition::key(&body);
    if live(world, waba_id)
        .any(|t| t.field("name") == Some(&name) && t.field("language") == Some(&language))
    {
        return (
            error(
                100,
                Some(2388024),
                "Content in this language already exists",
                &format!(
                    "{language} content already exists for {name}. Edit it, or create the template under a new name."
                ),
                trace,
            ),
            false,
        );
    }
    // The subcode for a name still being deleted is UNCONFIRMED (2388023 in
    // public reports); the 30-day lock itself is documented.
    if let Some(l) = world
        .locked_names
        .iter()
        .find(|l| l.waba == waba_id && l.name == name && l.language == language && l.until > now)
    {
        return (
            error(
                100,
                Some(2388023),
                "Message template language is being deleted",
                &format!(
                    "New {language} content can't be added while the existing {language} content is being deleted. Try again after {} or use a new name.",
                    rfc3339(l.until)
                ),
                trace,
            ),
            false,
        );
    }
    let limit = count_limit(world, &waba);
    if live(world, waba_id).count() >= limit {
        return (
            error(
                100,
                Some(2388019),
                "Message template limit reached",
                &format!(
                    "This WhatsApp Business Account has reached its limit of {limit} message templates."
                ),
                trace,
            ),
            false,
        );
    }
    let since = now - Duration::hours(1);
    let recent = event_count(world, |e| {
        e.waba == waba_id && e.kind == "create" && e.at > since
    });
    if recent.len() >= CREATIONS_PER_HOUR {
        // Which code Meta uses for the hourly creation limit is UNCONFIRMED;
        // the WABA throttling code keeps clients from retrying blindly.
        return (
            error(
                80007,
                None,
                "Template creation limit reached",
                "A WhatsApp Business Account can create 100 message templates per hour. Try again later.",
                trace,
            ),
            false,
        );
    }
    world.last_template_id += 1;
    let id = format!("{}", world.last_template_id);
    let mut fields = Map::new();
    if let Value::Object(m) = &body {
        for (k, v) in m {
            if !SERVER_ONLY.contains(&k.as_str()) {
                fields.insert(k.clone(), v.clone());
            }
        }
    }
    let category = definition::text(&body, "category")
        .unwrap_or("")
        .to_ascii_uppercase();
    fields.insert("category".into(), json!(category));
    fields.insert("status".into(), json!("PENDING"));
    fields.insert("id".into(), json!(id));
    fields.insert("last_updated_time".into(), json!(graph_time(now)));
    fields.insert("rejected_reason".into(), json!("NONE"));
    let mut node = Node::new(&id, waba_id, fields);
    pend(&mut node, &body, now);
    world.templates.push(node);
    world.template_events.push(Event {
        waba: waba_id.into(),
        template_id: id.clone(),
        kind: "create".into(),
        at: now,
    });
    let mut reply = Reply::ok(json!({"id": id, "status": "PENDING", "category": category}));
    reply.waba = Some(waba_id.to_string());
    (reply, true)
}

fn pend(node: &mut Node, template: &Value, now: DateTime<Utc>) {
    node.fields.insert("status".into(), json!("PENDING"));
    node.hidden.insert(
        "review_at".into(),
        json!(rfc3339(now + Duration::seconds(REVIEW_SECONDS))),
    );
    node.hidden
        .insert("verdict".into(), json!(verdict(template)));
}

/// `POST /{template_id}`: an edit.
pub fn edit(world: &mut World, id: &str, call: &Call, clock: &Clock, trace: &str) -> Outcome {
    let now = clock.now();
    let Some(pos) = world.templates.iter().position(|t| t.id == id) else {
        return (unknown_object(id, "POST", trace), false);
    };
    let Some(body) = call.json.clone().filter(Value::is_object) else {
        return (
            invalid_param(
                "The body must be a JSON object with components or category",
                trace,
            ),
            false,
        );
    };
    let current = world.templates[pos].clone();
    let status = status_of(&current);
    if !["APPROVED", "REJECTED", "PAUSED"].contains(&status.as_str()) {
        return (
            error(
                100,
                None,
                "Template can't be edited",
                &format!(
                    "Templates with status {status} can't be edited; only APPROVED, REJECTED or PAUSED templates can."
                ),
                trace,
            ),
            false,
        );
    }
    let old_category = current.field("category").unwrap_or("").to_string();
    let new_category = body
        .get("category")
        .and_then(Value::as_str)
        .map(str::to_ascii_uppercase);
    if status == "APPROVED" && new_category.as_ref().is_some_and(|c| *c != old_category) {
        return (
            error(
                100,
                None,
                "Category can't be edited",
                "The category of an approved template can't be edited.",
                trace,
            ),
            false,
        );
    }
    if status == "APPROVED" {
        let times = event_count(world, |e| e.template_id == id && e.kind == "edit");
        if let Some(why) = Edits::from_times(&times, now).refusal() {
            return (
                error(
                    100,
                    None,
                    "Edit limit reached",
                    &format!("This template can't be edited now: {why}."),
                    trace,
                ),
                false,
            );
        }
    }
    let mut merged = Value::Object(current.fields.clone());
    for key in ["components", "message_send_ttl_seconds"] {
        if let Some(v) = body.get(key) {
            merged[key] = v.clone();
        }
    }
    if let Some(c) = &new_category {
        merged["category"] = json!(c);
    }
    if let Some(reply) = submission_error(&merged, trace) {
        return (reply, false);
    }
    let waba = current.parent.clone();
    let t = &mut world.templates[pos];
    if let Value::Object(m) = merged.clone() {
        t.fields = m;
    }
    t.fields
        .insert("last_updated_time".into(), json!(graph_time(now)));
    t.fields.insert("rejected_reason".into(), json!("NONE"));
    pend(t, &merged, now);
    if status == "APPROVED" {
        world.template_events.push(Event {
            waba,
            template_id: id.into(),
            kind: "edit".into(),
            at: now,
        });
    }
    (success(), true)
}

/// `DELETE /{waba}/message_templates?name=…[&hsm_id=…]`.
pub fn delete(
    world: &mut World,
    waba_id: &str,
    call: &Call,
    clock: &Clock,
    trace: &str,
) -> Outcome {
    if world.waba(waba_id).is_none() {
        return (unknown_object(waba_id, "DELETE", trace), false);
    }
    let Some(name) = call.param("name").map(str::to_string) else {
        return (
            invalid_param("The parameter name is required.", trace),
            false,
        );
    };
    let hsm = call.param("hsm_id").map(str::to_string);
    let matching: Vec<usize> = world
        .templates
        .iter()
        .enumerate()
        .filter(|(_, t)| t.parent == waba_id && t.field("name") == Some(&name))
        .filter(|(_, t)| hsm.as_deref().is_none_or(|h| t.id == h))
        .map(|(i, _)| i)
        .collect();
    if matching.is_empty() {
        return (
            error(
                100,
                Some(2593002),
                "Message Template Not Found",
                &format!("The message template {name} wasn't found for this account."),
                trace,
            ),
            false,
        );
    }
    if matching
        .iter()
        .any(|&i| status_of(&world.templates[i]) == "DISABLED")
    {
        return (
            error(
                100,
                None,
                "Template can't be deleted",
                "Disabled message templates can't be deleted.",
                trace,
            ),
            false,
        );
    }
    let now = clock.now();
    for &i in matching.iter().rev() {
        let t = world.templates.remove(i);
        if status_of(&t) == "APPROVED" {
            world.locked_names.push(Locked {
                waba: waba_id.into(),
                name: name.clone(),
                language: t.field("language").unwrap_or("").into(),
                until: now + Duration::days(NAME_LOCK_DAYS),
            });
        }
    }
    (success(), true)
}

/// Every field a template node has; asking for another is Meta's error.
const FIELDS: &[&str] = &[
    "id",
    "name",
    "language",
    "category",
    "previous_category",
    "status",
    "components",
    "parameter_format",
    "sub_category",
    "message_send_ttl_seconds",
    "cta_url_link_tracking_opted_out",
    "quality_score",
    "rejected_reason",
    "last_updated_time",
    "correct_category",
    "library_template_name",
];

const DEFAULT_FIELDS: &[&str] = &[
    "name",
    "components",
    "language",
    "status",
    "category",
    "previous_category",
    "id",
];

/// A template as Meta answers with it: only the fields asked for.
pub fn render(t: &Node, fields: Option<&str>, trace: &str) -> Result<Value, Reply> {
    let wanted: Vec<&str> = match fields {
        Some(f) if !f.trim().is_empty() => f
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect(),
        _ => DEFAULT_FIELDS.to_vec(),
    };
    let mut out = Map::new();
    for name in wanted {
        if !FIELDS.contains(&name) {
            return Err(invalid_param(
                &format!(
                    "Tried accessing nonexisting field ({name}) on node type (WhatsAppMessageTemplate)"
                ),
                trace,
            ));
        }
        if let Some(v) = t.fields.get(name) {
            out.insert(name.to_string(), v.clone());
        }
    }
    out.insert("id".into(), json!(t.id));
    Ok(Value::Object(out))
}

/// `GET /{waba}/message_templates`, with Meta's filters and paging.
pub fn list(world: &World, waba_id: &str, call: &Call, trace: &str) -> Reply {
    if world.waba(waba_id).is_none() {
        return unknown_object(waba_id, "GET", trace);
    }
    let filter = |key: &str, t: &Node, field: &str| -> bool {
        match call.param(key) {
            None => true,
            Some(want) => t.field(field).is_some_and(|v| v.eq_ignore_ascii_case(want)),
        }
    };
    let name = call.param("name").map(str::to_ascii_lowercase);
    let items: Vec<&Node> = live(world, waba_id)
        .filter(|t| filter("status", t, "status"))
        .filter(|t| filter("category", t, "category"))
        .filter(|t| filter("language", t, "language"))
        .filter(|t| {
            name.as_deref()
                .is_none_or(|n| t.field("name").is_some_and(|v| v.contains(n)))
        })
        .collect();
    super::wire::page(&items, waba_id, "message_templates", call, trace, |t| {
        render(t, call.param("fields"), trace)
    })
}

/// `POST /{app_id}/uploads`: opens an upload session.
pub fn open_upload(world: &mut World, app_id: &str, call: &Call, trace: &str) -> Outcome {
    if app_id != SANDBOX_APP_ID {
        return (unknown_object(app_id, "POST", trace), false);
    }
    let length = call
        .param("file_length")
        .and_then(|l| l.parse::<u64>().ok());
    let file_type = call.param("file_type").unwrap_or("");
    let allowed = [
        "application/pdf",
        "image/jpeg",
        "image/jpg",
        "image/png",
        "video/mp4",
    ];
    let Some(length) = length.filter(|l| *l > 0) else {
        return (
            invalid_param("Param file_length must be a positive integer", trace),
            false,
        );
    };
    if !allowed.contains(&file_type) {
        return (
            invalid_param(
                &format!("Param file_type must be one of {}", allowed.join(", ")),
                trace,
            ),
            false,
        );
    }
    let n = world.uploads.len() + 1;
    let id = format!("upload:U0JYLXtuXzox{n:04}?sig=sbx{n}");
    world.uploads.push(Upload {
        id: id.clone(),
        file_type: file_type.into(),
        length,
        handle: None,
    });
    (Reply::ok(json!({ "id": id })), true)
}

/// `POST /upload:…`: the file's bytes; answers with the handle.
pub fn finish_upload(world: &mut World, session: &str, call: &Call, trace: &str) -> Outcome {
    let Some(u) = world
        .uploads
        .iter_mut()
        .find(|u| u.id.split('?').next() == Some(session))
    else {
        return (unknown_object(session, "POST", trace), false);
    };
    if call.header("file_offset") != Some("0") {
        return (
            invalid_param("The file_offset header must be 0 to start an upload", trace),
            false,
        );
    }
    if call.body_len as u64 != u.length {
        return (
            invalid_param(
                &format!(
                    "The upload has {} bytes, but the session was opened for {}",
                    call.body_len, u.length
                ),
                trace,
            ),
            false,
        );
    }
    let handle = format!(
        "4::{}:{}:e:1767225600:{SANDBOX_APP_ID}",
        u.file_type.replace('/', "_"),
        session.trim_start_matches("upload:")
    );
    u.handle = Some(handle.clone());
    (Reply::ok(json!({ "h": handle })), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_review_rejects_rule_violations_and_marketing_in_utility() {
        let ok = json!({"name": "a", "language": "en_US", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Your parcel is on its way to you today."}]});
        assert_eq!(verdict(&ok), "APPROVED");
        let mut promo = ok.clone();
        promo["components"][0]["text"] = json!("Big sale: 20% off everything in store today.");
        assert_eq!(verdict(&promo), "REJECTED:INCORRECT_CATEGORY");
        promo["category"] = json!("MARKETING");
        assert_eq!(verdict(&promo), "APPROVED");
        let mut gap = ok.clone();
        gap["components"][0]["text"] =
            json!("Dear customer, your parcel {{2}} is on its way to you today.");
        assert_eq!(verdict(&gap), "REJECTED:INVALID_FORMAT");
    }
}

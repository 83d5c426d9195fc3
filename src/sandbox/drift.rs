//! Numbers whose health changes over the sandbox clock, as real fleets'
//! do: a quality rating drops, Meta lowers the messaging limit, a number
//! disconnects, and some recover. Each change is a step of the number's
//! timeline, due some hours after the sandbox first answered a call, so
//! a fresh sandbox always starts from the seeded states and `WABA_NOW`
//! can walk through the steps.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use super::world::{Node, World};

/// A step: after `hours`, these fields take these values.
pub fn step(hours: i64, set: Value) -> Value {
    json!({"after_hours": hours, "set": set})
}

/// `health_status` as Meta returns it for a number alone.
pub fn health(phone_id: &str, can_send: &str, error: Option<(u32, &str, &str)>) -> Value {
    let mut entity =
        json!({"entity_type": "PHONE_NUMBER", "id": phone_id, "can_send_message": can_send});
    if let Some((code, description, solution)) = error {
        entity["errors"] = json!([{
            "error_code": code,
            "error_description": description,
            "possible_solution": solution,
        }]);
    }
    json!({"can_send_message": can_send, "entities": [entity]})
}

/// The quality error the seeded numbers carry when they cannot send freely.
pub fn quality_error() -> (u32, &'static str, &'static str) {
    (
        141010,
        "The phone number's quality rating or status limits sending.",
        "Check the number's quality and status in WhatsApp Manager.",
    )
}

/// The error of a number that is not registered for Cloud API.
pub fn not_registered() -> (u32, &'static str, &'static str) {
    (
        141000,
        "The phone number is not registered.",
        "Verify and register the number.",
    )
}

/// Gives `node` a timeline.
pub fn schedule(node: &mut Node, steps: Vec<Value>) {
    node.hidden.insert("timeline".into(), Value::Array(steps));
}

/// Applies every step that is due; true when a number changed. The clock
/// starts at the sandbox's first answer.
pub fn advance(world: &mut World, now: DateTime<Utc>) -> bool {
    let Some(start) = world.started_at else {
        world.started_at = Some(now);
        world.next_step = None;
        return true;
    };
    if let Some(next) = world.next_step
        && next.is_none_or(|at| now < at)
    {
        return false;
    }
    let mut changed = false;
    let mut told = Vec::new();
    let mut next: Option<DateTime<Utc>> = None;
    for phone in &mut world.phones {
        let Some(Value::Array(steps)) = phone.hidden.get_mut("timeline") else {
            continue;
        };
        let mut due = Vec::new();
        steps.retain(|s| {
            let hours = s.get("after_hours").and_then(Value::as_i64).unwrap_or(0);
            let at = start + Duration::hours(hours);
            if at <= now {
                due.push((at, s.get("set").cloned().unwrap_or(Value::Null)));
                false
            } else {
                next = Some(next.map_or(at, |n| n.min(at)));
                true
            }
        });
        if steps.is_empty() {
            phone.hidden.remove("timeline");
        }
        for (at, set) in due {
            if let Value::Object(fields) = set {
                let before = phone.clone();
                phone.fields.extend(fields);
                changed = true;
                if let Some(value) = quality_update(&before, phone) {
                    told.push((phone.parent.clone(), at, value));
                }
            }
        }
    }
    world.next_step = Some(next);
    for (waba, at, value) in told {
        super::callbacks::queue(world, &waba, at, "phone_number_quality_update", value);
    }
    changed
}

const QUALITY: [&str; 3] = ["RED", "YELLOW", "GREEN"];
const TIERS: [&str; 6] = [
    "TIER_50",
    "TIER_250",
    "TIER_2K",
    "TIER_10K",
    "TIER_100K",
    "TIER_UNLIMITED",
];

/// The `phone_number_quality_update` Meta would send for a step, if any.
/// FLAGGED for a quality drop is from Meta's "manage webhooks" examples;
/// UNFLAGGED, UPGRADE and DOWNGRADE follow Meta's older pages (UNCONFIRMED
/// today: a receiver keeps whatever event comes).
fn quality_update(before: &Node, after: &Node) -> Option<Value> {
    let rank = |n: &Node, key: &str, order: &[&str]| {
        n.field(key)
            .and_then(|v| order.iter().position(|o| *o == v))
    };
    let limit_key = "whatsapp_business_manager_messaging_limit";
    let limit = after.field(limit_key).unwrap_or("TIER_NOT_SET");
    let mut value = json!({
        "display_phone_number": after.digits(),
        "current_limit": limit,
        "max_daily_conversations_per_business": limit,
    });
    let (old_q, new_q) = (
        rank(before, "quality_rating", &QUALITY),
        rank(after, "quality_rating", &QUALITY),
    );
    let (old_l, new_l) = (
        rank(before, limit_key, &TIERS),
        rank(after, limit_key, &TIERS),
    );
    value["event"] = if old_l != new_l && old_l.is_some() && new_l.is_some() {
        value["old_limit"] = json!(before.field(limit_key));
        json!(if new_l > old_l {
            "UPGRADE"
        } else {
            "DOWNGRADE"
        })
    } else if old_q != new_q && new_q.is_some() {
        json!(if new_q < old_q {
            "FLAGGED"
        } else {
            "UNFLAGGED"
        })
    } else {
        return None;
    };
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_apply_once_when_due_and_in_order() {
        let mut w = super::super::seed::demo();
        let t0: DateTime<Utc> = "2026-11-21T09:00:00Z".parse().unwrap();
        let france = "200000000000013";
        let field = |w: &World, k: &str| w.phone(france).unwrap().fields[k].clone();
        assert!(advance(&mut w, t0), "the first answer starts the clock");
        assert!(!advance(&mut w, t0 + Duration::hours(23)));
        assert_eq!(field(&w, "quality_rating"), "YELLOW");
        assert!(advance(&mut w, t0 + Duration::hours(24)));
        assert_eq!(field(&w, "quality_rating"), "RED");
        assert_eq!(field(&w, "health_status")["can_send_message"], "LIMITED");
        assert!(!advance(&mut w, t0 + Duration::hours(30)), "applied once");
        // Days later, every step due has applied: the limit was lowered,
        // then quality recovered.
        assert!(advance(&mut w, t0 + Duration::days(8)));
        assert_eq!(
            field(&w, "whatsapp_business_manager_messaging_limit"),
            "TIER_2K"
        );
        assert_eq!(field(&w, "quality_rating"), "GREEN");
        assert!(!w.phone(france).unwrap().hidden.contains_key("timeline"));
    }

    #[test]
    fn each_quality_or_limit_step_is_a_webhook_to_a_subscribed_callback() {
        let mut w = super::super::seed::demo();
        let waba = super::super::ids::DEFAULT_WABA;
        let mut app = super::super::ids::SANDBOX_APP.clone();
        app["override_callback_uri"] = json!("http://127.0.0.1:9/hook");
        w.waba_mut(waba)
            .unwrap()
            .hidden
            .insert("subscribed_apps".into(), json!([app]));
        let t0: DateTime<Utc> = "2026-11-21T09:00:00Z".parse().unwrap();
        advance(&mut w, t0);
        advance(&mut w, t0 + Duration::days(8));
        let sent: Vec<(&str, i64, &str)> = w
            .callbacks
            .iter()
            .map(|p| (p.value["event"].as_str().unwrap(), p.time, p.waba.as_str()))
            .collect();
        let h = |n: i64| (t0 + Duration::hours(n)).timestamp();
        assert_eq!(
            sent,
            [
                ("FLAGGED", h(24), waba),
                ("DOWNGRADE", h(72), waba),
                ("UNFLAGGED", h(168), waba)
            ]
        );
        let flagged = &w.callbacks[0].value;
        assert_eq!(flagged["display_phone_number"], "33612345678");
        assert_eq!(w.callbacks[1].value["old_limit"], "TIER_10K");
        assert_eq!(w.callbacks[1].value["current_limit"], "TIER_2K");
    }
}

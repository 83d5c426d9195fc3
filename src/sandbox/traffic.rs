//! Message traffic behind the sandbox's `pricing_analytics` and
//! `conversation_analytics`: 90 days per connected number, by category,
//! pricing type and country, from a hash of (number, day, category), so
//! every run and every machine sees the same figures. COST is the volume
//! at the sandbox's labelled rates, except for the WABA on a partner's
//! credit line, which (like Meta's) gets no COST.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

use super::ids::SECOND_WABA;
use super::wire::{Call, Reply, invalid_param, unknown_object};
use super::world::{Node, World};
use crate::billing::rates::{self, Card};
use crate::clock::Clock;

/// The demo WABA whose spend is billed to a partner's credit line.
pub const CREDIT_LINE_WABA: &str = SECOND_WABA;

/// Days of traffic up to and including today.
pub const DAYS: i64 = 90;

const DAY: i64 = 86_400;

/// The sandbox's bucket offsets by Meta time zone id (a fixed offset
/// each; the sandbox has no daylight saving).
fn offset_of(tz: Option<&str>) -> i64 {
    match tz {
        Some("107") => 3600,
        Some("30") => -6 * 3600,
        _ => 0,
    }
}

/// (category, pricing type, base daily volume at home, abroad).
const MIX: &[(&str, &str, u32, u32)] = &[
    ("marketing", "REGULAR", 40, 8),
    ("utility", "REGULAR", 25, 5),
    ("utility", "FREE_CUSTOMER_SERVICE", 15, 0),
    ("authentication", "REGULAR", 10, 3),
    ("service", "FREE_CUSTOMER_SERVICE", 30, 4),
    ("marketing", "FREE_ENTRY_POINT", 5, 0),
];

fn country_of(dial: &str) -> &'static str {
    match dial {
        "34" => "ES",
        "33" => "FR",
        "52" => "MX",
        "55" => "BR",
        "44" => "GB",
        "49" => "DE",
        "39" => "IT",
        _ => "US",
    }
}

/// FNV-1a: a stable hash, the same on every platform and release.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[derive(Debug, Clone)]
struct Point {
    start: i64,
    end: i64,
    phone: String,
    country: &'static str,
    category: &'static str,
    pricing_type: &'static str,
    tier: &'static str,
    volume: u64,
    cost: Decimal,
}

/// Every full-breakdown point of one WABA over the buckets that overlap
/// [from, to), up to now (today's bucket holds the part of the day gone).
fn traffic(world: &World, waba: &Node, from: i64, to: i64, now: i64) -> Vec<Point> {
    let offset = offset_of(waba.fields.get("timezone_id").and_then(Value::as_str));
    let currency = waba
        .fields
        .get("currency")
        .and_then(Value::as_str)
        .unwrap_or("USD");
    // Built once: every analytics call of a fleet prices with it.
    static CARD: std::sync::LazyLock<Card> = std::sync::LazyLock::new(|| Card {
        rates: rates::sandbox(),
        ..Card::default()
    });
    let card = &*CARD;
    let phones: Vec<&Node> = world.phones_of(&waba.id).collect();
    let today = (now + offset).div_euclid(DAY);
    let mut out = Vec::new();
    for local_day in (today - DAYS + 1)..=today {
        let start = local_day * DAY - offset;
        let end = start + DAY;
        if end <= from || start >= to || start >= now {
            continue;
        }
        let gone = (now - start).min(DAY) as u64;
        let date = NaiveDate::from_num_days_from_ce_opt(local_day as i32 + 719_163).unwrap();
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        let day_s = date.to_string();
        for phone in &phones {
            let status = phone.fields.get("status").and_then(Value::as_str);
            if !matches!(status, Some("CONNECTED" | "FLAGGED")) {
                continue;
            }
            let display = phone.fields["display_phone_number"].as_str().unwrap_or("");
            let digits: String = display.chars().filter(char::is_ascii_digit).collect();
            let dial = phone.fields["country_dial_code"].as_str().unwrap_or("1");
            let home = country_of(dial);
            let abroad = if home == "US" { "MX" } else { "US" };
            for &(category, pricing_type, at_home, away) in MIX {
                for (country, base) in [(home, at_home), (abroad, away)] {
                    if base == 0 {
                        continue;
                    }
                    let h = hash(&[&digits, &day_s, category, pricing_type, country]);
                    // 50 % to 150 % of the base, less at weekends.
                    let mut v = u64::from(base) * (50 + h % 101) / 100;
                    if weekend {
                        v = v * 6 / 10;
                    }
                    let volume = v * gone / DAY as u64;
                    if volume == 0 {
                        continue;
                    }
                    let charged = rates::charged(date, category, pricing_type);
                    let cost = if charged {
                        card.find(date, country, category, "", currency)
                            .map_or(Decimal::ZERO, |f| f.rate * Decimal::from(volume))
                    } else {
                        Decimal::ZERO
                    };
                    let tier = match (pricing_type, category) {
                        ("REGULAR", "marketing") => "0:MAX",
                        ("REGULAR", _) => "0:100000",
                        _ => "",
                    };
                    out.push(Point {
                        start,
                        end,
                        phone: digits.clone(),
                        country,
                        category,
                        pricing_type,
                        tier,
                        volume,
                        cost,
                    });
                }
            }
        }
    }
    out
}

/// The calls of one analytics field: `name.arg(value)…`, with list values
/// written bare, bracketed or quoted.
fn parse_field(spec: &str, name: &str) -> Option<BTreeMap<String, Vec<String>>> {
    let at = spec.find(name)?;
    let mut rest = &spec[at + name.len()..];
    let mut args = BTreeMap::new();
    while let Some(r) = rest.strip_prefix('.') {
        let open = r.find('(')?;
        let close = r[open..].find(')')? + open;
        let values = r[open + 1..close]
            .split(',')
            .map(|v| {
                v.trim()
                    .trim_matches(['[', ']', '"', '\''])
                    .trim()
                    .to_string()
            })
            .filter(|v| !v.is_empty())
            .collect();
        args.insert(r[..open].to_string(), values);
        rest = &r[close + 1..];
    }
    Some(args)
}

/// Whether a WABA GET asks for an analytics field.
pub fn asks(call: &Call) -> bool {
    call.param("fields")
        .is_some_and(|f| f.contains("pricing_analytics") || f.contains("conversation_analytics"))
}

pub fn analytics(world: &World, waba_id: &str, call: &Call, clock: &Clock, trace: &str) -> Reply {
    let Some(waba) = world.waba(waba_id) else {
        return unknown_object(waba_id, "GET", trace);
    };
    let spec = call.param("fields").unwrap_or("");
    let (field, pricing) = if spec.contains("pricing_analytics") {
        ("pricing_analytics", true)
    } else {
        ("conversation_analytics", false)
    };
    let Some(args) = parse_field(spec, field) else {
        return invalid_param(&format!("Cannot read the {field} field"), trace);
    };
    let ts = |k: &str| {
        args.get(k)
            .and_then(|v| v.first())
            .and_then(|v| v.parse::<i64>().ok())
    };
    let (Some(from), Some(to)) = (ts("start"), ts("end")) else {
        return invalid_param("The parameters start and end are required", trace);
    };
    let granularity = args.get("granularity").and_then(|v| v.first());
    match granularity.map(String::as_str) {
        Some("DAILY") => {}
        Some(g) => {
            return invalid_param(
                &format!("granularity {g} is not simulated by the sandbox: use DAILY"),
                trace,
            );
        }
        None => return invalid_param("The parameter granularity is required", trace),
    }
    let now = clock.now().timestamp();
    if from < now - 366 * DAY {
        return invalid_param(
            "start is outside the one-year lookback of messaging analytics",
            trace,
        );
    }
    let dims: Vec<String> = args
        .get("dimensions")
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|d| d.to_ascii_uppercase())
        .collect();
    let has = |d: &str| {
        dims.iter()
            .any(|x| x == d || x == &format!("CONVERSATION_{d}") || x == &format!("PRICING_{d}"))
    };
    let switch = rates::pmp_start();
    let credit_line = waba.id == CREDIT_LINE_WABA;
    let mut groups: BTreeMap<Vec<String>, (Map<String, Value>, u64, Decimal)> = BTreeMap::new();
    for p in traffic(world, waba, from, to, now) {
        let day = crate::graph::analytics::day_of(p.start, p.end);
        if pricing != (day >= switch) {
            continue;
        }
        // Before per-message pricing, in-window utility was part of the
        // conversation already open.
        if !pricing && p.pricing_type == "FREE_CUSTOMER_SERVICE" && p.category == "utility" {
            continue;
        }
        let ty = if !pricing && p.pricing_type == "FREE_CUSTOMER_SERVICE" {
            "REGULAR"
        } else {
            p.pricing_type
        };
        let (cat_key, type_key) = if pricing {
            ("pricing_category", "pricing_type")
        } else {
            ("conversation_category", "conversation_type")
        };
        let mut fields = Map::new();
        fields.insert("start".into(), json!(p.start));
        fields.insert("end".into(), json!(p.end));
        let mut key = vec![p.start.to_string()];
        let mut dim = |on: bool, k: &str, v: &str| {
            if on && !v.is_empty() {
                fields.insert(k.into(), json!(v));
                key.push(format!("{k}={v}"));
            }
        };
        dim(has("PHONE"), "phone_number", &p.phone);
        dim(has("COUNTRY"), "country", p.country);
        dim(has("CATEGORY"), cat_key, &p.category.to_ascii_uppercase());
        dim(has("TYPE"), type_key, ty);
        dim(pricing && has("TIER"), "tier", p.tier);
        let g = groups.entry(key).or_insert((fields, 0, Decimal::ZERO));
        g.1 += p.volume;
        g.2 += p.cost;
    }
    let volume_key = if pricing { "volume" } else { "conversation" };
    let points: Vec<Value> = groups
        .into_values()
        .map(|(mut f, volume, cost)| {
            f.insert(volume_key.into(), json!(volume));
            if !credit_line {
                let n: serde_json::Number =
                    cost.normalize().to_string().parse().unwrap_or(0.into());
                f.insert("cost".into(), Value::Number(n));
            }
            Value::Object(f)
        })
        .collect();
    let body = if points.is_empty() {
        // Like Meta for an empty window: the field without `data`.
        json!({field: {"granularity": "DAILY"}, "id": waba.id})
    } else {
        json!({field: {"data": [{"data_points": points}]}, "id": waba.id})
    };
    Reply {
        status: 200,
        body,
        waba: Some(waba.id.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_arguments_are_read_bare_bracketed_or_quoted() {
        let a = parse_field(
            "pricing_analytics.start(1).end(2).granularity(DAILY).dimensions(COUNTRY,PHONE)",
            "pricing_analytics",
        )
        .unwrap();
        assert_eq!(a["dimensions"], ["COUNTRY", "PHONE"]);
        let c = parse_field(
            r#"conversation_analytics.start(1).end(2).granularity(DAILY).dimensions(["CONVERSATION_TYPE","COUNTRY"])"#,
            "conversation_analytics",
        )
        .unwrap();
        assert_eq!(c["dimensions"], ["CONVERSATION_TYPE", "COUNTRY"]);
        assert_eq!(c["start"], ["1"]);
    }

    #[test]
    fn traffic_is_the_same_on_every_run_and_grows_through_today() {
        let w = super::super::seed::demo();
        let waba = w.waba(super::super::ids::DEFAULT_WABA).unwrap();
        let noon = 1_795_262_400; // 2026-11-21 12:00 UTC
        let a = traffic(&w, waba, noon - 10 * DAY, noon, noon);
        let b = traffic(&w, waba, noon - 10 * DAY, noon, noon);
        let total = |v: &[Point]| v.iter().map(|p| p.volume).sum::<u64>();
        assert_eq!(total(&a), total(&b));
        assert!(total(&a) > 0);
        let later = traffic(&w, waba, noon - 10 * DAY, noon + 6 * 3600, noon + 6 * 3600);
        assert!(total(&later) > total(&a));
        // Nothing older than 90 days.
        assert!(traffic(&w, waba, 0, noon - 91 * DAY, noon).is_empty());
    }
}

//! The demo business the sandbox starts with: two WABAs of one business plus
//! one of another, and numbers in every state a real fleet shows. Fully
//! deterministic, so docs and tests can name its ids.

use serde_json::{Map, Value, json};

use super::drift::{self, step};
use super::ids::*;
use super::world::{Business, Node, World};

fn fields(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn waba(
    id: &str,
    business: &str,
    name: &str,
    currency: &str,
    review: &str,
    verification: &str,
    tz: &str,
) -> Node {
    let mut node = Node::new(
        id,
        business,
        fields(json!({
            "id": id, "name": name, "currency": currency, "timezone_id": tz,
            "account_review_status": review, "business_verification_status": verification,
            "message_template_namespace": format!("sbx_{id}"),
            "ownership_type": "SELF", "country": "ES",
            "primary_funding_id": format!("7{}", &id[1..]),
        })),
    );
    node.hidden
        .insert("subscribed_apps".into(), json!([SANDBOX_APP.clone()]));
    node
}

/// The first id handed out to numbers added in the sandbox.
const FIRST_ADDED_PHONE: u64 = 200_000_000_000_100;

struct P<'a> {
    id: &'a str,
    number: &'a str,
    name: &'a str,
    status: &'a str,
    quality: &'a str,
    name_status: &'a str,
    code: &'a str,
    limit: &'a str,
    pin: bool,
    health: &'a str,
}

fn phone(waba_id: &str, p: P) -> Node {
    let country = &p.number[1..p.number.find(' ').unwrap_or(3)];
    // A number that is not registered cannot send for that reason; the
    // others for their quality or status.
    let why = match p.status {
        "PENDING" | "DISCONNECTED" => drift::not_registered(),
        _ => drift::quality_error(),
    };
    let health = drift::health(p.id, p.health, (p.health != "AVAILABLE").then_some(why));
    let mut node = Node::new(
        p.id,
        waba_id,
        fields(json!({
            "id": p.id,
            "display_phone_number": p.number,
            "verified_name": p.name,
            "status": p.status,
            "quality_rating": p.quality,
            "name_status": p.name_status,
            "new_name_status": "NONE",
            "code_verification_status": p.code,
            "messaging_limit_tier": p.limit,
            "whatsapp_business_manager_messaging_limit": p.limit,
            "throughput": {"level": "STANDARD"},
            "platform_type": if p.status == "PENDING" { "NOT_APPLICABLE" } else { "CLOUD_API" },
            "account_mode": "LIVE",
            "is_official_business_account": false,
            "is_pin_enabled": p.pin,
            "health_status": health,
            "country_dial_code": country,
            "last_onboarded_time": "2026-03-02T10:00:00+0000",
        })),
    );
    if p.pin {
        node.hidden.insert("pin".into(), json!(SEEDED_PIN));
    }
    node
}

pub fn demo() -> World {
    let mut w = World {
        schema: World::SCHEMA,
        businesses: vec![
            Business {
                id: DEMO_BUSINESS.into(),
                name: "Demo Retail Group".into(),
                verification_status: "verified".into(),
                // A partner of Northwind: it reaches Northwind's WABA too.
                clients: vec![OTHER_BUSINESS_WABA.into()],
            },
            Business {
                id: OTHER_BUSINESS.into(),
                name: "Northwind Traders".into(),
                verification_status: "verified".into(),
                clients: Vec::new(),
            },
        ],
        wabas: vec![
            waba(
                DEFAULT_WABA,
                DEMO_BUSINESS,
                "Demo Retail EU",
                "EUR",
                "APPROVED",
                "verified",
                "107",
            ),
            waba(
                SECOND_WABA,
                DEMO_BUSINESS,
                "Demo Retail LatAm",
                "USD",
                "APPROVED",
                "verified",
                "30",
            ),
            waba(
                OTHER_BUSINESS_WABA,
                OTHER_BUSINESS,
                "Northwind Support",
                "GBP",
                "APPROVED",
                "verified",
                "55",
            ),
        ],
        phones: Vec::new(),
        templates: Vec::new(),
        template_events: Vec::new(),
        locked_names: Vec::new(),
        uploads: Vec::new(),
        last_template_id: 0,
        intents: Vec::new(),
        last_intent: 0,
        outbox: Vec::new(),
        inbox: Vec::new(),
        registrations: Vec::new(),
        last_phone_id: FIRST_ADDED_PHONE,
        started_at: None,
        callbacks: Vec::new(),
        last_callback: 0,
        next_step: None,
    };
    let eu = [
        P {
            id: "200000000000011",
            number: "+34 612 34 56 78",
            name: "Demo Retail",
            status: "CONNECTED",
            quality: "GREEN",
            name_status: "APPROVED",
            code: "VERIFIED",
            limit: "TIER_10K",
            pin: false,
            health: "AVAILABLE",
        },
        P {
            id: "200000000000012",
            number: "+34 622 11 22 33",
            name: "Demo Retail Support",
            status: "FLAGGED",
            quality: "RED",
            name_status: "APPROVED",
            code: "VERIFIED",
            limit: "TIER_10K",
            pin: false,
            health: "LIMITED",
        },
        P {
            id: "200000000000013",
            number: "+33 6 12 34 56 78",
            name: "Demo Retail France",
            status: "CONNECTED",
            quality: "YELLOW",
            name_status: "APPROVED",
            code: "VERIFIED",
            limit: "TIER_10K",
            pin: true,
            health: "AVAILABLE",
        },
        P {
            id: "200000000000014",
            number: "+49 1512 3456789",
            name: "Demo Retail Deutschland",
            status: "PENDING",
            quality: "UNKNOWN",
            name_status: "PENDING_REVIEW",
            code: "NOT_VERIFIED",
            limit: "TIER_250",
            pin: false,
            health: "BLOCKED",
        },
        P {
            id: "200000000000015",
            number: "+39 312 345 6789",
            name: "Demo Retail Italia",
            status: "DISCONNECTED",
            quality: "NA",
            name_status: "DECLINED",
            code: "EXPIRED",
            limit: "TIER_250",
            pin: false,
            health: "BLOCKED",
        },
    ];
    let latam = [
        // Same business, two-step verification off, approved name: eligible to migrate to the EU WABA.
        P {
            id: "200000000000021",
            number: "+52 55 1234 5678",
            name: "Demo Retail Mexico",
            status: "CONNECTED",
            quality: "GREEN",
            name_status: "APPROVED",
            code: "VERIFIED",
            limit: "TIER_1K",
            pin: false,
            health: "AVAILABLE",
        },
        P {
            id: "200000000000022",
            number: "+55 11 91234 5678",
            name: "Demo Retail Brasil",
            status: "CONNECTED",
            quality: "GREEN",
            name_status: "APPROVED",
            code: "VERIFIED",
            limit: "TIER_1K",
            pin: true,
            health: "AVAILABLE",
        },
    ];
    let other = [P {
        id: "200000000000031",
        number: "+44 7911 123456",
        name: "Northwind",
        status: "CONNECTED",
        quality: "GREEN",
        name_status: "APPROVED",
        code: "VERIFIED",
        limit: "TIER_100K",
        pin: false,
        health: "AVAILABLE",
    }];
    w.phones
        .extend(eu.into_iter().map(|p| phone(DEFAULT_WABA, p)));
    // The French number's quality drops a day in, Meta lowers its limit
    // two days later, and it recovers after a week.
    if let Some(france) = w.phone_mut("200000000000013") {
        let id = france.id.clone();
        drift::schedule(
            france,
            vec![
                step(
                    24,
                    json!({"quality_rating": "RED",
                        "health_status": drift::health(&id, "LIMITED", Some(drift::quality_error()))}),
                ),
                step(
                    72,
                    json!({"messaging_limit_tier": "TIER_2K",
                        "whatsapp_business_manager_messaging_limit": "TIER_2K"}),
                ),
                step(
                    168,
                    json!({"quality_rating": "GREEN",
                        "health_status": drift::health(&id, "AVAILABLE", None)}),
                ),
            ],
        );
    }
    w.phones
        .extend(latam.into_iter().map(|p| phone(SECOND_WABA, p)));
    w.phones
        .extend(other.into_iter().map(|p| phone(OTHER_BUSINESS_WABA, p)));
    super::demo_templates::seed(&mut w);
    w
}

/// Fills the default WABA up to `n` templates (0 leaves it as it is).
pub fn grow_templates(w: &mut World, n: u32) {
    super::demo_templates::grow(w, n);
}

/// Adds fleet WABAs (two numbers each) until there are `n` of them.
pub fn grow_fleet(w: &mut World, n: u32) {
    if n > 0 && !w.businesses.iter().any(|b| b.id == FLEET_BUSINESS) {
        w.businesses.push(Business {
            id: FLEET_BUSINESS.into(),
            name: "Fleet Partner Clients".into(),
            verification_status: "verified".into(),
            clients: Vec::new(),
        });
    }
    let have = w
        .wabas
        .iter()
        .filter(|x| x.parent == FLEET_BUSINESS)
        .count() as u32;
    let currencies = ["EUR", "USD", "GBP", "INR"];
    for i in have..n {
        let waba_id = format!("{}", 300_000_000_000_001u64 + i as u64);
        let currency = currencies[(i as usize) % currencies.len()];
        w.wabas.push(waba(
            &waba_id,
            FLEET_BUSINESS,
            &format!("Fleet Client {:04}", i + 1),
            currency,
            "APPROVED",
            "verified",
            "107",
        ));
        for k in 0..2u64 {
            let id = format!("{}", 400_000_000_000_000u64 + (i as u64) * 10 + k + 1);
            let local = 600_000_000u64 + (i as u64) * 2 + k + 1;
            let number = format!(
                "+34 {} {} {}",
                local / 1_000_000,
                (local / 1000) % 1000,
                local % 1000
            );
            let mut node = phone(
                &waba_id,
                P {
                    id: &id,
                    number: &pad_spanish(&number),
                    name: &format!("Fleet Client {:04}", i + 1),
                    status: "CONNECTED",
                    quality: if k == 0 { "GREEN" } else { "YELLOW" },
                    name_status: "APPROVED",
                    code: "VERIFIED",
                    limit: "TIER_1K",
                    pin: false,
                    health: "AVAILABLE",
                },
            );
            drift::schedule(&mut node, fleet_timeline(i, k, &id));
            w.phones.push(node);
        }
    }
}

/// Some fleet numbers change: one WABA in 7 sees its second (YELLOW)
/// number drop to RED within days, one in 11 its first disconnect.
fn fleet_timeline(i: u32, k: u64, id: &str) -> Vec<Value> {
    let mut steps = Vec::new();
    if k == 1 && i % 7 == 3 {
        steps.push(step(
            24 * (1 + i64::from(i % 5)),
            json!({"quality_rating": "RED",
                "health_status": drift::health(id, "LIMITED", Some(drift::quality_error()))}),
        ));
    }
    if k == 0 && i % 11 == 5 {
        steps.push(step(
            48,
            json!({"status": "DISCONNECTED",
                "health_status": drift::health(id, "BLOCKED", Some(drift::not_registered()))}),
        ));
    }
    steps
}

/// `+34 600 1 2` → `+34 600 001 002`: three-digit groups for display.
fn pad_spanish(s: &str) -> String {
    let parts: Vec<&str> = s.split(' ').collect();
    match parts.as_slice() {
        [cc, a, b, c] => format!("{cc} {a:0>3} {b:0>3} {c:0>3}"),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::Number;

    #[test]
    fn every_seeded_number_is_a_valid_number() {
        let mut w = demo();
        grow_fleet(&mut w, 30);
        assert_eq!(w.wabas.len(), 33);
        for p in &w.phones {
            let shown = p.fields["display_phone_number"].as_str().unwrap();
            let n = Number::parse(shown).unwrap_or_else(|e| panic!("{shown}: {}", e.message));
            let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(n.digits(), digits);
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut w = demo();
        grow_fleet(&mut w, 200);
        let mut ids: Vec<&str> = w
            .phones
            .iter()
            .map(|p| p.id.as_str())
            .chain(w.wabas.iter().map(|x| x.id.as_str()))
            .collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}

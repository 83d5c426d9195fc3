//! The demo WABAs' message templates: every status and category Meta
//! reports, legacy `previous_category` values, text, media and location
//! headers, every button kind, named and positional parameters, several
//! languages. Deterministic, so docs and tests can name them.

use serde_json::{Value, json};

use super::ids::{DEFAULT_WABA, SECOND_WABA};
use super::world::{Node, World};

/// Ids of seeded templates start here; created ones continue after.
const FIRST_ID: u64 = 800_000_000_000_001;
pub const FIRST_CREATED_ID: u64 = 800_000_000_001_000;
/// When the seeded templates were last changed.
const SEEDED_AT: &str = "2026-10-01T09:00:00+0000";

struct T {
    name: &'static str,
    language: &'static str,
    category: &'static str,
    status: &'static str,
    quality: &'static str,
    components: Value,
    extra: Value,
}

fn body(text: &str, example: &[&str]) -> Value {
    if example.is_empty() {
        json!({"type": "BODY", "text": text})
    } else {
        json!({"type": "BODY", "text": text, "example": {"body_text": [example]}})
    }
}

fn footer(text: &str) -> Value {
    json!({"type": "FOOTER", "text": text})
}

fn media(format: &str, file: &str) -> Value {
    json!({"type": "HEADER", "format": format,
        "example": {"header_handle": [format!("https://scontent.whatsapp.net/sandbox/{file}")]}})
}

fn buttons(b: Value) -> Value {
    json!({"type": "BUTTONS", "buttons": b})
}

fn catalog() -> Vec<(&'static str, T)> {
    let w = DEFAULT_WABA;
    let t = |name, language, category, status, quality, components: Vec<Value>| T {
        name,
        language,
        category,
        status,
        quality,
        components: Value::Array(components),
        extra: json!({}),
    };
    let with = |mut x: T, extra: Value| {
        x.extra = extra;
        x
    };
    vec![
        (
            w,
            with(
                t(
                    "hello_world",
                    "en_US",
                    "MARKETING",
                    "APPROVED",
                    "GREEN",
                    vec![
                        json!({"type": "HEADER", "format": "TEXT", "text": "Hello World"}),
                        body(
                            "Welcome and congratulations!! This message demonstrates your ability to send a message notification from the waba sandbox. Thank you for taking the time to test with us.",
                            &[],
                        ),
                        footer("WhatsApp Business API Team"),
                    ],
                ),
                json!({"previous_category": "ACCOUNT_UPDATE"}),
            ),
        ),
        (
            w,
            with(
                t(
                    "order_confirmation",
                    "en_US",
                    "UTILITY",
                    "APPROVED",
                    "GREEN",
                    vec![
                        json!({"type": "HEADER", "format": "TEXT", "text": "Order {{1}} confirmed", "example": {"header_text": ["A-1042"]}}),
                        body(
                            "Hi {{1}}, thank you for your order {{2}}. We will let you know as soon as it ships.",
                            &["Ana", "A-1042"],
                        ),
                        footer("Demo Retail EU"),
                        buttons(
                            json!([{"type": "URL", "text": "View order", "url": "https://shop.example.com/orders/{{1}}", "example": ["https://shop.example.com/orders/A-1042"]}]),
                        ),
                    ],
                ),
                json!({"previous_category": "TRANSACTIONAL"}),
            ),
        ),
        (
            w,
            t(
                "order_confirmation",
                "es_ES",
                "UTILITY",
                "APPROVED",
                "GREEN",
                vec![
                    json!({"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}} confirmado", "example": {"header_text": ["A-1042"]}}),
                    body(
                        "Hola {{1}}, gracias por tu pedido {{2}}. Te avisaremos en cuanto salga del almacén.",
                        &["Ana", "A-1042"],
                    ),
                    footer("Demo Retail EU"),
                    buttons(
                        json!([{"type": "URL", "text": "Ver pedido", "url": "https://shop.example.com/orders/{{1}}", "example": ["https://shop.example.com/orders/A-1042"]}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "order_confirmation",
                "pt_BR",
                "UTILITY",
                "APPROVED",
                "YELLOW",
                vec![
                    body(
                        "Olá {{1}}, obrigado pelo seu pedido {{2}}. Avisaremos assim que ele for enviado.",
                        &["Ana", "A-1042"],
                    ),
                    footer("Demo Retail EU"),
                ],
            ),
        ),
        (
            w,
            with(
                t(
                    "shipping_update",
                    "en_US",
                    "UTILITY",
                    "APPROVED",
                    "GREEN",
                    vec![
                        json!({"type": "HEADER", "format": "LOCATION"}),
                        body(
                            "Good news {{1}}! Your order {{2}} is on its way to the location above and arrives within {{3}} business days.",
                            &["Ana", "A-1042", "2"],
                        ),
                        buttons(
                            json!([{"type": "QUICK_REPLY", "text": "Thanks"}, {"type": "QUICK_REPLY", "text": "Change delivery"}]),
                        ),
                    ],
                ),
                json!({"previous_category": "SHIPPING_UPDATE"}),
            ),
        ),
        (
            w,
            t(
                "delivery_receipt",
                "en_US",
                "UTILITY",
                "APPROVED",
                "GREEN",
                vec![
                    media("DOCUMENT", "receipt.pdf"),
                    body(
                        "Your receipt for order {{1}} is attached above. Questions? Call us any day of the week.",
                        &["A-1042"],
                    ),
                    buttons(
                        json!([{"type": "PHONE_NUMBER", "text": "Call support", "phone_number": "+34910000000"}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "appointment_reminder",
                "en_US",
                "UTILITY",
                "APPROVED",
                "UNKNOWN",
                vec![
                    json!({"type": "BODY", "text": "Hello {{customer_name}}, this is a reminder of your appointment on {{date}} at our Madrid store.",
                "example": {"body_text_named_params": [{"param_name": "customer_name", "example": "Ana"}, {"param_name": "date", "example": "3 December"}]}}),
                    buttons(
                        json!([{"type": "QUICK_REPLY", "text": "Confirm"}, {"type": "QUICK_REPLY", "text": "Reschedule"}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "appointment_reminder",
                "de",
                "UTILITY",
                "PAUSED",
                "RED",
                vec![
                    json!({"type": "BODY", "text": "Hallo {{customer_name}}, wir erinnern an Ihren Termin am {{date}} in unserer Filiale in Madrid.",
                "example": {"body_text_named_params": [{"param_name": "customer_name", "example": "Ana"}, {"param_name": "date", "example": "3. Dezember"}]}}),
                ],
            ),
        ),
        (
            w,
            t(
                "spring_sale",
                "en_US",
                "MARKETING",
                "APPROVED",
                "YELLOW",
                vec![
                    media("IMAGE", "spring.jpg"),
                    body(
                        "Spring is here, {{1}}! Take 20% off everything in store with the code below until Sunday.",
                        &["Ana"],
                    ),
                    footer("Reply STOP to opt out"),
                    buttons(json!([
                        {"type": "COPY_CODE", "example": "SPRING20"},
                        {"type": "URL", "text": "Shop now", "url": "https://shop.example.com/spring"},
                        {"type": "QUICK_REPLY", "text": "Stop promotions"}
                    ])),
                ],
            ),
        ),
        (
            w,
            t(
                "spring_sale",
                "es_ES",
                "MARKETING",
                "REJECTED",
                "UNKNOWN",
                vec![
                    media("IMAGE", "spring.jpg"),
                    body(
                        "{{1}}, ¡llega la primavera! 20% de descuento en toda la tienda hasta el domingo {{2}}",
                        &["Ana", "20"],
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "product_launch",
                "en_US",
                "MARKETING",
                "APPROVED",
                "GREEN",
                vec![
                    media("VIDEO", "launch.mp4"),
                    body(
                        "Meet the new collection, {{1}}. Watch the video and be the first to order this week.",
                        &["Ana"],
                    ),
                    buttons(
                        json!([{"type": "URL", "text": "See the collection", "url": "https://shop.example.com/new"}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "cart_reminder",
                "en_US",
                "MARKETING",
                "PAUSED",
                "RED",
                vec![body(
                    "You left something in your cart, {{1}}. Complete your order today and we will ship it tomorrow.",
                    &["Ana"],
                )],
            ),
        ),
        (
            w,
            t(
                "win_back_offer",
                "en_US",
                "MARKETING",
                "DISABLED",
                "RED",
                vec![body(
                    "We miss you, {{1}}! Come back this week for a free gift with any order over 30 EUR.",
                    &["Ana"],
                )],
            ),
        ),
        (
            w,
            t(
                "newsletter_signup",
                "en_US",
                "MARKETING",
                "PENDING",
                "UNKNOWN",
                vec![body(
                    "Thanks for joining our newsletter, {{1}}. Expect news about our stores twice a month.",
                    &["Ana"],
                )],
            ),
        ),
        (
            w,
            t(
                "loyalty_points",
                "en_US",
                "MARKETING",
                "IN_APPEAL",
                "UNKNOWN",
                vec![body(
                    "You have {{1}} loyalty points waiting, {{2}}. Use them before the end of the month.",
                    &["120", "Ana"],
                )],
            ),
        ),
        (
            w,
            t(
                "black_friday_2025",
                "en_US",
                "MARKETING",
                "PENDING_DELETION",
                "YELLOW",
                vec![body(
                    "Black Friday starts now, {{1}}: every order ships free until Monday night.",
                    &["Ana"],
                )],
            ),
        ),
        (
            w,
            t(
                "flash_sale",
                "en_US",
                "MARKETING",
                "LIMIT_EXCEEDED",
                "UNKNOWN",
                vec![body(
                    "Flash sale for the next three hours only, {{1}}. Open the app to see today's deals.",
                    &["Ana"],
                )],
            ),
        ),
        (
            w,
            t(
                "verification_code",
                "en_US",
                "AUTHENTICATION",
                "APPROVED",
                "GREEN",
                vec![
                    json!({"type": "BODY", "text": "*{{1}}* is your verification code. For your security, do not share this code.", "add_security_recommendation": true}),
                    json!({"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10}),
                    buttons(
                        json!([{"type": "URL", "text": "Copy code", "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}", "example": ["https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp123456"]}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "verification_code",
                "es_ES",
                "AUTHENTICATION",
                "APPROVED",
                "GREEN",
                vec![
                    json!({"type": "BODY", "text": "Tu código de verificación es *{{1}}*. Por tu seguridad, no lo compartas.", "add_security_recommendation": true}),
                    buttons(
                        json!([{"type": "URL", "text": "Copiar código", "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}", "example": ["https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp123456"]}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "login_alert",
                "en_US",
                "AUTHENTICATION",
                "REJECTED",
                "UNKNOWN",
                vec![
                    json!({"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["https://scontent.whatsapp.net/sandbox/lock.png"]}}),
                    json!({"type": "BODY", "text": "Your login code is {{1}} 🔐", "example": {"body_text": [["123456"]]}}),
                ],
            ),
        ),
        (
            w,
            with(
                t(
                    "payment_due",
                    "en_US",
                    "UTILITY",
                    "APPROVED",
                    "GREEN",
                    vec![
                        body(
                            "Hi {{1}}, invoice {{2}} for {{3}} is due on {{4}}. You can pay it online from your account page.",
                            &["Ana", "INV-88", "49.90 EUR", "1 December"],
                        ),
                        buttons(
                            json!([{"type": "URL", "text": "Pay now", "url": "https://shop.example.com/pay/{{1}}", "example": ["https://shop.example.com/pay/INV-88"]}]),
                        ),
                    ],
                ),
                json!({"previous_category": "PAYMENT_UPDATE"}),
            ),
        ),
        (
            w,
            t(
                "payment_due",
                "es_ES",
                "UTILITY",
                "PENDING",
                "UNKNOWN",
                vec![body(
                    "Hola {{1}}, la factura {{2}} de {{3}} vence el {{4}}. Puedes pagarla en línea desde tu cuenta.",
                    &["Ana", "INV-88", "49,90 EUR", "1 de diciembre"],
                )],
            ),
        ),
        (
            w,
            with(
                t(
                    "issue_resolution",
                    "en_US",
                    "UTILITY",
                    "APPROVED",
                    "GREEN",
                    vec![
                        body(
                            "Hi {{1}}, were we able to solve the issue you contacted us about today?",
                            &["Ana"],
                        ),
                        footer("Demo Retail EU support"),
                        buttons(
                            json!([{"type": "QUICK_REPLY", "text": "Yes"}, {"type": "QUICK_REPLY", "text": "No"}]),
                        ),
                    ],
                ),
                json!({"previous_category": "ISSUE_RESOLUTION"}),
            ),
        ),
        (
            w,
            with(
                t(
                    "store_hours",
                    "en_US",
                    "UTILITY",
                    "REJECTED",
                    "UNKNOWN",
                    vec![body(
                        "Our stores open at {{1}} and close at {{2}}",
                        &["9:00", "21:00"],
                    )],
                ),
                json!({"rejected_reason": "INVALID_FORMAT"}),
            ),
        ),
        (
            w,
            t(
                "return_received",
                "en_US",
                "UTILITY",
                "APPROVED",
                "UNKNOWN",
                vec![body(
                    "We received your return for order {{1}}. Your refund will reach your card within 5 business days.",
                    &["A-1042"],
                )],
            ),
        ),
        (
            w,
            t(
                "return_received",
                "pt_BR",
                "UTILITY",
                "APPROVED",
                "UNKNOWN",
                vec![body(
                    "Recebemos a sua devolução do pedido {{1}}. O reembolso chega ao seu cartão em até 5 dias úteis.",
                    &["A-1042"],
                )],
            ),
        ),
        (
            w,
            t(
                "feedback_survey",
                "en_US",
                "MARKETING",
                "APPROVED",
                "GREEN",
                vec![
                    media("IMAGE", "survey.png"),
                    body(
                        "Thank you for shopping with us, {{1}}! Tell us how we did in a two-minute survey.",
                        &["Ana"],
                    ),
                    buttons(
                        json!([{"type": "URL", "text": "Take survey", "url": "https://shop.example.com/survey"}]),
                    ),
                ],
            ),
        ),
        (
            w,
            t(
                "back_in_stock",
                "de",
                "MARKETING",
                "APPROVED",
                "GREEN",
                vec![body(
                    "Gute Nachrichten, {{1}}: Ihr gemerkter Artikel ist wieder vorrätig. Jetzt bestellen!",
                    &["Ana"],
                )],
            ),
        ),
        (
            SECOND_WABA,
            t(
                "hello_world",
                "en_US",
                "UTILITY",
                "APPROVED",
                "GREEN",
                vec![body(
                    "Welcome to Demo Retail LatAm. This message was sent from the waba sandbox.",
                    &[],
                )],
            ),
        ),
        (
            SECOND_WABA,
            t(
                "order_confirmation",
                "es_MX",
                "UTILITY",
                "APPROVED",
                "GREEN",
                vec![body(
                    "Hola {{1}}, gracias por tu pedido {{2}}. Te avisaremos cuando lo enviemos.",
                    &["Ana", "M-77"],
                )],
            ),
        ),
    ]
}

/// The seeded templates, appended to the world.
pub fn seed(world: &mut World) {
    for (i, (waba, t)) in catalog().into_iter().enumerate() {
        let id = (FIRST_ID + i as u64).to_string();
        let mut fields = json!({
            "name": t.name, "language": t.language, "category": t.category,
            "status": t.status, "id": id, "components": t.components,
            "quality_score": {"score": t.quality}, "last_updated_time": SEEDED_AT,
            "rejected_reason": if t.status == "REJECTED" { "INVALID_FORMAT" } else { "NONE" },
        });
        if t.components.to_string().contains("{{") && !t.components.to_string().contains("{{1}}") {
            fields["parameter_format"] = json!("NAMED");
        }
        if let (Value::Object(f), Value::Object(extra)) = (&mut fields, t.extra) {
            f.extend(extra);
        }
        let Value::Object(fields) = fields else {
            continue;
        };
        world.templates.push(Node::new(&id, waba, fields));
    }
    world.last_template_id = FIRST_CREATED_ID;
}

/// Fills the default WABA with generated templates up to `n` (for
/// benchmarks of long lists).
pub fn grow(world: &mut World, n: u32) {
    let have = world
        .templates
        .iter()
        .filter(|t| t.parent == DEFAULT_WABA)
        .count();
    for i in have..n as usize {
        world.last_template_id += 1;
        let id = world.last_template_id.to_string();
        let fields = json!({
            "name": format!("bulk_notice_{i:05}"), "language": "en_US", "category": "UTILITY",
            "status": "APPROVED", "id": id, "quality_score": {"score": "GREEN"},
            "last_updated_time": SEEDED_AT, "rejected_reason": "NONE",
            "components": [
                {"type": "HEADER", "format": "TEXT", "text": "Notice {{1}}", "example": {"header_text": ["42"]}},
                {"type": "BODY", "text": "Hello {{1}}, this is notice number {{2}} about your account. Reply to this message if you have any questions.",
                 "example": {"body_text": [["Ana", "42"]]}},
                {"type": "FOOTER", "text": "Demo Retail EU"}
            ],
        });
        if let Value::Object(fields) = fields {
            world.templates.push(Node::new(&id, DEFAULT_WABA, fields));
        }
    }
}

//! Meta's documented template rules, checked before anything is sent
//! (graph-api.md §3.2). Each problem names the component and the field and
//! says what the rule is, so that "Invalid parameter" never has to be
//! decoded after the fact.

use serde::Serialize;
use serde_json::{Map, Value};

use super::definition::{MEDIA_FILE, MEDIA_FORMATS, SERVER_ONLY};
use super::placeholders::{self, Kind, Scan};

pub const NAME_MAX: usize = 512;
pub const HEADER_MAX: usize = 60;
pub const BODY_MAX: usize = 1024;
pub const FOOTER_MAX: usize = 60;
pub const LABEL_MAX: usize = 25;
pub const URL_MAX: usize = 2000;
pub const PHONE_MAX: usize = 20;
pub const COPY_CODE_MAX: usize = 15;
pub const BUTTONS_MAX: usize = 10;
pub const QUICK_REPLIES_MAX: usize = 10;
pub const URLS_MAX: usize = 2;
pub const CATEGORIES: &[&str] = &["MARKETING", "UTILITY", "AUTHENTICATION"];
/// Categories Meta retired in 2023; they still show up as `previous_category`.
const LEGACY_CATEGORIES: &[&str] = &[
    "ACCOUNT_UPDATE",
    "ALERT_UPDATE",
    "APPOINTMENT_UPDATE",
    "AUTO_REPLY",
    "ISSUE_RESOLUTION",
    "PAYMENT_UPDATE",
    "PERSONAL_FINANCE_UPDATE",
    "RESERVATION_UPDATE",
    "SHIPPING_UPDATE",
    "TICKET_UPDATE",
    "TRANSACTIONAL",
    "TRANSPORTATION_UPDATE",
    "OTP",
];

/// Template languages Meta lists. A well-formed code missing here is only a
/// warning: Meta adds languages, and refusing one it accepts would be worse
/// than letting Meta answer.
pub const LANGUAGES: &[&str] = &[
    "af", "sq", "ar", "ar_EG", "ar_AE", "ar_LB", "ar_MA", "ar_QA", "az", "be_BY", "bn", "bn_IN",
    "bg", "ca", "zh_CN", "zh_HK", "zh_TW", "hr", "cs", "da", "prs_AF", "nl", "nl_BE", "en",
    "en_GB", "en_US", "en_AE", "en_AU", "en_CA", "en_GH", "en_IE", "en_IN", "en_JM", "en_MY",
    "en_NZ", "en_QA", "en_SG", "en_UG", "en_ZA", "et", "fil", "fi", "fr", "fr_BE", "fr_CA",
    "fr_CH", "fr_CI", "fr_MA", "ka", "de", "de_AT", "de_CH", "el", "gu", "ha", "he", "hi", "hu",
    "id", "ga", "it", "ja", "kn", "kk", "rw_RW", "ko", "ky_KG", "lo", "lv", "lt", "mk", "ms", "ml",
    "mr", "nb", "ps_AF", "fa", "pl", "pt_BR", "pt_PT", "pa", "ro", "ru", "sr", "si_LK", "sk", "sl",
    "es", "es_AR", "es_CL", "es_CO", "es_CR", "es_DO", "es_EC", "es_HN", "es_MX", "es_PA", "es_PE",
    "es_ES", "es_UY", "sw", "sv", "ta", "te", "th", "tr", "uk", "ur", "uz", "vi", "zu",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub rule: &'static str,
    /// `template`, `HEADER`, `BODY`, `FOOTER`, `BUTTONS`, or `button 2 (URL)`.
    pub component: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{level}: {} {}: {} [{}]",
            self.component, self.field, self.message, self.rule
        )
    }
}

/// The problems of a template Meta approved as it stands: Meta's approval
/// wins over a rule it introduced later, so each error is a warning; once
/// the template changes, it is an error again.
pub fn as_approved(problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| match p.severity {
            Severity::Error => Problem {
                severity: Severity::Warning,
                message: format!(
                    "{} (Meta approved this template as it stands; a change must fix it)",
                    p.message
                ),
                ..p
            },
            Severity::Warning => p,
        })
        .collect()
}

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

/// The subcode Meta documents for a rule it checks when the template is
/// submitted (graph-api.md §3.2); the sandbox answers with it. Rules without
/// one surface at review, as a rejection.
pub fn meta_subcode(rule: &str) -> Option<i64> {
    Some(match rule {
        "header-length" | "body-length" | "footer-length" | "button-label" | "name" => 2388040,
        "header-format" | "header-variables" => 2388047,
        "body-missing" => 2388072,
        "footer-variables" => 2388073,
        "parameter-density" => 2388293,
        "starts-or-ends-with-variable" => 2388299,
        _ => return None,
    })
}

struct Lint {
    problems: Vec<Problem>,
}

impl Lint {
    fn push(
        &mut self,
        severity: Severity,
        rule: &'static str,
        component: &str,
        field: &str,
        message: String,
    ) {
        self.problems.push(Problem {
            severity,
            rule,
            component: component.to_string(),
            field: field.to_string(),
            message,
        });
    }
    fn error(&mut self, rule: &'static str, component: &str, field: &str, message: String) {
        self.push(Severity::Error, rule, component, field, message);
    }
    fn warn(&mut self, rule: &'static str, component: &str, field: &str, message: String) {
        self.push(Severity::Warning, rule, component, field, message);
    }
    /// An error when `text` is over `max` characters; `what` names the text.
    fn limit(
        &mut self,
        rule: &'static str,
        component: &str,
        field: &str,
        text: &str,
        (max, what): (usize, &str),
    ) {
        let n = chars(text);
        if n > max {
            self.error(
                rule,
                component,
                field,
                format!("{n} characters; {what} is limited to {max}"),
            );
        }
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn upper(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_ascii_uppercase)
}

/// Every problem with a template (Meta's create body).
pub fn check(template: &Value) -> Vec<Problem> {
    let mut l = Lint {
        problems: Vec::new(),
    };
    let Value::Object(t) = template else {
        l.error(
            "file",
            "template",
            "",
            "a template is an object with name, language, category and components".into(),
        );
        return l.problems;
    };
    check_name(&mut l, t.get("name"));
    check_language(&mut l, t.get("language"));
    let category = check_category(&mut l, t.get("category"));
    let format = check_parameter_format(&mut l, t.get("parameter_format"));
    for key in t.keys().filter(|k| SERVER_ONLY.contains(&k.as_str())) {
        l.warn(
            "server-field",
            "template",
            key,
            format!("`{key}` is reported by Meta, not sent to it; it is ignored"),
        );
    }
    let auth = category.as_deref() == Some("AUTHENTICATION");
    let Some(components) = t.get("components") else {
        l.error(
            "components",
            "template",
            "components",
            "components are missing; a template needs at least a BODY".into(),
        );
        return l.problems;
    };
    let Some(components) = components.as_array() else {
        l.error(
            "components",
            "template",
            "components",
            "components must be a list of HEADER, BODY, FOOTER and BUTTONS objects".into(),
        );
        return l.problems;
    };
    let mut seen: Vec<String> = Vec::new();
    let mut body_text: Option<String> = None;
    for (i, c) in components.iter().enumerate() {
        let Some(c) = c.as_object() else {
            l.error(
                "components",
                &format!("component {}", i + 1),
                "",
                "each component is an object with a `type`".into(),
            );
            continue;
        };
        let Some(kind) = upper(c.get("type")) else {
            l.error(
                "components",
                &format!("component {}", i + 1),
                "type",
                "`type` is missing; use HEADER, BODY, FOOTER or BUTTONS".into(),
            );
            continue;
        };
        if ["HEADER", "BODY", "FOOTER", "BUTTONS"].contains(&kind.as_str()) {
            if seen.contains(&kind) {
                l.error(
                    "one-each",
                    &kind,
                    "type",
                    format!("a template has at most one {kind} component"),
                );
                continue;
            }
            seen.push(kind.clone());
        }
        match kind.as_str() {
            "HEADER" => check_header(&mut l, c, format, auth),
            "BODY" => body_text = check_body(&mut l, c, format, auth),
            "FOOTER" => check_footer(&mut l, c, auth),
            "BUTTONS" => check_buttons(&mut l, c, auth),
            other => l.warn(
                "components",
                other,
                "type",
                format!("{other} components are not checked by waba lint; Meta will check them"),
            ),
        }
    }
    if !seen.iter().any(|k| k == "BODY") {
        l.error(
            "body-missing",
            "BODY",
            "",
            "every template has exactly one BODY component".into(),
        );
    }
    if let Some(text) = body_text {
        check_ends(&mut l, &text);
    }
    l.problems
}

fn check_name(l: &mut Lint, v: Option<&Value>) {
    let Some(name) = v.and_then(Value::as_str) else {
        l.error(
            "name",
            "template",
            "name",
            "`name` is missing; use lowercase letters, digits and _".into(),
        );
        return;
    };
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        l.error(
            "name",
            "template",
            "name",
            format!("`{name}` may hold only lowercase letters a-z, digits and _"),
        );
    }
    if chars(name) > NAME_MAX {
        l.error(
            "name",
            "template",
            "name",
            format!(
                "the name is {} characters; the limit is {NAME_MAX}",
                chars(name)
            ),
        );
    }
}

fn check_language(l: &mut Lint, v: Option<&Value>) {
    let Some(lang) = v.and_then(Value::as_str) else {
        l.error(
            "language",
            "template",
            "language",
            "`language` is missing; use a code like en_US or pt_BR".into(),
        );
        return;
    };
    if LANGUAGES.contains(&lang) {
        return;
    }
    let (base, region) = lang.split_once('_').unwrap_or((lang, ""));
    let well_formed = (2..=3).contains(&base.len())
        && base.chars().all(|c| c.is_ascii_lowercase())
        && (region.is_empty()
            || ((2..=3).contains(&region.len())
                && region
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())));
    if well_formed {
        l.warn(
            "language",
            "template",
            "language",
            format!("`{lang}` is not in Meta's list of template languages; check the code"),
        );
    } else {
        l.error(
            "language",
            "template",
            "language",
            format!("`{lang}` is not a language code; use a code like en, en_US or pt_BR"),
        );
    }
}

fn check_category(l: &mut Lint, v: Option<&Value>) -> Option<String> {
    let Some(cat) = upper(v) else {
        l.error(
            "category",
            "template",
            "category",
            "`category` is missing; use MARKETING, UTILITY or AUTHENTICATION".into(),
        );
        return None;
    };
    if CATEGORIES.contains(&cat.as_str()) {
        return Some(cat);
    }
    let why = if LEGACY_CATEGORIES.contains(&cat.as_str()) {
        format!("{cat} is a category Meta retired")
    } else {
        format!("`{cat}` is not a category")
    };
    l.error(
        "category",
        "template",
        "category",
        format!("{why}; use MARKETING, UTILITY or AUTHENTICATION"),
    );
    None
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    Positional,
    Named,
}

fn check_parameter_format(l: &mut Lint, v: Option<&Value>) -> Format {
    match upper(v).as_deref() {
        None | Some("POSITIONAL") => Format::Positional,
        Some("NAMED") => Format::Named,
        Some(other) => {
            l.error(
                "parameter-format",
                "template",
                "parameter_format",
                format!("`{other}` is not a parameter format; use positional or named"),
            );
            Format::Positional
        }
    }
}

/// Checks the placeholders of one text; returns the scan when it is usable.
fn check_placeholders(
    l: &mut Lint,
    component: &str,
    field: &str,
    text: &str,
    format: Format,
) -> Scan {
    let scan = placeholders::scan(text);
    for s in &scan.stray {
        l.error(
            "variables",
            component,
            field,
            format!("mismatched braces at `{s}`; a placeholder is {{{{1}}}} or {{{{name}}}}"),
        );
    }
    for p in &scan.placeholders {
        if let Kind::Invalid(why) = p.kind {
            l.error(
                "variables",
                component,
                field,
                format!("`{}` is not a placeholder: {why}", p.raw),
            );
        }
    }
    let positional = scan.positional();
    let named = scan.named();
    if !positional.is_empty() && !named.is_empty() {
        l.error(
            "variables",
            component,
            field,
            "positional ({{1}}) and named ({{name}}) placeholders cannot be mixed".into(),
        );
    } else if format == Format::Named && !positional.is_empty() {
        l.error(
            "variables",
            component,
            field,
            "parameter_format is named, but the text uses {{1}}-style placeholders".into(),
        );
    } else if format == Format::Positional && !named.is_empty() {
        l.error(
            "variables",
            component,
            field,
            "named placeholders need `parameter_format: named` on the template".into(),
        );
    }
    let mut sorted = positional.clone();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.iter().enumerate().any(|(i, n)| *n as usize != i + 1) {
        let list: Vec<String> = positional.iter().map(|n| format!("{{{{{n}}}}}")).collect();
        l.error(
            "variables",
            component,
            field,
            format!(
                "placeholders must run {{{{1}}}}, {{{{2}}}}, … without gaps; found {}",
                list.join(", ")
            ),
        );
    }
    scan
}

/// Distinct placeholders, as they are numbered or named.
fn distinct(scan: &Scan) -> usize {
    let mut p = scan.positional();
    p.sort_unstable();
    p.dedup();
    let mut n = scan.named();
    n.sort_unstable();
    n.dedup();
    p.len() + n.len()
}

fn check_header(l: &mut Lint, c: &Map<String, Value>, format: Format, auth: bool) {
    let fmt = upper(c.get("format")).unwrap_or_else(|| "TEXT".into());
    if auth {
        l.error(
            "authentication",
            "HEADER",
            "",
            "authentication templates have no header: Meta fixes their content".into(),
        );
        return;
    }
    match fmt.as_str() {
        "TEXT" => {
            let Some(text) = c.get("text").and_then(Value::as_str) else {
                l.error(
                    "header-format",
                    "HEADER",
                    "text",
                    "a TEXT header needs `text`".into(),
                );
                return;
            };
            l.limit(
                "header-length",
                "HEADER",
                "text",
                text,
                (HEADER_MAX, "header text"),
            );
            if text.contains('\n') {
                l.error(
                    "header-format",
                    "HEADER",
                    "text",
                    "header text is one line: no line breaks".into(),
                );
            }
            let scan = check_placeholders(l, "HEADER", "text", text, format);
            if scan.count() > 1 {
                l.error(
                    "header-variables",
                    "HEADER",
                    "text",
                    format!(
                        "{} placeholders; a header may have at most one",
                        scan.count()
                    ),
                );
            }
            if scan.count() >= 1 {
                check_examples(l, "HEADER", c, &scan, format, true);
            }
        }
        f if MEDIA_FORMATS.contains(&f) => {
            let handle = c
                .get("example")
                .and_then(|e| e.get("header_handle"))
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|h| h.as_str().is_some_and(|s| !s.is_empty())));
            let file = c.get(MEDIA_FILE).and_then(Value::as_str).is_some();
            if !handle && !file {
                l.error(
                    "header-media-sample",
                    "HEADER",
                    "example.header_handle",
                    format!(
                        "a {f} header needs a sample: name a local file with `{MEDIA_FILE}`, or give an uploaded handle in example.header_handle"
                    ),
                );
            }
            if c.contains_key("text") {
                l.error(
                    "header-format",
                    "HEADER",
                    "text",
                    format!("a {f} header has no text"),
                );
            }
        }
        "LOCATION" => {}
        other => l.error(
            "header-format",
            "HEADER",
            "format",
            format!(
                "`{other}` is not a header format; use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION"
            ),
        ),
    }
}

fn check_body(l: &mut Lint, c: &Map<String, Value>, format: Format, auth: bool) -> Option<String> {
    if auth {
        if let Some(v) = c.get("add_security_recommendation")
            && !v.is_boolean()
        {
            l.error(
                "authentication",
                "BODY",
                "add_security_recommendation",
                "add_security_recommendation is true or false".into(),
            );
        }
        // Meta writes the body of an authentication template itself; a text
        // (as Meta reports it back) is accepted but not checked further.
        return None;
    }
    let Some(text) = c.get("text").and_then(Value::as_str) else {
        l.error(
            "body-missing",
            "BODY",
            "text",
            "the BODY needs `text`".into(),
        );
        return None;
    };
    if text.trim().is_empty() {
        l.error(
            "body-missing",
            "BODY",
            "text",
            "the body text is empty".into(),
        );
        return None;
    }
    l.limit("body-length", "BODY", "text", text, (BODY_MAX, "body text"));
    let scan = check_placeholders(l, "BODY", "text", text, format);
    let params = distinct(&scan);
    if params > 0 {
        check_examples(l, "BODY", c, &scan, format, false);
        let words = placeholders::fixed_words(text, &scan);
        // Meta refuses "too many parameters for the text length" (2388293)
        // without publishing the ratio (UNCONFIRMED); two words of fixed
        // text per placeholder, plus one, is the bar used here.
        if words < 2 * params + 1 {
            l.error(
                "parameter-density",
                "BODY",
                "text",
                format!(
                    "{params} placeholder(s) in {words} word(s) of fixed text; Meta refuses templates with too many placeholders for their length: write at least {} words around them",
                    2 * params + 1
                ),
            );
        }
    }
    Some(text.to_string())
}

/// Meta refuses a template whose body starts or ends with a placeholder
/// (2388299).
fn check_ends(l: &mut Lint, text: &str) {
    let trimmed = text.trim();
    let scan = placeholders::scan(trimmed);
    let starts = scan.placeholders.first().is_some_and(|p| p.start == 0);
    let ends = scan
        .placeholders
        .last()
        .is_some_and(|p| p.end == trimmed.len());
    if starts || ends {
        let which = match (starts, ends) {
            (true, true) => "starts and ends",
            (true, false) => "starts",
            _ => "ends",
        };
        l.error(
            "starts-or-ends-with-variable",
            "BODY",
            "text",
            format!("the body {which} with a placeholder; put fixed text before and after it"),
        );
    }
}

/// Every placeholder needs a sample value, in the shape Meta wants for the
/// parameter format.
fn check_examples(
    l: &mut Lint,
    component: &str,
    c: &Map<String, Value>,
    scan: &Scan,
    format: Format,
    header: bool,
) {
    let example = c.get("example");
    let (positional_key, named_key) = if header {
        ("header_text", "header_text_named_params")
    } else {
        ("body_text", "body_text_named_params")
    };
    if format == Format::Named || !scan.named().is_empty() {
        let given: Vec<&str> = example
            .and_then(|e| e.get(named_key))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter(|p| p.get("example").and_then(Value::as_str).is_some())
                    .filter_map(|p| p.get("param_name").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default();
        for name in scan.named() {
            if !given.contains(&name) {
                l.error(
                    "examples",
                    component,
                    &format!("example.{named_key}"),
                    format!(
                        "{{{{{name}}}}} has no example; add {{param_name: {name}, example: …}}"
                    ),
                );
            }
        }
        return;
    }
    let want = distinct(scan);
    let values: Option<Vec<&Value>> = match example.and_then(|e| e.get(positional_key)) {
        // body_text is a list of lists; header_text a list of strings.
        Some(Value::Array(rows)) if !header => rows
            .first()
            .and_then(Value::as_array)
            .map(|r| r.iter().collect()),
        Some(Value::Array(items)) => Some(items.iter().collect()),
        _ => None,
    };
    let shape = if header {
        "a list of one string: [\"Mark\"]"
    } else {
        "a list of lists: [[\"Mark\", \"FALL25\"]]"
    };
    match values {
        None => l.error(
            "examples",
            component,
            &format!("example.{positional_key}"),
            format!(
                "{want} placeholder(s) but no example; Meta needs a sample for each, as {shape}"
            ),
        ),
        Some(v) if v.len() != want => l.error(
            "examples",
            component,
            &format!("example.{positional_key}"),
            format!("{} example value(s) for {want} placeholder(s)", v.len()),
        ),
        Some(v) => {
            if v.iter()
                .any(|x| x.as_str().is_none_or(|s| s.trim().is_empty()))
            {
                l.error(
                    "examples",
                    component,
                    &format!("example.{positional_key}"),
                    "example values are non-empty strings".into(),
                );
            }
        }
    }
}

fn check_footer(l: &mut Lint, c: &Map<String, Value>, auth: bool) {
    if auth {
        if let Some(v) = c.get("code_expiration_minutes")
            && !v.as_u64().is_some_and(|m| (1..=90).contains(&m))
        {
            l.error(
                "authentication",
                "FOOTER",
                "code_expiration_minutes",
                "code_expiration_minutes is a whole number from 1 to 90".into(),
            );
        }
        return;
    }
    let Some(text) = c.get("text").and_then(Value::as_str) else {
        l.error(
            "footer-format",
            "FOOTER",
            "text",
            "the FOOTER needs `text`".into(),
        );
        return;
    };
    l.limit(
        "footer-length",
        "FOOTER",
        "text",
        text,
        (FOOTER_MAX, "footer text"),
    );
    if !placeholders::scan(text).placeholders.is_empty() {
        l.error(
            "footer-variables",
            "FOOTER",
            "text",
            "a footer is fixed text: no placeholders".into(),
        );
    }
}

fn check_buttons(l: &mut Lint, c: &Map<String, Value>, auth: bool) {
    let Some(buttons) = c.get("buttons").and_then(Value::as_array) else {
        l.error(
            "buttons",
            "BUTTONS",
            "buttons",
            "BUTTONS needs a `buttons` list".into(),
        );
        return;
    };
    if buttons.is_empty() {
        l.error(
            "buttons",
            "BUTTONS",
            "buttons",
            "the buttons list is empty; leave BUTTONS out instead".into(),
        );
    }
    if buttons.len() > BUTTONS_MAX {
        l.error(
            "buttons-count",
            "BUTTONS",
            "buttons",
            format!(
                "{} buttons; a template has at most {BUTTONS_MAX}",
                buttons.len()
            ),
        );
    }
    let kinds: Vec<String> = buttons
        .iter()
        .map(|b| upper(b.get("type")).unwrap_or_default())
        .collect();
    let count = |k: &str| kinds.iter().filter(|x| *x == k).count();
    for (kind, max) in [
        ("QUICK_REPLY", QUICK_REPLIES_MAX),
        ("URL", URLS_MAX),
        ("PHONE_NUMBER", 1),
        ("COPY_CODE", 1),
    ] {
        if count(kind) > max {
            l.error(
                "buttons-count",
                "BUTTONS",
                "buttons",
                format!("{} {kind} buttons; at most {max} allowed", count(kind)),
            );
        }
    }
    // Quick replies sit together: all before the others, or all after.
    let first = kinds.iter().position(|k| k == "QUICK_REPLY");
    let last = kinds.iter().rposition(|k| k == "QUICK_REPLY");
    if let (Some(a), Some(b)) = (first, last)
        && kinds[a..=b].iter().any(|k| k != "QUICK_REPLY")
    {
        l.error(
            "quick-reply-grouping",
            "BUTTONS",
            "buttons",
            "quick-reply buttons must be grouped: put them all before or all after the other buttons".into(),
        );
    }
    for (i, b) in buttons.iter().enumerate() {
        let kind = &kinds[i];
        let label = format!(
            "button {} ({})",
            i + 1,
            if kind.is_empty() { "?" } else { kind }
        );
        let Some(b) = b.as_object() else {
            l.error("buttons", &label, "", "each button is an object".into());
            continue;
        };
        check_button(l, &label, kind, b, auth);
    }
}

fn check_button(l: &mut Lint, label: &str, kind: &str, b: &Map<String, Value>, auth: bool) {
    let text = b.get("text").and_then(Value::as_str);
    match text {
        Some(t) if chars(t) > LABEL_MAX => l.error(
            "button-label",
            label,
            "text",
            format!(
                "the label is {} characters; button labels are limited to {LABEL_MAX}",
                chars(t)
            ),
        ),
        // Meta labels copy-code buttons itself.
        None if !matches!(kind, "OTP" | "COPY_CODE") => l.error(
            "button-label",
            label,
            "text",
            "the button needs a label in `text`".into(),
        ),
        _ => {}
    }
    if auth && !matches!(kind, "OTP" | "URL" | "COPY_CODE") {
        l.error(
            "authentication",
            label,
            "type",
            "authentication templates take one OTP button (copy code, one-tap or zero-tap)".into(),
        );
    }
    match kind {
        "QUICK_REPLY" => {}
        "URL" => check_url_button(l, label, b),
        "PHONE_NUMBER" => {
            let phone = b.get("phone_number").and_then(Value::as_str).unwrap_or("");
            let digits = phone.strip_prefix('+').unwrap_or(phone);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                l.error(
                    "phone-button",
                    label,
                    "phone_number",
                    "a phone button needs `phone_number`: digits with the country code, like 15550051234".into(),
                );
            } else {
                l.limit(
                    "phone-button",
                    label,
                    "phone_number",
                    phone,
                    (PHONE_MAX, "a phone number"),
                );
            }
        }
        "COPY_CODE" => {
            let example = match b.get("example") {
                Some(Value::String(s)) => Some(s.as_str()),
                Some(Value::Array(a)) => a.first().and_then(Value::as_str),
                _ => None,
            };
            match example {
                None => l.error(
                    "copy-code-button",
                    label,
                    "example",
                    "a copy-code button needs a sample code in `example`".into(),
                ),
                Some(e) if chars(e) > COPY_CODE_MAX => l.error(
                    "copy-code-button",
                    label,
                    "example",
                    format!(
                        "the sample code is {} characters; the limit is {COPY_CODE_MAX}",
                        chars(e)
                    ),
                ),
                _ => {}
            }
        }
        "OTP" => {
            if !auth {
                l.error(
                    "otp-button",
                    label,
                    "type",
                    "OTP buttons belong to AUTHENTICATION templates".into(),
                );
            }
            let otp = upper(b.get("otp_type"));
            match otp.as_deref() {
                Some("COPY_CODE") => {}
                Some("ONE_TAP" | "ZERO_TAP") => {
                    let has_app = (b.contains_key("package_name")
                        && b.contains_key("signature_hash"))
                        || b.get("supported_apps").is_some_and(Value::is_array);
                    if !has_app {
                        l.error(
                            "otp-button",
                            label,
                            "package_name",
                            "one-tap and zero-tap buttons need the Android app: package_name and signature_hash (or supported_apps)".into(),
                        );
                    }
                }
                _ => l.error(
                    "otp-button",
                    label,
                    "otp_type",
                    "otp_type is COPY_CODE, ONE_TAP or ZERO_TAP".into(),
                ),
            }
        }
        "" => l.error(
            "buttons",
            label,
            "type",
            "`type` is missing; use QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE or OTP".into(),
        ),
        other => l.warn(
            "buttons",
            label,
            "type",
            format!("{other} buttons are not checked by waba lint; Meta will check them"),
        ),
    }
}

fn check_url_button(l: &mut Lint, label: &str, b: &Map<String, Value>) {
    let Some(url) = b.get("url").and_then(Value::as_str) else {
        l.error(
            "url-button",
            label,
            "url",
            "a URL button needs `url`".into(),
        );
        return;
    };
    if chars(url) > URL_MAX {
        l.error(
            "url-button",
            label,
            "url",
            format!(
                "the URL is {} characters; the limit is {URL_MAX}",
                chars(url)
            ),
        );
    }
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        l.error(
            "url-button",
            label,
            "url",
            "the URL must start with https:// (or http://)".into(),
        );
    }
    let scan = placeholders::scan(url);
    if scan.count() > 1 || !scan.stray.is_empty() {
        l.error(
            "url-button",
            label,
            "url",
            "a URL may hold one placeholder, {{1}}, at its end".into(),
        );
        return;
    }
    if let Some(p) = scan.placeholders.first() {
        if p.kind != Kind::Positional(1) || p.end != url.len() {
            l.error(
                "url-button",
                label,
                "url",
                format!("`{}` must be {{{{1}}}} at the very end of the URL", p.raw),
            );
        }
        let example = match b.get("example") {
            Some(Value::Array(a)) => a.first().and_then(Value::as_str),
            Some(Value::String(s)) => Some(s.as_str()),
            _ => None,
        };
        if example.is_none_or(|e| e.trim().is_empty()) {
            l.error(
                "url-button",
                label,
                "example",
                "a URL with {{1}} needs an example: [\"https://example.com/track/ABC123\"]".into(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn good() -> Value {
        json!({
            "name": "order_update",
            "language": "en_US",
            "category": "UTILITY",
            "components": [
                {"type": "HEADER", "format": "TEXT", "text": "Order {{1}}",
                 "example": {"header_text": ["A-1"]}},
                {"type": "BODY", "text": "Hi {{1}}, your order {{2}} is on its way and arrives soon.",
                 "example": {"body_text": [["Ann", "A-1"]]}},
                {"type": "FOOTER", "text": "Reply STOP to opt out"},
                {"type": "BUTTONS", "buttons": [
                    {"type": "QUICK_REPLY", "text": "Thanks"},
                    {"type": "URL", "text": "Track", "url": "https://example.com/t/{{1}}",
                     "example": ["https://example.com/t/A-1"]},
                    {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550051234"}
                ]}
            ]
        })
    }

    fn rules(t: &Value) -> Vec<&'static str> {
        check(t)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| p.rule)
            .collect()
    }

    /// Applies `f` to a copy of the good template and returns the error rules.
    fn with(f: impl FnOnce(&mut Value)) -> Vec<&'static str> {
        let mut t = good();
        f(&mut t);
        rules(&t)
    }

    #[test]
    fn a_good_template_passes() {
        assert_eq!(check(&good()), vec![]);
    }

    #[test]
    fn name_charset_and_length() {
        assert_eq!(with(|t| t["name"] = json!("Order-Update")), ["name"]);
        assert_eq!(with(|t| t["name"] = json!("a".repeat(513))), ["name"]);
        assert_eq!(
            with(|t| t["name"] = json!("a".repeat(512))),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn category_and_language() {
        assert_eq!(
            with(|t| t["category"] = json!("TRANSACTIONAL")),
            ["category"]
        );
        assert_eq!(
            with(|t| t["category"] = json!("marketing")),
            Vec::<&str>::new()
        );
        assert_eq!(with(|t| t["language"] = json!("english")), ["language"]);
        let mut t = good();
        t["language"] = json!("xx_YY");
        let p = check(&t);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].severity, Severity::Warning);
    }

    #[test]
    fn one_component_of_each_kind() {
        assert_eq!(
            with(|t| {
                let c = t["components"][2].clone();
                t["components"].as_array_mut().unwrap().push(c);
            }),
            ["one-each"]
        );
        assert_eq!(
            with(|t| {
                t["components"].as_array_mut().unwrap().remove(1);
            }),
            ["body-missing"]
        );
    }

    #[test]
    fn text_limits() {
        assert_eq!(
            with(|t| t["components"][0]["text"] = json!(format!("{} {{{{1}}}}", "x".repeat(60)))),
            ["header-length"]
        );
        let long = format!("Hi {{{{1}}}}, {} {{{{2}}}} done.", "word ".repeat(210));
        assert_eq!(
            with(|t| t["components"][1]["text"] = json!(long)),
            ["body-length"]
        );
        assert_eq!(
            with(|t| t["components"][2]["text"] = json!("f".repeat(61))),
            ["footer-length"]
        );
    }

    #[test]
    fn header_has_at_most_one_variable() {
        assert_eq!(
            with(|t| {
                t["components"][0]["text"] = json!("Order {{1}} {{2}}");
                t["components"][0]["example"] = json!({"header_text": ["A", "B"]});
            }),
            ["header-variables"]
        );
    }

    #[test]
    fn variables_are_sequential_or_named() {
        assert_eq!(
            with(|t| {
                t["components"][1]["text"] =
                    json!("Hi {{1}}, your order {{3}} is on its way and arrives soon.");
            }),
            ["variables"]
        );
        assert_eq!(
            with(|t| {
                t["components"][1]["text"] =
                    json!("Hi {{name}}, your order {{2}} is on its way and arrives soon.");
            }),
            ["variables", "variables", "examples"]
        );
        // Named placeholders with the named format and their examples pass.
        assert_eq!(
            with(|t| {
                t["parameter_format"] = json!("named");
                t["components"][0] =
                    json!({"type": "HEADER", "format": "TEXT", "text": "Your order"});
                t["components"][1] = json!({"type": "BODY",
                    "text": "Hi {{first_name}}, your order {{order_id}} is on its way and arrives soon.",
                    "example": {"body_text_named_params": [
                        {"param_name": "first_name", "example": "Ann"},
                        {"param_name": "order_id", "example": "A-1"}]}});
            }),
            Vec::<&str>::new()
        );
        assert_eq!(
            with(|t| t["components"][1]["text"] =
                json!("Hi {{ 1 }}, your order is on its way and arrives soon.")),
            ["variables"]
        );
    }

    #[test]
    fn every_variable_has_an_example() {
        assert_eq!(
            with(|t| {
                t["components"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("example");
            }),
            ["examples"]
        );
        assert_eq!(
            with(|t| t["components"][1]["example"] = json!({"body_text": [["Ann"]]})),
            ["examples"]
        );
        assert_eq!(
            with(|t| {
                t["parameter_format"] = json!("named");
                t["components"][0] =
                    json!({"type": "HEADER", "format": "TEXT", "text": "Your order"});
                t["components"][1] = json!({"type": "BODY",
                    "text": "Hi {{first_name}}, your order is on its way and arrives soon.",
                    "example": {"body_text_named_params": []}});
            }),
            ["examples"]
        );
    }

    #[test]
    fn no_template_starts_or_ends_with_a_variable() {
        assert_eq!(
            with(|t| t["components"][1]["text"] =
                json!("{{1}}, your order {{2}} is on its way and arrives")),
            ["starts-or-ends-with-variable"]
        );
        assert_eq!(
            with(|t| t["components"][1]["text"] =
                json!("Hi there, your order is on its way, {{1}} and {{2}}")),
            ["starts-or-ends-with-variable"]
        );
    }

    #[test]
    fn parameter_density() {
        assert_eq!(
            with(|t| t["components"][1]["text"] = json!("Hi {{1}}, order {{2}}!")),
            ["parameter-density"]
        );
    }

    #[test]
    fn button_counts_and_kinds() {
        let qr = json!({"type": "QUICK_REPLY", "text": "Yes"});
        assert_eq!(
            with(|t| t["components"][3]["buttons"] = json!(vec![qr.clone(); 11])),
            ["buttons-count", "buttons-count"]
        );
        assert_eq!(
            with(|t| {
                let b = t["components"][3]["buttons"].as_array_mut().unwrap();
                b.push(qr.clone());
            }),
            ["quick-reply-grouping"]
        );
        let url = json!({"type": "URL", "text": "Go", "url": "https://example.com"});
        assert_eq!(
            with(|t| {
                let b = t["components"][3]["buttons"].as_array_mut().unwrap();
                b.push(url.clone());
                b.push(url.clone());
            }),
            ["buttons-count"]
        );
        let phone = json!({"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051234"});
        assert_eq!(
            with(|t| t["components"][3]["buttons"]
                .as_array_mut()
                .unwrap()
                .push(phone)),
            ["buttons-count"]
        );
        let code = json!({"type": "COPY_CODE", "example": "SAVE10"});
        assert_eq!(
            with(|t| {
                let b = t["components"][3]["buttons"].as_array_mut().unwrap();
                b.push(code.clone());
                b.push(code.clone());
            }),
            ["buttons-count"]
        );
        assert_eq!(
            with(|t| t["components"][3]["buttons"][0]["text"] = json!("x".repeat(26))),
            ["button-label"]
        );
    }

    #[test]
    fn url_buttons_take_one_trailing_variable_with_an_example() {
        assert_eq!(
            with(|t| t["components"][3]["buttons"][1]["url"] = json!("https://example.com/{{1}}/x")),
            ["url-button"]
        );
        assert_eq!(
            with(|t| {
                t["components"][3]["buttons"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("example");
            }),
            ["url-button"]
        );
        assert_eq!(
            with(|t| t["components"][3]["buttons"][1]["url"] =
                json!(format!("https://example.com/{}", "a".repeat(2000)))),
            ["url-button"]
        );
        assert_eq!(
            with(|t| t["components"][3]["buttons"][2]["phone_number"] = json!("+1 555 CALL")),
            ["phone-button"]
        );
        assert_eq!(
            with(|t| t["components"][3]["buttons"][2]["phone_number"] =
                json!("+123456789012345678901")),
            ["phone-button"]
        );
    }

    #[test]
    fn copy_code_example_is_at_most_15_characters() {
        let code = |e: &str| json!({"type": "COPY_CODE", "text": "Copy offer code", "example": e});
        assert_eq!(
            with(|t| t["components"][3]["buttons"]
                .as_array_mut()
                .unwrap()
                .push(code("SAVE10"))),
            Vec::<&str>::new()
        );
        assert_eq!(
            with(|t| t["components"][3]["buttons"]
                .as_array_mut()
                .unwrap()
                .push(code("A_VERY_LONG_CODE_1"))),
            ["copy-code-button"]
        );
    }

    #[test]
    fn authentication_templates() {
        let auth = json!({
            "name": "login_code", "language": "en_US", "category": "AUTHENTICATION",
            "components": [
                {"type": "BODY", "add_security_recommendation": true},
                {"type": "FOOTER", "code_expiration_minutes": 10},
                {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}
            ]
        });
        assert_eq!(rules(&auth), Vec::<&str>::new());
        let mut bad = auth.clone();
        bad["components"][1]["code_expiration_minutes"] = json!(91);
        assert_eq!(rules(&bad), ["authentication"]);
        let mut bad = auth.clone();
        bad["components"].as_array_mut().unwrap().insert(
            0,
            json!({"type": "HEADER", "format": "IMAGE", "media_file": "a.png"}),
        );
        assert_eq!(rules(&bad), ["authentication"]);
        let mut bad = auth.clone();
        bad["components"][2]["buttons"][0]["otp_type"] = json!("ONE_TAP");
        assert_eq!(rules(&bad), ["otp-button"]);
        let mut bad = auth;
        bad["components"][2]["buttons"] = json!([{"type": "QUICK_REPLY", "text": "Yes"}]);
        assert_eq!(rules(&bad), ["authentication"]);
        // An OTP button outside an authentication template.
        assert_eq!(
            with(|t| t["components"][3]["buttons"] =
                json!([{"type": "OTP", "otp_type": "COPY_CODE"}])),
            ["otp-button"]
        );
    }

    #[test]
    fn media_headers_need_a_sample() {
        assert_eq!(
            with(|t| t["components"][0] = json!({"type": "HEADER", "format": "IMAGE"})),
            ["header-media-sample"]
        );
        assert_eq!(
            with(|t| t["components"][0] =
                json!({"type": "HEADER", "format": "VIDEO", "media_file": "intro.mp4"})),
            Vec::<&str>::new()
        );
        assert_eq!(
            with(|t| t["components"][0] = json!({"type": "HEADER", "format": "GIFV"})),
            ["header-format"]
        );
    }

    #[test]
    fn problems_name_the_component_and_field() {
        let p = check(
            &json!({"name": "x", "language": "en", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Plain text body for everyone."},
                           {"type": "FOOTER", "text": "f".repeat(70)}]}),
        );
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].to_string(),
            "error: FOOTER text: 70 characters; footer text is limited to 60 [footer-length]"
        );
    }
}

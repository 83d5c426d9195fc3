//! `sandbox serve --inject STEP=WHAT`: make one call fail the way Meta can,
//! so a script (or a test) can rehearse every failure path. Each injection
//! fires once, on the first request to its step.

use std::fmt;

/// The steps an injection can target.
pub const STEPS: [&str; 12] = [
    "add",
    "request_code",
    "verify_code",
    "register",
    "deregister",
    "set_pin",
    "get",
    "template_create",
    "template_delete",
    "upload",
    "charge",
    "analytics",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// Answer with this Graph error instead of doing the step.
    Error { code: i64, subcode: Option<i64> },
    /// Do the step, then lose the answer (a 502 from a proxy): the client
    /// cannot know whether it happened.
    Lost,
    /// Do the step, then hold the answer for a long while: the client is
    /// left waiting (and can be killed) after the step happened.
    Hang,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injection {
    pub step: String,
    pub what: What,
}

impl Injection {
    /// `register=133016`, `request_code=136024/2388091`, `add=lost`.
    pub fn parse(s: &str) -> Result<Injection, String> {
        let usage = || {
            format!(
                "`{s}` is not STEP=CODE[/SUBCODE], STEP=lost or STEP=hang; steps: {}",
                STEPS.join(", ")
            )
        };
        let (step, what) = s.split_once('=').ok_or_else(usage)?;
        if !STEPS.contains(&step) {
            return Err(usage());
        }
        let what = if what == "lost" {
            What::Lost
        } else if what == "hang" {
            What::Hang
        } else {
            let (code, subcode) = match what.split_once('/') {
                Some((c, s)) => (c, Some(s)),
                None => (what, None),
            };
            What::Error {
                code: code.parse().map_err(|_| usage())?,
                subcode: match subcode {
                    Some(s) => Some(s.parse().map_err(|_| usage())?),
                    None => None,
                },
            }
        };
        Ok(Injection {
            step: step.to_string(),
            what,
        })
    }
}

impl fmt::Display for Injection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.what {
            What::Lost => write!(f, "{}=lost", self.step),
            What::Hang => write!(f, "{}=hang", self.step),
            What::Error {
                code,
                subcode: Some(s),
            } => write!(f, "{}={code}/{s}", self.step),
            What::Error {
                code,
                subcode: None,
            } => write!(f, "{}={code}", self.step),
        }
    }
}

/// Which step a request is (path segments after the version).
pub fn step_of(method: &str, rest: &[&str], fields: &str) -> Option<&'static str> {
    let analytics =
        fields.starts_with("pricing_analytics") || fields.starts_with("conversation_analytics");
    match (method, rest) {
        ("GET", [_]) if analytics => Some("analytics"),
        ("POST", [_, "phone_numbers"]) => Some("add"),
        ("POST", [_, "request_code"]) => Some("request_code"),
        ("POST", [_, "verify_code"]) => Some("verify_code"),
        ("POST", [_, "register"]) => Some("register"),
        ("POST", [_, "deregister"]) => Some("deregister"),
        ("POST", [_, "message_templates"]) => Some("template_create"),
        ("DELETE", [_, "message_templates"]) => Some("template_delete"),
        ("POST", [_, "uploads"]) => Some("upload"),
        ("POST", ["payment_intents", _, "confirm"]) => Some("charge"),
        ("POST", [_]) => Some("set_pin"),
        ("GET", [_, ..]) => Some("get"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_subcodes_and_lost_answers() {
        assert_eq!(
            Injection::parse("request_code=136024/2388091")
                .unwrap()
                .what,
            What::Error {
                code: 136024,
                subcode: Some(2388091)
            }
        );
        assert_eq!(Injection::parse("add=lost").unwrap().what, What::Lost);
        assert_eq!(
            Injection::parse("register=133016").unwrap().to_string(),
            "register=133016"
        );
        for bad in ["register", "nope=100", "register=abc", "add=1/x"] {
            assert!(Injection::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn classifies_requests_by_step() {
        assert_eq!(step_of("POST", &["1", "phone_numbers"], ""), Some("add"));
        assert_eq!(step_of("POST", &["1", "register"], ""), Some("register"));
        assert_eq!(step_of("POST", &["1"], ""), Some("set_pin"));
        assert_eq!(step_of("GET", &["1", "phone_numbers"], ""), Some("get"));
        assert_eq!(step_of("DELETE", &["1", "subscribed_apps"], ""), None);
        let analytics = "pricing_analytics.start(1).end(2)";
        assert_eq!(step_of("GET", &["1"], analytics), Some("analytics"));
        assert_eq!(step_of("GET", &["1"], "id,name"), Some("get"));
    }
}

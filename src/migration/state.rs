//! The migration as a state machine: where it stands, and what comes next.
//! Pure: no I/O, no clock; the driver (`cmd::migrate`) makes the calls and
//! feeds the outcomes back in, saving the progress after every step.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::clock::{serialize_opt_rfc3339, serialize_rfc3339};
use crate::graph::registration::CodeMethod;
use crate::phone::Number;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The add request was sent; whether Meta took it is not known yet.
    Adding,
    /// The number is in the destination WABA; no code requested yet.
    Added,
    /// A code was sent; waiting for the person who holds the phone.
    AwaitingCode,
    /// The newest code expired before it was verified.
    CodeExpired,
    /// Ownership confirmed; the number can be registered.
    Verified,
    /// The register request was sent; whether Meta took it is not known yet.
    Registering,
    /// Registered; not yet read back.
    Registered,
    /// Registered and confirmed by reading the number back.
    Completed,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Adding,
        Step::Added,
        Step::AwaitingCode,
        Step::CodeExpired,
        Step::Verified,
        Step::Registering,
        Step::Registered,
        Step::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Adding => "adding",
            Step::Added => "added",
            Step::AwaitingCode => "awaiting_code",
            Step::CodeExpired => "code_expired",
            Step::Verified => "verified",
            Step::Registering => "registering",
            Step::Registered => "registered",
            Step::Completed => "completed",
        }
    }

    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What the driver does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Add the number (after looking for it first if an add may have landed).
    Add {
        may_exist: bool,
    },
    RequestCode,
    VerifyCode,
    /// Register (after reading the number back first if a register may have landed).
    Register {
        may_be_done: bool,
    },
    Confirm,
    Done,
}

/// Everything saved about one migration, after every step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub waba_id: String,
    /// All digits, country code first.
    pub number: String,
    pub cc: String,
    pub national: String,
    pub phone_number_id: Option<String>,
    pub source_waba: Option<String>,
    pub step: Step,
    #[serde(serialize_with = "method_str")]
    pub code_method: CodeMethod,
    pub language: String,
    pub code_requests: i64,
    pub verify_attempts: i64,
    pub register_attempts: i64,
    #[serde(serialize_with = "serialize_rfc3339")]
    pub started_at: DateTime<Utc>,
    #[serde(serialize_with = "serialize_rfc3339")]
    pub updated_at: DateTime<Utc>,
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub code_requested_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub verified_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub registered_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    pub completed_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

fn method_str<S: serde::Serializer>(m: &CodeMethod, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(m.as_meta())
}

impl Progress {
    /// A migration about to send its add request.
    pub fn start(
        waba_id: &str,
        number: &Number,
        method: CodeMethod,
        language: &str,
        source_waba: Option<&str>,
        now: DateTime<Utc>,
    ) -> Progress {
        Progress {
            waba_id: waba_id.to_string(),
            number: number.digits(),
            cc: number.country_code().to_string(),
            national: number.national().to_string(),
            phone_number_id: None,
            source_waba: source_waba.map(str::to_string),
            step: Step::Adding,
            code_method: method,
            language: language.to_string(),
            code_requests: 0,
            verify_attempts: 0,
            register_attempts: 0,
            started_at: now,
            updated_at: now,
            code_requested_at: None,
            verified_at: None,
            registered_at: None,
            completed_at: None,
            last_error: None,
        }
    }

    /// The number as `+` and digits.
    pub fn display_number(&self) -> String {
        format!("+{}", self.number)
    }

    pub fn next(&self) -> Action {
        match self.step {
            Step::Adding => Action::Add { may_exist: true },
            Step::Added | Step::CodeExpired => Action::RequestCode,
            Step::AwaitingCode => Action::VerifyCode,
            Step::Verified => Action::Register { may_be_done: false },
            Step::Registering => Action::Register { may_be_done: true },
            Step::Registered => Action::Confirm,
            Step::Completed => Action::Done,
        }
    }

    fn at(&mut self, step: Step, now: DateTime<Utc>) {
        self.step = step;
        self.updated_at = now;
        self.last_error = None;
    }

    pub fn added(&mut self, phone_number_id: &str, now: DateTime<Utc>) {
        self.phone_number_id = Some(phone_number_id.to_string());
        self.at(Step::Added, now);
    }

    pub fn code_sent(&mut self, method: CodeMethod, now: DateTime<Utc>) {
        self.code_method = method;
        self.code_requests += 1;
        self.code_requested_at = Some(now);
        self.at(Step::AwaitingCode, now);
    }

    /// A wrong code: still waiting for the right one.
    pub fn code_rejected(&mut self, why: &str, now: DateTime<Utc>) {
        self.verify_attempts += 1;
        self.updated_at = now;
        self.last_error = Some(why.to_string());
    }

    pub fn code_expired(&mut self, now: DateTime<Utc>) {
        self.verify_attempts += 1;
        self.at(Step::CodeExpired, now);
        self.last_error = Some("the verification code expired".into());
    }

    pub fn verified(&mut self, now: DateTime<Utc>) {
        self.verify_attempts += 1;
        self.verified_at = Some(now);
        self.at(Step::Verified, now);
    }

    pub fn registering(&mut self, now: DateTime<Utc>) {
        self.register_attempts += 1;
        self.at(Step::Registering, now);
    }

    /// Meta refused the register call: nothing changed there.
    pub fn register_refused(&mut self, why: &str, now: DateTime<Utc>) {
        self.at(Step::Verified, now);
        self.last_error = Some(why.to_string());
    }

    pub fn registered(&mut self, now: DateTime<Utc>) {
        self.registered_at = Some(now);
        self.at(Step::Registered, now);
    }

    pub fn completed(&mut self, now: DateTime<Utc>) {
        self.completed_at = Some(now);
        self.at(Step::Completed, now);
    }

    /// A step failed in a way that changes nothing about where it stands.
    pub fn failed(&mut self, why: &str, now: DateTime<Utc>) {
        self.updated_at = now;
        self.last_error = Some(why.to_string());
    }

    /// What the operator does next, in one line.
    pub fn next_hint(&self) -> String {
        let n = self.display_number();
        match self.step {
            Step::Adding => format!(
                "run `waba migrate-number {n}` again: it checks whether the add went through before adding"
            ),
            Step::Added | Step::CodeExpired => {
                format!("run `waba migrate-number {n}` to request a verification code")
            }
            Step::AwaitingCode => format!(
                "when the code arrives: `waba migrate-number {n} --code CODE --pin PIN --yes`"
            ),
            Step::Verified => format!("register it: `waba migrate-number {n} --pin PIN --yes`"),
            Step::Registering => format!(
                "run `waba migrate-number {n}` again: it reads the number back before registering again"
            ),
            Step::Registered => format!("run `waba migrate-number {n}` to confirm the result"),
            Step::Completed => "nothing: the migration is complete".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn progress() -> Progress {
        let n = Number::parse("+52 55 1234 5678").unwrap();
        let t = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        Progress::start("1", &n, CodeMethod::Sms, "en_US", None, t)
    }

    #[test]
    fn walks_the_steps_in_order() {
        let mut p = progress();
        let t = p.started_at;
        assert_eq!(p.next(), Action::Add { may_exist: true });
        p.added("77", t);
        assert_eq!(p.next(), Action::RequestCode);
        p.code_sent(CodeMethod::Voice, t);
        assert_eq!(
            (p.next(), p.code_method),
            (Action::VerifyCode, CodeMethod::Voice)
        );
        p.code_rejected("wrong", t);
        assert_eq!(p.next(), Action::VerifyCode);
        p.code_expired(t);
        assert_eq!(p.next(), Action::RequestCode);
        p.code_sent(CodeMethod::Sms, t);
        p.verified(t);
        assert_eq!(p.next(), Action::Register { may_be_done: false });
        p.registering(t);
        assert_eq!(p.next(), Action::Register { may_be_done: true });
        p.register_refused("133005", t);
        assert_eq!(p.next(), Action::Register { may_be_done: false });
        p.registering(t);
        p.registered(t);
        assert_eq!(p.next(), Action::Confirm);
        p.completed(t);
        assert_eq!(p.next(), Action::Done);
        assert_eq!(
            (p.code_requests, p.verify_attempts, p.register_attempts),
            (2, 3, 2)
        );
        assert_eq!(p.phone_number_id.as_deref(), Some("77"));
    }

    #[test]
    fn steps_round_trip_through_their_names() {
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(Step::parse("nonsense"), None);
    }

    #[test]
    fn keeps_the_number_split_as_meta_wants_it() {
        let p = progress();
        assert_eq!((p.cc.as_str(), p.national.as_str()), ("52", "5512345678"));
        assert_eq!(p.display_number(), "+525512345678");
    }
}

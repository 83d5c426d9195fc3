//! The prerequisites Meta states for a migration (graph-api.md §1.1),
//! checked before anything changes. Pure: the driver gathers the facts; this
//! turns them into a checklist. A check the tool cannot make says so rather
//! than pass.

use serde::Serialize;

use super::limits::Budget;
use crate::graph::fields::is;
use crate::graph::phone_numbers::PhoneNumber;
use crate::graph::subscriptions::App;
use crate::graph::waba::Waba;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pass,
    Fail,
    /// The tool could not check it; Meta still will.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub outcome: Outcome,
    pub detail: String,
    /// What to do when it failed or could not be checked.
    pub fix: Option<String>,
}

fn check(name: &'static str, outcome: Outcome, detail: impl Into<String>) -> Check {
    Check {
        name,
        outcome,
        detail: detail.into(),
        fix: None,
    }
}

impl Check {
    fn fix(mut self, fix: impl Into<String>) -> Check {
        self.fix = Some(fix.into());
        self
    }
}

/// What the tool could learn about the source WABA.
#[derive(Debug, Clone)]
pub enum Source {
    /// No `--from-waba`.
    NotGiven,
    /// The token cannot read it.
    Unreadable { waba: String, why: String },
    Read {
        waba: Waba,
        /// The number as the source WABA lists it, with its details.
        number: Option<Box<PhoneNumber>>,
    },
}

pub struct Facts {
    pub dest: Waba,
    pub dest_apps: Vec<App>,
    /// The number, when the destination WABA already lists it.
    pub in_dest: Option<PhoneNumber>,
    /// An earlier run sent the add request: finding the number is expected.
    pub resuming: bool,
    pub source: Source,
    /// `--two-step-disabled`, or the operator's answer.
    pub two_step_confirmed: bool,
    pub register: Budget,
    pub deregister: Budget,
}

pub const TWO_STEP: &str = "Two-step verification off";

pub fn checks(f: &Facts) -> Vec<Check> {
    let dest = &f.dest;
    let mut out = Vec::new();

    out.push(match dest.account_review_status.as_deref() {
        Some(s) if is(Some(s), "APPROVED") => check(
            "Destination WABA review",
            Outcome::Pass,
            format!("WABA {} is APPROVED", dest.id),
        ),
        Some(s) => check(
            "Destination WABA review",
            Outcome::Fail,
            format!("WABA {} review status is {s}", dest.id),
        )
        .fix("Meta must approve the destination WABA first (WhatsApp Manager → Account overview)"),
        None => check(
            "Destination WABA review",
            Outcome::Unknown,
            "Meta did not return account_review_status",
        ),
    });

    out.push(match dest.business_verification_status.as_deref() {
        Some(s) if is(Some(s), "verified") => check(
            "Business verification",
            Outcome::Pass,
            "the destination business is verified",
        ),
        Some(s) => check(
            "Business verification",
            Outcome::Fail,
            format!("business verification status is {s}"),
        )
        .fix("complete business verification in Business Manager → Security Center"),
        None => check(
            "Business verification",
            Outcome::Unknown,
            "Meta did not return business_verification_status",
        ),
    });

    // UNCONFIRMED whether Meta fills primary_funding_id for every kind of
    // credit line: an empty one is reported as unknown, not as a failure,
    // because Meta itself refuses the add (2388103) when no payment method
    // is set, which changes nothing.
    out.push(match &dest.primary_funding_id {
        Some(id) => check("Payment method", Outcome::Pass, format!("funding id {id}")),
        None => check("Payment method", Outcome::Unknown, "the WABA shows no primary_funding_id")
            .fix("make sure a payment method or credit line is attached in Business Manager; Meta refuses the migration (2388103) without one"),
    });

    out.push(if f.dest_apps.is_empty() {
        check(
            "Webhooks subscribed",
            Outcome::Fail,
            format!("no app is subscribed to WABA {}'s webhooks", dest.id),
        )
        .fix(format!(
            "subscribe your app: `waba --waba {} wabas subscriptions subscribe`",
            dest.id
        ))
    } else {
        let names: Vec<String> = f.dest_apps.iter().map(|a| a.label()).collect();
        check("Webhooks subscribed", Outcome::Pass, names.join(", "))
    });

    out.push(match (&f.in_dest, f.resuming) {
        (None, _) => check("Not in destination yet", Outcome::Pass, format!("WABA {} does not list it", dest.id)),
        (Some(n), true) => check("Not in destination yet", Outcome::Pass, format!("the earlier add went through (id {})", n.id)),
        (Some(n), false) => check(
            "Not in destination yet",
            Outcome::Fail,
            format!("WABA {} already lists it as id {} (status {})", dest.id, n.id, n.status.as_deref().unwrap_or("unknown")),
        )
        .fix(format!("nothing to migrate; if it still needs ownership confirmed, use `waba request-code {}` and `waba verify-code`, then `waba register`", n.id)),
    });

    let source_number = match &f.source {
        Source::NotGiven => {
            let c = check("Same business", Outcome::Unknown, "no source WABA given")
                .fix("pass --from-waba ID to check the source WABA and number");
            out.push(c);
            None
        }
        Source::Unreadable { waba, why } => {
            out.push(
                check("Same business", Outcome::Unknown, format!("cannot read source WABA {waba}: {why}"))
                    .fix("the source and destination must belong to the same business (Meta refuses with 2388103 otherwise)"),
            );
            None
        }
        Source::Read { waba, number } => {
            out.push(match (&dest.owner_business_id, &waba.owner_business_id) {
                (Some(d), Some(s)) if d == s => check(
                    "Same business",
                    Outcome::Pass,
                    format!("both belong to {}", waba.owner_business_name.as_deref().unwrap_or(d)),
                ),
                (Some(d), Some(s)) => check(
                    "Same business",
                    Outcome::Fail,
                    format!("source WABA {} belongs to business {s}, the destination to {d}", waba.id),
                )
                .fix("Meta migrates only between WABAs of the same business; move the number within its own business"),
                _ => check("Same business", Outcome::Unknown, "Meta did not return owner_business_info"),
            });
            if number.is_none() {
                out.push(
                    check(
                        "Number in source WABA",
                        Outcome::Fail,
                        format!("source WABA {} does not list it", waba.id),
                    )
                    .fix("check the number and --from-waba"),
                );
            }
            number.as_deref()
        }
    };

    out.push(match source_number {
        Some(n) => {
            let pending = is(n.new_name_status.as_deref(), "PENDING_REVIEW");
            if is(n.name_status.as_deref(), "APPROVED") && !pending {
                check("Display name approved", Outcome::Pass, format!("{} is APPROVED", n.verified_name.as_deref().unwrap_or("the display name")))
            } else {
                let status = if pending { "a name change is PENDING_REVIEW".to_string() } else {
                    format!("name status is {}", n.name_status.as_deref().unwrap_or("unknown"))
                };
                check("Display name approved", Outcome::Fail, status)
                    .fix("Meta must approve the display name (and any pending change) before a migration")
            }
        }
        None => check("Display name approved", Outcome::Unknown, "cannot read the source number")
            .fix("it must have an approved display name and no pending change (Meta refuses with 2388103 otherwise)"),
    });

    out.push(match (source_number.and_then(|n| n.is_pin_enabled), f.two_step_confirmed) {
        (Some(true), _) => check(TWO_STEP, Outcome::Fail, "two-step verification is on for the source number")
            .fix("the source WABA's owner turns it off in WhatsApp Manager (Phone numbers → Two-step verification → Turn off); Meta has no API for it"),
        (Some(false), _) => check(TWO_STEP, Outcome::Pass, "is_pin_enabled is false on the source number"),
        (None, true) => check(TWO_STEP, Outcome::Pass, "confirmed by the operator"),
        (None, false) => check(TWO_STEP, Outcome::Unknown, "cannot read is_pin_enabled on the source number")
            .fix("confirm it is off with --two-step-disabled"),
    });

    for (name, b) in [
        ("Register attempts", f.register),
        ("Deregister attempts", f.deregister),
    ] {
        out.push(if b.left == 0 {
            check(name, Outcome::Fail, b.describe())
                .fix("Meta allows 10 per number per 72 h; wait until then")
        } else {
            check(name, Outcome::Pass, b.describe())
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use serde_json::json;

    fn waba(v: serde_json::Value) -> Waba {
        Waba::from_value(&v, "1")
    }

    fn facts(source: Source) -> Facts {
        let budget = Budget::from_calls(&[], Utc::now());
        Facts {
            dest: waba(
                json!({"id": "1", "account_review_status": "APPROVED", "business_verification_status": "verified",
                "primary_funding_id": "7", "owner_business_info": {"id": "9", "name": "Demo"}}),
            ),
            dest_apps: vec![App {
                id: Some("5".into()),
                name: Some("app".into()),
                link: None,
                override_callback_uri: None,
            }],
            in_dest: None,
            resuming: false,
            source,
            two_step_confirmed: false,
            register: budget,
            deregister: budget,
        }
    }

    fn outcome(checks: &[Check], name: &str) -> Outcome {
        checks
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .outcome
    }

    fn source_with(number: serde_json::Value, business: &str) -> Source {
        Source::Read {
            waba: waba(json!({"id": "2", "owner_business_info": {"id": business}})),
            number: PhoneNumber::from_value(&number).map(Box::new),
        }
    }

    #[test]
    fn a_readable_eligible_source_passes_everything() {
        let f = facts(source_with(
            json!({"id": "3", "name_status": "APPROVED", "is_pin_enabled": false}),
            "9",
        ));
        let c = checks(&f);
        assert!(c.iter().all(|c| c.outcome == Outcome::Pass), "{c:#?}");
    }

    #[test]
    fn names_what_fails_and_what_it_cannot_check() {
        let f = facts(source_with(
            json!({"id": "3", "name_status": "APPROVED", "is_pin_enabled": true}),
            "8",
        ));
        let c = checks(&f);
        assert_eq!(outcome(&c, "Same business"), Outcome::Fail);
        assert_eq!(outcome(&c, TWO_STEP), Outcome::Fail);
        let unread = checks(&facts(Source::NotGiven));
        assert_eq!(outcome(&unread, TWO_STEP), Outcome::Unknown);
        assert_eq!(outcome(&unread, "Display name approved"), Outcome::Unknown);
        let mut confirmed = facts(Source::NotGiven);
        confirmed.two_step_confirmed = true;
        assert_eq!(outcome(&checks(&confirmed), TWO_STEP), Outcome::Pass);
    }

    #[test]
    fn an_unapproved_destination_or_no_webhooks_fails() {
        let mut f = facts(Source::NotGiven);
        f.dest = waba(
            json!({"id": "1", "account_review_status": "PENDING", "business_verification_status": "not_verified"}),
        );
        f.dest_apps.clear();
        let c = checks(&f);
        for name in [
            "Destination WABA review",
            "Business verification",
            "Webhooks subscribed",
        ] {
            assert_eq!(outcome(&c, name), Outcome::Fail, "{name}");
        }
        assert_eq!(outcome(&c, "Payment method"), Outcome::Unknown);
    }
}

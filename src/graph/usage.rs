//! Meta reports how close a caller is to its rate limits in the
//! `X-Business-Use-Case-Usage` header (per business object: `call_count`,
//! `total_cputime`, `total_time` as percentages, and
//! `estimated_time_to_regain_access` in minutes) and in `X-App-Usage`.
//! The client reads them after every response and slows down before Meta
//! starts refusing calls.

use std::collections::HashMap;
use std::time::Duration;

use serde_json::Value;

/// Below this share of any limit the client does not wait at all.
const PACE_FROM_PERCENT: f64 = 75.0;

/// The worst usage seen in one response.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Usage {
    /// Highest percentage of any counter, 0–100 (Meta may report more).
    pub percent: f64,
    /// Minutes until access returns, when Meta says so.
    pub regain_minutes: u64,
}

impl Usage {
    fn absorb(&mut self, entry: &Value) {
        for key in ["call_count", "total_cputime", "total_time"] {
            if let Some(p) = entry.get(key).and_then(number) {
                self.percent = self.percent.max(p);
            }
        }
        if let Some(m) = entry
            .get("estimated_time_to_regain_access")
            .and_then(number)
        {
            self.regain_minutes = self.regain_minutes.max(m.max(0.0) as u64);
        }
    }

    /// How long to wait before the next call: nothing below 75 %, then
    /// growing linearly to `max` at 100 %.
    pub fn pause(&self, max: Duration) -> Duration {
        if self.percent < PACE_FROM_PERCENT {
            return Duration::ZERO;
        }
        let share = ((self.percent - PACE_FROM_PERCENT) / (100.0 - PACE_FROM_PERCENT)).min(1.0);
        max.mul_f64(share)
    }
}

/// What Meta last reported, per business object (a WABA, a business) and
/// for the app, so that one WABA near its limit slows the calls about it
/// and not the fleet's.
#[derive(Debug, Default)]
pub struct Seen {
    objects: HashMap<String, Usage>,
    app: Usage,
}

impl Seen {
    /// Takes in one answer's headers (a whole response's or a batch
    /// item's): each object it names is replaced, the others kept.
    pub fn observe(&mut self, buc: Option<&str>, app: Option<&str>) {
        if let Some(map) = buc
            .and_then(|s| serde_json::from_str::<Value>(s).ok())
            .as_ref()
            .and_then(Value::as_object)
        {
            for (id, entries) in map {
                let mut u = Usage::default();
                for entry in entries.as_array().into_iter().flatten() {
                    u.absorb(entry);
                }
                self.objects.insert(id.clone(), u);
            }
        }
        if let Some(v) = app.and_then(|s| serde_json::from_str::<Value>(s).ok()) {
            let mut u = Usage::default();
            u.absorb(&v);
            self.app = u;
        }
    }

    /// The usage that governs a call about `node` (the first segment of
    /// its path): that object's and the app's. Which object Meta counts a
    /// call against is documented for WABA-level calls only, so a node
    /// Meta has not reported on (a phone number, a template) is held to
    /// the worst object seen: UNCONFIRMED, and the side that slows down
    /// rather than runs into a block.
    pub fn governing(&self, node: &str) -> Usage {
        let own = match self.objects.get(node) {
            Some(u) => *u,
            None => self
                .objects
                .values()
                .fold(Usage::default(), |a, b| a.max(*b)),
        };
        own.max(self.app)
    }
}

impl Usage {
    pub fn max(self, other: Usage) -> Usage {
        Usage {
            percent: self.percent.max(other.percent),
            regain_minutes: self.regain_minutes.max(other.regain_minutes),
        }
    }
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_header() {
        let h = r#"{"102290129340398":[{"type":"whatsapp_business_management","call_count":12,"total_cputime":80,"total_time":3,"estimated_time_to_regain_access":0},{"type":"whatsapp","call_count":1,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":7}]}"#;
        let mut seen = Seen::default();
        seen.observe(
            Some(h),
            Some(r#"{"call_count":5,"total_cputime":0,"total_time":0}"#),
        );
        let u = seen.governing("102290129340398");
        assert_eq!(u.percent, 80.0);
        assert_eq!(u.regain_minutes, 7);
    }

    #[test]
    fn pauses_grow_from_75_percent() {
        let max = Duration::from_millis(1000);
        let at = |p: f64| {
            Usage {
                percent: p,
                regain_minutes: 0,
            }
            .pause(max)
        };
        assert_eq!(at(10.0), Duration::ZERO);
        assert_eq!(at(74.9), Duration::ZERO);
        assert_eq!(at(87.5), Duration::from_millis(500));
        assert_eq!(at(100.0), max);
        assert_eq!(at(250.0), max);
    }

    #[test]
    fn one_waba_near_its_limit_slows_only_the_calls_about_it() {
        let mut seen = Seen::default();
        seen.observe(
            Some(r#"{"111":[{"call_count":95,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":0}]}"#),
            None,
        );
        seen.observe(Some(r#"{"222":[{"call_count":10}]}"#), None);
        assert_eq!(seen.governing("111").percent, 95.0);
        assert_eq!(seen.governing("222").percent, 10.0);
        // A node Meta has not reported on is held to the worst seen.
        assert_eq!(seen.governing("333").percent, 95.0);
        // A later answer about 111 replaces what was known of it.
        seen.observe(Some(r#"{"111":[{"call_count":20}]}"#), None);
        assert_eq!(seen.governing("111").percent, 20.0);
        // The app's own usage governs every call.
        seen.observe(None, Some(r#"{"call_count":80}"#));
        assert_eq!(seen.governing("222").percent, 80.0);
    }

    #[test]
    fn malformed_headers_count_as_zero() {
        let mut seen = Seen::default();
        seen.observe(Some("not json"), Some("[]"));
        assert_eq!(seen.governing("1"), Usage::default());
    }
}

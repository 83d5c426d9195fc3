//! Meta reports how close a caller is to its rate limits in the
//! `X-Business-Use-Case-Usage` header (per business object: `call_count`,
//! `total_cputime`, `total_time` as percentages, and
//! `estimated_time_to_regain_access` in minutes) and in `X-App-Usage`.
//! The client reads them after every response and slows down before Meta
//! starts refusing calls.

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
    /// Reads both usage headers; absent or malformed headers count as zero.
    pub fn from_headers(buc: Option<&str>, app: Option<&str>) -> Usage {
        let mut usage = Usage::default();
        if let Some(v) = buc.and_then(|s| serde_json::from_str::<Value>(s).ok())
            && let Some(map) = v.as_object()
        {
            for entries in map.values() {
                for entry in entries.as_array().into_iter().flatten() {
                    usage.absorb(entry);
                }
            }
        }
        if let Some(v) = app.and_then(|s| serde_json::from_str::<Value>(s).ok()) {
            usage.absorb(&v);
        }
        usage
    }

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
        let u = Usage::from_headers(
            Some(h),
            Some(r#"{"call_count":5,"total_cputime":0,"total_time":0}"#),
        );
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
    fn malformed_headers_count_as_zero() {
        assert_eq!(
            Usage::from_headers(Some("not json"), Some("[]")),
            Usage::default()
        );
    }
}

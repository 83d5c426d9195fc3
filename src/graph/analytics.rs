//! Spend and volume from Meta's analytics fields on the WABA node:
//! `pricing_analytics` (per-message pricing, from 2025-07-01) and
//! `conversation_analytics` (conversation-based pricing, before it).
//! Both are read into one shape: one point per daily bucket and dimension
//! set, with Meta's COST when it gives one.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde_json::Value;

use super::batch;
use super::client::{Client, Request};
use super::fields::{int, text};
use crate::error::Result;

/// Which analytics field a point came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Pricing,
    Conversation,
}

impl Source {
    pub fn field(self) -> &'static str {
        match self {
            Source::Pricing => "pricing_analytics",
            Source::Conversation => "conversation_analytics",
        }
    }

    /// The field for a period starting on `day`.
    pub fn for_day(day: NaiveDate) -> Source {
        if day < crate::billing::rates::pmp_start() {
            Source::Conversation
        } else {
            Source::Pricing
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub start: i64,
    pub end: i64,
    /// Dimensions Meta did not break down by are empty.
    pub phone: String,
    pub country: String,
    /// Lower case: `marketing`, `utility`, `service`, …
    pub category: String,
    /// Upper case, as Meta sends it: `REGULAR`, `FREE_CUSTOMER_SERVICE`, …
    pub pricing_type: String,
    pub tier: String,
    /// Delivered messages (pricing) or conversations (conversation).
    pub volume: i64,
    /// Meta's approximate charge in the WABA's currency; absent for WABAs
    /// on a partner's credit line.
    pub cost: Option<Decimal>,
}

/// The breakdown asked for. TIER is left out when Meta refuses it in this
/// combination (UNCONFIRMED which combinations it allows).
fn fields(source: Source, start: i64, end: i64, with_tier: bool) -> String {
    match source {
        Source::Pricing => format!(
            "pricing_analytics.start({start}).end({end}).granularity(DAILY).dimensions({})",
            if with_tier {
                "PRICING_CATEGORY,PRICING_TYPE,COUNTRY,PHONE,TIER"
            } else {
                "PRICING_CATEGORY,PRICING_TYPE,COUNTRY,PHONE"
            }
        ),
        Source::Conversation => format!(
            "conversation_analytics.start({start}).end({end}).granularity(DAILY).dimensions([\"CONVERSATION_CATEGORY\",\"CONVERSATION_TYPE\",\"COUNTRY\",\"PHONE\"])"
        ),
    }
}

/// One read of a WABA's daily points: a field over [start, end).
#[derive(Debug, Clone)]
pub struct Ask {
    pub waba: String,
    pub source: Source,
    pub start: i64,
    pub end: i64,
}

impl Ask {
    fn request(&self, with_tier: bool) -> Request {
        Request::get(&self.waba).query(
            "fields",
            fields(self.source, self.start, self.end, with_tier),
        )
    }

    /// Meta refused the TIER breakdown (code 100): asked again without it.
    fn refused_tier(&self, e: &crate::error::Error) -> bool {
        self.source == Source::Pricing && e.graph.as_ref().is_some_and(|g| g.code == Some(100))
    }
}

/// Every daily point of one field over [start, end). An empty window (no
/// `data`, no `data_points`, or no field at all) is no points, not an error.
pub async fn daily(
    client: &Client,
    waba: &str,
    source: Source,
    start: i64,
    end: i64,
) -> Result<Vec<Point>> {
    let ask = Ask {
        waba: waba.to_string(),
        source,
        start,
        end,
    };
    let v = match client.get(ask.request(true)).await {
        Err(e) if ask.refused_tier(&e) => client.get(ask.request(false)).await?,
        r => r?,
    };
    Ok(points(&v, source))
}

/// The points of many reads, in batch requests (`jobs` batches at a time):
/// one answer per read, in order; a read that fails is its own error.
pub async fn daily_each(client: &Client, asks: &[Ask], jobs: usize) -> Vec<Result<Vec<Point>>> {
    let reqs: Vec<Request> = asks.iter().map(|a| a.request(true)).collect();
    let mut answers = batch::get_each(client, &reqs, jobs, |i, v| points(v, asks[i].source)).await;
    let refused: Vec<usize> = (0..asks.len())
        .filter(|&i| matches!(&answers[i], Err(e) if asks[i].refused_tier(e)))
        .collect();
    if !refused.is_empty() {
        let reqs: Vec<Request> = refused.iter().map(|&i| asks[i].request(false)).collect();
        let again = batch::get_each(client, &reqs, jobs, |n, v| {
            points(v, asks[refused[n]].source)
        })
        .await;
        for (&i, a) in refused.iter().zip(again) {
            answers[i] = a;
        }
    }
    answers
}

/// Reads the points out of a WABA node answer.
pub fn points(v: &Value, source: Source) -> Vec<Point> {
    let Some(data) = v
        .get(source.field())
        .and_then(|f| f.get("data"))
        .and_then(Value::as_array)
    else {
        return Vec::new();
    };
    data.iter()
        .filter_map(|d| d.get("data_points").and_then(Value::as_array))
        .flatten()
        .filter_map(|p| point(p, source))
        .collect()
}

fn point(p: &Value, source: Source) -> Option<Point> {
    let start = int(p, "start")?;
    let end = int(p, "end").unwrap_or(start + 86_400);
    let (volume_key, category_key, type_key) = match source {
        Source::Pricing => ("volume", "pricing_category", "pricing_type"),
        Source::Conversation => ("conversation", "conversation_category", "conversation_type"),
    };
    Some(Point {
        start,
        end,
        phone: text(p, "phone_number")
            .or_else(|| text(p, "phone"))
            .unwrap_or_default(),
        country: text(p, "country").unwrap_or_default().to_ascii_uppercase(),
        category: text(p, category_key)
            .unwrap_or_default()
            .to_ascii_lowercase(),
        pricing_type: text(p, type_key).unwrap_or_default().to_ascii_uppercase(),
        tier: text(p, "tier").unwrap_or_default(),
        volume: int(p, volume_key).unwrap_or(0),
        cost: p.get("cost").and_then(decimal),
    })
}

/// A JSON number as an exact decimal, through its text (never through f64
/// arithmetic): 4.6 stays 4.6.
fn decimal(v: &Value) -> Option<Decimal> {
    let s = match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    };
    Decimal::from_str(&s)
        .or_else(|_| Decimal::from_scientific(&s))
        .ok()
}

/// The calendar day a bucket belongs to in Meta's time zone for the WABA:
/// the date at its middle (a daily bucket starts at local midnight, so its
/// middle is local noon, which falls on the same UTC date for offsets
/// within ±12 h).
pub fn day_of(start: i64, end: i64) -> NaiveDate {
    let mid = start + (end - start).max(0) / 2;
    DateTime::<Utc>::from_timestamp(mid, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// The offset of Meta's buckets from UTC, in seconds east: local midnight
/// of the bucket's day minus its start.
pub fn offset_of(start: i64, end: i64) -> i64 {
    let day = day_of(start, end);
    let midnight = day.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp();
    midnight - start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_example_points_are_read_with_exact_costs() {
        let v: Value = serde_json::from_str(r#"{ "pricing_analytics": { "data": [ { "data_points": [
  { "start": 1749193200, "end": 1749279600, "country": "IN", "pricing_type": "FREE_CUSTOMER_SERVICE",
    "pricing_category": "SERVICE", "volume": 2, "cost": 0 },
  { "start": 1749106800, "end": 1749193200, "country": "IN", "tier": "0:750000", "pricing_type": "REGULAR",
    "pricing_category": "AUTHENTICATION_INTERNATIONAL", "volume": 2, "cost": 4.6 },
  { "start": 1748934000, "end": 1749020400, "country": "US", "tier": "0:MAX", "pricing_type": "REGULAR",
    "pricing_category": "MARKETING", "volume": 1, "cost": 10 } ] } ] } }"#)
        .unwrap();
        let p = points(&v, Source::Pricing);
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].category, "authentication_international");
        assert_eq!(p[1].tier, "0:750000");
        assert_eq!(p[1].cost, Some(Decimal::new(46, 1)));
        assert_eq!(p[0].pricing_type, "FREE_CUSTOMER_SERVICE");
        // 1749193200 is 2025-06-06 07:00 UTC: midnight in UTC−07:00.
        assert_eq!(day_of(p[0].start, p[0].end).to_string(), "2025-06-06");
        assert_eq!(offset_of(p[0].start, p[0].end), -7 * 3600);
    }

    #[test]
    fn a_credit_line_wabas_points_have_no_cost() {
        let v = serde_json::json!({"pricing_analytics": {"data": [{"data_points": [
            {"start": 1, "end": 86401, "country": "MX", "pricing_category": "MARKETING",
             "pricing_type": "REGULAR", "volume": 40}]}]}});
        let p = points(&v, Source::Pricing);
        assert_eq!(p[0].cost, None);
        assert_eq!(p[0].volume, 40);
    }

    #[test]
    fn an_empty_window_is_no_points() {
        for v in [
            serde_json::json!({"id": "1"}),
            serde_json::json!({"pricing_analytics": {"granularity": "DAILY"}, "id": "1"}),
            serde_json::json!({"pricing_analytics": {"data": []}}),
            serde_json::json!({"pricing_analytics": {"data": [{"data_points": []}]}}),
        ] {
            assert!(points(&v, Source::Pricing).is_empty(), "{v}");
        }
    }

    #[test]
    fn tiny_and_scientific_costs_stay_exact() {
        assert_eq!(
            decimal(&serde_json::json!(0.0509)),
            Some(Decimal::new(509, 4))
        );
        assert_eq!(decimal(&serde_json::json!(1e-5)), Some(Decimal::new(1, 5)));
    }
}

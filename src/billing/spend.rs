//! Synced spend: the store's copy of Meta's analytics, and what each bucket
//! costs. Not a ledger: re-reading a period replaces its rows, so a sync
//! run twice changes nothing.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sqlx::Row;

use super::ledger::{decimal, time};
use super::money::cents;
use super::rates::{Card, charged};
use crate::clock::rfc3339;
use crate::error::Result;
use crate::graph::analytics::{Point, Source, day_of, offset_of};
use crate::store::Store;

/// How far a WABA's spend has been read: [from, through).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watermark {
    pub from: i64,
    pub through: i64,
    pub synced_at: DateTime<Utc>,
}

pub async fn watermark(store: &Store, waba: &str) -> Result<Option<Watermark>> {
    let row =
        sqlx::query("SELECT from_ts, through_ts, synced_at FROM spend_sync WHERE waba_id = $1")
            .bind(waba)
            .fetch_optional(store.pool())
            .await?;
    row.map(|r| {
        Ok(Watermark {
            from: r.try_get("from_ts")?,
            through: r.try_get("through_ts")?,
            synced_at: time(&r.try_get::<String, _>("synced_at")?)?,
        })
    })
    .transpose()
}

/// Replaces every bucket of `waba` starting in [from, to) with `points`,
/// and widens the watermark, in one transaction: a reader sees the period
/// before or after, never half of it.
pub async fn replace(
    store: &Store,
    waba: &str,
    from: i64,
    to: i64,
    points: &[(Source, Point)],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut tx = store.pool().begin().await?;
    sqlx::query("DELETE FROM spend WHERE waba_id = $1 AND start_ts >= $2 AND start_ts < $3")
        .bind(waba)
        .bind(from)
        .bind(to)
        .execute(&mut *tx)
        .await?;
    let at = rfc3339(now);
    for (source, p) in points {
        // A bucket Meta reports twice (or one that began before `from`)
        // replaces its earlier copy rather than adding to it.
        sqlx::query(
            "INSERT INTO spend (waba_id, start_ts, end_ts, phone, country, category, pricing_type, tier, volume, cost, source, synced_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (waba_id, start_ts, phone, country, category, pricing_type, tier)
             DO UPDATE SET end_ts = $3, volume = $9, cost = $10, source = $11, synced_at = $12",
        )
        .bind(waba)
        .bind(p.start)
        .bind(p.end)
        .bind(&p.phone)
        .bind(&p.country)
        .bind(&p.category)
        .bind(&p.pricing_type)
        .bind(&p.tier)
        .bind(p.volume)
        .bind(p.cost.map(|c| c.normalize().to_string()))
        .bind(source.field())
        .bind(&at)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO spend_sync (waba_id, from_ts, through_ts, synced_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (waba_id) DO UPDATE SET
           from_ts = CASE WHEN spend_sync.from_ts < $2 THEN spend_sync.from_ts ELSE $2 END,
           through_ts = CASE WHEN spend_sync.through_ts > $3 THEN spend_sync.through_ts ELSE $3 END,
           synced_at = $4",
    )
    .bind(waba)
    .bind(from)
    .bind(to)
    .bind(&at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The stored buckets of a WABA that end after `from` and start before
/// `to`, oldest first.
pub async fn points(store: &Store, waba: &str, from: i64, to: i64) -> Result<Vec<Point>> {
    let rows = sqlx::query(
        "SELECT start_ts, end_ts, phone, country, category, pricing_type, tier, volume, cost
         FROM spend WHERE waba_id = $1 AND end_ts > $2 AND start_ts < $3
         ORDER BY start_ts, phone, country, category, pricing_type, tier",
    )
    .bind(waba)
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let cost = r.try_get::<Option<String>, _>("cost").ok().flatten();
            Ok(Point {
                start: r.try_get("start_ts")?,
                end: r.try_get("end_ts")?,
                phone: r.try_get("phone")?,
                country: r.try_get("country")?,
                category: r.try_get("category")?,
                pricing_type: r.try_get("pricing_type")?,
                tier: r.try_get("tier")?,
                volume: r.try_get("volume")?,
                cost: cost.as_deref().map(decimal).transpose()?,
            })
        })
        .collect()
}

/// The offset east of UTC of Meta's daily buckets for a WABA, read from
/// the latest bucket stored; none before the first one.
pub async fn offset(store: &Store, waba: &str) -> Result<Option<i64>> {
    let row = sqlx::query(
        "SELECT start_ts, end_ts FROM spend WHERE waba_id = $1 ORDER BY start_ts DESC LIMIT 1",
    )
    .bind(waba)
    .fetch_optional(store.pool())
    .await?;
    row.map(|r| Ok(offset_of(r.try_get("start_ts")?, r.try_get("end_ts")?)))
        .transpose()
}

/// How a bucket's amount was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// Meta's COST.
    Cost,
    /// VOLUME × the rate in force that day (plus markup).
    Rate,
    /// Not charged by the pricing rules of that day.
    Free,
    /// Charged, but no rate is known: counted as zero and reported.
    Unpriced,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Priced {
    pub day: NaiveDate,
    pub point: Point,
    pub amount: Decimal,
    pub how: How,
}

/// What each bucket cost, in `currency`: Meta's COST when it gave one,
/// else VOLUME × the rate in force that day with the markup, else free or
/// unpriced. Amounts are exact; reports round only what they show.
pub fn price(points: Vec<Point>, card: &Card, currency: &str) -> Vec<Priced> {
    points
        .into_iter()
        .map(|p| {
            let day = day_of(p.start, p.end);
            let is_charged = p.volume > 0 && charged(day, &p.category, &p.pricing_type);
            let (amount, how) = if let Some(c) = p.cost {
                (
                    c,
                    if c.is_zero() && !is_charged {
                        How::Free
                    } else {
                        How::Cost
                    },
                )
            } else if !is_charged {
                (Decimal::ZERO, How::Free)
            } else {
                match card.find(day, &p.country, &p.category, &p.tier, currency) {
                    Some(f) => (card.marked_up(f.rate * Decimal::from(p.volume)), How::Rate),
                    None => (Decimal::ZERO, How::Unpriced),
                }
            };
            Priced {
                day,
                point: p,
                amount,
                how,
            }
        })
        .collect()
}

/// Totals over priced buckets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sum {
    pub amount: Decimal,
    pub messages: i64,
    /// Charged messages without a rate, and the first and last day of them.
    pub unpriced: i64,
    pub unpriced_days: Option<(NaiveDate, NaiveDate)>,
}

impl Sum {
    /// Spend is counted per day: the exact amounts of a day's buckets,
    /// summed, then rounded half-up to cents. Every report adds up those
    /// daily cents, so they all agree to the cent.
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a Priced>) -> Sum {
        let mut s = Sum::default();
        let mut days: BTreeMap<NaiveDate, Decimal> = BTreeMap::new();
        for r in rows {
            *days.entry(r.day).or_default() += r.amount;
            s.messages += r.point.volume;
            if r.how == How::Unpriced {
                s.unpriced += r.point.volume;
                s.unpriced_days = Some(match s.unpriced_days {
                    None => (r.day, r.day),
                    Some((a, b)) => (a.min(r.day), b.max(r.day)),
                });
            }
        }
        s.amount = days.into_values().map(cents).sum();
        s
    }

    /// The note a report prints when some messages could not be priced.
    pub fn unpriced_note(&self, currency: &str) -> Option<String> {
        let (a, b) = self.unpriced_days?;
        Some(format!(
            "{} charged message(s) from {a} to {b} have no {currency} rate and count as zero: Meta gives no COST for this WABA (a partner's credit line), so import a rate card with `waba pricing import FILE`",
            self.unpriced
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::rates::Rate;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// 2026-09-30 and 2026-10-01 in UTC+01:00 buckets.
    const SEP30: i64 = 1_790_722_800;
    const OCT01: i64 = SEP30 + 86_400;

    fn p(start: i64, country: &str, cat: &str, ty: &str, volume: i64, cost: Option<&str>) -> Point {
        Point {
            start,
            end: start + 86_400,
            phone: "34612345678".into(),
            country: country.into(),
            category: cat.into(),
            pricing_type: ty.into(),
            tier: String::new(),
            volume,
            cost: cost.map(d),
        }
    }

    fn card() -> Card {
        let r = |country: &str, cat: &str, rate: &str| Rate {
            country: country.into(),
            category: cat.into(),
            tier: String::new(),
            currency: "USD".into(),
            rate: d(rate),
            effective_from: NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
            source: "test".into(),
        };
        Card {
            rates: vec![
                r("MX", "marketing", "0.0436"),
                r("MX", "utility", "0.0085"),
                r("MX", "service", "0.0085"),
            ],
            markup_percent: d("10"),
            ..Card::default()
        }
    }

    #[test]
    fn spend_by_cost_and_by_rate_card_matches_hand_computed_figures() {
        // COST path: Meta's figures, as they are (20 × 0.0509 = 1.018).
        let with_cost = price(
            vec![
                p(SEP30, "ES", "marketing", "REGULAR", 20, Some("1.018")),
                p(
                    SEP30,
                    "ES",
                    "utility",
                    "FREE_CUSTOMER_SERVICE",
                    7,
                    Some("0"),
                ),
            ],
            &card(),
            "EUR",
        );
        assert_eq!(Sum::of(&with_cost).amount, d("1.02"));
        assert_eq!(
            with_cost.iter().map(|r| r.how).collect::<Vec<_>>(),
            [How::Cost, How::Free]
        );

        // Rate path: 1,000 marketing × 0.0436 = 43.60, + 10 % = 47.96;
        // 250 utility × 0.0085 = 2.125, + 10 % = 2.3375; in-window utility
        // and service free on 2026-09-30, charged from 2026-10-01:
        // 100 × 0.0085 × 1.1 = 0.935 each.
        let by_rate = price(
            vec![
                p(SEP30, "MX", "marketing", "REGULAR", 1000, None),
                p(SEP30, "MX", "utility", "REGULAR", 250, None),
                p(SEP30, "MX", "utility", "FREE_CUSTOMER_SERVICE", 100, None),
                p(SEP30, "MX", "service", "FREE_CUSTOMER_SERVICE", 100, None),
                p(OCT01, "MX", "utility", "FREE_CUSTOMER_SERVICE", 100, None),
                p(OCT01, "MX", "service", "FREE_CUSTOMER_SERVICE", 100, None),
                p(OCT01, "MX", "marketing", "FREE_ENTRY_POINT", 50, None),
            ],
            &card(),
            "USD",
        );
        let amounts: Vec<String> = by_rate
            .iter()
            .map(|r| r.amount.normalize().to_string())
            .collect();
        assert_eq!(
            amounts,
            ["47.96", "2.3375", "0", "0", "0.935", "0.935", "0"]
        );
        assert_eq!(by_rate[0].day.to_string(), "2026-09-30");
        // Two days: 50.2975 → 50.30 on 2026-09-30, 1.87 on 2026-10-01.
        assert_eq!(Sum::of(&by_rate).amount, d("52.17"));

        // No rate: counted as zero, and reported.
        let unpriced = price(
            vec![p(OCT01, "BR", "marketing", "REGULAR", 30, None)],
            &card(),
            "USD",
        );
        let s = Sum::of(&unpriced);
        assert_eq!((s.amount, s.unpriced), (Decimal::ZERO, 30));
        assert!(s.unpriced_note("USD").unwrap().contains("pricing import"));
    }
}

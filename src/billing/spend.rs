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
use crate::error::{Error, Result};
use crate::graph::analytics::{Point, Source, day_of, offset_of};
use crate::store::{Backend, Store, dialect};

/// How far a WABA's spend has been read: [from, through).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watermark {
    pub from: i64,
    pub through: i64,
    pub synced_at: DateTime<Utc>,
}

/// What the store knows of a WABA's spend, in one query: how far it has
/// been read, and the offset east of UTC of Meta's daily buckets, from the
/// latest bucket stored (none before the first).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Known {
    pub watermark: Option<Watermark>,
    pub offset: Option<i64>,
}

pub async fn known(store: &Store, waba: &str) -> Result<Known> {
    let r = sqlx::query(
        "SELECT
           (SELECT from_ts FROM spend_sync WHERE waba_id = $1) AS from_ts,
           (SELECT through_ts FROM spend_sync WHERE waba_id = $1) AS through_ts,
           (SELECT synced_at FROM spend_sync WHERE waba_id = $1) AS synced_at,
           (SELECT start_ts FROM spend WHERE waba_id = $1 ORDER BY start_ts DESC LIMIT 1) AS last_start,
           (SELECT end_ts FROM spend WHERE waba_id = $1 ORDER BY start_ts DESC LIMIT 1) AS last_end",
    )
    .bind(waba)
    .fetch_one(store.pool())
    .await?;
    let watermark = match (
        r.try_get::<Option<i64>, _>("from_ts")?,
        r.try_get::<Option<i64>, _>("through_ts")?,
        r.try_get::<Option<String>, _>("synced_at")?,
    ) {
        (Some(from), Some(through), Some(at)) => Some(Watermark {
            from,
            through,
            synced_at: time(&at)?,
        }),
        _ => None,
    };
    let offset = match (
        r.try_get::<Option<i64>, _>("last_start")?,
        r.try_get::<Option<i64>, _>("last_end")?,
    ) {
        (Some(start), Some(end)) => Some(offset_of(start, end)),
        _ => None,
    };
    Ok(Known { watermark, offset })
}

/// Replaces every bucket of `waba` starting in [from, to) with `points`,
/// and widens the watermark, in one transaction: a reader sees the period
/// before or after, never half of it.
///
/// Only the days whose buckets changed are rewritten: a re-read mostly
/// finds closed days as stored, and then moves only the watermark.
pub async fn replace(
    store: &Store,
    waba: &str,
    from: i64,
    to: i64,
    points: &[(Source, Point)],
    now: DateTime<Utc>,
) -> Result<()> {
    replace_each(
        store,
        &[Period {
            waba,
            from,
            to,
            points,
        }],
        now,
    )
    .await
}

/// One WABA's period read from Meta, and what it brought.
pub struct Period<'a> {
    pub waba: &'a str,
    pub from: i64,
    pub to: i64,
    pub points: &'a [(Source, Point)],
}

/// `replace` for many periods (of many WABAs) in one transaction: the
/// store's one writer then commits once for a fleet's batch, not once a
/// WABA (200 WABAs' re-reads took 250 ms one by one).
pub async fn replace_each(store: &Store, periods: &[Period<'_>], now: DateTime<Utc>) -> Result<()> {
    let at = rfc3339(now);
    let kept = futures_util::future::join_all(periods.iter().map(|p| {
        stored(
            store,
            p.waba,
            "start_ts >= $2 AND start_ts < $3",
            p.from,
            p.to,
        )
    }))
    .await;
    // Per period: the days to delete and the buckets to write.
    let mut deletes: Vec<(&str, Vec<i64>)> = Vec::new();
    let mut rows: Vec<(&str, Source, Point)> = Vec::new();
    for (p, kept) in periods.iter().zip(kept) {
        let kept = kept?;
        // Rows of one answer that share the key they are stored by (they
        // differ only in a dimension not asked for, such as conversation
        // direction) are added up, never dropped.
        let summed = sum_by_key(p.points);
        let kept_days = by_day(kept.iter());
        let fresh_days = by_day(summed.iter().map(|(_, q)| q));
        let changed: Vec<i64> = kept_days
            .keys()
            .chain(fresh_days.keys())
            .copied()
            .filter(|d| *d >= p.from && kept_days.get(d) != fresh_days.get(d))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        // A bucket that began before `from` is Meta's word on it: it
        // replaces its stored copy whatever that holds.
        rows.extend(
            summed
                .into_iter()
                .filter(|(_, q)| q.start < p.from || changed.binary_search(&q.start).is_ok())
                .map(|(source, q)| (p.waba, source, q)),
        );
        if !changed.is_empty() {
            deletes.push((p.waba, changed));
        }
    }
    // Two periods of one WABA (an older gap and the recent days) may both
    // bring a bucket: one statement may not write a row twice, so the
    // later period's copy is the one kept.
    let mut seen = std::collections::HashSet::new();
    let mut rows: Vec<_> = rows
        .into_iter()
        .rev()
        .filter(|(waba, _, p)| {
            let (start, phone, country, category, kind, tier) = key(p);
            seen.insert((
                *waba,
                start,
                phone.to_string(),
                country.to_string(),
                category.to_string(),
                kind.to_string(),
                tier.to_string(),
            ))
        })
        .collect();
    rows.reverse();
    // Likewise one watermark per WABA: widening is a min and a max, so
    // its periods fold into one.
    let mut marks: Vec<Period<'_>> = Vec::new();
    for p in periods {
        match marks.iter_mut().find(|m| m.waba == p.waba) {
            Some(m) => {
                m.from = m.from.min(p.from);
                m.to = m.to.max(p.to);
            }
            None => marks.push(Period { points: &[], ..*p }),
        }
    }
    let mut tx = store.writer().begin().await?;
    for (waba, days) in &deletes {
        // Built from a count only: placeholders, never values.
        let list: Vec<String> = (0..days.len())
            .map(|i| dialect::placeholder(store.backend(), i + 2))
            .collect();
        let sql = format!(
            "DELETE FROM spend WHERE waba_id = {} AND start_ts IN ({})",
            dialect::placeholder(store.backend(), 1),
            list.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(*waba);
        for d in days {
            q = q.bind(*d);
        }
        q.execute(&mut *tx).await?;
    }
    // Many rows to a statement: each statement is a round trip to the
    // database, and `balance --all` writes hundreds of WABAs' buckets.
    for chunk in rows.chunks(INSERT_ROWS) {
        let sql = insert_sql(store.backend(), chunk.len());
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (waba, source, p) in chunk {
            q = q
                .bind(*waba)
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
                .bind(&at);
        }
        q.execute(&mut *tx).await?;
    }
    for chunk in marks.chunks(WIDEN_ROWS) {
        widen(&mut *tx, store.backend(), chunk, &at).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Buckets grouped by the day (bucket start) they begin, in `key` order.
fn by_day<'a>(points: impl Iterator<Item = &'a Point>) -> BTreeMap<i64, Vec<&'a Point>> {
    let mut days: BTreeMap<i64, Vec<&Point>> = BTreeMap::new();
    for p in points {
        days.entry(p.start).or_default().push(p);
    }
    days
}

/// Widens the watermark to cover [from, to), read at `at`.
async fn widen<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    backend: Backend,
    periods: &[Period<'_>],
    at: &str,
) -> Result<()> {
    // Built from a count only: placeholders, never values.
    let sql = format!(
        "INSERT INTO spend_sync (waba_id, from_ts, through_ts, synced_at) VALUES {}
         ON CONFLICT (waba_id) DO UPDATE SET
           from_ts = CASE WHEN spend_sync.from_ts < excluded.from_ts THEN spend_sync.from_ts ELSE excluded.from_ts END,
           through_ts = CASE WHEN spend_sync.through_ts > excluded.through_ts THEN spend_sync.through_ts ELSE excluded.through_ts END,
           synced_at = excluded.synced_at",
        dialect::values_sql(backend, periods.len(), 4)
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for p in periods {
        q = q.bind(p.waba).bind(p.from).bind(p.to).bind(at);
    }
    q.execute(db).await?;
    Ok(())
}

/// The order buckets are stored and read in.
/// One row per stored key: volumes added, costs added (unknown when any
/// row of the key has none, so that the rate card prices the whole).
fn sum_by_key(points: &[(Source, Point)]) -> Vec<(Source, Point)> {
    let mut out: Vec<(Source, Point)> = Vec::with_capacity(points.len());
    let mut at: std::collections::HashMap<(i64, String, String, String, String, String), usize> =
        std::collections::HashMap::new();
    for (source, p) in points {
        let k = key(p);
        let k = (
            k.0,
            k.1.to_string(),
            k.2.to_string(),
            k.3.to_string(),
            k.4.to_string(),
            k.5.to_string(),
        );
        match at.get(&k) {
            Some(&i) => {
                let q = &mut out[i].1;
                q.volume += p.volume;
                q.cost = match (q.cost, p.cost) {
                    (Some(a), Some(b)) => Some(a + b),
                    _ => None,
                };
            }
            None => {
                at.insert(k, out.len());
                out.push((*source, p.clone()));
            }
        }
    }
    out.sort_by(|a, b| key(&a.1).cmp(&key(&b.1)));
    out
}

fn key(p: &Point) -> (i64, &str, &str, &str, &str, &str) {
    (
        p.start,
        &p.phone,
        &p.country,
        &p.category,
        &p.pricing_type,
        &p.tier,
    )
}

/// Rows per INSERT: 12 parameters each stays under SQLite's historical
/// limit of 999 parameters a statement.
const INSERT_ROWS: usize = 80;

/// Watermarks per upsert: 4 parameters each.
const WIDEN_ROWS: usize = 200;

/// An INSERT of `rows` buckets. A bucket Meta reports twice (or one that
/// began before the period replaced) replaces its earlier copy rather
/// than adding to it.
fn insert_sql(backend: Backend, rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO spend (waba_id, start_ts, end_ts, phone, country, category, pricing_type, tier, volume, cost, source, synced_at) VALUES ",
    );
    sql.push_str(&dialect::values_sql(backend, rows, 12));
    sql.push_str(
        " ON CONFLICT (waba_id, start_ts, phone, country, category, pricing_type, tier)
         DO UPDATE SET end_ts = excluded.end_ts, volume = excluded.volume, cost = excluded.cost,
           source = excluded.source, synced_at = excluded.synced_at",
    );
    sql
}

/// The stored buckets of a WABA that end after `from` and start before
/// `to`, oldest first.
///
/// They come back as one row of JSON rather than a row per bucket: the
/// driver's per-row, per-column work made reading 200 WABAs' month of
/// buckets (83,000 rows) take 600 ms; as JSON it takes 250 ms
/// (`cargo bench --bench balance_all`). COST stays text, so it stays exact.
pub async fn points(store: &Store, waba: &str, from: i64, to: i64) -> Result<Vec<Point>> {
    stored(store, waba, "end_ts > $2 AND start_ts < $3", from, to).await
}

/// The buckets of `waba` that `filter` (over $2 and $3) selects, in `key`
/// order.
async fn stored(
    store: &Store,
    waba: &str,
    filter: &'static str,
    a: i64,
    b: i64,
) -> Result<Vec<Point>> {
    use dialect::By::{Number, Text};
    let sql = dialect::json_rows_sql(
        store.backend(),
        "spend",
        &[
            "start_ts",
            "end_ts",
            "phone",
            "country",
            "category",
            "pricing_type",
            "tier",
            "volume",
            "cost",
        ],
        &format!("waba_id = $1 AND {filter}"),
        &[
            Number("start_ts"),
            Text("phone"),
            Text("country"),
            Text("category"),
            Text("pricing_type"),
            Text("tier"),
        ],
    );
    // `filter` is one of this module's constants.
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(waba)
        .bind(a)
        .bind(b)
        .fetch_one(store.pool())
        .await?;
    type Stored = (
        i64,
        i64,
        String,
        String,
        String,
        String,
        String,
        i64,
        Option<String>,
    );
    let rows: Vec<Stored> = serde_json::from_str(&row.try_get::<String, _>(0)?)
        .map_err(|e| Error::internal(format!("the store's spend rows of WABA {waba}: {e}")))?;
    rows.into_iter()
        .map(
            |(start, end, phone, country, category, pricing_type, tier, volume, cost)| {
                Ok(Point {
                    start,
                    end,
                    phone,
                    country,
                    category,
                    pricing_type,
                    tier,
                    volume,
                    cost: cost.as_deref().map(decimal).transpose()?,
                })
            },
        )
        .collect()
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

    #[test]
    fn rows_sharing_a_key_are_added_up_not_dropped() {
        // Two rows that differ only in a dimension not stored (direction).
        let rows = vec![
            (
                Source::Pricing,
                p(SEP30, "ES", "marketing", "REGULAR", 40, Some("2.00")),
            ),
            (
                Source::Pricing,
                p(SEP30, "ES", "marketing", "REGULAR", 60, Some("3.10")),
            ),
            (
                Source::Pricing,
                p(SEP30, "ES", "utility", "REGULAR", 5, None),
            ),
            (
                Source::Pricing,
                p(SEP30, "ES", "utility", "REGULAR", 7, Some("0.10")),
            ),
        ];
        let summed = sum_by_key(&rows);
        assert_eq!(summed.len(), 2);
        let marketing = &summed
            .iter()
            .find(|(_, p)| p.category == "marketing")
            .unwrap()
            .1;
        assert_eq!((marketing.volume, marketing.cost), (100, Some(d("5.10"))));
        // A cost known for part of a key only: the rate card prices it all.
        let utility = &summed
            .iter()
            .find(|(_, p)| p.category == "utility")
            .unwrap()
            .1;
        assert_eq!((utility.volume, utility.cost), (12, None));
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
        // 250 utility × 0.0085 = 2.125, + 10 % = 2.3375; what Meta labels
        // FREE_CUSTOMER_SERVICE is free on either side of 2026-10-01 (its
        // label wins over the dated rule).
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
        assert_eq!(amounts, ["47.96", "2.3375", "0", "0", "0", "0", "0"]);
        assert_eq!(by_rate[0].day.to_string(), "2026-09-30");
        // 50.2975 → 50.30 on 2026-09-30; nothing on 2026-10-01.
        assert_eq!(Sum::of(&by_rate).amount, d("50.30"));
        assert!(by_rate[4..].iter().all(|r| r.how == How::Free));

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

    /// Each stored bucket as (start, country, category, volume, synced_at).
    async fn rows(store: &Store) -> Vec<(i64, String, String, i64, String)> {
        sqlx::query("SELECT start_ts, country, category, volume, synced_at FROM spend ORDER BY start_ts, country, category")
            .fetch_all(store.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r.try_get(0).unwrap(),
                    r.try_get(1).unwrap(),
                    r.try_get(2).unwrap(),
                    r.try_get(3).unwrap(),
                    r.try_get(4).unwrap(),
                )
            })
            .collect()
    }

    #[tokio::test]
    async fn a_reread_rewrites_only_the_days_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let t = |h: i64| DateTime::from_timestamp(1_795_000_000 + h * 3600, 0).unwrap();
        let store = Store::open_sqlite(&dir.path().join("s.db"), &crate::clock::Clock::fixed(t(0)))
            .await
            .unwrap();
        const D: i64 = 86_400;
        let (d1, d2, d3) = (1_794_960_000, 1_794_960_000 + D, 1_794_960_000 + 2 * D);
        let tag = |ps: Vec<Point>| -> Vec<(Source, Point)> {
            ps.into_iter().map(|p| (Source::Pricing, p)).collect()
        };
        let first = tag(vec![
            p(d1, "ES", "marketing", "REGULAR", 10, Some("0.5")),
            p(d2, "ES", "marketing", "REGULAR", 20, Some("1")),
            p(d2, "MX", "utility", "REGULAR", 5, Some("0.04")),
        ]);
        replace(&store, "1", d1, d3, &first, t(1)).await.unwrap();
        let at1 = rfc3339(t(1));
        assert!(rows(&store).await.iter().all(|r| r.4 == at1));

        // The same answer again: no row rewritten, the watermark moved.
        replace(&store, "1", d1, d3, &first, t(2)).await.unwrap();
        assert!(rows(&store).await.iter().all(|r| r.4 == at1));
        let wm = known(&store, "1").await.unwrap().watermark.unwrap();
        assert_eq!(wm.synced_at, t(2));

        // Day 2 changed (a bucket grew, one vanished): day 1 is left as it
        // was, day 2 is exactly the new answer.
        let second = tag(vec![
            p(d1, "ES", "marketing", "REGULAR", 10, Some("0.50")),
            p(d2, "ES", "marketing", "REGULAR", 25, Some("1.25")),
        ]);
        replace(&store, "1", d1, d3, &second, t(3)).await.unwrap();
        let at3 = rfc3339(t(3));
        assert_eq!(
            rows(&store).await,
            vec![
                (d1, "ES".into(), "marketing".into(), 10, at1.clone()),
                (d2, "ES".into(), "marketing".into(), 25, at3.clone()),
            ]
        );

        // Two rows of one answer under one stored key are added up, and
        // stored as one.
        let twice = tag(vec![
            p(d1, "ES", "marketing", "REGULAR", 10, Some("0.50")),
            p(d2, "ES", "marketing", "REGULAR", 26, Some("1.30")),
            p(d2, "ES", "marketing", "REGULAR", 27, Some("1.35")),
        ]);
        replace(&store, "1", d1, d3, &twice, t(3)).await.unwrap();
        let stored = rows(&store).await;
        assert_eq!((stored.len(), stored[1].3), (2, 53));

        // A bucket from before the period read replaces its copy only.
        let early = tag(vec![p(d1, "ES", "marketing", "REGULAR", 11, Some("0.55"))]);
        replace(&store, "1", d2, d3, &early, t(4)).await.unwrap();
        let now = rows(&store).await;
        assert_eq!(now[0].3, 11);
        assert_eq!(now.len(), 1, "day 2 read empty: its buckets are gone");
    }
}

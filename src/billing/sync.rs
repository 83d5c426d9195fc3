//! Bringing a WABA's synced spend up to date: which periods to read from
//! Meta's analytics (a pure plan), then reading and replacing them.

use chrono::{DateTime, NaiveDate, Utc};

use super::spend::{self, Watermark};
use crate::error::Result;
use crate::graph::Client;
use crate::graph::analytics::{self, Ask, Point, Source};
use crate::store::Store;

const DAY: i64 = 86_400;

/// Meta keeps messaging, conversation and pricing analytics for one year.
pub const LOOKBACK_DAYS: i64 = 365;

/// Recent days are read again on every sync: Meta's figures for them are
/// approximate and still filling in.
const REREAD_DAYS: i64 = 2;

/// One read: a field over [from, to).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    pub source: Source,
    pub from: i64,
    pub to: i64,
}

/// The start of the bucket day holding `t`, for buckets `offset` seconds
/// east of UTC.
pub fn day_start(t: i64, offset: i64) -> i64 {
    (t + offset).div_euclid(DAY) * DAY - offset
}

/// Local midnight of `day` in buckets `offset` seconds east of UTC.
pub fn midnight(day: NaiveDate, offset: i64) -> i64 {
    day.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp() - offset
}

/// What to read so that spend from `need_from` to `now` is known: the part
/// before what was read already, and the last days again. Never further
/// back than Meta's lookback; split where the pricing model changed.
pub fn plan(wm: Option<Watermark>, need_from: i64, now: i64, offset: i64) -> Vec<Read> {
    let floor = day_start(now - LOOKBACK_DAYS * DAY, offset) + DAY;
    let from = day_start(need_from.max(floor), offset);
    let mut spans = Vec::new();
    match wm {
        None => spans.push((from, now)),
        Some(w) => {
            // A gap of less than a day is the same day seen before the
            // buckets' offset was known.
            if from < day_start(w.from, offset) {
                spans.push((from, w.from));
            }
            // Never before the day needed (nor so before the lookback).
            let recent = day_start(w.through, offset) - REREAD_DAYS * DAY;
            spans.push((recent.max(from).min(now), now));
        }
    }
    let switch = midnight(crate::billing::rates::pmp_start(), offset);
    let mut reads = Vec::new();
    for (a, b) in spans.into_iter().filter(|(a, b)| a < b) {
        if a < switch && switch < b {
            reads.push(Read {
                source: Source::Conversation,
                from: a,
                to: switch,
            });
            reads.push(Read {
                source: Source::Pricing,
                from: switch,
                to: b,
            });
        } else {
            let source = if b <= switch {
                Source::Conversation
            } else {
                Source::Pricing
            };
            reads.push(Read {
                source,
                from: a,
                to: b,
            });
        }
    }
    reads
}

/// Reads what the plan says, one request per read.
pub async fn fetch(client: &Client, waba: &str, reads: &[Read]) -> Result<Fetched> {
    let mut got = Vec::with_capacity(reads.len());
    for r in reads {
        got.push(analytics::daily(client, waba, r.source, r.from, r.to).await?);
    }
    Ok(got)
}

/// The reads of many WABAs in batch requests, `jobs` at a time: one
/// answer per WABA, in order; a WABA whose read failed gets that error.
pub async fn fetch_each(
    client: &Client,
    wabas: &[(&str, &[Read])],
    jobs: usize,
) -> Vec<Result<Fetched>> {
    let asks: Vec<Ask> = wabas
        .iter()
        .flat_map(|(waba, reads)| {
            reads.iter().map(|r| Ask {
                waba: waba.to_string(),
                source: r.source,
                start: r.from,
                end: r.to,
            })
        })
        .collect();
    let mut answers = analytics::daily_each(client, &asks, jobs).await.into_iter();
    wabas
        .iter()
        .map(|(_, reads)| answers.by_ref().take(reads.len()).collect())
        .collect()
}

/// Replaces the periods `reads` covered in the store with what they
/// brought (`got`, one list of points per read).
pub async fn record(
    store: &Store,
    waba: &str,
    reads: &[Read],
    got: Fetched,
    now: DateTime<Utc>,
) -> Result<()> {
    record_each(store, &[(waba, reads, got)], now).await
}

/// What one WABA's reads brought: one list of points per read.
pub type Fetched = Vec<Vec<Point>>;

/// `record` for many WABAs (each its reads and what they brought), in one
/// transaction.
pub async fn record_each(
    store: &Store,
    wabas: &[(&str, &[Read], Fetched)],
    now: DateTime<Utc>,
) -> Result<()> {
    let tagged: Vec<(&str, &Read, Vec<_>)> = wabas
        .iter()
        .flat_map(|(waba, reads, got)| {
            reads.iter().zip(got).map(move |(r, points)| {
                let tagged: Vec<(Source, Point)> =
                    points.iter().map(|p| (r.source, p.clone())).collect();
                (*waba, r, tagged)
            })
        })
        .collect();
    let periods: Vec<spend::Period> = tagged
        .iter()
        .map(|(waba, r, points)| spend::Period {
            waba,
            from: r.from,
            to: r.to,
            points,
        })
        .collect();
    spend::replace_each(store, &periods, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_262_400; // 2026-11-21 12:00 UTC
    const CET: i64 = 3600;

    #[test]
    fn a_first_sync_reads_from_the_day_needed_up_to_now() {
        let from = NOW - 10 * DAY;
        let reads = plan(None, from, NOW, CET);
        assert_eq!(reads.len(), 1);
        assert_eq!(reads[0].source, Source::Pricing);
        assert_eq!(reads[0].from, day_start(from, CET));
        assert_eq!((reads[0].from + CET) % DAY, 0, "starts at local midnight");
        assert_eq!(reads[0].to, NOW);
    }

    #[test]
    fn a_later_sync_rereads_only_the_last_days_and_any_older_gap() {
        let wm = Watermark {
            from: day_start(NOW - 30 * DAY, CET),
            through: NOW - DAY,
            synced_at: DateTime::from_timestamp(NOW - DAY, 0).unwrap(),
        };
        let reads = plan(Some(wm), NOW - 5 * DAY, NOW, CET);
        assert_eq!(reads.len(), 1);
        assert_eq!(reads[0].from, day_start(NOW - DAY, CET) - 2 * DAY);
        let reads = plan(Some(wm), NOW - 60 * DAY, NOW, CET);
        assert_eq!(reads.len(), 2);
        assert_eq!(reads[0].to, wm.from);
    }

    #[test]
    fn a_watermark_older_than_the_lookback_does_not_widen_the_read() {
        let old = Watermark {
            from: NOW - 600 * DAY,
            through: NOW - 500 * DAY,
            synced_at: DateTime::from_timestamp(NOW - 500 * DAY, 0).unwrap(),
        };
        let reads = plan(Some(old), NOW - 20 * DAY, NOW, 0);
        assert_eq!(reads.len(), 1);
        assert_eq!(reads[0].from, day_start(NOW - 20 * DAY, 0));
        assert_eq!(reads[0].source, Source::Pricing);
    }

    #[test]
    fn never_before_the_lookback_and_split_at_per_message_pricing() {
        let reads = plan(None, 0, NOW, 0);
        assert!(reads[0].from > NOW - LOOKBACK_DAYS * DAY);
        // On 2025-07-10, reading June too crosses into conversation pricing.
        let jul10 = midnight(NaiveDate::from_ymd_opt(2025, 7, 10).unwrap(), 0);
        let reads = plan(None, jul10 - 30 * DAY, jul10, 0);
        assert_eq!(
            reads.iter().map(|r| r.source).collect::<Vec<_>>(),
            [Source::Conversation, Source::Pricing]
        );
        assert_eq!(reads[0].to, reads[1].from);
    }
}

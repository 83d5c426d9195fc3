//! A WABA's books, as `balance`, `usage`, `invoices` and `topup` read
//! them: its ledger, and its spend synced from Meta and priced; and the
//! figures `balance` shows of them.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::billing::balance::Balance;
use crate::billing::ledger::{self, Entry};
use crate::billing::spend::{self, Known, Priced, Sum};
use crate::billing::{sync, topup};
use crate::error::{Error, Result};
use crate::session::Session;
use crate::store::access::{self, Need};

/// Whether to bring spend up to date from Meta first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sync {
    /// Use what the store holds (`--no-sync`).
    Skip,
    /// Sync. When Meta refuses or cannot be reached: the figures as of an
    /// earlier sync, marked stale; with none ever made, the error (a zero
    /// spend would be a guess, not a figure).
    Try,
    /// For a command whose report is about something else (a top-up, an
    /// adjustment): sync, and on failure warn and go on with what the
    /// store holds.
    Lenient,
}

pub struct Books {
    pub waba: String,
    pub currency: String,
    pub entries: Vec<Entry>,
    /// Every stored bucket from the day asked for, priced.
    pub priced: Vec<Priced>,
    /// Seconds east of UTC of Meta's daily buckets for this WABA.
    pub offset: i64,
    pub synced_at: Option<DateTime<Utc>>,
    /// Why this run could not bring spend up to date from Meta: the
    /// figures are as of `synced_at`.
    pub stale: Option<String>,
    /// This run brought spend up to date from Meta.
    pub synced: bool,
    pub now: DateTime<Utc>,
    /// This session's login may charge and credit this WABA (always, but
    /// for a team store's viewer): its rules are evaluated only then.
    pub bills: bool,
}

/// A WABA's books up to the sync: top-ups left open settled, the ledger
/// read, and what to read from Meta to bring spend up to date.
pub struct Opening {
    waba: String,
    currency: String,
    entries: Vec<Entry>,
    known: Known,
    /// The first day any report needs, in Meta's buckets.
    need: NaiveDate,
    now: DateTime<Utc>,
    how: Sync,
    bills: bool,
    /// What to read from Meta; empty when this run does not sync.
    pub reads: Vec<sync::Read>,
}

/// Reads a WABA's books with spend from `from` (a day in Meta's buckets),
/// settling top-ups left open first.
pub async fn load(ctx: &Session, waba: &str, from: Option<NaiveDate>, how: Sync) -> Result<Books> {
    let opening = open(ctx, waba, from, how).await?;
    let synced = if opening.reads.is_empty() {
        Ok(())
    } else {
        async {
            let got = sync::fetch(ctx.graph().await?, waba, &opening.reads).await?;
            sync::record(ctx.store().await?, waba, &opening.reads, got, opening.now).await
        }
        .await
    };
    close(ctx, opening, synced).await
}

/// The books of many WABAs of one session, their spend read from Meta in
/// batch requests (`jobs` at a time) and stored in one transaction: one
/// answer per WABA, in order.
pub async fn load_each(
    ctx: &Session,
    wabas: &[&str],
    how: Sync,
    jobs: usize,
) -> Vec<Result<Books>> {
    let openings =
        futures_util::future::join_all(wabas.iter().map(|w| open(ctx, w, None, how))).await;
    let asked: Vec<&Opening> = openings
        .iter()
        .filter_map(|o| o.as_ref().ok())
        .filter(|o| !o.reads.is_empty())
        .collect();
    let fetched: Vec<Result<sync::Fetched>> = if asked.is_empty() {
        Vec::new()
    } else {
        match ctx.graph().await {
            Ok(client) => {
                let reads: Vec<(&str, &[sync::Read])> = asked
                    .iter()
                    .map(|o| (o.waba.as_str(), o.reads.as_slice()))
                    .collect();
                sync::fetch_each(client, &reads, jobs).await
            }
            Err(e) => asked.iter().map(|_| Err(e.shared())).collect(),
        }
    };
    // What came is stored at once; a WABA whose read failed keeps its error.
    let mut got = Vec::new();
    let mut failed = std::collections::HashMap::new();
    for (o, f) in asked.iter().zip(fetched) {
        match f {
            Ok(points) => got.push((o.waba.as_str(), o.reads.as_slice(), points)),
            Err(e) => {
                failed.insert(o.waba.clone(), e);
            }
        }
    }
    let now = ctx.clock.now();
    let recorded = match ctx.store().await {
        Ok(store) if !got.is_empty() => sync::record_each(store, &got, now).await,
        Ok(_) => Ok(()),
        Err(e) => Err(e),
    };
    let closing = openings.into_iter().map(|o| {
        let synced = match &o {
            Ok(o) => match failed.remove(&o.waba) {
                Some(e) => Err(e),
                None => recorded.as_ref().map(|_| ()).map_err(Error::shared),
            },
            Err(_) => Ok(()),
        };
        async move { close(ctx, o?, synced).await }
    });
    futures_util::future::join_all(closing).await
}

/// Everything up to the sync.
async fn open(ctx: &Session, waba: &str, from: Option<NaiveDate>, how: Sync) -> Result<Opening> {
    let store = ctx.store().await?;
    // A team store's login that may not read this WABA stops here.
    let standing = access::standing(store, waba).await?;
    standing.check(waba, Need::Read)?;
    let acct = super::accounts::of(ctx, waba).await?;
    let open = topup::open(store, waba).await?;
    // Settling writes the ledger: a login that may not charge leaves it
    // to one that may.
    if !open.is_empty() && standing.bills {
        // The processor is only asked (and its key only needed) then.
        topup::settle_open(
            store,
            ctx.stripe().await?,
            &open,
            &ctx.actor,
            ctx.clock.now(),
        )
        .await?;
    }
    let entries = ledger::entries(store, waba).await?;
    let now = ctx.clock.now();
    let known = spend::known(store, waba).await?;
    let offset = known.offset.unwrap_or(0);
    let today = local_day(now, offset);
    // What every report needs: this month, the last 7 days, and the whole
    // time the ledger has been open.
    let month = today.with_day(1).unwrap_or(today);
    let mut need = from
        .unwrap_or(month)
        .min(month)
        .min(today - Duration::days(7));
    if let Some(opened) = entries.iter().map(|e| e.at).min() {
        need = need.min(local_day(opened, offset));
    }
    let reads = if how != Sync::Skip && !ctx.flags.dry_run {
        sync::plan(
            known.watermark,
            sync::midnight(need, offset),
            now.timestamp(),
            offset,
        )
    } else {
        Vec::new()
    };
    Ok(Opening {
        waba: waba.to_string(),
        currency: acct.currency,
        entries,
        known,
        need,
        now,
        how,
        bills: standing.bills,
        reads,
    })
}

/// The books from the opening, once what its reads brought from Meta is
/// stored (`outcome`: done, or why not).
async fn close(ctx: &Session, o: Opening, outcome: Result<()>) -> Result<Books> {
    let store = ctx.store().await?;
    let (waba, now, known) = (o.waba.as_str(), o.now, o.known);
    let offset = known.offset.unwrap_or(0);
    let mut known_now = known;
    let mut stale = None;
    let mut synced = false;
    if o.how != Sync::Skip && !ctx.flags.dry_run {
        let ever = known.watermark.map(|w| w.synced_at);
        match (outcome, ever) {
            (Ok(()), _) => {
                known_now = spend::known(store, waba).await?;
                synced = true;
            }
            (Err(e), Some(at)) => {
                ctx.notes.warn(&format!(
                    "WABA {waba}: spend not synced from Meta ({}); the figures are as of the last sync, {}",
                    e.message,
                    crate::clock::rfc3339(at)
                ));
                stale = Some(e.message);
            }
            (Err(e), None) if o.how == Sync::Lenient => ctx.notes.warn(&format!(
                "WABA {waba}: spend was never synced from Meta ({}); the balance counts the ledger only",
                e.message
            )),
            (Err(mut e), None) => {
                e.message = format!(
                    "WABA {waba}: spend could not be read from Meta, and none was ever synced: {}",
                    e.message
                );
                let hint = e.hint.take();
                return Err(e.with_hint(hint.unwrap_or_else(|| {
                    "try again later; `--no-sync` shows the ledger alone".to_string()
                })));
            }
        }
    }
    // The sync may have learnt the buckets' offset.
    let offset = known_now.offset.unwrap_or(offset);
    let card = ctx.card().await?;
    let points = spend::points(
        store,
        waba,
        sync::midnight(o.need, offset),
        now.timestamp() + 1,
    )
    .await?;
    let priced = spend::price(points, card, &o.currency);
    let synced_at = known_now.watermark.map(|w| w.synced_at);
    Ok(Books {
        waba: o.waba,
        currency: o.currency,
        entries: o.entries,
        priced,
        offset,
        synced_at,
        stale,
        synced,
        now,
        bills: o.bills,
    })
}

/// The calendar day of an instant in buckets `offset` seconds east of UTC.
pub fn local_day(t: DateTime<Utc>, offset: i64) -> NaiveDate {
    (t + Duration::seconds(offset)).date_naive()
}

impl Books {
    pub fn today(&self) -> NaiveDate {
        local_day(self.now, self.offset)
    }

    /// Meta's buckets as a time zone: `UTC+01:00`.
    pub fn zone(&self) -> String {
        zone(self.offset)
    }

    pub fn opened_at(&self) -> Option<DateTime<Utc>> {
        self.entries.iter().map(|e| e.at).min()
    }

    /// The buckets charged to the balance: from the one the ledger opened
    /// in (a bucket that began before counts whole: the balance errs low).
    pub fn charged(&self) -> impl Iterator<Item = &Priced> {
        let opened = self.opened_at().map(|t| t.timestamp());
        self.priced
            .iter()
            .filter(move |p| opened.is_some_and(|o| p.point.end > o))
    }

    pub fn balance(&self, low_below: Option<Decimal>) -> Balance {
        Balance::of(&self.entries, Sum::of(self.charged()).amount, low_below)
    }

    /// Spend on the days `keep` selects, of all the buckets read.
    pub fn spend_on(&self, keep: impl Fn(NaiveDate) -> bool) -> Sum {
        Sum::of(self.priced.iter().filter(|p| keep(p.day)))
    }
}

/// When the balance runs out at the last 7 full days' spend rate.
pub struct Forecast {
    pub per_day: Decimal,
    pub runs_out_on: Option<NaiveDate>,
}

/// What `balance` shows of a WABA's books, and `balance --all` of each.
pub struct Figures {
    pub balance: Balance,
    pub today: NaiveDate,
    pub month: NaiveDate,
    pub spend_today: Sum,
    pub spend_month: Sum,
    pub forecast: Forecast,
}

impl Figures {
    pub fn of(books: &Books, low_below: Option<Decimal>) -> Figures {
        let balance = books.balance(low_below);
        let today = books.today();
        let month = today.with_day(1).unwrap_or(today);
        Figures {
            forecast: forecast(books, balance.balance),
            spend_today: books.spend_on(|d| d == today),
            spend_month: books.spend_on(|d| d >= month),
            balance,
            today,
            month,
        }
    }
}

pub fn forecast(books: &Books, balance: Decimal) -> Forecast {
    let today = books.today();
    let week = books.spend_on(|d| d < today && d >= today - Duration::days(7));
    let per_day = week.amount / Decimal::from(7);
    let runs_out_on = (per_day > Decimal::ZERO && balance > Decimal::ZERO).then(|| {
        let days = (balance / per_day).floor().to_i64().unwrap_or(i64::MAX / 2);
        today + Duration::days(days.min(100_000))
    });
    Forecast {
        per_day,
        runs_out_on,
    }
}

pub fn zone(offset: i64) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let m = offset.abs() / 60;
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn zones_are_written_like_iso_offsets() {
        assert_eq!(super::zone(3600), "UTC+01:00");
        assert_eq!(super::zone(-7 * 3600), "UTC-07:00");
        assert_eq!(super::zone(19_800), "UTC+05:30");
        assert_eq!(super::zone(0), "UTC+00:00");
    }
}

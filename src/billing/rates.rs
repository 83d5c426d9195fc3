//! The rate card: what Meta charges per delivered message, by market,
//! category and volume tier, with the date each rate took effect, and the
//! dated pricing rules that say which messages are charged at all.
//!
//! It never holds a made-up rate. Meta publishes its rate cards as files
//! behind its pricing page, not in the documentation this tool is built
//! from, so none ships built in: operators import theirs (`pricing import`),
//! and the sandbox carries its own, labelled as invented.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::Row;

use crate::error::{Error, Result};
use crate::store::Store;

/// Per-message pricing replaced conversation-based pricing on this day.
pub fn pmp_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()
}

/// Service conversations became free (the 1,000 a month free tier ended).
fn free_service_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 11, 1).unwrap()
}

/// Service messages and utility templates inside the customer-service
/// window are charged again.
fn window_charged_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()
}

/// Categories a rate card may name (Meta's pricing categories, lower case).
pub const CATEGORIES: &[&str] = &[
    "marketing",
    "marketing_lite",
    "utility",
    "authentication",
    "authentication_international",
    "service",
    "referral_conversion",
];

/// The pricing periods, for `pricing show`: from, until, what is charged.
pub fn periods() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        (
            "2023-06-01",
            "2024-10-31",
            "conversation-based: 24 h conversations by category; 1,000 free service conversations per WABA per month",
        ),
        (
            "2024-11-01",
            "2025-06-30",
            "conversation-based: service conversations free",
        ),
        (
            "2025-07-01",
            "2026-09-30",
            "per-message: marketing, utility and authentication templates per delivered message; service and utility inside the customer-service window free",
        ),
        (
            "2026-10-01",
            "",
            "per-message: service messages and utility templates inside the window charged too; free entry point stays free",
        ),
    ]
}

/// Whether Meta charges a bucket of messages. `pricing_type` is Meta's
/// own label (`REGULAR`, `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`, or a
/// conversation type such as `FREE_TIER`), and it wins: a bucket Meta
/// labels free is free, whatever a dated rule says (answers observed from
/// October 2026 still label in-window service and utility free, though
/// Meta announced them charged). The dated rules price only what Meta
/// leaves unlabelled.
pub fn charged(day: NaiveDate, category: &str, pricing_type: &str) -> bool {
    let t = pricing_type.to_ascii_uppercase();
    let cat = category.to_ascii_lowercase();
    if t.starts_with("FREE") {
        return false;
    }
    if day < pmp_start() {
        // Conversation-based: service free from November 2024.
        return !(cat == "service" && day >= free_service_start());
    }
    if cat == "service" {
        return day >= window_charged_start();
    }
    // REGULAR, and any type Meta adds later: charged (fails safe).
    true
}

/// One rate: the price of one delivered message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rate {
    /// ISO 3166 alpha-2, or `*` for every market the card does not name.
    pub country: String,
    pub category: String,
    /// Meta's volume tier (`0:100000`, `100001:MAX`); empty for every tier.
    pub tier: String,
    pub currency: String,
    #[serde(serialize_with = "crate::billing::money::serialize_exact")]
    pub rate: Decimal,
    pub effective_from: NaiveDate,
    pub source: String,
}

/// A rate in force, converted to the currency asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub rate: Decimal,
    pub from: Rate,
    /// The conversion applied, when the card is in another currency.
    pub converted_by: Option<Decimal>,
}

/// Conversion rates: 1 unit of the first currency in the second.
pub type Conversions = BTreeMap<(String, String), Decimal>;

/// Every rate known: imported ones, and the sandbox's in the sandbox.
#[derive(Debug, Clone, Default)]
pub struct Card {
    pub rates: Vec<Rate>,
    pub conversions: Conversions,
    /// Percent added to rate-card spend and estimates (not to Meta's COST).
    pub markup_percent: Decimal,
}

impl Card {
    /// The rate in force on `day` for one message, in `currency`: the
    /// market's own rate before the `*` one, an exact tier before an
    /// any-tier rate, the card in `currency` before a converted one.
    pub fn find(
        &self,
        day: NaiveDate,
        country: &str,
        category: &str,
        tier: &str,
        currency: &str,
    ) -> Option<Found> {
        let category = category.to_ascii_lowercase();
        let country = country.to_ascii_uppercase();
        let rank = |r: &Rate| -> Option<(u8, u8, u8, NaiveDate)> {
            if r.category != category || r.effective_from > day {
                return None;
            }
            let c = if r.country == country {
                2
            } else if r.country == "*" {
                1
            } else {
                return None;
            };
            let t = if !r.tier.is_empty() && r.tier == tier {
                2
            } else if r.tier.is_empty() {
                1
            } else {
                return None;
            };
            let cur = if r.currency == currency {
                2
            } else if self.conversion(&r.currency, currency).is_some() {
                1
            } else {
                return None;
            };
            Some((c, t, cur, r.effective_from))
        };
        let best = self
            .rates
            .iter()
            .filter_map(|r| rank(r).map(|k| (k, r)))
            .max_by(|a, b| a.0.cmp(&b.0))?
            .1;
        let converted_by = (best.currency != currency)
            .then(|| self.conversion(&best.currency, currency))
            .flatten();
        Some(Found {
            rate: best.rate * converted_by.unwrap_or(Decimal::ONE),
            from: best.clone(),
            converted_by,
        })
    }

    pub fn conversion(&self, from: &str, to: &str) -> Option<Decimal> {
        self.conversions
            .get(&(from.to_string(), to.to_string()))
            .copied()
    }

    /// `amount` with the markup added.
    pub fn marked_up(&self, amount: Decimal) -> Decimal {
        amount + amount * self.markup_percent / Decimal::ONE_HUNDRED
    }

    /// The currencies the card has rates in.
    pub fn currencies(&self) -> Vec<String> {
        let mut v: Vec<String> = self.rates.iter().map(|r| r.currency.clone()).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The sandbox's rates: invented for rehearsal, in US dollars, and
/// converted at fixed made-up factors for its EUR, GBP and INR WABAs.
pub fn sandbox() -> Vec<Rate> {
    const USD: &[(&str, &str, &str)] = &[
        ("ES", "marketing", "0.0600"),
        ("ES", "utility", "0.0200"),
        ("ES", "authentication", "0.0200"),
        ("ES", "service", "0.0200"),
        ("FR", "marketing", "0.0800"),
        ("FR", "utility", "0.0300"),
        ("FR", "authentication", "0.0300"),
        ("FR", "service", "0.0300"),
        ("MX", "marketing", "0.0400"),
        ("MX", "utility", "0.0100"),
        ("MX", "authentication", "0.0100"),
        ("MX", "service", "0.0100"),
        ("BR", "marketing", "0.0600"),
        ("BR", "utility", "0.0080"),
        ("BR", "authentication", "0.0080"),
        ("BR", "service", "0.0080"),
        ("*", "marketing", "0.0700"),
        ("*", "utility", "0.0150"),
        ("*", "authentication", "0.0150"),
        ("*", "authentication_international", "0.0500"),
        ("*", "service", "0.0150"),
    ];
    let factors = [
        ("USD", Decimal::ONE),
        ("EUR", Decimal::new(90, 2)),
        ("GBP", Decimal::new(80, 2)),
        ("INR", Decimal::new(85, 0)),
    ];
    let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    let mut out = Vec::new();
    for (cur, f) in factors {
        for (country, category, rate) in USD {
            out.push(Rate {
                country: country.to_string(),
                category: category.to_string(),
                tier: String::new(),
                currency: cur.to_string(),
                rate: (Decimal::from_str(rate).unwrap() * f).normalize(),
                effective_from: from,
                source: SANDBOX_SOURCE.to_string(),
            });
        }
    }
    out
}

pub const SANDBOX_SOURCE: &str = "sandbox: invented for rehearsal, not Meta's rates";

/// Reads a rate-card CSV (the format the README documents): a header row
/// naming at least `country,category,currency,rate,effective_from`, and
/// optionally `tier` and `source`; one currency per file. Any bad line
/// fails the whole file, naming the line and what to write instead.
pub fn parse_csv(name: &str, text: &str) -> Result<Vec<Rate>> {
    let bad = |line: usize, what: String, fix: &str| {
        Error::usage(format!("{name} line {line}: {what}")).with_hint(fix.to_string())
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    let Some((hl, header)) = lines.next() else {
        return Err(Error::usage(format!("{name} is empty"))
            .with_hint("the first line names the columns: country,category,currency,rate,effective_from[,tier][,source]"));
    };
    let cols: Vec<String> = header
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let col = |n: &str| cols.iter().position(|c| c == n);
    let need = ["country", "category", "currency", "rate", "effective_from"];
    for n in need {
        if col(n).is_none() {
            return Err(bad(
                hl,
                format!("the header has no `{n}` column"),
                "the first line names the columns: country,category,currency,rate,effective_from[,tier][,source]",
            ));
        }
    }
    for c in &cols {
        if !need.contains(&c.as_str()) && c != "tier" && c != "source" {
            return Err(bad(
                hl,
                format!("unknown column `{c}`"),
                "columns are country, category, currency, rate, effective_from, tier, source",
            ));
        }
    }
    let mut out: Vec<Rate> = Vec::new();
    for (n, line) in lines {
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        if cells.len() != cols.len() {
            return Err(bad(
                n,
                format!("{} cells, the header has {}", cells.len(), cols.len()),
                "one cell per column; a source with commas does not fit: drop them",
            ));
        }
        let get = |c: &str| col(c).map_or("", |i| cells[i]);
        let country = get("country").to_ascii_uppercase();
        if !(country == "*" || is_code(&country, 2)) {
            return Err(bad(
                n,
                format!("country `{}` is not a 2-letter code", get("country")),
                "use ISO codes such as ES or US, or * for every other market",
            ));
        }
        let category = get("category").to_ascii_lowercase();
        if !CATEGORIES.contains(&category.as_str()) {
            return Err(bad(
                n,
                format!("category `{}` is not one Meta prices", get("category")),
                &format!("use one of {}", CATEGORIES.join(", ")),
            ));
        }
        let currency = get("currency").to_ascii_uppercase();
        if !is_code(&currency, 3) {
            return Err(bad(
                n,
                format!("currency `{}` is not a 3-letter code", get("currency")),
                "use ISO 4217 codes such as EUR or USD",
            ));
        }
        let rate = parse_rate(get("rate")).ok_or_else(|| {
            bad(
                n,
                format!("rate `{}` is not a plain decimal number", get("rate")),
                "write the price of one message as digits, e.g. 0.0509 (no exponent, no sign, up to 6 decimals)",
            )
        })?;
        let effective_from =
            NaiveDate::parse_from_str(get("effective_from"), "%Y-%m-%d").map_err(|_| {
                bad(
                    n,
                    format!("effective_from `{}` is not a date", get("effective_from")),
                    "write it as YYYY-MM-DD, the day the rate took effect",
                )
            })?;
        let tier = get("tier").to_ascii_uppercase();
        if !tier.is_empty() && !valid_tier(&tier) {
            return Err(bad(
                n,
                format!("tier `{}` is not Meta's LOWER:UPPER form", get("tier")),
                "write tiers as Meta's analytics do, e.g. 0:100000 or 100001:MAX, or leave it empty",
            ));
        }
        if let Some(first) = out.first()
            && first.currency != currency
        {
            return Err(bad(
                n,
                format!(
                    "currency {currency} differs from {} on the first rate",
                    first.currency
                ),
                "one currency per file; import each currency's card on its own",
            ));
        }
        let source = match get("source") {
            "" => format!("imported from {name}"),
            s => s.to_string(),
        };
        let r = Rate {
            country,
            category,
            tier,
            currency,
            rate,
            effective_from,
            source,
        };
        if out.iter().any(|o| {
            o.country == r.country
                && o.category == r.category
                && o.tier == r.tier
                && o.effective_from == r.effective_from
        }) {
            return Err(bad(
                n,
                format!(
                    "a second rate for {} {} {} from {}",
                    r.country,
                    r.category,
                    if r.tier.is_empty() {
                        "(any tier)"
                    } else {
                        &r.tier
                    },
                    r.effective_from
                ),
                "keep one rate per market, category, tier and date",
            ));
        }
        out.push(r);
    }
    if out.is_empty() {
        return Err(Error::usage(format!("{name} has a header but no rates"))
            .with_hint("add one line per market and category below the header"));
    }
    Ok(out)
}

/// A non-negative decimal with at most 6 decimals, as a person writes it.
fn parse_rate(s: &str) -> Option<Decimal> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || frac.len() > 6 || int.len() > 9 {
        return None;
    }
    if s.contains('.') && frac.is_empty() {
        return None;
    }
    Decimal::from_str(s).ok()
}

fn valid_tier(t: &str) -> bool {
    let Some((lo, hi)) = t.split_once(':') else {
        return false;
    };
    let num = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    num(lo) && (num(hi) || hi == "MAX")
}

/// An upper-case code of `len` letters: a country (2) or a currency (3).
pub fn is_code(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Reads a conversion pair key from config: `USD-EUR` (1 USD in EUR).
pub fn parse_pair(key: &str) -> Option<(String, String)> {
    let (a, b) = key.split_once('-')?;
    (is_code(a, 3) && is_code(b, 3)).then(|| (a.to_string(), b.to_string()))
}

/// The rates operators imported, from the store.
pub async fn imported(store: &Store) -> Result<Vec<Rate>> {
    let rows = sqlx::query(
        "SELECT country, category, tier, currency, effective_from, rate, source FROM rates
         ORDER BY currency, country, category, tier, effective_from",
    )
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let from: String = r.try_get("effective_from")?;
            Ok(Rate {
                country: r.try_get("country")?,
                category: r.try_get("category")?,
                tier: r.try_get("tier")?,
                currency: r.try_get("currency")?,
                rate: super::ledger::decimal(&r.try_get::<String, _>("rate")?)?,
                effective_from: NaiveDate::parse_from_str(&from, "%Y-%m-%d").map_err(|_| {
                    Error::internal(format!(
                        "the state store holds `{from}` where a date belongs"
                    ))
                })?,
                source: r.try_get("source")?,
            })
        })
        .collect()
}

/// Stores imported rates in one transaction; a rate for the same market,
/// category, tier, currency and date replaces the one imported before.
pub async fn import(store: &Store, rates: &[Rate], actor: &str, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store.writer().begin().await?;
    let at = crate::clock::rfc3339(now);
    for r in rates {
        sqlx::query(
            "INSERT INTO rates (country, category, tier, currency, effective_from, rate, source, imported_at, actor)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (country, category, tier, currency, effective_from)
             DO UPDATE SET rate = $6, source = $7, imported_at = $8, actor = $9",
        )
        .bind(&r.country)
        .bind(&r.category)
        .bind(&r.tier)
        .bind(&r.currency)
        .bind(r.effective_from.to_string())
        .bind(r.rate.normalize().to_string())
        .bind(&r.source)
        .bind(&at)
        .bind(actor)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn the_dated_rules_charge_what_meta_charged_each_day() {
        // Conversation-based: the free tier is marked by Meta; service is
        // charged until it became free on 2024-11-01.
        assert!(charged(day("2024-10-31"), "SERVICE", "REGULAR"));
        assert!(!charged(day("2024-10-31"), "SERVICE", "FREE_TIER"));
        assert!(!charged(day("2024-11-01"), "SERVICE", "REGULAR"));
        assert!(charged(day("2025-06-30"), "MARKETING", "REGULAR"));
        // Per-message: what Meta labels free is free, before and after the
        // 2026-10-01 change it announced.
        assert!(!charged(
            day("2025-07-01"),
            "UTILITY",
            "FREE_CUSTOMER_SERVICE"
        ));
        assert!(!charged(
            day("2026-09-30"),
            "SERVICE",
            "FREE_CUSTOMER_SERVICE"
        ));
        assert!(!charged(
            day("2026-10-01"),
            "SERVICE",
            "FREE_CUSTOMER_SERVICE"
        ));
        assert!(!charged(
            day("2026-10-01"),
            "UTILITY",
            "FREE_CUSTOMER_SERVICE"
        ));
        // Unlabelled service follows the dated rule: free until 2026-10-01.
        assert!(!charged(day("2026-09-30"), "SERVICE", "REGULAR"));
        assert!(charged(day("2026-10-01"), "SERVICE", "REGULAR"));
        assert!(!charged(day("2026-10-01"), "MARKETING", "FREE_ENTRY_POINT"));
        assert!(charged(day("2025-07-01"), "AUTHENTICATION", "REGULAR"));
        // A type Meta adds later is charged: errs towards a lower balance.
        assert!(charged(day("2026-11-01"), "MARKETING", "SOMETHING_NEW"));
    }

    fn rate(country: &str, cat: &str, tier: &str, cur: &str, r: &str, from: &str) -> Rate {
        Rate {
            country: country.into(),
            category: cat.into(),
            tier: tier.into(),
            currency: cur.into(),
            rate: d(r),
            effective_from: day(from),
            source: "test".into(),
        }
    }

    #[test]
    fn the_rate_in_force_is_the_most_specific_latest_one() {
        let card = Card {
            rates: vec![
                rate("ES", "marketing", "", "EUR", "0.05", "2025-07-01"),
                rate("ES", "marketing", "", "EUR", "0.06", "2026-01-01"),
                rate("*", "marketing", "", "EUR", "0.09", "2026-01-01"),
                rate("ES", "utility", "", "EUR", "0.02", "2025-07-01"),
                rate("ES", "utility", "100001:MAX", "EUR", "0.01", "2025-07-01"),
                rate("US", "marketing", "", "USD", "0.025", "2025-07-01"),
            ],
            ..Card::default()
        };
        let f = |dd: &str, c: &str, cat: &str, t: &str| {
            card.find(day(dd), c, cat, t, "EUR").map(|f| f.rate)
        };
        assert_eq!(f("2025-12-31", "ES", "MARKETING", ""), Some(d("0.05")));
        assert_eq!(f("2026-01-01", "ES", "marketing", ""), Some(d("0.06")));
        assert_eq!(f("2026-01-01", "IT", "marketing", ""), Some(d("0.09")));
        assert_eq!(f("2025-12-31", "IT", "marketing", ""), None);
        assert_eq!(
            f("2025-12-31", "ES", "utility", "100001:MAX"),
            Some(d("0.01"))
        );
        assert_eq!(
            f("2025-12-31", "ES", "utility", "0:100000"),
            Some(d("0.02"))
        );
        assert_eq!(f("2025-06-30", "ES", "marketing", ""), None);
        // A USD rate counts for EUR only with a conversion configured.
        assert_eq!(f("2026-01-01", "US", "marketing", ""), Some(d("0.09")));
        let mut conv = card.clone();
        conv.rates.retain(|r| r.country != "*");
        assert_eq!(
            conv.find(day("2026-01-01"), "US", "marketing", "", "EUR"),
            None
        );
        conv.conversions
            .insert(("USD".into(), "EUR".into()), d("0.9"));
        let found = conv
            .find(day("2026-01-01"), "US", "marketing", "", "EUR")
            .unwrap();
        assert_eq!(found.rate, d("0.0225"));
        assert_eq!(found.converted_by, Some(d("0.9")));
    }

    #[test]
    fn a_rate_card_csv_is_read_strictly() {
        let ok = "country,category,currency,rate,effective_from,tier,source\n\
                  ES,marketing,EUR,0.0509,2025-07-01,,Meta rate card July 2025\n\
                  es,Utility,eur,0.0200,2025-07-01,0:100000,\n\
                  *,service,EUR,0.02,2026-10-01,,\n";
        let r = parse_csv("card.csv", ok).unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].country, "ES");
        assert_eq!(r[1].category, "utility");
        assert_eq!(r[1].tier, "0:100000");
        assert_eq!(r[1].source, "imported from card.csv");
        assert_eq!(r[0].rate, d("0.0509"));
        let bad = |body: &str| {
            parse_csv(
                "card.csv",
                &format!("country,category,currency,rate,effective_from\n{body}\n"),
            )
            .unwrap_err()
            .message
        };
        assert!(bad("ES,marketing,EUR,1e-3,2025-07-01").contains("line 2: rate `1e-3`"));
        assert!(bad("ES,marketing,EUR,-0.05,2025-07-01").contains("rate `-0.05`"));
        assert!(bad("ES,marketing,EUR,0.0000001,2025-07-01").contains("rate"));
        assert!(bad("ESP,marketing,EUR,0.05,2025-07-01").contains("country `ESP`"));
        assert!(bad("ES,promo,EUR,0.05,2025-07-01").contains("category `promo`"));
        assert!(bad("ES,marketing,EURO,0.05,2025-07-01").contains("currency `EURO`"));
        assert!(bad("ES,marketing,EUR,0.05,01/07/2025").contains("effective_from"));
        assert!(bad("ES,marketing,EUR,0.05").contains("4 cells, the header has 5"));
        assert!(
            bad("ES,marketing,EUR,0.05,2025-07-01\nFR,marketing,USD,0.05,2025-07-01")
                .contains("line 3: currency USD differs")
        );
        assert!(
            bad("ES,marketing,EUR,0.05,2025-07-01\nES,marketing,EUR,0.06,2025-07-01")
                .contains("a second rate")
        );
        assert!(
            parse_csv("card.csv", "")
                .unwrap_err()
                .message
                .contains("empty")
        );
        assert!(
            parse_csv("card.csv", "country,category,rate\n")
                .unwrap_err()
                .message
                .contains("no `currency` column")
        );
    }

    #[test]
    fn the_sandbox_card_is_labelled_and_covers_its_currencies() {
        let s = sandbox();
        assert!(s.iter().all(|r| r.source == SANDBOX_SOURCE));
        let card = Card {
            rates: s,
            ..Card::default()
        };
        assert_eq!(card.currencies(), ["EUR", "GBP", "INR", "USD"]);
        assert_eq!(
            card.find(day("2026-11-01"), "ES", "marketing", "", "EUR")
                .unwrap()
                .rate,
            d("0.054")
        );
    }
}

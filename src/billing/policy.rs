//! Auto-recharge and balance alerts: the rules of each WABA, kept in the
//! store so that a team sharing it shares them, and the crossings that let
//! each rule fire once per fall below its threshold, however many
//! processes evaluate at the same moment.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::Row;

use super::ledger::{decimal, time};
use super::money;
use crate::clock::rfc3339;
use crate::error::{Error, Result};
use crate::store::Store;

/// Top up `amount` when the balance is below `below`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recharge {
    #[serde(with = "rust_decimal::serde::str")]
    pub below: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub enabled: bool,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub set_at: DateTime<Utc>,
    pub actor: String,
}

/// Notify `targets` when the balance is below `below`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alerts {
    #[serde(with = "rust_decimal::serde::str")]
    pub below: Decimal,
    pub targets: Vec<Target>,
    pub enabled: bool,
    #[serde(serialize_with = "crate::clock::serialize_rfc3339")]
    pub set_at: DateTime<Utc>,
    pub actor: String,
}

/// Where an alert goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Email(String),
    Webhook(url::Url),
}

impl Target {
    /// An email address, or an https URL (plain http to loopback only, for
    /// local sinks and tests).
    pub fn parse(s: &str) -> Result<Target> {
        let t = s.trim();
        if t.contains("://") {
            let url = url::Url::parse(t).map_err(|e| {
                Error::usage(format!("the webhook URL is not a URL: {e}"))
                    .with_hint("give a full https URL, e.g. https://hooks.slack.com/services/…")
            })?;
            let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
            return match url.scheme() {
                // Whoever has the URL can post to it: it is a secret.
                "https" if url.host_str().is_some() => {
                    crate::secret::remember(url.as_str());
                    Ok(Target::Webhook(url))
                }
                "http" if loopback => {
                    crate::secret::remember(url.as_str());
                    Ok(Target::Webhook(url))
                }
                _ => Err(Error::usage(format!(
                    "webhook {} is not https",
                    Target::Webhook(url).redacted()
                ))
                .with_hint(
                    "alerts go to https URLs only (plain http to 127.0.0.1 for a local sink)",
                )),
            };
        }
        if is_email(t) {
            return Ok(Target::Email(t.to_string()));
        }
        Err(Error::usage(format!(
            "`{t}` is neither an email address nor an https URL"
        ))
        .with_hint("give --notify ops@example.com or --notify https://hooks.example.com/…"))
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Target::Email(_) => "email",
            Target::Webhook(_) => "webhook",
        }
    }

    /// The full target, to store and to deliver to; never to print (a
    /// webhook URL is a credential: whoever has it can post).
    pub fn secret_form(&self) -> String {
        match self {
            Target::Email(e) => e.clone(),
            Target::Webhook(u) => u.to_string(),
        }
    }

    /// What may be shown: an address, or a URL's host and the last four
    /// characters of its path, enough to tell two hooks apart.
    pub fn redacted(&self) -> String {
        match self {
            Target::Email(e) => e.clone(),
            Target::Webhook(u) => {
                let path = u.path().trim_end_matches('/');
                let tail: String = path
                    .chars()
                    .rev()
                    .take(4)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
                let host = u.host_str().unwrap_or("");
                if path.chars().count() > 4 {
                    format!("{}://{host}{port}/…{tail}", u.scheme())
                } else {
                    format!("{}://{host}{port}{path}", u.scheme())
                }
            }
        }
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.redacted())
    }
}

/// local@domain.tld, without spaces, quotes or list separators.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let ok = |c: char| !c.is_whitespace() && !"<>()[],;:\"'@\\".contains(c);
    !local.is_empty()
        && s.len() <= 254
        && local.chars().all(ok)
        && domain.chars().all(ok)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// A threshold: an amount above zero with at most two decimals.
pub fn parse_threshold(s: &str) -> Result<Decimal> {
    let t = money::parse_amount("the threshold", s)?;
    if t.is_zero() {
        return Err(
            Error::usage("the threshold is zero: the balance is never below it")
                .with_hint("give --below an amount above 0, e.g. --below 50"),
        );
    }
    Ok(t)
}

/// The low-balance threshold: the alerts' when they are enabled, else the
/// auto-recharge's when it is, else none.
pub fn low_below(recharge: Option<&Recharge>, alerts: Option<&Alerts>) -> Option<Decimal> {
    alerts
        .filter(|a| a.enabled)
        .map(|a| a.below)
        .or_else(|| recharge.filter(|r| r.enabled).map(|r| r.below))
}

pub async fn recharge(store: &Store, waba: &str) -> Result<Option<Recharge>> {
    let row = sqlx::query(
        "SELECT below, amount, enabled, set_at, actor FROM autorecharge WHERE waba_id = $1",
    )
    .bind(waba)
    .fetch_optional(store.pool())
    .await?;
    row.map(|r| {
        Ok(Recharge {
            below: decimal(&r.try_get::<String, _>("below")?)?,
            amount: decimal(&r.try_get::<String, _>("amount")?)?,
            enabled: r.try_get::<i64, _>("enabled")? != 0,
            set_at: time(&r.try_get::<String, _>("set_at")?)?,
            actor: r.try_get("actor")?,
        })
    })
    .transpose()
}

pub async fn set_recharge(store: &Store, waba: &str, r: &Recharge) -> Result<()> {
    sqlx::query(
        "INSERT INTO autorecharge (waba_id, below, amount, enabled, set_at, actor) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (waba_id) DO UPDATE SET below = $2, amount = $3, enabled = $4, set_at = $5, actor = $6",
    )
    .bind(waba)
    .bind(money::plain(r.below))
    .bind(money::plain(r.amount))
    .bind(i64::from(r.enabled))
    .bind(rfc3339(r.set_at))
    .bind(&r.actor)
    .execute(store.writer())
    .await?;
    Ok(())
}

/// The alert rule's threshold alone, when it is enabled: what a login
/// that may not read alert targets (a team store's viewer) may know.
pub async fn alert_threshold(store: &Store, waba: &str) -> Result<Option<Decimal>> {
    let row = sqlx::query("SELECT below, enabled FROM alerts WHERE waba_id = $1")
        .bind(waba)
        .fetch_optional(store.pool())
        .await?;
    match row {
        Some(r) if r.try_get::<i64, _>("enabled")? != 0 => {
            Ok(Some(decimal(&r.try_get::<String, _>("below")?)?))
        }
        _ => Ok(None),
    }
}

pub async fn alerts(store: &Store, waba: &str) -> Result<Option<Alerts>> {
    let row =
        sqlx::query("SELECT below, targets, enabled, set_at, actor FROM alerts WHERE waba_id = $1")
            .bind(waba)
            .fetch_optional(store.pool())
            .await?;
    row.map(|r| {
        let stored: Vec<String> = serde_json::from_str(&r.try_get::<String, _>("targets")?)
            .map_err(|e| Error::internal(format!("alert targets of WABA {waba}: {e}")))?;
        Ok(Alerts {
            below: decimal(&r.try_get::<String, _>("below")?)?,
            targets: stored
                .iter()
                .map(|t| Target::parse(t))
                .collect::<Result<_>>()?,
            enabled: r.try_get::<i64, _>("enabled")? != 0,
            set_at: time(&r.try_get::<String, _>("set_at")?)?,
            actor: r.try_get("actor")?,
        })
    })
    .transpose()
}

pub async fn set_alerts(store: &Store, waba: &str, a: &Alerts) -> Result<()> {
    let targets: Vec<String> = a.targets.iter().map(Target::secret_form).collect();
    sqlx::query(
        "INSERT INTO alerts (waba_id, below, targets, enabled, set_at, actor) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (waba_id) DO UPDATE SET below = $2, targets = $3, enabled = $4, set_at = $5, actor = $6",
    )
    .bind(waba)
    .bind(money::plain(a.below))
    .bind(serde_json::Value::from(targets).to_string())
    .bind(i64::from(a.enabled))
    .bind(rfc3339(a.set_at))
    .bind(&a.actor)
    .execute(store.writer())
    .await?;
    Ok(())
}

/// The two rules that fire on a crossing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Recharge,
    Alert,
}

impl Rule {
    fn as_str(self) -> &'static str {
        match self {
            Rule::Recharge => "recharge",
            Rule::Alert => "alert",
        }
    }
}

/// A rule's state: armed, or fired at `crossed_at` for the current
/// crossing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crossing {
    pub armed: bool,
    pub crossed_at: Option<DateTime<Utc>>,
    /// The top-up the firing reserved (auto-recharge only).
    pub topup_id: Option<String>,
}

pub async fn crossing(store: &Store, waba: &str, rule: Rule) -> Result<Crossing> {
    let row = sqlx::query(
        "SELECT armed, crossed_at, topup_id FROM crossings WHERE waba_id = $1 AND rule = $2",
    )
    .bind(waba)
    .bind(rule.as_str())
    .fetch_optional(store.pool())
    .await?;
    match row {
        None => Ok(Crossing {
            armed: true,
            crossed_at: None,
            topup_id: None,
        }),
        Some(r) => Ok(Crossing {
            armed: r.try_get::<i64, _>("armed")? != 0,
            crossed_at: r
                .try_get::<Option<String>, _>("crossed_at")?
                .map(|t| time(&t))
                .transpose()?,
            topup_id: r.try_get::<Option<String>, _>("topup_id")?,
        }),
    }
}

/// Fires `rule` for a new crossing, reserving `topup_id` for what it does.
/// True for the one caller that changed the row; every other, in this
/// process or another, gets false.
pub async fn cross(
    store: &Store,
    waba: &str,
    rule: Rule,
    topup_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    sqlx::query(
        "INSERT INTO crossings (waba_id, rule, armed, crossed_at, seq) VALUES ($1, $2, 1, NULL, 0)
         ON CONFLICT (waba_id, rule) DO NOTHING",
    )
    .bind(waba)
    .bind(rule.as_str())
    .execute(store.writer())
    .await?;
    let done = sqlx::query(
        "UPDATE crossings SET armed = 0, crossed_at = $3, seq = seq + 1, topup_id = $4
         WHERE waba_id = $1 AND rule = $2 AND armed = 1",
    )
    .bind(waba)
    .bind(rule.as_str())
    .bind(rfc3339(now))
    .bind(topup_id)
    .execute(store.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes over a crossing whose firing was cut off before it acted (the
/// process died, or nothing was charged), reserving a new `topup_id`: true
/// for the one caller that found it still as `seen`.
pub async fn reclaim(
    store: &Store,
    waba: &str,
    rule: Rule,
    seen: &Crossing,
    topup_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE crossings SET crossed_at = $4, topup_id = $5
         WHERE waba_id = $1 AND rule = $2 AND armed = 0 AND crossed_at = $3
           AND COALESCE(topup_id, '') = $6",
    )
    .bind(waba)
    .bind(rule.as_str())
    .bind(seen.crossed_at.map(rfc3339))
    .bind(rfc3339(now))
    .bind(topup_id)
    .bind(seen.topup_id.as_deref().unwrap_or(""))
    .execute(store.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Arms `rule` again: the balance is back at or above its threshold.
/// True when it had fired.
pub async fn rearm(store: &Store, waba: &str, rule: Rule) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE crossings SET armed = 1 WHERE waba_id = $1 AND rule = $2 AND armed = 0",
    )
    .bind(waba)
    .bind(rule.as_str())
    .execute(store.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_addresses_or_https_urls() {
        assert_eq!(
            Target::parse("ops@example.com").unwrap(),
            Target::Email("ops@example.com".into())
        );
        assert_eq!(
            Target::parse("https://hooks.example.com/T1/B2/secretXYZ")
                .unwrap()
                .kind(),
            "webhook"
        );
        assert!(Target::parse("http://127.0.0.1:9000/hook").is_ok());
        for bad in [
            "http://hooks.example.com/x",
            "ftp://example.com/x",
            "ops@example",
            "ops example.com",
            "@example.com",
            "a@b@example.com",
            "ops@.example.com",
            "",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_webhook_is_shown_without_its_secret_path() {
        let t = Target::parse("https://hooks.slack.com/services/T000/B000/abcdSECRETwxyz").unwrap();
        assert_eq!(t.redacted(), "https://hooks.slack.com/…wxyz");
        assert!(!serde_json::to_string(&t).unwrap().contains("SECRET"));
        let local = Target::parse("http://127.0.0.1:8080/").unwrap();
        assert_eq!(local.redacted(), "http://127.0.0.1:8080");
    }

    #[test]
    fn the_low_threshold_is_the_alerts_then_the_recharges() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let at = DateTime::from_timestamp(0, 0).unwrap();
        let r = Recharge {
            below: d("20"),
            amount: d("50"),
            enabled: true,
            set_at: at,
            actor: "a".into(),
        };
        let mut a = Alerts {
            below: d("30"),
            targets: vec![],
            enabled: true,
            set_at: at,
            actor: "a".into(),
        };
        assert_eq!(low_below(Some(&r), Some(&a)), Some(d("30")));
        a.enabled = false;
        assert_eq!(low_below(Some(&r), Some(&a)), Some(d("20")));
        assert_eq!(low_below(None, Some(&a)), None);
    }
}

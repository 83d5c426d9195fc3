//! `waba metrics`: the fleet's state in Prometheus' text exposition format,
//! for node_exporter's textfile collector or a scrape. Read from the state
//! store only (what the last `balance`, `numbers health` and `webhooks
//! serve` kept): a scrape never calls Meta, never charges, never sends.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use sqlx::Row;

use crate::billing::books::{self, Figures, Sync};
use crate::billing::policy;
use crate::error::Result;
use crate::session::Session;

/// One metric family: its help, type, and samples (labels, value).
struct Family {
    name: &'static str,
    help: &'static str,
    kind: &'static str,
    samples: Vec<(Vec<(&'static str, String)>, f64)>,
}

impl Family {
    fn new(name: &'static str, kind: &'static str, help: &'static str) -> Family {
        Family {
            name,
            help,
            kind,
            samples: Vec::new(),
        }
    }

    fn add(&mut self, labels: Vec<(&'static str, String)>, value: f64) {
        self.samples.push((labels, value));
    }

    fn write(&self, out: &mut String) {
        let _ = writeln!(out, "# HELP {} {}", self.name, self.help);
        let _ = writeln!(out, "# TYPE {} {}", self.name, self.kind);
        for (labels, value) in &self.samples {
            let labels: Vec<String> = labels
                .iter()
                .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
                .collect();
            let _ = writeln!(
                out,
                "{}{{{}}} {}",
                self.name,
                labels.join(","),
                number(*value)
            );
        }
    }
}

/// A label value as the exposition format writes it.
fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Every WABA the store knows, its numbers, and the webhook events kept.
pub async fn gather(ctx: &Session) -> Result<String> {
    let store = ctx.store().await?;
    let mut balance = Family::new(
        "waba_balance",
        "gauge",
        "Prepaid balance of the WABA, in its currency.",
    );
    let mut status = Family::new(
        "waba_balance_status",
        "gauge",
        "1 for the WABA's balance status (active, low, exhausted, no_ledger), 0 for the others.",
    );
    let mut runway = Family::new(
        "waba_balance_runway_seconds",
        "gauge",
        "Time until the balance runs out at the last 7 days' spend rate.",
    );
    let mut today = Family::new(
        "waba_spend_today",
        "gauge",
        "Spend so far today, in the WABA's currency.",
    );
    let mut unpriced = Family::new(
        "waba_spend_unpriced_messages",
        "gauge",
        "Charged messages since the ledger opened with no known rate (`waba pricing import`): counted as zero, so waba_balance is too high by their cost.",
    );
    let mut synced = Family::new(
        "waba_spend_sync_age_seconds",
        "gauge",
        "Time since spend was last synced from Meta's analytics.",
    );
    let mut numbers = Family::new(
        "waba_number_info",
        "gauge",
        "A phone number as last seen by numbers health: status, quality and messaging limit as labels.",
    );
    let mut templates = Family::new(
        "waba_templates",
        "gauge",
        "Message templates by status and category, as the last templates list showed them.",
    );
    let mut events = Family::new(
        "waba_webhook_events_total",
        "counter",
        "Webhook events received from Meta and kept, by field.",
    );
    // The store's times were written with the session's clock.
    let now = ctx.clock.now();
    let wabas = sqlx::query("SELECT waba_id, currency FROM wabas ORDER BY waba_id")
        .fetch_all(store.pool())
        .await?;
    for row in wabas {
        let waba: String = row.try_get("waba_id")?;
        let currency: String = row.try_get("currency")?;
        // A WABA whose books cannot be read (a team store's login may not
        // see it) is left out of the scrape, not failing it.
        let Ok(b) = books::load(ctx, &waba, None, Sync::Skip).await else {
            continue;
        };
        let low = policy::low_below(
            policy::recharge(store, &waba).await?.as_ref(),
            policy::alerts(store, &waba).await?.as_ref(),
        );
        let f = Figures::of(&b, low);
        let id = || vec![("waba_id", waba.clone())];
        let current = if f.balance.opened_at.is_none() {
            "no_ledger"
        } else {
            f.balance.status.as_str()
        };
        for s in ["active", "low", "exhausted", "no_ledger"] {
            let mut l = id();
            l.push(("status", s.to_string()));
            status.add(l, f64::from(u8::from(s == current)));
        }
        let money = |v: rust_decimal::Decimal| v.to_f64().unwrap_or(0.0);
        if f.balance.opened_at.is_some() {
            let mut l = id();
            l.push(("currency", currency.clone()));
            balance.add(l, money(f.balance.balance));
            let missing = crate::billing::spend::Sum::of(b.charged()).unpriced;
            unpriced.add(id(), missing as f64);
            if let Some(day) = f.forecast.runs_out_on {
                let secs = (day - f.today).num_days() * 86_400;
                runway.add(id(), secs.max(0) as f64);
            }
        }
        let mut l = id();
        l.push(("currency", currency.clone()));
        today.add(l, money(f.spend_today.amount));
        if let Some(at) = b.synced_at {
            synced.add(id(), (now - at).num_seconds().max(0) as f64);
        }
    }
    let rows = sqlx::query(
        "SELECT waba_id, phone_id, display, snapshot FROM number_states ORDER BY waba_id, phone_id",
    )
    .fetch_all(store.pool())
    .await?;
    for r in rows {
        let snap: serde_json::Value =
            serde_json::from_str(&r.try_get::<String, _>("snapshot")?).unwrap_or_default();
        let field = |k: &str| snap[k].as_str().unwrap_or("").to_string();
        numbers.add(
            vec![
                ("waba_id", r.try_get("waba_id")?),
                ("phone_number_id", r.try_get("phone_id")?),
                (
                    "display_phone_number",
                    r.try_get::<Option<String>, _>("display")?
                        .unwrap_or_default(),
                ),
                ("status", field("status")),
                ("quality_rating", field("quality")),
                ("messaging_limit", field("limit")),
                ("can_send_message", field("can_send")),
            ],
            1.0,
        );
    }
    let rows = sqlx::query(
        "SELECT waba_id, COALESCE(status, '') AS status, COALESCE(category, '') AS category, COUNT(*) AS n
         FROM template_states GROUP BY waba_id, status, category ORDER BY waba_id, status, category",
    )
    .fetch_all(store.pool())
    .await?;
    for r in rows {
        templates.add(
            vec![
                ("waba_id", r.try_get("waba_id")?),
                ("status", r.try_get("status")?),
                ("category", r.try_get("category")?),
            ],
            r.try_get::<i64, _>("n")? as f64,
        );
    }
    let rows = sqlx::query(
        "SELECT waba_id, field, COUNT(*) AS n FROM webhook_events GROUP BY waba_id, field ORDER BY waba_id, field",
    )
    .fetch_all(store.pool())
    .await?;
    let mut counted: BTreeMap<(String, String), i64> = BTreeMap::new();
    for r in rows {
        counted.insert(
            (r.try_get("waba_id")?, r.try_get("field")?),
            r.try_get("n")?,
        );
    }
    for ((waba, field), n) in counted {
        events.add(vec![("waba_id", waba), ("field", field)], n as f64);
    }
    let mut out = String::new();
    for f in [
        &balance, &status, &runway, &today, &unpriced, &synced, &numbers, &templates, &events,
    ] {
        f.write(&mut out);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped_and_families_say_help_and_type() {
        let mut f = Family::new("waba_x", "gauge", "An example.");
        f.add(vec![("name", "a \"b\"\\c\nd".into())], 2.5);
        f.add(vec![("name", "plain".into())], 3.0);
        let mut out = String::new();
        f.write(&mut out);
        assert_eq!(
            out,
            "# HELP waba_x An example.\n# TYPE waba_x gauge\nwaba_x{name=\"a \\\"b\\\"\\\\c\\nd\"} 2.5\nwaba_x{name=\"plain\"} 3\n"
        );
    }
}

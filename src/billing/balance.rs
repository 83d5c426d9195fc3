//! A WABA's balance: ledger credits − ledger debits − spend since the
//! ledger opened, and the status that follows from it.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::ledger::{Entry, Totals};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    Low,
    Exhausted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Low => "low",
            Status::Exhausted => "exhausted",
        }
    }

    /// `exhausted` at or below zero; `low` strictly below the threshold.
    pub fn of(balance: Decimal, low_below: Option<Decimal>) -> Status {
        if balance <= Decimal::ZERO {
            Status::Exhausted
        } else if low_below.is_some_and(|t| balance < t) {
            Status::Low
        } else {
            Status::Active
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Balance {
    pub credits: Decimal,
    pub debits: Decimal,
    pub spend: Decimal,
    pub balance: Decimal,
    pub status: Status,
    pub opened_at: Option<DateTime<Utc>>,
}

impl Balance {
    /// From a WABA's ledger, the spend since it opened, and the low-balance
    /// threshold if one is set.
    pub fn of(entries: &[Entry], spend: Decimal, low_below: Option<Decimal>) -> Balance {
        let t = Totals::of(entries);
        let balance = t.net() - spend;
        Balance {
            credits: t.credits,
            debits: t.debits,
            spend,
            balance,
            status: Status::of(balance, low_below),
            opened_at: t.opened_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn status_thresholds_are_strict() {
        assert_eq!(Status::of(d("0"), None), Status::Exhausted);
        assert_eq!(Status::of(d("-0.01"), Some(d("50"))), Status::Exhausted);
        assert_eq!(Status::of(d("49.99"), Some(d("50"))), Status::Low);
        assert_eq!(Status::of(d("50"), Some(d("50"))), Status::Active);
        assert_eq!(Status::of(d("0.01"), None), Status::Active);
    }
}

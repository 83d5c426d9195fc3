//! Amounts: `rust_decimal`, never floats. Amounts typed by a person are read
//! strictly (digits, at most two decimals), fees are rounded half-up to
//! cents, and every amount is shown with two decimals and its currency.

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{Error, Result};

/// Reads an amount as a person types it: `100`, `100.5`, `1999.99`.
/// Everything else (`1e3`, `-5`, `12.345`, `10 USD`, `1,000`, empty) is
/// refused with what is wrong and how to write it.
pub fn parse_amount(what: &str, s: &str) -> Result<Decimal> {
    let t = s.trim();
    let hint = || format!("write {what} as digits with at most two decimals, e.g. 100 or 49.90");
    if t.is_empty() {
        return Err(Error::usage(format!("{what} is empty")).with_hint(hint()));
    }
    if t.starts_with('-') {
        return Err(Error::usage(format!("{what} `{t}` is negative")).with_hint(hint()));
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (t.contains('.') && frac.is_empty()) {
        return Err(
            Error::usage(format!("{what} `{t}` is not a plain decimal number")).with_hint(hint()),
        );
    }
    if frac.len() > 2 {
        return Err(Error::usage(format!(
            "{what} `{t}` has {} decimals; money has at most two",
            frac.len()
        ))
        .with_hint(hint()));
    }
    if int.len() > 12 {
        return Err(Error::usage(format!("{what} `{t}` is too large")).with_hint(hint()));
    }
    Decimal::from_str(t)
        .map(|d| d.round_dp(2))
        .map_err(|_| Error::usage(format!("{what} `{t}` is not a number")).with_hint(hint()))
}

/// A decimal as the store holds it: an optional `-`, digits, and an
/// optional point with digits; nothing else (no `+`, `_`, exponent or
/// space).
pub fn parse_stored(s: &str) -> Option<Decimal> {
    let unsigned = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |p: &str| !p.is_empty() && p.len() <= 20 && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) {
        return None;
    }
    Decimal::from_str(s).ok()
}

/// Rounds to cents, half away from zero (0.605 → 0.61). A zero is never
/// negative: `-0.00` on a statement reads as a debit.
pub fn cents(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    r
}

/// `1234.5` → `1234.50`: two decimals, for JSON and CSV.
pub fn plain(d: Decimal) -> String {
    cents(d).to_string()
}

/// Rounds parts to cents so that they add up to `total` (largest
/// remainder): a statement's lines then agree with its total to the cent.
/// `total` is within a few cents of the parts' exact sum.
pub fn allocate(parts: &[Decimal], total: Decimal) -> Vec<Decimal> {
    let mut out: Vec<Decimal> = parts.iter().map(|p| cents(*p)).collect();
    let cent = Decimal::new(1, 2);
    let mut diff = total - out.iter().copied().sum::<Decimal>();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // Most under-rounded first when cents are missing, most over-rounded
    // first when there are too many.
    order.sort_by(|&a, &b| (parts[b] - out[b]).cmp(&(parts[a] - out[a])));
    if diff < Decimal::ZERO {
        order.reverse();
    }
    for i in order.into_iter().cycle().take(parts.len() * 4) {
        if diff.is_zero() {
            break;
        }
        let step = if diff > Decimal::ZERO { cent } else { -cent };
        out[i] += step;
        diff -= step;
    }
    out
}

/// A rate or other exact figure as JSON text, without trailing zeros.
pub fn serialize_exact<S: serde::Serializer>(
    d: &Decimal,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&d.normalize().to_string())
}

/// `1234.5`, `EUR` → `1,234.50 EUR`, for people.
pub fn show(d: Decimal, currency: &str) -> String {
    let s = plain(d.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if d.is_sign_negative() && !cents(d).is_zero() {
        "-"
    } else {
        ""
    };
    if currency.is_empty() {
        format!("{sign}{grouped}.{frac}")
    } else {
        format!("{sign}{grouped}.{frac} {currency}")
    }
}

/// Amounts in minor units (cents), as card processors take them.
pub fn minor_units(d: Decimal) -> Result<i64> {
    let c = cents(d) * Decimal::ONE_HUNDRED;
    i64::try_from(c.trunc()).map_err(|_| Error::internal(format!("amount {d} out of range")))
}

/// The top-up rules: limits per transaction and the processing fee.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TopupRules {
    pub min: Decimal,
    pub max: Decimal,
    /// Percent of the amount, e.g. 5.5.
    pub fee_percent: Decimal,
}

impl Default for TopupRules {
    fn default() -> TopupRules {
        TopupRules {
            min: Decimal::from(10),
            max: Decimal::from(2000),
            fee_percent: Decimal::new(55, 1),
        }
    }
}

/// What a top-up charges: the amount credited, the fee, and the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Charge {
    pub amount: Decimal,
    pub fee: Decimal,
    pub total: Decimal,
}

impl TopupRules {
    /// The fee on an amount, rounded half-up to cents.
    pub fn fee(&self, amount: Decimal) -> Decimal {
        cents(amount * self.fee_percent / Decimal::ONE_HUNDRED)
    }

    /// Checks an amount against the limits and prices it.
    pub fn charge(&self, amount: Decimal, currency: &str) -> Result<Charge> {
        let range = || {
            format!(
                "a top-up is from {} to {} per transaction",
                show(self.min, currency),
                show(self.max, currency)
            )
        };
        if amount < self.min {
            return Err(Error::usage(format!(
                "{} is below the minimum top-up of {}",
                show(amount, currency),
                show(self.min, currency)
            ))
            .with_hint(range()));
        }
        if amount > self.max {
            return Err(Error::usage(format!(
                "{} is above the maximum top-up of {}",
                show(amount, currency),
                show(self.max, currency)
            ))
            .with_hint(format!("{}; split it into several top-ups", range())));
        }
        let amount = cents(amount);
        let fee = self.fee(amount);
        Ok(Charge {
            amount,
            fee,
            total: amount + fee,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocated_cents_add_up_to_the_rounded_total() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        // Rounded one by one they make 4.44; their total is 4.434.
        let parts = [d("0.194"), d("2.925"), d("0.538"), d("0.777")];
        let a = allocate(&parts, d("4.43"));
        assert_eq!(a.iter().copied().sum::<Decimal>(), d("4.43"));
        assert_eq!(a, [d("0.19"), d("2.92"), d("0.54"), d("0.78")]);
        let b = allocate(&[d("0.005"), d("0.005"), d("0.005")], d("0.02"));
        assert_eq!(b.iter().copied().sum::<Decimal>(), d("0.02"));
        assert!(allocate(&[], Decimal::ZERO).is_empty());
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_negated_zero_prints_as_zero() {
        assert_eq!(plain(-d("0.00")), "0.00");
        assert_eq!(plain(-d("0.004")), "0.00");
        assert_eq!(plain(-d("0.005")), "-0.01");
    }

    #[test]
    fn fees_round_half_up_to_cents() {
        let r = TopupRules::default();
        for (amount, fee, total) in [
            ("100", "5.50", "105.50"),
            ("11", "0.61", "11.61"),
            ("1999", "109.95", "2108.95"),
            ("10", "0.55", "10.55"),
            ("2000", "110.00", "2110.00"),
            // 0.055 × 10.10 = 0.5555 → 0.56; 0.055 × 10.90 = 0.5995 → 0.60
            ("10.10", "0.56", "10.66"),
            ("10.90", "0.60", "11.50"),
        ] {
            let c = r.charge(d(amount), "EUR").unwrap();
            assert_eq!(
                (plain(c.fee), plain(c.total)),
                (fee.into(), total.into()),
                "{amount}"
            );
        }
    }

    #[test]
    fn limits_are_inclusive() {
        let r = TopupRules::default();
        assert!(r.charge(d("10"), "EUR").is_ok());
        assert!(r.charge(d("2000"), "EUR").is_ok());
        let low = r.charge(d("9.99"), "EUR").unwrap_err();
        assert_eq!(
            low.message,
            "9.99 EUR is below the minimum top-up of 10.00 EUR"
        );
        let high = r.charge(d("2000.01"), "EUR").unwrap_err();
        assert!(
            high.message
                .contains("above the maximum top-up of 2,000.00 EUR")
        );
    }

    #[test]
    fn amounts_are_read_strictly() {
        assert_eq!(parse_amount("amount", "100").unwrap(), d("100"));
        assert_eq!(parse_amount("amount", " 49.9 ").unwrap(), d("49.9"));
        for (bad, says) in [
            ("1e3", "not a plain decimal"),
            ("-5", "negative"),
            ("12.345", "3 decimals"),
            ("10 USD", "not a plain decimal"),
            ("", "empty"),
            ("1,000", "not a plain decimal"),
            ("10.", "not a plain decimal"),
            (".5", "not a plain decimal"),
            ("NaN", "not a plain decimal"),
            ("+5", "not a plain decimal"),
        ] {
            let e = parse_amount("amount", bad).unwrap_err();
            assert!(e.message.contains(says), "{bad}: {}", e.message);
            assert_eq!(e.kind.exit_code(), 2);
        }
    }

    #[test]
    fn shown_with_grouping_and_sign() {
        assert_eq!(show(d("2108.95"), "EUR"), "2,108.95 EUR");
        assert_eq!(show(d("-12.5"), "USD"), "-12.50 USD");
        assert_eq!(show(d("1234567"), "INR"), "1,234,567.00 INR");
        assert_eq!(show(d("0"), "EUR"), "0.00 EUR");
        assert_eq!(minor_units(d("105.50")).unwrap(), 10550);
    }
}

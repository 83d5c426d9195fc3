//! The billing rules an operator may set in `config.toml` under
//! `[billing]`, checked: top-up limits and fee, the markup on rate-card
//! spend, and currency conversions for rate cards.

use std::path::Path;

use rust_decimal::Decimal;

use super::money::TopupRules;
use super::rates::{Conversions, parse_pair};
use crate::config::file::{Billing, Number};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub topup: TopupRules,
    pub markup_percent: Decimal,
    pub conversions: Conversions,
}

/// Reads `[billing]`; a bad value is a usage error naming the file and key.
pub fn from_config(b: &Billing, path: &Path) -> Result<Rules> {
    let bad = |key: &str, value: &str, fix: &str| {
        Error::usage(format!(
            "{} [billing] {key} = `{value}` {fix}",
            path.display()
        ))
        .with_hint("fix that line in config.toml; the defaults apply when a key is left out")
    };
    // Digits with an optional fraction, as the command line takes amounts:
    // no sign, exponent, underscore or float rounding.
    let num = |key: &str, n: &Option<Number>, default: Decimal, max: Decimal| -> Result<Decimal> {
        let Some(n) = n else { return Ok(default) };
        let t = n.text();
        match super::money::parse_stored(&t) {
            Some(d) if !t.starts_with('-') && d <= max => Ok(d),
            _ => Err(bad(
                key,
                &t,
                &format!(
                    "is not a plain number from 0 to {max} (digits, optionally a point and decimals, e.g. \"5.5\")"
                ),
            )),
        }
    };
    let d = TopupRules::default();
    let big = Decimal::from(1_000_000);
    let topup = TopupRules {
        min: num("topup_min", &b.topup_min, d.min, big)?,
        max: num("topup_max", &b.topup_max, d.max, big)?,
        fee_percent: num(
            "fee_percent",
            &b.fee_percent,
            d.fee_percent,
            Decimal::ONE_HUNDRED,
        )?,
    };
    if topup.min.is_zero() || topup.min > topup.max {
        return Err(bad(
            "topup_min",
            &topup.min.to_string(),
            &format!("must be above 0 and at most topup_max ({})", topup.max),
        ));
    }
    let markup_percent = num(
        "markup_percent",
        &b.markup_percent,
        Decimal::ZERO,
        Decimal::from(1000),
    )?;
    let mut conversions = Conversions::new();
    for (key, n) in &b.conversion {
        let Some(pair) = parse_pair(key) else {
            return Err(bad(
                &format!("conversion.{key}"),
                &n.text(),
                "has a key that is not two currency codes: write e.g. USD-EUR = \"0.92\" (one USD in EUR)",
            ));
        };
        let rate = num(
            &format!("conversion.{key}"),
            &Some(n.clone()),
            Decimal::ZERO,
            big,
        )?;
        if rate.is_zero() {
            return Err(bad(&format!("conversion.{key}"), "0", "must be above 0"));
        }
        conversions.insert(pair, rate);
    }
    Ok(Rules {
        topup,
        markup_percent,
        conversions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(toml_text: &str) -> Result<Rules> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, toml_text).unwrap();
        let c = crate::config::file::load(&path).unwrap();
        from_config(&c.billing, &path)
    }

    #[test]
    fn defaults_and_overrides() {
        let r = rules("").unwrap();
        assert_eq!(r.topup, TopupRules::default());
        let r = rules(
            "[billing]\ntopup_min = 5\ntopup_max = \"500\"\nfee_percent = 2.9\nmarkup_percent = \"10\"\n[billing.conversion]\nUSD-EUR = \"0.92\"\n",
        )
        .unwrap();
        assert_eq!(r.topup.min, Decimal::from(5));
        assert_eq!(r.topup.fee_percent, Decimal::new(29, 1));
        assert_eq!(r.topup.fee(Decimal::from(100)), Decimal::new(290, 2));
        assert_eq!(
            r.conversions[&("USD".to_string(), "EUR".to_string())],
            Decimal::new(92, 2)
        );
    }

    #[test]
    fn bad_values_name_the_key() {
        for (text, key) in [
            ("[billing]\nfee_percent = \"1e3\"\n", "fee_percent"),
            ("[billing]\nfee_percent = \"5_5\"\n", "fee_percent"),
            ("[billing]\nfee_percent = \"+5.5\"\n", "fee_percent"),
            ("[billing]\nfee_percent = \"5.\"\n", "fee_percent"),
            ("[billing]\nfee_percent = \".5\"\n", "fee_percent"),
            ("[billing]\nfee_percent = 1e1\n", "fee_percent"),
            ("[billing]\ntopup_max = 5_00\n", "topup_max"),
            ("[billing]\nmarkup_percent = +5\n", "markup_percent"),
            (
                "[billing.conversion]\nUSD-EUR = 9.2e-1\n",
                "conversion.USD-EUR",
            ),
            ("[billing]\nfee_percent = 101\n", "fee_percent"),
            ("[billing]\ntopup_min = -5\n", "topup_min"),
            ("[billing]\ntopup_min = 50\ntopup_max = 20\n", "topup_min"),
            ("[billing.conversion]\nUSD = \"0.9\"\n", "conversion.USD"),
            (
                "[billing.conversion]\nUSD-EUR = \"abc\"\n",
                "conversion.USD-EUR",
            ),
        ] {
            let e = rules(text).unwrap_err();
            assert!(
                e.message.contains(&format!("[billing] {key} =")),
                "{}",
                e.message
            );
        }
    }
}

//! The answers a person (or a flag) gives the registration steps, checked
//! before any call: codes and PINs are exactly 6 digits, languages look like
//! `en_US`, regions are Meta's. Errors never repeat a PIN back.

use crate::error::{Error, Result};
use crate::graph::registration::REGIONS;
use crate::secret::Secret;

fn digits(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

/// A verification code: exactly 6 digits.
pub fn code(s: &str) -> Result<String> {
    let t = s.trim();
    if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(t.to_string());
    }
    // WhatsApp shows a code as `462-229`; people type it so, or `462 229`.
    if let Some((a, b)) = t.split_once(['-', ' '])
        && a.len() == 3
        && b.trim().len() == 3
        && a.bytes()
            .chain(b.trim().bytes())
            .all(|c| c.is_ascii_digit())
    {
        return Ok(format!("{a}{}", b.trim()));
    }
    let why = if t.chars().all(|c| c.is_ascii_digit()) {
        format!("it has {} digits", digits(t))
    } else {
        "it has characters other than digits".to_string()
    };
    Err(Error::usage(format!(
        "`{t}` is not a verification code: {why}; a code is exactly 6 digits, like 123456"
    )))
}

/// A two-step verification PIN: exactly 6 digits. The value is never shown.
pub fn pin(s: &str) -> Result<Secret> {
    let t = s.trim();
    if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Secret::new(t));
    }
    let why = if t.chars().all(|c| c.is_ascii_digit()) {
        format!("{} digits were given", t.chars().count())
    } else {
        "it has characters other than digits".to_string()
    };
    Err(Error::usage(format!(
        "the two-step verification PIN must be exactly 6 digits: {why}"
    ))
    .with_hint("pass 6 digits with --pin or WABA_PIN, or leave both out to be asked"))
}

/// A language like `en_US` (Meta's examples; graph-api.md §1.2).
pub fn language(s: &str) -> Result<String> {
    let b = s.as_bytes();
    let ok = b.len() == 5
        && b[..2].iter().all(u8::is_ascii_lowercase)
        && b[2] == b'_'
        && b[3..].iter().all(u8::is_ascii_uppercase);
    if ok {
        Ok(s.to_string())
    } else {
        Err(Error::usage(format!(
            "`{s}` is not a language code: write it like en_US, es_ES or pt_BR"
        )))
    }
}

/// A `data_localization_region`: one of Meta's list, any case.
pub fn region(s: &str) -> Result<String> {
    let up = s.trim().to_ascii_uppercase();
    if REGIONS.contains(&up.as_str()) {
        Ok(up)
    } else {
        Err(Error::usage(format!(
            "`{s}` is not a region Meta offers local storage in; use one of {}",
            REGIONS.join(" ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_exactly_six_digits() {
        assert_eq!(code(" 123456 ").unwrap(), "123456");
        // As WhatsApp shows it.
        assert_eq!(code("462-229").unwrap(), "462229");
        assert_eq!(code("462 229").unwrap(), "462229");
        assert!(code("46-2229").is_err() && code("462-22a").is_err());
        let short = code("12345").unwrap_err();
        assert!(
            short.message.contains("it has 5 digits"),
            "{}",
            short.message
        );
        assert!(
            code("12345a")
                .unwrap_err()
                .message
                .contains("other than digits")
        );
        assert!(code("1234567").is_err());
        assert!(
            code("１２３４５６").is_err(),
            "full-width digits are not digits"
        );
    }

    #[test]
    fn pins_are_checked_without_being_repeated() {
        assert_eq!(pin("246810").unwrap().expose(), "246810");
        let e = pin("24681").unwrap_err();
        assert!(!e.message.contains("24681"), "{}", e.message);
        assert!(e.message.contains("5 digits were given"));
        assert!(!pin("2468x0").unwrap_err().message.contains("2468x0"));
    }

    #[test]
    fn languages_and_regions() {
        assert!(language("pt_BR").is_ok());
        for bad in ["en", "EN_US", "en-US", "english"] {
            assert!(language(bad).is_err(), "{bad}");
        }
        assert_eq!(region("ch").unwrap(), "CH");
        assert_eq!(region("CA").unwrap(), "CA");
        assert!(region("FR").unwrap_err().message.contains("AU ID IN"));
    }
}

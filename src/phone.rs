//! Phone numbers as users type them. The only module that uses the
//! `phonenumber` crate: everything else sees `Number`.
//!
//! libphonenumber's metadata is split by country calling code at build time
//! (`build.rs`): a run decodes only the code of the number it parses, so
//! parsing one number costs a few milliseconds, not the ~60 ms of building
//! the crate's whole database.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use phonenumber::metadata::Database;

mod metadata {
    include!(concat!(env!("OUT_DIR"), "/phone_metadata.rs"));
}

/// `+34 612 34 56 78`: libphonenumber's international format, as the
/// `phonenumber` crate's formatter writes it. Its formatter is not used:
/// it builds the crate's whole database even when given another.
fn international(db: &Database, code: u16, national: &str) -> String {
    let Some(meta) = db.by_code(&code).and_then(|m| m.into_iter().next()) else {
        return format!("+{code} {national}");
    };
    let formats = if meta.international_formats().is_empty() {
        meta.formats()
    } else {
        meta.international_formats()
    };
    // The crate's rule, kept as it is: a format without leading digits is
    // taken whatever its pattern.
    let chosen = formats.iter().find(|f| {
        let leading = f.leading_digits();
        leading.is_empty()
            || leading
                .last()
                .and_then(|l| l.find(national))
                .is_some_and(|m| m.start() == 0)
                && f.pattern()
                    .find(national)
                    .is_some_and(|m| m.start() == 0 && m.end() == national.len())
    });
    match chosen {
        Some(f) => format!("+{code} {}", f.pattern().replace(national, f.format())),
        None => format!("+{code} {national}"),
    }
}

/// Each country code's database, built once per run.
static BUILT: Mutex<BTreeMap<u16, Arc<Database>>> = Mutex::new(BTreeMap::new());

/// The metadata of the country code `digits` start with (codes are
/// prefix-free: one to three digits), as a database of its own.
fn database_for(digits: &str) -> Option<Arc<Database>> {
    (1..=3.min(digits.len())).find_map(|len| {
        let code: u16 = digits[..len].parse().ok()?;
        let i = metadata::BY_CODE
            .binary_search_by_key(&code, |(c, _)| *c)
            .ok()?;
        if let Some(db) = BUILT.lock().ok()?.get(&code) {
            return Some(db.clone());
        }
        let group: Vec<phonenumber::metadata::loader::Metadata> =
            postcard::from_bytes(metadata::BY_CODE[i].1).ok()?;
        let db = Arc::new(Database::from(group).ok()?);
        BUILT.lock().ok()?.insert(code, db.clone());
        Some(db)
    })
}

use crate::error::{Error, Result};

/// A valid international phone number, split the way Meta wants it
/// (`cc` and `phone_number` as separate parameters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    country_code: u16,
    national: String,
    /// International format for people: `+52 55 1234 5678`.
    pretty: String,
}

impl Number {
    /// Parses `+34 612 345 678`, `34612345678`, `+1 (631) 555-0100`: always
    /// international, with or without `+`, with any common separators.
    pub fn parse(input: &str) -> Result<Number> {
        let trimmed = input.trim();
        let bad = |why: &str| {
            Error::usage(format!("`{trimmed}` is not a valid phone number: {why}")).with_hint(
                "write it in international form with the country code, for example +34 612 345 678",
            )
        };
        if trimmed.is_empty() {
            return Err(bad("it is empty"));
        }
        if let Some(c) = trimmed
            .chars()
            .find(|c| !(c.is_ascii_digit() || " +-().".contains(*c)))
        {
            return Err(bad(&format!("unexpected character `{c}`")));
        }
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < 7 || digits.len() > 15 {
            return Err(bad("an international number has 7 to 15 digits"));
        }
        let database =
            database_for(&digits).ok_or_else(|| bad("no country uses that country code"))?;
        let parsed = phonenumber::parse_with(&database, None, format!("+{digits}"))
            .map_err(|_| bad("no country uses that country code"))?;
        if !parsed.is_valid_with(&database) {
            return Err(bad(
                "the digits do not form a number in that country's plan",
            ));
        }
        let national = parsed.national();
        Ok(Number {
            country_code: parsed.code().value(),
            national: format!(
                "{}{}",
                "0".repeat(national.zeros() as usize),
                national.value()
            ),
            pretty: international(
                &database,
                parsed.code().value(),
                &parsed.national().to_string(),
            ),
        })
    }

    /// The country calling code, Meta's `cc`.
    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    /// The national number without the country code, Meta's `phone_number`.
    pub fn national(&self) -> &str {
        &self.national
    }

    /// All digits, country code first, no `+`.
    pub fn digits(&self) -> String {
        format!("{}{}", self.country_code, self.national)
    }

    /// Whether a value is written as a phone number rather than an id: a `+`
    /// or separators mean a number.
    pub fn looks_formatted(input: &str) -> bool {
        input.trim().chars().any(|c| " +-().".contains(c))
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pretty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_country_code_and_national_number() {
        for input in [
            "+34 612 345 678",
            "34612345678",
            "+34-612-345-678",
            " +34 (612) 345678 ",
        ] {
            let n = Number::parse(input).unwrap();
            assert_eq!(n.country_code(), 34, "{input}");
            assert_eq!(n.national(), "612345678", "{input}");
        }
        let uk = Number::parse("+44 7911 123456").unwrap();
        assert_eq!((uk.country_code(), uk.national()), (44, "7911123456"));
        assert_eq!(uk.to_string(), "+44 7911 123456");
        assert_eq!(uk.digits(), "447911123456");
    }

    #[test]
    fn answers_as_libphonenumbers_whole_database_does() {
        // Every region's mobile example, parsed with the split metadata and
        // with the crate's whole database.
        let mut checked = 0;
        for meta in phonenumber::metadata::DATABASE.iter() {
            let d = meta.descriptors();
            if let Some(example) = d.mobile().and_then(|x| x.example()) {
                let input = format!("+{}{example}", meta.country_code());
                let whole = phonenumber::parse(None, &input)
                    .ok()
                    .filter(phonenumber::is_valid)
                    .map(|p| {
                        (
                            p.code().value(),
                            p.national().value(),
                            p.format()
                                .mode(phonenumber::Mode::International)
                                .to_string(),
                        )
                    });
                let split = Number::parse(&input).ok().map(|n| {
                    (
                        n.country_code(),
                        n.national().parse::<u64>().unwrap(),
                        n.to_string(),
                    )
                });
                assert_eq!(split, whole, "{input} ({})", meta.id());
                checked += 1;
            }
        }
        assert!(checked > 200, "only {checked} examples");
    }

    #[test]
    fn keeps_italian_leading_zeros() {
        let rome = Number::parse("+39 06 6982 1234").unwrap();
        assert_eq!(rome.national(), "0669821234");
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for input in [
            "",
            "abc",
            "+34 612 345 67x",
            "12345",
            "+999 123 456 789",
            "+34 1234567890123",
        ] {
            let err = Number::parse(input).unwrap_err();
            assert_eq!(err.kind, crate::error::Kind::Usage, "{input}");
            assert!(err.hint.is_some());
        }
    }

    #[test]
    fn tells_formatted_numbers_from_ids() {
        assert!(Number::looks_formatted("+34612345678"));
        assert!(Number::looks_formatted("612 345 678"));
        assert!(!Number::looks_formatted("106540352242922"));
    }
}

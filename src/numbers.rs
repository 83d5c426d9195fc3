//! A number of the WABA as a person names it: a phone-number id, or the
//! number written any way (`+34 612 34 56 78`), resolved through the
//! WABA's numbers.

use serde_json::Value;

use crate::error::{Error, Kind, Result};
use crate::graph::Client;
use crate::graph::phone_numbers::{self, PhoneNumber};
use crate::phone::Number;
use crate::session::Session;

/// Finds the phone-number id a user means: an id, or a number of the WABA.
/// Returns the id and, when it was fetched on the way, the number's details.
pub async fn resolve(
    client: &Client,
    waba_id: &str,
    input: &str,
) -> Result<(String, Option<Value>)> {
    let input = input.trim();
    if !Number::looks_formatted(input) {
        if input.is_empty() || !input.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::usage(format!(
                "`{input}` is neither a phone-number id nor a phone number"
            ))
            .with_hint("pass an id from `waba numbers list`, or a number like +34 612 345 678"));
        }
        // Bare digits: an id first.
        match phone_numbers::get(client, input).await {
            Ok(v) if v.get("display_phone_number").is_some() => {
                return Ok((input.to_string(), Some(v)));
            }
            Ok(_) => {}
            Err(e) if e.kind == Kind::Rejected => {}
            Err(e) => return Err(e),
        }
    }
    // A written-out number gets the parser's own reason; bare digits that
    // were no id get both possibilities named.
    let wanted = if Number::looks_formatted(input) {
        Number::parse(input)?
    } else {
        Number::parse(input).map_err(|_| {
            Error::usage(format!(
                "`{input}` is neither a phone-number id nor a valid phone number"
            ))
            .with_hint("pass an id from `waba numbers list`, or a number like +34 612 345 678")
        })?
    };
    let numbers = phone_numbers::list(client, waba_id).await?;
    let matches: Vec<&PhoneNumber> = numbers
        .iter()
        .filter(|n| n.digits() == wanted.digits())
        .collect();
    match matches.as_slice() {
        [one] => Ok((one.id.clone(), None)),
        [] => Err(
            Error::usage(format!("{wanted} is not a number of WABA {waba_id}"))
                .with_hint(known(&numbers)),
        ),
        _ => Err(Error::usage(format!(
            "{wanted} matches several numbers of WABA {waba_id}; pass the id"
        ))
        .with_hint(known(&numbers))),
    }
}

fn known(numbers: &[PhoneNumber]) -> String {
    if numbers.is_empty() {
        return "the WABA has no phone numbers".into();
    }
    let list: Vec<String> = numbers
        .iter()
        .map(|n| {
            format!(
                "{} ({})",
                n.display_phone_number.as_deref().unwrap_or("?"),
                n.id
            )
        })
        .collect();
    format!("its numbers: {}", list.join(", "))
}

/// A number of the WABA, read with its details.
pub struct Target {
    pub id: String,
    pub number: PhoneNumber,
}

impl Target {
    /// "+34 612 34 56 78 (id 2000…)".
    pub fn label(&self) -> String {
        self.number.label()
    }

    /// The key the tool counts register/deregister calls under: the
    /// number's digits, which survive a move to another WABA.
    pub fn count_key(&self) -> String {
        let d = self.number.digits();
        if d.is_empty() {
            format!("id:{}", self.id)
        } else {
            d
        }
    }
}

pub async fn target(ctx: &Session, phone: &str) -> Result<Target> {
    let client = ctx.graph().await?;
    let waba_id = ctx.waba_id()?;
    let (id, fetched) = resolve(client, waba_id, phone).await?;
    let number = match fetched {
        Some(v) => phone_numbers::parse(&v)?,
        None => phone_numbers::get_number(client, &id).await?,
    };
    Ok(Target { id, number })
}

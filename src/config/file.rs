//! `config.toml`: profiles and the default profile. Human-edited, so edits
//! keep comments and layout (toml_edit), and a file that does not parse is
//! reported with its line and never rewritten.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, Item, Table, value};

use super::atomic;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    /// `[billing]`: top-up limits and fee, the rate-card markup and
    /// currency conversions. Shared by every profile.
    #[serde(default)]
    pub billing: Billing,
}

/// `[billing]` as written; `billing()` checks it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Billing {
    pub topup_min: Option<Number>,
    pub topup_max: Option<Number>,
    pub fee_percent: Option<Number>,
    pub markup_percent: Option<Number>,
    /// `USD-EUR = "0.92"`: one US dollar in euros.
    #[serde(default)]
    pub conversion: BTreeMap<String, Number>,
}

/// A number as TOML lets a person write it: `10`, `5.5` or `"5.5"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Number {
    Int(i64),
    Float(f64),
    Text(String),
}

impl Number {
    pub fn text(&self) -> String {
        match self {
            Number::Int(i) => i.to_string(),
            Number::Float(f) => f.to_string(),
            Number::Text(s) => s.trim().to_string(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The WABA the profile's commands act on.
    pub waba: Option<String>,
    /// A business portfolio whose WABAs the profile covers.
    pub business: Option<String>,
    pub api_version: Option<String>,
    pub graph_url: Option<String>,
    pub output: Option<String>,
    /// The Meta app the token belongs to: media samples are uploaded to it.
    pub app_id: Option<String>,
    /// The mail server email alerts go through; its password lives in
    /// credentials.toml or WABA_SMTP_PASSWORD.
    pub smtp: Option<Smtp>,
    /// A shared state store (`postgres://user@host/db`), without its
    /// password: a URL with one belongs in credentials.toml.
    pub store_url: Option<String>,
}

/// `[profiles.NAME.smtp]`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    pub port: Option<u16>,
    /// `starttls` (the default), `tls`, or `none` (loopback only).
    pub security: Option<String>,
    pub username: Option<String>,
    /// The sender address.
    pub from: String,
}

/// Keys a profile may hold, in the order `profile show` lists them.
pub const PROFILE_KEYS: [&str; 6] = [
    "waba",
    "business",
    "api_version",
    "graph_url",
    "output",
    "app_id",
];

impl Profile {
    pub fn get(&self, key: &str) -> Option<&str> {
        match key {
            "waba" => self.waba.as_deref(),
            "business" => self.business.as_deref(),
            "api_version" => self.api_version.as_deref(),
            "graph_url" => self.graph_url.as_deref(),
            "output" => self.output.as_deref(),
            "app_id" => self.app_id.as_deref(),
            _ => None,
        }
    }
}

/// The `[profiles]` table of a TOML document (config or credentials),
/// created when missing.
pub fn profiles_table<'a>(
    doc: &'a mut DocumentMut,
    path: &Path,
) -> Result<&'a mut toml_edit::Table> {
    doc.entry("profiles")
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| Error::usage(format!("{}: `profiles` is not a table", path.display())))
}

/// A parse error as one line: file, line, column, what is wrong, what to do.
pub fn parse_error(path: &Path, text: &str, err: &toml::de::Error) -> Error {
    let position = err
        .span()
        .map(|span| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!(", line {line}, column {col}")
        })
        .unwrap_or_default();
    let message = err.message().trim().replace('\n', " ");
    Error::usage(format!("{}{position}: {message}", path.display())).with_hint(
        "fix that line (or move the file aside); waba will not rewrite a file it cannot read",
    )
}

pub fn load(path: &Path) -> Result<Config> {
    match atomic::read_optional(path)? {
        None => Ok(Config::default()),
        Some(text) => {
            let mut config: Config =
                toml::from_str(&text).map_err(|e| parse_error(path, &text, &e))?;
            config.billing.keep_written_numbers(&text);
            Ok(config)
        }
    }
}

impl Billing {
    /// Replaces each TOML number with the text it was written as, so that
    /// `billing::rules` checks what the person wrote (`1e1`, `5_5`, `+5.5`
    /// are refused there), not the float TOML made of it.
    fn keep_written_numbers(&mut self, text: &str) {
        let Ok(doc) = text.parse::<DocumentMut>() else {
            return;
        };
        let Some(table) = doc.get("billing").and_then(|b| b.as_table_like()) else {
            return;
        };
        let written = |item: &toml_edit::Item| -> Option<Number> {
            let raw = match item.as_value()? {
                toml_edit::Value::Integer(i) => i.as_repr()?.as_raw().as_str()?.to_string(),
                toml_edit::Value::Float(f) => f.as_repr()?.as_raw().as_str()?.to_string(),
                _ => return None,
            };
            Some(Number::Text(raw))
        };
        for (key, slot) in [
            ("topup_min", &mut self.topup_min),
            ("topup_max", &mut self.topup_max),
            ("fee_percent", &mut self.fee_percent),
            ("markup_percent", &mut self.markup_percent),
        ] {
            if let Some(n) = table.get(key).and_then(written) {
                *slot = Some(n);
            }
        }
        if let Some(conv) = table.get("conversion").and_then(|c| c.as_table_like()) {
            for (key, n) in self.conversion.iter_mut() {
                if let Some(w) = conv.get(key).and_then(written) {
                    *n = w;
                }
            }
        }
    }
}

/// Reads, checks, edits and atomically rewrites the config under the lock.
/// The closure sees the comment-preserving document; the check refuses to
/// touch a file that would not load.
pub fn edit<T>(
    path: &Path,
    lock_path: &Path,
    f: impl FnOnce(&Config, &mut DocumentMut) -> Result<T>,
) -> Result<T> {
    let _lock = atomic::lock(lock_path)?;
    let text = atomic::read_optional(path)?.unwrap_or_default();
    let config: Config = toml::from_str(&text).map_err(|e| parse_error(path, &text, &e))?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::usage(format!("{}: {e}", path.display())))?;
    let out = f(&config, &mut doc)?;
    let new_text = doc.to_string();
    // Never write something that would not load back.
    toml::from_str::<Config>(&new_text)
        .map_err(|e| Error::internal(format!("refusing to write an invalid config: {e}")))?;
    atomic::write(path, &new_text, false)?;
    Ok(out)
}

/// Adds `[profiles.NAME]` to the document, keeping everything else as is.
pub fn insert_profile(
    doc: &mut DocumentMut,
    path: &std::path::Path,
    name: &str,
    p: &Profile,
) -> Result<()> {
    let profiles = profiles_table(doc, path)?;
    let mut t = Table::new();
    for key in PROFILE_KEYS {
        if let Some(v) = p.get(key) {
            t[key] = value(v);
        }
    }
    profiles.insert(name, Item::Table(t));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line() {
        let text = "default_profile = \"a\"\n[profiles.a]\nwaba = 12x\n";
        let err = toml::from_str::<Config>(text).unwrap_err();
        let e = parse_error(Path::new("/x/config.toml"), text, &err);
        assert!(
            e.message.starts_with("/x/config.toml, line 3"),
            "{}",
            e.message
        );
    }

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let text = "[profiles.a]\nwaba = \"1\"\ntokn = \"x\"\n";
        let err = toml::from_str::<Config>(text).unwrap_err();
        let e = parse_error(Path::new("c.toml"), text, &err);
        assert!(e.message.contains("line 3"), "{}", e.message);
        assert!(e.message.contains("tokn"), "{}", e.message);
    }
}

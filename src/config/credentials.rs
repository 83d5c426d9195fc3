//! `credentials.toml`: one access token per profile, mode 0600, apart from
//! the config so the config can be shared or committed. Parse errors here
//! never quote the file's text: a line of it may be a token.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml_edit::{DocumentMut, Item, Table, value};

use super::atomic;
use crate::error::{Error, Result};
use crate::secret::Secret;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Credentials {
    #[serde(default)]
    profiles: BTreeMap<String, Entry>,
    #[serde(default)]
    stripe: Option<Stripe>,
    #[serde(default)]
    webhooks: Option<Webhooks>,
}

/// `[webhooks]`: what `webhooks serve` checks Meta's calls with.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Webhooks {
    /// The Meta app's secret: the key of `X-Hub-Signature-256`.
    app_secret: Option<String>,
    /// The string Meta echoes in the subscription handshake.
    verify_token: Option<String>,
}

/// `[stripe]`: the card processor's secret key and, for a local fake, its
/// API base URL.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stripe {
    secret_key: Option<String>,
    api_base: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    token: Option<String>,
    /// The password of the profile's mail server, for email alerts.
    smtp_password: Option<String>,
    /// A shared state store (`postgres://…`), which may carry a password.
    store_url: Option<String>,
}

fn parse(path: &Path, text: &str) -> Result<Credentials> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let at = line.map(|l| format!(", line {l}")).unwrap_or_default();
        Error::usage(format!(
            "{}{at}: not a valid credentials file ({})",
            path.display(),
            e.message().lines().next().unwrap_or("parse error")
        ))
        .with_hint("fix that line, or remove the file and run `waba auth login` again")
    })
}

/// The stored token of `profile`, if any.
pub fn token(path: &Path, profile: &str) -> Result<Option<Secret>> {
    let Some(text) = atomic::read_optional(path)? else {
        return Ok(None);
    };
    let creds = parse(path, &text)?;
    Ok(creds
        .profiles
        .get(profile)
        .and_then(|e| e.token.clone())
        .filter(|t| !t.is_empty())
        .map(Secret::new))
}

/// The stored SMTP password of `profile`, if any.
pub fn smtp_password(path: &Path, profile: &str) -> Result<Option<Secret>> {
    let Some(text) = atomic::read_optional(path)? else {
        return Ok(None);
    };
    Ok(parse(path, &text)?
        .profiles
        .get(profile)
        .and_then(|e| e.smtp_password.clone())
        .filter(|p| !p.is_empty())
        .map(Secret::new))
}

/// The stored shared-store URL of `profile`, if any.
pub fn store_url(path: &Path, profile: &str) -> Result<Option<Secret>> {
    let Some(text) = atomic::read_optional(path)? else {
        return Ok(None);
    };
    Ok(parse(path, &text)?
        .profiles
        .get(profile)
        .and_then(|e| e.store_url.clone())
        .filter(|u| !u.is_empty())
        .map(Secret::new))
}

/// The `[stripe]` secret key and API base, if the file has them.
pub fn stripe(path: &Path) -> Result<(Option<Secret>, Option<String>)> {
    let Some(text) = atomic::read_optional(path)? else {
        return Ok((None, None));
    };
    let s = parse(path, &text)?.stripe.unwrap_or_default();
    Ok((
        s.secret_key.filter(|k| !k.is_empty()).map(Secret::new),
        s.api_base,
    ))
}

/// The `[webhooks]` app secret and verify token, if the file has them.
pub fn webhooks(path: &Path) -> Result<(Option<Secret>, Option<Secret>)> {
    let Some(text) = atomic::read_optional(path)? else {
        return Ok((None, None));
    };
    let w = parse(path, &text)?.webhooks.unwrap_or_default();
    let secret = |v: Option<String>| v.filter(|s| !s.is_empty()).map(Secret::new);
    Ok((secret(w.app_secret), secret(w.verify_token)))
}

/// Whether the file's mode lets anyone but the owner read it.
pub fn too_open(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(m) = std::fs::metadata(path) {
            return m.permissions().mode() & 0o077 != 0;
        }
    }
    let _ = path;
    false
}

/// Sets (`Some`) or removes (`None`) a profile's token. Returns whether a
/// token was there before.
pub fn set_token(
    path: &Path,
    lock_path: &Path,
    profile: &str,
    token: Option<&Secret>,
) -> Result<bool> {
    let _lock = atomic::lock(lock_path)?;
    let text = atomic::read_optional(path)?.unwrap_or_default();
    let had = parse(path, &text)?
        .profiles
        .get(profile)
        .is_some_and(|e| e.token.is_some());
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|_| Error::usage(format!("{}: not a valid credentials file", path.display())))?;
    let profiles = super::file::profiles_table(&mut doc, path)?;
    match token {
        Some(t) => {
            let entry = profiles
                .entry(profile)
                .or_insert_with(|| Item::Table(Table::new()))
                .as_table_mut()
                .ok_or_else(|| {
                    Error::usage(format!(
                        "{}: profile `{profile}` is not a table",
                        path.display()
                    ))
                })?;
            entry["token"] = value(t.expose());
        }
        None => {
            profiles.remove(profile);
        }
    }
    atomic::write(path, &doc.to_string(), true)?;
    Ok(had)
}

/// Drops every token of a removed profile.
pub fn remove_profile(path: &Path, lock_path: &Path, profile: &str) -> Result<bool> {
    if atomic::read_optional(path)?.is_none() {
        return Ok(false);
    }
    set_token(path, lock_path, profile, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials.toml");
        let lock = dir.path().join(".lock");
        assert!(token(&path, "a").unwrap().is_none());
        set_token(&path, &lock, "a", Some(&Secret::new("EAAtoken"))).unwrap();
        set_token(&path, &lock, "b", Some(&Secret::new("EAAother"))).unwrap();
        assert_eq!(token(&path, "a").unwrap().unwrap().expose(), "EAAtoken");
        assert!(!too_open(&path));
        assert!(set_token(&path, &lock, "a", None).unwrap());
        assert!(token(&path, "a").unwrap().is_none());
        assert_eq!(token(&path, "b").unwrap().unwrap().expose(), "EAAother");
    }

    #[test]
    fn parse_errors_do_not_quote_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials.toml");
        std::fs::write(&path, "[profiles.a]\ntoken = EAAsecretvalue\n").unwrap();
        let err = token(&path, "a").unwrap_err();
        assert!(err.message.contains("line 2"), "{}", err.message);
        assert!(!err.message.contains("EAAsecretvalue"));
    }
}

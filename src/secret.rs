//! A value that must never be printed: access tokens, keys, passwords.
//!
//! Every secret the process holds is also remembered here, so that text
//! leaving the process (stdout, stderr, traces) or entering the state store
//! can be scrubbed of it whatever put it there: a server that echoes the
//! Authorization header, the key or the AUTH PLAIN line in its error
//! message cannot make waba repeat it.

use std::fmt;
use std::sync::RwLock;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        remember(&value);
        Secret(value)
    }

    /// A value held as a secret but not scrubbed from text: the sandbox's
    /// documented tokens (`expired`, `limited`) are words its own messages
    /// use, and no one's credential.
    pub fn public(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The real value, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A shape hint that gives nothing away: its length only.
    pub fn describe(&self) -> String {
        format!("[redacted, {} characters]", self.0.chars().count())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::graph::redact::REDACTED)
    }
}

/// Shorter values are not scrubbed from free text: they would match
/// ordinary words and figures. (Six digits is a PIN.)
const MIN_LEN: usize = 6;

static KNOWN: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Remembers a secret value, with the forms a server may echo it in:
/// percent-encoded, JSON-escaped, base64 (SMTP's AUTH LOGIN); a URL's
/// password alone (`user:pass@host`, `?password=`).
pub fn remember(value: &str) {
    let value = value.trim();
    if value.chars().count() < MIN_LEN {
        return;
    }
    let mut forms = vec![
        value.to_string(),
        url::form_urlencoded::byte_serialize(value.as_bytes()).collect(),
        value.replace('/', "\\/"),
        STANDARD.encode(value),
    ];
    if let Ok(u) = url::Url::parse(value)
        && u.has_host()
    {
        // A store URL is secret for its password alone: `store status`
        // shows the rest. A webhook URL is secret whole.
        if u.scheme().starts_with("postgres") {
            forms.clear();
        }
        if let Some(p) = u.password() {
            forms.push(p.to_string());
            forms.push(decode(p));
        }
        for (k, v) in u.query_pairs() {
            if k.eq_ignore_ascii_case("password") || k.eq_ignore_ascii_case("sslpassword") {
                forms.push(v.into_owned());
            }
        }
    }
    let Ok(mut known) = KNOWN.write() else { return };
    for f in forms {
        if f.chars().count() >= MIN_LEN && !known.contains(&f) {
            known.push(f);
        }
    }
    // Longest first, so that a value is replaced whole before any part of it.
    known.sort_by_key(|k| std::cmp::Reverse(k.len()));
}

/// Remembers the AUTH PLAIN line a mail server sees for these credentials.
pub fn remember_login(user: &str, password: &Secret) {
    remember(&STANDARD.encode(format!("\0{user}\0{}", password.expose())));
    remember(&STANDARD.encode(format!("{user}\0{}", password.expose())));
}

fn decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

/// `text` with every remembered secret replaced by `[redacted]`. A value
/// of digits alone (a PIN) is replaced only where it stands apart from
/// other digits, so that ids and amounts that contain it stay whole.
pub fn scrub(text: &str) -> String {
    let Ok(known) = KNOWN.read() else {
        return text.to_string();
    };
    let mut out = None::<String>;
    for secret in known.iter() {
        let current = out.as_deref().unwrap_or(text);
        if !current.contains(secret.as_str()) {
            continue;
        }
        let replaced = if secret.bytes().all(|b| b.is_ascii_digit()) {
            replace_standalone_digits(current, secret)
        } else {
            current.replace(secret.as_str(), crate::graph::redact::REDACTED)
        };
        out = Some(replaced);
    }
    out.unwrap_or_else(|| text.to_string())
}

fn replace_standalone_digits(text: &str, digits: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(digits) {
        let end = i + digits.len();
        let before = rest[..i].chars().next_back();
        let after = rest[end..].chars().next();
        out.push_str(&rest[..i]);
        if before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit()) {
            out.push_str(digits);
        } else {
            out.push_str(crate::graph::redact::REDACTED);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_remembered_secret_is_scrubbed() {
        let s = Secret::new("sk_live_scrubTEST/42+x");
        let echoed = format!(
            "bad key {} or {} or {} or {}",
            s.expose(),
            "sk_live_scrubTEST%2F42%2Bx",
            "sk_live_scrubTEST\\/42+x",
            STANDARD.encode(s.expose())
        );
        let clean = scrub(&echoed);
        assert!(!clean.contains("scrubTEST"), "{clean}");
        assert_eq!(clean.matches("[redacted]").count(), 4, "{clean}");
        assert!(!clean.contains(&STANDARD.encode(s.expose())), "{clean}");
    }

    #[test]
    fn store_url_passwords_are_scrubbed_alone() {
        remember("postgres://ops:p%40ssWORD9@db.example.com/waba");
        remember("postgres://db.example.com/waba?user=ops&password=qu3ryPASS");
        let clean = scrub("auth failed for p@ssWORD9 and p%40ssWORD9 and qu3ryPASS");
        assert!(
            !clean.contains("ssWORD9") && !clean.contains("qu3ryPASS"),
            "{clean}"
        );
        // The rest of the URL is no secret: `store status` shows it.
        remember("postgres://waba@127.0.0.1:5432/team");
        assert_eq!(
            scrub("postgres://waba@127.0.0.1:5432/team"),
            "postgres://waba@127.0.0.1:5432/team"
        );
    }

    #[test]
    fn a_pin_is_scrubbed_only_where_it_stands_alone() {
        remember("864209");
        assert_eq!(
            scrub("pin 864209 rejected; id 1864209000 kept"),
            "pin [redacted] rejected; id 1864209000 kept"
        );
    }

    #[test]
    fn auth_plain_lines_are_scrubbed() {
        remember_login("mailer", &Secret::new("smtpPASSword1"));
        let line = STANDARD.encode("\0mailer\0smtpPASSword1");
        assert_eq!(scrub(&format!("535 {line}")), "535 [redacted]");
    }
}

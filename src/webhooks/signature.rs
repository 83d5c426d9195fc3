//! What proves a call is Meta's: the verify token echoed in the
//! subscription handshake, and `X-Hub-Signature-256`, an HMAC-SHA256 of the
//! raw body keyed with the app secret (Meta's "Create a webhook endpoint"
//! page). Both are compared in constant time.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::secret::Secret;

/// The handshake: `hub.mode=subscribe` and our verify token; the answer
/// is the challenge, unchanged.
pub fn handshake<'a>(
    mode: Option<&str>,
    token: Option<&str>,
    challenge: Option<&'a str>,
    ours: &Secret,
) -> Option<&'a str> {
    if mode != Some("subscribe") {
        return None;
    }
    let given = token?.as_bytes();
    let ours = ours.expose().as_bytes();
    // Equal lengths are compared byte by byte, whatever they hold.
    let same = given.len() == ours.len()
        && given
            .iter()
            .zip(ours)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then_some(challenge?)
}

/// Whether `header` (`sha256=<hex>`) is the HMAC-SHA256 of `body` with the
/// app secret. Only SHA-256 is accepted: the older SHA-1 header is not
/// named on Meta's current pages.
pub fn valid(header: Option<&str>, body: &[u8], secret: &Secret) -> bool {
    let Some(hex) = header.and_then(|h| h.trim().strip_prefix("sha256=")) else {
        return false;
    };
    let Some(given) = decode_hex(hex) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.expose().as_bytes()) else {
        return false;
    };
    mac.update(body);
    // `verify_slice` compares in constant time.
    mac.verify_slice(&given).is_ok()
}

/// The header value Meta would send for `body` (for the sandbox and tests).
pub fn sign(body: &[u8], secret: &Secret) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.expose().as_bytes()).expect("any key length");
    mac.update(body);
    let bytes = mac.finalize().into_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_holds_for_its_body_and_secret_only() {
        let secret = Secret::new("app-secret-123");
        let body = br#"{"object":"whatsapp_business_account","entry":[]}"#;
        let header = sign(body, &secret);
        assert!(header.starts_with("sha256=") && header.len() == 7 + 64);
        assert!(valid(Some(&header), body, &secret));
        assert!(!valid(Some(&header), b"{}", &secret));
        assert!(!valid(Some(&header), body, &Secret::new("another")));
        assert!(!valid(None, body, &secret));
        assert!(!valid(Some("sha1=abcd"), body, &secret));
        assert!(!valid(Some("sha256=zz"), body, &secret));
    }

    #[test]
    fn the_handshake_echoes_the_challenge_for_our_token_only() {
        let ours = Secret::new("verify-me");
        let ok = handshake(
            Some("subscribe"),
            Some("verify-me"),
            Some("1158201444"),
            &ours,
        );
        assert_eq!(ok, Some("1158201444"));
        assert_eq!(
            handshake(Some("subscribe"), Some("verify-mE"), Some("1"), &ours),
            None
        );
        assert_eq!(
            handshake(Some("unsubscribe"), Some("verify-me"), Some("1"), &ours),
            None
        );
        assert_eq!(handshake(Some("subscribe"), None, Some("1"), &ours), None);
    }
}

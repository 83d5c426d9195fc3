//! Placeholders in template text: positional `{{1}}` or named `{{first_name}}`.
//! Meta wants them exact (no spaces, no special characters), so anything
//! between double braces that is neither is reported, not guessed at.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Positional(u32),
    Named(String),
    /// Why it is not a placeholder Meta accepts.
    Invalid(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// As written, braces included.
    pub raw: String,
    pub kind: Kind,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
}

/// What a text holds: its placeholders, and braces that pair with nothing.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub placeholders: Vec<Placeholder>,
    /// `{{` without `}}`, a stray `}}`, or a single `{1}`.
    pub stray: Vec<String>,
}

impl Scan {
    pub fn positional(&self) -> Vec<u32> {
        self.placeholders
            .iter()
            .filter_map(|p| match p.kind {
                Kind::Positional(n) => Some(n),
                _ => None,
            })
            .collect()
    }

    pub fn named(&self) -> Vec<&str> {
        self.placeholders
            .iter()
            .filter_map(|p| match &p.kind {
                Kind::Named(n) => Some(n.as_str()),
                _ => None,
            })
            .collect()
    }

    pub fn count(&self) -> usize {
        self.placeholders.len()
    }
}

pub fn scan(text: &str) -> Scan {
    let mut out = Scan::default();
    let mut rest_from = 0;
    let mut outside = String::new();
    while let Some(open) = text[rest_from..].find("{{").map(|i| i + rest_from) {
        outside.push_str(&text[rest_from..open]);
        let Some(close) = text[open + 2..].find("}}").map(|i| i + open + 2) else {
            out.stray.push(excerpt(&text[open..]));
            rest_from = text.len();
            break;
        };
        let inner = &text[open + 2..close];
        if inner.contains('{') {
            // `{{a {{1}}`: the first `{{` has no partner of its own.
            out.stray.push(excerpt(&text[open..close]));
            rest_from = open + 2;
            continue;
        }
        let mut end = close + 2;
        // `{{1}}}` leaves a stray brace behind.
        while text[end..].starts_with('}') {
            end += 1;
        }
        let raw = &text[open..end];
        let kind = if end > close + 2 {
            Kind::Invalid("it has more closing braces than opening ones")
        } else {
            classify(inner)
        };
        out.placeholders.push(Placeholder {
            raw: raw.to_string(),
            kind,
            start: open,
            end,
        });
        rest_from = end;
    }
    outside.push_str(&text[rest_from.min(text.len())..]);
    if outside.contains("}}") {
        out.stray.push("}}".to_string());
    }
    // A single-brace `{1}` is almost always a typo for `{{1}}`.
    let bytes = outside.as_bytes();
    for (i, _) in outside.match_indices('{') {
        let tail = &outside[i + 1..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && bytes.get(i + 1 + digits) == Some(&b'}') {
            out.stray.push(outside[i..i + digits + 2].to_string());
        }
    }
    out
}

fn classify(inner: &str) -> Kind {
    if inner.is_empty() {
        return Kind::Invalid("it is empty");
    }
    if inner.trim() != inner {
        return Kind::Invalid("it has spaces inside the braces");
    }
    if inner.bytes().all(|b| b.is_ascii_digit()) {
        return match inner.parse::<u32>() {
            Ok(n) if n >= 1 && !inner.starts_with('0') => Kind::Positional(n),
            _ => Kind::Invalid("positional placeholders count from {{1}} without leading zeros"),
        };
    }
    if inner.contains(['#', '$', '%']) {
        return Kind::Invalid("it has special characters (#, $, %)");
    }
    let first_ok = inner.starts_with(|c: char| c.is_ascii_lowercase());
    let rest_ok = inner
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if first_ok && rest_ok {
        Kind::Named(inner.to_string())
    } else if inner.chars().any(|c| c.is_ascii_uppercase()) {
        Kind::Invalid("named placeholders are lowercase letters, digits and _")
    } else {
        Kind::Invalid("named placeholders start with a letter and hold only a-z, 0-9 and _")
    }
}

fn excerpt(s: &str) -> String {
    s.chars().take(20).collect()
}

/// Words of fixed text: the text without its placeholders, split on
/// whitespace, counting only pieces with a letter or digit.
pub fn fixed_words(text: &str, scan: &Scan) -> usize {
    let mut plain = String::with_capacity(text.len());
    let mut from = 0;
    for p in &scan.placeholders {
        plain.push_str(&text[from..p.start]);
        plain.push(' ');
        from = p.end;
    }
    plain.push_str(&text[from..]);
    plain
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_positional_and_named_placeholders() {
        let s = scan("Hi {{1}}, order {{2}} for {{first_name}}.");
        assert_eq!(s.positional(), vec![1, 2]);
        assert_eq!(s.named(), vec!["first_name"]);
        assert!(s.stray.is_empty());
    }

    #[test]
    fn reports_what_meta_refuses() {
        let bad = |t: &str| {
            let s = scan(t);
            s.placeholders
                .iter()
                .any(|p| matches!(p.kind, Kind::Invalid(_)))
                || !s.stray.is_empty()
        };
        assert!(bad("Hi {{ 1 }}"));
        assert!(bad("Hi {{#1}}"));
        assert!(bad("Hi {{First}}"));
        assert!(bad("Hi {{0}}"));
        assert!(bad("Hi {{1}"));
        assert!(bad("Hi {1}}"));
        assert!(bad("Hi {1}"));
        assert!(bad("Hi {{1}}}"));
        assert!(bad("Hi {{a {{1}}"));
        assert!(!bad("Total: {{1}} {not a placeholder}"));
    }

    #[test]
    fn counts_fixed_words_without_placeholders() {
        let t = "Hello {{1}}, welcome to our {{2}} test.";
        assert_eq!(fixed_words(t, &scan(t)), 5);
        let t = "{{1}} {{2}} - {{3}}";
        assert_eq!(fixed_words(t, &scan(t)), 0);
    }
}

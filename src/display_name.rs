//! A new number's display name, checked against the parts of Meta's
//! display-name guidelines that can be checked without Meta: length,
//! emoji and symbols, extra punctuation, spacing, URLs and capitals are
//! refused; generic terms, personal names and Meta's own brands are warned
//! about, since only Meta's review can judge them.
//!
//! The guidelines waive the formatting rules for a business that already
//! brands itself that way; `--as-branded` turns those into warnings.

/// Meta's OpenAPI description bounds `verified_name` to 2..75 characters
/// and the guidelines ask for at least 3. Whether Meta enforces 75 is
/// UNCONFIRMED: refusing longer names locally fails safe.
pub const MIN_CHARS: usize = 3;
pub const MAX_CHARS: usize = 75;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Meta rejects it: the name is not sent.
    Refused,
    /// Meta's review may reject it: the name is sent, with a warning.
    Warned,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub problem: String,
}

/// Punctuation a brand name may carry once between words.
const ALLOWED_PUNCTUATION: &[char] = &['&', '\'', '’', '-', '.', ',', '(', ')', '/'];

/// Words that name a kind of business, not a business.
const GENERIC: &[&str] = &[
    "alerts",
    "bakery",
    "bank",
    "business",
    "customer care",
    "customer service",
    "customer support",
    "deals",
    "delivery",
    "fashion",
    "food",
    "help",
    "helpdesk",
    "hotel",
    "info",
    "insurance",
    "marketing",
    "news",
    "notifications",
    "offers",
    "orders",
    "pharmacy",
    "restaurant",
    "sales",
    "service",
    "shop",
    "store",
    "support",
    "travel",
];

/// Common first names across the languages of Meta's biggest markets: a
/// two- or three-word name starting with one reads as a person's name.
const FIRST_NAMES: &[&str] = &[
    "adriana",
    "ahmed",
    "alejandro",
    "alice",
    "ana",
    "andrea",
    "anna",
    "antonio",
    "carlos",
    "carmen",
    "daniel",
    "david",
    "elena",
    "emma",
    "fatima",
    "francesco",
    "françois",
    "george",
    "hans",
    "ivan",
    "james",
    "jean",
    "john",
    "jose",
    "josé",
    "juan",
    "julia",
    "laura",
    "lucas",
    "luis",
    "maria",
    "maría",
    "marie",
    "mark",
    "michael",
    "mohamed",
    "muhammad",
    "olga",
    "paul",
    "pedro",
    "peter",
    "pierre",
    "priya",
    "rahul",
    "robert",
    "sarah",
    "sofia",
    "thomas",
    "william",
];

/// Meta's own brands, which a business name may not borrow.
const META_BRANDS: &[&str] = &["whatsapp", "facebook", "instagram", "messenger", "meta"];

/// Checks `name` (as the user typed it, surrounding spaces ignored).
pub fn check(name: &str, as_branded: bool) -> Vec<Finding> {
    let name = name.trim();
    let mut out = Vec::new();
    let refuse = |out: &mut Vec<Finding>, p: String| {
        out.push(Finding {
            severity: Severity::Refused,
            problem: p,
        })
    };
    // Formatting: refused, unless the brand is written that way.
    let format = |out: &mut Vec<Finding>, p: String| {
        out.push(Finding {
            severity: if as_branded {
                Severity::Warned
            } else {
                Severity::Refused
            },
            problem: p,
        })
    };
    let warn = |out: &mut Vec<Finding>, p: String| {
        out.push(Finding {
            severity: Severity::Warned,
            problem: p,
        })
    };
    let chars = name.chars().count();
    if chars < MIN_CHARS {
        refuse(
            &mut out,
            format!("it has {chars} character(s); Meta requires at least {MIN_CHARS}"),
        );
    }
    if chars > MAX_CHARS {
        refuse(
            &mut out,
            format!("it has {chars} characters; Meta allows at most {MAX_CHARS}"),
        );
    }
    if let Some(c) = name.chars().find(|c| is_emoji(*c)) {
        refuse(&mut out, format!("it contains the emoji `{c}`"));
    }
    let symbol = |c: char| matches!(c, '™' | '®' | '©' | '℠');
    if let Some(c) = name.chars().find(|&c| symbol(c)) {
        refuse(&mut out, format!("it contains the symbol `{c}`"));
    }
    let lower = name.to_lowercase();
    if lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || lower.split_whitespace().any(|w| {
            [".com", ".net", ".org", ".io"]
                .iter()
                .any(|t| w.ends_with(t))
        })
    {
        refuse(&mut out, "it is formatted as a web address".into());
    }
    let odd: Vec<char> = name
        .chars()
        .filter(|&c| {
            !(c.is_alphanumeric()
                || c == ' '
                || ALLOWED_PUNCTUATION.contains(&c)
                || is_emoji(c)
                || symbol(c))
        })
        .collect();
    if let Some(c) = odd.first() {
        format(
            &mut out,
            format!("it contains the character `{c}`: no extra punctuation"),
        );
    }
    let repeated = name.chars().zip(name.chars().skip(1)).find(|(a, b)| {
        a == b && ALLOWED_PUNCTUATION.contains(a) && !matches!(a, '(' | ')' | '\'' | '’')
    });
    if let Some((c, _)) = repeated {
        format(&mut out, format!("it repeats `{c}`: no extra punctuation"));
    }
    if name
        .chars()
        .next()
        .is_some_and(|c| ALLOWED_PUNCTUATION.contains(&c) && c != '(')
    {
        format(&mut out, "it starts with punctuation".into());
    }
    if name.contains("  ") || name.chars().any(|c| c.is_whitespace() && c != ' ') {
        format(
            &mut out,
            "its spacing is uneven: one space between words".into(),
        );
    }
    let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = name.split_whitespace().any(|w| {
        let l: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        l.len() >= 5 && l.iter().all(|c| c.is_uppercase())
    });
    if shouting && letters.chars().any(char::is_uppercase) {
        format(
            &mut out,
            "it is written in capitals: capitalise it as a sentence or a title (acronyms excepted)"
                .into(),
        );
    }
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let joined = words.join(" ");
    if !words.is_empty()
        && (GENERIC.contains(&joined.as_str())
            || words.iter().all(|w| GENERIC.contains(&w.as_str())))
    {
        warn(
            &mut out,
            "it is a generic term; Meta wants the business's own name (e.g. `Acme Support`)".into(),
        );
    }
    if (2..=3).contains(&words.len())
        && FIRST_NAMES.contains(&words[0].as_str())
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        warn(
            &mut out,
            "it reads as a person's full name; Meta approves names of businesses, not people"
                .into(),
        );
    }
    if let Some(b) = words.iter().find(|w| META_BRANDS.contains(&w.as_str())) {
        warn(
            &mut out,
            format!(
                "it uses `{b}`, one of Meta's brands, which Meta does not allow in a business's name"
            ),
        );
    }
    out
}

/// Emoji and pictographs: the blocks Unicode fills with them (flags
/// included), plus the joiner and variation selector that build them.
fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(name: &str) -> Vec<String> {
        check(name, false)
            .into_iter()
            .filter(|f| f.severity == Severity::Refused)
            .map(|f| f.problem)
            .collect()
    }

    fn warned(name: &str) -> Vec<String> {
        check(name, false)
            .into_iter()
            .filter(|f| f.severity == Severity::Warned)
            .map(|f| f.problem)
            .collect()
    }

    #[test]
    fn business_names_pass() {
        for n in [
            "Demo Retail",
            "Lil' Cupcakes",
            "AT&T Business",
            "Fresh Produce Co.",
            "Acme (Europe)",
            "Café Olé",
            "KT Sir",
            "IBM",
            "Rossi & Figli",
        ] {
            assert!(check(n, false).is_empty(), "{n}: {:?}", check(n, false));
        }
    }

    #[test]
    fn refuses_what_meta_rejects() {
        assert!(refused("AB")[0].contains("at least 3"));
        assert!(refused(&"a".repeat(76))[0].contains("at most 75"));
        assert!(refused("Pizza 🍕 Roma")[0].contains("emoji"));
        assert!(refused("Acme™")[0].contains("symbol"));
        assert!(refused("Best Deals!!")[0].contains("`!`"));
        assert!(refused("Acme -- Shop")[0].contains("repeats `-`"));
        assert!(refused("Acme  Shop")[0].contains("spacing"));
        assert!(refused("www.acme.com")[0].contains("web address"));
        assert!(refused("ACME SHOPPING")[0].contains("capitals"));
        assert!(refused(".Acme")[0].contains("starts with punctuation"));
    }

    #[test]
    fn branding_turns_formatting_into_warnings_but_not_emoji() {
        assert!(
            check("Yahoo! Mail", true)
                .iter()
                .all(|f| f.severity == Severity::Warned)
        );
        assert!(
            check("Pizza 🍕", true)
                .iter()
                .any(|f| f.severity == Severity::Refused)
        );
    }

    #[test]
    fn warns_about_what_only_review_can_judge() {
        assert!(warned("Customer Support")[0].contains("generic"));
        assert!(warned("Fashion")[0].contains("generic"));
        assert!(warned("Maria Lopez")[0].contains("person's full name"));
        assert!(warned("Acme WhatsApp Desk")[0].contains("Meta's brands"));
        assert!(warned("Acme Support").is_empty());
        assert!(warned("Maria's Bakery Madrid").is_empty());
    }
}

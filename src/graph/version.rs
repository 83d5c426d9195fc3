//! Graph API versions (`v25.0`). Some fields exist only from a version on;
//! asking an older version for them is an error, so fields are chosen by it.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

pub const DEFAULT: ApiVersion = ApiVersion {
    major: 25,
    minor: 0,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ApiVersion {
    pub major: u32,
    pub minor: u32,
}

impl ApiVersion {
    /// `whatsapp_business_manager_messaging_limit` arrived in v24.0.
    pub fn has_portfolio_messaging_limit(self) -> bool {
        self.major >= 24
    }
}

impl FromStr for ApiVersion {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || {
            Error::usage(format!("invalid API version `{s}`"))
                .with_hint("write it as Meta does, for example --api-version v25.0")
        };
        let digits = s.trim().strip_prefix(['v', 'V']).unwrap_or(s.trim());
        let (major, minor) = digits.split_once('.').unwrap_or((digits, "0"));
        let num = |t: &str| {
            if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
                Err(bad())
            } else {
                t.parse::<u32>().map_err(|_| bad())
            }
        };
        let v = ApiVersion {
            major: num(major)?,
            minor: num(minor)?,
        };
        if v.major == 0 {
            return Err(bad());
        }
        Ok(v)
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}", self.major, self.minor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_people_type() {
        for s in ["v25.0", "25.0", "25", "V25.0"] {
            assert_eq!(s.parse::<ApiVersion>().unwrap(), DEFAULT, "{s}");
        }
        assert_eq!("v23.0".parse::<ApiVersion>().unwrap().to_string(), "v23.0");
    }

    #[test]
    fn rejects_garbage() {
        for s in ["", "v", "latest", "v25.x", "v-1", "v0.0", "v25.0.1"] {
            assert!(s.parse::<ApiVersion>().is_err(), "{s}");
        }
    }
}

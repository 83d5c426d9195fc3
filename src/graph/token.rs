//! Token inspection with `GET /debug_token`.

use serde::Serialize;
use serde_json::Value;

use super::client::{Client, Request};
use super::fields::{boolean, int, text};
use crate::error::Result;
use crate::secret::Secret;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TokenInfo {
    pub is_valid: bool,
    #[serde(rename = "type")]
    pub token_type: Option<String>,
    pub application: Option<String>,
    pub app_id: Option<String>,
    /// Unix seconds; 0 means it never expires.
    pub expires_at: Option<i64>,
    pub data_access_expires_at: Option<i64>,
    pub scopes: Vec<String>,
    /// WABA (or business) ids named by `granular_scopes[].target_ids`, per scope.
    pub targets: Vec<(String, Vec<String>)>,
}

impl TokenInfo {
    pub fn from_value(v: &Value) -> TokenInfo {
        let d = v.get("data").unwrap_or(v);
        let strings = |x: Option<&Value>| -> Vec<String> {
            x.and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        let targets = d
            .get("granular_scopes")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|g| {
                        let scope = text(g, "scope")?;
                        Some((scope, strings(g.get("target_ids"))))
                    })
                    .collect()
            })
            .unwrap_or_default();
        TokenInfo {
            is_valid: boolean(d, "is_valid").unwrap_or(false),
            token_type: text(d, "type"),
            application: text(d, "application"),
            app_id: text(d, "app_id"),
            expires_at: int(d, "expires_at"),
            data_access_expires_at: int(d, "data_access_expires_at"),
            scopes: strings(d.get("scopes")),
            targets,
        }
    }

    /// Every id the token's granular scopes name, without repeats.
    pub fn target_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for (_, t) in &self.targets {
            for id in t {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        ids
    }

    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }
}

/// Inspects `token` using the same token to authenticate (Meta allows a token
/// to inspect itself).
pub async fn debug(client: &Client, token: &Secret) -> Result<TokenInfo> {
    let v = client
        .get(Request::get("debug_token").query("input_token", token.expose()))
        .await?;
    Ok(TokenInfo::from_value(&v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_metas_example_and_target_ids() {
        let v = json!({"data": {"app_id": "634974688087057", "type": "SYSTEM_USER", "application": "Lucky Shrub",
            "data_access_expires_at": 0, "expires_at": 0, "is_valid": true, "issued_at": 1712099387,
            "scopes": ["whatsapp_business_management", "whatsapp_business_messaging"],
            "granular_scopes": [ {"scope": "whatsapp_business_management", "target_ids": ["1628481135046008"]},
                                 {"scope": "whatsapp_business_messaging"} ],
            "user_id": "104169029247128"}});
        let t = TokenInfo::from_value(&v);
        assert!(t.is_valid);
        assert_eq!(t.token_type.as_deref(), Some("SYSTEM_USER"));
        assert_eq!(t.expires_at, Some(0));
        assert!(t.has_scope("whatsapp_business_messaging"));
        assert_eq!(t.target_ids(), vec!["1628481135046008".to_string()]);
    }
}

//! A WABA's webhook subscriptions: `GET|POST|DELETE /{waba}/subscribed_apps`.
//! Meta sends a WABA's webhooks only to the apps subscribed to it.

use reqwest::Method;
use serde_json::json;

use super::client::{Body, Client, Request, Sent};
use super::fields::text;
use crate::error::Result;
use crate::secret::Secret;

/// An app subscribed to a WABA's webhooks.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct App {
    pub id: Option<String>,
    pub name: Option<String>,
    pub link: Option<String>,
    /// This WABA's callback URL, when the subscription overrides the app's.
    pub override_callback_uri: Option<String>,
}

impl App {
    /// How the app is named to a person: its name, else its id.
    pub fn label(&self) -> String {
        self.name
            .clone()
            .or_else(|| self.id.clone())
            .unwrap_or_else(|| "an app".into())
    }
}

/// `GET /{waba}/subscribed_apps`.
pub async fn list(client: &Client, waba_id: &str) -> Result<Vec<App>> {
    let items = client
        .get_all(Request::get(format!("{waba_id}/subscribed_apps")), 100)
        .await?;
    Ok(items
        .iter()
        .map(|i| {
            let d = i.get("whatsapp_business_api_data").unwrap_or(i);
            App {
                id: text(d, "id"),
                name: text(d, "name"),
                link: text(d, "link"),
                override_callback_uri: text(i, "override_callback_uri"),
            }
        })
        .collect())
}

/// `POST /{waba}/subscribed_apps`: subscribes the token's app, optionally
/// with this WABA's own callback URL and the verify token Meta echoes to it.
pub async fn subscribe(
    client: &Client,
    waba_id: &str,
    callback: Option<(&str, &Secret)>,
) -> Result<Sent> {
    let body = match callback {
        Some((url, token)) => Body::Json(json!({
            "override_callback_uri": url,
            "verify_token": token.expose(),
        })),
        None => Body::None,
    };
    client
        .mutate(Request::post(format!("{waba_id}/subscribed_apps"), body))
        .await
}

/// `DELETE /{waba}/subscribed_apps`: unsubscribes the token's app.
pub async fn unsubscribe(client: &Client, waba_id: &str) -> Result<Sent> {
    client
        .mutate(Request::get(format!("{waba_id}/subscribed_apps")).with_method(Method::DELETE))
        .await
}

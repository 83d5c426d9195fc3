//! Webhook delivery: one JSON POST; any 2xx answer is delivered.

use crate::error::{Error, Kind, Result};

pub async fn post(http: &reqwest::Client, url: &url::Url, body: &serde_json::Value) -> Result<()> {
    let sent = http.post(url.clone()).json(body).send().await;
    match sent {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => Err(Error::new(
            Kind::Unavailable,
            format!("the webhook answered HTTP {}", r.status().as_u16()),
        )),
        // reqwest's Display names the URL, which is a credential here.
        Err(e) => Err(Error::new(
            Kind::Unavailable,
            format!(
                "the webhook could not be reached ({})",
                crate::graph::client::network_why(&e)
            ),
        )),
    }
}

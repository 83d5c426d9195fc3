//! Batch requests: many reads in one HTTP request (`POST /` with a `batch`
//! form field), each item answered on its own with a status, headers and a
//! body (Meta's "Batch Requests" guide). A batch saves round trips, not
//! quota: Meta counts every item as one call.
//!
//! An item that fails the way a single request would be retried (a 5xx,
//! a throttle, or `null`: Meta ran out of time before reaching it) is sent
//! again in a later batch without the items that succeeded; one that fails
//! for good is that item's error and leaves the others alone.

use futures_util::stream::{self, StreamExt};
use serde_json::{Value, json};

use super::client::{Client, Request};
use super::error::{Class, GraphError};
use crate::error::{Error, Kind, Result};

/// Meta refuses a batch of more than 50 items.
pub const MAX_ITEMS: usize = 50;

/// Every read in `reqs`, in batches of at most 50 sent `jobs` at a time;
/// one answer per request, in order, as `read` makes it of the request's
/// index and its body. Each body is read as its batch arrives and then
/// dropped, so a fleet's year of analytics is never held as JSON at once.
pub async fn get_each<T>(
    client: &Client,
    reqs: &[Request],
    jobs: usize,
    read: impl Fn(usize, &Value) -> T,
) -> Vec<Result<T>> {
    let mut answers: Vec<Option<Result<T>>> = (0..reqs.len()).map(|_| None).collect();
    let mut pending: Vec<usize> = (0..reqs.len()).collect();
    let retries = client.net().retries;
    let mut round = 0;
    while !pending.is_empty() {
        if round > 0 {
            tokio::time::sleep(client.net().backoff(round - 1)).await;
        }
        let last = round >= retries;
        let mut again = Vec::new();
        let mut sent = stream::iter(pending.chunks(MAX_ITEMS))
            .map(|chunk| async move {
                let items: Vec<&Request> = chunk.iter().map(|&i| &reqs[i]).collect();
                (chunk, send(client, &items).await)
            })
            .buffer_unordered(jobs.max(1));
        while let Some((chunk, outcome)) = sent.next().await {
            let items = match outcome {
                Ok(items) => items,
                // The batch itself failed, after the client's own retries:
                // each of its items failed so.
                Err(e) => {
                    for &i in chunk {
                        answers[i] = Some(Err(e.shared()));
                    }
                    continue;
                }
            };
            for (n, &i) in chunk.iter().enumerate() {
                match item(client, items.get(n).unwrap_or(&Value::Null)) {
                    Item::Done(v) => answers[i] = Some(Ok(read(i, &v))),
                    Item::Again(e) if !last && may_retry(client, &reqs[i], &e) => {
                        answers[i] = Some(Err(e));
                        again.push(i);
                    }
                    Item::Again(e) | Item::Failed(e) => answers[i] = Some(Err(e)),
                }
            }
        }
        drop(sent);
        pending = again;
        round += 1;
    }
    answers
        .into_iter()
        .map(|a| a.unwrap_or_else(|| Err(Error::internal("a batch item was never sent"))))
        .collect()
}

/// One batch: the items' answers, one per item (Meta's `null` included).
async fn send(client: &Client, items: &[&Request]) -> Result<Vec<Value>> {
    let mut batch = Vec::with_capacity(items.len());
    for r in items {
        let url = r
            .relative_url()
            .ok_or_else(|| Error::internal("a batch item must be a path on the Graph API"))?;
        batch.push(json!({"method": r.method.as_str(), "relative_url": url}));
    }
    let nodes: Vec<String> = items.iter().map(|r| r.node()).collect();
    let body = Value::Array(batch).to_string();
    match client.get(Request::batch(body, nodes)).await? {
        Value::Array(answers) => Ok(answers),
        _ => Err(Error::new(
            Kind::Rejected,
            "Meta answered a batch request with something other than a list",
        )),
    }
}

enum Item {
    Done(Value),
    /// Failed the way a retry can help.
    Again(Error),
    Failed(Error),
}

/// Reads one item's answer: `{code, headers, body}` with the body a JSON
/// string, or `null`.
fn item(client: &Client, answer: &Value) -> Item {
    if answer.is_null() {
        return Item::Again(Error::new(
            Kind::Unavailable,
            "Meta did not answer this item of a batch request (it timed out)",
        ));
    }
    let header = |name: &str| {
        answer
            .get("headers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|h| {
                h.get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
            .and_then(|h| h.get("value"))
            .and_then(Value::as_str)
    };
    // Whether items carry the usage headers is UNCONFIRMED; when they do,
    // they say how near each WABA is to its own limit.
    client.observe_usage(header("x-business-use-case-usage"), header("x-app-usage"));
    let code = answer.get("code").and_then(Value::as_u64).unwrap_or(0) as u16;
    let body = answer
        .get("body")
        .and_then(Value::as_str)
        .and_then(|b| serde_json::from_str::<Value>(b).ok());
    if let Some(g) = body.as_ref().and_then(|b| GraphError::from_body(code, b)) {
        let again = g.class() != Class::Permanent;
        let e = g.into_error();
        return if again {
            Item::Again(e)
        } else {
            Item::Failed(e)
        };
    }
    match body {
        Some(b) if (200..300).contains(&code) => Item::Done(b),
        _ if code >= 500 || code == 429 => Item::Again(Error::new(
            Kind::Unavailable,
            format!("a batch item answered HTTP {code} without a Graph error body"),
        )),
        _ => Item::Failed(Error::new(
            Kind::Rejected,
            format!("a batch item answered HTTP {code} without a readable body"),
        )),
    }
}

/// A throttled item whose WABA Meta says is blocked for minutes is not
/// sent again: more calls would only extend the block.
fn may_retry(client: &Client, req: &Request, e: &Error) -> bool {
    e.kind != Kind::RateLimited || client.usage_for(&req.node()).regain_minutes == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::client::{ClientConfig, NetConfig};
    use crate::secret::Secret;

    fn client() -> Client {
        Client::new(ClientConfig {
            base: url::Url::parse("http://127.0.0.1:9").unwrap(),
            version: crate::graph::version::DEFAULT,
            token: Some(Secret::new("EAAbatchSECRETtoken")),
            net: NetConfig::default(),
            trace: None,
            waiting: None,
            dry_run: false,
        })
        .unwrap()
    }

    /// Items as a hostile or broken server may send them: each is read
    /// on its own, and none is taken for an answer it is not.
    #[test]
    fn broken_items_are_errors_of_their_own() {
        let c = client();
        let ok = item(&c, &json!({"code": 200, "body": "{\"id\": \"1\"}"}));
        assert!(matches!(ok, Item::Done(v) if v["id"] == "1"));
        // Not finished, or a server error without a body: worth a retry.
        assert!(matches!(item(&c, &Value::Null), Item::Again(_)));
        assert!(matches!(
            item(&c, &json!({"code": 502, "body": "<html>"})),
            Item::Again(_)
        ));
        // A 200 whose body is not JSON, or no body at all, or a body that
        // is not a string: an answer waba will not use.
        for broken in [
            json!({"code": 200, "body": "not json"}),
            json!({"code": 200}),
            json!({"code": 200, "body": {"id": "1"}}),
            json!("a string"),
        ] {
            assert!(matches!(item(&c, &broken), Item::Failed(_)), "{broken}");
        }
        // Meta's own error: its kind, and a throttle is retried.
        let auth =
            json!({"code": 400, "body": "{\"error\": {\"code\": 190, \"message\": \"expired\"}}"});
        assert!(matches!(item(&c, &auth), Item::Failed(e) if e.kind == Kind::Auth));
        let throttled =
            json!({"code": 400, "body": "{\"error\": {\"code\": 80008, \"message\": \"slow\"}}"});
        assert!(matches!(item(&c, &throttled), Item::Again(e) if e.kind == Kind::RateLimited));
        // Malformed usage headers are ignored, not trusted.
        let odd = json!({"code": 200, "body": "{}", "headers": [
            {"name": "X-Business-Use-Case-Usage", "value": "{\"1\": \"nonsense\"}"},
            {"name": 7, "value": null}]});
        assert!(matches!(item(&c, &odd), Item::Done(_)));
        assert_eq!(c.usage_for("1").percent, 0.0);
    }
}

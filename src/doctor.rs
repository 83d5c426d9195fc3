//! `waba doctor`: what works and what to fix, in the order a person would
//! check it: the config and its profiles, the token, the WABA, its
//! webhooks, the state store, the card processor's key, the mail server,
//! and the clock against Meta's. Each check reads; none charges, sends or
//! changes anything.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::config::Settings;
use crate::config::file;
use crate::error::{Error, Kind};
use crate::graph::{Request, subscriptions, token};
use crate::session::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    /// Works, but something needs attention soon.
    Warn,
    Fail,
    /// Not checked: it does not apply, or what it needs failed first.
    Skip,
}

#[derive(Debug, Serialize)]
pub struct Line {
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
    /// The command or step that fixes it.
    pub fix: Option<String>,
    /// The exit-code kind of a failure, for `--check`.
    #[serde(skip)]
    pub kind: Kind,
}

fn line(check: &'static str, status: Status, detail: impl Into<String>) -> Line {
    Line {
        check,
        status,
        detail: detail.into(),
        fix: None,
        kind: Kind::Internal,
    }
}

impl Line {
    fn fix(mut self, fix: impl Into<String>) -> Line {
        self.fix = Some(fix.into());
        self
    }

    /// A failure with the error's words, kind and hint.
    fn failed(check: &'static str, e: &Error, fix: Option<String>) -> Line {
        Line {
            check,
            status: Status::Fail,
            detail: e.message.clone(),
            fix: fix.or_else(|| e.hint.clone()),
            kind: e.kind,
        }
    }
}

/// Meta's clock and ours may differ this much before a line warns, and
/// fails.
const SKEW_WARN: i64 = 60;
const SKEW_FAIL: i64 = 300;

/// Every check, in order.
pub async fn run(ctx: &Session) -> Vec<Line> {
    let mut out = vec![config(ctx)];
    out.push(profiles(ctx));
    let token = token_line(ctx).await;
    let token_ok = token.status != Status::Fail;
    out.push(token);
    let (waba, date) = if token_ok {
        waba_line(ctx).await
    } else {
        (line("waba", Status::Skip, "needs a working token"), None)
    };
    let waba_ok = waba.status == Status::Ok || waba.status == Status::Warn;
    out.push(waba);
    out.push(if waba_ok {
        webhooks(ctx).await
    } else {
        line("webhooks", Status::Skip, "needs a reachable WABA")
    });
    out.push(store(ctx).await);
    out.push(processor(ctx).await);
    out.push(smtp(ctx).await);
    out.push(webhook_secrets(ctx));
    out.push(clock(date));
    out
}

fn config(ctx: &Session) -> Line {
    let path = ctx.paths.config_file();
    if ctx.settings.sandbox {
        return line("config", Status::Ok, "the sandbox's own profile");
    }
    match file::load(&path) {
        Ok(c) => line(
            "config",
            Status::Ok,
            format!("{} · {} profile(s)", path.display(), c.profiles.len()),
        ),
        Err(e) => Line::failed(
            "config",
            &e,
            Some(format!("fix {} (the error names the line)", path.display())),
        ),
    }
}

fn profiles(ctx: &Session) -> Line {
    if ctx.settings.sandbox {
        return line("profiles", Status::Skip, "not used under --sandbox");
    }
    let Ok(config) = file::load(&ctx.paths.config_file()) else {
        return line("profiles", Status::Skip, "needs a readable config");
    };
    if config.profiles.is_empty() {
        return line("profiles", Status::Warn, "no profile saved")
            .fix("waba profile add NAME --waba ID --use");
    }
    let mut bad = Vec::new();
    for name in config.profiles.keys() {
        if let Err(e) = Settings::of_profile(&ctx.raw, &config, name, "--profile") {
            bad.push(format!("{name}: {}", e.message));
        }
    }
    if bad.is_empty() {
        let names: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
        line("profiles", Status::Ok, names.join(", "))
    } else {
        let first = bad[0].split(':').next().unwrap_or("NAME").to_string();
        Line {
            kind: Kind::Usage,
            ..line("profiles", Status::Fail, bad.join("; "))
        }
        .fix(format!("waba profile set {first} KEY VALUE (or --unset)"))
    }
}

async fn token_line(ctx: &Session) -> Line {
    let (secret, origin) = match ctx.token() {
        Ok(t) => t,
        Err(e) => return Line::failed("token", &e, Some("waba auth login".into())),
    };
    let info = match async { token::debug(ctx.graph().await?, &secret).await }.await {
        Ok(i) => i,
        Err(e) => return Line::failed("token", &e, None),
    };
    if !info.is_valid {
        return Line {
            kind: Kind::Auth,
            ..line(
                "token",
                Status::Fail,
                format!("the token from {origin} is not valid"),
            )
        }
        .fix("get a new token and run `waba auth login`");
    }
    let now = ctx.clock.now().timestamp();
    let kind = info.token_type.as_deref().unwrap_or("token");
    let expiry = match info.expires_at {
        Some(t) if t > 0 => {
            let days = (t - now) / 86_400;
            format!("expires in {days} day(s)")
        }
        _ => "never expires".to_string(),
    };
    let wabas = info.target_ids();
    let reach = if wabas.is_empty() {
        "all the app's WABAs".to_string()
    } else {
        format!("WABAs {}", wabas.join(", "))
    };
    let detail = format!(
        "{kind} from {origin} · {expiry} · {} scope(s) · {reach}",
        info.scopes.len()
    );
    if !info.has_scope("whatsapp_business_management") && !ctx.settings.sandbox {
        return line("token", Status::Warn, detail)
            .fix("the token lacks whatsapp_business_management: issue one with it, then `waba auth login`");
    }
    match info.expires_at {
        Some(t) if t > 0 && t - now < 7 * 86_400 => line("token", Status::Warn, detail).fix(
            "renew it soon (`waba auth login`), or use a system-user token that never expires",
        ),
        _ => line("token", Status::Ok, detail),
    }
}

/// The WABA, and Meta's clock from its answer.
async fn waba_line(ctx: &Session) -> (Line, Option<DateTime<Utc>>) {
    let Ok(waba) = ctx.waba_id() else {
        return (
            line("waba", Status::Skip, "no WABA selected")
                .fix("--waba ID, WABA_ID, or `waba profile set NAME waba ID`"),
            None,
        );
    };
    let req = Request::get(waba).query("fields", "id,name,account_review_status");
    let resp = match async { ctx.graph().await?.send(&req).await }.await {
        Ok(r) => r,
        Err(e) => return (Line::failed("waba", &e, None), None),
    };
    let date = resp
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("date"))
        .and_then(|(_, v)| DateTime::parse_from_rfc2822(v).ok())
        .map(|d| d.with_timezone(&Utc));
    let text = |k: &str| resp.body.get(k).and_then(|v| v.as_str()).unwrap_or("?");
    let review = text("account_review_status");
    let detail = format!("{waba} · {} · review {review}", text("name"));
    let l = if review == "APPROVED" {
        line("waba", Status::Ok, detail)
    } else {
        line("waba", Status::Warn, detail).fix(
            "Meta reviews a new WABA before it can send; see Business Settings → WhatsApp accounts",
        )
    };
    (l, date)
}

async fn webhooks(ctx: &Session) -> Line {
    let Ok(waba) = ctx.waba_id() else {
        return line("webhooks", Status::Skip, "no WABA selected");
    };
    match async { subscriptions::list(ctx.graph().await?, waba).await }.await {
        Ok(apps) if apps.is_empty() => Line {
            kind: Kind::Rejected,
            ..line(
                "webhooks",
                Status::Fail,
                "no app is subscribed to the WABA's webhooks",
            )
        }
        .fix("waba wabas subscriptions subscribe"),
        Ok(apps) => {
            let names: Vec<String> = apps.iter().map(|a| a.label()).collect();
            line(
                "webhooks",
                Status::Ok,
                format!("subscribed: {}", names.join(", ")),
            )
        }
        Err(e) => Line::failed("webhooks", &e, None),
    }
}

async fn store(ctx: &Session) -> Line {
    let store = match ctx.store().await {
        Ok(s) => s,
        Err(e) => return Line::failed("store", &e, None),
    };
    match store.status().await {
        Ok(s) => {
            let detail = format!(
                "{} {} · schema {} of {}",
                match s.backend {
                    crate::store::Backend::Sqlite => "SQLite",
                    crate::store::Backend::Postgres => "PostgreSQL",
                },
                s.location,
                s.schema_version,
                s.latest_version
            );
            if s.schema_version < s.latest_version {
                Line {
                    kind: Kind::Usage,
                    ..line("store", Status::Fail, detail)
                }
                .fix("run any waba command as the store's owner to migrate it")
            } else {
                line("store", Status::Ok, detail)
            }
        }
        Err(e) => Line::failed("store", &e, None),
    }
}

/// The key is looked for, never used: no call is made and nothing charged.
async fn processor(ctx: &Session) -> Line {
    match ctx.stripe().await {
        Ok(_) => line(
            "card processor",
            Status::Ok,
            if ctx.settings.sandbox {
                "the sandbox's own processor".to_string()
            } else {
                "key set (not used by this check)".to_string()
            },
        ),
        // Without a key only top-ups are out of reach: a warning.
        Err(e) => line("card processor", Status::Warn, e.message.clone())
            .fix("set STRIPE_SECRET_KEY, or secret_key under [stripe] in credentials.toml"),
    }
}

/// The mail server, when the profile names one: its port answers.
async fn smtp(ctx: &Session) -> Line {
    if ctx.settings.sandbox {
        return line(
            "mail server",
            Status::Skip,
            "the sandbox's outbox takes alerts",
        );
    }
    let Some(smtp) = ctx
        .settings
        .profile_data
        .as_ref()
        .and_then(|p| p.smtp.clone())
    else {
        return line("mail server", Status::Skip, "no smtp in the profile");
    };
    let port = smtp.port.unwrap_or(match smtp.security.as_deref() {
        Some("tls") => 465,
        Some("none") => 25,
        _ => 587,
    });
    let addr = format!("{}:{port}", smtp.host);
    let connect = tokio::net::TcpStream::connect(addr.clone());
    match tokio::time::timeout(Duration::from_secs(5), connect).await {
        Ok(Ok(_)) => line("mail server", Status::Ok, format!("{addr} answers")),
        Ok(Err(e)) => Line {
            kind: Kind::Unavailable,
            ..line("mail server", Status::Fail, format!("{addr}: {e}"))
        }
        .fix("check smtp host and port: `waba profile show`"),
        Err(_) => Line {
            kind: Kind::Unavailable,
            ..line(
                "mail server",
                Status::Fail,
                format!("{addr}: no answer within 5 s"),
            )
        }
        .fix("check smtp host and port, and the firewall"),
    }
}

/// What `webhooks serve` needs: looked for, never shown.
fn webhook_secrets(ctx: &Session) -> Line {
    match crate::webhooks::serve::Secrets::find(&ctx.paths, ctx.settings.sandbox) {
        Ok(_) => line(
            "webhook secrets",
            Status::Ok,
            "app secret and verify token set (for webhooks serve)",
        ),
        // Only `webhooks serve` needs them: a warning.
        Err(e) => line("webhook secrets", Status::Warn, e.message.clone())
            .fix("set WABA_APP_SECRET and WABA_VERIFY_TOKEN, or [webhooks] in credentials.toml"),
    }
}

/// This machine's clock against the `Date` of Meta's answer.
fn clock(meta: Option<DateTime<Utc>>) -> Line {
    let Some(meta) = meta else {
        return line("clock", Status::Skip, "needs an answer from Meta");
    };
    let skew = (Utc::now() - meta).num_seconds();
    let detail = format!("{skew:+} s against Meta's Date header");
    match skew.abs() {
        s if s > SKEW_FAIL => Line {
            kind: Kind::Usage,
            ..line("clock", Status::Fail, detail)
        }
        .fix("sync the clock (NTP, `timedatectl set-ntp true`)"),
        s if s > SKEW_WARN => line("clock", Status::Warn, detail).fix("sync the clock (NTP)"),
        _ => line("clock", Status::Ok, detail),
    }
}

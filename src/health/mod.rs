//! The health of a phone number: how bad its state is, why, and which
//! changes between two runs are worth telling someone about. Pure: the
//! command reads Meta, `state` remembers.

pub mod state;
pub mod watch;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::graph::phone_numbers::PhoneNumber;

/// The fields compared between runs, as Meta spells them (upper-cased:
/// Meta's enums differ in case between docs and answers).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub status: Option<String>,
    pub quality: Option<String>,
    pub limit: Option<String>,
    pub can_send: Option<String>,
    pub name_status: Option<String>,
}

impl Snapshot {
    pub fn of(n: &PhoneNumber) -> Snapshot {
        let up = |s: &Option<String>| s.as_deref().map(str::to_ascii_uppercase);
        Snapshot {
            status: up(&n.status),
            quality: up(&n.quality_rating),
            limit: up(&n.messaging_limit),
            can_send: n
                .health_status
                .as_ref()
                .and_then(|h| h.get("can_send_message"))
                .and_then(Value::as_str)
                .map(str::to_ascii_uppercase),
            name_status: up(&n.name_status),
        }
    }

    /// The fields joined: equal fingerprints, nothing changed.
    pub fn fingerprint(&self) -> String {
        [
            &self.status,
            &self.quality,
            &self.limit,
            &self.can_send,
            &self.name_status,
        ]
        .iter()
        .map(|f| f.as_deref().unwrap_or("-"))
        .collect::<Vec<_>>()
        .join("|")
    }

    pub fn level(&self) -> Level {
        if self.status_rank() >= 3 || self.send_rank() == 2 || self.quality_rank() == 3 {
            Level::Critical
        } else if self.status_rank() >= 1
            || self.send_rank() == 1
            || self.quality_rank() == 2
            || matches!(self.name_status.as_deref(), Some("DECLINED" | "EXPIRED"))
        {
            Level::Warning
        } else {
            Level::Ok
        }
    }

    /// Sorts worst first: level, then sending, status and quality.
    pub fn badness(&self) -> (Level, u8, u8, u8) {
        (
            self.level(),
            self.send_rank(),
            self.status_rank(),
            self.quality_rank(),
        )
    }

    /// 0 connected · 1 pending or unknown · 2 flagged or throttled ·
    /// 3 restricted · 4 disconnected, banned, blocked or deleted.
    fn status_rank(&self) -> u8 {
        match self.status.as_deref() {
            Some("CONNECTED") => 0,
            Some("FLAGGED" | "RATE_LIMITED") => 2,
            Some("RESTRICTED") => 3,
            Some("DISCONNECTED" | "BANNED" | "BLOCKED" | "DELETED") => 4,
            _ => 1,
        }
    }

    /// 0 available or unknown · 1 limited · 2 blocked.
    fn send_rank(&self) -> u8 {
        match self.can_send.as_deref() {
            Some("LIMITED") => 1,
            Some("BLOCKED") => 2,
            _ => 0,
        }
    }

    /// 0 unrated (UNKNOWN, NA) · 1 green · 2 yellow · 3 red.
    fn quality_rank(&self) -> u8 {
        match self.quality.as_deref() {
            Some("GREEN") => 1,
            Some("YELLOW") => 2,
            Some("RED") => 3,
            _ => 0,
        }
    }

    /// What is wrong, in a few words each, worst first.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self.send_rank() {
            2 => out.push("cannot send".to_string()),
            1 => out.push("sending limited".to_string()),
            _ => {}
        }
        if self.status_rank() >= 1 {
            out.push(format!(
                "status {}",
                self.status.as_deref().unwrap_or("unknown")
            ));
        }
        if self.quality_rank() >= 2 {
            out.push(format!("quality {}", self.quality.as_deref().unwrap_or("")));
        }
        if let Some(s @ ("DECLINED" | "EXPIRED")) = self.name_status.as_deref() {
            out.push(format!("name {s}"));
        }
        out
    }
}

/// Why a number cannot send, or sends limited: each error `health_status`
/// gives for a blocking entity, `ENTITY CODE: description`, and with
/// `fix` Meta's possible solution after it.
pub fn reasons(health: Option<&Value>, fix: bool) -> Vec<String> {
    let mut out = Vec::new();
    let entities = health
        .and_then(|h| h.get("entities"))
        .and_then(Value::as_array);
    for e in entities.into_iter().flatten() {
        let kind = e.get("entity_type").and_then(Value::as_str).unwrap_or("?");
        let errors = e.get("errors").and_then(Value::as_array);
        for err in errors.into_iter().flatten() {
            let text = |k: &str| err.get(k).and_then(Value::as_str).unwrap_or("");
            let code = err
                .get("error_code")
                .map(|c| c.to_string())
                .unwrap_or_default();
            let mut line = format!("{kind} {code}: {}", text("error_description"));
            if fix {
                line = format!("{line} {}", text("possible_solution"));
            }
            out.push(line.trim().to_string());
        }
    }
    out
}

/// How bad a number's state is. `Critical` fails `numbers health --check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Ok,
    Warning,
    Critical,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Ok => "ok",
            Level::Warning => "warning",
            Level::Critical => "critical",
        }
    }
}

/// One field that differs between two runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Worth a notification: quality dropped, the limit changed, the status
    /// or sending health got worse, the display name was declined.
    pub notify: bool,
}

impl Change {
    pub fn describe(&self) -> String {
        format!(
            "{} {} → {}",
            self.field,
            self.from.as_deref().unwrap_or("unknown"),
            self.to.as_deref().unwrap_or("unknown")
        )
    }
}

/// What changed from `old` to `new`, each field once.
pub fn changes(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    let mut push = |field, from: &Option<String>, to: &Option<String>, notify| {
        if from != to {
            out.push(Change {
                field,
                from: from.clone(),
                to: to.clone(),
                notify,
            });
        }
    };
    push(
        "status",
        &old.status,
        &new.status,
        new.status_rank() > old.status_rank(),
    );
    push(
        "sending",
        &old.can_send,
        &new.can_send,
        new.send_rank() > old.send_rank(),
    );
    // Unrated (UNKNOWN, NA) is no drop: a new number starts unrated.
    push(
        "quality",
        &old.quality,
        &new.quality,
        old.quality_rank() >= 1 && new.quality_rank() > old.quality_rank(),
    );
    push(
        "limit",
        &old.limit,
        &new.limit,
        old.limit.is_some() && new.limit.is_some(),
    );
    push(
        "name",
        &old.name_status,
        &new.name_status,
        matches!(new.name_status.as_deref(), Some("DECLINED" | "EXPIRED")),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(status: &str, quality: &str, limit: &str, send: &str) -> Snapshot {
        let s = |v: &str| (!v.is_empty()).then(|| v.to_string());
        Snapshot {
            status: s(status),
            quality: s(quality),
            limit: s(limit),
            can_send: s(send),
            name_status: Some("APPROVED".into()),
        }
    }

    #[test]
    fn levels_follow_the_check_rules() {
        let ok = snap("CONNECTED", "GREEN", "TIER_1K", "AVAILABLE");
        assert_eq!(ok.level(), Level::Ok);
        assert!(ok.problems().is_empty());
        assert_eq!(
            snap("CONNECTED", "YELLOW", "TIER_1K", "AVAILABLE").level(),
            Level::Warning
        );
        assert_eq!(
            snap("CONNECTED", "GREEN", "TIER_1K", "LIMITED").level(),
            Level::Warning
        );
        for critical in [
            snap("CONNECTED", "RED", "TIER_1K", "AVAILABLE"),
            snap("DISCONNECTED", "NA", "TIER_1K", "AVAILABLE"),
            snap("CONNECTED", "GREEN", "TIER_1K", "BLOCKED"),
            snap("banned", "GREEN", "", ""),
        ] {
            let critical = Snapshot {
                status: critical.status.map(|s| s.to_ascii_uppercase()),
                ..critical
            };
            assert_eq!(critical.level(), Level::Critical, "{critical:?}");
        }
        let worst = snap("FLAGGED", "RED", "TIER_1K", "BLOCKED");
        assert_eq!(
            worst.problems(),
            ["cannot send", "status FLAGGED", "quality RED"]
        );
        assert!(worst.badness() > snap("CONNECTED", "RED", "TIER_1K", "AVAILABLE").badness());
    }

    #[test]
    fn only_changes_for_the_worse_notify() {
        let before = snap("CONNECTED", "YELLOW", "TIER_10K", "AVAILABLE");
        let after = snap("CONNECTED", "RED", "TIER_2K", "LIMITED");
        let c = changes(&before, &after);
        let notify: Vec<&str> = c.iter().filter(|c| c.notify).map(|c| c.field).collect();
        assert_eq!(notify, ["sending", "quality", "limit"]);
        assert_eq!(c[1].describe(), "quality YELLOW → RED");
        // Recovery is recorded but tells no one.
        assert!(
            changes(&after, &before)
                .iter()
                .all(|c| c.field == "limit" || !c.notify)
        );
        // A new number gaining its first rating is no drop.
        let rated = changes(
            &snap("CONNECTED", "UNKNOWN", "TIER_250", "AVAILABLE"),
            &snap("CONNECTED", "YELLOW", "TIER_250", "AVAILABLE"),
        );
        assert!(!rated[0].notify);
        // Disconnected is worse than connected.
        let gone = changes(
            &before,
            &snap("DISCONNECTED", "YELLOW", "TIER_10K", "AVAILABLE"),
        );
        assert!(gone[0].notify && gone[0].field == "status");
        assert!(changes(&before, &before).is_empty());
        assert_ne!(before.fingerprint(), after.fingerprint());
    }
}

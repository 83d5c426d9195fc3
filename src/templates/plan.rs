//! Templates as code: what `push` would do to make the WABA match a
//! directory. Pure: it takes the files, Meta's templates and the limits
//! already counted, and returns one entry per name+language.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde::Serialize;
use serde_json::Value;

use super::definition::{self, Summary};
use super::file::Loaded;
use super::limits::{Creations, Edits};
use crate::clock::rfc3339;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Edit,
    Unchanged,
    /// At Meta, not in the directory; deleted only with `--prune`.
    OnlyRemote,
    Delete,
    /// A change Meta's limits would refuse; not sent.
    Refused,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Edit => "edit",
            Action::Unchanged => "unchanged",
            Action::OnlyRemote => "only remote",
            Action::Delete => "delete",
            Action::Refused => "refused",
        }
    }

    pub fn changes(self) -> bool {
        matches!(self, Action::Create | Action::Edit | Action::Delete)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub action: Action,
    pub name: String,
    pub language: String,
    /// What will change, or why not.
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The local template, for creates and edits.
    #[serde(skip)]
    pub template: Option<Value>,
    /// Whether an edit changes the category too.
    #[serde(skip)]
    pub category_changed: bool,
    /// A refusal that only time lifts (Meta's hourly or daily limits).
    #[serde(skip)]
    pub rate_limited: bool,
}

/// Statuses whose template Meta lets you edit.
const EDITABLE: &[&str] = &["APPROVED", "REJECTED", "PAUSED"];
/// Why Meta would refuse an edit of a template in this state.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub reason: String,
    /// Only Meta's daily or 30-day limit stands in the way: time lifts it.
    pub rate_limited: bool,
}

/// Meta's edit rules (graph-api.md §3.2): only APPROVED, REJECTED and PAUSED
/// templates are edited, never the category of an approved one, and an
/// approved one within its edit limits (`edits`, when the tool counted any).
pub fn edit_refusal(
    status: &str,
    remote_category: &str,
    local_category: &str,
    edits: Option<&Edits>,
) -> Option<Refusal> {
    let refuse = |reason: String, rate_limited| {
        Some(Refusal {
            reason,
            rate_limited,
        })
    };
    if !EDITABLE.contains(&status) {
        return refuse(
            format!(
                "a {status} template cannot be edited (only APPROVED, REJECTED or PAUSED ones)"
            ),
            false,
        );
    }
    if status != "APPROVED" {
        return None;
    }
    if !remote_category.eq_ignore_ascii_case(local_category) {
        return refuse(
            format!(
                "the category of an approved template cannot be changed ({remote_category} → {local_category}); create it under a new name"
            ),
            false,
        );
    }
    edits.and_then(Edits::refusal).map(|reason| Refusal {
        reason,
        rate_limited: true,
    })
}

/// Statuses of templates on their way out: not part of the plan.
const GONE: &[&str] = &["DELETED", "PENDING_DELETION"];

pub struct Inputs<'a> {
    pub locals: &'a [Loaded],
    pub remotes: &'a [Value],
    /// Edits already made, per template id (approved templates only matter).
    pub edits: &'a HashMap<String, Edits>,
    pub creations: Creations,
    pub prune: bool,
}

pub fn plan(inp: Inputs) -> Vec<Entry> {
    let mut remote: BTreeMap<(String, String), &Value> = BTreeMap::new();
    for r in inp.remotes {
        let status = definition::text(r, "status")
            .unwrap_or("")
            .to_ascii_uppercase();
        if GONE.contains(&status.as_str()) {
            continue;
        }
        remote.insert(definition::key(r), r);
    }
    let mut entries = Vec::new();
    let mut creates_left = inp.creations.left;
    let mut local_keys = Vec::new();
    for l in inp.locals {
        let key = definition::key(&l.template);
        local_keys.push(key.clone());
        let (name, language) = key.clone();
        let entry = |action, detail: String| Entry {
            action,
            name: name.clone(),
            language: language.clone(),
            detail,
            file: Some(l.path.clone()),
            id: None,
            status: None,
            template: Some(l.template.clone()),
            category_changed: false,
            rate_limited: false,
        };
        let Some(r) = remote.get(&key) else {
            if creates_left == 0 {
                let when = inp
                    .creations
                    .frees_at
                    .map(|t| format!("; run push again after {}", rfc3339(t)))
                    .unwrap_or_default();
                let mut e = entry(
                    Action::Refused,
                    format!("over Meta's 100 creations per hour{when}"),
                );
                e.rate_limited = true;
                entries.push(e);
            } else {
                creates_left -= 1;
                let category = definition::text(&l.template, "category").unwrap_or("?");
                entries.push(entry(
                    Action::Create,
                    format!("new {}", category.to_ascii_uppercase()),
                ));
            }
            continue;
        };
        let s = Summary::of(r);
        let status = s.status.clone().unwrap_or_default().to_ascii_uppercase();
        let mut e = entry(Action::Unchanged, String::new());
        e.id = Some(s.id.clone());
        e.status = s.status.clone();
        if definition::comparable(&l.template) == definition::comparable(r) {
            e.detail = status.clone();
            entries.push(e);
            continue;
        }
        let local_cat = definition::text(&l.template, "category")
            .unwrap_or("")
            .to_ascii_uppercase();
        let remote_cat = s.category.clone().unwrap_or_default().to_ascii_uppercase();
        e.category_changed = local_cat != remote_cat;
        let what = changed_parts(&l.template, r);
        let refusal = edit_refusal(&status, &remote_cat, &local_cat, inp.edits.get(&s.id));
        if let Some(r) = &refusal {
            e.rate_limited = r.rate_limited;
        }
        let refusal = refusal.map(|r| r.reason);
        match refusal {
            Some(why) => {
                e.action = Action::Refused;
                e.detail = why;
            }
            None => {
                e.action = Action::Edit;
                e.detail = format!("{what} ({status})");
            }
        }
        entries.push(e);
    }
    for (key, r) in &remote {
        if local_keys.contains(key) {
            continue;
        }
        let s = Summary::of(r);
        let status = s.status.clone().unwrap_or_default().to_ascii_uppercase();
        let (action, detail) = if !inp.prune {
            (
                Action::OnlyRemote,
                format!("{status}; kept (use --prune to delete)"),
            )
        } else if status == "DISABLED" {
            (
                Action::Refused,
                "a DISABLED template cannot be deleted".to_string(),
            )
        } else {
            let lock = if status == "APPROVED" {
                "; the name is blocked for 30 days"
            } else {
                ""
            };
            (Action::Delete, format!("{status}{lock}"))
        };
        entries.push(Entry {
            action,
            name: key.0.clone(),
            language: key.1.clone(),
            detail,
            file: None,
            id: Some(s.id),
            status: s.status,
            template: None,
            category_changed: false,
            rate_limited: false,
        });
    }
    entries
}

/// Which parts differ, for the plan: "category, BODY, BUTTONS".
fn changed_parts(local: &Value, remote: &Value) -> String {
    let (l, r) = (
        definition::comparable(local),
        definition::comparable(remote),
    );
    let mut parts = Vec::new();
    for key in ["category", "parameter_format", "message_send_ttl_seconds"] {
        if l.get(key) != r.get(key) {
            parts.push(key.to_string());
        }
    }
    let by_type = |v: &Value| -> BTreeMap<String, Value> {
        definition::components(v)
            .iter()
            .map(|c| {
                let t = c.get("type").and_then(Value::as_str).unwrap_or("?");
                (t.to_ascii_uppercase(), c.clone())
            })
            .collect()
    };
    let (lc, rc) = (by_type(&l), by_type(&r));
    let mut types: Vec<&String> = lc.keys().chain(rc.keys()).collect();
    types.sort();
    types.dedup();
    for t in types {
        if lc.get(t) != rc.get(t) {
            parts.push(t.clone());
        }
    }
    if parts.is_empty() {
        "changed".to_string()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};
    use serde_json::json;

    fn local(name: &str, lang: &str, body: &str, category: &str) -> Loaded {
        Loaded {
            path: PathBuf::from(format!("t/{name}.{lang}.yaml")),
            template: json!({"name": name, "language": lang, "category": category,
                "components": [{"type": "BODY", "text": body}]}),
        }
    }

    fn remote(name: &str, lang: &str, body: &str, category: &str, status: &str, id: &str) -> Value {
        json!({"name": name, "language": lang, "category": category, "status": status, "id": id,
            "components": [{"type": "BODY", "text": body}]})
    }

    fn run(
        locals: &[Loaded],
        remotes: &[Value],
        edits: HashMap<String, Edits>,
        left: usize,
        prune: bool,
    ) -> Vec<(Action, String)> {
        plan(Inputs {
            locals,
            remotes,
            edits: &edits,
            creations: Creations {
                used: 100 - left,
                left,
                frees_at: None,
            },
            prune,
        })
        .into_iter()
        .map(|e| (e.action, format!("{}.{}", e.name, e.language)))
        .collect()
    }

    #[test]
    fn creates_edits_keeps_and_lists_remote_only() {
        let locals = [
            local("a", "en", "Same text here", "UTILITY"),
            local("b", "en", "New text here", "UTILITY"),
            local("c", "en", "Brand new", "MARKETING"),
        ];
        let remotes = [
            remote("a", "en", "Same text here", "UTILITY", "APPROVED", "1"),
            remote("b", "en", "Old text here", "UTILITY", "APPROVED", "2"),
            remote("d", "en", "Only at Meta", "UTILITY", "APPROVED", "4"),
            remote("e", "en", "Going away", "UTILITY", "PENDING_DELETION", "5"),
        ];
        let got = run(&locals, &remotes, HashMap::new(), 100, false);
        assert_eq!(
            got,
            vec![
                (Action::Unchanged, "a.en".into()),
                (Action::Edit, "b.en".into()),
                (Action::Create, "c.en".into()),
                (Action::OnlyRemote, "d.en".into()),
            ]
        );
        let pruned = run(&locals, &remotes, HashMap::new(), 100, true);
        assert_eq!(pruned[3], (Action::Delete, "d.en".into()));
    }

    #[test]
    fn refuses_what_meta_would_refuse() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        let locals = [
            local("cat", "en", "Text", "MARKETING"),
            local("busy", "en", "New text", "UTILITY"),
            local("pend", "en", "New text", "UTILITY"),
            local("rej", "en", "New text", "MARKETING"),
            local("x", "en", "One", "UTILITY"),
            local("y", "en", "Two", "UTILITY"),
        ];
        let remotes = [
            remote("cat", "en", "Text", "UTILITY", "APPROVED", "1"),
            remote("busy", "en", "Old", "UTILITY", "APPROVED", "2"),
            remote("pend", "en", "Old", "UTILITY", "PENDING", "3"),
            remote("rej", "en", "Old", "UTILITY", "REJECTED", "4"),
        ];
        let mut edits = HashMap::new();
        edits.insert(
            "2".to_string(),
            Edits::from_times(&[now - Duration::hours(2)], now),
        );
        let entries = plan(Inputs {
            locals: &locals,
            remotes: &remotes,
            edits: &edits,
            creations: Creations {
                used: 99,
                left: 1,
                frees_at: Some(now + Duration::minutes(20)),
            },
            prune: false,
        });
        let got: Vec<(Action, &str)> = entries
            .iter()
            .map(|e| (e.action, e.name.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Action::Refused, "cat"),
                (Action::Refused, "busy"),
                (Action::Refused, "pend"),
                (Action::Edit, "rej"),
                (Action::Create, "x"),
                (Action::Refused, "y"),
            ]
        );
        assert!(
            entries[0]
                .detail
                .contains("category of an approved template")
        );
        assert!(entries[1].detail.contains("1 edit per 24 h"));
        assert!(
            entries[2]
                .detail
                .contains("PENDING template cannot be edited")
        );
        assert!(
            entries[3].category_changed,
            "a rejected template may change category"
        );
        assert!(
            entries[5]
                .detail
                .contains("100 creations per hour; run push again after 2026-11-21T12:20:00Z")
        );
    }

    #[test]
    fn disabled_templates_are_not_pruned() {
        let remotes = [remote("old", "en", "Text", "UTILITY", "DISABLED", "9")];
        assert_eq!(
            run(&[], &remotes, HashMap::new(), 100, true),
            vec![(Action::Refused, "old.en".into())]
        );
    }
}

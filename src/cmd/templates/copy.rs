//! `templates copy`: approved templates from this WABA into another.

use std::path::PathBuf;

use serde_json::Value;

use super::common::{apply, plan_report};
use crate::config::Source;
use crate::config::settings::check_id;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::templates::{self as api, Filter};
use crate::output::Report;
use crate::templates::definition::{self, Summary};
use crate::templates::lint;
use crate::templates::plan::{Action, Entry};
use crate::templates::send::creation_budget;

pub async fn copy(ctx: &Context, to: &str, names: &[String]) -> Result<Report> {
    check_id("WABA id", to, &Source::Flag("--to-waba"))?;
    let client = ctx.graph().await?;
    let from = ctx.waba_id()?;
    if from == to {
        return Err(
            Error::usage(format!("--to-waba {to} is the WABA the templates are in")).with_hint(
                "pick the WABA to copy to; --waba (or the profile) picks the one to copy from",
            ),
        );
    }
    let all = Filter::default();
    let (source, target) =
        tokio::try_join!(api::all(client, from, &all), api::all(client, to, &all))?;
    for n in names {
        if !source
            .iter()
            .any(|t| definition::text(t, "name") == Some(n))
        {
            return Err(
                Error::usage(format!("WABA {from} has no template named `{n}`"))
                    .with_hint("`waba templates list` shows the names"),
            );
        }
    }
    let existing: Vec<(String, String)> = target.iter().map(definition::key).collect();
    let mut left = creation_budget(ctx, to).await?.left;
    let mut entries = Vec::new();
    for t in &source {
        let s = Summary::of(t);
        if !names.is_empty() && !names.contains(&s.name) {
            continue;
        }
        let status = s.status.clone().unwrap_or_default();
        let mut e = Entry {
            action: Action::Create,
            name: s.name.clone(),
            language: s.language.clone(),
            detail: format!("from {from}, {}", s.category.clone().unwrap_or_default()),
            file: None,
            id: Some(s.id.clone()),
            status: s.status.clone(),
            template: Some(definition::canonical(t)),
            category_changed: false,
            rate_limited: false,
        };
        let media = definition::components(t)
            .iter()
            .filter_map(Value::as_object)
            .any(definition::is_media_header);
        let problems = lint::check(t);
        let refusal = if status != "APPROVED" {
            if names.is_empty() {
                continue;
            }
            Some(format!("{status}: only approved templates are copied"))
        } else if existing.contains(&(s.name.clone(), s.language.clone())) {
            e.action = Action::Unchanged;
            e.detail = format!("WABA {to} has it already");
            None
        } else if media {
            Some("media header: its sample must be uploaded again; pull, set media_file, and push to the other WABA".into())
        } else if let Some(p) = problems
            .iter()
            .find(|p| p.severity == lint::Severity::Error)
        {
            Some(format!("lint: {} {}: {}", p.component, p.field, p.message))
        } else if left == 0 {
            e.rate_limited = true;
            Some("over Meta's 100 creations per hour; run copy again later".into())
        } else {
            left -= 1;
            None
        };
        if let Some(why) = refusal {
            e.action = Action::Refused;
            e.detail = why;
        }
        entries.push(e);
    }
    if entries.is_empty() {
        return Ok(Report::message(format!(
            "WABA {from} has no approved templates to copy"
        )));
    }
    let creates = entries
        .iter()
        .filter(|e| e.action == Action::Create)
        .count();
    let plan = plan_report(to, &entries, "Copy into");
    if creates == 0 || ctx.flags.dry_run {
        let note = if creates == 0 {
            "nothing to copy"
        } else {
            "dry run: nothing was sent"
        };
        return Ok(plan.with_note(note));
    }
    ctx.printer.show(&plan);
    ctx.confirm(&format!("Create {creates} template(s) in WABA {to}?"))
        .await?;
    // The copies are created from the source's definitions, as files would be.
    let entries: Vec<Entry> = entries
        .into_iter()
        .map(|mut e| {
            e.file = e.file.or(Some(PathBuf::from(".")));
            e
        })
        .collect();
    apply(ctx, client, to, &entries).await
}

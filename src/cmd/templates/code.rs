//! Templates as code: `pull` writes a directory, `push` makes the WABA
//! match it after showing the plan.

use std::collections::HashMap;
use std::path::Path;

use serde_json::json;

use super::common::{apply, lint_before_sending, lint_report, plan_report, unreadable};
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::graph::templates::{self as api, Filter};
use crate::output::Report;
use crate::templates::definition::{self, Summary};
use crate::templates::file::{self, FileFormat, Loaded, Written};
use crate::templates::limits::{self};
use crate::templates::plan::{self, Action, Entry};
use crate::templates::send::creation_budget;

pub async fn pull(ctx: &Context, dir: &Path, format: FileFormat, force: bool) -> Result<Report> {
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    std::fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, e))?;
    let (mut written, mut kept, mut unchanged, mut skipped) =
        (Vec::new(), Vec::new(), 0usize, 0usize);
    let mut approved = std::collections::BTreeMap::new();
    // Each page is written as it arrives: memory holds one page at a time.
    api::each_page(client, waba, &Filter::default(), true, |page| {
        for t in page {
            let status = Summary::of(&t).status.unwrap_or_default();
            if matches!(status.as_str(), "DELETED" | "PENDING_DELETION") {
                skipped += 1;
                continue;
            }
            let (path, done) = file::write(dir, &t, format, force)?;
            if status == "APPROVED" {
                approved.insert(file::approved_key(&t), definition::canonical(&t));
            }
            match done {
                Written::Changed => written.push(path.display().to_string()),
                Written::Unchanged => unchanged += 1,
                Written::Kept => kept.push(path.display().to_string()),
            }
        }
        Ok(())
    })
    .await?;
    file::write_approved(dir, &approved)?;
    let mut report = Report::message(format!(
        "Pulled WABA {waba} into {}: {} file(s) written, {unchanged} unchanged",
        dir.display(),
        written.len()
    ))
    .with_json(json!({"waba_id": waba, "dir": dir, "written": written, "unchanged": unchanged, "skipped": skipped, "kept": kept}));
    if skipped > 0 {
        report = report.with_note(format!("{skipped} template(s) being deleted were left out"));
    }
    if !kept.is_empty() {
        // The rest is written; what differs locally is not lost.
        ctx.printer.print(&report)?;
        return Err(Error::usage(format!(
            "{} local file(s) differ from the WABA's version and were kept: {}",
            kept.len(),
            kept.join(", ")
        ))
        .with_hint(format!(
            "push them (`waba templates push {}`), or pass --force to replace them with the WABA's version",
            dir.display()
        )));
    }
    Ok(report)
}

/// Reads every template file of a directory; any file that does not parse,
/// or two files for one name+language, stop the push (exit 2).
fn read_dir(ctx: &Context, dir: &Path) -> Result<Vec<Loaded>> {
    let paths = file::template_files(dir)?;
    if paths.is_empty() {
        return Err(Error::usage(format!(
            "{} holds no template files (*.yaml, *.yml, *.json)",
            dir.display()
        ))
        .with_hint("start from the WABA's templates with `waba templates pull DIR`"));
    }
    let mut loaded = Vec::new();
    let mut broken = Vec::new();
    for p in &paths {
        match file::read(p) {
            Ok(l) => loaded.push(l),
            Err(e) => broken.push((p.display().to_string(), vec![unreadable(e)])),
        }
    }
    if !broken.is_empty() {
        lint_report(ctx, &broken)?;
    }
    let mut seen: HashMap<(String, String), &Loaded> = HashMap::new();
    for l in &loaded {
        let key = definition::key(&l.template);
        if let Some(first) = seen.insert(key.clone(), l) {
            return Err(Error::usage(format!(
                "{} and {} both define {} ({})",
                first.path.display(),
                l.path.display(),
                key.0,
                key.1
            ))
            .with_hint("keep one file per name and language"));
        }
    }
    Ok(loaded)
}

pub async fn push(ctx: &Context, dir: &Path, prune: bool) -> Result<Report> {
    let locals = read_dir(ctx, dir)?;
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    let remotes = api::all(client, waba, &Filter::default()).await?;
    let now = ctx.clock.now();
    let store = ctx.store().await?;
    let mut edits = HashMap::new();
    for r in &remotes {
        let s = Summary::of(r);
        if s.status.as_deref() == Some("APPROVED") {
            edits.insert(s.id.clone(), limits::edits(store, &s.id, now).await?);
        }
    }
    let creations = creation_budget(ctx, waba).await?;
    let entries = plan::plan(plan::Inputs {
        locals: &locals,
        remotes: &remotes,
        edits: &edits,
        creations,
        prune,
    });
    // Only what is about to be sent is linted: a template Meta already
    // holds unchanged is Meta's business.
    let outgoing: Vec<Loaded> = entries
        .iter()
        .filter(|e| matches!(e.action, Action::Create | Action::Edit))
        .filter_map(|e| {
            Some(Loaded {
                path: e.file.clone()?,
                template: e.template.clone()?,
            })
        })
        .collect();
    lint_before_sending(ctx, &outgoing)?;
    let changes = entries.iter().filter(|e| e.action.changes()).count();
    let plan = plan_report(waba, &entries, "Plan for");
    if changes == 0 || ctx.flags.dry_run {
        let note = if changes == 0 {
            "nothing to change"
        } else {
            "dry run: nothing was sent; run without --dry-run to apply"
        };
        let plan = plan.with_note(note);
        if ctx.flags.dry_run {
            return Ok(plan);
        }
        return refused(ctx, &entries, plan);
    }
    ctx.printer.show(&plan);
    ctx.confirm(&format!("Apply {changes} change(s) to WABA {waba}?"))
        .await?;
    let report = apply(ctx, client, waba, &entries).await?;
    refused(ctx, &entries, report)
}

/// The report, or, when the plan refused changes, the report printed and an
/// error: the directory and the WABA still differ. Exit 6 when only Meta's
/// hourly or daily limits stood in the way (a later run applies them), 4
/// when a file asks for what Meta never allows.
fn refused(ctx: &Context, entries: &[Entry], report: Report) -> Result<Report> {
    let refused: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.action == Action::Refused)
        .collect();
    if refused.is_empty() {
        return Ok(report);
    }
    ctx.printer.print(&report)?;
    let kind = if refused.iter().all(|e| e.rate_limited) {
        Kind::RateLimited
    } else {
        Kind::Rejected
    };
    let first = refused[0];
    Err(Error::new(
        kind,
        format!(
            "{} change(s) refused, so the WABA does not match the directory yet; first: {} ({}): {}",
            refused.len(),
            first.name,
            first.language,
            first.detail
        ),
    )
    .with_hint("fix those files, or run push again once Meta's limits allow"))
}

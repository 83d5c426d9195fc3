//! `templates …`: list, show and lint here; changes in `change`, templates
//! as code in `code`, copies between WABAs in `copy`.

mod change;
mod code;
mod common;
mod copy;
mod show;

use self::common::{lint_report, unreadable};
use super::common::quality_cell;
use crate::cli::{ListArgs, TemplatesCommand};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::templates::{self as api, Filter};
use crate::output::{Cell, Column, Report, Rows, Style};
use crate::templates::definition::Summary;
use crate::templates::file::base_dir;
use crate::templates::file::{self};
use crate::templates::lint::{self};

pub async fn run(ctx: &Context, command: &TemplatesCommand) -> Result<Report> {
    match command {
        TemplatesCommand::List(args) => list(ctx, args).await,
        TemplatesCommand::Show { name, language } => {
            show::show(ctx, name, language.as_deref()).await
        }
        TemplatesCommand::Create(args) => change::create(ctx, args).await,
        TemplatesCommand::Edit {
            name,
            file,
            no_lint,
        } => change::edit(ctx, name, file, *no_lint).await,
        TemplatesCommand::Delete { name, id } => change::delete(ctx, name, id.as_deref()).await,
        TemplatesCommand::Lint { files } => lint_files(ctx, files),
        TemplatesCommand::Pull { dir, format, force } => {
            code::pull(ctx, dir, *format, *force).await
        }
        TemplatesCommand::Push { dir, prune } => code::push(ctx, dir, *prune).await,
        TemplatesCommand::Copy { to_waba, names } => copy::copy(ctx, to_waba, names).await,
    }
}

async fn list(ctx: &Context, args: &ListArgs) -> Result<Report> {
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    let filter = Filter {
        status: args.status.as_ref().map(|s| s.to_ascii_uppercase()),
        category: args.category.as_ref().map(|s| s.to_ascii_uppercase()),
        language: args.language.clone(),
        name: args.name.clone(),
    };
    let columns = vec![
        Column::new("NAME").flex(),
        Column::new("LANGUAGE"),
        Column::new("CATEGORY"),
        Column::new("STATUS"),
        Column::new("QUALITY").optional(),
        Column::new("ID"),
        Column::new("UPDATED").optional(),
    ];
    // One page of Meta's answer is held at a time: as JSON or CSV each row
    // is written as it arrives; a table keeps only its cells.
    let now = ctx.clock.now();
    let mut rows = Rows::new(&ctx.printer, columns);
    let (mut rejected, mut stuck) = (0, Vec::new());
    api::each_page(client, waba, &filter, false, |page| {
        for t in page {
            let s = Summary::of(&t);
            let overdue = pending_too_long(&s, now);
            if overdue {
                stuck.push(s.name.clone());
            }
            if s.status.as_deref() == Some("REJECTED") {
                rejected += 1;
            }
            let status = if overdue {
                Cell::styled("PENDING", Style::Bad)
            } else {
                status_cell(s.status.as_deref())
            };
            let cells = vec![
                Cell::plain(&s.name),
                Cell::plain(&s.language),
                category_cell(&s),
                status,
                quality_cell(s.quality.as_deref()),
                Cell::plain(&s.id),
                Cell::opt(s.last_updated_time.as_deref().map(short_time).as_deref()),
            ];
            rows.push(cells, &s)?;
        }
        Ok(())
    })
    .await?;
    let count = rows.len();
    let mut report = rows
        .finish()?
        .with_heading(format!("WABA {waba} · {count} template(s)"));
    if rejected > 0 {
        report = report.with_note(format!(
            "{rejected} rejected: `waba templates show NAME` gives Meta's reason; a rejected template keeps its name and can be edited and resubmitted"
        ));
    }
    if !stuck.is_empty() {
        stuck.dedup();
        report = report.with_note(format!(
            "{} pending for more than {PENDING_HOURS} hours ({}): Meta's review usually ends within {PENDING_HOURS} hours; raise these with Meta support, quoting the id",
            stuck.len(),
            stuck.join(", ")
        ));
    }
    if count == 0 {
        report = report.with_note("no templates match; create one with `waba templates create`");
    }
    Ok(report)
}

/// Meta: review "can take up to 24 hours" (graph-api.md §3).
const PENDING_HOURS: i64 = 24;

/// PENDING since longer than Meta's review takes. Without a last update
/// time nothing can be said, so nothing is flagged.
fn pending_too_long(s: &Summary, now: chrono::DateTime<chrono::Utc>) -> bool {
    s.status.as_deref() == Some("PENDING")
        && s.last_updated_time
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .is_some_and(|t| {
                now - t.with_timezone(&chrono::Utc) > chrono::Duration::hours(PENDING_HOURS)
            })
}

fn category_cell(s: &Summary) -> Cell {
    let cat = s.category.clone().unwrap_or_else(|| "-".into());
    match &s.previous_category {
        Some(p) if !p.eq_ignore_ascii_case(&cat) => Cell::plain(format!("{cat} (was {p})")),
        _ => Cell::plain(cat),
    }
}

pub fn status_cell(s: Option<&str>) -> Cell {
    let style = match s.map(str::to_ascii_uppercase).as_deref() {
        Some("APPROVED") => Style::Good,
        Some("PENDING" | "IN_APPEAL" | "PAUSED" | "LIMIT_EXCEEDED") => Style::Warn,
        Some("REJECTED" | "DISABLED") => Style::Bad,
        Some("PENDING_DELETION" | "DELETED") => Style::Dim,
        _ => Style::Plain,
    };
    Cell::opt_styled(s, style)
}

/// `2026-10-01T09:00:00Z` → `2026-10-01 09:00` (UTC).
fn short_time(s: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| s.to_string())
}

fn lint_files(ctx: &Context, paths: &[std::path::PathBuf]) -> Result<Report> {
    let files = file::expand(paths)?;
    if files.is_empty() {
        return Err(
            Error::usage("no template files (*.yaml, *.yml, *.json) found")
                .with_hint("name files or a directory that holds them"),
        );
    }
    let mut checked = Vec::new();
    let mut approved = std::collections::HashMap::new();
    for path in &files {
        let shown = path.display().to_string();
        match file::read(path) {
            Ok(l) => {
                let dir = base_dir(path).to_path_buf();
                let known = approved
                    .entry(dir.clone())
                    .or_insert_with(|| file::approved(&dir));
                let problems = lint::check(&l.template);
                let problems = if file::is_approved_as_is(known, &l.template) {
                    lint::as_approved(problems)
                } else {
                    problems
                };
                checked.push((shown, problems));
            }
            Err(e) => checked.push((shown, vec![unreadable(e)])),
        }
    }
    lint_report(ctx, &checked)
}

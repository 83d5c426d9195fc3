//! `templates …`: list, show and lint here; changes in `change`, templates
//! as code in `code`, copies between WABAs in `copy`.

mod change;
mod code;
mod common;
mod copy;
mod show;

use self::common::{lint_report, unreadable};
use super::common::quality_cell;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::graph::templates::{self as api, Filter};
use crate::output::{Cell, Column, Report, Rows, Style};
use crate::templates::definition::Summary;
use crate::templates::file::base_dir;
use crate::templates::file::{self};
use crate::templates::lint::{self};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the WABA's templates, every page
    #[command(after_help = "\
Examples:
  waba templates list
  waba templates list --status rejected
  waba --sandbox templates list --category marketing --language en_US
  waba templates list --output json | jq -r '.[] | select(.status==\"PAUSED\") | .name'

Columns: name, language, category, status, quality, id, last update. A
category Meta moved a template out of shows as `UTILITY (was TRANSACTIONAL)`.")]
    #[command(visible_alias = "ls")]
    List(ListArgs),

    /// Show a template's header, body, footer and buttons (every language, or one)
    #[command(after_help = "\
Examples:
  waba templates show order_confirmation
  waba templates show order_confirmation --language es_ES
  waba templates show order_confirmation --language es_ES --output json

Placeholders are highlighted and listed with their examples. --output json
prints Meta's template objects as they are (an object with --language, a
list without).")]
    Show {
        /// Template name
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::templates))]
        name: String,
        /// Only this language, like en_US
        #[arg(long, add = clap_complete::ArgValueCompleter::new(crate::complete::languages))]
        language: Option<String>,
    },

    /// Create a template from a file (Meta's create body), or a text one from flags
    #[command(after_help = "\
Examples:
  waba templates create --file templates/order_update.en_US.yaml
  waba templates create --name order_update --language en_US --category utility \\
    --body 'Hi {{1}}, your order {{2}} has shipped and arrives this week.' \\
    --example Ana --example A-1042
  waba --dry-run templates create --file order_update.json

The file is the JSON body Meta documents for creating a template (name,
language, category, parameter_format, components), as JSON or YAML. It is
linted first; errors stop the run (exit 2) before anything is sent. A media
header names its sample with `media_file: banner.png` (relative to the file);
it is uploaded with Meta's Resumable Upload API, which needs the profile's
app id (`waba profile add NAME --app-id ID`, or WABA_APP_ID). Meta allows 100
creations per WABA per hour; review takes up to 24 hours.")]
    Create(change::CreateArgs),

    /// Replace a template's components (and a rejected or paused one's category) from a file
    #[command(after_help = "\
Examples:
  waba templates edit order_update --file templates/order_update.en_US.yaml
  waba templates edit order_update --file order_update.en_US.yaml --yes

The file's language picks which translation changes. Meta lets an approved
template be edited once per 24 hours and 10 times per 30 days, never its
category; rejected and paused templates can be edited freely. waba counts its
own edits and refuses before Meta would.")]
    Edit {
        /// Template name (must match the file's name)
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::templates))]
        name: String,
        /// The template file (YAML or JSON)
        #[arg(long, value_name = "FILE")]
        file: std::path::PathBuf,
        /// Send even if lint finds errors (Meta will judge)
        #[arg(long)]
        no_lint: bool,
    },

    /// Delete a template: every language of a name, or one with --id
    #[command(after_help = "\
Examples:
  waba templates delete spring_sale
  waba templates delete spring_sale --id 800000000000010 --yes

Meta blocks the name of a deleted approved template for 30 days: it cannot
be created again (in that language) until then. Disabled templates cannot be
deleted.")]
    Delete {
        /// Template name
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::complete::templates))]
        name: String,
        /// Delete only the template with this id (one language)
        #[arg(long, value_name = "ID")]
        id: Option<String>,
    },

    /// Check template files against Meta's rules, without sending anything
    #[command(after_help = "\
Examples:
  waba templates lint templates/
  waba templates lint order_update.en_US.yaml promo.json
  waba templates lint templates/ --output json

Checks the name, category, language, one header/body/footer, text lengths
(header 60, body 1,024, footer 60), placeholders ({{1}}… in order, or
lowercase names), an example for each, no body starting or ending with a
placeholder, placeholder density, button counts, kinds and lengths, and
authentication templates. Exit 2 when any error is found.")]
    Lint {
        /// Template files, or directories of them
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::path::PathBuf>,
    },

    /// Write every template to DIR, one file per name and language
    #[command(after_help = "\
Examples:
  waba templates pull templates/
  waba templates pull templates/ --format json
  waba --sandbox templates pull /tmp/demo-templates

Files are named <name>.<language>.yaml, in a stable form: keys in a fixed
order, no server-only fields (id, status, quality). Pulling twice changes
nothing. Templates being deleted are left out. A local file that differs
from the WABA's version (an edit not pushed yet) is kept: the pull lists
those files and exits 2, unless --force replaces them.")]
    Pull {
        /// Directory to write to (created if missing)
        dir: std::path::PathBuf,
        /// File format
        #[arg(long, value_enum, default_value = "yaml")]
        format: crate::templates::file::FileFormat,
        /// Replace local files that differ from the WABA's version
        #[arg(long)]
        force: bool,
    },

    /// Make the WABA match DIR: show the plan, then create and edit
    #[command(after_help = "\
Examples:
  waba templates push templates/                  # shows the plan, asks
  waba templates push templates/ --yes            # CI
  waba --dry-run templates push templates/        # the plan only
  waba templates push templates/ --prune --yes    # also delete what DIR lacks

The plan lists each template as create, edit, unchanged, only remote, delete
(with --prune) or refused: a change Meta's limits would refuse (the category
of an approved template, more than 1 edit in 24 h or 10 in 30 days, over 100
creations in an hour). Every file is linted first; any error stops the push
before anything is sent.")]
    Push {
        /// Directory of template files
        dir: std::path::PathBuf,
        /// Delete templates that are at Meta but not in DIR
        #[arg(long)]
        prune: bool,
    },

    /// Copy templates to another WABA (all approved ones, or those named)
    #[command(after_help = "\
Examples:
  waba templates copy --to-waba 100000000000002
  waba templates copy --to-waba 100000000000002 order_confirmation hello_world --yes

Approved templates are created in the other WABA under the same name and
language; ones it already has are skipped. Media headers need their sample
uploaded again: pull, add media_file, and push to the other WABA instead.")]
    Copy {
        /// The WABA to copy to
        #[arg(long, value_name = "ID")]
        to_waba: String,
        /// Template names (default: every approved template)
        names: Vec<String>,
    },
}

/// Template statuses as Meta documents them (graph-api.md §3.1), and
/// ARCHIVED, which its status webhook reports.
const TEMPLATE_STATUSES: [&str; 10] = [
    "APPROVED",
    "PENDING",
    "REJECTED",
    "PAUSED",
    "DISABLED",
    "IN_APPEAL",
    "PENDING_DELETION",
    "DELETED",
    "LIMIT_EXCEEDED",
    "ARCHIVED",
];

const TEMPLATE_CATEGORIES: [&str; 3] = ["MARKETING", "UTILITY", "AUTHENTICATION"];

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status
    #[arg(long, ignore_case = true, value_parser = TEMPLATE_STATUSES)]
    pub status: Option<String>,
    /// Only this category
    #[arg(long, ignore_case = true, value_parser = TEMPLATE_CATEGORIES)]
    pub category: Option<String>,
    /// Only this language, like en_US
    #[arg(long, add = clap_complete::ArgValueCompleter::new(crate::complete::languages))]
    pub language: Option<String>,
    /// Only names containing this
    #[arg(long)]
    pub name: Option<String>,
}

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
        Column::new("NAME"),
        Column::new("LANGUAGE"),
        Column::new("CATEGORY").flex(),
        Column::new("STATUS"),
        Column::new("QUALITY").optional(),
        Column::new("ID"),
        Column::new("UPDATED").optional().context(),
    ];
    // One page of Meta's answer is held at a time: as JSON or CSV each row
    // is written as it arrives; a table keeps only its cells.
    let now = ctx.clock.now();
    let mut rows = Rows::new(&ctx.printer, columns);
    let (mut rejected, mut stuck) = (0, Vec::new());
    // Names and languages, for shell completion.
    let mut names: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let mut seen = Vec::new();
    let tally = ctx.printer.tally("templates");
    api::each_page(client, waba, &filter, false, |page| {
        tally.add(page.len());
        for t in page {
            let s = Summary::of(&t);
            names
                .entry(s.name.clone())
                .or_default()
                .push(s.language.clone());
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
            seen.push(s);
        }
        Ok(())
    })
    .await?;
    // A filtered list adds to what completion knows; a whole one replaces it.
    let whole = args.status.is_none()
        && args.category.is_none()
        && args.language.is_none()
        && args.name.is_none();
    // What metrics count by status and category.
    if !ctx.flags.dry_run {
        let kept = async {
            crate::templates::states::remember(ctx.store().await?, waba, &seen, whole, now).await
        };
        if let Err(e) = kept.await {
            ctx.notes.warn(&format!(
                "the listing was not kept for `waba metrics`: {}",
                e.message
            ));
        }
    }
    crate::complete::Cache::remember(&ctx.paths, |c| {
        let known = c.templates.entry(waba.to_string()).or_default();
        if whole {
            known.clear();
        }
        for (name, mut langs) in names {
            let l = known.entry(name).or_default();
            l.append(&mut langs);
            l.sort();
            l.dedup();
        }
    });
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

//! `templates create`, `edit`, `delete`, and the pieces `push` and `copy`
//! share: sending a change counted against Meta's limits, and uploading a
//! media header's sample.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::common::lint_before_sending;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::graph::client::Sent;
use crate::graph::templates as api;
use crate::output::Report;
use crate::templates::definition::{self, Summary};
use crate::templates::file::base_dir;
use crate::templates::file::{self, Loaded};
use crate::templates::limits::{self, Change, Record};
use crate::templates::plan::edit_refusal;
use crate::templates::send::{creation_budget, prepare, tracked};
use clap::Args;

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The template file (YAML or JSON)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "body"])]
    pub file: Option<std::path::PathBuf>,
    /// Template name (lowercase letters, digits and _)
    #[arg(long, requires_all = ["category", "body"])]
    pub name: Option<String>,
    /// Language code, like en_US
    #[arg(long)]
    pub language: Option<String>,
    /// marketing, utility or authentication
    #[arg(long)]
    pub category: Option<String>,
    /// Header text (at most one placeholder)
    #[arg(long)]
    pub header: Option<String>,
    /// Body text, with {{1}}, {{2}}… placeholders
    #[arg(long)]
    pub body: Option<String>,
    /// Footer text
    #[arg(long)]
    pub footer: Option<String>,
    /// An example value for the next body placeholder; repeat in order
    #[arg(long = "example", value_name = "VALUE")]
    pub examples: Vec<String>,
    /// An example value for the header placeholder
    #[arg(long, value_name = "VALUE")]
    pub header_example: Option<String>,
    /// Send even if lint finds errors (Meta will judge)
    #[arg(long)]
    pub no_lint: bool,
}

/// A template from `--file`, or built from the flags.
fn from_args(args: &CreateArgs, language: Option<&String>) -> Result<Loaded> {
    if let Some(path) = &args.file {
        return file::read(path);
    }
    let (Some(name), Some(language), Some(category), Some(body)) =
        (&args.name, language, &args.category, &args.body)
    else {
        return Err(Error::usage("nothing to create").with_hint(
            "give --file FILE, or --name, --language, --category and --body for a text template",
        ));
    };
    let mut components = Vec::new();
    if let Some(h) = &args.header {
        let mut header = json!({"type": "HEADER", "format": "TEXT", "text": h});
        if let Some(e) = &args.header_example {
            header["example"] = json!({ "header_text": [e] });
        }
        components.push(header);
    }
    let mut b = json!({"type": "BODY", "text": body});
    if !args.examples.is_empty() {
        b["example"] = json!({ "body_text": [args.examples] });
    }
    components.push(b);
    if let Some(f) = &args.footer {
        components.push(json!({"type": "FOOTER", "text": f}));
    }
    Ok(Loaded {
        path: PathBuf::from("(flags)"),
        template: json!({
            "name": name, "language": language,
            "category": category.to_ascii_uppercase(), "components": components,
        }),
    })
}

pub async fn create(ctx: &Context, args: &CreateArgs) -> Result<Report> {
    // Built from flags at a terminal, the language is picked from Meta's
    // list, narrowed by typing.
    let mut language = args.language.clone();
    if args.file.is_none() && language.is_none() && args.name.is_some() && ctx.can_prompt() {
        let codes: Vec<String> = crate::templates::lint::LANGUAGES
            .iter()
            .map(|l| l.to_string())
            .collect();
        let i = ctx
            .choose_filtered("Language (type to narrow)", &codes)
            .await?;
        language = Some(codes[i].clone());
    }
    if args.file.is_none() && args.name.is_some() && language.is_none() {
        return Err(Error::usage("--language is missing")
            .with_hint("give the template's language, e.g. --language en_US (Meta's codes: es_ES, pt_BR, de, …)"));
    }
    let loaded = from_args(args, language.as_ref())?;
    if !args.no_lint {
        lint_before_sending(ctx, std::slice::from_ref(&loaded))?;
    }
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    let (name, language) = definition::key(&loaded.template);
    let budget = creation_budget(ctx, waba).await?;
    if budget.left == 0 {
        let when = budget
            .frees_at
            .map(|t| format!("; the next is possible after {}", crate::clock::rfc3339(t)))
            .unwrap_or_default();
        return Err(Error::new(
            Kind::RateLimited,
            format!(
                "waba created {} templates in WABA {waba} in the last hour; Meta allows 100",
                budget.used
            ),
        )
        .with_hint(format!("wait{when}")));
    }
    let category = definition::text(&loaded.template, "category").unwrap_or("?");
    ctx.confirm(&format!(
        "Create template {name} ({language}, {category}) in WABA {waba} and send it to Meta's review?"
    ))
    .await?;
    let body = prepare(ctx, client, &loaded.template, base_dir(&loaded.path)).await?;
    let record = Record {
        waba,
        template_id: None,
        name: &name,
        language: &language,
        change: Change::Create,
        actor: &ctx.actor,
    };
    match tracked(ctx, record, api::create(client, waba, &body)).await? {
        Sent::DryRun(p) => Ok(crate::cmd::common::dry_run(p)),
        Sent::Done(v) => {
            let id = v.get("id").and_then(Value::as_str).unwrap_or("?");
            let status = v.get("status").and_then(Value::as_str).unwrap_or("PENDING");
            let category = v.get("category").and_then(Value::as_str).unwrap_or("?");
            Ok(Report::message(format!(
                "Created {name} ({language}): {status}, {category}, id {id}"
            ))
            .with_json(json!({"name": name, "language": language, "id": id, "status": status, "category": category}))
            .with_note(format!(
                "Meta reviews new templates, usually within minutes and at most 24 hours; follow it with `waba templates show {name} --language {language}`"
            )))
        }
    }
}

pub async fn edit(ctx: &Context, name: &str, path: &Path, no_lint: bool) -> Result<Report> {
    let loaded = file::read(path)?;
    let (file_name, language) = definition::key(&loaded.template);
    if file_name != name {
        return Err(Error::usage(format!(
            "{} holds template `{file_name}`, not `{name}`",
            path.display()
        ))
        .with_hint("edit the template the file names, or fix the name in the file"));
    }
    if !no_lint {
        lint_before_sending(ctx, std::slice::from_ref(&loaded))?;
    }
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    let remote = api::by_name(client, waba, name).await?;
    let Some(current) = remote
        .iter()
        .find(|t| definition::text(t, "language") == Some(language.as_str()))
    else {
        let have: Vec<String> = remote.iter().map(|t| definition::key(t).1).collect();
        let hint = if have.is_empty() {
            "create it with `waba templates create --file …`".to_string()
        } else {
            format!(
                "it exists in {}; create this language with `waba templates create --file …`",
                have.join(", ")
            )
        };
        return Err(
            Error::usage(format!("WABA {waba} has no {language} template `{name}`"))
                .with_hint(hint),
        );
    };
    let s = Summary::of(current);
    let status = s.status.clone().unwrap_or_default().to_ascii_uppercase();
    if definition::comparable(&loaded.template) == definition::comparable(current) {
        return Ok(Report::message(format!(
            "{name} ({language}) already matches {}; nothing sent",
            path.display()
        )));
    }
    let new_category = definition::text(&loaded.template, "category")
        .unwrap_or("")
        .to_ascii_uppercase();
    let old_category = s.category.clone().unwrap_or_default().to_ascii_uppercase();
    let category_changed = old_category != new_category;
    let edits = if status == "APPROVED" {
        let store = ctx.store().await?;
        Some(limits::edits(store, &s.id, ctx.clock.now()).await?)
    } else {
        None
    };
    if let Some(r) = edit_refusal(&status, &old_category, &new_category, edits.as_ref()) {
        let kind = if r.rate_limited {
            Kind::RateLimited
        } else {
            Kind::Rejected
        };
        return Err(Error::new(
            kind,
            format!("{name} ({language}): {}", r.reason),
        ));
    }
    ctx.confirm(&format!(
        "Replace the components of {name} ({language}, {status}, id {})?",
        s.id
    ))
    .await?;
    let prepared = prepare(ctx, client, &loaded.template, base_dir(path)).await?;
    let body = api::edit_body(&prepared, category_changed);
    let record = Record {
        waba,
        template_id: Some(&s.id),
        name,
        language: &language,
        change: Change::Edit,
        actor: &ctx.actor,
    };
    match tracked(ctx, record, api::edit(client, &s.id, &body)).await? {
        Sent::DryRun(p) => Ok(crate::cmd::common::dry_run(p)),
        Sent::Done(_) => Ok(Report::message(format!(
            "Edited {name} ({language}, id {}): Meta reviews it again",
            s.id
        ))
        .with_json(json!({"name": name, "language": language, "id": s.id, "edited": true}))),
    }
}

pub async fn delete(ctx: &Context, name: &str, id: Option<&str>) -> Result<Report> {
    let client = ctx.graph().await?;
    let waba = ctx.waba_id()?;
    let mut found = api::by_name(client, waba, name).await?;
    if let Some(id) = id {
        found.retain(|t| Summary::of(t).id == id);
    }
    if found.is_empty() {
        let what = id.map(|i| format!(" with id {i}")).unwrap_or_default();
        return Err(
            Error::usage(format!("WABA {waba} has no template `{name}`{what}"))
                .with_hint("`waba templates list --name PART` finds names and ids"),
        );
    }
    let summaries: Vec<Summary> = found.iter().map(Summary::of).collect();
    let listed: Vec<String> = summaries
        .iter()
        .map(|s| {
            format!(
                "  {} {} ({}, id {})",
                s.name,
                s.language,
                s.status.as_deref().unwrap_or("?"),
                s.id
            )
        })
        .collect();
    ctx.printer.step(&format!(
        "To delete from WABA {waba}:\n{}",
        listed.join("\n")
    ));
    if summaries
        .iter()
        .any(|s| s.status.as_deref() == Some("APPROVED"))
    {
        ctx.printer.warn(&format!(
            "Meta blocks the name `{name}` for 30 days after an approved template is deleted: it cannot be created again in that language until then"
        ));
    }
    let what = match id {
        Some(_) => format!("Delete {name} ({})?", summaries[0].language),
        None => format!("Delete {name} in {} language(s)?", summaries.len()),
    };
    ctx.confirm(&what).await?;
    let language = match id {
        Some(_) => summaries[0].language.clone(),
        None => "*".to_string(),
    };
    let record = Record {
        waba,
        template_id: id,
        name,
        language: &language,
        change: Change::Delete,
        actor: &ctx.actor,
    };
    match tracked(ctx, record, api::delete(client, waba, name, id)).await? {
        Sent::DryRun(p) => Ok(crate::cmd::common::dry_run(p)),
        Sent::Done(_) => Ok(Report::message(format!(
            "Deleted {name}: {}",
            summaries
                .iter()
                .map(|s| s.language.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .with_json(json!({"deleted": summaries}))),
    }
}

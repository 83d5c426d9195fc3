//! What the template commands share: lint problems as a report, the
//! check before sending, a plan as a table and applying it.

use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::graph::Client;
use crate::output::{Body, Cell, Column, Report, Style};
use crate::templates::file::Loaded;
use crate::templates::lint::{self, Problem, Severity};
use crate::templates::plan::{Action, Entry};
use crate::templates::send::apply_one;

/// One problem of one file, for output.
#[derive(Debug, serde::Serialize)]
struct FileProblem<'a> {
    file: String,
    #[serde(flatten)]
    problem: &'a Problem,
}

/// The problems of several files as a report; `Err` (exit 2) when any is an
/// error, after printing them.
pub fn lint_report(ctx: &Context, checked: &[(String, Vec<Problem>)]) -> Result<Report> {
    let mut lines = Vec::new();
    let mut json = Vec::new();
    let (mut errors, mut warnings) = (0, 0);
    for (file, problems) in checked {
        for p in problems {
            match p.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            lines.push(format!("{file}: {p}"));
            json.push(json!(FileProblem {
                file: file.clone(),
                problem: p
            }));
        }
    }
    let summary = format!(
        "{} file(s) checked: {errors} error(s), {warnings} warning(s)",
        checked.len()
    );
    if lines.is_empty() {
        lines.push(summary.clone());
    }
    let report = Report::new(Body::Text(lines.join("\n")), Value::Array(json));
    if errors == 0 {
        return Ok(if warnings > 0 {
            report.with_note(summary)
        } else {
            report
        });
    }
    ctx.printer.print(&report)?;
    Err(Error::usage(summary)
        .with_hint("fix the problems above; each names the component, the field and Meta's rule"))
}

/// A file that does not parse, as a lint problem (its path is said apart).
pub fn unreadable(e: Error) -> Problem {
    Problem {
        severity: Severity::Error,
        rule: "file",
        component: "template".into(),
        field: String::new(),
        message: e
            .message
            .split_once(": ")
            .map(|(_, m)| m.to_string())
            .unwrap_or(e.message),
    }
}

/// Lints templates about to be sent; stops (exit 2) on any error, shows
/// warnings on stderr.
pub fn lint_before_sending(ctx: &Context, loaded: &[Loaded]) -> Result<()> {
    let checked: Vec<(String, Vec<Problem>)> = loaded
        .iter()
        .map(|l| (l.path.display().to_string(), lint::check(&l.template)))
        .filter(|(_, p)| !p.is_empty())
        .collect();
    if checked.iter().any(|(_, p)| lint::has_errors(p)) {
        lint_report(ctx, &checked)?;
    }
    for (file, problems) in &checked {
        for p in problems {
            ctx.printer.warn(&format!("{file}: {}", p.message));
        }
    }
    Ok(())
}

/// The plan as a table: action, name, language, detail, file.
pub fn plan_report(waba: &str, entries: &[Entry], title: &str) -> Report {
    let columns = vec![
        Column::new("ACTION"),
        Column::new("NAME"),
        Column::new("LANGUAGE"),
        Column::new("DETAIL").flex(),
        Column::new("FILE").optional(),
    ];
    let rows = entries
        .iter()
        .map(|e| {
            let style = match e.action {
                Action::Create | Action::Edit => Style::Good,
                Action::Delete | Action::Refused => Style::Bad,
                Action::OnlyRemote => Style::Warn,
                Action::Unchanged => Style::Dim,
            };
            vec![
                Cell::styled(e.action.as_str(), style),
                Cell::plain(&e.name),
                Cell::plain(&e.language),
                Cell::plain(&e.detail),
                Cell::opt(e.file.as_ref().map(|f| f.display().to_string()).as_deref()),
            ]
        })
        .collect();
    let count = |a: Action| entries.iter().filter(|e| e.action == a).count();
    Report::new(
        Body::Table { columns, rows },
        json!({"waba_id": waba, "plan": entries}),
    )
    .with_heading(format!(
        "{title} WABA {waba}: {} to create, {} to edit, {} to delete, {} unchanged, {} only remote, {} refused",
        count(Action::Create),
        count(Action::Edit),
        count(Action::Delete),
        count(Action::Unchanged),
        count(Action::OnlyRemote),
        count(Action::Refused),
    ))
}

/// Applies the changes of a plan in order; a failure does not stop the
/// others. Returns the results, or an error after printing them when any
/// change failed.
pub async fn apply(
    ctx: &Context,
    client: &Client,
    waba: &str,
    entries: &[Entry],
) -> Result<Report> {
    let mut results = Vec::new();
    let mut failed = 0;
    for e in entries.iter().filter(|e| e.action.changes()) {
        let outcome = apply_one(ctx, client, waba, e).await;
        let (text, style, json) = match outcome {
            Ok(text) => (
                text.clone(),
                Style::Good,
                json!({"ok": true, "result": text}),
            ),
            Err(err) => {
                failed += 1;
                let mut text = err.message.clone();
                if let Some(h) = &err.hint {
                    text.push_str(&format!(" ({h})"));
                }
                (
                    text.clone(),
                    Style::Bad,
                    json!({"ok": false, "error": text}),
                )
            }
        };
        ctx.printer.step(&format!(
            "{} {} ({}): {text}",
            e.action.as_str(),
            e.name,
            e.language
        ));
        results.push((e, text, style, json));
    }
    let columns = vec![
        Column::new("ACTION"),
        Column::new("NAME"),
        Column::new("LANGUAGE"),
        Column::new("RESULT").flex(),
    ];
    let rows = results
        .iter()
        .map(|(e, text, style, _)| {
            vec![
                Cell::plain(e.action.as_str()),
                Cell::plain(&e.name),
                Cell::plain(&e.language),
                Cell::styled(text.clone(), *style),
            ]
        })
        .collect();
    let json: Vec<Value> = results
        .iter()
        .map(|(e, _, _, j)| {
            let mut j = j.clone();
            j["action"] = json!(e.action);
            j["name"] = json!(e.name);
            j["language"] = json!(e.language);
            j
        })
        .collect();
    let report = Report::new(
        Body::Table { columns, rows },
        json!({"waba_id": waba, "results": json}),
    )
    .with_heading(format!(
        "WABA {waba}: {} change(s) applied, {failed} failed",
        results.len() - failed
    ));
    if failed == 0 {
        return Ok(report);
    }
    ctx.printer.print(&report)?;
    Err(Error::new(
        Kind::Rejected,
        format!("{failed} of {} change(s) failed; the others were applied", results.len()),
    )
    .with_hint("fix what the results say and run the same command again: applied changes show as unchanged"))
}

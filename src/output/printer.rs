//! How to print a report, decided once from the settings and the terminal.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::csv::{csv, json_csv, json_rows, report_rows};
use super::format::Format;
use super::progress;
use super::report::{Body, Cell, Column, Report, Style};
use super::table;
use super::text::{printable, write_stderr, write_stdout};
use crate::error::{Error, Result};

/// How to print, decided once from the settings and the terminal.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub color: bool,
    pub width: Option<usize>,
    pub quiet: bool,
    /// stderr is a terminal: spinners may be drawn there.
    pub stderr_tty: bool,
    /// `-v`: an error's causes are printed under it.
    pub verbose: bool,
    /// `--jq`: the JSON output goes through this filter.
    pub jq: Option<super::jq::Jq>,
}

impl Printer {
    pub fn render(&self, report: &Report) -> String {
        if matches!(report.body, Body::Written) {
            return String::new();
        }
        match self.format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(&report.json).unwrap_or_default();
                s.push('\n');
                s
            }
            Format::Csv if report.csv_rows.is_some() => {
                let rows = report_rows(&report.json, report.csv_rows.unwrap_or_default());
                if rows.is_empty() {
                    String::new()
                } else {
                    json_csv(&rows)
                }
            }
            Format::Csv => match (&report.body, json_rows(&report.json)) {
                // A list's CSV is its JSON, flat: headers are the JSON keys
                // and cells the JSON values, so a script reads one schema.
                (Body::Table { .. }, Some(rows)) => json_csv(rows),
                // An empty list has no keys to head it: no line at all.
                (Body::Table { .. }, None) if report.json == Value::Array(Vec::new()) => {
                    String::new()
                }
                (Body::Table { columns, rows }, None) => csv(columns, rows),
                (Body::Fields(fields), _) => {
                    let cols = [Column::new("field"), Column::new("value")];
                    let rows: Vec<Vec<Cell>> = fields
                        .iter()
                        .map(|(k, v)| vec![Cell::plain(k.clone()), v.clone()])
                        .collect();
                    csv(&cols, &rows)
                }
                (Body::Text(t), _) => format!("{t}\n"),
                (Body::Empty | Body::Written, _) => String::new(),
            },
            Format::Table => {
                let mut out = String::new();
                let fitted = match &report.body {
                    Body::Table { columns, rows } => {
                        Some(table::render(columns, rows, self.width, self.color))
                    }
                    _ => None,
                };
                // What every row shares is said once, on the line above.
                let mut heading = report.heading.clone();
                if let Some(f) = fitted.as_ref().filter(|f| !f.said.is_empty()) {
                    let said = f.said.join(" · ");
                    match heading.last_mut() {
                        Some(h) => *h = format!("{h} · {said}"),
                        None => heading.push(said),
                    }
                }
                for h in &heading {
                    out.push_str(&table::paint(
                        &table::fit_line(&printable(h, false), self.width),
                        Style::Header,
                        self.color,
                    ));
                    out.push('\n');
                }
                match &report.body {
                    Body::Table { .. } => {
                        if !heading.is_empty() {
                            out.push('\n');
                        }
                        out.push_str(&fitted.map(|f| f.text).unwrap_or_default());
                    }
                    Body::Fields(fields) => {
                        let w = fields
                            .iter()
                            .map(|(k, _)| k.chars().count())
                            .max()
                            .unwrap_or(0);
                        for (k, v) in fields {
                            out.push_str(&format!(
                                "{:<w$}  {}\n",
                                table::paint(k, Style::Dim, false),
                                table::paint(&printable(&v.text, false), v.style, self.color),
                                w = w
                            ));
                        }
                    }
                    Body::Text(t) => {
                        out.push_str(&printable(t, true));
                        if !t.ends_with('\n') {
                            out.push('\n');
                        }
                    }
                    Body::Empty | Body::Written => {}
                }
                out
            }
        }
    }

    /// Writes a report: body to stdout, notes to stderr (unless quiet or JSON).
    pub fn print(&self, report: &Report) -> Result<()> {
        match &self.jq {
            Some(jq) if !matches!(report.body, Body::Written) => {
                write_stdout(&jq.apply(&report.json)?)?
            }
            _ => write_stdout(&self.render(report))?,
        }
        if !self.quiet && self.format == Format::Table {
            for n in &report.notes {
                write_stderr(&printable(n, true));
            }
        }
        Ok(())
    }

    /// Whether progress (steps, checklists) is shown on stderr: in table
    /// mode, unless quiet.
    pub fn shows_progress(&self) -> bool {
        self.format == Format::Table && !self.quiet
    }

    /// Whether spinners and bars may be drawn: progress is shown and stderr
    /// is a terminal.
    pub fn draws_progress(&self) -> bool {
        self.shows_progress() && self.stderr_tty
    }

    /// A spinner while waiting, on a terminal only.
    pub fn spinner(&self, message: &str) -> progress::Progress {
        if self.draws_progress() {
            progress::Progress::spinner(message)
        } else {
            progress::Progress::off()
        }
    }

    /// A running count of things as they arrive (pages of an edge), on a
    /// terminal only.
    pub fn tally(&self, noun: &str) -> progress::Progress {
        if self.draws_progress() {
            progress::Progress::tally(noun)
        } else {
            progress::Progress::off()
        }
    }

    /// A bar counting `total` things as they are done (`37/200 WABAs`), on
    /// a terminal only.
    pub fn counting(&self, total: usize, noun: &str) -> progress::Progress {
        if self.draws_progress() && total > 1 {
            progress::Progress::counting(total, noun)
        } else {
            progress::Progress::off()
        }
    }

    /// A bar like `counting`'s whose total grows as the work is found
    /// (`Progress::grow`), on a terminal only.
    pub fn growing(&self, noun: &str) -> progress::Progress {
        if self.draws_progress() {
            progress::Progress::counting(0, noun)
        } else {
            progress::Progress::off()
        }
    }

    /// A progress line on stderr.
    pub fn step(&self, line: &str) {
        if self.shows_progress() {
            write_stderr(&printable(line, true));
        }
    }

    /// A report rendered on stderr as progress (a checklist before a change).
    pub fn show(&self, report: &Report) {
        if self.shows_progress() {
            let _ = io::stderr().write_all(crate::secret::scrub(&self.render(report)).as_bytes());
        }
    }

    /// A diagnostic line on stderr (warnings, progress), hidden by `-q`.
    pub fn warn(&self, line: &str) {
        if !self.quiet {
            write_stderr(&table::paint(
                &format!("warning: {}", printable(line, false)),
                Style::Warn,
                self.color,
            ));
        }
    }

    /// Errors go to stderr: one line plus a hint, or JSON under `--output json`.
    pub fn error(&self, err: &Error) {
        // Under --jq the output is JSON for the filter; errors stay lines.
        let text = if self.format == Format::Json && self.jq.is_none() {
            let graph = err.graph.as_ref().map(
                |g| json!({ "code": g.code, "subcode": g.subcode, "fbtrace_id": g.fbtrace_id }),
            );
            let mut e =
                json!({ "kind": err.kind.name(), "message": err.message, "hint": err.hint });
            if let Some(g) = graph {
                e["graph"] = g;
            }
            if self.verbose && err.cause.is_some() {
                e["causes"] = json!(err.causes());
            }
            format!("{}\n", json!({ "error": e }))
        } else {
            let mut s = format!(
                "{} {}\n",
                table::paint("error:", Style::Bad, self.color),
                printable(&err.message, false)
            );
            if let Some(h) = &err.hint {
                s.push_str(&format!(
                    "{} {}\n",
                    table::paint("hint:", Style::Dim, self.color),
                    printable(h, false)
                ));
            }
            if self.verbose {
                for c in err.causes() {
                    s.push_str(&format!(
                        "  {} {}\n",
                        table::paint("caused by:", Style::Dim, self.color),
                        printable(&c, false)
                    ));
                }
            }
            s
        };
        let _ = io::stderr().write_all(crate::secret::scrub(&text).as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn json_errors_carry_kind_hint_and_graph_codes() {
        let g = crate::graph::GraphError::from_body(
            400,
            &json!({"error":{"code":100,"error_subcode":33,"fbtrace_id":"T","message":"Unsupported get request."}}),
        )
        .unwrap();
        let err = g.into_error();
        assert_eq!(err.kind.exit_code(), 4);
        assert!(err.hint.as_deref().unwrap().contains("does not exist"));
    }
}

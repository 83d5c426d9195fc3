//! Rendering: tables on a terminal, JSON and CSV for scripts. Commands return
//! a `Report`; this module is the only one that writes to stdout or stderr.

pub mod progress;
mod rows;
pub mod table;

pub use rows::Rows;

use std::io::{self, Write};
use std::str::FromStr;

use serde_json::{Value, json};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format> {
        match s.to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(Error::usage(format!("unknown output format `{s}`"))
                .with_hint("use table, json or csv")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Header,
    Good,
    Warn,
    Bad,
    Dim,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub style: Style,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            style: Style::Plain,
        }
    }
    pub fn styled(text: impl Into<String>, style: Style) -> Cell {
        Cell {
            text: text.into(),
            style,
        }
    }
    /// An optional value, `-` when absent.
    pub fn opt(text: Option<&str>) -> Cell {
        Cell::opt_styled(text, Style::Plain)
    }
    /// An optional value in a style, `-` when absent.
    pub fn opt_styled(text: Option<&str>, style: Style) -> Cell {
        match text {
            Some(t) => Cell::styled(t, style),
            None => Cell::styled("-", Style::Dim),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    /// May be shortened to fit.
    pub flex: bool,
    /// May be left out to fit.
    pub optional: bool,
}

impl Column {
    pub fn new(title: &str) -> Column {
        Column {
            title: title.to_string(),
            flex: false,
            optional: false,
        }
    }
    pub fn flex(mut self) -> Column {
        self.flex = true;
        self
    }
    pub fn optional(mut self) -> Column {
        self.optional = true;
        self
    }
}

#[derive(Debug, Clone)]
pub enum Body {
    Table {
        columns: Vec<Column>,
        rows: Vec<Vec<Cell>>,
    },
    Fields(Vec<(String, Cell)>),
    Text(String),
    Empty,
    /// Already on stdout, row by row (see `Rows`).
    Written,
}

/// What a command produced: lines above the body (table mode only), the body,
/// the JSON form, and notes for stderr.
#[derive(Debug, Clone)]
pub struct Report {
    pub heading: Vec<String>,
    pub body: Body,
    pub json: Value,
    pub notes: Vec<String>,
    /// For a report whose JSON is an object: the key of its list of rows,
    /// which its CSV flattens (see `with_csv_rows`).
    pub csv_rows: Option<&'static str>,
}

impl Report {
    pub fn new(body: Body, json: Value) -> Report {
        Report {
            heading: Vec::new(),
            body,
            json,
            notes: Vec::new(),
            csv_rows: None,
        }
    }

    /// A short confirmation: text on a terminal, `{"message": …}` as JSON.
    pub fn message(text: impl Into<String>) -> Report {
        let text = text.into();
        Report::new(Body::Text(text.clone()), json!({ "message": text }))
    }

    pub fn with_json(mut self, json: Value) -> Report {
        self.json = json;
        self
    }

    pub fn with_heading(mut self, line: impl Into<String>) -> Report {
        self.heading.push(line.into());
        self
    }

    /// Its CSV is the JSON list under `key`, one line per element, each
    /// led by the report's own plain fields (`waba_id`, `currency`, …): the
    /// header is the JSON keys, as for a list.
    pub fn with_csv_rows(mut self, key: &'static str) -> Report {
        self.csv_rows = Some(key);
        self
    }

    pub fn with_note(mut self, line: impl Into<String>) -> Report {
        self.notes.push(line.into());
        self
    }
}

/// How to print, decided once from the settings and the terminal.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub color: bool,
    pub width: Option<usize>,
    pub quiet: bool,
    /// stderr is a terminal: spinners may be drawn there.
    pub stderr_tty: bool,
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
                for h in &report.heading {
                    out.push_str(&table::paint(
                        &printable(h, false),
                        Style::Header,
                        self.color,
                    ));
                    out.push('\n');
                }
                match &report.body {
                    Body::Table { columns, rows } => {
                        if !report.heading.is_empty() {
                            out.push('\n');
                        }
                        out.push_str(&table::render(columns, rows, self.width, self.color));
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
        write_stdout(&self.render(report))?;
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

    /// A spinner while waiting, on a terminal only.
    pub fn spinner(&self, message: &str) -> progress::Spinner {
        if self.shows_progress() && self.stderr_tty {
            progress::Spinner::start(message)
        } else {
            progress::Spinner::off()
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
        let text = if self.format == Format::Json {
            let graph = err.graph.as_ref().map(
                |g| json!({ "code": g.code, "subcode": g.subcode, "fbtrace_id": g.fbtrace_id }),
            );
            let mut e =
                json!({ "kind": err.kind.name(), "message": err.message, "hint": err.hint });
            if let Some(g) = graph {
                e["graph"] = g;
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
            s
        };
        let _ = io::stderr().write_all(crate::secret::scrub(&text).as_bytes());
    }
}

/// Text from servers, the store or other operators (names, reasons,
/// actors) as it may reach a terminal: control characters are shown
/// escaped (`\u{1b}`), so none can move the cursor, recolour the screen or
/// fake a line. Line breaks stay where `keep_newlines` allows them.
pub fn printable(s: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && !(keep_newlines && c == '\n');
    if !s.chars().any(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// One line on stderr. Every line that leaves the process passes here or
/// through `write_stdout`: scrubbed of every secret in play, whatever a
/// server or a file put into it.
pub fn write_stderr(line: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(crate::secret::scrub(line).as_bytes());
    let _ = err.write_all(b"\n");
}

/// Writes to stdout; a closed pipe (`waba … | head`) is not an error.
pub fn write_stdout(s: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(crate::secret::scrub(s).as_bytes())
        .and_then(|_| out.flush())
        .map_err(rows::stdout_error)
}

/// The rows of a list's JSON: a non-empty array of objects.
fn json_rows(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Array(a) if !a.is_empty() && a.iter().all(Value::is_object) => Some(a),
        _ => None,
    }
}

/// A report's rows for CSV: each element of `json[key]`, led by the
/// report's plain (not list or object) fields.
fn report_rows(json: &Value, key: &str) -> Vec<Value> {
    let Some(top) = json.as_object() else {
        return Vec::new();
    };
    let lead: serde_json::Map<String, Value> = top
        .iter()
        .filter(|(_, v)| !v.is_array() && !v.is_object())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    top.get(key)
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    let mut m = lead.clone();
                    if let Some(o) = r.as_object() {
                        m.extend(o.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    Value::Object(m)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A row as CSV sees it: a nested object's keys joined to its own with a
/// dot (`forecast.runs_out_on`), so that every header names a JSON path.
fn flatten(row: &Value) -> serde_json::Map<String, Value> {
    fn walk(prefix: &str, v: &Value, out: &mut serde_json::Map<String, Value>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, out);
                }
            }
            other => {
                out.insert(prefix.to_string(), other.clone());
            }
        }
    }
    let mut out = serde_json::Map::new();
    walk("", row, &mut out);
    out
}

fn json_csv_header(keys: &[String]) -> String {
    let h: Vec<String> = keys.iter().map(|k| csv_field(k)).collect();
    h.join(",") + "\n"
}

/// One row: each key's value as text (null or absent empty, a list as
/// compact JSON).
fn json_csv_line(keys: &[String], row: &serde_json::Map<String, Value>) -> String {
    let line: Vec<String> = keys
        .iter()
        .map(|k| match row.get(k) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => csv_field(s),
            Some(other) => csv_field(&other.to_string()),
        })
        .collect();
    line.join(",") + "\n"
}

/// The header is every key any row has, in the order first seen: a row
/// with an `error` (a WABA that could not be read) keeps its message.
fn json_csv(rows: &[Value]) -> String {
    let flat: Vec<_> = rows.iter().map(flatten).collect();
    let mut keys: Vec<String> = Vec::new();
    for r in &flat {
        for k in r.keys() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    let mut out = json_csv_header(&keys);
    for r in &flat {
        out.push_str(&json_csv_line(&keys, r));
    }
    out
}

fn csv(columns: &[Column], rows: &[Vec<Cell>]) -> String {
    let mut out = csv_header(columns);
    for row in rows {
        out.push_str(&csv_line(row));
    }
    out
}

fn csv_field(s: &str) -> String {
    let s = printable(s, true);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Column titles as snake_case names.
fn csv_header(columns: &[Column]) -> String {
    let header: Vec<String> = columns
        .iter()
        .map(|c| csv_field(&c.title.to_lowercase().replace(' ', "_")))
        .collect();
    header.join(",") + "\n"
}

/// One row; a missing value (`-`) is an empty field.
fn csv_line(row: &[Cell]) -> String {
    let line: Vec<String> = row
        .iter()
        .map(|c| {
            if c.style == Style::Dim && c.text == "-" {
                String::new()
            } else {
                csv_field(&c.text)
            }
        })
        .collect();
    line.join(",") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting_and_blanks_missing_values() {
        let cols = vec![Column::new("Verified Name"), Column::new("ID")];
        let rows = vec![vec![
            Cell::plain("Jasper's \"Market\", Inc"),
            Cell::opt(None),
        ]];
        assert_eq!(
            csv(&cols, &rows),
            "verified_name,id\n\"Jasper's \"\"Market\"\", Inc\",\n"
        );
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(printable("plain", false), "plain");
        assert_eq!(printable("a\u{1b}[2Jb\rc", false), "a\\u{1b}[2Jb\\u{d}c");
        assert_eq!(printable("one\ntwo\u{7}", true), "one\ntwo\\u{7}");
        assert_eq!(printable("one\ntwo", false), "one\\u{a}two");
        let cols = vec![Column::new("NAME")];
        let rows = vec![vec![Cell::plain("x\u{1b}]0;t\u{7}")]];
        assert_eq!(csv(&cols, &rows), "name\nx\\u{1b}]0;t\\u{7}\n");
        assert!(!table::render(&cols, &rows, None, false).contains('\u{1b}'));
    }

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

//! CSV for scripts: a list's JSON rows, flat, headed by their keys.

use serde_json::Value;

use super::report::{Cell, Column, Style};
use super::text::printable;

/// The rows of a list's JSON: a non-empty array of objects.
pub(super) fn json_rows(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Array(a) if !a.is_empty() && a.iter().all(Value::is_object) => Some(a),
        _ => None,
    }
}

/// A report's rows for CSV: each element of `json[key]`, led by the
/// report's plain (not list or object) fields.
pub(super) fn report_rows(json: &Value, key: &str) -> Vec<Value> {
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
pub(super) fn flatten(row: &Value) -> serde_json::Map<String, Value> {
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

pub(super) fn json_csv_header(keys: &[String]) -> String {
    let h: Vec<String> = keys.iter().map(|k| csv_field(k)).collect();
    h.join(",") + "\n"
}

/// One row: each key's value as text (null or absent empty, a list as
/// compact JSON).
pub(super) fn json_csv_line(keys: &[String], row: &serde_json::Map<String, Value>) -> String {
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
pub(super) fn json_csv(rows: &[Value]) -> String {
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

pub(super) fn csv(columns: &[Column], rows: &[Vec<Cell>]) -> String {
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
        assert!(
            !super::super::table::render(&cols, &rows, None, false)
                .text
                .contains('\u{1b}')
        );
    }
}

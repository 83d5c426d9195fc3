//! Rows that arrive page by page. As JSON or CSV each row is written as it
//! comes, so a list of thousands holds one page at a time; a table needs
//! every row to size its columns, so it keeps the cells alone.

use std::io::{self, BufWriter, Stdout, Write};

use serde::Serialize;

use super::csv::{flatten, json_csv_header, json_csv_line};
use super::format::Format;
use super::printer::Printer;
use super::report::{Body, Cell, Column, Report};
use super::text::stdout_error;
use crate::error::{Error, Result};

pub struct Rows {
    format: Format,
    columns: Vec<Column>,
    table: Vec<Vec<Cell>>,
    out: Option<BufWriter<Stdout>>,
    count: usize,
    /// CSV: the first row's JSON keys, the header every row follows (rows
    /// streamed are of one type, so they share it).
    keys: Vec<String>,
    /// Under `--jq` the rows are kept, for the filter sees the whole list.
    kept: Option<Vec<serde_json::Value>>,
}

impl Rows {
    pub fn new(printer: &Printer, columns: Vec<Column>) -> Rows {
        let kept = printer.jq.as_ref().map(|_| Vec::new());
        let out = match printer.format {
            Format::Table => None,
            Format::Json | Format::Csv if kept.is_some() => None,
            Format::Json | Format::Csv => Some(BufWriter::new(io::stdout())),
        };
        Rows {
            format: printer.format,
            columns,
            table: Vec::new(),
            out,
            count: 0,
            keys: Vec::new(),
            kept,
        }
    }

    /// Adds one row: its cells for the table and CSV, its JSON form for
    /// `--output json`.
    pub fn push(&mut self, cells: Vec<Cell>, json: &impl Serialize) -> Result<()> {
        let first = self.count == 0;
        self.count += 1;
        if let Some(kept) = self.kept.as_mut() {
            kept.push(
                serde_json::to_value(json)
                    .map_err(|e| Error::internal(format!("cannot write JSON: {e}")))?,
            );
            return Ok(());
        }
        let Some(out) = self.out.as_mut() else {
            self.table.push(cells);
            return Ok(());
        };
        let text = match self.format {
            Format::Json => {
                let one = serde_json::to_string_pretty(json)
                    .map_err(|e| Error::internal(format!("cannot write JSON: {e}")))?;
                // Indented one level, as inside a pretty-printed array.
                // JSON strings hold no raw newline, so every line break is
                // the formatter's.
                let sep = if first { "[\n  " } else { ",\n  " };
                format!("{sep}{}", one.replace('\n', "\n  "))
            }
            _ => {
                // The row's JSON, flat: CSV headers are the JSON keys.
                let row = flatten(
                    &serde_json::to_value(json)
                        .map_err(|e| Error::internal(format!("cannot write CSV: {e}")))?,
                );
                let header = if first {
                    self.keys = row.keys().cloned().collect();
                    json_csv_header(&self.keys)
                } else {
                    String::new()
                };
                header + &json_csv_line(&self.keys, &row)
            }
        };
        write(out, text.as_bytes())
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Ends the list: a report holding the table, or one saying the rows
    /// are already written.
    pub fn finish(self) -> Result<Report> {
        if let Some(kept) = self.kept {
            return Ok(Report::new(
                Body::Table {
                    columns: self.columns,
                    rows: self.table,
                },
                serde_json::Value::Array(kept),
            ));
        }
        let Some(mut out) = self.out else {
            return Ok(Report::new(
                Body::Table {
                    columns: self.columns,
                    rows: self.table,
                },
                serde_json::Value::Null,
            ));
        };
        let end = match (self.format, self.count) {
            (Format::Json, 0) => "[]\n".to_string(),
            (Format::Json, _) => "\n]\n".to_string(),
            // CSV: an empty list has no keys to head it, so no line at all.
            _ => String::new(),
        };
        write(&mut out, end.as_bytes())?;
        out.flush().map_err(stdout_error)?;
        Ok(Report::new(Body::Written, serde_json::Value::Null))
    }
}

fn write(out: &mut BufWriter<Stdout>, bytes: &[u8]) -> Result<()> {
    let text = String::from_utf8_lossy(bytes);
    out.write_all(crate::secret::scrub(&text).as_bytes())
        .map_err(stdout_error)
}

//! What a command returns: a report of cells, fields or text, its JSON
//! form, and notes for stderr.

use serde_json::{Value, json};

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
    /// May be left out to fit, but only once every optional column is.
    pub spare: bool,
    /// Context rather than a figure (a profile, a platform): when every
    /// row that has a value has the same one, it is said once above the
    /// table instead of on every row.
    pub context: bool,
}

impl Column {
    pub fn new(title: &str) -> Column {
        Column {
            title: title.to_string(),
            flex: false,
            optional: false,
            spare: false,
            context: false,
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
    /// Said once above the table when every row shares its value.
    pub fn context(mut self) -> Column {
        self.context = true;
        self
    }
    /// Left out to fit after every optional column, before anything is cut.
    pub fn spare(mut self) -> Column {
        self.spare = true;
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

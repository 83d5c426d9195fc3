//! Rendering: tables on a terminal, JSON and CSV for scripts. Commands return
//! a `Report`; this module is the only one that writes to stdout or stderr.

mod csv;
pub mod format;
pub mod jq;
mod printer;
pub mod progress;
mod report;
mod rows;
pub mod table;
mod text;

pub use format::Format;
pub use printer::Printer;
pub use report::{Body, Cell, Column, Report, Style};
pub use rows::Rows;
pub use text::{printable, stream_line, write_stderr, write_stdout};

//! The two ways out of the process, stdout and stderr, and what text is
//! made safe for a terminal.

use std::io::{self, Write};

use crate::error::{Error, Kind, Result};

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

/// A line of a stream (`events --follow`, `webhooks serve`) for stdout:
/// what came from outside cannot break it in two or reach the terminal
/// as a control sequence.
pub fn stream_line(s: &str) -> String {
    format!("{}\n", printable(s.trim_end_matches('\n'), false))
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
        .map_err(stdout_error)
}

/// A closed pipe (`waba … | head`) ends the run quietly; any other write
/// failure is an error.
pub(super) fn stdout_error(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Error::new(Kind::Internal, "broken pipe").broken_pipe()
    } else {
        Error::internal(format!("cannot write to stdout: {e}"))
    }
}

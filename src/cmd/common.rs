//! What several commands show alike: the dry-run report, and cells for
//! the states of Meta's numbers and of the balance and its rules.

use crate::billing::balance::Status;
use crate::billing::policy::Crossing;
use crate::output::{Body, Cell, Report, Style};

/// What `--dry-run` shows instead of sending a change.
pub fn dry_run(p: crate::graph::client::Prepared) -> Report {
    Report::new(
        Body::Text(p.to_string()),
        serde_json::json!({"dry_run": true, "request": p}),
    )
}

/// A balance status, coloured.
pub fn status_cell(s: Status) -> Cell {
    let style = match s {
        Status::Active => Style::Good,
        Status::Low => Style::Warn,
        Status::Exhausted => Style::Bad,
    };
    Cell::styled(s.as_str(), style)
}

/// A rule's state as `show` puts it: disabled, armed, or fired and waiting
/// for the balance to come back.
pub fn state_cell(enabled: bool, c: &Crossing) -> Cell {
    match (enabled, c.armed, c.crossed_at) {
        (false, _, _) => Cell::styled("disabled", Style::Dim),
        (true, false, Some(at)) => Cell::styled(
            format!(
                "fired at {} (armed again once the balance is back at or above the threshold)",
                crate::clock::rfc3339(at)
            ),
            Style::Warn,
        ),
        _ => Cell::styled("armed", Style::Good),
    }
}

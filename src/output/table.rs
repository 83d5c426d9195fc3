//! Tables that fit the terminal. Widths are measured on plain text; colour
//! is added after padding so escape codes never skew the layout. When the
//! table is too wide, optional columns go first, then flexible columns are
//! shortened with `…`; ids and numbers are never cut (scripts copy them).

use comfy_table::{Attribute, Color, ColumnConstraint, ContentArrangement, Row, Table, Width};
use unicode_width::UnicodeWidthStr;

use super::report::{Cell, Column, Style};
use super::text::printable;

const GAP: u16 = 2;
const MIN_FLEX: usize = 10;

/// A table laid out for the terminal, and what it says once instead of
/// on every row (`profile sandbox`), for the line above it.
pub struct Fitted {
    pub said: Vec<String>,
    pub text: String,
}

/// Lays out rows with comfy-table, no borders, two spaces between
/// columns. A column whose value is the same on every row is said once
/// (`said`) instead; when the table is too wide, optional columns go first
/// (rightmost first), then flexible ones (names of things that are not
/// identifiers, descriptions) are cut with `…`; the others, ids and names
/// people type, never are.
pub fn render(columns: &[Column], rows: &[Vec<Cell>], width: Option<usize>, color: bool) -> Fitted {
    // Cells may hold what a server or another operator wrote: one line,
    // control characters escaped, before anything is measured.
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| Cell::styled(printable(&c.text, false), c.style))
                .collect()
        })
        .collect();
    let text_of = |r: &Vec<Cell>, i: usize| r.get(i).map_or("", |c| c.text.as_str()).to_string();
    let mut keep: Vec<usize> = (0..columns.len()).collect();
    let mut said = Vec::new();
    if rows.len() > 1 {
        keep.retain(|&i| {
            if !columns[i].context {
                return true;
            }
            // Rows without a value (a total) do not count.
            let mut values = rows.iter().map(|r| text_of(r, i)).filter(|v| !v.is_empty());
            let Some(first) = values.next() else {
                return true;
            };
            let same = values.all(|v| v == first);
            if same && first != "-" {
                said.push(format!("{} {first}", columns[i].title.to_lowercase()));
            }
            !same
        });
    }
    let natural = |i: usize| -> usize {
        rows.iter()
            .map(|r| text_of(r, i).width())
            .chain(std::iter::once(columns[i].title.width()))
            .max()
            .unwrap_or(0)
    };
    if let Some(max) = width {
        let total = |keep: &[usize]| -> usize {
            keep.iter().map(|&i| natural(i)).sum::<usize>()
                + usize::from(GAP) * keep.len().saturating_sub(1)
        };
        // Optional columns first, rightmost first; then spare ones.
        for droppable in [|c: &Column| c.optional, |c: &Column| c.spare] {
            while total(&keep) > max {
                let Some(pos) = keep.iter().rposition(|&i| droppable(&columns[i])) else {
                    break;
                };
                keep.remove(pos);
            }
        }
    }
    let cell = |c: &Cell| {
        let mut out = comfy_table::Cell::new(&c.text);
        if color {
            out = match c.style {
                Style::Plain => out,
                Style::Header => out.add_attribute(Attribute::Bold),
                Style::Good => out.fg(Color::Green),
                Style::Warn => out.fg(Color::Yellow),
                Style::Bad => out.fg(Color::Red),
                Style::Dim => out.add_attribute(Attribute::Dim),
            };
        }
        out
    };
    let mut table = Table::new();
    table.load_style(comfy_table::presets::NOTHING);
    table.set_truncation_indicator("…");
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    match width {
        Some(w) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(u16::try_from(w).unwrap_or(u16::MAX));
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    let mut header: Row = keep
        .iter()
        .map(|&i| cell(&Cell::styled(columns[i].title.clone(), Style::Header)))
        .collect::<Vec<_>>()
        .into();
    header.max_height(1);
    table.set_header(header);
    for r in &rows {
        let mut row: Row = keep
            .iter()
            .map(|&i| cell(r.get(i).unwrap_or(&Cell::plain(""))))
            .collect::<Vec<_>>()
            .into();
        // A cut value ends in `…` on its one line; rows never wrap.
        row.max_height(1);
        table.add_row(row);
    }
    let last = keep.len().saturating_sub(1);
    for (n, &i) in keep.iter().enumerate() {
        if let Some(col) = table.column_mut(n) {
            col.set_padding((0, if n == last { 0 } else { GAP }));
            // A cut column keeps enough to be read; past that, the table
            // runs wider than the terminal rather than show a lone `…`.
            let floor = u16::try_from(natural(i).min(MIN_FLEX)).unwrap_or(MIN_FLEX as u16);
            col.set_constraint(if columns[i].flex {
                ColumnConstraint::LowerBoundary(Width::Fixed(floor))
            } else {
                ColumnConstraint::ContentWidth
            });
        }
    }
    let mut text: String = table
        .lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    if keep.is_empty() {
        text.clear();
    }
    Fitted { said, text }
}

/// A line cut to `width` with `…`: the line above a table fits too.
pub fn fit_line(text: &str, width: Option<usize>) -> String {
    let Some(width) = width.filter(|&w| text.width() > w && w > 1) else {
        return text.to_string();
    };
    let mut out = String::new();
    for ch in text.chars() {
        if out.width() + ch.to_string().width() + 1 > width {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

pub fn paint(text: &str, style: Style, color: bool) -> String {
    if !color || text.is_empty() {
        return text.to_string();
    }
    let code = match style {
        Style::Plain => return text.to_string(),
        Style::Header => "1",
        Style::Good => "32",
        Style::Warn => "33",
        Style::Bad => "31",
        Style::Dim => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols() -> Vec<Column> {
        vec![
            Column::new("ID"),
            Column::new("NAME").flex(),
            Column::new("PLATFORM").optional(),
        ]
    }

    fn rows() -> Vec<Vec<Cell>> {
        vec![vec![
            Cell::plain("106540352242922"),
            Cell::plain("A rather long verified business name"),
            Cell::plain("CLOUD_API"),
        ]]
    }

    #[test]
    fn fits_the_width_by_dropping_then_shortening() {
        let wide = render(&cols(), &rows(), None, false).text;
        assert!(wide.contains("CLOUD_API"));
        let narrow = render(&cols(), &rows(), Some(40), false).text;
        assert!(!narrow.contains("CLOUD_API"), "{narrow}");
        assert!(narrow.contains("106540352242922"), "ids are never cut");
        assert!(narrow.contains('…'));
        for line in narrow.lines() {
            assert!(line.width() <= 40, "{line:?} is {} wide", line.width());
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let plain = render(&cols(), &rows(), None, false).text;
        assert!(!plain.contains('\x1b'));
        let coloured = render(&cols(), &rows(), None, true).text;
        assert!(coloured.contains('\x1b'), "{coloured:?}");
    }

    #[test]
    fn a_value_shared_by_every_row_is_said_once() {
        let cols = vec![
            Column::new("WABA"),
            Column::new("PROFILE").context(),
            Column::new("CHANGED").context(),
        ];
        let row = |w: &str| vec![Cell::plain(w), Cell::plain("sandbox"), Cell::plain("-")];
        let t = render(&cols, &[row("1"), row("2")], None, false);
        assert_eq!(t.said, ["profile sandbox"]);
        assert!(
            !t.text.contains("PROFILE") && !t.text.contains("CHANGED"),
            "{}",
            t.text
        );
        let one = render(&cols, &[row("1")], None, false);
        assert!(one.said.is_empty() && one.text.contains("PROFILE"));
    }

    #[test]
    fn long_lines_are_cut_to_the_width() {
        assert_eq!(fit_line("abcdef", Some(4)), "abc…");
        assert_eq!(fit_line("abc", Some(4)), "abc");
        assert_eq!(fit_line("abcdef", None), "abcdef");
    }
}

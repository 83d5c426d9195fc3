//! Tables that fit the terminal. Widths are measured on plain text; colour
//! is added after padding so escape codes never skew the layout. When the
//! table is too wide, optional columns go first, then flexible columns are
//! shortened with `…`; ids and numbers are never cut (scripts copy them).

use unicode_width::UnicodeWidthStr;

use super::report::{Cell, Column, Style};
use super::text::printable;

const GAP: usize = 2;
const MIN_FLEX: usize = 6;

pub fn render(columns: &[Column], rows: &[Vec<Cell>], width: Option<usize>, color: bool) -> String {
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
    let rows = &rows;
    let mut keep: Vec<usize> = (0..columns.len()).collect();
    let natural = |i: usize| -> usize {
        rows.iter()
            .map(|r| r.get(i).map_or(0, |c| c.text.width()))
            .chain(std::iter::once(columns[i].title.width()))
            .max()
            .unwrap_or(0)
    };
    let mut widths: Vec<usize> = (0..columns.len()).map(natural).collect();
    let total = |keep: &[usize], widths: &[usize]| -> usize {
        keep.iter().map(|&i| widths[i]).sum::<usize>() + GAP * keep.len().saturating_sub(1)
    };
    if let Some(max) = width {
        // Drop optional columns, least important (rightmost) first.
        while total(&keep, &widths) > max {
            let Some(pos) = keep.iter().rposition(|&i| columns[i].optional) else {
                break;
            };
            keep.remove(pos);
        }
        // Shorten flexible columns, widest first.
        while total(&keep, &widths) > max {
            let Some(&i) = keep
                .iter()
                .filter(|&&i| columns[i].flex && widths[i] > MIN_FLEX.max(columns[i].title.width()))
                .max_by_key(|&&i| widths[i])
            else {
                break;
            };
            widths[i] -= 1;
        }
    }
    let mut out = String::new();
    let header: Vec<Cell> = columns
        .iter()
        .map(|c| Cell::styled(c.title.clone(), Style::Header))
        .collect();
    for row in std::iter::once(&header).chain(rows.iter()) {
        let mut line = String::new();
        for (n, &i) in keep.iter().enumerate() {
            let empty = Cell::plain("");
            let cell = row.get(i).unwrap_or(&empty);
            let text = fit(&cell.text, widths[i]);
            let pad = widths[i] - text.width();
            let last = n + 1 == keep.len();
            line.push_str(&paint(&text, cell.style, color));
            if !last {
                line.push_str(&" ".repeat(pad + GAP));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
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
        let wide = render(&cols(), &rows(), None, false);
        assert!(wide.contains("CLOUD_API"));
        let narrow = render(&cols(), &rows(), Some(40), false);
        assert!(!narrow.contains("CLOUD_API"), "{narrow}");
        assert!(narrow.contains("106540352242922"), "ids are never cut");
        assert!(narrow.contains('…'));
        for line in narrow.lines() {
            assert!(line.width() <= 40, "{line:?} is {} wide", line.width());
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let plain = render(&cols(), &rows(), None, false);
        assert!(!plain.contains('\x1b'));
        let coloured = render(&cols(), &rows(), None, true);
        assert!(coloured.contains("\x1b[1mID"));
    }
}

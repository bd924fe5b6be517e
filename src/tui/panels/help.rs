//! `?`: every key with what it does, scrolled when it does not fit.

use super::Overlay;
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Context, Key, Keymap, bind, label_keys};
use crate::tui::app::App;
use crate::tui::list_view::ListView;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{centered, cut_to_width, overlay_block};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// Its key, a row of the keymap.
pub const KEY: Binding = bind(
    Context::Global,
    &[Key::Char('?')],
    Action::Show(Overlay::Help),
    "this help",
).hint("help");

#[derive(Debug, Default)]
pub struct HelpPanel {
    /// Its scroll: the first line shown, moved as a list's selection is
    /// (one place of the first lines it can start at).
    pub scroll: ListView,
}

impl HelpPanel {
    pub fn open(_app: &mut App) -> Option<Box<dyn Panel>> {
        Some(Box::new(HelpPanel::default()))
    }
}

impl Panel for HelpPanel {
    fn update(&mut self, action: Action, app: &App, _fx: &mut Vec<Effect>) {
        let geo = help_geometry(&app.keymap, app.areas.screen);
        let page = usize::from(geo.rect.height.saturating_sub(3)).max(1);
        self.scroll.step(action, geo.max_scroll + 1, page);
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        draw_help(app, f, area, self.scroll.selected);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Show(Overlay::Help))
    }
}

/// Where the help goes on a screen: its rectangle, whether it shows two
/// columns, and how far it can scroll (0 when every line is in view). Drawing
/// and the keys that scroll it (j/k, PgDn/PgUp, g/G) share this one answer.
pub struct HelpGeometry {
    pub rect: Rect,
    pub two_columns: bool,
    pub max_scroll: usize,
    /// Width of the keys column.
    keys_width: usize,
    /// Two columns: the first line of the second (a context's heading).
    split: usize,
}

/// A line of the help: a context's heading, a binding's keys and what they
/// do, or a note.
enum HelpLine {
    Heading(&'static str),
    Keys(String, &'static str),
    Note(String),
}

impl HelpLine {
    fn width(&self) -> usize {
        match self {
            HelpLine::Heading(t) => t.chars().count(),
            HelpLine::Keys(_, help) => help.chars().count(),
            HelpLine::Note(n) => n.chars().count(),
        }
    }
}

/// The help's lines: the keys of each context under its heading, then what
/// the help says besides the keys: the mouse, and the marks the reader draws
/// that are not entity styles.
fn help_lines(keymap: &Keymap) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for context in Context::ALL {
        let mut rows = keymap.in_context(context).peekable();
        if rows.peek().is_none() {
            continue;
        }
        lines.push(HelpLine::Heading(context.title()));
        lines.extend(rows.map(|b| HelpLine::Keys(label_keys(&b.keys), b.help)));
    }
    lines.push(HelpLine::Note(
        " Mouse: wheel scrolls the pane under it, a click focuses and selects.".into(),
    ));
    lines.push(HelpLine::Note(format!(
        " ≡ beside text or a document: another document repeats it ({} goes there).",
        keymap.key_for(Action::Duplicate)
    )));
    lines
}

pub fn help_geometry(keymap: &Keymap, area: Rect) -> HelpGeometry {
    geometry_of(&help_lines(keymap), area)
}

fn geometry_of(lines: &[HelpLine], area: Rect) -> HelpGeometry {
    let keys_width = lines
        .iter()
        .map(|l| match l {
            HelpLine::Keys(keys, _) => keys.chars().count(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    // A column as wide as its longest line (keys, two spaces, help, borders).
    let help = lines.iter().map(HelpLine::width).max().unwrap_or(0);
    let column = u16::try_from(keys_width + help + 5)
        .unwrap_or(u16::MAX)
        .max(78);
    let n = lines.len();
    // Two columns, split before the heading that evens them out best, when
    // the screen is wide and high enough to show every key at once.
    let split = (1..n)
        .filter(|&i| matches!(lines[i], HelpLine::Heading(_)))
        .min_by_key(|&i| i.max(n - i))
        .unwrap_or(n);
    let rows = u16::try_from(split.max(n - split) + 2).unwrap_or(u16::MAX);
    let two_columns = area.width >= 2 * column && area.height > rows;
    let rect = if two_columns {
        centered(area, 2 * column, rows)
    } else {
        centered(area, column, u16::try_from(n + 2).unwrap_or(u16::MAX))
    };
    let inner = usize::from(rect.height.saturating_sub(2));
    let max_scroll = if two_columns {
        0
    } else {
        n.saturating_sub(inner)
    };
    HelpGeometry {
        rect,
        two_columns,
        max_scroll,
        keys_width,
        split,
    }
}

fn draw_help(app: &App, f: &mut Frame, area: Rect, scroll: usize) {
    let keymap = &app.keymap;
    let help = help_lines(keymap);
    let geo = geometry_of(&help, area);
    let width = geo.keys_width;
    // A column's inside; a line longer than it ends in "…".
    let column = usize::from(geo.rect.width.saturating_sub(2) / if geo.two_columns { 2 } else { 1 });
    let fit = |s: String| cut_to_width(&s, column);
    let line = |l: &HelpLine| match l {
        HelpLine::Heading(title) => Line::styled(fit(format!(" {title}")), app.theme.title),
        HelpLine::Keys(keys, help) => {
            let pad = width.saturating_sub(keys.chars().count());
            let keys = format!(" {keys}{}", " ".repeat(pad));
            let room = column.saturating_sub(keys.chars().count());
            Line::from(vec![
                Span::styled(keys, app.theme.marker),
                Span::raw(cut_to_width(&format!("  {help}"), room)),
            ])
        }
        HelpLine::Note(note) => Line::styled(fit(note.clone()), app.theme.dim),
    };
    let rect = geo.rect;
    let scroll = scroll.min(geo.max_scroll);
    let title = format!(
        " Keys ({}/{} scroll, {} closes) ",
        keymap.key_for(Action::Down),
        keymap.key_for(Action::Up),
        keymap.key_for(Action::Close)
    );
    let mut block = overlay_block(&app.theme, &title, rect);
    // Say that more follows, and how to get there.
    let more = |arrow: &str, where_: &str, step: Action, page: Action, end: Action| {
        Line::styled(
            format!(
                " {arrow} more {where_}: {}, {}, {} ",
                keymap.key_for(step),
                keymap.key_for(page),
                keymap.keys_for(end)
            ),
            app.theme.marker,
        )
    };
    if scroll < geo.max_scroll {
        let line = more("↓", "below", Action::Down, Action::PageDown, Action::Bottom);
        block = block.title_bottom(line.right_aligned());
    }
    if scroll > 0 {
        let line = more("↑", "above", Action::Up, Action::PageUp, Action::Top);
        block = block.title_bottom(line.left_aligned());
    }
    f.render_widget(Clear, rect);
    if geo.two_columns {
        let inner = block.inner(rect);
        f.render_widget(block, rect);
        let col = inner.width / 2;
        let left: Vec<Line> = help[..geo.split].iter().map(line).collect();
        let right: Vec<Line> = help[geo.split..].iter().map(line).collect();
        f.render_widget(
            Paragraph::new(left),
            Rect {
                width: col,
                ..inner
            },
        );
        f.render_widget(
            Paragraph::new(right),
            Rect {
                x: inner.x + col,
                width: inner.width - col,
                ..inner
            },
        );
        return;
    }
    let lines: Vec<Line> = help.iter().map(line).collect();
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll as u16, 0)),
        rect,
    );
}

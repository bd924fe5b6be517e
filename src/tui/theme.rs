//! Styles. Colours are the terminal's own named palette colours, so they follow
//! the user's theme; under NO_COLOR the plain theme sets no colour at all and
//! carries meaning with bold, italic, underline, dim and reverse only.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone)]
pub struct Theme {
    pub border: Style,
    pub border_focus: Style,
    pub heading: Style,
    pub subheading: Style,
    pub title: Style,
    pub meta: Style,
    pub marker: Style,
    pub dateline: Style,
    pub folded: Style,
    pub stub: Style,
    pub selected: Style,
    pub current: Style,
    pub status: Style,
    pub dim: Style,
    pub warn: Style,
    /// One style per entity type, in [`crate::entities::EntityType::ALL`]
    /// order; the modifiers alone (bold, underline, italic and their
    /// combinations) tell the seven apart without colour.
    pub entity: [Style; 7],
    /// The selected entity's mentions.
    pub entity_selected: Style,
    /// Marks, by the label's place in the configured set: a background
    /// colour, so they never look like an entity (colour and type style).
    pub mark: [Style; 6],
    /// The reading cursor and the selection.
    pub cursor: Style,
    pub selection: Style,
    /// Search matches, and the current one.
    pub search: Style,
    pub search_current: Style,
}

/// One modifier set per entity type, told apart without colour. Bold with
/// underline belongs to headings and bold, italic and underline together to
/// subheadings, so no entity looks like a heading: the last two types take
/// dim with underline and dim with italic instead.
fn entity_modifiers() -> [Modifier; 7] {
    [
        Modifier::BOLD,
        Modifier::UNDERLINED,
        Modifier::ITALIC,
        Modifier::ITALIC.union(Modifier::UNDERLINED),
        Modifier::BOLD.union(Modifier::ITALIC),
        Modifier::DIM.union(Modifier::UNDERLINED),
        Modifier::DIM.union(Modifier::ITALIC),
    ]
}

/// Headings: bold and underlined, in every theme.
const HEADING: Modifier = Modifier::BOLD.union(Modifier::UNDERLINED);
/// Subheadings: bold, italic and underlined.
const SUBHEADING: Modifier = HEADING.union(Modifier::ITALIC);

impl Theme {
    pub fn colored() -> Self {
        let b = Style::new();
        Theme {
            border: b.fg(Color::DarkGray),
            border_focus: b.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            heading: b.fg(Color::Yellow).add_modifier(HEADING),
            subheading: b.fg(Color::Yellow).add_modifier(SUBHEADING),
            title: b.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            meta: b.fg(Color::Magenta).add_modifier(Modifier::ITALIC),
            marker: b.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dateline: b.add_modifier(Modifier::BOLD),
            folded: b.fg(Color::DarkGray),
            stub: b.fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            selected: b.add_modifier(Modifier::REVERSED),
            current: b.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            status: b.fg(Color::Black).bg(Color::Cyan),
            dim: b.fg(Color::DarkGray),
            warn: b.fg(Color::Red).add_modifier(Modifier::BOLD),
            entity: {
                let colours = [
                    Color::LightYellow,
                    Color::LightGreen,
                    Color::LightBlue,
                    Color::LightMagenta,
                    Color::Green,
                    Color::LightCyan,
                    Color::LightRed,
                ];
                let m = entity_modifiers();
                std::array::from_fn(|i| b.fg(colours[i]).add_modifier(m[i]))
            },
            entity_selected: b.add_modifier(Modifier::REVERSED),
            mark: [
                Color::Yellow,
                Color::Cyan,
                Color::Magenta,
                Color::Green,
                Color::Blue,
                Color::Red,
            ]
            .map(|c| b.bg(c).fg(Color::Black)),
            cursor: b.bg(Color::White).fg(Color::Black),
            selection: b.bg(Color::DarkGray).fg(Color::White),
            search: b.bg(Color::LightYellow).fg(Color::Black),
            search_current: b
                .bg(Color::LightRed)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn plain() -> Self {
        let b = Style::new();
        Theme {
            border: b,
            border_focus: b.add_modifier(Modifier::BOLD),
            heading: b.add_modifier(HEADING),
            subheading: b.add_modifier(SUBHEADING),
            title: b.add_modifier(Modifier::BOLD),
            meta: b.add_modifier(Modifier::ITALIC),
            marker: b.add_modifier(Modifier::BOLD),
            dateline: b.add_modifier(Modifier::BOLD),
            folded: b.add_modifier(Modifier::DIM),
            stub: b.add_modifier(Modifier::DIM | Modifier::ITALIC),
            selected: b.add_modifier(Modifier::REVERSED),
            current: b.add_modifier(Modifier::BOLD),
            status: b.add_modifier(Modifier::REVERSED),
            dim: b.add_modifier(Modifier::DIM),
            warn: b.add_modifier(Modifier::BOLD),
            entity: entity_modifiers().map(|m| b.add_modifier(m)),
            entity_selected: b.add_modifier(Modifier::REVERSED),
            // Without colour a mark is reversed; the cursor blinks-free
            // reversed and bold; a selection is reversed and dim.
            mark: [b.add_modifier(Modifier::REVERSED); 6],
            cursor: b.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selection: b.add_modifier(Modifier::REVERSED | Modifier::DIM),
            search: b.add_modifier(Modifier::REVERSED),
            search_current: b
                .add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// NO_COLOR (set and not empty, as no-color.org says) selects the plain theme.
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Self::plain(),
            _ => Self::colored(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A heading never looks like an entity, with colour or without, and the
    /// entity types never look like each other without colour.
    #[test]
    fn headings_and_entities_are_told_apart() {
        for theme in [Theme::plain(), Theme::colored()] {
            for (i, e) in theme.entity.iter().enumerate() {
                for h in [theme.heading, theme.subheading] {
                    assert_ne!(
                        e.add_modifier, h.add_modifier,
                        "type {i} looks like a heading"
                    );
                }
            }
        }
        let plain = Theme::plain();
        for (i, a) in plain.entity.iter().enumerate() {
            for b in &plain.entity[i + 1..] {
                assert_ne!(a, b, "two entity types look alike without colour");
            }
        }
    }
}

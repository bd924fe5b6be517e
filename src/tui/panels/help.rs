//! `?`: every key with what it does, scrolled when it does not fit.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::panel::{Effect, Panel};
use crate::tui::ui::{draw_help, help_geometry};
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default)]
pub struct HelpPanel {
    pub scroll: usize,
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
        let scroll = match action {
            Action::Down => self.scroll + 1,
            Action::Up => self.scroll.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => self.scroll + page,
            Action::PageUp | Action::HalfPageUp => self.scroll.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => geo.max_scroll,
            _ => self.scroll,
        };
        self.scroll = scroll.min(geo.max_scroll);
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        draw_help(app, f, area, self.scroll);
    }

    fn toggle(&self) -> Option<Action> {
        Some(Action::Help)
    }
}

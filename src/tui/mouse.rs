//! The mouse: the wheel scrolls the pane under the pointer, a click
//! focuses a pane and selects the document, section or entity under it.
//! Nothing happens under an overlay or a panel.

use super::action::Action;
use super::app::{App, Pane};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

impl App {
    pub fn handle_mouse(&mut self, m: MouseEvent) {
        self.mouse(m);
        self.refresh_entities();
    }

    fn mouse(&mut self, m: MouseEvent) {
        let pos = Position {
            x: m.column,
            y: m.row,
        };
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains(pos));
        let pane = if hit(self.areas.split) {
            Pane::Split
        } else if hit(self.areas.reader) {
            Pane::Reader
        } else if hit(self.areas.tree) {
            Pane::Tree
        } else if hit(self.areas.entities) {
            Pane::Entities
        } else if hit(self.areas.list) {
            Pane::List
        } else {
            return;
        };
        if self.covered() {
            return;
        }
        match m.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let down = m.kind == MouseEventKind::ScrollDown;
                let saved = self.focus;
                self.focus = pane;
                for _ in 0..if pane == Pane::Reader { 3 } else { 1 } {
                    self.update(if down { Action::Down } else { Action::Up });
                }
                self.focus = saved;
                if self.focus != Pane::Tree {
                    self.sync_tree();
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                self.set_focus(pane);
                match pane {
                    Pane::List => {
                        let Some(r) = self.areas.list else { return };
                        let row = usize::from(m.row.saturating_sub(r.y + 1));
                        if let Some(i) = self.list.at_row(row, 2, self.corpus.entries.len()) {
                            self.select_doc(i);
                        }
                    }
                    Pane::Tree => {
                        let Some(r) = self.areas.tree else { return };
                        let corpus = self.corpus.clone();
                        let Some(doc) = corpus.entries.get(self.selected).and_then(|e| e.doc())
                        else {
                            return;
                        };
                        let row = usize::from(m.row.saturating_sub(r.y + 1));
                        if m.row > r.y
                            && m.row + 1 < r.y + r.height
                            && let Some(s) = self.views[self.selected].outline.click(doc, row)
                        {
                            self.show_section(s);
                        }
                    }
                    Pane::Entities => {
                        let Some(r) = self.areas.entities else { return };
                        let row = usize::from(m.row.saturating_sub(r.y + 1));
                        let len = self.entities.rows.len();
                        if let Some(i) = self.entities.list.at_row(row, 1, len) {
                            self.entities.list.selected = i;
                            self.entities.select_cursor();
                        }
                    }
                    Pane::Reader | Pane::Split => {}
                }
            }
            _ => {}
        }
    }
}

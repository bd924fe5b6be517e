//! The application state and the one place it changes: `update(action)`.
//! Panes never call each other; they read this state when drawn.

use super::action::Action;
use super::keymap::action_for;
use super::reader::ReaderView;
use super::theme::Theme;
use crate::corpus::{Corpus, Entry};
use crate::document::{Document, SectionKind};
use crossterm::event::{KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};
use ratatui::widgets::ListState;
use tui_tree_widget::{TreeItem, TreeState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Tree,
    Reader,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
    Footnotes { selected: usize },
}

/// Per-document view state, kept while switching documents.
pub struct DocView {
    pub reader: ReaderView,
    pub tree: TreeState<usize>,
    pub tree_items: Vec<TreeItem<'static, usize>>,
}

/// Where the panes were drawn last, for mouse hits and page sizes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub list: Option<Rect>,
    pub tree: Option<Rect>,
    pub reader: Option<Rect>,
    /// Text rows of the reading pane.
    pub reader_rows: usize,
}

pub struct App {
    pub corpus: Corpus,
    pub views: Vec<DocView>,
    pub selected: usize,
    pub list: ListState,
    pub focus: Pane,
    /// The navigation pane shown beside the reader when only one fits.
    pub nav: Pane,
    pub overlay: Option<Overlay>,
    pub theme: Theme,
    pub areas: Areas,
    pub quit: bool,
    pub suspend: bool,
}

impl App {
    pub fn new(corpus: Corpus, theme: Theme) -> Self {
        let views = corpus
            .entries
            .iter()
            .map(|e| DocView {
                reader: ReaderView::default(),
                tree: TreeState::default(),
                tree_items: e.doc().map(tree_items).unwrap_or_default(),
            })
            .collect();
        let mut list = ListState::default();
        if !corpus.entries.is_empty() {
            list.select(Some(0));
        }
        let mut app = App {
            corpus,
            views,
            selected: 0,
            list,
            focus: Pane::List,
            nav: Pane::List,
            overlay: None,
            theme,
            areas: Areas::default(),
            quit: false,
            suspend: false,
        };
        app.sync_tree();
        app
    }

    pub fn doc(&self) -> Option<&Document> {
        self.corpus.entries.get(self.selected).and_then(Entry::doc)
    }

    fn page(&self) -> usize {
        self.areas.reader_rows.max(1)
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if let Some(a) = action_for(&key) {
            self.update(a);
        }
    }

    pub fn update(&mut self, action: Action) {
        if let Some(overlay) = self.overlay.clone() {
            self.update_overlay(overlay, action);
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Close => {}
            Action::FocusNext => self.set_focus(match self.focus {
                Pane::List => Pane::Tree,
                Pane::Tree => Pane::Reader,
                Pane::Reader => Pane::List,
            }),
            Action::FocusPrev => self.set_focus(match self.focus {
                Pane::List => Pane::Reader,
                Pane::Tree => Pane::List,
                Pane::Reader => Pane::Tree,
            }),
            Action::Footnotes => self.open_footnotes(),
            Action::ToggleFold => self.with_reader(|r, d, _| {
                let clean = r.top_clean(d);
                r.set_show_folded(!r.show_folded);
                r.show_clean_offset(d, clean);
            }),
            Action::ToggleRaw => self.with_reader(|r, d, _| r.toggle_raw(d)),
            Action::PrevSection | Action::NextSection => {
                self.jump_section(action == Action::NextSection)
            }
            _ => match self.focus {
                Pane::List => self.update_list(action),
                Pane::Tree => self.update_tree(action),
                Pane::Reader => self.update_reader(action),
            },
        }
        if self.focus != Pane::Tree {
            self.sync_tree();
        }
    }

    fn set_focus(&mut self, pane: Pane) {
        self.focus = pane;
        if pane != Pane::Reader {
            self.nav = pane;
        }
    }

    fn with_reader(&mut self, f: impl FnOnce(&mut ReaderView, &Document, usize)) {
        let page = self.page();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        f(&mut self.views[self.selected].reader, doc, page);
    }

    fn update_reader(&mut self, action: Action) {
        self.with_reader(|r, d, page| match action {
            Action::Down => r.scroll_down(d, 1, page),
            Action::Up => r.scroll_up(d, 1),
            Action::PageDown => r.scroll_down(d, page.saturating_sub(1).max(1), page),
            Action::PageUp => r.scroll_up(d, page.saturating_sub(1).max(1)),
            Action::Top => r.to_unit(0),
            Action::Bottom => r.to_end(d, page),
            _ => {}
        });
    }

    fn select_doc(&mut self, i: usize) {
        if i < self.corpus.entries.len() {
            self.selected = i;
            self.list.select(Some(i));
        }
    }

    fn update_list(&mut self, action: Action) {
        let n = self.corpus.entries.len();
        if n == 0 {
            return;
        }
        let page = self
            .areas
            .list
            .map_or(5, |r| usize::from(r.height.saturating_sub(2)) / 2)
            .max(1);
        match action {
            Action::Down => self.select_doc((self.selected + 1).min(n - 1)),
            Action::Up => self.select_doc(self.selected.saturating_sub(1)),
            Action::PageDown => self.select_doc((self.selected + page).min(n - 1)),
            Action::PageUp => self.select_doc(self.selected.saturating_sub(page)),
            Action::Top => self.select_doc(0),
            Action::Bottom => self.select_doc(n - 1),
            Action::Open | Action::Expand => self.set_focus(Pane::Reader),
            _ => {}
        }
    }

    fn update_tree(&mut self, action: Action) {
        let Some(view) = self.views.get_mut(self.selected) else {
            return;
        };
        let t = &mut view.tree;
        match action {
            Action::Down => {
                t.key_down();
            }
            Action::Up => {
                t.key_up();
            }
            Action::PageDown => {
                for _ in 0..10 {
                    t.key_down();
                }
            }
            Action::PageUp => {
                for _ in 0..10 {
                    t.key_up();
                }
            }
            Action::Top => {
                t.select_first();
            }
            Action::Bottom => {
                t.select_last();
            }
            Action::Collapse => {
                t.key_left();
            }
            Action::Expand => {
                t.key_right();
            }
            Action::Open => {
                if let Some(&section) = t.selected().last() {
                    self.show_section(section);
                    self.set_focus(Pane::Reader);
                }
            }
            _ => {}
        }
    }

    /// Puts a section's first block at the top of the reader.
    pub fn show_section(&mut self, section: usize) {
        self.with_reader(|r, d, _| {
            if let Some(s) = d.sections.get(section) {
                let clean = d.blocks.get(s.blocks.start).map_or(0, |b| b.clean.start);
                if r.raw {
                    r.toggle_raw(d);
                }
                r.show_clean_offset(d, clean);
            }
        });
    }

    fn jump_section(&mut self, forward: bool) {
        let Some(doc) = self.doc() else { return };
        let mut starts: Vec<(usize, usize)> = doc
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.blocks.start, i))
            .collect();
        starts.sort();
        let view = &mut self.views[self.selected];
        let doc = self.corpus.entries[self.selected].doc().unwrap();
        let top = view.reader.top_block(doc);
        let at_start = view.reader.top.line == 0;
        let target = if forward {
            starts.iter().find(|(b, _)| *b > top).map(|&(_, i)| i)
        } else {
            starts
                .iter()
                .rev()
                .find(|(b, _)| *b < top || (*b == top && !at_start))
                .map(|&(_, i)| i)
        };
        if let Some(i) = target {
            self.show_section(i);
        }
    }

    fn open_footnotes(&mut self) {
        let Some(doc) = self.doc() else { return };
        if doc.footnotes.is_empty() {
            return;
        }
        let view = &mut self.views[self.selected];
        let doc = self.corpus.entries[self.selected].doc().unwrap();
        let top = view.reader.top_clean(doc);
        let selected = doc
            .footnotes
            .iter()
            .position(|f| f.marker.as_ref().is_some_and(|m| m.start >= top))
            .unwrap_or(0);
        self.overlay = Some(Overlay::Footnotes { selected });
    }

    fn update_overlay(&mut self, overlay: Overlay, action: Action) {
        match (overlay, action) {
            (_, Action::Quit) => self.quit = true,
            (_, Action::Close)
            | (Overlay::Help { .. }, Action::Help)
            | (Overlay::Footnotes { .. }, Action::Footnotes) => self.overlay = None,
            (Overlay::Help { scroll }, a) => {
                let scroll = match a {
                    Action::Down => scroll + 1,
                    Action::Up => scroll.saturating_sub(1),
                    Action::PageDown => scroll + 10,
                    Action::PageUp => scroll.saturating_sub(10),
                    Action::Top => 0,
                    _ => scroll,
                };
                self.overlay = Some(Overlay::Help {
                    scroll: scroll.min(super::keymap::BINDINGS.len()),
                });
            }
            (Overlay::Footnotes { selected }, a) => {
                let n = self.doc().map_or(0, |d| d.footnotes.len());
                let selected = match a {
                    Action::Down => (selected + 1).min(n.saturating_sub(1)),
                    Action::Up => selected.saturating_sub(1),
                    Action::Top => 0,
                    Action::Bottom => n.saturating_sub(1),
                    Action::Open => {
                        self.overlay = None;
                        self.with_reader(|r, d, _| {
                            if let Some(f) = d.footnotes.get(selected) {
                                let at = f
                                    .marker
                                    .as_ref()
                                    .map_or(d.blocks[f.block].clean.start, |m| m.start);
                                if r.raw {
                                    r.toggle_raw(d);
                                }
                                r.show_clean_offset(d, at);
                            }
                        });
                        self.focus = Pane::Reader;
                        return;
                    }
                    _ => selected,
                };
                self.overlay = Some(Overlay::Footnotes { selected });
            }
        }
    }

    /// Selects the section being read in the tree (opening its parents).
    pub fn sync_tree(&mut self) {
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        let view = &mut self.views[self.selected];
        if doc.blocks.is_empty() {
            return;
        }
        let block = view.reader.top_block(doc);
        let Some(sec) = doc.section_of_block(block) else {
            return;
        };
        let mut path = vec![sec];
        let mut p = doc.sections[sec].parent;
        while let Some(x) = p {
            path.insert(0, x);
            p = doc.sections[x].parent;
        }
        for k in 1..path.len() {
            view.tree.open(path[..k].to_vec());
        }
        if view.tree.selected() != path.as_slice() {
            view.tree.select(path);
        }
    }

    /// The section being read, for the status bar.
    pub fn current_section(&mut self) -> Option<String> {
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return None;
        };
        let block = self.views[self.selected].reader.top_block(doc);
        doc.section_of_block(block)
            .map(|s| doc.sections[s].title.clone())
    }

    pub fn handle_mouse(&mut self, m: MouseEvent) {
        let pos = Position {
            x: m.column,
            y: m.row,
        };
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains(pos));
        let pane = if hit(self.areas.reader) {
            Pane::Reader
        } else if hit(self.areas.tree) {
            Pane::Tree
        } else if hit(self.areas.list) {
            Pane::List
        } else {
            return;
        };
        if self.overlay.is_some() {
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
                        let i = self.list.offset() + row / 2;
                        if i < self.corpus.entries.len() {
                            self.select_doc(i);
                        }
                    }
                    Pane::Tree => {
                        let view = &mut self.views[self.selected];
                        if view.tree.click_at(pos)
                            && let Some(&s) = view.tree.selected().last()
                        {
                            self.show_section(s);
                        }
                    }
                    Pane::Reader => {}
                }
            }
            _ => {}
        }
    }
}

/// The section tree of a document as tree-widget items.
pub fn tree_items(doc: &Document) -> Vec<TreeItem<'static, usize>> {
    fn item(doc: &Document, i: usize) -> TreeItem<'static, usize> {
        let s = &doc.sections[i];
        let label = match s.kind {
            SectionKind::Heading => s.title.clone(),
            _ => format!("‹{}›", s.title),
        };
        let children: Vec<_> = s.children.iter().map(|&c| item(doc, c)).collect();
        if children.is_empty() {
            TreeItem::new_leaf(i, label)
        } else {
            // Identifiers are section indexes, unique by construction.
            TreeItem::new(i, label, children)
                .unwrap_or_else(|_| TreeItem::new_leaf(i, s.title.clone()))
        }
    }
    (0..doc.sections.len())
        .filter(|&i| doc.sections[i].parent.is_none())
        .map(|i| item(doc, i))
        .collect()
}

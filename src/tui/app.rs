//! The application state and the one place it changes: `update(action)`.
//! Panes never call each other; they read this state when drawn.

use super::action::Action;
use super::entity_view::{EntityView, Find};
use super::keymap::Keymap;
use super::reader::ReaderView;
pub use super::reading::DocView;
use super::reading::ReadingFrame;
use super::theme::Theme;
use crate::corpus::{Corpus, Entry};
use crate::document::Document;
use crate::document::units::Unit;
use crate::entities::EntityIndex;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Tree,
    Entities,
    Reader,
    /// The second reading pane of a side-by-side comparison.
    Split,
}

/// Where the panes were drawn last, for mouse hits and page sizes.
#[derive(Debug, Clone, Default)]
pub struct Areas {
    /// The whole screen.
    pub screen: Rect,
    pub list: Option<Rect>,
    pub tree: Option<Rect>,
    pub entities: Option<Rect>,
    pub reader: Option<Rect>,
    /// Text rows of the reading pane.
    pub reader_rows: usize,
    /// The clean text on screen in the reading pane.
    pub reader_span: Option<std::ops::Range<usize>>,
    /// The second reading pane of a comparison, and its text rows.
    pub split: Option<Rect>,
    pub split_rows: usize,
    /// What each reading pane shows (see `frame_layout`).
    pub shown: Vec<super::frame_layout::ShownText>,
    /// Where the main reader is, for the status bar.
    pub place: Option<super::frame_layout::ReadingPlace>,
}

/// What the App asks of the event loop, which owns the terminal: the App
/// itself never writes to it.
#[derive(Debug, Default)]
pub struct Requests {
    pub quit: bool,
    /// Ctrl-Z: stop to the shell.
    pub suspend: bool,
    /// The screen is to be drawn whole, not only what changed.
    pub repaint: bool,
    /// The OSC 52 sequence `y` made (see `clipboard`), written after
    /// drawing and taken.
    pub clipboard: Option<String>,
}

pub struct App {
    /// Shared with the thread that builds the entity index.
    pub corpus: Arc<Corpus>,
    pub views: Vec<DocView>,
    pub selected: usize,
    pub list: super::list_view::ListView,
    pub focus: Pane,
    /// The navigation pane shown beside the reader when only one fits.
    pub nav: Pane,
    /// The middle column of the wide layout: the section tree or the entities.
    pub middle: Pane,
    pub entities: EntityView,
    /// Said once in the status bar, until the next key.
    pub message: Option<String>,
    /// Background work that failed (see `background`): said in the status
    /// bar for the rest of the session.
    pub failures: Vec<String>,
    /// The reviewer's marks (none in a session without a marks file).
    pub marks: Option<super::marks_state::MarksState>,
    /// The search: query line, matches, index.
    pub search: super::searching::Search,
    /// Where each document was being read, kept between sessions (none in
    /// tests and sessions that do not keep them).
    pub places: Option<crate::reading_places::ReadingPlaces>,
    /// Related passages, duplicates and timeline, built in the background
    /// after the entities.
    pub crossref: Option<Arc<CrossRef>>,
    /// The timeline, handed over before the rest of the cross-references
    /// (see [`App::timeline`]).
    pub timeline_first: Option<crate::briefing::Timeline>,
    /// The parts of the cross-references built so far, while the
    /// background builds them (see [`crate::briefing::CROSSREF_PARTS`]).
    pub crossref_parts: Arc<crate::progress::Progress>,
    /// The count last drawn, to redraw only when it moved.
    pub(in crate::tui) crossref_parts_shown: (usize, usize),
    /// The document compared side by side with the one being read (`|`).
    pub split: Option<usize>,
    /// The reader alone, the full width (`Z`).
    pub zoom: bool,
    /// The overlay open over the reader, a component of its own (see
    /// `panel`): help, a form, a dialog, a list of results…
    pub panel: Option<Box<dyn super::panel::Panel>>,
    pub theme: Theme,
    /// The keys in effect (the built-in ones, or as `keys.toml` has them).
    pub keymap: Keymap,
    pub areas: Areas,
    /// What the event loop is asked to do.
    pub requests: Requests,
    /// The corpus is still being read (see `loading` and `arriving`).
    pub loading: Option<super::loading::Loading>,
    /// Documents read and not in place yet (see `arriving`).
    pub arriving: super::arriving::Arriving,
}

/// Marks the views of documents that share their title with another.
pub fn mark_same_titles(corpus: &Corpus, views: &mut [DocView]) {
    let titles: Vec<Option<String>> = corpus
        .entries
        .iter()
        .map(|e| e.doc().map(Document::display_title))
        .collect();
    let mut count: std::collections::HashMap<&str, usize> = Default::default();
    for t in titles.iter().flatten() {
        *count.entry(t).or_default() += 1;
    }
    for (view, title) in views.iter_mut().zip(&titles) {
        view.same_title = title.as_deref().is_some_and(|t| count[t] > 1);
    }
}

impl App {
    pub fn new(corpus: Corpus, theme: Theme) -> Self {
        let mut views: Vec<DocView> = corpus.entries.iter().map(DocView::of).collect();
        mark_same_titles(&corpus, &mut views);
        let list = super::list_view::ListView::default();
        // One document: nothing to choose, so keys scroll it at once.
        let focus = if corpus.entries.len() == 1 {
            Pane::Reader
        } else {
            Pane::List
        };
        let mut app = App {
            corpus: Arc::new(corpus),
            views,
            selected: 0,
            list,
            focus,
            nav: Pane::List,
            middle: Pane::Tree,
            entities: EntityView::default(),
            message: None,
            failures: Vec::new(),
            marks: None,
            search: Default::default(),
            places: None,
            crossref: None,
            timeline_first: None,
            crossref_parts: Arc::default(),
            crossref_parts_shown: (0, 0),
            split: None,
            zoom: false,
            panel: None,
            theme,
            keymap: Keymap::default(),
            areas: Areas::default(),
            requests: Requests::default(),
            loading: None,
            arriving: Default::default(),
        };
        app.sync_tree();
        app
    }

    /// Builds the briefing's entity index and cross-references here and
    /// now (tests, benchmarks); the terminal builds them on a thread, see
    /// [`App::set_entities`].
    pub fn load_entities(&mut self) {
        let briefing = crate::briefing::Briefing::new(self.corpus.clone());
        let progress = crate::progress::Progress::default();
        let built = briefing.entities(&progress);
        let (index, warning) = (built.index.clone(), built.warning.clone());
        self.crossref = briefing.crossref(&progress).ok().cloned();
        self.set_entities(index, warning);
    }

    /// The timeline: the cross-references' own, or the one handed over
    /// before them.
    pub fn timeline(&self) -> Option<&crate::briefing::Timeline> {
        match &self.crossref {
            Some(c) => Some(&c.timeline),
            None => self.timeline_first.as_ref(),
        }
    }

    /// The cross-references arrived (built in the background).
    pub fn set_crossref(&mut self, c: Arc<CrossRef>) {
        self.crossref = Some(c);
    }

    pub fn set_entities(&mut self, index: Arc<EntityIndex>, warning: Option<String>) {
        self.entities.set_index(index, warning);
        self.refresh_entities();
    }

    /// Brings the entities pane's rows up to date with the selected
    /// document and what each document shows of its folded text.
    pub fn refresh_entities(&mut self) {
        let views = &self.views;
        let shown = |d: usize| views.get(d).is_some_and(|v| v.reader.show_folded);
        self.entities.refresh(self.selected, shown);
    }

    pub fn doc(&self) -> Option<&Document> {
        self.corpus.entries.get(self.selected).and_then(Entry::doc)
    }

    pub(super) fn page(&self) -> usize {
        self.areas.reader_rows.max(1)
    }

    /// A key press: what it does, then the rows of the entities pane
    /// brought up to date (drawing only reads them).
    pub fn handle_key(&mut self, key: KeyEvent) {
        self.key(key);
        self.refresh_entities();
    }

    fn key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        self.message = None;
        // A panel with keys of its own (the mark form's text, a dialog)
        // takes them first; the query line takes its text.
        if self.panel_key(key) {
            return;
        }
        if self.search.typing() {
            self.with_search(|s, cx| s.key(key, cx));
            return;
        }
        // Ctrl-C quits from anywhere; q only from the main view (in an
        // overlay it closes the overlay).
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            self.request_quit();
            return;
        }
        let cover = self.panel.as_ref().map(|p| p.contexts());
        let live = super::keymap::live(cover, self.focus);
        if let Some(a) = self.keymap.action_for(live, &key) {
            self.update(a);
        }
    }

    /// An action, then the entities pane's rows brought up to date.
    pub fn update(&mut self, action: Action) {
        self.act(action);
        self.refresh_entities();
    }

    fn act(&mut self, action: Action) {
        // Half pages are the readers'; lists and overlays move a page.
        let reading = !self.covered() && matches!(self.focus, Pane::Reader | Pane::Split);
        let action = match action {
            Action::HalfPageDown if !reading => Action::PageDown,
            Action::HalfPageUp if !reading => Action::PageUp,
            other => other,
        };
        if self.panel.is_some() {
            self.update_panel(action);
            return;
        }
        // An action that opens a panel (the registry in `panels`).
        if let Some(panel) = super::panels::opened_by(action, self) {
            self.panel = Some(panel);
            if self.focus != Pane::Tree {
                self.sync_tree();
            }
            return;
        }
        match action {
            Action::Quit => self.request_quit(),
            Action::Suspend => self.requests.suspend = true,
            Action::Redraw => self.requests.repaint = true,
            Action::Close => {
                if let Some(v) = self.views.get_mut(self.selected) {
                    v.cursor.clear();
                }
                if let Some(m) = &mut self.marks {
                    m.repassage = None;
                }
            }
            // The reader's keys work from every pane.
            Action::WordNext
            | Action::WordPrev
            | Action::SentenceNext
            | Action::SentencePrev
            | Action::ParagraphNext
            | Action::ParagraphPrev
            | Action::Select
            | Action::ToggleFold
            | Action::ToggleRaw
            | Action::PrevSection
            | Action::NextSection => self.update_reader(action),
            Action::Mark => self.mark(),
            Action::Copy => self.copy_passage(),
            Action::Search => {
                self.with_search(|s, cx| s.start(super::search_view::Scope::Document, cx))
            }
            Action::SearchAll => {
                self.with_search(|s, cx| s.start(super::search_view::Scope::All, cx))
            }
            Action::Duplicate => self.jump_to_duplicate(),
            Action::Undo => self.with_marks(|m, desk| m.undo(desk)),
            // Side by side, Tab goes between the two readers.
            Action::FocusNext | Action::FocusPrev if self.split.is_some() => {
                self.focus = if self.focus == Pane::Split {
                    Pane::Reader
                } else {
                    Pane::Split
                };
            }
            Action::FocusNext => self.set_focus(match self.focus {
                Pane::List => Pane::Tree,
                Pane::Tree => Pane::Entities,
                Pane::Entities => Pane::Reader,
                Pane::Reader | Pane::Split => Pane::List,
            }),
            Action::FocusPrev => self.set_focus(match self.focus {
                Pane::List => Pane::Reader,
                Pane::Tree => Pane::List,
                Pane::Entities => Pane::Tree,
                Pane::Reader | Pane::Split => Pane::Entities,
            }),
            Action::Split => self.toggle_split(),
            Action::Zoom => {
                self.zoom = !self.zoom;
                if self.zoom && !matches!(self.focus, Pane::Reader | Pane::Split) {
                    self.focus = Pane::Reader;
                }
            }
            Action::Entities => self.set_focus(Pane::Entities),
            Action::FindNext | Action::FindPrev => self.find(action == Action::FindNext),
            _ => match self.focus {
                Pane::List => self.update_list(action),
                Pane::Tree => self.update_tree(action),
                Pane::Entities => self.update_entities(action),
                Pane::Reader => self.update_reader(action),
                Pane::Split => self.update_split_reader(action),
            },
        }
        if self.focus != Pane::Tree {
            self.sync_tree();
        }
    }

    pub(super) fn set_focus(&mut self, pane: Pane) {
        self.focus = pane;
        // A pane the zoomed reader hides comes back with the others.
        if !matches!(pane, Pane::Reader | Pane::Split) {
            self.zoom = false;
        }
        if pane == Pane::Split {
            return;
        }
        if pane != Pane::Reader {
            self.nav = pane;
        }
        if matches!(pane, Pane::Tree | Pane::Entities) {
            self.middle = pane;
        }
        if pane == Pane::Entities {
            self.refresh_entities();
            if self.entities.selected.is_none() {
                self.entities.select_cursor();
            }
        }
    }

    fn update_entities(&mut self, action: Action) {
        let page = self
            .areas
            .entities
            .map_or(10, |r| usize::from(r.height.saturating_sub(2)));
        let effects = self.entities.update(action, page);
        self.apply(effects);
    }

    /// The occurrences of `entity`, from the first at or after the reading
    /// position.
    pub(super) fn open_occurrences(&mut self, entity: usize) {
        let selected = self.occurrence_near(entity);
        self.open_panel(super::panels::occurrences::OccurrencesPanel {
            entity,
            list: super::list_view::ListView::at(selected),
        });
    }

    /// The first occurrence of `entity` at or after the reading position.
    fn occurrence_near(&mut self, entity: usize) -> usize {
        let Some(index) = self.entities.index.clone() else {
            return 0;
        };
        let here = (self.selected, self.reading_offset());
        index
            .occurrences(entity)
            .iter()
            .position(|(d, m)| (*d, m.clean.start) >= here)
            .unwrap_or(0)
    }

    fn reading_offset(&mut self) -> usize {
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return 0;
        };
        self.views[self.selected].reader.top_clean(doc)
    }

    /// `n`/`N`: the next or previous mention of the last found entity, in
    /// this document or the next ones (wrapping around).
    fn find(&mut self, forward: bool) {
        if self.entities.last_find == Some(Find::Search) {
            self.with_search(|s, cx| s.next(forward, cx));
            return;
        }
        let Some(Find::Entity(entity)) = self.entities.last_find else {
            self.message = Some(format!(
                "Nothing to find yet: select an entity ({})",
                self.keymap.keys_for(Action::Entities)
            ));
            return;
        };
        let Some(index) = self.entities.index.clone() else {
            return;
        };
        let visible: Vec<(usize, usize, usize)> = index
            .occurrences(entity)
            .into_iter()
            .filter(|(d, m)| !m.boilerplate || self.views[*d].reader.show_folded)
            .map(|(d, m)| (d, m.clean.start, m.clean.end))
            .collect();
        if visible.is_empty() {
            self.message = Some("No visible mentions (z unfolds boilerplate)".into());
            return;
        }
        let (here, strict) = match self.entities.find_pos {
            Some((d, at)) if d == self.selected => ((d, at), true),
            _ => ((self.selected, self.reading_offset()), false),
        };
        let pick = if forward {
            visible
                .iter()
                .position(|&(d, s, _)| {
                    if strict {
                        (d, s) > here
                    } else {
                        (d, s) >= here
                    }
                })
                .unwrap_or(0)
        } else {
            visible
                .iter()
                .rposition(|&(d, s, _)| (d, s) < here)
                .unwrap_or(visible.len() - 1)
        };
        let (d, start, _) = visible[pick];
        self.jump_to(d, start);
        let name = &index.entities[entity].name;
        self.message = Some(format!("{name} {}/{}", pick + 1, visible.len()));
    }

    /// Shows a clean offset of a document with a few lines of context above.
    pub fn jump_to(&mut self, doc: usize, clean: usize) {
        let word = match self.corpus.entries.get(doc) {
            Some(Entry::Doc(d)) => crate::document::units::unit_at(d, clean, Unit::Word),
            _ => None,
        };
        self.jump_to_range(doc, word.unwrap_or(clean..clean));
    }

    /// Shows a passage (a search match, a mention, a footnote marker) with
    /// some lines of context above it, the reading cursor on it, so the tree,
    /// the status bar and `m` all start from there.
    pub fn jump_to_range(&mut self, doc: usize, range: std::ops::Range<usize>) {
        let clean = range.start;
        self.select_doc(doc);
        if let Some(v) = self.views.get_mut(doc) {
            v.cursor.from = None;
            v.cursor.at = (!range.is_empty()).then_some(range);
        }
        self.entities.find_pos = Some((doc, clean));
        let context = self.page() / 3;
        self.with_reader(|r, d, _| {
            if r.raw {
                r.toggle_raw(d);
            }
            let block = d.block_at_clean(clean);
            if d.blocks.get(block).is_some_and(|b| b.kind.is_folded()) && !r.show_folded {
                r.set_show_folded(true);
            }
            r.show_clean_offset(d, clean);
            r.scroll_up(d, context);
        });
        self.sync_tree();
    }

    pub(super) fn with_reader(&mut self, f: impl FnOnce(&mut ReaderView, &Document, usize)) {
        let page = self.page();
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        f(&mut self.views[self.selected].reader, doc, page);
    }

    /// An action for the reader of the document being read (see
    /// `reading`), its effects applied.
    fn update_reader(&mut self, action: Action) {
        let frame = ReadingFrame {
            page: self.page(),
            on_screen: self.areas.reader_span.clone(),
        };
        let Some(Entry::Doc(doc)) = self.corpus.entries.get(self.selected) else {
            return;
        };
        let mut fx = Vec::new();
        self.views[self.selected].update(action, doc, &frame, &mut fx);
        self.apply(fx);
    }

    pub(super) fn select_doc(&mut self, i: usize) {
        if i < self.corpus.entries.len() {
            self.restore_place(i);
            self.selected = i;
            self.list.selected = i;
            self.refresh_entities();
        }
    }
}

pub use crate::briefing::CrossRef;

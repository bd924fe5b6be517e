//! What the reader shows of the entities: the index once it is built (in the
//! background, so the first page never waits for it), which types are
//! highlighted, the entities pane's scope, order, filter and cursor, and the
//! entity that `n`/`N` step through. The pane is a component: it takes the
//! actions meant for it ([`EntityView::update`]) and asks the App for the
//! rest through effects.

use super::action::Action;
use super::list_view::ListView;
use super::panel::Effect;
use crate::entities::{EntityIndex, EntityType};
use crate::progress::Progress;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexState {
    Building,
    Ready,
    /// The gazetteer could not be read (the bundled one is used instead).
    Warning(String),
}

/// What `n`/`N` repeat: the last selected entity or the last search,
/// whichever came last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Find {
    Entity(usize),
    /// The last search (its matches are in `App::search`).
    Search,
}

pub struct EntityView {
    pub index: Option<Arc<EntityIndex>>,
    pub state: IndexState,
    /// Highlighting switched off, per type (by [`EntityType::index`]).
    pub hidden: [bool; 7],
    /// The pane lists the entities of all documents, not just this one.
    pub all_docs: bool,
    pub by_name: bool,
    pub filter: Option<EntityType>,
    /// The pane's cursor and scroll over `rows`.
    pub list: ListView,
    /// The pane's rows: entity and mention count in the scope.
    pub rows: Vec<(usize, usize)>,
    rows_key: Option<(usize, bool, bool, Option<EntityType>)>,
    /// The documents of the scope that showed their folded text when the
    /// rows were counted, in order: mentions in folded text count only
    /// there, as n/N visit only those.
    counted_folded: Vec<usize>,
    /// The entity whose mentions are picked out everywhere.
    pub selected: Option<usize>,
    pub last_find: Option<Find>,
    /// Where the last jump landed: document and clean offset.
    pub find_pos: Option<(usize, usize)>,
    /// Documents recognised so far, while the index is being built.
    pub progress: Arc<Progress>,
    /// The progress last drawn, to redraw only when it moved.
    progress_shown: (usize, usize),
}

impl Default for EntityView {
    fn default() -> Self {
        EntityView {
            index: None,
            state: IndexState::Building,
            hidden: [false; 7],
            all_docs: false,
            by_name: false,
            filter: None,
            list: ListView::default(),
            rows: Vec::new(),
            rows_key: None,
            counted_folded: Vec::new(),
            selected: None,
            last_find: None,
            find_pos: None,
            progress: Arc::default(),
            progress_shown: (0, 0),
        }
    }
}

impl EntityView {
    /// Scrolls the list so that the selected row is among the `height`
    /// rows on screen (done when the frame is laid out, so drawing changes
    /// nothing).
    pub fn scroll_into_view(&mut self, height: usize) {
        self.list.scroll_into_view(self.rows.len(), height);
    }

    pub fn set_index(&mut self, index: Arc<EntityIndex>, warning: Option<String>) {
        self.index = Some(index);
        self.state = warning.map_or(IndexState::Ready, IndexState::Warning);
        self.rows_key = None;
    }

    /// True when recognition has moved on since this was last asked (the
    /// count on screen is then out of date).
    pub fn progress_moved(&mut self) -> bool {
        if self.state != IndexState::Building {
            return false;
        }
        let now = self.progress.get();
        std::mem::replace(&mut self.progress_shown, now) != now
    }

    /// "recognising entities: 3 of 10 documents…" while the index is built.
    pub fn building_status(&self) -> String {
        match self.progress.of_documents() {
            Some(count) => format!("recognising entities: {count}…"),
            None => "recognising entities…".to_string(),
        }
    }

    pub fn shows(&self, ty: EntityType) -> bool {
        !self.hidden[ty.index()]
    }

    /// Rebuilds the pane's rows when the document or an option changed.
    /// `folded_shown(d)`: document `d` shows its folded text (z). Called
    /// every frame: only the flags of the documents in the pane's scope are
    /// asked (one document unless all are listed), and nothing is allocated
    /// unless something changed.
    pub fn refresh(&mut self, doc: usize, folded_shown: impl Fn(usize) -> bool) {
        let key = (doc, self.all_docs, self.by_name, self.filter);
        let Some(scope) = self.scope(doc) else {
            return;
        };
        if self.rows_key == Some(key)
            && scope
                .clone()
                .filter(|&d| folded_shown(d))
                .eq(self.counted_folded.iter().copied())
        {
            return;
        }
        self.counted_folded = scope.filter(|&d| folded_shown(d)).collect();
        self.count_rows(key);
    }

    /// The documents whose mentions the pane counts.
    fn scope(&self, doc: usize) -> Option<std::ops::Range<usize>> {
        let index = self.index.as_ref()?;
        Some(if self.all_docs {
            0..index.docs.len()
        } else {
            doc..doc + 1
        })
    }

    /// The rows for `key`, with mentions in folded text counted in the
    /// documents of `counted_folded`.
    fn count_rows(&mut self, key: (usize, bool, bool, Option<EntityType>)) {
        let Some(index) = self.index.clone() else {
            return;
        };
        let previous = self.cursor_entity();
        self.rows_key = Some(key);
        let mut counts = vec![0usize; index.entities.len()];
        let scope = self.scope(key.0).unwrap_or_default();
        for d in scope {
            let shown = self.counted_folded.binary_search(&d).is_ok();
            for m in index.mentions(d) {
                if !m.boilerplate || shown {
                    counts[m.entity] += 1;
                }
            }
        }
        let mut rows: Vec<(usize, usize)> = counts
            .iter()
            .enumerate()
            .filter(|&(i, &c)| c > 0 && self.filter.is_none_or(|t| index.entities[i].ty == t))
            .map(|(i, &c)| (i, c))
            .collect();
        let name = |i: usize| crate::entities::fold::fold(&index.entities[i].name);
        if self.by_name {
            rows.sort_by_cached_key(|&(i, _)| name(i));
        } else {
            rows.sort_by_cached_key(|&(i, c)| (std::cmp::Reverse(c), name(i)));
        }
        self.rows = rows;
        self.list.selected = previous
            .and_then(|e| self.rows.iter().position(|&(i, _)| i == e))
            .unwrap_or(0);
    }

    /// An action for the pane, `page` rows high: moves of the cursor (each
    /// selects the entity under it), scope, order and type filter (the rows
    /// rebuilt at once), Esc to select nothing; Enter asks for the list of
    /// the entity's occurrences.
    pub fn update(&mut self, action: Action, page: usize) -> Vec<Effect> {
        if self.list.step(action, self.rows.len(), page) {
            self.select_cursor();
            return Vec::new();
        }
        match action {
            Action::EntityScope => self.all_docs = !self.all_docs,
            Action::EntitySort => self.by_name = !self.by_name,
            Action::TypeKey(d) => self.filter = Self::type_for_key(d),
            Action::Close => self.selected = None,
            Action::Open => {
                if let Some(entity) = self.cursor_entity() {
                    self.select_cursor();
                    return vec![Effect::Occurrences(entity)];
                }
            }
            _ => {}
        }
        if matches!(
            action,
            Action::EntityScope | Action::EntitySort | Action::TypeKey(_)
        ) {
            self.rebuild();
            self.select_cursor();
        }
        Vec::new()
    }

    /// The rows again after a change of scope, order or filter, with the
    /// folded text shown where the last count saw it; a document that count
    /// did not cover is taken as not showing it. The owner's next
    /// [`refresh`](Self::refresh) asks the flags of the new scope and counts
    /// again if that guess was wrong.
    fn rebuild(&mut self) {
        let Some((doc, ..)) = self.rows_key else {
            return;
        };
        let counted = std::mem::take(&mut self.counted_folded);
        self.rows_key = None;
        self.refresh(doc, |d| counted.binary_search(&d).is_ok());
    }

    /// The entity under the pane's cursor.
    pub fn cursor_entity(&self) -> Option<usize> {
        self.rows.get(self.list.selected).map(|&(e, _)| e)
    }

    /// The entity under the cursor becomes the one highlighted and found by `n`.
    pub fn select_cursor(&mut self) {
        if let Some(e) = self.cursor_entity() {
            self.selected = Some(e);
            self.last_find = Some(Find::Entity(e));
            self.find_pos = None;
        }
    }

    /// A type key: 0 for all types, 1–7 for one (in [`EntityType::ALL`] order).
    pub fn type_for_key(digit: u8) -> Option<EntityType> {
        EntityType::ALL
            .get(usize::from(digit).checked_sub(1)?)
            .copied()
    }

    pub fn toggle_type(&mut self, digit: u8) {
        match Self::type_for_key(digit) {
            Some(t) => self.hidden[t.index()] = !self.hidden[t.index()],
            None => {
                let show = self.hidden.iter().any(|h| *h);
                self.hidden = [!show; 7];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::entities::Recogniser;

    /// The pane over the bundled letter (document 0 in reading order).
    fn pane() -> EntityView {
        let corpus = Corpus::bundled().into_reading_order();
        let index = EntityIndex::build(&corpus, &Recogniser::bundled());
        let mut view = EntityView::default();
        view.set_index(Arc::new(index), None);
        view.refresh(0, |_| false);
        view
    }

    /// While recognising, the count moves and says how far it is; once the
    /// index is there nothing more is redrawn for it.
    #[test]
    fn the_recognition_count_is_said_and_redrawn_when_it_moves() {
        let mut v = EntityView::default();
        assert_eq!(v.building_status(), "recognising entities…");
        let corpus = Corpus::bundled();
        let index = EntityIndex::build_contained_with_progress(
            &corpus,
            &Recogniser::bundled(),
            &v.progress.clone(),
        )
        .0;
        let n = corpus.entries.len();
        assert_eq!(v.progress.get(), (n, n));
        assert!(v.progress_moved());
        assert!(!v.progress_moved(), "not moved since");
        assert_eq!(
            v.building_status(),
            format!("recognising entities: {n} of {n} documents…")
        );
        v.set_index(Arc::new(index), None);
        v.progress.start(9);
        assert!(!v.progress_moved(), "built: nothing to show");
    }

    #[test]
    fn moves_select_the_entity_under_the_cursor_and_stay_in_the_list() {
        let mut v = pane();
        assert!(v.rows.len() > 3, "{} rows", v.rows.len());
        assert!(v.update(Action::Down, 10).is_empty());
        assert_eq!(v.list.selected, 1);
        assert_eq!(v.selected, v.cursor_entity());
        assert_eq!(v.last_find, v.cursor_entity().map(Find::Entity));
        v.update(Action::Bottom, 10);
        assert_eq!(v.list.selected, v.rows.len() - 1);
        v.update(Action::PageDown, 10);
        assert_eq!(v.list.selected, v.rows.len() - 1, "not past the end");
        v.update(Action::PageUp, 3);
        assert_eq!(v.list.selected, v.rows.len() - 4);
        v.update(Action::Top, 10);
        v.update(Action::Up, 10);
        assert_eq!(v.list.selected, 0);
        v.update(Action::Close, 10);
        assert_eq!(v.selected, None, "Esc selects nothing");
    }

    #[test]
    fn the_most_mentioned_come_first_or_by_name_the_cursor_kept() {
        let mut v = pane();
        let counts: Vec<usize> = v.rows.iter().map(|&(_, c)| c).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        let first = v.cursor_entity();
        v.update(Action::EntitySort, 10);
        let index = v.index.clone().unwrap();
        let names: Vec<String> = v
            .rows
            .iter()
            .map(|&(e, _)| crate::entities::fold::fold(&index.entities[e].name))
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        assert_eq!(v.cursor_entity(), first, "the cursor stays on its entity");
    }

    #[test]
    fn a_type_key_filters_and_the_scope_widens_to_all_documents() {
        let mut v = pane();
        let index = v.index.clone().unwrap();
        v.update(Action::TypeKey(1), 10);
        let ty = EntityView::type_for_key(1).unwrap();
        assert!(!v.rows.is_empty());
        assert!(v.rows.iter().all(|&(e, _)| index.entities[e].ty == ty));
        let letter_only: usize = v.rows.iter().map(|&(_, c)| c).sum();
        v.update(Action::EntityScope, 10);
        let everywhere: usize = v.rows.iter().map(|&(_, c)| c).sum();
        assert!(everywhere > letter_only, "{everywhere} > {letter_only}");
        v.update(Action::TypeKey(0), 10);
        assert!(v.rows.iter().any(|&(e, _)| index.entities[e].ty != ty));
    }

    #[test]
    fn enter_asks_for_the_occurrences_of_the_entity_under_the_cursor() {
        let mut v = pane();
        v.update(Action::Down, 10);
        let effects = v.update(Action::Open, 10);
        let under = v.cursor_entity().expect("an entity under the cursor");
        assert_eq!(effects, [Effect::Occurrences(under)]);
        assert_eq!(v.selected, Some(under));
        let mut empty = EntityView::default();
        assert!(empty.update(Action::Open, 10).is_empty(), "nothing listed");
    }

    /// One document in scope: only its flag is asked (a page key on a
    /// briefing of 10,000 documents asks one, not 10,000). All documents:
    /// every flag counts, and a change in any recounts the rows.
    #[test]
    fn only_the_scope_s_folded_flags_are_asked_and_each_counts() {
        let mut v = pane();
        let index = v.index.clone().unwrap();
        let asked = std::cell::RefCell::new(Vec::new());
        v.refresh(0, |d| {
            asked.borrow_mut().push(d);
            false
        });
        assert_eq!(*asked.borrow(), [0], "the one document's flag");
        let folded = (0..index.docs.len())
            .find(|&d| d != 0 && index.mentions(d).iter().any(|m| m.boilerplate))
            .expect("a document with mentions in folded text");
        let total = |v: &EntityView| v.rows.iter().map(|&(_, c)| c).sum::<usize>();
        v.update(Action::EntityScope, 10);
        v.refresh(0, |_| false);
        let hidden = total(&v);
        v.refresh(0, |d| d == folded);
        let shown = total(&v);
        let in_folded = index
            .mentions(folded)
            .iter()
            .filter(|m| m.boilerplate)
            .count();
        assert_eq!(
            shown,
            hidden + in_folded,
            "the folded mentions of document {folded}"
        );
        v.refresh(0, |_| false);
        assert_eq!(total(&v), hidden, "and gone again");
    }
}

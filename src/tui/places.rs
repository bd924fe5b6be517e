//! The reader's side of [`crate::reading_places`]: each document reopens
//! where it was being read. A place is applied the first time a document is
//! shown (not at start-up for all of them), and the places of the documents
//! that were drawn are kept when the reader ends.

use super::app::App;
use crate::corpus::Entry;
use crate::reading_places::ReadingPlaces;

impl App {
    /// Takes the places kept for this corpus: the document read last is
    /// selected and shown where it was left. `warning` (a bad or foreign
    /// places file) is said in the status bar.
    pub fn open_places(&mut self, places: ReadingPlaces, warning: Option<String>) {
        let last = places
            .last
            .as_deref()
            .and_then(|id| self.corpus.entries.iter().position(|e| e.id() == id));
        self.places = Some(places);
        if let Some(w) = warning {
            self.message = Some(w);
        }
        match last {
            Some(i) => self.select_doc(i),
            None => self.restore_place(self.selected),
        }
        self.sync_tree();
    }

    /// Shows document `i` where it was left, the first time it is shown.
    pub(super) fn restore_place(&mut self, i: usize) {
        let Some(view) = self.views.get_mut(i) else {
            return;
        };
        // A document not read yet is put at its place when it arrives.
        let (Some(places), Some(Entry::Doc(doc))) = (&self.places, self.corpus.entries.get(i))
        else {
            return;
        };
        if std::mem::replace(&mut view.restored, true) {
            return;
        }
        if let Some(clean) = places.place(doc) {
            view.reader.show_clean_offset(doc, clean);
        }
    }

    /// Keeps where each document that was drawn is being read, and which one
    /// was read last; says why it could not (the reader has ended by then).
    pub fn save_places(&mut self) -> Result<(), String> {
        let Some(mut places) = self.places.take() else {
            return Ok(());
        };
        for (i, view) in self.views.iter_mut().enumerate() {
            let Some(Entry::Doc(doc)) = self.corpus.entries.get(i) else {
                continue;
            };
            // Never drawn, or only its start read: its place, if any, stays
            // as it was.
            if view.reader.width() == 0 || self.arriving.preview.is_some_and(|(p, _)| p == i) {
                continue;
            }
            places.remember(doc, view.reader.top_clean(doc));
        }
        places.last = self
            .corpus
            .entries
            .get(self.selected)
            .map(|e| e.id().to_string());
        let result = places.save().map_err(|e| {
            let at = places.path().map_or(String::new(), |p| {
                format!(" in {}", crate::document::path_text::escaped(p.as_os_str()))
            });
            format!("could not keep the reading places{at}: {e}")
        });
        self.places = Some(places);
        result
    }
}

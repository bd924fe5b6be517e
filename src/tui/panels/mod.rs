//! The overlays that are [`Panel`](super::panel::Panel)s, one file each:
//! the help, the highlight chooser, the marks pane, the export menu, a document's
//! footnotes, an entity's occurrences (opened from the entities pane), the
//! dialog on quitting with unsaved marks (opened by quitting), the mark form
//! (opened by `m` and by changing a mark), the results of a search in all
//! documents (opened by `S`),
//! related passages and the timeline; and [`opened_by`], which says which
//! action opens which.

pub mod mark_form;
pub mod occurrences;
pub mod overlay;
pub mod search_results;
pub mod unsaved;

use super::action::Action;
use super::app::App;
use super::panel::Panel;

/// Declares the panels that an action opens, each as `module: Action =>
/// Panel`, and [`opened_by`] over them: registering a new overlay is its
/// line here.
macro_rules! panels {
    ($($module:ident: $action:ident => $panel:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// The panel an action opens, if any. A panel that cannot open (no
        /// marks, nothing related) may say why in the status bar and give
        /// none.
        pub fn opened_by(action: Action, app: &mut App) -> Option<Box<dyn Panel>> {
            match action {
                $(Action::$action => $module::$panel::open(app),)*
                _ => None,
            }
        }
    };
}

panels! {
    help: Help => HelpPanel,
    highlight: Highlight => HighlightPanel,
    footnotes: Footnotes => FootnotesPanel,
    marks: Marks => MarksPanel,
    export: Export => ExportPanel,
    related: Related => RelatedPanel,
    timeline: Timeline => TimelinePanel,
}

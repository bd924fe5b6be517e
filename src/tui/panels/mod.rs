//! The overlays that are [`Panel`](super::panel::Panel)s, one file each:
//! the help, the highlight chooser, the marks pane, the export menu, a document's
//! footnotes, an entity's occurrences, related passages and the timeline;
//! and [`opened_by`], which says which action opens which.

pub mod export;
pub mod footnotes;
pub mod help;
pub mod highlight;
pub mod marks;
pub mod occurrences;
pub mod related;
pub mod timeline;

use super::action::Action;
use super::app::App;
use super::panel::Panel;

/// The panel an action opens, if any: where an overlay is registered. A
/// panel that cannot open (no marks, nothing related) may say why in the
/// status bar and give none.
pub fn opened_by(action: Action, app: &mut App) -> Option<Box<dyn Panel>> {
    match action {
        Action::Help => help::HelpPanel::open(app),
        Action::Highlight => highlight::HighlightPanel::open(app),
        Action::Footnotes => footnotes::FootnotesPanel::open(app),
        Action::Marks => marks::MarksPanel::open(app),
        Action::Export => export::ExportPanel::open(app),
        Action::Related => related::RelatedPanel::open(app),
        Action::Timeline => timeline::TimelinePanel::open(app),
        _ => None,
    }
}

//! The overlays that are [`Panel`](super::panel::Panel)s, one file each.
//! Those a key opens are registered in the `panels!` list below, each with
//! its key; the others are opened by what they answer to: an entity's
//! occurrences (Enter in the entities pane), the dialog on quitting with
//! unsaved marks, the mark form (`m`, and changing a mark) and the results
//! of a search in all documents (`S`). `overlay` is what the list overlays
//! share.

pub mod mark_form;
pub mod occurrences;
pub mod overlay;
pub mod search_results;
pub mod unsaved;

use super::action::Action;
use super::app::App;
use super::keymap::Binding;
use super::panel::Panel;

/// Declares the overlays that a key opens, each as `module: Variant =>
/// Panel`, and over them: the [`Overlay`] enum (its name in `keys.toml` is
/// the module's), each one's key (the module's `KEY`, a row of the keymap)
/// and [`opened_by`]. Registering a new overlay is its line here; its file
/// holds the rest.
macro_rules! panels {
    ($($module:ident: $variant:ident => $panel:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// An overlay a key opens.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Overlay {
            $($variant,)*
        }

        impl Overlay {
            pub const ALL: &[Overlay] = &[$(Overlay::$variant,)*];

            /// Its name in `keys.toml`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Overlay::$variant => stringify!($module),)*
                }
            }

            /// Its built-in key, a row of the keymap.
            pub fn binding(self) -> Binding {
                match self {
                    $(Overlay::$variant => $module::KEY,)*
                }
            }
        }

        /// The panel an action opens, if any. A panel that cannot open (no
        /// marks, nothing related) may say why in the status bar and give
        /// none.
        pub fn opened_by(action: Action, app: &mut App) -> Option<Box<dyn Panel>> {
            match action {
                $(Action::Show(Overlay::$variant) => $module::$panel::open(app),)*
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
    info: Info => InfoPanel,
}

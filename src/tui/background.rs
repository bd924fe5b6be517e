//! The reader's background work: entity recognition, then related passages,
//! duplicates and the timeline, on a thread of their own so the first page
//! never waits. Each stage is contained: a panic in one costs what that
//! stage gives (highlights, or the cross-references), the reader
//! stays usable and the status bar says what failed. A failure in one
//! document's recognition costs only that document's highlights.
//!
//! The panic hook puts the terminal back only for a panic on the UI thread;
//! a panic elsewhere must not tear the screen down under a running reader.

use super::Background;
use super::app::App;
use crate::briefing::{Briefing, CrossRef, Entities, Timeline};
use crate::contain::{self, Failure};
use crate::corpus::Corpus;
use crate::entities::EntityIndex;
use crate::progress::Progress;
use crossterm::event::DisableMouseCapture;
use crossterm::execute;
use std::io::stdout;
use std::sync::{Arc, OnceLock, mpsc};
use std::thread::ThreadId;

/// The name of the background thread.
pub const THREAD_NAME: &str = "brief-background";

static UI_THREAD: OnceLock<ThreadId> = OnceLock::new();

/// Installs the reader's panic hook, from the UI thread, after ratatui's:
/// on a panic of the UI thread it releases the mouse and runs the hooks
/// before it (ratatui's restores raw mode and the screen, then the message
/// is printed). A panic on any other thread, or inside contained work, is
/// left to whoever contains or joins it: nothing is torn down or printed
/// over the screen.
pub fn install_panic_hook() {
    let _ = UI_THREAD.set(std::thread::current().id());
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let ui = UI_THREAD.get() == Some(&std::thread::current().id());
        if !ui || contain::is_contained() {
            return;
        }
        let _ = execute!(stdout(), DisableMouseCapture);
        hook(info);
    }));
    // Outermost: it keeps contained panics quiet before the hook above.
    contain::install();
}

/// Starts the background thread; what it builds of the briefing arrives on
/// the receiver. `progress` counts the documents whose entities are
/// recognised.
pub fn spawn(
    briefing: Arc<Briefing>,
    progress: Arc<Progress>,
    parts: Arc<Progress>,
) -> mpsc::Receiver<Background> {
    let (tx, rx) = mpsc::channel();
    let failed = tx.clone();
    let spawned = std::thread::Builder::new()
        .name(THREAD_NAME.into())
        .spawn(move || {
            work(
                &tx,
                || entities(&briefing, &progress),
                || briefing.timeline(&progress).ok().cloned(),
                || {
                    briefing
                        .crossref_counted(&progress, &parts)
                        .cloned()
                        .map_err(Clone::clone)
                },
            )
        });
    if let Err(e) = spawned {
        let _ = failed.send(Background::Failed(format!(
            "could not start the background thread: {e}; highlights and cross-references are off"
        )));
        let _ = failed.send(Background::Entities(Default::default(), None));
        let _ = failed.send(Background::CrossRef(Arc::new(CrossRef::empty())));
    }
    rx
}

/// The entity index, the gazetteer warning, and a message per failure
/// (the whole recognition, or one document's).
type EntitiesBuilt = (Arc<EntityIndex>, Option<String>, Vec<String>);

/// Sends the entities, then the cross-references, saying what failed;
/// always sends both (empty after a failure), so nothing waits for them
/// forever.
fn work(
    tx: &mpsc::Sender<Background>,
    entities: impl FnOnce() -> EntitiesBuilt,
    timeline: impl FnOnce() -> Option<Timeline>,
    crossref: impl FnOnce() -> Result<Arc<CrossRef>, Failure>,
) {
    let (index, warning, failed) = entities();
    for m in failed {
        let _ = tx.send(Background::Failed(m));
    }
    let _ = tx.send(Background::Entities(index, warning));
    // (A failed timeline is said with the cross-references, next.)
    if let Some(t) = timeline() {
        let _ = tx.send(Background::Timeline(t));
    }
    let built = crossref().unwrap_or_else(|f: Failure| {
        let _ = tx.send(Background::Failed(format!(
            "cross-references failed: {}; related passages and the timeline are off",
            f.summary()
        )));
        Arc::new(CrossRef::empty())
    });
    let _ = tx.send(Background::CrossRef(built));
}

/// The briefing's entities, and what failed in words for the status bar.
fn entities(briefing: &Briefing, progress: &Progress) -> EntitiesBuilt {
    said(briefing.entities(progress), &briefing.corpus)
}

/// Entities as built, what failed in words.
fn said(built: &Entities, corpus: &Corpus) -> EntitiesBuilt {
    let mut messages: Vec<String> = built
        .broken
        .iter()
        .map(|f| {
            format!(
                "entity recognition failed: {}; highlights are off",
                f.summary()
            )
        })
        .collect();
    messages.extend(built.failed.iter().map(|(i, f)| {
        format!(
            "entity recognition failed in {}: {}; its highlights are off",
            corpus.entries[*i].origin().display(),
            f.summary()
        )
    }));
    (built.index.clone(), built.warning.clone(), messages)
}

impl App {
    /// Background work failed: said in the status bar for the rest of the
    /// session (one line, control characters made inert).
    pub fn background_failed(&mut self, message: String) {
        let line = message
            .chars()
            .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
            .collect();
        self.failures.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn received(rx: &mpsc::Receiver<Background>) -> (Vec<String>, bool, bool) {
        let (mut failed, mut entities, mut crossref) = (Vec::new(), false, false);
        for b in rx.try_iter() {
            match b {
                Background::Failed(m) => failed.push(m),
                Background::Entities(..) => entities = true,
                Background::Timeline(_) => {}
                Background::CrossRef(_) => crossref = true,
            }
        }
        (failed, entities, crossref)
    }

    /// What a contained panic leaves.
    fn failure(message: &'static str) -> Failure {
        contain::contain(|| -> () { panic!("{message}") }).unwrap_err()
    }

    #[test]
    fn a_panic_in_recognition_is_reported_and_both_results_still_arrive() {
        let corpus = Corpus::bundled();
        let broken = Entities {
            index: Default::default(),
            warning: None,
            failed: vec![(2, failure("boom in one"))],
            broken: Some(failure("start byte index 53 is not a char boundary")),
        };
        let (tx, rx) = mpsc::channel();
        work(
            &tx,
            || said(&broken, &corpus),
            || None,
            || Ok(Arc::new(CrossRef::empty())),
        );
        let (failed, entities, crossref) = received(&rx);
        assert_eq!(failed.len(), 2, "{failed:?}");
        assert!(
            failed[0].starts_with(
                "entity recognition failed: start byte index 53 is not a char boundary (at src/tui/background.rs:"
            ) && failed[0].ends_with("; highlights are off"),
            "{failed:?}"
        );
        let one = corpus.entries[2].origin().display().to_string();
        assert!(
            failed[1].starts_with(&format!("entity recognition failed in {one}: boom in one"))
                && failed[1].ends_with("; its highlights are off"),
            "{failed:?}"
        );
        assert!(entities && crossref, "nothing is left waiting");
    }

    #[test]
    fn a_panic_in_the_cross_references_is_reported() {
        let briefing = Briefing::new(Arc::new(Corpus::bundled()));
        let (tx, rx) = mpsc::channel();
        work(
            &tx,
            || entities(&briefing, &Progress::default()),
            || None,
            || Err(failure("boom")),
        );
        let (failed, entities, crossref) = received(&rx);
        assert_eq!(failed.len(), 1, "{failed:?}");
        assert!(failed[0].starts_with("cross-references failed: boom"));
        assert!(entities && crossref);
    }

    #[test]
    fn the_briefing_builds_each_stage_once_for_every_thread_that_asks() {
        let briefing = Arc::new(Briefing::new(Arc::new(Corpus::bundled())));
        let recognised = briefing.entities(&Progress::default()).index.clone();
        let parts = Arc::new(Progress::default());
        let rx = spawn(briefing.clone(), Arc::default(), parts.clone());
        let (mut entities, mut timeline, mut crossref) = (None, None, None);
        for b in rx.iter() {
            match b {
                Background::Entities(index, _) => entities = Some(index),
                Background::Timeline(t) => {
                    assert!(crossref.is_none(), "the timeline before the rest");
                    timeline = Some(t);
                }
                Background::CrossRef(c) => crossref = Some(c),
                Background::Failed(m) => panic!("{m}"),
            }
        }
        assert!(
            Arc::ptr_eq(&entities.unwrap(), &recognised),
            "one entity index"
        );
        let crossref = crossref.unwrap();
        assert!(Arc::ptr_eq(
            &crossref,
            briefing.crossref(&Progress::default()).unwrap()
        ));
        assert!(!crossref.timeline.is_empty());
        assert!(
            Arc::ptr_eq(&timeline.unwrap(), &crossref.timeline),
            "one timeline, handed over first"
        );
        assert_eq!(parts.get(), (3, 3), "every part counted");
    }

    #[test]
    fn the_status_bar_says_what_failed_and_the_reader_goes_on() {
        let mut app = App::new(Corpus::bundled(), Theme::from_env());
        app.set_entities(Arc::new(EntityIndex::default()), None);
        app.background_failed("entity recognition failed: bad\u{1b}[2J; highlights are off".into());
        let mut t = Terminal::new(TestBackend::new(160, 20)).unwrap();
        t.draw(|f| crate::tui::draw(&mut app, f)).unwrap();
        let last: String = (0..160)
            .map(|x| t.backend().buffer()[(x, 19)].symbol().to_string())
            .collect();
        assert!(
            last.contains("⚠ entity recognition failed: bad\u{FFFD}[2J; highlights are off"),
            "{last}"
        );
        // Keys still work: the reader scrolls and the message stays.
        app.handle_key(crossterm::event::KeyEvent::from(
            crossterm::event::KeyCode::Char('j'),
        ));
        t.draw(|f| crate::tui::draw(&mut app, f)).unwrap();
        let last: String = (0..160)
            .map(|x| t.backend().buffer()[(x, 19)].symbol().to_string())
            .collect();
        assert!(last.contains("entity recognition failed"), "{last}");
        assert!(!last.contains("recognising"), "{last}");
    }
}

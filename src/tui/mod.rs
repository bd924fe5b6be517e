//! The terminal interface: a thin layer over the library that keeps the view
//! state ([`app`]), maps keys to actions ([`keymap`]), and draws ([`ui`]).
//! This module owns the terminal: raw mode, the alternate screen, mouse
//! capture, and putting all of it back on exit, on error, on panic and on
//! Ctrl-Z.

pub mod action;
pub mod app;
mod cross_reading;
mod crossref_pane;
pub mod cursor;
mod entity_pane;
pub mod entity_view;
pub mod keymap;
pub mod layout;
pub mod mark_form;
mod marking;
mod marks_pane;
pub mod marks_state;
pub mod reader;
mod reader_pane;
mod search_pane;
pub mod search_view;
mod searching;
pub mod theme;
pub mod ui;
pub mod wrap;

pub use app::App;
pub use theme::Theme;
pub use ui::draw;

use crate::corpus::Corpus;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;
use ratatui::DefaultTerminal;
use std::io::stdout;
use std::sync::mpsc;
use std::time::Duration;

/// What the command line says about a reading session.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `--marks FILE`: where marks are kept instead of the default place.
    pub marks: Option<std::path::PathBuf>,
    /// `--reviewer NAME`.
    pub reviewer: Option<String>,
}

/// Runs the reader until the user quits.
pub fn run(corpus: Corpus, options: RunOptions) -> anyhow::Result<()> {
    let mut terminal = ratatui::init();
    // ratatui's hook restores raw mode and the screen; ours runs first and
    // also releases the mouse.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        hook(info);
    }));
    let _ = execute!(stdout(), EnableMouseCapture);
    let marks_path = crate::marks::location::marks_path(&corpus, options.marks.as_deref());
    let reviewer = crate::marks::location::reviewer(options.reviewer.as_deref());
    let mut app = App::new(corpus, Theme::from_env());
    app.open_marks(marks_path, reviewer);
    // Entities are recognised on a thread: the first page never waits.
    let (tx, rx) = mpsc::channel();
    let corpus = app.corpus.clone();
    std::thread::spawn(move || {
        let (index, warning) = app::build_entities(&corpus);
        let _ = tx.send(Background::Entities(index.clone(), warning));
        let _ = tx.send(Background::CrossRef(app::build_crossref(&corpus, &index)));
    });
    let result = event_loop(&mut terminal, &mut app, rx);
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// What the background thread hands over, as it gets ready.
enum Background {
    Entities(std::sync::Arc<crate::entities::EntityIndex>, Option<String>),
    CrossRef(std::sync::Arc<app::CrossRef>),
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    background: mpsc::Receiver<Background>,
) -> anyhow::Result<()> {
    let mut pending = Some(background);
    while !app.quit {
        terminal.draw(|f| draw(app, f))?;
        if let Some(rx) = &pending {
            match rx.try_recv() {
                Ok(Background::Entities(index, warning)) => {
                    app.set_entities(index, warning);
                    continue;
                }
                Ok(Background::CrossRef(c)) => {
                    app.set_crossref(c);
                    continue;
                }
                Err(mpsc::TryRecvError::Disconnected) => pending = None,
                Err(mpsc::TryRecvError::Empty) => {
                    if !event::poll(Duration::from_millis(50))? {
                        continue;
                    }
                }
            }
        }
        match event::read()? {
            Event::Key(k) => app.handle_key(k),
            Event::Mouse(m) => app.handle_mouse(m),
            _ => {}
        }
        if app.suspend {
            app.suspend = false;
            suspend(terminal)?;
        }
    }
    Ok(())
}

/// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
fn suspend(terminal: &mut DefaultTerminal) -> anyhow::Result<()> {
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    #[cfg(unix)]
    // SAFETY: raising a signal in our own process has no memory effects.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        stdout(),
        crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture
    )?;
    terminal.clear()?;
    Ok(())
}

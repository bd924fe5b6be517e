//! The terminal interface: a thin layer over the library that keeps the view
//! state ([`app`]), maps keys to actions ([`keymap`]), and draws ([`ui`]).
//! This module owns the terminal: raw mode, the alternate screen, mouse
//! capture, and putting all of it back on exit, on error, on panic and on
//! Ctrl-Z.

pub mod action;
pub mod app;
pub mod arriving;
mod background;
pub mod clipboard;
mod cross_reading;
pub mod cursor;
pub mod document_list;
mod entity_pane;
pub mod entity_view;
pub mod frame_layout;
pub mod keymap;
pub mod layout;
mod line_writer;
pub mod list_view;
pub mod loading;
pub mod mark_form;
mod marking;
pub mod marks_state;
mod mouse;
pub mod opening;
pub mod pane_frame;
pub mod panel;
pub mod panels;
mod places;
pub mod reader;
mod reader_pane;
pub mod reading;
pub mod screen_writer;
mod search_pane;
pub mod search_view;
mod searching;
pub mod section_outline;
mod section_tree;
mod signals;
pub mod theme;
pub mod ui;
pub mod unsaved;
pub mod wrap;

pub use app::App;
pub use theme::Theme;
pub use ui::draw;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;
use ratatui::Terminal;
use screen_writer::ScreenWriter;
use std::io::{Stdout, stdout};
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// What the command line says about a reading session.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `--marks FILE`: where marks are kept instead of the default place.
    pub marks: Option<std::path::PathBuf>,
    /// `--reviewer NAME`.
    pub reviewer: Option<String>,
}

pub use opening::Opening;

/// Runs the reader until the user quits.
pub fn run(opening: Opening, options: RunOptions) -> anyhow::Result<()> {
    let theme = Theme::from_env();
    // How much of a long document the first screen shows.
    let screen = crossterm::terminal::size().map_or(arriving::FIRST_SCREEN_BYTES, |(c, r)| {
        arriving::first_screen_bytes(c, r)
    });
    // The terminal is taken on another thread while the first document is
    // read: the first frame waits for the longer of the two only.
    let (opened, terminal) = std::thread::scope(|s| {
        let taking = std::thread::Builder::new()
            .name("brief-terminal".into())
            .spawn_scoped(s, take_terminal);
        let opened = opening::open(opening, screen);
        let terminal = match taking {
            Ok(t) => t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            Err(_) => take_terminal(),
        };
        (opened, terminal)
    });
    let mut terminal = terminal?;
    let opening::Opened {
        corpus,
        reading,
        places,
        places_warning: warning,
    } = opened;
    let mut app = App::new(corpus, theme);
    // ratatui's hook restores raw mode and the screen; ours runs first and
    // also releases the mouse, for a panic of this (the UI) thread only.
    background::install_panic_hook();
    let _ = execute!(stdout(), EnableMouseCapture);
    let marks_path = crate::marks::location::marks_path(&app.corpus, options.marks.as_deref());
    let reviewer = crate::marks::location::reviewer(options.reviewer.as_deref());
    match reading {
        None => app.open_marks(marks_path, reviewer),
        Some((plan, first)) => {
            // The rest while the reader is open.
            let workers = crate::cores::cores();
            app.start_reading_from(plan, first, workers);
            app.open_marks_unplaced(marks_path, reviewer);
        }
    }
    app.open_places(places, warning);
    // The user's keys.toml; a wrong one leaves the default keys and says so.
    let (keymap, warning) = keymap::Keymap::load();
    app.keymap = keymap;
    if let Some(w) = warning {
        app.message = Some(match app.message.take() {
            Some(m) => format!("{m} · {w}"),
            None => w,
        });
    }
    // A signal, an error or a panic ends the loop too; unsaved marks are
    // rescued on every way out.
    signals::install();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        event_loop(&mut terminal, &mut app)
    }));
    // Rescue first: giving the terminal back may block on a dead one.
    let rescued = unsaved::rescue_on_exit(&mut app);
    // After a panic the state may be odd: keeping places must not panic too.
    let places = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.save_places()))
        .unwrap_or(Ok(()));
    signals::finished();
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    // A signal ends the process before the terminal is dropped (which
    // would show the cursor): show it now.
    let _ = terminal.show_cursor();
    let say = |m: &str| {
        // The terminal may be gone (SIGHUP): nothing to do about it.
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "brief: {m}");
    };
    if let Err(m) = places {
        say(&m);
    }
    match outcome {
        Ok(Ok(Stop::Quit)) => match rescued {
            // Kept in a rescue file: not a clean exit; main says where.
            Some(m) => Err(anyhow::anyhow!(m)),
            None => Ok(()),
        },
        Ok(Ok(Stop::Signal(sig))) => {
            if let Some(m) = rescued {
                say(&m);
            }
            signals::die_of(sig)
        }
        Ok(Err(e)) => {
            if let Some(m) = rescued {
                say(&m);
            }
            // A signal that broke a read or a write is what ended it.
            match signals::caught() {
                Some(sig) => signals::die_of(sig),
                None => Err(e),
            }
        }
        Err(panic) => {
            if let Some(m) = rescued {
                say(&m);
            }
            std::panic::resume_unwind(panic)
        }
    }
}

/// The terminal the reader draws on.
type Screen = Terminal<ScreenWriter<Stdout>>;

/// Raw mode and the alternate screen, given back by a panic hook (and by
/// `ratatui::restore` on the way out), and a terminal over them.
fn take_terminal() -> anyhow::Result<Screen> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        hook(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    execute!(stdout(), crossterm::terminal::EnterAlternateScreen)?;
    let mut terminal = Terminal::new(ScreenWriter::new(stdout()))?;
    terminal.hide_cursor()?;
    Ok(terminal)
}

/// Why the event loop ended.
enum Stop {
    Quit,
    /// SIGTERM, SIGHUP or SIGINT.
    Signal(i32),
}

/// What the background thread hands over, as it gets ready.
enum Background {
    Entities(std::sync::Arc<crate::entities::EntityIndex>, Option<String>),
    /// The timeline, the first part of the cross-references.
    Timeline(crate::briefing::Timeline),
    CrossRef(std::sync::Arc<app::CrossRef>),
    /// A stage failed (its result still comes, empty): for the status bar.
    Failed(String),
}

fn event_loop(terminal: &mut Screen, app: &mut App) -> anyhow::Result<Stop> {
    // Entities and the cross-references are built on a thread of their
    // own, started once the first page is on screen: on a machine with few
    // cores they would otherwise compete with it.
    let mut pending: Option<mpsc::Receiver<Background>> = None;
    let mut started = false;
    // The first frame before any other work (the reading's workers start
    // in the first turn).
    screen_writer::draw_frame(terminal, |f| draw(app, f))?;
    let mut redraw = false;
    loop {
        // Checked every turn, and a turn waits at most 50 ms for input.
        if let Some(sig) = signals::caught() {
            return Ok(Stop::Signal(sig));
        }
        if app.requests.quit {
            return Ok(Stop::Quit);
        }
        redraw |= app.poll_loading();
        redraw |= app.poll_search();
        redraw |= app.entities.progress_moved();
        redraw |= app.crossref_parts_moved();
        if std::mem::take(&mut app.requests.repaint) {
            // What the terminal shows is not known: blank it, draw it all.
            // (Not `Terminal::clear`: it asks the terminal where the cursor
            // is, and the screen writer alone keeps what is shown.)
            terminal.backend_mut().clear_screen()?;
            redraw = true;
        }
        if std::mem::take(&mut redraw) {
            screen_writer::draw_frame(terminal, |f| draw(app, f))?;
        }
        if !started && app.corpus_ready() {
            started = true;
            let briefing = Arc::new(crate::briefing::Briefing::new(app.corpus.clone()));
            pending = Some(background::spawn(
                briefing,
                app.entities.progress.clone(),
                app.crossref_parts.clone(),
            ));
        }
        // What `y` copied: an OSC 52 sequence (base64 between its framing,
        // so document text never reaches the terminal as it is). It neither
        // moves the cursor nor changes a cell, so ratatui's idea of the
        // screen stays true.
        if let Some(seq) = app.requests.clipboard.take() {
            use std::io::Write;
            let out = terminal.backend_mut();
            out.write_all(seq.as_bytes())?;
            out.flush()?;
        }
        if let Some(rx) = &pending {
            match rx.try_recv() {
                Ok(Background::Entities(index, warning)) => {
                    app.set_entities(index, warning);
                    redraw = true;
                    continue;
                }
                Ok(Background::Timeline(t)) => {
                    app.timeline_first = Some(t);
                    redraw = true;
                    continue;
                }
                Ok(Background::CrossRef(c)) => {
                    app.set_crossref(c);
                    redraw = true;
                    continue;
                }
                Ok(Background::Failed(what)) => {
                    app.background_failed(what);
                    redraw = true;
                    continue;
                }
                Err(mpsc::TryRecvError::Disconnected) => pending = None,
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        // Wait for input (at most 50 ms: the loop has work of its own),
        // then take all that came before drawing again: typed or pasted
        // text, a burst of keys, is one frame, not a frame a key.
        let mut waited = false;
        let mut taken = 0;
        loop {
            // A search's results come in on other threads: looked for
            // often while they do.
            let wait = if app.search.busy() { BUSY_WAIT } else { WAIT };
            let input = match next_input((!waited).then_some(wait)) {
                Input::HungUp => return Ok(Stop::Signal(signals::HANGUP)),
                Input::Event(e) => e,
                Input::Nothing => break,
                // A signal may interrupt the wait: then it is the signal
                // that counts.
                Input::Failed(_) if signals::caught().is_some() => break,
                Input::Failed(e) => return Err(e.into()),
            };
            waited = true;
            redraw = true;
            match input {
                Event::Key(k) => app.handle_key(k),
                Event::Mouse(m) => app.handle_mouse(m),
                Event::Resize(..) => terminal.backend_mut().size_changed(),
                _ => {}
            }
            taken += 1;
            // What a key starts (quitting, a suspend, a repaint) happens
            // before the next; a flood of input still gets frames.
            if app.requests.quit
                || app.requests.suspend
                || app.requests.repaint
                || taken >= MAX_INPUTS_A_FRAME
            {
                break;
            }
        }
        if app.requests.suspend {
            app.requests.suspend = false;
            suspend(terminal)?;
        }
    }
}

/// The longest the loop waits for input before doing its other work.
const WAIT: Duration = Duration::from_millis(50);
/// The same while a search's results are coming in.
const BUSY_WAIT: Duration = Duration::from_millis(4);
/// Inputs taken at most before a frame is drawn.
const MAX_INPUTS_A_FRAME: usize = 256;

/// What came from the terminal.
enum Input {
    Event(Event),
    Nothing,
    HungUp,
    Failed(std::io::Error),
}

/// The next input: one crossterm has read already or the terminal holds
/// now, or (given `wait`) one that comes within it.
fn next_input(wait: Option<Duration>) -> Input {
    // crossterm spins on a terminal that hung up: look first, without
    // waiting; then take what is there.
    if signals::wait_for_tty(Duration::ZERO) == signals::Tty::HungUp {
        return Input::HungUp;
    }
    let now = event::poll(Duration::ZERO);
    let ready = match (now, wait) {
        (Ok(true), _) => Ok(true),
        (Ok(false), Some(wait)) => match signals::wait_for_tty(wait) {
            signals::Tty::HungUp => return Input::HungUp,
            signals::Tty::NotWatched => event::poll(wait),
            signals::Tty::Ready | signals::Tty::Idle => event::poll(Duration::ZERO),
        },
        (other, _) => other,
    };
    match ready.and_then(|ready| ready.then(event::read).transpose()) {
        Ok(Some(e)) => Input::Event(e),
        Ok(None) => Input::Nothing,
        Err(e) => Input::Failed(e),
    }
}

/// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
fn suspend(terminal: &mut Screen) -> anyhow::Result<()> {
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
    terminal.backend_mut().clear_screen()?;
    terminal.hide_cursor()?;
    Ok(())
}

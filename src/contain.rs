//! Containing a panic in one piece of work. [`contain`] runs a closure and
//! turns a panic inside it into a [`Failure`] (the panic's message and
//! place) instead of letting it unwind further, so one document that trips a
//! bug costs that document's results, not the session or the command.
//!
//! While a panic is contained it is not printed: the reader's screen stays
//! intact and a command prints its own message, naming the file. Threads
//! spawned inside contained work are not covered by it; they contain their
//! own work and hand a failure to the joining thread with [`rethrow`].

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// A panic caught by [`contain`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The panic's message, as it was given.
    pub message: String,
    /// "src/entities/rules.rs:216:42", when the panic hook saw it.
    pub location: Option<String>,
}

impl Failure {
    /// One line fit for a status bar or stderr: the message's first line,
    /// at most 200 characters, control characters as U+FFFD (a panic
    /// message may quote document text), and the place.
    pub fn summary(&self) -> String {
        let first = self.message.lines().next().unwrap_or("");
        let mut s: String = first
            .chars()
            .take(200)
            .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
            .collect();
        if first.chars().count() > 200 {
            s.push('…');
        }
        if s.is_empty() {
            s.push_str("unknown error");
        }
        if let Some(at) = &self.location {
            s.push_str(&format!(" (at {at})"));
        }
        s
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

impl std::error::Error for Failure {}

thread_local! {
    /// How many [`contain`] calls this thread is inside.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Where the last contained panic on this thread happened.
    static PLACE: RefCell<Option<String>> = const { RefCell::new(None) };
}

static INSTALL: Once = Once::new();

/// Puts the panic hook that keeps contained panics quiet (recording their
/// place) on top of the hooks set so far; it passes every other panic to
/// the hook that was there before. [`contain`] puts it there once by itself
/// (loading documents does, before the reader starts); call this after
/// setting a hook of your own, such as one that restores a terminal, so
/// that hook never sees a contained panic and the place is still recorded.
pub fn install() {
    INSTALL.call_once(|| {});
    wrap_hook();
}

fn install_once() {
    INSTALL.call_once(wrap_hook);
}

fn wrap_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if is_contained() {
            let place = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
            PLACE.with(|p| *p.borrow_mut() = place);
        } else {
            previous(info);
        }
    }));
}

/// Whether this thread is running contained work now.
pub fn is_contained() -> bool {
    DEPTH.with(Cell::get) > 0
}

/// Runs `work`; a panic inside it is returned as a [`Failure`].
pub fn contain<T>(work: impl FnOnce() -> T) -> Result<T, Failure> {
    install_once();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|payload| {
        let place = PLACE.with(|p| p.borrow_mut().take());
        failure_of(payload, place)
    })
}

/// Unwinds with `failure` as it is (without running the panic hook again):
/// a scoped thread's failure goes on to whoever joins it.
pub fn rethrow(failure: Failure) -> ! {
    panic::resume_unwind(Box::new(failure))
}

fn failure_of(payload: Box<dyn Any + Send>, location: Option<String>) -> Failure {
    let payload = match payload.downcast::<Failure>() {
        Ok(f) => return *f,
        Err(p) => p,
    };
    let message = if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    };
    Failure { message, location }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_failure_with_its_message_and_place() {
        let f = contain(|| -> u32 { panic!("byte index 53 is not a char boundary") }).unwrap_err();
        assert_eq!(f.message, "byte index 53 is not a char boundary");
        assert!(
            f.location
                .as_deref()
                .is_some_and(|l| l.starts_with("src/contain.rs:")),
            "{f:?}"
        );
        assert!(!is_contained(), "the depth is restored after a panic");
        assert_eq!(contain(|| 7), Ok(7));
    }

    #[test]
    fn a_real_slicing_panic_is_contained() {
        let text = String::from("Vergaderjaar 2023–2024");
        let at = text.find('–').unwrap() + 1;
        let f = contain(|| text[at..].len()).unwrap_err();
        assert!(f.message.contains("not a char boundary"), "{f:?}");
    }

    #[test]
    fn a_failure_passes_through_a_scoped_thread() {
        let f = contain(|| {
            std::thread::scope(|s| {
                let h = s.spawn(|| contain(|| -> u8 { panic!("in a worker") }));
                match h.join() {
                    Ok(Ok(v)) => v,
                    Ok(Err(f)) => rethrow(f),
                    Err(p) => panic::resume_unwind(p),
                }
            })
        })
        .unwrap_err();
        assert_eq!(f.message, "in a worker");
    }

    #[test]
    fn summaries_are_one_inert_line() {
        let f = Failure {
            message: "inside '–' of `Tweede Kamer\u{1b}[31m\nVergaderjaar`".into(),
            location: Some("src/x.rs:1:2".into()),
        };
        assert_eq!(
            f.summary(),
            "inside '–' of `Tweede Kamer\u{FFFD}[31m (at src/x.rs:1:2)"
        );
        let long = Failure {
            message: "x".repeat(300),
            location: None,
        };
        assert_eq!(long.summary().chars().count(), 201);
    }
}

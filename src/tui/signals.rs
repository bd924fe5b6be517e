//! SIGTERM, SIGHUP and SIGINT while the reader runs. The handler only
//! stores the signal's number in an atomic (all a handler may safely do);
//! the event loop looks at it on every turn (at least every 50 ms), then
//! the reader keeps unsaved marks in a rescue file, gives the terminal back
//! and dies of the same signal, so whoever sent it sees it did its work.
//!
//! SIGINT comes only from `kill`: in raw mode Ctrl-C is a key, not a signal.
//! Plain libc `sigaction` rather than the signal-hook crate: three signals
//! and one flag need no more.
//!
//! A terminal that hangs up (its window closed) is watched for here too:
//! crossterm's reader spins forever on a hung-up tty, so the loop asks
//! `poll(2)` first ([`wait_for_tty`]) and treats a hang-up as SIGHUP. And in
//! case the loop is stuck anyway (a write to a terminal nobody reads), a
//! watchdog thread rescues the last published unsaved marks itself a few
//! seconds after a signal, and ends the process.

use std::sync::atomic::{AtomicI32, Ordering};

/// The last signal caught; 0 for none.
static CAUGHT: AtomicI32 = AtomicI32::new(0);

/// The signals that end the reader (with a rescue of unsaved marks).
#[cfg(unix)]
const HANDLED: [libc::c_int; 3] = [libc::SIGTERM, libc::SIGHUP, libc::SIGINT];

#[cfg(unix)]
extern "C" fn on_signal(sig: libc::c_int) {
    // Async-signal-safe: one atomic store, nothing else.
    CAUGHT.store(sig, Ordering::SeqCst);
}

/// Installs the handlers. Failing to is not fatal: the signal then ends the
/// reader as it did before (without a rescue).
pub fn install() {
    #[cfg(unix)]
    for sig in HANDLED {
        // SAFETY: a zeroed sigaction is a valid value to fill in; the
        // handler is an `extern "C" fn(c_int)` that only stores an atomic.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(sig, &action, std::ptr::null_mut());
        }
    }
    std::thread::spawn(watchdog);
}

/// Set once the reader has rescued what it had to after its loop ended.
static FINISHED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The reader says it has done its own rescue: the watchdog stands down.
pub fn finished() {
    FINISHED.store(true, Ordering::SeqCst);
}

/// How long the loop gets to end by itself after a signal.
const GRACE: std::time::Duration = std::time::Duration::from_secs(3);

fn watchdog() {
    let sig = loop {
        if let Some(sig) = caught() {
            break sig;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    std::thread::sleep(GRACE);
    if FINISHED.load(Ordering::SeqCst) {
        return;
    }
    let said = super::unsaved::last_resort();
    let _ = crossterm::terminal::disable_raw_mode();
    if let Some(m) = said {
        let line = format!("\r\nbrief: {m}\r\n");
        // Not through std's stderr lock: the stuck thread may hold it.
        #[cfg(unix)]
        // SAFETY: writing a buffer we own to fd 2.
        unsafe {
            libc::write(2, line.as_ptr().cast(), line.len());
        }
    }
    die_of(sig)
}

/// What the terminal has for the reader after waiting up to `timeout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tty {
    /// Input may be there.
    Ready,
    /// Standard input is not the terminal: crossterm has to wait itself.
    NotWatched,
    /// Nothing came.
    Idle,
    /// The terminal is gone (its window closed): as good as SIGHUP.
    HungUp,
}

/// Waits for input on the terminal, noticing a hang-up, which crossterm's
/// reader does not survive.
pub fn wait_for_tty(timeout: std::time::Duration) -> Tty {
    #[cfg(unix)]
    // SAFETY: isatty and poll on fd 0 with a pollfd we own.
    unsafe {
        if libc::isatty(0) == 1 {
            let mut fd = libc::pollfd {
                fd: 0,
                events: libc::POLLIN,
                revents: 0,
            };
            let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
            let n = libc::poll(&mut fd, 1, ms);
            if n > 0 && fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
                return Tty::HungUp;
            }
            return if n > 0 { Tty::Ready } else { Tty::Idle };
        }
    }
    let _ = timeout;
    Tty::NotWatched
}

/// The signal a hang-up stands for.
#[cfg(unix)]
pub const HANGUP: i32 = libc::SIGHUP;
#[cfg(not(unix))]
pub const HANGUP: i32 = 1;

/// The signal that asked the reader to stop, if one did.
pub fn caught() -> Option<i32> {
    match CAUGHT.load(Ordering::SeqCst) {
        0 => None,
        sig => Some(sig),
    }
}

/// Ends the process as `sig` would have without a handler (exit status
/// 128 + sig where the default action does not end it).
pub fn die_of(sig: i32) -> ! {
    #[cfg(unix)]
    // SAFETY: restoring the default action and raising a signal in our own
    // process have no memory effects.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
    std::process::exit(128 + sig)
}

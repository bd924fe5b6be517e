//! The order of panic hooks when documents are loaded (contained) before the
//! reader sets its own hooks: the containing hook must still be the one that
//! sees a contained panic first, so hooks that restore a terminal never see
//! it and its place is still recorded. One test in its own binary: panic
//! hooks are global to the process.

use brief::contain::{self, contain};
use std::sync::atomic::{AtomicUsize, Ordering};

static TERMINAL_HOOK_CALLS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn hooks_set_after_loading_never_see_a_contained_panic() {
    // Loading the corpus contains each document's parsing.
    assert_eq!(contain(|| 1), Ok(1));

    // Then the reader: a hook that restores the terminal (it sees every
    // panic it is given), and one that passes on only panics that are not
    // contained, as the reader's does; then the containing hook on top.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        TERMINAL_HOOK_CALLS.fetch_add(1, Ordering::SeqCst);
        previous(info);
    }));
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !contain::is_contained() {
            previous(info);
        }
    }));
    contain::install();

    let text = String::from("Vergaderjaar 2023–2024");
    let at = text.find('–').unwrap() + 1;
    let f = contain(|| text[at..].len()).unwrap_err();
    assert!(f.message.contains("not a char boundary"), "{f:?}");
    assert!(
        f.location
            .as_deref()
            .is_some_and(|l| l.starts_with("tests/contain_hooks.rs:")),
        "the place of a contained panic is recorded: {f:?}"
    );
    assert_eq!(TERMINAL_HOOK_CALLS.load(Ordering::SeqCst), 0);

    // A panic that is not contained still reaches the terminal's hook.
    let uncontained = std::thread::spawn(|| panic!("not contained (this message is expected)"));
    assert!(uncontained.join().is_err());
    assert_eq!(TERMINAL_HOOK_CALLS.load(Ordering::SeqCst), 1);
}

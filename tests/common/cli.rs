//! `brief` on the command line with everything it could read or write of
//! the user's kept inside a test's temp dir: its home in `dir/home` (XDG
//! data and config folders in it), its rescue folder in `dir/rescue`, and
//! the reviewer `tester`.

use std::path::Path;
use std::process::Command;

/// The `brief` binary, ready for arguments, kept inside `dir`.
pub fn isolated_brief(dir: &Path) -> Command {
    let home = dir.join("home");
    let mut c = Command::new(env!("CARGO_BIN_EXE_brief"));
    c.env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("BRIEF_REVIEWER", "tester")
        .env("BRIEF_RESCUE_DIR", dir.join("rescue"));
    c
}

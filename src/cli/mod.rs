//! The scriptable subcommands: each prints what the library computes, through
//! the same corpus, parsers and stores the reader uses.

pub mod cat;
pub mod entities;
pub mod marks;
pub mod outline;
pub mod search;

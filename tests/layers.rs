//! The library's layers stay in order: the document model (`src/document/`)
//! does not depend on the parsers that build it (`src/parse/`). The model
//! names a PDF's text layer (`src/pdf/`), so the PDF reader must not reach
//! the parsers either. Turning bytes into a document, where the model and the
//! parsers meet, is `parse::document_from_bytes`.
//!
//! The check reads the source files as text: a `crate::parse` path anywhere
//! in them (code, doc link or comment), or `parse` in a `crate::{…}` group.

use std::path::{Path, PathBuf};

/// Whether Rust source names the crate's `parse` module.
fn names_parse(source: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let names_module = |rest: &str| {
        rest.strip_prefix("parse")
            .is_some_and(|after| !after.starts_with(is_ident))
    };
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if names_module(rest) {
            return true;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // The items of the group at its own depth, split at its commas.
            let mut depth = 0usize;
            let mut item_start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        if names_module(group[item_start..i].trim_start()) {
                            return true;
                        }
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        if names_module(group[item_start..i].trim_start()) {
                            return true;
                        }
                        item_start = i + 1;
                    }
                    _ => {}
                }
            }
        }
    }
    false
}

/// The `.rs` files below a folder of the crate, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{folder:?}: {e}")) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn the_model_and_the_pdf_reader_do_not_name_the_parsers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["src/document", "src/pdf"] {
        let files = rust_files(&root.join(folder));
        assert!(
            files.iter().any(|f| f.ends_with("mod.rs")),
            "{folder} has no mod.rs: has the module moved? {files:?}"
        );
        let naming: Vec<&PathBuf> = files
            .iter()
            .filter(|f| names_parse(&std::fs::read_to_string(f).unwrap()))
            .collect();
        assert!(
            naming.is_empty(),
            "these files of {folder} refer to crate::parse, a layer above them: {naming:?}"
        );
    }
}

#[test]
fn the_check_finds_every_way_of_naming_the_parsers() {
    for named in [
        "let parsed = crate::parse::parse(&decoded.text);",
        "//! Parsing lives in [`crate::parse`].",
        "use crate::parse;",
        "use crate::{document::Meta, parse::LayoutEvidence};",
        "use crate::{\n    pdf::{self, TextLayer},\n    parse,\n};",
        "use crate::{parse as p};",
    ] {
        assert!(names_parse(named), "not seen: {named}");
    }
    for not_named in [
        "use crate::pdf::TextLayer; // parsed elsewhere",
        "use crate::{document::Parsed, pdf};",
        "use crate::{pdf::{parse, x}, y};",
        "use crate::parsed::Thing;",
        "fn parse(text: &str) {}",
    ] {
        assert!(!names_parse(not_named), "wrongly seen: {not_named}");
    }
}

/// The library is free of terminal code: outside `src/tui/` (behind the
/// `tui` feature) and the binary (`src/main.rs`, `src/cli/`), no file names
/// the terminal crates or the reader, so `--no-default-features` builds the
/// domain alone.
#[test]
fn the_library_outside_the_reader_names_no_terminal_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let library: Vec<PathBuf> = rust_files(&src)
        .into_iter()
        .filter(|f| {
            let rel = f.strip_prefix(&src).unwrap();
            !(rel.starts_with("tui") || rel.starts_with("cli") || rel == Path::new("main.rs"))
        })
        .collect();
    assert!(library.len() > 50, "only {} library files", library.len());
    for file in library {
        let text = std::fs::read_to_string(&file).unwrap();
        let lib_rs = file.ends_with("src/lib.rs");
        for (n, line) in text.lines().enumerate() {
            // lib.rs declares the reader's module behind its feature.
            if lib_rs && line.trim_start().starts_with("pub mod tui") {
                continue;
            }
            for name in ["ratatui", "crossterm", "crate::tui"] {
                assert!(
                    !line.contains(name),
                    "{}:{}: {name} in the library: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

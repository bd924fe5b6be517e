//! Where a corpus's marks file lives, and who the reviewer is. Both are
//! decided here once, so the CLI and the reader agree.

use crate::corpus::Corpus;
use std::path::{Path, PathBuf};

/// The marks file for a corpus: `--marks FILE` if given; for a folder of
/// documents `<folder>/.brief/marks.json`, so the marks travel with the
/// documents (and into git); for the bundled briefing, which has no folder,
/// `marks.json` in the user's data directory (`./.brief/marks.json` when
/// there is no home directory to find it in).
pub fn marks_path(corpus: &Corpus, override_path: Option<&Path>) -> PathBuf {
    if let Some(p) = override_path {
        return p.to_path_buf();
    }
    if let Some(root) = &corpus.root {
        return root.join(".brief").join("marks.json");
    }
    directories::ProjectDirs::from("", "", "brief").map_or_else(
        || PathBuf::from(".brief").join("marks.json"),
        |d| d.data_dir().join("marks.json"),
    )
}

/// The reviewer's name: `--reviewer`, else `$BRIEF_REVIEWER`, else the login
/// name (`$USER`, `$LOGNAME`, `$USERNAME` on Windows), else "reviewer".
/// Blank values are skipped.
pub fn reviewer(cli: Option<&str>) -> String {
    let given = cli.map(str::to_string);
    let env = ["BRIEF_REVIEWER", "USER", "LOGNAME", "USERNAME"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok());
    given
        .into_iter()
        .chain(env)
        .map(|s| s.trim().to_string())
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "reviewer".to_string())
}

//! Document ids: unique within a corpus, the same on every run (they depend
//! only on the paths), and short. A file directly in the folder opened, or
//! named alone, is known by its stem ("doc"), as marks made before ids were
//! paths expect; a file deeper in the folder by its path below it without
//! the extension ("a/doc"). Where two ids would still be equal:
//!
//! - files in different folders (named on the command line, or found in two
//!   folders named) take as many of their parent folders as it takes to tell
//!   them apart ("a/doc", "b/doc");
//! - files in one folder that differ only in extension: a `.txt` file keeps
//!   the stem and the others add their extension ("doc", "doc.pdf"), so the
//!   text file's id does not change when a PDF is put beside it;
//! - anything still equal (names that escape alike) gets `~2`, `~3`.
//!
//! Bytes of a name that are not UTF-8 are escaped (`\xFF`), never replaced.

use crate::document::path_text::escaped;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path};

/// What an id is made from: a file and how deep it is below the folder
/// named (1 for a file named itself), or standard input.
#[derive(Debug, Clone, Copy)]
pub enum IdSource<'a> {
    File { path: &'a Path, depth: usize },
    Stdin,
}

/// One id per source, in order.
pub fn assign(sources: &[IdSource]) -> Vec<String> {
    let mut cands: Vec<Candidate> = sources.iter().map(Candidate::new).collect();
    // Every round lengthens or widens some id; bounded for safety.
    let rounds = cands.iter().map(|c| c.dirs.len() + 2).sum::<usize>() + 1;
    for _ in 0..rounds {
        if !widen_clashes(&mut cands) {
            break;
        }
    }
    let mut ids: Vec<String> = cands.iter().map(Candidate::id).collect();
    let mut taken: HashSet<String> = HashSet::new();
    for id in &mut ids {
        if !taken.insert(id.clone()) {
            let mut n = 2;
            while taken.contains(&format!("{id}~{n}")) {
                n += 1;
            }
            *id = format!("{id}~{n}");
            taken.insert(id.clone());
        }
    }
    ids
}

struct Candidate {
    /// The folders the file is in, outermost first (absolute); None for stdin.
    dirs: Vec<String>,
    stdin: bool,
    name: String,
    stem: String,
    is_txt: bool,
    /// How many of the folders the id shows.
    shown: usize,
    /// The id ends in the whole file name rather than the stem.
    with_extension: bool,
}

impl Candidate {
    fn new(source: &IdSource) -> Candidate {
        let IdSource::File { path, depth } = *source else {
            return Candidate {
                dirs: Vec::new(),
                stdin: true,
                name: "stdin".into(),
                stem: "stdin".into(),
                is_txt: false,
                shown: 0,
                with_extension: false,
            };
        };
        let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let dirs: Vec<String> = full
            .parent()
            .into_iter()
            .flat_map(Path::components)
            .filter_map(|c| match c {
                Component::Normal(s) => Some(escaped(s)),
                Component::ParentDir => Some("..".to_string()),
                _ => None,
            })
            .collect();
        let name = path
            .file_name()
            .map_or_else(|| escaped(path.as_os_str()), escaped);
        let stem = path.file_stem().map_or_else(|| name.clone(), escaped);
        let is_txt = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("txt"));
        Candidate {
            shown: depth.saturating_sub(1).min(dirs.len()),
            dirs,
            stdin: false,
            name,
            stem,
            is_txt,
            with_extension: false,
        }
    }

    fn id(&self) -> String {
        let last = if self.with_extension {
            &self.name
        } else {
            &self.stem
        };
        let mut parts: Vec<&str> = self.dirs[self.dirs.len() - self.shown..]
            .iter()
            .map(String::as_str)
            .collect();
        parts.push(last);
        parts.join("/")
    }

    fn folder(&self) -> Option<&[String]> {
        (!self.stdin).then_some(self.dirs.as_slice())
    }
}

/// Lengthens or widens the ids that clash; false when nothing changed.
fn widen_clashes(cands: &mut [Candidate]) -> bool {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        groups.entry(c.id()).or_default().push(i);
    }
    let mut changed = false;
    let mut clashes: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    clashes.sort();
    for group in clashes {
        let folders: HashSet<Option<&[String]>> =
            group.iter().map(|&i| cands[i].folder()).collect();
        let mut grew = false;
        if folders.len() > 1 {
            for &i in &group {
                let c = &mut cands[i];
                if !c.stdin && c.shown < c.dirs.len() {
                    c.shown += 1;
                    grew = true;
                }
            }
        }
        if !grew {
            grew = add_extensions(cands, &group);
        }
        changed |= grew;
    }
    changed
}

/// Files of one name but for the extension: the one `.txt` file keeps its
/// stem, the others show their extension (all do when that is not enough).
fn add_extensions(cands: &mut [Candidate], group: &[usize]) -> bool {
    let txt: Vec<usize> = group.iter().copied().filter(|&i| cands[i].is_txt).collect();
    let keep = match txt.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let mut changed = false;
    for &i in group {
        if Some(i) != keep && !cands[i].with_extension && !cands[i].stdin {
            cands[i].with_extension = true;
            changed = true;
        }
    }
    if !changed
        && let Some(i) = keep
        && !cands[i].with_extension
    {
        cands[i].with_extension = true;
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, depth: usize) -> (String, usize) {
        (path.to_string(), depth)
    }

    fn ids(files: &[(String, usize)]) -> Vec<String> {
        let sources: Vec<IdSource> = files
            .iter()
            .map(|(p, d)| IdSource::File {
                path: Path::new(p),
                depth: *d,
            })
            .collect();
        assign(&sources)
    }

    #[test]
    fn stems_at_the_top_paths_below() {
        let got = ids(&[
            file("/c/doc.txt", 1),
            file("/c/a/doc.txt", 2),
            file("/c/b/x/doc.txt", 3),
        ]);
        assert_eq!(got, ["doc", "a/doc", "b/x/doc"]);
    }

    #[test]
    fn named_files_from_different_folders_take_their_folders() {
        let got = ids(&[
            file("/p/a/doc.txt", 1),
            file("/p/b/doc.txt", 1),
            file("/p/b/nota.txt", 1),
        ]);
        assert_eq!(got, ["a/doc", "b/doc", "nota"]);
        let got = ids(&[file("/x/a/doc.txt", 1), file("/y/a/doc.txt", 1)]);
        assert_eq!(got, ["x/a/doc", "y/a/doc"]);
    }

    #[test]
    fn the_text_file_keeps_the_stem_beside_another_extension() {
        let got = ids(&[
            file("/c/doc.pdf", 1),
            file("/c/doc.txt", 1),
            file("/c/doc", 1),
        ]);
        assert_eq!(got, ["doc.pdf", "doc.txt", "doc"]);
        let got = ids(&[file("/c/doc.pdf", 1), file("/c/doc.txt", 1)]);
        assert_eq!(got, ["doc.pdf", "doc"]);
        let got = ids(&[file("/c/a/doc.md", 2), file("/c/a/doc.txt", 2)]);
        assert_eq!(got, ["a/doc.md", "a/doc"]);
    }

    #[test]
    fn stdin_is_stdin_and_a_file_of_that_name_moves_aside() {
        let sources = [
            IdSource::Stdin,
            IdSource::File {
                path: Path::new("/d/stdin.txt"),
                depth: 1,
            },
        ];
        assert_eq!(assign(&sources), ["stdin", "d/stdin"]);
    }

    #[test]
    fn names_that_escape_alike_stay_apart() {
        // A literal "\xFF" in one name, the byte 0xFF in the other.
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let raw = std::ffi::OsStr::from_bytes(b"/c/nota\xFF.txt");
            let sources = [
                IdSource::File {
                    path: Path::new(raw),
                    depth: 1,
                },
                IdSource::File {
                    path: Path::new("/c/nota\\xFF.txt"),
                    depth: 1,
                },
            ];
            let got = assign(&sources);
            assert!(got[0].starts_with("nota\\xFF"), "{got:?}");
            assert_ne!(got[0], got[1]);
        }
    }
}

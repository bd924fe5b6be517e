//! The marks file survives `kill -9` at any moment and concurrent writers:
//! every mark whose id a process printed (its acknowledgement, printed only
//! after the save) is in the file, the file always parses, and temp files
//! left by killed processes are cleaned up.

use brief::marks::store::MarkStore;
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DOC: &str = "000_41a71a60a2f546d1";

/// `brief marks add` against `marks`, with a home folder in `home`.
fn add_command(marks: &Path, home: &Path, reviewer: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_brief"));
    c.args(["marks", "add", "--doc", DOC, "--quote", "Rutte"])
        .args(["--label", "crash", "--reviewer", reviewer, "--marks"])
        .arg(marks)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// The ids in the marks file (tombstones too); none if there is no file yet.
/// Panics if the file does not parse: a torn write.
fn ids_on_disk(marks: &Path) -> BTreeSet<String> {
    let store = MarkStore::open(marks).unwrap();
    if let Some(e) = store.read_only() {
        panic!("the marks file does not parse: {e}");
    }
    store.all().iter().map(|m| m.id.clone()).collect()
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect()
}

/// A small xorshift generator: the delays only need to spread out.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// What a child printed before it died: its id, if it got that far.
fn acknowledged(child: &mut Child) -> Option<String> {
    let mut out = String::new();
    child.stdout.take()?.read_to_string(&mut out).ok()?;
    // Only a whole line counts as an acknowledgement.
    let line = out.strip_suffix('\n')?;
    (!line.is_empty()).then(|| line.to_string())
}

#[test]
fn kill_9_never_loses_an_acknowledged_mark() {
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let dir = tmp.path().join("project");
    fs::create_dir(&dir).unwrap();
    let marks = dir.join("marks.json");

    // One undisturbed run tells how long an add takes here (a debug build
    // on a shared machine): the kills are spread over 0 ms to a little past
    // that, at least 0-30 ms, so some land before the save, some during it
    // and some after the acknowledgement.
    let t0 = Instant::now();
    let out = add_command(&marks, &home, "calibrate").output().unwrap();
    assert!(out.status.success());
    let mut acked: BTreeSet<String> = BTreeSet::new();
    acked.insert(String::from_utf8(out.stdout).unwrap().trim().to_string());
    let full = t0.elapsed();
    let max_delay = (full.as_micros() as u64 * 13 / 10).max(30_000);

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("seed {seed}, one add takes {full:?}, kills within {max_delay} µs");
    let mut rng = Rng(seed);
    let (mut killed, mut completed, mut torn_saves) = (0, 0, 0);
    for i in 0..120 {
        let mut child = add_command(&marks, &home, "crash")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(max_delay)));
        let pid = libc::pid_t::try_from(child.id()).unwrap();
        // SAFETY: the child has not been waited for, so the pid is still ours.
        unsafe { libc::kill(pid, libc::SIGKILL) };
        let status = child.wait().unwrap();
        if status.success() {
            completed += 1;
        } else {
            killed += 1;
        }
        if let Some(id) = acknowledged(&mut child) {
            acked.insert(id);
        }
        if !temp_files(&dir).is_empty() {
            torn_saves += 1; // killed between creating the temp file and renaming it
        }
        let on_disk = ids_on_disk(&marks);
        let lost: Vec<&String> = acked.difference(&on_disk).collect();
        assert!(
            lost.is_empty(),
            "iteration {i}: acknowledged but lost: {lost:?}"
        );
    }
    // One more command cleans what the killed processes left.
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["marks", "list", "--marks"])
        .arg(&marks)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(temp_files(&dir), Vec::<PathBuf>::new());
    let lock = dir.join(".marks.json.lock");
    let leftovers: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p != &marks && p != &lock)
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    eprintln!(
        "{killed} killed, {completed} completed, {} acknowledged, {torn_saves} killed mid-save, {:?}",
        acked.len(),
        started.elapsed()
    );
}

#[test]
fn two_processes_adding_at_once_keep_every_mark() {
    const N: usize = 15;
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let marks = tmp.path().join(".brief").join("marks.json");
    let writers: Vec<_> = ["left", "right"]
        .into_iter()
        .map(|who| {
            let (marks, home) = (marks.clone(), home.clone());
            std::thread::spawn(move || {
                (0..N)
                    .map(|_| {
                        let out = add_command(&marks, &home, who).output().unwrap();
                        assert!(
                            out.status.success(),
                            "{}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        String::from_utf8(out.stdout).unwrap().trim().to_string()
                    })
                    .collect::<Vec<String>>()
            })
        })
        .collect();
    let printed: BTreeSet<String> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert_eq!(printed.len(), 2 * N, "distinct ids");
    let on_disk = ids_on_disk(&marks);
    assert_eq!(on_disk, printed);
    let store = MarkStore::open(&marks).unwrap();
    assert_eq!(store.marks().len(), 2 * N);
    eprintln!(
        "{} marks from two writers in {:?}",
        2 * N,
        started.elapsed()
    );
}

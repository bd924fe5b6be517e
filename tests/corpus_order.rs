//! Documents are read on every core; the corpus keeps the order of the
//! inputs whatever the number of threads and however long each file takes
//! (large and small files mixed, a failing one among them).

use brief::corpus::Corpus;
use std::path::PathBuf;

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seeds: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for i in 0..120 {
        let seed = std::fs::read(&seeds[i % seeds.len()]).unwrap();
        // Some long, most short: the long ones finish last.
        let bytes = if i % 17 == 0 { seed.repeat(20) } else { seed };
        std::fs::write(dir.path().join(format!("doc{i:03}.txt")), bytes).unwrap();
    }
    std::fs::write(dir.path().join("doc050b.txt"), [0xff, 0xfe, 0x00]).unwrap();
    dir
}

fn ids_with(threads: usize, dir: &std::path::Path) -> Vec<String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| Corpus::open(&[dir.to_path_buf()]))
        .entries
        .iter()
        .map(|e| e.id().to_string())
        .collect()
}

#[test]
fn the_order_of_the_documents_does_not_depend_on_the_threads() {
    let dir = folder();
    let one = ids_with(1, dir.path());
    assert_eq!(one.len(), 121);
    let mut sorted = one.clone();
    sorted.sort();
    assert_eq!(one, sorted, "in the order of the file names");
    assert_eq!(ids_with(4, dir.path()), one);
    assert_eq!(ids_with(2, dir.path()), one);
}

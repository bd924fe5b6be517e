//! Embeds the bundled briefing: every .txt file in seeds/, sorted by name.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("seeds");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("seeds/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut out = String::from("pub const BUNDLED: &[(&str, &[u8])] = &[\n");
    for n in names {
        out.push_str(&format!(
            "    ({n:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/seeds/{n}\"))),\n"
        ));
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("bundled.rs"),
        out,
    )
    .unwrap();
}

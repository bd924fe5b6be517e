//! `brief cat --section TITLE`: one section of a document with its
//! subsections, the title matched case and diacritics aside, exactly, by a
//! unique start or by a unique part; several matches or none are errors
//! that list the titles, and print nothing.

mod common;

use common::cli::isolated_brief;
use std::process::Output;

const LETTER: &str = "004_425c361073e3d6d9";

fn brief(args: &[&str]) -> Output {
    let tmp = tempfile::tempdir().unwrap();
    isolated_brief(tmp.path())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = brief(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Fails, prints nothing on stdout, and says why on stderr.
fn fails(args: &[&str]) -> String {
    let out = brief(args);
    assert!(!out.status.success(), "{args:?} succeeded");
    assert!(out.stdout.is_empty(), "{args:?} printed something");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_section_by_its_title_in_any_case() {
    let whole = ok(&["cat", LETTER]);
    let mh17 = ok(&["cat", "--section", "mh17", LETTER]);
    assert!(mh17.starts_with("MH17\n"), "{mh17}");
    assert!(mh17.contains("Joint Investigation Team"), "{mh17}");
    // Only that section: not the one before it, nor the footnotes.
    assert!(
        !mh17.contains("Bezoek aan Oekraïne en Moldavië\n"),
        "{mh17}"
    );
    assert!(!mh17.contains("Kamerstuk 21 501-04"), "{mh17}");
    // As the whole document reads, in one piece.
    assert!(whole.contains(&mh17), "not a piece of the whole text");
    assert_eq!(ok(&["cat", "--section", "MH17", LETTER]), mh17);
}

#[test]
fn a_unique_start_or_part_of_a_title_names_a_section() {
    // "militaire" starts one title ("Niet-militaire steun" only holds it).
    let steun = ok(&["cat", "--section", "militaire", LETTER]);
    assert!(steun.starts_with("Militaire steun\n"), "{steun}");
    assert!(!steun.contains("Niet-militaire steun\n"), "{steun}");
    assert_eq!(ok(&["cat", "--section", "Militaire steun", LETTER]), steun);
    // A part of one title, diacritics aside.
    let reis = ok(&["cat", "--section", "advies oekraine", LETTER]);
    assert!(reis.starts_with("Reisadvies Oekraïne\n"), "{reis}");
}

#[test]
fn an_ambiguous_title_lists_the_candidates() {
    let said = fails(&["cat", "--section", "steun", LETTER]);
    assert!(
        said.contains("matches 2 sections")
            && said.contains("\"Militaire steun\"")
            && said.contains("\"Niet-militaire steun\""),
        "{said}"
    );
    assert!(!said.contains("MH17"), "only the candidates: {said}");
}

#[test]
fn an_unknown_title_lists_the_sections() {
    let said = fails(&["cat", "--section", "begroting", LETTER]);
    assert!(said.contains("no section matches \"begroting\""), "{said}");
    for title in ["Veiligheidsordening", "Militaire steun", "MH17"] {
        assert!(said.contains(&format!("\"{title}\"")), "{title}: {said}");
    }
}

#[test]
fn a_section_comes_with_its_subsections() {
    let file = "tests/fixtures/kamerbrief_sancties.txt";
    let two = ok(&["cat", "--section", "2. sancties", file]);
    assert!(two.starts_with("2. Sancties\n"), "{two}");
    for sub in [
        "2.1 Uitvoering\n",
        "a) Handhaving\n",
        "b) Bevriezing van tegoeden\n",
    ] {
        assert!(two.contains(sub), "{sub:?} missing:\n{two}");
    }
    assert!(
        !two.contains("1. Inleiding") && !two.contains("3. Tot slot"),
        "{two}"
    );
    // A subsection alone: its own subsections, not its siblings' parent.
    let sub = ok(&["cat", "--section", "2.1", file]);
    assert!(sub.starts_with("2.1 Uitvoering\n"), "{sub}");
    assert!(
        sub.contains("a) Handhaving\n") && !sub.contains("2. Sancties"),
        "{sub}"
    );
}

#[test]
fn section_and_raw_do_not_go_together() {
    let said = fails(&["cat", "--raw", "--section", "MH17", LETTER]);
    assert!(said.contains("--section"), "{said}");
}

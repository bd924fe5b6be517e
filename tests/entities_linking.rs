//! Linking: every mention of one entity, in any document and any spelling,
//! carries the same entity; two people with one surname are told apart by
//! first name, initials, title and context.

mod common;

use brief::entities::{EntityIndex, EntityType, Recogniser};
use common::corpus_of as corpus;

/// The entity id of each mention whose text is `surface`, per document.
fn ids_of(texts: &[&str], surface: &str) -> Vec<String> {
    let c = corpus(texts);
    let index = EntityIndex::build(&c, &Recogniser::bundled());
    let mut out = Vec::new();
    for (d, e) in c.entries.iter().enumerate() {
        let doc = e.doc().unwrap();
        for m in index.mentions(d) {
            if &doc.clean[m.clean.clone()] == surface {
                out.push(index.entities[m.entity].id.clone());
            }
        }
    }
    out
}

#[test]
fn rutte_in_every_form_is_one_person() {
    let texts = [
        "Premier Mark Rutte bezocht Kiev.\n\nDaar sprak premier Rutte met de pers.",
        "Rutte zei dat hij tevreden was.",
        "De Minister-President, M. Rutte, tekende. Ruttes plan werd besproken.",
    ];
    for form in ["Mark Rutte", "Rutte", "M. Rutte", "Ruttes"] {
        let ids = ids_of(&texts, form);
        assert!(!ids.is_empty(), "{form} not found");
        assert!(ids.iter().all(|i| i == "per:mark-rutte"), "{form}: {ids:?}");
    }
}

#[test]
fn transliterations_and_initials_link() {
    let texts = [
        "Hij sprak met premier Sjmyhal en president Zelensky in Kiev.",
        "Rutte ontmoette Shmyhal en Zelenski in Kyiv.",
        "Premier Shmygal en president Zelenskyy waren er ook. Minister W.B. Hoekstra en Wopke Hoekstra.",
    ];
    let sh: Vec<String> = ["Sjmyhal", "Shmyhal", "Shmygal"]
        .iter()
        .flat_map(|f| ids_of(&texts, f))
        .collect();
    assert_eq!(sh.len(), 3, "{sh:?}");
    assert!(sh.iter().all(|i| *i == sh[0]), "{sh:?}");
    let z: Vec<String> = ["Zelensky", "Zelenski", "Zelenskyy"]
        .iter()
        .flat_map(|f| ids_of(&texts, f))
        .collect();
    assert_eq!(z.len(), 3, "{z:?}");
    assert!(z.iter().all(|i| *i == z[0]), "{z:?}");
    let kiev = ids_of(&texts, "Kiev");
    assert_eq!(kiev, ids_of(&texts, "Kyiv"));
    let hoekstra = ids_of(&texts, "W.B. Hoekstra");
    assert_eq!(hoekstra, ids_of(&texts, "Wopke Hoekstra"));
}

#[test]
fn two_ruttes_are_told_apart_by_first_name() {
    let texts = [
        "Het Kamerlid Arno Rutte (VVD) stelde vragen. Daarop antwoordde Rutte dat hij niets wist.",
    ];
    let ids = ids_of(&texts, "Rutte");
    assert_eq!(ids.len(), 1);
    assert!(ids[0].contains("arno-rutte"), "{ids:?}");
    let texts = ["Premier Rutte reisde naar Kiev."];
    assert_eq!(ids_of(&texts, "Rutte"), vec!["per:mark-rutte".to_string()]);
}

#[test]
fn compounds_hold_the_name_not_the_compound() {
    let c = corpus(&[
        "De NAVO-bondgenoten en de EU-landen steunen Oost-Oekraïne. Verder sprak Daarnaast niemand.",
    ]);
    let index = EntityIndex::build(&c, &Recogniser::bundled());
    let doc = c.entries[0].doc().unwrap();
    let found: Vec<(&str, EntityType)> = index
        .mentions(0)
        .iter()
        .map(|m| (&doc.clean[m.clean.clone()], m.ty))
        .collect();
    assert_eq!(
        found,
        vec![
            ("NAVO", EntityType::Organisation),
            ("EU", EntityType::Organisation),
            ("Oost-Oekraïne", EntityType::Location)
        ]
    );
}

#[test]
fn a_name_learned_in_one_document_is_found_in_another() {
    // "korpschef Janny Knol" teaches the name; "Knol" alone at a sentence
    // start in the next document is hers.
    let texts = [
        "Dat zegt korpschef Janny Knol van de politie.",
        "Knol wil meer agenten op straat.",
    ];
    let full = ids_of(&texts, "Janny Knol");
    assert_eq!(full.len(), 1);
    assert_eq!(ids_of(&texts, "Knol"), full);
}

#[test]
fn copies_of_one_text_get_the_same_mentions_across_many_documents() {
    // More documents than the index makes into mentions at a time (256),
    // with a different text among them: every copy reads as the first.
    let letter = "Premier Mark Rutte sprak op 3 februari 2022 in Kiev met president \
                  Zelensky over de NAVO.\n\nDe heer Jan de Vries van Stichting Vrije Polder \
                  zei dat Rutte en Zelensky het eens waren.";
    let other = "Minister Hoekstra bezocht Brussel en sprak met de Europese Commissie.";
    let mut texts = vec![letter; 600];
    texts[300] = other;
    let c = corpus(&texts);
    let index = EntityIndex::build(&c, &Recogniser::bundled());
    let seen = |d: usize| -> Vec<(String, String, EntityType)> {
        let doc = c.entries[d].doc().unwrap();
        index
            .mentions(d)
            .iter()
            .map(|m| {
                let id = index.entities[m.entity].id.clone();
                (doc.clean[m.clean.clone()].to_string(), id, m.ty)
            })
            .collect()
    };
    let first = seen(0);
    assert!(first.len() >= 6, "{first:?}");
    for d in (1..600).filter(|&d| d != 300) {
        assert_eq!(seen(d), first, "document {d}");
    }
    assert!(
        seen(300).iter().any(|(s, _, _)| s == "Hoekstra"),
        "{:?}",
        seen(300)
    );
}

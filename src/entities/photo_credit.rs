//! The photographer in a news site's credit line: "Beeld ANP / Annelot
//! Prins", "(Foto: Remko de Waal / ANP)". An agency or broadcaster the
//! document names on one side of the slash, the credit word before them, and
//! a name written as a name (capitalised words, a surname's particles
//! between them) on the other side: that name is a person, whatever its
//! words are otherwise (a "Prins", a "Waal").

use super::Found;
use super::detector::name_link;
use super::gazetteer::is_particle;
use super::kind::EntityType;
use std::ops::Range;

/// Words that open a credit.
const CREDIT_WORDS: &[&str] = &["Foto", "Beeld", "Fotografie", "Illustratie", "Video"];

/// At most this many bytes of a credit line before the slash.
const CREDIT_REACH: usize = 60;

/// Adds the people credited beside an organisation in `found` (sorted by
/// start), keeping it sorted: in the credits whose slash stands in `within`.
pub fn add(text: &str, within: Range<usize>, found: &mut Vec<Found>) {
    let mut added = Vec::new();
    let mut widened = Vec::new();
    let slashes = memchr::memmem::find_iter(&text.as_bytes()[within.clone()], b" / ");
    for slash in slashes.map(|i| within.start + i) {
        let line_start = text[..slash].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[slash..].find('\n').map_or(text.len(), |i| slash + i);
        // (The reach may end inside a character: from the next one on.)
        let mut from = line_start.max(slash.saturating_sub(CREDIT_REACH));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = &text[from..slash];
        let org_here = found
            .iter()
            .find(|f| f.range.end == slash && f.ty == EntityType::Organisation);
        // "… in Leeuwarden, vrijdagavond. ANP / Catrien Hoekstra": the
        // agency after a caption's last sentence (or alone on its line)
        // opens the credit without a credit word.
        let after_caption = org_here.is_some_and(|f| {
            let before = text[line_start..f.range.start].trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?'])
        });
        if !opens_credit(head) && !after_caption {
            continue;
        }
        let after = slash + 3;
        let org_ending_here = org_here.is_some();
        let org_starting_after = found
            .iter()
            .any(|f| f.range.start == after && f.ty == EntityType::Organisation);
        let person = if org_ending_here {
            name_after(text, after, line_end)
        } else if org_starting_after {
            name_before(text, line_start, slash)
        } else {
            // "Foto: Hollandse Hoogte / Merel Tuinstra": a person the
            // document names on one side, so the name on the other is
            // the agency.
            if opens_credit(head)
                && let Some(agency) = agency_beside_person(text, found, line_start, slash, line_end)
            {
                added.push(Found {
                    link: name_link(&text[agency.clone()]),
                    range: agency,
                    ty: EntityType::Organisation,
                });
            }
            None
        };
        let Some(r) = person else {
            continue;
        };
        let overlapping: Vec<usize> = (0..found.len())
            .filter(|&k| found[k].range.start < r.end && r.start < found[k].range.end)
            .collect();
        // A known surname inside the credited name ("Hoekstra" in "Catrien
        // Hoekstra") is the photographer's.
        if overlapping.iter().all(|&k| {
            found[k].ty == EntityType::Person
                && r.start <= found[k].range.start
                && found[k].range.end <= r.end
        }) {
            widened.extend(overlapping);
            added.push(Found {
                link: name_link(&text[r.clone()]),
                range: r,
                ty: EntityType::Person,
            });
        }
    }
    super::drop_finds(found, widened);
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.range.start);
    }
}

/// In a credit with no agency found: the name on one side of the slash when
/// the other side is a person found whole, and the name is none of the
/// document's finds.
fn agency_beside_person(
    text: &str,
    found: &[Found],
    line_start: usize,
    slash: usize,
    line_end: usize,
) -> Option<Range<usize>> {
    let after = slash + 3;
    let is_person = |r: &Range<usize>| {
        found
            .iter()
            .any(|f| f.ty == EntityType::Person && f.range == *r)
    };
    let free = |r: &Range<usize>| {
        !found
            .iter()
            .any(|f| f.range.start < r.end && r.start < f.range.end)
    };
    let before = name_before(text, line_start, slash);
    let behind = name_after(text, after, line_end);
    match (before, behind) {
        (Some(a), Some(p)) if is_person(&p) && free(&a) => Some(a),
        (Some(p), Some(a)) if is_person(&p) && free(&a) => Some(a),
        _ => None,
    }
}

/// Whether the credit line up to the slash holds a credit word as a word
/// of its own ("Foto:", "(Beeld", "Beeld ANP").
fn opens_credit(head: &str) -> bool {
    head.split(|c: char| c.is_whitespace() || matches!(c, '(' | ':' | '|'))
        .any(|w| CREDIT_WORDS.contains(&w))
}

/// The name starting at `from`, up to the end of the credit (a bracket, a
/// slash, a comma, the line's end).
fn name_after(text: &str, from: usize, line_end: usize) -> Option<Range<usize>> {
    let rest = &text[from..line_end];
    let end = rest.find([')', ',', '|', ';']).unwrap_or(rest.len());
    let end = rest[..end].find(" /").unwrap_or(end);
    let span = rest[..end].trim_end_matches(['.', ' ']);
    is_name(span).then(|| from..from + span.len())
}

/// The name ending at `to`, back to the credit word (or a bracket, a colon).
fn name_before(text: &str, line_start: usize, to: usize) -> Option<Range<usize>> {
    let head = &text[line_start..to];
    let start = head.rfind(['(', ':', '|']).map_or(0, |i| i + 1);
    let mut span = head[start..].trim_start();
    // "Foto Remko de Waal / ANP": the credit word is no part of the name.
    if let Some((first, rest)) = span.split_once(' ')
        && CREDIT_WORDS.contains(&first)
    {
        span = rest;
    }
    let at = to - span.len();
    is_name(span).then_some(at..to)
}

/// Two to five words, capitalised but for a surname's particles between
/// them ("Lex van Lieshout"), none of them a number or all capitals.
fn is_name(span: &str) -> bool {
    let words: Vec<&str> = span.split(' ').collect();
    let capitalised = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
    };
    (2..=5).contains(&words.len())
        && capitalised(words[0])
        && capitalised(words[words.len() - 1])
        && words.iter().all(|w| capitalised(w) || is_particle(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credited(text: &str, org: &str) -> Vec<String> {
        let at = text.find(org).unwrap();
        let mut found = vec![Found {
            range: at..at + org.len(),
            ty: EntityType::Organisation,
            link: name_link(org),
        }];
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .filter(|f| f.ty == EntityType::Person)
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    /// A credit's reach that starts inside a character (found by the
    /// fuzz test on real pieces): read from the next character, no panic.
    #[test]
    fn the_reach_may_start_inside_a_character() {
        let text = "Aëé «—Lees ook: AaaëëaëaaaDatum 16–17 maart 2024W.B. / Vergaderjaar 2023";
        for cut in 0..text.len() {
            if text.is_char_boundary(cut) {
                let mut found = Vec::new();
                let text = &text[cut..];
                add(text, 0..text.len(), &mut found);
                assert!(found.is_empty());
            }
        }
        let text = format!("{} Foto ANP / Remko de Waal", "ë".repeat(40));
        assert_eq!(credited(&text, "ANP"), ["Remko de Waal"]);
    }

    #[test]
    fn the_photographer_beside_the_agency_is_a_person() {
        assert_eq!(
            credited("Beeld ANP / Annelot Prins\n", "ANP"),
            ["Annelot Prins"]
        );
        assert_eq!(
            credited("Het stadhuis. (Foto: Remko de Waal / ANP)\n", "ANP"),
            ["Remko de Waal"]
        );
        assert_eq!(
            credited(
                "Foto: Omroep Brabant / Ilse van der Sloot)\n",
                "Omroep Brabant"
            ),
            ["Ilse van der Sloot"]
        );
    }

    /// A caption's agency after its last sentence opens the credit without
    /// a credit word, and a known surname inside the name ("Hoekstra") is
    /// the photographer's. Counter-example: a slash after an agency inside a
    /// sentence (below, and "De NOS / Nieuwsuur Redactie").
    #[test]
    fn the_agency_after_a_caption_credits_the_photographer() {
        let text =
            "Boeren bij het provinciehuis in Leeuwarden, vrijdagavond. ANP / Catrien Hoekstra\n";
        let at = text.find("ANP").unwrap();
        let surname = text.find("Hoekstra").unwrap();
        let mut found = vec![
            Found {
                range: at..at + 3,
                ty: EntityType::Organisation,
                link: name_link("ANP"),
            },
            Found {
                range: surname..surname + 8,
                ty: EntityType::Person,
                link: name_link("Hoekstra"),
            },
        ];
        add(text, 0..text.len(), &mut found);
        let people: Vec<&str> = found
            .iter()
            .filter(|f| f.ty == EntityType::Person)
            .map(|f| &text[f.range.clone()])
            .collect();
        assert_eq!(people, ["Catrien Hoekstra"]);
        assert!(credited("Volgens de ANP / Jan de Vries gaat het door.\n", "ANP").is_empty());
    }

    #[test]
    fn other_slashes_are_not_credits() {
        // No credit word; a credit of the agency alone; words that are no name.
        assert!(credited("De NOS / Nieuwsuur Redactie meldt het.\n", "NOS").is_empty());
        assert!(credited("Foto: ANP / ter illustratie\n", "ANP").is_empty());
        assert!(credited("Foto: ANP / 2024\n", "ANP").is_empty());
        assert!(credited("Foto: ANP / EPA\n", "ANP").is_empty());
    }

    /// The agencies `add` finds beside the people given as found.
    fn agencies(text: &str, people: &[&str]) -> Vec<String> {
        let mut found: Vec<Found> = people
            .iter()
            .map(|p| crate::entities::test_mention(text, p, EntityType::Person, false))
            .collect();
        found.sort_by_key(|f| f.range.start);
        add(text, 0..text.len(), &mut found);
        found
            .iter()
            .filter(|f| f.ty == EntityType::Organisation)
            .map(|f| text[f.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn the_name_beside_a_credited_person_is_the_agency() {
        assert_eq!(
            agencies(
                "Foto: Hollandse Hoogte / Merel Tuinstra",
                &["Merel Tuinstra"]
            ),
            ["Hollandse Hoogte"]
        );
        assert_eq!(
            agencies(
                "(Beeld Merel Tuinstra / Studio Vlakland)",
                &["Merel Tuinstra"]
            ),
            ["Studio Vlakland"]
        );
        // Counter-examples: no person found on either side, two people, no
        // credit word.
        assert!(agencies("Foto: Hollandse Hoogte / Merel Tuinstra", &[]).is_empty());
        assert!(
            agencies(
                "Foto: Jan Smit / Merel Tuinstra",
                &["Jan Smit", "Merel Tuinstra"]
            )
            .is_empty()
        );
        assert!(agencies("Route Noord Brabant / Merel Tuinstra", &["Merel Tuinstra"]).is_empty());
    }
}

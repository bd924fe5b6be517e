//! The detector's first step: how far a name that starts at a capitalised
//! word runs — over capitals, the particles of a surname after given names
//! or initials, a body's "van" or "en" and its field, a patronymic — and
//! where it stops (a known body after a person's particles, a place after a
//! surname, a title, an address word, a unit's head).

use super::{Scan, next_is_capitalised};
use crate::entities::cover::Cover;
use crate::entities::cues;
use crate::entities::gazetteer::is_particle;
use crate::entities::kind::EntityType;
use crate::entities::name_heads::{bare_head, head_type, is_document_word};
use crate::entities::shapes::{is_camel_case, is_contact_label, is_street_before_postcode};
use crate::entities::title_cues::title_of_portfolio_before;
use crate::entities::words::{is_acronym, is_article_surname, is_capitalised};

/// The last word of the name whose run starts at `words[i]`, and whether
/// the run holds a word no known mention covers (a free word makes the name
/// new).
pub(super) fn run_end(scan: &Scan, i: usize) -> (usize, bool) {
    let Scan {
        text,
        words,
        cover,
        ctx,
        ..
    } = *scan;
    let word = |i: usize| &text[words[i].range.clone()];
    // A free word makes the name new; an adjective ("Russische
    // Gazprom") or a sentence's first word ("Regeringspartijen VVD") does not.
    let (mut end, mut has_free) = match cover[i] {
        Cover::Soft(last) => (last, false),
        // ("Femke Kok": a known given name makes a known surname
        // another person's, also at a sentence start.)
        _ => (
            i,
            (!cues::is_adjective_form(word(i)) && !words[i].sentence_start)
                || ctx.is_given(word(i))
                // ("Directoraat-generaal Belastingdienst" on a letterhead's
                // line: a unit's head makes a name of the known body.)
                || cues::is_unit_head(word(i)),
        ),
    };
    // Whether the name starts with a post's words after its title.
    let after_post =
        matches!(cover[i], Cover::Soft(_)) && title_of_portfolio_before(text, words, i);
    loop {
        let mut p = end + 1;
        // Particles join a given name or initials to a surname ("Ursula
        // von der Leyen", "Jord van W."), never two names ("Rutte de
        // Oekraïense") nor a common word at a sentence start.
        let single = end == i && cover[i] == Cover::Free;
        let initials = (i..=end).all(|x| word(x).chars().count() == 1);
        // "A.J. de Ruyter van Steveninck": after initials, a surname's
        // particles keep coming.
        let after_initials = word(i).chars().count() == 1
            && text[words[i].range.end..].starts_with('.')
            && !initials;
        let first = word(i);
        let given = ctx.is_given(first);
        // "Centrale Raad van Beroep", "Raad voor de Kinderbescherming":
        // an organisation's head takes "van" or "voor" and a name.
        // (Looked up only when a particle or "voor" follows: most
        // names go on with a capital or end.)
        // (Not an article right after the head: "de Europese Commissie het
        // Action Plan" are two.)
        // (Not a surname's particles after a given name before the head:
        // "Pieter-Bas van 't Hof van Stichting …" is a person, then the
        // body; "Ingrid Østergaard van de Universiteit van Aarhus" goes on.)
        let surname_particles_from = (i + 1..end)
            .rev()
            .take_while(|&x| {
                is_particle(word(x)) && word(x).starts_with(|c: char| !c.is_uppercase())
            })
            .last();
        let given_then_particles =
            surname_particles_from.is_some_and(|k| ctx.is_given(word(k - 1)));
        let headed = p < words.len()
            && (is_particle(word(p)) || matches!(word(p), "voor" | "für"))
            && !matches!(word(p), "het" | "de" | "den" | "'t" | "t")
            && !given_then_particles
            && head_type(&text[words[i].range.start..words[end].range.end])
                == Some(EntityType::Organisation);
        // "Jan Willem de Vries": given names take particles too.
        // ("minister van Financiën Jan Willem de Vries": the post's
        // words before the given names do not count.)
        let mut names = (i..=end)
            .filter(|&x| {
                let post_word = after_post && matches!(cover[x], Cover::Soft(_));
                !(cues::is_never_alone(word(x)) || post_word)
            })
            .peekable();
        let all_given = names.peek().is_some() && names.all(|x| ctx.is_given(word(x)));
        // ("Jan Derck van Karnebeek": a given name and one more take a
        // surname's particles too.)
        // (After a sentence's first word: "Boer Jan Derck van …".)
        // (After a title or a word that names nothing as the sentence's
        // first word, any one name: "Topman Dolf van den Brink",
        // "Volgens Dolf van den Brink".)
        // (Not after an article: "De RSF van Mohamed …", "Het Huis
        // ten Bosch".)
        let title_first = !given
            && words[i].sentence_start
            && end == i + 1
            && cover[end] == Cover::Free
            && !is_acronym(word(end))
            && head_type(word(end)).is_none()
            && (cues::is_person_cue(word(i))
                || (cues::is_never_alone(word(i))
                    && !matches!(
                        word(i),
                        "De" | "Het" | "Een" | "Deze" | "Die" | "Dit" | "Dat"
                    )));
        // ("de Nederlander Joris van der Lugt": a people's noun before
        // a given name is context too.)
        // ("De Belg Wout van Aert": after a sentence's first word.)
        let demonym_then_given =
            |k: usize| k < end && cues::is_demonym_noun(word(k)) && ctx.is_given(word(k + 1));
        let named_from = if !given
            && i < end
            && ((words[i].sentence_start && (ctx.is_given(word(i + 1)) || title_first))
                || demonym_then_given(i))
        {
            i + 1
        } else if !given && words[i].sentence_start && demonym_then_given(i + 1) {
            i + 2
        } else {
            i
        };
        // (Not "Lotte Verbeek van Omroep Gelderland", "Pierre Wunsch van
        // de Nationale Bank": a body's head in the capitalised words
        // after the particles makes them a name of its own.)
        let body_follows = || {
            let mut q = end + 1;
            while q < words.len() && is_particle(word(q)) {
                q += 1;
            }
            let run: Vec<usize> = (q..words.len())
                .take_while(|&x| words[x].joined_to_prev && is_capitalised(word(x)))
                .take(4)
                .collect();
            // ("A. van den Hof", "Anna de Raad": a head word alone after
            // the particles is a surname.)
            let lone_head = run.len() == 1 && bare_head(word(run[0]));
            !lone_head && run.iter().any(|&x| head_type(word(x)).is_some())
        };
        // "Wethouder Economie Jaap den Hartog": a capitalised title
        // first, a given name last, and the surname's particles after it.
        let titled_given =
            end > i && cues::is_person_cue(word(i)) && ctx.is_given(word(end)) && !body_follows();
        // "Directeur M.P. van der Steen", "DSB-directeur M.P. van der
        // Steen": a title, then initials only, takes the surname's
        // particles as initials alone do.
        let titled_initials = end > i
            && cues::is_person_cue(word(i))
            && (i + 1..=end).all(|x| {
                word(x).chars().count() == 1
                    && word(x).starts_with(char::is_uppercase)
                    && text[words[x].range.end..].starts_with('.')
            });
        // "Minister Van den Akker", "Staatssecretaris De 't Hart": a
        // title, then a surname's capitalised first particle, takes the
        // particles after it.
        let titled_particle = end == i + 1
            && cues::is_person_cue(word(i))
            && matches!(word(end), "Van" | "De" | "Ten" | "Ter" | "Te" | "In");
        // "Burgemeester Jeanne Huijbregts-Oomen van Moerdijk": after a
        // local post, a given name and a surname, "van" and a place name
        // the place served (see `post_places`).
        let place_served_follows = || {
            end == named_from + 1
                && !ctx.is_given(word(end))
                && p + 1 < words.len()
                && word(p) == "van"
                && {
                    let place = word(p + 1);
                    ctx.places.contains(place) || crate::entities::word_places::is_word_place(place)
                }
                && {
                    let post = if named_from > i {
                        Some(i)
                    } else {
                        i.checked_sub(1)
                    };
                    post.is_some_and(|k| crate::entities::post_places::is_local_post(word(k)))
                }
        };
        if (single && (!words[i].sentence_start || given))
            || (ctx.is_given(word(named_from))
                && (end == named_from + 1 || (named_from > i && end == named_from))
                && !body_follows()
                && !place_served_follows())
            || (title_first && !body_follows())
            || titled_given
            || titled_initials
            || titled_particle
            || initials
            || all_given
            || after_initials
            || headed
        {
            // "in", "op", "te", "het" join only a known given name or
            // initials ("Sophie in 't Veld"), not any word ("NIS2-richtlijn
            // in de Cyberbeveiligingswet").
            while p < words.len()
                && words[p].joined_to_prev
                && cover[p] == Cover::Free
                // "Gemechaniseerde Brigade in Havelte", "Medisch Centrum
                // in Tiel": "in" before a known place says where the
                // name is, it is not part of it.
                // ("Airport in Beek": nor after a body's head, whatever
                // the place.)
                && !(word(p) == "in"
                    && (headed
                        || words.get(p + 1).is_some_and(|n| {
                            ctx.places.contains(&text[n.range.clone()])
                                || matches!(cover[p + 1], Cover::Soft(_) | Cover::Hard)
                        })
                        // ("orkaan Gonzalo in het Caribisch deel": an
                        // adjective after the particles names a region.)
                        || (p + 1..words.len())
                            .find(|&q| !is_particle(word(q)))
                            .is_some_and(|q| {
                                let w = word(q);
                                w.ends_with("isch") || cues::is_adjective_form(w)
                            })))
                && (is_particle(word(p))
                    || (headed
                        && matches!(word(p), "voor" | "für")
                        && p == end + 1
                        && bare_head(word(end))))
                // ("Bob Corby in Milwaukee": only right after the given name.)
                && ((given && end == i)
                    || titled_given
                    || titled_initials
                    || initials
                    || all_given
                    // "Dagblad van het Noorden": an organisation's head too
                    // (a named thing's takes only "van": "NIS2-richtlijn in
                    // de Cyberbeveiligingswet" are two).
                    || (single
                        && head_type(first) == Some(EntityType::Organisation)
                        && !is_document_word(first))
                    || headed
                    || !matches!(word(p), "in" | "op" | "te" | "het"))
            {
                p += 1;
            }
        }
        // "Faisal bin Farhan", "Mohammed bin Salman": a patronymic joins
        // two names, whatever they are.
        if p == end + 1
            && p + 1 < words.len()
            && matches!(word(p), "bin" | "ibn" | "bint")
            && words[p].joined_to_prev
            && words[p + 1].joined_to_prev
            && cover[p] == Cover::Free
            && cover[p + 1] == Cover::Free
            && is_capitalised(word(p + 1))
        {
            p += 1;
        }
        // "Inspectie Overheidsinformatie en Erfgoed": a body's head and
        // its field take one more field after "en" (not a list of
        // bodies: the head stands right before the one field).
        // ("Toezichtscommissie Inlichtingen- en Veiligheidsdiensten": the
        // first field's head may be left out with a hyphen; a field that
        // is a known place is joined afterwards, see
        // `widening::take_place_fields`.)
        if p == end + 1
            && end > i
            && p + 1 < words.len()
            && word(p) == "en"
            && head_type(word(end - 1)) == Some(EntityType::Organisation)
            && (words[p].joined_to_prev
                || &text[words[end].range.end..words[p].range.start] == "- ")
            && words[p + 1].joined_to_prev
            && cover[p] == Cover::Free
            && cover[p + 1] == Cover::Free
            && is_capitalised(word(p + 1))
            // ("… Volkshuisvesting en Bouwen Directie Woningbouw": a
            // unit's name may follow.)
            && (!next_is_capitalised(text, words, p + 1)
                || words.get(p + 2).is_some_and(|n| cues::is_unit_head(&text[n.range.clone()])))
        {
            p += 1;
        }
        // "Prof. A.C.M. van der Spek van de TU Delft", "Remco Bakker van
        // de KNSB": a known body after a name's particles is where the
        // person works, not the name's end (a body's own "Hof van
        // Justitie" goes on).
        // "Internationale Schaatsunie ISU": a known acronym after a
        // body's name restates it.
        let known_next = matches!(cover.get(p), Some(Cover::Soft(_)));
        // ("S.M. van 't Hof van de Universiteit Utrecht": a name that
        // starts with initials is a person's, whatever its last word.)
        // ("Jan de Raad": a given name, particles and a head word alone.)
        let name_is_body = || {
            head_type(&text[words[i].range.start..words[end].range.end]).is_some()
                && !((word(i).chars().count() == 1 && text[words[i].range.end..].starts_with('.'))
                    || (end > i
                        && ctx.is_given(word(i))
                        && is_particle(word(end - 1))
                        && bare_head(word(end))))
        };
        let body_after_particles = known_next && p > end + 1 && !name_is_body();
        // "Trainer Thorsten Fink van Genk": a place after the particles
        // of a name that has its surname already (no given name before
        // them: "Jan Peter van Gent" goes on) is where the person is from.
        // ("Wout Verbelen van Pauwels Sauzen-Cibel Clementines", "Tom
        // Pidcock van Q36.5": so is a body of two capitalised words or
        // more, or a word with a digit; a surname is one word of letters.)
        // ("J.C. ter Horst": initials have no surname yet.)
        let place_after_surname = p > end + 1
            && end > i
            && !initials
            && p < words.len()
            // ("P.J.M. ter Horst van de Huurcommissie": after initials the
            // surname may be a given name too.)
            && (!ctx.is_given(word(end)) || after_initials)
            && (ctx.places.contains(word(p))
                || next_is_capitalised(text, words, p)
                || word(p).bytes().any(|b| b.is_ascii_digit())
                // ("minister Hatice Kaya-Verbeek van Volksgezondheid": a
                // portfolio is the post; "mr. P.J.M. ter Horst van de
                // Huurcommissie": a body's word is where the person
                // works.)
                || crate::entities::portfolio::is_portfolio_word(word(p))
                || head_type(word(p)) == Some(EntityType::Organisation))
            && !name_is_body();
        let acronym_after_body = known_next && is_acronym(word(p)) && name_is_body();
        let fits = p < words.len()
            && !body_after_particles
            && !place_after_surname
            && !acronym_after_body
            && words[p].joined_to_prev
            && !words[p].sentence_start
            && cover[p] != Cover::Hard
            // ("Faisal bin Farhan al-Saud": an Arabic article before a
            // surname is written in lower case.)
            && (is_capitalised(word(p)) || is_article_surname(word(p)))
            // (A company's legal form closes its name: "Flevo
            // Landontwikkeling BV".)
            && (cover[p] != Cover::Free
                || !is_acronym(word(p))
                || matches!(word(p), "BV" | "NV" | "AG" | "SE" | "PLC" | "LLC"))
            // ("Jan de Koning", "A. de Graaf": after a given name or
            // initials and a particle, a title is the surname.)
            && (!cues::is_person_cue(word(p))
                || (p > i
                    && is_particle(cues::lower(word(p - 1)).as_ref())
                    && (given || after_initials)))
            // ("in Barneveld Een zwarte rookwolk": a sentence's first
            // word after a lost break; "Museum Het Schip" goes on.)
            && (!cues::is_function_capital(word(p)) || next_is_capitalised(text, words, p))
            && !cues::is_address_word(word(p))
            && !cues::is_letter_word(word(p))
            // "Zuivelcoöperatie FrieslandCampina": a brand stands alone.
            && !is_camel_case(word(p))
            && !is_street_before_postcode(text, words, p)
            && !is_contact_label(text, words, p)
            // An adjective joins only a name that goes on: "Response Team", not "Oekraïense regering".
            // (A surname after a person's particles is no adjective:
            // "Bram Van Driessche".)
            && (!cues::is_adjective_form(word(p))
                || next_is_capitalised(text, words, p)
                // (Nor a surname right after a given name: "Tom
                // Louwerse", "Anna Janse".)
                || (p == end + 1 && ctx.is_given(word(end)))
                || (p > i
                    && is_particle(cues::lower(word(p - 1)).as_ref())
                    && (given || is_capitalised(word(p - 1)))))
            // "Ministerie van Buitenlandse Zaken Directie Sub-Sahara
            // Afrika": a unit's head before a name starts a name of its
            // own after an organisation's name ("Algemene Directie
            // Statistiek" is one).
            && !(cues::is_unit_head(word(p))
                && words.get(p + 1).is_some_and(|n| n.joined_to_prev)
                && is_capitalised(word(p + 1))
                && (i..=end).any(|x| {
                    matches!(cover[x], Cover::Soft(_))
                        || head_type(word(x)) == Some(EntityType::Organisation)
                }));
        if !fits {
            break;
        }
        match cover[p] {
            Cover::Soft(last) => end = last,
            _ => {
                end = p;
                has_free |= !cues::is_adjective_form(word(p));
            }
        }
    }
    (end, has_free)
}

//! The general detector: names the gazetteer does not know, found as
//! capitalised word sequences (with Dutch particles and initials), typed by
//! their context (a title before a person, a preposition before a place, a
//! head word that makes an organisation or a named thing) and by their shape
//! (acronyms, codes). A capital at the start of a sentence, a heading or a
//! list item says nothing on its own, so such words need more evidence.

use super::acronym;
use super::acronym_type::{classify_acronym, defines_acronym};
use super::context_cues::{
    chamber_context, misc_cue_before, org_class_before, org_member_before, place_cue_before,
    speech_verb_before,
};
use super::cover::{Cover, covers};
use super::cues::{self, MISC_HEADS, ORG_HEADS};
use super::detector_context::is_listed_place;
use super::gazetteer::is_particle;
use super::kind::EntityType;
use super::law_title;
use super::member_party::{member_name, member_surname, party_in_brackets_after};
use super::menu_lines;
use super::name_heads::{bare_head, head_type, is_document_word, is_place_compound};
use super::name_links::{built_on_link, dateline_link, person_link, place_link};
use super::person_name_shapes::{is_dutch_name_shape, surname_after_van};
use super::rules::overlaps;
use super::shapes::{
    after_indefinite_article, before_house_number, is_camel_case, is_formula, is_postcode_letters,
    is_street, is_street_before_postcode, plural_after_determiner, title_before_street,
};
use super::title_cues::{
    TitleCue, apposition_to_title, continues_title, person_cue_before, title_of_portfolio_before,
};
use super::words::{Word, is_acronym, is_article_surname, is_capitalised};
use super::{Found, Link};
use rustc_hash::FxHashMap;
use std::ops::Range;

pub use super::acronym_type::dateline_start;
pub use super::detector_context::DetectorContext;
pub use super::name_links::{NAME_PREFIX, loose_key, name_link};

/// The detector's result: new mentions, and the gazetteer mentions they
/// swallowed ("NAVO" inside "NAVO Response Force").
pub struct Detection {
    pub found: Vec<Found>,
    pub absorbed: Vec<Range<usize>>,
    /// Acronyms defined in brackets after a name: they name it wherever they stand.
    /// `None`: its long form is a common phrase, and it is no entity.
    pub acronyms: FxHashMap<String, Option<(EntityType, Link)>>,
}

/// Unknown names in `text`, outside the `hard` ranges (sorted by start).
/// `soft` mentions (sorted) may be swallowed by a longer name built on them;
/// `known` holds every mention found so far (sorted), to type an acronym
/// that follows a name in brackets: "Very High Readiness Joint Task Force (VJTF)".
pub fn detect(
    text: &str,
    words: &[Word],
    hard: &[Range<usize>],
    soft: &[Range<usize>],
    known: &[Found],
    ctx: &DetectorContext,
) -> Detection {
    let cover: Vec<Cover> = covers(words, hard, soft);
    let word = |i: usize| &text[words[i].range.clone()];
    let mut out: Vec<Found> = Vec::new();
    let mut absorbed: Vec<Range<usize>> = Vec::new();
    let mut acronyms: FxHashMap<String, Option<(EntityType, Link)>> = FxHashMap::default();
    // A site's menu is a list of items: no name is built across them.
    let menu = menu_lines::on_menu_lines(text, words);
    let mut i = 0;
    while i < words.len() {
        if cover[i] == Cover::Hard || !is_capitalised(word(i)) || menu[i] {
            i += 1;
            continue;
        }
        // Most capitals start a sentence and nothing more: skip them cheaply.
        if cover[i] == Cover::Free
            && words[i].sentence_start
            && !next_is_capitalised(text, words, i)
            && !is_acronym(word(i))
            && !ctx.is_given(word(i))
            && !ctx.places.contains(word(i))
        {
            i += 1;
            continue;
        }
        // A free word makes the name new; an adjective ("Russische
        // Gazprom") or a sentence's first word ("Regeringspartijen VVD") does not.
        let (mut end, mut has_free) = match cover[i] {
            Cover::Soft(last) => (last, false),
            // ("Femke Kok": a known given name makes a known surname
            // another person's, also at a sentence start.)
            _ => (
                i,
                (!cues::is_adjective_form(word(i)) && !words[i].sentence_start)
                    || ctx.is_given(word(i)),
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
            let headed = p < words.len()
                && (is_particle(word(p)) || word(p) == "voor")
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
                (q..words.len())
                    .take_while(|&x| words[x].joined_to_prev && is_capitalised(word(x)))
                    .take(4)
                    .any(|x| head_type(word(x)).is_some())
            };
            // "Wethouder Economie Jaap den Hartog": a capitalised title
            // first, a given name last, and the surname's particles after it.
            let titled_given = end > i
                && cues::is_person_cue(word(i))
                && ctx.is_given(word(end))
                && !body_follows();
            if (single && (!words[i].sentence_start || given))
                || (ctx.is_given(word(named_from))
                    && (end == named_from + 1 || (named_from > i && end == named_from))
                    && !body_follows())
                || (title_first && !body_follows())
                || titled_given
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
                    && !(word(p) == "in"
                        && words.get(p + 1).is_some_and(|n| {
                            ctx.places.contains(&text[n.range.clone()])
                                || matches!(cover[p + 1], Cover::Soft(_) | Cover::Hard)
                        }))
                    && (is_particle(word(p))
                        || (headed && word(p) == "voor" && p == end + 1 && bare_head(word(end))))
                    // ("Bob Corby in Milwaukee": only right after the given name.)
                    && ((given && end == i)
                        || titled_given
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
            let name_is_body =
                || head_type(&text[words[i].range.start..words[end].range.end]).is_some();
            let body_after_particles = known_next && p > end + 1 && !name_is_body();
            // "Trainer Thorsten Fink van Genk": a place after the particles
            // of a name that has its surname already (no given name before
            // them: "Jan Peter van Gent" goes on) is where the person is from.
            let place_after_surname = p > end + 1
                && end > i
                && p < words.len()
                && !ctx.is_given(word(end))
                && ctx.places.contains(word(p))
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
                && !cues::is_person_cue(word(p))
                && !cues::is_address_word(word(p))
                && !cues::is_letter_word(word(p))
                // "Zuivelcoöperatie FrieslandCampina": a brand stands alone.
                && !is_camel_case(word(p))
                && !is_street_before_postcode(text, words, p)
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
        let next = end + 1;
        let has_soft = (i..=end).any(|x| matches!(cover[x], Cover::Soft(_)));
        if has_soft && !has_free {
            i = next;
            continue;
        }
        // Leading function words and titles are context, not name.
        let mut start = i;
        let mut titled = false;
        // "Voorzitter van de Tweede Kamer": a title of a body, not a person.
        let mut title_of = false;
        // "Van Campen", "Van der Poel" inside a sentence: a surname whose
        // particle is written with a capital when no given name goes first.
        let mut capital_van = false;
        // "de Noor Oskar Zweigaard-Aasen", "de Noor Haaland": a people's
        // noun before a name is context; one that is a given name too is
        // the person's own without an article before it ("D66-leider Noor
        // Haddouchi").
        let is_demonym_here = |k: usize| {
            cues::is_demonym_noun(word(k))
                && !(ctx.is_given(word(k))
                    && !(k > 0
                        && words[k].joined_to_prev
                        && matches!(
                            cues::lower(word(k - 1)).as_ref(),
                            "de" | "een" | "die" | "deze"
                        )))
        };
        while start <= end && cover[start] == Cover::Free {
            let w = word(start);
            // ("De Hoop", "Ter Laak" too, with a person's cue: a title or a
            // verb of saying before, or a party in brackets after; "het boek
            // De Aanslag", "in De Kuip" are no people.)
            if matches!(
                w,
                "Van" | "Vander" | "Vanden" | "De" | "Den" | "Ter" | "Ten"
            ) && !words[start].sentence_start
                && surname_after_van(text, words, &cover, start, end)
                && (matches!(w, "Van" | "Vander" | "Vanden")
                    || person_cue_before(text, words, start) == TitleCue::Direct
                    || speech_verb_before(text, words, start)
                    || party_in_brackets_after(text, words, end))
            {
                capital_van = true;
                break;
            }
            if cues::is_person_cue(w) || (start < end && is_demonym_here(start)) {
                titled = true;
            } else if start < end && words[start].sentence_start && cues::is_org_class_cue(w) {
                // "Energieleveranciers Eneco": the kind, capitalised as the
                // sentence's first word, is context (read again below).
            } else if start + 1 < end
                && w.chars().count() > 1
                && !ctx.is_given(w)
                && ctx.is_given(word(start + 1))
                && head_type(w).is_none()
            {
                // "de Amerikaanse Erin Jackson", "Boer Jan Derck …", "minister
                // van Verdediging Boris Pistorius": a word before a given name
                // and a surname is context (the name says it is a person),
                // unless it is a body's head ("Stichting Anne Frank") or an
                // initial ("M. El Khatib-Verhoeven").
            } else if !cues::is_never_alone(w) && !is_particle(w) {
                break;
            } else if titled && matches!(cues::lower(w).as_ref(), "van" | "voor") {
                title_of = true;
            }
            start += 1;
        }
        if start > end {
            i = next;
            continue;
        }
        if title_of
            && ((start..=end).any(|x| matches!(cover[x], Cover::Soft(_)))
                || head_type(&text[words[start].range.start..words[end].range.end]).is_some())
        {
            titled = false;
        }
        // "Minister van Justitie en Veiligheid Dilan Kaya": a known portfolio
        // after a title, then the person the title names.
        if let Cover::Soft(last_soft) = cover[start]
            && last_soft < end
            && title_of_portfolio_before(text, words, start)
            && (last_soft + 1..=end).all(|x| cover[x] == Cover::Free)
        {
            start = last_soft + 1;
            titled = true;
        }
        // Trailing particles belong to what follows.
        let mut last = end;
        while last > start && is_particle(word(last)) {
            last -= 1;
        }
        let mut range = words[start].range.start..words[last].range.end;
        let single = start == last;
        // "NIS2-richtlijn", "SER-advies": an acronym before a lower-case word
        // is a name of its own, as a known one is ("NAVO-bondgenoten").
        if single
            && let Some((head, rest)) = text[range.clone()].split_once('-')
            && is_acronym(head)
            && rest.starts_with(char::is_lowercase)
            // "HALO-trust": an organisation's head keeps it whole.
            && !cues::has_head(rest, ORG_HEADS)
        {
            range.end = range.start + head.len();
        }
        // "Stefan P.": a closing initial keeps its full stop.
        if !single && word(last).chars().count() == 1 && text[range.end..].starts_with('.') {
            range.end += 1;
        }
        // "Standing NATO Maritime Group 1": a number closes a named unit.
        let mut extended = last;
        if let Some(n) = words.get(last + 1)
            && n.joined_to_prev
            && cover[last + 1] == Cover::Free
            && text[n.range.clone()].bytes().all(|b| b.is_ascii_digit())
            && head_type(&text[range.clone()]).is_some()
        {
            range.end = n.range.end;
            extended = last + 1;
        }
        let surface = &text[range.clone()];
        if ctx.stop.contains(surface) || !(start..=extended).any(|x| cover[x] == Cover::Free) {
            i = next.max(extended + 1);
            continue;
        }
        let sentence_start = words[start].sentence_start;
        let cue = person_cue_before(text, words, start);
        let titled = titled
            || cue == TitleCue::Direct
            || (cue == TitleCue::ThroughTitle && !continues_title(text, words, last))
            || apposition_to_title(text, words, start, last);
        // "Prinses Irenestraat": a street named after a person is no person.
        let titled = titled && !is_street(surface);
        let from = soft.partition_point(|r| r.start < range.start);
        let swallowed: Vec<Range<usize>> = soft[from..]
            .iter()
            .take_while(|r| r.start < range.end)
            .filter(|r| r.end <= range.end)
            .cloned()
            .collect();
        // "NATO Response Force" and "NAVO Response Force" are one name: a
        // known name inside links through its entry, not its spelling.
        let built_link = || built_on_link(text, &range, &swallowed, known, ctx);
        let found = if single && word(start) == "Kamer" && chamber_context(text, words, start) {
            ctx.chamber
                .map(|e| (EntityType::Organisation, Link::Gazetteer(e)))
        } else if single && is_postcode_letters(text, &range) {
            // "2500 EX Den Haag": the letters of a Dutch postcode.
            None
        } else if single
            && !is_acronym(surface)
            && defines_acronym(text, &range)
            && acronym::is_short_form(surface)
        {
            // "(Wbni)", "(Cbw)": a law's short form in lower case after its
            // capital, known only by its long form (never dropped on a guess).
            match acronym::define(text, &range, known, &mut out, &mut absorbed) {
                Some(Some(meaning)) => {
                    acronyms.insert(surface.to_string(), Some(meaning.clone()));
                    Some(meaning)
                }
                _ => None,
            }
        } else if single && is_acronym(surface) {
            match acronym::define(text, &range, known, &mut out, &mut absorbed) {
                Some(meaning) => {
                    acronyms.insert(surface.to_string(), meaning.clone());
                    meaning
                }
                None if is_formula(text, &range) => None,
                None if after_indefinite_article(text, words, start)
                    || plural_after_determiner(text, words, start) =>
                {
                    // "een UPV voor meubels": a kind of thing, not a name;
                    // nor is it anywhere else in the document.
                    acronyms.insert(surface.to_string(), None);
                    None
                }
                None if text[range.end..].starts_with('+') => {
                    // "SDE++": an acronym with plus signs names a scheme or a product.
                    range.end +=
                        text[range.end..].len() - text[range.end..].trim_start_matches('+').len();
                    Some((EntityType::Misc, name_link(&text[range.clone()])))
                }
                None => {
                    let mut found = classify_acronym(text, range.clone(), known, &out);
                    if found
                        .as_ref()
                        .is_some_and(|(t, _)| *t == EntityType::Location)
                        && let Some(s) = dateline_start(text, range.start)
                        && !overlaps(hard, &(s..range.start))
                    {
                        range.start = s;
                        let place = dateline_link(&text[range.clone()], ctx);
                        found = Some((EntityType::Location, place));
                    }
                    if let Some((ty, link)) = &found
                        && defines_acronym(text, &range)
                    {
                        acronyms.insert(surface.to_string(), Some((*ty, link.clone())));
                    }
                    found
                }
            }
        } else if single && is_camel_case(surface) {
            // "LinkedIn", "FrieslandCampina": a capital inside a word is a brand.
            Some((EntityType::Organisation, name_link(surface)))
        } else if single
            && ((sentence_start && !titled && !is_listed_place(surface, ctx))
                || cues::is_adjective_form(surface))
        {
            // A capital at a sentence start, or an adjective, says nothing
            // alone (a listed place the document never writes in lower case
            // does: "Genk verloor").
            None
        } else if capital_van {
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if single && member_surname(text, words, start, ctx) {
            // "de leden Stultiens (GroenLinks-PvdA) en Soepboer (NSC)".
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if is_place_compound(word(last), !single) {
            // "Jubelpark", "Noordstation", "Lotto Park", "Jan
            // Breydelstadion": a square, park, station or stadium.
            Some((EntityType::Location, place_link(surface, ctx)))
        } else if is_street(surface) && !before_house_number(text, range.end) {
            // "de Turnhoutsebaan", "Prinses Irenestraat": a street (in an
            // address, before its number, it is the letter's furniture),
            // with the title it is named by.
            if start > 0
                && cover[start - 1] == Cover::Free
                && title_before_street(text, words, start)
            {
                range.start = words[start - 1].range.start;
            }
            Some((EntityType::Location, place_link(&text[range.clone()], ctx)))
        } else if misc_cue_before(text, words, start) {
            Some((EntityType::Misc, built_link()))
        } else if org_class_before(text, words, start) {
            Some((EntityType::Organisation, built_link()))
        } else if titled {
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if single
            && let Some(title_end) = law_title::title_end(text, words, start)
            && let Some(years) = years_inside(text, hard, range.end..words[title_end].range.end)
            && years_inside(text, soft, range.end..words[title_end].range.end)
                .is_some_and(|known| known.is_empty())
        {
            // "Wet op het primair onderwijs": a law by its title, in
            // sentence case. A year in it ("Wet inkomstenbelasting 2001")
            // is the title's, not a date of its own; any other mention
            // inside, fixed or known, keeps the head alone.
            range.end = words[title_end].range.end;
            extended = title_end;
            absorbed.extend(years);
            Some((EntityType::Misc, name_link(&text[range.clone()])))
        } else if single
            && (MISC_HEADS.contains(&cues::lower(surface).as_ref()) || cues::is_unit_head(surface))
        {
            // "Verslag van het debat", "Plan", "Afdeling bestuursrechtspraak":
            // a head word alone names nothing.
            None
        } else if let Some(ty) = head_type(surface) {
            Some((ty, built_link()))
        } else if place_cue_before(text, words, start)
            || (ctx.places.contains(surface)
                && !(start > 0
                    && matches!(word(start - 1), "de" | "der" | "den" | "het")
                    && words[start].joined_to_prev))
        {
            // ("de Vries", "het Noorden": after an article, a surname or a
            // region; "een inwoner van Uithuizen" is the place.)
            // "bij Winsum", "de wegen rond Uithuizen": a place by its cue or its name.
            Some((EntityType::Location, place_link(surface, ctx)))
        } else if org_member_before(text, words, start) {
            Some((EntityType::Organisation, built_link()))
        } else if !single
            && (ctx.is_given(word(start))
                || (word(start).chars().count() == 1
                    && start < last
                    && text[words[start].range.end..].starts_with('.')))
            // At most five words besides particles ("A.J. de Ruyter van Steveninck").
            && (start..=last).filter(|&x| !is_particle(word(x))).count() <= 5
        {
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if !single
            && is_acronym(word(start))
            && last - start <= 2
            // ("FNV Metaal", "CNV Vakmensen": a known acronym leads one too,
            // not a common word: "NOS Over de NOS".)
            && (start + 1..=last).all(|x| cover[x] == Cover::Free)
            && (cover[start] == Cover::Free
                || (matches!(cover[start], Cover::Soft(_))
                    && !(start + 1..=last).any(|x| {
                        ctx.lower_words.contains(cues::lower(word(x)).as_ref())
                    })))
            && !(start..=last).any(|x| cues::is_adjective_form(word(x)))
            // Whole words after it, not letter-spaced fragments ("EX D", "UP V").
            && (start + 1..=last).all(|x| word(x).chars().count() >= 3 && !is_acronym(word(x)))
        {
            // "RTV Noord", "KPN Zakelijk": an unknown acronym leads a name
            // of a company or a broadcaster.
            Some((EntityType::Organisation, name_link(surface)))
        } else if !single
            && last - start <= 2
            && swallowed.is_empty()
            && speech_verb_before(text, words, start)
            && !(start..=last).any(|x| {
                is_particle(word(x))
                    || cues::is_adjective_form(word(x))
                    || ctx.lower_words.contains(cues::lower(word(x)).as_ref())
            })
        {
            // "zegt Boudewijn Siemons": two or three words, no head word,
            // after a verb of saying.
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if !single && swallowed.is_empty() && member_name(text, words, start, last, ctx) {
            // "Olger van Dijk (NSC)".
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if swallowed.is_empty() && is_dutch_name_shape(text, words, start, last, ctx) {
            // "Dolf van den Brink": a name, "van der" or "van den", and one
            // surname is a person's name, whoever it is.
            Some((EntityType::Person, person_link(surface, ctx)))
        } else if !swallowed.is_empty() {
            // Built on a known name without a head word: not a new name.
            None
        } else {
            // A capitalised sequence with no title, given name, initials,
            // head word or place cue is not taken for a person: bodies,
            // programmes and places ("Bestuurlijk Overleg", "Hoog Catharijne")
            // look the same.
            None
        };
        if let Some((ty, link)) = found {
            absorbed.extend(swallowed);
            out.push(Found { range, ty, link });
        }
        i = next.max(extended + 1);
    }
    Detection {
        found: out,
        absorbed,
        acronyms,
    }
}

/// The fixed mentions inside `r` (`hard` is sorted), if each is a year.
fn years_inside(text: &str, hard: &[Range<usize>], r: Range<usize>) -> Option<Vec<Range<usize>>> {
    let from = hard.partition_point(|h| h.end <= r.start);
    let mut years = Vec::new();
    for h in hard[from..].iter().take_while(|h| h.start < r.end) {
        let year = h.start >= r.start
            && h.end <= r.end
            && h.len() == 4
            && text.as_bytes()[h.clone()].iter().all(u8::is_ascii_digit);
        if !year {
            return None;
        }
        years.push(h.clone());
    }
    Some(years)
}

fn next_is_capitalised(text: &str, words: &[Word], at: usize) -> bool {
    words
        .get(at + 1)
        .is_some_and(|w| w.joined_to_prev && is_capitalised(&text[w.range.clone()]))
}

//! Reading the head of Kamervragen into [`KamervragenMeta`]: "Vragen van de
//! leden Ceder (ChristenUnie) en Dobbe (SP) aan de Ministers van Buitenlandse
//! Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking over
//! ontwikkelingen in Jemen (ingezonden 5 juni 2024)." and "Antwoord van
//! Minister Bruins Slot (BZ) … (ontvangen 28 juni 2024).": who asked (with
//! party), whom, about what, and who answered, with both dates.

use crate::document::DocDate;
use crate::document::kamervragen::{Answerer, KamervragenMeta, Questioner};
use regex::Regex;
use std::sync::LazyLock;

static VERGADERJAAR: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(?i)vergaderjaar\s+(\d{4}\s*[–—-]\s*\d{4})"));
static QUESTIONERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?:van|door) (?:het lid|de leden) (.+?) (?:aan (?:de|het) |over )")
});
static MEMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(\p{Lu}[^,()]*?)\s*\(([^()]+)\)"));
static ADDRESSED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"\) aan (?:de|het) (.+?) over "));
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r" over (.+?)\s*(?:\((?:ingezonden|kenmerk|nr\.)|\.\s*$|$)")
});
static SUBMITTED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"\bingezonden\s+([^)]{6,30}?\d{4})"));
static RECEIVED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"\bontvangen\s+([^)]{6,30}?\d{4})"));
static ANSWERER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"\b(Minister-President|Minister|Staatssecretaris|minister|staatssecretaris)\s+(\p{Lu}[\p{L}'’\-]*(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'’\-]*)*)\s*\(([^()]+)\)",
    )
});
static MINISTRY_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(?:,| en) (?:(?:van|voor) )"));

/// Reads the metadata from the masthead and the two opening sentences (each
/// joined into one line). Fields the text does not give stay empty.
pub fn read(masthead: &str, questions: &str, answer: &str) -> KamervragenMeta {
    let mut m = KamervragenMeta {
        vergaderjaar: VERGADERJAAR
            .captures(masthead)
            .or_else(|| VERGADERJAAR.captures(questions))
            .map(|c| c[1].to_string()),
        ..Default::default()
    };
    if let Some(c) = QUESTIONERS.captures(questions) {
        m.questioners = MEMBER
            .captures_iter(&c[1])
            .map(|p| Questioner {
                name: p[1].trim_start_matches("en ").trim().to_string(),
                party: Some(p[2].trim().to_string()),
            })
            .collect();
    }
    let addressed_end = ADDRESSED.captures(questions).map(|c| {
        m.addressed_to = roles(&c[1]);
        c.get(1).unwrap().end()
    });
    let from = addressed_end.unwrap_or(0);
    if let Some(c) = SUBJECT.captures(&questions[from..]) {
        m.subject = Some(c[1].trim().to_string()).filter(|s| !s.is_empty());
    }
    m.date_submitted = date_after(&SUBMITTED, questions);
    m.date_answered = date_after(&RECEIVED, answer);
    m.answered_by = ANSWERER
        .captures_iter(answer)
        .filter(|c| !c[3].trim_start().starts_with("ontvangen"))
        .map(|c| Answerer {
            name: c[2].to_string(),
            role: answerer_role(&c[1], &c[3], &m.addressed_to),
            as_printed: c[0].to_string(),
        })
        .collect();
    m
}

fn date_after(re: &Regex, s: &str) -> Option<DocDate> {
    DocDate::find_dutch(&re.captures(s)?[1]).map(|(d, _)| d)
}

/// "Ministers van A en voor B" → "Minister van A", "Minister voor B";
/// "Staatssecretaris en de Minister van C" → "Staatssecretaris van C",
/// "Minister van C".
fn roles(s: &str) -> Vec<String> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for part in s.split(" en de ").flat_map(|p| p.split(", de ")) {
        let part = part.trim();
        let (word, rest) = part.split_once(' ').unwrap_or((part, ""));
        let singular = match word {
            "Ministers" | "ministers" => "Minister",
            "Staatssecretarissen" | "staatssecretarissen" => "Staatssecretaris",
            w => w,
        };
        if rest.is_empty() {
            out.push((singular.to_string(), None));
            continue;
        }
        if singular != word {
            // Plural: one role per ministry, each led by "van" or "voor".
            let mut bounds: Vec<(usize, usize)> = vec![(0, 0)];
            for m in MINISTRY_SPLIT.find_iter(rest) {
                let prep = if m.as_str().ends_with("van ") { 4 } else { 5 };
                bounds.push((m.start(), m.end() - prep));
            }
            bounds.push((rest.len(), rest.len()));
            for w in bounds.windows(2) {
                let piece = rest[w[0].1..w[1].0].trim();
                out.push((format!("{singular} {piece}"), Some(piece.to_string())));
            }
        } else {
            out.push((format!("{singular} {rest}"), Some(rest.to_string())));
        }
    }
    // A role without its own ministry shares the next (or previous) one's.
    let ministries: Vec<Option<String>> = out.iter().map(|(_, m)| m.clone()).collect();
    out.iter()
        .enumerate()
        .map(|(i, (role, m))| match m {
            Some(_) => role.clone(),
            None => ministries[i + 1..]
                .iter()
                .chain(ministries[..i].iter().rev())
                .flatten()
                .next()
                .map_or(role.clone(), |mm| format!("{role} {mm}")),
        })
        .collect()
}

/// The full role of an answerer: "(BZ)" or "(Buitenlandse Zaken)" matched to
/// an addressed role ("Minister van Buitenlandse Zaken") by name or initials;
/// a portfolio after a dash goes in brackets.
fn answerer_role(word: &str, printed: &str, addressed: &[String]) -> String {
    let word = match word {
        "minister" => "Minister",
        "staatssecretaris" => "Staatssecretaris",
        w => w,
    };
    if word == "Minister-President" {
        return word.to_string();
    }
    let (ministry, portfolio) = match printed
        .split_once(['–', '—'])
        .or_else(|| printed.split_once(" - "))
    {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (printed.trim(), None),
    };
    let matched = addressed.iter().find_map(|a| {
        let (_, rest) = a.split_once(' ')?;
        let name = rest
            .strip_prefix("van ")
            .or_else(|| rest.strip_prefix("voor "))?;
        let same = name.eq_ignore_ascii_case(ministry)
            || (ministry.len() <= 6 && initials(name) == capitals(ministry));
        same.then(|| rest.to_string())
    });
    let base = match matched {
        Some(rest) => format!("{word} {rest}"),
        None => format!("{word} van {ministry}"),
    };
    match portfolio {
        Some(p) if !p.is_empty() => format!("{base} ({p})"),
        _ => base,
    }
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

fn capitals(abbr: &str) -> String {
    abbr.chars().filter(|c| c.is_uppercase()).collect()
}

/// Compiles this module's patterns now, the last used first (see
/// `parse::warm_patterns`).
pub(super) fn warm_patterns() {
    LazyLock::force(&MINISTRY_SPLIT);
    LazyLock::force(&ANSWERER);
    LazyLock::force(&RECEIVED);
    LazyLock::force(&SUBMITTED);
    LazyLock::force(&SUBJECT);
    LazyLock::force(&ADDRESSED);
    LazyLock::force(&MEMBER);
    LazyLock::force(&QUESTIONERS);
    LazyLock::force(&VERGADERJAAR);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_members_two_ministers_and_initials() {
        let m = read(
            "Tweede Kamer der Staten-Generaal Vergaderjaar 2023–2024 Aanhangsel van de Handelingen",
            "Vragen van de leden Ceder (ChristenUnie) en Dobbe (SP) aan de Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking over ontwikkelingen in Jemen (ingezonden 5 juni 2024).",
            "Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking) (ontvangen 28 juni 2024).",
        );
        assert_eq!(m.vergaderjaar.as_deref(), Some("2023–2024"));
        let q: Vec<(&str, &str)> = m
            .questioners
            .iter()
            .map(|q| (q.name.as_str(), q.party.as_deref().unwrap()))
            .collect();
        assert_eq!(q, [("Ceder", "ChristenUnie"), ("Dobbe", "SP")]);
        assert_eq!(
            m.addressed_to,
            [
                "Minister van Buitenlandse Zaken",
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
            ]
        );
        assert_eq!(m.subject.as_deref(), Some("ontwikkelingen in Jemen"));
        assert_eq!(m.date_submitted.unwrap().to_string(), "2024-06-05");
        assert_eq!(m.date_answered.unwrap().to_string(), "2024-06-28");
        let a: Vec<(&str, &str)> = m
            .answered_by
            .iter()
            .map(|a| (a.name.as_str(), a.role.as_str()))
            .collect();
        assert_eq!(
            a,
            [
                ("Bruins Slot", "Minister van Buitenlandse Zaken"),
                (
                    "Schreinemacher",
                    "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
                )
            ]
        );
        assert_eq!(m.answered_by[0].as_printed, "Minister Bruins Slot (BZ)");
    }

    #[test]
    fn shared_ministry_portfolio_and_names_with_particles() {
        let m = read(
            "",
            "Vragen van het lid Van der Plas (BBB) aan de Staatssecretaris en de Minister van Volksgezondheid, Welzijn en Sport over hulp aan jongeren (ingezonden 21 juni 2024).",
            "Antwoord van Staatssecretaris Van den Berg (Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024).",
        );
        assert_eq!(m.questioners[0].name, "Van der Plas");
        assert_eq!(
            m.addressed_to,
            [
                "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
                "Minister van Volksgezondheid, Welzijn en Sport"
            ]
        );
        assert_eq!(m.answered_by[0].name, "Van den Berg");
        assert_eq!(
            m.answered_by[0].role,
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport (Jeugd, Preventie en Sport)"
        );
    }

    #[test]
    fn an_answer_by_the_minister_without_name_names_nobody() {
        let m = read(
            "",
            "Vragen van het lid Jansen (PVV) aan de Minister van Justitie en Veiligheid over fietsendiefstal (ingezonden 3 maart 2024).",
            "Antwoord van de Minister van Justitie en Veiligheid (ontvangen 2 april 2024).",
        );
        assert!(m.answered_by.is_empty());
        assert_eq!(m.addressed_to, ["Minister van Justitie en Veiligheid"]);
        assert_eq!(m.subject.as_deref(), Some("fietsendiefstal"));
        assert_eq!(m.date_answered.unwrap().to_string(), "2024-04-02");
    }
}

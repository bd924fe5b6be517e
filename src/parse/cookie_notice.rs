//! A site's cookie notice as a web extractor keeps it: sentences that the
//! site and its partners use cookies, and the notice's buttons ("Akkoord",
//! "Weigeren", "Instellingen"; "Accept all", "Reject"). The news parser
//! folds the notice, text and buttons, as it folds menus: never deleted.
//!
//! A notice is a run of lines with no blank line between them, made of
//! buttons and of lines that speak of cookies, privacy or consent, with at
//! least one button and one line that says "cookie"; a run of buttons alone
//! right after it belongs to it, and a line that says "cookie" and ends in
//! its buttons is one alone. An article's paragraph about cookies has no
//! button beside it and stays text; a site's footer of links with a
//! "Cookie-instellingen" among them stays its navigation.

use crate::document::lines::{Line, split_lines};

/// The buttons of a cookie notice, in lower case, without a closing "!" or
/// full stop.
const BUTTONS: &[&str] = &[
    "akkoord",
    "akkoord en doorgaan",
    "ja, akkoord",
    "ja, ik ga akkoord",
    "ik ga akkoord",
    "accepteren",
    "alles accepteren",
    "alle cookies accepteren",
    "cookies accepteren",
    "accepteer",
    "accepteer alles",
    "accepteer alle cookies",
    "toestaan",
    "alles toestaan",
    "alleen noodzakelijk",
    "alleen noodzakelijke",
    "alleen functioneel",
    "alleen noodzakelijke cookies",
    "alleen functionele cookies",
    "noodzakelijke cookies",
    "weigeren",
    "alles weigeren",
    "weiger",
    "nee, bedankt",
    "afwijzen",
    "alles afwijzen",
    "instellingen",
    "cookie-instellingen",
    "cookie instellingen",
    "cookies instellen",
    "privacy-instellingen",
    "privacyinstellingen",
    "instellingen aanpassen",
    "voorkeuren",
    "voorkeuren beheren",
    "voorkeuren aanpassen",
    "voorkeuren instellen",
    "cookievoorkeuren",
    "instellingen beheren",
    "keuzes beheren",
    "meer opties",
    "accept",
    "accept all",
    "accept all cookies",
    "accept cookies",
    "allow all",
    "reject",
    "reject all",
    "decline",
    "manage preferences",
    "manage cookies",
    "cookie settings",
    "cookies settings",
    "settings",
    "more options",
    "agree",
    "i agree",
];

/// The most characters of a notice's line: more is an article's text.
const MOST_TEXT: usize = 1200;

/// Whether a line is one of a cookie notice's buttons.
fn is_button(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['.', '!']);
    t.len() <= 40 && BUTTONS.iter().any(|b| b.eq_ignore_ascii_case(t))
}

/// Whether a line ends in a notice's buttons after its last sentence:
/// "… te verbeteren. Accepteren · Weigeren · Instellingen", "… ervaring te
/// geven. Akkoord Instellingen", "… advertenties te tonen. Cookie-instellingen".
fn ends_in_buttons(t: &str) -> bool {
    let t = t.trim();
    let Some(cut) = t.rfind(['.', '!', '?']) else {
        return false;
    };
    let tail = t[cut + 1..].trim();
    !tail.is_empty()
        && tail
            .split(['·', '|'])
            .all(|item| splits_into_buttons(item.trim()))
}

/// Whether `s` is one or more buttons in a row, parted by spaces only
/// ("Akkoord Instellingen"; "Alles accepteren").
fn splits_into_buttons(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    if is_button(s) {
        return true;
    }
    // The longest button the words begin with, then the rest.
    let ends: Vec<usize> = s.match_indices(' ').map(|(i, _)| i).collect();
    ends.iter()
        .rev()
        .any(|&i| is_button(&s[..i]) && splits_into_buttons(s[i + 1..].trim_start()))
}

/// Whether text speaks of cookies ("cookies", "cookiebeleid",
/// "Cookie-instellingen").
fn says_cookie(t: &str) -> bool {
    t.to_lowercase().contains("cookie")
}

/// Whether text speaks of what a notice asks: cookies, privacy, consent.
fn says_consent(t: &str) -> bool {
    let l = t.to_lowercase();
    ["cookie", "privacy", "toestemming", "consent", "partners"]
        .iter()
        .any(|w| l.contains(w))
}

/// Whether `text` has a cookie notice: a web page's (a sign of a news
/// page for [`super::kind`]). Lines are read only where "cookie" stands.
pub fn has_notice(text: &str) -> bool {
    (text.contains("ookie") || text.contains("OOKIE")) && {
        let lines = split_lines(text);
        mark(text, &lines).contains(&true)
    }
}

/// Which lines of `lines` are a cookie notice.
pub fn mark(text: &str, lines: &[Line]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut i = 0;
    let mut last_notice_end: Option<usize> = None;
    while i < lines.len() {
        if lines[i].is_blank() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].is_blank() {
            i += 1;
        }
        let run = start..i;
        // A line that says "cookie" and ends in its buttons is a notice alone.
        for k in run.clone() {
            let t = lines[k].text(text);
            if t.len() <= 4 * MOST_TEXT && says_cookie(t) && ends_in_buttons(t) {
                out[k] = true;
                last_notice_end = Some(k + 1);
            }
        }
        let buttons = run
            .clone()
            .filter(|&k| is_button(lines[k].text(text)))
            .count();
        // Buttons alone, right after a notice (past blank lines only).
        if buttons == run.len()
            && last_notice_end.is_some_and(|e| lines[e..start].iter().all(Line::is_blank))
        {
            out[run.clone()].fill(true);
            last_notice_end = Some(i);
            continue;
        }
        if buttons == 0 {
            continue;
        }
        // The notice ends at its last button: lines after it in the same
        // run are the page's (its masthead and menus: "Akkoord" /
        // "Instellingen aanpassen" / "RTV Drenthe" / "Nieuws" …).
        let last = run
            .clone()
            .rev()
            .find(|&k| is_button(lines[k].text(text)))
            .unwrap_or(run.end - 1);
        let run = run.start..last + 1;
        // Every other line speaks of cookies, privacy or consent, one of
        // them of cookies; not too long to be a notice's.
        let texts: Vec<&str> = run
            .clone()
            .map(|k| lines[k].text(text))
            .filter(|t| !is_button(t))
            .collect();
        let notice = texts.iter().any(|t| says_cookie(t))
            && texts.iter().all(|t| {
                t.len() <= 4 * MOST_TEXT && t.chars().count() <= MOST_TEXT && says_consent(t)
            });
        if notice {
            out[run.clone()].fill(true);
            last_notice_end = Some(run.end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(t: &str) -> Vec<&str> {
        let lines = split_lines(t);
        let m = mark(t, &lines);
        lines
            .iter()
            .zip(m)
            .filter(|(_, m)| *m)
            .map(|(l, _)| l.text(t))
            .collect()
    }

    #[test]
    fn a_notice_with_its_buttons_is_marked() {
        let t = "De Krant gebruikt cookies\nWij en onze partners plaatsen cookies om advertenties te tonen.\nAkkoord\nWeigeren\n\nInstellingen\n\nNieuws\nSport\n\nKop van het stuk\n";
        assert_eq!(
            marked(t),
            vec![
                "De Krant gebruikt cookies",
                "Wij en onze partners plaatsen cookies om advertenties te tonen.",
                "Akkoord",
                "Weigeren",
                "Instellingen"
            ]
        );
        // A third button that adjusts the choice goes with the notice too.
        let t = "Deze site gebruikt cookies\nDe Koerier en haar partners gebruiken cookies.\nAlles accepteren\nAlleen functioneel\nVoorkeuren aanpassen\n\nNaar zoeken\n";
        assert_eq!(marked(t).last(), Some(&"Voorkeuren aanpassen"));
        let english = "We value your privacy\nWe and our partners use cookies to personalise content.\nAccept all\nReject all\nManage preferences\n";
        assert_eq!(marked(english).len(), 5);
    }

    #[test]
    fn a_line_ending_in_its_buttons_is_marked() {
        for line in [
            "Oogstbode gebruikt cookies om de website te verbeteren. Accepteren · Weigeren · Instellingen",
            "Deze site gebruikt cookies om je een betere ervaring te geven. Akkoord Instellingen",
            "NU.nl gebruikt cookies van partners om advertenties te tonen. Cookie-instellingen",
            "Wij gebruiken cookies om het gebruik te meten. Alles accepteren · Alleen noodzakelijke",
        ] {
            assert_eq!(marked(&format!("{line}\n")), vec![line]);
        }
        // Counter-examples: a sentence on cookies with no buttons after it,
        // or words after it that are no buttons.
        for line in [
            "Krijgsmacht Vandaag is een uitgave van Vakmedia. Deze site gebruikt cookies. Lees ons privacybeleid.",
            "De ACM beboet sites die cookies plaatsen. Akkoord gaan is niet genoeg",
            "Wij gebruiken cookies om het gebruik te meten. Akkoord Nieuws",
        ] {
            assert!(marked(&format!("{line}\n")).is_empty(), "{line}");
        }
    }

    #[test]
    fn an_article_about_cookies_is_not() {
        // No button beside the text.
        let t = "De ACM beboet sites die cookies plaatsen zonder toestemming.\nDe boetes lopen op.\n\nAkkoord\n";
        assert!(marked(t).is_empty(), "{:?}", marked(t));
        // A button word beside text that says nothing of cookies.
        let t = "Het kabinet en de vakbonden zijn het eens.\nAkkoord\n";
        assert!(marked(t).is_empty());
        // A footer of links with a cookie button among them.
        let t = "DUIC\nOver DUIC\nRedactie\nPrivacyverklaring\nCookie-instellingen\n© 2026 DUIC\n";
        assert!(marked(t).is_empty(), "{:?}", marked(t));
        // The page's masthead and menus after the notice's last button.
        let t = "RTV Oost gebruikt cookies om de site te laten werken.\nAkkoord\nInstellingen aanpassen\nRTV Oost\nNieuws\nSport\n";
        assert_eq!(
            marked(t),
            vec![
                "RTV Oost gebruikt cookies om de site te laten werken.",
                "Akkoord",
                "Instellingen aanpassen"
            ]
        );
        let t = "DUIC\nOver DUIC\nRedactie\nPrivacyverklaring\nCookie-instellingen\n© 2026 DUIC\n";
        assert!(marked(t).is_empty(), "{:?}", marked(t));
        // Buttons with a line that speaks of privacy but not of cookies.
        let t = "Uw privacy is belangrijk voor ons.\nAkkoord\n";
        assert!(marked(t).is_empty());
    }
}

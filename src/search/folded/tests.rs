use super::*;

proptest::proptest! {
    /// Eight bytes at a time, as one byte at a time would.
    #[test]
    fn ascii_is_lowered_and_its_capitals_told(run in "[\\x00-\\x7F]{0,200}", pre in "[a-z]{0,3}") {
        let mut out = pre.clone();
        let mut capitals = Vec::new();
        push_ascii_lower(&mut out, run.as_bytes(), |i| capitals.push(i));
        proptest::prop_assert_eq!(out, format!("{pre}{}", run.to_ascii_lowercase()));
        let want: Vec<usize> = run.bytes().enumerate().filter(|(_, b)| b.is_ascii_uppercase()).map(|(i, _)| i).collect();
        proptest::prop_assert_eq!(capitals, want);
    }
}

/// Every folded range maps back to what it was folded from.
fn roundtrip(clean: &str) {
    let f = FoldedText::new(clean);
    for view in [View::Lower, View::Cased] {
        let mut from = 0;
        for (at, c) in clean.char_indices().chain([(clean.len(), ' ')]) {
            if at == clean.len() {
                break;
            }
            let r = f.to_folded(view, at..at + c.len_utf8());
            assert_eq!(r.start, f.to_folded(view, from..at).end, "{clean:?} {at}");
            let mut s = String::new();
            fold_char(c, view, &mut s);
            assert_eq!(&f.text(view)[r.clone()], s, "{clean:?} {c:?}");
            from = at;
        }
        assert_eq!(f.to_folded(view, 0..clean.len()), 0..f.text(view).len());
        // (A range never starts with a dropped mark, even at the start.)
        let all = f.to_clean(view, 0..f.text(view).len());
        let marks = clean.chars().take_while(|c| is_combining_mark(*c));
        assert_eq!(all, marks.map(char::len_utf8).sum::<usize>()..clean.len());
    }
}

#[test]
fn folds_dutch_diacritics() {
    let f = FoldedText::new("Oekraïne heeft geëist, één café");
    assert_eq!(f.text(View::Lower), "oekraine heeft geeist, een cafe");
    assert_eq!(f.text(View::Cased), "Oekraine heeft geeist, een cafe");
    roundtrip("Oekraïne heeft geëist, één café");
}

#[test]
fn maps_back_to_clean_boundaries() {
    let clean = "De Oekraïne is groot";
    let f = FoldedText::new(clean);
    let at = f.text(View::Lower).find("oekraine").unwrap();
    let r = f.to_clean(View::Lower, at..at + "oekraine".len());
    assert_eq!(&clean[r], "Oekraïne");
    // "i" alone is the whole "ï".
    let i = f.text(View::Lower).find("ine").unwrap();
    assert_eq!(&clean[f.to_clean(View::Lower, i..i + 1)], "ï");
    assert_eq!(&clean[f.to_clean(View::Lower, i + 1..i + 3)], "ne");
}

#[test]
fn combining_marks_are_dropped_and_stay_with_their_letter() {
    // "e" + COMBINING DIAERESIS, as a decomposed "geëist".
    let clean = "gee\u{0308}ist x\u{0301}";
    let f = FoldedText::new(clean);
    assert_eq!(f.text(View::Lower), "geeist x");
    let at = f.text(View::Lower).find("geeist").unwrap();
    assert_eq!(
        &clean[f.to_clean(View::Lower, at..at + 6)],
        "gee\u{0308}ist"
    );
    // "ee" ends after the mark; "is" starts after it.
    assert_eq!(&clean[f.to_clean(View::Lower, 1..3)], "ee\u{0308}");
    assert_eq!(&clean[f.to_clean(View::Lower, 3..5)], "is");
    // A match at the end takes the marks after it.
    let x = f.text(View::Lower).len() - 1;
    assert_eq!(&clean[f.to_clean(View::Lower, x..x + 1)], "x\u{0301}");
    roundtrip(clean);
    // A mark at the very start, with nothing to go with.
    roundtrip("\u{0301}\u{0301}a\u{0301}\u{0301}");
}

#[test]
fn ligatures_and_eszett_follow_nfkd() {
    let clean = "Oﬃce Straße ẞ Ĳssel Å ½";
    let f = FoldedText::new(clean);
    assert_eq!(f.text(View::Cased), "Office Straße ẞ IJssel A 1⁄2");
    assert_eq!(f.text(View::Lower), "office straße ß ijssel a 1⁄2");
    // Half a ligature maps to all of it.
    let i = f.text(View::Lower).find("ff").unwrap();
    assert_eq!(&clean[f.to_clean(View::Lower, i..i + 1)], "ﬃ");
    let j = f.text(View::Lower).find("js").unwrap();
    assert_eq!(&clean[f.to_clean(View::Lower, j..j + 2)], "Ĳs");
    roundtrip(clean);
}

#[test]
fn wide_chars_and_emoji_keep_their_bytes() {
    let clean = "北京 ＡＢＣ 👩‍💻 🇳🇱 Ωμέγα ПРИВЕТ";
    let f = FoldedText::new(clean);
    assert_eq!(f.text(View::Lower), "北京 abc 👩‍💻 🇳🇱 ωμεγα привет");
    assert_eq!(f.text(View::Cased), "北京 ABC 👩‍💻 🇳🇱 Ωμεγα ПРИВЕТ");
    let at = f.text(View::Lower).find("привет").unwrap();
    assert_eq!(
        &clean[f.to_clean(View::Lower, at..at + "привет".len())],
        "ПРИВЕТ"
    );
    let b = f.text(View::Lower).find('b').unwrap();
    assert_eq!(&clean[f.to_clean(View::Lower, b..b + 1)], "Ｂ");
    // Same-length case pairs and emoji need no map entries.
    let plain = FoldedText::new("ПРИВЕТ 👩‍💻 北京 Ωμεγα");
    assert_eq!(plain.units(), (0, 0));
    roundtrip(clean);
}

#[test]
fn lower_case_may_change_length() {
    // Kelvin sign (3 bytes) → "k", capital dotted I → "i".
    let clean = "\u{212A}elvin İstanbul";
    let f = FoldedText::new(clean);
    assert_eq!(f.text(View::Lower), "kelvin istanbul");
    assert_eq!(f.text(View::Cased), "Kelvin Istanbul");
    roundtrip(clean);
}

#[test]
fn cursor_agrees_with_binary_search() {
    let clean = "ïa\u{0301}ﬁ Ωé ë x\u{0301}\u{0302} ﬃ ĳ ÿ end";
    let f = FoldedText::new(clean);
    for view in [View::Lower, View::Cased] {
        let mut cur = f.cursor(view);
        let len = f.text(view).len();
        for s in 0..=len {
            let a = cur.offset(s, false);
            assert_eq!(a, f.map(view).to_clean(s, false), "{view:?} {s}");
        }
        let mut cur = f.cursor(view);
        for s in 0..=len {
            assert_eq!(cur.offset(s, true), f.map(view).to_clean(s, true));
        }
    }
}

#[test]
fn a_cased_view_made_from_its_marks_leaves_the_text_equal() {
    let a = FoldedText::new("De NAVO en Oekraïne");
    let b = a.clone();
    assert_eq!(a.text(View::Cased), "De NAVO en Oekraine");
    assert_eq!(a, b);
    assert_ne!(a, FoldedText::new("De Navo en Oekraïne"));
}

#[test]
fn empty_and_plain_texts() {
    let f = FoldedText::new("");
    assert_eq!(f.text(View::Lower), "");
    assert_eq!(f.to_clean(View::Lower, 0..0), 0..0);
    let f = FoldedText::new("Plain ASCII text, 16+ bytes long.");
    assert_eq!(f.units(), (0, 0));
    assert_eq!(f.text(View::Lower), "plain ascii text, 16+ bytes long.");
}

proptest::proptest! {
    /// One buffer folded again and again holds what a fresh fold holds,
    /// whatever it held before (a text kept as case marks after one kept
    /// whole, a long text after a short one, and back).
    #[test]
    fn a_refolded_buffer_equals_a_fresh_fold(
        texts in proptest::collection::vec(
            "([a-zA-Z ,.]|ë|Ï|é|ﬁ|ẞ|\u{212A}|İ|Ω|e\u{0308}|\u{0301}|北){0,60}",
            1..6,
        )
    ) {
        let mut buffer = FoldedText::default();
        for t in &texts {
            buffer.refold(t);
            let fresh = FoldedText::new(t);
            proptest::prop_assert_eq!(&buffer, &fresh);
            for view in [View::Lower, View::Cased] {
                proptest::prop_assert_eq!(buffer.text(view), fresh.text(view));
                let all = 0..fresh.text(view).len();
                proptest::prop_assert_eq!(
                    buffer.to_clean(view, all.clone()),
                    fresh.to_clean(view, all)
                );
            }
        }
    }
}

#[test]
fn a_view_is_only_of_the_text_it_was_folded_from() {
    // A document's view, a view of another text of the same length, and of
    // a copy of the text: only the first is taken for the document's.
    let clean = String::from("kamer NAVO de MH17 de NAVO Nieuws NAVO");
    let own = FoldedText::new(&clean);
    let other = FoldedText::new("kamer Kamer de navo, niet dit document");
    assert_eq!(other.clean_len(), clean.len());
    assert!(own.is_of(&clean));
    assert!(!other.is_of(&clean));
    assert!(!own.is_of(&clean.clone()));
}

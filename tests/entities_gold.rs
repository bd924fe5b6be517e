//! Entity recognition measured against hand-made gold annotations
//! (tests/gold/README.md): the five bundled seeds must reach precision ≥ 0.95
//! and recall ≥ 0.90 for every type; eight texts the rules were not written
//! for (tests/fixtures/, see SOURCES.md there) are measured and reported,
//! whatever the figures are.
//!
//! `cargo test --test entities_gold -- --nocapture` prints the tables;
//! `BRIEF_GOLD_ERRORS=1` also lists every miss and false hit;
//! `BRIEF_GOLD_RULES=1` measures the rules alone (the tagger left out),
//! `BRIEF_GOLD_NO_NEW_NAMES=1` with the tagger making no names of its own;
//! `BRIEF_GOLD_DUMP=DIR` writes each gold file's predicted mentions to
//! `DIR/NAME.pred.tsv` (clean start, end, type), the input of the tagger's
//! experiments.

use brief::corpus::Corpus;
use brief::entities::{EntityIndex, EntityType, Recogniser, gold};
use std::collections::BTreeSet;
use std::path::PathBuf;

type Span = (usize, usize, EntityType);

struct Gold {
    file: gold::GoldFile,
    spans: Vec<Span>,
}

fn read_gold(name: &str) -> Gold {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/gold")
        .join(name);
    let raw = std::fs::read_to_string(&path).unwrap();
    let g = gold::parse(&raw).unwrap_or_else(|e| panic!("{name}: {e}"));
    Gold {
        spans: g
            .spans
            .iter()
            .map(|(r, ty)| (r.start, r.end, *ty))
            .collect(),
        file: g,
    }
}

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    predicted: usize,
    gold: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.tp as f64 / self.predicted as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
}

/// Scores per type over the gold files, with the corpus the documents come from.
fn measure(corpus: &Corpus, golds: &[&str]) -> [Score; 7] {
    let mut rec = Recogniser::bundled();
    rec.use_tagger = std::env::var_os("BRIEF_GOLD_RULES").is_none();
    rec.tagger_makes_names &= std::env::var_os("BRIEF_GOLD_NO_NEW_NAMES").is_none();
    let index = EntityIndex::build(corpus, &rec);
    let verbose = std::env::var_os("BRIEF_GOLD_ERRORS").is_some();
    let mut scores = [Score::default(); 7];
    for name in golds {
        let gold = read_gold(name);
        let (entry, doc) = gold
            .file
            .document_in(corpus)
            .unwrap_or_else(|e| panic!("{name}: {}", e.why));
        let predicted: BTreeSet<Span> = index
            .mentions(entry)
            .iter()
            .map(|m| (m.clean.start, m.clean.end, m.ty))
            .collect();
        let gold_set: BTreeSet<Span> = gold.spans.iter().copied().collect();
        if let Some(dir) = std::env::var_os("BRIEF_GOLD_DUMP") {
            let rows: String = predicted
                .iter()
                .map(|(s, e, t)| format!("{s}\t{e}\t{t}\n"))
                .collect();
            std::fs::write(PathBuf::from(dir).join(format!("{name}.pred.tsv")), rows).unwrap();
        }
        for t in EntityType::ALL {
            let s = &mut scores[t.index()];
            s.predicted += predicted.iter().filter(|x| x.2 == t).count();
            s.gold += gold_set.iter().filter(|x| x.2 == t).count();
            s.tp += predicted
                .iter()
                .filter(|x| x.2 == t && gold_set.contains(x))
                .count();
        }
        if verbose {
            let show = |s: &Span| &doc.clean[s.0..s.1];
            for s in gold_set.difference(&predicted) {
                println!("{name}: missed {} {:?} @{}", s.2, show(s), s.0);
            }
            for s in predicted.difference(&gold_set) {
                println!("{name}: false  {} {:?} @{}", s.2, show(s), s.0);
            }
        }
    }
    scores
}

fn table(title: &str, scores: &[Score; 7]) {
    println!(
        "\n{title}\n| type | gold | found | right | precision | recall |\n|---|---:|---:|---:|---:|---:|"
    );
    let mut all = Score::default();
    for t in EntityType::ALL {
        let s = scores[t.index()];
        all.tp += s.tp;
        all.predicted += s.predicted;
        all.gold += s.gold;
        println!(
            "| {} | {} | {} | {} | {:.2} | {:.2} |",
            t.code(),
            s.gold,
            s.predicted,
            s.tp,
            s.precision(),
            s.recall()
        );
    }
    println!(
        "| all | {} | {} | {} | {:.2} | {:.2} |",
        all.gold,
        all.predicted,
        all.tp,
        all.precision(),
        all.recall()
    );
}

const SEEDS: [&str; 5] = [
    "000_41a71a60a2f546d1.gold.txt",
    "001_db6bec3f799fe721.gold.txt",
    "002_a41dc14b02e17b5c.gold.txt",
    "003_64af60602162f07a.gold.txt",
    "004_425c361073e3d6d9.gold.txt",
];

#[test]
fn seeds_meet_the_bar_for_every_type() {
    let scores = measure(&Corpus::bundled(), &SEEDS);
    table("seeds", &scores);
    for t in EntityType::ALL {
        let s = scores[t.index()];
        assert!(
            s.precision() >= 0.95 && s.recall() >= 0.90,
            "{t}: precision {:.2}, recall {:.2} ({} found, {} gold)",
            s.precision(),
            s.recall(),
            s.predicted,
            s.gold
        );
    }
}

/// Measures the fixtures `files` (tests/fixtures/NAME.txt against
/// tests/gold/NAME.gold.txt), prints their table under `title`, and returns
/// the number of gold mentions.
fn measure_fixtures(title: &str, files: &[&str]) -> usize {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|f| root.join("tests/fixtures").join(format!("{f}.txt")))
        .collect();
    let golds: Vec<String> = files.iter().map(|f| format!("{f}.gold.txt")).collect();
    let names: Vec<&str> = golds.iter().map(String::as_str).collect();
    let scores = measure(&Corpus::open(&paths), &names);
    table(title, &scores);
    scores.iter().map(|s| s.gold).sum()
}

#[test]
fn held_out_texts_are_measured() {
    let gold = measure_fixtures(
        "held-out texts",
        &[
            "kamerbrief_sahel",
            "nieuws_top",
            "kamerbrief_sancties",
            "nieuws_haven",
            "notitie_graan",
            "kamerbrief_stikstof",
            "kamervragen_ransomware",
            "nieuws_eemshaven",
        ],
    );
    // Figures are reported, not required; the measurement itself must be real.
    assert!(gold > 200, "only {gold} gold mentions");
}

/// Texts written and annotated after the rules of issue 12's second round,
/// without looking at the rules, the gazetteer or brief's output (their
/// errors were read in the third round, so they are a development set now).
#[test]
fn fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "fresh texts",
        &[
            "fresh_kamerbrief_water",
            "fresh_kamervragen_jeugdzorg",
            "fresh_nieuws_energie",
        ],
    );
    assert!(gold > 150, "only {gold} gold mentions");
}

/// Texts written and annotated during issue 12's third round, without
/// looking at the rules, the gazetteer or brief's output. Their errors were
/// read on 3 December 2026 (one rule came of it, on amounts), so they are a
/// development set now; an honest unseen figure needs new texts.
#[test]
fn second_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "second fresh texts",
        &[
            "fresh2_kamerbrief_defensie",
            "fresh2_kamervragen_onderwijs",
            "fresh2_nieuws_regio",
            "fresh2_nieuws_buitenland",
        ],
    );
    assert!(gold > 300, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's fourth round (3 December
/// 2026), by someone who saw neither the rules, the gazetteer, the tests nor
/// brief's output: a Kamerbrief on housing (three PDF pages, sidebar,
/// footnotes), Kamervragen on a painting at auction, a business article on
/// the EU–Mercosur deal and a sports article, both with their site chrome.
/// Unseen when first measured; say so in the README if their errors are
/// ever read.
#[test]
fn third_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "third fresh texts",
        &[
            "fresh3_kamerbrief_woningbouw",
            "fresh3_kamervragen_erfgoed",
            "fresh3_nieuws_mercosur",
            "fresh3_nieuws_schaatsen",
        ],
    );
    assert!(gold > 350, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's fifth round (3 December
/// 2026), by someone who saw neither the rules, the gazetteer, the tests nor
/// brief's output: a Kamerbrief on asylum reception (pdftotext layout with
/// sidebar, form feeds and end notes), Kamervragen on a medicine shortage,
/// a regional crime article and a tech article, both with site chrome.
/// Unseen: their errors have not been read.
#[test]
fn fourth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "fourth fresh texts",
        &[
            "fresh4_kamerbrief_asielopvang",
            "fresh4_kamervragen_geneesmiddelen",
            "fresh4_nieuws_drugsafval",
            "fresh4_nieuws_cloud",
        ],
    );
    assert!(gold > 300, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's sixth round (4 December
/// 2026), by someone who saw neither the rules, the gazetteer, the tests nor
/// brief's output: a Kamerbrief on the pension transition (pdftotext layout
/// with sidebar, form feeds and page-foot notes), Kamervragen on bird flu, a
/// NOS foreign-news article, a culture article full of titles, a regional
/// business article, and two Flemish newspaper articles in the tokenised
/// one-sentence-a-line form of NLP corpora.
#[test]
fn fifth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "fifth fresh texts",
        &[
            "fresh5_kamerbrief_pensioen",
            "fresh5_kamervragen_landbouw",
            "fresh5_nieuws_nos",
            "fresh5_nieuws_cultuur",
            "fresh5_nieuws_bedrijven",
            "fresh5_krant_vlaanderen",
        ],
    );
    assert!(gold > 600, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's sixth round (4 December 2026,
/// later), by writers who saw neither the rules, the gazetteer, the tests
/// nor brief's output, after the fourth set's errors had been shown once by
/// mistake: a Kamerbrief on prisons and organised crime (pdftotext layout
/// with sidebar and page-foot notes), Kamervragen on a railway line, a
/// national news site's political article, and newspaper sport and news
/// pages in the tokenised one-sentence-a-line form. Their errors were read
/// in issue 12's ninth round (4 December 2026), when the eighth set was
/// written as the unseen one.
#[test]
fn sixth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "sixth fresh texts",
        &[
            "fresh6_kamerbrief_justitie",
            "fresh6_kamervragen_verkeer",
            "fresh6_nieuws_nu",
            "fresh6_krant_sport",
        ],
    );
    assert!(gold > 450, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's seventh round (4 December
/// 2026), by two writers who saw neither the rules, the gazetteer, the
/// tests nor brief's output: a BZ Kamerbrief on EU enlargement (pdftotext
/// form, sidebar lines, page-foot notes), Kamervragen on a Frisian
/// hospital, a regional broadcaster's court article, tokenised newspaper
/// economy pages and a tech site's science article. Their errors were read
/// in issue 12's tenth round (5 December 2026), when the ninth set was
/// written as the unseen one.
#[test]
fn seventh_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "seventh fresh texts",
        &[
            "fresh7_kamerbrief_buitenland",
            "fresh7_kamervragen_zorg",
            "fresh7_nieuws_omroep",
            "fresh7_krant_economie",
            "fresh7_nieuws_tech",
        ],
    );
    assert!(gold > 650, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's eighth round (4 December
/// 2026), by two writers who saw neither the rules, the gazetteer, the
/// tests nor brief's output: a KGG Kamerbrief on grid congestion
/// (`pdftotext -layout` form, sidebar, page-foot notes), Kamervragen on a
/// childcare-benefit recovery case, a Flemish broadcaster's political
/// article, a financial paper's takeover article with paywall chrome, and
/// tokenised sport and short-news pages. In issue 12's tenth round (5
/// December 2026) a command meant to show the seventh set's errors printed
/// the first forty of this set's too; from then on its errors were read as
/// well, and the ninth set is the unseen one.
#[test]
fn eighth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "eighth fresh texts",
        &[
            "fresh8_kamerbrief_netcongestie",
            "fresh8_kamervragen_toeslagen",
            "fresh8_nieuws_vrt",
            "fresh8_nieuws_financieel",
            "fresh8_krant_wielrennen",
        ],
    );
    assert!(gold > 750, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's tenth round (5 December
/// 2026), by two writers who saw neither the rules, the gazetteer, the
/// tests nor brief's output: an OCW Kamerbrief on the media budget and the
/// public broadcaster (pdftotext form, sidebar lines, page-foot notes),
/// Kamervragen on cargo night flights, a commercial broadcaster's article
/// on a supermarket price war, tokenised Flemish newspaper pages and a
/// quality paper's analysis of the EU migration pact. Their errors were
/// read from issue 12's twelfth round on (5 December 2026), once the tenth
/// set below had been written as the unseen one.
#[test]
fn ninth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "ninth fresh texts",
        &[
            "fresh9_kamerbrief_cultuur",
            "fresh9_kamervragen_luchtvaart",
            "fresh9_nieuws_rtl",
            "fresh9_krant_binnenland",
            "fresh9_nieuws_opinie",
        ],
    );
    assert!(gold > 700, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's twelfth round (5 December
/// 2026), by two writers who saw neither the rules, the gazetteer, the tests
/// nor brief's output: a BZK Kamerbrief on algorithms, the AI Act and a
/// municipal data breach (`pdftotext -layout`, sidebar beside the
/// addressee), Kamervragen on North Sea fisheries and wind farms, a regional
/// site's article on a hospital merger in Twente, a tech site's article on an
/// AI-chip start-up and tokenised foreign-news pages. Their errors were read
/// from issue 12's thirteenth round on (5 December 2026), once the eleventh
/// set below had been written as the unseen one.
#[test]
fn tenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "tenth fresh texts",
        &[
            "fresh10_kamerbrief_digitaal",
            "fresh10_kamervragen_visserij",
            "fresh10_nieuws_regionaal",
            "fresh10_nieuws_tech",
            "fresh10_krant_buitenland",
        ],
    );
    assert!(gold > 700, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's thirteenth round (5 December
/// 2026), by two writers who saw neither the rules, the gazetteer, the tests
/// nor brief's errors: a Financiën Kamerbrief on the tax office's systems,
/// box 3 and a bank's fraud case (the interleaved form of a PDF, with a
/// boxed kader and sidebars), Kamervragen on foreign influence in university
/// research (`pdftotext -layout`), a quality paper's background piece on
/// seasonal workers' housing, a regional broadcaster's article on a fire as
/// an extractor writes it in Markdown, and a news site's liveblog of an EU
/// summit. Unseen until the fourteenth round (5 December 2026, fifth
/// session), whose rules were built from their errors once the twelfth set
/// below had been written as the unseen one.
#[test]
fn eleventh_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "eleventh fresh texts",
        &[
            "fresh11_kamerbrief_belastingen",
            "fresh11_kamervragen_onderzoek",
            "fresh11_nieuws_achtergrond",
            "fresh11_nieuws_markdown",
            "fresh11_nieuws_liveblog",
        ],
    );
    assert!(gold > 750, "only {gold} gold mentions");
}

/// Texts written and annotated for issue 12's fourteenth round (5 December
/// 2026, fifth session), by two writers who saw neither the rules, the
/// gazetteer, the tests nor brief's errors: a Buitenlandse Zaken Kamerbrief,
/// the annotated agenda of an EU Foreign Affairs Council (`pdftotext`
/// form), Kamervragen to VWS on a hockey federation's bankrupt sponsor
/// (`pdftotext` form), an NOS-like article on a cabinet row over a rail
/// budget, an FD-like article on a takeover bid and a Sporza-like Flemish
/// match report. Their errors were read from the fifteenth round on.
#[test]
fn twelfth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twelfth fresh texts",
        &[
            "fresh12_kamerbrief_eu",
            "fresh12_kamervragen_sport",
            "fresh12_nieuws_nos",
            "fresh12_nieuws_zakelijk",
            "fresh12_nieuws_sport",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// Five more texts written on 5 December 2026 by writers who saw only the
/// guidelines, earlier fixtures and real extractions: a Justitie en
/// Veiligheid Kamerbrief on a failure of electronic monitoring
/// (`pdftotext -layout` form with its sidebar interleaved), Kamervragen to
/// VRO on a housing corporation's stalled renovation (`pdftotext` form), an
/// NH Nieuws-like regional article on a wind farm, a Belga-like article on an
/// EU trade deal and a Markdown interview from a weekly. Their errors were
/// read in the sixteenth round, after the fourteenth set was written.
#[test]
fn thirteenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "thirteenth fresh texts",
        &[
            "fresh13_kamerbrief_justitie",
            "fresh13_kamervragen_wonen",
            "fresh13_nieuws_regionaal",
            "fresh13_nieuws_europa",
            "fresh13_nieuws_interview",
        ],
    );
    assert!(gold > 600, "only {gold} gold mentions");
}

/// The fourteenth set of unseen texts (issue 12, sixteenth round), written
/// and annotated by two writers who saw neither the rules nor brief's
/// entities: an Economische Zaken letter on chips in the interleaved PDF
/// form, SZW Kamervragen on platform work in `pdftotext -layout` form, a
/// Frisian regional broadcaster's page, a tech site's article with its
/// comments and a Caribbean news site's article. Their errors were read
/// from the seventeenth round on, once the fifteenth set was written.
#[test]
fn fourteenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "fourteenth fresh texts",
        &[
            "fresh14_kamerbrief_economie",
            "fresh14_kamervragen_werk",
            "fresh14_nieuws_fryslan",
            "fresh14_nieuws_tech",
            "fresh14_nieuws_caribisch",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The fifteenth set of unseen texts (issue 12, seventeenth round), written
/// and annotated by two writers who saw neither the rules nor brief's
/// entities: an OCW letter on a university's ransomware attack in the
/// interleaved PDF form, Defensie Kamervragen on delayed submarines in plain
/// `pdftotext` form, and three news pages: an agricultural trade paper, a
/// Surinamese news site with reader comments and a local-government trade
/// journal. Unseen when measured first (0.88 / 0.78); their errors were read
/// in the eighteenth round, once the sixteenth set was written.
#[test]
fn fifteenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "fifteenth fresh texts",
        &[
            "fresh15_kamerbrief_onderwijs",
            "fresh15_kamervragen_defensie",
            "fresh15_nieuws_landbouw",
            "fresh15_nieuws_suriname",
            "fresh15_nieuws_bestuur",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The sixteenth set of unseen texts (issue 12, eighteenth round): a VWS
/// letter as `pdftotext -layout` prints it, Kamervragen on asylum reception
/// (interleaved), a Flemish news page, a culture page and a court report.
#[test]
fn sixteenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "sixteenth fresh texts",
        &[
            "fresh16_kamerbrief_zorg",
            "fresh16_kamervragen_migratie",
            "fresh16_nieuws_vlaanderen",
            "fresh16_nieuws_cultuur",
            "fresh16_nieuws_rechtbank",
        ],
    );
    assert!(gold > 700, "only {gold} gold mentions");
}

/// The seventeenth set of unseen texts (issue 12, nineteenth round): a KGG
/// letter on energy infrastructure in the interleaved PDF form, IenW
/// Kamervragen on regional trains in plain `pdftotext` form, a science page,
/// a Limburg regional broadcaster's page and a politics liveblog.
#[test]
fn seventeenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "seventeenth fresh texts",
        &[
            "fresh17_kamerbrief_klimaat",
            "fresh17_kamervragen_spoor",
            "fresh17_nieuws_wetenschap",
            "fresh17_nieuws_limburg",
            "fresh17_nieuws_politiek",
        ],
    );
    assert!(gold > 1000, "only {gold} gold mentions");
}

/// The eighteenth set of unseen texts (issue 12, twentieth round): a BHO
/// letter as `pdftotext -layout` prints it, OCW Kamervragen on public
/// broadcasting (interleaved), a Brabant broadcaster's page, an opinion page
/// and a media news page.
#[test]
fn eighteenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "eighteenth fresh texts",
        &[
            "fresh18_kamerbrief_handel",
            "fresh18_kamervragen_media",
            "fresh18_nieuws_brabant",
            "fresh18_nieuws_opinie",
            "fresh18_nieuws_media",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The nineteenth set of unseen texts (issue 12, twenty-first round): an LVVN
/// letter on nitrogen and nature in plain `pdftotext` form, KGG Kamervragen on
/// grid congestion as `pdftotext -layout` prints them, a Zeeland broadcaster's
/// page, a business daily's market page and a Twente regional page.
#[test]
fn nineteenth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "nineteenth fresh texts",
        &[
            "fresh19_kamerbrief_natuur",
            "fresh19_kamervragen_energie",
            "fresh19_nieuws_zeeland",
            "fresh19_nieuws_beurs",
            "fresh19_nieuws_twente",
        ],
    );
    assert!(gold > 700, "only {gold} gold mentions");
}

/// The twentieth set of unseen texts (issue 12, twenty-second round): a VWS
/// letter on care staff in interleaved form, IenW Kamervragen on train
/// disruptions in plain `pdftotext` form, a Groningen broadcaster's page, a
/// sports site's skating page with a results table and a political liveblog.
#[test]
fn twentieth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twentieth fresh texts",
        &[
            "fresh20_kamerbrief_zorg",
            "fresh20_kamervragen_spoor",
            "fresh20_nieuws_groningen",
            "fresh20_nieuws_sport",
            "fresh20_nieuws_liveblog",
        ],
    );
    assert!(gold > 700, "only {gold} gold mentions");
}

/// The twenty-first set of unseen texts (issue 12, twenty-third round): a
/// Financiën letter on banks as `pdftotext -layout` prints it, BZK
/// Kamervragen on a municipal data leak (interleaved), a newspaper's culture
/// page, a Utrecht local news site's page and a press agency's economy story.
#[test]
fn twenty_first_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-first fresh texts",
        &[
            "fresh21_kamerbrief_financien",
            "fresh21_kamervragen_binnenlandsezaken",
            "fresh21_nieuws_cultuur",
            "fresh21_nieuws_utrecht",
            "fresh21_nieuws_economie",
        ],
    );
    assert!(gold > 600, "only {gold} gold mentions");
}

#[test]
fn twenty_second_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-second fresh texts",
        &[
            "fresh22_kamerbrief_justitie",
            "fresh22_kamervragen_defensie",
            "fresh22_nieuws_vlaanderen",
            "fresh22_nieuws_tech",
            "fresh22_nieuws_brabant",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// Issue 12's twenty-fifth round: a Kamerbrief in the interleaved form
/// (Landbouw, Visserij, Voedselzekerheid en Natuur), Kamervragen in plain
/// `pdftotext` (Onderwijs, Cultuur en Wetenschap), a Limburg broadcaster, a
/// financial daily and an opinion weekly, written and annotated unseen.
#[test]
fn twenty_third_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-third fresh texts",
        &[
            "fresh23_kamerbrief_landbouw",
            "fresh23_kamervragen_onderwijs",
            "fresh23_nieuws_limburg",
            "fresh23_nieuws_financieel",
            "fresh23_nieuws_opinie",
        ],
    );
    assert!(gold > 900, "only {gold} gold mentions");
}

/// Issue 12's twenty-fifth round, written while its rules were made: a
/// Kamerbrief in plain `pdftotext` (Klimaat en Groene Groei), Kamervragen in
/// `-layout` (Asiel en Migratie), a football page, a Gelderland broadcaster
/// and a foreign-news liveblog, written and annotated unseen.
#[test]
fn twenty_fourth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-fourth fresh texts",
        &[
            "fresh24_kamerbrief_klimaat",
            "fresh24_kamervragen_asiel",
            "fresh24_nieuws_voetbal",
            "fresh24_nieuws_gelderland",
            "fresh24_nieuws_buitenland",
        ],
    );
    assert!(gold > 850, "only {gold} gold mentions");
}

/// The twenty-fifth unseen set (issue 12's twenty-sixth round): a
/// `pdftotext -layout` Kamerbrief (Sociale Zaken en Werkgelegenheid), an
/// interleaved Kamervragen on the Caribbean parts of the Kingdom, a Noord-
/// Holland broadcaster, an aviation trade site and a healthcare trade site,
/// written and annotated unseen.
#[test]
fn twenty_fifth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-fifth fresh texts",
        &[
            "fresh25_kamerbrief_werk",
            "fresh25_kamervragen_koninkrijk",
            "fresh25_nieuws_noordholland",
            "fresh25_nieuws_luchtvaart",
            "fresh25_nieuws_zorg",
        ],
    );
    assert!(gold > 1000, "only {gold} gold mentions");
}

/// Issue 12's twenty-sixth round, written while its rules were made: an
/// interleaved Kamerbrief (Digitalisering), Kamervragen in plain `pdftotext`
/// (Justitie en Veiligheid, police), an Overijssel regional daily, an
/// education trade site and a national paper's music page, written and
/// annotated unseen.
#[test]
fn twenty_sixth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-sixth fresh texts",
        &[
            "fresh26_kamerbrief_digitaal",
            "fresh26_kamervragen_politie",
            "fresh26_nieuws_overijssel",
            "fresh26_nieuws_onderwijs",
            "fresh26_nieuws_muziek",
        ],
    );
    assert!(gold > 850, "only {gold} gold mentions");
}

/// The twenty-seventh set (issue 12's twenty-seventh round): a plain-
/// `pdftotext` housing letter, `-layout` Kamervragen on healthcare, a
/// Frisian broadcaster's page, a national broadcaster's politics live blog
/// and a speed-skating page, written and annotated unseen.
#[test]
fn twenty_seventh_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-seventh fresh texts",
        &[
            "fresh27_kamerbrief_wonen",
            "fresh27_kamervragen_zorg",
            "fresh27_nieuws_friesland",
            "fresh27_nieuws_politiek",
            "fresh27_nieuws_schaatsen",
        ],
    );
    assert!(gold > 1000, "only {gold} gold mentions");
}

/// The twenty-eighth set (issue 12's twenty-eighth round): a `-layout`
/// development-aid letter, plain-`pdftotext` Kamervragen on the return of
/// colonial objects, a Drenthe broadcaster's page, a cycling race report
/// and a Brussels correspondent's article, written and annotated unseen.
#[test]
fn twenty_eighth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-eighth fresh texts",
        &[
            "fresh28_kamerbrief_ontwikkeling",
            "fresh28_kamervragen_cultuur",
            "fresh28_nieuws_drenthe",
            "fresh28_nieuws_wielrennen",
            "fresh28_nieuws_brussel",
        ],
    );
    assert!(gold > 1000, "only {gold} gold mentions");
}

/// The twenty-ninth set (issue 12's twenty-ninth round): an interleaved
/// agriculture letter, `-layout` Kamervragen on rail and roads, a business
/// site's bankruptcy report, a Brabant broadcaster's court report and a
/// Flemish site's article on federal politics, written and annotated unseen.
#[test]
fn twenty_ninth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "twenty-ninth fresh texts",
        &[
            "fresh29_kamerbrief_landbouw",
            "fresh29_kamervragen_verkeer",
            "fresh29_nieuws_economie",
            "fresh29_nieuws_brabant",
            "fresh29_nieuws_vlaanderen",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The thirtieth unseen set (issue 12's thirtieth round, written before it):
/// see tests/fixtures/SOURCES.md.
#[test]
fn thirtieth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "thirtieth fresh texts",
        &[
            "fresh30_kamerbrief_energie",
            "fresh30_kamervragen_justitie",
            "fresh30_nieuws_amsterdam",
            "fresh30_nieuws_tennis",
            "fresh30_nieuws_defensie",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The thirty-first unseen set (issue 12's thirty-second round, written
/// before it): an interleaved water-management letter, plain-`pdftotext`
/// Kamervragen on knowledge security, a local weekly's page, a korfball
/// report and a housing corporations' trade journal; see
/// tests/fixtures/SOURCES.md.
#[test]
fn thirty_first_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "thirty-first fresh texts",
        &[
            "fresh31_kamerbrief_water",
            "fresh31_kamervragen_kennisveiligheid",
            "fresh31_nieuws_flevoland",
            "fresh31_nieuws_korfbal",
            "fresh31_nieuws_corporaties",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The thirty-second unseen set (issue 12's thirty-third round, written
/// before it): a mobility letter in `pdftotext -layout` form, interleaved
/// Kamervragen on animal welfare, a municipality's press release, a hockey
/// report and a university newspaper's page; see tests/fixtures/SOURCES.md.
#[test]
fn thirty_second_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "thirty-second fresh texts",
        &[
            "fresh32_kamerbrief_mobiliteit",
            "fresh32_kamervragen_dierenwelzijn",
            "fresh32_nieuws_gemeente",
            "fresh32_nieuws_hockey",
            "fresh32_nieuws_universiteit",
        ],
    );
    assert!(gold > 800, "only {gold} gold mentions");
}

/// The thirty-third unseen set (issue 12's thirty-fourth round, written
/// before it): a health letter in plain `pdftotext` form (note numbers apart
/// from their texts), Kamervragen on education in `pdftotext -layout` form,
/// a news site's live blog of a debate, a business site's takeover story
/// and a culture site's reviews; see tests/fixtures/SOURCES.md.
#[test]
fn thirty_third_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "thirty-third fresh texts",
        &[
            "fresh33_kamerbrief_zorg",
            "fresh33_kamervragen_onderwijs",
            "fresh33_nieuws_liveblog",
            "fresh33_nieuws_economie",
            "fresh33_nieuws_cultuur",
        ],
    );
    assert!(gold > 1000, "only {gold} gold mentions");
}

/// The thirty-fourth unseen set (written on 8 December 2026, before any
/// entity change that day): an agriculture letter in interleaved form,
/// Kamervragen on energy in plain `pdftotext` form, a regional site's
/// provincial politics, a football site's page as a markdown converter
/// gives it, and a science site's story; see tests/fixtures/SOURCES.md.
#[test]
fn thirty_fourth_fresh_texts_are_measured() {
    let gold = measure_fixtures(
        "thirty-fourth fresh texts",
        &[
            "fresh34_kamerbrief_landbouw",
            "fresh34_kamervragen_energie",
            "fresh34_nieuws_provincie",
            "fresh34_nieuws_voetbal",
            "fresh34_nieuws_wetenschap",
        ],
    );
    assert!(gold > 900, "only {gold} gold mentions");
}

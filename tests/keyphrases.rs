//! Keyphrases: what they are made of, where they point, and the invariants that hold for every
//! input: spans slice the input on character boundaries, in order and without overlaps, `text`
//! is one of them, and every span holds the same words as `text` (equal after lower-casing
//! when stemming is off); scores are finite and ranked, ties by first occurrence.

use proptest::prelude::*;
use salient::{IdfModel, Keyphrase, Language, Summarizer};
use std::sync::Arc;

fn english() -> Summarizer {
    Summarizer::new(Language::English)
}

fn texts(keyphrases: &[Keyphrase<'_>]) -> Vec<String> {
    keyphrases.iter().map(|k| k.text.to_string()).collect()
}

fn has(found: &[String], phrase: &str) -> bool {
    found.iter().any(|p| p == phrase)
}

/// The words of `text` lower-cased: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Checks every invariant of `keyphrases`, extracted from `text` with at most `n` asked;
/// `unstemmed`: the summariser neither stems nor folds, so every span's words equal `text`'s.
fn check(text: &str, keyphrases: &[Keyphrase<'_>], n: usize, unstemmed: bool) {
    assert!(keyphrases.len() <= n);
    for pair in keyphrases.windows(2) {
        assert!(pair[0].score >= pair[1].score, "ranked best first");
    }
    for keyphrase in keyphrases {
        assert!(keyphrase.score.is_finite() && keyphrase.score > 0.0);
        assert!(!keyphrase.spans.is_empty());
        assert!(
            keyphrase
                .spans
                .iter()
                .any(|span| span.slice(text) == keyphrase.text),
            "the text is one of the occurrences"
        );
        let mut previous_end = 0;
        for span in &keyphrase.spans {
            assert!(span.start >= previous_end && span.end > span.start);
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            previous_end = span.end;
            if unstemmed {
                assert_eq!(words(span.slice(text)), words(&keyphrase.text));
            }
        }
    }
    let distinct: std::collections::HashSet<Vec<String>> =
        keyphrases.iter().map(|k| words(&k.text)).collect();
    if unstemmed {
        assert_eq!(distinct.len(), keyphrases.len(), "one keyphrase per phrase");
    }
}

#[test]
fn occurrences_in_any_case_and_inflection_are_one_keyphrase() {
    let text = "Solar panels on every roof\n\n\
                The town installed solar panels on its schools. A solar panel lasts \
                twenty years, and solar panels now cover the library as well.";
    let keyphrases = english().keyphrases(text, 5);
    check(text, &keyphrases, 5, false);
    let first = &keyphrases[0];
    assert_eq!(
        first.text, "solar panels",
        "the most frequent form, ignoring case"
    );
    let occurrences: Vec<&str> = first.spans.iter().map(|s| s.slice(text)).collect();
    assert_eq!(
        occurrences,
        [
            "Solar panels",
            "solar panels",
            "solar panel",
            "solar panels"
        ]
    );
}

#[test]
fn phrases_end_at_stopwords_punctuation_and_verbs() {
    let text = "We propose wavelet compression for satellite images. The compression \
                ratio, measured on satellite images, yields a gain of ten percent.";
    let found = texts(&english().keyphrases(text, 10));
    assert!(has(&found, "satellite images"), "{found:?}");
    assert!(has(&found, "wavelet compression"), "{found:?}");
    for phrase in &found {
        // `We propose ...`: a verb after a pronoun; `... yields a`: a verb before an article;
        // commas end phrases.
        assert!(
            !phrase.contains("propose") && !phrase.contains("yields"),
            "{found:?}"
        );
        assert!(!phrase.contains(','), "{found:?}");
    }
}

#[test]
fn compounds_stay_whole_with_their_stopwords() {
    let text = "End-to-end encryption protects messages. With end-to-end encryption, \
                only the sender and the receiver read the messages.";
    let found = texts(&english().keyphrases(text, 3));
    assert_eq!(found[0], "End-to-end encryption", "{found:?}");
    assert!(!found.iter().any(|p| p.starts_with("end ") || p == "End"));
}

#[test]
fn a_phrase_inside_a_better_one_is_not_repeated() {
    let text = "Graph neural networks classify molecules. Graph neural networks also \
                predict traffic. Networks of roads form graphs.";
    let found = texts(&english().keyphrases(text, 5));
    assert_eq!(found[0], "Graph neural networks", "{found:?}");
    assert!(!has(&found, "neural networks") && !has(&found, "Graph neural"));
}

#[test]
fn empty_input_and_zero_keyphrases_give_nothing() {
    let summarizer = english();
    assert!(summarizer.keyphrases("", 10).is_empty());
    assert!(summarizer.keyphrases("  \n\n ... 42, 7.", 10).is_empty());
    assert!(
        summarizer
            .keyphrases("Some text about keyphrases.", 0)
            .is_empty()
    );
    // Asking for more than there are is fine.
    let all = summarizer.keyphrases("Keyphrase extraction works.", usize::MAX);
    assert_eq!(texts(&all), ["Keyphrase extraction works"]);
}

#[test]
fn a_corpus_model_reweighs_terms() {
    let corpus = [
        "The method improves results.",
        "A method for parsing.",
        "This method is fast.",
        "Glacier melt raises sea levels.",
    ];
    let model = Arc::new(IdfModel::fit(Language::English, &corpus));
    let text = "Method comparison and glacier retreat. Method comparison and glacier retreat.";
    let plain = english().keyphrases(text, 2);
    let weighted = Summarizer::builder()
        .idf_model(model)
        .build()
        .unwrap()
        .keyphrases(text, 2);
    assert_eq!(
        texts(&plain)[0],
        "Method comparison",
        "a tie: first in the text"
    );
    assert_eq!(
        texts(&weighted)[0],
        "glacier retreat",
        "rarer in the corpus"
    );
}

#[test]
fn every_language_finds_its_repeated_noun_phrase() {
    let cases = [
        (
            Language::German,
            "Die Solaranlage liefert Strom. Jede Solaranlage braucht Sonne.",
            "Solaranlage",
        ),
        (
            Language::French,
            "Les panneaux solaires produisent du courant. Les panneaux solaires aiment le soleil.",
            "panneaux solaires",
        ),
        (
            Language::Spanish,
            "Los paneles solares producen energía. Los paneles solares necesitan sol.",
            "paneles solares",
        ),
        (
            Language::Italian,
            "I pannelli solari producono energia. I pannelli solari vogliono il sole.",
            "pannelli solari",
        ),
        (
            Language::Portuguese,
            "Os painéis solares produzem energia. Os painéis solares precisam de sol.",
            "painéis solares",
        ),
        (
            Language::Dutch,
            "De zonnepanelen leveren stroom. Alle zonnepanelen hebben zon nodig.",
            "zonnepanelen",
        ),
        (
            Language::Russian,
            "Солнечные панели дают ток. Солнечные панели любят солнце.",
            "Солнечные панели",
        ),
        (
            Language::Swedish,
            "Solpaneler ger ström. Alla solpaneler behöver sol.",
            "Solpaneler",
        ),
        (
            Language::Danish,
            "Solpaneler giver strøm. Alle solpaneler kræver sol.",
            "Solpaneler",
        ),
        (
            Language::Norwegian,
            "Solcellepaneler gir strøm. Alle solcellepaneler trenger sol.",
            "Solcellepaneler",
        ),
        (
            Language::Finnish,
            "Aurinkopaneelit tuottavat sähköä. Aurinkopaneelit tarvitsevat aurinkoa.",
            "Aurinkopaneelit",
        ),
        (
            Language::Hungarian,
            "A napelemek áramot termelnek. A napelemek napfényt igényelnek.",
            "napelemek",
        ),
        (
            Language::Romanian,
            "Panourile solare produc curent. Panourile solare au nevoie de soare.",
            "Panourile solare",
        ),
        (
            Language::Turkish,
            "Güneş panelleri elektrik üretir. Güneş panelleri güneş ister.",
            "Güneş panelleri",
        ),
        (
            Language::Greek,
            "Τα ηλιακά πάνελ παράγουν ρεύμα. Τα ηλιακά πάνελ θέλουν ήλιο.",
            "ηλιακά πάνελ",
        ),
        (
            Language::Arabic,
            "الألواح الشمسية تنتج الكهرباء. الألواح الشمسية تحتاج الشمس.",
            "الألواح الشمسية",
        ),
        (
            Language::Tamil,
            "சூரிய தகடுகள் மின்சாரம் தருகின்றன. சூரிய தகடுகள் வெயிலை விரும்புகின்றன.",
            "சூரிய தகடுகள்",
        ),
        (
            Language::English,
            "Solar panels make power. Solar panels need sun.",
            "Solar panels",
        ),
        // Languages without a stemmer or stopwords: the neutral analysis, their own sentences.
        (
            Language::Amharic,
            "የፀሐይ ፓነሎች ኃይል ያመነጫሉ። የፀሐይ ፓነሎች ፀሐይ ይፈልጋሉ።",
            "የፀሐይ ፓነሎች",
        ),
        (
            Language::Armenian,
            "Արևային վահանակները էներգիա են արտադրում։ Արևային վահանակները արև են պահանջում։",
            "Արևային վահանակները",
        ),
        (
            Language::Bulgarian,
            "Слънчевите панели произвеждат ток. Слънчевите панели искат слънце.",
            "Слънчевите панели",
        ),
        (
            Language::Burmese,
            "နေရောင်ခြည်ပြားများ လျှပ်စစ်ထုတ်သည်။ နေရောင်ခြည်ပြားများ နေရောင်လိုသည်။",
            "နေရောင်ခြည်ပြားများ",
        ),
        (
            Language::Chinese,
            "太阳能板发电。太阳能板需要阳光。",
            "太阳能板",
        ),
        (
            Language::Czech,
            "Solární panely vyrábějí proud. Solární panely potřebují slunce.",
            "Solární panely",
        ),
        (
            Language::Hindi,
            "सौर पैनल बिजली बनाते हैं। सौर पैनल को धूप चाहिए।",
            "सौर पैनल",
        ),
        (
            Language::Japanese,
            "太陽光パネルは電気を作る。太陽光パネルは日光が必要だ。",
            "太陽光パネル",
        ),
        (
            Language::Kazakh,
            "Күн панельдері ток өндіреді. Күн панельдері күнді қажет етеді.",
            "Күн панельдері",
        ),
        (
            Language::Khmer,
            "បន្ទះសូឡាផលិតអគ្គិសនី។ បន្ទះសូឡាត្រូវការពន្លឺថ្ងៃ។",
            "បន្ទះសូឡា",
        ),
        (
            Language::Korean,
            "태양광 패널은 전기를 만든다. 태양광 패널은 햇빛이 필요하다.",
            "태양광 패널",
        ),
        (
            Language::Lao,
            "ແຜງໂຊລາຜະລິດໄຟຟ້າໃຫ້ບ້ານເຮືອນ ແຜງໂຊລາຕ້ອງການແສງແດດຫຼາຍ",
            "ແຜງໂຊລາ",
        ),
        (
            Language::Marathi,
            "सौर पॅनेल वीज निर्माण करतात. सौर पॅनेल सूर्यप्रकाश मागतात.",
            "सौर पॅनेल",
        ),
        (
            Language::Persian,
            "پنل خورشیدی برق تولید می‌کند. پنل خورشیدی به آفتاب نیاز دارد.",
            "پنل خورشیدی",
        ),
        (
            Language::Polish,
            "Panele słoneczne wytwarzają prąd. Panele słoneczne potrzebują słońca.",
            "Panele słoneczne",
        ),
        (
            Language::Slovak,
            "Solárne panely vyrábajú prúd. Solárne panely potrebujú slnko.",
            "Solárne panely",
        ),
        (
            Language::Thai,
            "แผงโซลาร์ผลิตไฟฟ้าให้บ้านเรือน แผงโซลาร์ต้องการแสงแดดมาก",
            "แผงโซลาร์",
        ),
        (
            Language::Urdu,
            "شمسی پینل بجلی بناتے ہیں۔ شمسی پینل کو دھوپ چاہیے۔",
            "شمسی پینل",
        ),
    ];
    assert_eq!(cases.len(), Language::ALL.len());
    for (language, text, expected) in cases {
        let keyphrases = Summarizer::new(language).keyphrases(text, 5);
        check(text, &keyphrases, 5, false);
        let found = texts(&keyphrases);
        assert!(
            found
                .iter()
                .any(|p| p.contains(expected) || expected.contains(p.as_str())),
            "{language}: {found:?}"
        );
    }
}

#[test]
fn the_neutral_mode_finds_phrases_in_any_script() {
    let summarizer = Summarizer::builder().neutral().build().unwrap();
    let text = "東京都庁は新宿にある。東京都庁の展望室は無料だ。";
    let keyphrases = summarizer.keyphrases(text, 3);
    check(text, &keyphrases, 3, false);
    assert!(texts(&keyphrases)[0].contains("東京都庁"), "{keyphrases:?}");
}

#[test]
fn keyphrases_do_not_depend_on_what_came_before() {
    let summarizer = english();
    let text = "Quantum error correction protects qubits. Quantum error correction is costly.";
    let first = summarizer.keyphrases(text, 5);
    for other in ["Totally different words here.", "Qubits qubits qubits.", ""] {
        summarizer.keyphrases(other, 5);
        assert_eq!(summarizer.keyphrases(text, 5), first);
    }
    let owned: Vec<Keyphrase<'static>> = first.iter().cloned().map(Keyphrase::into_owned).collect();
    assert_eq!(owned, first);
}

#[test]
fn keyphrases_serialise_as_text_score_and_spans() {
    let text = "Tidal energy. Tidal energy again.";
    let keyphrases = english().keyphrases(text, 1);
    let json = serde_json::to_string(&keyphrases).unwrap();
    assert!(
        json.starts_with(r#"[{"text":"Tidal energy","score":"#),
        "{json}"
    );
    assert!(
        json.ends_with(r#","spans":[{"start":0,"end":12},{"start":14,"end":26}]}]"#),
        "{json}"
    );
    let back: Vec<Keyphrase<'_>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, keyphrases);
}

fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "neural", "Networks", "network", "the", "of", "data", "model", "we", "propose",
            "using", "based", "end-to-end", "a", "yields", "measured", "X-ray", "on-line",
        ]).prop_map(str::to_string),
        2 => "[A-Za-z]{1,9}",
        1 => "[0-9]{1,4}",
        3 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ".", ". ", ", ", "-", "/", "'", "\n", "\n\n", "(", ") ", "\u{3002}", "東京",
            "e\u{301}", "\u{0}", "ไทย", "\u{2010}", "--", "- ", "都庁", "東京都庁の", "ภาษาไทย",
        ]).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![3 => prose(), 1 => any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_the_same_words_in_order(text in any_text(), n in 0usize..20) {
        let unstemmed = Summarizer::builder().stemming(false).build().unwrap();
        check(&text, &unstemmed.keyphrases(&text, n), n, true);
        check(&text, &english().keyphrases(&text, n), n, false);
    }

    #[test]
    fn every_language_and_mode_keeps_the_invariants(
        text in any_text(),
        language in prop::sample::select(Language::ALL.to_vec()),
        neutral in any::<bool>(),
    ) {
        let builder = Summarizer::builder().language(language);
        let summarizer = if neutral { builder.neutral() } else { builder }.build().unwrap();
        let keyphrases = summarizer.keyphrases(&text, 10);
        check(&text, &keyphrases, 10, false);
        prop_assert_eq!(summarizer.keyphrases(&text, 10), keyphrases, "deterministic");
    }
}

#[test]
fn asking_for_every_keyphrase_of_a_long_text_stays_linear() {
    // Regression guard: checking each phrase against every one taken, or scanning every
    // occurrence for each one taken, made this quadratic in the number of phrases.
    let text: String = (0..40_000)
        .map(|i| format!("term{i} item{} of ", i % 997))
        .collect();
    let started = std::time::Instant::now();
    let keyphrases = english().keyphrases(&text, usize::MAX);
    assert!(keyphrases.len() > 20_000);
    check(&text, &keyphrases, usize::MAX, false);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

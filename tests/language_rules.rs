//! Languages without a stemmer or stopwords (Armenian, Korean, Chinese, Persian, Hindi, …):
//! configured by code, they split by their own sentence rules, score as the neutral mode does,
//! fit IDF models that state what was applied, and never panic. The texts are written for these
//! tests.

use std::sync::Arc;

use salient::{IdfModel, Language, Length, SentenceSplitter, Summarizer, WordUnits};

/// A paragraph per language, the sentences the language's rules cut it into, and how many the
/// neutral splitter finds (the rules at work when they differ).
struct Case {
    language: Language,
    text: &'static str,
    sentences: &'static [&'static str],
    neutral_count: usize,
}

const CASES: &[Case] = &[
    // Armenian web text types the full stop `։` as an ASCII colon; the period marks
    // abbreviations (`ք.`, "city").
    Case {
        language: Language::Armenian,
        text: "Շինարարությունը սկսվեց ք. Գյումրիում: Քաղաքապետը խոստացավ նոր դպրոց: \
               Դպրոցը կբացվի սեպտեմբերին: Ծնողները գոհ են։",
        sentences: &[
            "Շինարարությունը սկսվեց ք. Գյումրիում:",
            "Քաղաքապետը խոստացավ նոր դպրոց:",
            "Դպրոցը կբացվի սեպտեմբերին:",
            "Ծնողները գոհ են։",
        ],
        neutral_count: 1,
    },
    // Korean web text leaves out the stop after a verb ending.
    Case {
        language: Language::Korean,
        text: "시의회가 새 예산을 승인했습니다 학교 예산이 크게 늘었어요. \
               시장은 교육이 가장 중요하다고 말했다. 야당은 부채를 비판했다.",
        sentences: &[
            "시의회가 새 예산을 승인했습니다",
            "학교 예산이 크게 늘었어요.",
            "시장은 교육이 가장 중요하다고 말했다.",
            "야당은 부채를 비판했다.",
        ],
        neutral_count: 3,
    },
    Case {
        language: Language::Chinese,
        text: "市议会今天批准了新的预算。预算将增加学校的经费！反对派批评了城市的债务？市长表示会继续努力。",
        sentences: &[
            "市议会今天批准了新的预算。",
            "预算将增加学校的经费！",
            "反对派批评了城市的债务？",
            "市长表示会继续努力。",
        ],
        neutral_count: 4,
    },
    Case {
        language: Language::Persian,
        text: "شورای شهر بودجه جدید را تصویب کرد. آیا مدارس پول بیشتری می‌گیرند؟ \
               شهردار گفت که آموزش مهم است. مخالفان از بدهی انتقاد کردند.",
        sentences: &[
            "شورای شهر بودجه جدید را تصویب کرد.",
            "آیا مدارس پول بیشتری می‌گیرند؟",
            "شهردار گفت که آموزش مهم است.",
            "مخالفان از بدهی انتقاد کردند.",
        ],
        neutral_count: 4,
    },
    // Hindi ends sentences with the danda `।`; `डॉ.` (Dr.) is a title.
    Case {
        language: Language::Hindi,
        text: "नगर निगम ने नया बजट पास किया। डॉ. शर्मा ने कहा कि स्कूलों को अधिक पैसा मिलेगा। \
               विपक्ष ने कर्ज की आलोचना की। बजट जनवरी से लागू होगा।",
        sentences: &[
            "नगर निगम ने नया बजट पास किया।",
            "डॉ. शर्मा ने कहा कि स्कूलों को अधिक पैसा मिलेगा।",
            "विपक्ष ने कर्ज की आलोचना की।",
            "बजट जनवरी से लागू होगा।",
        ],
        neutral_count: 5,
    },
];

fn neutral(k: usize) -> Summarizer {
    Summarizer::builder()
        .neutral()
        .length(Length::sentences(k))
        .build()
        .expect("valid")
}

#[test]
fn each_language_splits_by_its_own_rules() {
    for case in CASES {
        let language = case.language;
        let by_code = SentenceSplitter::for_code(language.code()).expect("known");
        let sentences: Vec<&str> = by_code.sentences(case.text).collect();
        assert_eq!(sentences, case.sentences, "{language}");
        assert_eq!(
            SentenceSplitter::neutral().sentences(case.text).count(),
            case.neutral_count,
            "{language}"
        );
        // The summariser cuts the document as the language's splitter does.
        let summary = Summarizer::builder()
            .language(language)
            .length(Length::sentences(2))
            .build()
            .expect("valid")
            .summarize(case.text);
        assert_eq!(
            summary.document_sentences(),
            case.sentences.len(),
            "{language}"
        );
        assert_eq!(summary.len(), 2, "{language}");
        assert_eq!(summary.language(), Some(language));
        for sentence in summary.sentences() {
            assert_eq!(&case.text[sentence.span.range()], sentence.text);
            assert!(case.sentences.contains(&&*sentence.text), "{language}");
        }
    }
}

#[test]
fn without_stemmer_or_stopwords_scores_are_those_of_the_neutral_mode() {
    for case in CASES {
        let capabilities = case.language.capabilities();
        assert!(!capabilities.stemmer && !capabilities.stopwords);
        let configured = Summarizer::new(case.language).score(case.text);
        if case.neutral_count != case.sentences.len() {
            continue;
        }
        // Same sentences, same terms and weights: the same scores.
        let neutral = neutral(1).score(case.text);
        assert_eq!(configured, neutral, "{}", case.language);
    }
}

#[test]
fn capabilities_say_what_each_language_brings() {
    let english = Language::English.capabilities();
    assert!(english.stemmer && english.stopwords);
    assert_eq!(english.word_units, WordUnits::Spaced);
    let korean = Language::Korean.capabilities();
    assert!(!korean.stemmer && !korean.stopwords);
    assert_eq!(korean.word_units, WordUnits::Spaced);
    assert_eq!(
        Language::Chinese.capabilities().word_units,
        WordUnits::Script
    );
    assert!(Language::Chinese.stopwords().is_empty());
    for &language in Language::ALL {
        let capabilities = language.capabilities();
        assert_eq!(capabilities.stopwords, !language.stopwords().is_empty());
        // Every language has its sentence rules.
        assert_eq!(SentenceSplitter::new(language).code(), language.code());
    }
}

#[test]
fn an_idf_model_for_korean_is_fitted_without_stemming_or_stopwords() {
    let corpus = [
        "시의회가 새 예산을 승인했다. 학교 예산이 늘었다.",
        "야당은 부채를 비판했다.",
        "학교 예산이 다시 늘었다.",
    ];
    let model = IdfModel::fit(Language::Korean, &corpus);
    assert_eq!(model.language(), Language::Korean);
    assert!(!model.stemming() && !model.stopwords());
    assert_eq!(model.document_frequency("예산이"), 2);
    let mut file = Vec::new();
    model.write_to(&mut file).expect("written");
    assert!(file.starts_with(b"salient-idf 1\nlanguage ko\nstemming off\nstopwords off\n"));
    let model = Arc::new(IdfModel::read_from(file.as_slice()).expect("read back"));
    // Stemming on or off changes nothing for Korean, so the model serves both.
    for stemming in [true, false] {
        let summarizer = Summarizer::builder()
            .language(Language::Korean)
            .stemming(stemming)
            .idf_model(Arc::clone(&model))
            .length(Length::sentences(1))
            .build()
            .expect("the model fits");
        assert_eq!(summarizer.summarize(corpus[0]).len(), 1);
    }
    // Another language's settings do not.
    let error = Summarizer::builder()
        .language(Language::Japanese)
        .idf_model(model)
        .build()
        .expect_err("language ja");
    assert!(error.to_string().contains("language ko"), "{error}");
}

#[test]
fn odd_inputs_never_panic_in_any_language() {
    let long_run = "ա".repeat(10_000);
    let inputs = [
        "",
        " ",
        "։։։ ... ?!",
        "ք. ք. ք.",
        "요 요 요 니다 니다",
        "。。。！？",
        "डॉ.",
        "؟ ، ۔ ।",
        "a\u{200C}b\u{200D}c \u{2029} ",
        long_run.as_str(),
    ];
    for &language in Language::ALL {
        let summarizer = Summarizer::new(language);
        for input in inputs {
            for sentence in summarizer.summarize(input).sentences() {
                assert_eq!(&input[sentence.span.range()], sentence.text);
            }
        }
    }
}

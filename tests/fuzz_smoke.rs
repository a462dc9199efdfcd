//! A little fuzzing on stable Rust in every `cargo test`: the invariants of the cargo-fuzz targets
//! (`fuzz/`, shared through `tests/common/invariants.rs`) over generated text full of what breaks
//! text code: control characters, emoji sequences, combining marks, right-to-left text, CJK and
//! other terminators, abbreviations, and invalid UTF-8 read lossily.
//!
//! The seed is fixed and the case count small, so a run is reproducible and takes a few seconds
//! in a debug build; the long runs belong to `cargo fuzz` (see `fuzz/README.md`).

use std::sync::Arc;

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, RngSeed};
use salient::{Language, Order, SentenceSplitter, Summarizer, Units};

#[path = "common/invariants.rs"]
mod invariants;

use invariants::{Budget, Config};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(0x5A11_E475),
        // A failure prints its minimal input; files under tests/ would only clutter the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces that stress the splitter and tokeniser, glued together in any order.
const PIECES: &[&str] = &[
    "The",
    "council",
    "approved",
    "budget",
    "school",
    "and",
    "the",
    "of",
    "Mr.",
    "Dr.",
    "U.S.",
    "a.m.",
    "e.g.",
    "J.",
    "3.5",
    "1,000",
    "2022-02-25",
    "date",
    "42",
    ".",
    "!",
    "?",
    "...",
    "…",
    "?!",
    "\"",
    "'",
    "(",
    ")",
    "«",
    "»",
    "“",
    "”",
    "‘",
    "’",
    "「",
    "」",
    "。",
    "！",
    "？",
    "؟",
    "۔",
    "।",
    "॥",
    "።",
    " ",
    "  ",
    "\t",
    "\n",
    "\nAnna: ",
    "Ben (chair):",
    "\n\n",
    "\r\n",
    "\u{0}",
    "\u{1}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "\u{200b}",
    "\u{200d}",
    "\u{200e}",
    "\u{200f}",
    "\u{202e}",
    "\u{2066}",
    "\u{fffd}",
    "e\u{301}",
    "a\u{300}\u{301}\u{302}\u{303}",
    "\u{301}",
    "Z\u{335}\u{30d}\u{346}",
    "नमस्ते",
    "தமிழ்",
    "👩\u{200d}👩\u{200d}👧\u{200d}👦",
    "🏳\u{fe0f}\u{200d}🌈",
    "👍🏽",
    "🇩🇪",
    "שלום",
    "עולם.",
    "مرحبا",
    "بالعالم؟",
    "١٢٣",
    "Ελλάδα.",
    "Россия.",
    "İstanbul",
    "ß",
    "ǅ",
    "東京は晴れ",
    "今天很好。明天",
    "ﬁ",
    "ＡＢＣ．",
    "Grüße.",
];

/// Text made of [`PIECES`], arbitrary `char`s and lossily decoded arbitrary bytes.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        1 => proptest::collection::vec(any::<u8>(), 0..8)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
    ];
    proptest::collection::vec(piece, 0..48).prop_map(|pieces| {
        let mut out = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            // Mostly space-separated, as prose is, but sometimes glued.
            if i > 0 && i % 3 != 0 {
                out.push(' ');
            }
            out.push_str(piece);
        }
        out
    })
}

fn language() -> impl Strategy<Value = Language> {
    proptest::sample::select(Language::ALL)
}

/// Weights and half-lives: mostly plausible, often at or past the edge of the valid range.
fn float() -> impl Strategy<Value = f32> {
    prop_oneof![
        3 => proptest::sample::select(&[
            0.0,
            -0.0,
            0.5,
            1.0,
            3.0,
            -1.0,
            1e-45,
            f32::MAX,
            f32::MIN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
        ][..]),
        1 => any::<f32>(),
    ]
}

fn size() -> impl Strategy<Value = usize> {
    prop_oneof![Just(0), 1..6usize, 0..400usize, any::<usize>()]
}

fn budget() -> impl Strategy<Value = Budget> {
    prop_oneof![
        size().prop_map(Budget::Sentences),
        prop_oneof![
            proptest::sample::select(&[0.0, 0.01, 0.5, 1.0, 1.5, -0.1, f64::NAN][..]),
            0.0..=1.0f64,
        ]
        .prop_map(Budget::Ratio),
        size().prop_map(Budget::Words),
        size().prop_map(Budget::Chars),
    ]
}

fn summarizer_config() -> impl Strategy<Value = Config> {
    (
        language(),
        budget(),
        any::<bool>(),
        (float(), float(), prop_oneof![Just(3.0f32), float()]),
        (any::<bool>(), any::<bool>(), size()),
        prop_oneof![Just(0.0f32), 0.0f32..=1.0, float()],
        proptest::sample::select(&[Units::Auto, Units::Sentences, Units::Lines][..]),
    )
        .prop_map(
            |(
                language,
                budget,
                rank,
                (tfidf, position, half_life),
                (stem, stop, min_words),
                redundancy,
                units,
            )| {
                Config {
                    language,
                    budget,
                    order: if rank { Order::Rank } else { Order::Document },
                    tfidf_weight: tfidf,
                    position_weight: position,
                    position_half_life: half_life,
                    stemming: stem,
                    stopwords: stop,
                    min_words,
                    redundancy,
                    units,
                }
            },
        )
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn splits_slice_back_trimmed_sorted_in_every_language(text in text()) {
        for &language in Language::ALL {
            invariants::check_split(&SentenceSplitter::new(language), &text);
        }
    }

    #[test]
    fn lossy_bytes_split_and_summarise(
        bytes in proptest::collection::vec(any::<u8>(), 0..256),
        language in language(),
    ) {
        let text = String::from_utf8_lossy(&bytes);
        let summarizer = Summarizer::new(language);
        invariants::check_summary(&summarizer, Budget::Sentences(3), Order::Document, &text);
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn default_scores_are_finite_and_ranked(text in text(), language in language()) {
        let summarizer = Summarizer::new(language);
        invariants::check_summary(&summarizer, Budget::Sentences(3), Order::Document, &text);
    }

    #[test]
    fn any_configuration_is_refused_or_keeps_the_invariants(
        config in summarizer_config(),
        text in text(),
    ) {
        if let Some(summarizer) = config.build() {
            invariants::check_summary(&summarizer, config.budget, config.order, &text);
        }
    }

    #[test]
    fn focused_summaries_keep_the_invariants(
        config in summarizer_config(),
        text in text(),
        query in text(),
    ) {
        if let Some(summarizer) = config.build() {
            let own: String = text.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            for query in [query.as_str(), own.as_str()] {
                invariants::check_summary_for(
                    &summarizer,
                    Some(query),
                    config.budget,
                    config.order,
                    &text,
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn corpus_idf_keeps_scores_finite(
        texts in proptest::collection::vec(text(), 1..6),
        language in language(),
        stemming in any::<bool>(),
        stopwords in any::<bool>(),
    ) {
        let base = Summarizer::builder()
            .language(language)
            .stemming(stemming)
            .stopwords(stopwords)
            .build()
            .unwrap();
        let model = base.fit_idf(&texts);
        prop_assert_eq!(model.documents(), texts.len() as u64);
        let summarizer = Summarizer::builder()
            .language(language)
            .stemming(stemming)
            .stopwords(stopwords)
            .idf_model(Arc::new(model))
            .build()
            .unwrap();
        for text in &texts {
            invariants::check_summary(&summarizer, Budget::Sentences(3), Order::Document, text);
        }
    }
}

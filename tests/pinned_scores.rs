//! Speed work must not change results: the exact scores (as bits) of every sentence of a few
//! texts. Re-pin (`PRINT_PINNED=1 cargo test --test pinned_scores -- --nocapture`) only when
//! scoring changes on purpose, never for a speed change.

use salient::{Language, Length, Summarizer, Weights};

const SAMPLE: &str = include_str!("../examples/data/pakistan-russia-visit.txt");

/// `index:score bits` of every sentence, space separated.
fn fingerprint(summarizer: &Summarizer, text: &str) -> String {
    summarizer
        .score(text)
        .iter()
        .map(|s| format!("{}:{:08x}", s.index, s.score.to_bits()))
        .collect::<Vec<_>>()
        .join(" ")
}

const HEADLINED: &str = "Floods close schools\n\nHeavy rain fell across the region all week, \
    and rivers rose fast. Floods closed twelve schools on Monday, officials said. Parents \
    collected children early as the water rose near the schools. The Met Office expects more \
    rain and more floods on Thursday. Grüße aus Köln: the café reopened.";

/// Asserts that the fingerprints of the sample and the headlined text are `pinned`; prints them
/// first with `PRINT_PINNED` set, for re-pinning.
fn assert_pinned(summarizer: &Summarizer, pinned: [&str; 2]) {
    let printed = [
        fingerprint(summarizer, SAMPLE),
        fingerprint(summarizer, HEADLINED),
    ];
    if std::env::var_os("PRINT_PINNED").is_some() {
        println!("{printed:#?}");
    }
    assert_eq!(printed, pinned);
}

#[test]
fn default_scores_are_unchanged() {
    let summarizer = Summarizer::new(Language::English);
    assert_pinned(&summarizer, PINNED_DEFAULT);
}

#[test]
fn scores_with_title_weight_and_without_stemming_are_unchanged() {
    let weights = Weights {
        title: 0.5,
        ..Weights::default()
    };
    let summarizer = Summarizer::builder()
        .weights(weights)
        .stemming(false)
        .build()
        .unwrap();
    assert_pinned(&summarizer, PINNED_TITLE);
}

#[test]
fn one_sentence_scores_are_unchanged() {
    // A one-sentence budget adds the coverage factor.
    let summarizer = Summarizer::builder()
        .length(Length::sentences(1))
        .build()
        .unwrap();
    assert_pinned(&summarizer, PINNED_ONE_SENTENCE);
}

const PINNED_DEFAULT: [&str; 2] = [
    "0:00000000 1:3fd37d75 2:3f98f61c 3:3fa82426 4:3f0d6661 5:3fa2ea77 6:3fb38870 7:3fb2de63 8:3f8edd3f 9:3f729ce0 10:3f85c4d9 11:3f4a6082 12:3f6326b6 13:3f999dac 14:3f2e2cf3 15:3f5217fd 16:3f8270bc 17:3f8006a8 18:00000000 19:3fa39ea0 20:3f8784e7 21:3f8ea7ed 22:3f94fffe 23:3fa6da82 24:3fa3b915 25:3f697973 26:3f8efe37 27:3fa58cde 28:3f9f1a0e 29:3f8e5184 30:3fa64b6e 31:3f921297 32:3fa3c13d 33:00000000",
    "0:00000000 1:3fb550aa 2:3fbd1335 3:3fa7d896 4:3faccccd 5:3e689886",
];
const PINNED_TITLE: [&str; 2] = [
    "0:00000000 1:3fd37c9f 2:3f8fed3e 3:3fa80f7e 4:3eba3d85 5:3fa2c73b 6:3fb19e3f 7:3fb2de63 8:3f8e9166 9:3f6563af 10:3f877512 11:3f40ff4a 12:3f58e8b9 13:3f973cd8 14:3f0c98bc 15:3f4c87c2 16:3f7f6c21 17:3f7e1b5c 18:00000000 19:3fa3880b 20:3f8394e2 21:3f8d92ec 22:3f9535bc 23:3fa6da82 24:3fa052f2 25:3f56b0b7 26:3f8d8bb0 27:3fa64fa4 28:3f9f2136 29:3f8af0d6 30:3fa64b6e 31:3f93b3a3 32:3fa3c13d 33:00000000",
    "0:00000000 1:3fb550aa 2:3ffd1335 3:3fc58b1c 4:3fcf497b 5:3e689886",
];
const PINNED_ONE_SENTENCE: [&str; 2] = [
    "0:00000000 1:4029bebb 2:3fcfd18a 3:3fdeff94 4:3f199724 5:3fe5f6a8 6:400b4a51 7:400d3e6f 8:3fc8c4de 9:3f9ad488 10:3fb99416 11:3f89c28a 12:3f931973 13:3febe6d1 14:3f4fb30b 15:3f7fced9 16:3fb94c2a 17:3fd0c9b4 18:00000000 19:4007e7b2 20:3fc784e8 21:3fc5835b 22:3fd4fffe 23:4004f359 24:4001dc8a 25:3fa57fc6 26:3fd9a8e1 27:3feeb170 28:3fe5326f 29:3fd15db5 30:4006f4f4 31:3fc2d5a3 32:3fe3c13d 33:00000000",
    "0:00000000 1:3fe883dd 2:401e899a 3:3ff4a563 4:3ff9999a 5:3e689886",
];

//! Speed work must not change results: the exact scores (as bits) of every sentence of a few
//! texts. Re-pin (`PRINT_PINNED=1 cargo test --test pinned_scores -- --nocapture`) only when
//! scoring changes on purpose, never for a speed change.

use salient::{Language, Summarizer};

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

#[test]
fn default_scores_are_unchanged() {
    let summarizer = Summarizer::new(Language::English);
    let printed = [
        fingerprint(&summarizer, SAMPLE),
        fingerprint(&summarizer, HEADLINED),
    ];
    if std::env::var_os("PRINT_PINNED").is_some() {
        println!("{printed:#?}");
    }
    assert_eq!(printed, PINNED_DEFAULT);
}

#[test]
fn scores_with_title_weight_and_without_stemming_are_unchanged() {
    let summarizer = Summarizer::builder()
        .title_weight(0.5)
        .stemming(false)
        .build()
        .unwrap();
    let printed = [
        fingerprint(&summarizer, SAMPLE),
        fingerprint(&summarizer, HEADLINED),
    ];
    if std::env::var_os("PRINT_PINNED").is_some() {
        println!("{printed:#?}");
    }
    assert_eq!(printed, PINNED_TITLE);
}

const PINNED_DEFAULT: [&str; 2] = [
    "0:00000000 1:3fbed054 2:3f8dab4d 3:3f973402 4:3f1a3d39 5:3f8f824c 6:3f9b5343 7:3f99bcbf 8:3f797d8b 9:3f563cb3 10:3f6a30c7 11:3f345eb6 12:3f493992 13:3f86a273 14:3f1998f7 15:3f3432ac 16:3f61a263 17:3f6009dd 18:00000000 19:3f8dbdae 20:3f6b3885 21:3f730b64 22:3f81404e 23:3f8d40e8 24:3f8c7969 25:3f4fc8db 26:3f77a02c 27:3f8bf453 28:3f858281 29:3f792ebe 30:3f8cb1d4 31:3f710666 32:3f8a2b02 33:00000000",
    "0:00000000 1:3fa074b2 2:3fa56cce 3:3f90611e 4:3f933333 5:3dcce662",
];
const PINNED_TITLE: [&str; 2] = [
    "0:00000000 1:3fbed054 2:3f85b0a3 3:3f972aa4 4:3edf5a27 5:3f8f5c0d 6:3f9abcf8 7:3f99bcbf 8:3f78f5fc 9:3f4b3a2b 10:3f6cf8c7 11:3f2bf7fa 12:3f4067c3 13:3f84b61c 14:3ef7aed2 15:3f2f8448 16:3f5cfb88 17:3f5e5388 18:00000000 19:3f8dbdae 20:3f64977c 21:3f713e3a 22:3f8177a9 23:3f8d40e8 24:3f89d7e5 25:3f3f8f12 26:3f753aa8 27:3f8cb718 28:3f8589a9 29:3f7391a6 30:3f8cb1d4 31:3f74487e 32:3f8a2b02 33:00000000",
    "0:00000000 1:3fa074b2 2:3fe56cce 3:3fae13a4 4:3fb5afe1 5:3dcce662",
];

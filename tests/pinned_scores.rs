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
    "0:00000000 1:3fd10f5b 2:3f93b8ed 3:3fa87e08 4:3f196645 5:3fa2edae 6:3fb37486 7:3fb319d6 8:3f8efaa2 9:3f733bdc 10:3f85c4d9 11:3f4a22fa 12:3f63280e 13:3f999bc1 14:3f2e2dd0 15:3f52a11f 16:3f827367 17:3f7fc859 18:00000000 19:3fa39c4b 20:3f8784c6 21:3f8ea056 22:3f95019a 23:3fa6da71 24:3fa3b66d 25:3f69722e 26:3f8efe37 27:3fa58d64 28:3f9f1b11 29:3f8e5173 30:3fa64b3b 31:3f9216cb 32:3fa3c2d3 33:00000000",
    "0:00000000 1:3fb529f6 2:3fbe07dd 3:3fa7d896 4:3faccccd 5:3e6b8f8e",
];
const PINNED_TITLE: [&str; 2] = [
    "0:00000000 1:3fd10e85 2:3f8ab00f 3:3fa8695f 4:3ed23d4d 5:3fa2ca72 6:3fb18a55 7:3fb319d6 8:3f8eaec9 9:3f6602ab 10:3f877512 11:3f40c1c2 12:3f58ea11 13:3f973aed 14:3f0c9998 15:3f4d10e4 16:3f7f7176 17:3f7dd665 18:00000000 19:3fa385b6 20:3f8394c1 21:3f8d8b55 22:3f953758 23:3fa6da71 24:3fa0504a 25:3f56a972 26:3f8d8bb0 27:3fa6502a 28:3f9f2239 29:3f8af0c5 30:3fa64b3b 31:3f93b7d7 32:3fa3c2d3 33:00000000",
    "0:00000000 1:3fb529f6 2:3ffe07dd 3:3fc58b1c 4:3fcf497b 5:3e6b8f8e",
];

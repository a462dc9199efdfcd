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
    "0:00000000 1:3fb24dc7 2:3f84c6a4 3:3f8cd960 4:3f115207 5:3f84c758 6:3f8f0523 7:3f94d9bc 8:3f65a59b 9:3f4549ea 10:3f572454 11:3f26346a 12:3f38e9ab 13:3f7620ae 14:3f0da1bb 15:3f24e0e5 16:3f4e6799 17:3f4c799f 18:00000000 19:3f81dcd4 20:3f56e8e4 21:3f5dbcb2 22:3f6bccdf 23:3f896f7f 24:3f807c9a 25:3f3dce38 26:3f61f914 27:3f7f099d 28:3f7352d4 29:3f63581a 30:3f8cb1d4 31:3f5ab5c2 32:3f7f189b 33:00000000",
    "0:00000000 1:3f8db7e9 2:3fa56cce 3:3f72a597 4:3f74b562 5:3dcce662",
];
const PINNED_TITLE: [&str; 2] = [
    "0:00000000 1:3fb32dd7 2:3f7c49dc 3:3f8d8a4e 4:3ed68014 5:3f8564c2 6:3f8f58e6 7:3f963ae6 8:3f668dc8 9:3f3c7722 10:3f5b00c9 11:3f1f8ee2 12:3f32093e 13:3f743ffc 14:3ee6d5cb 15:3f21b1d1 16:3f4b8567 17:3f4c4987 18:00000000 19:3f87797f 20:3f524de5 21:3f5d9714 22:3f6dc820 23:3f8c2982 24:3f7ce540 25:3f305003 26:3f614f24 27:3f820a1b 28:3f75083f 29:3f5fc4c6 30:3f8cb1d4 31:3f5f3bb6 32:3f822015 33:00000000",
    "0:00000000 1:3f97fab2 2:3fe56cce 3:3fa3a583 4:3faa727a 5:3dcce662",
];

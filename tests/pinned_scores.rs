//! Speed work must not change results: the exact scores (as bits) of every sentence of a few
//! texts, recorded before the hot path was optimised.

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
    "0:00000000 1:3f9fe5e9 2:3f3c418e 3:3f3b7900 4:3e297fe0 5:3f179dd1 6:3f2b41a9 7:3f4f9d3e 8:3ed4f27a 9:3ed1a104 10:3ef8f12a 11:3e9c2906 12:3eef060e 13:3f3cedf6 14:3e8de75d 15:3e9680a5 16:3ec437ea 17:3ed8a714 18:00000000 19:3f69378c 20:3ee04ddd 21:3f0d6f2e 22:3f567d44 23:3f800002 24:3f484ea0 25:3eff64dc 26:3f02292d 27:3f28640b 28:3f22defd 29:3f36c1ba 30:3f68d80c 31:3ee780b0 32:3f3f7127 33:00000000",
    "0:00000000 1:3f539c2f 2:3f99999a 3:3f28abd3 4:3f355ed3 5:3ccccccd",
];
const PINNED_TITLE: [&str; 2] = [
    "0:00000000 1:3f9bc008 2:3f242a9a 3:3f36e207 4:3dc01cea 5:3f0f1507 6:3f1e7a41 7:3f45e5b4 8:3ec9db6e 9:3eaf2d44 10:3ef8f12b 11:3e847385 12:3eceeceb 13:3f30e3a3 14:3e277638 15:3e7f60be 16:3ea97a95 17:3ecbff39 18:00000000 19:3f79a4b0 20:3ebf780a 21:3f04193e 22:3f51563e 23:3f800002 24:3f3231ee 25:3ecd020e 26:3ef26d57 27:3f28640a 28:3f1b7f55 29:3f2488fc 30:3f5b3386 31:3ee780af 32:3f3f7126 33:00000000",
    "0:00000000 1:3f7e24d8 2:3fd9999a 3:3f8d67c9 4:3f9ded29 5:3ccccccd",
];

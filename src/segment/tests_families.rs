//! Tests of rule families that golden rules of other projects check: abbreviations that end a
//! sentence before a capitalised word, interview markers, CJK text with full-width or ASCII
//! stops, TeX quotes and ellipses. Every sentence here was written for the test.

use super::*;

#[track_caller]
fn check(splitter: &SentenceSplitter, text: &str, expected: &[&str]) {
    let got: Vec<&str> = splitter.sentences(text).collect();
    assert_eq!(got, expected, "text: {text:?}");
}

fn code(code: &str) -> SentenceSplitter {
    SentenceSplitter::for_code(code).expect("known code")
}

#[test]
fn a_time_abbreviation_ends_a_long_sentence_before_a_capitalised_word() {
    let en = code("en");
    check(
        &en,
        "The museum closes its doors at 5 p.m. Visitors should leave early.",
        &[
            "The museum closes its doors at 5 p.m.",
            "Visitors should leave early.",
        ],
    );
    check(
        &en,
        "The last bus leaves the depot at 11 P.M. Drivers then go home.",
        &[
            "The last bus leaves the depot at 11 P.M.",
            "Drivers then go home.",
        ],
    );
    // An opening phrase is not a sentence.
    check(
        &en,
        "At 7 a.m. Reuters reported a fire.",
        &["At 7 a.m. Reuters reported a fire."],
    );
}

#[test]
fn an_acronym_ends_a_sentence_before_a_capitalised_word_and_a_lower_case_one() {
    let en = code("en");
    check(
        &en,
        "Prices kept rising across the U.S. Thousands of families moved.",
        &[
            "Prices kept rising across the U.S.",
            "Thousands of families moved.",
        ],
    );
    // A name follows: the acronym is part of it.
    check(
        &en,
        "She served in the U.S. Army in Texas.",
        &["She served in the U.S. Army in Texas."],
    );
    check(
        &en,
        "He joined the press office of the U.S. Department of State.",
        &["He joined the press office of the U.S. Department of State."],
    );
    check(&en, "The U.S. Senate voted.", &["The U.S. Senate voted."]);
}

#[test]
fn interview_markers_open_their_sentence() {
    let en = code("en");
    check(
        &en,
        "Q. Where did you grow up? A. In a small town by the sea.",
        &[
            "Q. Where did you grow up?",
            "A. In a small town by the sea.",
        ],
    );
}

#[test]
fn full_width_and_ascii_stops_end_cjk_sentences() {
    check(
        &code("zh"),
        "今天天气很好．我们去公园吧．",
        &["今天天气很好．", "我们去公园吧．"],
    );
    check(
        &code("ja"),
        "価格は３．５％上がった．次の話題です．",
        &["価格は３．５％上がった．", "次の話題です．"],
    );
    check(
        &code("zh"),
        "该方法简单有效.实验结果表明其精度较高!我们还比较了3.5版本.",
        &[
            "该方法简单有效.",
            "实验结果表明其精度较高!",
            "我们还比较了3.5版本.",
        ],
    );
    // A Latin word or a number after the period is not a new Chinese sentence.
    check(&code("zh"), "见图2.3所示的结构", &["见图2.3所示的结构"]);
}

#[test]
fn ellipsis_forms() {
    let en = code("en");
    check(
        &en,
        "I waited\u{2026}. Nobody came.",
        &["I waited\u{2026}.", "Nobody came."],
    );
    check(
        &en,
        "I waited\u{2026} Nobody came.",
        &["I waited\u{2026}", "Nobody came."],
    );
    check(
        &en,
        "I waited .... Nobody came.",
        &["I waited ....", "Nobody came."],
    );
    check(
        &en,
        "I waited ... and waited.",
        &["I waited ... and waited."],
    );
    check(
        &en,
        "I waited. . . . Nobody came.",
        &["I waited.", ". . . Nobody came."],
    );
}

#[test]
fn tex_quotes_around_a_whole_sentence() {
    let en = code("en");
    check(
        &en,
        "``It is late,'' he said. ``We should go.'' They left.",
        &[
            "``It is late,'' he said.",
            "``We should go.''",
            "They left.",
        ],
    );
}

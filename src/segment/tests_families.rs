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
fn an_acronym_ends_a_sentence_before_a_capitalised_plural_and_a_lower_case_word() {
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
    check(
        &en,
        "The crowd was the largest ever seen in the U.S. Crowds filled the mall.",
        &[
            "The crowd was the largest ever seen in the U.S.",
            "Crowds filled the mall.",
        ],
    );
    // A singular noun cannot open a sentence bare: it goes on with the name.
    check(
        &en,
        "The bill now goes to the U.S. Congress for a vote.",
        &["The bill now goes to the U.S. Congress for a vote."],
    );
    check(
        &en,
        "They wrote a letter to the U.S. Embassy to ask for visas.",
        &["They wrote a letter to the U.S. Embassy to ask for visas."],
    );
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

#[test]
fn a_full_width_full_stop_ends_a_sentence_of_latin_words() {
    check(
        &code("en"),
        "The lamp was broken．Nobody fixed it．",
        &["The lamp was broken．", "Nobody fixed it．"],
    );
    // Between capitals it may be an abbreviation, between digits a decimal point.
    check(&code("en"), "Ｕ．Ｓ．Ａ is far．", &["Ｕ．Ｓ．Ａ is far．"]);
}

#[test]
fn reference_marks_stay_with_the_sentence_they_follow() {
    let en = code("en");
    check(
        &en,
        "The bridge opened in spring.[3] Traffic doubled within a year.[4][5] Nobody had \
         expected it.[citation needed] The council was pleased.",
        &[
            "The bridge opened in spring.[3]",
            "Traffic doubled within a year.[4][5]",
            "Nobody had expected it.[citation needed]",
            "The council was pleased.",
        ],
    );
    check(
        &en,
        "Patients rarely ask about it.12 14 Doctors seldom mention it (Hale 2001).7 Both \
         sides lose.",
        &[
            "Patients rarely ask about it.12 14",
            "Doctors seldom mention it (Hale 2001).7",
            "Both sides lose.",
        ],
    );
    check(
        &en,
        "Rents rose sharply.\u{00B2} Owners were glad.",
        &["Rents rose sharply.\u{00B2}", "Owners were glad."],
    );
    // Numbers after an abbreviation, a decimal and an omission are no footnotes.
    check(
        &en,
        "See p.12 Table 3 for prices of 4.5 Euro a night. We left [...] Then it rained.",
        &[
            "See p.12 Table 3 for prices of 4.5 Euro a night.",
            "We left [...] Then it rained.",
        ],
    );
}

#[test]
fn an_enumerated_item_starts_a_sentence() {
    check(
        &code("en"),
        "Two rules apply. (a) Bring a ticket. (b) Keep it. (iv) is a label too. See fig. (a) \
         below.",
        &[
            "Two rules apply.",
            "(a) Bring a ticket.",
            "(b) Keep it.",
            "(iv) is a label too.",
            "See fig. (a) below.",
        ],
    );
}

#[test]
fn german_degrees_and_denominations_are_abbreviations() {
    check(
        &code("de"),
        "Wir trafen Dr. med. Weber vor der ev. Kirche. Sie leitet eine kath. Klinik.",
        &[
            "Wir trafen Dr. med. Weber vor der ev. Kirche.",
            "Sie leitet eine kath. Klinik.",
        ],
    );
}

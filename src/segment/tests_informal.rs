//! Tests of the rules for informal and unpunctuated text: lower-case sentence starts, Korean
//! sentences without a stop, Armenian periods. Every sentence here was written for the test.

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
fn questions_and_exclamations_end_before_a_lower_case_sentence() {
    let en = code("en");
    check(
        &en,
        "did you see the match? we lost again! next week maybe",
        &[
            "did you see the match?",
            "we lost again!",
            "next week maybe",
        ],
    );
    check(
        &en,
        "Is it open?? no idea. I asked twice?! nobody knew",
        &["Is it open??", "no idea.", "I asked twice?!", "nobody knew"],
    );
}

#[test]
fn quoted_asides_and_dialogue_keep_a_lower_case_continuation() {
    let en = code("en");
    check(
        &en,
        "\"Ready?\" she asked twice.",
        &["\"Ready?\" she asked twice."],
    );
    check(
        &en,
        "He joined Yahoo! in spring.",
        &["He joined Yahoo! in spring."],
    );
    check(
        &en,
        "It fell -- crash! -- on the floor.",
        &["It fell -- crash! -- on the floor."],
    );
    // Dialogue: the speech opens with a dash and the speaker follows it.
    check(
        &code("da"),
        "- Kom nu! råbte hun.",
        &["- Kom nu! råbte hun."],
    );
    // French sets the mark apart from its word; an interjection runs on.
    check(
        &code("fr"),
        "Oh ! quelle belle maison.",
        &["Oh ! quelle belle maison."],
    );
}

#[test]
fn a_period_ends_a_lower_case_sentence_before_a_lower_case_one() {
    let en = code("en");
    check(
        &en,
        "i finished the report yesterday. my boss liked it. see you friday",
        &[
            "i finished the report yesterday.",
            "my boss liked it.",
            "see you friday",
        ],
    );
    // Not after an abbreviation or an initial, even in lower-case text.
    check(
        &en,
        "i met them at 5 p.m. on sunday",
        &["i met them at 5 p.m. on sunday"],
    );
    check(
        &en,
        "we bought apples, pears etc. for lunch",
        &["we bought apples, pears etc. for lunch"],
    );
}

#[test]
fn a_period_before_a_lower_case_word_in_edited_text_marks_an_abbreviation() {
    // Capitalised sentences: an unknown abbreviation, not a sentence end.
    check(
        &code("it"),
        "Il tecnico elettr. ha riparato tutto.",
        &["Il tecnico elettr. ha riparato tutto."],
    );
    check(
        &code("en"),
        "The approx. figure was low. We checked.",
        &["The approx. figure was low.", "We checked."],
    );
}

#[test]
fn korean_sentences_end_in_a_polite_or_formal_verb_ending() {
    let ko = code("ko");
    check(
        &ko,
        "음식이 정말 맛있어요 다음에 또 올게요 감사합니다",
        &["음식이 정말 맛있어요", "다음에 또 올게요", "감사합니다"],
    );
    check(
        &ko,
        "길 좀 알려줘 역까지 얼마나 걸리나요? 십 분이면 됩니다.",
        &[
            "길 좀 알려줘",
            "역까지 얼마나 걸리나요?",
            "십 분이면 됩니다.",
        ],
    );
    // Marks after the ending stand for the stop.
    check(
        &ko,
        "직원이 친절해요~ 또 갈게요^^",
        &["직원이 친절해요~", "또 갈게요^^"],
    );
}

#[test]
fn korean_nouns_ending_like_a_verb_ending_do_not_end_sentences() {
    let ko = code("ko");
    check(
        &ko,
        "이번 회의의 주요 안건은 예산입니다.",
        &["이번 회의의 주요 안건은 예산입니다."],
    );
    check(&ko, "물이 필요 없다고 했다.", &["물이 필요 없다고 했다."]);
    // Inside a quotation the ending belongs to the quoted speech.
    check(
        &ko,
        "그는 \u{201C}좋아요 그렇게 해요\u{201D}라고 말했다.",
        &["그는 \u{201C}좋아요 그렇게 해요\u{201D}라고 말했다."],
    );
}

#[test]
fn armenian_periods_mark_abbreviations_and_ellipses_may_end() {
    let hy = code("hy");
    check(
        &hy,
        "Գյուղը հիմնադրվել է 1828 թ. Հայաստանում: Այնտեղ ապրում են մարդիկ:",
        &[
            "Գյուղը հիմնադրվել է 1828 թ. Հայաստանում:",
            "Այնտեղ ապրում են մարդիկ:",
        ],
    );
    check(
        &hy,
        "Հետևյալն է. աշխատանք և համբերություն: Լավ է",
        &["Հետևյալն է. աշխատանք և համբերություն:", "Լավ է"],
    );
    check(
        &hy,
        "Մենք սպասում էինք... Հետո եկավ:",
        &["Մենք սպասում էինք...", "Հետո եկավ:"],
    );
}

#[test]
fn a_period_after_a_long_word_ends_a_sentence_before_a_lower_case_one() {
    let en = code("en");
    check(
        &en,
        "Please read the attached document. just sign the last page.",
        &[
            "Please read the attached document.",
            "just sign the last page.",
        ],
    );
    // A short word may be an unknown abbreviation.
    check(&en, "The elec. bill is due.", &["The elec. bill is due."]);
}

#[test]
fn a_question_mark_set_apart_ends_a_sentence_outside_french() {
    check(
        &code("en"),
        "anyone here from texas ? i need advice",
        &["anyone here from texas ?", "i need advice"],
    );
    check(
        &code("fr"),
        "Quoi ? tu pars déjà.",
        &["Quoi ? tu pars déjà."],
    );
}

#[test]
fn stops_typed_without_their_space() {
    let en = code("en");
    check(
        &en,
        "The food was cold.You'll see why. We waited....Nobody came.",
        &[
            "The food was cold.",
            "You'll see why.",
            "We waited....",
            "Nobody came.",
        ],
    );
    check(
        &en,
        "is it still open??does anyone know",
        &["is it still open??", "does anyone know"],
    );
    // URLs and e-mail addresses stay whole.
    check(
        &en,
        "See example.com/page?id=best for more.",
        &["See example.com/page?id=best for more."],
    );
}

#[test]
fn separator_lines_are_sentences_of_their_own() {
    let en = code("en");
    check(
        &en,
        "The meeting is over. *** Next we discuss the budget.",
        &["The meeting is over.", "***", "Next we discuss the budget."],
    );
    check(
        &en,
        "Thanks. ========== Forwarded note follows.",
        &["Thanks.", "==========", "Forwarded note follows."],
    );
}

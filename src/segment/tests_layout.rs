//! Tests of the rules for what trails a stop (quotes set apart, emoticons), quotations of
//! several sentences, datelines and mirrored brackets. Every sentence here was written for the
//! test.

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
fn a_closing_quote_set_apart_by_a_space_stays_with_its_sentence() {
    let nl = code("nl");
    check(
        &nl,
        ",,Het was een lange dag. '' Daarna ging hij naar huis.",
        &[",,Het was een lange dag. ''", "Daarna ging hij naar huis."],
    );
    check(
        &code("fr"),
        "Il a crié : \" Quelle surprise ! \" Puis il est parti.",
        &["Il a crié : \" Quelle surprise ! \"", "Puis il est parti."],
    );
}

#[test]
fn tex_quotes_close_and_open_sentences() {
    let en = code("en");
    check(
        &en,
        "He wrote ``We are ready.'' Then he left. ``Good,'' she said.",
        &[
            "He wrote ``We are ready.''",
            "Then he left.",
            "``Good,'' she said.",
        ],
    );
}

#[test]
fn emoticons_stay_with_the_sentence_they_follow() {
    let en = code("en");
    check(
        &en,
        "The party was great! :-) We should do it again.",
        &["The party was great! :-)", "We should do it again."],
    );
    check(
        &code("fi"),
        "Kiitos kaikille.:) Nähdään huomenna.",
        &["Kiitos kaikille.:)", "Nähdään huomenna."],
    );
    check(
        &en,
        "Thanks for the cake :) See you on Monday",
        &["Thanks for the cake :)", "See you on Monday"],
    );
    // Not a sentence's end: lower case follows, or it is a bracket.
    check(
        &en,
        "It works :) and it is fast.",
        &["It works :) and it is fast."],
    );
    check(
        &en,
        "Two options (A) Cheap (B) Fast",
        &["Two options (A) Cheap (B) Fast"],
    );
}

#[test]
fn sentences_of_a_long_quotation_each_stand_alone() {
    let pt = code("pt");
    check(
        &pt,
        "«Chegamos cedo ao mercado. Depois fomos todos juntos almoçar no restaurante da esquina», contou ela.",
        &[
            "«Chegamos cedo ao mercado.",
            "Depois fomos todos juntos almoçar no restaurante da esquina», contou ela.",
        ],
    );
    // A short clause before the attribution keeps the quotation whole.
    check(
        &pt,
        "«Chegamos cedo. Depois fomos embora», contou ela.",
        &["«Chegamos cedo. Depois fomos embora», contou ela."],
    );
}

#[test]
fn agency_datelines_are_sentences_of_their_own() {
    let en = code("en");
    check(
        &en,
        "OSLO (NTB) - Heavy snow closed the airport. Flights resume today.",
        &[
            "OSLO (NTB) -",
            "Heavy snow closed the airport.",
            "Flights resume today.",
        ],
    );
    check(
        &en,
        "Oslo - NTB: Heavy snow closed the airport.",
        &["Oslo - NTB:", "Heavy snow closed the airport."],
    );
    check(
        &code("fa"),
        "تهران - ایسنا: بارش برف فرودگاه را بست.",
        &["تهران - ایسنا:", "بارش برف فرودگاه را بست."],
    );
    // A dash inside an ordinary sentence is no dateline.
    check(
        &en,
        "We waited - and waited: nothing came.",
        &["We waited - and waited: nothing came."],
    );
}

#[test]
fn brackets_typed_in_the_wrong_direction_do_not_hide_stops() {
    let fa = code("fa");
    check(
        &fa,
        "او از علی) ع (یاد کرد. سپس رفت) ع (و برگشت.",
        &["او از علی) ع (یاد کرد.", "سپس رفت) ع (و برگشت."],
    );
}

//! The default scorer weighs the summary's budget and each text's lead: coverage counts for
//! one-sentence summaries only, and a text whose opening shares little with the rest loses its
//! lead bonus. Checked through `ScoreBreakdown`, as a user sees them.

use salient::{Language, Length, Sentence, Summarizer, Weights};

const D: Weights = Weights::DEFAULT;

/// A council report: a short opening, one long sentence that ties the others together.
const REPORT: &str = "The council met on Monday. The council approved the new school budget, \
    which raises funding for teachers, school buses and school repairs across the district, \
    after a long debate. Teachers welcomed the extra funding for the schools. Parents asked \
    about the school buses and the repairs. The district expects the repairs to start in the \
    spring.";

fn summarizer(length: Length) -> Summarizer {
    Summarizer::builder().length(length).build().unwrap()
}

fn coverage(sentences: &[Sentence<'_>]) -> Vec<f32> {
    sentences.iter().map(|s| s.breakdown.coverage).collect()
}

#[test]
fn coverage_counts_for_a_one_sentence_summary_only() {
    let one = summarizer(Length::sentences(1)).score(REPORT);
    let covered = coverage(&one);
    // The long sentence that shares the most with the rest has full coverage.
    assert_eq!(covered[1], D.coverage, "{covered:?}");
    assert!(covered.iter().all(|&c| (0.0..=D.coverage).contains(&c)));
    for sentence in &one {
        assert!((sentence.score - sentence.breakdown.total()).abs() < 1e-6);
    }
    let best = summarizer(Length::sentences(1)).summarize(REPORT);
    assert_eq!(best.sentences()[0].index, 1);
    for length in [
        Length::sentences(2),
        Length::sentences(3),
        Length::chars(80),
    ] {
        let scored = summarizer(length).score(REPORT);
        assert!(coverage(&scored).iter().all(|&c| c == 0.0), "{length:?}");
    }
    // `summarize_with` scores for the length it is given.
    let three = summarizer(Length::sentences(3));
    let picked = three.summarize_with(REPORT, Length::sentences(1));
    assert_eq!(picked.sentences()[0].breakdown.coverage, D.coverage);
}

#[test]
fn a_word_budget_of_about_one_sentence_is_a_one_sentence_summary() {
    // Scorable sentences of 24, 8, 9 and 10 words (the 5-word opening is too short): median
    // (upper) 10, so a budget of up to 25 words is one sentence.
    let short = summarizer(Length::words(25)).score(REPORT);
    assert!(coverage(&short).iter().any(|&c| c > 0.0));
    let long = summarizer(Length::words(26)).score(REPORT);
    assert!(coverage(&long).iter().all(|&c| c == 0.0));
    // Coverage counts only up to one and a half times the budget: the long sentence's 24 words
    // overshoot a 10-word budget, so its coverage is scaled by 15 / 24.
    let tight = coverage(&summarizer(Length::words(10)).score(REPORT));
    let whole = coverage(&summarizer(Length::words(25)).score(REPORT));
    // Relative to a sentence short enough to fit (sentence 4, 10 words).
    let shrink = (tight[1] / tight[4]) / (whole[1] / whole[4]);
    assert!(
        (shrink - 15.0 / 24.0).abs() < 1e-5,
        "{tight:?} vs {whole:?}"
    );
}

#[test]
fn coverage_is_off_with_a_query_or_with_stopwords_kept() {
    let one = summarizer(Length::sentences(1));
    assert!(
        coverage(&one.focus("school buses").score(REPORT))
            .iter()
            .all(|&c| c == 0.0)
    );
    let kept = Summarizer::builder()
        .length(Length::sentences(1))
        .stopwords(false)
        .build()
        .unwrap();
    assert!(coverage(&kept.score(REPORT)).iter().all(|&c| c == 0.0));
    let off = Summarizer::builder()
        .length(Length::sentences(1))
        .weights(Weights { coverage: 0.0, ..D })
        .build()
        .unwrap();
    assert!(coverage(&off.score(REPORT)).iter().all(|&c| c == 0.0));
}

/// A call transcript: its opening greets, and only the rest is about the results.
const CALL: &str = "Good morning everyone and welcome to this call. Thank you all for joining \
    us today. Let me hand over to our host now. Revenue grew twelve percent in the quarter on \
    strong cloud revenue. Cloud revenue grew faster than the rest of the quarter's revenue. \
    Margins in the cloud business rose with revenue in the quarter. We expect cloud revenue to \
    keep growing next quarter. Revenue guidance for the next quarter is higher.";

fn opening_bonus(text: &str, weights: Weights) -> f32 {
    let summarizer = Summarizer::builder().weights(weights).build().unwrap();
    summarizer.score(text)[0].breakdown.position
}

#[test]
fn an_opening_that_shares_little_with_the_rest_loses_its_lead_bonus() {
    assert_eq!(opening_bonus(CALL, D), 0.0);
    let whole = Weights {
        position_opening_ratio: 0.0,
        ..D
    };
    assert!(opening_bonus(CALL, whole) > 0.0);
    // A report that opens with its point keeps the bonus.
    let news = "Cloud revenue grew twelve percent in the quarter. Cloud margins rose with the \
        revenue. The company expects cloud revenue to grow next quarter. Analysts said cloud \
        revenue beat their forecasts for the quarter. Shares rose on the cloud results.";
    assert_eq!(opening_bonus(news, D), opening_bonus(news, whole));
    assert!(opening_bonus(news, D) > 0.0);
}

#[test]
fn the_language_neutral_mode_and_other_languages_score_finite() {
    for summarizer in [
        Summarizer::builder()
            .neutral()
            .length(Length::sentences(1))
            .build()
            .unwrap(),
        Summarizer::builder()
            .language(Language::German)
            .length(Length::words(3))
            .build()
            .unwrap(),
    ] {
        for sentence in summarizer.score(REPORT) {
            assert!(sentence.score.is_finite() && sentence.score >= 0.0);
        }
    }
}

//! One test per bug found by fuzzing or the adversarial corpus, named after what broke.

use salient::{Language, Summarizer};

/// Two weights of `f32::MAX` are each valid, but a score is their weighted sum, which overflowed
/// to infinity: `score()` returned infinite scores. Found by the `summarize` fuzz target.
#[test]
fn weights_adding_up_past_f32_max_gave_infinite_scores() {
    let err = Summarizer::builder()
        .tfidf_weight(f32::MAX)
        .position_weight(f32::MAX)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid sum of weights inf: expected a finite number (tfidf + position weight at most \
         f32::MAX)"
    );
    // The largest weights that still add up to a finite number are accepted and score finitely.
    let summarizer = Summarizer::builder()
        .language(Language::English)
        .tfidf_weight(f32::MAX / 2.0)
        .position_weight(f32::MAX / 2.0)
        .min_words(0)
        .build()
        .unwrap();
    let all = summarizer.score("Cats chase mice. Dogs chase cats. Mice hide from cats.");
    assert_eq!(all.len(), 3);
    assert!(all.iter().all(|s| s.score.is_finite()), "{all:?}");
}

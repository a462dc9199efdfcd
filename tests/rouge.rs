//! Properties of ROUGE scores that hold for any text.
#![cfg(feature = "eval")]

use proptest::prelude::*;
use salient::eval::{Convention, Fmeasure, Rouge, RougeScores};

/// Text from a small alphabet of words, punctuation, accents and line breaks, so that random
/// candidates and references share words often.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "the",
            "The",
            "cat",
            "cats",
            "sat",
            "on",
            "mat",
            "running",
            "runs",
            "a",
            "été",
            "Größe",
            "東京",
            "3.5%",
            ".",
            ",",
            "\n",
            "\n\n",
            " ",
            "İ",
            "",
            "ÉTÉ",
            "Straße",
            "研究",
            "かな",
            "ΟΔΟΣ",
            "snake_case",
        ]),
        0..40,
    )
    .prop_map(|words| words.join(" "))
}

fn convention() -> impl Strategy<Value = Convention> {
    prop::sample::select(Convention::ALL.to_vec())
}

fn all(scores: &RougeScores) -> [Fmeasure; 3] {
    [scores.rouge1, scores.rouge2, scores.rouge_lsum]
}

proptest! {
    #[test]
    fn scores_are_finite_and_between_zero_and_one(
        candidate in text(), reference in text(), stemming: bool
    ) {
        let scores = Rouge::new().stemming(stemming).score(&candidate, &reference);
        for f in all(&scores) {
            for value in [f.precision, f.recall, f.f1] {
                prop_assert!(value.is_finite() && (0.0..=1.0).contains(&value), "{scores:?}");
            }
            // F1 lies between precision and recall.
            prop_assert!(f.f1 <= f.precision.max(f.recall) + 1e-12);
            prop_assert!(f.f1 + 1e-12 >= f.precision.min(f.recall) || f.f1 == 0.0);
        }
    }

    /// Swapping candidate and reference swaps precision and recall of the n-gram scores.
    #[test]
    fn ngram_scores_are_symmetric(candidate in text(), reference in text()) {
        let rouge = Rouge::new().stemming(true);
        let forward = rouge.score(&candidate, &reference);
        let backward = rouge.score(&reference, &candidate);
        for (f, b) in [(forward.rouge1, backward.rouge1), (forward.rouge2, backward.rouge2)] {
            prop_assert_eq!(f.precision, b.recall);
            prop_assert_eq!(f.recall, b.precision);
        }
    }

    /// Any text with at least one token matches itself perfectly.
    #[test]
    fn text_scores_one_against_itself(text in text()) {
        let rouge = Rouge::new().stemming(true);
        let scores = rouge.score(&text, &text);
        if !rouge.tokenize(&text).is_empty() {
            prop_assert_eq!(scores.rouge1.f1, 1.0);
            prop_assert_eq!(scores.rouge_lsum.f1, 1.0);
        } else {
            prop_assert_eq!(scores, RougeScores::default());
        }
    }

    /// Arbitrary Unicode never panics.
    #[test]
    fn any_text_is_scored(candidate in any::<String>(), reference in any::<String>()) {
        let scores = Rouge::new().stemming(true).score(&candidate, &reference);
        prop_assert!(all(&scores).iter().all(|f| f.f1.is_finite()));
    }

    /// Every convention scores any pair of texts within 0..=1, and text with at least one
    /// token matches itself perfectly.
    #[test]
    fn every_convention_scores_within_bounds(
        convention in convention(), candidate in text(), reference in text()
    ) {
        let rouge = convention.rouge();
        let scores = rouge.score(&candidate, &reference);
        for f in all(&scores) {
            for value in [f.precision, f.recall, f.f1] {
                prop_assert!(value.is_finite() && (0.0..=1.0).contains(&value), "{scores:?}");
            }
        }
        let itself = rouge.score(&candidate, &candidate);
        if rouge.tokenize(&candidate).is_empty() {
            prop_assert_eq!(itself, RougeScores::default());
        } else {
            prop_assert_eq!(itself.rouge1.f1, 1.0);
            prop_assert_eq!(itself.rouge_lsum.f1, 1.0);
        }
    }

    /// Unicode tokens are lower-case runs of letters and digits, and a Han or Kana character
    /// is never part of a longer token.
    #[test]
    fn unicode_tokens_are_lower_case_letters_and_digits(text in any::<String>()) {
        for token in Convention::Unicode.rouge().tokenize(&text) {
            prop_assert!(!token.is_empty());
            prop_assert!(token.chars().all(char::is_alphanumeric), "{token:?}");
            prop_assert_eq!(&token.to_lowercase(), &token);
            let ideographic = token.chars().any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}'));
            prop_assert!(!ideographic || token.chars().count() == 1, "{token:?}");
        }
    }

    /// The best of several references is at least as good as each of them, metric by metric.
    #[test]
    fn the_best_reference_dominates(candidate in text(), references in prop::collection::vec(text(), 1..4)) {
        let rouge = Rouge::for_language("en");
        let each: Vec<RougeScores> = references.iter().map(|r| rouge.score(&candidate, r)).collect();
        let best = RougeScores::best(each.iter().copied());
        for s in &each {
            prop_assert!(best.rouge1.f1 >= s.rouge1.f1);
            prop_assert!(best.rouge2.f1 >= s.rouge2.f1);
            prop_assert!(best.rouge_lsum.f1 >= s.rouge_lsum.f1);
        }
    }
}

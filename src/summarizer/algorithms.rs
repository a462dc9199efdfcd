//! The glue between the summariser and the [`Algorithm`] catalogue: analyse the text, give the
//! scorer a [`DocumentView`], and make its scores safe to rank.

use super::{Summarizer, Workspace};
use crate::algorithm::{Algorithm, DocumentView, SentenceScorer};
use crate::error::Error;
use crate::score::ScoreBreakdown;
use crate::{Language, LanguageSource};

/// Checks an algorithm's own settings.
pub(super) fn validate(algorithm: &Algorithm) -> Result<(), Error> {
    match algorithm {
        Algorithm::Edmundson(edmundson) => edmundson.validate(),
        Algorithm::LexRank(lexrank) => lexrank.validate(),
        _ => Ok(()),
    }
}

impl Summarizer {
    /// Analyses `text` and fills the workspace's scores and breakdowns with `scorer`'s scores.
    ///
    /// Non-finite scores become 0, and ineligible sentences (headings; sentences under the
    /// minimum length except for Lead) get one less than the lowest eligible score and at most
    /// -1, so they rank below every eligible sentence.
    pub(super) fn score_with(
        &self,
        scorer: &dyn SentenceScorer,
        text: &str,
        workspace: &mut Workspace,
    ) -> (Option<Language>, LanguageSource) {
        let (lexicon, language) = self.analyse_into(text, workspace);
        let Workspace {
            document,
            idf,
            scratch,
            scores,
            breakdowns,
            lexicons,
            ..
        } = workspace;
        self.document_idf(document, &lexicon, 1.0, idf, scratch);
        super::keep_lexicon(lexicons, lexicon);

        let keep_short = self.algorithm.keeps_short_sentences();
        let too_short =
            |i: usize| !keep_short && (document.lettered_word_counts[i] as usize) < self.min_words;
        let eligible: Vec<bool> = (0..document.len())
            .map(|i| !document.headings[i] && !too_short(i))
            .collect();
        let title = document.title_index(|i| eligible[i]);
        let view = DocumentView::new(text, document, idf, &eligible, title);

        scores.clear();
        scores.resize(document.len(), 0.0);
        scorer.score(&view, scores);
        let mut lowest = 0f32;
        for (score, &eligible) in scores.iter_mut().zip(&eligible) {
            if !score.is_finite() {
                *score = 0.0;
            }
            if eligible {
                lowest = lowest.min(*score);
            }
        }
        // `lowest - 1` is finite: eligible scores are finite f32s.
        let below = (lowest - 1.0).max(f32::MIN);
        breakdowns.clear();
        for (i, score) in scores.iter_mut().enumerate() {
            if !eligible[i] {
                *score = below;
            }
            breakdowns.push(ScoreBreakdown {
                algorithm: *score,
                heading: document.headings[i],
                too_short: !document.headings[i] && too_short(i),
                ..ScoreBreakdown::default()
            });
        }
        language
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Length;

    const TEXT: &str = "Floods close schools\n\nHeavy rain flooded the valley towns on Monday morning. \
        Floods closed twelve schools across the valley towns. Officials said the schools \
        would reopen when the floods recede. Ok then.\n\nRain is expected again next week in the valley.";

    fn summarizer(algorithm: Algorithm) -> Summarizer {
        Summarizer::builder()
            .algorithm(algorithm)
            .build()
            .expect("valid")
    }

    #[test]
    fn every_algorithm_keeps_headings_and_fragments_out() {
        for name in Algorithm::NAMES {
            let algorithm = Algorithm::from_name(name).expect("known");
            let summary = summarizer(algorithm).summarize_with(TEXT, Length::sentences(3));
            assert_eq!(summary.len(), 3, "{name}");
            for sentence in summary.sentences() {
                assert!(!sentence.breakdown.heading, "{name}: {}", sentence.text);
                assert!(!sentence.breakdown.too_short, "{name}: {}", sentence.text);
                assert!(sentence.score.is_finite());
            }
        }
    }

    #[test]
    fn lead_takes_the_first_body_sentences() {
        let summary = summarizer(Algorithm::Lead).summarize_with(TEXT, Length::sentences(2));
        let indices: Vec<usize> = summary.iter().map(|s| s.index).collect();
        assert_eq!(indices, [1, 2]);
    }

    #[test]
    fn ineligible_sentences_rank_last_even_with_negative_scores() {
        #[derive(Debug)]
        struct Negative;
        impl SentenceScorer for Negative {
            fn score(&self, _: &DocumentView<'_>, scores: &mut [f32]) {
                for (i, s) in scores.iter_mut().enumerate() {
                    *s = if i == 2 { f32::NAN } else { -(i as f32) - 5.0 };
                }
            }
        }
        let all = summarizer(Algorithm::Custom(std::sync::Arc::new(Negative))).score(TEXT);
        let heading = &all[0];
        assert!(heading.breakdown.heading);
        assert!(all.iter().all(|s| s.score.is_finite()));
        assert!(
            all.iter()
                .filter(|s| s.index != 0 && !s.breakdown.too_short)
                .all(|s| s.score > heading.score)
        );
        assert_eq!(all[2].score, 0.0, "NaN becomes 0");
        assert_eq!(all[2].rank, 0);
    }

    #[test]
    fn odd_texts_never_panic_and_scores_are_finite() {
        for name in Algorithm::NAMES {
            let summarizer = summarizer(Algorithm::from_name(name).expect("known"));
            for text in crate::algorithm::testing::ODD_TEXTS {
                for sentence in summarizer.score(text) {
                    assert!(sentence.score.is_finite(), "{name} {text:?}");
                }
                let _ = summarizer.summarize_with(text, Length::ratio(0.5).expect("valid"));
            }
        }
    }

    #[test]
    fn invalid_settings_are_rejected() {
        use crate::{Edmundson, LexRank};
        assert!(
            Summarizer::builder()
                .algorithm(Algorithm::LexRank(LexRank::thresholded(1.5)))
                .build()
                .is_err()
        );
        assert!(
            Summarizer::builder()
                .algorithm(Algorithm::LexRank(LexRank::thresholded(f32::NAN)))
                .build()
                .is_err()
        );
        let none = Edmundson::default().weights(0.0, 0.0, 0.0, 0.0);
        assert!(
            Summarizer::builder()
                .algorithm(Algorithm::Edmundson(none))
                .build()
                .is_err()
        );
    }

    #[test]
    fn same_scores_on_any_thread() {
        let texts: Vec<String> = (0..8)
            .map(|i| format!("{TEXT} Extra sentence number {i} about the valley schools."))
            .collect();
        for name in Algorithm::NAMES {
            let summarizer = summarizer(Algorithm::from_name(name).expect("known"));
            let batch: Vec<Vec<f32>> = summarizer
                .summarize_batch(&texts)
                .iter()
                .map(|s| s.iter().map(|x| x.score).collect())
                .collect();
            let serial: Vec<Vec<f32>> = texts
                .iter()
                .map(|t| summarizer.summarize(t).iter().map(|x| x.score).collect())
                .collect();
            assert_eq!(batch, serial, "{name}");
        }
    }
}

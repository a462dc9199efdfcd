//! Scores from the [`crate::algorithm`] catalogue, made safe to rank: the scorer sees the
//! analysed document through a [`DocumentView`], and its scores come out finite, with every
//! ineligible sentence below every eligible one.

use super::breakdown::ScoreBreakdown;
use super::is_eligible;
use crate::algorithm::{DocumentView, SentenceScorer};
use crate::analysis::document::Document;

/// Fills `scores` and `breakdowns` with `scorer`'s scores of `document` (the analysis of
/// `text`, whose local terms weigh `idf`).
///
/// Non-finite scores become 0, and ineligible sentences (headings; sentences under `min_words`
/// unless `keep_short`) get one less than the lowest eligible score and at most -1, so they rank
/// below every eligible sentence.
#[allow(clippy::too_many_arguments)]
pub(crate) fn algorithm_scores(
    scorer: &dyn SentenceScorer,
    text: &str,
    document: &Document,
    idf: &[f32],
    min_words: usize,
    keep_short: bool,
    scores: &mut Vec<f32>,
    breakdowns: &mut Vec<ScoreBreakdown>,
) {
    let min_words = if keep_short { 0 } else { min_words };
    let eligible: Vec<bool> = (0..document.len())
        .map(|i| is_eligible(document, i, min_words))
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
        let heading = document.headings[i];
        breakdowns.push(ScoreBreakdown {
            algorithm: *score,
            heading,
            too_short: !heading && (document.lettered_word_counts[i] as usize) < min_words,
            ..ScoreBreakdown::default()
        });
    }
}

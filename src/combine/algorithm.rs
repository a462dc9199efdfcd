//! Scores from the [`crate::algorithm`] catalogue, made safe to rank: the scorer sees the
//! analysed document through a [`DocumentView`], and its scores come out finite, with every
//! ineligible sentence below every eligible one.

use super::breakdown::ScoreBreakdown;
use super::is_eligible;
use crate::algorithm::{DocumentView, SentenceScorer};
use crate::analysis::document::Document;

/// Fills `scores` and `breakdowns` with `scorer`'s scores of `document` (the analysis of
/// `texts`: one, or the documents of a cluster), whose local terms weigh `idf`.
///
/// Non-finite scores become 0, and ineligible sentences (headings; sentences under `min_words`
/// unless `keep_short`) get one less than the lowest eligible score and at most -1, so they rank
/// below every eligible sentence.
///
/// With `relevance` (a query's, and its weight), the scorer's scores are biased toward the
/// query: scaled so the best eligible one is 1 (the lowest 0), they get the sentence's
/// relevance, scaled so the most relevant is 1, times the weight added.
#[allow(clippy::too_many_arguments)]
pub(crate) fn algorithm_scores(
    scorer: &dyn SentenceScorer,
    texts: &[&str],
    document: &Document,
    idf: &[f32],
    min_words: usize,
    keep_short: bool,
    relevance: Option<(&[f32], f32)>,
    scores: &mut Vec<f32>,
    breakdowns: &mut Vec<ScoreBreakdown>,
) {
    let min_words = if keep_short { 0 } else { min_words };
    let eligible: Vec<bool> = (0..document.len())
        .map(|i| is_eligible(document, i, min_words))
        .collect();
    let title = document.title_index(|i| eligible[i]);
    let view = DocumentView::new(texts, document, idf, &eligible, title);

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
    let mut query = vec![0f32; if relevance.is_some() { scores.len() } else { 0 }];
    if let Some((relevance, weight)) = relevance {
        bias(scores, &eligible, relevance, weight, &mut query);
        lowest = 0.0;
    }
    // `lowest - 1` is finite: eligible scores are finite f32s.
    let below = (lowest - 1.0).max(f32::MIN);
    breakdowns.clear();
    for (i, score) in scores.iter_mut().enumerate() {
        let query = query.get(i).copied().unwrap_or(0.0);
        let algorithm = if eligible[i] { *score } else { below };
        *score = algorithm + query;
        let heading = document.headings[i];
        breakdowns.push(ScoreBreakdown {
            algorithm,
            query,
            heading,
            too_short: !heading && (document.lettered_word_counts[i] as usize) < min_words,
            ..ScoreBreakdown::default()
        });
    }
}

/// Scales the eligible `scores` to `0..=1` (lowest to best) and writes to `query` each eligible
/// sentence's `relevance` scaled so the most relevant is 1, times `weight`.
fn bias(scores: &mut [f32], eligible: &[bool], relevance: &[f32], weight: f32, query: &mut [f32]) {
    let eligible_values = |values: &[f32]| -> Vec<f32> {
        values
            .iter()
            .zip(eligible)
            .filter(|&(_, &e)| e)
            .map(|(&v, _)| v)
            .collect()
    };
    let own = eligible_values(scores);
    let low = own.iter().copied().fold(f32::INFINITY, f32::min);
    let high = own.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    // The range of finite f32s can overflow f32: subtract in f64.
    let range = f64::from(high) - f64::from(low);
    let best_relevance = eligible_values(relevance).into_iter().fold(0f32, f32::max);
    for i in 0..scores.len() {
        if !eligible[i] {
            continue;
        }
        scores[i] = if range > 0.0 {
            ((f64::from(scores[i]) - f64::from(low)) / range) as f32
        } else {
            1.0
        };
        if best_relevance > 0.0 {
            query[i] = weight * (relevance[i] / best_relevance).min(1.0);
        }
    }
}

//! Luhn (1958), "The automatic creation of literature abstracts": a sentence is as good as its
//! densest cluster of significant words.
//!
//! Significant words are the document's frequent terms: stopwords are already gone, and a term
//! is significant when it occurs at least [`LUHN_MIN_COUNT`] times. A cluster is a run of
//! terms that starts and ends with a significant one and has at most [`LUHN_MAX_GAP`]
//! insignificant terms between consecutive significant ones; it scores
//! `significant² / length`. Distances are counted in terms (stopwords are not kept).

use super::{DocumentView, SentenceScorer};

/// Occurrences in the document that make a term significant.
pub(crate) const LUHN_MIN_COUNT: u32 = 2;
/// Most insignificant terms allowed between two significant ones in a cluster (Luhn used 4).
pub(crate) const LUHN_MAX_GAP: usize = 4;

/// The Luhn scorer.
#[derive(Debug)]
pub(crate) struct Luhn;

impl SentenceScorer for Luhn {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let mut counts = vec![0u32; document.term_count()];
        for i in 0..document.len() {
            for &t in document.terms(i) {
                counts[t as usize] = counts[t as usize].saturating_add(1);
            }
        }
        for (i, score) in scores.iter_mut().enumerate() {
            if document.is_eligible(i) {
                *score = best_cluster(document.terms(i), |t| counts[t as usize] >= LUHN_MIN_COUNT);
            }
        }
    }
}

/// The best `significant² / length` over the clusters of `terms`.
fn best_cluster(terms: &[u32], significant: impl Fn(u32) -> bool) -> f32 {
    let mut best = 0f32;
    // (first position, last position, significant count) of the open cluster
    let mut open: Option<(usize, usize, u32)> = None;
    let close = |(first, last, count): (usize, usize, u32)| {
        let count = count as f32;
        count * count / (last - first + 1) as f32
    };
    for (position, &term) in terms.iter().enumerate() {
        if !significant(term) {
            continue;
        }
        open = match open {
            Some((first, last, count)) if position - last - 1 <= LUHN_MAX_GAP => {
                Some((first, position, count + 1))
            }
            Some(cluster) => {
                best = best.max(close(cluster));
                Some((position, position, 1))
            }
            None => Some((position, position, 1)),
        };
    }
    if let Some(cluster) = open {
        best = best.max(close(cluster));
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    #[test]
    fn clusters_by_hand() {
        let sig = |t: u32| t < 10;
        // s s . . s → one cluster of 3 significant words over 5 terms: 9 / 5.
        assert_eq!(best_cluster(&[1, 2, 50, 51, 3], sig), 9.0 / 5.0);
        // s, five gaps, s → two clusters of one: 1.
        assert_eq!(best_cluster(&[1, 50, 51, 52, 53, 54, 2], sig), 1.0);
        // s s s s | 5 gaps | s → 16 / 4 = 4.
        assert_eq!(best_cluster(&[1, 2, 3, 4, 50, 51, 52, 53, 54, 5], sig), 4.0);
        assert_eq!(best_cluster(&[50, 51], sig), 0.0);
        assert_eq!(best_cluster(&[], sig), 0.0);
    }

    #[test]
    fn dense_sentence_of_frequent_words_wins() {
        let s = scores(
            &Luhn,
            "Budget talks stall. Budget talks resume today. Weather is sunny and warm.",
            0,
        );
        // Sentence 1: budget, talk, resum, today — budget and talk significant: 4 / 2 = 2.
        assert_eq!(s, [2.0, 2.0, 0.0]);
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&Luhn);
    }
}

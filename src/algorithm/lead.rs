//! Lead: the first body sentences, the baseline every news summariser is measured against.
//!
//! Headings (headline, dateline, byline lines) are skipped: they are not sentences of the
//! lead. Short sentences are kept, so Lead-k is the first k non-heading sentences.

use super::{DocumentView, SentenceScorer};

/// The Lead scorer: `1 / (1 + p)` for the `p`-th eligible sentence of its document. In a
/// cluster every document has its lead, so the first sentences of all documents rank first (in
/// the cluster's order, as ties break by index), then the second ones, and so on.
#[derive(Debug)]
pub(crate) struct Lead;

impl SentenceScorer for Lead {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let mut position = 0u32;
        for (i, score) in scores.iter_mut().enumerate() {
            if i > 0 && document.document(i) != document.document(i - 1) {
                position = 0;
            }
            if document.is_eligible(i) {
                *score = 1.0 / (1.0 + position as f32);
                position = position.saturating_add(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    #[test]
    fn first_body_sentences_rank_first() {
        let s = scores(
            &Lead,
            "Headline here\n\nFirst one. Second one. Third one.",
            0,
        );
        assert_eq!(s, [0.0, 1.0, 0.5, 1.0 / 3.0]);
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&Lead);
    }
}

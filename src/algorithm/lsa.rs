//! LSA (Steinberger & Ježek 2004): decompose the term × sentence matrix `A = U Σ Vᵀ`; a
//! sentence scores the length of its vector in the space of the top [`LSA_DIMENSIONS`]
//! topics, `sqrt(Σ_k σ_k² v_k,i²)`, so it is rewarded for weighing on several strong topics.
//!
//! Cells are TF-IDF (count × IDF); columns are the eligible sentences. The SVD is the small
//! deterministic one in `svd.rs`.

use super::svd::{Columns, truncated_svd};
use super::{DocumentView, SentenceScorer, tfidf_vectors};

/// Topics (singular triplets) kept.
pub(crate) const LSA_DIMENSIONS: usize = 3;

/// The LSA scorer.
#[derive(Debug)]
pub(crate) struct Lsa;

impl SentenceScorer for Lsa {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let nodes = document.eligible_sentences();
        let columns = tfidf_vectors(document, &nodes);
        let matrix = Columns {
            rows: document.term_count(),
            columns: &columns,
        };
        let (sigma, vectors) = truncated_svd(&matrix, LSA_DIMENSIONS);
        for (j, &i) in nodes.iter().enumerate() {
            let length: f64 = sigma
                .iter()
                .zip(&vectors)
                .map(|(s, v)| s * s * v[j] * v[j])
                .sum();
            scores[i] = length.sqrt() as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    #[test]
    fn scores_are_at_most_the_sentence_norm_and_equal_it_at_full_rank() {
        // Two sentences with IDF 1 + ln(3/2) on unshared terms and 1 on the shared one: the
        // matrix has rank 2 <= LSA_DIMENSIONS, so each score is the column's whole TF-IDF norm.
        let s = scores(&Lsa, "Cats chase mice. Cats eat fish.", 0);
        let rare = 1.0 + 1.5f32.ln();
        let norm = (1.0 + 2.0 * rare * rare).sqrt();
        assert!(
            (s[0] - norm).abs() < 1e-4 && (s[1] - norm).abs() < 1e-4,
            "{s:?} {norm}"
        );
    }

    #[test]
    fn one_sentence_scores_its_own_length() {
        // One column: σ₁ = ‖column‖ and v = (1), so the score is the TF-IDF norm: terms cat,
        // mat with IDF 1 (n = 1, df = 1) → √2.
        let s = scores(&Lsa, "Cats on mats.", 0);
        assert!((s[0] - 2f32.sqrt()).abs() < 1e-5, "{s:?}");
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&Lsa);
    }
}

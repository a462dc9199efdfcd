//! TextRank (Mihalcea & Tarau 2004), sentence extraction: PageRank over a graph whose edge
//! between sentences `Si` and `Sj` weighs their word overlap,
//! `|{w : w ∈ Si and w ∈ Sj}| / (ln |Si| + ln |Sj|)`, damping 0.85.
//!
//! Words are the sentence's terms (stems without stopwords); `|S|` counts them with repeats and
//! the overlap counts distinct shared terms. When the denominator is 0 (two one-term sentences)
//! the overlap itself is the weight. The graph is sparse (see `graph.rs`).

use super::graph;
use super::{DocumentView, SentenceScorer, term_counts};

/// The TextRank scorer.
#[derive(Debug)]
pub(crate) struct TextRank;

impl SentenceScorer for TextRank {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let nodes = document.eligible_sentences();
        let mut counts = Vec::new();
        let vectors: Vec<Vec<(u32, f64)>> = nodes
            .iter()
            .map(|&i| {
                term_counts(document.terms(i), &mut counts);
                counts.iter().map(|&(t, _)| (t, 1.0)).collect()
            })
            .collect();
        let log_length: Vec<f64> = nodes
            .iter()
            .map(|&i| (document.terms(i).len().max(1) as f64).ln())
            .collect();
        let graph = graph::build(&vectors, document.term_count(), |i, j, overlap| {
            let denominator = log_length[i] + log_length[j];
            if denominator > 0.0 {
                overlap / denominator
            } else {
                overlap
            }
        });
        let rank = graph::pagerank(&graph);
        for (&i, &r) in nodes.iter().zip(&rank) {
            scores[i] = r as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    #[test]
    fn the_sentence_linking_the_others_ranks_first() {
        // Sentence 1 shares terms with both others, which share nothing with each other.
        let s = scores(
            &TextRank,
            "Cats chase mice. Cats and dogs chase mice and bark. Dogs bark.",
            0,
        );
        assert!(s[1] > s[0] && s[1] > s[2], "{s:?}");
        // Hand check: |S0| = 3 (cat chase mice), |S1| = 5, |S2| = 2 (dog bark). w01 = 3 / (ln 3 +
        // ln 5), w12 = 2 / (ln 5 + ln 2). Node 1 passes rank in proportion to those weights.
        let w01 = 3.0 / (3f32.ln() + 5f32.ln());
        let w12 = 2.0 / (5f32.ln() + 2f32.ln());
        // Stationary: r0 = 0.05 + 0.85 r1 w01/(w01+w12), r2 = 0.05 + 0.85 r1 w12/(w01+w12).
        let r1 = s[1];
        let expected0 = 0.05 + 0.85 * r1 * w01 / (w01 + w12);
        assert!((s[0] - expected0).abs() < 1e-5, "{s:?} {expected0}");
    }

    #[test]
    fn headings_and_short_sentences_get_nothing() {
        let s = scores(
            &TextRank,
            "Cats and mice\n\nCats chase mice all day long. Mice flee the cats at night. Ok.",
            4,
        );
        assert_eq!(s[0], 0.0);
        assert_eq!(s[3], 0.0);
        assert!(s[1] > 0.0 && s[2] > 0.0);
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&TextRank);
    }
}

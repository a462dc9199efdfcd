//! KL-Sum (Haghighi & Vanderwende 2009): greedily add the sentence that makes the summary's
//! term distribution `P_S` closest to the document's `P_D`, by `KL(P_D ‖ P_S)`.
//!
//! `P_S` is smoothed, `(c_S(w) + δ) / (|S| + δ V)` with δ = [`KL_SMOOTHING`] over the document's
//! `V` terms, so the divergence stays finite before a term is covered. Only the terms of a
//! candidate change the sum, so each step costs one pass over the candidates' terms. The pick
//! order becomes decreasing scores; after [`GREEDY_PICKS`] picks the rest rank below every
//! pick, by their divergence as a one-sentence summary.

use super::sumbasic::GREEDY_PICKS;
use super::{DocumentView, Postings, SentenceScorer, term_counts};

/// Additive smoothing of the summary distribution.
pub(crate) const KL_SMOOTHING: f64 = 0.01;

/// The KL-Sum scorer.
#[derive(Debug)]
pub(crate) struct KlSum;

impl SentenceScorer for KlSum {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let v = document.term_count();
        let total: usize = (0..document.len()).map(|i| document.terms(i).len()).sum();
        if total == 0 || v == 0 {
            return;
        }
        let mut p_doc = vec![0f64; v];
        for i in 0..document.len() {
            for &t in document.terms(i) {
                p_doc[t as usize] += 1.0;
            }
        }
        for value in &mut p_doc {
            *value /= total as f64;
        }
        let candidates: Vec<usize> = document
            .eligible_sentences()
            .into_iter()
            .filter(|&i| !document.terms(i).is_empty())
            .collect();
        let mut scratch = Vec::new();
        let bags: Vec<Vec<(u32, u32)>> = candidates
            .iter()
            .map(|&i| {
                term_counts(document.terms(i), &mut scratch);
                scratch.clone()
            })
            .collect();
        let smoothing_mass = KL_SMOOTHING * v as f64;
        // Summary counts and length. The divergence is Σ P_D ln P_D − Σ P_D ln(c + δ) +
        // ln(L + δV); only the last two terms depend on the summary. Adding a candidate raises
        // Σ P_D ln(c + δ) by its `gain`, which only changes when a pick shares one of its
        // terms, so gains are cached and refreshed through an inverted index.
        let mut counts = vec![0f64; v];
        let mut length = 0f64;
        let gain_of = |bag: &[(u32, u32)], counts: &[f64]| {
            bag.iter()
                .map(|&(t, c)| {
                    let before = counts[t as usize] + KL_SMOOTHING;
                    p_doc[t as usize] * ((before + f64::from(c)) / before).ln()
                })
                .sum::<f64>()
        };
        let sizes: Vec<f64> = bags
            .iter()
            .map(|bag| bag.iter().map(|&(_, c)| f64::from(c)).sum())
            .collect();
        let mut gains: Vec<f64> = bags.iter().map(|bag| gain_of(bag, &counts)).collect();
        let terms_of: Vec<Vec<u32>> = bags
            .iter()
            .map(|bag| bag.iter().map(|&(t, _)| t).collect())
            .collect();
        let postings = Postings::new(&terms_of, v);
        let mut stamp = vec![usize::MAX; candidates.len()];
        let mut picked = vec![false; candidates.len()];
        let picks = candidates.len().min(GREEDY_PICKS);
        for pick in 0..picks {
            let best = (0..candidates.len())
                .filter(|&c| !picked[c])
                .map(|c| (c, (length + sizes[c] + smoothing_mass).ln() - gains[c]))
                .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            let Some((best, _)) = best else { break };
            picked[best] = true;
            scores[candidates[best]] = 1.0 + (picks - pick) as f32;
            for &(t, c) in &bags[best] {
                counts[t as usize] += f64::from(c);
            }
            length += sizes[best];
            for &(t, _) in &bags[best] {
                for &c in postings.get(t as usize) {
                    let c = c as usize;
                    if !picked[c] && stamp[c] != pick {
                        stamp[c] = pick;
                        gains[c] = gain_of(&bags[c], &counts);
                    }
                }
            }
        }
        // Unpicked: 1 / (1 + divergence as a sentence alone), in 0..1, below every pick.
        let empty = vec![0f64; v];
        for (c, &i) in candidates.iter().enumerate() {
            if !picked[c] {
                let alone = (sizes[c] + smoothing_mass).ln()
                    - gain_of(&bags[c], &empty)
                    - smoothing_mass.ln();
                scores[i] = (1.0 / (1.0 + alone.max(0.0))) as f32;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    #[test]
    fn first_pick_covers_the_frequent_terms() {
        // P_D: cat 3/6, dog 2/6, fish 1/6. Sentence 0 {cat, dog} moves the summary closest to
        // P_D; then the sentence with the remaining mass.
        let s = scores(&KlSum, "Cats and dogs. Cats and fish. Cats and dogs.", 0);
        assert!(s[0] > s[1], "{s:?}");
        // After {cat, dog}, adding {cat, fish} covers fish, while a second {cat, dog} does not.
        assert!(s[1] > s[2], "{s:?}");
    }

    #[test]
    fn divergence_by_hand() {
        // Two sentences, {a} and {b, b, b}: P_D is a 1/4, b 3/4. KL(P_D ‖ summary) after {a} is
        // 1/4 ln(1/4 / ((1+δ)/(1+2δ))) + 3/4 ln(3/4 / (δ/(1+2δ))), far larger than after
        // {b b b}, so {b b b} is picked first and ranks higher.
        let s = scores(&KlSum, "Apples. Bananas bananas bananas.", 0);
        assert!(s[1] > s[0], "{s:?}");
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&KlSum);
    }
}

//! SumBasic (Nenkova & Vanderwende 2005): words frequent in the input are likely in a human
//! summary, and a word already said is less likely to be said again.
//!
//! 1. `p(w)` = the share of the document's terms that are `w`;
//! 2. a sentence weighs the mean `p` of its terms;
//! 3. pick the best-weighted sentence among those containing the most probable remaining term;
//! 4. square `p(w)` for every term of the pick, and go back to 2.
//!
//! The pick order becomes decreasing scores. Picking stops after [`GREEDY_PICKS`] sentences (a
//! budget larger than any summary); the rest score their final mean probability, below every
//! pick.

use super::{DocumentView, Postings, SentenceScorer, term_counts};

/// Most sentences SumBasic and KL-Sum pick greedily; later sentences rank by a cheaper rule.
pub(crate) const GREEDY_PICKS: usize = 1_000;

/// The SumBasic scorer.
#[derive(Debug)]
pub(crate) struct SumBasic;

impl SentenceScorer for SumBasic {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let terms = document.term_count();
        let total: usize = (0..document.len()).map(|i| document.terms(i).len()).sum();
        if total == 0 {
            return;
        }
        let mut p = vec![0f64; terms];
        for i in 0..document.len() {
            for &t in document.terms(i) {
                p[t as usize] += 1.0;
            }
        }
        for value in &mut p {
            *value /= total as f64;
        }
        // Candidates: eligible sentences with terms; postings of each term over them.
        let candidates: Vec<usize> = document
            .eligible_sentences()
            .into_iter()
            .filter(|&i| !document.terms(i).is_empty())
            .collect();
        let mut counts = Vec::new();
        let distinct: Vec<Vec<u32>> = candidates
            .iter()
            .map(|&i| {
                term_counts(document.terms(i), &mut counts);
                counts.iter().map(|&(t, _)| t).collect()
            })
            .collect();
        let postings = Postings::new(&distinct, terms);
        // Unpicked candidates containing each term.
        let mut remaining: Vec<u32> = (0..terms).map(|t| postings.get(t).len() as u32).collect();
        let mut picked = vec![false; candidates.len()];
        let weight = |c: usize, p: &[f64]| {
            let words = document.terms(candidates[c]);
            words.iter().map(|&t| p[t as usize]).sum::<f64>() / words.len() as f64
        };
        let picks = candidates.len().min(GREEDY_PICKS);
        for pick in 0..picks {
            // The most probable term still in an unpicked sentence (ties: lowest id).
            let Some(top) = (0..terms)
                .filter(|&t| remaining[t] > 0)
                .max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a)))
            else {
                break;
            };
            let best = postings
                .get(top)
                .iter()
                .map(|&c| c as usize)
                .filter(|&c| !picked[c])
                .map(|c| (c, weight(c, &p)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let Some((best, _)) = best else { break };
            picked[best] = true;
            scores[candidates[best]] = 1.0 + (picks - pick) as f32;
            for &t in &distinct[best] {
                p[t as usize] *= p[t as usize];
                remaining[t as usize] -= 1;
            }
        }
        for (c, &i) in candidates.iter().enumerate() {
            if !picked[c] {
                scores[i] = weight(c, &p) as f32;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    #[test]
    fn picks_by_hand() {
        // Terms: cat ×3, dog ×2, bird ×1, fish ×1 (7). p(cat) = 3/7 is highest: among the
        // sentences with "cat", 0 {cat, dog} has mean 2.5/7, 1 and 2 have 2/7 → pick 0. Then
        // p(cat) = 9/49, p(dog) = 4/49; cat (9/49) is still the top term, 1 and 2 tie at 8/49
        // and the lower index wins → pick 1. Then fish (7/49) beats dog (4/49) → 2, then 3.
        let s = scores(
            &SumBasic,
            "Cats and dogs. Birds and cats. Cats and fish. Dogs.",
            0,
        );
        assert!(s[0] > s[1] && s[1] > s[2] && s[2] > s[3], "{s:?}");
        assert_eq!(s[0], 5.0);
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&SumBasic);
    }
}

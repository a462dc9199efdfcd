//! Redundancy control: maximal marginal relevance (MMR, Carbonell & Goldstein 1998).
//!
//! Sentences are taken one at a time, each time the one with the best score discounted by its
//! similarity to the sentences already taken: `score − weight × similarity × |score|`, where
//! the similarity is the largest cosine between the TF-IDF vectors of the candidate and of a
//! taken sentence. A sentence that repeats one already in the summary gives way to the next best
//! that says something else. The discount is a share of the score (for a positive score,
//! `score × (1 − weight × similarity)`), so with a weight of at most 1 it never makes a positive
//! score negative: a sentence scored 0 or less (a heading, a fragment) never overtakes a real
//! sentence, however redundant that one is.

use crate::analysis::document::Document;

/// How many of the best sentences (by score) redundancy control may reorder. Each pick compares
/// the candidates with the sentence just taken, so the cost is picks × the candidates' terms:
/// the bound keeps it linear in the document's length. A summary of more sentences than this
/// takes the rest in score order.
pub(crate) const MAX_CANDIDATES: usize = 1000;

/// Scratch space, kept between documents.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Dense TF-IDF vector of one sentence, indexed by local term id; all zeros between uses.
    dense: Vec<f32>,
    /// Norm of each candidate's TF-IDF vector, by position in the candidate list.
    norms: Vec<f32>,
    /// Largest similarity of each candidate to a sentence already taken, by position.
    similarity: Vec<f32>,
}

/// Reorders the start of `ranking` (sentence indices, best score first) so that its first
/// `picks` entries are the ones MMR takes in turn, among the first [`MAX_CANDIDATES`]
/// entries. The rest keeps its order. `idf` gives the weight of each local term; `weight` is in
/// `0..=1`, and 0 leaves `ranking` as it is. Ties go to the sentence ranked first by score, so
/// the result is deterministic.
pub(crate) fn rerank(
    doc: &Document,
    idf: &[f32],
    scores: &[f32],
    weight: f32,
    picks: usize,
    ranking: &mut [usize],
    scratch: &mut Scratch,
) {
    let pool = ranking.len().min(MAX_CANDIDATES);
    let picks = picks.min(pool);
    if weight <= 0.0 || picks < 2 {
        return; // The first pick is the best sentence whatever the weight.
    }
    let Scratch {
        dense,
        norms,
        similarity,
    } = scratch;
    dense.clear();
    dense.resize(doc.term_count(), 0.0);
    norms.clear();
    norms.extend(ranking[..pool].iter().map(|&i| {
        let terms = doc.sentence_terms(i);
        scatter(terms, idf, dense);
        // Each distinct term once: its entry is zeroed after it is counted.
        let norm_squared: f32 = terms
            .iter()
            .map(|&t| std::mem::take(&mut dense[t as usize]).powi(2))
            .sum();
        norm_squared.sqrt()
    }));
    similarity.clear();
    similarity.resize(pool, 0.0);

    for taken in 0..picks {
        if taken > 0 {
            let best = (taken..pool)
                .map(|p| {
                    let score = scores[ranking[p]];
                    (p, score - weight * similarity[p] * score.abs())
                })
                // The first of equal gains, so ties keep the score order.
                .fold(None, |best: Option<(usize, f32)>, (p, gain)| match best {
                    Some((_, best_gain)) if best_gain >= gain => best,
                    _ => Some((p, gain)),
                })
                .map_or(taken, |(p, _)| p);
            ranking[taken..=best].rotate_right(1);
            norms[taken..=best].rotate_right(1);
            similarity[taken..=best].rotate_right(1);
        }
        if taken + 1 == picks {
            break; // Nothing is compared with the last pick.
        }
        let chosen = ranking[taken];
        let chosen_norm = norms[taken];
        let chosen_terms = doc.sentence_terms(chosen);
        scatter(chosen_terms, idf, dense);
        for p in taken + 1..pool {
            let denominator = norms[p] * chosen_norm;
            if denominator > 0.0 {
                // Σ over occurrences of idf × the chosen vector = Σ over terms of count × idf ×
                // the chosen vector: the dot product.
                let dot: f32 = doc
                    .sentence_terms(ranking[p])
                    .iter()
                    .map(|&t| idf[t as usize] * dense[t as usize])
                    .sum();
                similarity[p] = similarity[p].max((dot / denominator).clamp(0.0, 1.0));
            }
        }
        for &t in chosen_terms {
            dense[t as usize] = 0.0;
        }
    }
}

/// Adds the TF-IDF vector of a sentence (count × IDF per term) into `dense`.
fn scatter(terms: &[u32], idf: &[f32], dense: &mut [f32]) {
    for &t in terms {
        dense[t as usize] += idf[t as usize];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reranked(text: &str, scores: &[f32], weight: f32, picks: usize) -> Vec<usize> {
        let doc = Document::english(text);
        let idf = vec![1.0; doc.term_count()];
        let mut ranking = Vec::new();
        crate::select::rank(scores, &mut ranking);
        rerank(
            &doc,
            &idf,
            scores,
            weight,
            picks,
            &mut ranking,
            &mut Scratch::default(),
        );
        ranking
    }

    const TEXT: &str = "Floods closed the schools. The schools were closed by floods. \
                        Rain will fall again on Thursday. Officials counted the damage.";

    #[test]
    fn a_repeat_gives_way_to_a_new_point() {
        let scores = [1.0, 0.95, 0.9, 0.5];
        assert_eq!(reranked(TEXT, &scores, 0.0, 4), [0, 1, 2, 3], "off");
        // Sentence 1 repeats sentence 0 (cosine 1 on {flood, school, close}): 0.95 × 0 < 0.9.
        assert_eq!(reranked(TEXT, &scores, 1.0, 4), [0, 2, 3, 1]);
        // Weight 0.4: 0.95 × 0.6 = 0.57 loses to 0.9 but beats 0.5.
        assert_eq!(reranked(TEXT, &scores, 0.4, 4), [0, 2, 1, 3]);
    }

    #[test]
    fn only_the_picks_are_reordered_and_sentences_scored_zero_stay_last() {
        let scores = [1.0, 0.95, 0.0, 0.5];
        // One pick: the best, and nothing else moves.
        assert_eq!(reranked(TEXT, &scores, 1.0, 1), [0, 1, 3, 2]);
        // The duplicate falls to 0 and ties the unscored sentence; the tie keeps score order.
        assert_eq!(reranked(TEXT, &scores, 1.0, 4), [0, 3, 1, 2]);
        // Two picks: the second is chosen, the rest keeps its order.
        assert_eq!(reranked(TEXT, &scores, 1.0, 2), [0, 3, 1, 2]);
    }

    #[test]
    fn empty_and_termless_documents() {
        assert!(reranked("", &[], 1.0, 3).is_empty());
        // No terms at all: every similarity is 0 and the score order stands.
        let text = "Is it? It is. Was it?";
        assert_eq!(Document::english(text).len(), 3);
        assert_eq!(reranked(text, &[0.3, 0.2, 0.1], 1.0, 3), [0, 1, 2]);
    }
}

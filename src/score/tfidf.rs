//! TF-IDF vectors and cosine similarity of each sentence to a fixed vector: the whole document
//! (centrality) or its headline (title overlap).

use crate::analysis::document::Document;

/// Writes to `out[i]` the cosine similarity between sentence `i`'s TF-IDF vector and the TF-IDF
/// vector of the *rest* of the document (term counts over all other sentences times IDF).
///
/// Cosine divides by the sentence's own norm, and leaving the sentence out of the document
/// vector removes its self-similarity, so a long sentence does not win by length alone; a
/// sentence without terms, or sharing none with the rest, scores 0. Results are in `0..=1`.
pub(crate) fn centroid_similarity(
    doc: &Document,
    idf: &[f32],
    out: &mut Vec<f32>,
    target: &mut Vec<f32>,
    counts: &mut Vec<u32>,
) {
    target.clear();
    target.extend(
        doc.term_counts
            .iter()
            .zip(idf)
            .map(|(&count, &idf)| count as f32 * idf),
    );
    cosine_to(doc, idf, target, out, counts, true);
}

/// Writes to `out[i]` the cosine similarity between sentence `i` and sentence `title` (the
/// headline); all zeros when there is no title.
pub(crate) fn title_similarity(
    doc: &Document,
    idf: &[f32],
    title: Option<usize>,
    out: &mut Vec<f32>,
    target: &mut Vec<f32>,
    counts: &mut Vec<u32>,
) {
    let Some(title) = title else {
        out.clear();
        out.resize(doc.len(), 0.0);
        return;
    };
    target.clear();
    target.resize(doc.term_count(), 0.0);
    for &term in doc.sentence_terms(title) {
        target[term as usize] += idf[term as usize];
    }
    cosine_to(doc, idf, target, out, counts, false);
}

/// The centrality that counts as full when the top `share` of `values` (the centralities of the
/// scorable sentences) should all reach it: the value at quantile `1 - share`, the
/// `round((len - 1) × (1 - share))`-th smallest. `share = 0` gives the largest value. When that
/// value is 0 (most sentences share nothing with the rest), the largest value sets the scale,
/// as with no saturation; 0 for no values. Reorders `values`.
pub(crate) fn saturation_point(values: &mut [f32], share: f32) -> f32 {
    if values.is_empty() {
        return 0.0;
    }
    let last = values.len() - 1;
    let index = ((last as f32 * (1.0 - share)).round() as usize).min(last);
    let (_, &mut value, larger) = values.select_nth_unstable_by(index, f32::total_cmp);
    if value > 0.0 {
        value
    } else {
        larger.iter().copied().fold(value.max(0.0), f32::max)
    }
}

/// Cosine similarity between each sentence's TF-IDF vector (count × IDF) and `target`, indexed
/// by local term id, optionally with the sentence's own vector subtracted from `target` first
/// (the norm of `target` is kept whole: it only scales all sentences alike). `counts` is scratch
/// space and holds zeros on return.
fn cosine_to(
    doc: &Document,
    idf: &[f32],
    target: &[f32],
    out: &mut Vec<f32>,
    counts: &mut Vec<u32>,
    leave_out_self: bool,
) {
    let target_norm = target
        .iter()
        .map(|&w| f64::from(w) * f64::from(w))
        .sum::<f64>()
        .sqrt();
    counts.clear();
    counts.resize(doc.term_count(), 0);
    out.clear();
    for sentence in 0..doc.len() {
        let terms = doc.sentence_terms(sentence);
        for &term in terms {
            counts[term as usize] += 1;
        }
        let mut dot = 0f64;
        let mut norm = 0f64;
        for &term in terms {
            let term = term as usize;
            let count = counts[term];
            if count == 0 {
                continue; // a repeat of a term already added
            }
            counts[term] = 0;
            let weight = f64::from(count) * f64::from(idf[term]);
            // Leaving the sentence's own weight out of the document vector stops every sentence
            // from voting for itself, which otherwise favours long sentences.
            let rest = if leave_out_self {
                f64::from(target[term]) - weight
            } else {
                f64::from(target[term])
            };
            dot += weight * rest;
            norm += weight * weight;
        }
        let denominator = norm.sqrt() * target_norm;
        let cosine = if denominator > 0.0 {
            dot / denominator
        } else {
            0.0
        };
        out.push(cosine.clamp(0.0, 1.0) as f32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn centrality(text: &str) -> Vec<f32> {
        let doc = Document::english(text);
        let idf = vec![1.0; doc.term_count()];
        let mut out = Vec::new();
        centroid_similarity(&doc, &idf, &mut out, &mut Vec::new(), &mut Vec::new());
        out
    }

    #[test]
    fn sentences_sharing_the_document_vocabulary_score_highest() {
        let s = centrality("Cats chase mice. Cats eat mice and cats sleep. Weather is sunny.");
        assert!(s[0] > s[1] && s[1] > s[2], "{s:?}");
        assert_eq!(s[2], 0.0, "shares no term with the rest");
        assert!(s.iter().all(|x| (0.0..=1.0).contains(x)));
    }

    #[test]
    fn sentence_without_terms_scores_zero() {
        let s = centrality("The. Cats chase mice. Mice flee cats.");
        assert_eq!(s[0], 0.0);
        assert!(s[1] > 0.0);
    }

    #[test]
    fn a_lone_sentence_has_nothing_to_be_central_to() {
        assert_eq!(centrality("Cats chase mice."), [0.0]);
    }

    #[test]
    fn hand_computed_leave_one_out_cosine() {
        // Terms cat, dog with IDF 1. Document vector (cat 2, dog 1), norm sqrt(5).
        // Sentence 0 {cat}: rest of the document has cat 1, so cos = 1 / (1 * sqrt 5).
        // Sentence 1 {cat, dog}: rest has cat 1, dog 0, so cos = 1 / (sqrt 2 * sqrt 5).
        let s = centrality("Cat. Cat dog.");
        assert!((s[0] - 1.0 / 5f32.sqrt()).abs() < 1e-6, "{s:?}");
        assert!(
            (s[1] - 1.0 / (2f32.sqrt() * 5f32.sqrt())).abs() < 1e-6,
            "{s:?}"
        );
    }

    #[test]
    fn saturation_point_is_the_edge_of_the_top_share() {
        let values = [0.1, 0.9, 0.5, 0.3, 0.7];
        let point = |share: f32| saturation_point(&mut values.clone(), share);
        assert_eq!(point(0.0), 0.9, "no saturation: the best");
        // Five values: index round(4 × 0.8) = 3 of the sorted values, so the two best saturate;
        // with a share of one half, the median.
        assert_eq!(point(0.2), 0.7);
        assert_eq!(point(0.5), 0.5);
        assert_eq!(point(1.0), 0.1);
        assert_eq!(saturation_point(&mut [], 0.2), 0.0);
        assert_eq!(saturation_point(&mut [0.4], 0.2), 0.4);
    }

    #[test]
    fn title_similarity_uses_the_title_sentence() {
        let doc =
            Document::english("Markets fall\n\nMarkets fell sharply today. Rain is expected.");
        let idf = vec![1.0; doc.term_count()];
        let mut out = Vec::new();
        title_similarity(
            &doc,
            &idf,
            Some(0),
            &mut out,
            &mut Vec::new(),
            &mut Vec::new(),
        );
        // Title {market, fall}; sentence 1 {market, fell, sharpli, today}: 1 / (sqrt 2 * 2).
        assert!((out[1] - 1.0 / (2f32.sqrt() * 2.0)).abs() < 1e-6, "{out:?}");
        assert_eq!(out[2], 0.0);
        title_similarity(&doc, &idf, None, &mut out, &mut Vec::new(), &mut Vec::new());
        assert_eq!(out, [0.0, 0.0, 0.0]);
    }
}

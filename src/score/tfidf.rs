//! TF-IDF centrality: how close each sentence is to the document as a whole.

use crate::document::Document;

/// Writes to `out[i]` the cosine similarity between sentence `i`'s TF-IDF vector and the
/// document's TF-IDF vector (term counts over the whole document times IDF).
///
/// Cosine divides by the sentence's own norm, so a long sentence does not win by length alone;
/// a sentence without terms scores 0. Results are in `0..=1`.
pub(crate) fn centroid_similarity(
    doc: &Document,
    idf: &[f32],
    out: &mut Vec<f32>,
    counts: &mut Vec<u32>,
) {
    let terms = doc.term_count();
    // Document vector: term frequency × IDF.
    let mut centroid = vec![0f32; terms];
    for &term in &doc.terms {
        centroid[term as usize] += 1.0;
    }
    let mut centroid_norm = 0f64;
    for (weight, &idf) in centroid.iter_mut().zip(idf) {
        *weight *= idf;
        centroid_norm += f64::from(*weight) * f64::from(*weight);
    }
    let centroid_norm = centroid_norm.sqrt();

    counts.clear();
    counts.resize(terms, 0);
    out.clear();
    for sentence in 0..doc.len() {
        let sentence_terms = doc.sentence_terms(sentence);
        for &term in sentence_terms {
            counts[term as usize] += 1;
        }
        let mut dot = 0f64;
        let mut norm = 0f64;
        for &term in sentence_terms {
            let term = term as usize;
            let count = counts[term];
            if count == 0 {
                continue; // already added this term
            }
            counts[term] = 0;
            let weight = f64::from(count) * f64::from(idf[term]);
            dot += weight * f64::from(centroid[term]);
            norm += weight * weight;
        }
        let denominator = norm.sqrt() * centroid_norm;
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
    use crate::Language;
    use crate::segment::SentenceSplitter;
    use crate::token::{Analysis, Lexicon};

    fn scores(text: &str) -> Vec<f32> {
        let splitter = SentenceSplitter::new(Language::English);
        let mut lexicon = Lexicon::new(Analysis {
            language: Language::English,
            stemming: true,
            stopwords: true,
        });
        let mut doc = Document::default();
        doc.analyse(text, &splitter, &mut lexicon);
        let idf = vec![1.0; doc.term_count()];
        let mut out = Vec::new();
        centroid_similarity(&doc, &idf, &mut out, &mut Vec::new());
        out
    }

    #[test]
    fn central_sentence_scores_highest() {
        let s = scores("Cats chase mice. Cats eat mice and cats sleep. Weather is sunny.");
        assert!(s[1] > s[0] && s[0] > s[2], "{s:?}");
        assert!(s.iter().all(|x| (0.0..=1.0).contains(x)));
    }

    #[test]
    fn sentence_without_terms_scores_zero() {
        let s = scores("The. Cats chase mice.");
        assert_eq!(s[0], 0.0);
        assert!((s[1] - 1.0).abs() < 1e-6);
    }

    #[test]
    fn hand_computed_cosine() {
        // Terms: cat, dog. Doc counts cat 2, dog 1; sentence 0 = {cat}; idf all 1.
        // cos = 2 / (1 * sqrt(5)).
        let s = scores("Cat. Cat dog.");
        assert!((s[0] - 2.0 / 5f32.sqrt()).abs() < 1e-6);
        assert!((s[1] - 3.0 / (2f32.sqrt() * 5f32.sqrt())).abs() < 1e-6);
    }
}

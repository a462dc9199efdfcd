//! The word-frequency factor: a sentence made of the words its document keeps using is about
//! the document's main subject (the signal behind SumBasic, Nenkova & Vanderwende 2005).
//!
//! Unlike TF-IDF centrality, which compares vectors, this is the plain mean of how often each of
//! the sentence's terms occurs in the whole document, so a short sentence of topic words scores
//! as high as a long one. It only makes sense once stopwords are gone: otherwise the commonest
//! terms are function words, and the factor would pick sentences by their grammar.

use crate::analysis::document::Document;

/// Writes to `out[i]` the mean, over the terms of sentence `i` (with repeats), of the number of
/// times each term occurs in the whole document; 0 for a sentence without terms.
pub(crate) fn mean_term_frequency(doc: &Document, out: &mut Vec<f32>) {
    out.clear();
    out.extend((0..doc.len()).map(|sentence| {
        let terms = doc.sentence_terms(sentence);
        if terms.is_empty() {
            return 0.0;
        }
        let total: u64 = terms
            .iter()
            .map(|&t| u64::from(doc.term_counts[t as usize]))
            .sum();
        (total as f64 / terms.len() as f64) as f32
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frequencies(text: &str) -> Vec<f32> {
        let doc = Document::english(text);
        let mut out = Vec::new();
        mean_term_frequency(&doc, &mut out);
        out
    }

    #[test]
    fn hand_computed_means() {
        // Terms: cat ×3 ("cats" and "cat" share a stem), chase ×2, mice ×2, weather, sunny;
        // "the", "and" and "is" are stopwords.
        // Sentence 0 {cat, chase, mice}: (3 + 2 + 2) / 3.
        // Sentence 1 {cat, cat, chase, mice}: (3 + 3 + 2 + 2) / 4.
        // Sentence 2 {weather, sunny}: (1 + 1) / 2.
        let f = frequencies("Cats chase mice. The cat and the cat chase mice. Weather is sunny.");
        assert_eq!(f, [7.0 / 3.0, 2.5, 1.0]);
    }

    #[test]
    fn short_sentences_of_topic_words_are_not_penalised() {
        let f = frequencies(
            "Floods hit the city. Floods closed roads, schools and the old market near the river \
             yesterday. Floods return.",
        );
        assert!(f[2] > f[1], "{f:?}");
    }

    #[test]
    fn a_sentence_without_terms_scores_zero() {
        assert_eq!(frequencies("The. Cats purr.")[0], 0.0);
        assert!(frequencies("").is_empty());
    }
}

//! The coverage factor: how much of the rest of the document a sentence's words reach.
//!
//! A one-sentence summary is judged on how much of the document it carries. A sentence whose
//! distinct terms recur often elsewhere links to many other sentences: this count is the
//! weighted degree of the sentence in a word-overlap graph (TextRank's graph without the length
//! normalisation and without the iterations), so it rises with both centrality and length, where
//! TF-IDF centrality, a cosine, is blind to length.

use crate::analysis::document::Document;

/// Writes to `out[i]` the sum over sentence `i`'s distinct terms of their other occurrences in
/// the document, `Σ (count_t − 1)` with `count_t` the term's count in the whole document: a
/// term said once adds nothing, and a term the sentence repeats is summed once (its repeats
/// count among the other occurrences). 0 for a sentence without terms. `seen` is scratch space,
/// all `false` on return.
pub(crate) fn term_coverage(doc: &Document, out: &mut Vec<f32>, seen: &mut Vec<bool>) {
    seen.clear();
    seen.resize(doc.term_count(), false);
    out.clear();
    for i in 0..doc.len() {
        let terms = doc.sentence_terms(i);
        let mut total = 0u64;
        for &t in terms {
            let t = t as usize;
            if !seen[t] {
                seen[t] = true;
                total += u64::from(doc.term_counts[t].saturating_sub(1));
            }
        }
        for &t in terms {
            seen[t as usize] = false;
        }
        out.push(total as f32);
    }
}

/// Scales down the coverage of every sentence longer than `max_words` words by `max_words /
/// words`, so it counts as if only `max_words` of its words fitted.
///
/// With a budget in words, a sentence far longer than the budget is taken alone and overshoots
/// it, and ROUGE's precision pays for every extra word: its coverage counts only as far as the
/// budget (with some leeway) reaches.
pub(crate) fn limit_to_words(word_counts: &[u32], max_words: f32, coverage: &mut [f32]) {
    for (value, &words) in coverage.iter_mut().zip(word_counts) {
        let words = words as f32;
        if words > max_words {
            *value *= max_words / words;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coverage(text: &str) -> Vec<f32> {
        let doc = Document::english(text);
        let mut out = Vec::new();
        let mut seen = Vec::new();
        term_coverage(&doc, &mut out, &mut seen);
        assert!(seen.iter().all(|&s| !s));
        out
    }

    #[test]
    fn hand_computed_counts() {
        // Terms: cat ×4 (two in sentence 1), mice ×2, chase ×2, sleep ×1, weather, sunny.
        // Sentence 0 {cat, chase, mice}: 3 + 1 + 1.
        // Sentence 1 {cat, cat, chase, mice, sleep}: cat counted once, 3 + 1 + 1 + 0.
        // Sentence 2 {cat}: 3. Sentence 3 {weather, sunny}: 0.
        let c = coverage(
            "Cats chase mice. The cat and the cat chase mice and sleep. A cat. Weather is sunny.",
        );
        assert_eq!(c, [5.0, 5.0, 3.0, 0.0]);
    }

    #[test]
    fn a_sentence_without_terms_or_a_lone_sentence_covers_nothing() {
        assert_eq!(coverage("The. Cats purr."), [0.0, 0.0]);
        assert_eq!(coverage("Cats purr softly."), [0.0]);
        // Its own repeat is the only other occurrence of "cat".
        assert_eq!(coverage("Cats purr and cats sleep."), [1.0]);
        assert!(coverage("").is_empty());
    }

    #[test]
    fn longer_central_sentences_cover_more() {
        let c = coverage(
            "Floods hit the city. Floods closed roads, schools and the market in the city. \
             Roads and schools reopen when floods recede. Markets wait.",
        );
        assert!(c[1] > c[0] && c[1] > c[3], "{c:?}");
    }

    #[test]
    fn coverage_beyond_the_budget_is_scaled_down() {
        let mut c = [10.0, 10.0, 10.0];
        limit_to_words(&[5, 10, 40], 10.0, &mut c);
        assert_eq!(c, [10.0, 10.0, 2.5]);
        let mut none: [f32; 0] = [];
        limit_to_words(&[], 10.0, &mut none);
    }
}

//! Scores: how much each term, then each candidate phrase, says what the document is about.
//!
//! A phrase's score is the sum of its terms' weights (frequency × rarity), times how often the
//! phrase itself occurs, times a bonus for phrases that occur early:
//!
//! ```text
//! score = Σ_terms tf^0.5 × idf  ×  count^0.5  ×  (1 + 2 / (1 + first sentence))  [× 0.5 alone]
//! ```
//!
//! Summing the terms favours longer phrases, as indexers' keyphrases are (two or three words
//! on average); a phrase's own count tells a recurring unit ("time series") from words that
//! merely meet once ("available time series"); the lead bonus rewards the title and the first
//! sentences, where authors name their subject. Square roots keep a frequent phrase from
//! drowning out the rest of a long document.

use super::candidates::Words;
use crate::analysis::idf::smoothed_idf;
use crate::analysis::lexicon::Lexicon;

/// Exponent of a term's frequency in its weight.
const TERM_FREQUENCY_EXPONENT: f32 = 0.5;
/// Exponent of a phrase's number of occurrences in its score.
const PHRASE_COUNT_EXPONENT: f32 = 0.5;
/// Weight of the lead bonus `1 / (1 + first sentence)`: 3 times the score in the first sentence,
/// twice in the second, 1.5 times in the fourth, fading to none.
const LEAD_WEIGHT: f32 = 2.0;
/// Factor on the score of a phrase of one word: one word rarely names a subject on its own.
const SINGLE_WORD_FACTOR: f32 = 0.5;

/// The weight of each local term of `words`: the square root of its frequency times its IDF.
/// `corpus_idf` gives a term's IDF in a corpus; without it, IDF comes from the document's own
/// sentences. Stopwords inside compounds (`to` in `end-to-end`) weigh nothing.
pub(crate) fn term_weights(
    words: &Words,
    lexicon: &Lexicon,
    sentences: usize,
    corpus_idf: Option<&dyn Fn(&str) -> f32>,
    weights: &mut Vec<f32>,
) {
    weights.clear();
    weights.extend((0..words.term_count()).map(|term| {
        if words.is_inner_stopword(term as u32) {
            return 0.0;
        }
        let idf = match corpus_idf {
            Some(idf) => idf(lexicon.term(words.lexicon_ids[term])),
            None => smoothed_idf(sentences as u64, u64::from(words.sentence_counts[term])),
        };
        (words.term_counts[term] as f32).powf(TERM_FREQUENCY_EXPONENT) * idf
    }));
}

/// The score of the phrase made of the terms of words `start..end`, which occurs `count` times,
/// first in sentence `first_sentence`. Finite and at least 0 for finite weights.
pub(crate) fn phrase_score(
    words: &Words,
    weights: &[f32],
    start: usize,
    end: usize,
    count: u32,
    first_sentence: u32,
) -> f32 {
    let terms = &words.terms[start..end];
    let sum: f32 = terms.iter().map(|&t| weights[t as usize]).sum();
    let lead = 1.0 + LEAD_WEIGHT / (1.0 + first_sentence as f32);
    let alone = if terms.len() == 1 {
        SINGLE_WORD_FACTOR
    } else {
        1.0
    };
    sum * (count as f32).powf(PHRASE_COUNT_EXPONENT) * lead * alone
}

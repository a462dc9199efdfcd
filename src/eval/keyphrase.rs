//! Keyphrase matching with the field's usual convention: exact match of lower-cased,
//! Porter-stemmed phrases at a cut-off.

use std::collections::HashSet;

use super::porter;
use super::scores::Fmeasure;
use super::tokenize::{Tokens, for_each_token};

/// `phrase` as keyphrase evaluation compares it: lower-cased, cut into runs of Unicode letters
/// and digits, each stemmed with Porter's stemmer (as NLTK applies it; words with letters
/// outside ASCII are kept as they are), joined by single spaces.
///
/// ```
/// use salient::eval::keyphrase_key;
/// assert_eq!(keyphrase_key("Neural Networks"), "neural network");
/// assert_eq!(keyphrase_key("multi-step  matrix games"), "multi step matrix game");
/// assert_eq!(keyphrase_key(" -- "), "");
/// ```
pub fn keyphrase_key(phrase: &str) -> String {
    let mut key = String::new();
    for_each_token(phrase, Tokens::Unicode, |token| {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&porter::stem(token));
    });
    key
}

/// Precision, recall and F1 of the first `k` of the ranked `predicted` keyphrases against
/// `gold`, both compared by [`keyphrase_key`].
///
/// Predictions are deduplicated by key before the cut-off (the first of equal keys stays), and
/// so is the gold; phrases whose key is empty are dropped. Precision divides by the number of
/// predictions kept (at most `k`), recall by the number of distinct gold keys, so gold phrases
/// that never occur in the text count against recall as the field's convention has it. Either
/// side empty scores 0.
///
/// ```
/// use salient::eval::score_keyphrases;
///
/// let gold = ["neural networks", "pattern recognition", "image segmentation"];
/// let predicted = ["Neural Network", "neural networks", "training data"];
/// let at_2 = score_keyphrases(&predicted, &gold, 2);
/// // The second prediction repeats the first: the top 2 are "neural network" and "training data".
/// assert_eq!((at_2.precision, at_2.recall), (0.5, 1.0 / 3.0));
/// assert!((at_2.f1 - 0.4).abs() < 1e-12);
/// ```
pub fn score_keyphrases<P, G>(predicted: &[P], gold: &[G], k: usize) -> Fmeasure
where
    P: AsRef<str>,
    G: AsRef<str>,
{
    let gold: HashSet<String> = gold
        .iter()
        .map(|phrase| keyphrase_key(phrase.as_ref()))
        .filter(|key| !key.is_empty())
        .collect();
    let mut seen = HashSet::new();
    let top: Vec<String> = predicted
        .iter()
        .map(|phrase| keyphrase_key(phrase.as_ref()))
        .filter(|key| !key.is_empty() && seen.insert(key.clone()))
        .take(k)
        .collect();
    let hits = top.iter().filter(|key| gold.contains(*key)).count();
    let precision = hits as f64 / top.len().max(1) as f64;
    let recall = hits as f64 / gold.len().max(1) as f64;
    let f1 = if hits > 0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Fmeasure {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_conventions_of_the_field() {
        assert_eq!(
            keyphrase_key("Support Vector Machines"),
            "support vector machin"
        );
        assert_eq!(
            keyphrase_key("video encoding/decoding"),
            "video encod decod"
        );
        assert_eq!(keyphrase_key("end-to-end QoS"), "end to end qo");
        assert_eq!(keyphrase_key("H.264 coding"), "h 264 code");
    }

    #[test]
    fn empty_sides_score_zero_without_nan() {
        let none: [&str; 0] = [];
        assert_eq!(score_keyphrases(&none, &["a b"], 10).f1, 0.0);
        assert_eq!(score_keyphrases(&["a b"], &none, 10).f1, 0.0);
        assert_eq!(score_keyphrases(&["", "--"], &["x"], 10).precision, 0.0);
    }

    #[test]
    fn cut_off_applies_after_deduplication() {
        let predicted = ["cats", "Cat", "dogs", "birds"];
        let gold = ["cat", "bird"];
        let at_3 = score_keyphrases(&predicted, &gold, 3);
        assert_eq!((at_3.precision, at_3.recall), (2.0 / 3.0, 1.0));
        let at_1 = score_keyphrases(&predicted, &gold, 1);
        assert_eq!((at_1.precision, at_1.recall), (1.0, 0.5));
    }
}

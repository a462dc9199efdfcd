//! Inverse document frequency of each term of a document.

use super::document::Document;

/// Smoothed IDF: `ln((1 + n) / (1 + df)) + 1`.
///
/// Always finite and at least 1 (for `df <= n`), so a term in every unit still counts a little
/// and an unseen term (`df = 0`) gets the largest weight rather than a division by zero.
#[inline]
pub(crate) fn smoothed_idf(units: u64, df: u64) -> f32 {
    (((1 + units) as f64 / (1 + df.min(units)) as f64).ln() + 1.0) as f32
}

/// IDF of every local term with the document's own sentences as the units.
/// Each IDF is raised to `exponent` (1 leaves it as is), once per possible df rather than once
/// per term. `scratch` holds the per-term counters, so nothing is allocated once the buffers
/// have grown to the document.
pub(crate) fn sentence_idf(
    doc: &Document,
    exponent: f32,
    idf: &mut Vec<f32>,
    scratch: &mut Vec<u32>,
) {
    let terms = doc.term_count();
    scratch.clear();
    scratch.resize(2 * terms, 0);
    let (last_seen, df) = scratch.split_at_mut(terms);
    last_seen.fill(u32::MAX);
    for sentence in 0..doc.len() {
        for &term in doc.sentence_terms(sentence) {
            let term = term as usize;
            if last_seen[term] != sentence as u32 {
                last_seen[term] = sentence as u32;
                df[term] += 1;
            }
        }
    }
    // A document has far fewer sentences than terms, and df <= sentences: one logarithm per
    // possible df, kept after the per-term weights while they are filled in, instead of one
    // per term.
    let units = doc.len() as u64;
    idf.clear();
    idf.resize(terms, 0.0);
    idf.extend((0..=units).map(|df| {
        let idf = smoothed_idf(units, df);
        if exponent == 1.0 {
            idf
        } else {
            idf.powf(exponent)
        }
    }));
    let (weights, by_df) = idf.split_at_mut(terms);
    for (weight, &df) in weights.iter_mut().zip(df.iter()) {
        *weight = by_df[df as usize];
    }
    idf.truncate(terms);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smoothed_idf_is_finite_positive_and_decreasing() {
        assert_eq!(smoothed_idf(0, 0), 1.0);
        let rare = smoothed_idf(10, 1);
        let common = smoothed_idf(10, 10);
        assert!(rare > common);
        assert!((common - 1.0).abs() < 1e-6);
        assert!((rare - ((11.0f64 / 2.0).ln() + 1.0) as f32).abs() < 1e-6);
        assert!(smoothed_idf(u64::MAX - 1, 0).is_finite());
        // df larger than the unit count (a model from another corpus) is capped, not negative.
        assert!((smoothed_idf(3, 9) - 1.0).abs() < 1e-6);
    }
}

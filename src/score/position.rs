//! The position prior: news puts what matters first.

/// Prior for the sentence at `index` (0-based): `2^(-index / half_life)`.
///
/// 1 for the first sentence, 0.5 at `half_life` sentences, and never below 0 or above 1.
#[inline]
pub(crate) fn position_prior(index: usize, half_life: f32) -> f32 {
    (-(index as f32) / half_life).exp2()
}

/// Half-life of the prior for a document with `body_sentences` scorable sentences: at least
/// `sentences`, and longer in long documents, where it is `relative × body_sentences`.
///
/// A fixed half-life of a sentence or two suits a short news story, but in an article of two
/// hundred sentences it dismisses the whole of the opening section after its first lines.
#[inline]
pub(crate) fn half_life(sentences: f32, relative: f32, body_sentences: usize) -> f32 {
    sentences.max(relative * body_sentences as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prior_halves_every_half_life() {
        assert_eq!(position_prior(0, 3.0), 1.0);
        assert!((position_prior(3, 3.0) - 0.5).abs() < 1e-6);
        assert!((position_prior(6, 3.0) - 0.25).abs() < 1e-6);
        assert!(position_prior(usize::MAX, 0.5) >= 0.0);
    }

    #[test]
    fn half_life_grows_with_long_documents_only() {
        assert_eq!(half_life(1.0, 0.1, 5), 1.0);
        assert_eq!(half_life(1.0, 0.1, 10), 1.0);
        assert!((half_life(1.0, 0.1, 200) - 20.0).abs() < 1e-6);
        assert_eq!(half_life(1.5, 0.0, 200), 1.5);
        assert_eq!(half_life(1.0, 0.1, 0), 1.0);
    }
}

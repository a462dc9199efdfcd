//! The position prior: news puts what matters first.

/// Prior for the sentence at `index` (0-based): `2^(-index / half_life)`.
///
/// 1 for the first sentence, 0.5 at `half_life` sentences, and never below 0 or above 1.
#[inline]
pub(crate) fn position_prior(index: usize, half_life: f32) -> f32 {
    (-(index as f32) / half_life).exp2()
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
}

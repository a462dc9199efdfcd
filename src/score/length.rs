//! The length prior: a sentence of about the document's typical length is the likeliest summary
//! sentence; fragments and run-ons are not.
//!
//! The prior is relative to the document's own sentences rather than a fixed number of words,
//! so it does not favour long or short sentences as such: a terse wire story and a long-winded
//! encyclopedia article each get judged against their own style.

/// The typical sentence length of a document: the median of `word_counts` (the upper one for an
/// even count), at least 1 so the prior never divides by zero. 1 for an empty slice.
pub(crate) fn typical_length(word_counts: &mut [u32]) -> f32 {
    if word_counts.is_empty() {
        return 1.0;
    }
    let middle = word_counts.len() / 2;
    let (_, &mut median, _) = word_counts.select_nth_unstable(middle);
    median.max(1) as f32
}

/// Prior for a sentence of `words` words in a document whose typical sentence has `typical`
/// words, `exp(-ln(words / typical)² / (2 spread²))`, a log-normal bump, together with its
/// power `prior^exponent` (the position factor scales its lead bonus by it), both from one
/// logarithm.
///
/// The prior is 1 at the typical length, and the same for half and for twice the typical length
/// (a ratio, not a difference, is what makes a fragment or a run-on). Both values are always in
/// `0..=1`; the prior is 0 for a sentence without words, whose power 0 is still 1 (as with
/// `powf`). `spread` is the standard deviation in natural-log units and must be `> 0`;
/// `exponent` must be `>= 0`.
#[inline]
pub(crate) fn length_prior_and_power(
    words: u32,
    typical: f32,
    spread: f32,
    exponent: f32,
) -> (f32, f32) {
    // `-penalty` is -inf (no words, or overflow) or finite and <= 0; the power of exponent 0 is
    // 1 even then, where `-inf × 0` would be NaN.
    let penalty = if words == 0 {
        f32::INFINITY
    } else {
        let log_ratio = (words as f32 / typical).ln();
        log_ratio * log_ratio / (2.0 * spread * spread)
    };
    let finite_or_zero = |x: f32| if x.is_finite() { x } else { 0.0 };
    let power = if exponent == 0.0 {
        1.0
    } else {
        finite_or_zero((-penalty * exponent).exp())
    };
    (finite_or_zero((-penalty).exp()), power)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn length_prior(words: u32, typical: f32, spread: f32) -> f32 {
        length_prior_and_power(words, typical, spread, 1.0).0
    }

    #[test]
    fn typical_length_is_the_median() {
        assert_eq!(typical_length(&mut [9, 3, 30]), 9.0);
        // Even count: the upper median.
        assert_eq!(typical_length(&mut [4, 10, 8, 2]), 8.0);
        assert_eq!(typical_length(&mut []), 1.0);
        assert_eq!(typical_length(&mut [0, 0, 0]), 1.0);
    }

    #[test]
    fn prior_peaks_at_the_typical_length_and_is_symmetric_in_ratio() {
        assert_eq!(length_prior(20, 20.0, 0.8), 1.0);
        // ln 2 = 0.693147; exp(-0.480453 / 1.28) = 0.687046.
        let half = length_prior(10, 20.0, 0.8);
        let double = length_prior(40, 20.0, 0.8);
        assert!((half - 0.687_046).abs() < 1e-5, "{half}");
        assert!((double - half).abs() < 1e-6, "{double} vs {half}");
        assert!(length_prior(80, 20.0, 0.8) < double);
        // A narrower spread punishes the same ratio harder.
        assert!(length_prior(40, 20.0, 0.4) < double);
    }

    #[test]
    fn prior_and_power_match_powf() {
        for (words, exponent) in [
            (5, 0.5),
            (20, 0.5),
            (40, 1.0),
            (80, 0.0),
            (3, 2.0),
            (0, 0.5),
        ] {
            let (prior, power) = length_prior_and_power(words, 20.0, 0.8, exponent);
            let log_ratio = (words as f32 / 20.0).ln();
            let expected = if words == 0 {
                0.0
            } else {
                (-(log_ratio * log_ratio) / (2.0 * 0.8 * 0.8)).exp()
            };
            assert!((prior - expected).abs() < 1e-6, "{words}");
            assert!(
                (power - prior.powf(exponent)).abs() < 1e-6,
                "{words} {exponent}"
            );
        }
        assert_eq!(length_prior_and_power(0, 20.0, 0.8, 0.0), (0.0, 1.0));
        let (prior, power) = length_prior_and_power(u32::MAX, 1.0, 1e-6, 0.5);
        assert!(prior.is_finite() && power.is_finite() && (0.0..=1.0).contains(&power));
        assert_eq!(length_prior_and_power(u32::MAX, 1.0, 1e-9, 0.0).1, 1.0);
    }

    #[test]
    fn prior_is_finite_and_in_range_at_the_extremes() {
        assert_eq!(length_prior(0, 20.0, 0.8), 0.0);
        for (words, typical, spread) in
            [(1, 1.0, 1e-6), (u32::MAX, 1.0, 1e-6), (u32::MAX, 1.0, 1e9)]
        {
            let prior = length_prior(words, typical, spread);
            assert!(prior.is_finite() && (0.0..=1.0).contains(&prior), "{prior}");
        }
    }
}

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

/// How many opening sentences show whether a text leads with its point, at most: a third of
/// its scorable sentences, so a short text is not judged by its opening alone.
const OPENING_SENTENCES: usize = 3;

/// Strength of the lead prior, in `0..=1`, for a text whose scorable sentences have
/// `centralities` in document order: 1 when its opening sentences are at least `full_ratio`
/// times as central as its average sentence, falling linearly to 0 at half that ratio.
/// `full_ratio = 0` keeps the prior whole, as does a text too short to tell (under three
/// sentences) or without any central sentence.
///
/// News leads with its point, so its first sentences share the vocabulary of the rest; a
/// transcript opens with greetings and a paper with background, which share little of it, and
/// there a lead bonus only picks boilerplate.
pub(crate) fn lead_strength(centralities: impl Iterator<Item = f32>, full_ratio: f32) -> f32 {
    if full_ratio <= 0.0 {
        return 1.0;
    }
    // Running sums of the first one, two and three centralities, and of all of them.
    let mut opening = [0f64; OPENING_SENTENCES];
    let (mut total, mut count) = (0f64, 0usize);
    for centrality in centralities {
        total += f64::from(centrality);
        if count < OPENING_SENTENCES {
            opening[count] = total;
        }
        count += 1;
    }
    let opening_count = OPENING_SENTENCES.min(count / 3);
    if opening_count == 0 || total <= 0.0 {
        return 1.0;
    }
    let opening_mean = opening[opening_count - 1] / opening_count as f64;
    let ratio = opening_mean / (total / count as f64);
    let floor = f64::from(full_ratio) / 2.0;
    ((ratio - floor) / floor).clamp(0.0, 1.0) as f32
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

    #[test]
    fn lead_strength_follows_the_opening_centrality() {
        let strength = |values: &[f32]| lead_strength(values.iter().copied(), 0.6);
        // Opening as central as the rest: full strength.
        assert_eq!(strength(&[0.5; 9]), 1.0);
        // Mean 0.5; the first three average 0.225, a ratio of 0.45: halfway from 0.3 to 0.6.
        let halfway = strength(&[0.2, 0.2, 0.275, 0.6, 0.6, 0.6, 0.6, 0.625, 0.8]);
        assert!((halfway - 0.5).abs() < 1e-5, "{halfway}");
        // An opening sharing nothing with the rest: no lead bonus.
        assert_eq!(strength(&[0.0, 0.0, 0.0, 0.5, 0.5, 0.5]), 0.0);
        // Six sentences: only the first two make the opening.
        assert_eq!(strength(&[0.0, 0.0, 0.9, 0.9, 0.9, 0.9]), 0.0);
    }

    #[test]
    fn lead_strength_is_whole_when_it_cannot_tell() {
        assert_eq!(lead_strength([0.0, 0.5].into_iter(), 0.6), 1.0);
        assert_eq!(lead_strength([0.0; 6].into_iter(), 0.6), 1.0);
        assert_eq!(lead_strength(std::iter::empty(), 0.6), 1.0);
        assert_eq!(lead_strength([0.0, 0.0, 0.0, 0.9].into_iter(), 0.0), 1.0);
    }
}

//! Choosing sentences: length budgets, and top-k with a deterministic tie-break.

use crate::error::{Error, ErrorKind};

/// How long a summary may be. Budgets never cut a sentence.
///
/// ```
/// use salient::Length;
/// let three = Length::sentences(3);
/// let third = Length::ratio(0.3)?;
/// let short = Length::words(50);
/// let tweet = Length::chars(280);
/// assert!(Length::ratio(1.5).is_err());
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Length(Budget);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Budget {
    Sentences(usize),
    Ratio(f64),
    Words(usize),
    Chars(usize),
}

impl Length {
    /// At most `n` sentences.
    pub const fn sentences(n: usize) -> Length {
        Length(Budget::Sentences(n))
    }

    /// A share of the document's sentences, rounded to the nearest whole sentence and at least
    /// one when `ratio > 0`.
    ///
    /// # Errors
    ///
    /// If `ratio` is not a number in `0..=1`.
    pub fn ratio(ratio: f64) -> Result<Length, Error> {
        if (0.0..=1.0).contains(&ratio) {
            Ok(Length(Budget::Ratio(ratio)))
        } else {
            Err(Error::new(ErrorKind::Ratio(ratio)))
        }
    }

    /// Best sentences while their words add up to at most `n`.
    ///
    /// Selection goes down the ranking and stops at the first sentence that would exceed the
    /// budget; if even the best sentence exceeds it (and `n > 0`), that sentence alone is
    /// returned, so non-empty text always gets a summary.
    pub const fn words(n: usize) -> Length {
        Length(Budget::Words(n))
    }

    /// Like [`Length::words`] but counting characters (Unicode scalar values) of the sentences.
    pub const fn chars(n: usize) -> Length {
        Length(Budget::Chars(n))
    }
}

impl Length {
    /// The most sentences this budget can take from a document of `total` sentences: exact for
    /// sentence counts and ratios, `total` for word and character budgets.
    pub(crate) fn max_sentences(self, total: usize) -> usize {
        match self.0 {
            Budget::Sentences(n) => n.min(total),
            Budget::Ratio(ratio) if ratio > 0.0 && total > 0 => {
                ((ratio * total as f64).round() as usize).clamp(1, total)
            }
            Budget::Ratio(_) => 0,
            Budget::Words(_) | Budget::Chars(_) => total,
        }
    }
}

impl Default for Length {
    /// Three sentences.
    fn default() -> Length {
        Length::sentences(3)
    }
}

/// The order of the sentences in a summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// As they appear in the document (the default: summaries read naturally).
    #[default]
    Document,
    /// Best first.
    Rank,
}

/// Indices of all sentences, best first: score descending, then index ascending, so equal
/// scores always come out in the same order.
pub(crate) fn rank(scores: &[f32], ranking: &mut Vec<usize>) {
    ranking.clear();
    ranking.extend(0..scores.len());
    ranking.sort_unstable_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
}

/// Takes sentences from `ranking` (best first) while `length` allows. `size(i)` measures
/// sentence `i` in the budget's unit (words or chars); it is only called for those budgets.
pub(crate) fn take(
    ranking: &[usize],
    length: Length,
    mut size: impl FnMut(usize, Unit) -> usize,
    selected: &mut Vec<usize>,
) {
    selected.clear();
    let total = ranking.len();
    let (budget, unit) = match length.0 {
        Budget::Sentences(_) | Budget::Ratio(_) => {
            selected.extend(ranking.iter().take(length.max_sentences(total)));
            return;
        }
        Budget::Words(n) => (n, Unit::Words),
        Budget::Chars(n) => (n, Unit::Chars),
    };
    if budget == 0 {
        return;
    }
    let mut used = 0usize;
    for &i in ranking {
        let cost = size(i, unit);
        if used.saturating_add(cost) > budget {
            break;
        }
        used += cost;
        selected.push(i);
    }
    if selected.is_empty() {
        selected.extend(ranking.first());
    }
}

/// What a budget counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Words,
    Chars,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranking_breaks_ties_by_index() {
        let mut ranking = Vec::new();
        rank(&[0.5, 0.9, 0.5, 0.9, -0.0, 0.0], &mut ranking);
        assert_eq!(ranking, [1, 3, 0, 2, 5, 4]);
    }

    fn take_with(length: Length, sizes: &[usize]) -> Vec<usize> {
        let ranking: Vec<usize> = (0..sizes.len()).collect();
        let mut selected = Vec::new();
        take(&ranking, length, |i, _| sizes[i], &mut selected);
        selected
    }

    #[test]
    fn sentence_counts_and_ratios() {
        let sizes = [1; 10];
        assert_eq!(take_with(Length::sentences(3), &sizes), [0, 1, 2]);
        assert_eq!(take_with(Length::sentences(30), &sizes).len(), 10);
        assert_eq!(take_with(Length::sentences(0), &sizes), Vec::<usize>::new());
        assert_eq!(take_with(Length::ratio(0.25).unwrap(), &sizes).len(), 3);
        assert_eq!(take_with(Length::ratio(0.01).unwrap(), &sizes), [0]);
        assert_eq!(
            take_with(Length::ratio(0.0).unwrap(), &sizes),
            Vec::<usize>::new()
        );
        assert_eq!(take_with(Length::ratio(1.0).unwrap(), &sizes).len(), 10);
        assert!(take_with(Length::ratio(0.5).unwrap(), &[]).is_empty());
    }

    #[test]
    fn budgets_stop_before_exceeding_but_keep_one() {
        assert_eq!(take_with(Length::words(10), &[4, 5, 2, 1]), [0, 1]);
        assert_eq!(take_with(Length::words(9), &[4, 5, 2, 1]), [0, 1]);
        assert_eq!(take_with(Length::words(3), &[4, 5, 2]), [0]);
        assert_eq!(take_with(Length::words(0), &[4, 5]), Vec::<usize>::new());
        assert_eq!(take_with(Length::chars(100), &[40, 50, 20]), [0, 1]);
    }

    #[test]
    fn invalid_ratios_are_rejected() {
        for bad in [1.5, -0.1, f64::NAN, f64::INFINITY] {
            assert!(Length::ratio(bad).is_err(), "{bad}");
        }
    }
}

//! Stage 5 of the pipeline, selection: the ranking of the scored sentences, redundancy control,
//! and the length budget.
//!
//! Scores come in, one per sentence; out go the indices of the summary's sentences. Ranking is
//! score descending with ties broken by sentence index ([`f32::total_cmp`]), so the same scores
//! always give the same summary, on one thread or many.

pub(crate) mod chronology;
pub(crate) mod length;
pub(crate) mod redundancy;

use length::{Budget, Length};

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
    let (budget, unit) = match length.budget {
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

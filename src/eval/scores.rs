//! The figures ROUGE gives: precision, recall and F1 per metric, and their means and maxima.

/// Precision, recall and their harmonic mean (F1), each in `0..=1`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fmeasure {
    /// Share of the candidate's units (n-grams or tokens) found in the reference.
    pub precision: f64,
    /// Share of the reference's units found in the candidate.
    pub recall: f64,
    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub f1: f64,
}

impl Fmeasure {
    /// Scores from `hits` matched units out of `candidate` and `reference` units; 0 (never NaN)
    /// when a side is empty.
    pub(crate) fn from_counts(hits: usize, candidate: usize, reference: usize) -> Fmeasure {
        // `max(1)`: an empty side scores 0, as in rouge-score.
        let precision = hits as f64 / candidate.max(1) as f64;
        let recall = hits as f64 / reference.max(1) as f64;
        Fmeasure {
            precision,
            recall,
            f1: harmonic_mean(precision, recall),
        }
    }
}

fn harmonic_mean(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// The scores of one candidate against one reference.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RougeScores {
    /// Unigram overlap (ROUGE-1).
    pub rouge1: Fmeasure,
    /// Bigram overlap (ROUGE-2).
    pub rouge2: Fmeasure,
    /// Summary-level longest common subsequence over newline-separated sentences (ROUGE-Lsum).
    pub rouge_lsum: Fmeasure,
}

impl RougeScores {
    /// The mean of each precision, recall and F1 over `scores` (the corpus-level figure that
    /// papers report); all zeros when `scores` is empty.
    ///
    /// ```
    /// use salient::eval::{Rouge, RougeScores};
    ///
    /// let rouge = Rouge::new();
    /// let scores = [rouge.score("a b", "a b"), rouge.score("c d", "a b")];
    /// let mean = RougeScores::mean(&scores);
    /// assert!((mean.rouge1.f1 - 0.5).abs() < 1e-12);
    /// ```
    pub fn mean<'a>(scores: impl IntoIterator<Item = &'a RougeScores>) -> RougeScores {
        let mut sum = RougeScores::default();
        let mut count = 0usize;
        for s in scores {
            count += 1;
            for (total, part) in [
                (&mut sum.rouge1, s.rouge1),
                (&mut sum.rouge2, s.rouge2),
                (&mut sum.rouge_lsum, s.rouge_lsum),
            ] {
                total.precision += part.precision;
                total.recall += part.recall;
                total.f1 += part.f1;
            }
        }
        if count > 0 {
            let n = count as f64;
            for total in [&mut sum.rouge1, &mut sum.rouge2, &mut sum.rouge_lsum] {
                total.precision /= n;
                total.recall /= n;
                total.f1 /= n;
            }
        }
        sum
    }

    /// Per metric, the scores of the reference that gives the highest F1 (the first such on a
    /// tie), as `rouge-score`'s `score_multi` takes them when a record has several references;
    /// all zeros when `scores` is empty. Each metric may come from a different reference.
    ///
    /// ```
    /// use salient::eval::{Rouge, RougeScores};
    ///
    /// let rouge = Rouge::for_language("en");
    /// let candidate = "The cat sat on the mat.";
    /// let best = RougeScores::best([
    ///     rouge.score(candidate, "A dog barked."),
    ///     rouge.score(candidate, "The cat sat."),
    /// ]);
    /// assert_eq!(best, rouge.score(candidate, "The cat sat."));
    /// ```
    pub fn best(scores: impl IntoIterator<Item = RougeScores>) -> RougeScores {
        let mut best: Option<RougeScores> = None;
        for s in scores {
            let Some(b) = best.as_mut() else {
                best = Some(s);
                continue;
            };
            for (kept, candidate) in [
                (&mut b.rouge1, s.rouge1),
                (&mut b.rouge2, s.rouge2),
                (&mut b.rouge_lsum, s.rouge_lsum),
            ] {
                // Strictly greater: numpy's argmax keeps the first of equal values.
                if candidate.f1 > kept.f1 {
                    *kept = candidate;
                }
            }
        }
        best.unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(precision: f64, recall: f64) -> Fmeasure {
        Fmeasure {
            precision,
            recall,
            f1: harmonic_mean(precision, recall),
        }
    }

    #[test]
    fn counts_give_harmonic_means_and_no_nan() {
        let s = Fmeasure::from_counts(1, 2, 4);
        assert_eq!((s.precision, s.recall), (0.5, 0.25));
        assert!((s.f1 - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(Fmeasure::from_counts(0, 0, 0), Fmeasure::default());
    }

    /// Each metric keeps its own best reference, and a tie keeps the first.
    #[test]
    fn best_takes_each_metric_from_its_best_reference() {
        let first = RougeScores {
            rouge1: f(0.5, 0.5),
            rouge2: f(0.2, 0.2),
            rouge_lsum: f(0.4, 0.4),
        };
        let second = RougeScores {
            rouge1: f(0.4, 0.6),
            rouge2: f(0.3, 0.3),
            rouge_lsum: f(0.6, 0.2),
        };
        let best = RougeScores::best([first, second]);
        assert_eq!(best.rouge1, first.rouge1);
        assert_eq!(best.rouge2, second.rouge2);
        // 0.4/0.4 and 0.6/0.2 have F1 0.4 and 0.3.
        assert_eq!(best.rouge_lsum, first.rouge_lsum);
        // F1 = 2 · 0.75 · 0.375 / 1.125 = 0.5, exactly as first's.
        let tie = RougeScores {
            rouge1: f(0.75, 0.375),
            ..first
        };
        assert_eq!(tie.rouge1.f1, first.rouge1.f1);
        assert_eq!(RougeScores::best([tie, first]).rouge1, tie.rouge1);
        assert_eq!(RougeScores::best([first, tie]).rouge1, first.rouge1);
        assert_eq!(RougeScores::best([]), RougeScores::default());
        assert_eq!(RougeScores::best([second]), second);
    }
}

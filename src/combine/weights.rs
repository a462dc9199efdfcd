//! The settings of the default scorer: how much each factor counts, and the shape of each.

use crate::error::{Error, ErrorKind};

/// The weights and shape parameters of the default scorer ([`Algorithm::Default`]), set with
/// [`SummarizerBuilder::weights`]. Every value has a default chosen by measurement on several
/// data sets; the field docs say what each does and what it was measured to give.
///
/// A sentence's score is `tfidf × centrality + frequency × word frequency + position × lead
/// bonus + length × length prior + title × headline overlap`, plus `coverage × coverage` when
/// the summary is one sentence, each factor in `0..=1`; the other fields shape those factors. [`ScoreBreakdown`] shows each weighted part.
///
/// Change a few fields and keep the rest at their defaults:
///
/// ```
/// use salient::{Summarizer, Weights};
///
/// // A transcript has no lead: no position prior; favour sentences close to the headline.
/// let weights = Weights { position: 0.0, title: 0.5, ..Weights::default() };
/// let summarizer = Summarizer::builder().weights(weights).build()?;
/// assert_eq!(summarizer.weights().position, 0.0);
/// # Ok::<(), salient::Error>(())
/// ```
///
/// Values are checked when the summariser is built: every weight must be finite and `>= 0`
/// with at least one above 0, and each shape parameter within the range its doc gives;
/// [`SummarizerBuilder::build`] names the first one that is not.
///
/// The figures below are ROUGE-1 F1 × 100 with k = the reference's sentence count on BBC News
/// (English), OrangeSum (French) and Klexikon (German), changing one value from its default with
/// every other value at its default.
///
/// [`Algorithm::Default`]: crate::Algorithm::Default
/// [`SummarizerBuilder::weights`]: crate::SummarizerBuilder::weights
/// [`SummarizerBuilder::build`]: crate::SummarizerBuilder::build
/// [`ScoreBreakdown`]: crate::ScoreBreakdown
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(default, deny_unknown_fields)
)]
pub struct Weights {
    /// Weight of TF-IDF centrality, the cosine similarity between a sentence's TF-IDF vector
    /// and that of the rest of the document (default 1).
    pub tfidf: f32,
    /// Weight of the word-frequency factor: the mean number of times a sentence's content
    /// words occur in the document, SumBasic's signal (default 0.2). It finds the sentences
    /// about the main subject even when they are short, where the cosine favours sentences
    /// that share many words with the rest. It counts only when stopwords are removed: with
    /// them kept, the most frequent terms are function words.
    ///
    /// Against 0: BBC 79.59 → 79.85, OrangeSum 29.23 → 29.24, Klexikon 33.52 → 33.82; BBC also
    /// gains with k = 1 and 3 (23.08 → 23.18, 52.65 → 53.07), OrangeSum stays within 0.1, and
    /// Klexikon loses at those small budgets (7.93 → 7.68, 17.75 → 17.33), where its defining
    /// first sentence matters most.
    pub frequency: f32,
    /// Weight of the position prior, a lead bonus that halves every
    /// [`position_half_life`](Self::position_half_life) sentences (default 0.4): news puts the
    /// key facts first.
    pub position: f32,
    /// Weight of coverage, which counts only when the summary is a single sentence (default 1):
    /// a sentence budget of 1, or a word budget of at most two and a half sentences of the
    /// document's median length. Coverage is the number of times the sentence's distinct
    /// terms occur elsewhere in the document, scaled so the best sentence has 1; under a word
    /// budget it counts only up to one and a half times the budget's words. A single sentence
    /// is judged on how much of the document it carries, which grows with its length as well as
    /// its centrality; with several sentences, longer picks cost the sets whose references are
    /// short. Like the frequency factor it counts only when stopwords are removed, and it is off
    /// when summarising for a query, where the sentence should answer the query instead.
    ///
    /// Against 0, with k = 1: BBC 23.18 → 25.77, OrangeSum 25.70 → 26.17, Klexikon
    /// 7.20 → 8.54, SciTLDR 32.76 → 35.63, DialogSum 21.94 → 23.46, ECTSum 11.89 → 14.16 (CSL's
    /// Chinese keeps its stopwords: unchanged); with the reference's word count, SciTLDR
    /// 32.79 → 35.73, ECTSum 15.32 → 15.78, DialogSum 27.12 → 26.95; no other cell of the
    /// evaluation matrix moved more than 0.11. Saturated at the top 20% like centrality instead
    /// of scaled by the best, weights from 1 to 3 reached at most 24.63 on BBC and 7.30 on
    /// Klexikon with k = 1. With a one-sentence
    /// threshold of two sentences, weights of 1.25 and 1.5 raised BBC further (26.37, 26.79) and
    /// cost DialogSum's word budget 0.2 (26.80, 26.75 against 26.99).
    pub coverage: f32,
    /// Weight of the length prior, a bonus for sentences near the document's median length in
    /// words, shrinking for fragments and run-ons (default 0.1, a tie-breaker rather than a
    /// driver). Against 0: BBC 79.79 → 79.85, OrangeSum 29.22 → 29.24, Klexikon
    /// 33.75 → 33.82; 0.2 cost BBC and OrangeSum (79.71, 29.13) about what it gave Klexikon
    /// (33.89).
    pub length: f32,
    /// Weight of the overlap with the document's headline, the cosine similarity between a
    /// sentence and the first heading line before the body, if the text has one (default 0,
    /// off).
    pub title: f32,
    /// Weight of the relevance to the query, when summarising with one
    /// ([`Summarizer::focus`](crate::Summarizer::focus)): BM25 of the sentence against the
    /// query, the query expanded through the document's vocabulary and the relevance blended
    /// with the neighbouring sentences', scaled so the most relevant sentence has 1 (default
    /// 3). It also biases the other [`Algorithm`](crate::Algorithm)s: their scores, scaled so
    /// the best is 1, get the relevance times this weight added.
    pub query: f32,
    /// Exponent applied to the scaled centrality (default 0.5, its square root); must be
    /// finite and `> 0`. Centralities bunch near the top, where small differences decide
    /// little; below 1 the gaps narrow so position and length break near-ties. Against 1:
    /// OrangeSum 28.97 → 29.24 and Klexikon 33.68 → 33.82, for BBC 80.48 → 79.85.
    pub centrality_exponent: f32,
    /// Share of the scorable sentences whose centrality counts as full (default 0.2); must be
    /// in `0..=1`. Centralities are divided by the one at the edge of that top share and capped
    /// at 1, so the sentences inside it tie on centrality and the priors choose among them; 0
    /// divides by the single most central sentence. The word-frequency factor is scaled the
    /// same way. The most central sentence is an outlier more often than a better summary
    /// sentence, and cosines a few hundredths apart (noise in a centroid estimated from a dozen
    /// sentences) would otherwise outvote the priors. Against 0: BBC 79.48 → 79.85, OrangeSum
    /// 28.67 → 29.24, Klexikon 33.77 → 33.82, and R-2 up on all three; every share from 0.05
    /// to 0.25 raised all three sets, and 0.3 cost BBC.
    pub centrality_saturation: f32,
    /// Exponent applied to every IDF value, from the document's sentences or from an
    /// [`IdfModel`](crate::IdfModel), when stopwords are removed (default 0.25, a much
    /// flattened IDF); must be finite and `>= 0`. 1 is plain IDF, 0 weighs every term alike.
    /// Within one document, the terms found in many of its sentences are its topic, which plain
    /// IDF pushes down just where centrality should count them. Against 1: BBC 78.87 → 79.85,
    /// OrangeSum 29.18 → 29.24, Klexikon 33.75 → 33.82.
    pub idf_exponent: f32,
    /// Exponent applied to every IDF value instead of [`idf_exponent`](Self::idf_exponent)
    /// when stopwords stay in the text: in the neutral mode, with stopword removal off, or for
    /// a language without a stopword list (default 1.5, a sharpened IDF); must be finite and
    /// `>= 0`. Function words are then the commonest terms, and IDF is all that keeps them from
    /// deciding centrality. In neutral mode against 0.25: BBC 69.05 → 72.04, OrangeSum
    /// 29.20 → 29.26, Klexikon 32.28 → 33.09.
    pub idf_exponent_with_stopwords: f32,
    /// Number of sentences after which the position prior has halved, at least (default 1);
    /// must be finite and `> 0`. Long documents get a longer half-life, see
    /// [`position_relative_half_life`](Self::position_relative_half_life).
    pub position_half_life: f32,
    /// Half-life of the position prior as a share of the document's scorable sentences, used
    /// when longer than [`position_half_life`](Self::position_half_life) (default 0.1, so 20
    /// sentences in a 200-sentence article); must be finite and `>= 0`, 0 keeps the half-life
    /// fixed. A long article's opening section spans many sentences, a short story's lead one
    /// or two. It changes nothing below ten sentences; against 0: OrangeSum 28.97 → 29.24,
    /// Klexikon 33.78 → 33.82, for BBC 80.12 → 79.85.
    pub position_relative_half_life: f32,
    /// How central a text's opening sentences must be, relative to its average sentence, for
    /// the position prior to count fully (default 0.6); must be finite and `>= 0`. Below that
    /// ratio the prior fades linearly, to nothing at half of it; 0 keeps it whole in every text.
    /// The opening is the first three scorable sentences (a third of them in a text under nine),
    /// and centrality the TF-IDF cosine. News leads with its point, so its opening shares the
    /// vocabulary of the rest; a transcript opens with greetings, and there the lead bonus only
    /// picks boilerplate. Against 0, on the whole evaluation matrix: ECTSum 15.61 → 16.00 with
    /// k = 3, 15.88 → 16.22 with k = the reference's sentences, 15.64 → 15.78 with its words
    /// (14.29 → 14.16 with k = 1), SciTLDR 35.41 → 35.63 with k = 1; every other cell within
    /// 0.04. Full at 0.9 and fading to 0 at 0.4 instead, OrangeSum lost 0.1 to 0.2 and
    /// DialogSum up to 0.24 at every budget above one sentence.
    pub position_opening_ratio: f32,
    /// Exponent of the length prior in the position factor (default 1); must be finite and
    /// `>= 0`. The lead bonus of a sentence shorter than the document's typical one is
    /// multiplied by its length prior raised to this, so an opening teaser or fragment does not
    /// take the whole bonus; a sentence of half the typical length keeps 69% of it, one of the
    /// typical length or longer all of it (a long opening sentence is the lede). 0 makes the
    /// bonus independent of length. Against 0: BBC 79.83 → 79.85, OrangeSum 28.91 → 29.24,
    /// Klexikon 33.95 → 33.82; with k = 1, BBC 23.05 → 23.18, OrangeSum 26.55 → 27.22,
    /// Klexikon 7.37 → 7.68.
    pub position_length_exponent: f32,
    /// Spread of the length prior: the standard deviation, in natural-log units, of the ratio
    /// between a sentence's length and the document's median (default 0.8, so a sentence of
    /// half or twice the median keeps 69% of the prior, one of a quarter or four times 22%);
    /// must be finite and `> 0`. Smaller is stricter.
    pub length_spread: f32,
}

impl Default for Weights {
    /// [`Weights::DEFAULT`].
    fn default() -> Weights {
        Weights::DEFAULT
    }
}

impl Weights {
    /// The measured defaults given in each field's doc.
    pub const DEFAULT: Weights = Weights {
        tfidf: 1.0,
        frequency: 0.2,
        position: 0.4,
        coverage: 1.0,
        length: 0.1,
        title: 0.0,
        query: 3.0,
        centrality_exponent: 0.5,
        centrality_saturation: 0.2,
        idf_exponent: 0.25,
        idf_exponent_with_stopwords: 1.5,
        position_half_life: 1.0,
        position_relative_half_life: 0.1,
        position_opening_ratio: 0.6,
        position_length_exponent: 1.0,
        length_spread: 0.8,
    };

    /// The IDF exponent for a document analysed with or without its stopwords.
    pub(crate) fn idf_exponent_for(&self, stopwords_removed: bool) -> f32 {
        if stopwords_removed {
            self.idf_exponent
        } else {
            self.idf_exponent_with_stopwords
        }
    }

    /// Checks every value against its documented range; the error names the first that is
    /// out of it.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        let weights = [
            ("tfidf", self.tfidf),
            ("frequency", self.frequency),
            ("position", self.position),
            ("coverage", self.coverage),
            ("title", self.title),
            ("length", self.length),
            ("query", self.query),
        ];
        for (name, value) in weights {
            if !value.is_finite() || value < 0.0 {
                return Err(Error::new(ErrorKind::Weight { name, value }));
            }
        }
        // The query counts only when there is one, and coverage only for one-sentence
        // summaries: without them, some other factor must.
        if weights
            .iter()
            .all(|&(name, value)| value == 0.0 || name == "query" || name == "coverage")
        {
            return Err(Error::new(ErrorKind::AllWeightsZero));
        }
        // A score is up to the sum of the weights, so two finite weights near `f32::MAX` would
        // still give infinite scores.
        let weight_sum: f32 = weights.iter().map(|&(_, value)| value).sum();
        if !weight_sum.is_finite() {
            return Err(Error::parameter(
                "sum of weights",
                f64::from(weight_sum),
                "a finite number (the weights together at most f32::MAX)",
            ));
        }
        let positive = [
            (
                "position half-life",
                self.position_half_life,
                "a finite number of sentences > 0",
            ),
            (
                "length spread",
                self.length_spread,
                "a finite number > 0 (natural-log units)",
            ),
            (
                "centrality exponent",
                self.centrality_exponent,
                "a finite number > 0",
            ),
        ];
        for (name, value, expected) in positive {
            if !value.is_finite() || value <= 0.0 {
                return Err(Error::parameter(name, shortest_f64(value), expected));
            }
        }
        let non_negative = [
            (
                "position relative half-life",
                self.position_relative_half_life,
                "a finite share of the sentences >= 0",
            ),
            ("IDF exponent", self.idf_exponent, "a finite number >= 0"),
            (
                "IDF exponent with stopwords",
                self.idf_exponent_with_stopwords,
                "a finite number >= 0",
            ),
            (
                "position-length exponent",
                self.position_length_exponent,
                "a finite number >= 0",
            ),
            (
                "position opening ratio",
                self.position_opening_ratio,
                "a finite ratio of centralities >= 0",
            ),
        ];
        for (name, value, expected) in non_negative {
            if !value.is_finite() || value < 0.0 {
                return Err(Error::parameter(name, shortest_f64(value), expected));
            }
        }
        if !(0.0..=1.0).contains(&self.centrality_saturation) {
            return Err(Error::parameter(
                "centrality saturation",
                shortest_f64(self.centrality_saturation),
                "a share of the sentences in 0..=1",
            ));
        }
        Ok(())
    }
}

/// `value` as the `f64` with the same shortest decimal form, so an error message shows the 0.1
/// that was passed rather than 0.10000000149011612.
pub(crate) fn shortest_f64(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(weights: Weights) -> String {
        weights.validate().unwrap_err().to_string()
    }

    #[test]
    fn bad_weights_are_named() {
        let defaults = Weights::default();
        assert!(defaults.validate().is_ok());
        assert_eq!(
            message(Weights {
                position: f32::NAN,
                ..defaults
            }),
            "invalid position weight NaN: expected a finite number >= 0"
        );
        assert!(
            message(Weights {
                tfidf: -1.0,
                ..defaults
            })
            .contains("tfidf weight -1")
        );
        let silent = Weights {
            tfidf: 0.0,
            frequency: 0.0,
            position: 0.0,
            title: 0.0,
            length: 0.0,
            ..defaults
        };
        // Coverage (one-sentence summaries only) and the query do not count alone.
        assert!(message(silent).contains("at least one weight"));
        assert!(
            message(Weights {
                coverage: f32::NAN,
                ..defaults
            })
            .contains("coverage weight NaN")
        );
        // The length prior alone is a (poor but valid) scorer.
        assert!(
            Weights {
                length: 0.1,
                ..silent
            }
            .validate()
            .is_ok()
        );
        assert!(
            message(Weights {
                frequency: -0.2,
                ..defaults
            })
            .contains("frequency weight -0.2")
        );
        assert!(
            message(Weights {
                length: f32::INFINITY,
                ..defaults
            })
            .contains("length weight inf")
        );
        let huge = Weights {
            tfidf: f32::MAX,
            position: f32::MAX,
            ..defaults
        };
        assert!(message(huge).contains("sum of weights"));
    }

    #[test]
    fn bad_shape_parameters_are_named_with_their_range() {
        let defaults = Weights::default();
        let cases = [
            (
                Weights {
                    length_spread: 0.0,
                    ..defaults
                },
                "invalid length spread 0: expected a finite number > 0 (natural-log units)",
            ),
            (
                Weights {
                    centrality_exponent: -0.5,
                    ..defaults
                },
                "invalid centrality exponent -0.5: expected a finite number > 0",
            ),
            (
                Weights {
                    idf_exponent: -1.0,
                    ..defaults
                },
                "invalid IDF exponent -1: expected a finite number >= 0",
            ),
            (
                Weights {
                    position_relative_half_life: -0.1,
                    ..defaults
                },
                "invalid position relative half-life -0.1: expected a finite share of the \
                 sentences >= 0",
            ),
            (
                Weights {
                    centrality_saturation: 1.5,
                    ..defaults
                },
                "invalid centrality saturation 1.5: expected a share of the sentences in 0..=1",
            ),
            (
                Weights {
                    position_length_exponent: -1.0,
                    ..defaults
                },
                "invalid position-length exponent -1: expected a finite number >= 0",
            ),
            (
                Weights {
                    idf_exponent_with_stopwords: f32::NAN,
                    ..defaults
                },
                "invalid IDF exponent with stopwords NaN: expected a finite number >= 0",
            ),
            (
                Weights {
                    position_opening_ratio: -0.6,
                    ..defaults
                },
                "invalid position opening ratio -0.6: expected a finite ratio of centralities >= 0",
            ),
            (
                Weights {
                    position_half_life: 0.0,
                    ..defaults
                },
                "invalid position half-life 0: expected a finite number of sentences > 0",
            ),
        ];
        for (weights, expected) in cases {
            assert_eq!(message(weights), expected);
        }
        assert!(
            message(Weights {
                length_spread: f32::NAN,
                ..defaults
            })
            .contains("length spread NaN")
        );
        assert!(
            message(Weights {
                idf_exponent: f32::INFINITY,
                ..defaults
            })
            .contains("IDF exponent inf")
        );
        // The edges of the accepted ranges.
        let edges = Weights {
            idf_exponent: 0.0,
            position_opening_ratio: 0.0,
            coverage: 0.0,
            position_length_exponent: 0.0,
            position_relative_half_life: 0.0,
            centrality_saturation: 0.0,
            length: 0.0,
            ..defaults
        };
        assert!(edges.validate().is_ok());
        assert!(
            Weights {
                centrality_saturation: 1.0,
                ..defaults
            }
            .validate()
            .is_ok()
        );
    }

    #[test]
    fn the_idf_exponent_follows_stopword_removal() {
        let weights = Weights::default();
        assert_eq!(weights.idf_exponent_for(true), 0.25);
        assert_eq!(weights.idf_exponent_for(false), 1.5);
    }
}
